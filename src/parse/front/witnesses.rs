//! Witnesses from the CONTENTS list and the `STATEMENT OF` headings.

use super::contents::page_of;
use super::dates::is_day_heading;
use crate::model::Person;
use crate::names::{strip_title, title_case};

/// The CONTENTS list of witnesses: `Alan Greenspan, Chairman, Board of ...`
/// or, in newer volumes, surname first: `Lindqvist, Hon. Ingrid, Secretary of the Navy`.
/// Older House volumes indent the entries under `Testimony of:` and end the
/// list at the next heading printed flush left.
pub(super) fn contents_witnesses(front: &str) -> Vec<Person> {
    let mut out = Vec::new();
    let mut lines =
        // `WITNESSES`, or `Witnesses` in the House's newer contents.
        front.lines().skip_while(|l| !is_witness_heading(l)).skip(1).peekable();
    // The entries' own indent, learnt from the first: a wrapped entry goes on
    // two spaces further in, its `Prepared statement` four.
    let mut entry_indent = None;
    while let Some(line) = lines.next() {
        let indent = line.len() - line.trim_start().len();
        if line.trim().is_empty() {
            // A list in panels or held over several days goes on past each
            // centred `Panel II` or `Wednesday, March 4, 2009`, and past the
            // `Page` over the column of page numbers.
            if lines.peek().is_some_and(|n| is_list_interlude(n)) {
                while lines.peek().is_some_and(|n| n.trim().is_empty() || is_list_interlude(n)) {
                    lines.next();
                }
                continue;
            }
            if lines.peek().is_some_and(|n| {
                let at = n.len() - n.trim_start().len();
                n.trim().is_empty() || at > entry_indent.unwrap_or(0) + 1
            }) {
                break;
            }
            continue;
        }
        if is_list_interlude(line) {
            continue;
        }
        let at = *entry_indent.get_or_insert(indent);
        if indent < at {
            break; // `Additional material submitted for the record:`
        }
        if indent > at {
            continue; // `    Prepared statement....` and other sub-entries
        }
        let mut entry = line.trim().to_owned();
        while let Some(next) = lines.peek() {
            let next_at = next.len() - next.trim_start().len();
            if (at + 1..at + 4).contains(&next_at) && !next.trim().is_empty() {
                entry.push(' ');
                entry.push_str(next.trim());
                lines.next();
            } else {
                break;
            }
        }
        // `....     3`: the page their statement starts on.
        let page = page_of(&entry);
        let entry = entry.split("..").next().unwrap_or(&entry).trim().trim_end_matches(',');
        let (main, with) = accompanied(entry);
        for (k, entry) in std::iter::once(main).chain(with).enumerate() {
            // `Robert E. Litan, Ph.D., Vice President`: a degree is neither the
            // given name of a surname-first entry nor part of the title.
            let parts: Vec<&str> = entry.split(", ").filter(|p| !is_name_suffix(p)).collect();
            if parts.len() < 2 || parts[0].chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            let (name, title) = if looks_like_given_name(parts[1]) {
                (format!("{} {}", strip_title(parts[1]), parts[0]), parts[2..].join(", "))
            } else {
                (strip_title(parts[0]), parts[1..].join(", "))
            };
            // The page is the statement's, which the one accompanied gives.
            let page = if k == 0 { page.clone() } else { None };
            out.push(Person { name, title: (!title.is_empty()).then_some(title), page, ..Person::default() });
        }
    }
    out
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

/// `Jr.`, `USN`, and any degree printed with its periods (`M.P.H.`, `D.Phil.`):
/// letters and at least two periods, short.
fn is_name_suffix(part: &str) -> bool {
    let degree = part.len() <= 8
        && part.matches('.').count() >= 2
        && part.chars().all(|c| c.is_ascii_alphabetic() || c == '.');
    NAME_SUFFIXES.contains(&part) || degree
}

fn is_witness_heading(line: &str) -> bool {
    let t = line.trim();
    ["WITNESS", "WITNESSES", "Testimony of:", "Statement of:", "Statements of:", "Witnesses:"]
        .iter()
        .any(|w| t.eq_ignore_ascii_case(w))
}

/// A centred line inside a witness list that is not an entry: `Page` over
/// the page numbers, `Panel II`, `First Panel`, a day's date.
fn is_list_interlude(line: &str) -> bool {
    let t = line.trim();
    let centred = line.len() - t.len() >= 8;
    let words: Vec<&str> = t.split_whitespace().collect();
    let panel = words.len() <= 3
        && words.iter().any(|w| w.trim_end_matches(':').eq_ignore_ascii_case("panel"))
        && !t.contains(',');
    centred && (t == "Page" || panel || is_day_heading(t))
}

/// Degrees and service branches printed between a name and a title.
const NAME_SUFFIXES: &[&str] =
    &["Ph.D.", "Jr.", "Sr.", "Esq.", "M.D.", "J.D.", "USA", "USN", "USAF", "USMC", "USCG", "USSF"];

/// Words that open a job title rather than a given name.
const TITLE_WORDS: &[&str] = &[
    "Chairman", "Chairwoman", "Chair", "President", "Director", "Secretary", "Commissioner", "Chief",
    "Senior", "Professor", "Executive", "Vice", "Deputy", "Managing", "Former", "Acting", "Associate",
    "Assistant", "Partner", "Founder", "Member", "Administrator", "Counsel", "Economist", "Fellow", "Head",
    "Principal", "Staff", "Governor", "Comptroller", "Inspector", "Under", "Attorney", "Retired", "Owner",
    "Co-Owner", "Co-Founder", "Officer", "Manager", "Adviser", "Advisor", "Analyst", "Consultant", "Dean",
    "Scholar", "Lecturer", "Researcher", "Treasurer", "Trustee", "Board",
];

/// In a surname-first entry the second part is a given name, perhaps titled:
/// `Hon. Ingrid`, `General Rowan`, `Lucia`; in a name-first entry it is a job:
/// `Chairman`, `Senior Fellow`, `President and Chief Executive Officer`.
fn looks_like_given_name(s: &str) -> bool {
    let name = strip_title(s);
    let words: Vec<&str> = name.split_whitespace().collect();
    // `Retired Chairman` is a job whatever its first word; `CRMS` (an
    // organisation's initials) is nobody's given name, though `J.` may be.
    let acronym = |w: &&str| w.len() >= 2 && !w.contains('.') && !w.chars().any(char::is_lowercase);
    (1..=2).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !words.iter().any(|w| TITLE_WORDS.contains(w) || acronym(w))
}

/// Witnesses from `STATEMENT OF EDWARD YINGLING, PRESIDENT AND CHIEF EXECUTIVE
/// OFFICER, ...` headings, skipping members' own statements.
pub(super) fn statement_headings<'a>(
    headings: impl Iterator<Item = &'a str>,
    members: &[Person],
) -> Vec<Person> {
    const MEMBERS: &[&str] =
        &["SENATOR", "REPRESENTATIVE", "CHAIRMAN", "CHAIRWOMAN", "RANKING", "CONGRESSMAN", "CONGRESSWOMAN"];
    let mut out: Vec<Person> = Vec::new();
    for heading in headings {
        let flat = without_footnote_marks(&heading.split_whitespace().collect::<Vec<_>>().join(" "));
        for entry in heading_entries(&flat) {
            let (name, title) = match entry.split_once(", ") {
                Some((n, t)) => (n, Some(t.trim_end_matches([',', ';']).trim())),
                None => (entry.trim_end_matches([',', ';']), None),
            };
            let member_title = title.is_some_and(|t| {
                ["MEMBER OF CONGRESS", "SENATOR", "REPRESENTATIVE", "DELEGATE"].iter().any(|m| t.contains(m))
            });
            if MEMBERS.iter().any(|m| name.starts_with(m)) || member_title {
                continue;
            }
            let name = title_case(&strip_title(name));
            if members.iter().any(|m| m.name.eq_ignore_ascii_case(&name))
                || out.iter().any(|w| w.name == name)
            {
                continue;
            }
            out.push(Person {
                name,
                honorific: None,
                title: title.filter(|t| !t.is_empty()).map(title_case),
                party: None,
                state: None,
                page: None,
            });
        }
    }
    out
}

