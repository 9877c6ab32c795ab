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
        let body = line.trim_start();
        let indent = line.len() - body.len();
        let trimmed = body.trim_end();
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
            if let Some(m) = speech.then(|| label_at(line, indent, range.start)).flatten() {
                has_turn = true;
                out.push(m);
            }
            continue;
        }
        if trimmed.starts_with("{time}") {
            out.push(Mark::new(content, Event::Block(BlockKind::Timestamp)));
            continue;
        }
        // The Record's own narration (`The amendment was agreed to.`) is
        // nobody's speech, even where it stands between one member's paragraphs.
        if record && indent == 2 && NARRATION.iter().any(|n| trimmed.starts_with(n)) {
            let end = paragraph_end(&lines, i - 1);
            let stop = lines[end].0.start + lines[end].1.trim_end().len();
            out.push(Mark::new(content.start..stop, Event::Block(BlockKind::StageDirection)));
            i = end + 1;
            if lines[end].1.trim_end().ends_with("as follows:") {
                i = inserted_material(&lines, i, &mut out);
            }
            continue;
        }
        // `There being no objection, the material was ordered to be printed in
        // the Record, as follows:` then a letter or a bill, indented: printed,
        // never spoken, so not the member's words.
        if record && trimmed.ends_with("as follows:") && ordered_printed(&lines, i - 1) {
            i = inserted_material(&lines, i, &mut out);
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

/// Openings of the Record's narration paragraphs.
const NARRATION: &[&str] = &[
    "There being no objection",
    "There was no objection",
    "The Clerk read",
    "The clerk read",
    "The Clerk redesignated",
    "The Clerk designated",
    "The legislative clerk",
    "The assistant legislative clerk",
    "The bill clerk",
    "The text of the amendment",
    "The amendment is as follows",
    "The amendment, as modified, is",
    "The vote was taken",
    "The result of the vote was announced",
    "The result was announced",
    "A recorded vote was ordered",
    "The amendment was agreed to",
    "The amendment was rejected",
    "The amendment was not agreed to",
    "So the amendment was",
    "So the bill was",
    "So the motion was",
    "The question was taken",
    "The motion to lay on the table was",
    "The motion to reconsider was",
    "The motion was agreed to",
    "The bill was ordered",
    "The bill was read",
    "The bill was passed",
    "The joint resolution was",
    "The resolution was agreed to",
    "The preamble was agreed to",
    "The yeas and nays were ordered",
    "The yeas and nays resulted",
    "Accordingly, the House resolved",
    "Accordingly, the Committee rose",
    "The Committee resumed its sitting",
    "The SPEAKER pro tempore announced",
];

/// The last line of the paragraph that starts on line `i`: its continuation
/// lines are flush left.
fn paragraph_end(lines: &[(Range<usize>, &str)], i: usize) -> usize {
    let mut j = i;
    while let Some((_, next)) = lines.get(j + 1) {
        if next.trim().is_empty() || next.starts_with(' ') || page_anchor(next.trim()).is_some() {
            break;
        }
        j += 1;
    }
    j
}

/// The paragraph ending on line `i` introduces printed material: a text
/// ordered printed, an amendment's text, or what the clerk reads.
fn ordered_printed(lines: &[(Range<usize>, &str)], i: usize) -> bool {
    const INTRODUCERS: &[&str] = &[
        "ordered to be printed",
        "ordered printed",
        "text of the amendment is as follows",
        "The amendment is as follows",
        "The amendment, as modified, is as follows",
        "clerk read as follows",
    ];
    let here = lines[i].1.trim();
    let before = if i > 0 { lines[i - 1].1.trim() } else { "" };
    let paragraph = format!("{before} {here}");
    INTRODUCERS.iter().any(|p| paragraph.contains(p))
}

/// Marks the indented material from line `start` as submitted blocks (split
/// around page anchors) and returns the first line after it.
fn inserted_material(lines: &[(Range<usize>, &str)], start: usize, out: &mut Vec<Mark>) -> usize {
    let mut block: Option<Range<usize>> = None;
    let flush = |block: &mut Option<Range<usize>>, out: &mut Vec<Mark>| {
        if let Some(span) = block.take() {
            out.push(Mark::new(span, Event::Block(BlockKind::Submitted)));
        }
    };
    let mut j = start;
    while j < lines.len() {
        let (range, line) = (&lines[j].0, lines[j].1);
        let trimmed = line.trim();
        let indent = line.len() - line.trim_start().len();
        if trimmed.is_empty() {
            j += 1;
            continue;
        }
        if let Some(page) = page_anchor(trimmed) {
            flush(&mut block, out);
            out.push(Mark::new(
                range.start + indent..range.start + indent + trimmed.len(),
                Event::Page(page),
            ));
            j += 1;
            continue;
        }
        if indent < 4 {
            break;
        }
        let end = range.start + line.trim_end().len();
        block = Some(block.map_or(range.start + indent..end, |b| b.start..end));
        j += 1;
    }
    flush(&mut block, out);
    j
}

/// A label at the start of an indented paragraph. A label standing alone with
/// no words after it (`    Mr. Yingling.`) is the chair calling on someone,
/// which stays in the chair's turn.
fn label_at(line: &str, indent: usize, line_start: usize) -> Option<Mark> {
    // `<bullet> Mr. INOUYE.`: the Record's sign for a statement not spoken on the floor.
    if let Some(rest) = line.strip_prefix("<bullet>") {
        let lead = rest.len() - rest.trim_start().len();
        let m = paragraph_label(rest.trim_start())?;
        let len = "<bullet>".len() + lead + m.len;
        let note = Some("inserted".to_owned());
        return Some(Mark::new(
            line_start..line_start + len,
            Event::Label { label: m.label, note, indent: 2 },
        ));
    }
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
    // Most paragraphs opening with `The` say neither word: no need to join.
    if !(t.contains("met") || t.contains("convened")) {
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
    // Most lines fail on their first lower-case letter; test that first.
    !t.chars().any(char::is_lowercase)
        && t.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && paragraph_label(&line[indent..]).is_none()
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
    Some(crate::names::title_case(name))
}
