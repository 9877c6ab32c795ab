//! The index under stress, through the real binary: incremental runs,
//! pruning, an indexer killed with SIGKILL, two indexers at once, a corrupt
//! index, and a disk that fills up.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Output, Stdio};

use common::gavel;

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `n` distinct copies of the bundled samples in `dir`.
fn corpus(dir: &Path, n: usize) {
    for i in 0..n {
        let b = &gavel::samples::BUNDLED[i % gavel::samples::BUNDLED.len()];
        let (stem, ext) = b.name.rsplit_once('.').unwrap();
        std::fs::write(dir.join(format!("{stem}-{i:04}.{ext}")), b.bytes).unwrap();
    }
}

/// Starts `gavel index DIR` and returns once its progress shows `progress`,
/// with the rest of its progress lines still to read.
fn indexer_at(
    data: &Path,
    dir: &Path,
    progress: &str,
) -> (std::process::Child, std::io::Lines<BufReader<std::process::ChildStderr>>) {
    let mut child = Command::new(common::gavel_bin())
        .args(["index", dir.to_str().unwrap()])
        .env("GAVEL_DATA_DIR", data)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    for line in lines.by_ref() {
        if line.unwrap().starts_with(progress) {
            break;
        }
    }
    (child, lines)
}

#[test]
fn changed_files_are_reindexed_alone_and_gone_ones_pruned() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "Title: A\nDate: 2024-01-02\n\nSMITH: The harbor needs dredging.\n").unwrap();
    std::fs::write(&b, "Title: B\nDate: 2024-02-03\n\nJONES: The budget is tight.\n").unwrap();
    let folder = dir.path().to_str().unwrap();
    let o = gavel(data.path(), &["index", folder]);
    assert!(err(&o).contains("indexed 2 file(s) (2 turns)"), "{}", err(&o));
    assert_eq!(gavel(data.path(), &["search", "dredging"]).status.code(), Some(0));

    std::fs::write(&a, "Title: A\nDate: 2024-01-02\n\nSMITH: The harbor needs icebreakers.\n").unwrap();
    let o = gavel(data.path(), &["index", folder]);
    assert!(err(&o).contains("indexed 1 file(s)") && err(&o).contains("skipped 1 unchanged"), "{}", err(&o));
    assert_eq!(gavel(data.path(), &["search", "icebreakers"]).status.code(), Some(0));
    assert_eq!(gavel(data.path(), &["search", "dredging"]).status.code(), Some(1), "the old text is gone");

    std::fs::remove_file(&b).unwrap();
    let o = gavel(data.path(), &["index", "--prune", folder]);
    assert!(err(&o).contains("pruned 1"), "{}", err(&o));
    assert_eq!(gavel(data.path(), &["search", "budget"]).status.code(), Some(1));
    let o = gavel(data.path(), &["hearings", "--json"]);
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 1);
}

/// Two files named alike get distinct ids (`h`, `h-1a2b3c4d`); once the
/// first is gone, the second indexed again takes the plain id, and its copy
/// under the old id must go, or the hearing is there twice with its old text.
#[test]
fn a_file_indexed_again_under_another_id_leaves_no_copy() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (x, y) = (dir.path().join("x"), dir.path().join("y"));
    std::fs::create_dir_all(&x).unwrap();
    std::fs::create_dir_all(&y).unwrap();
    std::fs::write(x.join("h.txt"), "Title: X\nDate: 2024-01-02\n\nSMITH: The harbor needs dredging.\n")
        .unwrap();
    std::fs::write(y.join("h.txt"), "Title: Y\nDate: 2024-02-03\n\nJONES: The budget is tight.\n").unwrap();
    let folder = dir.path().to_str().unwrap();
    assert!(gavel(data.path(), &["index", folder]).status.success());
    let hearings = |data: &Path| {
        let o = gavel(data, &["hearings", "--json"]);
        String::from_utf8_lossy(&o.stdout).lines().count()
    };
    assert_eq!(hearings(data.path()), 2);
    std::fs::remove_file(x.join("h.txt")).unwrap();
    assert!(err(&gavel(data.path(), &["index", "--prune", folder])).contains("pruned 1"));
    std::fs::write(y.join("h.txt"), "Title: Y\nDate: 2024-02-03\n\nJONES: The budget is loose.\n").unwrap();
    assert!(gavel(data.path(), &["index", folder]).status.success());
    assert_eq!(hearings(data.path()), 1);
    assert_eq!(gavel(data.path(), &["search", "tight"]).status.code(), Some(1), "the old text is gone");
    assert_eq!(gavel(data.path(), &["search", "loose"]).status.code(), Some(0));
}

