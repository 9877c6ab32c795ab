//! Helpers shared by the integration tests.
#![allow(dead_code)]

use gavel::corpus;
use gavel::index::Library;
use std::path::PathBuf;

/// A fresh index over the bundled samples, in a temporary folder.
pub fn sample_library() -> (tempfile::TempDir, Library) {
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = Library::open(&dir.path().join("index")).expect("open index");
    let report = corpus::ingest(&lib, &corpus::bundled_inputs(), false, &mut |_| {}).expect("ingest");
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    assert_eq!(report.indexed, corpus::BUNDLED.len());
    (dir, lib)
}

pub fn gavel_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_gavel"))
}

pub fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}
