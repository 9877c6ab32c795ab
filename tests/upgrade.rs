//! An index built by another version of gavel: `gavel index` (and the TUI's
//! start-up, through `gavel::workspace::upgrade::open`) rebuild it from the files it
//! holds; other commands say so. The old versions are made here two ways: a
//! current index with "2" in its version file, and an index shaped like
//! schema 2 (the same fields, the spoken text with tantivy's "default"
//! tokenizer) built with tantivy directly.

mod common;

use common::gavel;
use gavel::index::schema::SCHEMA_VERSION;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;
use tantivy::collector::DocSetCollector;
use tantivy::query::AllQuery;
use tantivy::schema::Schema;
use tantivy::{Index, TantivyDocument};

const VERSION_FILE: &str = "gavel-schema-version";

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("transcripts")
}

/// Two transcripts on disk under names of their own, beside the samples.
fn corpus() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("rail.txt");
    let b = dir.path().join("drugs.txt");
    std::fs::copy(samples().join("sample-gpo-house-rail-safety.txt"), &a).unwrap();
    std::fs::copy(samples().join("sample-rush-house-drug-trafficking.txt"), &b).unwrap();
    // Sources are stored as canonical paths.
    (dir, a.canonicalize().unwrap(), b.canonicalize().unwrap())
}

