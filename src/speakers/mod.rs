//! Printed labels to people, within one hearing.
//!
//! The roster is the hearing's own front matter: the presiding chair, the
//! members listed, the witnesses' headings. A label resolves when exactly one
//! person fits it; otherwise it stays unresolved (the label is always kept),
//! because a wrong attribution is worse than none. When several fit, they are
//! recorded as the turn's candidates.
//!
//! `members` then ties members of Congress to the legislators roster
//! (`roster`), and `identity` says when two names across hearings are one
//! person.

mod examination;
pub mod identity;
pub mod members;
pub mod mods;
mod naming;
mod ranking;
pub mod roster;
mod titles;

use crate::model::{Format, Hearing, Role, Transcript, Turn};
use crate::names::surname_key;
use crate::parse::ParseError;
use std::collections::HashMap;

#[derive(Clone)]
struct Entry {
    name: String,
    surname: String,
    state: Option<String>,
    role: Role,
}

const MEMBER_TITLES: &[&str] = &[
    "SENATOR", "SEN.", "REP.", "REPRESENTATIVE", "DELEGATE", "DEL.", "ASSEMBLYMAN", "ASSEMBLYWOMAN",
    "ASSEMBLYMEMBER",
];

/// Words of an office, not of a name: a label made of them and a surname
/// (`OCFS COMMISSIONER POOLE`, `COUNTY EXECUTIVE ASTORINO`) that no listed
/// person fits names nobody gavel can spell out.
const OFFICE_WORDS: &[&str] = &[
    "COMMISSIONER", "EXECUTIVE", "COUNTY", "DIRECTOR", "CHIEF", "DEPUTY", "MAYOR", "SUPERVISOR", "PRESIDENT",
    "SECRETARY", "CHAIR", "CHAIRMAN", "CHAIRWOMAN", "MEMBER", "LEGISLATOR", "COUNCIL", "OFFICER", "ACTING",
    "PUBLIC", "FORUM", "COMMITTEE", "SPEAKER", "SPEAKERS", "WITNESSES", "PANEL", "ASSEMBLYMAN",
    "ASSEMBLYWOMAN", "SENATOR", "CLERK", "MODERATOR", "REPORTER", "AUDIENCE",
    // Local and state offices, ranks and the clergy (`COUNCILMEMBER VOSS:`):
    // read as given names they made people of labels, and two cities' Voss
    // one person.
    "COUNCILMEMBER", "COUNCILWOMAN", "COUNCILMAN", "COUNCILOR", "ALDERMAN", "ALDERWOMAN", "TREASURER",
    "SUPERINTENDENT", "SHERIFF", "TRUSTEE", "JUSTICE", "ATTORNEY", "CONGRESSMAN", "CONGRESSWOMAN", "COLONEL",
    "CAPTAIN", "LIEUTENANT", "SERGEANT", "COMMANDER", "VICE-CHAIR", "REVEREND", "FATHER", "PASTOR", "RABBI",
    "LEADER", "DETECTIVE", "INSPECTOR", "JUDGE", "PROFESSOR", "GOVERNOR", "AMBASSADOR", "ADMIRAL", "GENERAL",
    // An agenda's headings printed as labels (`ROLL CALL:`, `OLD BUSINESS:`,
    // `VOTE RESULT:`) name no one.
    "ROLL", "CALL", "BUSINESS", "VOTE", "RESULT", "RESULTS", "COMMENT", "COMMENTS", "ITEM", "AGENDA",
    "MOTION", "MINUTES", "PLEDGE", "INVOCATION", "ATTENDANCE", "ANNOUNCEMENTS", "REPORT", "REPORTS",
];

/// Reads a transcript file's bytes: the parse (`crate::parse::parse`), then
/// its labels resolved to people from the hearing's own lists (`attribute`).
/// What every reader of transcripts for people's words calls; `parse` alone
/// is for what needs only the text and its labels.
pub fn read(bytes: &[u8], source: &str, forced: Option<Format>) -> Result<(Transcript, String), ParseError> {
    read_with(bytes, source, forced, None)
}