/// The entries a witnesses' heading names: `STATEMENT OF X, TITLE` (or
/// `TESTIMONY OF`) one, with those accompanying; a panel's `STATEMENTS OF
/// X, TITLE; Y, TITLE; AND Z, TITLE` each of its witnesses.
fn heading_entries(flat: &str) -> Vec<&str> {
    let one = flat.strip_prefix("STATEMENT OF ").or_else(|| flat.strip_prefix("TESTIMONY OF "));
    let panel = flat.strip_prefix("STATEMENTS OF ").or_else(|| flat.strip_prefix("TESTIMONIES OF "));
    let pieces: Vec<&str> = match (one, panel) {
        (Some(rest), _) => vec![rest],
        (None, Some(rest)) => rest.split("; ").collect(),
        (None, None) => return Vec::new(),
    };
    let mut out = Vec::new();
    for piece in pieces {
        let piece = piece.trim().trim_start_matches("AND ");
        let piece = piece.strip_prefix("ACCOMPANIED BY ").unwrap_or(piece);
        // `...; ACCOMPANIED BY DAVID DINES, PRESIDENT, ...`: they answer too.
        let (main, with) = accompanied(piece);
        out.push(main);
        out.extend(with);
    }
    out.retain(|e| !e.is_empty());
    out
}

