//! Hearing metadata from a file's front matter: title, chamber, committee,
//! Congress, dates, the presiding chair, members and witnesses.
//!
//! Each reader takes what the file prints and leaves a field empty rather than
//! guess it.

use crate::model::{Chamber, Hearing, Person};
use std::borrow::Cow;

const MONTHS: [&str; 12] = [
    "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
    "NOVEMBER", "DECEMBER",
];
const WEEKDAYS: [&str; 7] = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

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
    h.members = roster(&lines);
    // Both read prose paragraphs, where a name may break across a line.
    let rejoined = rejoin_breaks(front);
    h.chair = presiding_member(&rejoined).or_else(|| {
        h.members.iter().find(|m| m.title.as_deref() == Some("Chairman")).map(|m| m.name.clone())
    });
    h.present = members_present(&rejoined);
    h.witnesses = statement_headings(headings.iter().copied(), &h.members);
    for w in contents_witnesses(front) {
        let key = w.name.rsplit(' ').next().unwrap_or("").to_uppercase();
        let same = |p: &Person| p.name.rsplit(' ').next().unwrap_or("").to_uppercase() == key;
        match h.witnesses.iter_mut().find(|p| same(p)) {
            // The contents spell names in mixed case; the headings in capitals.
            Some(p) => {
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

/// A line with its words separated by single spaces, as `split_whitespace`
/// and `join(" ")` would give it; borrowed when the line already is (most
/// lines of a cover page: centred, but single-spaced).
fn flatten(line: &str) -> Cow<'_, str> {
    let t = line.trim();
    // Only plain ASCII is judged here; anything else takes the general path.
    let mut prev_space = false;
    let simple = t.bytes().all(|b| {
        let ok = b.is_ascii() && !matches!(b, b'\t'..=b'\r') && !(prev_space && b == b' ');
        prev_space = b == b' ';
        ok
    });
    if simple { Cow::Borrowed(t) } else { Cow::Owned(t.split_whitespace().collect::<Vec<_>>().join(" ")) }
}

/// Congressional Record pages.
pub fn record(h: &mut Hearing, front: &str) {
    let flat: Vec<String> =
        front.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
    for l in &flat {
        match l.as_str() {
            "[Senate]" => h.chamber = Some(Chamber::Senate),
            "[House]" | "[Extensions of Remarks]" => h.chamber = Some(Chamber::House),
            _ => {}
        }
        if let Some(rest) = l.strip_prefix("[Congressional Record Volume ")
            && let Some(date) = rest
                .split_once('(')
                .and_then(|(_, d)| d.split_once(", "))
                .and_then(|(_, d)| mixed_date(d.trim_end_matches(")]")))
        {
            let year: u16 = date[..4].parse().unwrap_or(0);
            h.congress = Some((year.saturating_sub(1789)) / 2 + 1);
            h.dates = vec![date];
        }
        if let Some(p) = l.strip_prefix("[Pages ").or(l.strip_prefix("[Page ")) {
            h.serial = Some(format!("Cong. Rec. {}", p.trim_end_matches(']')));
        }
    }
    h.title = flat
        .iter()
        .skip_while(|l| !l.starts_with("[Page"))
        .find(|l| !l.is_empty() && !l.starts_with('[') && !l.starts_with("From the Congressional Record"))
        .map(|t| title_case(t))
        .unwrap_or_default();
}

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
    };
    (person, role)
}

