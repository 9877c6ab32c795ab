//! `Key: value` front matter of colon and timestamped transcripts, with
//! `SPEAKERS:`-style lists of who is who.

use super::dates::mixed_date;
use crate::model::{Chamber, Hearing, Person};
use crate::names::{strip_title, title_case_if_caps};

/// `Key: value` front matter of colon and timestamped transcripts, and the
/// layout of news transcripts (CQ and the papers that print its text): a
/// title and a date as the first lines, then a `SPEAKERS:` paragraph
/// (members, and counsel questioning for them) and a `WITNESSES:` one.
pub fn keyed(h: &mut Hearing, front: &str) {
    let lines: Vec<&str> = front.lines().collect();
    let mut listed: Vec<(Person, ListedRole)> = Vec::new();
    let mut list: Option<List> = None;
    let mut witness_list = false;
    for line in &lines {
        let t = line.trim();
        if let Some(kind) = list {
            // A list runs on to a blank line or the next key.
            if !t.is_empty() && key_value(t).is_none() {
                listed.extend(entries(t).map(|e| (kind, e)).map(|(k, e)| listed_as(k, e)));
                continue;
            }
            list = None;
        }
        let Some((key, value)) = key_value(t) else {
            continue;
        };
        match key.to_ascii_lowercase().as_str() {
            "title" | "transcript" => h.title = value.to_owned(),
            "chamber" => h.chamber = chamber(value),
            "committee" => h.committee = Some(value.to_owned()),
            "subcommittee" => h.subcommittee = Some(value.to_owned()),
            "congress" => h.congress = value.trim_end_matches(|c: char| c.is_alphabetic()).parse().ok(),
            "date" | "dates" => {
                h.dates = value.split(';').filter_map(|d| mixed_date(d.trim())).collect();
            }
            "speakers" | "participants" | "panel" | "panelists" => list = Some(List::Speakers),
            "witnesses" | "witness" => {
                list = Some(List::Witnesses);
                witness_list = true;
            }
            _ => {}
        }
        if let Some(kind) = list {
            listed.extend(entries(value).map(|e| listed_as(kind, e)));
        }
    }
    for (person, role) in listed {
        match role {
            ListedRole::Chair => {
                h.chair = Some(person.name.clone());
                h.members.push(person);
            }
            ListedRole::Member => h.members.push(person),
            // Someone the speakers list names beside the members, when the
            // witnesses have a list of their own, questions for the committee.
            ListedRole::Witness if witness_list => h.counsel.push(person),
            ListedRole::Witness | ListedRole::Testifying => h.witnesses.push(person),
        }
    }
    first_lines(h, &lines);
}

/// Which list a `SPEAKERS:` / `WITNESSES:` heading opens.
#[derive(Clone, Copy)]
enum List {
    Speakers,
    Witnesses,
}

fn listed_as(kind: List, entry: &str) -> (Person, ListedRole) {
    // `HALVORSEN - Commissioner Dana Halvorsen, presiding`: the label, then the person.
    let entry = entry.split_once(" - ").map_or(entry, |(_, person)| person);
    let (person, role) = listed_person(entry);
    match kind {
        List::Witnesses => (person, ListedRole::Testifying),
        List::Speakers => (person, role),
    }
}

/// `Key: value` with a short key of words (`Title`, `SPEAKERS`), not a
/// speaker's turn (`QUILLEN: Good morning`: a key is followed by a short
/// value or none, or is one of the known ones).
fn key_value(t: &str) -> Option<(&str, &str)> {
    let (key, value) = t.split_once(':')?;
    let known = [
        "title", "chamber", "committee", "subcommittee", "congress", "date", "dates", "speakers",
        "participants", "panel", "panelists", "witnesses", "witness", "source", "type", "note", "length",
        "location", "transcript",
    ];
    (known.contains(&key.trim().to_ascii_lowercase().as_str())).then(|| (key.trim(), value.trim()))
}

/// Entries of a list line: `;`-separated, or run together in capitals
/// (`... R-IOWA, CHAIRMAN SEN. LORNA FETTERS, D-CALIF. ...`), each new
/// entry opening with a member's title.
fn entries(line: &str) -> impl Iterator<Item = &str> {
    line.split(';').flat_map(|part| {
        let mut cuts = vec![0];
        for title in [" SEN. ", " REP. ", " SENATOR ", " REPRESENTATIVE "] {
            cuts.extend(part.match_indices(title).map(|(i, _)| i + 1));
        }
        cuts.sort_unstable();
        cuts.dedup();
        let ends: Vec<usize> = cuts.iter().skip(1).copied().chain(std::iter::once(part.len())).collect();
        cuts.into_iter().zip(ends).map(move |(a, b)| part[a..b].trim()).filter(|e| !e.is_empty())
    })
}

fn chamber(value: &str) -> Option<Chamber> {
    match value.to_ascii_lowercase().as_str() {
        "senate" => Some(Chamber::Senate),
        "house" => Some(Chamber::House),
        "joint" => Some(Chamber::Joint),
        _ => None,
    }
}

