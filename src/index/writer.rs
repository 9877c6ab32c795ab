//! Adding parsed transcripts to the index, incrementally: a file whose content
//! hash is already indexed is skipped; a changed file replaces its hearing.
//!
//! Everything a run adds becomes visible at once, at `commit`; a run killed
//! before that leaves the previous commit intact and searchable.

use super::schema::{Fields, date_number};
use super::{IndexError, Library};
use crate::model::{Hearing, Transcript, Turn};
use crate::parse::ParseError;
use crate::summary::summarise;
use std::collections::HashMap;
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::{Facet, IndexRecordOption, Value};
use tantivy::{IndexWriter, TantivyDocument, Term};

#[derive(Debug, thiserror::Error)]
pub enum AddError {
    #[error(transparent)]
    Parse(#[from] ParseError),
    #[error("index write failed: {0}")]
    Index(#[from] tantivy::TantivyError),
}

pub enum Outcome {
    /// `warnings`: what the user should know although the file was indexed
    /// (an encoding guessed, NUL bytes removed, no turns found).
    Indexed {
        hearing_id: String,
        turns: usize,
        warnings: Vec<String>,
    },
    Unchanged,
}

pub struct Indexer<'a> {
    lib: &'a Library,
    writer: IndexWriter,
    /// source -> (hearing id, content hash, roster fingerprint) as of the last commit.
    known: HashMap<String, (String, String, String)>,
    /// hearing id -> source, for `unique_id`: scanning `known` for each file
    /// made a run quadratic in its files (at 100,000 files, most of the main
    /// thread's time went to comparing ids).
    ids: HashMap<String, String>,
    /// Of the library's roster; empty when there is none.
    roster_print: String,
    pending: usize,
    /// The hearing documents of this commit, added just before it: stored
    /// together, they fill a few blocks of the document store instead of one
    /// block in every hearing's worth of turns, and reading every hearing's
    /// summary (`gavel hearings`, the compare screen, the start of every
    /// `gavel index`) no longer decompresses the whole store.
    hearings: Vec<TantivyDocument>,
}

/// A segment of more than this many documents is merged no further (issue #19).
/// tantivy's log merge policy merges eight segments of a size into one, so
/// with no limit every turn of a 5 GB index was merged three times over, up
/// to segments of 3.9 million documents: merging was a fifth of the CPU, and
/// the largest merge mapped a gigabyte of index files at once. Stopped here,
/// each turn is merged twice, into segments of about 480,000 documents (a
/// 5 GB index has some thirty): measured on the 5 GB scale corpus, CPU
/// 363 -> 313 s, peak RSS 1,354 -> 450 MB, the phrase query 11 -> 10 ms
/// (two threads share thirty segments evenly, but not three big ones).
/// Searches that rank with pruning lose by more segments, each with its own
/// best twenty to find; `top::TopScored` shares the bar between them.
const MERGED_DOCS: usize = 400_000;

fn merge_policy() -> tantivy::indexer::LogMergePolicy {
    let mut policy = tantivy::indexer::LogMergePolicy::default();
    policy.set_max_docs_before_merge(MERGED_DOCS);
    policy
}

impl Library {
    /// Takes the index's single writer. A second indexer gets `Busy`.
    pub fn indexer(&self) -> Result<Indexer<'_>, IndexError> {
        // Parsing runs at 250 MB/s on one core and tantivy's indexing (word
        // lookups, the common grams) at a tenth of that: an indexing thread
        // per core, up to four (the 64 MB budget is shared, 16 MB each at
        // least), makes a run on two cores 1.4 times faster.
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().clamp(1, 4));
        let writer = self.index.writer_with_num_threads(threads, 64 * 1024 * 1024).map_err(|e| match e {
            tantivy::TantivyError::LockFailure(..) => IndexError::Busy(self.dir().to_owned()),
            other => IndexError::Tantivy(other),
        })?;
        writer.set_merge_policy(Box::new(merge_policy()));
        let known = self.known_files()?;
        let ids = known.iter().map(|(source, (id, ..))| (id.clone(), source.clone())).collect();
        let roster_print = self.roster.as_ref().map(|r| r.fingerprint()).unwrap_or_default();
        Ok(Indexer { lib: self, writer, known, ids, roster_print, pending: 0, hearings: Vec::new() })
    }

    fn known_files(&self) -> Result<HashMap<String, (String, String, String)>, IndexError> {
        let f = &self.fields;
        let searcher = self.reader.searcher();
        let q = TermQuery::new(Term::from_field_text(f.kind, "hearing"), IndexRecordOption::Basic);
        let mut out = HashMap::new();
        for addr in searcher.search(&q, &DocSetCollector)? {
            let doc: TantivyDocument = searcher.doc(addr)?;
            let get = |field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or("").to_owned();
            out.insert(get(f.source), (get(f.hearing_id), get(f.hash), get(f.roster)));
        }
        Ok(out)
    }
}

