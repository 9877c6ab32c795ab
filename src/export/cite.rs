//! Attribution lines and citations: Bluebook rule 13.3 and Chicago.

use crate::model::{Chamber, Hearing, Person};

/// Bluebook T10 abbreviations of the states.
const STATES: &[(&str, &str)] = &[
    ("Alabama", "Ala."),
    ("Alaska", "Alaska"),
    ("Arizona", "Ariz."),
    ("Arkansas", "Ark."),
    ("California", "Cal."),
    ("Colorado", "Colo."),
    ("Connecticut", "Conn."),
    ("Delaware", "Del."),
    ("Florida", "Fla."),
    ("Georgia", "Ga."),
    ("Hawaii", "Haw."),
    ("Idaho", "Idaho"),
    ("Illinois", "Ill."),
    ("Indiana", "Ind."),
    ("Iowa", "Iowa"),
    ("Kansas", "Kan."),
    ("Kentucky", "Ky."),
    ("Louisiana", "La."),
    ("Maine", "Me."),
    ("Maryland", "Md."),
    ("Massachusetts", "Mass."),
    ("Michigan", "Mich."),
    ("Minnesota", "Minn."),
    ("Mississippi", "Miss."),
    ("Missouri", "Mo."),
    ("Montana", "Mont."),
    ("Nebraska", "Neb."),
    ("Nevada", "Nev."),
    ("New Hampshire", "N.H."),
    ("New Jersey", "N.J."),
    ("New Mexico", "N.M."),
    ("New York", "N.Y."),
    ("North Carolina", "N.C."),
    ("North Dakota", "N.D."),
    ("Ohio", "Ohio"),
    ("Oklahoma", "Okla."),
    ("Oregon", "Or."),
    ("Pennsylvania", "Pa."),
    ("Rhode Island", "R.I."),
    ("South Carolina", "S.C."),
    ("South Dakota", "S.D."),
    ("Tennessee", "Tenn."),
    ("Texas", "Tex."),
    ("Utah", "Utah"),
    ("Vermont", "Vt."),
    ("Virginia", "Va."),
    ("Washington", "Wash."),
    ("West Virginia", "W. Va."),
    ("Wisconsin", "Wis."),
    ("Wyoming", "Wyo."),
];

/// Bluebook T6 abbreviations for the words of committee names.
const WORDS: &[(&str, &str)] = &[
    ("Affairs", "Affs."),
    ("Agriculture", "Agric."),
    ("Appropriations", "Approps."),
    ("Commerce", "Com."),
    ("Committee", "Comm."),
    ("Education", "Educ."),
    ("Environment", "Env't"),
    ("Financial", "Fin."),
    ("Finance", "Fin."),
    ("Foreign", "Foreign"),
    ("Government", "Gov't"),
    ("Governmental", "Governmental"),
    ("Housing", "Hous."),
    ("Intelligence", "Intel."),
    ("International", "Int'l"),
    ("Labor", "Lab."),
    ("Natural", "Nat."),
    ("Relations", "Rels."),
    ("Resources", "Res."),
    ("Science", "Sci."),
    ("Security", "Sec."),
    ("Services", "Servs."),
    ("Subcommittee", "Subcomm."),
    ("Technology", "Tech."),
    ("Transportation", "Transp."),
    ("Urban", "Urb."),
    ("Veterans'", "Veterans'"),
    ("and", "&"),
    ("Administration", "Admin."),
    ("Accountability", "Accountability"),
    ("Infrastructure", "Infrastructure"),
    ("Judiciary", "Judiciary"),
    ("Management", "Mgmt."),
    ("Public", "Pub."),
    ("Small", "Small"),
    ("Business", "Bus."),
    ("Maritime", "Mar."),
    ("Homeland", "Homeland"),
    ("Energy", "Energy"),
];

