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
