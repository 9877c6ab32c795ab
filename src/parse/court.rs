//! Court-reporter transcripts: numbered lines (1 to 25) in a left gutter,
//! a page number at the top of each page, colon labels in capitals at the
//! start of an indented paragraph (`SENATOR VALESKY:  I want to`).
//!
//! Gutter numbers are markup, page numbers set the page; the rest is the
//! ordinary owner-by-marks assembly.

use super::assemble::{Event, Mark};
use super::label::colon_label;
use super::source::Source;
use crate::model::{BlockKind, Hearing, Person};
use std::ops::Range;

/// A numbered line: its gutter number's span and where the content starts.
struct Gutter {
    number: Range<usize>,
    content: usize,
}

fn gutter(line: &str) -> Option<(Range<usize>, usize)> {
    let lead = line.len() - line.trim_start().len();
    if !(1..=9).contains(&lead) {
        return None;
    }
    let digits = line[lead..].bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let n: u32 = line[lead..lead + digits].parse().ok()?;
    let rest = &line[lead + digits..];
    if !(1..=25).contains(&n) || !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    Some((lead..lead + digits, lead + digits))
}

/// A page number alone at the right of its line.
fn page_number(line: &str) -> Option<&str> {
    let t = line.trim();
    let lead = line.len() - line.trim_start().len();
    (lead >= 20 && !t.is_empty() && t.len() <= 5 && t.bytes().all(|b| b.is_ascii_digit())).then_some(t)
}

/// Most non-blank lines carry a gutter number.
pub fn looks_like_court(text: &str) -> bool {
    let (mut numbered, mut total) = (0, 0);
    for line in text.lines().take(2000) {
        if line.trim().is_empty() {
            continue;
        }
        total += 1;
        if gutter(line).is_some() {
            numbered += 1;
        }
    }
    total >= 20 && numbered * 2 > total
}

pub fn marks(src: &Source, body: Range<usize>) -> Vec<Mark> {
    let lines: Vec<(Range<usize>, &str)> = src.lines_in(body).collect();
    let mut out = Vec::new();
    let mut spoken = false;
    let mut i = 0;
    while i < lines.len() {
        let (range, line) = (&lines[i].0, lines[i].1);
        i += 1;
        if let Some(p) = page_number(line) {
            let lead = line.len() - line.trim_start().len();
            out.push(Mark::new(range.start + lead..range.start + lead + p.len(), Event::Page(p.to_owned())));
            continue;
        }
        let Some((number, content)) = gutter(line) else { continue };
        let g = Gutter { number: range.start + number.start..range.start + number.end, content };
        let text = &line[g.content..];
        let indent = text.len() - text.trim_start().len();
        let body = text.trim();
        let start = range.start + g.content + indent;
        // `(Senator Valesky confers with staff.)`, perhaps over several lines.
        if spoken
            && body.starts_with('(')
            && let Some(end) = closing_paren(&lines, i - 1)
        {
            let end_line = &lines[end];
            let stop = end_line.0.start + end_line.1.trim_end().len();
            out.push(Mark::new(g.number.clone(), Event::Markup));
            out.push(Mark::new(start..stop, Event::Block(BlockKind::StageDirection)));
            i = end + 1;
            continue;
        }
        out.push(Mark::new(g.number.clone(), Event::Markup));
        if spoken && !body.is_empty() && body.chars().all(|c| c == '*' || c == ' ') {
            out.push(Mark::new(start..start + body.len(), Event::Block(BlockKind::Other)));
            continue;
        }
        // A label has words after it on its line; `PRESIDING:` alone is a heading.
        if let Some(m) = colon_label(body).filter(|m| !body[m.len..].trim().is_empty()) {
            spoken = true;
            out.push(Mark::new(start..start + m.len, Event::Label { label: m.label, note: None, indent }));
        }
    }
    out
}

