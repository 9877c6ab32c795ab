//! The legislators roster against hearings' labels: confirming, filling in,
//! narrowing by gender, and never overriding the hearing's own resolution.

use super::*;
use crate::model::Person;
use crate::speakers::roster::Term;

fn person(
    bioguide: &str,
    first: &str,
    last: &str,
    gender: &str,
    terms: &[(&str, &str, &str, &str)],
) -> Legislator {
    Legislator {
        bioguide: bioguide.into(),
        name: format!("{first} {last}"),
        first: first.into(),
        middle: None,
        last: last.into(),
        nickname: None,
        gender: Some(gender.into()),
        terms: terms
            .iter()
            .map(|(chamber, start, end, state)| Term {
                chamber: if *chamber == "sen" { Chamber::Senate } else { Chamber::House },
                start: (*start).into(),
                end: (*end).into(),
                state: (*state).into(),
                party: Some("Democrat".into()),
            })
            .collect(),
    }
}

/// Invented people: two Marlows in the House at once, one Quist, a
/// Senator Brandt who left long ago.
fn roster() -> Roster {
    Roster {
        sources: vec![],
        people: vec![
            person("M000001", "Ann", "Marlow", "F", &[("rep", "2001-01-03", "2011-01-03", "OH")]),
            person("M000002", "Tom", "Marlow", "M", &[("rep", "2003-01-03", "2027-01-03", "NJ")]),
            person(
                "Q000001",
                "Ida",
                "Quist",
                "F",
                &[("rep", "2003-01-03", "2025-01-03", "WA"), ("rep", "2025-01-03", "2027-01-03", "WA")],
            ),
            person("B000001", "Carl", "Brandt", "M", &[("sen", "1999-01-06", "2011-01-03", "MN")]),
            person("V000001", "Eve", "Van Dorn", "F", &[("sen", "2001-01-03", "2027-01-03", "CO")]),
        ],
    }
}

fn turns(labels: &[&str]) -> Vec<Turn> {
    labels.iter().map(|l| Turn { label: (*l).into(), ..Default::default() }).collect()
}

fn record(chamber: Chamber) -> Hearing {
    Hearing {
        format: Format::Record,
        chamber: Some(chamber),
        dates: vec!["2005-07-20".into()],
        ..Default::default()
    }
}

#[test]
fn record_labels_by_the_records_own_convention() {
    let mut t = turns(&["Ms. QUIST", "Mr. MARLOW", "Ms. MARLOW", "Mr. BRANDT", "Mrs. QUIST of Ohio"]);
    super::super::resolve(&record(Chamber::House), &mut t, false);
    attach(&record(Chamber::House), &mut t, &roster());
    let got: Vec<_> =
        t.iter().map(|t| (t.speaker.as_deref(), t.member.as_ref().map(|m| m.bioguide.as_str()))).collect();
    assert_eq!(
        got,
        [
            (Some("Ida Quist"), Some("Q000001")),
            (Some("Tom Marlow"), Some("M000002")),
            (Some("Ann Marlow"), Some("M000001")),
            // A senator is not in the House; Quist sat for Washington.
            (None, None),
            (None, None),
        ]
    );
    assert_eq!(t[0].role, Role::Member);
    assert_eq!(t[0].member.as_ref().unwrap().state, "WA");
    assert_eq!(t[0].member.as_ref().unwrap().party.as_deref(), Some("D"));
}

#[test]
fn the_bare_office_is_whoever_was_named_last() {
    let mut t = turns(&[
        "The PRESIDING OFFICER",
        "The PRESIDING OFFICER (Mr. Brandt)",
        "Ms. VAN DORN",
        "The PRESIDING OFFICER",
        "The PRESIDING OFFICER (Mr. Nobody)",
        "The PRESIDING OFFICER",
    ]);
    let senate = record(Chamber::Senate);
    super::super::resolve(&senate, &mut t, false);
    attach(&senate, &mut t, &roster());
    carry_presiding(&mut t, &[]);
    let got: Vec<_> = t.iter().map(|t| t.speaker.as_deref()).collect();
    assert_eq!(
        got,
        [
            // Before anyone is named, the office is nobody in particular.
            None,
            Some("Carl Brandt"),
            Some("Eve Van Dorn"),
            Some("Carl Brandt"),
            // A new officer nobody can name ends the carry.
            None,
            None,
        ]
    );
    assert_eq!(t[3].member.as_ref().unwrap().bioguide, "B000001");
    assert_eq!(t[3].role, Role::PresidingOfficer);
}

