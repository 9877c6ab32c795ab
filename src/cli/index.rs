//! `gavel index PATH...`: incremental indexing with progress and a summary.

use super::Context;
use crate::index::Library;
use crate::workspace::corpus;
use crate::workspace::progress::{mb, print_skipped, print_summary, printer};
use color_eyre::eyre::{Result, WrapErr};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or folders; none: the configured corpus, else the files the index
    /// already holds, read again (the bundled samples only into an empty index).
    pub paths: Vec<PathBuf>,
    /// Remove hearings whose files are gone.
    #[arg(long)]
    pub prune: bool,
    /// Delete the index and build it again from scratch.
    #[arg(long)]
    pub rebuild: bool,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode> {
    let dir = ctx.paths.index_dir();
    // What the index held, for a bare `--rebuild` to read again (an index
    // too broken to list its files gives none: then it starts afresh).
    let mut held = Vec::new();
    let mut skipped = corpus::Skipped::default();
    let (mut lib, mut upgrade) = if args.rebuild {
        if args.paths.is_empty() && dir.exists() {
            held = crate::index::sources::indexed_sources(&dir).unwrap_or_default();
        }
        crate::workspace::upgrade::discard(&dir)?;
        Library::destroy(&dir)?;
        (Library::open(&dir)?, None)
    } else {
        crate::workspace::upgrade::open(&dir)?
    };
    lib.set_roster(ctx.roster()?);
    let (mut inputs, problems, mut gone) = if !held.is_empty() {
        let (inputs, gone): (Vec<_>, Vec<_>) =
            held.into_iter().map(|s| (corpus::Input::from_source(&s), s)).partition(|(i, _)| i.is_some());
        (
            inputs.into_iter().filter_map(|(i, _)| i).collect(),
            Vec::new(),
            gone.into_iter().map(|(_, s)| s).collect(),
        )
    } else if args.paths.is_empty() && upgrade.is_some() {
        // The rebuild reads again what the old index held; nothing more.
        (Vec::new(), Vec::new(), Vec::new())
    } else if args.paths.is_empty() {
        let (inputs, gone) = ctx.default_inputs(&lib)?;
        (inputs, Vec::new(), gone)
    } else {
        let (inputs, problems, passed_over) = corpus::discover_counting(&args.paths);
        skipped = passed_over;
        (inputs, problems, Vec::new())
    };
    if let Some(upgrade) = &mut upgrade {
        eprintln!("gavel: {}", upgrade.message());
        gone.append(&mut upgrade.gone);
        inputs = upgrade.then(inputs);
    }
    let started = Instant::now();
    let mut report =
        corpus::ingest(&lib, &inputs, args.prune, &mut printer(std::io::stderr().is_terminal()))?;
    if let Some(upgrade) = &upgrade {
        upgrade.finished().wrap_err("cannot remove the list of files kept while rebuilding the index")?;
    }
    report.failed.extend(problems);
    report.gone = gone;
    print_summary(&report);
    print_skipped(&skipped);
    let secs = started.elapsed().as_secs_f64();
    if secs > 0.0 && report.bytes > 0 {
        eprintln!(
            "  {:.1} MB read, {:.1} MB indexed in {secs:.2}s ({:.1} MB/s indexed)",
            mb(report.bytes),
            mb(report.indexed_bytes),
            mb(report.indexed_bytes) / secs
        );
    }
    Ok(if report.failed.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
