//! The filter picker's actions.

use super::{Action, App, Effect, Screen};

impl App {
    pub(super) fn picker_action(&mut self, a: Action) -> Vec<Effect> {
        let Some(p) = &mut self.picker else {
            self.screen = self.picker_from;
            return Vec::new();
        };
        match a {
            Action::NextField => p.next_field(true, &self.hearing_list),
            Action::PrevField => p.next_field(false, &self.hearing_list),
            Action::SelectNext => p.selected = (p.selected + 1).min(p.matches.len().saturating_sub(1)),
            Action::SelectPrev => p.selected = p.selected.saturating_sub(1),
            Action::DeleteChar => {
                p.input.pop();
                p.rematch();
            }
            Action::ClearQuery => {
                p.input.clear();
                p.rematch();
            }
            Action::Back => {
                self.picker = None;
                self.screen = self.picker_from;
            }
            Action::Open => {
                let chosen = p.chosen();
                self.picker = None;
                // The search screen shows what the new chip finds.
                self.screen = Screen::Search;
                if let Some(f) = chosen
                    && !self.filters.contains(&f)
                {
                    self.filters.push(f);
                    return self.search();
                }
            }
            _ => {}
        }
        Vec::new()
    }
}
