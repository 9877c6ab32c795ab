//! `gavel search QUERY`: ranked hits, like ripgrep, or JSON Lines.

use super::{Context, out, use_color};
use crate::index::page::Order;
use crate::index::search::Hit;
use crate::sanitize::for_terminal;
use crate::workspace::lines::Sources;
use color_eyre::eyre::Result;
use serde::Serialize;
use std::ops::Range;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Hearing, speaker, turn id, line and snippet, like ripgrep.
    Text,
    /// One JSON object per hit, per line (JSON Lines).
    Json,
    /// One row per hit with a header; the snippet on one line.
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Sort {
    /// Best match first.
    Relevance,
    /// Oldest hearing first.
    Date,
    /// Newest hearing first.
    #[value(name = "-date")]
    NewestFirst,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Words, "phrases", -exclusions, prefix*, OR, and filters such as
    /// speaker:wicker role:witness committee:"armed services" date:2025.
    #[arg(required = true)]
    pub query: Vec<String>,
    /// How many hits to show (at least one; --count counts them all).
    #[arg(long, short = 'n', default_value_t = 20, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    pub limit: usize,
    /// Skip this many hits first, to page through (with --limit).
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Order of the hits.
    #[arg(long, value_enum, default_value = "relevance", allow_hyphen_values = true)]
    pub sort: Sort,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// The same as --format json.
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
    /// Print only the number of matching turns.
    #[arg(long)]
    pub count: bool,
}

/// A hit as scripts get it: the index's fields, the line of the match, and
/// whether it is a bundled sample.
#[derive(Serialize)]
struct Row<'a> {
    #[serde(flatten)]
    hit: &'a Hit,
    /// The line of the file where the first marked word is.
    line: u64,
    sample: Option<&'static str>,
}

#[derive(Serialize)]
struct CsvRow<'a> {
    turn_id: &'a str,
    hearing_id: &'a str,
    hearing_title: &'a str,
    date: Option<&'a str>,
    committee: Option<&'a str>,
    chamber: Option<&'a str>,
    speaker: &'a str,
    label: &'a str,
    role: &'a str,
    kind: &'a str,
    page: Option<&'a str>,
    source: &'a str,
    line: u64,
    line_start: u64,
    line_end: u64,
    score: f32,
    snippet: &'a str,
    sample: Option<&'static str>,
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
    let order = match args.sort {
        Sort::Relevance => Order::Relevance,
        Sort::Date => Order::Oldest,
        Sort::NewestFirst => Order::Newest,
    };
    let format = if args.json { Format::Json } else { args.format };
    let results = lib.search_page(&query, args.offset, args.limit, order)?;
    report_notes(&results.notes);
    let color = use_color();
    let mut sources = Sources::default();
    let mut csv = (format == Format::Csv).then(|| csv::Writer::from_writer(std::io::stdout()));
    for (i, hit) in results.hits.iter().enumerate() {
        let line = sources.match_line(hit);
        let sample = crate::samples::note(&hit.source);
        match format {
            Format::Json => out(serde_json::to_string(&Row { hit, line, sample })?),
            Format::Csv => {
                let (snippet, _) = one_line(&hit.snippet, &hit.highlights);
                let row = CsvRow {
                    turn_id: &hit.turn_id,
                    hearing_id: &hit.hearing_id,
                    hearing_title: &hit.hearing_title,
                    date: hit.date.as_deref(),
                    committee: hit.committee.as_deref(),
                    chamber: hit.chamber.as_deref(),
                    speaker: &hit.speaker,
                    label: &hit.label,
                    role: &hit.role,
                    kind: &hit.kind,
                    page: hit.page.as_deref(),
                    source: &hit.source,
                    line,
                    line_start: hit.line_start,
                    line_end: hit.line_end,
                    score: hit.score,
                    snippet: &snippet,
                    sample,
                };
                if let Some(w) = csv.as_mut() {
                    // A closed pipe ends the program quietly, as `out` does.
                    if w.serialize(row).and_then(|_| w.flush().map_err(Into::into)).is_err() {
                        std::process::exit(0);
                    }
                }
            }
            Format::Text => {
                if i > 0 {
                    out("");
                }
                print_hit(hit, line, color);
            }
        }
    }
    // An estimated count says so (`index::estimate`): a fact-checker must
    // not quote "1,900,000 turns" as counted.
    let about = if results.estimated { "about " } else { "" };
    if results.hits.is_empty() && results.total > 0 {
        eprintln!(
            "gavel: no hits past --offset {}: {about}{} turns match in all",
            args.offset, results.total
        );
    } else if format == Format::Text && results.total > args.offset + results.hits.len() {
        eprintln!(
            "gavel: showing {}–{} of {about}{} matching turns (--offset {} for more)",
            args.offset + results.hits.len().min(1),
            args.offset + results.hits.len(),
            results.total,
            args.offset + results.hits.len()
        );
    }
    Ok(if results.hits.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// A snippet on one line: every run of whitespace (line breaks of the
/// transcript's paragraphs included) one space, the marks moved with it.
fn one_line(snippet: &str, marks: &[Range<usize>]) -> (String, Vec<Range<usize>>) {
    let mut out = String::with_capacity(snippet.len());
    let mut map = vec![0; snippet.len() + 1];
    let mut in_space = false;
    for (i, c) in snippet.char_indices() {
        map[i] = out.len();
        if c.is_whitespace() {
            if !in_space && !out.is_empty() {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    map[snippet.len()] = out.len();
    let end = out.trim_end().len();
    out.truncate(end);
    let marks = marks
        .iter()
        .filter(|r| r.end <= snippet.len())
        .map(|r| map[r.start].min(end)..map[r.end].min(end))
        .filter(|r| !r.is_empty())
        .collect();
    (out, marks)
}

fn report_notes(notes: &[String]) {
    for n in notes {
        eprintln!("gavel: query: {n}");
    }
}

pub(super) fn print_hit(hit: &Hit, line: u64, color: bool) {
    let (bold, dim, hl, reset) =
        if color { ("\x1b[1m", "\x1b[2m", "\x1b[1;33m", "\x1b[0m") } else { ("", "", "", "") };
    let t = |s: &str| for_terminal(s, false).into_owned();
    let sample = crate::samples::note(&hit.source).map(|n| format!(" ({n})")).unwrap_or_default();
    out(format!(
        "{bold}{}{reset}{sample} {dim}{} | {}{}{reset}",
        t(&hit.hearing_title),
        hit.date.as_deref().unwrap_or("undated"),
        t(hit.committee.as_deref().unwrap_or("")),
        hit.page.as_deref().map(|p| format!(" | {}", crate::model::pin(p))).unwrap_or_default(),
    ));
    let (flat, marks) = one_line(&hit.snippet, &hit.highlights);
    let mut snippet = String::new();
    let mut at = 0;
    for r in &marks {
        snippet.push_str(&t(&flat[at..r.start]));
        snippet.push_str(hl);
        snippet.push_str(&t(&flat[r.clone()]));
        snippet.push_str(reset);
        at = r.end;
    }
    snippet.push_str(&t(&flat[at..]));
    out(format!(
        "{bold}{}{reset} ({}) {dim}{} L{}{reset}: {}",
        t(&hit.speaker),
        hit.role_shown(),
        hit.turn_id,
        line,
        snippet
    ));
}