/// Drops a leading title: `SEN. ROGER WICKER` -> `ROGER WICKER`.
pub fn strip_title(name: &str) -> String {
    const TITLES: &[&str] = &[
        "SEN.", "SENATOR", "REP.", "REPRESENTATIVE", "GEN.", "GENERAL", "ADM.", "ADMIRAL", "MR.", "MRS.",
        "MS.", "DR.", "HON.", "SECRETARY", "LT.", "GEN", "COL.", "AMB.", "GOV.", "DEL.", "DELEGATE", "VICE",
        "REAR", "MAJ.", "CAPT.", "THE", "HONORABLE", "COMMISSIONER", "CHAIRMAN", "CHAIRWOMAN", "MAYOR",
        "JUDGE", "PROF.", "PROFESSOR", "GOVERNOR", "AMBASSADOR",
    ];
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.len() > 1 && TITLES.contains(&words[0].to_uppercase().as_str()) {
        words.remove(0);
    }
    words.join(" ")
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

pub fn html_title(whole: &str) -> Option<String> {
    let head = super::source::head(whole, 2048);
    let start = head.find("<title>")? + "<title>".len();
    let end = head[start..].find("</title>")? + start;
    let t = head[start..end].trim().trim_start_matches('-').trim();
    Some(title_case(t))
}

fn gpo_committee(flat: &[Cow<str>]) -> (Option<String>, Option<String>) {
    let Some(before) = flat.iter().position(|l| l == "before the" || l == "BEFORE THE") else {
        return (None, None);
    };
    let mut parts = Vec::new();
    for l in &flat[before + 1..] {
        if l.is_empty() {
            if parts.is_empty() { continue } else { break }
        }
        if l.contains("UNITED STATES SENATE")
            || l.contains("HOUSE OF REPRESENTATIVES")
            || l.ends_with("CONGRESS")
            || l == "UNITED STATES"
        {
            break;
        }
        parts.push(l.as_ref());
    }
    let joined = parts.join(" ").replace(",", ", ").split_whitespace().collect::<Vec<_>>().join(" ");
    if joined.is_empty() {
        return (None, None);
    }
    match joined.split_once(" OF THE ") {
        Some((sub, main)) if sub.starts_with("SUBCOMMITTEE") => {
            (Some(title_case(main)), Some(title_case(sub)))
        }
        _ => (Some(title_case(&joined)), None),
    }
}

/// `ONE HUNDRED NINTH` -> 109, `FIRST` -> 1.
fn ordinal_number(words: &str) -> Option<u16> {
    const UNITS: [(&str, u16); 19] = [
        ("FIRST", 1),
        ("SECOND", 2),
        ("THIRD", 3),
        ("FOURTH", 4),
        ("FIFTH", 5),
        ("SIXTH", 6),
        ("SEVENTH", 7),
        ("EIGHTH", 8),
        ("NINTH", 9),
        ("TENTH", 10),
        ("ELEVENTH", 11),
        ("TWELFTH", 12),
        ("THIRTEENTH", 13),
        ("FOURTEENTH", 14),
        ("FIFTEENTH", 15),
        ("SIXTEENTH", 16),
        ("SEVENTEENTH", 17),
        ("EIGHTEENTH", 18),
        ("NINETEENTH", 19),
    ];
    const TENS: [(&str, u16); 8] = [
        ("TWENTIETH", 20),
        ("THIRTIETH", 30),
        ("FORTIETH", 40),
        ("FIFTIETH", 50),
        ("SIXTIETH", 60),
        ("SEVENTIETH", 70),
        ("EIGHTIETH", 80),
        ("NINETIETH", 90),
    ];
    const TENS_CARDINAL: [(&str, u16); 8] = [
        ("TWENTY", 20),
        ("THIRTY", 30),
        ("FORTY", 40),
        ("FIFTY", 50),
        ("SIXTY", 60),
        ("SEVENTY", 70),
        ("EIGHTY", 80),
        ("NINETY", 90),
    ];
    let upper = words.trim().to_uppercase();
    let mut rest = upper.as_str();
    let mut n = 0;
    if let Some(r) = rest.strip_prefix("ONE HUNDRED") {
        n += 100;
        rest = r.trim_start();
        if rest.is_empty() || rest == "TH" {
            return Some(100);
        }
    }
    for (w, v) in TENS_CARDINAL {
        if let Some(r) = rest.strip_prefix(w).and_then(|r| r.strip_prefix(['-', ' '])) {
            n += v;
            rest = r;
        }
    }
    let last = UNITS.iter().chain(TENS.iter()).find(|(w, _)| *w == rest)?;
    Some(n + last.1)
}

fn month_number(name: &str) -> Option<usize> {
    let up = name.trim_end_matches('.').to_uppercase();
    MONTHS.iter().position(|m| *m == up || (up.len() >= 3 && m.starts_with(&up))).map(|i| i + 1)
}

/// `JULY 21, 2005` (or `July 21, 2005`, `2025`, `2025-03-12`) as an ISO date.
pub fn mixed_date(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches('.');
    if s.len() == 4 && s.chars().all(|c| c.is_ascii_digit()) {
        return Some(s.to_owned());
    }
    if s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-' {
        return Some(s.to_owned());
    }
    let (month, rest) = s.split_once(' ')?;
    let month = month_number(month)?;
    let (day, year) = rest.split_once(',')?;
    let day: u32 = day.trim().parse().ok()?;
    let year: u32 = year.trim().get(..4)?.parse().ok()?;
    ((1..=31).contains(&day) && (1700..=2200).contains(&year))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

fn caps_date(l: &str) -> Option<String> {
    let first = l.split(' ').next()?;
    MONTHS.contains(&first).then(|| mixed_date(l)).flatten()
}

/// Day lines like `THURSDAY, JULY 21, 2005`: one per hearing day.
fn hearing_days<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in texts.flat_map(str::lines) {
        let t = line.trim();
        // A cheap test first: this runs on every line of the file.
        if !WEEKDAYS.iter().any(|d| t.starts_with(d)) {
            continue;
        }
        let Some((day, date)) = t.split_once(", ") else {
            continue;
        };
        if WEEKDAYS.contains(&day)
            && let Some(d) = caps_date(date)
            && !out.contains(&d)
        {
            out.push(d);
        }
    }
    out
}

