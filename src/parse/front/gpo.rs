//! GPO hearing covers: title, serial, chamber, Congress and session,
//! committee, days, roster, chair, members present and witnesses.

use super::columns::{blocks, roster};
use super::dates::{caps_date, hearing_days, ordinal_number};
use super::rosters::{members_present, presiding_member};
use super::witnesses::{contents_witnesses, statement_headings};
use super::{flatten, html_title, rejoin_breaks};
use crate::model::{Chamber, Hearing, Person};
use crate::names::{given_agrees, given_name, surname_key, title_case};
use std::borrow::Cow;

/// GPO hearing text. `front` is the text before the first turn; `headings`
/// the headings found between turns, which name the witnesses and, in files
/// holding several days, each later day.
pub fn gpo(h: &mut Hearing, front: &str, whole: &str, headings: &[&str]) {
    let lines: Vec<&str> = front.lines().collect();
    let flat: Vec<Cow<str>> = lines.iter().map(|l| flatten(l)).collect();
    h.title = gpo_title(&flat).unwrap_or_else(|| html_title(whole).unwrap_or_default());
    h.serial = flat.iter().find_map(|l| {
        ["S. Hrg.", "Serial No.", "H. Hrg.", "J. Hrg."]
            .iter()
            .find_map(|key| l.find(key).map(|i| l[i..].trim_end_matches(']').to_owned()))
    });
    h.chamber = if flat.iter().any(|l| l.contains("[Senate Hearing") || l == "UNITED STATES SENATE") {
        Some(Chamber::Senate)
    } else if flat.iter().any(|l| l.contains("[House Hearing") || l == "HOUSE OF REPRESENTATIVES") {
        Some(Chamber::House)
    } else if flat.iter().any(|l| l.starts_with("JOINT ") && l.contains("COMMITTEE")) {
        Some(Chamber::Joint)
    } else {
        None
    };
    h.congress =
        flat.iter().find_map(|l| l.strip_suffix(" CONGRESS").and_then(ordinal_number)).or_else(|| {
            flat.iter()
                .find_map(|l| l.strip_prefix("[House Hearing, ").or(l.strip_prefix("[Senate Hearing, ")))
                .and_then(|r| r.split(' ').next()?.parse().ok())
        });
    h.session =
        flat.iter().find_map(|l| l.strip_suffix(" SESSION").and_then(ordinal_number)).map(|n| n as u8);
    let (committee, subcommittee) = gpo_committee(&flat);
    h.committee = committee;
    h.subcommittee = subcommittee;
    h.dates = hearing_days(std::iter::once(front).chain(headings.iter().copied()));
    if h.dates.is_empty() {
        h.dates = flat.iter().take(120).find_map(|l| caps_date(l)).into_iter().collect();
    }
    // Positions are read from the rosters of the bodies that held the hearing.
    let roster = roster(&blocks(&lines), h.committee.as_deref(), h.subcommittee.as_deref());
    h.members = roster.members;
    // Both read prose paragraphs, where a name may break across a line.
    let rejoined = rejoin_breaks(front);
    h.chair = presiding_member(&rejoined).or(roster.chair);
    h.present = members_present(&rejoined);
    h.witnesses = statement_headings(headings.iter().copied(), &h.members);
    for w in contents_witnesses(front) {
        // `John M. Spratt, Jr.` of the roster is the contents' `John M. Spratt`.
        let key = surname_key(&w.name);
        // ... but the witness John Reedley is not Sen. Jack Reedley.
        let same = |p: &Person| surname_key(&p.name) == key && given_agrees(&p.name, &w.name);
        // Contents and headings print one witness two ways (`Dave Bofill`,
        // `DAVID BOFILL`): short forms of a given name agree here, among
        // witnesses; a member is matched strictly (`same`).
        let one = |p: &Person| {
            same(p)
                || surname_key(&p.name) == key
                    && given_name(&p.name)
                        .zip(given_name(&w.name))
                        .is_some_and(|(a, b)| crate::nicknames::same_given(&a, &b))
        };
        match h.witnesses.iter_mut().find(|p| one(p)) {
            // The contents spell names in mixed case; the headings in capitals.
            Some(p) => {
                if p.page.is_none() {
                    p.page = w.page;
                }
                if p.name.split(' ').count() <= w.name.split(' ').count() {
                    p.name = w.name;
                }
                if p.title.is_none() {
                    p.title = w.title;
                }
            }
            None if !h.members.iter().any(same) => h.witnesses.push(w),
            None => {}
        }
    }
}

