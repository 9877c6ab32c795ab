//! Roles from the hearing's lists: the chair, the ranking member (labelled,
//! or the first of the minority's column of a two-column roster), the vice
//! chairman, read from the roster of the body that held the hearing. Golden
//! fixtures in tests/fixtures/roles (invented hearings in GPO's layout), and
//! the real corpus when ../shared/corpus is there.

mod common;

use gavel::model::{Role, Transcript};
use std::path::{Path, PathBuf};

fn read(path: &Path) -> Transcript {
    let bytes = std::fs::read(path).unwrap();
    gavel::speakers::read(&bytes, &path.display().to_string(), None).unwrap().0
}

fn fixture(name: &str) -> Transcript {
    read(&common::fixtures().join("roles").join(name))
}

/// Each turn's label, speaker and role.
fn roles(t: &Transcript) -> Vec<(&str, Option<&str>, Role)> {
    t.turns.iter().map(|t| (t.label.as_str(), t.speaker.as_deref(), t.role)).collect()
}

fn title<'a>(t: &'a Transcript, name: &str) -> Option<&'a str> {
    t.hearing.members.iter().find(|m| m.name == name).and_then(|m| m.title.as_deref())
}

#[test]
fn the_first_of_the_minority_column_is_the_ranking_member_unlabelled() {
    let t = fixture("two_columns.txt");
    assert_eq!(
        roles(&t),
        [
            ("Senator Vargas", Some("Odette Vargas"), Role::Chair),
            ("Senator Okaford", Some("Marisol Okaford"), Role::RankingMember),
            // Second in the minority column: a member.
            ("Senator Kempe", Some("Harold J. Kempe, Jr."), Role::Member),
            ("Ms. Pellham", Some("Imogen Pellham"), Role::Witness),
            // First of the majority column: a member.
            ("Senator Lindholm", Some("Tobias Lindholm"), Role::Member),
        ]
    );
    assert_eq!(title(&t, "Marisol Okaford"), Some("Ranking Member"));
    assert_eq!(title(&t, "Tobias Lindholm"), None);
}

#[test]
fn a_subcommittee_hearing_takes_its_own_roster_and_its_committees_leaders() {
    let t = fixture("subcommittee.txt");
    assert_eq!(t.hearing.subcommittee.as_deref(), Some("Subcommittee on Invented Small Payments"));
    assert_eq!(t.hearing.chair.as_deref(), Some("Melvin L. Watters"));
    assert_eq!(
        roles(&t),
        [
            ("Chairman Watters", Some("Melvin L. Watters"), Role::Chair),
            // The subcommittee's minority column starts with him; in the
            // committee's he is fourth.
            ("Mr. Paulson", Some("Ronald Paulson"), Role::RankingMember),
            // The committee's ranking member, ex officio here, keeps his role.
            ("Mr. Backhouse", Some("Spencer Backhouse"), Role::RankingMember),
            // First of the minority column of another subcommittee: a member
            // in this one's hearing.
            ("Mr. Garretson", Some("Scott Garretson"), Role::Member),
            // The committee's vice chairman, who chairs another subcommittee.
            ("Ms. Kanjorska", Some("Paula Kanjorska"), Role::ViceChair),
            ("Mr. Dobbs", Some("Arlen Dobbs"), Role::Witness),
            ("Mr. Frost", Some("Barnaby Frost"), Role::Chair),
        ]
    );
    assert_eq!(title(&t, "Paula Kanjorska"), Some("Vice Chairman, Committee on Invented Finance"));
    assert_eq!(title(&t, "Spencer Backhouse"), Some("Ranking Member, Committee on Invented Finance"));
    assert_eq!(title(&t, "Ronald Paulson"), Some("Ranking Member"));
    assert_eq!(title(&t, "Scott Garretson"), None);
}

#[test]
fn an_explicit_vice_chairman_is_kept_and_the_columns_then_name_no_ranking_member() {
    let t = fixture("vice_chairman.txt");
    assert_eq!(
        roles(&t),
        [
            ("Chairman Warden", Some("Margaret R. Warden"), Role::Chair),
            ("Vice Chairman Rubidoux", Some("Marcus Rubidoux"), Role::ViceChair),
            // First of the right column, but the committee's minority is led
            // by its vice chairman, printed above the columns: no ranking
            // member is read from them.
            ("Senator Rischling", Some("James E. Rischling"), Role::Member),
            ("Senator Wydell", Some("Rosalind Wydell"), Role::Member),
        ]
    );
    assert_eq!(title(&t, "Charles Schumacher"), Some("ex officio"));
}