#[test]
fn an_indexer_killed_midway_leaves_a_searchable_index_and_a_rerun_completes() {
    let data = tempfile::tempdir().unwrap();
    let first = tempfile::tempdir().unwrap();
    let big = tempfile::tempdir().unwrap();
    corpus(first.path(), 3);
    corpus(big.path(), 600);
    let o = gavel(data.path(), &["index", first.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));

    // Kill it once it is well under way.
    let (mut child, _lines) = indexer_at(data.path(), big.path(), "[20/600]");
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(!status.success(), "the indexer finished before it could be killed");

    // What was committed before is still there and searchable.
    let o = gavel(data.path(), &["search", "mexico", "--count"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let o = gavel(data.path(), &["index", big.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let o = gavel(data.path(), &["hearings", "--json"]);
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 603);
}

#[test]
fn a_second_indexer_is_told_to_wait_while_searches_go_on() {
    let data = tempfile::tempdir().unwrap();
    let big = tempfile::tempdir().unwrap();
    let other = tempfile::tempdir().unwrap();
    corpus(big.path(), 1500);
    corpus(other.path(), 2);
    let o = gavel(data.path(), &["index", other.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));

    let (mut child, lines) = indexer_at(data.path(), big.path(), "[5/1500]");
    let second = gavel(data.path(), &["index", other.path().to_str().unwrap()]);
    let search = gavel(data.path(), &["search", "mexico", "--count"]);
    let still_running = child.try_wait().unwrap().is_none();
    for _ in lines {} // let the first finish
    assert!(child.wait().unwrap().success());
    assert!(still_running, "the first indexer finished too soon for this test to mean anything");
    assert_eq!(second.status.code(), Some(2), "{}", err(&second));
    assert!(err(&second).contains("another gavel is indexing"), "{}", err(&second));
    assert_eq!(search.status.code(), Some(0), "{}", err(&search));
}

#[test]
fn a_corrupt_index_says_how_to_rebuild() {
    let data = tempfile::tempdir().unwrap();
    assert_eq!(gavel(data.path(), &["search", "mexico"]).status.code(), Some(0));
    std::fs::write(data.path().join("index/meta.json"), "{ not json").unwrap();
    let o = gavel(data.path(), &["search", "mexico"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("gavel index --rebuild"), "{}", err(&o));
    let o = gavel(data.path(), &["index", "--rebuild"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(gavel(data.path(), &["search", "mexico"]).status.code(), Some(0));
}

/// A full disk, made deterministic with a file size limit: under `ulimit -f`
/// with SIGXFSZ ignored, a write past the limit fails with EFBIG, as a write
/// to a full disk fails with ENOSPC (both get the same message). The limit
/// (256 KiB in dash's 512-byte blocks, 512 KiB in bash's) is far below the
/// 1.2 MB or so the largest file of the second run's segments needs (400
/// copies of the samples: schema 5's zstd store shares the copies' text, so
/// 100 made files of 316 KB at most, under bash's limit), and above anything
/// the first run's commit rewrites.
#[test]
fn a_full_disk_stops_the_run_with_a_clear_error_and_the_previous_index_stays() {
    let limited = Command::new("sh").args(["-c", "trap '' XFSZ; ulimit -f 512"]).status();
    if !limited.is_ok_and(|s| s.success()) {
        eprintln!("SKIPPED: sh cannot set a file size limit here (ulimit -f)");
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let first = tempfile::tempdir().unwrap();
    let big = tempfile::tempdir().unwrap();
    corpus(first.path(), 2);
    const BIG: usize = 400;
    corpus(big.path(), BIG);
    let o = gavel(data.path(), &["index", first.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));

    let o = Command::new("sh")
        .args(["-c", "trap '' XFSZ; ulimit -f 512; exec \"$0\" \"$@\""])
        .arg(common::gavel_bin())
        .args(["index", big.path().to_str().unwrap()])
        .env("GAVEL_DATA_DIR", data.path())
        .env("RUST_BACKTRACE", "0")
        .output()
        .unwrap();
    let e = err(&o);
    assert_eq!(o.status.code(), Some(2), "{e}");
    assert!(e.contains("disk full or file too large while writing the index at"), "{e}");
    assert!(e.contains("the index as of its last commit is intact"), "{e}");
    assert!(!e.contains("panicked"), "{e}");

    // The first run's hearings, and only they, are still there and searchable.
    let o = gavel(data.path(), &["hearings", "--json"]);
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 2, "{}", err(&o));
    assert_eq!(gavel(data.path(), &["search", "mexico", "--count"]).status.code(), Some(0));
    // With room again, the same run completes.
    let o = gavel(data.path(), &["index", big.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let o = gavel(data.path(), &["hearings", "--json"]);
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), BIG + 2);
}
