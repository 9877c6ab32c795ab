//! An index built by another version of gavel, rebuilt from the files it
//! holds. The index is derived data: every hearing document stores the
//! `source` it came from, so an upgrade need not cost the user their corpus,
//! nor an error where they expected their testimony.

use crate::index::schema::SCHEMA_VERSION;
use crate::index::{IndexError, Library, sources};
use crate::workspace::corpus::Input;
use std::path::{Path, PathBuf};

/// What the replaced index held: the inputs to index again, and those gone.
pub struct Upgrade {
    /// The schema version the old index recorded, as written (may be empty).
    pub found: String,
    /// Its sources that can be read again, bundled samples from the bytes
    /// compiled in.
    pub inputs: Vec<Input>,
    /// Its sources no longer on disk (or no longer bundled).
    pub gone: Vec<String>,
    /// The old index's sources, written beside the index before it was
    /// deleted, until the rebuild has read them all (`finished`).
    pending: PathBuf,
    /// This run resumes a rebuild that was stopped before it finished.
    resumed: bool,
}

impl Upgrade {
    /// `the index was built by an older gavel (schema 2); rebuilding it from its 6 files`
    pub fn message(&self) -> String {
        let n = self.inputs.len() + self.gone.len();
        let files = format!("{n} {}", if n == 1 { "file" } else { "files" });
        if self.resumed {
            return format!("an earlier rebuild of the index was stopped; finishing it ({files})");
        }
        let by = match self.found.parse::<u32>() {
            Ok(v) => format!("an older gavel (schema {v})"),
            Err(_) if self.found.is_empty() => "another version of gavel (no schema version recorded)".into(),
            Err(_) => format!("another version of gavel (schema {:?})", self.found),
        };
        format!("the index was built by {by}; rebuilding it from its {files}")
    }

    /// Called once every old source has been indexed again (or found gone):
    /// the list kept in case of an interruption is no longer needed.
    pub fn finished(&self) -> std::io::Result<()> {
        match std::fs::remove_file(&self.pending) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// The old index's inputs followed by `asked`, each source once: what
    /// the user asks for now is indexed as well, and nothing is read twice.
    pub fn then(&mut self, asked: Vec<Input>) -> Vec<Input> {
        let mut seen: std::collections::HashSet<String> = self.inputs.iter().map(Input::source).collect();
        let mut all = std::mem::take(&mut self.inputs);
        all.extend(asked.into_iter().filter(|i| seen.insert(i.source())));
        all
    }
}

/// Where the old index's sources wait while it is rebuilt: beside the
/// index folder, which is deleted and made anew.
fn pending_path(dir: &Path) -> PathBuf {
    dir.with_extension("rebuild-sources")
}

/// Forgets an unfinished rebuild's list of files: `gavel index --rebuild`
/// starts afresh with only what it is given.
pub fn discard(dir: &Path) -> Result<(), IndexError> {
    let pending = pending_path(dir);
    match std::fs::remove_file(&pending) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(IndexError::Io { path: pending, source: e })
        }
        _ => Ok(()),
    }
}

/// Fails with `Busy` while another gavel (of any version) holds the old
/// index's writer lock: deleting the index under it would lose its run.
fn not_being_written(dir: &Path) -> Result<(), IndexError> {
    let index = tantivy::Index::open_in_dir(dir)?;
    // Only the lock is wanted; this is tantivy's smallest budget (15 MB) and then some.
    let budget = 16 * 1024 * 1024;
    match index.writer_with_num_threads::<tantivy::TantivyDocument>(1, budget) {
        Ok(writer) => {
            drop(writer);
            Ok(())
        }
        Err(tantivy::TantivyError::LockFailure(..)) => Err(IndexError::Busy(dir.to_owned())),
        Err(e) => Err(e.into()),
    }
}

/// Opens the index in `dir`. One of an older schema version is read for its
/// sources, deleted and opened afresh (empty); the sources come back in the
/// `Upgrade`, for the caller to index with its own progress. They are first
/// written beside the index, so that a rebuild stopped half-way (the TUI
/// closed, the process killed) is finished by the next start rather than
/// leaving the user's files out. When the old index cannot even be read for
/// its sources, the error says to rebuild.
pub fn open(dir: &Path) -> Result<(Library, Option<Upgrade>), IndexError> {
    let pending = pending_path(dir);
    let io = |source| IndexError::Io { path: pending.clone(), source };
    let (found, sources, resumed) = match Library::open(dir) {
        Err(IndexError::Version { found, .. }) => {
            let sources = sources::indexed_sources(dir).map_err(|source| IndexError::Unreadable {
                path: dir.to_owned(),
                found: found.clone(),
                source,
            })?;
            not_being_written(dir)?;
            let partial = pending.with_extension("partial");
            std::fs::write(&partial, sources.join("\n")).map_err(io)?;
            std::fs::rename(&partial, &pending).map_err(io)?;
            Library::destroy(dir)?;
            (found, sources, false)
        }
        Ok(lib) if pending.exists() => {
            drop(lib);
            let listed = std::fs::read_to_string(&pending).map_err(io)?;
            (SCHEMA_VERSION.to_string(), listed.lines().map(str::to_owned).collect(), true)
        }
        other => return other.map(|lib| (lib, None)),
    };
    let mut upgrade = Upgrade { found, inputs: Vec::new(), gone: Vec::new(), pending, resumed };
    for source in sources.into_iter().filter(|s| !s.is_empty()) {
        match Input::from_source(&source) {
            Some(input) => upgrade.inputs.push(input),
            None => upgrade.gone.push(source),
        }
    }
    Ok((Library::open(dir)?, Some(upgrade)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn upgrade(found: &str, gone: usize) -> Upgrade {
        Upgrade {
            found: found.to_owned(),
            inputs: crate::workspace::corpus::bundled_inputs(),
            gone: vec!["x".into(); gone],
            pending: PathBuf::new(),
            resumed: false,
        }
    }

    #[test]
    fn the_message_says_which_way_the_versions_differ() {
        let n = crate::samples::BUNDLED.len();
        let older = SCHEMA_VERSION - 1;
        assert_eq!(
            upgrade(&older.to_string(), 1).message(),
            format!(
                "the index was built by an older gavel (schema {older}); rebuilding it from its {} files",
                n + 1
            )
        );
        assert!(upgrade("", 0).message().contains("another version of gavel (no schema version recorded)"));
        let one = Upgrade { gone: vec!["x".into()], inputs: Vec::new(), ..upgrade("2", 0) };
        assert!(one.message().ends_with("from its 1 file"), "{}", one.message());
    }

    #[test]
    fn what_is_asked_for_comes_after_the_old_files_and_only_once() {
        let mut old = Upgrade { inputs: vec![Input::File("/a.txt".into())], ..upgrade("2", 0) };
        let asked = vec![Input::File("/b.txt".into()), Input::File("/a.txt".into())];
        let all: Vec<String> = old.then(asked).iter().map(Input::source).collect();
        assert_eq!(all, ["/a.txt", "/b.txt"]);
    }
}