impl Indexer<'_> {
    /// Parses and indexes one file's bytes, unless the same bytes are indexed.
    /// Takes the bytes by value so they are freed once parsed: a 200 MB file
    /// then never has its bytes, its turns and its documents in memory at once.
    pub fn add(&mut self, source: &str, bytes: std::borrow::Cow<'_, [u8]>) -> Result<Outcome, AddError> {
        self.add_with(source, bytes, None)
    }

    /// `add`, with the hearing's MODS record and the hash of its bytes. The
    /// content hash stays the file's own (quotes check it against the file);
    /// the record's hash joins the roster fingerprint, so a changed record
    /// reads the file again as a new roster does.
    pub fn add_with(
        &mut self,
        source: &str,
        bytes: std::borrow::Cow<'_, [u8]>,
        mods: Option<(&crate::parse::mods::Mods, &str)>,
    ) -> Result<Outcome, AddError> {
        let hash = blake3::hash(&bytes).to_hex().to_string();
        let context = match mods {
            Some((_, h)) => format!("{}+mods:{h}", self.roster_print),
            None => self.roster_print.clone(),
        };
        if let Some((_, known_hash, known_roster)) = self.known.get(source)
            && *known_hash == hash
            && *known_roster == context
        {
            return Ok(Outcome::Unchanged);
        }
        let (mut transcript, _) = crate::speakers::read_with(&bytes, source, None, mods.map(|m| m.0))?;
        drop(bytes);
        if let Some(roster) = &self.lib.roster {
            crate::speakers::members::attach_transcript(&mut transcript, roster);
        }
        transcript.hearing.id = self.unique_id(&transcript.hearing.id, source);
        let id = transcript.hearing.id.clone();
        self.writer.delete_term(Term::from_field_text(self.lib.fields.hearing_id, &id));
        // The file was indexed before under another id (its content now names
        // another hearing): that copy goes too, or the hearing would be there twice.
        if let Some((old, ..)) = self.known.get(source)
            && *old != id
        {
            self.writer.delete_term(Term::from_field_text(self.lib.fields.hearing_id, old));
            if self.ids.get(old).is_some_and(|s| s == source) {
                self.ids.remove(old);
            }
        }
        let turns = transcript.turns.len();
        let writer = &self.writer;
        let hearing = documents(&self.lib.fields, &transcript, &hash, &context, &mut |doc| {
            writer.add_document(doc).map(drop)
        })?;
        self.hearings.push(hearing);
        self.ids.insert(id.clone(), source.to_owned());
        self.known.insert(source.to_owned(), (id.clone(), hash, context));
        self.pending += 1;
        let mut warnings = std::mem::take(&mut transcript.warnings);
        warnings.extend(transcript.quality.iter().map(|q| format!("parse looks wrong: {q}")));
        if turns == 0 && !warnings.iter().any(|w| w.contains("no speaker turns")) {
            warnings
                .push("no speaker turns found; only its submitted statements, if any, are searchable".into());
        }
        Ok(Outcome::Indexed { hearing_id: id, turns, warnings })
    }

    /// Removes the hearings of sources for which `keep` says no.
    pub fn prune(&mut self, keep: impl Fn(&str) -> bool) -> Vec<String> {
        let gone: Vec<(String, String)> = self
            .known
            .iter()
            .filter(|(source, _)| !keep(source))
            .map(|(s, (id, ..))| (s.clone(), id.clone()))
            .collect();
        for (source, id) in &gone {
            self.writer.delete_term(Term::from_field_text(self.lib.fields.hearing_id, id));
            self.known.remove(source);
            if self.ids.get(id).is_some_and(|s| s == source) {
                self.ids.remove(id);
            }
            self.pending += 1;
        }
        gone.into_iter().map(|(s, _)| s).collect()
    }

    /// Removes the hearings of these ids (as `gavel hearings` lists them);
    /// returns the sources removed, one per id that was held.
    pub fn remove_hearings(&mut self, ids: &[String]) -> Vec<String> {
        let sources: std::collections::HashSet<String> =
            self.known.iter().filter(|(_, (id, ..))| ids.contains(id)).map(|(s, _)| s.clone()).collect();
        self.prune(|source| !sources.contains(source))
    }

    /// Two files named alike (`a/x.txt`, `b/x.txt`) get distinct hearing ids.
    fn unique_id(&self, id: &str, source: &str) -> String {
        let taken = self.ids.get(id).is_some_and(|s| s != source);
        if taken {
            let h = blake3::hash(source.as_bytes()).to_hex();
            format!("{id}-{}", &h[..8])
        } else {
            id.to_owned()
        }
    }

    /// Gives up after a failed write, committing nothing, and returns the
    /// cause. When tantivy's worker thread dies (a full disk while it writes a
    /// segment) `add` only hears "the index writer was killed"; joining the
    /// worker, which `prepare_commit` does first, yields its own error.
    pub fn abandon(mut self, seen: tantivy::TantivyError) -> IndexError {
        self.cause(seen)
    }

    fn cause(&mut self, seen: tantivy::TantivyError) -> IndexError {
        let cause = match self.writer.prepare_commit() {
            Err(e) => e,
            // Not a dead worker after all; the prepared commit is dropped unapplied.
            Ok(_) => seen,
        };
        self.lib.write_error(cause)
    }

    /// Makes everything added so far durable, keeping the writer: a long run
    /// killed after it keeps this much. The merges a commit starts go on
    /// while the next files are indexed; only `commit` waits for them (a
    /// run that waited at every checkpoint left a core idle while a merge
    /// ran, and indexed nothing meanwhile).
    pub fn checkpoint(&mut self) -> Result<(), IndexError> {
        for doc in std::mem::take(&mut self.hearings) {
            if let Err(e) = self.writer.add_document(doc) {
                return Err(self.cause(e));
            }
        }
        if self.pending > 0 {
            self.writer.commit().map_err(|e| self.lib.write_error(e))?;
            self.pending = 0;
        }
        Ok(())
    }

    /// Makes everything added so far visible, atomically, once the merges
    /// under way are done.
    pub fn commit(mut self) -> Result<(), IndexError> {
        self.checkpoint()?;
        let lib = self.lib;
        self.writer.wait_merging_threads().map_err(|e| lib.write_error(e))?;
        lib.refresh()
    }
}

