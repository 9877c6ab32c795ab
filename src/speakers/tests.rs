//! `speakers`' own tests: labels to people within one hearing.

use super::*;
use crate::model::Person;

fn hearing() -> Hearing {
    Hearing {
        chair: Some("Richard C. Shelby".into()),
        members: vec![
            Person {
                name: "Richard C. Shelby".into(),
                title: Some("Chairman".into()),
                state: Some("Alabama".into()),
                ..Default::default()
            },
            Person { name: "Jack Reed".into(), state: Some("Rhode Island".into()), ..Default::default() },
            Person { name: "Joe Wilson".into(), state: Some("South Carolina".into()), ..Default::default() },
            Person { name: "Charlie Wilson".into(), state: Some("Ohio".into()), ..Default::default() },
        ],
        witnesses: vec![Person { name: "Alan Greenspan".into(), ..Default::default() }],
        ..Default::default()
    }
}

fn turn(label: &str, note: Option<&str>) -> Turn {
    Turn { label: label.into(), note: note.map(Into::into), ..Default::default() }
}

#[test]
fn chair_witness_and_ambiguity() {
    let h = hearing();
    let mut turns = vec![
        turn("The Chairman", None),
        turn("Chairman Greenspan", None),
        turn("Chairman Shelby", None),
        turn("Senator Reed", None),
        turn("Mr. Wilson", None),
        turn("Mr. Wilson of Ohio", None),
        turn("Voice", None),
    ];
    resolve(&h, &mut turns, false);
    let got: Vec<_> = turns.iter().map(|t| (t.speaker.as_deref(), t.role)).collect();
    assert_eq!(
        got,
        [
            (Some("Richard C. Shelby"), Role::Chair),
            (Some("Alan Greenspan"), Role::Witness),
            (Some("Richard C. Shelby"), Role::Chair),
            (Some("Jack Reed"), Role::Member),
            // Either Wilson: unresolved, but a member either way.
            (None, Role::Member),
            (Some("Charlie Wilson"), Role::Member),
            (None, Role::Unknown),
        ]
    );
    // The two Wilsons are named, not chosen between.
    assert_eq!(turns[4].candidates, ["Joe Wilson", "Charlie Wilson"]);
    assert!(turns[5].candidates.is_empty());
}

#[test]
fn one_person_listed_under_two_forms_of_their_name_is_one() {
    let h = Hearing {
        chair: Some("John Spratt".into()),
        members: vec![Person { name: "John M. Spratt".into(), ..Default::default() }],
        ..Default::default()
    };
    let mut turns = vec![turn("Chairman Spratt", None)];
    resolve(&h, &mut turns, false);
    assert_eq!((turns[0].speaker.as_deref(), turns[0].role), (Some("John M. Spratt"), Role::Chair));
}

#[test]
fn a_period_misprinted_after_the_chairs_title_resolves_as_without_it() {
    let h = hearing();
    for full_names in [false, true] {
        let labels = ["Chairman Shelby", "Chairman. Shelby", "Chairman Greenspan", "Chairman. Greenspan"];
        let mut turns: Vec<Turn> = labels.iter().map(|l| turn(l, None)).collect();
        resolve(&h, &mut turns, full_names);
        let got: Vec<_> = turns.iter().map(|t| (t.label.as_str(), t.speaker.as_deref(), t.role)).collect();
        assert_eq!(
            got,
            [
                ("Chairman Shelby", Some("Richard C. Shelby"), Role::Chair),
                ("Chairman. Shelby", Some("Richard C. Shelby"), Role::Chair),
                ("Chairman Greenspan", Some("Alan Greenspan"), Role::Witness),
                ("Chairman. Greenspan", Some("Alan Greenspan"), Role::Witness),
            ],
            "full_names: {full_names}"
        );
    }
}

#[test]
fn a_state_hearings_chairwoman_label_says_she_chairs() {
    let h = Hearing {
        format: crate::model::Format::Court,
        chair: Some("Ned Quarry".into()),
        members: vec![
            Person { name: "Ned Quarry".into(), ..Default::default() },
            Person { name: "Aileen Gunby".into(), ..Default::default() },
        ],
        ..Default::default()
    };
    let mut turns = vec![turn("CHAIRWOMAN GUNBY", None), turn("ASSEMBLYWOMAN GUNBY", None)];
    resolve(&h, &mut turns, true);
    let got: Vec<_> = turns.iter().map(|t| (t.speaker.as_deref(), t.role)).collect();
    assert_eq!(got, [(Some("Aileen Gunby"), Role::Chair), (Some("Aileen Gunby"), Role::Member)]);
}

