//! The compare screen: opening it for the speaker in focus, asking the
//! worker, moving through its rows.

use super::{Action, App, Effect, Screen};
use crate::index::query;
use crate::tui::compare::CompareView;

impl App {
    /// The compare screen for the speaker in focus (the selected hit, or the
    /// reader's turn) on the current query; from the reader the right pane
    /// starts with the other side of the exchange.
    pub(super) fn open_compare(&mut self) -> Vec<Effect> {
        let (left, right) = match self.screen {
            Screen::Reader => {
                let turns = self.reader_turns();
                let Some(turn) = turns.get(self.reader.focus) else { return Vec::new() };
                let exchange =
                    self.reader_exchanges().iter().find(|e| (e.first_seq..=e.last_seq).contains(&turn.seq));
                let right = exchange.and_then(|e| {
                    if e.questioner == turn.speaker {
                        e.respondents.first().cloned()
                    } else {
                        Some(e.questioner.clone())
                    }
                });
                (turn.speaker.clone(), right)
            }
            _ => match self.selected_hit() {
                Some(h) => (h.speaker.clone(), None),
                None => {
                    self.status = Some("no hit selected: search first, then compare its speaker".to_owned());
                    return Vec::new();
                }
            },
        };
        let topic = query::without_filter(&self.full_query(), "speaker");
        self.compare = Some(CompareView::new(topic, left, right));
        self.compare_from = self.screen;
        self.screen = Screen::Compare;
        self.request_compare()
    }

    pub(super) fn request_compare(&mut self) -> Vec<Effect> {
        let Some(view) = &self.compare else { return Vec::new() };
        self.compare_generation += 1;
        vec![Effect::Compare {
            generation: self.compare_generation,
            topic: view.topic.clone(),
            left: view.left.clone(),
            right: view.right.clone(),
        }]
    }

    pub(super) fn compare_action(&mut self, a: Action) -> Vec<Effect> {
        let Some(view) = &mut self.compare else {
            self.screen = self.compare_from;
            return Vec::new();
        };
        let last = view.rows().len().saturating_sub(1);
        match a {
            Action::SelectNext => view.selected = (view.selected + 1).min(last),
            Action::SelectPrev => view.selected = view.selected.saturating_sub(1),
            Action::PageDown => view.selected = (view.selected + 5).min(last),
            Action::PageUp => view.selected = view.selected.saturating_sub(5),
            Action::Top => view.selected = 0,
            Action::Bottom => view.selected = last,
            Action::SwapSides => view.swap(),
            Action::NextSpeaker => match view.next_right() {
                Some(next) if view.right.as_ref() != Some(&next) => {
                    view.right = Some(next);
                    view.data = None;
                    return self.request_compare();
                }
                _ => self.status = Some("nobody else speaks on this topic".to_owned()),
            },
            Action::Open => {
                let rows = view.rows();
                let target = rows.get(view.selected).and_then(|r| {
                    let s = r.left.first().or(r.right.first())?;
                    Some((r.hearing_id.to_owned(), r.title.to_owned(), s.seq, s.turn_id.clone()))
                });
                if let Some((_, _, _, turn_id)) =
                    target.as_ref().filter(|t| t.3.rsplit('#').next().is_some_and(|s| s.starts_with('s')))
                {
                    // The reader shows spoken turns; a statement has none to open at.
                    self.status = Some(format!(
                        "{turn_id} is a statement submitted for the record, not a spoken turn; `gavel quote {turn_id}` quotes it"
                    ));
                    return Vec::new();
                }
                if let Some((id, title, seq, _)) = target {
                    // The reader the comparison came from is replaced: back
                    // from here goes reader → compare → search, not round in a loop.
                    if self.compare_from == Screen::Reader {
                        self.compare_from = Screen::Search;
                    }
                    self.open_turn(&id, &title, seq, Screen::Compare);
                    if !self.hearings.contains_key(&id) {
                        return vec![Effect::LoadHearing(id)];
                    }
                }
            }
            Action::Back => self.screen = self.compare_from,
            _ => {}
        }
        Vec::new()
    }
}
