//! Committee rosters as GPO prints them in front matter: one block per body
//! (the committee, then often its subcommittees), each under its heading,
//! the chair centred above two columns, majority on the left and minority on
//! the right. The first name of the minority column is the ranking member,
//! whether or not the roster says so; some rosters say so (`Ranking Member`,
//! `Ranking Minority Member`), and `Vice Chairman` when there is one.
//!
//! Positions are read only from the blocks of the bodies that held the
//! hearing: a subcommittee's and its committee's (whose chair and ranking
//! member sit ex officio), or each committee of a joint hearing. Other
//! subcommittees' chairs and ranking members are members here.

use super::flatten;
use crate::model::Person;
use crate::names::title_case;

/// One body's roster: the heading printed above it, its entries in print order.
pub(super) struct Block {
    pub heading: Option<String>,
    pub entries: Vec<Entry>,
}

/// A member as a roster block prints them.
pub(super) struct Entry {
    pub name: String,
    pub state: Option<String>,
    /// The position printed beside the name (or on the line below it, in its
    /// column), normalised: `Chairman`, `Ranking Member`, `Vice Chairman`,
    /// `Chairman Emeritus`, `ex officio`.
    pub position: Option<String>,
    line: usize,
    col: usize,
    /// The state printed is the first word of two (`North`): the rest is
    /// on a line below, in this column, or the state is not known.
    state_start: bool,
}

/// The hearing's members with the positions they hold in it, and the chair
/// of the body that held it (the subcommittee's, in a subcommittee hearing).
pub(super) struct Roster {
    pub members: Vec<Person>,
    pub chair: Option<String>,
}

/// The roster blocks of front matter `lines`, up to the contents.
pub(super) fn blocks(lines: &[&str]) -> Vec<Block> {
    let mut out = Vec::new();
    let mut heading: Option<String> = None;
    let mut entries: Vec<Entry> = Vec::new();
    let spaced_contents = memchr::memmem::Finder::new("C O N T E N T S");
    for (i, line) in lines.iter().enumerate() {
        if spaced_contents.find(line.as_bytes()).is_some() || line.trim() == "CONTENTS" {
            break;
        }
        let flat = flatten(line);
        if is_heading(&flat) {
            if !entries.is_empty() {
                out.push(Block { heading: heading.take(), entries: std::mem::take(&mut entries) });
            }
            heading = Some(flat.into_owned());
            continue;
        }
        let mut new: Vec<Entry> = Vec::new();
        // The last cell was an entry ending in a comma: `TIM JOHNSON, South
        // Dakota,  Chairman` printed its position two spaces on.
        let mut open = false;
        for (col, cell) in cells(line) {
            match entry(cell, i, col) {
                Some(e) => {
                    open = cell.ends_with(',');
                    new.push(e);
                }
                None => {
                    let last = new.last_mut().filter(|e| open && e.position.is_none());
                    match (last, position_of(cell)) {
                        (Some(e), Some(p)) => e.position = Some(p),
                        _ => continuation(&mut entries, i, col, cell),
                    }
                    open = false;
                }
            }
        }
        entries.extend(new);
    }
    if !entries.is_empty() {
        out.push(Block { heading, entries });
    }
    for e in out.iter_mut().flat_map(|b| b.entries.iter_mut()).filter(|e| e.state_start) {
        // The rest of the state is not printed: none rather than half of one.
        e.state = None;
    }
    out
}

/// `COMMITTEE ON BANKING, HOUSING, AND URBAN AFFAIRS`, `Subcommittee on
/// Capital Markets, ...`, `PERMANENT SUBCOMMITTEE ON INVESTIGATIONS`,
/// `HOUSE COMMITTEE ON FINANCIAL SERVICES`: the line above a body's roster.
fn is_heading(flat: &str) -> bool {
    let upper = flat.to_uppercase();
    let mut rest = upper.as_str();
    for lead in ["HOUSE ", "SENATE ", "U.S. ", "PERMANENT ", "SELECT ", "SPECIAL ", "STANDING ", "JOINT "] {
        rest = rest.strip_prefix(lead).unwrap_or(rest);
    }
    flat.len() < 100
        && !upper.contains("STAFF")
        && (rest.starts_with("COMMITTEE ON ")
            || rest.starts_with("SUBCOMMITTEE ON ")
            || rest == "SUBCOMMITTEES"
            || (upper.starts_with("JOINT ") && upper.ends_with(" COMMITTEE")))
}

