//! The verify screen: an article's quotations on the left; on the right the
//! selected quotation's source turn in the record, moved through with the
//! reader's keys (the reader's state is the right pane's). A quotation tied
//! to no turn clears that state, so nothing of another quotation's source
//! is shown, marked or copied in its place.

use super::{Action, App, Effect, Reader, Screen};
use crate::analysis::verify::Checked;
use crate::tui::verify::{VerifyView, turn_of};

impl App {
    /// Opens the verify screen on an article; the worker reads and checks it.
    pub fn open_article(&mut self, article: String) -> Vec<Effect> {
        let from = match (&self.verify, self.screen) {
            (Some(v), Screen::Verify) => v.from,
            (_, screen) => screen,
        };
        self.verify = Some(VerifyView::new(article.clone(), from));
        self.screen = Screen::Verify;
        self.reader = Reader { from: Some(Screen::Verify), ..Reader::default() };
        let mut effects = vec![Effect::Verify(article)];
        // Hearing titles, for the record's pane.
        if self.hearing_list.is_empty() {
            effects.push(Effect::LoadHearingList);
        }
        effects
    }

    /// The article shown checked again (the index was being filled when it
    /// was first checked, so a quotation may have been not found for that).
    pub(super) fn verify_again(&mut self) -> Vec<Effect> {
        let Some(v) = &mut self.verify else { return Vec::new() };
        v.set_checked(None);
        vec![Effect::Verify(v.article.clone())]
    }

    /// The worker's verdicts on an article (stale ones, for an article no
    /// longer shown, are dropped).
    pub(super) fn verified(
        &mut self,
        article: String,
        result: Result<Vec<Checked>, String>,
        notes: &[String],
    ) -> Vec<Effect> {
        let Some(v) = self.verify.as_mut().filter(|v| v.article == article) else { return Vec::new() };
        match result {
            Ok(checked) => {
                if checked.is_empty() {
                    self.status = Some(format!("no quotations found in {article}"));
                } else if !notes.is_empty() {
                    // The CLI says so on stderr; here the status bar does.
                    self.status = Some(format!("{article}: {}", notes.join("; ")));
                }
                v.set_checked(Some(checked));
            }
            Err(e) => {
                v.set_checked(Some(Vec::new()));
                self.error = Some(e);
            }
        }
        v.selected = 0;
        self.show_source()
    }

    /// The selected quotation, when the screen has one.
    pub fn selected_quotation(&self) -> Option<&Checked> {
        self.verify.as_ref()?.selected()
    }

    /// Points the right pane (the reader's state) at the selected
    /// quotation's source turn, loading its hearing if need be.
    pub(super) fn show_source(&mut self) -> Vec<Effect> {
        let source = self.selected_quotation().and_then(|c| {
            let (hearing, seq) = turn_of(c.turn_id.as_deref()?)?;
            Some((hearing.to_owned(), seq))
        });
        let Some((hearing, seq)) = source else {
            self.reader = Reader { from: Some(Screen::Verify), ..Reader::default() };
            return Vec::new();
        };
        let title = self.hearing_titles.get(&hearing).map_or_else(|| hearing.clone(), Clone::clone);
        self.open_turn(&hearing, &title, seq, Screen::Verify);
        self.screen = Screen::Verify;
        if self.hearings.contains_key(&hearing) || !self.loading.insert(hearing.clone()) {
            Vec::new()
        } else {
            vec![Effect::LoadHearing(hearing)]
        }
    }

    pub(super) fn verify_action(&mut self, a: Action) -> Vec<Effect> {
        let Some(v) = &mut self.verify else { return Vec::new() };
        let last = v.quotations().len().saturating_sub(1);
        let selected = match a {
            Action::SelectNext => (v.selected + 1).min(last),
            Action::SelectPrev => v.selected.saturating_sub(1),
            Action::Top => 0,
            Action::Bottom => last,
            Action::Back => {
                self.screen = v.from;
                return Vec::new();
            }
            Action::Open => {
                // The whole hearing, at the source turn; `q` comes back here.
                if !self.reader.hearing_id.is_empty() {
                    self.screen = Screen::Reader;
                }
                return Vec::new();
            }
            a => {
                self.reader_action(a);
                return Vec::new();
            }
        };
        // The same quotation again brings its source back into focus.
        v.selected = selected;
        self.show_source()
    }

    /// The search screen's `open_article` asks for a path: typed here.
    pub(super) fn prompt_action(&mut self, a: Action) -> Vec<Effect> {
        let Some(path) = &mut self.article_prompt else { return Vec::new() };
        match a {
            Action::Open => {
                let path = path.trim().to_owned();
                self.article_prompt = None;
                if !path.is_empty() {
                    return self.open_article(path);
                }
            }
            Action::Back => self.article_prompt = None,
            Action::DeleteChar => {
                path.pop();
            }
            Action::ClearQuery => path.clear(),
            _ => {}
        }
        Vec::new()
    }
}
