//! "Who said this before?": the statements most like a turn, from other
//! hearings (`similar`), or from hearings held strictly before it, newest
//! first (`said_before`).
//!
//! The likeness query is built here rather than with tantivy's
//! `MoreLikeThisQuery`, whose choice among equally weighted words followed a
//! hash map's order, so the same question could get different answers from
//! one run to the next.

use super::plan::Plan;
use super::query;
use super::schema::date_number;
use super::search::Hit;
use super::snippet::Highlighter;
use super::{IndexError, Library};
use std::collections::HashMap;
use std::ops::Bound;
use tantivy::Term;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;

/// At most this many of the turn's words make the likeness query.
const QUERY_WORDS: usize = 30;

impl Library {
    /// The statements of other hearings most like turn `turn_id`, any date,
    /// best first. Empty when there is no such turn.
    pub fn similar(&self, turn_id: &str, limit: usize) -> Result<Vec<Hit>, IndexError> {
        let Some(turn) = self.by_id(turn_id)? else { return Ok(Vec::new()) };
        self.like(&turn, None, limit)
    }

    /// The statements most like turn `turn_id` from hearings held before
    /// its own, newest first. `None` when its hearing's date is not known
    /// (nothing can be said to be before it) or there is no such turn. A
    /// hearing dated by year alone is before only earlier years' hearings.
    pub fn said_before(&self, turn_id: &str, limit: usize) -> Result<Option<Vec<Hit>>, IndexError> {
        let Some(turn) = self.by_id(turn_id)? else { return Ok(None) };
        let Some(date) = turn.date.as_deref() else { return Ok(None) };
        let mut hits = self.like(&turn, Some(date_number(date)), limit)?;
        hits.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| b.score.total_cmp(&a.score)));
        Ok(Some(hits))
    }

    fn like(&self, turn: &Hit, before: Option<u64>, limit: usize) -> Result<Vec<Hit>, IndexError> {
        let f = &self.fields;
        let searcher = self.reader.searcher();
        let docs = searcher.num_docs();
        let mut analyzer = self.index.tokenizer_for_field(f.text)?;
        let mut tf: HashMap<String, usize> = HashMap::new();
        let mut stream = analyzer.token_stream(&turn.text);
        while let Some(t) = stream.next() {
            // Common grams (`of my`) hold a space: words only.
            if t.text.chars().count() >= 4 && !t.text.contains(' ') {
                *tf.entry(t.text.clone()).or_default() += 1;
            }
        }
        let mut weighted: Vec<(f32, String)> = Vec::new();
        for (word, n) in tf {
            let df = searcher.doc_freq(&Term::from_field_text(f.text, &word))?;
            // A word no other turn says links nothing; one in every twentieth
            // turn says nothing particular.
            if df < 2 || df > (docs / 20).max(2) {
                continue;
            }
            weighted.push((n as f32 * (1.0 + docs as f32 / (1.0 + df as f32)).ln(), word));
        }
        weighted.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        weighted.truncate(QUERY_WORDS);
        if weighted.is_empty() {
            return Ok(Vec::new());
        }
        let words: Vec<(Occur, Box<dyn Query>)> = weighted
            .iter()
            .map(|(_, w)| {
                let q: Box<dyn Query> =
                    Box::new(TermQuery::new(Term::from_field_text(f.text, w), IndexRecordOption::WithFreqs));
                (Occur::Should, q)
            })
            .collect();
        let term = |field, value: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(Term::from_field_text(field, value), IndexRecordOption::Basic))
        };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![
            (Occur::Must, Box::new(BooleanQuery::new(words))),
            (Occur::MustNot, term(f.hearing_id, &turn.hearing_id)),
            (Occur::MustNot, term(f.kind, "hearing")),
        ];
        if let Some(day) = before {
            clauses.push((Occur::Must, super::plan::date_range(f, Bound::Unbounded, Bound::Excluded(day))));
            // A hearing dated by its year (or month) alone, the same as this
            // one's, is not known to be before it.
            for vague in [day / 10_000 * 10_000, day / 100 * 100] {
                if vague != day {
                    let q = TermQuery::new(Term::from_field_u64(f.date_num, vague), IndexRecordOption::Basic);
                    clauses.push((Occur::MustNot, Box::new(q)));
                }
            }
        }
        let plan = Plan {
            query: Box::new(BooleanQuery::new(clauses)),
            rank_phrase: None,
            prunable: false,
            words: Vec::new(),
        };
        let words: Vec<String> = weighted.into_iter().map(|(_, w)| w).collect();
        let highlighter = Highlighter::new(&query::parse(&words.join(" OR ")), &|_| 1.0);
        Ok(self.ranked(&plan, limit, Some(&highlighter))?.0)
    }
}
