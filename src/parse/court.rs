//! Court-reporter transcripts: numbered lines (1 to 25) in a left gutter,
//! a page number at the top of each page, colon labels in capitals at the
//! start of an indented paragraph (`SENATOR VALESKY:  I want to`).
//!
//! Gutter numbers are markup, page numbers set the page; the rest is the
//! ordinary owner-by-marks assembly.

use super::assemble::{Event, Mark};
use super::label::colon_label;
use super::source::Source;
use crate::model::BlockKind;
use std::ops::Range;

mod pages;
pub(super) use pages::{list_heading, running_heads};

/// A numbered line: its gutter number's span and where the content starts.
struct Gutter {
    number: Range<usize>,
    content: usize,
}

pub(super) fn gutter(line: &str) -> Option<(Range<usize>, usize)> {
    let lead = line.len() - line.trim_start().len();
    // Reporters of every era: numbers right-aligned at column 7 (2011-2019
    // hearings) or from column 0 (floor sessions, recent budget hearings).
    if lead > 9 {
        return None;
    }
    let digits = line[lead..].bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let n: u32 = line[lead..lead + digits].parse().ok()?;
    let rest = &line[lead + digits..];
    if !(1..=25).contains(&n) || !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    Some((lead..lead + digits, lead + digits))
}

/// A page number alone at the right of its line.
pub(super) fn page_number(line: &str) -> Option<&str> {
    let t = line.trim();
    let lead = line.len() - line.trim_start().len();
    (lead >= 20 && !t.is_empty() && t.len() <= 5 && t.bytes().all(|b| b.is_ascii_digit())).then_some(t)
}

/// Most non-blank lines carry a gutter number.
pub fn looks_like_court(text: &str) -> bool {
    let (mut numbered, mut total) = (0, 0);
    for line in text.lines().take(2000) {
        if line.trim().is_empty() {
            continue;
        }
        total += 1;
        if gutter(line).is_some() {
            numbered += 1;
        }
    }
    total >= 20 && numbered * 2 > total
}

/// Whether the file is title and index pages only (an excerpt of them):
/// no one speaks in it, so no turn is no fault (`quality`).
pub(super) fn front_pages_only(text: &str) -> bool {
    let src = Source::new(text);
    let lines: Vec<(Range<usize>, &str)> = src.lines_in(0..text.len()).collect();
    let speech = pages::layout(&lines).speech;
    speech > 0 && lines[speech.min(lines.len())..].iter().all(|(_, l)| l.trim().is_empty())
}

pub fn marks(src: &Source, body: Range<usize>) -> Vec<Mark> {
    let lines: Vec<(Range<usize>, &str)> = src.lines_in(body).collect();
    let layout = pages::layout(&lines);
    let mut out = Vec::new();
    let mut spoken = false;
    let mut i = 0;
    while i < lines.len() {
        let (range, line) = (&lines[i].0, lines[i].1);
        i += 1;
        if let Some(p) = page_number(line) {
            let lead = line.len() - line.trim_start().len();
            out.push(Mark::new(range.start + lead..range.start + lead + p.len(), Event::Page(p.to_owned())));
            continue;
        }
        // `2026-2027 Executive Budget` atop every page is no one's words.
        if layout.heads.contains(&(i - 1)) {
            let lead = line.len() - line.trim_start().len();
            out.push(Mark::new(range.start + lead..range.end, Event::Markup));
            continue;
        }
        let Some((number, content)) = gutter(line) else { continue };
        let g = Gutter { number: range.start + number.start..range.start + number.end, content };
        let text = &line[g.content..];
        let indent = text.len() - text.trim_start().len();
        let body = text.trim();
        let start = range.start + g.content + indent;
        // `(Senator Valesky confers with staff.)`, perhaps over several lines.
        if spoken
            && body.starts_with('(')
            && let Some(end) = closing_paren(&lines, i - 1)
        {
            let end_line = &lines[end];
            let stop = end_line.0.start + end_line.1.trim_end().len();
            out.push(Mark::new(g.number.clone(), Event::Markup));
            out.push(Mark::new(start..stop, Event::Block(BlockKind::StageDirection)));
            i = end + 1;
            continue;
        }
        out.push(Mark::new(g.number.clone(), Event::Markup));
        if spoken && !body.is_empty() && body.chars().all(|c| c == '*' || c == ' ') {
            out.push(Mark::new(start..start + body.len(), Event::Block(BlockKind::Other)));
            continue;
        }
        // A label has words after it on its line; `PRESIDING:` alone is a
        // heading, and nothing on the title and index pages is speech.
        if i > layout.speech
            && let Some(m) = colon_label(body).filter(|m| !body[m.len..].trim().is_empty())
        {
            spoken = true;
            out.push(Mark::new(start..start + m.len, Event::Label { label: m.label, note: None, indent }));
        }
    }
    out
}

/// The line where a parenthesis opened on line `i` closes, within a few lines.
fn closing_paren(lines: &[(Range<usize>, &str)], i: usize) -> Option<usize> {
    let mut depth = 0i32;
    for (j, (_, line)) in lines.iter().enumerate().skip(i).take(8) {
        let content = gutter(line).map_or(*line, |(_, c)| &line[c..]);
        for c in content.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
        }
        if depth == 0 {
            return content.trim_end().ends_with(')').then_some(j);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gutters_of_every_era() {
        // Column 7 (2011-2019 hearings), column 0 (floor sessions), a tab.
        assert_eq!(gutter("       1      BEFORE THE"), Some((7..8, 8)));
        assert_eq!(gutter("10    motion, Senate adjourned."), Some((0..2, 2)));
        assert_eq!(gutter(" 2\tThe Senate will come to order."), Some((1..2, 2)));
        // Not gutters: a number past 25, a year, words.
        assert_eq!(gutter("   26 things"), None);
        assert_eq!(gutter("2019 was"), None);
        assert_eq!(gutter("   Senator Quinn"), None);
    }
}
