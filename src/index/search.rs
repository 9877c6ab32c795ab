//! Reading the index: ranked hits with snippets, a hearing's turns in order,
//! and the hearing summaries behind `gavel hearings` and `gavel speakers`.

use super::estimate::{self, Counted};
use super::plan;
use super::query::{self, ParsedQuery};
use super::snippet::Highlighter;
use super::{IndexError, Library};
use crate::summary::HearingSummary;
use crate::summary::exchanges::{Exchange, TurnRef, detect};
use serde::Serialize;
use std::ops::Range;
use tantivy::collector::{Count, DocSetCollector};
use tantivy::query::{Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::schema::document::{DeserializeError, DocumentDeserialize, DocumentDeserializer};
use tantivy::schema::{Field, OwnedValue};
use tantivy::{DocAddress, Searcher, Term};

/// Phrase matches are looked for among this many times the hits asked for:
/// checking word positions in every turn that has all the words is most of
/// a query's time on a large index, and a turn that says the phrase almost
/// always has a BM25 score among the best for its words anyway.
const RERANK_DEPTH: usize = 4;

/// Adds the phrase's score (boosted) to the candidates that say the words as
/// a phrase, seeking the phrase scorer to each candidate in doc order: the
/// positions of only these turns are read.
fn with_phrase_boost(
    searcher: &Searcher,
    phrase: &dyn Query,
    candidates: Vec<(f32, DocAddress)>,
) -> Result<Vec<(f32, DocAddress)>, IndexError> {
    use tantivy::query::EnableScoring;
    use tantivy::{DocSet, TERMINATED};
    let weight = phrase.weight(EnableScoring::enabled_from_searcher(searcher))?;
    let mut sorted = candidates;
    sorted.sort_by_key(|(_, a)| *a);
    let mut out = Vec::with_capacity(sorted.len());
    let mut current: Option<(u32, Box<dyn tantivy::query::Scorer>)> = None;
    for (score, addr) in sorted {
        if current.as_ref().is_none_or(|(seg, _)| *seg != addr.segment_ord) {
            let reader = searcher.segment_reader(addr.segment_ord);
            current = Some((addr.segment_ord, weight.scorer(reader, plan::PHRASE_BOOST)?));
        }
        let (_, scorer) = current.as_mut().expect("set above");
        let mut extra = 0.0;
        if scorer.doc() != TERMINATED
            && scorer.doc() <= addr.doc_id
            && scorer.seek(addr.doc_id) == addr.doc_id
        {
            extra = scorer.score();
        }
        out.push((score + extra, addr));
    }
    out.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    Ok(out)
}

/// More hearings or speakers than any index here holds (every hearing of a
/// century of Congresses is some 100,000); `count_by` counts up to this many.
const MAX_BUCKETS: u32 = 4_000_000;

/// One matching turn, with everything a result line or a JSON consumer needs.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Hit {
    pub turn_id: String,
    pub hearing_id: String,
    pub hearing_title: String,
    pub date: Option<String>,
    pub committee: Option<String>,
    pub chamber: Option<String>,
    pub speaker: String,
    pub label: String,
    pub role: String,
    pub seq: u64,
    pub page: Option<String>,
    pub source: String,
    pub line_start: u64,
    pub line_end: u64,
    pub score: f32,
    pub snippet: String,
    /// Byte ranges of the matched words inside `snippet`.
    pub highlights: Vec<Range<usize>>,
    pub text: String,
    /// `turn`, or what was written for the record: `statement`, `question`,
    /// `answer` (`index::WRITTEN_KINDS`).
    pub kind: String,
}

impl Hit {
    /// `written answer` and the like for what was written for the record,
    /// not said: every view of a hit says so beside the speaker, so a
    /// written question is never quoted as spoken. None for a spoken turn.
    pub fn written(&self) -> Option<&'static str> {
        match self.kind.as_str() {
            "statement" => Some("written statement"),
            "question" => Some("written question"),
            "answer" => Some("written answer"),
            _ => None,
        }
    }

    /// The role, and `written …` when it was not said: `witness, written answer`.
    pub fn role_shown(&self) -> String {
        let role = self.role.replace('_', " ");
        match self.written() {
            Some(w) => format!("{role}, {w}"),
            None => role,
        }
    }
}

#[derive(Debug, Default)]
pub struct Results {
    pub hits: Vec<Hit>,
    /// Matching turns in all, beyond the `limit` returned.
    pub total: usize,
    /// `total` is an estimate (`estimate::count_words`): a query of two or more
    /// words with more than `estimate::EXACT_UP_TO` matches.
    pub estimated: bool,
    pub notes: Vec<String>,
}