#[test]
fn two_of_one_surname_stay_apart_with_candidates() {
    // Without the title's gender, both Marlows fit.
    let mut t = turns(&["Rep. MARLOW", "Rep. MARLOW of New Jersey"]);
    attach(&record(Chamber::House), &mut t, &roster());
    assert_eq!(t[0].speaker, None);
    assert_eq!(t[0].candidates, ["Ann Marlow (D-OH, M000001)", "Tom Marlow (D-NJ, M000002)"]);
    assert_eq!(t[1].member.as_ref().unwrap().bioguide, "M000002");
}

#[test]
fn hearings_need_a_members_title_and_former_members() {
    let h = Hearing {
        format: Format::Gpo,
        chamber: Some(Chamber::Senate),
        dates: vec!["2005-03-01".into()],
        ..Default::default()
    };
    let mut t = turns(&["Senator Van Dorn", "Mr. Brandt"]);
    attach(&h, &mut t, &roster());
    // Brandt's service ended in 2011, before the newest term in the
    // roster began: the roster knows former senators of 2005.
    assert_eq!(t[0].member.as_ref().map(|m| m.bioguide.as_str()), Some("V000001"));
    // A `Mr.` in a hearing may be a witness.
    assert_eq!(t[1].speaker, None);
    // Only today's members: a lone surname match proves nothing.
    let today = Roster {
        sources: vec![],
        people: roster().people.into_iter().filter(|p| p.bioguide != "B000001").collect(),
    };
    let mut t = turns(&["Senator Van Dorn"]);
    attach(&h, &mut t, &today);
    assert_eq!(t[0].speaker, None);
}

#[test]
fn a_member_the_hearing_named_is_confirmed_by_full_name_and_state() {
    let h = Hearing {
        format: Format::Gpo,
        chamber: Some(Chamber::House),
        dates: vec!["2006-02-15".into()],
        members: vec![
            Person { name: "Tom Marlow".into(), state: Some("New Jersey".into()), ..Default::default() },
            Person { name: "Ida Quist".into(), state: Some("Iowa".into()), ..Default::default() },
        ],
        ..Default::default()
    };
    let mut t = turns(&["Mr. Marlow", "Ms. Quist"]);
    super::super::resolve(&h, &mut t, false);
    attach(&h, &mut t, &roster());
    assert_eq!(t[0].speaker.as_deref(), Some("Tom Marlow"));
    assert_eq!(t[0].member.as_ref().unwrap().bioguide, "M000002");
    // The hearing says Iowa; the roster's Ida Quist sat for Washington: not her.
    assert_eq!(t[1].speaker.as_deref(), Some("Ida Quist"));
    assert_eq!(t[1].member, None);
}

/// A House hearing of 2006 listing `members` (name, state) and `witnesses`.
fn hearing(members: &[(&str, &str)], witnesses: &[&str]) -> Hearing {
    Hearing {
        format: Format::Gpo,
        chamber: Some(Chamber::House),
        dates: vec!["2006-02-15".into()],
        members: members
            .iter()
            .map(|(name, state)| Person {
                name: (*name).into(),
                state: Some((*state).into()),
                ..Default::default()
            })
            .collect(),
        witnesses: witnesses.iter().map(|w| Person { name: (*w).into(), ..Default::default() }).collect(),
        ..Default::default()
    }
}