/// A roster cell naming a member: `RICHARD C. SHELBY, Alabama, Chairman`,
/// `FRANK PALLONE, Jr., New Jersey`, `SAM GRAVES, Missouri Ranking Member`,
/// `PAUL E. KANJORSKI, Vice Chairman,` (the state on the line below).
fn entry(cell: &str, line: usize, col: usize) -> Option<Entry> {
    // Every entry has a `, ` between name and state: most lines have none.
    memchr::memmem::find(cell.as_bytes(), b", ")?;
    let mut parts = cell.split(", ").map(str::trim).peekable();
    let name = parts.next()?;
    // `Jr.`, `III`: part of the name, not the state.
    let suffix = parts.next_if(|p| SUFFIXES.contains(p));
    // Capitals, but for the `c` of `McHENRY` and `MacDONALD`.
    let caps = name.replace("Mc", "MC").replace("Mac", "MAC").replace("De", "DE");
    let name_ok = name.chars().any(|c| c.is_alphabetic())
        && !caps.chars().any(char::is_lowercase)
        && name.split_whitespace().count() >= 2;
    if !name_ok {
        return None;
    }
    let mut state: Option<String> = None;
    let mut position: Option<String> = None;
    let mut state_start = false;
    for part in parts {
        let part = part.trim_end_matches(',').trim();
        if part.is_empty() {
            continue;
        }
        if let Some(p) = position_of(part) {
            position = position.or(Some(p));
            continue;
        }
        if state.is_some() || position.is_some() {
            // Words after the state that are no position gavel knows: kept
            // as printed, as a position that gives no role.
            position = position.or_else(|| Some(part.to_owned()));
            continue;
        }
        // `Missouri Ranking Member`, `Michigan (ex`: a position after the
        // state with no comma between.
        let words: Vec<&str> = part.split_whitespace().collect();
        let cut = words.iter().position(|w| POSITION_STARTS.contains(w)).unwrap_or(words.len());
        let st = words[..cut].join(" ");
        if cut < words.len() {
            position = position_of(&words[cut..].join(" "));
        }
        if !state_ok(&st) {
            return None;
        }
        state_start = STATE_STARTS.contains(&st.as_str());
        state = Some(st);
    }
    if state.is_none() && position.is_none() {
        return None;
    }
    let name = match suffix {
        Some(s) => format!("{}, {s}", name_case(name)),
        None => name_case(name),
    };
    Some(Entry { name, state, position, line, col, state_start })
}

/// A name printed in capitals, in mixed case: `DIANA DeGETTE` -> `Diana
/// DeGette`, `PATRICK T. McHENRY` -> `Patrick T. McHenry`.
fn name_case(name: &str) -> String {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| match w.char_indices().skip(1).find(|(_, c)| c.is_uppercase()) {
            Some((i, _)) if w[..i].chars().any(char::is_lowercase) => {
                format!("{}{}", &w[..i], title_case(&w[i..]))
            }
            _ => title_case(w),
        })
        .collect();
    words.join(" ")
}

fn state_ok(state: &str) -> bool {
    state.chars().next().is_some_and(char::is_uppercase)
        && state.chars().any(char::is_lowercase)
        && !state.chars().any(|c| c.is_ascii_digit())
        && (1..=3).contains(&state.split_whitespace().count())
}

/// Words that start a position printed after a state with no comma.
const POSITION_STARTS: &[&str] = &["Ranking", "Vice", "Chairman", "Chairwoman", "(ex", "Ex", "ex"];

