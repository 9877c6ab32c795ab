//! `gavel exchanges HEARING`: who questioned whom, in order.

use super::{Context, out};
use crate::index::search::exchanges_of;
use crate::sanitize::for_terminal;
use crate::summary::exchanges::Exchange;
use color_eyre::eyre::{Result, bail};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Hearing id (`gavel hearings` lists them).
    pub hearing: String,
    /// Only exchanges between these two people (any part of their names).
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    pub between: Option<Vec<String>>,
    #[arg(long)]
    pub json: bool,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode> {
    let lib = ctx.library()?;
    let turns = lib.hearing_turns(&args.hearing)?;
    if turns.is_empty() {
        bail!("no hearing with id {:?}; `gavel hearings` lists them", args.hearing);
    }
    let found: Vec<Exchange> = exchanges_of(&turns)
        .into_iter()
        .filter(|e| args.between.as_ref().is_none_or(|pair| between(e, &pair[0], &pair[1])))
        .collect();
    for e in &found {
        if args.json {
            out(serde_json::to_string(e)?);
        } else {
            out(format!(
                "#{:<3} turns {}–{} ({})  {} → {}  questions {}  words {}/{}{}",
                e.number,
                e.first_seq,
                e.last_seq,
                e.turns,
                for_terminal(&e.questioner, false),
                for_terminal(&e.respondents.join(", "), false),
                e.questions,
                e.questioner_words,
                e.respondent_words,
                if e.interruptions.is_empty() {
                    String::new()
                } else {
                    format!(
                        "  interrupted: {}",
                        e.interruptions.iter().map(|s| format!("#{s}")).collect::<Vec<_>>().join(" ")
                    )
                }
            ));
        }
    }
    Ok(if found.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn between(e: &Exchange, a: &str, b: &str) -> bool {
    let is = |name: &str, who: &str| name.to_lowercase().contains(&who.to_lowercase());
    let side = |x: &str, y: &str| is(&e.questioner, x) && e.respondents.iter().any(|r| is(r, y));
    side(a, b) || side(b, a)
}
