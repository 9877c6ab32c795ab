//! The hearing browser's list: every indexed hearing, narrowed by what was
//! typed after `/`, moved through a hearing or a page at a time.

use super::App;
use crate::summary::HearingSummary;

impl App {
    /// The hearing browser's rows: every hearing, or those whose title,
    /// committee, id or date hold what was typed after `/` (any case).
    pub fn visible_hearings(&self) -> Vec<&HearingSummary> {
        let needle = self.hearing_filter.as_deref().unwrap_or("").to_lowercase();
        self.hearing_list
            .iter()
            .filter(|h| {
                needle.is_empty() || {
                    let h = &h.hearing;
                    [
                        h.title.as_str(),
                        h.committee.as_deref().unwrap_or(""),
                        h.subcommittee.as_deref().unwrap_or(""),
                        h.id.as_str(),
                        h.date().unwrap_or(""),
                    ]
                    .iter()
                    .any(|f| f.to_lowercase().contains(&needle))
                }
            })
            .collect()
    }

    pub(super) fn move_hearing(&mut self, by: isize) {
        let last = self.visible_hearings().len().saturating_sub(1);
        self.hearing_selected = self.hearing_selected.saturating_add_signed(by).min(last);
    }

    /// Each hearing takes three lines in the browser.
    pub(super) fn hearings_per_page(&self) -> isize {
        (self.page_rows / 3).max(1) as isize
    }
}
