//! The verify screen's state: an article's quotations as `gavel verify`
//! checks them, the one selected, and the way back.

use super::action::Screen;
use super::theme::Theme;
use crate::analysis::verify::{Checked, Verdict, tally};
use ratatui::text::Line;

#[derive(Debug, Clone)]
pub struct VerifyView {
    /// The article's path, as given.
    pub article: String,
    /// `None` while the worker reads and checks it; set through
    /// `set_checked`, which lets the drawn list go with it.
    checked: Option<Vec<Checked>>,
    pub selected: usize,
    /// Where `q` goes back to.
    pub from: Screen,
    /// The list as drawn, made once for a width rather than every frame.
    drawn: Option<Drawn>,
    /// The verdicts counted, and those that need a look, once per verdicts.
    tally: Vec<(Verdict, usize)>,
    problems: usize,
}

/// The quotation list's lines, sanitised and wrapped for one width and
/// theme: a frame only borrows them.
#[derive(Debug, Clone)]
pub struct Drawn {
    width: usize,
    theme: Theme,
    /// Each quotation's lines, in order.
    pub items: Vec<Vec<Line<'static>>>,
}

impl VerifyView {
    pub fn new(article: String, from: Screen) -> VerifyView {
        VerifyView { article, checked: None, selected: 0, from, drawn: None, tally: Vec::new(), problems: 0 }
    }

    pub fn quotations(&self) -> &[Checked] {
        self.checked.as_deref().unwrap_or_default()
    }

    /// The worker is still reading and checking the article.
    pub fn checking(&self) -> bool {
        self.checked.is_none()
    }

    /// New verdicts (or `None`: being checked again); the lines drawn for
    /// the old ones go.
    pub fn set_checked(&mut self, checked: Option<Vec<Checked>>) {
        self.checked = checked;
        self.drawn = None;
        self.tally = tally(self.quotations());
        self.problems = self.quotations().iter().filter(|c| c.verdict.is_problem()).count();
    }

    /// How many quotations have each verdict there is, in `tally`'s order.
    pub fn tally(&self) -> &[(Verdict, usize)] {
        &self.tally
    }

    /// How many quotations need a look (`Verdict::is_problem`).
    pub fn problems(&self) -> usize {
        self.problems
    }

    /// The list's lines for `width`, made by `item` (number, quotation,
    /// width) only when the verdicts, the width or the theme changed.
    pub fn drawn(
        &mut self,
        width: usize,
        theme: &Theme,
        item: impl Fn(usize, &Checked) -> Vec<Line<'static>>,
    ) -> &Drawn {
        let stale = self.drawn.as_ref().is_none_or(|d| d.width != width || d.theme != *theme);
        if stale {
            let items = self.quotations().iter().enumerate().map(|(i, c)| item(i, c)).collect();
            self.drawn = Some(Drawn { width, theme: theme.clone(), items });
        }
        self.drawn.as_ref().expect("made above")
    }

    pub fn selected(&self) -> Option<&Checked> {
        self.quotations().get(self.selected)
    }

    /// The article's file name, for a title (the whole path is in the error
    /// line when it cannot be read).
    pub fn name(&self) -> String {
        let path = std::path::Path::new(&self.article);
        path.file_name().map_or_else(|| self.article.clone(), |n| n.to_string_lossy().into_owned())
    }
}

/// `HEARING#SEQ` → the hearing and the turn's number; `None` for a
/// statement for the record (`#s3`), which the reader does not show.
pub fn turn_of(turn_id: &str) -> Option<(&str, u64)> {
    let (h, seq) = turn_id.rsplit_once('#')?;
    Some((h, seq.parse().ok()?))
}
