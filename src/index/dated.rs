//! `date:` beside other clauses (`cartel date:2010..2012`): the turns of the
//! rest of the query, kept when their hearing's date is within the bounds.
//!
//! Alone, a date range is the union of its day terms' postings
//! (`day_terms`). Beside a word it was the same union, built as a
//! bitset of every turn in the range and then intersected with the word: at
//! 5 GB, `cartel date:2010..2012` read the postings of millions of turns to
//! keep some hundred thousand. When the rest of the query matches fewer than
//! half as many turns as the range holds, each of its matches is instead checked against the
//! date column, which costs a lookup per match and nothing per turn of the
//! range. Which way is cheaper is decided per segment, from the two counts
//! the index already has (the rest's cost and the day terms' document
//! frequencies). Either way a match scores what the intersection scored: the
//! rest's score plus the range's constant 1.

use super::query::{Filter, Item, ParsedQuery};
use std::ops::Bound;
use tantivy::columnar::Column;
use tantivy::query::{
    EnableScoring, Explanation, InvertedIndexRangeQuery, Query, Scorer, Weight, intersect_scorers,
};
use tantivy::schema::Field;
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED, Term};

/// What the range's clause added to each match's score in the intersection
/// (a constant scorer at boost 1): kept, so the scores do not change.
const RANGE_SCORE: Score = 1.0;

/// A column lookup costs about as much as reading a few postings; below this
/// share of the range's turns, checking the rest's matches is cheaper.
const LOOKUP_COST: u64 = 2;

#[derive(Debug)]
pub struct Dated {
    rest: Box<dyn Query>,
    field: Field,
    /// Inclusive `YYYYMMDD` bounds, 0 and `u64::MAX` when open.
    lo: u64,
    hi: u64,
}

impl Clone for Dated {
    fn clone(&self) -> Dated {
        Dated { rest: self.rest.box_clone(), ..*self }
    }
}

impl Dated {
    pub fn new(rest: Box<dyn Query>, field: Field, lo: Option<u64>, hi: Option<u64>) -> Dated {
        Dated { rest, field, lo: lo.unwrap_or(0), hi: hi.unwrap_or(u64::MAX) }
    }

    fn dated_weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<DatedWeight> {
        let name = scoring.schema().get_field_name(self.field).to_owned();
        Ok(DatedWeight {
            rest: self.rest.weight(scoring)?,
            range: self.range().weight(scoring)?,
            field: self.field,
            name,
            lo: self.lo,
            hi: self.hi,
        })
    }

    fn range(&self) -> InvertedIndexRangeQuery {
        day_terms(self.field, Bound::Included(self.lo), Bound::Included(self.hi))
    }
}

/// Turns dated within the bounds (`YYYYMMDD` numbers in `field`): the union
/// of the day terms' postings, not tantivy's default for a fast field (a
/// scan of the date column over every document), 2-8x faster on a 300 MB
/// corpus with the same matches (#19).
pub(super) fn day_terms(field: Field, lo: Bound<u64>, hi: Bound<u64>) -> InvertedIndexRangeQuery {
    let term = |n| Term::from_field_u64(field, n);
    InvertedIndexRangeQuery::new(lo.map(term), hi.map(term))
}

impl Query for Dated {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.dated_weight(scoring)?))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.rest.query_terms(visitor);
    }
}

struct DatedWeight {
    rest: Box<dyn Weight>,
    range: Box<dyn Weight>,
    field: Field,
    /// The date column's name (columns are asked by name).
    name: String,
    lo: u64,
    hi: u64,
}

impl DatedWeight {
    /// Turns of this segment within the bounds, from the day terms alone.
    fn range_docs(&self, reader: &SegmentReader) -> tantivy::Result<u64> {
        let index = reader.inverted_index(self.field)?;
        let key = |n| Term::from_field_u64(self.field, n).serialized_value_bytes().to_vec();
        let mut days = index.terms().range().ge(key(self.lo)).le(key(self.hi)).into_stream()?;
        let mut docs = 0;
        while days.advance() {
            docs += u64::from(days.value().doc_freq);
        }
        Ok(docs)
    }
}

impl Weight for DatedWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let rest = self.rest.scorer(reader, boost)?;
        if rest.cost().saturating_mul(LOOKUP_COST) < self.range_docs(reader)? {
            let dates = reader.fast_fields().u64(&self.name)?;
            return Ok(Box::new(Checked::new(rest, dates, self.lo, self.hi, boost * RANGE_SCORE)));
        }
        let range = self.range.scorer(reader, boost)?;
        Ok(intersect_scorers(vec![rest, range], reader.num_docs()))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) != doc {
            return Err(tantivy::TantivyError::InvalidArgument(format!("document {doc} does not match")));
        }
        let mut e = Explanation::new("dated", scorer.score());
        e.add_detail(self.rest.explain(reader, doc)?);
        e.add_const("date within the range", RANGE_SCORE);
        Ok(e)
    }
}

/// The rest's matches whose date is within the bounds.
struct Checked {
    rest: Box<dyn Scorer>,
    dates: Column<u64>,
    lo: u64,
    hi: u64,
    range_score: Score,
}

impl Checked {
    fn new(rest: Box<dyn Scorer>, dates: Column<u64>, lo: u64, hi: u64, range_score: Score) -> Checked {
        let mut c = Checked { rest, dates, lo, hi, range_score };
        let first = c.rest.doc();
        c.settle(first);
        c
    }

    fn within(&self, doc: DocId) -> bool {
        self.dates.first(doc).is_some_and(|d| (self.lo..=self.hi).contains(&d))
    }

    /// From the rest's current document on, the first within the bounds.
    fn settle(&mut self, mut doc: DocId) -> DocId {
        while doc != TERMINATED && !self.within(doc) {
            doc = self.rest.advance();
        }
        doc
    }
}

