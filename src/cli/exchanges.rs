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
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(super::complete::hearing_ids))]
    pub hearing: String,
    /// Only exchanges between these two people (any part of their names).
    #[arg(long, num_args = 2, value_names = ["A", "B"], add = clap_complete::engine::ArgValueCompleter::new(super::complete::speakers))]
    pub between: Option<Vec<String>>,
    /// One JSON object per exchange, per line.
    #[arg(long)]
    pub json: bool,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode> {
    let lib = ctx.library()?;
    let turns = lib.hearing_turns(&args.hearing)?;
    if turns.is_empty() {
        bail!("no hearing with id {:?}; `gavel hearings` lists them", args.hearing);
    }
    let all = exchanges_of(&turns);
    let total = all.len();
    let found: Vec<Exchange> = all
        .into_iter()
        .filter(|e| args.between.as_ref().is_none_or(|pair| between(e, &pair[0], &pair[1])))
        .collect();
    // Exit 1 says "none", like grep; the reason goes to stderr, so a
    // script's stdout stays empty but a reader is never left guessing.
    if found.is_empty() {
        let hearing = for_terminal(&args.hearing, false);
        match &args.between {
            Some(pair) => eprintln!(
                "gavel: no exchanges between {:?} and {:?} in {hearing} ({total} exchanges in all); an exchange is a member questioning a witness, so both must be resolved speakers (`gavel parse` shows who each turn is)",
                for_terminal(&pair[0], false),
                for_terminal(&pair[1], false)
            ),
            None => eprintln!(
                "gavel: no exchanges in {hearing}: no turn of a member or chair is answered by a witness (are its speakers resolved? `gavel parse` shows them)"
            ),
        }
    }
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
