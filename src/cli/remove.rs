//! `gavel remove HEARING... | --samples`: takes hearings out of the index
//! (the files themselves are left alone).

use super::Context;
use crate::samples::BUNDLED_PREFIX;
use crate::sanitize::for_terminal;
use color_eyre::eyre::{Result, bail};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Hearing ids, as `gavel hearings` lists them.
    #[arg(required_unless_present = "samples", add = clap_complete::engine::ArgValueCompleter::new(super::complete::hearing_ids))]
    pub hearings: Vec<String>,
    /// The bundled fictional sample hearings; they are not indexed again
    /// into this data folder, even when the index is emptied.
    #[arg(long)]
    pub samples: bool,
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode> {
    let lib = crate::index::Library::open(&ctx.paths.index_dir())?;
    let held = lib.hearings()?;
    let mut ids = args.hearings.clone();
    if args.samples {
        ids.extend(
            held.iter()
                .filter(|h| h.hearing.source.starts_with(BUNDLED_PREFIX))
                .map(|h| h.hearing.id.clone()),
        );
        ctx.decline_samples()?;
    }
    let unknown: Vec<&String> =
        args.hearings.iter().filter(|id| !held.iter().any(|h| &h.hearing.id == *id)).collect();
    if !unknown.is_empty() {
        let list: Vec<String> = unknown.iter().map(|u| format!("{:?}", for_terminal(u, false))).collect();
        bail!(
            "no hearing with id {} in the index; `gavel hearings` lists them; nothing was removed",
            list.join(", ")
        );
    }
    let mut indexer = lib.indexer()?;
    let removed = indexer.remove_hearings(&ids);
    indexer.commit()?;
    for source in &removed {
        eprintln!("gavel: removed {}", for_terminal(source, false));
    }
    eprintln!(
        "gavel: removed {} of {} hearings; the files themselves are untouched",
        removed.len(),
        held.len()
    );
    if args.samples {
        eprintln!("gavel: the sample hearings will not be indexed into this data folder again");
    }
    Ok(ExitCode::SUCCESS)
}
