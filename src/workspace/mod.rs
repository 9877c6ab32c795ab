//! The application layer both faces use: the data folder and config opened
//! as a `Context`, the library opened (and filled on a first run), the
//! corpus discovered and indexed with progress, an older index upgraded,
//! quotes written to files, and the one-line error a user sees. `cli` and
//! `tui` build on this and never on each other.

pub mod corpus;
pub mod files;
pub mod progress;
pub mod quotes;
pub mod upgrade;

use crate::config::{Config, Paths};
use crate::index::Library;
use crate::samples::BUNDLED;
use crate::speakers::roster::Roster;
use color_eyre::eyre::{Result, WrapErr};
use corpus::Input;
use std::io::IsTerminal;
use std::path::PathBuf;

/// What every command that reads the index needs.
pub struct Context {
    pub paths: Paths,
    pub config: Config,
}

impl Context {
    /// `data_dir` and `config` as the user named them (flags or environment);
    /// `None` for the platform's defaults.
    pub fn new(data_dir: Option<PathBuf>, config: Option<PathBuf>) -> Result<Context> {
        let paths = Paths::resolve(data_dir, config)?;
        let config = Config::load(paths.config_file.as_deref())?;
        Ok(Context { paths, config })
    }

    /// Opens the index; when it is empty, indexes the configured corpus first
    /// (the bundled samples by default), reporting progress on stderr.
    pub fn library(&self) -> Result<Library> {
        let mut lib = Library::open(&self.paths.index_dir())?;
        if lib.is_empty() {
            lib.set_roster(self.roster()?);
            let inputs = self.default_inputs();
            eprintln!(
                "gavel: the index is empty; indexing {} into {}",
                self.corpus_name(),
                lib.dir().display()
            );
            let report =
                corpus::ingest(&lib, &inputs, false, &mut progress::printer(std::io::stderr().is_terminal()))
                    .wrap_err("first-run indexing failed")?;
            progress::print_summary(&report);
        }
        Ok(lib)
    }

    /// The legislators: those `gavel roster import` stored, and the files
    /// the config names (read afresh, so an edited file counts at once).
    pub fn roster(&self) -> Result<Roster> {
        let mut roster = Roster::load(&self.paths.roster_file())?;
        for path in &self.config.roster.paths {
            let (people, _) = crate::speakers::roster::read_yaml(path)?;
            roster.merge(path.display().to_string(), people);
        }
        Ok(roster)
    }

    pub fn default_inputs(&self) -> Vec<Input> {
        if self.config.corpus.paths.is_empty() {
            corpus::bundled_inputs()
        } else {
            let (inputs, problems) = corpus::discover(&self.config.corpus.paths);
            for (path, why) in problems {
                eprintln!("gavel: skipping {path}: {why}");
            }
            inputs
        }
    }

    pub fn corpus_name(&self) -> String {
        if self.config.corpus.paths.is_empty() {
            format!("the {} bundled sample hearings", BUNDLED.len())
        } else {
            "the corpus named in the config file".to_owned()
        }
    }
}

/// An error as one readable line: each cause once, in order, joined by `: `
/// (a message that already quotes its cause is not followed by it again).
pub fn error_message(report: &color_eyre::eyre::Report) -> String {
    let mut msg = report.to_string();
    for cause in report.chain().skip(1) {
        let c = cause.to_string();
        if !msg.contains(&c) {
            msg.push_str(": ");
            msg.push_str(&c);
        }
    }
    crate::sanitize::for_terminal(&msg, true).into_owned()
}
