//! Index throughput and query latency, beside ripgrep answering the same
//! question over the same files: `cargo bench --bench search [-- DIR]`.
//! DIR defaults to ../shared/corpus/gpo-hearings. Prints a Markdown table
//! for docs/PERFORMANCE.md.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The fixed mix: (label, gavel query, ripgrep arguments for the nearest
/// question rg can answer).
const QUERIES: &[(&str, &str, &[&str])] = &[
    ("common term", "mortgage", &["-i", "-w", "-c", "mortgage"]),
    ("term", "inflation", &["-i", "-w", "-c", "inflation"]),
    ("rare term", "icelandic", &["-i", "-w", "-c", "icelandic"]),
    ("phrase", "\"too big to fail\"", &["-i", "-c", "-F", "too big to fail"]),
    ("speaker filter", "inflation speaker:bernanke", &["-i", "-w", "-c", "inflation"]),
    ("date range", "derivatives date:2009-01..2009-12", &["-i", "-w", "-c", "derivatives"]),
    ("two words", "securitization risk", &["-i", "-c", "-e", "securitization", "-e", "risk"]),
];

/// For the synthetic scale corpus (`examples/gen_corpus.rs`), whose words differ.
const SYNTHETIC_QUERIES: &[(&str, &str, &[&str])] = &[
    ("common term", "inspection", &["-i", "-w", "-c", "inspection"]),
    ("rare term", "backlog", &["-i", "-w", "-c", "backlog"]),
    ("phrase", "\"the committee\"", &["-i", "-c", "-F", "the committee"]),
    ("speaker filter", "levee speaker:halvorsen", &["-i", "-w", "-c", "levee"]),
    ("date range", "cartel date:2010..2012", &["-i", "-w", "-c", "cartel"]),
    ("two words", "fentanyl precursor", &["-i", "-c", "-e", "fentanyl", "-e", "precursor"]),
];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/gpo-hearings"));
    if !dir.is_dir() {
        eprintln!("no corpus at {}; pass a folder", dir.display());
        return;
    }
    let (inputs, _) = gavel::workspace::corpus::discover(std::slice::from_ref(&dir));
    let bytes: u64 = inputs
        .iter()
        .map(|i| match i {
            gavel::workspace::corpus::Input::File(p) => std::fs::metadata(p).map(|m| m.len()).unwrap_or(0),
            gavel::workspace::corpus::Input::Bundled(b) => b.bytes.len() as u64,
        })
        .sum();
    let data = tempfile::tempdir().unwrap();
    let lib = gavel::index::Library::open(&data.path().join("index")).unwrap();
    let start = Instant::now();
    let report = gavel::workspace::corpus::ingest(&lib, &inputs, false, &mut |_| {}).unwrap();
    let index_time = start.elapsed();
    let index_size: u64 = std::fs::read_dir(data.path().join("index"))
        .unwrap()
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum();
    println!("corpus: {} ({} files, {:.1} MB)", dir.display(), inputs.len(), bytes as f64 / 1e6);
    println!(
        "index: {} turns in {:.2} s = {:.1} MB/s; index size {:.1} MB ({:.0}% of the corpus)",
        report.turns,
        index_time.as_secs_f64(),
        bytes as f64 / 1e6 / index_time.as_secs_f64(),
        index_size as f64 / 1e6,
        index_size as f64 * 100.0 / bytes as f64
    );
    println!();
    println!("| query | gavel hits | gavel p50 ms | gavel p99 ms | rg ms (median of 5) | rg / gavel p50 |");
    println!("| --- | --- | --- | --- | --- | --- |");
    let synthetic = inputs
        .iter()
        .any(|i| matches!(i, gavel::workspace::corpus::Input::File(p) if p.to_string_lossy().contains("synthetic-")));
    for (label, q, rg_args) in if synthetic { SYNTHETIC_QUERIES } else { QUERIES } {
        for _ in 0..5 {
            lib.search(q, 20).unwrap();
        }
        let mut times = Vec::with_capacity(200);
        let mut total = 0;
        for _ in 0..200 {
            let t = Instant::now();
            let r = lib.search(q, 20).unwrap();
            times.push(t.elapsed());
            total = r.total;
        }
        times.sort();
        let mut rg_times = Vec::new();
        for _ in 0..5 {
            let t = Instant::now();
            let out = Command::new("rg").args(*rg_args).arg(&dir).output();
            if out.is_err() {
                break;
            }
            rg_times.push(t.elapsed());
        }
        rg_times.sort();
        let p50 = percentile(&times, 0.5);
        let rg = rg_times.get(rg_times.len() / 2).copied();
        println!(
            "| {label}: `{q}` | {total} | {:.2} | {:.2} | {} | {} |",
            ms(p50),
            ms(percentile(&times, 0.99)),
            rg.map_or("n/a".into(), |d| format!("{:.1}", ms(d))),
            rg.map_or("n/a".into(), |d| format!("{:.0}x", d.as_secs_f64() / p50.as_secs_f64())),
        );
    }
}
