//! The best-scored documents of a query, with the bar for entering them
//! shared between segments.
//!
//! tantivy's `TopDocs` finds each segment's best on its own: block-max
//! pruning in a segment skips only what cannot beat that segment's k-th
//! best, which starts from nothing in every segment. With the thirty-odd
//! segments of a large index (`writer::MERGED_DOCS`) that is thirty heaps
//! to fill before any block is skipped. Here the k-th best score any
//! segment has found is a floor for all of them: k documents at least that
//! good exist, so no document below it can be among the best k. The answer
//! is `TopDocs::with_limit(k).order_by_score()`'s, ties included (a test
//! compares): a score equal to the floor still comes in, since a document
//! of an earlier segment wins a tie against the one that set it.

use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::sync::atomic::{AtomicU32, Ordering as Atomic};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::query::Weight;
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

/// The `k` best-scored documents, best first; equal scores in index order.
pub struct TopScored {
    k: usize,
    /// The best k-th score of any segment so far, as `f32` bits (scores
    /// here are never negative, and non-negative floats order as their bits).
    floor: AtomicU32,
}

impl TopScored {
    pub fn with_limit(k: usize) -> TopScored {
        TopScored { k, floor: AtomicU32::new(0f32.to_bits()) }
    }

    /// The threshold below which a segment may skip documents: just under
    /// the floor, so that documents scoring exactly the floor still come.
    fn bar(&self) -> Score {
        let floor = f32::from_bits(self.floor.load(Atomic::Relaxed));
        if floor > 0.0 { f32::from_bits(floor.to_bits() - 1) } else { Score::MIN }
    }

    fn raise(&self, kth: Score) {
        if kth > 0.0 {
            self.floor.fetch_max(kth.to_bits(), Atomic::Relaxed);
        }
    }
}

/// A document in a segment's heap: the least good on top (lower score, or
/// equal score and later document).
#[derive(PartialEq)]
struct Entry {
    score: Score,
    doc: DocId,
}

impl Eq for Entry {}

impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        other.score.total_cmp(&self.score).then_with(|| self.doc.cmp(&other.doc))
    }
}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// A segment's best k. Documents come in ascending order, so one that only
/// ties the worst kept loses the tie and is refused.
pub struct SegmentTop {
    k: usize,
    segment: SegmentOrdinal,
    heap: BinaryHeap<Entry>,
}

impl SegmentTop {
    /// Offers a document; returns the segment's k-th best score once it has k.
    fn push(&mut self, doc: DocId, score: Score) -> Option<Score> {
        if self.heap.len() < self.k {
            self.heap.push(Entry { score, doc });
        } else if self.heap.peek().is_some_and(|worst| score > worst.score) {
            self.heap.pop();
            self.heap.push(Entry { score, doc });
        }
        (self.heap.len() == self.k).then(|| self.heap.peek().map_or(Score::MIN, |e| e.score))
    }
}

impl SegmentCollector for SegmentTop {
    type Fruit = Vec<(Score, DocAddress)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        self.push(doc, score);
    }

    fn harvest(self) -> Self::Fruit {
        let segment = self.segment;
        self.heap.into_iter().map(|e| (e.score, DocAddress::new(segment, e.doc))).collect()
    }
}

impl Collector for TopScored {
    type Fruit = Vec<(Score, DocAddress)>;
    type Child = SegmentTop;

    fn for_segment(&self, segment: SegmentOrdinal, _reader: &SegmentReader) -> tantivy::Result<SegmentTop> {
        Ok(SegmentTop { k: self.k, segment, heap: BinaryHeap::with_capacity(self.k.min(4096)) })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Self::Fruit>) -> tantivy::Result<Self::Fruit> {
        let mut all: Vec<(Score, DocAddress)> = fruits.into_iter().flatten().collect();
        all.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        all.truncate(self.k);
        Ok(all)
    }

    fn collect_segment(
        &self,
        weight: &dyn Weight,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<Self::Fruit> {
        let mut top = self.for_segment(segment, reader)?;
        let alive = reader.alive_bitset();
        let mut own = Score::MIN;
        weight.for_each_pruning(self.bar(), reader, &mut |doc, score| {
            if alive.is_none_or(|a| a.is_alive(doc))
                && let Some(kth) = top.push(doc, score)
            {
                own = kth;
                self.raise(kth);
            }
            own.max(self.bar())
        })?;
        Ok(top.harvest())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::TopDocs;
    use tantivy::query::QueryParser;
    use tantivy::{Index, TantivyDocument};

    /// An index of several segments whose texts repeat, so that many
    /// documents tie, and one word is in nearly all of them.
    fn index() -> (Index, tantivy::schema::Field) {
        let (index, text, mut w) = crate::index::text_index();
        let lines = [
            "levee levee inspection",
            "levee",
            "inspection of the levee and the harbor",
            "harbor dredging levee levee levee",
            "the levee",
            "cargo",
        ];
        for round in 0..7u32 {
            for i in 0..900u32 {
                let mut d = TantivyDocument::new();
                let line = lines[((i * 7 + round) % lines.len() as u32) as usize];
                d.add_text(text, format!("{line} {}", "harbor ".repeat((i % 3) as usize)));
                w.add_document(d).unwrap();
            }
            if round % 2 == 0 {
                w.delete_term(tantivy::Term::from_field_text(text, "cargo"));
            }
            w.commit().unwrap();
        }
        (index, text)
    }

    #[test]
    fn the_shared_floor_finds_what_topdocs_finds() {
        let (mut index, text) = index();
        for threads in [1, 3] {
            index.set_multithread_executor(threads).unwrap();
            let searcher = index.reader().unwrap().searcher();
            assert!(searcher.segment_readers().len() >= 4, "several segments");
            let parser = QueryParser::for_index(&index, vec![text]);
            for q in ["levee", "levee harbor", "+levee +harbor", "levee inspection", "cargo", "nothing"] {
                let q = parser.parse_query(q).unwrap();
                for k in [1, 5, 20, 700, 10_000] {
                    let ours = searcher.search(&q, &TopScored::with_limit(k)).unwrap();
                    let theirs = searcher.search(&q, &TopDocs::with_limit(k).order_by_score()).unwrap();
                    assert_eq!(ours, theirs, "{q:?}, k {k}, {threads} threads");
                }
            }
        }
    }

    #[test]
    fn without_pruning_a_segment_keeps_its_best_and_wins_ties_by_order() {
        let mut top = SegmentTop { k: 2, segment: 3, heap: BinaryHeap::new() };
        for (doc, score) in [(1, 1.0), (2, 2.0), (3, 2.0), (4, 1.5), (5, 3.0)] {
            top.collect(doc, score);
        }
        let mut got = top.harvest();
        got.sort_by(|a, b| b.0.total_cmp(&a.0));
        assert_eq!(got, vec![(3.0, DocAddress::new(3, 5)), (2.0, DocAddress::new(3, 2))]);
    }
}
