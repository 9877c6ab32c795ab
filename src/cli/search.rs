//! `gavel search QUERY`: ranked hits, like ripgrep, or JSON Lines.

use super::{Context, out, use_color};
use crate::index::search::Hit;
use crate::sanitize::for_terminal;
use color_eyre::eyre::Result;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Words, "phrases", -exclusions, prefix*, OR, and filters such as
    /// speaker:wicker role:witness committee:"armed services" date:2025.
    #[arg(required = true)]
    pub query: Vec<String>,
    #[arg(long, short = 'n', default_value_t = 20)]
    pub limit: usize,
    /// One JSON object per hit, per line.
    #[arg(long)]
    pub json: bool,
    /// Print only the number of matching turns.
    #[arg(long)]
    pub count: bool,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode> {
    let lib = ctx.library()?;
    let query = args.query.join(" ");
    if args.count {
        let (n, notes) = lib.count(&query)?;
        report_notes(&notes);
        out(n);
        return Ok(if n > 0 { ExitCode::SUCCESS } else { ExitCode::from(1) });
    }
    let results = lib.search(&query, args.limit)?;
    report_notes(&results.notes);
    let color = use_color();
    for (i, hit) in results.hits.iter().enumerate() {
        if args.json {
            out(serde_json::to_string(hit)?);
        } else {
            if i > 0 {
                out("");
            }
            print_hit(hit, color);
        }
    }
    if !args.json && results.total > results.hits.len() {
        eprintln!(
            "gavel: showing {} of {} matching turns (--limit to see more)",
            results.hits.len(),
            results.total
        );
    }
    Ok(if results.hits.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn report_notes(notes: &[String]) {
    for n in notes {
        eprintln!("gavel: query: {n}");
    }
}

fn print_hit(hit: &Hit, color: bool) {
    let (bold, dim, hl, reset) =
        if color { ("\x1b[1m", "\x1b[2m", "\x1b[1;33m", "\x1b[0m") } else { ("", "", "", "") };
    let t = |s: &str| for_terminal(s, false).into_owned();
    out(format!(
        "{bold}{}{reset} {dim}{} | {}{}{reset}",
        t(&hit.hearing_title),
        hit.date.as_deref().unwrap_or("undated"),
        t(hit.committee.as_deref().unwrap_or("")),
        hit.page.as_deref().map(|p| format!(" | {}", crate::model::pin(p))).unwrap_or_default(),
    ));
    let mut snippet = String::new();
    let mut at = 0;
    for r in &hit.highlights {
        snippet.push_str(&t(&hit.snippet[at..r.start]));
        snippet.push_str(hl);
        snippet.push_str(&t(&hit.snippet[r.clone()]));
        snippet.push_str(reset);
        at = r.end;
    }
    snippet.push_str(&t(&hit.snippet[at..]));
    out(format!(
        "{bold}{}{reset} ({}) {dim}{} L{}{reset}: {}",
        t(&hit.speaker),
        hit.role,
        hit.turn_id,
        hit.line_start,
        snippet
    ));
}