/// The line where a parenthesis opened on line `i` closes, within a few lines.
fn closing_paren(lines: &[(Range<usize>, &str)], i: usize) -> Option<usize> {
    let mut depth = 0i32;
    for (j, (_, line)) in lines.iter().enumerate().skip(i).take(8) {
        let content = gutter(line).map_or(*line, |(_, c)| &line[c..]);
        for c in content.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
        }
        if depth == 0 {
            return content.trim_end().ends_with(')').then_some(j);
        }
    }
    None
}

/// `Senator David J. Valesky`, `Maria Alvarez`, `AnneMarie Cook`: two to five
/// capitalised words or initials, none of them a word of an office or body.
fn personal_name(s: &str) -> bool {
    const NOT_NAMES: &[&str] = &[
        "Council", "Association", "Office", "Program", "Director", "Executive", "Department", "Commission",
        "Center", "Centers", "Services", "Society", "Federation", "Coalition", "Committee", "Chair",
        "Policy", "Public", "County", "City", "State", "New", "York", "Inc.", "Agency", "Agencies",
        "Alliance", "Guild", "Cooperative", "Salvage", "Engineer", "President", "CEO", "Board", "Institute",
        "Foundation", "University", "Senior", "Action", "Aging", "Health", "Care", "Houses", "Project",
        "Network",
    ];
    let name = crate::names::strip_title(s);
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !words.iter().any(|w| NOT_NAMES.contains(&w.trim_end_matches([',', '.'])))
        && !name.chars().any(|c| c.is_ascii_digit() || matches!(c, ',' | ':' | '&' | '/' | '('))
        && !name.chars().all(|c| !c.is_lowercase())
}

/// Metadata from the title page: committee after `BEFORE THE`, the title
/// between the rules, the date, and the `PRESIDING:`, `MEMBERS PRESENT:` and
/// `PARTICIPANTS:` lists (a line that reads as a person's name, then the
/// lines of their title).
pub fn front(h: &mut Hearing, front: &str) {
    let entries: Vec<&str> = front
        .lines()
        .filter(|l| page_number(l).is_none())
        .map(|l| gutter(l).map_or(l, |(_, c)| &l[c..]).trim())
        .filter(|t| !t.is_empty())
        .collect();
    let mut section = "";
    let mut rules = 0;
    let mut title: Vec<String> = Vec::new();
    let mut committee: Vec<String> = Vec::new();
    for (k, &text) in entries.iter().enumerate() {
        if text.chars().all(|c| c == '-') {
            rules += 1;
            continue;
        }
        if let Some(rest) = text.strip_prefix("BEFORE THE ") {
            committee.push(rest.to_owned());
            section = "before";
            continue;
        }
        // `PRESIDING:`, `SENATE MEMBERS PRESENT:`, `ROUNDTABLE PARTICIPANTS, Continued:`
        if text.ends_with(':') && text.chars().take_while(|c| *c != ',').all(|c| !c.is_lowercase()) {
            section = if text.starts_with("PRESIDING") {
                "presiding"
            } else if text.contains("MEMBERS") {
                "members"
            } else {
                "others"
            };
            continue;
        }
        if h.dates.is_empty()
            && let Some(d) = super::front::mixed_date(text)
        {
            h.dates.push(d);
            continue;
        }
        if section == "before" && rules == 0 {
            committee.push(text.to_owned());
            continue;
        }
        if rules == 1 && text.chars().all(|c| !c.is_lowercase()) {
            title.push(text.to_owned());
            continue;
        }
        if section.is_empty() || section == "before" || !personal_name(text) {
            continue;
        }
        let titled: Vec<&str> =
            entries[k + 1..].iter().copied().take_while(|t| !personal_name(t) && !t.ends_with(':')).collect();
        let person = Person {
            name: crate::names::strip_title(text),
            honorific: None,
            title: (!titled.is_empty()).then(|| titled.join(", ")),
            ..Person::default()
        };
        match section {
            "presiding" => {
                h.chair = Some(person.name.clone());
                h.members.push(person);
            }
            "members" => h.members.push(person),
            _ => h.witnesses.push(person),
        }
    }
    h.title = crate::names::title_case(&title.join(" "));
    if !committee.is_empty() {
        h.committee = Some(crate::names::title_case(&committee.join(" ")));
    }
}