#[test]
fn role_names_parse_as_the_query_language_takes_them() {
    for (s, r) in [
        ("vice_chair", Role::ViceChair),
        ("vice-chairman", Role::ViceChair),
        ("ranking_member", Role::RankingMember),
        ("ranking", Role::RankingMember),
    ] {
        assert_eq!(Role::parse(s), Some(r), "{s}");
    }
    assert_eq!(Role::ViceChair.as_str(), "vice_chair");
}

fn gpo_corpus() -> Option<Vec<PathBuf>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut files: Vec<PathBuf> = ["gpo-hearings", "gpo-hearings-txt"]
        .iter()
        .filter_map(|d| std::fs::read_dir(root.join(d)).ok())
        .flatten()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "htm" || e == "txt"))
        .collect();
    files.sort();
    (!files.is_empty()).then_some(files)
}

/// Whether the front matter prints `surname` where a ranking member is: on
/// a line that says `Ranking` (or with it within the next two lines), or
/// in the right-hand column of the first line under a chair's line. Read
/// apart from gavel's roster reader, to check it.
fn printed_as_ranking(front: &str, surname: &str) -> bool {
    let lines: Vec<&str> = front.lines().collect();
    let needle = format!("{}, ", surname.to_uppercase());
    lines.iter().enumerate().any(|(i, line)| {
        let Some(at) = line.to_uppercase().find(&needle) else { return false };
        let labelled = lines[i..lines.len().min(i + 3)].iter().any(|l| l.contains("Ranking"));
        let above = lines[..i].iter().rev().find(|l| !l.trim().is_empty()).copied().unwrap_or("");
        let under_chair = at >= 30 && (above.contains(", Chairman") || above.contains(", Chair"));
        labelled || under_chair
    })
}

/// Whether the hearing's words call `surname` the ranking member: `the
/// ranking member[ of the subcommittee], [the gentleman from X,] Mr. Surname`.
fn called_ranking(flat: &str, surname: &str) -> bool {
    let lower = flat.to_lowercase();
    let surname = surname.to_lowercase();
    lower.match_indices("the ranking member").any(|(at, _)| {
        let after: String = lower[at..].chars().take(90).collect();
        after.contains(&format!(". {surname}")) || after.contains(&format!("senator {surname}"))
    })
}

#[test]
fn on_the_gpo_corpus_every_ranking_member_is_printed_as_one() {
    let Some(files) = gpo_corpus() else {
        eprintln!("SKIPPED: ../shared/corpus is not present");
        return;
    };
    assert_eq!(files.len(), 81, "the GPO corpus changed: recount");
    let (mut ranking, mut vice) = (0, 0);
    let mut wrong = Vec::new();
    for path in &files {
        let t = read(path);
        let text = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
        let front = &text[..t.turns.first().map_or(text.len(), |f| f.span.start.min(text.len()))];
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for turn in &t.turns {
            let Some(speaker) = turn.speaker.as_deref() else { continue };
            let surname = speaker.trim_end_matches(", Jr.").rsplit(' ').next().unwrap_or(speaker);
            match turn.role {
                Role::RankingMember => {
                    ranking += 1;
                    if !turn.label.starts_with("Ranking Member")
                        && !printed_as_ranking(front, surname)
                        && !called_ranking(&flat, surname)
                    {
                        wrong.push(format!("{} #{} {speaker}", t.hearing.id, turn.seq));
                    }
                }
                Role::ViceChair => vice += 1,
                _ => {}
            }
        }
    }
    assert!(wrong.is_empty(), "ranking members the front matter does not print as such: {wrong:?}");
    assert_eq!((ranking, vice), (1805, 39), "role:ranking_member and role:vice_chair turns");
}

#[test]
fn the_ranking_member_the_chair_recognizes_outranks_a_stale_roster() {
    let t = fixture("recognized.txt");
    assert_eq!(
        roles(&t),
        [
            ("Mr. Rushmore", Some("Bobbie L. Rushmore"), Role::Chair),
            // Recognized as the ranking member; fourth in the subcommittee's
            // roster, whose labelled ranking member is a Congress out of date.
            ("Mr. Radovan", Some("George Radovan"), Role::RankingMember),
            ("Mr. Sterne", Some("Clifford Sterne"), Role::Member),
            ("Mr. Rushmore", Some("Bobbie L. Rushmore"), Role::Chair),
            // The committee's ranking member, ex officio.
            ("Mr. Bartell", Some("Joseph Bartell"), Role::RankingMember),
        ]
    );
}
