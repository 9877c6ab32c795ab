//! `gavel get`: hearings from govinfo into the corpus folder, then indexed.

use super::{Context, out};
use crate::model::Chamber;
use crate::sanitize::for_terminal;
use crate::workspace::govinfo::{self, Bar, Request, Settings};
use crate::workspace::progress::print_summary;
use color_eyre::eyre::{Result, WrapErr};
use std::io::IsTerminal;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only hearings of this Congress (118).
    #[arg(long, value_name = "N")]
    pub congress: Option<u16>,
    /// Only hearings of this chamber.
    #[arg(long, value_enum)]
    pub chamber: Option<ChamberArg>,
    /// Only hearings whose committee or subcommittee (in their MODS record) contains this.
    #[arg(long, value_name = "TEXT")]
    pub committee: Option<String>,
    /// Packages modified since this date (2024-01-05); default: since the last run.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Just these packages (CHRG-118shrg56403); may be given several times.
    #[arg(long = "package", value_name = "ID")]
    pub packages: Vec<String>,
    /// List what would be fetched; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Fetch, but leave indexing to a later `gavel get` or `gavel index`.
    #[arg(long)]
    pub no_index: bool,
    /// The Congressional Record (each day's speeches and debates, with who spoke) instead of hearings.
    #[arg(long)]
    pub record: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ChamberArg {
    House,
    Senate,
    Joint,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode> {
    let (settings, warning) = Settings::new(&ctx.config.govinfo, |name| std::env::var(name).ok());
    if let Some(w) = warning {
        eprintln!("gavel: warning: {w}");
    }
    let folder = ctx.corpus_folder();
    let req = Request {
        congress: args.congress,
        chamber: args.chamber.map(|c| match c {
            ChamberArg::House => Chamber::House,
            ChamberArg::Senate => Chamber::Senate,
            ChamberArg::Joint => Chamber::Joint,
        }),
        committee: args.committee,
        since: args.since,
        packages: args.packages,
        dry_run: args.dry_run,
        no_index: args.no_index,
        record: args.record,
    };
    if let Some(since) = &req.since {
        govinfo::since_arg(since)?;
    }
    let lib = if req.dry_run || req.no_index { None } else { Some(ctx.library_for_adding()?) };
    let tty = std::io::stderr().is_terminal();
    // Lines said while the bar is up are printed above it, not through it.
    let progress: std::sync::Mutex<Option<indicatif::ProgressBar>> = std::sync::Mutex::new(None);
    let say = |line: &str| {
        let line = format!("gavel: {}", for_terminal(line, false));
        match progress.lock().ok().as_deref().and_then(Option::as_ref) {
            Some(pb) => pb.println(line),
            None => eprintln!("{line}"),
        }
    };
    let mut bar = |b: Bar| {
        let Ok(mut slot) = progress.lock() else { return };
        match b {
            Bar::Start(n) if tty && n > 0 => {
                let pb = indicatif::ProgressBar::new(n as u64);
                if let Ok(style) = indicatif::ProgressStyle::with_template(
                    "[{bar:24}] {pos}/{len} hearings, ETA {eta} {msg}",
                ) {
                    pb.set_style(style.progress_chars("#> "));
                }
                *slot = Some(pb);
            }
            Bar::Done(id) => {
                if let Some(pb) = slot.as_ref() {
                    pb.set_message(id);
                    pb.inc(1);
                }
            }
            Bar::Finish => {
                if let Some(pb) = slot.take() {
                    pb.finish_and_clear();
                }
            }
            Bar::Start(_) => {}
        }
    };
    let summary =
        govinfo::get(&settings, &ctx.paths.govinfo_state_file(), &folder, lib.as_ref(), &req, &say, &mut bar)
            .wrap_err("gavel get stopped")?;
    if req.dry_run {
        for (id, title) in &summary.fetched {
            out(format!("{id}\t{}", for_terminal(title, false)));
        }
    }
    eprintln!(
        "gavel: {} listed, {} not asked for, {} unchanged,{} {} {}, {} failed{}",
        summary.listed,
        summary.filtered,
        summary.unchanged,
        if summary.without_text > 0 {
            format!(" {} without HTML text (PDF only) as before,", summary.without_text)
        } else {
            String::new()
        },
        summary.fetched.len(),
        if req.dry_run { "to fetch" } else { "fetched" },
        summary.failed.len(),
        if req.dry_run { String::new() } else { format!(" (into {})", summary.folder.display()) }
    );
    for (id, why) in &summary.failed {
        eprintln!("  failed: {}: {}", for_terminal(id, false), for_terminal(why, false));
    }
    if let Some(report) = &summary.index {
        print_summary(report);
    }
    let index_failed = summary.index.as_ref().is_some_and(|r| !r.failed.is_empty());
    Ok(if summary.failed.is_empty() && !index_failed { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
