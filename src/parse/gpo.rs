//! GPO hearing text and Congressional Record pages: paragraph-indented text
//! where a turn starts with a paragraph whose first words are a label ending
//! in a period (`    Chairman Shelby.`, `  Mr. LEAHY.`).
//!
//! This module only marks the file; `assemble` gives the text its owners.

use super::assemble::{Event, Mark};
use super::label::paragraph_label;
use super::nonspeech::bracketed;
use super::source::Source;
use crate::model::BlockKind;
use std::ops::Range;

/// Headings that open submitted material: what follows is not speech.
const SUBMITTED_HEADINGS: &[&str] = &[
    "PREPARED STATEMENT",
    "RESPONSE TO",
    "RESPONSES TO",
    "ADDITIONAL MATERIAL",
    "A P P E N D I X",
    "APPENDIX",
    "QUESTIONS FOR THE RECORD",
    "QUESTIONS SUBMITTED",
    "SUBMITTED STATEMENT",
    "STATEMENT SUBMITTED",
    "STATEMENTS SUBMITTED",
    "WRITTEN STATEMENT",
    "LETTER FROM",
    "LETTER TO",
    "MATERIAL SUBMITTED",
];

pub fn marks(src: &Source, body: Range<usize>, record: bool) -> Vec<Mark> {
    let lines: Vec<(Range<usize>, &str)> = src.lines_in(body.clone()).collect();
    // Speech starts after the "The Committee met ... presiding." paragraph
    // when there is one; before it, dotted contents lines and rosters would
    // otherwise look like labels.
    let mut speech = record || !lines.iter().any(|(_, l)| opens_session(l));
    let mut submitted = false;
    let mut has_turn = false;
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (range, line) = (&lines[i].0, lines[i].1);
        let trimmed = line.trim();
        let indent = line.len() - line.trim_start().len();
        i += 1;
        if trimmed.is_empty() {
            continue;
        }
        let content = range.start + indent..range.start + indent + trimmed.len();
        if let Some(page) = page_anchor(trimmed) {
            out.push(Mark::new(content, Event::Page(page)));
            continue;
        }
        if opens_session(line) {
            if submitted {
                out.push(Mark::new(content, Event::Section { kind: BlockKind::FrontMatter, author: None }));
            }
            speech = true;
            submitted = false;
            continue;
        }
        if !has_turn {
            if let Some(m) = label_at(line, indent, range.start).filter(|_| speech) {
                has_turn = true;
                out.push(m);
            }
            continue;
        }
        if trimmed.starts_with("{time}") {
            out.push(Mark::new(content, Event::Block(BlockKind::Timestamp)));
            continue;
        }
        if let Some(end) = bracketed(&lines, i - 1) {
            let span = content.start..lines[end].0.start + lines[end].1.trim_end().len();
            let text = &src.text[span.clone()];
            let kind = if text.contains("GRAPHIC") || text.contains("TIFF") {
                BlockKind::Graphic
            } else {
                BlockKind::StageDirection
            };
            if text.contains("Whereupon") && text.contains("adjourned") {
                submitted = true;
            }
            out.push(Mark::new(span, Event::Block(kind)));
            i = end + 1;
            continue;
        }
        if is_heading(line, indent) {
            // A heading may run over several lines, with blank lines between.
            let mut end = i - 1;
            let mut j = i;
            while j < lines.len() {
                let l = lines[j].1;
                if l.trim().is_empty() {
                    j += 1;
                    continue;
                }
                if is_heading(l, l.len() - l.trim_start().len()) {
                    end = j;
                    j += 1;
                } else {
                    break;
                }
            }
            let span = content.start..lines[end].0.start + lines[end].1.trim_end().len();
            let heading = &src.text[span.clone()];
            let flat = heading.split_whitespace().collect::<Vec<_>>().join(" ");
            if SUBMITTED_HEADINGS.iter().any(|h| flat.starts_with(h)) {
                submitted = true;
                let author = heading_author(&flat);
                out.push(Mark::new(span, Event::Section { kind: BlockKind::Submitted, author }));
            } else {
                out.push(Mark::new(span, Event::Block(BlockKind::Heading)));
            }
            i = end + 1;
            continue;
        }
        if speech
            && !submitted
            && let Some(m) = label_at(line, indent, range.start)
        {
            out.push(m);
        }
    }
    out
}

/// A label at the start of an indented paragraph. A label standing alone with
/// no words after it (`    Mr. Yingling.`) is the chair calling on someone,
/// which stays in the chair's turn.
fn label_at(line: &str, indent: usize, line_start: usize) -> Option<Mark> {
    if !(1..=6).contains(&indent) {
        return None;
    }
    let rest = &line[indent..];
    let m = paragraph_label(rest)?;
    if rest[m.len..].trim().is_empty() && !m.label.contains("Voice") {
        return None;
    }
    let start = line_start + indent;
    Some(Mark::new(start..start + m.len, Event::Label { label: m.label, note: m.note, indent }))
}

/// `    The Committee met, pursuant to notice, at 10 a.m.` and its variants.
fn opens_session(line: &str) -> bool {
    let t = line.trim_start();
    if line.len() == t.len() || !t.starts_with("The ") {
        return false;
    }
    let head: String = t.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
    (head.contains(" met") || head.contains(" convened"))
        && [
            "Committee", "Subcommittee", "Commission", "Caucus", "Panel", "Committees", "Subcommittees",
            "Task Force", "Select",
        ]
        .iter()
        .any(|w| head.contains(w))
}

fn page_anchor(trimmed: &str) -> Option<String> {
    let inner = trimmed.strip_prefix("[[Page ")?.strip_suffix("]]")?;
    Some(inner.trim().to_owned())
}

/// Centred capitals: `STATEMENT OF ALAN GREENSPAN, CHAIRMAN,`.
fn is_heading(line: &str, indent: usize) -> bool {
    if indent < 2 {
        return false;
    }
    let t = line.trim();
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 4 && !t.chars().any(char::is_lowercase) && paragraph_label(&line[indent..]).is_none()
}

/// `PREPARED STATEMENT OF ALAN GREENSPAN, CHAIRMAN, ...` -> `Alan Greenspan`;
/// `RESPONSES TO WRITTEN QUESTIONS OF SENATOR REED FROM ALAN GREENSPAN` -> `Alan Greenspan`.
fn heading_author(flat: &str) -> Option<String> {
    let after =
        flat.rsplit_once(" FROM ").map(|(_, a)| a).or_else(|| flat.split_once(" OF ").map(|(_, a)| a))?;
    let name = after.split(',').next()?.trim();
    let name = name.trim_start_matches("HON. ").trim_start_matches("THE HONORABLE ");
    if name.is_empty() || name.split_whitespace().count() > 6 {
        return None;
    }
    Some(super::front::title_case(name))
}
