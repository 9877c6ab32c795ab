//! The search thread: typing never waits for the index. Requests carry a
//! generation number; the app shows only the newest generation's results.

use super::app::{Effect, Msg, SearchOutput};
use crate::index::Library;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender};

/// How many hits the result list holds.
pub const RESULT_LIMIT: usize = 200;

pub fn spawn(
    lib: Arc<Library>,
    requests: Receiver<Effect>,
    replies: Sender<Msg>,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        while let Ok(mut effect) = requests.recv() {
            // Skip searches overtaken by newer keystrokes before starting them.
            while let Ok(next) = requests.try_recv() {
                match (&effect, &next) {
                    (Effect::Search { .. }, Effect::Search { .. }) => effect = next,
                    _ => {
                        if replies.send(run(&lib, effect)).is_err() {
                            return;
                        }
                        effect = next;
                    }
                }
            }
            if replies.send(run(&lib, effect)).is_err() {
                return;
            }
        }
    })
}

/// Carries out one effect; tests call this directly to drive the app without threads.
pub fn run(lib: &Library, effect: Effect) -> Msg {
    match effect {
        Effect::Search { generation, query } => {
            let results = lib
                .search(&query, RESULT_LIMIT)
                .map(|r| SearchOutput { hits: r.hits, total: r.total, notes: r.notes })
                .map_err(|e| e.to_string());
            Msg::Results { generation, query, results }
        }
        Effect::LoadHearing(id) => {
            let turns = lib.hearing_turns(&id).map_err(|e| e.to_string());
            Msg::Hearing { hearing_id: id, turns }
        }
        Effect::LoadHearingList => Msg::HearingList(lib.hearings().map_err(|e| e.to_string())),
        Effect::Export(ids) => Msg::Exported(export(lib, &ids, std::path::Path::new("."))),
        Effect::Copy(id) => Msg::Copied(
            crate::export::quote::build(lib, &id, None, None, crate::export::quote::Style::Bluebook)
                .map(|q| q.text())
                .map_err(|e| e.to_string()),
        ),
    }
}

/// Quotes each marked turn (checked against its source) into one new
/// Markdown file in `dir`, named by the time, never over an existing file.
pub fn export(lib: &Library, ids: &[String], dir: &std::path::Path) -> Result<String, String> {
    use crate::export::quote::{self, Style};
    let mut doc = String::new();
    for (i, id) in ids.iter().enumerate() {
        let q = quote::build(lib, id, None, None, Style::Bluebook).map_err(|e| e.to_string())?;
        if i > 0 {
            doc.push_str("\n---\n\n");
        }
        doc.push_str(&q.markdown());
    }
    let stamp =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let path = dir.join(format!("gavel-quotes-{stamp}.md"));
    crate::cli::write_atomically(&path, doc.as_bytes(), false).map_err(|e| crate::cli::error_message(&e))?;
    Ok(path.display().to_string())
}
