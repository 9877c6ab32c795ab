//! `gavel index PATH...`: incremental indexing with progress and a summary.

use super::Context;
use crate::corpus::{self, FileOutcome, Progress, Report};
use crate::index::Library;
use color_eyre::eyre::{Result, WrapErr};
use std::io::{IsTerminal, Write};
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
        crate::upgrade::discard(&dir)?;
        Library::destroy(&dir)?;
        (Library::open(&dir)?, None)
    } else {
        crate::upgrade::open(&dir)?
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
        corpus::ingest(&lib, &inputs, args.prune, &mut progress_printer(std::io::stderr().is_terminal()))?;
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

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1_000_000.0
}

/// A one-line progress bar on a terminal; plain lines otherwise.
pub fn progress_printer(tty: bool) -> impl FnMut(Progress) {
    let started = Instant::now();
    move |p: Progress| {
        let mut err = std::io::stderr().lock();
        let what = match p.outcome {
            FileOutcome::Indexed { turns, warnings } => {
                let mut s = format!("{turns} turns");
                for w in warnings {
                    s.push_str("; warning: ");
                    s.push_str(w);
                }
                s
            }
            FileOutcome::Unchanged => "unchanged".to_owned(),
            FileOutcome::Failed(e) => format!("FAILED: {e}"),
        };
        let source = crate::sanitize::for_terminal(p.source, false);
        if tty {
            let secs = started.elapsed().as_secs_f64().max(1e-3);
            let rate = mb(p.bytes) / secs;
            let eta = if p.done > 0 { secs / p.done as f64 * (p.total - p.done) as f64 } else { 0.0 };
            let width = 24;
            let filled = width * p.done / p.total.max(1);
            let _ = write!(
                err,
                "\r\x1b[2K[{}{}] {}/{} files {:.1} MB/s ETA {:.0}s",
                "#".repeat(filled),
                " ".repeat(width - filled),
                p.done,
                p.total,
                rate,
                eta
            );
            if matches!(p.outcome, FileOutcome::Failed(_)) {
                let _ = write!(err, "\r\x1b[2K{source}: {what}\n");
            }
            if p.done == p.total {
                let _ = writeln!(err);
            }
        } else {
            let _ = writeln!(err, "[{}/{}] {source}: {what}", p.done, p.total);
        }
    }
}

pub fn print_summary(r: &Report) {
    eprintln!(
        "gavel: indexed {} file(s) ({} turns), skipped {} unchanged, {} failed{}{}",
        r.indexed,
        r.turns,
        r.unchanged,
        r.failed.len(),
        if r.pruned.is_empty() { String::new() } else { format!(", pruned {}", r.pruned.len()) },
        if r.gone.is_empty() { String::new() } else { format!(", {} gone", r.gone.len()) }
    );
    for (source, why) in &r.failed {
        let clean = |s| crate::sanitize::for_terminal(s, false);
        eprintln!("  failed: {}: {}", clean(source), clean(why));
    }
    for source in &r.gone {
        let clean = crate::sanitize::for_terminal(source, false);
        eprintln!("  gone: {clean}: no longer there, so no longer indexed");
    }
    for (source, why) in &r.warnings {
        let clean = |s| crate::sanitize::for_terminal(s, false);
        eprintln!("  warning: {}: {}", clean(source), clean(why));
    }
}
