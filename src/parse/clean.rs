//! Raw turn text to readable text: lines joined, paragraphs kept, words that
//! the printer broke across lines put back together.
//!
//! Only whitespace and line-break hyphens change here, which is exactly what
//! quote verification later allows between a turn's text and its source.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::HashSet;

/// A run of source text owned by one turn. `soft` says it continues the
/// previous piece across a page anchor (the sentence goes on), rather than
/// after a heading or stage direction (a new paragraph).
pub struct Piece<'a> {
    pub text: &'a str,
    pub soft: bool,
}

/// HTML entities decoded; a non-breaking space is a space to a reader.
pub fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') && !s.contains('\u{a0}') {
        return Cow::Borrowed(s);
    }
    Cow::Owned(html_escape::decode_html_entities(s).replace('\u{a0}', " "))
}

/// Words that keep their hyphen when a line breaks after them (`so-`/`called`).
const COMPOUND_PREFIXES: &[&str] = &[
    "so", "self", "well", "non", "co", "pre", "post", "anti", "multi", "long", "short", "high", "low",
    "full", "part", "half", "cross", "ex", "all", "semi", "quasi", "mid", "over", "under", "one", "two",
    "three", "four", "five", "six", "ten", "first", "second", "third", "top", "year", "end", "much", "ill",
    "far", "wide", "open", "small", "large", "fact", "cost", "risk", "market", "state", "government",
    "federal", "vice", "non", "re", "bi", "tri", "inter", "intra", "sub", "super", "ultra", "counter", "off",
    "on", "out", "up", "down", "in", "by", "near", "broad", "right", "left", "old", "new", "real", "after",
    "pro", "de", "e", "x", "u", "too", "big", "health", "debt", "rate", "fee", "tax", "time", "short",
    "middle", "front", "back", "hard", "soft", "well", "best", "worst", "better",
];

pub struct Cleaner<'a> {
    /// The whole file, consulted only when a line-break hyphen has to be
    /// decided: a word the file prints elsewhere with (or without) its
    /// hyphen is the best evidence of how it is spelled.
    whole: &'a str,
    evidence: OnceCell<HashSet<String>>,
    /// HTML: paragraphs come from tags, not from the layout of the source
    /// lines, and entities are decoded.
    html: bool,
}

impl<'a> Cleaner<'a> {
    pub fn new(whole: &'a str, html: bool) -> Self {
        Cleaner { whole, evidence: OnceCell::new(), html }
    }

    /// `first_indent` is the indentation of the line the label stood on, so
    /// that a GPO turn's next 4-space line is seen as a new paragraph.
    pub fn clean(&self, pieces: &[Piece], first_indent: usize) -> String {
        // One buffer for the whole turn, paragraphs separated by `\n` as they
        // close: the paragraph being built is `out[para_start..]`.
        let capacity = pieces.iter().map(|p| p.text.len()).sum();
        let mut out = String::with_capacity(capacity);
        let mut para_start = 0;
        let mut para_indent = first_indent;
        let mut blank = false;
        // The previous line ended in a space: `low- ` then `and moderate-income`.
        let mut spaced = false;
        let mut prev_ends_word = false;
        for (i, piece) in pieces.iter().enumerate() {
            if i > 0 && !piece.soft {
                blank = true;
            }
            // Across a page anchor, the blank lines around it are layout.
            let mut leading = piece.soft;
            if piece.soft {
                blank = false;
            }
            // An inline tag between two words of one line (`<b>Exhibit</b>,`)
            // separates nothing.
            let glue =
                i > 0 && piece.soft && prev_ends_word && piece.text.starts_with(|c: char| !c.is_whitespace());
            for (j, raw) in split_lines(piece.text).enumerate() {
                let line = raw.trim_end_matches('\r');
                let body = line.trim_start();
                // A piece that starts mid-line (after a label) is the label's line.
                let indent = if j == 0 && i == 0 { para_indent } else { line.len() - body.len() };
                let trimmed = body.trim_end();
                let decoded = if self.html { decode_entities(trimmed) } else { Cow::Borrowed(trimmed) };
                let content = decoded.as_ref();
                if content.is_empty() {
                    if j > 0 && !leading && !self.html {
                        blank = true;
                    }
                    continue;
                }
                leading = false;
                let layout_break = !self.html && para_indent > 0 && indent >= para_indent;
                if out.len() > para_start && (blank || layout_break) {
                    out.push('\n');
                    para_start = out.len();
                }
                if out.len() == para_start {
                    para_indent = indent;
                    out.push_str(content);
                } else if glue && j == 0 {
                    out.push_str(content);
                } else {
                    self.join(&mut out, para_start, content, spaced && !self.html);
                }
                spaced = line.ends_with([' ', '\t']);
                blank = false;
            }
            prev_ends_word = piece.text.ends_with(|c: char| !c.is_whitespace());
        }
        // A paragraph break is only written before a paragraph's first line,
        // so the text never ends in one.
        out
    }

