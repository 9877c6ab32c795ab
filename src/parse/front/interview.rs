//! The title page of a deposition or transcribed interview: who is
//! questioned (`TRANSCRIBED INTERVIEW OF: MARGARET OKAFOR`, `DEPOSITION OF`
//! and the name on the next line), the committee, the date, and the counsel
//! under `Appearances:` (`DANIEL PRUITT, SENIOR INVESTIGATIVE COUNSEL`).

use super::dates::mixed_date;
use crate::model::{Chamber, Hearing, Person};
use crate::names::{strip_title, title_case_if_caps};

pub fn interview(h: &mut Hearing, front: &str) {
    let lines: Vec<&str> = front
        .lines()
        .filter(|l| crate::parse::court::page_number(l).is_none())
        .map(|l| crate::parse::court::gutter(l).map_or(l, |(_, c)| &l[c..]).trim())
        .filter(|t| !t.is_empty())
        .collect();
    let mut appearances = false;
    let mut committee: Vec<&str> = Vec::new();
    for (k, &line) in lines.iter().enumerate() {
        let upper = line.to_ascii_uppercase();
        if h.witnesses.is_empty()
            && let Some(at) =
                ["DEPOSITION OF", "INTERVIEW OF"].iter().find_map(|w| upper.find(w).map(|i| i + w.len()))
        {
            let rest = line[at..].trim_start_matches([':', ' ']).trim();
            let name = if rest.is_empty() { lines.get(k + 1).copied().unwrap_or("") } else { rest };
            if let Some(person) = person(name) {
                h.title = format!("{} of {}", title_case_if_caps(line[..at - 3].trim()), person.name);
                h.witnesses.push(person);
            }
            continue;
        }
        if h.dates.is_empty() {
            // `Tuesday, March 14, 2023`
            let day = line.split_once(", ").filter(|(w, _)| w.ends_with("day")).map_or(line, |(_, d)| d);
            if let Some(date) = mixed_date(day) {
                h.dates.push(date);
                continue;
            }
        }
        if upper.starts_with("APPEARANCES") {
            appearances = true;
            continue;
        }
        if appearances {
            // `For the SELECT COMMITTEE ...:` and `For MARGARET OKAFOR:` head
            // the lists; each entry is a name, a comma and an office.
            if let Some((name, office)) = line.split_once(", ")
                && !upper.starts_with("FOR ")
                && let Some(mut p) = person(name)
            {
                p.title = Some(title_case_if_caps(office.trim_end_matches([',', '.'])));
                h.counsel.push(p);
            }
            continue;
        }
        if committee.is_empty() && upper.contains("COMMITTEE") && !line.chars().any(char::is_lowercase) {
            committee.push(line);
            // A name over several lines: `SELECT COMMITTEE TO EXAMINE THE` /
            // `RIVERBEND LEVEE FAILURE,`.
            // It runs on while a line ends unfinished.
            for next in &lines[k + 1..] {
                let last = committee.last().and_then(|l| l.split(' ').next_back()).unwrap_or("");
                let unfinished = ["THE", "OF", "ON", "TO", "AND", "FOR", "IN"].contains(&last);
                if !unfinished || next.chars().any(char::is_lowercase) || chamber(next).is_some() {
                    break;
                }
                committee.push(next);
            }
            continue;
        }
        if h.chamber.is_none() {
            h.chamber = chamber(line);
        }
    }
    // `Present:  Representatives Lindqvist and Hale.`, as GPO prints it.
    h.members = super::rosters::members_present(&super::rejoin_breaks(front));
    if !committee.is_empty() {
        h.committee = Some(title_case_if_caps(committee.join(" ").trim_end_matches(',')));
    }
}

fn chamber(line: &str) -> Option<Chamber> {
    let upper = line.to_ascii_uppercase();
    if upper.contains("HOUSE OF REPRESENTATIVES") {
        Some(Chamber::House)
    } else if upper.starts_with("UNITED STATES SENATE") || upper.starts_with("U.S. SENATE") {
        Some(Chamber::Senate)
    } else {
        None
    }
}

/// A person's name as a title page prints it: two to five words, letters
/// only, perhaps after a title (`MR. THOMAS REYES`, `Margaret Ann Okafor`).
fn person(printed: &str) -> Option<Person> {
    let printed = printed.trim().trim_end_matches([',', '.', ':']);
    let name = title_case_if_caps(&strip_title(printed));
    let words: Vec<&str> = name.split_whitespace().collect();
    let fits = (2..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars().all(|c| c.is_alphabetic() || ".'’-".contains(c))
        });
    fits.then(|| Person { name, ..Person::default() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_witness_committee_date_and_counsel() {
        let front = "      SELECT COMMITTEE TO EXAMINE THE\n    RIVERBEND LEVEE FAILURE,\n      U.S. HOUSE OF REPRESENTATIVES,\n\n   TRANSCRIBED INTERVIEW OF: MARGARET OKAFOR\n\n         Tuesday, March 14, 2023\n\nAppearances:\n\nFor the SELECT COMMITTEE:\n\n   DANIEL PRUITT, SENIOR INVESTIGATIVE COUNSEL\n\nFor MARGARET OKAFOR:\n\n   THOMAS REYES, ESQ.\n";
        let mut h = Hearing::default();
        interview(&mut h, front);
        let names = |ps: &[Person]| ps.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&h.witnesses), ["Margaret Okafor"]);
        assert_eq!(h.title, "Transcribed Interview of Margaret Okafor");
        assert_eq!(h.dates, ["2023-03-14"]);
        assert_eq!(h.committee.as_deref(), Some("Select Committee to Examine the Riverbend Levee Failure"));
        assert_eq!(h.chamber, Some(Chamber::House));
        assert_eq!(names(&h.counsel), ["Daniel Pruitt", "Thomas Reyes"]);
    }

    #[test]
    fn the_name_on_the_next_line() {
        let mut h = Hearing::default();
        interview(&mut h, "DEPOSITION OF\n\nJOHN Q. ADAMSON\n\nWashington, D.C.\n");
        assert_eq!(h.witnesses.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["John Q. Adamson"]);
        assert_eq!(h.title, "Deposition of John Q. Adamson");
    }
}
