//! The tantivy index of turns: where it lives, how it is opened, and the
//! errors a user can act on. Writing is in `writer`, reading in `search`.

mod dated;
pub mod estimate;
pub mod grams;
pub mod page;
pub mod plan;
pub mod query;
pub mod schema;
pub mod search;
pub mod similar;
pub mod snippet;
pub mod sources;
mod top;
pub mod writer;

use schema::{Fields, SCHEMA_VERSION};
use std::path::{Path, PathBuf};
use tantivy::{Index, IndexReader, ReloadPolicy};

#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("cannot use the index at {path}: {source}\n  (run `gavel index --rebuild` to build it afresh)")]
    Corrupt { path: PathBuf, source: tantivy::TantivyError },
    #[error(
        "the index at {path} was built by another version of gavel (schema {found}, this gavel reads {SCHEMA_VERSION}); running `gavel index` or opening `gavel` rebuilds it automatically from the files it holds"
    )]
    Version { path: PathBuf, found: String },
    /// Built by a newer gavel: rebuilding it here would cost that gavel its
    /// index, so it is left alone unless the user says so.
    #[error(
        "the index at {path} was built by a newer gavel (schema {found}, this gavel reads {SCHEMA_VERSION}); use that gavel, or run `gavel index --rebuild` to replace it with one this gavel reads"
    )]
    Newer { path: PathBuf, found: String },
    /// Another version's index that cannot be read even for its sources, so
    /// it cannot be rebuilt from them.
    #[error(
        "the index at {path} was built by another version of gavel (schema {found}, this gavel reads {SCHEMA_VERSION}) and its list of files cannot be read ({source}); run `gavel index --rebuild` to build it afresh"
    )]
    Unreadable { path: PathBuf, found: String, source: tantivy::TantivyError },
    #[error("another gavel is indexing into {0} right now; wait for it to finish (searching still works)")]
    Busy(PathBuf),
    #[error("cannot create the index folder {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error(
        "disk full or file too large while writing the index at {path} ({source}); the index as of its last commit is intact and searchable: free some space and run `gavel index` again"
    )]
    Full { path: PathBuf, source: tantivy::TantivyError },
    #[error(transparent)]
    Tantivy(#[from] tantivy::TantivyError),
}

/// ENOSPC, EFBIG (RLIMIT_FSIZE, or a file system's file size limit) and
/// EDQUOT. tantivy wraps the `io::Error` in several variants, some only as
/// text, so the message is the fallback.
fn is_full(e: &tantivy::TantivyError) -> bool {
    use std::io::ErrorKind::{FileTooLarge, QuotaExceeded, StorageFull};
    if let tantivy::TantivyError::IoError(io) = e
        && matches!(io.kind(), StorageFull | FileTooLarge | QuotaExceeded)
    {
        return true;
    }
    let text = e.to_string();
    ["(os error 28)", "(os error 27)", "(os error 122)"].iter().any(|code| text.contains(code))
}

/// An opened index: the handle every reader and writer goes through.
pub struct Library {
    pub(crate) index: Index,
    pub(crate) fields: Fields,
    pub(crate) reader: IndexReader,
    dir: PathBuf,
    /// Legislators to tie members to while indexing; none by default.
    pub(crate) roster: Option<crate::speakers::roster::Roster>,
}

const VERSION_FILE: &str = "gavel-schema-version";

/// The `kind` of documents written for the record, not spoken: a submitted
/// statement, a written question, its answer (`kind:written` is any).
pub const WRITTEN_KINDS: [&str; 3] = ["statement", "question", "answer"];

/// The index `kind` of a written block.
pub fn written_kind(kind: crate::model::BlockKind) -> &'static str {
    match kind {
        crate::model::BlockKind::Question => "question",
        crate::model::BlockKind::Answer => "answer",
        _ => "statement",
    }
}

/// Documents from which searching uses every core: about 100 MB of hearings.
const PARALLEL_SEARCH_DOCS: u64 = 250_000;

impl Library {
    /// Opens the index in `dir`, creating an empty one if there is none.
    pub fn open(dir: &Path) -> Result<Library, IndexError> {
        let io = |source| IndexError::Io { path: dir.to_owned(), source };
        std::fs::create_dir_all(dir).map_err(io)?;
        let version_path = dir.join(VERSION_FILE);
        if !dir.join("meta.json").exists() {
            let lib = Library::create_layout(dir, schema::Layout::Compact)?;
            std::fs::write(&version_path, SCHEMA_VERSION.to_string()).map_err(io)?;
            return Ok(lib);
        }
        let found = std::fs::read_to_string(&version_path).unwrap_or_default();
        let found = found.trim().to_owned();
        if found.parse::<u32>().is_ok_and(|v| v > SCHEMA_VERSION) {
            return Err(IndexError::Newer { path: dir.to_owned(), found });
        }
        if found != SCHEMA_VERSION.to_string() {
            return Err(IndexError::Version { path: dir.to_owned(), found });
        }
        let index =
            Index::open_in_dir(dir).map_err(|source| IndexError::Corrupt { path: dir.to_owned(), source })?;
        Library::ready(index, schema::build().1, dir)
    }

