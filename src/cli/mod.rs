//! The command line: argument definitions and one module per subcommand.
//! Every subcommand returns an exit code; errors bubble up as eyre reports.

mod compare;
mod complete;
mod exchanges;
mod get;
mod hearings;
mod index;
mod parse;
mod quote;
mod remove;
mod roster;
mod search;
mod speakers;
mod verify;
mod watch;

use crate::speakers::roster::Roster;
use clap::{Parser, Subcommand};
use color_eyre::eyre::Result;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

pub use crate::workspace::{Context, error_message};

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
    Tui {
        /// A first query, searched as the screen opens.
        query: Vec<String>,
        /// Open on an article's quotations, each beside its source in the
        /// record (what `gavel verify FILE` reports).
        #[arg(long, value_name = "FILE")]
        verify: Option<String>,
    },
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
    /// Take hearings out of the index (their files are left alone).
    Remove(remove::Args),
    /// List indexed hearings.
    Hearings(hearings::Args),
    /// List speakers, one row per person across hearings: turns, words, share, questions.
    Speakers(speakers::Args),
    /// Bring in hearings from govinfo (with their MODS records) and index them; again later for what is new.
    Get(get::Args),
    /// Saved queries: `watch add NAME QUERY`, `watch list`, `watch rm NAME`; alone, the hits in
    /// hearings new since it last ran (exit 0: new hits, 1: none).
    Watch(watch::Args),
    /// Check the quotations of an article (text, Markdown, HTML; `-` for stdin) against the record
    /// (exit 0: all verbatim or elided, 1: any altered, misattributed or not found).
    Verify(verify::Args),
    /// Import the congress-legislators YAML files, to tie members to bioguide id, party and state.
    #[command(subcommand)]
    Roster(roster::Command),
    /// Print gavel's manual page (roff): `gavel man | man -l -`.
    Man,
    /// Print a shell completion script.
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

pub fn run(cli: Cli) -> Result<ExitCode> {
    let command = cli.command.unwrap_or(Command::Tui { query: Vec::new(), verify: None });
    if let Command::Man = command {
        // From the same clap definitions as --help, so the two cannot drift.
        let mut page = Vec::new();
        clap_mangen::Man::new(<Cli as clap::CommandFactory>::command()).render(&mut page)?;
        // Then each subcommand's own page (gavel-search(1), ...), every flag listed.
        for sub in <Cli as clap::CommandFactory>::command().get_subcommands() {
            let name = format!("gavel-{}", sub.get_name());
            clap_mangen::Man::new(sub.clone()).title(name).render(&mut page)?;
        }
        out(String::from_utf8_lossy(&page).trim_end());
        return Ok(ExitCode::SUCCESS);
    }
    if let Command::Completions { shell } = command {
        let mut cmd = <Cli as clap::CommandFactory>::command();
        clap_complete::generate(shell, &mut cmd, "gavel", &mut std::io::stdout());
        return Ok(ExitCode::SUCCESS);
    }
    let ctx = Context::new(cli.data_dir, cli.config);
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
        Command::Tui { query, verify } => crate::tui::run(&ctx, query.join(" "), verify),
        Command::Index(args) => index::run(&ctx, args),
        Command::Search(args) => search::run(&ctx, args),
        Command::Hearings(args) => hearings::run(&ctx, args),
        Command::Exchanges(args) => exchanges::run(&ctx, args),
        Command::Quote(args) => quote::run(&ctx, args),
        Command::Compare(args) => compare::run(&ctx, args),
        Command::Speakers(args) => speakers::run(&ctx, args),
        Command::Roster(cmd) => roster::run(&ctx, cmd),
        Command::Verify(args) => verify::run(&ctx, args),
        Command::Get(args) => get::run(&ctx, args),
        Command::Watch(args) => watch::run(&ctx, args),
        Command::Remove(args) => remove::run(&ctx, args),
        Command::Parse(_) | Command::Completions { .. } | Command::Man => unreachable!("handled above"),
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
