//! Saved queries (`gavel watch`): each runs against the hearings indexed
//! since it was last checked, so `gavel get && gavel watch` from cron
//! reports each new hit once.
//!
//! "Since" is by hearing, not by clock: a watch keeps the ids of the
//! hearings the index held when it last ran (or was added), and a hearing
//! it has not seen is new. The index records no time of indexing, and a
//! clock would miss a hearing indexed while a watch ran.
//!
//! A hearing indexed again with other content (GPO reprints with
//! corrections; `gavel get` fetches a package whose `lastModified` moved)
//! is looked at again too, by the content hash the index keeps. Its hits
//! already reported are not reported again (each watch keeps a digest of
//! every hit it reported); the others are, marked as from a changed hearing,
//! since they may be words the hearing held before the watch was added.

use crate::index::query::{Clause, Filter, Item};
use crate::index::search::Hit;
use crate::index::{IndexError, Library};
use color_eyre::eyre::{Result, bail, eyre};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Watches {
    pub watches: Vec<Watch>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Watch {
    pub name: String,
    pub query: String,
    /// The hearings the index held when the watch last ran, as a watch
    /// saved by an older gavel recorded them (read, never written: `versions`
    /// holds them now).
    #[serde(default, skip_serializing)]
    pub seen: BTreeSet<String>,
    /// The hearings the index held when the watch last ran, by id, with
    /// their content hashes then.
    #[serde(default)]
    pub versions: BTreeMap<String, String>,
    /// A digest of each hit reported (hearing and turn text).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub reported: BTreeSet<String>,
}

/// New hits of one watch.
pub struct Found {
    pub name: String,
    pub hits: Vec<Hit>,
    /// Query notes (`unknown role "foo"`), for the user.
    pub notes: Vec<String>,
    /// Hearings looked at again because their content changed.
    pub changed: BTreeSet<String>,
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
        let versions = lib.hearing_versions()?;
        let query = query.trim().to_owned();
        self.watches.push(Watch {
            name: name.to_owned(),
            query,
            seen: BTreeSet::new(),
            versions,
            reported: BTreeSet::new(),
        });
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
        let now = lib.hearing_versions()?;
        let mut out = Vec::new();
        for w in &mut self.watches {
            let mut parsed = crate::index::query::parse(&w.query);
            let notes = std::mem::take(&mut parsed.notes);
            let changed: BTreeSet<String> = now
                .iter()
                .filter(|(id, hash)| w.versions.get(*id).is_some_and(|old| old != *hash))
                .map(|(id, _)| id.clone())
                .collect();
            // An older watch's hearings count as unchanged until they change.
            let known = |id: &String| w.versions.contains_key(id) || w.seen.contains(id);
            let mut hits = Vec::new();
            let fresh: Vec<&String> = now.keys().filter(|id| !known(id) || changed.contains(*id)).collect();
            for id in fresh {
                let mut q = parsed.clone();
                // Its own AND group, whatever the query's last `OR`.
                q.clauses.push(Clause {
                    item: Item::Filter(Filter::Hearing(id.clone())),
                    negated: false,
                    or_previous: false,
                });
                for hit in lib.search_parsed(&q, PER_HEARING)?.hits {
                    if w.reported.insert(digest(&hit)) {
                        hits.push(hit);
                    }
                }
            }
            w.seen.clear();
            w.versions = now.clone();
            let changed = changed.into_iter().filter(|id| hits.iter().any(|h| &h.hearing_id == id)).collect();
            out.push(Found { name: w.name.clone(), hits, notes, changed });
        }
        Ok(out)
    }
}

/// A hit as a watch remembers it: its hearing and its words, not its turn
/// number, which a corrected reprint may shift.
fn digest(hit: &Hit) -> String {
    let mut h = blake3::Hasher::new();
    h.update(hit.hearing_id.as_bytes());
    h.update(b"\n");
    h.update(hit.text.as_bytes());
    h.finalize().to_hex()[..16].to_owned()
}
