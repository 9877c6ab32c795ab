//! Counting a query's matches when there are very many of them.
//!
//! tantivy ranks an intersection of words with block-max pruning, visiting a
//! small share of its matches; counting them exactly visits every one. For
//! `fentanyl precursor` at 5 GB (1.9 million turns) the count was most of
//! the query's time. Issue #19 lets such counts be estimates when they are
//! marked as such, so beyond `EXACT_UP_TO` the count is read off a sample: a
//! share of each segment's documents, in windows spread over the whole
//! segment (documents are in the order their files were indexed, so one
//! window would see only some hearings), scaled up and rounded.

use tantivy::query::Query;
use tantivy::schema::IndexRecordOption;
use tantivy::{DocSet, Searcher, SegmentReader, Term};

/// Counts up to this are exact; a user can tell 95,000 from 100,000 but
/// nobody reads the last digits of 1.9 million.
pub const EXACT_UP_TO: usize = 100_000;

/// The sample: the first `WINDOW` documents of every `STRIDE`, one in eight.
/// A window of 1,024 turns is a few hearings; the stride spreads the sample
/// over the whole segment (documents are in the order their files were
/// indexed, so one stretch would see only some hearings, or some years).
const WINDOW: u32 = 1024;
const STRIDE: u32 = 8 * WINDOW;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted {
    pub n: usize,
    /// `n` is an estimate, rounded to two significant figures.
    pub estimated: bool,
}

/// The number of documents that have every one of `words` (terms of one
/// field), which is what `q` matches: estimated from the sample when that
/// says there are more than `exact_up_to`, else counted exactly by `q`.
///
/// The sample is counted as tantivy counts a dense intersection, a bitmask
/// of each word's documents in the window, ANDed: a document-at-a-time
/// intersection over the same sample (seeking one word's postings to each
/// document of the other) took as long as tantivy's exact count of all.
pub fn count_words(
    searcher: &Searcher,
    q: &dyn Query,
    words: &[Term],
    exact_up_to: usize,
) -> tantivy::Result<Counted> {
    count_split(searcher, q, words, exact_up_to, PARALLEL_FROM)
}

fn count_split(
    searcher: &Searcher,
    q: &dyn Query,
    words: &[Term],
    exact_up_to: usize,
    parallel_from: u64,
) -> tantivy::Result<Counted> {
    let readers = searcher.segment_readers();
    // A large index's segments are sampled on two cores, as its searches
    // are: the larger segments on one side until it holds half the documents.
    let docs: u64 = readers.iter().map(|r| u64::from(r.max_doc())).sum();
    let (sampled, sampled_docs) = if readers.len() > 1 && docs >= parallel_from {
        let mut order: Vec<&SegmentReader> = readers.iter().collect();
        order.sort_by_key(|r| std::cmp::Reverse(r.max_doc()));
        let (mut one, mut two, mut held) = (Vec::new(), Vec::new(), 0u64);
        for r in order {
            if held * 2 < docs {
                held += u64::from(r.max_doc());
                one.push(r);
            } else {
                two.push(r);
            }
        }
        let (a, b) = std::thread::scope(|s| {
            let other = s.spawn(|| sample(&two, words));
            (sample(&one, words), other.join().expect("the sampling thread"))
        });
        let (a, b) = (a?, b?);
        (a.0 + b.0, a.1 + b.1)
    } else {
        sample(&readers.iter().collect::<Vec<_>>(), words)?
    };
    if let Some(estimate) = (sampled * docs).checked_div(sampled_docs)
        && estimate as usize > exact_up_to
    {
        return Ok(Counted { n: round(estimate) as usize, estimated: true });
    }
    Ok(Counted { n: searcher.search(q, &tantivy::collector::Count)?, estimated: false })
}

/// An index of at least this many documents is sampled on two threads.
const PARALLEL_FROM: u64 = 1 << 20;

/// The documents of the sample that have every word, and the sample's size.
fn sample(readers: &[&SegmentReader], words: &[Term]) -> tantivy::Result<(u64, u64)> {
    let (mut sampled, mut sampled_docs) = (0u64, 0u64);
    let Some(first) = words.first() else { return Ok((0, 0)) };
    for reader in readers {
        let max = reader.max_doc();
        sampled_docs +=
            u64::from((0..max).step_by(STRIDE as usize).map(|b| WINDOW.min(max - b)).sum::<u32>());
        let index = reader.inverted_index(first.field())?;
        let mut lists = Vec::with_capacity(words.len());
        for w in words {
            match index.read_postings(w, IndexRecordOption::Basic)? {
                Some(p) => lists.push(p),
                None => break,
            }
        }
        if lists.len() < words.len() {
            continue;
        }
        let alive = reader.alive_bitset();
        for base in (0..max).step_by(STRIDE as usize) {
            let mut mask = [u64::MAX; (WINDOW / 64) as usize];
            for list in &mut lists {
                and_window(list, base, &mut mask);
            }
            for (i, bits) in mask.iter().enumerate() {
                let mut bits = *bits;
                while bits != 0 {
                    let doc = base + i as u32 * 64 + bits.trailing_zeros();
                    bits &= bits - 1;
                    if alive.is_none_or(|a| a.is_alive(doc)) {
                        sampled += 1;
                    }
                }
            }
        }
    }
    Ok((sampled, sampled_docs))
}

