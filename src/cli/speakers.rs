//! `gavel speakers`: who spoke, how often and how much; one row per person
//! across hearings (`analysis::speakers`), however each hearing labelled them.

use super::{Context, out};
use crate::analysis::speakers::{PersonStats, people};
use crate::sanitize::for_terminal;
use color_eyre::eyre::Result;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this hearing.
    #[arg(long, value_name = "ID", add = clap_complete::engine::ArgValueCompleter::new(super::complete::hearing_ids))]
    pub hearing: Option<String>,
    /// One JSON object per person: names, ids, totals, and each hearing's figures.
    #[arg(long)]
    pub json: bool,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode> {
    let lib = ctx.library()?;
    let hearings = lib.hearings()?;
    let chosen: Vec<_> =
        hearings.iter().filter(|h| args.hearing.as_ref().is_none_or(|id| *id == h.hearing.id)).collect();
    if let Some(id) = &args.hearing
        && chosen.is_empty()
    {
        color_eyre::eyre::bail!("no hearing with id {id:?}; `gavel hearings` lists them");
    }
    for r in people(&chosen) {
        if args.json {
            out(serde_json::to_string(&r)?);
        } else {
            print_row(&r, args.hearing.is_some());
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_row(r: &PersonStats, one_hearing: bool) {
    let who = match (&r.bioguide, &r.party, &r.state) {
        (Some(id), party, Some(state)) => format!(" ({}-{state}, {id})", party.as_deref().unwrap_or("?")),
        _ if !r.resolved => " [unresolved]".to_owned(),
        _ => String::new(),
    };
    let f = &r.figures;
    let questioning = if one_hearing {
        format!(" {:>4} questions {:>3} cut off {:>3} cut in", f.questions, f.interrupted, f.interruptions)
    } else {
        String::new()
    };
    out(format!(
        "{:<36} {:<18} {:>5} turns {:>7} words {:>5.1}%{questioning} {:>3} hearing(s)",
        for_terminal(&format!("{}{who}", r.name), false),
        r.role,
        f.turns,
        f.words,
        f.share * 100.0,
        r.hearings.len()
    ));
    if !r.candidates.is_empty() {
        out(format!("    could be: {}", for_terminal(&r.candidates.join("; "), false)));
    }
    if one_hearing && !f.questioned.is_empty() {
        let q: Vec<String> = f.questioned.iter().map(|(w, n)| format!("{w} ({n})")).collect();
        out(format!("    questioned: {}", for_terminal(&q.join(", "), false)));
    }
}