/// The two-column committee roster: `RICHARD C. SHELBY, Alabama, Chairman`.
fn roster(lines: &[&str]) -> Vec<Person> {
    let mut out = Vec::new();
    let spaced_contents = memchr::memmem::Finder::new("C O N T E N T S");
    for line in lines {
        if spaced_contents.find(line.as_bytes()).is_some() || line.trim() == "CONTENTS" {
            break;
        }
        // Every entry has a `, ` between name and state: most lines have none.
        if memchr::memmem::find(line.as_bytes(), b", ").is_none() {
            continue;
        }
        for cell in line.trim().split("  ").map(str::trim).filter(|c| !c.is_empty()) {
            let mut parts = cell.split(", ");
            let (Some(name), Some(state)) = (parts.next(), parts.next()) else {
                continue;
            };
            // Capitals, but for the `c` of `McHENRY` and `MacDONALD`.
            let caps = name.replace("Mc", "MC").replace("Mac", "MAC");
            let name_ok = name.chars().any(|c| c.is_alphabetic())
                && !caps.chars().any(char::is_lowercase)
                && name.split_whitespace().count() >= 2;
            let state_ok = state.chars().next().is_some_and(char::is_uppercase)
                && state.chars().any(char::is_lowercase)
                && state.split_whitespace().count() <= 3;
            if !(name_ok && state_ok) {
                continue;
            }
            let position = parts.next().map(|p| {
                let p = p.trim();
                if p.starts_with("Ranking") { "Ranking Member".to_owned() } else { p.to_owned() }
            });
            out.push(Person {
                name: title_case(name),
                honorific: None,
                title: position,
                party: None,
                state: Some(state.to_owned()),
            });
        }
    }
    out
}

