//! The house rule of docs/ARCHITECTURE.md, checked on the source itself: a
//! module imports only from layers below it, and the two faces (`cli`,
//! `tui`) never import each other, except that the CLI starts the TUI.

use std::path::Path;

/// Top-level modules by layer, bottom first; one layer may hold several.
const LAYERS: &[&[&str]] = &[
    &["model", "names", "nicknames", "samples", "sanitize", "config"],
    &["parse"],
    &["speakers"],
    &["summary"],
    &["index"],
    &["export"],
    &["analysis"],
    &["workspace"],
    &["cli", "tui"],
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// Every `crate::NAME` a file mentions, with its line number.
fn crate_paths(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            let after = &rest[i + "crate::".len()..];
            let name: String = after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            out.push((n + 1, name));
            rest = after;
        }
    }
    out
}

#[test]
fn imports_run_only_downward() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut wrong = Vec::new();
    let mut files = 0;
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(&src).unwrap();
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let top = rel.components().next().unwrap().as_os_str().to_string_lossy();
        let module = top.trim_end_matches(".rs");
        if module == "lib" || module == "main" {
            continue;
        }
        let own =
            layer(module).unwrap_or_else(|| panic!("src/{module} is in no layer of tests/architecture.rs"));
        files += 1;
        let text = std::fs::read_to_string(entry.path()).unwrap();
        for (line, used) in crate_paths(&text) {
            if used == module {
                continue;
            }
            let Some(theirs) = layer(&used) else { continue };
            let starts_tui = module == "cli" && used == "tui";
            if theirs >= own && !starts_tui {
                wrong.push(format!("src/{}:{line}: {module} imports crate::{used}", rel.display()));
            }
        }
    }
    assert!(files > 50, "only {files} source files found");
    assert!(wrong.is_empty(), "imports that run up or sideways:\n{}", wrong.join("\n"));
}

#[test]
fn the_check_sees_an_upward_import() {
    let found = crate_paths(
        "use crate::index::Library; // crate::tui in a comment\nlet x = crate::model::Turn::default();",
    );
    assert_eq!(found, [(1, "index".to_owned()), (2, "model".to_owned())]);
}

#[test]
fn no_source_file_outgrows_one_reading() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let long: Vec<String> = walkdir::WalkDir::new(&src)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .filter_map(|e| {
            let n = std::fs::read_to_string(e.path()).unwrap().lines().count();
            (n > 600).then(|| format!("{}: {n} lines", e.path().display()))
        })
        .collect();
    assert!(long.is_empty(), "files over 600 lines (split them by job):\n{}", long.join("\n"));
}
