//! Who was there: the presiding member and the `Present:` paragraphs (the
//! committee rosters are `columns`).

use super::paragraphs;
use crate::model::Person;
use crate::names::strip_title;

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