/// `Senator Richard C. Shelby (Chairman of the Committee) presiding.` or
/// `Hon. Barney Frank [chairman of the committee] presiding.`, in front
/// matter whose line breaks were rejoined (`rejoin_breaks`).
fn presiding_member(rejoined: &str) -> Option<String> {
    let mut flat = String::with_capacity(rejoined.len());
    for word in rejoined.split_whitespace() {
        if !flat.is_empty() {
            flat.push(' ');
        }
        flat.push_str(word);
    }
    // `presiding.` and, in some volumes, `Presiding.`
    let at = flat.find(" presiding").or_else(|| flat.find(" Presiding"))?;
    let mut before = flat[..at].trim_end().to_owned();
    // drop `(Chairman of the Committee)` / `[chairman of ...]`
    while before.ends_with(')') || before.ends_with(']') {
        let open = before.rfind(['(', '['])?;
        before.truncate(open);
        before = before.trim_end().to_owned();
    }
    let before = before.trim_end_matches(',');
    let segment = before.rsplit(", ").find(|s| {
        !s.starts_with(|c: char| c.is_lowercase())
            && !s.starts_with("Chair")
            && !s.starts_with("Ranking")
            && !s.starts_with("Vice")
    })?;
    let name = strip_title(segment.trim());
    (name.split_whitespace().count() >= 2 && name.len() < 60).then_some(name)
}

/// The `Present:` paragraphs (also `Members present:`, `Also present:`,
/// `Ex officio present:`; not `Staff Present:`):
/// `Present: Senators Halvorsen [presiding], Brightwater, and Whitcombe;
/// Representatives Okafor, Tanaka of California.`, in front matter whose
/// line breaks were rejoined (`rejoin_breaks`).
fn members_present(rejoined: &str) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    // Lower-casing adds no colon: a paragraph without one is no list.
    for para in paragraphs(rejoined).into_iter().filter(|p| p.contains(':')) {
        // ASCII lower-casing keeps byte offsets, so `colon` indexes `para` too.
        let lower = para.to_ascii_lowercase();
        let Some(colon) = lower.find("present:") else { continue };
        let lead = lower[..colon].trim();
        if !["", "members", "also", "ex officio", "also members"].contains(&lead) {
            continue;
        }
        let list = para[colon + "present:".len()..].trim().trim_end_matches('.');
        // A group without its own title is of the chamber named before it.
        let mut honorific = None;
        for group in list.split(';') {
            let mut group = group.trim();
            for (plural, title) in [
                ("Senators ", "Senator"),
                ("Senator ", "Senator"),
                ("Representatives ", "Representative"),
                ("Representative ", "Representative"),
                ("Delegates ", "Delegate"),
                ("Delegate ", "Delegate"),
                ("Commissioner ", "Commissioner"),
            ] {
                if let Some(rest) = group.strip_prefix(plural) {
                    group = rest;
                    honorific = Some(title.to_owned());
                    break;
                }
            }
            for name in group.split(", ").flat_map(|n| n.split(" and ")) {
                // `Jackson-\nLee`: a line broke after the hyphen of a double name.
                let mut name = name.trim().trim_start_matches("and ").replace("- ", "-");
                // `Durbin [presiding]`: the note is not part of the name.
                while let (Some(a), Some(b)) = (name.find(['[', '(']), name.rfind([']', ')'])) {
                    if b < a {
                        break;
                    }
                    name.replace_range(a..=b, "");
                    name = name.trim().to_owned();
                }
                let (name, state) = match name.split_once(" of ") {
                    Some((n, st)) => (n.trim().to_owned(), Some(st.trim().to_owned())),
                    None => (name, None),
                };
                let plausible = !name.is_empty() && name.len() < 40 && name.starts_with(char::is_uppercase);
                if plausible && !out.iter().any(|p| p.name == name && p.state == state) {
                    out.push(Person { name, honorific: honorific.clone(), state, ..Person::default() });
                }
            }
        }
    }
    out
}

