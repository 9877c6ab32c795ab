//! Completions of what the index holds: hearing ids and speakers' names, for
//! shells set up with `source <(COMPLETE=bash gavel)` (clap_complete's
//! dynamic completion). The completer sees only the environment, not the
//! command line's flags, so it reads the index of `GAVEL_DATA_DIR` or the
//! default data folder; with no index it offers nothing.

use crate::config::Paths;
use crate::index::Library;
use crate::summary::HearingSummary;
use clap_complete::engine::CompletionCandidate;
use std::ffi::OsStr;

fn hearings() -> Vec<HearingSummary> {
    let data = std::env::var_os("GAVEL_DATA_DIR").map(Into::into);
    let Ok(paths) = Paths::resolve(data, None) else { return Vec::new() };
    let dir = paths.index_dir();
    if !dir.join("meta.json").exists() {
        return Vec::new();
    }
    Library::open(&dir).and_then(|lib| lib.hearings()).unwrap_or_default()
}

/// Hearing ids starting with what was typed, each with its title as help.
pub fn hearing_ids(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy();
    hearings()
        .into_iter()
        .filter(|h| h.hearing.id.starts_with(typed.as_ref()))
        .map(|h| CompletionCandidate::new(h.hearing.id).help(Some(h.hearing.title.into())))
        .collect()
}

/// `HEARING#`: a hearing id and the `#` a turn number follows.
pub fn turn_ids(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy();
    hearings()
        .into_iter()
        .filter(|h| {
            h.hearing.id.starts_with(typed.as_ref()) || typed.starts_with(&format!("{}#", h.hearing.id))
        })
        .map(|h| {
            let id = if typed.contains('#') { typed.to_string() } else { format!("{}#", h.hearing.id) };
            CompletionCandidate::new(id).help(Some(h.hearing.title.into()))
        })
        .collect()
}

/// Resolved speakers whose name or surname starts with what was typed (any case).
pub fn speakers(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy().to_lowercase();
    let mut names: Vec<String> = hearings()
        .into_iter()
        .flat_map(|h| h.speakers.into_iter().filter(|s| s.resolved).map(|s| s.name))
        .filter(|n| {
            let lower = n.to_lowercase();
            lower.starts_with(&typed) || lower.rsplit(' ').next().is_some_and(|s| s.starts_with(&typed))
        })
        .collect();
    names.sort();
    names.dedup();
    names.into_iter().map(CompletionCandidate::new).collect()
}
