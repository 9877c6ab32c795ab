//! An index built by another version of gavel, rebuilt from the files it
//! holds. The index is derived data: every hearing document stores the
//! `source` it came from, so an upgrade need not cost the user their corpus,
//! nor an error where they expected their testimony.

use crate::corpus::Input;
use crate::index::schema::SCHEMA_VERSION;
use crate::index::{IndexError, Library, sources};
use std::path::Path;

/// What the replaced index held: the inputs to index again, and those gone.
pub struct Upgrade {
    /// The schema version the old index recorded, as written (may be empty).
    pub found: String,
    /// Its sources that can be read again, bundled samples from the bytes
    /// compiled in.
    pub inputs: Vec<Input>,
    /// Its sources no longer on disk (or no longer bundled).
    pub gone: Vec<String>,
}

impl Upgrade {
    /// `the index was built by an older gavel (schema 2); rebuilding it from its 6 files`
    pub fn message(&self) -> String {
        let by = match self.found.parse::<u32>() {
            Ok(v) if v < SCHEMA_VERSION => format!("an older gavel (schema {v})"),
            Ok(v) => format!("a newer gavel (schema {v})"),
            Err(_) if self.found.is_empty() => "another version of gavel (no schema version recorded)".into(),
            Err(_) => format!("another version of gavel (schema {:?})", self.found),
        };
        let n = self.inputs.len() + self.gone.len();
        format!(
            "the index was built by {by}; rebuilding it from its {n} {}",
            if n == 1 { "file" } else { "files" }
        )
    }

    /// The old index's inputs followed by `asked`, each source once: what
    /// the user asks for now is indexed as well, and nothing is read twice.
    pub fn then(self, asked: Vec<Input>) -> Vec<Input> {
        let mut seen: std::collections::HashSet<String> = self.inputs.iter().map(Input::source).collect();
        let mut all = self.inputs;
        all.extend(asked.into_iter().filter(|i| seen.insert(i.source())));
        all
    }
}

/// Opens the index in `dir`. One of another schema version is read for its
/// sources, deleted and opened afresh (empty); the sources come back in the
/// `Upgrade`, for the caller to index with its own progress. When the old
/// index cannot even be read for its sources, the error says to rebuild.
pub fn open(dir: &Path) -> Result<(Library, Option<Upgrade>), IndexError> {
    let found = match Library::open(dir) {
        Err(IndexError::Version { found, .. }) => found,
        other => return other.map(|lib| (lib, None)),
    };
    let sources = sources::indexed_sources(dir).map_err(|source| IndexError::Unreadable {
        path: dir.to_owned(),
        found: found.clone(),
        source,
    })?;
    let mut upgrade = Upgrade { found, inputs: Vec::new(), gone: Vec::new() };
    for source in sources {
        match Input::from_source(&source) {
            Some(input) => upgrade.inputs.push(input),
            None => upgrade.gone.push(source),
        }
    }
    Library::destroy(dir)?;
    Ok((Library::open(dir)?, Some(upgrade)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn upgrade(found: &str, gone: usize) -> Upgrade {
        Upgrade {
            found: found.to_owned(),
            inputs: crate::corpus::bundled_inputs(),
            gone: vec!["x".into(); gone],
        }
    }

    #[test]
    fn the_message_says_which_way_the_versions_differ() {
        let n = crate::corpus::BUNDLED.len();
        let older = SCHEMA_VERSION - 1;
        assert_eq!(
            upgrade(&older.to_string(), 1).message(),
            format!(
                "the index was built by an older gavel (schema {older}); rebuilding it from its {} files",
                n + 1
            )
        );
        let newer = SCHEMA_VERSION + 1;
        assert!(
            upgrade(&newer.to_string(), 0).message().contains(&format!("a newer gavel (schema {newer})"))
        );
        assert!(upgrade("", 0).message().contains("another version of gavel (no schema version recorded)"));
        let one = Upgrade { found: "2".into(), inputs: Vec::new(), gone: vec!["x".into()] };
        assert!(one.message().ends_with("from its 1 file"), "{}", one.message());
    }

    #[test]
    fn what_is_asked_for_comes_after_the_old_files_and_only_once() {
        let old = Upgrade { found: "2".into(), inputs: vec![Input::File("/a.txt".into())], gone: Vec::new() };
        let asked = vec![Input::File("/b.txt".into()), Input::File("/a.txt".into())];
        let all: Vec<String> = old.then(asked).iter().map(Input::source).collect();
        assert_eq!(all, ["/a.txt", "/b.txt"]);
    }
}
