//! A Congressional Record page with its day's MODS record beside it
//! (`X.htm` + `X.mods.xml`, the package record `gavel get --record` or a
//! user's download gives), through the real binary: the page's granule names
//! its speakers, and the roll calls the presiding officer, also where the
//! Record names them only in narration.

mod common;

use common::{fixtures, gavel};

#[test]
fn a_record_page_beside_its_days_mods_names_members_and_the_presiding_officer() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("CREC-2025-03-20-pt1-PgH1200.htm");
    std::fs::copy(fixtures().join("parse/record_floor.htm"), &page).unwrap();
    let data = tempfile::tempdir().unwrap();
    let parse = |data: &std::path::Path| {
        let o = gavel(data, &["parse", "--json", page.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        v["turns"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                (
                    t["label"].as_str().unwrap().to_owned(),
                    t["speaker"].as_str().map(str::to_owned),
                    t["member"]["bioguide"].as_str().map(str::to_owned),
                )
            })
            .collect::<Vec<_>>()
    };
    // Without the record, surnames name no one.
    assert!(parse(data.path()).iter().all(|(_, s, _)| s.is_none()));
    std::fs::copy(
        fixtures().join("govinfo/record-day.mods.xml"),
        dir.path().join("CREC-2025-03-20-pt1-PgH1200.mods.xml"),
    )
    .unwrap();
    let got = parse(data.path());
    let who = |label: &str| -> Vec<(Option<&str>, Option<&str>)> {
        got.iter().filter(|(l, _, _)| l == label).map(|(_, s, b)| (s.as_deref(), b.as_deref())).collect()
    };
    assert_eq!(who("Mr. HALVORSEN"), [(Some("Dana Halvorsen"), Some("H000901")); 2]);
    // Known to the record by a later surname: the parsed name, equal to the
    // label as printed, ties them.
    assert_eq!(who("Ms. DELACROIX"), [(Some("Mara Delacroix Vance"), Some("D000901")); 3]);
    // The officer the label names by surname is the one member of that
    // surname in the day's roll calls; the bare office after is carried.
    assert_eq!(
        who("The SPEAKER pro tempore (Mr. Whitcombe)"),
        [(Some("Samuel Whitcombe"), Some("W000901")); 2]
    );
    // The bare office after the Record's narration of the chair changing
    // hands is the officer it names, not the one named before.
    assert_eq!(who("The SPEAKER pro tempore"), [(Some("Ida Quist"), Some("Q000901")); 2]);
}