/// `read`, with the hearing's MODS record (when there is one) laid over its
/// front matter before labels are resolved (`mods::merge`), and its
/// members' bioguide ids carried to their turns after (`mods::attach`).
pub fn read_with(
    bytes: &[u8],
    source: &str,
    forced: Option<Format>,
    record: Option<&crate::parse::mods::Mods>,
) -> Result<(Transcript, String), ParseError> {
    let (mut t, text) = crate::parse::parse(bytes, source, forced)?;
    if let Some(record) = record {
        mods::merge(&mut t.hearing, record);
    }
    attribute(&mut t);
    if let Some(record) = record {
        mods::attach(record, &mut t.turns);
        if t.hearing.format == Format::Record {
            mods::printed_labels(record, &mut t.turns);
            mods::presiding(record, &mut t.turns, &t.blocks);
            members::carry_presiding(&mut t.turns, &t.blocks);
        }
    }
    Ok((t, text))
}

/// Resolves a parsed transcript's labels to the people its hearing lists.
pub fn attribute(t: &mut Transcript) {
    let full_names =
        matches!(t.hearing.format, Format::Colon | Format::Timestamped | Format::OwnLine | Format::Court);
    // The people the hearing lists, once for every step below (each built
    // its own copy before).
    let listed = roster(&t.hearing);
    resolve_listed(&t.hearing, &listed, &mut t.turns, full_names);
    naming::under_statement_headings(&t.hearing, &listed, &mut t.turns, &t.blocks);
    naming::after_recognitions(&listed, &mut t.turns);
    ranking::from_recognitions(&t.hearing, &listed, &mut t.turns);
    naming::authors(&t.hearing, &listed, &mut t.blocks);
    t.quality.extend(crate::parse::quality::unresolved(t));
}

/// `full_names`: the format prints people's full names in its labels
/// (`SEN. ROGER WICKER:`, `Dana Halvorsen (00:01:23):`), so a label that no
/// roster entry matches still names its speaker.
pub fn resolve(hearing: &Hearing, turns: &mut [Turn], full_names: bool) {
    resolve_listed(hearing, &roster(hearing), turns, full_names);
}

/// `resolve` with the people the hearing lists (`roster`) already gathered.
fn resolve_listed(hearing: &Hearing, listed: &[Entry], turns: &mut [Turn], full_names: bool) {
    let with_labels;
    let roster = if full_names {
        with_labels = [listed, &named_by_labels(hearing, listed, turns)].concat();
        &with_labels[..]
    } else {
        listed
    };
    let mut presiding: Option<(Option<String>, String)> = None;
    // A label means the same person all through a hearing, except `The
    // Chairman`, who is whoever presides: the others are resolved once.
    let mut known: HashMap<String, Resolved> = HashMap::new();
    for turn in turns.iter_mut() {
        // In an interview a `Q` is its examiner's and an `A` the witness's.
        let label = match examination::asked(hearing, turn) {
            examination::Asked::Label => turn.label.as_str(),
            examination::Asked::Examiner(examiner) => examiner,
            examination::Asked::NoExaminer => {
                (turn.speaker, turn.role, turn.candidates) = (None, Role::Unknown, Vec::new());
                continue;
            }
            examination::Asked::Witness => {
                (turn.speaker, turn.role, turn.candidates) = examination::witness(hearing);
                continue;
            }
        };
        let follows_chair = is_chair_office(&label.to_uppercase());
        let (speaker, role, candidates) = match known.get(label) {
            Some(r) if !follows_chair => r.clone(),
            _ => {
                let r = resolve_one(hearing, roster, label, presiding.as_ref(), full_names);
                known.insert(label.to_owned(), r.clone());
                r
            }
        };
        turn.speaker = speaker;
        turn.role = role;
        turn.candidates = candidates;
        if turn.note.as_deref() == Some("presiding") {
            turn.role = Role::Chair;
            presiding = Some((turn.speaker.clone(), turn.label.clone()));
        }
    }
    naming::full_committee_chair(hearing, turns);
    titles::senators_are_not_plain(hearing, turns);
    titles::bare_surnames_shared(turns);
}

/// People a file names only in its labels (`SEN. ROGER WICKER (R-MISS.):`,
/// `MARGARET OSEI, HARBOR ADMINISTRATOR:`), in formats that print full
/// names: listed beside the hearing's own people, so the surname the file
/// prints after (`WICKER:`) is theirs, and a surname two of them share
/// (`SEN. GLEN DORSEY`, `SEN. AMOS DORSEY`, then `DORSEY:`) is no one's.
fn named_by_labels(h: &Hearing, roster: &[Entry], turns: &[Turn]) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for turn in turns {
        if !seen.insert(turn.label.as_str()) {
            continue;
        }
        let (speaker, role, _) = resolve_one(h, roster, &turn.label, None, true);
        let Some(name) = speaker else { continue };
        if roster.iter().chain(&out).any(|e| e.name == name) {
            continue;
        }
        out.push(entry(&name, None, role));
    }
    out
}

