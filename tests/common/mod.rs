//! Helpers shared by the integration tests.
#![allow(dead_code)]

use gavel::index::Library;
use gavel::workspace::corpus;
use std::path::PathBuf;

/// A fresh index over the bundled samples, in a temporary folder.
pub fn sample_library() -> (tempfile::TempDir, Library) {
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = Library::open(&dir.path().join("index")).expect("open index");
    let report = corpus::ingest(&lib, &corpus::bundled_inputs(), false, &mut |_| {}).expect("ingest");
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    assert_eq!(report.indexed, gavel::samples::BUNDLED.len());
    (dir, lib)
}

/// Runs the real binary with its own data dir and a short error format.
pub fn gavel(data: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(gavel_bin())
        .args(args)
        .env("GAVEL_DATA_DIR", data)
        .env_remove("GAVEL_CONFIG")
        .env("RUST_BACKTRACE", "0")
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

pub fn gavel_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_gavel"))
}

pub fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The TUI drawn once on a `w`×`h` test terminal, as text, a row a line.
pub fn screen(app: &mut gavel::tui::app::App, w: u16, h: u16) -> String {
    let backend = ratatui::backend::TestBackend::new(w, h);
    let mut term = ratatui::Terminal::new(backend).unwrap();
    term.draw(|f| gavel::tui::view::draw(app, f)).unwrap();
    let buf = term.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..h {
        for x in 0..w {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}
