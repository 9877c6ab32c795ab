//! Does the screen keep up with typing over a large index?
//! `cargo bench --bench tui -- INDEX_DIR` (an index built by `gavel index`,
//! e.g. `DATA_DIR/index`). Prints a Markdown table for docs/PERFORMANCE.md.
//!
//! A keystroke is measured as the real loop runs it: `App::update` with the
//! typed character, then a full draw of a 120x40 screen (ratatui's
//! TestBackend: the same layout and text work as a terminal, without the
//! terminal's own output time). Results are measured from the keystroke to
//! the drawn results: the search on the worker (top 200 with snippets), the
//! selected hit's hearing loaded for the preview, and the draw.

use gavel::tui::app::{App, Effect, Msg};
use gavel::tui::{view, worker};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::time::{Duration, Instant};

/// Typed one character at a time, as a person would, for the synthetic
/// scale corpus and the GPO hearings alike (words both use).
const TYPED: &[&str] = &[
    "inspection",
    "fentanyl precursor",
    "\"the committee\"",
    "levee speaker:halvorsen",
    "cartel date:2010..2012",
    "inflation",
    "committee",
    "mortgage",
];

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let Some(dir) = std::env::args().skip(1).find(|a| !a.starts_with('-')) else {
        eprintln!("pass an index folder: cargo bench --bench tui -- DATA_DIR/index");
        return;
    };
    let lib = gavel::index::Library::open(std::path::Path::new(&dir)).expect("an index");
    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut frames: Vec<Duration> = Vec::new();
    let mut results: Vec<Duration> = Vec::new();
    let mut last_key: Vec<Duration> = Vec::new();
    for typed in TYPED {
        let (mut app, _) = App::new(String::new());
        term.draw(|f| view::draw(&mut app, f)).unwrap();
        let chars: Vec<char> = typed.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            // The keystroke: update and draw, the search only queued.
            let t = Instant::now();
            let effects = app.update(Msg::Type(*c));
            term.draw(|f| view::draw(&mut app, f)).unwrap();
            frames.push(t.elapsed());
            // The worker's answer, the preview's hearing, and the frame that shows them.
            let t = Instant::now();
            let mut pending: Vec<Effect> = effects;
            while let Some(e) = pending.pop() {
                let reply = worker::run(&lib, e);
                pending.extend(app.update(reply));
            }
            term.draw(|f| view::draw(&mut app, f)).unwrap();
            let took = t.elapsed();
            results.push(took);
            if i + 1 == chars.len() {
                last_key.push(took);
            }
            // Drawing again with the results in place is what the next keystroke costs.
            let t = Instant::now();
            term.draw(|f| view::draw(&mut app, f)).unwrap();
            frames.push(t.elapsed());
        }
        eprintln!("{typed:<28} {} hits of {}", app.results.hits.len(), app.results.total);
    }
    frames.sort();
    results.sort();
    last_key.sort();
    println!("| measure | n | p50 ms | p99 ms | max ms |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    for (name, v) in [
        ("keystroke: update + draw", &frames),
        ("results: search + preview + draw, every prefix", &results),
        ("results after the last key of each query", &last_key),
    ] {
        println!(
            "| {name} | {} | {:.2} | {:.2} | {:.2} |",
            v.len(),
            ms(percentile(v, 0.5)),
            ms(percentile(v, 0.99)),
            ms(*v.last().unwrap())
        );
    }
}