    /// Joins `next` to the paragraph that starts at `para_start` in `out`.
    fn join(&self, out: &mut String, para_start: usize, next: &str, spaced: bool) {
        if let Some(keep) = self.line_break_hyphen(&out[para_start..], next, spaced) {
            if !keep {
                out.pop();
            }
            out.push_str(next);
        } else {
            out.push(' ');
            out.push_str(next);
        }
    }

    /// `None`: the line does not end in a word broken by a hyphen.
    /// `Some(true)`: keep the hyphen (`so-called`); `Some(false)`: drop it.
    fn line_break_hyphen(&self, para: &str, next: &str, spaced: bool) -> Option<bool> {
        let head = para.strip_suffix('-')?;
        if head.ends_with('-') {
            return Some(true); // a `--` dash: GPO never spaces its dashes
        }
        if head.ends_with(' ') {
            return None; // a lone hyphen: `short- and long-term`
        }
        let Some((before, after)) = break_words(head, next) else {
            return Some(true); // `1990-` / `2000`: not a word broken in two
        };
        let rule = rule(before, after, spaced);
        // The file's own spelling overrules the rule when it says otherwise.
        let evidence = self.evidence.get_or_init(|| evidence(self.whole));
        match rule {
            Some(true) if evidence.contains(&joined(before, after)) => Some(false),
            Some(false) | None if evidence.contains(&hyphened(before, after)) => Some(true),
            other => other,
        }
    }
}

/// `s.split('\n')`, with the newlines found by `memchr`: turn text is most
/// of the file, and this is the one pass over it line by line.
fn split_lines(s: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', s.as_bytes()).map(Some).chain([None]).map(move |nl| {
        let end = nl.unwrap_or(s.len());
        let line = &s[start..end];
        start = end + 1;
        line
    })
}

/// How a line-break hyphen is read when the file gives no evidence:
/// `Some(true)` keep it (`so-called`, `Semi-Annual`), `Some(false)` drop it
/// (`Blumen-thal`), `None` keep it and the space (`low- and moderate-income`,
/// where the printer left a space after the hyphen).
fn rule(before: &str, after: &str, spaced: bool) -> Option<bool> {
    if spaced {
        return None;
    }
    let last_part = before.rsplit('-').next().unwrap_or(before);
    let upper_head = last_part.chars().all(char::is_uppercase);
    if after.starts_with(char::is_uppercase) && !upper_head {
        return Some(true); // `Semi-`/`Annual`, `anti-`/`American`
    }
    Some(COMPOUND_PREFIXES.contains(&last_part.to_lowercase().as_str()))
}

fn hyphened(before: &str, after: &str) -> String {
    format!("{before}-{after}").to_lowercase()
}

fn joined(before: &str, after: &str) -> String {
    format!("{before}{after}").to_lowercase()
}

/// The word before a line-break hyphen (`Blumen`, or `over-the` in
/// `over-the-`) and the word after it, when both are words.
fn break_words<'t>(head: &'t str, next: &'t str) -> Option<(&'t str, &'t str)> {
    let word = |c: char| c.is_alphanumeric() || c == '\'' || c == '-';
    let start = head.char_indices().rev().take_while(|(_, c)| word(*c)).last().map(|(i, _)| i)?;
    let before = &head[start..];
    let last_part = before.rsplit('-').next().unwrap_or(before);
    if last_part.is_empty() || !last_part.chars().all(char::is_alphabetic) {
        return None;
    }
    let end = next
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '\''))
        .map_or(next.len(), |(i, _)| i);
    let after = &next[..end];
    after.chars().next().filter(|c| c.is_alphabetic())?;
    Some((before, after))
}

