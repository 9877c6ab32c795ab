//! One page of hits in the order asked for: by relevance (the default), or
//! by hearing date, oldest or newest first, with an offset to page through
//! (`gavel search --sort date --offset 20`).

use super::query;
use super::search::Results;
use super::{IndexError, Library};
use std::collections::HashSet;
use tantivy::collector::DocSetCollector;
use tantivy::{DocAddress, Searcher};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Order {
    #[default]
    Relevance,
    /// Oldest hearing first.
    Oldest,
    /// Newest hearing first.
    Newest,
}

impl Library {
    /// Hits `offset..offset + limit` of a query in `order`; `total` counts
    /// every match. Within one date, turns keep the index's order (a
    /// hearing's turns in transcript order), so pages never overlap.
    pub fn search_page(
        &self,
        input: &str,
        offset: usize,
        limit: usize,
        order: Order,
    ) -> Result<Results, IndexError> {
        let descending = match order {
            Order::Relevance => {
                let mut r = self.search(input, offset.saturating_add(limit))?;
                r.hits.drain(..offset.min(r.hits.len()));
                return Ok(r);
            }
            Order::Oldest => false,
            Order::Newest => true,
        };
        let parsed = query::parse(input);
        let mut results = Results { notes: parsed.notes.clone(), ..Results::default() };
        if parsed.is_empty() || limit == 0 {
            return Ok(results);
        }
        let q = super::plan::build(&parsed, &self.fields);
        let searcher = self.reader.searcher();
        let mut keyed = dated(&searcher, &searcher.search(&*q, &DocSetCollector)?)?;
        // Undated hearings last either way; hearings of one day by id; a
        // hearing's turns in transcript order; the index's order breaks any
        // tie, so pages asked one by one never overlap.
        keyed.sort_by(|a, b| {
            let date = |k: &Keyed| match (k.date, descending) {
                (0, true) => 0,
                (0, false) => u64::MAX,
                (d, _) => d,
            };
            let by_date = if descending { date(b).cmp(&date(a)) } else { date(a).cmp(&date(b)) };
            // Submitted statements (seq 0) after the hearing's turns.
            let seq = |k: &Keyed| if k.seq == 0 { u64::MAX } else { k.seq };
            by_date
                .then_with(|| a.hearing.cmp(&b.hearing))
                .then_with(|| seq(a).cmp(&seq(b)))
                .then_with(|| (a.addr.segment_ord, a.addr.doc_id).cmp(&(b.addr.segment_ord, b.addr.doc_id)))
        });
        let total = keyed.len();
        let top: Vec<(f32, DocAddress)> =
            keyed.into_iter().skip(offset).take(limit).map(|k| (0.0, k.addr)).collect();
        let highlighter = self.highlighter(&parsed);
        results.hits =
            self.hits_at(&searcher, top.into_iter().map(|(_, a)| (0.0, a)).collect(), Some(&highlighter))?;
        results.total = total;
        Ok(results)
    }
}

/// A matching document's place in date order.
struct Keyed {
    date: u64,
    hearing: String,
    seq: u64,
    addr: DocAddress,
}

/// The date, hearing and sequence of each document, read from the fast
/// columns segment by segment: every match is read, which a date order
/// needs (tantivy's top-k by one field cannot break ties by hearing and
/// turn), at the cost of a column lookup per match, not a stored document.
fn dated(searcher: &Searcher, docs: &HashSet<DocAddress>) -> Result<Vec<Keyed>, IndexError> {
    let mut by_segment: Vec<Vec<DocAddress>> = vec![Vec::new(); searcher.segment_readers().len()];
    for a in docs {
        by_segment[a.segment_ord as usize].push(*a);
    }
    let mut out = Vec::with_capacity(docs.len());
    let mut name = String::new();
    for (ord, addrs) in by_segment.into_iter().enumerate() {
        if addrs.is_empty() {
            continue;
        }
        let fast = searcher.segment_reader(ord as u32).fast_fields();
        let date = fast.u64("date_num")?;
        let seq = fast.u64("seq")?;
        let hearing = fast.str("hearing_id")?;
        for addr in addrs {
            name.clear();
            if let Some(h) = &hearing
                && let Some(term) = h.term_ords(addr.doc_id).next()
            {
                h.ord_to_str(term, &mut name).map_err(tantivy::TantivyError::from)?;
            }
            out.push(Keyed {
                date: date.first(addr.doc_id).unwrap_or(0),
                hearing: name.clone(),
                seq: seq.first(addr.doc_id).unwrap_or(0),
                addr,
            });
        }
    }
    Ok(out)
}
