//! The decoded text of one file, with the facts every grammar needs about it:
//! where its lines start, and which outer wrapper is markup rather than content.

use std::ops::Range;

pub struct Source<'a> {
    pub text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> Source<'a> {
    pub fn new(text: &'a str) -> Self {
        let line_starts =
            std::iter::once(0).chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1)).collect();
        Source { text, line_starts }
    }

    /// How many lines the text has.
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: usize) -> u32 {
        let idx = self.line_starts.partition_point(|&s| s <= offset);
        idx.max(1) as u32
    }

    /// Lines with their byte ranges (without the `\n`, with any `\r`).
    pub fn lines_in(&self, range: Range<usize>) -> impl Iterator<Item = (Range<usize>, &'a str)> + '_ {
        let first = self.line_starts.partition_point(|&s| s <= range.start).saturating_sub(1);
        // A line ends where the next one starts, less its `\n`: the line
        // index already knows every newline, so none is searched for again.
        let starts = &self.line_starts[first..];
        starts.iter().enumerate().take_while(move |&(_, &s)| s < range.end).map(move |(k, &s)| {
            let start = s.max(range.start);
            let end = starts.get(k + 1).map_or(range.end, |&next| (next - 1).min(range.end));
            (start..end, &self.text[start..end])
        })
    }
}

/// At most `max` bytes from the start of `s`, cut at a character boundary.
pub fn head(s: &str, max: usize) -> &str {
    let mut i = max.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

/// The part of the file that is transcript, and the markup around it.
///
/// GPO and Record pages come as `<html>...<pre>` + raw text + `</pre></body></html>`.
/// Only that wrapper is markup; the inside is raw text with unescaped `&` and
/// `<bullet>`, so nothing inside `<pre>` is touched.
pub fn pre_wrapper(text: &str) -> Option<(Range<usize>, Vec<Range<usize>>)> {
    let head = head(text, 4096);
    let lower = head.to_ascii_lowercase();
    let open = lower.find("<pre>")?;
    if !lower[..open].contains("<html") && !lower[..open].contains("<body") {
        return None;
    }
    let inner_start = open + "<pre>".len();
    let close = text.rfind("</pre>").filter(|&c| c >= inner_start).unwrap_or(text.len());
    Some((inner_start..close, vec![0..inner_start, close..text.len()]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_numbers() {
        let s = Source::new("a\nbb\n\nccc");
        assert_eq!(s.line_of(0), 1);
        assert_eq!(s.line_of(2), 2);
        assert_eq!(s.line_of(5), 3);
        assert_eq!(s.line_of(6), 4);
        let lines: Vec<_> = s.lines_in(3..9).map(|(_, l)| l).collect();
        assert_eq!(lines, ["b", "", "ccc"]);
    }

    #[test]
    fn wrapper_is_found_only_around_pre() {
        let t = "<html>\n<body><pre>\nMr. X. Hi & <bullet> bye\n</pre></body></html>\n";
        let (inner, markup) = pre_wrapper(t).unwrap();
        assert_eq!(&t[inner], "\nMr. X. Hi & <bullet> bye\n");
        assert_eq!(markup.len(), 2);
        assert!(pre_wrapper("plain text <pre> in prose").is_none());
    }

    #[test]
    fn head_never_splits_a_character() {
        assert_eq!(head("ab攀", 3), "ab");
        assert_eq!(head("ab攀", 5), "ab攀");
        assert_eq!(head("ab", 10), "ab");
    }
}
