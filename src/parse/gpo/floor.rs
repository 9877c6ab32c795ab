//! The Record's floor: narration paragraphs (someone seeking recognition,
//! votes changed, `(Mr. X asked and was given permission ...)`) and the
//! printed material a speaker brings in (`The amendment is as follows:`),
//! which are nobody's spoken words.

use super::{Event, Mark, Range, caps_line, label_at, page_anchor};
use crate::model::BlockKind;

/// Openings of the Record's narration paragraphs.
pub(super) const NARRATION: &[&str] = &[
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
    "So the motion to",
    "So the resolution was",
    "So the joint resolution was",
    "So the concurrent resolution was",
    "So the conference report was",
    "So (two-thirds",
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

/// The last line of a Record paragraph starting on line `i` that narrates
/// rather than speaks: someone seeking recognition, votes changed, a
/// parenthetical note (`(Mr. X asked and was given permission to ...)`),
/// `Stated for:` heading members' statements of how they would have voted.
pub(super) fn floor_narration(text: &str, lines: &[(Range<usize>, &str)], i: usize) -> Option<usize> {
    let end = paragraph_end(lines, i);
    let span = lines[i].0.start..lines[end].0.start + lines[end].1.trim_end().len();
    if label_at(lines[i].1, 2, 0).is_some() {
        return None;
    }
    let flat = text[span].split_whitespace().collect::<Vec<_>>().join(" ");
    // The Record prints the names it narrates in capitals (`Mr. DOYLE`,
    // `Messrs. ROHRABACHER, SHAW`); a member speaking of a colleague does
    // not (`Mr. Doyle changed his vote`).
    let mut words = flat.split(' ');
    let named = matches!(words.next(), Some("Mr." | "Ms." | "Mrs." | "Miss" | "Messrs." | "Mses."))
        && words.next().is_some_and(|w| w.chars().filter(|c| c.is_uppercase()).count() >= 2);
    let narrates = (named && flat.ends_with("addressed the Chair.") && flat.len() < 100)
        || (named
            && [
                "changed his vote from",
                "changed her vote from",
                "changed their vote from",
                "changed their votes from",
            ]
            .iter()
            .any(|p| flat.contains(p))
            && flat.len() < 1_000)
        || (flat.starts_with('(') && (flat.ends_with(')') || flat.ends_with(").")) && flat.len() < 400)
        || matches!(flat.as_str(), "Stated for:" | "Stated against:");
    narrates.then_some(end)
}

/// The last line of the paragraph that starts on line `i`: its continuation
/// lines are flush left.
pub(super) fn paragraph_end(lines: &[(Range<usize>, &str)], i: usize) -> usize {
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
pub(super) fn ordered_printed(lines: &[(Range<usize>, &str)], i: usize) -> bool {
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
pub(super) fn inserted_material(lines: &[(Range<usize>, &str)], start: usize, out: &mut Vec<Mark>) -> usize {
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
        // Printed material is indented line by line; speech resumes with a
        // label or a paragraph whose next line is flush left. A centred
        // heading three spaces in (`   Section-by-Section Analysis`) or a
        // two-space line inside a bill's contents is still the material.
        if indent < 4 && ends_material(lines, j, indent) {
            break;
        }
        let end = range.start + line.trim_end().len();
        block = Some(block.map_or(range.start + indent..end, |b| b.start..end));
        j += 1;
    }
    flush(&mut block, out);
    j
}

/// Whether line `j`, indented less than printed material, is speech again.
fn ends_material(lines: &[(Range<usize>, &str)], j: usize, indent: usize) -> bool {
    let line = lines[j].1;
    // A flush-left line after a blank line is a bill's own line (`\`\`2646.
    // Restrictions ...`): speech resumes with a two-space paragraph.
    let flush_in_bill = indent == 0 && j > 0 && lines[j - 1].1.trim().is_empty();
    if (indent < 2 && !flush_in_bill) || line.starts_with("<bullet>") || label_at(line, indent, 0).is_some() {
        return true;
    }
    let t = line.trim();
    if NARRATION.iter().any(|n| t.starts_with(n)) {
        return true;
    }
    // The paragraph's next line: flush left is speech; indented, or a blank
    // line or page anchor after a line of its own, is printed matter.
    match lines.get(j + 1) {
        Some((_, next)) if !next.trim().is_empty() && page_anchor(next.trim()).is_none() => {
            !next.starts_with(' ')
        }
        _ => !(caps_line(line, indent) || t.chars().filter(|c| c.is_alphabetic()).count() < 60),
    }
}
