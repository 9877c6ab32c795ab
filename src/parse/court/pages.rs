//! Pages of a court-reporter transcript: where the title and index pages
//! end and the speech begins, and the running head atop every page.

use super::{gutter, page_number};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

pub struct Layout {
    /// The index of the first line after the title and index pages.
    pub speech: usize,
    /// Lines of the running head (`2026-2027 Executive Budget`, `Human
    /// Services`, `2-4-26` atop every page).
    pub heads: HashSet<usize>,
}

/// A page: the index of its first line, and its non-blank lines (index,
/// text without the gutter).
type Page<'a> = (usize, Vec<(usize, &'a str)>);

/// Pages are told apart by the gutter starting again at 1.
fn pages<'a>(lines: &[(Range<usize>, &'a str)]) -> Vec<Page<'a>> {
    let mut pages: Vec<Page> = Vec::new();
    let mut last = 0;
    for (i, (_, line)) in lines.iter().enumerate() {
        // Lines between numbered ones (a name's second line) count too.
        let content = match gutter(line) {
            Some((number, content)) => {
                let n: u32 = line[number].parse().unwrap_or(0);
                if pages.is_empty() || n < last {
                    pages.push((i, Vec::new()));
                }
                last = n;
                content
            }
            None if page_number(line).is_some() => continue,
            None => 0,
        };
        let t = line[content..].trim();
        if !t.is_empty()
            && let Some(p) = pages.last_mut()
        {
            p.1.push((i, t));
        }
    }
    pages
}

/// Lines among the first three of a page that the first three of at least
/// half the pages after the title page repeat (and at least two pages).
fn head_texts<'a>(pages: &[Page<'a>]) -> HashSet<&'a str> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (_, p) in pages.iter().skip(1) {
        let firsts: HashSet<&str> = p.iter().take(3).map(|(_, t)| *t).collect();
        for t in firsts {
            *seen.entry(t).or_default() += 1;
        }
    }
    let need = (pages.len().saturating_sub(1) / 2).max(2);
    seen.into_iter().filter(|&(t, n)| n >= need && list_heading(t).is_none()).map(|(t, _)| t).collect()
}

/// The running head's lines of a whole transcript, as text.
pub fn running_heads(text: &str) -> HashSet<String> {
    let mut at = 0;
    let lines: Vec<(Range<usize>, &str)> = text
        .split('\n')
        .map(|l| {
            let r = at..at + l.len();
            at += l.len() + 1;
            (r, l)
        })
        .collect();
    head_texts(&pages(&lines)).into_iter().map(str::to_owned).collect()
}

/// The title page is the first page when it has a rule or a roster heading
/// (`PRESIDING:`); the pages after it are index pages while their first
/// line under the running head is a heading of a list (`SPEAKERS
/// (Continued):   PAGE  QUESTIONS`, `PRESENT:  (Continued)`). Nothing on
/// them is speech, so `PUBLIC FORUM:  WESTERN NEW YORK` is no turn.
pub fn layout<'a>(lines: &[(Range<usize>, &'a str)]) -> Layout {
    let pages = pages(lines);
    let texts = head_texts(&pages);
    let mut heads = HashSet::new();
    for (_, p) in pages.iter().skip(1) {
        heads.extend(p.iter().take(3).filter(|(_, t)| texts.contains(t)).map(|(i, _)| *i));
    }
    let first_line =
        |p: &Page<'a>| -> Option<&'a str> { p.1.iter().find(|(i, _)| !heads.contains(i)).map(|(_, t)| *t) };
    let title = pages.first().is_some_and(|(_, p)| {
        p.iter().any(|(_, t)| (t.len() >= 10 && t.chars().all(|c| c == '-')) || list_heading(t).is_some())
    });
    if !title {
        return Layout { speech: 0, heads };
    }
    let mut k = 1;
    while pages.get(k).is_some_and(|p| first_line(p).is_some_and(|t| list_heading(t).is_some())) {
        k += 1;
    }
    Layout { speech: pages.get(k).map_or(lines.len(), |(i, _)| *i), heads }
}

/// A heading of a title-page or index list, upper-cased without its colon,
/// `(Continued)` and page columns: `SPEAKERS (Continued):   PAGE  QUESTIONS`
/// -> `SPEAKERS`, `ALSO PRESENT:` -> `ALSO PRESENT`.
pub fn list_heading(t: &str) -> Option<String> {
    let t = t.replace("(Continued)", "").replace("(CONTINUED)", "").replace(", Continued", "");
    let t = t.trim();
    let first = t.split("  ").next().unwrap_or(t).trim_end();
    let columns = t[first.len()..].split_whitespace().all(|w| {
        matches!(w, "PAGE" | "PAGES" | "QUESTIONS" | "STATEMENT" | "Page" | "Questions")
            || w.bytes().all(|b| b.is_ascii_digit())
    });
    // Index headings are printed without a colon too (`LIST OF SPEAKERS`).
    const BARE: &[&str] = &["LIST OF SPEAKERS", "SPEAKERS", "WITNESSES", "INDEX", "INDEX OF SPEAKERS"];
    let head = first.strip_suffix(':').or_else(|| BARE.contains(&first).then_some(first))?;
    let head = head.trim().trim_end_matches(',');
    let caps = head.chars().any(char::is_uppercase) && !head.chars().any(char::is_lowercase);
    (columns && caps && head.len() <= 60).then(|| head.to_owned())
}
