//! `gavel roster import FILE...` and `gavel roster show`: the legislators
//! that members of Congress are tied to when hearings are indexed.

use super::{Context, out};
use crate::sanitize::for_terminal;
use crate::speakers::roster::{self, Legislator, Roster};
use crate::workspace::files::write_atomically;
use color_eyre::eyre::{Result, WrapErr};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Read congress-legislators YAML files (legislators-current.yaml,
    /// legislators-historical.yaml) into the stored roster.
    Import {
        /// The YAML files.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Start afresh instead of adding to the people already stored.
        #[arg(long)]
        replace: bool,
    },
    /// List the people in the roster (those whose name contains NAME).
    Show {
        /// Part of a name; none lists everyone.
        name: Option<String>,
        /// One JSON object per person, per line.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(ctx: &Context, cmd: Command) -> Result<ExitCode> {
    match cmd {
        Command::Import { files, replace } => import(ctx, &files, replace),
        Command::Show { name, json } => show(ctx, name.as_deref(), json),
    }
}

fn import(ctx: &Context, files: &[PathBuf], replace: bool) -> Result<ExitCode> {
    let path = ctx.paths.roster_file();
    let mut stored = if replace { Roster::default() } else { Roster::load(&path)? };
    // Every file is read before anything is written: one bad file leaves the
    // stored roster as it was.
    for file in files {
        let (people, skipped) = roster::read_yaml(file)?;
        eprintln!(
            "gavel: {}: {} people{}",
            for_terminal(&file.display().to_string(), false),
            people.len(),
            if skipped > 0 {
                format!(" ({skipped} without a bioguide id or a term in Congress, left out)")
            } else {
                String::new()
            }
        );
        let source = std::fs::canonicalize(file).unwrap_or_else(|_| file.clone());
        stored.merge(source.display().to_string(), people);
    }
    std::fs::create_dir_all(&ctx.paths.data_dir)
        .wrap_err_with(|| format!("cannot create {}", ctx.paths.data_dir.display()))?;
    write_atomically(&path, &serde_json::to_vec(&stored)?, true)?;
    eprintln!(
        "gavel: the roster in {} holds {} people; run `gavel index` (with the paths indexed before) to apply it to hearings already indexed",
        for_terminal(&path.display().to_string(), false),
        stored.people.len()
    );
    Ok(ExitCode::SUCCESS)
}

#[derive(serde::Serialize)]
struct Row<'a> {
    bioguide: &'a str,
    name: &'a str,
    /// Of the latest term.
    party: Option<&'a str>,
    state: &'a str,
    chamber: &'static str,
    first_term: &'a str,
    last_term_end: &'a str,
}

fn row(l: &Legislator) -> Option<Row<'_>> {
    let first = l.terms.iter().min_by(|a, b| a.start.cmp(&b.start))?;
    let last = l.terms.iter().max_by(|a, b| a.start.cmp(&b.start))?;
    Some(Row {
        bioguide: &l.bioguide,
        name: &l.name,
        party: last.party.as_deref(),
        state: &last.state,
        chamber: last.chamber.as_str(),
        first_term: &first.start,
        last_term_end: &last.end,
    })
}

fn show(ctx: &Context, name: Option<&str>, json: bool) -> Result<ExitCode> {
    let roster = ctx.roster()?;
    if roster.is_empty() {
        eprintln!("gavel: the roster is empty; `gavel roster import legislators-current.yaml` fills it");
        return Ok(ExitCode::from(1));
    }
    if !json && name.is_none() {
        for s in &roster.sources {
            out(format!("source: {}", for_terminal(s, false)));
        }
    }
    let wanted = name.map(str::to_lowercase);
    let mut shown = 0;
    for l in &roster.people {
        if wanted.as_ref().is_some_and(|w| !l.name.to_lowercase().contains(w.as_str())) {
            continue;
        }
        let Some(r) = row(l) else { continue };
        shown += 1;
        if json {
            out(serde_json::to_string(&r)?);
        } else {
            out(format!(
                "{:<8} {:<32} {:<12} {:<2} {:<6} {}–{}",
                r.bioguide,
                for_terminal(r.name, false),
                r.party.unwrap_or("-"),
                r.state,
                r.chamber,
                r.first_term,
                r.last_term_end
            ));
        }
    }
    Ok(if shown == 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
