//! Marked turns quoted into a Markdown file: what the TUI's export does.

use crate::index::Library;

/// A turn marked for export, whole or some of its sentences (1-based, inclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub turn_id: String,
    pub sentences: Option<(usize, usize)>,
}

/// Quotes each marked turn (checked against its source) into one new
/// Markdown file in `dir`, named by the time, never over an existing file.
pub fn to_markdown_file(lib: &Library, marks: &[Mark], dir: &std::path::Path) -> Result<String, String> {
    use crate::export::quote::{self, Style};
    let mut doc = String::new();
    for (i, m) in marks.iter().enumerate() {
        let q =
            quote::build(lib, &m.turn_id, None, m.sentences, Style::Bluebook).map_err(|e| e.to_string())?;
        if i > 0 {
            doc.push_str("\n---\n\n");
        }
        doc.push_str(&q.markdown());
    }
    let stamp =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let path = dir.join(format!("gavel-quotes-{stamp}.md"));
    super::files::write_atomically(&path, doc.as_bytes(), false).map_err(|e| super::error_message(&e))?;
    Ok(path.display().to_string())
}