/// Hands each turn's and statement's document to `add` as it is built,
/// rather than collecting them (a collected copy of every turn's text
/// doubled the memory of a large file), and returns the hearing's own.
fn documents(
    f: &Fields,
    t: &Transcript,
    hash: &str,
    roster: &str,
    add: &mut dyn FnMut(TantivyDocument) -> tantivy::Result<()>,
) -> tantivy::Result<TantivyDocument> {
    let h = &t.hearing;
    let base = |kind: &str| {
        let mut d = TantivyDocument::default();
        d.add_text(f.kind, kind);
        d.add_text(f.hearing_id, &h.id);
        d.add_text(f.hearing_title, &h.title);
        d.add_text(f.source, &h.source);
        if let Some(c) = h.chamber {
            d.add_text(f.chamber, c.as_str());
        }
        if let Some(c) = &h.committee {
            d.add_text(f.committee, c);
            d.add_facet(f.committee_facet, Facet::from_path([c.as_str()]));
        }
        // A second value after the committee (which hits show): `committee:`
        // finds a subcommittee's hearing by either name.
        if let Some(s) = &h.subcommittee {
            d.add_text(f.committee, s);
        }
        if let Some(n) = h.congress {
            d.add_u64(f.congress, n as u64);
        }
        if let Some(date) = h.date() {
            d.add_text(f.date, date);
            d.add_u64(f.date_num, date_number(date));
        }
        d
    };
    // By name, so a hearing with a huge roster costs no more per turn than a small one.
    let mut people: HashMap<&str, &crate::model::Person> = HashMap::new();
    for p in h.members.iter().chain(&h.witnesses) {
        people.entry(p.name.as_str()).or_insert(p);
    }
    for turn in &t.turns {
        let mut d = base("turn");
        add_turn(f, &mut d, h, turn, &people);
        add(d)?;
    }
    for (i, block) in t.blocks.iter().enumerate() {
        if !block.is_written() {
            continue;
        }
        let mut d = base(super::written_kind(block.kind));
        d.add_text(f.turn_id, format!("{}#s{}", h.id, i + 1));
        let who = block.author.clone().unwrap_or_default();
        d.add_text(f.speaker, &who);
        d.add_text(f.speaker_exact, who.to_lowercase());
        d.add_text(f.who, &who);
        d.add_text(f.role, block.author_role(h).as_str());
        d.add_u64(f.seq, 0);
        d.add_u64(f.line_start, block.line_start as u64);
        d.add_u64(f.line_end, block.line_end as u64);
        d.add_u64(f.span_start, block.span.start as u64);
        d.add_u64(f.span_end, block.span.end as u64);
        if let Some(p) = &block.page {
            d.add_text(f.page, p);
        }
        d.add_text(f.text, &block.text);
        add(d)?;
    }
    let summary = summarise(t);
    let mut d = base("hearing");
    d.add_text(f.hash, hash);
    d.add_text(f.roster, roster);
    d.add_text(f.meta, serde_json::to_string(&summary).unwrap_or_default());
    Ok(d)
}

