//! gavel: US congressional testimony, parsed into speaker turns, indexed and
//! searchable from a terminal.
//!
//! Data flows one way: `parse` (bytes -> `Transcript`) -> `index` (tantivy)
//! -> `search` results -> `cli` output or the `tui`.

pub mod analysis;
pub mod cli;
pub mod config;
pub mod export;
pub mod index;
pub mod model;
pub mod names;
pub mod nicknames;
pub mod parse;
pub mod samples;
pub mod sanitize;
pub mod speakers;
pub mod summary;
pub mod tui;
pub mod workspace;