impl DocSet for Checked {
    fn advance(&mut self) -> DocId {
        let doc = self.rest.advance();
        self.settle(doc)
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.rest.doc() >= target {
            return self.rest.doc();
        }
        let doc = self.rest.seek(target);
        self.settle(doc)
    }

    fn doc(&self) -> DocId {
        self.rest.doc()
    }

    fn size_hint(&self) -> u32 {
        self.rest.size_hint()
    }

    fn cost(&self) -> u64 {
        self.rest.cost().saturating_mul(LOOKUP_COST)
    }
}

impl Scorer for Checked {
    fn score(&mut self) -> Score {
        self.rest.score() + self.range_score
    }
}

/// The one `date:` clause to ask as a check on the rest of the query
/// (`Dated`), with its position: required, not joined by `OR`, and beside
/// another required clause that does not look at dates. Otherwise (a date
/// alone, or two dates) the date is a clause like any other.
pub(super) fn clause(q: &ParsedQuery) -> Option<(usize, Option<u64>, Option<u64>)> {
    let plain = |i: usize| {
        let c = &q.clauses[i];
        !c.negated && !c.or_previous && q.clauses.get(i + 1).is_none_or(|n| !n.or_previous)
    };
    let dates: Vec<usize> = (0..q.clauses.len())
        .filter(|&i| matches!(q.clauses[i].item, Item::Filter(Filter::Date(..))))
        .collect();
    let [at] = dates[..] else { return None };
    let Item::Filter(Filter::Date(lo, hi)) = q.clauses[at].item else { return None };
    let others = (0..q.clauses.len()).any(|i| i != at && !q.clauses[i].negated);
    (plain(at) && others).then_some((at, lo, hi))
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::{Count, TopDocs};
    use tantivy::query::{BooleanQuery, Occur, TermQuery};
    use tantivy::schema::{FAST, INDEXED, IndexRecordOption, Schema, TEXT};
    use tantivy::{Index, TantivyDocument};

    /// 3,000 turns over 100 days (30 a day), every third saying `alpha`,
    /// every fiftieth `beta`, every hundred-and-first undated.
    fn index() -> (Index, Field, Field) {
        let mut b = Schema::builder();
        let text = b.add_text_field("text", TEXT);
        let date = b.add_u64_field("date_num", INDEXED | FAST);
        let index = Index::create_in_ram(b.build());
        let mut w = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for i in 0..3000u64 {
            let mut d = TantivyDocument::default();
            let words = [(i % 3 == 0, "alpha"), (i % 50 == 0, "beta"), (true, "gamma")];
            let said: Vec<&str> = words.iter().filter(|(y, _)| *y).map(|(_, w)| *w).collect();
            d.add_text(text, said.join(" ").repeat(1 + (i % 4) as usize));
            if i % 101 != 0 {
                d.add_u64(date, 20100101 + i / 30);
            }
            w.add_document(d).unwrap();
        }
        w.commit().unwrap();
        (index, text, date)
    }

    /// Dated answers as the intersection with the day terms did: the same
    /// documents, the same scores, the same count, whichever way it checks.
    #[test]
    fn same_hits_and_scores_as_the_intersection() {
        let (index, text, date) = index();
        let searcher = index.reader().unwrap().searcher();
        let segment = searcher.segment_reader(0);
        let mut ways = std::collections::BTreeSet::new();
        for word in ["alpha", "beta", "gamma"] {
            for (lo, hi) in [
                (None, None),
                (Some(20100105), Some(20100105)),
                (Some(20100110), None),
                (None, Some(20100190)),
                (Some(20100120), Some(20100160)),
            ] {
                let rest = || -> Box<dyn Query> {
                    Box::new(TermQuery::new(Term::from_field_text(text, word), IndexRecordOption::WithFreqs))
                };
                let dated = Dated::new(rest(), date, lo, hi);
                let plain =
                    BooleanQuery::new(vec![(Occur::Must, rest()), (Occur::Must, Box::new(dated.range()))]);
                let top = TopDocs::with_limit(3000).order_by_score();
                let (a, b) = (searcher.search(&dated, &top).unwrap(), searcher.search(&plain, &top).unwrap());
                assert!(!b.is_empty() || word == "beta", "{word} {lo:?} {hi:?}: no hits to compare");
                assert_eq!(a.len(), b.len(), "{word} {lo:?} {hi:?}");
                for ((sa, da), (sb, db)) in a.iter().zip(&b) {
                    assert_eq!(da, db);
                    assert!((sa - sb).abs() < 1e-4, "{word}: {sa} against {sb}");
                }
                assert_eq!(searcher.search(&dated, &Count).unwrap(), b.len());
                let weight = dated.dated_weight(EnableScoring::enabled_from_searcher(&searcher)).unwrap();
                let rest_cost = weight.rest.scorer(segment, 1.0).unwrap().cost();
                ways.insert(rest_cost * LOOKUP_COST < weight.range_docs(segment).unwrap());
            }
        }
        assert_eq!(ways.len(), 2, "both ways (column and day terms) were tried");
    }

    #[test]
    fn a_date_beside_other_clauses_checks_them_and_a_date_alone_does_not() {
        let (_, f) = super::super::schema::build();
        let dated = |q: &str| super::super::plan::build(&super::super::query::parse(q), &f).is::<Dated>();
        assert!(dated("cartel date:2010..2012"));
        assert!(dated("cartel speaker:wicker date:2010"));
        assert!(!dated("date:2010..2012"));
        assert!(!dated("cartel date:2010 date:..2012"));
        assert!(!dated("cartel OR date:2010"));
        assert!(!dated("-cartel date:2010"));
    }
}