fn add_turn(
    f: &Fields,
    d: &mut TantivyDocument,
    h: &Hearing,
    turn: &Turn,
    people: &HashMap<&str, &crate::model::Person>,
) {
    let speaker = turn.display_speaker();
    d.add_text(f.turn_id, Turn::id(&h.id, turn.seq));
    d.add_text(f.speaker, speaker);
    d.add_text(f.speaker_exact, speaker.to_lowercase());
    d.add_text(f.who, format!("{speaker} {}", turn.label));
    d.add_text(f.label, &turn.label);
    d.add_text(f.role, turn.role.as_str());
    // The roster's party and state (of the term sat then) over the hearing's print.
    if let Some(m) = &turn.member {
        d.add_text(f.bioguide, &m.bioguide);
        if let Some(party) = &m.party {
            d.add_text(f.party, party);
        }
        d.add_text(f.state, &m.state);
    } else if let Some(p) = turn.speaker.as_deref().and_then(|s| people.get(s)) {
        if let Some(party) = &p.party {
            d.add_text(f.party, party);
        }
        if let Some(state) = &p.state {
            d.add_text(f.state, state);
        }
    }
    d.add_u64(f.seq, turn.seq as u64);
    if let Some(p) = &turn.page {
        d.add_text(f.page, p);
    }
    d.add_u64(f.line_start, turn.line_start as u64);
    d.add_u64(f.line_end, turn.line_end as u64);
    d.add_u64(f.span_start, turn.span.start as u64);
    d.add_u64(f.span_end, turn.span.end as u64);
    d.add_u64(f.interrupted, turn.interrupted as u64);
    d.add_text(f.text, &turn.text);
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::Index;
    use tantivy::index::SegmentId;
    use tantivy::indexer::MergePolicy;

    #[test]
    fn segments_stop_merging_at_merged_docs() {
        let index = Index::create_in_ram(tantivy::schema::Schema::builder().build());
        let metas = |n: usize, docs: u32| -> Vec<_> {
            (0..n).map(|_| index.new_segment_meta(SegmentId::generate_random(), docs)).collect()
        };
        let policy = merge_policy();
        let small = policy.compute_merge_candidates(&metas(8, 60_000));
        assert_eq!(small.iter().map(|c| c.0.len()).collect::<Vec<_>>(), vec![8], "eight small ones merge");
        let full = u32::try_from(MERGED_DOCS).unwrap() + 1;
        assert!(policy.compute_merge_candidates(&metas(8, full)).is_empty(), "full ones stay");
    }
}