fn speakers(h: &Hearing, labels: &[&str], roster: &Roster) -> Vec<Turn> {
    let mut t = turns(labels);
    super::super::resolve(h, &mut t, false);
    attach(h, &mut t, roster);
    t
}

#[test]
fn the_honorific_rules_out_a_candidate_of_the_other_gender() {
    let h = hearing(&[("Ann Marlow", "Ohio"), ("Tom Marlow", "New Jersey")], &[]);
    let labels = ["Mrs. Marlow", "Mr. Marlow", "Madam Marlow", "Representative Marlow"];
    let t = speakers(&h, &labels, &roster());
    let got: Vec<_> = t
        .iter()
        .map(|t| (t.speaker.as_deref(), t.member.as_ref().map(|m| m.bioguide.as_str()), t.role))
        .collect();
    assert_eq!(
        got,
        [
            (Some("Ann Marlow"), Some("M000001"), Role::Member),
            (Some("Tom Marlow"), Some("M000002"), Role::Member),
            (Some("Ann Marlow"), Some("M000001"), Role::Member),
            // `Representative` says no gender: still either.
            (None, None, Role::Member),
        ]
    );
    assert!(t[0].candidates.is_empty());
    assert_eq!(t[3].candidates, ["Ann Marlow", "Tom Marlow"]);
}

#[test]
fn gender_never_rules_out_everyone_nor_anyone_the_roster_does_not_know() {
    let h = hearing(&[("Ann Marlow", "Ohio"), ("Tom Marlow", "New Jersey")], &[]);
    // A roster without gender, and one where both are women (so `Mr.`
    // is a misprint): the label stays as the hearing left it.
    let mut no_gender = roster();
    no_gender.people.iter_mut().for_each(|p| p.gender = None);
    let mut both_women = roster();
    both_women.people.iter_mut().for_each(|p| p.gender = Some("F".into()));
    for r in [no_gender, both_women] {
        let t = speakers(&h, &["Mr. Marlow"], &r);
        assert_eq!((t[0].speaker.as_deref(), &t[0].member), (None, &None));
        assert_eq!(t[0].candidates, ["Ann Marlow", "Tom Marlow"]);
    }
    // A witness has no gender in the roster: never ruled out, so `Mr.`
    // leaves both, and `Ms.` leaves the witness.
    let h = hearing(&[("Tom Marlow", "New Jersey")], &["Lee Marlow"]);
    let t = speakers(&h, &["Mr. Marlow", "Ms. Marlow"], &roster());
    assert_eq!(t[0].speaker, None);
    assert_eq!(t[0].candidates, ["Tom Marlow", "Lee Marlow"]);
    assert_eq!(
        (t[1].speaker.as_deref(), t[1].role, &t[1].member),
        (Some("Lee Marlow"), Role::Witness, &None)
    );
    // Three: the one ruled out leaves two candidates.
    let h = hearing(&[("Ann Marlow", "Ohio"), ("Tom Marlow", "New Jersey")], &["Lee Marlow"]);
    let t = speakers(&h, &["Mrs. Marlow"], &roster());
    assert_eq!(t[0].speaker, None);
    assert_eq!(t[0].candidates, ["Ann Marlow", "Lee Marlow"]);
}

#[test]
fn a_misprinted_honorific_in_the_record_still_finds_the_only_member_of_the_name() {
    let mut t = turns(&["Mr. QUIST", "Madam QUIST"]);
    attach(&record(Chamber::House), &mut t, &roster());
    assert_eq!(t[0].member.as_ref().map(|m| m.bioguide.as_str()), Some("Q000001"));
    assert_eq!(t[1].member.as_ref().map(|m| m.bioguide.as_str()), Some("Q000001"));
    assert_eq!(honorific_gender("Miss Quist"), Some("F"));
    assert_eq!(honorific_gender("Madame Chairman"), Some("F"));
    for neutral in ["Senator Quist", "Chairman Quist", "Dr. Quist", "Representative Quist"] {
        assert_eq!(honorific_gender(neutral), None, "{neutral}");
    }
}

