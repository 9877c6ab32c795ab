//! The real development corpus in ../shared/corpus, when it is there (it is
//! not part of this repository). Every file must parse without panic, with
//! nothing dropped or altered, and with the turn count recorded in
//! tests/corpus_turns.tsv, so any grammar change shows its corpus-wide effect.
//! Regenerate the table with `GAVEL_BLESS=1 cargo test --test corpus` and
//! review the diff before committing it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn corpus_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    dir.is_dir().then_some(dir)
}

fn table_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus_turns.tsv")
}

#[test]
fn real_corpus_parses_completely_with_expected_turn_counts() {
    let Some(dir) = corpus_dir() else {
        eprintln!("SKIPPED: ../shared/corpus is not present");
        return;
    };
    let mut got: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut problems = Vec::new();
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let entry = entry.unwrap();
        let p = entry.path();
        let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !entry.file_type().is_file() || !["htm", "html", "txt"].contains(&ext) {
            continue;
        }
        let rel = p.strip_prefix(&dir).unwrap().display().to_string();
        let bytes = std::fs::read(p).unwrap();
        match gavel::speakers::read(&bytes, &rel, None) {
            Ok((t, text)) => {
                let c = gavel::parse::coverage::coverage(&text, &t);
                if !c.is_complete() {
                    problems
                        .push(format!("{rel}: dropped {} chars, altered turns {:?}", c.dropped, c.altered));
                }
                if matches!(t.hearing.format, gavel::model::Format::Gpo | gavel::model::Format::Record) {
                    problems.extend(printed_in_turns(&rel, &t));
                }
                got.insert(rel, (t.turns.len(), t.blocks.len()));
            }
            Err(e) => problems.push(format!("{rel}: {e}")),
        }
    }
    assert!(got.len() >= 90, "only {} corpus files found", got.len());
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    let rendered: String = std::iter::once("# file\tturns\tblocks\n".to_owned())
        .chain(got.iter().map(|(f, (t, b))| format!("{f}\t{t}\t{b}\n")))
        .collect();
    if std::env::var_os("GAVEL_BLESS").is_some() {
        std::fs::write(table_path(), &rendered).unwrap();
        return;
    }
    let want =
        std::fs::read_to_string(table_path()).expect("tests/corpus_turns.tsv (GAVEL_BLESS=1 to create)");
    let diff: Vec<String> = want
        .lines()
        .zip(rendered.lines())
        .filter(|(a, b)| a != b)
        .map(|(a, b)| format!("  expected {a}\n  got      {b}"))
        .collect();
    assert!(
        diff.is_empty() && want.lines().count() == rendered.lines().count(),
        "corpus turn counts changed (review, then GAVEL_BLESS=1):\n{}",
        diff.join("\n")
    );
}

/// Paragraphs of a spoken turn that open as printed material does: a
/// statement heading, a written question or answer, an introduction of
/// inserted material (issue #14). Each is a sign the turn swallowed
/// something nobody said.
fn printed_in_turns(rel: &str, t: &gavel::model::Transcript) -> Vec<String> {
    let qa = |p: &str| {
        let rest = p.strip_prefix("Q.").or_else(|| p.strip_prefix("A."));
        rest.is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit()))
    };
    let mut out = Vec::new();
    for turn in &t.turns {
        for para in turn.text.split('\n').map(str::trim) {
            let introduced =
                para.starts_with('[') && (para.ends_with("follows:]") || para.ends_with("follow:]"));
            let heading =
                ["STATEMENT OF ", "PREPARED STATEMENT", "RESPONSE TO WRITTEN", "RESPONSES TO WRITTEN"]
                    .iter()
                    .any(|h| para.starts_with(h));
            if introduced || heading || qa(para) {
                out.push(format!(
                    "{rel}: turn {} ({}) holds {:?}",
                    turn.seq,
                    turn.label,
                    para.chars().take(60).collect::<String>()
                ));
            }
        }
    }
    out
}
