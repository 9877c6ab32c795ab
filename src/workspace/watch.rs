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
//! every hit it reported, by hearing, for as long as the index holds that
//! hearing); the others are, marked as from a changed hearing, since they
//! may be words the hearing held before the watch was added.

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
    /// saved by an older gavel recorded them (`versions` holds them now).
    /// Emptied when the watch runs, and written until then: `watch add` or
    /// `rm` saving the file must not forget them.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub seen: BTreeSet<String>,
    /// The hearings the index held when the watch last ran, by id, with
    /// their content hashes then.
    #[serde(default)]
    pub versions: BTreeMap<String, String>,
    /// A digest of each hit reported (hearing and turn text), by hearing;
    /// a hearing that leaves the index takes its digests with it.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub reported_in: BTreeMap<String, BTreeSet<String>>,
    /// The digests a watch saved by an older gavel kept in one set, for all
    /// hearings. A digest hashes its hearing's id, so which hearing each is
    /// of cannot be read back; rather than search every hearing again to
    /// find out, the set is kept as it is (it never grows), each digest
    /// moved to `reported_in` when a hit matches it, and consulted only for
    /// the hearings in `reported_among`.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub reported: BTreeSet<String>,
    /// The hearings `reported` may hold digests of: those the watch knew
    /// when it was first run by this gavel (every hit it had reported was
    /// of one of them), less each that has since left the index. The set
    /// is dropped when none is left. `None` until then for an older file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_among: Option<BTreeSet<String>>,
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
            reported_in: BTreeMap::new(),
            reported: BTreeSet::new(),
            reported_among: None,
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
            w.forget_gone(&now);
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
                    if w.remember(&hit) {
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

impl Watch {
    /// Forgets the digests of hearings the index (`now`) no longer holds.
    /// An older gavel's single set is first tied to the hearings this watch
    /// knew then, and kept while any of them is held.
    fn forget_gone(&mut self, now: &BTreeMap<String, String>) {
        self.reported_in.retain(|id, _| now.contains_key(id));
        if self.reported.is_empty() {
            self.reported_among = None;
            return;
        }
        let among = self
            .reported_among
            .get_or_insert_with(|| self.versions.keys().chain(&self.seen).cloned().collect());
        among.retain(|id| now.contains_key(id));
        if among.is_empty() {
            self.reported.clear();
            self.reported_among = None;
        }
    }

    /// Remembers a hit; false if it was reported before.
    fn remember(&mut self, hit: &Hit) -> bool {
        let d = digest(hit);
        let legacy = self.reported_among.as_ref().is_some_and(|a| a.contains(&hit.hearing_id))
            && self.reported.remove(&d);
        if self.reported.is_empty() {
            self.reported_among = None;
        }
        self.reported_in.entry(hit.hearing_id.clone()).or_default().insert(d) && !legacy
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

#[cfg(test)]
mod tests {
    use super::*;

    const RAIL: &str = include_str!("../../transcripts/sample-gpo-house-rail-safety.txt");

    /// The rail sample with a sentence added to a turn, as a reprint adds it.
    fn with(text: &str, turn: &str, sentence: &str) -> String {
        let added = text.replacen(turn, &format!("{turn}{sentence} "), 1);
        assert_ne!(added, text, "the sample still has {turn:?}");
        added
    }

    fn zeppelin(text: &str) -> String {
        with(text, "    Chairman Delacroix-Reyes.", " A zeppelin once moored here.")
    }

    fn index(lib: &Library, source: &str, text: &str) {
        let mut ix = lib.indexer().unwrap();
        ix.add(source, text.as_bytes().into()).unwrap();
        ix.commit().unwrap();
    }

    fn remove(lib: &Library, id: &str) {
        let mut ix = lib.indexer().unwrap();
        assert_eq!(ix.remove_hearings(&[id.to_owned()]).len(), 1);
        ix.commit().unwrap();
    }

    fn texts(found: &[Found]) -> Vec<&str> {
        found.iter().flat_map(|f| &f.hits).map(|h| h.text.as_str()).collect()
    }

    #[test]
    fn a_hearing_that_leaves_the_index_takes_its_digests() {
        let dir = tempfile::tempdir().unwrap();
        let lib = Library::open(&dir.path().join("index")).unwrap();
        index(&lib, "a/rail.txt", RAIL);
        let mut watches = Watches::default();
        watches.add("airships", "zeppelin", &lib).unwrap();
        index(&lib, "b/airship.txt", &zeppelin(RAIL));
        let found = watches.run(&lib).unwrap();
        assert_eq!(texts(&found).len(), 1);
        assert_eq!(found[0].hits[0].hearing_id, "airship");
        assert_eq!(watches.watches[0].reported_in["airship"].len(), 1);

        remove(&lib, "airship");
        assert!(texts(&watches.run(&lib).unwrap()).is_empty());
        assert!(watches.watches[0].reported_in.is_empty(), "{:?}", watches.watches[0].reported_in);
        // Indexed again, it is a hearing the watch has not seen.
        index(&lib, "b/airship.txt", &zeppelin(RAIL));
        assert_eq!(texts(&watches.run(&lib).unwrap()).len(), 1);
    }

    /// An older gavel kept one set of digests for every hearing: a reprint
    /// of a hearing it reported on reports only the reprint's new hit, and
    /// the set goes once the hearings it may be of have left the index.
    #[test]
    fn an_older_gavels_single_set_still_suppresses_its_hits() {
        let dir = tempfile::tempdir().unwrap();
        let lib = Library::open(&dir.path().join("index")).unwrap();
        let once = zeppelin(RAIL);
        index(&lib, "a/rail.txt", &once);
        index(&lib, "a/other.txt", RAIL);
        let query = crate::index::query::parse("zeppelin");
        let hits = lib.search_parsed(&query, PER_HEARING).unwrap().hits;
        assert_eq!(hits.len(), 1);
        let versions = lib.hearing_versions().unwrap();
        let old = serde_json::json!({"watches": [{
            "name": "airships",
            "query": "zeppelin",
            "versions": {"rail": versions["rail"]},
            "seen": ["other"],
            "reported": [digest(&hits[0]), "0123456789abcdef"],
        }]});
        let file = dir.path().join("watches.json");
        std::fs::write(&file, old.to_string()).unwrap();
        let mut watches = Watches::load(&file).unwrap();

        let twice = with(&once, "    Chairman Pruitt-Lang.", " Zeppelin freight is back.");
        index(&lib, "a/rail.txt", &twice);
        let found = watches.run(&lib).unwrap();
        assert_eq!(texts(&found).len(), 1, "{:?}", texts(&found));
        assert!(texts(&found)[0].contains("Zeppelin freight is back."));
        assert!(found[0].changed.contains("rail"));
        watches.save(&file).unwrap();
        let mut watches = Watches::load(&file).unwrap();
        let w = &watches.watches[0];
        assert_eq!(w.reported_in["rail"].len(), 2, "the old digest is now the hearing's");
        assert_eq!(w.reported.len(), 1, "a digest of no hit found stays");
        assert_eq!(w.reported_among.as_ref().unwrap().len(), 2);
        assert!(texts(&watches.run(&lib).unwrap()).is_empty(), "reported once");

        remove(&lib, "rail");
        watches.run(&lib).unwrap();
        assert_eq!(watches.watches[0].reported_among.as_ref().unwrap().len(), 1);
        remove(&lib, "other");
        watches.run(&lib).unwrap();
        let w = &watches.watches[0];
        assert!(w.reported.is_empty() && w.reported_among.is_none() && w.reported_in.is_empty(), "{w:?}");
    }

    /// An older gavel's `seen` survives a save before the watch runs
    /// (`gavel watch add` another), so its hearings stay seen.
    #[test]
    fn an_older_gavels_seen_hearings_survive_adding_another_watch() {
        let dir = tempfile::tempdir().unwrap();
        let lib = Library::open(&dir.path().join("index")).unwrap();
        index(&lib, "a/rail.txt", &zeppelin(RAIL));
        let file = dir.path().join("watches.json");
        std::fs::write(&file, r#"{"watches":[{"name":"airships","query":"zeppelin","seen":["rail"]}]}"#)
            .unwrap();
        let mut watches = Watches::load(&file).unwrap();
        watches.add("freight", "freight", &lib).unwrap();
        watches.save(&file).unwrap();
        let mut watches = Watches::load(&file).unwrap();
        assert!(texts(&watches.run(&lib).unwrap()).is_empty());
        watches.save(&file).unwrap();
        assert!(!std::fs::read_to_string(&file).unwrap().contains("\"seen\""), "emptied once run");
    }
}