fn roster(h: &Hearing) -> Vec<Entry> {
    let mut out = Vec::new();
    let chair = h.chair.as_deref();
    for m in &h.members {
        let role = h.member_role(m);
        out.push(entry(&m.name, m.state.clone(), role));
    }
    if let Some(c) = chair
        && !out.iter().any(|e| e.name == c)
    {
        out.push(entry(c, None, Role::Chair));
    }
    for w in &h.witnesses {
        out.push(entry(&w.name, None, Role::Witness));
    }
    for c in &h.counsel {
        out.push(entry(&c.name, None, Role::Counsel));
    }
    out
}

/// The role the hearing lists a person in, by their name as listed.
fn listed_role(h: &Hearing, name: &str) -> Option<Role> {
    roster(h).into_iter().find(|e| e.name == name).map(|e| e.role)
}

fn entry(name: &str, state: Option<String>, role: Role) -> Entry {
    Entry { name: name.to_owned(), surname: surname_key(name), state, role }
}

/// Who a label names, their role, and who else it could be when it fits several.
type Resolved = (Option<String>, Role, Vec<String>);

/// Labels that name the office, not the person: whoever presides.
fn is_chair_office(upper: &str) -> bool {
    matches!(
        upper,
        "THE CHAIRMAN"
            | "THE CHAIRWOMAN"
            | "THE CHAIR"
            | "THE CHAIRPERSON"
            | "MR. CHAIRMAN"
            | "MADAM CHAIRMAN"
            | "MADAM CHAIRWOMAN"
            | "MADAM CHAIR"
            | "MADAME CHAIRMAN"
            | "MADAME CHAIRWOMAN"
            | "MADAME CHAIR"
    )
}

