//! The search thread: typing never waits for the index. Requests carry a
//! generation number; the app shows only the newest generation's results.

use super::compare::Comparison;
use super::message::{Effect, Msg, SearchOutput};
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
                .map(|r| SearchOutput {
                    hits: r.hits,
                    total: r.total,
                    estimated: r.estimated,
                    notes: r.notes,
                })
                .map_err(|e| e.to_string());
            Msg::Results { generation, query, results }
        }
        Effect::LoadHearing(id) => {
            let turns = lib.hearing_turns(&id).map_err(|e| e.to_string());
            Msg::Hearing { hearing_id: id, turns }
        }
        Effect::LoadHearingList => Msg::HearingList(lib.hearings().map_err(|e| e.to_string())),
        Effect::Compare { generation, topic, left, right } => match compare(lib, &topic, &left, right) {
            Ok((right, data)) => Msg::Compared { generation, right, result: Ok(data) },
            Err(e) => Msg::Compared { generation, right: None, result: Err(e.to_string()) },
        },
        Effect::Export(ids) => {
            Msg::Exported(crate::workspace::quotes::to_markdown_file(lib, &ids, std::path::Path::new(".")))
        }
        Effect::Verify(article) => {
            use crate::analysis::verify::{read_article, verify};
            let read = std::fs::read(&article).map_err(|e| format!("cannot read {article}: {e}")).and_then(
                |bytes| read_article(&bytes).map_err(|e| format!("cannot read {article} as an article: {e}")),
            );
            let (result, notes) = match read {
                Ok((text, notes)) => {
                    let checked = verify(lib, &text, crate::export::quote::Style::Bluebook);
                    (checked.map_err(|e| e.to_string()), notes)
                }
                Err(e) => (Err(e), Vec::new()),
            };
            Msg::Verified { article, result, notes }
        }
        Effect::Copy(id) => Msg::Copied(
            crate::export::quote::build(lib, &id, None, None, crate::export::quote::Style::Bluebook)
                .map(|q| q.text())
                .map_err(|e| e.to_string()),
        ),
    }
}

/// Two people on a topic; with no second person given, whoever else speaks
/// on it most. An empty topic compares everything the two said.
fn compare(
    lib: &Library,
    topic: &str,
    left: &str,
    right: Option<String>,
) -> Result<(Option<String>, Comparison), crate::index::IndexError> {
    use crate::analysis::compare as analysis;
    let about = if topic.trim().is_empty() {
        format!("speaker:\"{}\"", left.replace('"', ""))
    } else {
        topic.to_owned()
    };
    let hearings = lib.hearings()?;
    let others: Vec<String> =
        analysis::speakers_on(lib, &hearings, &about)?.into_iter().map(|(name, _)| name).collect();
    let right = right.or_else(|| others.iter().find(|o| *o != left).cloned());
    // The screen shows what they wrote for the record too, each by its own
    // id (`#s12`), so it is never taken for a spoken turn.
    let left_groups = analysis::statements(lib, topic, &[left.to_owned()], true)?.groups;
    let right_groups = match &right {
        Some(r) => analysis::statements(lib, topic, std::slice::from_ref(r), true)?.groups,
        None => Vec::new(),
    };
    let trend = analysis::trend(lib, &hearings, &about, true)?;
    Ok((right, Comparison { left: left_groups, right: right_groups, trend, others }))
}