/// The bundled samples and the corpus's files, indexed by the real binary.
fn index_all(data: &Path, corpus: &Path) {
    for args in [vec!["index"], vec!["index", corpus.to_str().unwrap()]] {
        let o = gavel(data, &args);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
}

/// (turn id, source) of every hit of `query`.
fn hits(data: &Path, query: &str) -> BTreeSet<(String, String)> {
    let o = gavel(data, &["search", query, "--json", "--limit", "1000"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .map(|h| (h["turn_id"].as_str().unwrap().to_owned(), h["source"].as_str().unwrap().to_owned()))
        .collect()
}

fn version(data: &Path) -> String {
    std::fs::read_to_string(data.join("index").join(VERSION_FILE)).unwrap().trim().to_owned()
}

fn text_tokenizer(data: &Path) -> String {
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data.join("index/meta.json")).unwrap()).unwrap();
    let text = meta["schema"].as_array().unwrap().iter().find(|f| f["name"] == "text").unwrap();
    text["options"]["indexing"]["tokenizer"].as_str().unwrap().to_owned()
}

/// Replaces the index in `data` with one of schema 2's shape holding the same
/// stored documents: the spoken text analysed by tantivy's "default"
/// tokenizer (no common grams), and "2" in the version file.
fn make_schema_2(data: &Path) {
    let dir = data.join("index");
    let current = Index::open_in_dir(&dir).unwrap();
    let json = serde_json::to_string(&current.schema()).unwrap();
    assert!(json.contains(gavel::index::grams::SPEECH_TOKENIZER));
    let old: Schema =
        serde_json::from_str(&json.replace(gavel::index::grams::SPEECH_TOKENIZER, "default")).unwrap();
    let old_dir = data.join("old-index");
    std::fs::create_dir(&old_dir).unwrap();
    let old_index = Index::create_in_dir(&old_dir, old).unwrap();
    let mut writer = old_index.writer::<TantivyDocument>(50_000_000).unwrap();
    let searcher = current.reader().unwrap().searcher();
    for addr in searcher.search(&AllQuery, &DocSetCollector).unwrap() {
        // Same fields in the same order, so the stored document fits as it is.
        writer.add_document(searcher.doc::<TantivyDocument>(addr).unwrap()).unwrap();
    }
    writer.commit().unwrap();
    drop((writer, searcher, current));
    std::fs::write(old_dir.join(VERSION_FILE), "2").unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::rename(&old_dir, &dir).unwrap();
    assert_eq!(text_tokenizer(data), "default");
}

#[test]
fn gavel_index_rebuilds_an_index_with_another_schema_version() {
    let data = tempfile::tempdir().unwrap();
    let (corpus, _, _) = corpus();
    index_all(data.path(), corpus.path());
    let before = hits(data.path(), "fentanyl");
    assert!(before.len() >= 4, "{before:?}");
    std::fs::write(data.path().join("index").join(VERSION_FILE), "2").unwrap();

    // Commands that only read keep the clear error, which now names the cure.
    let o = gavel(data.path(), &["search", "fentanyl"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(&format!("(schema 2, this gavel reads {SCHEMA_VERSION}); running `gavel index` or opening `gavel` rebuilds it automatically")),
        "{}",
        stderr(&o)
    );

    let o = gavel(data.path(), &["index"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    let files = gavel::samples::BUNDLED.len() + 2;
    assert!(
        err.contains(&format!(
            "gavel: the index was built by an older gavel (schema 2); rebuilding it from its {files} files"
        )),
        "{err}"
    );
    // Each file once, although `gavel index` also asks for the samples.
    assert!(err.contains(&format!("indexed {files} file(s)")) && err.contains("0 failed"), "{err}");
    assert_eq!(version(data.path()), SCHEMA_VERSION.to_string());
    assert_eq!(hits(data.path(), "fentanyl"), before);
    // Rebuilt once: the next run finds everything unchanged.
    let o = gavel(data.path(), &["index"]);
    assert!(!stderr(&o).contains("rebuilding"), "{}", stderr(&o));
}

#[test]
fn a_schema_2_index_is_rebuilt_and_a_file_deleted_since_is_reported_gone() {
    let data = tempfile::tempdir().unwrap();
    let (corpus, rail, drugs) = corpus();
    index_all(data.path(), corpus.path());
    let before = hits(data.path(), "\"hazardous materials\" OR fentanyl");
    let drugs_source = drugs.display().to_string();
    let rail_source = rail.display().to_string();
    assert!(before.iter().any(|(_, s)| *s == drugs_source) && before.iter().any(|(_, s)| *s == rail_source));
    make_schema_2(data.path());
    std::fs::remove_file(&drugs).unwrap();

    let o = gavel(data.path(), &["index"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "a file gone is no failure: {err}");
    assert!(err.contains("older gavel (schema 2); rebuilding it"), "{err}");
    assert!(err.contains("0 failed, 1 gone"), "{err}");
    assert!(err.contains(&format!("  gone: {drugs_source}: no longer there, so no longer indexed")), "{err}");
    assert_eq!(version(data.path()), SCHEMA_VERSION.to_string());
    assert_eq!(text_tokenizer(data.path()), gavel::index::grams::SPEECH_TOKENIZER);
    let want: BTreeSet<_> = before.into_iter().filter(|(_, s)| *s != drugs_source).collect();
    assert_eq!(hits(data.path(), "\"hazardous materials\" OR fentanyl"), want);
}

#[test]
fn paths_given_during_an_upgrade_are_indexed_after_the_old_files() {
    let data = tempfile::tempdir().unwrap();
    let (corpus, rail, _) = corpus();
    let o = gavel(data.path(), &["index"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    std::fs::write(data.path().join("index").join(VERSION_FILE), "2").unwrap();
    let o = gavel(data.path(), &["index", rail.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    let n = gavel::samples::BUNDLED.len();
    assert!(err.contains(&format!("rebuilding it from its {n} files")), "{err}");
    // Plain lines (stderr is no terminal): the samples first, then the path asked for.
    let last = err.lines().rfind(|l| l.starts_with('[')).unwrap();
    assert!(last.starts_with(&format!("[{}/{}] {}", n + 1, n + 1, rail.display())), "{err}");
    let o = gavel(data.path(), &["hearings", "--json"]);
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), n + 1);
    drop(corpus);
}

#[test]
fn rebuild_still_starts_afresh_with_only_what_it_is_given() {
    let data = tempfile::tempdir().unwrap();
    let (_corpus, rail, _) = corpus();
    gavel(data.path(), &["index"]);
    std::fs::write(data.path().join("index").join(VERSION_FILE), "2").unwrap();
    let o = gavel(data.path(), &["index", "--rebuild", rail.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(!err.contains("rebuilding it from"), "{err}");
    let o = gavel(data.path(), &["hearings", "--json"]);
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 1);
    assert_eq!(version(data.path()), SCHEMA_VERSION.to_string());
}

#[test]
fn an_old_index_that_cannot_be_read_asks_for_rebuild() {
    let data = tempfile::tempdir().unwrap();
    gavel(data.path(), &["index"]);
    let index = data.path().join("index");
    std::fs::write(index.join(VERSION_FILE), "2").unwrap();
    std::fs::write(index.join("meta.json"), "{ not json").unwrap();
    let o = gavel(data.path(), &["index"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("its list of files cannot be read") && err.contains("gavel index --rebuild"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    // Nothing was deleted on the way.
    assert!(index.join("meta.json").exists());
    let o = gavel(data.path(), &["index", "--rebuild"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

/// What the TUI calls on start-up: the old index replaced by an empty one,
/// its sources handed back, the samples as samples and a deleted file gone.
#[test]
fn upgrade_open_hands_back_the_old_sources_and_an_empty_index() {
    let data = tempfile::tempdir().unwrap();
    let (corpus, rail, drugs) = corpus();
    index_all(data.path(), corpus.path());
    make_schema_2(data.path());
    std::fs::remove_file(&drugs).unwrap();
    let (lib, upgrade) = gavel::workspace::upgrade::open(&data.path().join("index")).unwrap();
    let upgrade = upgrade.expect("an upgrade");
    assert!(lib.is_empty());
    assert_eq!(upgrade.found, "2");
    assert_eq!(upgrade.gone, vec![drugs.display().to_string()]);
    let sources: BTreeSet<String> =
        upgrade.inputs.iter().map(gavel::workspace::corpus::Input::source).collect();
    let mut want: BTreeSet<String> =
        gavel::workspace::corpus::bundled_inputs().iter().map(|i| i.source()).collect();
    want.insert(rail.display().to_string());
    assert_eq!(sources, want);
    assert!(upgrade.inputs.iter().any(|i| matches!(i, gavel::workspace::corpus::Input::Bundled(_))));
    assert_eq!(
        upgrade.message(),
        format!(
            "the index was built by an older gavel (schema 2); rebuilding it from its {} files",
            want.len() + 1
        )
    );
    // The same indexing path as a first run fills it again.
    let report = gavel::workspace::corpus::ingest(&lib, &upgrade.inputs, false, &mut |_| {}).unwrap();
    assert_eq!((report.indexed, report.failed.len()), (want.len(), 0));
    assert!(!lib.is_empty());
    upgrade.finished().unwrap();
    // An index of this version is opened as it is.
    drop(lib);
    let (_, again) = gavel::workspace::upgrade::open(&data.path().join("index")).unwrap();
    assert!(again.is_none());
}

/// The TUI closed or the process killed half-way through a rebuild: the old
/// index is gone, but its list of files is not, and the next start finishes.
#[test]
fn a_rebuild_stopped_half_way_is_finished_by_the_next_start() {
    let data = tempfile::tempdir().unwrap();
    let (corpus, rail, _) = corpus();
    index_all(data.path(), corpus.path());
    let index = data.path().join("index");
    std::fs::write(index.join(VERSION_FILE), "2").unwrap();
    let (lib, first) = gavel::workspace::upgrade::open(&index).unwrap();
    let first = first.expect("an upgrade");
    let all: BTreeSet<String> = first.inputs.iter().map(gavel::workspace::corpus::Input::source).collect();
    // Only the bundled samples get indexed before the stop.
    let some = gavel::workspace::corpus::bundled_inputs();
    gavel::workspace::corpus::ingest(&lib, &some, false, &mut |_| {}).unwrap();
    drop((lib, first));

    let (lib, again) = gavel::workspace::upgrade::open(&index).unwrap();
    let again = again.expect("the rebuild is taken up again");
    assert!(!lib.is_empty(), "what was indexed before the stop is kept");
    assert_eq!(
        again.inputs.iter().map(gavel::workspace::corpus::Input::source).collect::<BTreeSet<_>>(),
        all
    );
    assert!(all.contains(&rail.display().to_string()));
    assert_eq!(
        again.message(),
        format!("an earlier rebuild of the index was stopped; finishing it ({} files)", all.len())
    );
    let report = gavel::workspace::corpus::ingest(&lib, &again.inputs, false, &mut |_| {}).unwrap();
    assert_eq!(report.failed.len(), 0);
    again.finished().unwrap();
    drop(lib);
    assert!(gavel::workspace::upgrade::open(&index).unwrap().1.is_none());
    assert!(hits(data.path(), "fentanyl").iter().any(|(_, source)| source.ends_with("drugs.txt")));
}

/// An index from a newer gavel is left alone: rebuilding it here would cost
/// that gavel its index.
#[test]
fn an_index_from_a_newer_gavel_is_not_touched() {
    let data = tempfile::tempdir().unwrap();
    let (corpus, _, _) = corpus();
    index_all(data.path(), corpus.path());
    let newer = (SCHEMA_VERSION + 1).to_string();
    std::fs::write(data.path().join("index").join(VERSION_FILE), &newer).unwrap();
    for args in [vec!["index"], vec!["search", "fentanyl"]] {
        let o = gavel(data.path(), &args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&o).contains(&format!("was built by a newer gavel (schema {newer}")),
            "{}",
            stderr(&o)
        );
    }
    assert_eq!(version(data.path()), newer);
    assert!(data.path().join("index/meta.json").exists());
}

/// Another gavel (any version) writing the old index: it is not deleted
/// under it; the upgrade waits for a later start.
#[test]
fn an_old_index_being_written_is_left_alone() {
    let data = tempfile::tempdir().unwrap();
    let (corpus, _, _) = corpus();
    index_all(data.path(), corpus.path());
    let index = data.path().join("index");
    std::fs::write(index.join(VERSION_FILE), "2").unwrap();
    let old = Index::open_in_dir(&index).unwrap();
    let writer = old.writer::<TantivyDocument>(50_000_000).unwrap();
    match gavel::workspace::upgrade::open(&index) {
        Err(gavel::index::IndexError::Busy(_)) => {}
        Err(e) => panic!("expected Busy, got {e}"),
        Ok(_) => panic!("expected Busy, got an upgrade"),
    }
    assert!(index.join("meta.json").exists());
    assert_eq!(version(data.path()), "2");
    drop(writer);
    let (lib, upgrade) = gavel::workspace::upgrade::open(&index).unwrap();
    assert!(upgrade.is_some() && lib.is_empty());
}

/// The sources an index of any version holds: one per hearing.
#[test]
fn reads_the_sources_of_the_hearings_only() {
    let dir = tempfile::tempdir().unwrap();
    let lib = gavel::index::Library::open(dir.path()).unwrap();
    gavel::workspace::corpus::ingest(&lib, &gavel::workspace::corpus::bundled_inputs(), false, &mut |_| {})
        .unwrap();
    drop(lib);
    let mut want: Vec<String> = gavel::workspace::corpus::bundled_inputs()
        .iter()
        .map(gavel::workspace::corpus::Input::source)
        .collect();
    want.sort();
    // One per hearing, although every turn stores its source too.
    assert_eq!(gavel::index::sources::indexed_sources(dir.path()).unwrap(), want);
}
