//! Where gavel keeps things, and the user's settings.
//!
//! Paths come from `directories` (XDG on Linux), overridable by `--data-dir`
//! / `GAVEL_DATA_DIR` and `--config` / `GAVEL_CONFIG`. Settings are the
//! embedded defaults with the user's `config.toml` laid over them; an unknown
//! key is an error that names it, never silently ignored.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const DEFAULT_CONFIG: &str = include_str!("default_config.toml");

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub corpus: CorpusConfig,
    /// Screen → action → keys; checked by `tui::keymap::Keymap::from_config`,
    /// which knows the screens and their actions.
    pub keys: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    pub colors: ColorsConfig,
    pub roster: RosterConfig,
    pub govinfo: GovinfoConfig,
}

/// Colour names as written; `tui::theme` reads them.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ColorsConfig {
    pub highlight: String,
    pub selection: String,
    pub accent: String,
    pub dim: String,
    pub error: String,
    pub speakers: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CorpusConfig {
    /// Files and folders indexed when the index is empty. Empty: the bundled
    /// sample hearings.
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RosterConfig {
    /// congress-legislators YAML files read whenever gavel indexes, on top
    /// of what `gavel roster import` stored.
    pub paths: Vec<PathBuf>,
}

/// Where `gavel get` finds govinfo, and the user's api.data.gov key. The
/// environment (`GOVINFO_API_KEY`, `GAVEL_GOVINFO_API_URL`,
/// `GAVEL_GOVINFO_CONTENT_URL`) goes before these.
#[derive(Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GovinfoConfig {
    /// Empty: none (then `DEMO_KEY`, with a warning).
    pub api_key: String,
    pub api_url: String,
    pub content_url: String,
}

/// Never prints the key: a config printed for debugging must not leak it.
impl std::fmt::Debug for GovinfoConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GovinfoConfig")
            .field("api_key", &if self.api_key.is_empty() { "" } else { "(set)" })
            .field("api_url", &self.api_url)
            .field("content_url", &self.content_url)
            .finish()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read the config file {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("invalid config file {path}: {message}")]
    Invalid { path: PathBuf, message: String },
    #[error("no home directory found; pass --data-dir or set GAVEL_DATA_DIR")]
    NoHome,
}

/// Resolved locations for this run.
#[derive(Debug, Clone)]
pub struct Paths {
    pub data_dir: PathBuf,
    pub config_file: Option<PathBuf>,
}

impl Paths {
    pub fn resolve(data_dir: Option<PathBuf>, config_file: Option<PathBuf>) -> Result<Paths, ConfigError> {
        let dirs = directories::ProjectDirs::from("", "", "gavel");
        let data_dir = match data_dir {
            Some(d) => d,
            None => dirs.as_ref().ok_or(ConfigError::NoHome)?.data_dir().to_owned(),
        };
        let config_file =
            config_file.or_else(|| dirs.map(|d| d.config_dir().join("config.toml")).filter(|p| p.exists()));
        Ok(Paths { data_dir, config_file })
    }

    pub fn index_dir(&self) -> PathBuf {
        self.data_dir.join("index")
    }

    /// The legislators imported by `gavel roster import`.
    pub fn roster_file(&self) -> PathBuf {
        self.data_dir.join("roster.json")
    }

    /// Where `gavel get` puts hearings when the config names no corpus.
    pub fn hearings_dir(&self) -> PathBuf {
        self.data_dir.join("hearings")
    }

    /// What `gavel get` fetched (packages and their `lastModified`) and how
    /// far its listings got.
    pub fn govinfo_state_file(&self) -> PathBuf {
        self.data_dir.join("govinfo.json")
    }

    /// `gavel watch`'s saved queries and what each has seen.
    pub fn watches_file(&self) -> PathBuf {
        self.data_dir.join("watches.json")
    }

    pub fn state_file(&self) -> PathBuf {
        self.data_dir.join("state.json")
    }
}

impl Config {
    pub fn load(file: Option<&Path>) -> Result<Config, ConfigError> {
        let mut merged: toml::Table =
            toml::from_str(DEFAULT_CONFIG).expect("the embedded default config parses");
        if let Some(path) = file {
            let text = std::fs::read_to_string(path)
                .map_err(|source| ConfigError::Read { path: path.to_owned(), source })?;
            let user: toml::Table = toml::from_str(&text)
                .map_err(|e| ConfigError::Invalid { path: path.to_owned(), message: e.to_string() })?;
            overlay(&mut merged, user);
        }
        let invalid = |message: String| ConfigError::Invalid {
            path: file.map(Path::to_owned).unwrap_or_default(),
            message,
        };
        // The path in the error names the bad key: `colors.hilight: unknown field`.
        serde_path_to_error::deserialize(toml::Value::Table(merged)).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner().to_string();
            // toml adds "in `table`" on a line of its own; the path already says where.
            let inner = inner.lines().next().unwrap_or_default();
            invalid(if path == "." { inner.to_owned() } else { format!("{path}: {inner}") })
        })
    }
}

/// Lays `user` over `base`, table by table.
fn overlay(base: &mut toml::Table, user: toml::Table) {
    for (key, value) in user {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(b)), toml::Value::Table(u)) => overlay(b, u),
            (_, v) => {
                base.insert(key, v);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_str(s: &str) -> Result<Config, ConfigError> {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("config.toml");
        std::fs::write(&p, s).unwrap();
        Config::load(Some(&p))
    }

    #[test]
    fn defaults_and_overlay() {
        assert!(Config::load(None).unwrap().corpus.paths.is_empty());
        let c = load_str("[corpus]\npaths = [\"/tmp/x\"]\n").unwrap();
        assert_eq!(c.corpus.paths, [PathBuf::from("/tmp/x")]);
        assert!(c.roster.paths.is_empty());
        let c = load_str("[roster]\npaths = [\"/data/legislators-current.yaml\"]\n").unwrap();
        assert_eq!(c.roster.paths, [PathBuf::from("/data/legislators-current.yaml")]);
        assert!(c.corpus.paths.is_empty());
    }

    #[test]
    fn unknown_key_is_named() {
        let e = load_str("[corpus]\npath = []\n").unwrap_err().to_string();
        assert!(e.ends_with("corpus.path: unknown field `path`, expected `paths`"), "{e}");
        let e = load_str("[colors]\nhilight = \"red\"\n").unwrap_err().to_string();
        assert!(e.contains("colors.hilight: unknown field `hilight`"), "{e}");
        let e = load_str("[keys.reader]\nnext_turn = \"j\"\n").unwrap_err().to_string();
        assert!(e.contains("keys.reader.next_turn: invalid type: string"), "{e}");
        let e = load_str("[roster]\nfiles = []\n").unwrap_err().to_string();
        assert!(e.contains("unknown field `files`"), "{e}");
        let e = load_str("[roster]\npaths = \"one.yaml\"\n").unwrap_err().to_string();
        assert!(e.contains("invalid type"), "{e}");
        let e = load_str("[corpus\n").unwrap_err().to_string();
        assert!(e.contains("invalid config file"), "{e}");
    }
}
