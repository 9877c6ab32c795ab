//! `Key: value` front matter of colon and timestamped transcripts, with
//! `SPEAKERS:`-style lists of who is who.

use super::dates::mixed_date;
use crate::model::{Chamber, Hearing, Person};
use crate::names::{strip_title, title_case, title_case_if_caps};

/// `Key: value` front matter of colon and timestamped transcripts.
pub fn keyed(h: &mut Hearing, front: &str) {
    let lines: Vec<&str> = front.lines().collect();
    let mut speakers = false;
    let add = |h: &mut Hearing, entry: &str| {
        // `HALVORSEN - Commissioner Dana Halvorsen, presiding`: the label, then the person.
        let entry = entry.split_once(" - ").map_or(entry, |(_, person)| person);
        let (person, role) = listed_person(entry);
        match role {
            ListedRole::Chair => {
                h.chair = Some(person.name.clone());
                h.members.push(person);
            }
            ListedRole::Member => h.members.push(person),
            ListedRole::Witness => h.witnesses.push(person),
        }
    };
    for line in &lines {
        let t = line.trim();
        if speakers {
            if line.starts_with([' ', '\t']) && !t.is_empty() {
                add(h, t);
                continue;
            }
            speakers = false;
        }
        let Some((key, value)) = t.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match key.to_ascii_lowercase().as_str() {
            "title" => h.title = value.to_owned(),
            "chamber" => {
                h.chamber = match value.to_ascii_lowercase().as_str() {
                    "senate" => Some(Chamber::Senate),
                    "house" => Some(Chamber::House),
                    "joint" => Some(Chamber::Joint),
                    _ => None,
                }
            }
            "committee" => h.committee = Some(value.to_owned()),
            "subcommittee" => h.subcommittee = Some(value.to_owned()),
            "congress" => h.congress = value.trim_end_matches(|c: char| c.is_alphabetic()).parse().ok(),
            "date" | "dates" => {
                h.dates = value.split(';').filter_map(|d| mixed_date(d.trim())).collect();
            }
            "speakers" | "participants" if value.is_empty() => speakers = true,
            "speakers" | "participants" => {
                for entry in value.split(';').map(str::trim).filter(|e| !e.is_empty()) {
                    add(h, entry);
                }
            }
            _ => {}
        }
    }
}

enum ListedRole {
    Chair,
    Member,
    Witness,
}

/// `SEN. ROGER WICKER (R-MISS.), CHAIRMAN` or
/// `GEN. GREGORY M. GUILLOT, COMMANDER, U.S. NORTHERN COMMAND`.
fn listed_person(t: &str) -> (Person, ListedRole) {
    let (head, title) = match t.split_once(", ") {
        Some((h, r)) => (h, Some(r)),
        None => (t, None),
    };
    let (name_part, party_state) = match head.split_once(" (") {
        Some((n, p)) => (n, Some(p.trim_end_matches(')'))),
        None => (head, None),
    };
    let upper = name_part.to_uppercase();
    let member = ["SEN.", "SENATOR", "REP.", "REPRESENTATIVE", "DEL.", "DELEGATE"]
        .iter()
        .any(|p| upper.starts_with(p));
    let name = strip_title(name_part);
    let (party, state) = match party_state.and_then(|p| p.split_once('-')) {
        Some((p, s)) => (Some(p.trim().to_uppercase()), Some(title_case(s.trim()))),
        None => (None, None),
    };
    let title_up = title.map(str::to_uppercase).unwrap_or_default();
    let role = if member && (title_up == "CHAIRMAN" || title_up == "CHAIRWOMAN" || title_up == "CHAIR") {
        ListedRole::Chair
    } else if member {
        ListedRole::Member
    } else {
        ListedRole::Witness
    };
    let dropped = name_part.split_whitespace().count() - name.split_whitespace().count();
    let honorific = name_part.split_whitespace().take(dropped).collect::<Vec<_>>().join(" ");
    let person = Person {
        name: title_case_if_caps(&name),
        honorific: (!honorific.is_empty()).then(|| title_case_if_caps(&honorific)),
        title: title.map(title_case_if_caps),
        party,
        state,
        page: None,
    };
    (person, role)
}
