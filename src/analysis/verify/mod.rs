//! `gavel verify`: the quotations of an article checked against the record.
//!
//! Each quotation found in the article (`extract`) is looked up in the index
//! (`matching`: the exact words first, then the rarest of them) and aligned
//! word by word with the turns that could be its source (`align`). The
//! verdict says what an editor needs to know, and never more than the index
//! shows: a quotation close to nothing is `not_found`, not the nearest turn.

pub mod align;
pub mod attrib;
pub mod context;
mod dateline;
pub mod extract;
mod matching;
pub mod subject;

use crate::export::quote::Style;
use crate::index::{IndexError, Library};
pub use extract::{Kind, Quotation};
use serde::Serialize;

/// Quotations of fewer words are tied to a turn only through their
/// attribution: a few words alone are said by too many.
pub const SHORT_WORDS: usize = 5;
/// Share of the words that must align for `altered` rather than `not_found`.
pub const ALTERED_MIN: f64 = 0.7;
/// A verbatim phrase said in at least this many turns, by two speakers or
/// more, is common speech rather than one person's words.
pub const COMMON_TURNS: usize = 3;
/// Only phrases this short are checked for being common: a long passage
/// repeated word for word is one speaker's set piece, not a common phrase.
pub const COMMON_MAX_WORDS: usize = 10;
/// What the words of a quotation found only with cuts or changes must say,
/// in nats (the sum of their inverse document frequencies): about five
/// words that one turn in twenty uses, or two that one in a thousand does.
/// Below it, a close passage is chance: the language is common.
pub const EVIDENCE_MIN: f64 = 15.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The words are in the turn, in order.
    Verbatim,
    /// Verbatim apart from marked cuts (`…`) and `[bracketed]` insertions.
    Elided,
    /// Close to a passage, but words changed, dropped or added unmarked.
    Altered,
    /// Found, but the article names someone other than the speaker.
    Misattributed,
    /// Nothing in the index is close enough.
    NotFound,
    /// Said in many turns by several people: tied to no one.
    Common,
    /// Too few words, and no attribution to check them against.
    TooShort,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Verbatim => "verbatim",
            Verdict::Elided => "elided",
            Verdict::Altered => "altered",
            Verdict::Misattributed => "misattributed",
            Verdict::NotFound => "not_found",
            Verdict::Common => "common",
            Verdict::TooShort => "too_short",
        }
    }

    /// Whether the quotation needs an editor's attention (exit status 1).
    pub fn is_problem(self) -> bool {
        matches!(self, Verdict::Altered | Verdict::Misattributed | Verdict::NotFound)
    }
}

/// One quotation and what the record says about it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Checked {
    /// As printed in the article.
    pub quote: String,
    pub line: usize,
    pub kind: Kind,
    pub verdict: Verdict,
    /// The turn the words come from (the first, when they run over two).
    pub turn_id: Option<String>,
    /// The second turn, when the words run over two.
    pub to_turn_id: Option<String>,
    pub hearing_id: Option<String>,
    /// The turn's speaker as the index has them (the label when unresolved).
    pub speaker: Option<String>,
    /// The name the article gives.
    pub attributed_to: Option<String>,
    /// Word-level difference (`[-said-]{+printed+}`), when words differ unmarked.
    pub diff: Option<String>,
    pub citation: Option<String>,
    /// The words of the turn the quotation spans, as the record has them.
    pub passage: Option<String>,
    /// Share of the quotation's words found in the passage, in order.
    pub aligned: Option<f64>,
    /// Why, when the verdict alone does not say.
    pub note: Option<String>,
}

impl Checked {
    fn bare(q: &Quotation, verdict: Verdict, note: Option<String>) -> Checked {
        Checked {
            quote: q.text.clone(),
            line: q.line,
            kind: q.kind,
            verdict,
            turn_id: None,
            to_turn_id: None,
            hearing_id: None,
            speaker: None,
            attributed_to: q.attributed_to.clone(),
            diff: None,
            citation: None,
            passage: None,
            aligned: None,
            note: match (&q.attribution_note, note) {
                (Some(a), Some(n)) => Some(format!("{a}; {n}")),
                (a, n) => n.or_else(|| a.clone()),
            },
        }
    }
}

/// An article's bytes as text, with what the reading guessed: read as
/// transcripts are (`parse::decode`), so that UTF-16 with a byte-order mark
/// and Windows-1252 (whose curly quotation marks are bytes 0x93 and 0x94,
/// which a lossy UTF-8 reading turned into replacement characters, hiding
/// the quotations) read as what they are, and a binary or empty file is an
/// error rather than an article in which no quotation was found.
pub fn read_article(bytes: &[u8]) -> Result<(String, Vec<String>), crate::parse::DecodeError> {
    crate::parse::decode(bytes).map(|d| (d.text, d.warnings))
}

/// Every quotation of `article`, checked against the index, in article order.
pub fn verify(lib: &Library, article: &str, style: Style) -> Result<Vec<Checked>, IndexError> {
    let mut checker = matching::Checker::new(lib, style);
    let mut out = Vec::new();
    for q in extract::find(article) {
        if let Some(c) = checker.check(&q)? {
            out.push(c);
        }
    }
    Ok(out)
}

/// Counts per verdict, in the order of `Verdict`'s variants, those with none left out.
pub fn tally(checked: &[Checked]) -> Vec<(Verdict, usize)> {
    use Verdict::*;
    [Verbatim, Elided, Altered, Misattributed, NotFound, Common, TooShort]
        .into_iter()
        .map(|v| (v, checked.iter().filter(|c| c.verdict == v).count()))
        .filter(|(_, n)| *n > 0)
        .collect()
}
