//! Who sits on the committee and who was there: the two-column roster,
//! the presiding member, and the `Present:` paragraphs.

use super::paragraphs;
use crate::model::Person;
use crate::names::{strip_title, title_case};

/// The two-column committee roster: `RICHARD C. SHELBY, Alabama, Chairman`,
/// `FRANK PALLONE, Jr., New Jersey`, and a two-word state broken over two
/// lines in its column (`SHELLEY MOORE CAPITO, West` / `    Virginia`).
pub(super) fn roster(lines: &[&str]) -> Vec<Person> {
    let mut out = Vec::new();
    let spaced_contents = memchr::memmem::Finder::new("C O N T E N T S");
    for (i, line) in lines.iter().enumerate() {
        if spaced_contents.find(line.as_bytes()).is_some() || line.trim() == "CONTENTS" {
            break;
        }
        // Every entry has a `, ` between name and state: most lines have none.
        if memchr::memmem::find(line.as_bytes(), b", ").is_none() {
            continue;
        }
        let row = cells(line);
        for (k, &(col, cell)) in row.iter().enumerate() {
            let mut parts = cell.split(", ").peekable();
            let Some(name) = parts.next() else { continue };
            // `Jr.`, `III`: part of the name, not the state.
            let suffix = parts.next_if(|p| SUFFIXES.contains(p));
            let Some(state) = parts.next().map(|s| s.trim_end_matches(',')) else { continue };
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
            let state = if STATE_STARTS.contains(&state) {
                // The rest is on the next line, in this cell's column; when
                // it cannot be found, no state rather than half of one.
                let until = row.get(k + 1).map_or(usize::MAX, |c| c.0);
                let rest = lines.get(i + 1).and_then(|next| {
                    cells(next)
                        .into_iter()
                        .find(|&(c, t)| c >= col && c < until && is_state_end(t))
                        .map(|c| c.1)
                });
                rest.map(|r| format!("{state} {r}"))
            } else {
                Some(state.to_owned())
            };
            let position = parts.next().map(|p| {
                let p = p.trim();
                if p.starts_with("Ranking") { "Ranking Member".to_owned() } else { p.to_owned() }
            });
            let name = match suffix {
                Some(s) => format!("{}, {s}", title_case(name)),
                None => title_case(name),
            };
            out.push(Person { name, honorific: None, title: position, state, ..Person::default() });
        }
    }
    out
}

const SUFFIXES: &[&str] = &["Jr.", "Sr.", "II", "III", "IV", "JR.", "SR."];

/// First words of two-word states, which a narrow column breaks after.
const STATE_STARTS: &[&str] = &["New", "North", "South", "West", "Rhode"];

fn is_state_end(t: &str) -> bool {
    matches!(t, "Hampshire" | "Jersey" | "Mexico" | "York" | "Carolina" | "Dakota" | "Virginia" | "Island")
}

/// A roster line's cells (split at runs of two spaces) with their columns.
fn cells(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for piece in line.split("  ") {
        let t = piece.trim();
        if !t.is_empty() {
            out.push((pos + (piece.len() - piece.trim_start().len()), t));
        }
        pos += piece.len() + 2;
    }
    out
}

/// `Senator Richard C. Shelby (Chairman of the Committee) presiding.` or
/// `Hon. Barney Frank [chairman of the committee] presiding.`, in front
/// matter whose line breaks were rejoined (`rejoin_breaks`).
pub(super) fn presiding_member(rejoined: &str) -> Option<String> {
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
pub(super) fn members_present(rejoined: &str) -> Vec<Person> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::front::rejoin_breaks;

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
    fn suffixes_belong_to_the_name_and_broken_states_are_joined() {
        let lines = [
            "FRANK PALMONE, Jr., New Jersey       ORLA DUNMORE, Idaho",
            "MICHAEL E. CAPUTO, Massachusetts     WALTER B. JOYNES, Jr., North ",
            "SHELLEY MOORE CAVETTO, West              Carolina",
            "    Virginia                         NELL GRANGER, New ",
            "ROBERTA KING, III, South ",
            "GWENDA MOORLAND, Wisconsin,",
        ];
        let got: Vec<(String, Option<String>)> =
            roster(&lines).into_iter().map(|p| (p.name, p.state)).collect();
        let want = [
            ("Frank Palmone, Jr.", Some("New Jersey")),
            ("Orla Dunmore", Some("Idaho")),
            ("Michael E. Caputo", Some("Massachusetts")),
            ("Walter B. Joynes, Jr.", Some("North Carolina")),
            ("Shelley Moore Cavetto", Some("West Virginia")),
            // The rest of the state is not printed: none rather than half.
            ("Nell Granger", None),
            ("Roberta King, III", None),
            // A comma the printer left at the end of the line.
            ("Gwenda Moorland", Some("Wisconsin")),
        ];
        let want: Vec<(String, Option<String>)> =
            want.iter().map(|(n, s)| (n.to_string(), s.map(str::to_owned))).collect();
        assert_eq!(got, want);
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
