//! What a hearing comes to, computed once from its turns and stored with it
//! in the index: turns, words, and per speaker their labels, questions,
//! interruptions and whom they questioned (from `exchanges`). Below the
//! index, so indexing needs nothing above it.

pub mod exchanges;

use crate::model::{Hearing, Transcript, Turn};
use exchanges::{TurnRef, detect};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// What the hearing document stores besides its fields: enough to list
/// hearings and speakers without reading every turn.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct HearingSummary {
    pub hearing: Hearing,
    pub turns: usize,
    pub words: usize,
    pub speakers: Vec<SpeakerSummary>,
    /// Why the parse looks wrong (`parse::quality`), so lists of hearings
    /// can say which to distrust; empty for a good parse.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quality: Vec<String>,
}

/// One speaker of one hearing: a resolved person, or an unresolved label.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SpeakerSummary {
    /// The person's name, or the printed label when `resolved` is false.
    pub name: String,
    pub role: crate::model::Role,
    pub turns: usize,
    pub words: usize,
    #[serde(default)]
    pub resolved: bool,
    /// Labels printed for them in this hearing (`Chairman Bernanke`, `Mr. Bernanke`).
    #[serde(default)]
    pub labels: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<crate::model::Member>,
    /// For an unresolved label: everyone it could be.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<String>,
    /// Sentences ending in `?`.
    #[serde(default)]
    pub questions: usize,
    /// Turns of theirs cut off with a dash, and turns of others they cut off.
    #[serde(default)]
    pub interrupted: usize,
    #[serde(default)]
    pub interruptions: usize,
    /// Who answered them in their exchanges: witness name -> answering turns.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub questioned: BTreeMap<String, usize>,
    /// Written, not spoken: blocks they authored (statements submitted for
    /// the record, questions and answers for the record) and their words,
    /// kept apart from `turns` and `words`.
    #[serde(default)]
    pub written_blocks: usize,
    #[serde(default)]
    pub written_words: usize,
}

impl SpeakerSummary {
    /// Someone with nothing counted yet.
    fn new(name: &str, role: crate::model::Role, resolved: bool) -> SpeakerSummary {
        SpeakerSummary {
            name: name.to_owned(),
            role,
            turns: 0,
            words: 0,
            resolved,
            labels: Vec::new(),
            member: None,
            candidates: Vec::new(),
            questions: 0,
            interrupted: 0,
            interruptions: 0,
            questioned: BTreeMap::new(),
            written_blocks: 0,
            written_words: 0,
        }
    }
}

pub fn summarise(t: &Transcript) -> HearingSummary {
    let mut speakers: Vec<SpeakerSummary> = Vec::new();
    let mut words_total = 0;
    // Name -> position in `speakers` (first-spoken order is kept): a linear
    // search here made a hearing with 100,000 speakers take minutes.
    let mut index_of: HashMap<&str, usize> = HashMap::new();
    for (i, turn) in t.turns.iter().enumerate() {
        let words = word_count(&turn.text);
        words_total += words;
        let name = turn.display_speaker();
        let at = *index_of.entry(name).or_insert_with(|| {
            speakers.push(SpeakerSummary::new(name, turn.role, turn.speaker.is_some()));
            speakers.len() - 1
        });
        let s = &mut speakers[at];
        s.turns += 1;
        s.words += words;
        s.questions += turn.text.matches('?').count();
        s.interrupted += usize::from(turn.interrupted);
        if !s.labels.contains(&turn.label) {
            s.labels.push(turn.label.clone());
        }
        if s.member.is_none() {
            s.member = turn.member.clone();
        }
        for c in &turn.candidates {
            if !s.candidates.contains(c) {
                s.candidates.push(c.clone());
            }
        }
        // A turn cut off is cut off by whoever speaks next.
        if i > 0 && t.turns[i - 1].interrupted {
            speakers[at].interruptions += 1;
        }
    }
    // Written words go to their author, who may never have spoken (a
    // witness whose statement was only submitted): such a person gets a row
    // with no turns, which readers of spoken figures leave out.
    for block in t.blocks.iter().filter(|b| b.is_written()) {
        let Some(author) = block.author.as_deref().filter(|a| !a.is_empty()) else { continue };
        let at = match index_of.get(author) {
            Some(&at) => at,
            None => {
                speakers.push(SpeakerSummary::new(author, block.author_role(&t.hearing), true));
                index_of.insert(author, speakers.len() - 1);
                speakers.len() - 1
            }
        };
        speakers[at].written_blocks += 1;
        speakers[at].written_words += word_count(&block.text);
    }
    for (questioner, answered) in who_questioned_whom(&t.turns) {
        if let Some(&at) = index_of.get(questioner.as_str()) {
            for (witness, n) in answered {
                *speakers[at].questioned.entry(witness).or_default() += n;
            }
        }
    }
    HearingSummary {
        hearing: t.hearing.clone(),
        turns: t.turns.len(),
        words: words_total,
        speakers,
        quality: t.quality.clone(),
    }
}

