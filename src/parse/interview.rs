//! Depositions and transcribed interviews, as the House's reporters and
//! court reporters print them: questions and answers on lines of their own
//! (`Q    When did you learn ...`, `A.   On the 9th.`), the examiner named
//! once, on a line of its own, before their questions (`BY MR. PRUITT:`),
//! the witness named on the title page (`TRANSCRIBED INTERVIEW OF: MARGARET
//! OKAFOR`), and labels for everyone else (`MR. REYES.  Objection.`, `THE
//! WITNESS:  Yes.`, `Ms. Lindqvist.  Why not?`). Line numbers in a gutter are
//! markup, as in `court`.
//!
//! Read by any other grammar, every answer went to the examiner: `BY MR.
//! PRUITT:` looks like a colon label with the Q and A lines after it. Here a
//! `Q` keeps its printed label and notes its examiner (`by MR. PRUITT`), an
//! `A` keeps its own; `speakers` makes the first the examiner's turn and the
//! second the witness's. A `Q` before any examiner is named notes none, and
//! stays unresolved.

use super::assemble::{Event, Mark};
use super::court::{gutter, page_number};
use super::label::{LabelMatch, colon_label, paragraph_label};
use super::nonspeech::bracketed;
use super::source::Source;
use crate::model::BlockKind;
use std::ops::Range;

/// The note a `Q` carries: `by ` and the examiner's label as printed.
pub const EXAMINER_NOTE: &str = "by ";

/// A question or answer opening a line: `Q`, `A` with a tab or two spaces
/// after, or `Q.`, `A:` with a space. One space after a bare letter is
/// prose (`A lot of it`). Returns the letter and the marker's length.
pub fn qa_marker(content: &str) -> Option<(char, usize)> {
    let letter = match content.as_bytes().first()? {
        b'Q' => 'Q',
        b'A' => 'A',
        _ => return None,
    };
    let rest = &content[1..];
    if let Some(after) = rest.strip_prefix(['.', ':']) {
        return (after.starts_with([' ', '\t']) && !after.trim().is_empty()).then_some((letter, 2));
    }
    let spaced = rest.starts_with('\t') || rest.starts_with("  ");
    (spaced && !rest.trim().is_empty()).then_some((letter, 1))
}

/// `BY MR. PRUITT:` or `EXAMINATION BY MS. BELL:` alone on its line: the
/// examiner's label as printed.
pub fn examiner(content: &str) -> Option<&str> {
    let t = content.trim();
    // Asked of every line: turned away before a copy in capitals is made.
    let opens_by = t.get(..3).is_some_and(|b| b.eq_ignore_ascii_case("BY "));
    if t.len() > 80 || !(opens_by || t.contains("EXAMINATION")) {
        return None;
    }
    let upper = t.to_ascii_uppercase();
    let at = if upper.starts_with("BY ") { 3 } else { upper.find(" BY ")? + 4 };
    let before = &upper[..at.saturating_sub(4)];
    if !before.is_empty() && !before.contains("EXAMINATION") {
        return None;
    }
    let name = t[at..].trim_start();
    let bare = name.strip_suffix(':')?.trim_end();
    let whole_label = |m: LabelMatch| (m.len == name.len()).then_some(());
    colon_label(name).and_then(whole_label).or_else(|| super::label::bare_label(bare).map(|_| ()))?;
    Some(bare)
}

/// `EXAMINATION`, `FURTHER EXAMINATION`, `CROSS-EXAMINATION`: headings
/// between rounds of questions.
fn examination_heading(content: &str) -> bool {
    let t = content.trim().trim_end_matches(['.', ':']);
    t.len() < 40 && t.contains("EXAMINATION") && !t.chars().any(char::is_lowercase)
}

/// The reporter's certificate, the witness's signature page and the errata
/// sheet after the last answer, nobody's words, open under a heading: short,
/// no closing period (`REPORTER'S CERTIFICATE`, `Certificate of
/// Deponent/Interviewee`, `ERRATA SHEET`).
fn closing_section(content: &str) -> bool {
    let t = content.trim().to_ascii_uppercase();
    t.len() < 60
        && !t.ends_with('.')
        && ["CERTIFICATE", "REPORTER'S CERTIFICATE", "ERRATA", "ACKNOWLEDGMENT OF DEPONENT"]
            .iter()
            .any(|w| t.starts_with(w))
}