/// A member as a reporter names them, `Sen. Roger Wicker (R-Miss.)`; a
/// witness with their title, `Gen. Gregory M. Guillot, Commander, U.S.
/// Northern Command`; anyone else by the label as printed. `indexed` is the
/// party and state the index holds for the turn (the legislators roster's,
/// `R` and `MO`, over the hearing's print): they make a member of a speaker
/// the front matter does not list, and win over what it prints.
pub fn attribution(h: &Hearing, speaker: Option<&str>, label: &str, indexed: Affiliation) -> String {
    let Some(name) = speaker else { return label.to_owned() };
    let listed = h.members.iter().find(|p| p.name == name);
    if listed.is_some() || indexed.party.is_some() {
        let honorific = match h.chamber {
            Some(Chamber::Senate) => "Sen. ".to_owned(),
            Some(Chamber::House) => "Rep. ".to_owned(),
            _ => listed.and_then(|m| m.honorific.as_deref()).map(|h| format!("{h} ")).unwrap_or_default(),
        };
        let party = indexed.party.or(listed.and_then(|m| m.party.as_deref()));
        let state = indexed.state.or(listed.and_then(|m| m.state.as_deref()));
        let party = match (party, state) {
            (Some(p), Some(s)) => format!(" ({p}-{})", state_abbreviation(s)),
            _ => String::new(),
        };
        return format!("{honorific}{name}{party}");
    }
    if let Some(w) = h.witnesses.iter().find(|p| p.name == name) {
        return person_with_title(w);
    }
    name.to_owned()
}

/// A speaker's party and state as the index holds them.
#[derive(Debug, Clone, Copy, Default)]
pub struct Affiliation<'a> {
    pub party: Option<&'a str>,
    pub state: Option<&'a str>,
}

/// GPO's typewriter typography made typographic for reading: ``TeX''
/// quotes -> “ ”, a lone ` -> ‘, `--` -> —. Markdown and text output use it
/// (a backtick would open a CommonMark code span); JSON keeps the source's
/// characters, which is what quotes are checked against.
pub fn typography(s: &str) -> String {
    s.replace("``", "\u{201c}").replace("''", "\u{201d}").replace('`', "\u{2018}").replace("--", "\u{2014}")
}

fn person_with_title(p: &Person) -> String {
    let honorific = p.honorific.as_deref().map(|h| format!("{h} ")).unwrap_or_default();
    match &p.title {
        Some(t) => format!("{honorific}{}, {t}", p.name),
        None => format!("{honorific}{}", p.name),
    }
}

/// `Mississippi` -> `Miss.`; an abbreviation already printed stays.
pub fn state_abbreviation(state: &str) -> String {
    STATES
        .iter()
        .find(|(full, _)| full.eq_ignore_ascii_case(state.trim()))
        .map_or_else(|| state.trim().to_owned(), |(_, abbr)| (*abbr).to_owned())
}

/// The subject of a committee name: `Committee on Armed Services`,
/// `Senate Armed Services Committee` -> `Armed Services`.
fn committee_subject(committee: &str) -> String {
    let c = committee.trim();
    let c = c.strip_prefix("Senate ").or_else(|| c.strip_prefix("House ")).unwrap_or(c);
    let c = c.strip_prefix("U.S. Senate ").unwrap_or(c);
    if let Some(rest) = c.split_once("Committee on ").map(|(_, r)| r) {
        return rest.split(", Subcommittee").next().unwrap_or(rest).trim().to_owned();
    }
    c.trim_end_matches(" Committee").trim().to_owned()
}

/// `H. Comm. on Fin. Servs.`, `S. Comm. on Armed Servs.`
pub fn bluebook_committee(h: &Hearing) -> Option<String> {
    let committee = h.committee.as_deref()?;
    let prefix = match h.chamber {
        Some(Chamber::Senate) => "S. ",
        Some(Chamber::House) => "H. ",
        Some(Chamber::Joint) => "J. ",
        None => "",
    };
    let full = format!("{prefix}Comm. on {}", abbreviate(&committee_subject(committee)));
    // `Subcomm. on Priv., Tech. & the L. of the S. Comm. on the Judiciary`
    let sub = h.subcommittee.as_deref().and_then(|s| s.split_once("Subcommittee on ")).map(|(_, s)| s);
    Some(match sub {
        Some(subject) => format!("Subcomm. on {} of the {full}", abbreviate(subject)),
        None => full,
    })
}

/// A committee's subject in Bluebook T6 abbreviations.
fn abbreviate(subject: &str) -> String {
    let words: Vec<String> = subject
        .split_whitespace()
        .map(|w| {
            let (core, comma) = match w.strip_suffix(',') {
                Some(c) => (c, ","),
                None => (w, ""),
            };
            let abbr = WORDS.iter().find(|(full, _)| *full == core).map_or(core, |(_, a)| a);
            format!("{abbr}{comma}")
        })
        .collect();
    words.join(" ")
}

