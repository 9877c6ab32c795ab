//! `gavel compare`: what one person (or two) said on a topic across hearings,
//! grouped by hearing in date order, with the key sentence of each statement.

use super::{Context, out, use_color};
use crate::analysis::compare::{self, distinctive_terms};
use crate::sanitize::for_terminal;
use color_eyre::eyre::{Result, bail};
use serde::Serialize;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// One person (any part of their name).
    #[arg(long, value_name = "NAME", conflicts_with = "speakers", add = clap_complete::engine::ArgValueCompleter::new(super::complete::speakers))]
    pub speaker: Option<String>,
    /// Two people side by side.
    #[arg(long, num_args = 2, value_names = ["A", "B"], add = clap_complete::engine::ArgValueCompleter::new(super::complete::speakers))]
    pub speakers: Option<Vec<String>>,
    /// How often the topic comes up in each hearing, over time, instead.
    #[arg(long, conflicts_with_all = ["speaker", "speakers"])]
    pub trend: bool,
    /// The statements most like this turn (`HEARING#SEQ`) from hearings held
    /// before it, newest first.
    #[arg(long, value_name = "TURN_ID", conflicts_with_all = ["speaker", "speakers", "trend", "hearings"])]
    pub said_before: Option<String>,
    /// The statements from other hearings most like this turn, any date, best first.
    #[arg(long, value_name = "TURN_ID", conflicts_with_all = ["speaker", "speakers", "trend", "hearings", "said_before"])]
    pub similar: Option<String>,
    /// Two hearings: who spoke in both, and the words most their own.
    #[arg(long, num_args = 2, value_names = ["H1", "H2"], conflicts_with_all = ["speaker", "speakers", "trend"], add = clap_complete::engine::ArgValueCompleter::new(super::complete::hearing_ids))]
    pub hearings: Option<Vec<String>>,
    /// With --trend: CSV instead of a table.
    #[arg(long, requires = "trend")]
    pub csv: bool,
    /// With --trend: also the hearings that never mention it (of those the
    /// query's filters select), at zero.
    #[arg(long, requires = "trend")]
    pub all: bool,
    /// The topic, in the query language.
    #[arg(required_unless_present_any = ["hearings", "said_before", "similar"])]
    pub query: Vec<String>,
    /// With --speaker(s): include what they wrote for the record (prepared
    /// statements, answers to written questions), marked as written.
    #[arg(long)]
    pub written: bool,
    /// JSON Lines instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Matching turns per hearing, oldest first, with a bar for the eye.
