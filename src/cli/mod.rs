//! The command line: argument definitions and one module per subcommand.
//! Every subcommand returns an exit code; errors bubble up as eyre reports.

mod compare;
mod exchanges;
mod hearings;
mod index;
mod parse;
mod quote;
pub use quote::write_atomically;
mod roster;
mod search;
mod speakers;
mod verify;

use crate::config::{Config, Paths};
use crate::corpus::{self, Input};
use crate::index::Library;
use crate::speakers::roster::Roster;
use clap::{Parser, Subcommand};
use color_eyre::eyre::{Result, WrapErr};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(name = "gavel", version, about = "Search, read and quote US congressional testimony")]
pub struct Cli {
    /// Where the index and state live (default: the user's data directory).
    #[arg(long, global = true, env = "GAVEL_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Config file (default: config.toml in the user's config directory).
    #[arg(long, global = true, env = "GAVEL_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the terminal UI, optionally with a first query.
    Tui { query: Vec<String> },
    /// Add transcript files or folders (recursively) to the index.
    Index(index::Args),
    /// Show how a file is split into turns.
    Parse(parse::Args),
    /// Search the index from the shell (exit 0: hits, 1: none, 2: error).
    Search(search::Args),
    /// List the exchanges of a hearing: who questioned whom.
    Exchanges(exchanges::Args),
    /// Quote a turn (or a run of turns) verbatim, with attribution and citation.
    Quote(quote::Args),
    /// One person's (or two people's) statements on a topic across hearings, in date order.
    Compare(compare::Args),
    /// List indexed hearings.
    Hearings(hearings::Args),
    /// List speakers, one row per person across hearings: turns, words, share, questions.
    Speakers(speakers::Args),
    /// Check the quotations of an article (text, Markdown, HTML; `-` for stdin) against the record
    /// (exit 0: all verbatim or elided, 1: any altered, misattributed or not found).
    Verify(verify::Args),
    /// Import the congress-legislators YAML files, to tie members to bioguide id, party and state.
    #[command(subcommand)]
    Roster(roster::Command),
    /// Print a shell completion script.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// What every command that reads the index needs.
pub struct Context {
    pub paths: Paths,
    pub config: Config,
}

impl Context {
    pub fn new(cli: &Cli) -> Result<Context> {
        let paths = Paths::resolve(cli.data_dir.clone(), cli.config.clone())?;
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
            let report = corpus::ingest(
                &lib,
                &inputs,
                false,
                &mut index::progress_printer(std::io::stderr().is_terminal()),
            )
            .wrap_err("first-run indexing failed")?;
            index::print_summary(&report);
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
            format!("the {} bundled sample hearings", corpus::BUNDLED.len())
        } else {
            "the corpus named in the config file".to_owned()
        }
    }
}

pub fn run(cli: Cli) -> Result<ExitCode> {
    let command = cli.command.unwrap_or(Command::Tui { query: Vec::new() });
    if let Command::Completions { shell } = command {
        let mut cmd = <Cli as clap::CommandFactory>::command();
        clap_complete::generate(shell, &mut cmd, "gavel", &mut std::io::stdout());
        return Ok(ExitCode::SUCCESS);
    }
    let ctx = Context::new(&Cli { data_dir: cli.data_dir, config: cli.config, command: None });
    if let Command::Parse(args) = command {
        // Parsing needs no data dir or config; but when there is a roster,
        // the turns show who the members are, as the index will have them.
        let roster = match &ctx {
            Ok(ctx) => ctx.roster()?,
            Err(_) => Roster::default(),
        };
        return parse::run(args, &roster);
    }
    let ctx = ctx?;
    match command {
        Command::Tui { query } => crate::tui::run(&ctx, query.join(" ")),
        Command::Index(args) => index::run(&ctx, args),
        Command::Search(args) => search::run(&ctx, args),
        Command::Hearings(args) => hearings::run(&ctx, args),
        Command::Exchanges(args) => exchanges::run(&ctx, args),
        Command::Quote(args) => quote::run(&ctx, args),
        Command::Compare(args) => compare::run(&ctx, args),
        Command::Speakers(args) => speakers::run(&ctx, args),
        Command::Roster(cmd) => roster::run(&ctx, cmd),
        Command::Verify(args) => verify::run(&ctx, args),
        Command::Parse(_) | Command::Completions { .. } => unreachable!("handled above"),
    }
}

/// Writes a line to stdout; a closed pipe (`gavel search x | head`) ends the
/// program quietly instead of panicking.
pub fn out(line: impl std::fmt::Display) {
    use std::io::Write;
    if writeln!(std::io::stdout().lock(), "{line}").is_err() {
        std::process::exit(0);
    }
}

/// Colour on a terminal unless NO_COLOR is set.
pub fn use_color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
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