/// The words of a text as `split_whitespace` counts them. Every turn's
/// words are counted at index time, twice (its speaker's figures and its
/// exchange's); text that is all ASCII, nearly all of it, is counted in one
/// pass over its bytes, which the compiler can vectorise, instead of
/// decoding each character.
pub fn word_count(text: &str) -> usize {
    if !text.is_ascii() {
        return text.split_whitespace().count();
    }
    // `char::is_whitespace` in ASCII: space, and tab to carriage return
    // (`u8::is_ascii_whitespace` leaves out the vertical tab). Written
    // without branches, over pairs of neighbours, in runs of 255 counted in
    // a byte: the form the compiler turns into vector instructions.
    let space = |b: u8| (b == b' ') | (b.wrapping_sub(b'\t') < 5);
    let bytes = text.as_bytes();
    let Some(&first) = bytes.first() else { return 0 };
    let (before, after) = (&bytes[..bytes.len() - 1], &bytes[1..]);
    let starts: usize = before
        .chunks(255)
        .zip(after.chunks(255))
        .map(|(a, b)| {
            let run = a.iter().zip(b).fold(0u8, |n, (&a, &b)| n + u8::from(space(a) & !space(b)));
            usize::from(run)
        })
        .sum();
    starts + usize::from(!space(first))
}

/// From the hearing's exchanges: questioner -> witness -> turns the witness
/// spoke in the questioner's exchanges.
fn who_questioned_whom(turns: &[Turn]) -> Vec<(String, BTreeMap<String, usize>)> {
    let refs: Vec<TurnRef> = turns
        .iter()
        .map(|t| TurnRef {
            seq: t.seq as u64,
            speaker: t.display_speaker(),
            role: t.role.as_str(),
            text: &t.text,
            interrupted: t.interrupted,
        })
        .collect();
    // Turns come in hearing order, so an exchange's turns are a slice of
    // them; filtering every turn for every exchange made a long hearing's
    // summary quadratic.
    let ordered = refs.is_sorted_by_key(|r| r.seq);
    detect(&refs)
        .into_iter()
        .map(|e| {
            let mut answered: BTreeMap<String, usize> = BTreeMap::new();
            let within = if ordered {
                &refs[refs.partition_point(|r| r.seq < e.first_seq)
                    ..refs.partition_point(|r| r.seq <= e.last_seq)]
            } else {
                &refs[..]
            };
            for r in within.iter().filter(|r| (e.first_seq..=e.last_seq).contains(&r.seq)) {
                if e.respondents.iter().any(|w| w == r.speaker) {
                    *answered.entry(r.speaker.to_owned()).or_default() += 1;
                }
            }
            (e.questioner, answered)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::word_count;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn words_are_counted_as_split_whitespace_counts_them(
            text in proptest::collection::vec(
                prop::sample::select(vec!["a", "Levee", " ", "  ", "\t", "\n", "\r\n", "\x0B", "\x0C", "?", "\u{a0}", "\u{2003}", "é", "—", "\u{85}"]),
                0..40,
            )
        ) {
            let text = text.concat();
            prop_assert_eq!(word_count(&text), text.split_whitespace().count(), "{:?}", text);
        }
    }

    #[test]
    fn ascii_edges() {
        for (text, n) in [
            ("", 0),
            (" ", 0),
            ("a", 1),
            (" a", 1),
            ("a ", 1),
            ("a\x0Bb", 2),
            ("a\x1Fb", 1),
            ("one two  three\n", 3),
        ] {
            assert_eq!(word_count(text), n, "{text:?}");
        }
    }
}