/// A witness's entry and the entries of those accompanying them:
/// `X, TITLE; ACCOMPANIED BY Y, TITLE; AND Z, TITLE` -> (`X, TITLE`, [`Y,
/// TITLE`, `Z, TITLE`]), in capitals or not.
fn accompanied(entry: &str) -> (&str, Vec<&str>) {
    let at = entry.find(" ACCOMPANIED BY ").or_else(|| entry.find(" accompanied by "));
    let Some(at) = at else { return (entry, Vec::new()) };
    let main = entry[..at].trim_end_matches([',', ';', ' ']);
    let with = entry[at + " accompanied by ".len()..]
        .split("; ")
        .map(|p| p.trim().trim_start_matches("AND ").trim_start_matches("and "))
        .filter(|p| !p.is_empty())
        .collect();
    (main, with)
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
    fn name_first_entries_keep_their_name_and_a_mixed_case_heading_counts() {
        let front = "                               Witnesses\n\nMarc Quillon, Chief Executive Officer, Safe Screens \n  Institute.....................................................    12\n    Prepared statement...........................................    14\nJohn Reedley, Retired Chairman, Invented Bank....................    20\nMike Andersby, CRMS..............................................    22\nOrr, J.D., Kelvin, Professor, Marsh University...................    24\nLynn Gold, M.D., M.P.H., Dean, Marsh School of Public Health....    26\n";
        let got: Vec<(String, Option<String>)> =
            contents_witnesses(front).into_iter().map(|p| (p.name, p.title)).collect();
        let want = [
            ("Marc Quillon", Some("Chief Executive Officer, Safe Screens Institute")),
            ("John Reedley", Some("Retired Chairman, Invented Bank")),
            ("Mike Andersby", Some("CRMS")),
            ("Kelvin Orr", Some("Professor, Marsh University")),
            ("Lynn Gold", Some("Dean, Marsh School of Public Health")),
        ];
        let want: Vec<(String, Option<String>)> =
            want.iter().map(|(n, t)| (n.to_string(), t.map(str::to_owned))).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn those_accompanying_a_witness_are_witnesses_too() {
        let w = statement_headings(
            ["STATEMENT OF ODA QUILL, CHIEF EXECUTIVE OFFICER, QUILL GRAIN, WAYZATA, MN; ACCOMPANIED BY DAVID DENES, PRESIDENT, RISK MANAGEMENT; AND ARLO VANCE, COUNSEL"].into_iter(),
            &[],
        );
        let names: Vec<&str> = w.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Oda Quill", "David Denes", "Arlo Vance"]);
        assert_eq!(w[1].title.as_deref(), Some("President, Risk Management"));
        let front = "                               WITNESSES\n\nQuill, Oda, Chief Executive Officer, Quill Grain, Wayzata, MN; \n  accompanied by David Denes, President, Risk Management, Quill \n  Grain..........................................................   185\n";
        let got: Vec<(String, Option<String>)> =
            contents_witnesses(front).into_iter().map(|p| (p.name, p.page)).collect();
        assert_eq!(got, [("Oda Quill".to_owned(), Some("185".to_owned())), ("David Denes".to_owned(), None)]);
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
}