/// A turn read back from the index, for the reader view.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StoredTurn {
    pub turn_id: String,
    pub seq: u64,
    pub speaker: String,
    pub label: String,
    pub role: String,
    pub page: Option<String>,
    pub line_start: u64,
    pub line_end: u64,
    pub text: String,
    pub interrupted: bool,
    /// The index's party and state for the speaker (the legislators
    /// roster's when it tied them to a member), for attributions.
    pub party: Option<String>,
    pub state: Option<String>,
}

/// The exchanges of a hearing's turns as the index returns them (`Library::
/// turns`): the same detection the hearing summary was computed with.
pub fn exchanges_of(turns: &[StoredTurn]) -> Vec<Exchange> {
    let refs: Vec<TurnRef> = turns
        .iter()
        .map(|t| TurnRef {
            seq: t.seq,
            speaker: &t.speaker,
            role: &t.role,
            text: &t.text,
            interrupted: t.interrupted,
        })
        .collect();
    detect(&refs)
}

impl Library {
    /// Runs a query in the gavel query language.
    pub fn search(&self, input: &str, limit: usize) -> Result<Results, IndexError> {
        let parsed = query::parse(input);
        self.search_parsed(&parsed, limit)
    }

    pub fn search_parsed(&self, parsed: &ParsedQuery, limit: usize) -> Result<Results, IndexError> {
        self.search_with(parsed, limit, true)
    }

    /// The best hits with their whole text, neither snippets nor a count of
    /// every match: for callers that want candidates only (checking a
    /// quotation). Without the count, an `OR` of words is ranked with
    /// block-max pruning instead of visiting every turn that has one of them
    /// (on the 1 GB scale index most of a quotation's time).
    pub fn top_texts(&self, input: &str, limit: usize) -> Result<Vec<Hit>, IndexError> {
        let parsed = query::parse(input);
        if parsed.is_empty() {
            return Ok(Vec::new());
        }
        let plan = plan::build_plan(&parsed, &self.fields);
        Ok(self.ranked_counted(&plan, limit, None, false)?.0)
    }

    /// Hits with their whole text but no snippet, for readers of many hits
    /// (comparisons): cutting thousands of snippets nobody shows is most of
    /// the time of such a search.
    pub fn search_texts(&self, input: &str, limit: usize) -> Result<Results, IndexError> {
        self.search_with(&query::parse(input), limit, false)
    }

    fn search_with(&self, parsed: &ParsedQuery, limit: usize, snippets: bool) -> Result<Results, IndexError> {
        let mut results = Results { notes: parsed.notes.clone(), ..Results::default() };
        if parsed.is_empty() {
            return Ok(results);
        }
        let plan = plan::build_plan(parsed, &self.fields);
        let highlighter = snippets.then(|| self.highlighter(parsed));
        let (hits, total) = self.ranked(&plan, limit, highlighter.as_ref())?;
        if hits.is_empty() {
            results.notes.extend(self.speaker_hints(parsed)?);
        }
        results.hits = hits;
        results.total = total.n;
        results.estimated = total.estimated;
        Ok(results)
    }

    /// Snippets around a query's words; rarer words count for more when
    /// passages compete for the snippet.
    pub(super) fn highlighter(&self, parsed: &ParsedQuery) -> Highlighter {
        let searcher = self.reader.searcher();
        let docs = searcher.num_docs() as f32;
        let weight = |w: &str| {
            let df = searcher.doc_freq(&Term::from_field_text(self.fields.text, w)).unwrap_or(0) as f32;
            (1.0 + docs / (1.0 + df)).ln()
        };
        Highlighter::new(parsed, &weight)
    }

    /// Words that match nothing spoken but name a speaker: `wicker` finds no
    /// turn that says "wicker", and the reader likely meant `speaker:wicker`.
    fn speaker_hints(&self, parsed: &ParsedQuery) -> Result<Vec<String>, IndexError> {
        let mut out = Vec::new();
        for c in &parsed.clauses {
            if let query::Item::Word(w) = &c.item {
                let as_speaker = query::parse(&format!("speaker:{w}"));
                let q = plan::build(&as_speaker, &self.fields);
                if !c.negated && self.reader.searcher().search(&*q, &Count)? > 0 {
                    out.push(format!("nobody says {w:?}, but someone is called that: try speaker:{w}"));
                }
            }
        }
        Ok(out)
    }

    /// The top `limit` documents of a query as hits (with snippets around
    /// `snippet_terms` when given), and how many matched in all.
    pub(super) fn ranked(
        &self,
        plan: &plan::Plan,
        limit: usize,
        snippets: Option<&Highlighter>,
    ) -> Result<(Vec<Hit>, Counted), IndexError> {
        self.ranked_counted(plan, limit, snippets, true)
    }

