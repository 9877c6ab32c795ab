//! Reading the index: ranked hits with snippets, a hearing's turns in order,
//! and the hearing summaries behind `gavel hearings` and `gavel speakers`.

use super::query::{self, ParsedQuery};
use super::writer::HearingSummary;
use super::{IndexError, Library};
use serde::Serialize;
use std::ops::Range;
use tantivy::collector::{Count, DocSetCollector, TopDocs};
use tantivy::query::{PhraseQuery, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

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
    phrase: &PhraseQuery,
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
            current = Some((addr.segment_ord, weight.scorer(reader, query::PHRASE_BOOST)?));
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
    /// `turn` or `statement` (submitted for the record).
    pub kind: String,
}

#[derive(Debug, Default)]
pub struct Results {
    pub hits: Vec<Hit>,
    /// Matching turns in all, beyond the `limit` returned.
    pub total: usize,
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
        let (q, phrase) = query::build_parts(parsed, &self.index, &self.fields);
        let terms = parsed.terms();
        let (hits, total) = self.ranked(&*q, phrase.as_ref(), limit, snippets.then_some(terms.as_slice()))?;
        if hits.is_empty() {
            results.notes.extend(self.speaker_hints(parsed)?);
        }
        results.hits = hits;
        results.total = total;
        Ok(results)
    }

    /// Words that match nothing spoken but name a speaker: `wicker` finds no
    /// turn that says "wicker", and the reader likely meant `speaker:wicker`.
    fn speaker_hints(&self, parsed: &ParsedQuery) -> Result<Vec<String>, IndexError> {
        let mut out = Vec::new();
        for c in &parsed.clauses {
            if let query::Item::Word(w) = &c.item {
                let as_speaker = query::parse(&format!("speaker:{w}"));
                let q = query::build(&as_speaker, &self.index, &self.fields);
                if !c.negated && self.reader.searcher().search(&*q, &Count)? > 0 {
                    out.push(format!("nobody says {w:?}, but someone is called that: try speaker:{w}"));
                }
            }
        }
        Ok(out)
    }

    /// The statements most like a turn, from other hearings: "who said this
    /// before?" (tantivy's more-like-this over the spoken text).
    pub fn said_before(&self, turn_id: &str, limit: usize) -> Result<Vec<Hit>, IndexError> {
        let f = &self.fields;
        let searcher = self.reader.searcher();
        let q = TermQuery::new(Term::from_field_text(f.turn_id, turn_id), IndexRecordOption::Basic);
        let Some(doc) = docs(&searcher, &q)?.into_iter().next() else { return Ok(Vec::new()) };
        let turn = self.hit(&doc, 0.0);
        let like = tantivy::query::MoreLikeThisQuery::builder()
            .with_min_doc_frequency(2)
            .with_max_doc_frequency((searcher.num_docs() / 20).max(2))
            .with_min_term_frequency(1)
            .with_min_word_length(4)
            .with_max_query_terms(30)
            .with_document_fields(vec![(f.text, vec![tantivy::schema::OwnedValue::Str(turn.text.clone())])]);
        let term = |field, value: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(Term::from_field_text(field, value), IndexRecordOption::Basic))
        };
        let q = tantivy::query::BooleanQuery::new(vec![
            (tantivy::query::Occur::Must, Box::new(like) as Box<dyn Query>),
            (tantivy::query::Occur::MustNot, term(f.hearing_id, &turn.hearing_id)),
            (tantivy::query::Occur::MustNot, term(f.kind, "hearing")),
        ]);
        Ok(self.ranked(&q, None, limit, Some(&[]))?.0)
    }

    /// The top `limit` documents of a query as hits (with snippets around
    /// `snippet_terms` when given), and how many matched in all.
    fn ranked(
        &self,
        q: &dyn Query,
        phrase: Option<&PhraseQuery>,
        limit: usize,
        snippet_terms: Option<&[String]>,
    ) -> Result<(Vec<Hit>, usize), IndexError> {
        let f = &self.fields;
        let searcher = self.reader.searcher();
        let (top, total) = match phrase {
            None => searcher.search(q, &(TopDocs::with_limit(limit.max(1)).order_by_score(), Count))?,
            Some(p) => {
                let wider = TopDocs::with_limit(limit.max(1).saturating_mul(RERANK_DEPTH)).order_by_score();
                let (candidates, total) = searcher.search(q, &(wider, Count))?;
                let mut top = with_phrase_boost(&searcher, p, candidates)?;
                top.truncate(limit.max(1));
                (top, total)
            }
        };
        let mut snippets = match snippet_terms {
            Some(terms) => {
                let mut generator = SnippetGenerator::create(&searcher, q, f.text)?;
                generator.set_max_num_chars(160);
                Some((generator, SnippetWindow::new(terms)))
            }
            None => None,
        };
        let mut hits = Vec::with_capacity(top.len());
        for (score, addr) in top {
            let doc: TantivyDocument = searcher.doc(addr)?;
            let mut hit = self.hit(&doc, score);
            if let Some((generator, window)) = &mut snippets {
                let snippet = generator.snippet(window.around_first_match(&hit.text));
                hit.snippet = snippet.fragment().to_owned();
                hit.highlights = snippet.highlighted().to_vec();
                if hit.snippet.is_empty() {
                    hit.snippet = hit.text.chars().take(160).collect();
                }
            }
            hits.push(hit);
        }
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

    /// Number of matching turns, without reading any.
    pub fn count(&self, input: &str) -> Result<(usize, Vec<String>), IndexError> {
        let parsed = query::parse(input);
        if parsed.is_empty() {
            return Ok((0, parsed.notes));
        }
        let q = query::build(&parsed, &self.index, &self.fields);
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
        use tantivy::aggregation::agg_result::{AggregationResult, BucketResult};
        use tantivy::aggregation::{AggContextParams, AggregationCollector, AggregationLimitsGuard, Key};
        let parsed = query::parse(input);
        if parsed.is_empty() {
            return Ok(Vec::new());
        }
        let q = query::build(&parsed, &self.index, &self.fields);
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

    fn hit(&self, doc: &TantivyDocument, score: f32) -> Hit {
        let f = &self.fields;
        let s = |field| doc.get_first(field).and_then(|v| v.as_str()).map(str::to_owned);
        let n = |field| doc.get_first(field).and_then(|v| v.as_u64()).unwrap_or(0);
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
            seq: n(f.seq),
            page: s(f.page),
            source: s(f.source).unwrap_or_default(),
            line_start: n(f.line_start),
            line_end: n(f.line_end),
            score,
            snippet: String::new(),
            highlights: Vec::new(),
            text: s(f.text).unwrap_or_default(),
            kind: s(f.kind).unwrap_or_default(),
        }
    }

    /// All turns of one hearing, in order.
    pub fn hearing_turns(&self, hearing_id: &str) -> Result<Vec<StoredTurn>, IndexError> {
        let f = &self.fields;
        let searcher = self.reader.searcher();
        let q = self.hearing_docs(hearing_id, "turn");
        let mut turns: Vec<StoredTurn> = docs(&searcher, &q)?
            .into_iter()
            .map(|doc| {
                let h = self.hit(&doc, 0.0);
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
                    interrupted: doc.get_first(f.interrupted).and_then(|v| v.as_u64()) == Some(1),
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
            .iter()
            .filter_map(|d| {
                d.get_first(f.meta).and_then(|v| v.as_str()).and_then(|m| serde_json::from_str(m).ok())
            })
            .collect();
        out.sort_by(|a, b| {
            b.hearing.date().cmp(&a.hearing.date()).then_with(|| a.hearing.id.cmp(&b.hearing.id))
        });
        Ok(out)
    }

    /// One hearing's summary and the content hash of its file as indexed.
    pub fn hearing(&self, hearing_id: &str) -> Result<Option<(HearingSummary, String)>, IndexError> {
        let f = &self.fields;
        let searcher = self.reader.searcher();
        let q = self.hearing_docs(hearing_id, "hearing");
        Ok(docs(&searcher, &q)?.into_iter().next().and_then(|d| {
            let meta =
                d.get_first(f.meta).and_then(|v| v.as_str()).and_then(|m| serde_json::from_str(m).ok())?;
            let hash = d.get_first(f.hash).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
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

/// Where in a long turn to look for the snippet. A prepared statement can run
/// to a hundred thousand characters; tokenizing all of it for a 160-character
/// snippet is most of a query's time, so the snippet is cut from a window
/// around the first place a query word occurs.
struct SnippetWindow {
    finder: Option<aho_corasick::AhoCorasick>,
}

impl SnippetWindow {
    const BEFORE: usize = 400;
    const AFTER: usize = 1600;

    fn new(terms: &[String]) -> SnippetWindow {
        let words: Vec<String> = terms
            .iter()
            .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()).map(str::to_owned).collect::<Vec<_>>())
            .filter(|w| !w.is_empty())
            .collect();
        let finder = (!words.is_empty())
            .then(|| aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).build(&words).ok())
            .flatten();
        SnippetWindow { finder }
    }

    fn around_first_match<'t>(&self, text: &'t str) -> &'t str {
        if text.len() <= Self::BEFORE + Self::AFTER {
            return text;
        }
        let at = self.finder.as_ref().and_then(|f| f.find(text)).map_or(0, |m| m.start());
        let mut start = at.saturating_sub(Self::BEFORE);
        let mut end = (at + Self::AFTER).min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        while !text.is_char_boundary(end) {
            end += 1;
        }
        &text[start..end]
    }
}

fn docs(searcher: &Searcher, q: &dyn Query) -> Result<Vec<TantivyDocument>, IndexError> {
    let mut addrs: Vec<DocAddress> = searcher.search(q, &DocSetCollector)?.into_iter().collect();
    addrs.sort();
    addrs.into_iter().map(|a| searcher.doc(a).map_err(IndexError::from)).collect()
}
