//! The hearings a run quotes from, each read once: what the index stores
//! about it (summary, content hash, turns) and its source file read again,
//! hashed and parsed for the check. `gavel quote` builds one quote and needs
//! none of this; `gavel verify` cites a quotation per hearing found, and
//! parsing a 1 MB GPO hearing again for each of them was most of its time.
//!
//! The cache belongs to whoever makes it and lives as long as they keep it
//! (one run of `verify`): nothing is global, and a file changed during the
//! run is seen as it was when first read.

use super::error::{QuoteError, source_bytes};
use crate::index::Library;
use crate::index::search::StoredTurn;
use crate::model::Transcript;
use crate::summary::HearingSummary;
use std::collections::HashMap;
use std::rc::Rc;

/// What the index holds about one hearing.
pub struct Indexed {
    pub summary: HearingSummary,
    /// The content hash indexed.
    pub hash: String,
    pub turns: Vec<StoredTurn>,
}

/// A source file as it is now, parsed, with the turns whose text the
/// coverage check finds differing from the bytes.
pub struct Fresh {
    pub transcript: Transcript,
    pub altered: Vec<u32>,
}

/// Why a source could not be checked: kept as text, so a failure is
/// remembered and reported again for each quote of that hearing.
#[derive(Clone)]
enum Failure {
    Unreadable(String),
    Changed,
}

/// Hearings kept at once: an article quotes a few, and each kept costs
/// about its file's size twice over (its turns from the index, its parse),
/// so a memo quoting hundreds does not hold them all. The oldest goes first.
pub const KEPT: usize = 16;

#[derive(Default)]
pub struct Sources {
    indexed: HashMap<String, Option<Rc<Indexed>>>,
    /// By source path, with the hash it was checked against.
    fresh: HashMap<(String, String), Result<Rc<Fresh>, Failure>>,
    /// Hearing ids and source keys in the order they were read.
    order: std::collections::VecDeque<(String, (String, String))>,
}

impl Sources {
    pub fn new() -> Sources {
        Sources::default()
    }

    /// The hearing as indexed; `None` when the index has no such hearing.
    pub fn indexed(&mut self, lib: &Library, hearing_id: &str) -> Result<Option<Rc<Indexed>>, QuoteError> {
        if let Some(h) = self.indexed.get(hearing_id) {
            return Ok(h.clone());
        }
        let read = match lib.hearing(hearing_id)? {
            Some((summary, hash)) => {
                let turns = lib.hearing_turns(hearing_id)?;
                Some(Rc::new(Indexed { summary, hash, turns }))
            }
            None => None,
        };
        if self.order.len() >= KEPT
            && let Some((id, key)) = self.order.pop_front()
        {
            self.indexed.remove(&id);
            self.fresh.remove(&key);
        }
        let key =
            read.as_ref().map(|r| (r.summary.hearing.source.clone(), r.hash.clone())).unwrap_or_default();
        self.order.push_back((hearing_id.to_owned(), key));
        self.indexed.insert(hearing_id.to_owned(), read.clone());
        Ok(read)
    }

    /// The source file read again: the same bytes as indexed (`hash`), parsed.
    pub fn fresh(&mut self, source: &str, hash: &str) -> Result<Rc<Fresh>, QuoteError> {
        let key = (source.to_owned(), hash.to_owned());
        let got = match self.fresh.get(&key) {
            Some(got) => got.clone(),
            None => {
                let got = read_fresh(source, hash);
                self.fresh.insert(key, got.clone());
                got
            }
        };
        got.map_err(|f| match f {
            Failure::Unreadable(e) => QuoteError::Unreadable(source.to_owned(), e),
            Failure::Changed => QuoteError::SourceChanged(source.to_owned()),
        })
    }
}

fn read_fresh(source: &str, hash: &str) -> Result<Rc<Fresh>, Failure> {
    let bytes = source_bytes(source).map_err(|e| match e {
        QuoteError::Unreadable(_, e) => Failure::Unreadable(e),
        _ => Failure::Changed,
    })?;
    if blake3::hash(&bytes).to_hex().as_str() != hash {
        return Err(Failure::Changed);
    }
    let (transcript, text) = crate::speakers::read(&bytes, source, None).map_err(|_| Failure::Changed)?;
    let altered = crate::parse::coverage::coverage(&text, &transcript).altered;
    Ok(Rc::new(Fresh { transcript, altered }))
}
