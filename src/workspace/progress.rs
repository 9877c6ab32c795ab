//! An indexing run's progress and summary on stderr, for every face that
//! indexes in the foreground (`gavel index`, a first `gavel search`).

use super::corpus::{FileOutcome, Progress, Report, Skipped};
use std::io::Write;
use std::time::Instant;

pub fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1_000_000.0
}

/// A one-line progress bar on a terminal; plain lines otherwise.
pub fn printer(tty: bool) -> impl FnMut(Progress) {
    let started = Instant::now();
    move |p: Progress| {
        let mut err = std::io::stderr().lock();
        let what = match p.outcome {
            FileOutcome::Indexed { turns, warnings } => {
                let mut s = format!("{turns} turns");
                for w in warnings {
                    s.push_str("; warning: ");
                    s.push_str(w);
                }
                s
            }
            FileOutcome::Unchanged => "unchanged".to_owned(),
            FileOutcome::Failed(e) => format!("FAILED: {e}"),
        };
        let source = crate::sanitize::for_terminal(p.source, false);
        if tty {
            let secs = started.elapsed().as_secs_f64().max(1e-3);
            let rate = mb(p.bytes) / secs;
            let eta = if p.done > 0 { secs / p.done as f64 * (p.total - p.done) as f64 } else { 0.0 };
            let width = 24;
            let filled = width * p.done / p.total.max(1);
            let _ = write!(
                err,
                "\r\x1b[2K[{}{}] {}/{} files {:.1} MB/s ETA {:.0}s",
                "#".repeat(filled),
                " ".repeat(width - filled),
                p.done,
                p.total,
                rate,
                eta
            );
            if matches!(p.outcome, FileOutcome::Failed(_)) {
                let _ = write!(err, "\r\x1b[2K{source}: {what}\n");
            }
            if p.done == p.total {
                let _ = writeln!(err);
            }
        } else {
            let _ = writeln!(err, "[{}/{}] {source}: {what}", p.done, p.total);
        }
    }
}

pub fn print_summary(r: &Report) {
    eprintln!(
        "gavel: indexed {} file(s) ({} turns), skipped {} unchanged, {} failed{}{}",
        r.indexed,
        r.turns,
        r.unchanged,
        r.failed.len(),
        if r.pruned.is_empty() { String::new() } else { format!(", pruned {}", r.pruned.len()) },
        if r.gone.is_empty() { String::new() } else { format!(", {} gone", r.gone.len()) }
    );
    for (source, why) in &r.failed {
        let clean = |s| crate::sanitize::for_terminal(s, false);
        eprintln!("  failed: {}: {}", clean(source), clean(why));
    }
    for source in &r.gone {
        let clean = crate::sanitize::for_terminal(source, false);
        eprintln!("  gone: {clean}: no longer there, so no longer indexed");
    }
    for (source, why) in &r.warnings {
        let clean = |s| crate::sanitize::for_terminal(s, false);
        eprintln!("  warning: {}: {}", clean(source), clean(why));
    }
}

/// What a folder walk passed over, and for PDFs where the text is.
pub fn print_skipped(s: &Skipped) {
    if s.pdf > 0 {
        eprintln!(
            "  skipped {} PDF file{}: gavel reads text; GPO publishes each hearing's text beside its PDF \
             (the \"Text\" link on govinfo.gov, an .htm file)",
            s.pdf,
            if s.pdf == 1 { "" } else { "s" }
        );
    }
    if s.other > 0 {
        let examples: Vec<String> =
            s.other_examples.iter().map(|e| crate::sanitize::for_terminal(e, false).into_owned()).collect();
        // The list is the walk's own, so the message cannot fall behind it.
        let read: Vec<String> =
            super::corpus::TRANSCRIPT_EXTENSIONS.iter().map(|e| format!(".{e}")).collect();
        eprintln!(
            "  skipped {} file{} of other kinds (only {} are read in folders; name a file to read it anyway): {}",
            s.other,
            if s.other == 1 { "" } else { "s" },
            read.join(", "),
            examples.join(", ")
        );
    }
    if s.hidden > 0 {
        eprintln!(
            "  skipped {} hidden file{} (names starting with a dot)",
            s.hidden,
            if s.hidden == 1 { "" } else { "s" }
        );
    }
}
