//! `gavel watch`: saved queries, and their hits in hearings new since each
//! last ran (exit 0: new hits, 1: none), for `gavel get && gavel watch`.

use super::{Context, out, use_color};
use crate::sanitize::for_terminal;
use crate::workspace::watch::Watches;
use color_eyre::eyre::Result;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// One JSON object per new hit, with the watch's name.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Save a query; it reports hits in hearings indexed from now on.
    Add {
        /// A name for the query, to list and remove it by.
        name: String,
        /// The query, as `gavel search` takes it.
        #[arg(required = true)]
        query: Vec<String>,
    },
    /// The saved queries.
    List,
    /// Forget a saved query.
    Rm {
        /// The saved query's name.
        name: String,
    },
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode> {
    let file = ctx.paths.watches_file();
    let mut watches = Watches::load(&file)?;
    match args.command {
        Some(Command::Add { name, query }) => {
            let lib = ctx.library()?;
            watches.add(&name, &query.join(" "), &lib)?;
            watches.save(&file)?;
            eprintln!(
                "gavel: watching {:?}; `gavel watch` reports its hits in hearings indexed from now on",
                name
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::List) => {
            for w in &watches.watches {
                out(format!("{}\t{}", for_terminal(&w.name, false), for_terminal(&w.query, false)));
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Rm { name }) => {
            watches.remove(&name)?;
            watches.save(&file)?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            if watches.watches.is_empty() {
                eprintln!("gavel: no saved queries; `gavel watch add NAME QUERY` saves one");
                return Ok(ExitCode::from(1));
            }
            let lib = ctx.library()?;
            let found = watches.run(&lib)?;
            // Seen only once reported: saved before anything is printed
            // would lose hits to a closed pipe; after, a failed save
            // reports them again next time, which is the lesser harm.
            let color = use_color();
            let mut sources = crate::workspace::lines::Sources::default();
            let mut any = false;
            for f in &found {
                for n in &f.notes {
                    eprintln!("gavel: watch {}: query: {n}", for_terminal(&f.name, false));
                }
                for id in &f.changed {
                    eprintln!(
                        "gavel: watch {}: {} was indexed again with other content; its hits not reported before follow, and may be words it already held",
                        for_terminal(&f.name, false),
                        for_terminal(id, false)
                    );
                }
                for hit in &f.hits {
                    any = true;
                    if args.json {
                        let mut v = serde_json::to_value(hit)?;
                        v["watch"] = serde_json::Value::String(f.name.clone());
                        // As `gavel search --json` gives it: the line of the match.
                        v["line"] = serde_json::Value::from(sources.match_line(hit));
                        out(serde_json::to_string(&v)?);
                    } else {
                        out(format!("[{}]", for_terminal(&f.name, false)));
                        super::search::print_hit(hit, sources.match_line(hit), color);
                        out("");
                    }
                }
            }
            watches.save(&file)?;
            Ok(if any { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
    }
}
