//! Speaker lines of the transcripts recording services export, which staff
//! and reporters get of a hearing's audio: a name and a clock time filling
//! a line, the words on the lines below.
//!
//! ```text
//! Marta Ruiz: (00:00:05)        Rev
//! Rosa Whitfield  0:03          Otter (two spaces; `m:ss` or `h:mm:ss`)
//! Dana Halvorsen (00:01:02)     others, and Rev without the colon
//! ```
//!
//! Read by no grammar before, such a file came out as 0 turns. A line of
//! speech can end in a time too (`Item 4  3:15`, `the vote (10:30)`), so the
//! shape is taken only where a file uses it as its labels: the line holds
//! nothing but a name (capitalised words, six at most; a number only in
//! `Speaker 3`) and the time, is flush left, stands at the start or after a
//! blank line, has a line of words under it, and the file has two such
//! lines at least. The time is the turn's note, the name kept as printed.

use super::label::{LabelMatch, timestamp_label};
use std::ops::Range;

/// Lower-case words inside a name (`Ana de la Cruz`).
const PARTICLES: &[&str] = &["de", "la", "van", "von", "der", "del", "da", "du", "di", "le", "y"];

/// A name as these services print it: one to six words, each capitalised
/// (or a particle after the first), `Speaker 3` the only number.
pub fn service_name(s: &str) -> bool {
    let words: Vec<&str> = s.split(' ').collect();
    if words.len() > 6 {
        return false;
    }
    words.iter().enumerate().all(|(k, w)| {
        let capitalised = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
            && !w.ends_with('-');
        let particle = k > 0 && PARTICLES.contains(w);
        let number = k > 0
            && k + 1 == words.len()
            && words[k - 1] == "Speaker"
            && (1..=3).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_digit());
        capitalised || particle || number
    })
}

/// `0:03`, `12:40`, `1:02:03`, `00:00:05`: minutes or hours of one or two
/// digits, then two-digit fields.
fn clock(s: &str) -> bool {
    let parts: Vec<&str> = s.split(':').collect();
    (2..=3).contains(&parts.len())
        && (1..=2).contains(&parts[0].len())
        && parts[1..].iter().all(|p| p.len() == 2)
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
}

/// A line that is only a name and a clock time, in one of the three shapes.
pub fn stamp_line_label(line: &str) -> Option<LabelMatch> {
    let t = line.trim_end();
    if t.starts_with(char::is_whitespace) {
        return None;
    }
    let (name, time) = if let Some(inner) = t.strip_suffix(')') {
        // `Marta Ruiz: (00:00:05)` or `Dana Halvorsen (00:01:02)`.
        let (before, time) = inner.rsplit_once(" (")?;
        (before.strip_suffix(':').unwrap_or(before), time)
    } else {
        // `Rosa Whitfield  0:03`: two spaces at least between.
        let (before, time) = t.rsplit_once("  ")?;
        (before.trim_end(), time)
    };
    (!name.is_empty() && service_name(name) && clock(time)).then(|| LabelMatch {
        label: name.to_owned(),
        note: Some(time.to_owned()),
        len: t.len(),
    })
}

/// The label lines of a file that labels its turns so: each a stamp line at
/// the start or after a blank line, words (not another label) on the next
/// line; none unless there are two at least.
pub fn stamp_lines(lines: &[(Range<usize>, &str)]) -> Vec<(usize, LabelMatch)> {
    let found: Vec<(usize, LabelMatch)> = (0..lines.len())
        .filter(|&i| i == 0 || lines[i - 1].1.trim().is_empty())
        .filter_map(|i| {
            let m = stamp_line_label(lines[i].1)?;
            let next = lines.get(i + 1)?.1.trim();
            let words = !next.is_empty()
                && stamp_line_label(lines[i + 1].1).is_none()
                && timestamp_label(next).is_none();
            words.then_some((i, m))
        })
        .collect();
    if found.len() >= 2 { found } else { Vec::new() }
}

/// `Dana Halvorsen: Good morning.`: a name in mixed case (capitals are
/// `label::colon_label`'s) and a colon opening a flush-left line with words
/// after, as Trint exports print turns without their times. Two words at
/// least, or `Speaker 2`: `Note:` and `Finding 1:` are no names.
pub fn named_line(line: &str) -> Option<LabelMatch> {
    // Every line of a colon file is asked: a byte search, and no searcher
    // built per line as `split_once(": ")` builds one.
    if !line.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let colon = memchr::memchr(b':', &line.as_bytes()[..line.len().min(80)])?;
    let (name, rest) = (&line[..colon], line[colon + 1..].strip_prefix(' ')?);
    let named = (name.contains(' ') && service_name(name) && name.chars().any(char::is_lowercase))
        && !rest.trim().is_empty();
    named.then(|| LabelMatch { label: name.to_owned(), note: None, len: name.len() + 1 })
}