/// Keeps in `mask` the documents of `[base, base + WINDOW)` that `list` has.
fn and_window(
    list: &mut tantivy::postings::SegmentPostings,
    base: u32,
    mask: &mut [u64; (WINDOW / 64) as usize],
) {
    let mut have = [0u64; (WINDOW / 64) as usize];
    let mut doc = list.doc();
    if doc < base {
        doc = list.seek(base);
    }
    while doc < base + WINDOW {
        let d = doc - base;
        have[(d / 64) as usize] |= 1 << (d % 64);
        doc = list.advance();
    }
    for (m, h) in mask.iter_mut().zip(have) {
        *m &= h;
    }
}

/// Two significant figures: 1,936,112 is about 1,900,000.
fn round(n: u64) -> u64 {
    let mut unit = 1;
    while n / unit >= 100 {
        unit *= 10;
    }
    (n + unit / 2) / unit * unit
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::TantivyDocument;
    use tantivy::query::{BooleanQuery, Occur, TermQuery};

    /// 40,000 documents: `alpha` in every second, `beta` in every third,
    /// `gamma` in the first 3,000 only (a word of some years only), `delta`
    /// in none.
    fn searcher() -> (Searcher, tantivy::schema::Field) {
        let (index, text, mut w) = crate::index::text_index();
        for i in 0..40_000 {
            if i == 25_000 {
                w.commit().unwrap(); // two segments, for the split over two threads
            }
            let words = [(i % 2 == 0, "alpha"), (i % 3 == 0, "beta"), (i < 3000, "gamma"), (true, "said")];
            let said: Vec<&str> = words.iter().filter(|(y, _)| *y).map(|(_, w)| *w).collect();
            let mut d = TantivyDocument::default();
            d.add_text(text, said.join(" "));
            w.add_document(d).unwrap();
        }
        w.commit().unwrap();
        (index.reader().unwrap().searcher(), text)
    }

    /// The words' terms, and the query that asks for all of them.
    fn all_of(text: tantivy::schema::Field, words: &[&str]) -> (Vec<Term>, BooleanQuery) {
        let terms: Vec<Term> = words.iter().map(|w| Term::from_field_text(text, w)).collect();
        let must = |t: &Term| {
            (Occur::Must, Box::new(TermQuery::new(t.clone(), IndexRecordOption::Basic)) as Box<dyn Query>)
        };
        let q = BooleanQuery::new(terms.iter().map(must).collect());
        (terms, q)
    }

    fn counted(
        searcher: &Searcher,
        text: tantivy::schema::Field,
        words: &[&str],
        exact_up_to: usize,
    ) -> Counted {
        let (terms, q) = all_of(text, words);
        count_words(searcher, &q, &terms, exact_up_to).unwrap()
    }

    #[test]
    fn many_matches_are_estimated_and_said_to_be() {
        let (searcher, text) = searcher();
        // 6,667 documents have both.
        let c = counted(&searcher, text, &["alpha", "beta"], 1000);
        assert!(c.estimated);
        assert!((6000..=7400).contains(&c.n), "{c:?}");
        assert_eq!(c.n, round(c.n as u64) as usize, "rounded");
        // Below the threshold the same question is counted exactly.
        assert_eq!(
            counted(&searcher, text, &["alpha", "beta"], 10_000),
            Counted { n: 6667, estimated: false }
        );
    }

    #[test]
    fn two_threads_sample_what_one_does() {
        let (searcher, text) = searcher();
        assert_eq!(searcher.segment_readers().len(), 2);
        let (terms, q) = all_of(text, &["alpha", "beta"]);
        let one = count_split(&searcher, &q, &terms, 1000, u64::MAX).unwrap();
        assert!(one.estimated);
        assert_eq!(count_split(&searcher, &q, &terms, 1000, 0).unwrap(), one);
    }

    #[test]
    fn few_matches_or_none_are_exact() {
        let (searcher, text) = searcher();
        // All 1,500 at the start, where the first window sees 512 of them
        // (the sample says 4,000): under the threshold, counted exactly.
        assert_eq!(
            counted(&searcher, text, &["alpha", "gamma"], 5000),
            Counted { n: 1500, estimated: false }
        );
        assert_eq!(counted(&searcher, text, &["alpha", "delta"], 10), Counted { n: 0, estimated: false });
    }

    #[test]
    fn rounds_to_two_figures() {
        assert_eq!(round(1_936_112), 1_900_000);
        assert_eq!(round(1_960_000), 2_000_000);
        assert_eq!(round(104_999), 100_000);
        assert_eq!(round(87), 87);
    }
}