/// A news transcript prints its title as its first paragraph and the date
/// on a line of its own: `SENATE COMMITTEE ON THE JUDICIARY HOLDS HEARING
/// ON ...`, `MARCH 12, 2026`. The chamber and committee are read from the
/// title only when it opens with them.
fn first_lines(h: &mut Hearing, lines: &[&str]) {
    if h.dates.is_empty()
        && let Some(d) = lines.iter().take(12).find_map(|l| mixed_date(l.trim()))
    {
        h.dates.push(d);
    }
    if !h.title.is_empty() {
        return;
    }
    let first: Vec<&str> =
        lines.iter().map(|l| l.trim()).skip_while(|l| l.is_empty()).take_while(|l| !l.is_empty()).collect();
    if first.is_empty() || first.iter().any(|l| key_value(l).is_some() || mixed_date(l).is_some()) {
        return;
    }
    let title = first.join(" ");
    let upper = title.to_uppercase();
    let body =
        [" HOLDS ", " HOLD ", " HEARING"].iter().filter_map(|w| upper.find(w)).min().map(|i| &title[..i]);
    if let Some(body) = body.filter(|b| b.to_uppercase().contains("COMMITTEE")) {
        let up = body.to_uppercase();
        h.chamber = h.chamber.or(if up.starts_with("SENATE") {
            Some(Chamber::Senate)
        } else if up.starts_with("HOUSE") {
            Some(Chamber::House)
        } else {
            None
        });
        h.committee = h.committee.clone().or_else(|| Some(title_case_if_caps(body.trim())));
    }
    h.title = title_case_if_caps(&title);
}

/// `R-IOWA`, `D-CALIF.`, `I-Vt.`, `R-S.C.`
fn is_party_state(p: &str) -> bool {
    let p = p.trim();
    p.len() <= 24
        && p.split_once('-').is_some_and(|(party, state)| {
            matches!(party, "R" | "D" | "I" | "ID")
                && state.chars().next().is_some_and(char::is_uppercase)
                && state.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | ' '))
        })
}

/// `IOWA` -> `Iowa`, `CALIF.` -> `Calif.`, `S.C.` and `Texas` as printed.
fn state_name(s: &str) -> String {
    if s.chars().any(char::is_lowercase) {
        return s.to_owned();
    }
    let words: Vec<String> = s
        .split(' ')
        .map(|w| {
            if w.trim_end_matches('.').contains('.') || w.len() <= 2 {
                w.to_owned()
            } else {
                let mut c = w.chars();
                c.next().map_or(String::new(), |f| f.to_string() + &c.as_str().to_lowercase())
            }
        })
        .collect();
    words.join(" ")
}

enum ListedRole {
    Chair,
    Member,
    /// Not a member: a witness, or counsel when the witnesses are listed apart.
    Witness,
    /// Under a `WITNESSES:` heading.
    Testifying,
}

/// `SEN. ROGER WICKER (R-MISS.), CHAIRMAN` or
/// `GEN. GREGORY M. GUILLOT, COMMANDER, U.S. NORTHERN COMMAND`.
fn listed_person(t: &str) -> (Person, ListedRole) {
    let mut parts = t.split(", ");
    let head = parts.next().unwrap_or(t);
    let (name_part, mut party_state) = match head.split_once(" (") {
        Some((n, p)) => (n, Some(p.trim_end_matches(')'))),
        None => (head, None),
    };
    // `SEN. CHARLES E. GRASSLEY, R-IOWA, CHAIRMAN`: the party and state as
    // a part of their own.
    let mut rest: Vec<&str> = Vec::new();
    for p in parts {
        if party_state.is_none() && is_party_state(p) {
            party_state = Some(p);
        } else {
            rest.push(p);
        }
    }
    let joined = rest.join(", ");
    let title = (!rest.is_empty()).then_some(joined.as_str());
    let upper = name_part.to_uppercase();
    let member = ["SEN.", "SENATOR", "REP.", "REPRESENTATIVE", "DEL.", "DELEGATE"]
        .iter()
        .any(|p| upper.starts_with(p));
    let name = strip_title(name_part);
    let (party, state) = match party_state.and_then(|p| p.split_once('-')) {
        Some((p, s)) => (Some(p.trim().to_uppercase()), Some(state_name(s.trim()))),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_transcript_lists() {
        let run = "SEN. HAROLD B. QUILLEN, R-IOWA, CHAIRMAN SEN. LORNA FETTERS, D-CALIF., RANKING MEMBER";
        let got: Vec<&str> = entries(run).collect();
        assert_eq!(
            got,
            ["SEN. HAROLD B. QUILLEN, R-IOWA, CHAIRMAN", "SEN. LORNA FETTERS, D-CALIF., RANKING MEMBER"]
        );
        let (p, role) = listed_person(got[1]);
        assert_eq!(
            (p.name.as_str(), p.party.as_deref(), p.state.as_deref()),
            ("Lorna Fetters", Some("D"), Some("Calif."))
        );
        assert_eq!(p.title.as_deref(), Some("Ranking Member"));
        assert!(matches!(role, ListedRole::Member));
        assert!(matches!(listed_person(got[0]).1, ListedRole::Chair));
        // Not a party and state: a title with a hyphen.
        assert!(!is_party_state("CO-FOUNDER"));
        assert!(is_party_state("R-S.C."));
        let mut h = Hearing::default();
        keyed(
            &mut h,
            "HEARING ON HARBORS\n\nMARCH 12, 2026\n\nSPEAKERS:\nSEN. ANA ROOK, D-OHIO\nCALVIN BRANDT, COUNSEL\n\nWITNESSES:\nMARA OSEI, PILOT\n",
        );
        assert_eq!(h.dates, ["2026-03-12"]);
        assert_eq!(h.title, "Hearing on Harbors");
        assert_eq!(h.members[0].name, "Ana Rook");
        assert_eq!(h.counsel[0].name, "Calvin Brandt");
        assert_eq!(h.witnesses[0].name, "Mara Osei");
    }
}