/// A position as a roster prints it, normalised; `None` for other words.
fn position_of(text: &str) -> Option<String> {
    let t = text.trim().trim_end_matches(',');
    let words: Vec<&str> = t.split_whitespace().collect();
    match words.as_slice() {
        ["Chairman" | "Chairwoman" | "Chair" | "Chairperson"] => Some(t.to_owned()),
        ["Chairman" | "Chairwoman", "Emeritus"] => Some(t.to_owned()),
        ["Vice", "Chairman" | "Chairwoman" | "Chair" | "Chairperson"] => Some(t.to_owned()),
        ["Ranking", rest @ ..]
            if rest.iter().all(|w| matches!(*w, "Minority" | "Republican" | "Democratic" | "Member")) =>
        {
            Some("Ranking Member".to_owned())
        }
        // `, ex` / `officio` and `(ex` / `officio)` broken over two lines.
        ["(ex" | "(Ex" | "ex" | "Ex"]
        | ["(ex" | "(Ex" | "ex" | "Ex", "officio" | "Officio" | "officio)" | "Officio)"] => {
            Some("ex officio".to_owned())
        }
        _ => None,
    }
}

/// A cell that is no entry: the rest of the entry above it in its column
/// (`Carolina` after `North`, `Vice Chairman`, `Ranking Member`, `Minority
/// Member` after `Ranking`, `officio)` after `(ex`, a state after a
/// position), or nothing to do with the roster (staff, page numbers).
fn continuation(entries: &mut [Entry], line: usize, col: usize, cell: &str) {
    let t = cell.trim().trim_end_matches(',');
    // The nearest entry of the last two lines starting at or left of the
    // cell (a position may sit a few columns in from its name).
    let Some(e) = entries
        .iter_mut()
        .rev()
        .take_while(|e| e.line + 2 >= line)
        .find(|e| e.line < line && e.col <= col + 2)
    else {
        return;
    };
    if e.state_start && is_state_end(t) {
        e.state = e.state.take().map(|s| format!("{s} {t}"));
        e.state_start = false;
    } else if let Some(p) = position_of(t) {
        e.position = e.position.take().or(Some(p));
    } else if matches!(t, "Minority Member" | "Republican Member" | "officio)" | "officio" | "Member") {
        // The end of a position already read (`Ranking` / `Minority Member`).
    } else if e.state.is_none() && e.position.is_some() && state_ok(t) && t.split_whitespace().count() <= 2 {
        e.state = Some(t.to_owned());
        e.state_start = STATE_STARTS.contains(&t);
    }
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

/// The column where a block's minority starts, when the block plainly
/// prints two: at least two lines of exactly two entries, the second ones
/// starting in one column, and no line of three. Otherwise `None`: the
/// columns cannot be told apart and no one is read as the ranking member.
fn minority_column(entries: &[Entry]) -> Option<usize> {
    let mut seconds = Vec::new();
    let mut i = 0;
    while i < entries.len() {
        let row = entries[i..].iter().take_while(|e| e.line == entries[i].line).count();
        match row {
            1 => {}
            2 => seconds.push(entries[i + 1].col),
            _ => return None,
        }
        i += row;
    }
    let (min, max) = (*seconds.iter().min()?, *seconds.iter().max()?);
    (seconds.len() >= 2 && max - min <= 3).then_some(min)
}

/// The positions a block gives, its unlabelled ranking member included: the
/// first entry of the minority column, on the columns' first line, when no
/// one in the block is labelled ranking member.
fn positions(block: &Block) -> Vec<Option<String>> {
    let mut out: Vec<Option<String>> = block.entries.iter().map(|e| e.position.clone()).collect();
    let labelled = out.iter().flatten().any(|p| p == "Ranking Member");
    if labelled {
        return out;
    }
    let Some(right) = minority_column(&block.entries) else { return out };
    // The columns start on the first line with an entry that holds no chair.
    let chair = |e: &Entry| e.position.as_deref().is_some_and(is_chair);
    let Some(first_line) = block.entries.iter().find(|e| !chair(e)).map(|e| e.line) else { return out };
    let first_right = block.entries.iter().position(|e| e.line == first_line && e.col + 3 >= right);
    if let Some(k) = first_right
        && block.entries[k].position.is_none()
    {
        out[k] = Some("Ranking Member".to_owned());
    }
    out
}

fn is_chair(position: &str) -> bool {
    matches!(position, "Chairman" | "Chairwoman" | "Chair" | "Chairperson")
}

/// How much a position says in the hearing, for a person listed in two
/// blocks (`Chairman, Committee on ...` as much as `Chairman`).
fn weight(position: Option<&str>) -> u8 {
    match position.map(|p| p.split(", ").next().unwrap_or(p)) {
        Some(p) if is_chair(p) => 4,
        Some("Ranking Member") => 3,
        Some(p) if p.starts_with("Vice ") => 2,
        Some(_) => 1,
        None => 0,
    }
}

/// Lower-case words of letters and digits: `COMMITTEE ON BANKING,HOUSING`
/// -> `committee on banking housing`.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| match w.to_lowercase() {
            // Misprinted so on one title page.
            w if w == "subcommitte" => "subcommittee".to_owned(),
            w => w,
        })
        .collect()
}

