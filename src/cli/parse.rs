//! `gavel parse FILE`: how a file splits into turns, as a reader or as JSON,
//! and `--check` for what went where.

use crate::model::Format;
use crate::parse::coverage::coverage;
use crate::sanitize::for_terminal;
use color_eyre::eyre::{Result, WrapErr};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The transcript file.
    pub file: PathBuf,
    /// Print the hearing, turns and blocks as JSON.
    #[arg(long)]
    pub json: bool,
    /// Report coverage; exit 1 if any text was dropped or altered.
    #[arg(long)]
    pub check: bool,
    /// Force a grammar instead of detecting it: gpo, record, colon, timestamped, own_line, court, html, captions, interview.
    #[arg(long, value_name = "NAME")]
    pub format: Option<Format>,
}

pub fn run(args: Args, roster: &crate::speakers::roster::Roster) -> Result<ExitCode> {
    let bytes = std::fs::read(&args.file).wrap_err_with(|| format!("cannot read {}", args.file.display()))?;
    let source = args.file.display().to_string();
    // The hearing's MODS record beside it, as the index reads it.
    let record = match crate::workspace::corpus::Input::File(args.file.clone()).mods() {
        Some(Ok((record, _))) => Some(record),
        Some(Err(why)) => {
            eprintln!("gavel: {}: warning: {}", for_terminal(&source, false), for_terminal(&why, false));
            None
        }
        None => None,
    };
    let (mut t, text) = crate::speakers::read_with(&bytes, &source, args.format, record.as_ref())
        .wrap_err_with(|| format!("cannot parse {}", args.file.display()))?;
    crate::speakers::members::attach_transcript(&mut t, roster);
    for w in &t.warnings {
        eprintln!("gavel: {}: {w}", for_terminal(&source, false));
    }
    for q in &t.quality {
        eprintln!("gavel: {}: parse looks wrong: {}", for_terminal(&source, false), for_terminal(q, false));
    }
    if args.json {
        super::out(serde_json::to_string_pretty(&t)?);
    } else if !args.check {
        print_summary(&t);
    }
    if args.check {
        let c = coverage(&text, &t);
        let pct = |n: usize| {
            if c.total == 0 { 0.0 } else { n as f64 * 100.0 / c.total as f64 }
        };
        super::out(format!(
            "{}: {} turns, {} blocks; of {} non-blank characters: turns {:.2}%, blocks {:.2}%, markup {:.2}%, dropped {} ({:.2}%); altered turns: {}",
            for_terminal(&source, false),
            t.turns.len(),
            t.blocks.len(),
            c.total,
            pct(c.turns),
            pct(c.blocks),
            pct(c.markup),
            c.dropped,
            pct(c.dropped),
            if c.altered.is_empty() { "none".to_owned() } else { format!("{:?}", c.altered) }
        ));
        // A parse that loses nothing can still be wrong: a grammar that
        // did not fit attributes everything to the wrong turns.
        if !t.quality.is_empty() {
            super::out(format!("parse looks wrong: {}", for_terminal(&t.quality.join("; "), false)));
        }
        if !c.is_complete() || !t.quality.is_empty() {
            return Ok(ExitCode::from(1));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_summary(t: &crate::model::Transcript) {
    // Every field here is text from the file, so each line is cleaned whole
    // (no colour is added): a field left out of the cleaning cannot leak.
    let out = |line: String| super::out(for_terminal(&line, false));
    let h = &t.hearing;
    let opt = |o: &Option<String>| o.clone().unwrap_or_else(|| "-".to_owned());
    out(format!("{} [{}]", h.title, h.format.as_str()));
    out(format!(
        "  chamber {} | committee {} | congress {} | dates {} | serial {}",
        h.chamber.map_or("-", |c| c.as_str()),
        match &h.subcommittee {
            Some(sub) => format!("{} / {sub}", opt(&h.committee)),
            None => opt(&h.committee),
        },
        h.congress.map_or("-".to_owned(), |c| c.to_string()),
        if h.dates.is_empty() { "-".to_owned() } else { h.dates.join(", ") },
        opt(&h.serial),
    ));
    out(format!(
        "  chair {} | {} members | witnesses: {}",
        opt(&h.chair),
        h.members.len(),
        h.witnesses.iter().map(|w| w.name.as_str()).collect::<Vec<_>>().join("; ")
    ));
    // Written for the record, never spoken: statements, questions, answers.
    let written = t.blocks.iter().filter(|b| b.is_written()).count();
    out(format!("  {} turns, {} non-speech blocks ({written} written)", t.turns.len(), t.blocks.len()));
    for q in &t.quality {
        out(format!("  parse looks wrong: {q}"));
    }
    for turn in &t.turns {
        let words: Vec<&str> = turn.text.split_whitespace().collect();
        let preview: String = words.iter().take(12).copied().collect::<Vec<_>>().join(" ");
        let more = if words.len() > 12 { " …" } else { "" };
        out(format!(
            "{:>4} L{:<5} {:<28} {:<14} {}{}",
            turn.seq,
            turn.line_start,
            if turn.label.is_empty() && turn.speaker.is_none() {
                // Captions that name no one: say so rather than print a blank.
                format!("(unattributed, {})", turn.note.as_deref().unwrap_or("-"))
            } else {
                format!("{} ({})", turn.display_speaker(), turn.label)
            },
            turn.role.as_str(),
            preview,
            more
        ));
        if let Some(m) = &turn.member {
            super::out(format!(
                "{:>11}member {} {}-{}",
                "",
                m.bioguide,
                m.party.as_deref().unwrap_or("?"),
                m.state
            ));
        }
        if !turn.candidates.is_empty() {
            super::out(format!("{:>11}could be: {}", "", for_terminal(&turn.candidates.join("; "), false)));
        }
    }
}