/// Titles that open a label printed with a period (`MR. REYES.`, `The
/// Witness.`), in any case.
const TITLES: &[&str] = &[
    "MR.", "MS.", "MRS.", "DR.", "THE", "CHAIRMAN", "CHAIRWOMAN", "SENATOR", "SEN.", "REPRESENTATIVE", "REP.",
];

/// A label closed by a period, its title in any case: `MR. PRUITT.`, `THE
/// WITNESS.`, `Ms. Lindqvist.`, with the end of the line or a space after.
fn period_label(content: &str) -> Option<LabelMatch> {
    let first = content.split(' ').next()?;
    if !TITLES.iter().any(|t| t.eq_ignore_ascii_case(first)) {
        return None;
    }
    let mut end = first.len();
    for word in content[first.len()..].split(' ').skip(1).take(4) {
        let capital = word.starts_with(|c: char| c.is_uppercase());
        let letters = word.trim_end_matches('.');
        if !capital || letters.is_empty() || !letters.chars().all(|c| c.is_alphabetic() || "'’-".contains(c))
        {
            return None;
        }
        end += 1 + word.len();
        if word.ends_with('.') {
            let after = &content[end..];
            return (after.is_empty() || after.starts_with([' ', '\t'])).then(|| LabelMatch {
                label: content[..end - 1].to_owned(),
                note: None,
                len: end,
            });
        }
    }
    None
}

/// A speaker's label opening a paragraph. Before anyone has spoken, a colon
/// label must open with a title (`MR. SMITH:`, `THE REPORTER:`): the title
/// page's `TRANSCRIBED INTERVIEW OF: MARGARET OKAFOR` is not one.
fn speaker_label(body: &str, spoken: bool) -> Option<LabelMatch> {
    let titled = |m: &LabelMatch| spoken || TITLES.iter().any(|t| m.label.split(' ').next() == Some(*t));
    period_label(body)
        .or_else(|| paragraph_label(body))
        .or_else(|| colon_label(body).filter(|m| !body[m.len..].trim().is_empty() && titled(m)))
}

/// Enough questions and answers, and an examiner or a title page that says
/// whose deposition or interview it is, in the head of a file.
pub fn looks_like_interview(head: &str) -> bool {
    let (mut q, mut a, mut by) = (0, 0, 0);
    // Questions start within a few pages of a title page and its index.
    for line in head.lines().take(1500) {
        let content = gutter(line).map_or(line, |(_, c)| &line[c..]).trim_start();
        match qa_marker(content) {
            Some(('Q', _)) => q += 1,
            Some(_) => a += 1,
            None => by += usize::from(examiner(content).is_some()),
        }
    }
    if q < 3 || a < 3 {
        return false;
    }
    // A news interview prints `Q:` and `A:` too, but names no examiner
    // and no one questioned under oath.
    let upper = || head.get(..head.len().min(8192)).unwrap_or(head).to_ascii_uppercase();
    by > 0 || upper().contains("DEPOSITION OF") || upper().contains("INTERVIEW OF")
}

