//! The compare screen's state: two people on one topic, hearing by hearing
//! in date order, the two panes scrolling together through time.

use crate::analysis::compare::{HearingGroup, Statement, TrendRow};

/// What the worker finds for a comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub left: Vec<HearingGroup>,
    pub right: Vec<HearingGroup>,
    /// The topic in every hearing, oldest first: the sparkline.
    pub trend: Vec<TrendRow>,
    /// People who speak on the topic, most first: who `Tab` brings into the right pane.
    pub others: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CompareView {
    /// The query without its speaker filters.
    pub topic: String,
    pub left: String,
    /// None: the worker picks the person who speaks most on the topic.
    pub right: Option<String>,
    pub data: Option<Comparison>,
    /// The row (hearing) at the top of both panes.
    pub selected: usize,
}

/// One hearing in which either person spoke on the topic.
pub struct Row<'a> {
    pub hearing_id: &'a str,
    pub title: &'a str,
    pub date: Option<&'a str>,
    pub left: &'a [Statement],
    pub right: &'a [Statement],
}

impl CompareView {
    pub fn new(topic: String, left: String, right: Option<String>) -> CompareView {
        CompareView { topic, left, right, data: None, selected: 0 }
    }

    /// Both people's hearings merged into one timeline, oldest first.
    pub fn rows(&self) -> Vec<Row<'_>> {
        let Some(data) = &self.data else { return Vec::new() };
        let mut rows: Vec<Row> = Vec::new();
        for (g, is_left) in data.left.iter().map(|g| (g, true)).chain(data.right.iter().map(|g| (g, false))) {
            let row = match rows.iter_mut().find(|r| r.hearing_id == g.hearing_id) {
                Some(r) => r,
                None => {
                    rows.push(Row {
                        hearing_id: &g.hearing_id,
                        title: &g.hearing_title,
                        date: g.date.as_deref(),
                        left: &[],
                        right: &[],
                    });
                    rows.last_mut().expect("just pushed")
                }
            };
            if is_left {
                row.left = &g.statements;
            } else {
                row.right = &g.statements;
            }
        }
        rows.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.hearing_id.cmp(b.hearing_id)));
        rows
    }

    /// The next person for the right pane, after the one shown.
    pub fn next_right(&self) -> Option<String> {
        let others: Vec<&String> = self.data.as_ref()?.others.iter().filter(|o| **o != self.left).collect();
        if others.is_empty() {
            return None;
        }
        let at = self.right.as_ref().and_then(|r| others.iter().position(|o| *o == r));
        Some(others[at.map_or(0, |i| (i + 1) % others.len())].clone())
    }

    pub fn swap(&mut self) {
        let Some(right) = self.right.take() else { return };
        self.right = Some(std::mem::replace(&mut self.left, right));
        if let Some(d) = &mut self.data {
            std::mem::swap(&mut d.left, &mut d.right);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(id: &str, date: &str, seqs: &[u64]) -> HearingGroup {
        HearingGroup {
            hearing_id: id.into(),
            hearing_title: format!("Hearing {id}"),
            date: Some(date.into()),
            statements: seqs
                .iter()
                .map(|s| Statement {
                    turn_id: format!("{id}#{s}"),
                    seq: *s,
                    speaker: String::new(),
                    page: None,
                    key_sentence: String::new(),
                    written: false,
                })
                .collect(),
        }
    }

    #[test]
    fn rows_merge_both_people_into_one_timeline() {
        let mut v = CompareView::new("inflation".into(), "A".into(), Some("B".into()));
        v.data = Some(Comparison {
            left: vec![group("h1", "2005-02-16", &[3, 9]), group("h3", "2007-02-14", &[4])],
            right: vec![group("h2", "2006-02-15", &[2]), group("h3", "2007-02-14", &[7])],
            trend: Vec::new(),
            others: vec!["A".into(), "B".into(), "C".into()],
        });
        let rows = v.rows();
        let ids: Vec<&str> = rows.iter().map(|r| r.hearing_id).collect();
        assert_eq!(ids, ["h1", "h2", "h3"]);
        assert_eq!((rows[0].left.len(), rows[0].right.len()), (2, 0));
        assert_eq!((rows[2].left[0].seq, rows[2].right[0].seq), (4, 7));
        assert_eq!(v.next_right().as_deref(), Some("C"));
        v.swap();
        assert_eq!((v.left.as_str(), v.right.as_deref()), ("B", Some("A")));
        assert_eq!(v.rows()[1].left.len(), 1, "h2 was B's and moved left");
    }
}