fn gpo_title(flat: &[Cow<str>]) -> Option<String> {
    let hearing = flat.iter().position(|l| {
        matches!(l.as_ref(), "HEARING" | "HEARINGS" | "JOINT HEARING" | "FIELD HEARING" | "ROUNDTABLE")
            || l.starts_with("HEARING BEFORE")
            || l.starts_with("HEARINGS BEFORE")
    })?;
    let start = flat[..hearing]
        .iter()
        .rposition(|l| {
            l.starts_with('[') || l.contains("Hrg.") || l.contains("Serial No.") || l.starts_with("<")
        })
        .map_or(0, |i| i + 1);
    let title: Vec<&str> = flat[start..hearing]
        .iter()
        .filter(|l| !l.is_empty() && !l.chars().all(|c| matches!(c, '=' | '-' | '_')))
        .map(|l| l.as_ref())
        .collect();
    (!title.is_empty()).then(|| title_case(&title.join(" ").replace("- ", "-")))
}

/// The committee (and subcommittee) the hearing was `before`, over as many
/// lines as the title page gives them, blank lines between included:
/// `SUBCOMMITTEE ON` / `DOMESTIC MONETARY POLICY` / `OF THE` / `COMMITTEE ON
/// FINANCIAL SERVICES` -> (`Committee on Financial Services`, `Subcommittee
/// on Domestic Monetary Policy`).
fn gpo_committee(flat: &[Cow<str>]) -> (Option<String>, Option<String>) {
    let Some(before) = flat.iter().position(|l| l.eq_ignore_ascii_case("before the")) else {
        return (None, None);
    };
    let mut parts = Vec::new();
    // The chamber or the Congress ends the names; a title page has no more
    // than a dozen lines of them.
    for l in flat[before + 1..].iter().take(16) {
        if l.contains("UNITED STATES SENATE")
            || l.contains("HOUSE OF REPRESENTATIVES")
            || l.ends_with("CONGRESS")
            || l == "UNITED STATES"
            || l.starts_with("====")
        {
            break;
        }
        if !l.is_empty() {
            parts.push(l.as_ref());
        }
    }
    let joined = parts.join(" ").replace(",", ", ").split_whitespace().collect::<Vec<_>>().join(" ");
    if joined.is_empty() {
        return (None, None);
    }
    let upper = joined.to_uppercase();
    match upper.split_once(" OF THE ") {
        // `SUBCOMMITTE` is misprinted so in one volume.
        Some((sub, main)) if sub.contains("SUBCOMMITTE") && main.contains("COMMITTEE") => {
            (Some(title_case(main)), Some(title_case(sub)))
        }
        _ => (Some(title_case(&joined)), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn committee(page: &str) -> (Option<String>, Option<String>) {
        let flat: Vec<Cow<str>> = page.lines().map(flatten).collect();
        gpo_committee(&flat)
    }

    #[test]
    fn a_subcommittee_keeps_its_committee_over_any_layout() {
        let house = "  BEFORE THE\n\n   SUBCOMMITTEE ON\n\n  INVENTED MONETARY POLICY\n\n   OF THE\n\n  COMMITTEE ON FINANCIAL SERVICES\n\n  U.S. HOUSE OF REPRESENTATIVES\n";
        assert_eq!(
            committee(house),
            (
                Some("Committee on Financial Services".into()),
                Some("Subcommittee on Invented Monetary Policy".into())
            )
        );
        let senate = "  before the\n\n  PERMANENT SUBCOMMITTEE ON INVENTIONS\n\n   of the\n\n   COMMITTEE ON THE\n   JUDICIARY\n  UNITED STATES SENATE\n";
        assert_eq!(
            committee(senate),
            (Some("Committee on the Judiciary".into()), Some("Permanent Subcommittee on Inventions".into()))
        );
        let full =
            "  before the\n\n  COMMITTEE ON BANKING,HOUSING,AND URBAN AFFAIRS\n  UNITED STATES SENATE\n";
        assert_eq!(committee(full), (Some("Committee on Banking, Housing, and Urban Affairs".into()), None));
    }
}
