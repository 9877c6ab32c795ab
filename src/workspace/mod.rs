//! The application layer both faces use: the data folder and config opened
//! as a `Context`, the library opened (and filled on a first run), the
//! corpus discovered and indexed with progress, an older index upgraded,
//! quotes written to files, and the one-line error a user sees. `cli` and
//! `tui` build on this and never on each other.

pub mod corpus;
pub mod files;
pub mod govinfo;
pub mod lines;
pub mod progress;
pub mod quotes;
pub mod upgrade;
pub mod watch;

use crate::config::{Config, Paths};
use crate::index::Library;
use crate::samples::BUNDLED;
use crate::speakers::roster::Roster;
use color_eyre::eyre::{Result, WrapErr, bail};
use corpus::Input;
use std::io::IsTerminal;
use std::path::PathBuf;

/// What every command that reads the index needs.
pub struct Context {
    pub paths: Paths,
    pub config: Config,
    /// The user named a data folder that did not exist: a first run there is
    /// more likely a typo than a wish for the samples.
    pub named_missing_dir: bool,
}

/// In the data folder once the user has taken the samples out
/// (`gavel remove --samples`): an emptied index is not filled with them again.
const NO_SAMPLES: &str = "no-samples";

impl Context {
    /// `data_dir` and `config` as the user named them (flags or environment);
    /// `None` for the platform's defaults.
    pub fn new(data_dir: Option<PathBuf>, config: Option<PathBuf>) -> Result<Context> {
        let named_missing_dir = data_dir.as_ref().is_some_and(|d| !d.exists());
        let paths = Paths::resolve(data_dir, config)?;
        let config = Config::load(paths.config_file.as_deref())?;
        Ok(Context { paths, config, named_missing_dir })
    }

    /// Opens the index; when it is empty, indexes the configured corpus first
    /// (the bundled samples on the first run of an unconfigured gavel),
    /// reporting progress on stderr.
    pub fn library(&self) -> Result<Library> {
        if self.config.corpus.paths.is_empty() {
            // Before the index is opened, which would create the folder: a
            // typo must leave nothing behind.
            self.refuse_a_missing_data_dir()?;
        }
        let mut lib = Library::open(&self.paths.index_dir())?;
        if lib.is_empty() {
            let inputs = self.first_run_inputs()?;
            if inputs.is_empty() {
                bail!(
                    "the index in {} is empty; `gavel index PATH` adds transcripts to it",
                    self.paths.data_dir.display()
                );
            }
            lib.set_roster(self.roster()?);
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

    /// The library opened to add hearings to (`gavel get`): an index
    /// another gavel built is rebuilt first, as `gavel index` does; an empty
    /// one stays empty, since the samples are for a first look and would
    /// only mix with the hearings fetched.
    pub fn library_for_adding(&self) -> Result<Library> {
        let (mut lib, upgrade) = upgrade::open(&self.paths.index_dir())?;
        lib.set_roster(self.roster()?);
        if let Some(mut upgrade) = upgrade {
            eprintln!("gavel: {}", upgrade.message());
            let inputs = upgrade.then(Vec::new());
            let report = corpus::ingest(
                &lib,
                &inputs,
                false,
                &mut progress::printer(std::io::stderr().is_terminal()),
            )?;
            upgrade.finished().wrap_err("cannot remove the list of files kept while rebuilding the index")?;
            progress::print_summary(&report);
        }
        Ok(lib)
    }

    /// Where `gavel get` writes hearings: the first folder the config's
    /// corpus names, else `hearings/` in the data folder.
    pub fn corpus_folder(&self) -> PathBuf {
        self.config
            .corpus
            .paths
            .iter()
            .find(|p| p.is_dir())
            .cloned()
            .unwrap_or_else(|| self.paths.hearings_dir())
    }

    /// What fills an empty index: the configured corpus; else the samples,
    /// unless the user took them out before or named a data folder that is
    /// not there (a typo must not answer from fictional hearings).
    pub fn first_run_inputs(&self) -> Result<Vec<Input>> {
        if !self.config.corpus.paths.is_empty() {
            return Ok(self.configured_inputs());
        }
        // Hearings `gavel get --no-index` brought, before any index.
        let fetched = self.paths.hearings_dir();
        if fetched.is_dir() {
            return Ok(corpus::discover(&[fetched]).0);
        }
        self.refuse_a_missing_data_dir()?;
        Ok(if self.samples_declined() { Vec::new() } else { corpus::bundled_inputs() })
    }

    /// A data folder the user named that does not exist is more likely a
    /// typo than a wish for a first run on the samples.
    fn refuse_a_missing_data_dir(&self) -> Result<()> {
        if self.named_missing_dir {
            bail!(
                "there is no gavel data in {} (a mistyped --data-dir or GAVEL_DATA_DIR?); \
                 `gavel index PATH` with it makes a new index there",
                self.paths.data_dir.display()
            );
        }
        Ok(())
    }

    /// What a bare `gavel index` reads: the configured corpus, else the files
    /// the index already holds (read again, so changed ones are updated);
    /// the samples only into an empty index, as on a first run. Held files
    /// no longer there are returned apart.
    pub fn default_inputs(&self, lib: &Library) -> Result<(Vec<Input>, Vec<String>)> {
        if !self.config.corpus.paths.is_empty() {
            return Ok((self.configured_inputs(), Vec::new()));
        }
        if lib.is_empty() {
            return Ok((self.first_run_inputs()?, Vec::new()));
        }
        let mut inputs = Vec::new();
        let mut gone = Vec::new();
        for summary in lib.hearings()? {
            match Input::from_source(&summary.hearing.source) {
                Some(input) => inputs.push(input),
                None => gone.push(summary.hearing.source),
            }
        }
        Ok((inputs, gone))
    }

    fn configured_inputs(&self) -> Vec<Input> {
        let (inputs, problems) = corpus::discover(&self.config.corpus.paths);
        for (path, why) in problems {
            eprintln!("gavel: skipping {path}: {why}");
        }
        inputs
    }

    pub fn samples_declined(&self) -> bool {
        self.paths.data_dir.join(NO_SAMPLES).exists()
    }

    /// Remembers that the user took the samples out of this data folder.
    pub fn decline_samples(&self) -> Result<()> {
        std::fs::create_dir_all(&self.paths.data_dir)?;
        std::fs::write(
            self.paths.data_dir.join(NO_SAMPLES),
            "The bundled sample hearings were removed (gavel remove --samples); \
             they are not indexed again. Delete this file to have them back on a first run.\n",
        )
        .wrap_err("cannot write in the data folder")?;
        Ok(())
    }

    pub fn corpus_name(&self) -> String {
        if self.config.corpus.paths.is_empty() && self.paths.hearings_dir().is_dir() {
            format!("the hearings in {}", self.paths.hearings_dir().display())
        } else if self.config.corpus.paths.is_empty() {
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
