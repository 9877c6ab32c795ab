//! `gavel quote TURN_ID [TO_TURN_ID]`: a verbatim quote with attribution and
//! citation, checked against its source file first.

use super::{Context, out};
use crate::export::quote::{self, Style};
use crate::sanitize::for_terminal;
use crate::workspace::files::write_atomically;
use color_eyre::eyre::Result;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum QuoteFormat {
    Md,
    Txt,
    Json,
    Csv,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The turn to quote (`HEARING#SEQ`, as `gavel search --json` prints).
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(super::complete::turn_ids))]
    pub turn_id: String,
    /// The last turn of a run of consecutive turns.
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(super::complete::turn_ids))]
    pub to_turn_id: Option<String>,
    /// Only sentences A to B (1-based) of the turn; left-out words are marked `…`.
    #[arg(long, value_name = "A..B", value_parser = parse_range)]
    pub sentences: Option<(usize, usize)>,
    /// Output format.
    #[arg(long, value_enum, default_value = "md")]
    pub format: QuoteFormat,
    /// Citation style.
    #[arg(long, value_enum, default_value = "bluebook")]
    pub style: Style,
    /// Write to FILE (atomically) instead of stdout.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace FILE if it exists.
    #[arg(long, requires = "output")]
    pub force: bool,
}

fn parse_range(s: &str) -> Result<(usize, usize), String> {
    let (a, b) = s.split_once("..").unwrap_or((s, s));
    let n = |x: &str| x.trim().parse::<usize>().map_err(|_| format!("{s:?} is not a range like 2..4"));
    Ok((n(a)?, n(b)?))
}

pub fn run(ctx: &Context, args: Args) -> Result<ExitCode> {
    let lib = ctx.library()?;
    let q = quote::build(&lib, &args.turn_id, args.to_turn_id.as_deref(), args.sentences, args.style)?;
    let rendered = match args.format {
        QuoteFormat::Md => q.markdown(),
        QuoteFormat::Txt => q.text(),
        QuoteFormat::Json => format!("{}\n", serde_json::to_string_pretty(&q)?),
        QuoteFormat::Csv => q.csv()?,
    };
    match &args.output {
        Some(path) => {
            write_atomically(path, rendered.as_bytes(), args.force)?;
            eprintln!("gavel: wrote {}", path.display());
        }
        // Stdout may be a terminal, or a pipe into one (`| less -R`): control
        // characters and escape sequences in the source are dropped there,
        // and said so. `-o` and `--format json` keep the source's exact text.
        None => {
            let clean = for_terminal(rendered.trim_end(), true);
            if clean.len() != rendered.trim_end().len() {
                eprintln!(
                    "gavel: control characters in the quoted text were left out here; -o FILE (or --format json) keeps them verbatim"
                );
            }
            out(clean)
        }
    }
    Ok(ExitCode::SUCCESS)
}
