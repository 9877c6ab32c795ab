//! What reaches the app (`Msg`: keys, typed text, a worker's answers) and
//! what it asks the run loop to do (`Effect`).

use super::action::Action;
use super::compare::Comparison;
use crate::analysis::verify::Checked;
use crate::index::search::{Hit, StoredTurn};
use crate::summary::HearingSummary;
use crate::workspace::quotes::Mark;

/// Input that is not a bound action: a character typed into the query.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Act(Action),
    Type(char),
    /// A raw key, mapped through the keymap of the screen shown when it arrives.
    Key(crossterm::event::KeyEvent),
    Results {
        generation: u64,
        query: String,
        results: Result<SearchOutput, String>,
    },
    Hearing {
        hearing_id: String,
        turns: Result<Vec<StoredTurn>, String>,
    },
    Exported(Result<String, String>),
    Copied(Result<String, String>),
    HearingList(Result<Vec<HearingSummary>, String>),
    Compared {
        generation: u64,
        /// Who the right pane shows (the worker's pick when none was asked for).
        right: Option<String>,
        result: Result<Comparison, String>,
    },
    /// First-run indexing in the background: files done of all.
    Indexing {
        done: usize,
        total: usize,
    },
    Indexed(Result<String, String>),
    /// The index was another version's and is being rebuilt: why, for the
    /// status bar, until `Indexed` reports the result.
    Rebuilding(String),
    /// An article's quotations checked against the record (`Effect::Verify`);
    /// `notes`: what reading it guessed (`read as Windows-1252`).
    Verified {
        article: String,
        result: Result<Vec<Checked>, String>,
        notes: Vec<String>,
    },
    Resize,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchOutput {
    pub hits: Vec<Hit>,
    pub total: usize,
    /// `total` is an estimate (`index::estimate`).
    pub estimated: bool,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Search {
        generation: u64,
        query: String,
    },
    LoadHearing(String),
    /// Quote these turns (or sentences of them), each with its attribution
    /// and citation, into a new Markdown file in the current folder.
    Export(Vec<Mark>),
    /// Quote one turn, checked, with attribution, for the clipboard.
    Copy(String),
    LoadHearingList,
    /// Two people on a topic; `right: None` lets the worker pick the person
    /// who speaks on it most.
    Compare {
        generation: u64,
        topic: String,
        left: String,
        right: Option<String>,
    },
    /// Read an article (a path) and check its quotations, as `gavel verify`.
    Verify(String),
}
