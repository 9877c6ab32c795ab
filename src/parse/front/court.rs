//! The title and index pages of court-reporter transcripts (New York State
//! Senate and Assembly hearings, floor sessions): committee after `BEFORE
//! THE`, the title between the rules, the date, and the lists.
//!
//! `PRESIDING:` names the chairs; `PRESENT:`, `MEMBERS PRESENT:`, `ALSO
//! PRESENT:` and `CO-SPONSOR:` the members; `SPEAKERS:`, `PARTICIPANTS:`,
//! `PANELIST INTRODUCTIONS:` and `OPENING BY:` (the witness index, with its
//! page columns) the witnesses. Each list runs on over `(Continued)` pages.
//! An entry is a line that reads as a person's name, then the lines of
//! their title.

use super::dates::mixed_date;
use crate::model::{Hearing, Person};
use crate::names::{strip_title, title_case};

#[derive(Clone, Copy, PartialEq)]
enum List {
    None,
    Before,
    Presiding,
    Members,
    Witnesses,
}

/// The list a heading opens, if it opens one.
fn list_of(heading: &str) -> List {
    let has = |w: &str| heading.contains(w);
    if has("PRESIDING") {
        List::Presiding
    } else if has("PRESENT") || has("MEMBERS") || has("SPONSOR") {
        List::Members
    } else if has("SPEAKER")
        || has("WITNESS")
        || has("PARTICIPANT")
        || has("PANEL")
        || has("OPENING")
        || has("TESTIMONY")
        || has("INDEX")
        // `ALSO IN ATTENDANCE:` at a roundtable: the public who spoke.
        || has("ATTENDANCE")
    {
        List::Witnesses
    } else {
        List::None
    }
}

/// Honorifics of legislators, as title pages print them before a name.
const LEGISLATORS: &[&str] =
    &["Senator", "Assemblyman", "Assemblywoman", "Assemblymember", "Representative", "Council Member"];

/// Words of offices and bodies that never make a person's name.
const NOT_NAMES: &[&str] = &[
    "Council", "Association", "Office", "Program", "Director", "Executive", "Department", "Commission",
    "Center", "Centers", "Services", "Society", "Federation", "Coalition", "Committee", "Chair", "Policy",
    "Public", "County", "City", "State", "New", "York", "Inc.", "Agency", "Agencies", "Alliance", "Guild",
    "Cooperative", "Salvage", "Engineer", "President", "CEO", "Board", "Institute", "Foundation",
    "University", "Senior", "Action", "Aging", "Health", "Care", "Houses", "Project", "Network", "Building",
    "Mayor", "Deputy", "Supervisor", "Town", "Village", "Harvest", "Farm", "Farms", "Legislature",
    "Legislator", "Member", "Task", "Force", "Chief", "Staff", "Student", "Patient", "Parent", "Farmer",
    "Owner", "Schools", "School", "Police", "Sheriff's", "Territory", "Nation", "Bank", "Resident",
    "Councilor", "Recovery", "Advocate", "Organizer", "American", "Cross", "Island", "Cares", "Leader",
    "Families", "Their", "Retired", "Employee",
];

/// Degrees and suffixes after a name's comma: `Ronnie Freeman, Jr.`,
/// `H. Theodore Klaudt, M.D., FACEP`, `Laurie Zweifel, Ph.D.`.
fn suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches(','),
        "Jr."
            | "Sr."
            | "Jr"
            | "Sr"
            | "II"
            | "III"
            | "IV"
            | "M.D."
            | "Ph.D."
            | "PhD"
            | "FACEP"
            | "Esq."
            | "ESQ."
            | "R.N."
            | "LCSW"
            | "LMSW"
            | "J.D."
            | "MD"
            | "DO"
            | "D.O."
            | "MPH"
            | "M.P.H."
    )
}

/// An entry line, less a witness index's page columns: `Andrea Smyth   11   22`
/// -> `Andrea Smyth`.
fn without_columns(t: &str) -> &str {
    let first = t.split("  ").next().unwrap_or(t).trim_end();
    let rest = &t[first.len()..];
    if rest.split_whitespace().all(|w| w.bytes().all(|b| b.is_ascii_digit())) { first } else { t }
}