#[test]
fn presiding_changes_who_the_chairman_is_outside_gpo_hearings() {
    let h = Hearing { format: Format::Record, ..hearing() };
    let mut turns = vec![turn("Senator Reed", Some("presiding")), turn("The Chairman", None)];
    resolve(&h, &mut turns, false);
    assert_eq!(turns[1].speaker.as_deref(), Some("Jack Reed"));
    assert_eq!(turns[1].role, Role::Chair);
}

#[test]
fn in_gpo_hearings_the_chairman_stays_the_chairman_whoever_presides() {
    let h = hearing();
    assert_eq!(h.format, Format::Gpo);
    let mut turns =
        vec![turn("Senator Reed", Some("presiding")), turn("Senator Reed", None), turn("The Chairman", None)];
    resolve(&h, &mut turns, false);
    let got: Vec<_> = turns.iter().map(|t| (t.speaker.as_deref(), t.role)).collect();
    assert_eq!(
        got,
        [
            (Some("Jack Reed"), Role::Chair),
            (Some("Jack Reed"), Role::Member),
            (Some("Richard C. Shelby"), Role::Chair)
        ]
    );
}

#[test]
fn a_plain_title_in_a_senate_hearing_is_not_a_senator() {
    let h = Hearing {
        chamber: Some(crate::model::Chamber::Senate),
        members: vec![Person { name: "Harriet Cole".into(), ..Default::default() }],
        ..Default::default()
    };
    let mut turns = vec![turn("Senator Cole", None), turn("Ms. Cole", None)];
    resolve(&h, &mut turns, false);
    assert_eq!(turns[0].speaker.as_deref(), Some("Harriet Cole"));
    assert_eq!(
        (turns[1].speaker.as_deref(), turns[1].candidates.as_slice()),
        (None, &["Harriet Cole".to_owned()][..])
    );
    // A member the hearing never labels `Senator`: a representative
    // sitting in, as a Senate hearing prints them.
    let mut turns = vec![turn("Ms. Cole", None)];
    resolve(&h, &mut turns, false);
    assert_eq!(turns[0].speaker.as_deref(), Some("Harriet Cole"));
    // A House hearing prints its members so.
    let house = Hearing { chamber: Some(crate::model::Chamber::House), ..h };
    let mut turns = vec![turn("Senator Cole", None), turn("Ms. Cole", None)];
    resolve(&house, &mut turns, false);
    assert_eq!(turns[1].speaker.as_deref(), Some("Harriet Cole"));
}

#[test]
fn a_former_senator_testifying_is_the_witness_listed() {
    let h = Hearing {
        witnesses: vec![Person {
            name: "Robert Dole".into(),
            honorific: Some("Hon.".into()),
            title: Some("Former United States Senator from Kansas".into()),
            ..Default::default()
        }],
        ..Default::default()
    };
    let mut turns = vec![turn("Senator Dole", None)];
    resolve(&h, &mut turns, false);
    assert_eq!(turns[0].speaker.as_deref(), Some("Robert Dole"));
}

#[test]
fn a_subcommittee_that_names_its_chair_keeps_the_chairman_for_the_full_committees() {
    let h = Hearing {
        chair: Some("Paul E. Kanjorski".into()),
        members: vec![
            Person {
                name: "Barney Frank".into(),
                title: Some("Chairman, Committee on Finance".into()),
                ..Default::default()
            },
            Person { name: "Paul E. Kanjorski".into(), title: Some("Chairman".into()), ..Default::default() },
        ],
        ..Default::default()
    };
    let mut turns =
        vec![turn("The Chairman", None), turn("Chairman Kanjorski", None), turn("The Chairman", None)];
    resolve(&h, &mut turns, false);
    let got: Vec<_> = turns.iter().map(|t| t.speaker.as_deref()).collect();
    assert_eq!(got, [Some("Barney Frank"), Some("Paul E. Kanjorski"), Some("Barney Frank")]);
    // A hearing that never labels its chair by name: `The Chairman` is its chair.
    let mut turns = vec![turn("The Chairman", None), turn("Mr. Frank", None)];
    resolve(&h, &mut turns, false);
    assert_eq!(turns[0].speaker.as_deref(), Some("Paul E. Kanjorski"));
}
