//! `gavel index PATH...`: incremental indexing with progress and a summary.

use super::Context;
use crate::index::Library;
use crate::workspace::corpus;
use crate::workspace::progress::{mb, print_summary, printer};
use color_eyre::eyre::{Result, WrapErr};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or folders; none: the configured corpus (the bundled samples by default).
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
    let (mut lib, mut upgrade) = if args.rebuild {
        crate::workspace::upgrade::discard(&dir)?;
        Library::destroy(&dir)?;
        (Library::open(&dir)?, None)
    } else {
        crate::workspace::upgrade::open(&dir)?
    };
    lib.set_roster(ctx.roster()?);
    let (mut inputs, problems) = if args.paths.is_empty() {
        (ctx.default_inputs(), Vec::new())
    } else {
        corpus::discover(&args.paths)
    };
    let mut gone = Vec::new();
    if let Some(upgrade) = &mut upgrade {
        eprintln!("gavel: {}", upgrade.message());
        gone = std::mem::take(&mut upgrade.gone);
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
