//! The verify screen's state: an article's quotations as `gavel verify`
//! checks them, the one selected, and the way back.

use super::action::Screen;
use crate::analysis::verify::Checked;

#[derive(Debug, Clone, PartialEq)]
pub struct VerifyView {
    /// The article's path, as given.
    pub article: String,
    /// `None` while the worker reads and checks it.
    pub checked: Option<Vec<Checked>>,
    pub selected: usize,
    /// Where `q` goes back to.
    pub from: Screen,
}

impl VerifyView {
    pub fn new(article: String, from: Screen) -> VerifyView {
        VerifyView { article, checked: None, selected: 0, from }
    }

    pub fn quotations(&self) -> &[Checked] {
        self.checked.as_deref().unwrap_or_default()
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
