//! Golden tests: every fixture in tests/fixtures/parse is parsed and compared
//! with its hand-written `.expect` file (format in that folder's README).

mod common;

use gavel::parse;
use std::path::{Path, PathBuf};

/// Fixtures whose format gavel does not read yet (issue: the parser). Each
/// must still FAIL here, so that the day one starts passing, it is moved out
/// of this list and guarded for good.
const PENDING: &[&str] = &[];

struct Expected {
    label: String,
    speaker: Option<String>,
    prefix: String,
    /// The fifth column, when the file declares it a page (`#! extra: page`).
    page: Option<String>,
}

/// Written blocks (`block` lines: kind, author, text prefix) and the
/// hearing's lists (`member` name and state, `witness` name), asserted
/// whole when a file gives any.
#[derive(Default)]
struct Extra {
    /// kind, author, text prefix, and the pin page when a fifth column gives one.
    blocks: Vec<[String; 4]>,
    members: Vec<[String; 2]>,
    witnesses: Vec<String>,
}

fn extras(path: &Path) -> Extra {
    let text = std::fs::read_to_string(path).unwrap();
    let mut x = Extra::default();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        let col = |i: usize| cols.get(i).copied().unwrap_or("").to_owned();
        match cols[0] {
            "block" => x.blocks.push([col(1), col(2), col(3), col(4)]),
            "member" => x.members.push([col(1), col(2)]),
            "witness" => x.witnesses.push(col(1)),
            _ => {}
        }
    }
    x
}

/// The written blocks, members and witnesses against the `.expect` file's.
fn check_extras(t: &gavel::model::Transcript, want: &Extra, diffs: &mut Vec<String>) {
    use gavel::model::BlockKind;
    if !want.blocks.is_empty() {
        let written = [BlockKind::Submitted, BlockKind::Question, BlockKind::Answer];
        let got: Vec<&gavel::model::Block> = t.blocks.iter().filter(|b| written.contains(&b.kind)).collect();
        if got.len() != want.blocks.len() {
            diffs.push(format!("{} written blocks, expected {}", got.len(), want.blocks.len()));
        }
        for (n, (g, [kind, author, prefix, page])) in got.iter().zip(&want.blocks).enumerate() {
            let g_author = g.author.clone().unwrap_or_else(|| "-".into());
            let ok = g.kind.as_str() == kind
                && &g_author == author
                && squash(&g.text).starts_with(&squash(prefix))
                && (page.is_empty() || g.page.as_deref() == Some(page.as_str()));
            if !ok {
                diffs.push(format!(
                    "block {}: {} by {g_author} at {:?}: {:?}\n    expected {kind} by {author} at {page:?}: {:?}",
                    n + 1,
                    g.kind.as_str(),
                    g.page,
                    squash(&g.text).chars().take(80).collect::<String>(),
                    prefix
                ));
            }
        }
    }
    if !want.members.is_empty() {
        let got: Vec<[String; 2]> = t
            .hearing
            .members
            .iter()
            .map(|m| [m.name.clone(), m.state.clone().unwrap_or_else(|| "-".into())])
            .collect();
        if got != want.members {
            diffs.push(format!("members {got:?}\n    expected {:?}", want.members));
        }
    }
    if !want.witnesses.is_empty() {
        let got: Vec<String> = t.hearing.witnesses.iter().map(|w| w.name.clone()).collect();
        if got != want.witnesses {
            diffs.push(format!("witnesses {got:?}\n    expected {:?}", want.witnesses));
        }
    }
}