/// Bluebook ordinals: 111th, 101st, 102d, 103d.
pub fn bluebook_ordinal(n: u16) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2 | 3, _) => "d",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn chicago_ordinal(n: u16) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

pub struct CiteParts<'a> {
    pub hearing: &'a Hearing,
    /// `statement of ...`: the speaker as attributed.
    pub statement_of: Option<String>,
    pub page: Option<&'a str>,
    /// Markdown italics for the title.
    pub markdown: bool,
}

fn year(h: &Hearing) -> Option<&str> {
    h.date().map(|d| &d[..4.min(d.len())])
}

/// `Monetary Policy and the State of the Economy, Part II: Hearing Before the
/// H. Comm. on Fin. Servs., 111th Cong. 12 (2010) (statement of Richard C. Koo,
/// Chief Economist, Nomura Research Institute).` Unknown parts are left out.
pub fn bluebook(p: &CiteParts) -> String {
    let h = p.hearing;
    let title = if p.markdown { format!("*{}*", h.title) } else { h.title.clone() };
    let mut s = title;
    match bluebook_committee(h) {
        Some(c) => s.push_str(&format!(": Hearing Before the {c}")),
        None => s.push_str(": Hearing"),
    }
    if let Some(n) = h.congress {
        s.push_str(&format!(", {} Cong.", bluebook_ordinal(n)));
    }
    if let Some(page) = p.page {
        // A caption's time is cited as one: `at 00:41:02`.
        if crate::model::is_clock(page) {
            s.push_str(&format!(", at {page}"));
        } else {
            s.push_str(&format!(" {page}"));
        }
    }
    if let Some(y) = year(h) {
        s.push_str(&format!(" ({y})"));
    }
    if let Some(who) = &p.statement_of {
        s.push_str(&format!(" (statement of {who})"));
    }
    end_sentence(s)
}

/// Closes a citation with one period, even after an abbreviation.
fn end_sentence(mut s: String) -> String {
    if !s.ends_with('.') {
        s.push('.');
    }
    s
}

/// Chicago note form: `Committee on Financial Services, *Title*, 111th Cong.,
/// 2nd sess., July 21, 2009, 12 (statement of ...).`
pub fn chicago(p: &CiteParts) -> String {
    let h = p.hearing;
    let mut parts: Vec<String> = Vec::new();
    let chamber = match h.chamber {
        Some(Chamber::Senate) => Some("U.S. Senate"),
        Some(Chamber::House) => Some("U.S. House of Representatives"),
        _ => None,
    };
    if let Some(c) = &h.committee {
        parts.push(match chamber {
            Some(ch) if !c.contains("Senate") && !c.contains("House") => format!("{ch}, {c}"),
            _ => c.clone(),
        });
    }
    parts.push(if p.markdown { format!("*{}*", h.title) } else { h.title.clone() });
    if let Some(n) = h.congress {
        let mut congress = format!("{} Cong.", chicago_ordinal(n));
        if let Some(s) = h.session {
            congress.push_str(&format!(", {} sess.", chicago_ordinal(s as u16)));
        }
        parts.push(congress);
    }
    if let Some(d) = h.date() {
        parts.push(long_date(d));
    }
    if let Some(page) = p.page {
        parts.push(if crate::model::is_clock(page) { format!("at {page}") } else { page.to_owned() });
    }
    let mut s = parts.join(", ");
    if let Some(who) = &p.statement_of {
        s.push_str(&format!(" (statement of {who})"));
    }
    end_sentence(s)
}