fn resolve_one(
    h: &Hearing,
    roster: &[Entry],
    label: &str,
    presiding: Option<&(Option<String>, String)>,
    full_names: bool,
) -> Resolved {
    let intended = as_intended(label);
    // `MARGARET OSEI, HARBOR ADMINISTRATOR`: the name before the office.
    let label: &str = intended.split(", ").next().unwrap_or(&intended);
    let upper = label.to_uppercase();
    // `The PRESIDING OFFICER (Ms. Murkowski)`, `The SPEAKER pro tempore (Mr. Mica)`
    if upper.starts_with("THE PRESIDING")
        || upper.starts_with("ACTING PRESIDENT ")
        || upper.starts_with("THE SPEAKER PRO")
        || upper.starts_with("THE ACTING")
        || upper.starts_with("THE PRESIDENT PRO")
    {
        let inner = label.split_once('(').map(|(_, r)| r.trim_end_matches(')'));
        // A state floor session's `ACTING PRESIDENT BRESLIN`.
        let inner = inner.or_else(|| upper.strip_prefix("ACTING PRESIDENT ").map(|_| &label[17..]));
        let (speaker, candidates) = match inner.map(|n| fit(roster, n, None)) {
            Some(Fit::One(name, _)) => (Some(name), Vec::new()),
            Some(Fit::Many(names, _)) => (None, names),
            _ => (None, Vec::new()),
        };
        return (speaker, Role::PresidingOfficer, candidates);
    }
    if is_chair_office(&upper) {
        // GPO hearing text names a member sitting in for the chair (`Mr.
        // Kanjorski. [presiding]`), and keeps `The Chairman.` for the
        // committee's chairman, back in the chair or speaking from it: in
        // CHRG-110hhrg46596 `The Chairman.` hands the chair to `the gentleman
        // from Pennsylvania` (Kanjorski), who then speaks as `Mr. Kanjorski.`.
        // Elsewhere (the Record's Committee of the Whole, news transcripts)
        // the office is whoever presides.
        let speaker = match presiding {
            Some((name, _)) if h.format != Format::Gpo => name.clone(),
            _ => h.chair.clone(),
        };
        return (speaker, Role::Chair, Vec::new());
    }
    // `THE SECRETARY` of a floor session whose title page names its
    // Secretary: the one person listed with that office.
    if let Some(office) = upper.strip_prefix("THE ") {
        let holders: Vec<&crate::model::Person> = h
            .members
            .iter()
            .chain(&h.witnesses)
            .filter(|p| p.title.as_deref().is_some_and(|t| t.eq_ignore_ascii_case(office)))
            .collect();
        if let [one] = holders[..] {
            return (Some(one.name.clone()), Role::Unknown, Vec::new());
        }
    }
    // `GRAHAM?`, `OSTRANDER (?)`: the transcriber was unsure who spoke, so
    // the label names no one, however well its name fits.
    if upper.starts_with("THE ")
        || upper.contains('?')
        || upper.contains("VOICE")
        || upper.contains("UNKNOWN")
        || upper.contains("UNIDENTIFIED")
    {
        return (None, Role::Unknown, Vec::new());
    }
    let (name, state) = match label.split_once(" of ") {
        Some((n, s)) => (n, Some(s)),
        None => (label, None),
    };
    let role = if MEMBER_TITLES.iter().any(|t| upper.starts_with(t)) { Role::Member } else { Role::Unknown };
    match fit(roster, name, state) {
        // `SEN. KING` when the only King is a witness: a senator the lists
        // do not name. Unresolved, with the one who fits as the candidate.
        Fit::One(name, found) if titles::rules_out(h, &upper, &name, found) => (None, role, vec![name]),
        // A state hearing's `CHAIRWOMAN GUNTHER`, listed as presiding
        // without a chair's title: the label says she chairs. (Not in GPO
        // text, where `Chairman Greenspan` is the Fed's chairman testifying.)
        Fit::One(name, Role::Member)
            if h.format == crate::model::Format::Court
                && ["CHAIRMAN ", "CHAIRWOMAN ", "CHAIR ", "CHAIRPERSON "]
                    .iter()
                    .any(|t| upper.starts_with(t)) =>
        {
            (Some(name), Role::Chair, Vec::new())
        }
        // `Ranking Member Corker.`, `Vice Chairman Reed.`: the label says
        // the member's position when the lists did not.
        Fit::One(name, Role::Member) if upper.starts_with("RANKING MEMBER ") => {
            (Some(name), Role::RankingMember, Vec::new())
        }
        Fit::One(name, Role::Member)
            if ["VICE CHAIRMAN ", "VICE CHAIRWOMAN ", "VICE CHAIR "].iter().any(|t| upper.starts_with(t)) =>
        {
            (Some(name), Role::ViceChair, Vec::new())
        }
        Fit::One(name, role) => (Some(name), role, Vec::new()),
        // Several people in the hearing fit: none is chosen, not even by the
        // full name the label prints, which would only restate the label.
        Fit::Many(names, shared) => match naming::settle(h, roster, &upper, state.is_some(), &names) {
            Some((name, role)) => (Some(name), role, Vec::new()),
            // Their role, though, is known when they all share it.
            None => (None, shared.unwrap_or(role), names),
        },
        // A label printing a given name (`Senator Carl Levin`, a senator
        // testifying in a House hearing) names its speaker in any format.
        Fit::Nobody => {
            let printed =
                full_names || given_name(&crate::names::strip_title(name)).is_some_and(|g| is_word(&g));
            (printed.then(|| full_name(name)).flatten(), role, Vec::new())
        }
    }
}

/// The label the printer meant, for resolving: `Chairman. Watt` (a period
/// misprinted after the title) is `Chairman Watt`. The turn keeps the label
/// as printed.
fn as_intended(label: &str) -> std::borrow::Cow<'_, str> {
    for title in ["Chairwoman. ", "Chairman. ", "Chairperson. ", "Chair. "] {
        if let Some(name) = label.strip_prefix(title) {
            return format!("{} {name}", &title[..title.len() - 2]).into();
        }
    }
    label.into()
}

/// A label that is itself a full name: `KWAME ADJEI-BRENNAN` -> `Kwame Adjei-Brennan`.
fn full_name(label: &str) -> Option<String> {
    let base = label.split(" (").next().unwrap_or(label);
    let name = crate::names::strip_title(base);
    let words: Vec<&str> = name.split_whitespace().collect();
    let named = words.len() >= 2
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !words.iter().any(|w| OFFICE_WORDS.contains(&w.to_uppercase().as_str()))
        && !name.chars().any(|c| c.is_ascii_digit());
    named.then(|| if name.chars().any(char::is_lowercase) { name } else { crate::names::title_case(&name) })
}

