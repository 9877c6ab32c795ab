//! The line of a transcript file where a hit's words are, not just where its
//! turn starts: what a reader opens the file at (`vim +LINE`).

use crate::index::search::Hit;
use crate::index::snippet::has_whole_word;
use std::collections::HashMap;

/// Source texts read once per run, however many hits come from each.
#[derive(Default)]
pub struct Sources {
    texts: HashMap<String, Option<String>>,
}

impl Sources {
    /// The line (1-based, of the file as stored) of the first marked word of
    /// `hit`'s snippet within its turn's lines; the turn's first line when the
    /// source cannot be read or the word not placed (a word broken across a
    /// line by a hyphen).
    pub fn match_line(&mut self, hit: &Hit) -> u64 {
        let Some(word) = hit.highlights.first().and_then(|r| hit.snippet.get(r.clone())) else {
            return hit.line_start;
        };
        // A turn on one line is matched on that line: nothing to read.
        if hit.line_end <= hit.line_start {
            return hit.line_start;
        }
        let first = word.split_whitespace().next().unwrap_or(word).to_lowercase();
        let text = self.texts.entry(hit.source.clone()).or_insert_with(|| read(&hit.source));
        let Some(text) = text else { return hit.line_start };
        let from = hit.line_start.max(1) as usize - 1;
        let count = (hit.line_end.max(hit.line_start) - hit.line_start) as usize + 1;
        text.lines()
            .enumerate()
            .skip(from)
            .take(count)
            .find(|(_, line)| has_whole_word(&line.to_lowercase(), &first))
            .map_or(hit.line_start, |(i, _)| i as u64 + 1)
    }
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
    fn a_word_inside_a_longer_one_does_not_count() {
        assert!(has_whole_word("the cartels, mexico said", "mexico"));
        assert!(!has_whole_word("new-mexicos", "mexico"));
        assert!(has_whole_word("mexico", "mexico"));
    }
}
