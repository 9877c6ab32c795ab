//! Quotes with exact attribution: checked against the source file, then
//! rendered as Markdown, text, JSON or CSV with a Bluebook or Chicago citation.

pub mod cite;
pub mod error;
pub mod quote;
pub mod sentences;
pub mod sources;