/// The given name a label prints before the surname, skipping initials:
/// `ROGER` in `ROGER F. WICKER`, `ROBERT` in `COUNTY EXECUTIVE ROBERT
/// ASTORINO`, none in `OCFS COMMISSIONER POOLE` (the word before the
/// surname is an office) or `WICKER`.
fn given_name(stripped: &str) -> Option<String> {
    let words: Vec<&str> = stripped.split_whitespace().collect();
    let (_, before) = words.split_last()?;
    // `VAN` in `Ms. VAN DORN` is her surname's first word, not a given name.
    let particle = |w: &str| {
        let w = w.trim_end_matches('.').to_uppercase();
        [
            "VAN", "VON", "DE", "DEL", "DELLA", "DER", "DI", "DA", "DOS", "LA", "LE", "ST", "SAINT", "MAC",
            "TEN", "TER", "AL", "EL", "BEN", "BIN",
        ]
        .contains(&w.as_str())
    };
    let word = before.iter().rev().find(|w| w.trim_end_matches('.').chars().count() > 1 && !particle(w))?;
    let word = word.trim_end_matches(['.', ',']).to_uppercase();
    (!OFFICE_WORDS.contains(&word.as_str())).then_some(word)
}

/// Letters only, as a given name is printed (`JOHANNS--SENATOR`, a
/// misprint joining two labels, is not one).
fn is_word(w: &str) -> bool {
    w.chars().all(|c| c.is_alphabetic() || c == '\'') && w.chars().count() > 1
}

enum Fit {
    /// The person's fullest name as listed, and their role.
    One(String, Role),
    Nobody,
    /// The names of everyone who fits, in roster order, and the role they
    /// all share, if they do.
    Many(Vec<String>, Option<Role>),
}

/// The one roster entry whose surname (and state, when printed) fits. A
/// label that also gives a first name (in formats that print full names)
/// must agree with it too.
fn fit(roster: &[Entry], name: &str, state: Option<&str>) -> Fit {
    let base = name.split(" (").next().unwrap_or(name);
    let key = surname_key(base);
    let stripped = crate::names::strip_title(base);
    // Formats that print surnames alone print a given name only to tell
    // two people apart (`Senator Carl Levin` beside the witness `Mr. Sander
    // Levin`): it must agree there too.
    let given = given_name(&stripped);
    let by_surname: Vec<&Entry> = roster
        .iter()
        .filter(|e| e.surname == key)
        .filter(|e| match (state, &e.state) {
            // `of Oregon` as printed, `OR` as a MODS record gives it.
            (Some(s), Some(es)) => {
                es.eq_ignore_ascii_case(s)
                    || roster::state_code(es).is_some_and(|c| roster::state_code(s) == Some(c))
            }
            _ => true,
        })
        .collect();
    // Any given name of the listed person (`MARY ANN` for `Mary Ann Rowe`);
    // failing that, a standard short form (`MICHAEL` for `Mike`), which
    // must not make `JOHN REEDLEY` fit a Jack Reedley beside a John.
    let given_fits = |short_forms: bool| -> Vec<&Entry> {
        by_surname
            .iter()
            .copied()
            .filter(|e| match &given {
                Some(g) => e.name.split_whitespace().rev().skip(1).any(|f| {
                    let f = f.trim_end_matches(['.', ',']).to_uppercase();
                    f.starts_with(g.as_str())
                        || g.starts_with(&f)
                        || (short_forms && crate::nicknames::same_given(g, &f))
                }),
                None => true,
            })
            .collect()
    };
    let mut fits = given_fits(false);
    if fits.is_empty() {
        fits = given_fits(true);
    }
    let Some(first) = fits.first() else { return Fit::Nobody };
    // The same person listed twice (roster and witness list) is still one.
    let mut names = vec![first.name.clone()];
    for e in &fits {
        if !names.contains(&e.name) {
            names.push(e.name.clone());
        }
    }
    // One person listed under two forms of their name (`John M. Spratt` in
    // the roster, `John Spratt` as chair) is still one.
    // A member and a witness are two people however alike their names
    // (Sen. Jack Reed and the witness John Reed).
    let keys = identity::name_keys(names.iter().map(String::as_str));
    let one_side = fits.iter().all(|e| (e.role == Role::Witness) == (first.role == Role::Witness));
    if names.len() == 1 || (one_side && names.iter().all(|n| keys[n] == keys[&names[0]])) {
        let fullest = names.iter().max_by_key(|n| n.len()).unwrap_or(&first.name).clone();
        // Listed as chair under one form of the name: they chair; as
        // ranking member or vice chair (and not chair) likewise.
        let role = [Role::Chair, Role::RankingMember, Role::ViceChair]
            .into_iter()
            .find(|r| fits.iter().any(|e| e.role == *r))
            .unwrap_or(first.role);
        Fit::One(fullest, role)
    } else {
        let shared = fits.iter().all(|e| e.role == first.role).then_some(first.role);
        Fit::Many(names, shared)
    }
}

#[cfg(test)]
mod tests;
