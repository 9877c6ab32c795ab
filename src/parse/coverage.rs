//! Did the parse lose or alter anything? Counts every non-blank character of
//! the file as markup, turn or block, and checks that each turn's cleaned text
//! is its source with only whitespace and line-break hyphens changed.

use crate::model::Transcript;
use serde::Serialize;

#[derive(Debug, Default, Serialize, PartialEq, Eq)]
pub struct Coverage {
    /// Non-blank characters in the file.
    pub total: usize,
    pub markup: usize,
    pub turns: usize,
    pub blocks: usize,
    /// Non-blank characters that no turn, block or markup span holds.
    pub dropped: usize,
    /// Turns whose text differs from their source beyond whitespace and hyphens.
    pub altered: Vec<u32>,
}

impl Coverage {
    pub fn is_complete(&self) -> bool {
        self.dropped == 0 && self.altered.is_empty()
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Owner {
    None,
    Markup,
    Turn,
    Block,
}

pub fn coverage(text: &str, t: &Transcript) -> Coverage {
    let mut owner = vec![Owner::None; text.len()];
    for r in &t.markup {
        owner[r.clone()].fill(Owner::Markup);
    }
    for b in &t.blocks {
        for o in &mut owner[b.span.clone()] {
            if *o == Owner::None {
                *o = Owner::Block;
            }
        }
    }
    for turn in &t.turns {
        for o in &mut owner[turn.span.clone()] {
            if *o == Owner::None {
                *o = Owner::Turn;
            }
        }
    }
    let mut c = Coverage::default();
    for (i, ch) in text.char_indices() {
        if ch.is_whitespace() {
            continue;
        }
        c.total += 1;
        match owner[i] {
            Owner::None => c.dropped += 1,
            Owner::Markup => c.markup += 1,
            Owner::Turn => c.turns += 1,
            Owner::Block => c.blocks += 1,
        }
    }
    for turn in &t.turns {
        let start = turn.body_start.min(turn.span.end);
        let raw: String = text[start..turn.span.end]
            .char_indices()
            .filter(|(i, _)| owner[start + i] == Owner::Turn)
            .map(|(_, c)| c)
            .collect();
        let raw = if t.hearing.format == crate::model::Format::Html {
            crate::parse::decode_entities(&raw).into_owned()
        } else {
            raw
        };
        if !same_words(&raw, &turn.text) {
            c.altered.push(turn.seq);
        }
    }
    c
}

/// Equal once whitespace is removed, allowing hyphens that the source has
/// and the text dropped (a word rejoined across a line break).
fn same_words(raw: &str, text: &str) -> bool {
    let mut a = raw.chars().filter(|c| !c.is_whitespace()).peekable();
    let mut b = text.chars().filter(|c| !c.is_whitespace()).peekable();
    loop {
        match (a.peek(), b.peek()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y => {
                a.next();
                b.next();
            }
            (Some('-'), _) => {
                a.next();
            }
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphen_tolerance_is_only_for_dropped_hyphens() {
        assert!(same_words("Blumen-\nthal said", "Blumenthal said"));
        assert!(same_words("a  b\n c", "a b c"));
        assert!(!same_words("a b", "a c"));
        assert!(!same_words("a b", "a b extra"));
    }
}
