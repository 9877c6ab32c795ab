//! What can go wrong quoting a turn, and reading the file it came from:
//! below both `quote` (which builds quotes) and `sources` (which reads and
//! checks each source once a run).

use crate::index::IndexError;

#[derive(Debug, thiserror::Error)]
pub enum QuoteError {
    #[error(
        "{0:?} is not a turn id (they look like HEARING#SEQ, or HEARING#sN for a statement submitted for the record, as `gavel search --json` prints)"
    )]
    BadId(String),
    #[error("a quote runs within one hearing: {0} and {1} are in different hearings")]
    TwoHearings(String, String),
    #[error("no turn {0} in the index")]
    NoTurn(String),
    #[error("sentences {0}..{1} do not exist: the turn has {2} sentence(s)")]
    NoSentences(usize, usize, usize),
    #[error("--sentences quotes part of one turn; give one TURN_ID")]
    SentencesOfRun,
    #[error("a statement submitted for the record ({0}) is quoted alone, not as part of a run of turns")]
    StatementInRun(String),
    #[error("cannot read the source {0}: {1}")]
    Unreadable(String, String),
    #[error(
        "the source {0} has changed since it was indexed, so the quote cannot be checked; run `gavel index` and quote again"
    )]
    SourceChanged(String),
    #[error(transparent)]
    Index(#[from] IndexError),
}

/// Reads the bytes behind a source string: a path, or `bundled:NAME`.
pub(super) fn source_bytes(source: &str) -> Result<Vec<u8>, QuoteError> {
    if source.starts_with(crate::samples::BUNDLED_PREFIX) {
        return crate::samples::bundled_source(source)
            .map(|b| b.bytes.to_vec())
            .ok_or_else(|| QuoteError::SourceChanged(source.to_owned()));
    }
    std::fs::read(source).map_err(|e| QuoteError::Unreadable(source.to_owned(), e.to_string()))
}