    /// `ranked`, counting the matches only when asked (the count is then 0).
    fn ranked_counted(
        &self,
        plan: &plan::Plan,
        limit: usize,
        snippets: Option<&Highlighter>,
        count: bool,
    ) -> Result<(Vec<Hit>, Counted), IndexError> {
        let searcher = self.reader.searcher();
        let q = &*plan.query;
        // No query has more hits than the index has documents: a limit
        // beyond that (`-n 100000000000`, a deep `--offset`) would make
        // tantivy reserve room for it, and abort on the allocation.
        let limit = limit.min(usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX));
        let depth = match plan.rank_phrase {
            None => limit.max(1),
            Some(_) => limit.max(1).saturating_mul(RERANK_DEPTH),
        };
        let best = super::top::TopScored::with_limit(depth);
        let exact = |n| Counted { n, estimated: false };
        let (candidates, total) = if !count {
            (searcher.search(q, &best)?, exact(0))
        } else if !plan.prunable {
            let (candidates, n) = searcher.search(q, &(best, Count))?;
            (candidates, exact(n))
        } else if plan.words.len() > 1 {
            (
                searcher.search(q, &best)?,
                estimate::count_words(&searcher, q, &plan.words, estimate::EXACT_UP_TO)?,
            )
        } else {
            // One word: its document frequency.
            (searcher.search(q, &best)?, exact(searcher.search(q, &Count)?))
        };
        let top = match &plan.rank_phrase {
            None => candidates,
            Some(p) => {
                let mut top = with_phrase_boost(&searcher, &**p, candidates)?;
                top.truncate(limit.max(1));
                top
            }
        };
        let mut hits = self.hits_at(&searcher, top, snippets)?;
        // Equal scores: newest hearing first, then transcript order.
        hits.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| b.date.cmp(&a.date))
                .then_with(|| a.hearing_id.cmp(&b.hearing_id))
                .then_with(|| a.seq.cmp(&b.seq))
        });
        Ok((hits, total))
    }

    /// One turn or submitted statement by its id (`HEARING#SEQ`,
    /// `HEARING#sN`), whole, without a snippet.
    pub fn by_id(&self, turn_id: &str) -> Result<Option<Hit>, IndexError> {
        let q = TermQuery::new(Term::from_field_text(self.fields.turn_id, turn_id), IndexRecordOption::Basic);
        let plan = plan::Plan { query: Box::new(q), rank_phrase: None, prunable: false, words: Vec::new() };
        Ok(self.ranked(&plan, 1, None)?.0.into_iter().next())
    }

    /// The documents at these addresses as hits, with snippets when given a
    /// highlighter.
    pub(super) fn hits_at(
        &self,
        searcher: &Searcher,
        top: Vec<(f32, DocAddress)>,
        snippets: Option<&Highlighter>,
    ) -> Result<Vec<Hit>, IndexError> {
        let mut hits = Vec::with_capacity(top.len());
        for (score, addr) in top {
            let mut doc: Stored = searcher.doc(addr)?;
            let mut hit = self.hit(&mut doc, score);
            if let Some(highlighter) = snippets {
                let snippet = highlighter.snippet(&hit.text);
                hit.snippet = snippet.text;
                hit.highlights = snippet.highlights;
                if hit.snippet.is_empty() {
                    hit.snippet = hit.text.chars().take(160).collect();
                }
            }
            hits.push(hit);
        }
        Ok(hits)
    }

    /// Number of matching turns, without reading any.
    pub fn count(&self, input: &str) -> Result<(usize, Vec<String>), IndexError> {
        let parsed = query::parse(input);
        if parsed.is_empty() {
            return Ok((0, parsed.notes));
        }
        let q = plan::build(&parsed, &self.fields);
        Ok((self.reader.searcher().search(&*q, &Count)?, parsed.notes))
    }

    /// Matching turns per hearing, for at most `MAX_BUCKETS` hearings (hearings
    /// without a match left out), in one pass over the hearing-id column
    /// rather than one query per hearing.
    pub fn count_by_hearing(&self, input: &str) -> Result<Vec<(String, usize)>, IndexError> {
        self.count_by(input, "hearing_id")
    }

    /// Matching turns per speaker, by the lower-cased name (`speaker_exact`),
    /// most first: who speaks on a topic, over every matching turn.
    pub fn count_by_speaker(&self, input: &str) -> Result<Vec<(String, usize)>, IndexError> {
        let mut out = self.count_by(input, "speaker_exact")?;
        out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Ok(out)
    }

    /// Matching turns per value of a fast string field (a terms aggregation).
    fn count_by(&self, input: &str, field: &str) -> Result<Vec<(String, usize)>, IndexError> {
        self.count_parsed_by(&query::parse(input), field)
    }

    /// `count_by_hearing` for a query already parsed.
    pub fn count_parsed_by_hearing(&self, parsed: &ParsedQuery) -> Result<Vec<(String, usize)>, IndexError> {
        self.count_parsed_by(parsed, "hearing_id")
    }

    fn count_parsed_by(&self, parsed: &ParsedQuery, field: &str) -> Result<Vec<(String, usize)>, IndexError> {
        use tantivy::aggregation::agg_result::{AggregationResult, BucketResult};
        use tantivy::aggregation::{AggContextParams, AggregationCollector, AggregationLimitsGuard, Key};
        if parsed.is_empty() {
            return Ok(Vec::new());
        }
        let q = plan::build(parsed, &self.fields);
        let request = serde_json::json!({
            "by": { "terms": { "field": field, "size": MAX_BUCKETS, "segment_size": MAX_BUCKETS } }
        });
        let request = serde_json::from_value(request).expect("a valid terms aggregation");
        // One bucket per value: allow as many buckets as an index can hold hearings or speakers.
        let limits = AggregationLimitsGuard::new(None, Some(MAX_BUCKETS));
        let collector =
            AggregationCollector::from_aggs(request, AggContextParams { limits, ..Default::default() });
        let results = self.reader.searcher().search(&*q, &collector)?;
        let mut out = Vec::new();
        if let Some(AggregationResult::BucketResult(BucketResult::Terms { buckets, .. })) =
            results.0.get("by")
        {
            for b in buckets {
                if let Key::Str(value) = &b.key {
                    out.push((value.clone(), b.doc_count as usize));
                }
            }
        }
        Ok(out)
    }

    fn hit(&self, doc: &mut Stored, score: f32) -> Hit {
        let f = &self.fields;
        let n = |doc: &Stored, field| doc.u64(field).unwrap_or(0);
        let seq = n(doc, f.seq);
        let (line_start, line_end) = (n(doc, f.line_start), n(doc, f.line_end));
        let mut s = |field| doc.take_str(field);
        Hit {
            turn_id: s(f.turn_id).unwrap_or_default(),
            hearing_id: s(f.hearing_id).unwrap_or_default(),
            hearing_title: s(f.hearing_title).unwrap_or_default(),
            date: s(f.date),
            committee: s(f.committee),
            chamber: s(f.chamber),
            speaker: s(f.speaker).unwrap_or_default(),
            label: s(f.label).unwrap_or_default(),
            role: s(f.role).unwrap_or_default(),
            seq,
            page: s(f.page),
            source: s(f.source).unwrap_or_default(),
            line_start,
            line_end,
            score,
            snippet: String::new(),
            highlights: Vec::new(),
            text: s(f.text).unwrap_or_default(),
            kind: s(f.kind).unwrap_or_default(),
        }
    }

    /// One document (turn or statement) by its id, with its whole text.
    pub fn turn(&self, turn_id: &str) -> Result<Option<Hit>, IndexError> {
        let searcher = self.reader.searcher();
        let q = TermQuery::new(Term::from_field_text(self.fields.turn_id, turn_id), IndexRecordOption::Basic);
        Ok(docs::<Stored>(&searcher, &q)?.into_iter().next().map(|mut d| self.hit(&mut d, 0.0)))
    }

    /// All turns of one hearing, in order.
    pub fn hearing_turns(&self, hearing_id: &str) -> Result<Vec<StoredTurn>, IndexError> {
        let f = &self.fields;
        let searcher = self.reader.searcher();
        let q = self.hearing_docs(hearing_id, "turn");
        let mut turns: Vec<StoredTurn> = docs(&searcher, &q)?
            .into_iter()
            .map(|mut doc: Stored| {
                let interrupted = doc.u64(f.interrupted) == Some(1);
                let (party, state) = (doc.take_str(f.party), doc.take_str(f.state));
                let h = self.hit(&mut doc, 0.0);
                StoredTurn {
                    turn_id: h.turn_id,
                    seq: h.seq,
                    speaker: h.speaker,
                    label: h.label,
                    role: h.role,
                    page: h.page,
                    line_start: h.line_start,
                    line_end: h.line_end,
                    text: h.text,
                    interrupted,
                    party,
                    state,
                }
            })
            .collect();
        turns.sort_by_key(|t| t.seq);
        Ok(turns)
    }

    /// Every indexed hearing, newest first.
    pub fn hearings(&self) -> Result<Vec<HearingSummary>, IndexError> {
        let f = &self.fields;
        let searcher = self.reader.searcher();
        let q = TermQuery::new(Term::from_field_text(f.kind, "hearing"), IndexRecordOption::Basic);
        let mut out: Vec<HearingSummary> = docs(&searcher, &q)?
            .into_iter()
            .filter_map(|mut d: Stored| d.take_str(f.meta).and_then(|m| serde_json::from_str(&m).ok()))
            .collect();
        out.sort_by(|a, b| {
            b.hearing.date().cmp(&a.hearing.date()).then_with(|| a.hearing.id.cmp(&b.hearing.id))
        });
        Ok(out)
    }

    /// Every indexed hearing's id and the content hash of its file.
    pub fn hearing_versions(&self) -> Result<std::collections::BTreeMap<String, String>, IndexError> {
        let f = &self.fields;
        let searcher = self.reader.searcher();
        let q = TermQuery::new(Term::from_field_text(f.kind, "hearing"), IndexRecordOption::Basic);
        Ok(docs(&searcher, &q)?
            .into_iter()
            .filter_map(|mut d: Stored| {
                let id = d.take_str(f.hearing_id)?;
                Some((id, d.take_str(f.hash).unwrap_or_default()))
            })
            .collect())
    }

    /// One hearing's summary and the content hash of its file as indexed.
    pub fn hearing(&self, hearing_id: &str) -> Result<Option<(HearingSummary, String)>, IndexError> {
        let f = &self.fields;
        let searcher = self.reader.searcher();
        let q = self.hearing_docs(hearing_id, "hearing");
        Ok(docs(&searcher, &q)?.into_iter().next().and_then(|mut d: Stored| {
            let meta = d.take_str(f.meta).and_then(|m| serde_json::from_str(&m).ok())?;
            let hash = d.take_str(f.hash).unwrap_or_default();
            Some((meta, hash))
        }))
    }

    /// The documents of one kind (`turn`, `hearing`) of one hearing.
    fn hearing_docs(&self, hearing_id: &str, kind: &str) -> tantivy::query::BooleanQuery {
        let term = |field, value: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(Term::from_field_text(field, value), IndexRecordOption::Basic))
        };
        tantivy::query::BooleanQuery::new(vec![
            (tantivy::query::Occur::Must, term(self.fields.hearing_id, hearing_id)),
            (tantivy::query::Occur::Must, term(self.fields.kind, kind)),
        ])
    }

    /// In how many documents (turns and statements) the spoken text uses
    /// `word`, and how many documents there are: for weighting terms.
    pub fn document_frequency(&self, word: &str) -> Result<(u64, u64), IndexError> {
        let searcher = self.reader.searcher();
        let term = Term::from_field_text(self.fields.text, &word.to_lowercase());
        Ok((searcher.doc_freq(&term)?, searcher.num_docs()))
    }

    /// True when no hearing has been indexed yet.
    pub fn is_empty(&self) -> bool {
        self.reader.searcher().num_docs() == 0
    }
}