fn expectations(path: &Path) -> (Vec<Expected>, usize, bool) {
    let text = std::fs::read_to_string(path).unwrap();
    let full_text =
        path.file_stem().unwrap() == "gpo_hyphenation" || text.lines().any(|l| l.trim() == "#! text: full");
    let pages = text.lines().any(|l| l.trim() == "#! extra: page");
    let mut turns = Vec::new();
    let mut count = None;
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        match cols[0] {
            "turn" => turns.push(Expected {
                label: cols[1].to_owned(),
                speaker: (cols[2] != "-").then(|| cols[2].to_owned()),
                prefix: cols.get(3).copied().unwrap_or("").to_owned(),
                page: cols.get(4).filter(|_| pages).map(|p| p.to_string()),
            }),
            "turns" => count = Some(cols[1].parse().unwrap()),
            "block" | "member" | "witness" => {}
            other => panic!("{}: unknown line kind {other:?}", path.display()),
        }
    }
    let count = count.unwrap_or_else(|| panic!("{}: no `turns` line", path.display()));
    assert_eq!(count, turns.len(), "{}: the turns line disagrees with the turn lines", path.display());
    (turns, count, full_text)
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Compares one fixture; returns the differences found.
fn check(input: &Path, expect: &Path) -> Vec<String> {
    let (want, _, full_text) = expectations(expect);
    let bytes = std::fs::read(input).unwrap();
    let (t, text) = match gavel::speakers::read(&bytes, &input.display().to_string(), None) {
        Ok(p) => p,
        Err(e) => return vec![format!("parse failed: {e}")],
    };
    let mut diffs = Vec::new();
    check_extras(&t, &extras(expect), &mut diffs);
    let cov = parse::coverage::coverage(&text, &t);
    if !cov.is_complete() {
        diffs.push(format!("coverage: {cov:?}"));
    }
    if t.turns.len() != want.len() {
        diffs.push(format!("{} turns, expected {}", t.turns.len(), want.len()));
    }
    for (i, (got, w)) in t.turns.iter().zip(&want).enumerate() {
        let n = i + 1;
        if got.label != w.label {
            diffs.push(format!("turn {n}: label {:?}, expected {:?}", got.label, w.label));
        }
        if got.speaker != w.speaker {
            diffs
                .push(format!("turn {n} ({}): speaker {:?}, expected {:?}", w.label, got.speaker, w.speaker));
        }
        if w.page.is_some() && got.page != w.page {
            diffs.push(format!("turn {n} ({}): page {:?}, expected {:?}", w.label, got.page, w.page));
        }
        let (g, e) = (squash(&got.text), squash(&w.prefix));
        let ok = if full_text { g == e } else { g.starts_with(&e) };
        if !ok {
            diffs.push(format!(
                "turn {n} ({}): text {:?}\n    expected {}{:?}",
                w.label,
                g,
                if full_text { "" } else { "prefix " },
                e
            ));
        }
    }
    diffs
}

fn fixtures() -> Vec<(String, PathBuf, PathBuf)> {
    let dir = common::fixtures().join("parse");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "expect") {
            let stem = p.file_stem().unwrap().to_str().unwrap().to_owned();
            let input = std::fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .find(|q| {
                    q.file_stem().is_some_and(|s| s == stem.as_str())
                        && q.extension().is_some_and(|e| e != "expect")
                })
                .unwrap_or_else(|| panic!("no input beside {}", p.display()));
            out.push((stem, input, p));
        }
    }
    out.sort();
    out
}

#[test]
fn golden_fixtures() {
    let all = fixtures();
    // Guard against a runner that silently checks nothing.
    assert!(all.len() >= 18, "only {} fixtures found", all.len());
    let mut failures = Vec::new();
    let mut checked = 0;
    for (stem, input, expect) in &all {
        let diffs = check(input, expect);
        let pending = PENDING.contains(&stem.as_str());
        match (diffs.is_empty(), pending) {
            (true, false) => checked += 1,
            (false, true) => {}
            (true, true) => failures.push(format!("{stem}: passes now; take it off PENDING")),
            (false, false) => failures.push(format!("{stem}:\n  {}", diffs.join("\n  "))),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(checked + PENDING.len(), all.len());
}

/// Inputs the fuzzer once broke the parser with (fuzz_*.bin): each must now
/// parse, or be refused, without panicking, and lose nothing.
#[test]
fn fuzz_regressions() {
    let dir = common::fixtures().join("parse");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let p = entry.unwrap().path();
        let name = p.file_name().unwrap().to_str().unwrap().to_owned();
        if !name.starts_with("fuzz_") {
            continue;
        }
        let bytes = std::fs::read(&p).unwrap();
        for format in gavel::model::Format::ALL.into_iter().map(Some).chain([None]) {
            if let Ok((t, text)) = gavel::speakers::read(&bytes, &name, format) {
                let c = parse::coverage::coverage(&text, &t);
                assert!(c.is_complete(), "{name} with {format:?}: {c:?}");
            }
        }
        n += 1;
    }
    assert!(n >= 1, "no fuzz regression inputs found");
}