    /// A new, empty index in `dir` laid out as `layout`, with no version
    /// file: `open` makes the current layout; an older one is for showing
    /// that both answer alike (`tests/layout.rs`), not for use.
    #[doc(hidden)]
    pub fn create_layout(dir: &Path, layout: schema::Layout) -> Result<Library, IndexError> {
        std::fs::create_dir_all(dir).map_err(|source| IndexError::Io { path: dir.to_owned(), source })?;
        let (schema, fields) = schema::build_layout(layout);
        let settings = match layout {
            schema::Layout::Compact => store_settings(),
            schema::Layout::Schema4 => tantivy::IndexSettings::default(),
        };
        let index = Index::builder().schema(schema).settings(settings).create_in_dir(dir)?;
        Library::ready(index, fields, dir)
    }

    fn ready(mut index: Index, fields: Fields, dir: &Path) -> Result<Library, IndexError> {
        index.tokenizers().register(grams::SPEECH_TOKENIZER, grams::speech());
        // On a large index a query searches its segments on every core at
        // once (a common query's time is spent scoring matches, and segments
        // are independent); on a small one, handing work to threads costs more
        // than it saves.
        let docs: u64 = index.searchable_segment_metas()?.iter().map(|m| u64::from(m.num_docs())).sum();
        if docs >= PARALLEL_SEARCH_DOCS {
            index.set_default_multithread_executor()?;
        }
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|source| IndexError::Corrupt { path: dir.to_owned(), source })?;
        Ok(Library { index, fields, reader, dir: dir.to_owned(), roster: None })
    }

    /// Deletes the index in `dir` so that `open` builds a new one.
    pub fn destroy(dir: &Path) -> Result<(), IndexError> {
        if dir.exists() {
            std::fs::remove_dir_all(dir).map_err(|source| IndexError::Io { path: dir.to_owned(), source })?;
        }
        Ok(())
    }

    /// Hearings indexed from now on have their members tied to this roster;
    /// those indexed with another roster are read again.
    pub fn set_roster(&mut self, roster: crate::speakers::roster::Roster) {
        self.roster = (!roster.is_empty()).then_some(roster);
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A failed write, classified: a full disk (or a file size limit) gets a
    /// message that says so, since tantivy's own is a bare OS error.
    pub(crate) fn write_error(&self, e: tantivy::TantivyError) -> IndexError {
        if is_full(&e) {
            IndexError::Full { path: self.dir.clone(), source: e }
        } else {
            IndexError::Tantivy(e)
        }
    }

    /// The segments a search reads now (each commit adds one, merges join them).
    pub fn segment_count(&self) -> usize {
        self.reader.searcher().segment_readers().len()
    }

    /// Sees what other processes committed since this one opened.
    pub fn refresh(&self) -> Result<(), IndexError> {
        Ok(self.reader.reload()?)
    }
}

/// The document store: zstd over blocks of 64 KB instead of tantivy's LZ4
/// over 16 KB. The store holds every turn's text and repeats its hearing's
/// title, committee and speaker, which a larger block and a stronger
/// compressor share; see docs/PERFORMANCE.md for what it saves and costs.
fn store_settings() -> tantivy::IndexSettings {
    tantivy::IndexSettings {
        docstore_compression: tantivy::store::Compressor::Zstd(tantivy::store::ZstdCompressor {
            compression_level: Some(STORE_ZSTD_LEVEL),
        }),
        docstore_blocksize: STORE_BLOCK,
        ..tantivy::IndexSettings::default()
    }
}

const STORE_ZSTD_LEVEL: i32 = 3;
const STORE_BLOCK: usize = 64 * 1024;

/// Tests' small index: one text field, in memory, and a one-thread writer,
/// so that segments fall where the test commits.
#[cfg(test)]
pub(crate) fn text_index() -> (Index, tantivy::schema::Field, tantivy::IndexWriter) {
    let mut b = tantivy::schema::Schema::builder();
    let text = b.add_text_field("text", tantivy::schema::TEXT);
    let index = Index::create_in_ram(b.build());
    let writer = index.writer_with_num_threads(1, 50_000_000).expect("a writer");
    (index, text, writer)
}
