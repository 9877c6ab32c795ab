//! Saved queries (`gavel watch`): each runs against the hearings indexed
//! since it was last checked, so `gavel get && gavel watch` from cron
//! reports each new hit once.
//!
//! "Since" is by hearing, not by clock: a watch keeps the ids of the
//! hearings the index held when it last ran (or was added), and a hearing
//! it has not seen is new. The index records no time of indexing, and a
//! clock would miss a hearing indexed while a watch ran.

use crate::index::query::{Clause, Filter, Item};
use crate::index::search::Hit;
use crate::index::{IndexError, Library};
use color_eyre::eyre::{Result, bail, eyre};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::Path;

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Watches {
    pub watches: Vec<Watch>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Watch {
    pub name: String,
    pub query: String,
    /// The hearings the index held when the watch last ran.
    #[serde(default)]
    pub seen: BTreeSet<String>,
}

/// New hits of one watch.
pub struct Found {
    pub name: String,
    pub hits: Vec<Hit>,
    /// Query notes (`unknown role "foo"`), for the user.
    pub notes: Vec<String>,
}

/// Hits per new hearing at most: a watch is a notice, not a search.
const PER_HEARING: usize = 20;

impl Watches {
    pub fn load(path: &Path) -> Result<Watches> {
        match std::fs::read(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Watches::default()),
            Err(e) => Err(eyre!("cannot read {}: {e}", path.display())),
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map_err(|e| eyre!("{} is damaged: {e}; fix or remove it", path.display())),
        }
    }

    pub fn save(&self, path: &Path) -> Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        super::files::write_atomically(path, &serde_json::to_vec_pretty(self)?, true)
    }

    /// A new watch; it reports hearings indexed from now on.
    pub fn add(&mut self, name: &str, query: &str, lib: &Library) -> Result<()> {
        let name = name.trim();
        if name.is_empty() {
            bail!("a watch needs a name");
        }
        if query.trim().is_empty() {
            bail!("a watch needs a query");
        }
        if self.watches.iter().any(|w| w.name == name) {
            bail!("there is already a watch named {name:?}; `gavel watch rm {name}` first");
        }
        let parsed = crate::index::query::parse(query);
        if parsed.is_empty() {
            bail!("the query {query:?} has nothing to search for: {}", parsed.notes.join("; "));
        }
        let seen = hearing_ids(lib)?;
        self.watches.push(Watch { name: name.to_owned(), query: query.trim().to_owned(), seen });
        Ok(())
    }

    pub fn remove(&mut self, name: &str) -> Result<()> {
        let before = self.watches.len();
        self.watches.retain(|w| w.name != name);
        if self.watches.len() == before {
            bail!("no watch named {name:?}; `gavel watch list` shows them");
        }
        Ok(())
    }

    /// Runs every watch on the hearings it has not seen, then marks every
    /// hearing seen. The caller saves.
    pub fn run(&mut self, lib: &Library) -> Result<Vec<Found>, IndexError> {
        let now = hearing_ids(lib)?;
        let mut out = Vec::new();
        for w in &mut self.watches {
            let mut parsed = crate::index::query::parse(&w.query);
            let notes = std::mem::take(&mut parsed.notes);
            let mut hits = Vec::new();
            for id in now.difference(&w.seen) {
                let mut q = parsed.clone();
                // Its own AND group, whatever the query's last `OR`.
                q.clauses.push(Clause {
                    item: Item::Filter(Filter::Hearing(id.clone())),
                    negated: false,
                    or_previous: false,
                });
                hits.extend(lib.search_parsed(&q, PER_HEARING)?.hits);
            }
            w.seen = now.clone();
            out.push(Found { name: w.name.clone(), hits, notes });
        }
        Ok(out)
    }
}

fn hearing_ids(lib: &Library) -> Result<BTreeSet<String>, IndexError> {
    Ok(lib.hearings()?.into_iter().map(|h| h.hearing.id).collect())
}
