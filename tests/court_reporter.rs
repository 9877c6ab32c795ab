//! Court-reporter transcripts (state legislatures): roles from the title
//! pages on our own fixture, and properties that must hold on the real New
//! York State Senate transcripts in ../shared/corpus/court-reporter when that
//! folder is there (it is not part of this repository; the test skips
//! cleanly without it).

mod common;

use gavel::model::{Format, Role, Transcript};
use std::path::Path;

fn parse(path: &Path) -> Transcript {
    let bytes = std::fs::read(path).unwrap();
    gavel::speakers::read(&bytes, &path.display().to_string(), None).unwrap().0
}

/// Labels that head a title-page or index list: never a turn.
const HEADINGS: &[&str] = &["PRESENT", "PRESIDING", "SPEAKERS", "PARTICIPANTS", "WITNESSES", "PUBLIC FORUM"];

#[test]
fn budget_hearing_roles_come_from_its_lists() {
    let t = parse(&common::fixtures().join("parse/court_budget.txt"));
    assert_eq!(t.hearing.format, Format::Court);
    let role = |label: &str| t.turns.iter().find(|x| x.label == label).map(|x| x.role);
    assert_eq!(role("CHAIRWOMAN WEINTRAUB"), Some(Role::Chair));
    assert_eq!(role("CHAIRWOMAN QUINTERO"), Some(Role::Chair));
    assert_eq!(role("SENATOR PIKE"), Some(Role::RankingMember));
    assert_eq!(role("ASSEMBLYWOMAN BARRINGTON"), Some(Role::Member));
    assert_eq!(role("OCFS COMMISSIONER POMEROY"), Some(Role::Witness));
    assert_eq!(role("LT. COL. DWYER"), Some(Role::Witness));
    // Chairs and members are not witnesses; the witness index is.
    let witnesses: Vec<&str> = t.hearing.witnesses.iter().map(|w| w.name.as_str()).collect();
    assert_eq!(witnesses, ["Sheila Pomeroy", "Garrett Dwyer", "Rhoda Myles"]);
    assert_eq!(t.hearing.chair.as_deref(), Some("Marisol Quintero"));
    assert_eq!(t.hearing.members.len(), 8, "{:?}", t.hearing.members);
    // The running head is markup, never a turn's words.
    assert!(t.turns.iter().all(|x| !x.text.contains("Executive Budget") && !x.text.contains("2-4-26")));
}

#[test]
fn real_court_reporter_transcripts_read_as_a_careful_reader_would() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/court-reporter");
    if !dir.is_dir() {
        eprintln!("SKIPPED: ../shared/corpus/court-reporter is not present");
        return;
    }
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert!(files.len() >= 8, "only {} files", files.len());
    let mut turns = 0;
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let t = parse(path);
        assert_eq!(t.hearing.format, Format::Court, "{name}: detected as {:?}", t.hearing.format);
        assert!(t.hearing.date().is_some(), "{name}: no date read");
        turns += t.turns.len();
        let members: Vec<&str> = t.hearing.members.iter().map(|m| m.name.as_str()).collect();
        for w in &t.hearing.witnesses {
            assert!(!members.contains(&w.name.as_str()), "{name}: member {} listed as a witness", w.name);
        }
        for x in &t.turns {
            assert!(!HEADINGS.contains(&x.label.as_str()), "{name}: heading {:?} taken as a turn", x.label);
            // Double-spaced pages: 600 lines is about twelve pages, the
            // longest testimony here; a turn swallowing the file is far more.
            assert!(
                x.line_end - x.line_start < 600,
                "{name}: turn {} ({}) runs {} lines",
                x.seq,
                x.label,
                x.line_end - x.line_start
            );
            // A senator's label resolves to the senator the title page lists,
            // as a member or chair, never as a witness.
            if let Some(surname) = x.label.strip_prefix("SENATOR ") {
                let listed = t.hearing.members.iter().find(|m| m.name.to_uppercase().ends_with(surname));
                if let Some(m) = listed {
                    assert_eq!(x.speaker.as_deref(), Some(m.name.as_str()), "{name}: {}", x.label);
                    assert!(
                        matches!(x.role, Role::Chair | Role::Member | Role::RankingMember),
                        "{name}: {} as {:?}",
                        x.label,
                        x.role
                    );
                }
            }
        }
        let resolved = t.turns.iter().filter(|x| x.speaker.is_some()).count();
        assert!(resolved * 10 >= t.turns.len() * 9, "{name}: {resolved} of {} turns resolved", t.turns.len());
    }
    assert!(turns >= 300, "only {turns} turns in all");
    // The floor session: gutter numbers from column 0, and the presiding officer.
    let floor = parse(&dir.join("nysenate-floor-2021-12-31-session.txt"));
    assert_eq!(
        floor.turns.first().map(|x| (x.speaker.as_deref(), x.role)),
        Some((Some("Neil D. Breslin"), Role::PresidingOfficer))
    );
}
