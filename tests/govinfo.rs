//! `gavel get` and `gavel watch` against a local stand-in for govinfo, and
//! MODS records beside hearing files. Every server here is on 127.0.0.1,
//! started by the test, answering in the shapes the real services answer
//! (collections pages with `nextPage`, MODS, the content host's renditions
//! and its error page); no test reaches the internet.

mod common;

use common::{fixtures, gavel};
use serde_json::Value;
use std::path::Path;

fn json_lines(o: &std::process::Output) -> Vec<Value> {
    String::from_utf8_lossy(&o.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ok(o: &std::process::Output) {
    assert!(
        o.status.success(),
        "status {:?}\nstdout:\n{}\nstderr:\n{}",
        o.status,
        String::from_utf8_lossy(&o.stdout),
        stderr(o)
    );
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(fixtures().join("govinfo").join(name)).unwrap()
}

/// The speakers of one hearing, by name: (role, bioguide id).
fn speakers(data: &Path) -> Vec<(String, String, Option<String>)> {
    let o = gavel(data, &["speakers", "--json"]);
    ok(&o);
    let mut rows: Vec<_> = json_lines(&o)
        .iter()
        .map(|r| {
            (
                r["name"].as_str().unwrap().to_owned(),
                r["role"].as_str().unwrap().to_owned(),
                r["bioguide"].as_str().map(str::to_owned),
            )
        })
        .collect();
    rows.sort();
    rows
}

#[test]
fn a_mods_record_beside_a_hearing_names_its_witnesses_and_members() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let folder = dir.path().join("hearings");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("CHRG-118shrg99001.htm"), fixture("CHRG-118shrg99001.htm")).unwrap();
    let folder_arg = folder.to_str().unwrap();

    // Without MODS the front matter names no witnesses and no members.
    ok(&gavel(&data, &["index", folder_arg]));
    let before = speakers(&data);
    assert!(before.iter().any(|(n, _, _)| n == "Mr. Quillfeather"), "{before:?}");
    assert!(before.iter().all(|(_, _, b)| b.is_none()), "{before:?}");

    // The record beside it re-reads the hearing on the next run.
    std::fs::write(folder.join("CHRG-118shrg99001.mods.xml"), fixture("senate.mods.xml")).unwrap();
    let o = gavel(&data, &["index", folder_arg]);
    ok(&o);
    assert!(stderr(&o).contains("1 indexed") || stderr(&o).contains("indexed 1"), "{}", stderr(&o));
    let after = speakers(&data);
    let s =
        |name: &str| after.iter().find(|(n, _, _)| n == name).unwrap_or_else(|| panic!("{name}: {after:?}"));
    assert_eq!(s("Gerald W. Quillfeather").1, "witness");
    assert_eq!(s("Carrie D. Wolfsbane").1, "witness");
    assert_eq!(s("Roland Zephyrine").2.as_deref(), Some("Z000901"));
    assert_eq!(s("Katrina Yarrowby").2.as_deref(), Some("Y000902"));
    // The hearing's metadata is MODS's.
    let o = gavel(&data, &["hearings", "--json"]);
    ok(&o);
    let h = &json_lines(&o)[0];
    assert_eq!(h["committee"], "Committee on Commerce, Science, and Transportation", "{h}");
    assert_eq!(h["dates"], serde_json::json!(["2024-07-11", "2024-07-12"]), "{h}");

    // A record that is not XML is said, and the hearing indexed from its own text.
    std::fs::write(folder.join("CHRG-118shrg99001.mods.xml"), "<mods><titleInfo>").unwrap();
    let o = gavel(&data, &["index", folder_arg]);
    assert!(stderr(&o).contains("MODS record") && stderr(&o).contains("not valid XML"), "{}", stderr(&o));
    assert!(speakers(&data).iter().any(|(n, _, _)| n == "Mr. Quillfeather"));
}