/// The lines a file labels so, where that is its way of labelling: three at
/// least, two names, one of them on two lines or more, and more of them
/// than colon labels in capitals; none otherwise.
pub fn named_lines(lines: &[(Range<usize>, &str)]) -> Vec<(usize, LabelMatch)> {
    let found: Vec<(usize, LabelMatch)> =
        lines.iter().enumerate().filter_map(|(i, (_, l))| named_line(l).map(|m| (i, m))).collect();
    let mut names: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (_, m) in &found {
        *names.entry(m.label.as_str()).or_default() += 1;
    }
    let ok = found.len() >= 3 && names.len() >= 2 && names.values().any(|&n| n >= 2) && {
        let caps = lines.iter().filter(|(_, l)| super::label::colon_label(l.trim_start()).is_some()).count();
        found.len() > caps
    };
    // A name printed once counts only after the first of one printed more:
    // before it, `Recorded By: the clerk` is the header's.
    let Some(first) = found.iter().find(|(_, m)| names[m.label.as_str()] >= 2).map(|(i, _)| *i) else {
        return Vec::new();
    };
    let keep = |(i, m): &(usize, LabelMatch)| *i >= first || names[m.label.as_str()] >= 2;
    if ok { found.iter().filter(|f| keep(f)).cloned().collect() } else { Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(s: &str) -> Option<(String, String)> {
        stamp_line_label(s).map(|m| (m.label, m.note.unwrap_or_default()))
    }

    #[test]
    fn the_three_shapes() {
        let both = |l: &str, t: &str| Some((l.to_owned(), t.to_owned()));
        assert_eq!(label("Marta Ruiz: (00:00:05)"), both("Marta Ruiz", "00:00:05"));
        assert_eq!(label("Speaker 4: (02:41)"), both("Speaker 4", "02:41"));
        assert_eq!(label("Rosa Whitfield  0:03"), both("Rosa Whitfield", "0:03"));
        assert_eq!(label("Unknown Speaker  1:02:03\r"), both("Unknown Speaker", "1:02:03"));
        assert_eq!(label("Ana de la Cruz   12:40"), both("Ana de la Cruz", "12:40"));
        assert_eq!(label("Dana Halvorsen (00:01:02)"), both("Dana Halvorsen", "00:01:02"));
        assert_eq!(stamp_line_label("Marta Ruiz: (00:00:05)").map(|m| m.len), Some(22));
    }

    #[test]
    fn speech_ending_in_a_time_is_no_label() {
        for s in [
            "We met at 10:30",
            "Item 4  3:15",
            "Item 4: (3:15)",
            "the vote  3:15",
            "Rosa Whitfield 0:03",
            "Rosa Whitfield  0:03 Good morning",
            "  Rosa Whitfield  0:03",
            "Proverbs  3:5",
            "Recess (10:30 a.m.)",
            "One Two Three Four Five Six Seven  0:03",
            "Marta Ruiz: (00:00:05) Call to order.",
        ] {
            assert_eq!(label(s), None, "{s}");
        }
    }

    #[test]
    fn names_in_mixed_case_before_a_colon() {
        let lines =
            |s: &'static str| -> Vec<(Range<usize>, &'static str)> { s.lines().map(|l| (0..0, l)).collect() };
        assert_eq!(named_line("Dana Hollis: Good morning.").map(|m| m.len), Some(12));
        for s in [
            "Note: this",
            "Finding 1: the",
            "DANA HOLLIS: Good",
            "Dana Hollis:",
            "  Dana Hollis: Good",
            "The report said: Berth 7",
        ] {
            assert_eq!(named_line(s), None, "{s}");
        }
        let trint =
            lines("Recorded By: the clerk\n\nDana Hollis: Hello.\nAda Vance: Yes.\nDana Hollis: Bye.\n");
        assert_eq!(named_lines(&trint).iter().map(|(i, _)| *i).collect::<Vec<_>>(), vec![2, 3, 4]);
        // Front matter of `Key: value` lines, each once, is no transcript.
        let keys = lines("Prepared By: the clerk\nHearing Room: 2B\nMeeting Date: March 3\n");
        assert!(named_lines(&keys).is_empty());
    }

    #[test]
    fn only_where_the_file_labels_so() {
        let lines =
            |s: &'static str| -> Vec<(Range<usize>, &'static str)> { s.lines().map(|l| (0..0, l)).collect() };
        let otter = lines("Title\n\nRosa Whitfield  0:03\nGood morning.\n\nKwame Amadi  0:22\nThank you.\n");
        assert_eq!(stamp_lines(&otter).iter().map(|(i, _)| *i).collect::<Vec<_>>(), vec![2, 5]);
        // Inside speech (no blank line before), or with no words under it.
        let prose =
            lines("Rosa Whitfield  0:03\nThe agenda:\nItem Four  3:15\nBus lanes.\n\nItem Five  3:30\n");
        assert!(stamp_lines(&prose).is_empty());
        // One alone is not the file's way of labelling.
        assert!(stamp_lines(&lines("Notes\n\nRosa Whitfield  0:03\nGood morning.\n")).is_empty());
    }
}
