//! The reader: a hearing's turns, its exchanges, sentences selected for
//! a quote.

use super::{Action, App, Reader, Screen};
use crate::index::search::StoredTurn;
use crate::summary::exchanges::Exchange;

impl App {
    /// Opens the reader at turn `seq` of a hearing.
    pub(super) fn open_turn(&mut self, hearing_id: &str, title: &str, seq: u64, from: Screen) {
        self.screen = Screen::Reader;
        let focus = self
            .hearings
            .get(hearing_id)
            .and_then(|turns| turns.iter().position(|t| t.seq == seq))
            .unwrap_or(seq.saturating_sub(1) as usize);
        self.reader = Reader {
            hearing_id: hearing_id.to_owned(),
            title: title.to_owned(),
            focus,
            offset: 0,
            from: Some(from),
            show_exchanges: false,
            sentences: None,
        };
    }

    /// The exchanges of the hearing open in the reader.
    pub fn reader_exchanges(&self) -> &[Exchange] {
        self.exchanges.get(&self.reader.hearing_id).map_or(&[], Vec::as_slice)
    }

    /// The turns of the hearing open in the reader (empty while loading).
    pub fn reader_turns(&self) -> &[StoredTurn] {
        self.hearings.get(&self.reader.hearing_id).map_or(&[], Vec::as_slice)
    }

    pub(super) fn reader_action(&mut self, a: Action) {
        let turns = self.reader_turns();
        let n = turns.len();
        if n == 0 {
            return;
        }
        let focus = self.reader.focus.min(n - 1);
        let find = |range: &mut dyn Iterator<Item = usize>, pred: &dyn Fn(&StoredTurn) -> bool| {
            Iterator::find(&mut &mut *range, |&i| pred(&turns[i]))
        };
        let speaker = turns[focus].speaker.clone();
        let hearing = self.reader.hearing_id.clone();
        let hit_seqs: Vec<u64> =
            self.results.hits.iter().filter(|h| h.hearing_id == hearing).map(|h| h.seq).collect();
        let new_focus = match a {
            Action::NextTurn | Action::SelectNext => Some((focus + 1).min(n - 1)),
            Action::PrevTurn | Action::SelectPrev => Some(focus.saturating_sub(1)),
            Action::Top => Some(0),
            Action::Bottom => Some(n - 1),
            Action::NextSameSpeaker => find(&mut (focus + 1..n), &|t| t.speaker == speaker),
            Action::PrevSameSpeaker => find(&mut (0..focus).rev(), &|t| t.speaker == speaker),
            Action::NextMatch => find(&mut (focus + 1..n), &|t| hit_seqs.contains(&t.seq)),
            Action::PrevMatch => find(&mut (0..focus).rev(), &|t| hit_seqs.contains(&t.seq)),
            Action::NextExchange => next_exchange(turns, self.reader_exchanges(), focus, true),
            Action::PrevExchange => next_exchange(turns, self.reader_exchanges(), focus, false),
            Action::ScrollDown => {
                self.reader.offset += 1;
                None
            }
            Action::ScrollUp => {
                self.reader.offset -= 1;
                None
            }
            Action::PageDown => {
                self.reader.offset += self.page_rows.max(2) as i32 - 1;
                None
            }
            Action::PageUp => {
                self.reader.offset -= self.page_rows.max(2) as i32 - 1;
                None
            }
            _ => None,
        };
        // A jump with nowhere to go says so, instead of doing nothing.
        let nowhere = match a {
            Action::NextMatch if hit_seqs.is_empty() => Some("no search hits in this hearing"),
            Action::NextMatch | Action::PrevMatch if new_focus.is_none() => Some(if a == Action::NextMatch {
                "no later match in this hearing"
            } else {
                "no earlier match"
            }),
            Action::NextExchange if new_focus.is_none() => Some("this is the last exchange"),
            Action::PrevExchange if new_focus.is_none() => Some("this is the first exchange"),
            Action::NextSameSpeaker if new_focus.is_none() => Some("they do not speak again"),
            Action::PrevSameSpeaker if new_focus.is_none() => Some("they have not spoken before"),
            _ => None,
        };
        if let Some(why) = nowhere {
            self.status = Some(why.to_owned());
        }
        if let Some(f) = new_focus {
            if f != self.reader.focus {
                self.reader.sentences = None;
            }
            self.reader.focus = f;
            self.reader.offset = 0;
        }
    }

    /// `v` starts (or ends) a selection at the focused turn's first
    /// sentence; the arrows grow and shrink it, `<`/`>` move it.
    pub(super) fn select_sentences(&mut self, a: Action) {
        let Some(t) = self.reader_turns().get(self.reader.focus) else { return };
        let n = crate::export::sentences::split(&t.text.replace('\n', " ")).len().max(1);
        let sel = match (a, self.reader.sentences) {
            (Action::SelectSentences, Some(_)) => None,
            (Action::SelectSentences, None) => Some((1, 1)),
            (_, None) => None,
            (Action::ExtendSelection, Some((x, y))) => Some((x, (y + 1).min(n))),
            (Action::ShrinkSelection, Some((x, y))) => Some((x, y.saturating_sub(1).max(x))),
            (Action::SelectionForward, Some((x, y))) if y < n => Some((x + 1, y + 1)),
            (Action::SelectionBack, Some((x, y))) if x > 1 => Some((x - 1, y - 1)),
            (_, keep) => keep,
        };
        self.reader.sentences = sel;
        self.status = Some(match sel {
            Some((x, y)) if x == y => format!("sentence {x} of {n} selected: → ← < > change it, m marks it"),
            Some((x, y)) => format!("sentences {x}–{y} of {n} selected: m marks them"),
            None => "selection cleared".to_owned(),
        });
    }
}

/// The first turn of the next (or previous) exchange, as
/// `analysis::exchanges` finds them.
fn next_exchange(turns: &[StoredTurn], exchanges: &[Exchange], focus: usize, forward: bool) -> Option<usize> {
    let starts: Vec<usize> =
        exchanges.iter().filter_map(|e| turns.iter().position(|t| t.seq == e.first_seq)).collect();
    if forward {
        starts.into_iter().find(|&s| s > focus)
    } else {
        // Back to the start of the exchange we are in, or the one before.
        starts.into_iter().rev().find(|&s| s < focus)
    }
}
