//! Transcripts of the shapes issue #13 brought in (a state legislature's
//! court-reporter pages, a news organisation's CQ-style transcript) index,
//! search with `speaker:`/`role:` filters, quote, and give exchanges, through
//! the real binary.

mod common;

use common::{fixtures, gavel};
use std::process::Output;

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn indexed() -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    for name in ["cq_news.txt", "court_budget.txt"] {
        let path = fixtures().join("parse").join(name);
        let o = gavel(data.path(), &["index", path.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
    data
}

#[test]
fn news_and_court_transcripts_search_by_speaker_and_role() {
    let data = indexed();
    let o = gavel(data.path(), &["search", "--json", "speaker:brandt", "draft"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let hit: serde_json::Value = serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    assert_eq!(hit["speaker"], "Calvin Brandt", "{hit}");
    assert_eq!(hit["role"], "counsel", "{hit}");

    let o = gavel(data.path(), &["search", "--json", "role:ranking_member", "caseworkers"]);
    assert_eq!(o.status.code(), Some(1), "the ranking member did not say it: {}", stdout(&o));
    let o = gavel(data.path(), &["search", "--json", "role:member", "caseworkers"]);
    let hit: serde_json::Value = serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    assert_eq!(hit["speaker"], "Dora Barrington", "{hit}");

    // Quoted from the source, checked against it, attributed to the person.
    let id = hit["turn_id"].as_str().unwrap().to_owned();
    let o = gavel(data.path(), &["quote", &id, "--format", "txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Barrington"), "{}", stdout(&o));
    assert!(stdout(&o).contains("forty caseworkers"), "{}", stdout(&o));
}

#[test]
fn exchanges_on_a_news_transcript_and_a_word_when_there_are_none() {
    let data = indexed();
    let o = gavel(data.path(), &["exchanges", "cq_news", "--between", "brandt", "osei", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let e: serde_json::Value = serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    assert_eq!(e["questioner"], "Calvin Brandt");
    assert_eq!(e["respondents"], serde_json::json!(["Margaret T. Osei"]));

    // Nothing found: exit 1 like grep, and a reason on stderr, never silence.
    let o = gavel(data.path(), &["exchanges", "cq_news", "--between", "ostrander", "osei"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).is_empty());
    assert!(stderr(&o).contains("no exchanges between"), "{}", stderr(&o));
}

#[test]
fn a_parse_that_looks_wrong_says_so_in_parse_check_index_and_hearings() {
    let data = tempfile::tempdir().unwrap();
    // 300 lines in which no grammar finds a speaker.
    let file = data.path().join("unlabelled.txt");
    std::fs::write(&file, "The witness then described the harbor survey at some length.\n".repeat(300))
        .unwrap();
    let path = file.to_str().unwrap();

    let o = gavel(data.path(), &["parse", "--check", path]);
    assert_eq!(o.status.code(), Some(1), "nothing was lost, but the parse is wrong: {}", stdout(&o));
    assert!(stdout(&o).contains("parse looks wrong: no speaker turns"), "{}", stdout(&o));

    let o = gavel(data.path(), &["index", path]);
    assert_eq!(o.status.code(), Some(0), "still indexed: {}", stderr(&o));
    assert!(stderr(&o).contains("parse looks wrong") || stdout(&o).contains("parse looks wrong"));
    let o = gavel(data.path(), &["hearings"]);
    let row = stdout(&o);
    assert!(row.contains("CHECK") && row.contains("parse looks wrong"), "{row}");
    let o = gavel(data.path(), &["hearings", "--json"]);
    let h: serde_json::Value = serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    assert!(h["quality"][0].as_str().unwrap().starts_with("no speaker turns"), "{h}");

    // A good parse passes the check, quietly.
    let good = fixtures().join("parse/court_budget.txt");
    let o = gavel(data.path(), &["parse", "--check", good.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(!stdout(&o).contains("looks wrong") && !stderr(&o).contains("looks wrong"));
}

#[test]
fn captions_index_search_and_quote_with_the_time_in_the_video() {
    let data = tempfile::tempdir().unwrap();
    let path = fixtures().join("parse/captions_marked.vtt");
    let o = gavel(data.path(), &["index", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = gavel(data.path(), &["search", "--json", "honor"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let hit: serde_json::Value = serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    // Said after a `>>` that names no one: unattributed, and placed in time.
    assert_eq!(hit["label"], "", "{hit}");
    assert_eq!(hit["page"], "00:41:05", "{hit}");
    let id = hit["turn_id"].as_str().unwrap().to_owned();
    let o = gavel(data.path(), &["quote", &id, "--format", "txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("at 00:41:05"), "{}", stdout(&o));
    assert!(stdout(&o).contains("HONOR TO BE HERE"), "{}", stdout(&o));
}
