//! `gavel hearings`: what is indexed.

use super::{Context, out};
use crate::sanitize::for_terminal;
use color_eyre::eyre::Result;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// One JSON object per hearing, per line.
    #[arg(long)]
    pub json: bool,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode> {
    let lib = ctx.library()?;
    for h in lib.hearings()? {
        if args.json {
            out(serde_json::json!({
                "hearing_id": h.hearing.id,
                "title": h.hearing.title,
                "date": h.hearing.date(),
                "dates": h.hearing.dates,
                "chamber": h.hearing.chamber,
                "committee": h.hearing.committee,
                "subcommittee": h.hearing.subcommittee,
                "congress": h.hearing.congress,
                "format": h.hearing.format,
                "source": h.hearing.source,
                "turns": h.turns,
                "words": h.words,
                "speakers": h.speakers.len(),
                "quality": h.quality,
                "sample": crate::samples::note(&h.hearing.source),
            }));
        } else {
            // The format, and a short note on a parse to distrust: which
            // hearings' attributions a reader should check.
            let note = if h.quality.is_empty() { "ok" } else { "CHECK" };
            out(format!(
                "{:<40} {:<10} {:>5} turns {:>3} speakers  {:<11} {:<5}  {} — {}{}",
                for_terminal(&h.hearing.id, false),
                h.hearing.date().unwrap_or("undated"),
                h.turns,
                h.speakers.len(),
                h.hearing.format.as_str(),
                note,
                for_terminal(
                    h.hearing.subcommittee.as_deref().or(h.hearing.committee.as_deref()).unwrap_or("-"),
                    false
                ),
                for_terminal(&h.hearing.title, false),
                crate::samples::note(&h.hearing.source).map(|n| format!(" ({n})")).unwrap_or_default(),
            ));
            for q in &h.quality {
                out(format!("{:>42}parse looks wrong: {}", "", for_terminal(q, false)));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