pub fn marks(src: &Source, body: Range<usize>) -> Vec<Mark> {
    let mut out = Vec::new();
    // Each line's content, after a gutter number if it has one.
    let mut lines: Vec<(Range<usize>, &str)> = Vec::new();
    for (range, line) in src.lines_in(body) {
        if let Some(p) = page_number(line) {
            let lead = line.len() - line.trim_start().len();
            out.push(Mark::new(range.start + lead..range.start + lead + p.len(), Event::Page(p.to_owned())));
            lines.push((range.end..range.end, ""));
            continue;
        }
        match gutter(line) {
            Some((number, content)) => {
                out.push(Mark::new(range.start + number.start..range.start + number.end, Event::Markup));
                lines.push((range.start + content..range.end, &line[content..]));
            }
            None => lines.push((range, line)),
        }
    }
    // Continuation lines sit at the least indent; a paragraph opens deeper,
    // or after a blank line.
    let base = lines
        .iter()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(_, l)| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut examiner_label: Option<String> = None;
    let mut spoken = false;
    let mut i = 0;
    while i < lines.len() {
        let (range, line) = (lines[i].0.clone(), lines[i].1);
        let indent = line.len() - line.trim_start().len();
        let content = line.trim();
        let start = range.start + indent;
        let opens = indent > base || i == 0 || lines[i - 1].1.trim().is_empty();
        i += 1;
        if content.is_empty() {
            continue;
        }
        if spoken && let Some(end) = bracketed(&lines, i - 1) {
            let last = &lines[end];
            out.push(Mark::new(
                start..last.0.start + last.1.trim_end().len(),
                Event::Block(BlockKind::StageDirection),
            ));
            i = end + 1;
            continue;
        }
        if let Some(who) = examiner(content) {
            examiner_label = Some(who.to_owned());
            out.push(Mark::new(start..start + content.len(), Event::Block(BlockKind::Heading)));
            continue;
        }
        if spoken && examination_heading(content) {
            out.push(Mark::new(start..start + content.len(), Event::Block(BlockKind::Heading)));
            continue;
        }
        if spoken && closing_section(content) {
            out.push(Mark::new(
                start..start + content.len(),
                Event::Section { kind: BlockKind::Other, author: None },
            ));
            continue;
        }
        if !opens {
            continue;
        }
        if let Some((letter, len)) = qa_marker(content) {
            spoken = true;
            let note = (letter == 'Q')
                .then(|| examiner_label.as_ref().map(|e| format!("{EXAMINER_NOTE}{e}")))
                .flatten();
            out.push(Mark::new(start..start + len, Event::Label { label: letter.to_string(), note, indent }));
        } else if let Some(m) = speaker_label(content, spoken) {
            spoken = true;
            out.push(Mark::new(start..start + m.len, Event::Label { label: m.label, note: m.note, indent }));
        }
    }
    out
}

/// What a reader must know of an interview read right: questions asked
/// before any examiner is named, and answers when the title page names no
/// witness, are credited to no one.
pub fn unexamined(t: &crate::model::Transcript) -> Vec<String> {
    let mut notes = Vec::new();
    let asked = t.turns.iter().filter(|x| x.label == "Q" && x.note.is_none()).count();
    if asked > 0 {
        notes.push(format!(
            "{asked} questions (Q) come before any examiner is named (`BY MR. ...:`): they are credited to no one"
        ));
    }
    let answers = t.turns.iter().filter(|x| x.label == "A").count();
    if answers > 0 && t.hearing.witnesses.len() != 1 {
        notes.push(format!(
            "the title page names no one witness (`DEPOSITION OF ...`): {answers} answers (A) are credited to no one"
        ));
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_and_answers_but_not_prose() {
        assert_eq!(qa_marker("Q    When did you"), Some(('Q', 1)));
        assert_eq!(qa_marker("A.   On the 9th."), Some(('A', 2)));
        assert_eq!(qa_marker("Q: Who told you?"), Some(('Q', 2)));
        assert_eq!(qa_marker("A\tYes."), Some(('A', 1)));
        assert_eq!(qa_marker("A lot of it was"), None);
        assert_eq!(qa_marker("A. Lincoln said"), Some(('A', 2)), "a paragraph opening `A. ` is an answer");
        assert_eq!(qa_marker("Q.1. Inflation"), None);
        assert_eq!(qa_marker("Q"), None);
    }

    #[test]
    fn examiners_alone_on_their_line() {
        assert_eq!(examiner("BY MR. PRUITT:"), Some("MR. PRUITT"));
        assert_eq!(examiner("   EXAMINATION BY MS. BELL:"), Some("MS. BELL"));
        assert_eq!(examiner("By Mr. Pruitt:"), Some("Mr. Pruitt"));
        assert_eq!(examiner("BY MR. PRUITT: Did you"), None);
        assert_eq!(examiner("Called by the committee:"), None);
        assert_eq!(examiner("STATEMENT BY MR. PRUITT:"), None);
    }

    #[test]
    fn labels_closed_by_a_period() {
        let label = |s: &str| period_label(s).map(|m| m.label);
        assert_eq!(label("MR. PRUITT.  This is"), Some("MR. PRUITT".into()));
        assert_eq!(label("THE WITNESS.  Margaret"), Some("THE WITNESS".into()));
        assert_eq!(label("Ms. Lindqvist.  Why not?"), Some("Ms. Lindqvist".into()));
        assert_eq!(label("Mr. Pruitt said that"), None);
        assert_eq!(label("The witness was"), None);
    }
}