#[test]
fn given_names_agree_by_the_rosters_nickname_or_a_standard_short_form() {
    let mut r = roster();
    let mut jim =
        person("P000001", "James (Jim)", "Pruitt", "M", &[("rep", "2003-01-03", "2013-01-03", "TX")]);
    jim.name = "James C. Pruitt".into();
    let mut jan = person("H000001", "Janice", "Halloran", "F", &[("rep", "1999-01-06", "2027-01-03", "IL")]);
    jan.nickname = Some("Jan".into());
    r.people.extend([
        jim,
        jan,
        person("H000002", "Jane", "Halloran", "F", &[("rep", "2003-01-03", "2011-01-03", "IL")]),
        person("T000001", "William", "Tolliver", "M", &[("rep", "2001-01-03", "2013-01-03", "OH")]),
        person("T000002", "Robert", "Tolliver", "M", &[("rep", "2005-01-04", "2015-01-03", "OH")]),
    ]);
    let h = hearing(
        &[
            ("Jim Pruitt", "Texas"),
            ("Jan Halloran", "Illinois"),
            ("Bill Tolliver", "Ohio"),
            ("Tom Marlow", "New Jersey"),
        ],
        &[],
    );
    let t = speakers(&h, &["Mr. Pruitt", "Ms. Halloran", "Mr. Tolliver", "Mr. Marlow"], &r);
    let got: Vec<_> = t.iter().map(|t| t.member.as_ref().map(|m| m.bioguide.as_str())).collect();
    // Jim: the short form in the roster's first name; Jan: the roster's
    // nickname, and not Jane; Bill: William by the table, not Robert.
    assert_eq!(got, [Some("P000001"), Some("H000001"), Some("T000001"), Some("M000002")]);
    // Two of one surname whose given names are not one name: neither is `Bob`.
    let h = hearing(&[("Bob Tolliver", "Ohio")], &[]);
    let t = speakers(&h, &["Mr. Tolliver"], &r);
    assert_eq!(t[0].member.as_ref().map(|m| m.bioguide.as_str()), Some("T000002"));
}

#[test]
fn no_date_no_attribution() {
    let mut h = record(Chamber::House);
    h.dates.clear();
    let mut t = turns(&["Ms. QUIST"]);
    attach(&h, &mut t, &roster());
    assert_eq!(t[0].speaker, None);
}

#[test]
fn the_chair_changing_hands_ends_the_carry() {
    let mut t = turns(&[
        "The SPEAKER pro tempore (Mr. Brandt)",
        "The SPEAKER pro tempore",
        "The SPEAKER pro tempore",
    ]);
    for (i, turn) in t.iter_mut().enumerate() {
        turn.span = i * 100..i * 100 + 50;
        turn.role = Role::PresidingOfficer;
    }
    t[0].speaker = Some("Carl Brandt".into());
    let block =
        |at: usize, text: &str| Block::new(crate::model::BlockKind::StageDirection, text, at..at + 10);
    let blocks = [
        block(60, "The SPEAKER pro tempore announced the vote."),
        // The House goes into Committee and back: the Speaker's chair may
        // be someone else's when it returns.
        block(
            160,
            "Accordingly, the Committee rose; and the Speaker pro tempore (Mr. \nQuist) having assumed the chair",
        ),
    ];
    carry_presiding(&mut t, &blocks);
    let got: Vec<_> = t.iter().map(|t| t.speaker.as_deref()).collect();
    assert_eq!(got, [Some("Carl Brandt"), Some("Carl Brandt"), None]);

    // Nor is the officer still in the chair once speaking under their own name.
    let mut t = turns(&["The PRESIDING OFFICER (Mr. Brandt)", "Mr. BRANDT", "The PRESIDING OFFICER"]);
    t[0].speaker = Some("Carl Brandt".into());
    t[1].speaker = Some("Carl Brandt".into());
    carry_presiding(&mut t, &[]);
    assert_eq!(t[2].speaker, None);
}