/// Whether a block's heading names one of `bodies` (the committee and
/// subcommittee the title page says held the hearing), word for word; a
/// heading wrapped short of its last words still names it.
fn names_body(heading: &str, bodies: &[String]) -> bool {
    let mut h = words(heading);
    while h.first().is_some_and(|w| matches!(w.as_str(), "house" | "senate" | "u" | "s")) {
        h.remove(0);
    }
    !h.is_empty() && bodies.windows(h.len()).any(|w| w == h.as_slice())
}

/// The hearing's members from its roster blocks: positions from the blocks
/// of the bodies that held it (the committee and subcommittee the title page
/// names; the first block when no heading names them), plain members from
/// the others; one person listed in several blocks once, with the weightiest
/// position. In a subcommittee's hearing, its committee's positions name the
/// committee (`Ranking Member, Committee on Financial Services`): its
/// leaders sit ex officio.
pub(super) fn roster(blocks: &[Block], committee: Option<&str>, subcommittee: Option<&str>) -> Roster {
    let bodies = words(&[committee, subcommittee].into_iter().flatten().collect::<Vec<_>>().join(" / "));
    let sub = subcommittee.map(words).filter(|w| !w.is_empty());
    let mut held: Vec<bool> =
        blocks.iter().map(|b| b.heading.as_deref().is_some_and(|h| names_body(h, &bodies))).collect();
    if !held.contains(&true)
        && let Some(first) = held.first_mut()
    {
        *first = true;
    }
    // A held block of a subcommittee's hearing that is not the
    // subcommittee's: its committee's.
    let parent = |b: &Block| -> Option<String> {
        let sub = sub.as_ref()?;
        let own = b.heading.as_deref().is_some_and(|h| names_body(h, sub));
        (!own).then(|| committee.map_or_else(|| "full committee".to_owned(), str::to_owned))
    };
    let mut members: Vec<Person> = Vec::new();
    let mut chair = None;
    let mut own_chair = false;
    for (block, held) in blocks.iter().zip(held) {
        let positions = if held { positions(block) } else { vec![None; block.entries.len()] };
        let parent = if held { parent(block) } else { None };
        for (e, position) in block.entries.iter().zip(positions) {
            // The chair of the body that held the hearing, else its committee's.
            if held && position.as_deref().is_some_and(is_chair) && (parent.is_none() || chair.is_none()) {
                if !own_chair {
                    chair = Some(e.name.clone());
                }
                own_chair |= parent.is_none();
            }
            let position = match (&parent, position) {
                (Some(c), Some(p)) if p != "ex officio" => Some(format!("{p}, {c}")),
                (_, p) => p,
            };
            match members.iter_mut().find(|p| p.name == e.name) {
                Some(p) => {
                    if weight(position.as_deref()) > weight(p.title.as_deref()) {
                        p.title = position;
                    }
                    p.state = p.state.take().or_else(|| e.state.clone());
                }
                None => members.push(Person {
                    name: e.name.clone(),
                    title: position,
                    state: e.state.clone(),
                    ..Person::default()
                }),
            }
        }
    }
    Roster { members, chair }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, bodies: &str) -> Vec<(String, Option<String>)> {
        let lines: Vec<&str> = text.lines().collect();
        roster(&blocks(&lines), (!bodies.is_empty()).then_some(bodies), None)
            .members
            .into_iter()
            .map(|p| (p.name, p.title))
            .collect()
    }

    fn titled(r: &[(String, Option<String>)]) -> Vec<(&str, &str)> {
        r.iter().filter_map(|(n, t)| Some((n.as_str(), t.as_deref()?))).collect()
    }

    #[test]
    fn roster_columns() {
        let lines = [
            "                  RICHARD C. SHELBY, Alabama, Chairman",
            "ROBERT F. BENNETT, Utah              PAUL S. SARBANES, Maryland",
            "JOHN E. SUNUNU, New Hampshire        DEBBIE STABENOW, Michigan",
            "TIM MAHONEY, Florida                 PATRICK T. McHENRY, North Carolina",
        ];
        let r = roster(&blocks(&lines), None, None);
        let names: Vec<_> = r.members.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Richard C. Shelby", "Robert F. Bennett", "Paul S. Sarbanes", "John E. Sununu",
                "Debbie Stabenow", "Tim Mahoney", "Patrick T. McHenry"
            ]
        );
        assert_eq!(r.members[0].title.as_deref(), Some("Chairman"));
        assert_eq!(r.members[2].title.as_deref(), Some("Ranking Member"));
        assert_eq!(r.chair.as_deref(), Some("Richard C. Shelby"));
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
        let r = roster(&blocks(&lines), None, None);
        let got: Vec<(String, Option<String>)> = r.members.into_iter().map(|p| (p.name, p.state)).collect();
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
    fn positions_on_the_line_below_in_their_column() {
        let text = "\
                    COMMITTEE ON INVENTED AFFAIRS
                 HENRIETTA A. WAXLEY, California, Chairman
JOHN D. DINGLE, Michigan             JOE BARTELL, Texas
  Chairman Emeritus                    Ranking Member
EDWARD J. MARKLEY, Massachusetts     RALPH M. HALLE, Texas
DIANA DeGATTE, Colorado              GEORGE RADANOFF, California
  Vice Chairman                      JOSEPH R. PITTMAN, Pennsylvania
PAUL E. KANJORSKY, Vice Chairman,    SPENCER BACKUS, Alabama, Ranking
Pennsylvania                         Minority Member
";
        let r = read(text, "Committee on Invented Affairs");
        assert_eq!(
            titled(&r),
            [
                ("Henrietta A. Waxley", "Chairman"),
                ("John D. Dingle", "Chairman Emeritus"),
                ("Joe Bartell", "Ranking Member"),
                ("Diana DeGatte", "Vice Chairman"),
                ("Paul E. Kanjorsky", "Vice Chairman"),
                ("Spencer Backus", "Ranking Member"),
            ]
        );
    }

    #[test]
    fn a_single_centred_column_names_only_whom_it_labels() {
        let text = "\
                   HOUSE COMMITTEE ON INVENTED BUSINESS
                NIDIA M. VELASCO, New York, Chairwoman
                          DENNIS MOORLEY, Kansas
                       HEATH SHULLER, North Carolina
                   SAMUEL GRAVEL, Missouri, Ranking Member
                       ROSCOE G. BARTLEY, Maryland
                          W. TODD AKINS, Missouri
";
        let r = read(text, "Committee on Invented Business");
        assert_eq!(titled(&r), [("Nidia M. Velasco", "Chairwoman"), ("Samuel Gravel", "Ranking Member")]);
    }

    #[test]
    fn three_entries_on_a_line_tell_no_columns() {
        let text = "\
                 ALMA ROOK, Ohio, Chairman
BEN ASH, Utah          CAL BIRCH, Iowa        DEE CEDAR, Maine
EVE DOVE, Texas        FAY ELM, Idaho         GUS FIR, Kansas
";
        assert_eq!(titled(&read(text, "")), [("Alma Rook", "Chairman")]);
    }
}