/// A stored document as its fields' values, read straight from the store:
/// a hit's strings (a prepared statement can be 100,000 characters) are
/// moved out of it, not copied out of a `TantivyDocument` once more.
struct Stored(Vec<(Field, OwnedValue)>);

impl DocumentDeserialize for Stored {
    fn deserialize<'de, D: DocumentDeserializer<'de>>(mut d: D) -> Result<Self, DeserializeError> {
        let mut values = Vec::with_capacity(d.size_hint());
        while let Some(value) = d.next_field::<OwnedValue>()? {
            values.push(value);
        }
        Ok(Stored(values))
    }
}

impl Stored {
    /// The first text of `field`, taken out.
    fn take_str(&mut self, field: Field) -> Option<String> {
        self.0.iter_mut().find_map(|(f, v)| match v {
            OwnedValue::Str(s) if *f == field => Some(std::mem::take(s)),
            _ => None,
        })
    }

    fn u64(&self, field: Field) -> Option<u64> {
        self.0.iter().find_map(|(f, v)| match v {
            OwnedValue::U64(n) if *f == field => Some(*n),
            _ => None,
        })
    }
}

fn docs<D: DocumentDeserialize>(searcher: &Searcher, q: &dyn Query) -> Result<Vec<D>, IndexError> {
    let mut addrs: Vec<DocAddress> = searcher.search(q, &DocSetCollector)?.into_iter().collect();
    addrs.sort();
    addrs.into_iter().map(|a| searcher.doc(a).map_err(IndexError::from)).collect()
}
