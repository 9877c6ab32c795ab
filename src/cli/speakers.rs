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
    /// Of all the words spoken in the hearings listed.
    share: f64,
    /// With --hearing: sentences ending in `?`, and turns cut off with a dash.
    #[serde(skip_serializing_if = "Option::is_none")]
    questions: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    interrupted: Option<usize>,
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
    let total_words: usize = by_name.values().map(|t| t.words).sum::<usize>().max(1);
    for t in by_name.values_mut() {
        t.share = t.words as f64 / total_words as f64;
    }
    // One hearing: what its turns say about questioning, too.
    if let Some(id) = &args.hearing {
        for turn in lib.hearing_turns(id)? {
            if let Some(t) = by_name.get_mut(&turn.speaker) {
                *t.questions.get_or_insert(0) += turn.text.matches('?').count();
                *t.interrupted.get_or_insert(0) += usize::from(turn.interrupted);
            }
        }
    }
    let mut rows: Vec<Totals> = by_name.into_values().collect();
    rows.sort_by(|a, b| b.words.cmp(&a.words).then_with(|| a.name.cmp(&b.name)));
    for r in rows {
        if args.json {
            out(serde_json::to_string(&r)?);
        } else {
            let questioning = match (r.questions, r.interrupted) {
                (Some(q), Some(i)) => format!(" {q:>4} questions {i:>3} cut off"),
                _ => String::new(),
            };
            out(format!(
                "{:<36} {:<18} {:>5} turns {:>7} words {:>5.1}%{questioning} {:>3} hearing(s)",
                for_terminal(&r.name, false),
                r.role,
                r.turns,
                r.words,
                r.share * 100.0,
                r.hearings.len()
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
}