/// GPO paragraphs: a line that starts indented begins one; a blank line ends one.
fn paragraphs(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    for line in text.lines() {
        if (line.trim().is_empty() || line.starts_with(' ')) && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        if !line.trim().is_empty() {
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(line.trim());
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// `Halvor-\nsen` -> `Halvorsen`: a line-end hyphen before a lower-case
/// letter, in front matter, where no compound is at stake.
fn rejoin_breaks(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut lines = s.lines().peekable();
    while let Some(line) = lines.next() {
        let t = line.trim_end();
        let next_lower =
            lines.peek().and_then(|n| n.trim_start().chars().next()).is_some_and(char::is_lowercase);
        if t.ends_with('-') && !t.ends_with("--") && next_lower {
            out.push_str(&t[..t.len() - 1]);
            if let Some(n) = lines.next() {
                out.push_str(n.trim_start());
                out.push('\n');
            }
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The CONTENTS list of witnesses: `Alan Greenspan, Chairman, Board of ...`
/// or, in newer volumes, surname first: `Lindqvist, Hon. Ingrid, Secretary of the Navy`.
fn contents_witnesses(front: &str) -> Vec<Person> {
    let mut out = Vec::new();
    let mut lines =
        front.lines().skip_while(|l| !matches!(l.trim(), "WITNESS" | "WITNESSES")).skip(1).peekable();
    while let Some(line) = lines.next() {
        if line.trim().is_empty() {
            // A hearing held over several days lists each day's witnesses
            // under a centred `Wednesday, March 4, 2009`: the list goes on.
            if lines.peek().is_some_and(|n| is_day_heading(n)) {
                lines.next();
                continue;
            }
            if lines.peek().is_some_and(|n| n.trim().is_empty() || n.starts_with("  ")) {
                break;
            }
            continue;
        }
        if line.starts_with(' ') {
            continue; // `    Prepared statement....` and other sub-entries
        }
        let mut entry = line.trim().to_owned();
        while let Some(next) = lines.peek() {
            if next.starts_with("  ") && !next.starts_with("    ") && !next.trim().is_empty() {
                entry.push(' ');
                entry.push_str(next.trim());
                lines.next();
            } else {
                break;
            }
        }
        let entry = entry.split("..").next().unwrap_or(&entry).trim().trim_end_matches(',');
        // `Robert E. Litan, Ph.D., Vice President`: a degree is neither the
        // given name of a surname-first entry nor part of the title.
        let parts: Vec<&str> = entry.split(", ").filter(|p| !NAME_SUFFIXES.contains(p)).collect();
        if parts.len() < 2 || parts[0].chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let (name, title) = if looks_like_given_name(parts[1]) {
            (format!("{} {}", strip_title(parts[1]), parts[0]), parts[2..].join(", "))
        } else {
            (strip_title(parts[0]), parts[1..].join(", "))
        };
        out.push(Person {
            name,
            honorific: None,
            title: (!title.is_empty()).then_some(title),
            party: None,
            state: None,
        });
    }
    out
}

/// `                        Wednesday, March 4, 2009`
fn is_day_heading(line: &str) -> bool {
    let t = line.trim().to_uppercase();
    WEEKDAYS.iter().any(|d| t.strip_prefix(d).is_some_and(|rest| rest.starts_with(',')))
        && t.rsplit(' ').next().is_some_and(|y| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()))
}

/// `POZEN,\1\ CHAIRMAN` -> `POZEN, CHAIRMAN`: GPO prints a footnote's number
/// between backslashes right after the name it annotates.
fn without_footnote_marks(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('\\') {
        let after = &rest[i + 1..];
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        out.push_str(&rest[..i]);
        if digits > 0 && after[digits..].starts_with('\\') {
            rest = &after[digits + 1..];
        } else {
            out.push('\\');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Degrees and service branches printed between a name and a title.
const NAME_SUFFIXES: &[&str] =
    &["Ph.D.", "Jr.", "Sr.", "Esq.", "M.D.", "USA", "USN", "USAF", "USMC", "USCG", "USSF"];

/// Words that open a job title rather than a given name.
const TITLE_WORDS: &[&str] = &[
    "Chairman", "Chairwoman", "Chair", "President", "Director", "Secretary", "Commissioner", "Chief",
    "Senior", "Professor", "Executive", "Vice", "Deputy", "Managing", "Former", "Acting", "Associate",
    "Assistant", "Partner", "Founder", "Member", "Administrator", "Counsel", "Economist", "Fellow", "Head",
    "Principal", "Staff", "Governor", "Comptroller", "Inspector", "Under", "Attorney",
];

/// In a surname-first entry the second part is a given name, perhaps titled:
/// `Hon. Ingrid`, `General Rowan`, `Lucia`; in a name-first entry it is a job:
/// `Chairman`, `Senior Fellow`, `President and Chief Executive Officer`.
fn looks_like_given_name(s: &str) -> bool {
    let name = strip_title(s);
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=2).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !TITLE_WORDS.contains(&words[0])
}

/// Witnesses from `STATEMENT OF EDWARD YINGLING, PRESIDENT AND CHIEF EXECUTIVE
/// OFFICER, ...` headings, skipping members' own statements.
fn statement_headings<'a>(headings: impl Iterator<Item = &'a str>, members: &[Person]) -> Vec<Person> {
    const MEMBERS: &[&str] =
        &["SENATOR", "REPRESENTATIVE", "CHAIRMAN", "CHAIRWOMAN", "RANKING", "CONGRESSMAN", "CONGRESSWOMAN"];
    let mut out: Vec<Person> = Vec::new();
    for heading in headings {
        let flat = without_footnote_marks(&heading.split_whitespace().collect::<Vec<_>>().join(" "));
        let Some(rest) = flat.strip_prefix("STATEMENT OF ") else { continue };
        let (name, title) = match rest.split_once(", ") {
            Some((n, t)) => (n, Some(t.trim_end_matches(',').trim())),
            None => (rest, None),
        };
        let member_title = title.is_some_and(|t| {
            ["MEMBER OF CONGRESS", "SENATOR", "REPRESENTATIVE", "DELEGATE"].iter().any(|m| t.contains(m))
        });
        if MEMBERS.iter().any(|m| name.starts_with(m)) || member_title {
            continue;
        }
        let name = title_case(&strip_title(name));
        if members.iter().any(|m| m.name.eq_ignore_ascii_case(&name)) || out.iter().any(|w| w.name == name) {
            continue;
        }
        out.push(Person {
            name,
            honorific: None,
            title: title.filter(|t| !t.is_empty()).map(title_case),
            party: None,
            state: None,
        });
    }
    out
}

fn title_case_if_caps(s: &str) -> String {
    if s.chars().any(char::is_lowercase) { s.to_owned() } else { title_case(s) }
}

const SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
    "with", "versus", "via",
];
const ACRONYMS: &[&str] = &[
    "AIG", "TARP", "GSE", "OTC", "FDIC", "SEC", "CFTC", "FHFA", "FHA", "HUD", "OCC", "OTS", "NCUA", "FSOC",
    "CFPA", "CFPB", "IMF", "GDP", "NATO", "DHS", "DOD", "DOJ", "FBI", "CIA", "NSA", "ISR", "AI", "II", "III",
    "IV", "VI", "VII", "USA", "US", "EU", "UN", "EPA", "FAA", "FEMA", "NOAA", "FTC", "FCC", "IRS", "GAO",
    "CBO", "OMB", "NIH", "CDC", "FDA", "TSA", "DEA", "ATF", "ICE", "CBP", "ABA", "ICBA", "NYSE", "CEO",
    "CFO", "LLC", "LLP", "NW", "SW", "DC", "GSES", "CDS", "MBS", "SIFI", "SIFIS", "ERISA", "HR", "NY",
    "USPS", "HHS", "VA", "NTSB",
];

/// `FEDERAL RESERVE'S SECOND MONETARY POLICY REPORT FOR 2005` ->
/// `Federal Reserve's Second Monetary Policy Report for 2005`.
pub fn title_case(s: &str) -> String {
    // Written into one buffer: this runs for every roster name and heading.
    let mut out = String::with_capacity(s.len());
    for (i, w) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        if i > 0 && is_small_word(w) {
            out.push_str(&w.to_lowercase());
        } else if ACRONYMS.contains(&bare)
            || (bare.contains('.') && bare.len() <= 6)
            || w.chars().any(|c| c.is_ascii_digit())
        {
            out.push_str(w);
        } else {
            for (k, part) in w.split('-').enumerate() {
                if k > 0 {
                    out.push('-');
                }
                capitalise_into(&mut out, part);
            }
        }
    }
    out
}

/// `w` lower-cased is one of `SMALL_WORDS`; plain ASCII is compared without
/// lower-casing a copy.
fn is_small_word(w: &str) -> bool {
    if w.is_ascii() {
        SMALL_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w))
    } else {
        SMALL_WORDS.contains(&w.to_lowercase().as_str())
    }
}

/// Appends `w` lower-cased with its first letter (and the one after `Mc`,
/// `O'`, or a period) in capitals.
fn capitalise_into(out: &mut String, w: &str) {
    let start = out.len();
    let lower = w.to_lowercase();
    let len = lower.chars().count();
    let mut up_next = true;
    for (i, c) in lower.chars().enumerate() {
        if up_next && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            up_next = false;
        } else {
            out.push(c);
        }
        // O'Brien, McCarthy; but not Reserve's
        if (c == '\'' || c == '’') && i == 1 && len > 3 {
            up_next = true;
        }
        if i == 1 && &out[start..] == "Mc" && len > 3 {
            up_next = true;
        }
        if c == '.' {
            up_next = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_witness_list_goes_on_past_each_days_heading() {
        let front = "                            WITNESSES\n\n                        Tuesday, February 3, 2009\n\nAda Quill, Professor of Law, Marsh University.................    11\n\n                        Wednesday, March 4, 2009\n\nOren T. Vale, Ph.D., Chairman, Vale Investment Management.....    51\n\n                     Alphabetical List of Witnesses\n\nQuill, Ada:\n";
        let names: Vec<String> = contents_witnesses(front).into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["Ada Quill", "Oren T. Vale"]);
        assert!(!is_day_heading("Wednesday is when we meet, 2009"));
    }

    #[test]
    fn a_footnote_mark_after_a_witness_name_is_not_part_of_it() {
        let w = statement_headings(
            ["STATEMENT OF OREN T. VALE,\\1\\ CHAIRMAN, VALE INVESTMENT"].into_iter(),
            &[],
        );
        assert_eq!(w[0].name, "Oren T. Vale");
        assert_eq!(without_footnote_marks(r"a\b \12\ c\"), r"a\b  c\");
    }

    #[test]
    fn ordinals() {
        assert_eq!(ordinal_number("ONE HUNDRED NINTH"), Some(109));
        assert_eq!(ordinal_number("ONE HUNDRED EIGHTEENTH"), Some(118));
        assert_eq!(ordinal_number("ONE HUNDRED TWENTY-FIRST"), Some(121));
        assert_eq!(ordinal_number("SECOND"), Some(2));
        assert_eq!(ordinal_number("LAST"), None);
    }

    #[test]
    fn dates() {
        assert_eq!(mixed_date("JULY 21, 2005").as_deref(), Some("2005-07-21"));
        assert_eq!(mixed_date("June 3, 2025").as_deref(), Some("2025-06-03"));
        assert_eq!(mixed_date("2025").as_deref(), Some("2025"));
        assert_eq!(mixed_date("Sept. 9, 2010").as_deref(), Some("2010-09-09"));
        assert_eq!(mixed_date("someday"), None);
    }

    #[test]
    fn titles() {
        assert_eq!(
            title_case("FEDERAL RESERVE'S SECOND MONETARY POLICY REPORT FOR 2005"),
            "Federal Reserve's Second Monetary Policy Report for 2005"
        );
        assert_eq!(title_case("TURMOIL IN U.S. CREDIT MARKETS"), "Turmoil in U.S. Credit Markets");
        assert_eq!(title_case("RICHARD C. SHELBY"), "Richard C. Shelby");
        assert_eq!(title_case("CAROLYN B. MCCARTHY"), "Carolyn B. McCarthy");
        assert_eq!(title_case("PAT O'BRIEN"), "Pat O'Brien");
        assert_eq!(
            title_case("REGULATION OF OVER-THE-COUNTER DERIVATIVES"),
            "Regulation of Over-The-Counter Derivatives"
        );
    }

    #[test]
    fn presiding() {
        let f = "    The Committee met at 10:07 a.m., in room SD-538, Dirksen \nSenate Office Building, Senator Richard C. Shelby (Chairman of \nthe Committee) presiding.";
        assert_eq!(presiding_member(&rejoin_breaks(f)).as_deref(), Some("Richard C. Shelby"));
        let f = "    The committee met, pursuant to notice, at 10 a.m., in room \n2128, Rayburn House Office Building, Hon. Barney Frank \n[chairman of the committee] presiding.";
        assert_eq!(presiding_member(&rejoin_breaks(f)).as_deref(), Some("Barney Frank"));
        let f = "at 10:00 a.m., in room SD-106, Hon. Marisol Okafor, Chairman of the Committee, presiding.";
        assert_eq!(presiding_member(&rejoin_breaks(f)).as_deref(), Some("Marisol Okafor"));
    }

    #[test]
    fn roster_columns() {
        let lines = [
            "                  RICHARD C. SHELBY, Alabama, Chairman",
            "ROBERT F. BENNETT, Utah              PAUL S. SARBANES, Maryland",
            "JOHN E. SUNUNU, New Hampshire        DEBBIE STABENOW, Michigan",
            "TIM MAHONEY, Florida                 PATRICK T. McHENRY, North Carolina",
        ];
        let r = roster(&lines);
        let names: Vec<_> = r.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Richard C. Shelby", "Robert F. Bennett", "Paul S. Sarbanes", "John E. Sununu",
                "Debbie Stabenow", "Tim Mahoney", "Patrick T. McHenry"
            ]
        );
        assert_eq!(r[0].title.as_deref(), Some("Chairman"));
    }

    #[test]
    fn members_present_with_their_chamber_and_state() {
        let front = "    The committee met, pursuant to notice, at 9:30 a.m., Hon. Dana Halvorsen presiding.\n    Present: Senators Halvorsen [presiding], Brightwater, and \nWhitcombe; Representatives Okafor, Tanaka of California; Tanaka \nof Hawaii, and Pruitt.\n    Staff Present: Elise J. Bean, Staff Director.\n    Also present: Representative Levin.\n";
        let present = members_present(&rejoin_breaks(front));
        let shown: Vec<String> = present
            .iter()
            .map(|p| {
                format!(
                    "{} {}{}",
                    p.honorific.as_deref().unwrap_or("?"),
                    p.name,
                    p.state.as_deref().map(|s| format!(" of {s}")).unwrap_or_default()
                )
            })
            .collect();
        assert_eq!(
            shown,
            [
                "Senator Halvorsen",
                "Senator Brightwater",
                "Senator Whitcombe",
                "Representative Okafor",
                "Representative Tanaka of California",
                "Representative Tanaka of Hawaii",
                "Representative Pruitt",
                "Representative Levin",
            ]
        );
    }
}
