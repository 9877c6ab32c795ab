//! `gavel verify FILE|-`: the quotations of an article checked against the
//! indexed record, as a terminal report, JSON Lines or an editor's memo.

use super::{Context, out, use_color};
use crate::analysis::verify::{self, Checked, Verdict};
use crate::export::quote::Style;
use crate::sanitize::for_terminal;
use color_eyre::eyre::{Result, WrapErr, eyre};
use std::io::Read;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum VerifyFormat {
    /// A report for reading: quotations in order, verdicts coloured on a terminal.
    Text,
    /// An editor's memo in Markdown: what needs attention first, then the rest.
    Md,
    /// JSON Lines: one object per quotation (quote, verdict, turn_id,
    /// hearing_id, speaker, attributed_to, diff, citation, ...).
    Json,
}

#[derive(Debug, clap::Args)]
#[command(after_help = "Verdicts: verbatim, elided (marked … cuts, [bracketed] insertions), altered \
    (≥ 70% of the words, the rest changed unmarked; the difference is shown), misattributed (found, \
    but said by someone other than the article names), not_found, common (said by many; tied to no one), \
    too_short (under 5 words with no name beside them).\n\
    Exit status: 0 when no quotation is altered, misattributed or not found; 1 when one is; 2 on error.")]
pub struct Args {
    /// The article: plain text, Markdown or HTML; `-` reads standard input.
    #[arg(value_name = "FILE|-")]
    pub input: String,
    /// How to print the results.
    #[arg(long, value_enum, default_value = "text")]
    pub format: VerifyFormat,
    /// JSON Lines, one object per quotation (the same as --format json).
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
    /// Citation style for the sources found, as `gavel quote` gives them.
    #[arg(long, value_enum, default_value = "bluebook")]
    pub style: Style,
}

fn read_input(input: &str) -> Result<(String, String)> {
    let mut bytes = Vec::new();
    let name = if input == "-" {
        std::io::stdin().read_to_end(&mut bytes).wrap_err("cannot read standard input")?;
        "standard input"
    } else {
        bytes = std::fs::read(input).wrap_err_with(|| format!("cannot read {input}"))?;
        input
    };
    let (article, warnings) =
        verify::read_article(&bytes).map_err(|e| eyre!("cannot read {name} as an article: {e}"))?;
    for w in warnings {
        eprintln!("gavel: {}: {w}", clean(name));
    }
    Ok((name.to_owned(), article))
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode> {
    let (name, article) = read_input(&args.input)?;
    let lib = ctx.library()?;
    let checked = verify::verify(&lib, &article, args.style)?;
    let format = if args.json { VerifyFormat::Json } else { args.format };
    match format {
        VerifyFormat::Json => {
            for c in &checked {
                out(serde_json::to_string(c)?);
            }
        }
        VerifyFormat::Md => out(for_terminal(memo(&name, &checked).trim_end(), true)),
        VerifyFormat::Text => report(&name, &checked, use_color()),
    }
    if checked.is_empty() {
        eprintln!("gavel: no quotations found in {name}");
    }
    Ok(if checked.iter().any(|c| c.verdict.is_problem()) { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn summary_line(checked: &[Checked]) -> String {
    let parts: Vec<String> =
        verify::tally(checked).iter().map(|(v, n)| format!("{n} {}", v.as_str().replace('_', " "))).collect();
    let noun = if checked.len() == 1 { "quotation" } else { "quotations" };
    format!("{} {noun}: {}", checked.len(), parts.join(", "))
}

fn colour(v: Verdict) -> &'static str {
    match v {
        Verdict::Verbatim | Verdict::Elided => "\x1b[32m",
        Verdict::Altered | Verdict::Common | Verdict::TooShort => "\x1b[33m",
        Verdict::Misattributed | Verdict::NotFound => "\x1b[31m",
    }
}

/// Text on its way to the terminal: one line, no control characters.
fn clean(s: &str) -> String {
    for_terminal(&s.replace('\n', " ¶ "), false).into_owned()
}

fn report(name: &str, checked: &[Checked], color: bool) {
    out(format!("{}: {}", clean(name), summary_line(checked)));
    for (i, c) in checked.iter().enumerate() {
        out("");
        let verdict = c.verdict.as_str().to_uppercase();
        let verdict = if color { format!("\x1b[1m{}{verdict}\x1b[0m", colour(c.verdict)) } else { verdict };
        out(format!("{:>3}. line {} · {verdict}", i + 1, c.line));
        let by = c.attributed_to.as_deref().map(|a| format!(" — {}", clean(a))).unwrap_or_default();
        out(format!("     “{}”{by}", clean(&c.quote)));
        if let Some(turn) = &c.turn_id {
            let run = c.to_turn_id.as_deref().map(|t| format!("..{}", clean(t))).unwrap_or_default();
            let speaker = c.speaker.as_deref().map(clean).unwrap_or_default();
            out(format!("     ↳ {}{run} · {speaker}", clean(turn)));
        }
        if let Some(d) = &c.diff {
            out(format!("     diff: {}", clean(d)));
        }
        if let Some(p) = c.passage.as_deref().filter(|_| c.verdict != Verdict::Verbatim) {
            out(format!("     record: “{}”", clean(p)));
        }
        if let Some(note) = &c.note {
            out(format!("     note: {}", clean(note)));
        }
        if let Some(cite) = &c.citation {
            out(format!("     {}", clean(cite)));
        }
    }
}

/// The editor's memo: problems first, each with what the record says.
pub fn memo(name: &str, checked: &[Checked]) -> String {
    let mut s = format!("# Quotation check: {name}\n\n{}.\n", summary_line(checked));
    type Wanted = fn(Verdict) -> bool;
    let sections: [(&str, Wanted); 3] = [
        ("Needs attention", Verdict::is_problem),
        ("Confirmed against the record", |v| matches!(v, Verdict::Verbatim | Verdict::Elided)),
        ("Not checked", |v| matches!(v, Verdict::Common | Verdict::TooShort)),
    ];
    for (title, wanted) in sections {
        let items: Vec<(usize, &Checked)> =
            checked.iter().enumerate().filter(|(_, c)| wanted(c.verdict)).collect();
        if items.is_empty() {
            continue;
        }
        s.push_str(&format!("\n## {title}\n"));
        for (i, c) in items {
            s.push_str(&format!("\n### {}. {} (line {})\n\n", i + 1, c.verdict.as_str(), c.line));
            for para in c.quote.split('\n') {
                s.push_str(&format!("> {para}\n"));
            }
            s.push('\n');
            if let Some(a) = &c.attributed_to {
                s.push_str(&format!("- Attributed to: {a}\n"));
            }
            if let (Some(t), Some(sp)) = (&c.turn_id, &c.speaker) {
                let run = c.to_turn_id.as_deref().map(|t| format!("..`{t}`")).unwrap_or_default();
                s.push_str(&format!("- In the record: `{t}`{run}, {sp}\n"));
            }
            if let Some(d) = &c.diff {
                s.push_str(&format!("- Difference: `{d}`\n"));
            }
            if let Some(p) = c.passage.as_deref().filter(|_| c.verdict != Verdict::Verbatim) {
                s.push_str(&format!("- The record reads: “{p}”\n"));
            }
            if let Some(n) = &c.note {
                s.push_str(&format!("- Note: {n}\n"));
            }
            if let Some(cite) = &c.citation {
                s.push_str(&format!("- Source: {cite}\n"));
            }
        }
    }
    s
}