/// `Senator David J. Valesky`, `Maria Alvarez`, `Ronnie Freeman, Jr.`: two
/// to five capitalised words or initials, none of them a word of an office
/// or body, in mixed case (capitals are headings and titles here).
fn personal_name(s: &str) -> bool {
    let (name, _) = split_entry(&without_parens(s));
    let name = strip_title(&name);
    let words: Vec<&str> = name.split_whitespace().filter(|w| !suffix(w)).collect();
    (2..=5).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c == '"'))
        && !words.iter().any(|w| NOT_NAMES.contains(&w.trim_end_matches([',', '.'])))
        && !name.chars().any(|c| c.is_ascii_digit() || matches!(c, ':' | '&' | '/' | '('))
        && name.chars().any(char::is_lowercase)
}

/// `Lt. Col. (Retired) Garrett Dwyer` -> `Lt. Col. Garrett Dwyer`.
fn without_parens(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `Senator Philip M. Boyle, Task Force Chairman` -> the name, and what
/// follows its comma unless that is a suffix or degree.
fn split_entry(t: &str) -> (String, Option<String>) {
    let mut name: Vec<&str> = Vec::new();
    let mut parts = t.split(", ");
    name.push(parts.next().unwrap_or(t));
    let mut rest: Vec<&str> = Vec::new();
    for p in parts {
        if rest.is_empty() && p.split_whitespace().all(suffix) {
            // Jr. and Sr. are part of the name; degrees are not.
            if matches!(p.trim_end_matches(','), "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III" | "IV") {
                name.push(p);
            }
        } else {
            rest.push(p);
        }
    }
    (name.join(", "), (!rest.is_empty()).then(|| rest.join(", ")))
}

/// The honorific printed before a name (the last one, as `Senator Senator
/// Terrence Murphy` happens), and the name without it.
fn honorific_and_name(name: &str) -> (Option<String>, String) {
    let bare = strip_title(name);
    let dropped = name.split_whitespace().count() - bare.split_whitespace().count();
    let honorific = name.split_whitespace().take(dropped).last().map(str::to_owned);
    (honorific, bare)
}

/// How a list marks its entries.
#[derive(Clone, Copy, PartialEq)]
enum Entries {
    /// No page columns: a line that reads as a name starts an entry.
    Names,
    /// Page columns on the name's line (`Andrea Smyth      11      22`):
    /// those lines are the names.
    NumberedNames,
    /// Page columns on an entry's last line (`and Family Services   9   15`):
    /// an entry's name is the first name-like line after the previous one.
    NumberedEnds,
}

/// `whole`: the whole transcript, whose pages show which lines are the
/// running head.
pub fn court(h: &mut Hearing, front: &str, whole: &str) {
    let heads = crate::parse::court::running_heads(whole);
    let entries: Vec<&str> = front
        .lines()
        .filter(|l| crate::parse::court::page_number(l).is_none())
        .map(|l| crate::parse::court::gutter(l).map_or(l, |(_, c)| &l[c..]).trim())
        .filter(|t| !t.is_empty() && !heads.contains(*t))
        .collect();
    let mut list = List::None;
    let mut layout = Entries::Names;
    // In a `NumberedEnds` list: the next name-like line starts an entry.
    let mut awaiting = false;
    let mut rules = 0;
    let mut title: Vec<String> = Vec::new();
    let mut early: Vec<String> = Vec::new();
    let mut committee: Vec<String> = Vec::new();
    let mut seen_list = false;
    for (k, &text) in entries.iter().enumerate() {
        if text.chars().all(|c| c == '-') {
            rules += 1;
            continue;
        }
        if let Some(rest) =
            text.strip_prefix("BEFORE THE ").or_else(|| text.strip_prefix("JOINT HEARING BEFORE THE "))
        {
            committee.push(rest.to_owned());
            list = List::Before;
            continue;
        }
        if let Some(heading) = crate::parse::court::list_heading(text) {
            list = list_of(&heading);
            layout = entries_of(&entries[k + 1..]);
            awaiting = true;
            seen_list |= list != List::None;
            // `PUBLIC HEARING:` on a title page is part of its title.
            if list == List::None && rules == 1 && !seen_list {
                title.push(heading);
            }
            continue;
        }
        let dated = text.strip_prefix("Date:").map_or(text, str::trim);
        if h.dates.is_empty()
            && let Some(d) =
                mixed_date(dated).or_else(|| mixed_date(dated.split(", at ").next().unwrap_or("")))
        {
            h.dates.push(d);
            continue;
        }
        // The body a hearing is before ends where the kind of hearing is named.
        let names_hearing = ["HEARING", "FORUM", "ROUNDTABLE", "MATTER"].iter().any(|w| text.contains(w));
        if list == List::Before && rules == 0 && !names_hearing {
            committee.push(text.to_owned());
            continue;
        }
        if list == List::Before {
            list = List::None;
        }
        if rules == 1 && !seen_list && text.chars().all(|c| !c.is_lowercase()) {
            title.push(text.to_owned());
            continue;
        }
        // A floor session's title page: `SENATOR NEIL D. BRESLIN, Acting
        // President`, `ALEJANDRA N. PAULINO, ESQ., Secretary`: a name in
        // capitals, then the office in mixed case.
        if list == List::None
            && !seen_list
            && let Some((name, office)) = text.rsplit_once(", ")
            && office.chars().any(char::is_lowercase)
            && !name.chars().any(char::is_lowercase)
            && personal_name(&crate::names::title_case(name))
        {
            let (name, _) = split_entry(name);
            let (honorific, bare) = honorific_and_name(&name);
            h.members.push(Person {
                name: crate::names::title_case_if_caps(&bare),
                honorific: honorific.map(|x| crate::names::title_case_if_caps(&x)),
                title: Some(office.to_owned()),
                ..Person::default()
            });
            continue;
        }
        // Not the reporter's `THE STENOGRAPHIC RECORD`, the place, or the
        // spaced `P R O C E E D I N G S` that opens the speech.
        let aside = text.contains("STENOGRAPHIC")
            || text.ends_with(", NEW YORK")
            || (text.contains(", ") && text.chars().any(char::is_lowercase))
            || text.ends_with("a.m.")
            || text.ends_with("p.m.")
            || text.split_whitespace().all(|w| w.chars().count() == 1);
        if rules == 0 && matches!(list, List::None | List::Before) && !aside {
            early.push(text.to_owned());
            continue;
        }
        if matches!(list, List::None | List::Before) {
            continue;
        }
        let entry = without_columns(text);
        let numbered = entry.len() < text.len();
        let name_line = match layout {
            Entries::Names => personal_name(text),
            Entries::NumberedNames => numbered && personal_name(entry),
            Entries::NumberedEnds => awaiting && personal_name(entry),
        };
        if layout == Entries::NumberedEnds && numbered {
            awaiting = true;
        }
        if !name_line {
            continue;
        }
        awaiting = numbered && layout == Entries::NumberedEnds;
        let (name, inline_title) = split_entry(&without_parens(entry));
        let mut titled: Vec<&str> = inline_title.as_deref().into_iter().collect();
        for t in &entries[k + 1..] {
            let next = without_columns(t);
            let ends = next.len() < t.len();
            let stop = crate::parse::court::list_heading(t).is_some()
                || match layout {
                    Entries::Names => personal_name(t),
                    Entries::NumberedNames => ends,
                    Entries::NumberedEnds => false,
                };
            if stop || awaiting {
                break;
            }
            titled.push(next);
            if ends {
                break;
            }
        }
        // `Dean Petkanis / Co-Founder, Chairman & CEO / Thomas Kikis /
        // Co-Founder and Partner / KannaLife Sciences`: one entry, two
        // witnesses. A name followed by a title starts the next person; a
        // name-like last line is the organisation they share.
        let mut people = vec![(name, Vec::new())];
        for (i, line) in titled.iter().enumerate() {
            let followed = titled.get(i + 1).is_some_and(|next| !personal_name(next));
            // `Associate Professor of` / `Political Science`: the line goes on.
            let open = |l: &str| {
                let l = l.trim_end();
                l.ends_with([',', '&', '-'])
                    || [" of", " for", " at", " and", " to", " the", " in", " on"]
                        .iter()
                        .any(|w| l.ends_with(w))
            };
            if i > 0 && list == List::Witnesses && personal_name(line) && followed && !open(titled[i - 1]) {
                let (next, inline) = split_entry(&without_parens(line));
                people.push((next, inline.into_iter().collect()));
            } else if let Some((_, lines)) = people.last_mut() {
                lines.push((*line).to_owned());
            }
        }
        for (name, lines) in people {
            push_person(h, list, &name, lines.iter().map(String::as_str).collect());
        }
    }
    // `ROUNDTABLE DISCUSSION HELD BY ... RECOVERY` above the only rule.
    if title.is_empty() {
        title = early;
    }
    h.title = title_case(&title.join(" "));
    if !committee.is_empty() {
        h.committee = Some(title_case(&committee.join(" ")));
    }
}

/// Which way the list that starts with `rest` marks its entries: by its
/// first line that reads as a name, with or without a page column.
fn entries_of(rest: &[&str]) -> Entries {
    let end = rest.iter().position(|t| crate::parse::court::list_heading(t).is_some()).unwrap_or(rest.len());
    let list = &rest[..end];
    if !list.iter().any(|t| without_columns(t).len() < t.len()) {
        return Entries::Names;
    }
    match list.iter().find(|t| personal_name(without_columns(t))) {
        Some(t) if without_columns(t).len() < t.len() => Entries::NumberedNames,
        _ => Entries::NumberedEnds,
    }
}

fn push_person(h: &mut Hearing, list: List, name: &str, titled: Vec<&str>) {
    let (honorific, bare) = honorific_and_name(name);
    let legislator = honorific.as_deref().is_some_and(|x| LEGISLATORS.contains(&x));
    let mut title = titled.join(", ");
    // `Senate Finance Committee (RM)`: the ranking member.
    if let Some(body) = title.strip_suffix(" (RM)") {
        title = format!("Ranking Member, {body}");
    }
    let person =
        Person { name: bare, honorific, title: (!title.is_empty()).then_some(title), ..Person::default() };
    match list {
        // The first legislator presiding is the hearing's chair; a second
        // one chairs too when titled so (`Co-Chair`, `Chair, Senate Standing
        // Committee on Labor`). Staff listed there sit with them.
        List::Presiding => {
            if h.chair.is_none() && legislator {
                h.chair = Some(person.name.clone());
            }
            h.members.push(person);
        }
        List::Members => h.members.push(person),
        _ => h.witnesses.push(person),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_and_headings() {
        assert_eq!(without_columns("Andrea Quill                              11      22"), "Andrea Quill");
        assert!(personal_name("Ronald Pike, Jr."));
        assert!(personal_name("H. Theo Marsh, M.D., FACEP"));
        assert!(!personal_name("Island Harvest"));
        assert!(!personal_name("William H. Rogers Building"));
        assert!(!personal_name("EXECUTIVE DIRECTOR"));
        assert_eq!(
            split_entry("Senator Paula Brisk, Task Force Member").1.as_deref(),
            Some("Task Force Member")
        );
        assert_eq!(split_entry("Ronald Pike, Jr.").0, "Ronald Pike, Jr.");
        assert_eq!(split_entry("Lena Zorn, Ph.D.").0, "Lena Zorn");
        assert_eq!(
            honorific_and_name("Senator Senator Ned Quarry"),
            (Some("Senator".into()), "Ned Quarry".into())
        );
    }

    /// One index entry naming two witnesses, each with a title; a line that
    /// goes on (`Associate Professor of` / `Political Science`) is no name.
    #[test]
    fn an_index_entry_of_two_people_gives_two_witnesses() {
        let front = "                                 SPEAKERS                   PAGE  QUESTIONS\n\n      1      Dana Pell                                 57       63\n      2      Co-Founder, Chairman & CEO\n             Tomas Kirby\n      3      Co-Founder and Partner\n             Invented Leaf Sciences\n      4\n             Mara Gould                                70       75\n      5      Associate Professor of\n             Political Science\n      6      Marsh University\n";
        let mut h = Hearing::default();
        court(&mut h, front, front);
        let got: Vec<(String, Option<String>)> = h.witnesses.into_iter().map(|p| (p.name, p.title)).collect();
        let want = [
            ("Dana Pell", Some("Co-Founder, Chairman & CEO")),
            ("Tomas Kirby", Some("Co-Founder and Partner, Invented Leaf Sciences")),
            ("Mara Gould", Some("Associate Professor of, Political Science, Marsh University")),
        ];
        let want: Vec<(String, Option<String>)> =
            want.iter().map(|(n, t)| (n.to_string(), t.map(str::to_owned))).collect();
        assert_eq!(got, want);
    }
}