/// `2009-07-21` -> `July 21, 2009`; partial dates stay as they are.
fn long_date(d: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ];
    let parts: Vec<&str> = d.split('-').collect();
    match parts.as_slice() {
        [y, m, day] => {
            let m: usize = m.parse().unwrap_or(0);
            let day: u32 = day.parse().unwrap_or(0);
            match MONTHS.get(m.wrapping_sub(1)) {
                Some(name) => format!("{name} {day}, {y}"),
                None => d.to_owned(),
            }
        }
        [y, m] => match m.parse::<usize>().ok().and_then(|m| MONTHS.get(m.wrapping_sub(1))) {
            Some(name) => format!("{name} {y}"),
            None => d.to_owned(),
        },
        _ => d.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn koo_hearing() -> Hearing {
        Hearing {
            title: "Monetary Policy and the State of the Economy, Part II".into(),
            chamber: Some(Chamber::House),
            committee: Some("Committee on Financial Services".into()),
            congress: Some(111),
            session: Some(2),
            dates: vec!["2010-07-21".into()],
            witnesses: vec![Person {
                name: "Richard C. Koo".into(),
                title: Some("Chief Economist, Nomura Research Institute".into()),
                ..Default::default()
            }],
            ..Default::default()
        }
    }

    #[test]
    fn the_bluebook_example_of_the_issue() {
        let h = koo_hearing();
        let who = attribution(&h, Some("Richard C. Koo"), "Mr. Koo", Affiliation::default());
        let c =
            bluebook(&CiteParts { hearing: &h, statement_of: Some(who), page: Some("12"), markdown: false });
        assert_eq!(
            c,
            "Monetary Policy and the State of the Economy, Part II: Hearing Before the H. Comm. on Fin. Servs., \
             111th Cong. 12 (2010) (statement of Richard C. Koo, Chief Economist, Nomura Research Institute)."
        );
    }

    #[test]
    fn unknown_parts_are_left_out_cleanly() {
        let mut h = koo_hearing();
        h.dates.clear();
        h.congress = None;
        let c = bluebook(&CiteParts { hearing: &h, statement_of: None, page: None, markdown: false });
        assert_eq!(
            c,
            "Monetary Policy and the State of the Economy, Part II: Hearing Before the H. Comm. on Fin. Servs."
        );
        let c = chicago(&CiteParts { hearing: &h, statement_of: None, page: None, markdown: true });
        assert_eq!(
            c,
            "U.S. House of Representatives, Committee on Financial Services, \
             *Monetary Policy and the State of the Economy, Part II*."
        );
    }

    #[test]
    fn ordinals_and_states() {
        assert_eq!(bluebook_ordinal(102), "102d");
        assert_eq!(bluebook_ordinal(111), "111th");
        assert_eq!(bluebook_ordinal(101), "101st");
        assert_eq!(chicago_ordinal(2), "2nd");
        assert_eq!(state_abbreviation("Texas"), "Tex.");
        assert_eq!(state_abbreviation("Miss."), "Miss.");
        let mut h = koo_hearing();
        h.committee = Some("Senate Armed Services Committee".into());
        h.chamber = Some(Chamber::Senate);
        assert_eq!(bluebook_committee(&h).as_deref(), Some("S. Comm. on Armed Servs."));
    }

    #[test]
    fn a_subcommittee_is_cited_of_its_committee() {
        let mut h = koo_hearing();
        h.chamber = Some(Chamber::Senate);
        h.committee = Some("Committee on the Judiciary".into());
        h.subcommittee = Some("Subcommittee on Privacy, Technology, and the Law".into());
        assert_eq!(
            bluebook_committee(&h).as_deref(),
            Some("Subcomm. on Privacy, Tech., & the Law of the S. Comm. on the Judiciary")
        );
    }

    #[test]
    fn the_rosters_party_and_state_name_a_member() {
        let mut h = koo_hearing();
        h.chamber = Some(Chamber::Senate);
        h.members.push(Person {
            name: "Dana Halvorsen".into(),
            state: Some("Texas".into()),
            ..Default::default()
        });
        let roster = Affiliation { party: Some("R"), state: Some("MO") };
        // Not in the front matter's lists, but the legislators roster knows them.
        assert_eq!(attribution(&h, Some("Orrin Vale"), "Senator Vale", roster), "Sen. Orrin Vale (R-MO)");
        // Listed without a party: the roster's wins, the print fills in nothing else.
        let tx = Affiliation { party: Some("D"), state: None };
        assert_eq!(
            attribution(&h, Some("Dana Halvorsen"), "Senator Halvorsen", tx),
            "Sen. Dana Halvorsen (D-Tex.)"
        );
        assert_eq!(
            attribution(&h, Some("Dana Halvorsen"), "Senator Halvorsen", Affiliation::default()),
            "Sen. Dana Halvorsen"
        );
        assert_eq!(attribution(&h, None, "Voice", roster), "Voice");
    }

    #[test]
    fn typewriter_typography_made_typographic() {
        assert_eq!(
            typography("a ``so-called'' rule--or `rule'----no"),
            "a \u{201c}so-called\u{201d} rule\u{2014}or \u{2018}rule'\u{2014}\u{2014}no"
        );
    }
}
