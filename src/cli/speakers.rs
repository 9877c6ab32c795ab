//! `gavel speakers`: who spoke, how often and how much.

use super::{Context, out};
use crate::sanitize::for_terminal;
use color_eyre::eyre::Result;
use std::collections::BTreeMap;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only this hearing.
    #[arg(long, value_name = "ID")]
    pub hearing: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Default, serde::Serialize)]
struct Totals {
    name: String,
    role: String,
    turns: usize,
    words: usize,
    hearings: Vec<String>,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode> {
    let lib = ctx.library()?;
    let mut by_name: BTreeMap<String, Totals> = BTreeMap::new();
    let hearings = lib.hearings()?;
    for h in hearings.iter().filter(|h| args.hearing.as_ref().is_none_or(|id| *id == h.hearing.id)) {
        for s in &h.speakers {
            let t = by_name.entry(s.name.clone()).or_insert_with(|| Totals {
                name: s.name.clone(),
                role: s.role.as_str().to_owned(),
                ..Totals::default()
            });
            t.turns += s.turns;
            t.words += s.words;
            t.hearings.push(h.hearing.id.clone());
        }
    }
    if let Some(id) = &args.hearing
        && !hearings.iter().any(|h| h.hearing.id == *id)
    {
        color_eyre::eyre::bail!("no hearing with id {id:?}; `gavel hearings` lists them");
    }
    let mut rows: Vec<Totals> = by_name.into_values().collect();
    rows.sort_by(|a, b| b.words.cmp(&a.words).then_with(|| a.name.cmp(&b.name)));
    for r in rows {
        if args.json {
            out(serde_json::to_string(&r)?);
        } else {
            out(format!(
                "{:<36} {:<18} {:>5} turns {:>7} words {:>3} hearing(s)",
                for_terminal(&r.name, false),
                r.role,
                r.turns,
                r.words,
                r.hearings.len()
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
}
