//! The line of a transcript file where a hit's words are, not just where its
//! turn starts: what a reader opens the file at (`vim +LINE`).

use crate::index::search::Hit;
use crate::index::snippet::{has_whole_word, words};
use std::collections::HashMap;

/// Source texts read once per run, however many hits come from each.
#[derive(Default)]
pub struct Sources {
    texts: HashMap<String, Option<String>>,
}

impl Sources {
    /// The line (1-based, of the file as stored) of the first marked word of
    /// `hit`'s snippet within its turn's lines: the same occurrence of the
    /// word as the snippet shows, not merely the first (a turn may say
    /// `Mexico` ten times). The turn's first line when the source cannot be
    /// read or the word not placed (a word broken across a line by a hyphen).
    pub fn match_line(&mut self, hit: &Hit) -> u64 {
        let Some(mark) = hit.highlights.first().filter(|r| hit.snippet.get((*r).clone()).is_some()) else {
            return hit.line_start;
        };
        // A turn on one line is matched on that line: nothing to read.
        if hit.line_end <= hit.line_start {
            return hit.line_start;
        }
        let marked = tokens(&hit.snippet[mark.clone()]);
        let Some(first) = marked.first().cloned() else { return hit.line_start };
        let nth = occurrence(&hit.text, &tokens(&hit.snippet[..mark.start]), &first).unwrap_or(0);
        let text = self.texts.entry(hit.source.clone()).or_insert_with(|| read(&hit.source));
        let Some(text) = text else { return hit.line_start };
        let from = hit.line_start.max(1) as usize - 1;
        let count = (hit.line_end.max(hit.line_start) - hit.line_start) as usize + 1;
        let mut seen = 0;
        for (i, line) in text.lines().enumerate().skip(from).take(count) {
            // The label on the turn's first line is not the turn's text.
            let line = if i == from {
                line.trim_start().strip_prefix(hit.label.as_str()).unwrap_or(line)
            } else {
                line
            };
            let lower = line.to_lowercase();
            if !has_whole_word(&lower, &first) {
                continue;
            }
            seen += tokens(&lower).iter().filter(|t| **t == first).count();
            if seen > nth {
                return i as u64 + 1;
            }
        }
        // Fewer occurrences in the file than in the turn: the first will do.
        text.lines()
            .enumerate()
            .skip(from)
            .take(count)
            .find(|(_, line)| has_whole_word(&line.to_lowercase(), &first))
            .map_or(hit.line_start, |(i, _)| i as u64 + 1)
    }
}

/// Lower-cased words, split where the index splits them.
fn tokens(s: &str) -> Vec<String> {
    words(s).map(|r| s[r].to_lowercase()).collect()
}

/// Which occurrence (0-based) of `word` in the turn's `text` the snippet
/// marks: the first whose words before it end with the snippet's words
/// before the mark (up to four of them).
fn occurrence(text: &str, before: &[String], word: &str) -> Option<usize> {
    let words = tokens(text);
    let context = &before[before.len().saturating_sub(4)..];
    let mut nth = 0;
    for (i, w) in words.iter().enumerate() {
        if w != word {
            continue;
        }
        if words[..i].ends_with(context) {
            return Some(nth);
        }
        nth += 1;
    }
    None
}

/// Files larger than this are not read for a line number (the turn's first
/// line is given): a search must not read a 200 MB file to print `L42`.
const MAX_READ: u64 = 16 * 1024 * 1024;

fn read(source: &str) -> Option<String> {
    let bytes = match crate::samples::bundled_source(source) {
        Some(b) => b.bytes.to_vec(),
        None if std::fs::metadata(source).ok()?.len() > MAX_READ => return None,
        None => std::fs::read(source).ok()?,
    };
    crate::parse::decode(&bytes).ok().map(|d| d.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippets_occurrence_of_a_word_is_found_not_the_first() {
        let text = "Mexico is near. We talked to Mexico about cartels. Mexico agreed.";
        let before = tokens("… We talked to ");
        assert_eq!(occurrence(text, &before, "mexico"), Some(1));
        assert_eq!(occurrence(text, &tokens(""), "mexico"), Some(0));
        assert_eq!(occurrence(text, &tokens("cartels. "), "mexico"), Some(2));
        assert_eq!(occurrence(text, &tokens("nobody said "), "mexico"), None);
    }

    #[test]
    fn a_word_inside_a_longer_one_does_not_count() {
        assert!(has_whole_word("the cartels, mexico said", "mexico"));
        assert!(!has_whole_word("new-mexicos", "mexico"));
        assert!(has_whole_word("mexico", "mexico"));
    }
}