/// How the file itself spells the words it breaks across lines: for every
/// break, whether `word-part` or `wordpart` occurs elsewhere in the file as a
/// whole word. One Aho-Corasick pass over the file for all breaks at once
/// (leftmost-longest: a word inside a longer candidate is not seen, which
/// only leaves that break to the fallback rules).
fn evidence(whole: &str) -> HashSet<String> {
    let mut patterns: Vec<String> = Vec::new();
    let bytes = whole.as_bytes();
    for nl in memchr::memchr_iter(b'\n', bytes) {
        // Only lines ending in a hyphen matter: look back from each newline
        // before slicing any line.
        let end = bytes[..nl].iter().rposition(|b| !matches!(b, b' ' | b'\t' | b'\r')).map_or(0, |i| i + 1);
        if end == 0 || bytes[end - 1] != b'-' {
            continue;
        }
        let start = memchr::memrchr(b'\n', &bytes[..end]).map_or(0, |i| i + 1);
        let raw = whole[start..nl].trim_end_matches('\r');
        let line = raw.trim_end();
        let Some(head) = line.strip_suffix('-') else { continue };
        if head.ends_with(['-', ' ']) {
            continue;
        }
        let next_end = memchr::memchr(b'\n', &bytes[nl + 1..]).map_or(bytes.len(), |i| nl + 1 + i);
        let next = whole[nl + 1..next_end].trim_start();
        if let Some((before, after)) = break_words(head, next) {
            // Only the spelling that would overrule the rule is looked for.
            patterns.push(match rule(before, after, raw.len() > line.len()) {
                Some(true) => joined(before, after),
                _ => hyphened(before, after),
            });
        }
    }
    patterns.sort_unstable();
    patterns.dedup();
    let mut found = HashSet::new();
    if patterns.is_empty() {
        return found;
    }
    // Lower-casing a copy of the file is a memcpy-speed pass, and lets the
    // search run case-sensitively, where Aho-Corasick's prefilters work.
    let Ok(ac) = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(&patterns)
    else {
        return found;
    };
    let bytes = whole.as_bytes().to_ascii_lowercase();
    let boundary = |i: Option<&u8>| i.is_none_or(|b| !(b.is_ascii_alphanumeric() || *b >= 0x80));
    for m in ac.find_iter(&bytes) {
        let before_ok = m.start() == 0 || boundary(bytes.get(m.start() - 1));
        if before_ok && boundary(bytes.get(m.end())) {
            found.insert(patterns[m.pattern().as_usize()].clone());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(text: &str) -> String {
        Cleaner::new(text, false).clean(&[Piece { text, soft: false }], 4)
    }

    #[test]
    fn gpo_paragraphs_and_joins() {
        let t = " The hearing will come to order.\n    We are very pleased this\nmorning to welcome you.\n";
        assert_eq!(
            clean(t),
            "The hearing will come to order.\nWe are very pleased this morning to welcome you."
        );
    }

    #[test]
    fn hyphens_at_line_ends() {
        assert_eq!(clean(" Senator Blumen-\nthal said so."), "Senator Blumenthal said so.");
        assert_eq!(clean(" the so-\ncalled rule"), "the so-called rule");
        assert_eq!(clean(" from 1990-\n2000 and a dash--\nthen"), "from 1990-2000 and a dash--then");
        assert_eq!(clean(" the Semi-\nAnnual report"), "the Semi-Annual report");
        assert_eq!(clean(" for low- \nand moderate-income"), "for low- and moderate-income");
    }

    #[test]
    fn file_vocabulary_decides_before_the_prefix_list() {
        // `govern-`/`ment` joins because the file prints `government` whole.
        let t = " over-the-counter and govern-\nment and over-\nthe-counter\nthe government";
        assert_eq!(clean(t), "over-the-counter and government and over-the-counter the government");
    }

    #[test]
    fn split_lines_is_split_on_newlines() {
        for s in ["", "\n", "a", "a\n", "\na", "a\nb\r\n\nc", "\n\n"] {
            assert_eq!(split_lines(s).collect::<Vec<_>>(), s.split('\n').collect::<Vec<_>>(), "{s:?}");
        }
    }

    #[test]
    fn soft_pieces_continue_the_sentence() {
        let c = Cleaner::new("", false);
        let pieces = [
            Piece { text: " Pursuant to House Resolution\n\n", soft: false },
            Piece { text: "\n\n365 and rule XVIII.", soft: true },
        ];
        assert_eq!(c.clean(&pieces, 2), "Pursuant to House Resolution 365 and rule XVIII.");
    }
}