fn trend(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let lib = ctx.library()?;
    let rows = compare::trend(&lib, &lib.hearings()?, &args.query.join(" "), args.all)?;
    if args.csv {
        let mut w = csv::Writer::from_writer(Vec::new());
        for r in &rows {
            w.serialize(r)?;
        }
        out(String::from_utf8_lossy(&w.into_inner().map_err(|e| e.into_error())?).trim_end());
    } else {
        let most = rows.iter().map(|r| r.matching_turns).max().unwrap_or(0).max(1);
        let year = |r: &compare::TrendRow| r.date.as_deref().and_then(|d| d.get(..4)?.parse::<u16>().ok());
        let mut last_year = None;
        for r in &rows {
            // Years with no hearing that mentions it, as gaps on the time axis.
            if let (false, Some(prev), Some(this)) = (args.json, last_year, year(r))
                && this > prev + 1
            {
                let gap = if this == prev + 2 {
                    format!("{}", prev + 1)
                } else {
                    format!("{}–{}", prev + 1, this - 1)
                };
                out(format!("{gap:<10} {:>5}  no hearing in the index mentions it", 0));
            }
            last_year = year(r).or(last_year);
            if args.json {
                out(serde_json::to_string(r)?);
            } else {
                out(format!(
                    "{:<10} {:>5}/{:<5} {:<30} {}",
                    r.date.as_deref().unwrap_or("undated"),
                    r.matching_turns,
                    r.turns,
                    "█".repeat(r.matching_turns * 30 / most),
                    for_terminal(&r.hearing_title, false)
                ));
            }
        }
    }
    Ok(if rows.iter().any(|r| r.matching_turns > 0) { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode> {
    if args.trend {
        return trend(ctx, &args);
    }
    if let Some(id) = args.said_before.as_ref().or(args.similar.as_ref()) {
        let lib = ctx.library()?;
        let hits = if args.similar.is_some() {
            lib.similar(id, 10)?
        } else {
            match lib.said_before(id, 10)? {
                Some(hits) => hits,
                None => bail!(
                    "{id:?} is not a turn with a dated hearing in the index; `gavel search --json` prints turn ids \
                     (--similar works without a date)"
                ),
            }
        };
        for h in &hits {
            if args.json {
                out(serde_json::to_string(h)?);
            } else {
                out(format!(
                    "{} {} ({}) [{}]: {}",
                    h.date.as_deref().unwrap_or("undated"),
                    for_terminal(&h.speaker, false),
                    for_terminal(&h.hearing_title, false),
                    h.turn_id,
                    for_terminal(&h.snippet.replace('\n', " "), false)
                ));
            }
        }
        return Ok(if hits.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS });
    }
    if let Some(pair) = &args.hearings {
        return two_hearings(ctx, &pair[0], &pair[1], args.json);
    }
    let people: Vec<String> = match (&args.speaker, &args.speakers) {
        (Some(s), _) => vec![s.clone()],
        (None, Some(pair)) => pair.clone(),
        (None, None) => bail!("say whose statements to compare: --speaker NAME, --speakers A B, or --trend"),
    };
    let lib = ctx.library()?;
    let found = compare::statements(&lib, &args.query.join(" "), &people, args.written)?;
    for n in &found.notes {
        eprintln!("gavel: query: {n}");
    }
    if let Some((name, who)) = found.ambiguous.first() {
        let list: Vec<String> =
            who.iter().map(|p| format!("  --speaker \"{}\"", for_terminal(p, false))).collect();
        bail!(
            "{:?} fits {} people who spoke on this; name one of them:\n{}",
            name,
            who.len(),
            list.join("\n")
        );
    }
    let groups = found.groups;
    let color = use_color();
    for g in &groups {
        if args.json {
            out(serde_json::to_string(g)?);
            continue;
        }
        let (bold, reset) = if color { ("\x1b[1m", "\x1b[0m") } else { ("", "") };
        out(format!(
            "{bold}{} — {}{reset} ({} statement(s))",
            g.date.as_deref().unwrap_or("undated"),
            for_terminal(&g.hearing_title, false),
            g.statements.len()
        ));
        for s in &g.statements {
            out(format!(
                "  {}{} [{}{}]: {}",
                for_terminal(&s.speaker, false),
                if s.written { " (written)" } else { "" },
                s.turn_id,
                s.page.as_deref().map(|p| format!(", {}", crate::model::pin(p))).unwrap_or_default(),
                for_terminal(&s.key_sentence, false)
            ));
        }
    }
    if groups.is_empty() {
        // Exit 1 like grep, but never without a word.
        eprintln!(
            "gavel: no statements by {} on {:?} (`gavel search 'speaker:NAME'` shows what a name finds)",
            people.iter().map(|p| format!("{:?}", for_terminal(p, false))).collect::<Vec<_>>().join(" or "),
            for_terminal(&args.query.join(" "), false)
        );
    }
    Ok(if groups.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

#[derive(Debug, Serialize)]
struct HearingTerms {
    hearing_id: String,
    hearing_title: String,
    /// The words this hearing uses most beyond what the whole index would
    /// lead one to expect (tf-idf over the spoken text).
    distinctive: Vec<String>,
}

#[derive(Debug, Serialize)]
struct TwoHearings {
    spoke_in_both: Vec<String>,
    hearings: [HearingTerms; 2],
}

fn two_hearings(ctx: &Context, a: &str, b: &str, json: bool) -> Result<ExitCode> {
    let lib = ctx.library()?;
    let summary = |id: &str| -> Result<crate::summary::HearingSummary> {
        match lib.hearing(id)? {
            Some((s, _)) => Ok(s),
            None => bail!("no hearing with id {id:?}; `gavel hearings` lists them"),
        }
    };
    let (sa, sb) = (summary(a)?, summary(b)?);
    let spoke_in_both = compare::spoke_in_both(&sa, &sb);
    let terms = |s: &crate::summary::HearingSummary| -> Result<HearingTerms> {
        let turns = lib.hearing_turns(&s.hearing.id)?;
        Ok(HearingTerms {
            hearing_id: s.hearing.id.clone(),
            hearing_title: s.hearing.title.clone(),
            distinctive: distinctive_terms(&lib, turns.iter().map(|t| t.text.as_str()), 12)?,
        })
    };
    let result = TwoHearings { spoke_in_both, hearings: [terms(&sa)?, terms(&sb)?] };
    if json {
        out(serde_json::to_string(&result)?);
    } else {
        out(format!("spoke in both: {}", for_terminal(&result.spoke_in_both.join(", "), false)));
        for h in &result.hearings {
            out(format!(
                "{} — {}
  {}",
                h.hearing_id,
                for_terminal(&h.hearing_title, false),
                for_terminal(&h.distinctive.join(", "), false)
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
}
