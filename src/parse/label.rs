//! Speaker-label grammars (nom). Each recognises a label at the start of its
//! input and says how many bytes it spans; callers decide where to look.

use super::not_names;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while_m_n, take_while1};
use nom::character::complete::{char, digit1, satisfy, space0, space1};
use nom::combinator::{opt, recognize, verify};
use nom::multi::many_m_n;
use nom::sequence::{delimited, pair, preceded};
use nom::{IResult, Parser};
use std::collections::HashSet;
use std::sync::OnceLock;

/// A label found at the start of some text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelMatch {
    /// The label as printed, without its closing `.`/`:` and notes.
    pub label: String,
    /// `presiding`, `continuing`, or a clock time, when printed.
    pub note: Option<String>,
    /// Bytes from the start of the input to the end of the label and its
    /// delimiter (not the space after it).
    pub len: usize,
}

/// Titles that open a GPO or Record label (`Senator Levin.`, `Mr. LEAHY.`).
const TITLES: &[&str] = &[
    // `Mr Nardelli.`: the period of a title is sometimes missing in print.
    "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Senator", "Representative", "Rep.", "Sen.",
    "Chairman", "Chairwoman", "Chair", "Chairperson", "Vice Chairman", "Vice Chairwoman", "Vice Chair",
    "Ranking Member", "Secretary", "Deputy Secretary", "Under Secretary", "Assistant Secretary",
    "Acting Secretary", "General", "Gen.", "Lieutenant General", "Major General", "Brigadier General",
    "Admiral", "Adm.", "Vice Admiral", "Rear Admiral", "Governor", "Gov.", "Judge", "Justice", "Ambassador",
    "Commissioner", "Director", "Colonel", "Col.", "Lieutenant", "Lt.", "Major", "Maj.", "Captain", "Capt.",
    "Sergeant", "Sgt.", "Mayor", "Professor", "Prof.", "Reverend", "Rev.", "Father", "Sister", "Chief",
    "Sheriff", "Attorney General", "Inspector General", "Comptroller General", "Delegate", "Commander",
    "Hon.", "Dean", "President", "Speaker", "Leader", "Comptroller", "Madam", "Madame", "Bishop", "Rabbi",
    "Deputy", "Acting", "Superintendent", "Auditor",
];

/// Words that follow `The` in a label (`The Chairman.`, `The PRESIDING OFFICER.`).
const THE_HEADS: &[&str] = &[
    "chairman", "chairwoman", "chair", "chairperson", "vice", "acting", "clerk", "speaker", "presiding",
    "president", "reporter", "moderator", "witness", "interpreter", "majority", "minority", "ranking",
    "secretary", "parliamentarian", "deputy",
];

/// Words that make `Mr. X.` a vocative rather than a label.
const VOCATIVE_NAMES: &[&str] = &[
    "chairman", "chairwoman", "chair", "president", "speaker", "secretary", "leader", "vice", "ranking",
    "members", "member",
];

/// Labels that name no one: `Voice.`, `Voices.`, `A Voice.`.
const ANONYMOUS: &[&str] = &[
    "Voice", "Voices", "A Voice", "Several Voices", "Audience Member", "Unidentified Speaker",
    "Unidentified Voice", "Unknown Speaker", "All", "Chorus of Ayes", "Chorus of Noes",
];

fn name_word(i: &str) -> IResult<&str, &str> {
    alt((
        // O'Brien, McHenry, DIAZ-BALART, De, La, St., initials like `C.`
        verify(
            recognize(pair(
                satisfy(|c| c.is_uppercase()),
                take_while(|c: char| c.is_alphabetic() || matches!(c, '\'' | '’' | '-')),
            )),
            |w: &str| !w.ends_with('-'),
        ),
        // lower-case particles inside names
        alt((
            tag("de"),
            tag("la"),
            tag("van"),
            tag("von"),
            tag("der"),
            tag("del"),
            tag("da"),
            tag("du"),
            tag("y"),
        )),
    ))
    .parse(i)
}

fn initial(i: &str) -> IResult<&str, &str> {
    recognize(pair(satisfy(|c| c.is_uppercase()), char('.'))).parse(i)
}

/// One to five name words; initials only when another word follows.
fn name(i: &str) -> IResult<&str, &str> {
    recognize(pair(
        many_m_n(0, 2, pair(initial, space1)),
        pair(
            name_word,
            many_m_n(
                0,
                4,
                preceded(space1, alt((recognize(pair(initial, pair(space1, name_word))), name_word))),
            ),
        ),
    ))
    .parse(i)
}

fn of_state(i: &str) -> IResult<&str, &str> {
    recognize((space1, tag("of"), space1, name_word, many_m_n(0, 2, preceded(space1, name_word)))).parse(i)
}

fn bracket_note(i: &str) -> IResult<&str, &str> {
    preceded(
        space0,
        alt((
            delimited(char('['), take_while1(|c: char| c.is_alphabetic() || c == ' '), char(']')),
            delimited(char('('), alt((tag("continuing"), tag("presiding"))), char(')')),
            // The Record's `The Acting CHAIRMAN (Mr. Latham) (during the vote).`
            delimited(
                char('('),
                recognize(pair(tag("during "), take_while1(|c: char| c.is_ascii_lowercase() || c == ' '))),
                char(')'),
            ),
        )),
    )
    .parse(i)
}

fn paren_name(i: &str) -> IResult<&str, &str> {
    preceded(space1, delimited(char('('), take_while_m_n(2, 60, |c: char| c != ')' && c != '\n'), char(')')))
        .parse(i)
}

fn title(i: &str) -> IResult<&str, &str> {
    // Every title is followed by a space, so a line whose first word opens no
    // title is turned away with one lookup instead of a comparison per title.
    let first = i.split(' ').next().unwrap_or(i);
    if !title_first_words().contains(first) {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)));
    }
    for t in TITLES.iter().rev() {
        if let Some(rest) = strip_prefix_quick(i, t) {
            // `Chairman` must not match `Chairmanship`.
            if rest.starts_with(' ') {
                return Ok((rest, &i[..t.len()]));
            }
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)))
}

/// `s.strip_prefix(p)`, comparing the first bytes inline before calling out
/// to compare the rest: against a list of titles, most differ at once.
fn strip_prefix_quick<'s>(s: &'s str, p: &str) -> Option<&'s str> {
    match (s.as_bytes().first(), p.as_bytes().first()) {
        (Some(a), Some(b)) if a != b => None,
        _ => s.strip_prefix(p),
    }
}

/// `word` lower-cased is in `list` (of lower-case words); plain ASCII is
/// compared without lower-casing a copy, as this runs for most paragraphs.
fn in_lowercase_list(list: &[&str], word: &str) -> bool {
    if word.is_ascii() {
        list.iter().any(|w| w.eq_ignore_ascii_case(word))
    } else {
        list.contains(&word.to_lowercase().as_str())
    }
}

/// The first words of `TITLES` (`Vice` for `Vice Chairman`).
fn title_first_words() -> &'static HashSet<&'static str> {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| TITLES.iter().map(|t| t.split(' ').next().unwrap_or(t)).collect())
}

fn titled(i: &str) -> IResult<&str, &str> {
    recognize((
        title,
        space1,
        verify(name, |n: &str| {
            let first = n.split(' ').next().unwrap_or("");
            !in_lowercase_list(VOCATIVE_NAMES, first)
        }),
        opt(of_state),
        opt(paren_name),
    ))
    .parse(i)
}

/// `Mr. Chairman.` and `Madam Chair.` as the label of the chair's own turn
/// (a misprint of `The Chairman.` that some volumes repeat). Only with the
/// period: with a comma it is a member addressing the chair, and `Mr.
/// Chairman` otherwise stays out of `titled` as a vocative.
fn chair_by_address(i: &str) -> IResult<&str, &str> {
    recognize((
        alt((tag("Mr."), tag("Madam"), tag("Madame"))),
        space1,
        alt((tag("Chairwoman"), tag("Chairman"), tag("Chair"))),
        nom::combinator::peek(char('.')),
    ))
    .parse(i)
}

/// `Chairman. Watt.`: the chair's label printed with a period after the title
/// (CHRG-111hhrg53234), kept as printed; the resolver reads it as `Chairman
/// Watt` (`speakers::as_intended`). The name must not be a title or
/// an office (`Chairman. Senator Bennet.`, `Chair. Mr. Chairman.`), and, like
/// every paragraph label, it only counts at the start of a paragraph.
fn chair_misprint(i: &str) -> IResult<&str, &str> {
    recognize((
        alt((tag("Chairwoman"), tag("Chairman"), tag("Chairperson"), tag("Chair"))),
        char('.'),
        char(' '),
        verify(name, |n: &str| {
            let first = n.split(' ').next().unwrap_or("");
            !in_lowercase_list(VOCATIVE_NAMES, first) && !title_first_words().contains(first)
        }),
    ))
    .parse(i)
}

fn the_label(i: &str) -> IResult<&str, &str> {
    recognize((
        tag("The"),
        space1,
        verify(name_word, |w: &str| in_lowercase_list(THE_HEADS, w)),
        many_m_n(0, 3, preceded(space1, alt((name_word, tag("pro"), tag("tempore"), tag("of"), tag("the"))))),
        // A name in brackets, not a note (`(during the vote)`).
        opt(verify(paren_name, |n: &str| n.starts_with(|c: char| c.is_uppercase()))),
    ))
    .parse(i)
}

fn anonymous(i: &str) -> IResult<&str, &str> {
    for a in ANONYMOUS {
        if let Some(rest) = strip_prefix_quick(i, a) {
            return Ok((rest, &i[..a.len()]));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)))
}

/// A GPO or Congressional Record label at the start of a paragraph:
/// `Chairman Shelby.`, `Mrs. McCarthy of New York.`, `Senator Coburn [presiding].`,
/// `Mr. Watt. [presiding]`, `The PRESIDING OFFICER (Ms. Murkowski).`, and
/// misprints: `Mr Nardelli.`, `Mr. Chairman.`, `Chairman. Watt.`.
/// Table-of-contents lines (`Senator Shelby.....  4`) and vocatives
/// (`Chairman Dodd, I thank you`) do not match.
pub fn paragraph_label(line: &str) -> Option<LabelMatch> {
    let (rest, label) =
        alt((the_label, titled, chair_by_address, chair_misprint, anonymous)).parse(line).ok()?;
    let (rest, before) = opt(bracket_note).parse(rest).ok()?;
    let rest = rest.strip_prefix('.')?;
    let (rest, after) = opt(bracket_note).parse(rest).ok()?;
    // `Mr. Donnelly. [presiding]. I am sorry.`: the note ends in a period too.
    let rest = if after.is_some() { rest.strip_prefix('.').unwrap_or(rest) } else { rest };
    // After the period: end of line or a space, never a dot leader.
    if !(rest.is_empty() || rest.starts_with([' ', '\t', '\r'])) {
        return None;
    }
    let note = before.or(after).map(|n| n.trim().to_lowercase());
    Some(LabelMatch { label: label.to_owned(), note, len: line.len() - rest.len() })
}

/// A whole string that is a label without its delimiter: `Mr. LIMAN`,
/// `Chairman INOUYE`, as HTML transcripts print them inside `<strong>`.
pub fn bare_label(s: &str) -> Option<String> {
    let t = s.trim();
    let (rest, label) = alt((the_label, titled, anonymous)).parse(t).ok()?;
    rest.trim().is_empty().then(|| label.to_owned())
}

/// A word in capitals: `WICKER`, `SEN.`, `O'ROURKE`, `DIAZ-BALART`, and the
/// `Mc`/`Mac` names court reporters print in mixed case (`McNALLY`).
fn caps_word(i: &str) -> IResult<&str, &str> {
    let rest_caps =
        |i| take_while(|c: char| c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-')).parse(i);
    verify(
        alt((
            recognize((alt((tag("Mac"), tag("Mc"))), satisfy(|c| c.is_uppercase()), rest_caps)),
            recognize(pair(satisfy(|c| c.is_uppercase()), rest_caps)),
        )),
        |w: &str| !w.ends_with('-'),
    )
    .parse(i)
}

/// A colon label: `SEN. ROGER WICKER:`, `WICKER:`, `(UNKNOWN):`,
/// `SEN. ROGER WICKER (R-MISS.):`. Capitals only, so `Note:` and `as follows:`
/// never match, and digits never, so `1:30` and `3:5` never do.
pub fn colon_label(i: &str) -> Option<LabelMatch> {
    let caps_words = |i| recognize(pair(caps_word, many_m_n(0, 5, preceded(char(' '), caps_word)))).parse(i);
    // The office: words in capitals, parts joined by `, `.
    let office = |i| {
        recognize(pair(
            caps_word,
            many_m_n(0, not_names::OFFICE_WORDS - 1, preceded(alt((tag(", "), tag(" "))), caps_word)),
        ))
        .parse(i)
    };
    let (rest, label) = alt((
        recognize(delimited(char('('), take_while1(|c: char| c.is_uppercase() || c == ' '), char(')'))),
        // `MARGARET OSEI, HARBOR ADMINISTRATOR:`, `MARK TALBOT, PRESIDENT
        // AND CEO, EASTLINE RAILROAD:`: a full name and the speaker's office,
        // as news transcripts print a first appearance; the office may run
        // to several parts and words (`ACTING ADMINISTRATOR OF THE FEDERAL
        // RAILROAD ADMINISTRATION`), up to `not_names::OFFICE_WORDS`, so a sentence in
        // capitals running on is not one. A dateline (`NEW YORK, N.Y.:`)
        // names a place: the office needs a word of letters. The name is a
        // name: no word of a sentence (`THANK YOU, MR. CHAIRMAN, AND ...:`);
        // and no part of an office opens with `AND` (`CREWS, MAINTAINERS,
        // AND INSPECTORS:` is a list).
        verify(recognize((caps_words, opt(paren_name), tag(", "), office)), |l: &str| {
            let (name, office) = l.split_once(", ").unwrap_or((l, ""));
            let name = name.split(" (").next().unwrap_or(name);
            name.split(' ').count() >= 2
                && !not_names::in_sentence(name)
                && !office.split(", ").any(|part| part.starts_with("AND ") || part.starts_with("OR "))
                && office
                    .split([' ', ','])
                    .any(|w| w.len() >= 3 && w.chars().all(|c| c.is_alphabetic() || c == '-'))
        }),
        // `OSTRANDER (?):`, `SEN. DALE OSTRANDER (?):`: the transcriber was
        // unsure who spoke (`paren_name` holds two characters or more).
        recognize((caps_words, opt(paren_name), opt(tag(" (?)")))),
    ))
    .parse(i)
    .ok()?;
    // `GRAHAM?:`: the transcriber was unsure who spoke. Kept as printed, as
    // `(?)` is and as `AKRAM (ph)` keeps its mark; the resolver reads a
    // label holding `?` as no one's (`speakers::resolve_one`).
    let unsure = rest.starts_with("?:");
    let label = if unsure { &i[..label.len() + 1] } else { label };
    let rest = rest.strip_prefix('?').filter(|_| unsure).unwrap_or(rest).strip_prefix(':')?;
    if !(rest.is_empty() || rest.starts_with([' ', '\t', '\r'])) {
        return None;
    }
    let letters = label.chars().filter(|c| c.is_uppercase()).count();
    if letters < 2 || not_names::names_no_one(label) {
        return None;
    }
    Some(LabelMatch { label: label.to_owned(), note: None, len: i.len() - rest.len() })
}

/// A line that is only a name in capitals, as own-line transcripts in
/// capitals print their labels: `REP. DANA HALVORSEN (R-TEXAS)`, `CHIDI
/// OKAFOR`, `OKAFOR`. Whether it is a label is the file's to say
/// (`colon::caps_own_line_labels`).
pub fn caps_name_line(line: &str) -> Option<String> {
    let t = line.trim();
    let (rest, label) =
        recognize(pair(pair(caps_word, many_m_n(0, 4, preceded(char(' '), caps_word))), opt(paren_name)))
            .parse(t)
            .ok()?;
    let letters = label.chars().filter(|c| c.is_uppercase()).count();
    (rest.is_empty() && letters >= 2 && !not_names::NOT_SPEAKERS.contains(&label)).then(|| label.to_owned())
}

/// `Q:` and `A:` opening a line: an unnamed questioner and whoever answers,
/// as news transcripts print an exchange. Never inside a paragraph, where
/// `A: yes` is prose.
pub fn question_answer_label(i: &str) -> Option<LabelMatch> {
    let (letter, rest) = (i.get(..1)?, i.get(1..)?);
    let rest = rest.strip_prefix(':')?;
    ((letter == "Q" || letter == "A") && rest.starts_with([' ', '\t'])).then(|| LabelMatch {
        label: letter.to_owned(),
        note: None,
        len: 2,
    })
}

/// A capitalised word that may carry dots (`Rep.`, `J.`, `SEN.`).
fn dotted_word(i: &str) -> IResult<&str, &str> {
    recognize(pair(
        satisfy(|c| c.is_uppercase()),
        take_while(|c: char| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-')),
    ))
    .parse(i)
}

fn clock(i: &str) -> IResult<&str, &str> {
    recognize((digit1, char(':'), digit1, opt(pair(char(':'), digit1)))).parse(i)
}

/// `Dana Halvorsen (00:01:23):` or `[00:01:23] HALVORSEN:`.
pub fn timestamp_label(i: &str) -> Option<LabelMatch> {
    let spoken = |i| -> IResult<&str, &str> {
        recognize(pair(dotted_word, many_m_n(0, 6, preceded(char(' '), alt((dotted_word, digit1)))))).parse(i)
    };
    if let Ok((rest, (label, time))) = (spoken, delimited(tag(" ("), clock, char(')'))).parse(i) {
        let rest = rest.strip_prefix(':')?;
        if !(rest.is_empty() || rest.starts_with([' ', '\t', '\r'])) {
            return None;
        }
        return Some(LabelMatch {
            label: label.to_owned(),
            note: Some(time.to_owned()),
            len: i.len() - rest.len(),
        });
    }
    let (rest, (time, label)) =
        (delimited(char('['), clock, char(']')), preceded(space1, spoken)).parse(i).ok()?;
    let rest = rest.strip_prefix(':')?;
    if !(rest.is_empty() || rest.starts_with([' ', '\t', '\r'])) {
        return None;
    }
    Some(LabelMatch { label: label.to_owned(), note: Some(time.to_owned()), len: i.len() - rest.len() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(s: &str) -> Option<(String, Option<String>)> {
        paragraph_label(s).map(|m| (m.label, m.note))
    }

    #[test]
    fn gpo_labels() {
        for (line, label) in [
            ("The Chairman. The committee will come to order.", "The Chairman"),
            ("Chairman Shelby. The hearing will come to order.", "Chairman Shelby"),
            ("Chair Durbin. This meeting", "Chair Durbin"),
            ("Senator Levin. Thank you.", "Senator Levin"),
            ("Mr. Bernanke. Thank you.", "Mr. Bernanke"),
            ("Mrs. McCarthy of New York. I am sorry", "Mrs. McCarthy of New York"),
            ("General Renuart. Yes, sir.", "General Renuart"),
            ("Admiral Vance.", "Admiral Vance"),
            ("Secretary Geithner. Well,", "Secretary Geithner"),
            ("Dr. Nakamura-Pryce. Yes.", "Dr. Nakamura-Pryce"),
            ("Ms. De La Cruz. Thank you.", "Ms. De La Cruz"),
            ("Mr. McHenry. So", "Mr. McHenry"),
            ("Voice. Aye.", "Voice"),
            ("Mr. O'Brien. Yes.", "Mr. O'Brien"),
            // Misprints seen in real volumes: a title without its period, and
            // the chair's label printed as the form of address.
            ("Mr Nardelli. Yes.", "Mr Nardelli"),
            ("Mr. Chairman. Next, we have the gentleman from California.", "Mr. Chairman"),
            ("Madam Chair. The gentlelady's time has expired.", "Madam Chair"),
            // The chair's label with a period after the title, kept as printed.
            ("Chairman. Watt. Thank you, Dr. Taylor.", "Chairman. Watt"),
            ("Chairwoman. Van Hollen. The gentleman is recognized.", "Chairwoman. Van Hollen"),
        ] {
            assert_eq!(para(line).map(|p| p.0).as_deref(), Some(label), "{line}");
        }
    }

    #[test]
    fn notes_before_or_after_the_period() {
        assert_eq!(
            para("Senator Coburn [presiding]. Our hearing will resume."),
            Some(("Senator Coburn".into(), Some("presiding".into())))
        );
        assert_eq!(
            para("Mr. Watt. [presiding] I thank the gentleman"),
            Some(("Mr. Watt".into(), Some("presiding".into())))
        );
        assert_eq!(
            para("Mr. Donnelly. [presiding]. I am sorry. Time is up."),
            Some(("Mr. Donnelly".into(), Some("presiding".into())))
        );
        assert_eq!(
            para("Mr. Viniar [continuing]. Not consistently"),
            Some(("Mr. Viniar".into(), Some("continuing".into())))
        );
        let m = paragraph_label("Mr. Watt. [presiding] I thank").unwrap();
        assert_eq!(m.len, "Mr. Watt. [presiding]".len());
    }

    #[test]
    fn record_labels() {
        for (line, label) in [
            ("Mr. LEAHY. Mr. President,", "Mr. LEAHY"),
            ("Mr. KING of Iowa. Mr. Speaker,", "Mr. KING of Iowa"),
            ("The SPEAKER pro tempore (Mr. Mica). Pursuant", "The SPEAKER pro tempore (Mr. Mica)"),
            ("The PRESIDING OFFICER (Ms. Murkowski). Without", "The PRESIDING OFFICER (Ms. Murkowski)"),
            ("The Acting CHAIRMAN. When the Committee", "The Acting CHAIRMAN"),
            ("Ms. JACKSON-LEE of Texas. Mr. Chairman,", "Ms. JACKSON-LEE of Texas"),
        ] {
            assert_eq!(para(line).map(|p| p.0).as_deref(), Some(label), "{line}");
        }
        // A second bracket is a note of when, not a name.
        for (line, label) in [
            (
                "The Acting CHAIRMAN (Mr. Latham) (during the vote). Members",
                "The Acting CHAIRMAN (Mr. Latham)",
            ),
            ("The SPEAKER pro tempore (during the vote). Members", "The SPEAKER pro tempore"),
        ] {
            assert_eq!(para(line), Some((label.to_owned(), Some("during the vote".to_owned()))), "{line}");
        }
    }

    #[test]
    fn not_labels() {
        for line in [
            "Chairman Dodd, I thank you for",
            "Senator Shelby..........................     4",
            "The Committee met at 10:07 a.m., in room",
            "The Clerk read the title of the bill.",
            "Mr. Chairman, I want to",
            "Mr. President, I rise today",
            "Madam Chair, thank you",
            "Mr Chairman. Thank you",
            "Senators Dodd and Shelby. Both",
            "The U.S. economy has weathered",
            "Chairmanship. Nothing",
            // Not the misprint: the chair calling on someone, an office, no
            // name, two spaces, and prose in which the sentence ends after `Chairman`.
            "Chairman. Senator Bennet.",
            "Chair. Mr. Watt.",
            "Chairman. Ranking Member.",
            "Chairman. Thank you.",
            "Chairman.  Watt. Thank you",
            "Chairman. Watt, thank you",
            "the Chairman. Watt. Thank you",
        ] {
            assert_eq!(para(line), None, "{line}");
        }
    }

    #[test]
    fn colon_labels() {
        for (s, label) in [
            ("SEN. ROGER WICKER: Permitted by Mexico?", "SEN. ROGER WICKER"),
            ("GUILLOT: No, by the department, sir.", "GUILLOT"),
            ("(UNKNOWN): Thank you.", "(UNKNOWN)"),
            ("SEN. ROGER WICKER (R-MISS.): Thank you.", "SEN. ROGER WICKER (R-MISS.)"),
            ("O'ROURKE: yes", "O'ROURKE"),
            ("MR. McNALLY: David", "MR. McNALLY"),
            ("GRAHAM?: Will the clock", "GRAHAM?"),
            ("OSTRANDER (?): Thank you", "OSTRANDER (?)"),
            ("SEN. DALE OSTRANDER (?): Thank you", "SEN. DALE OSTRANDER (?)"),
            ("UNIDENTIFIED FEMALE (?): Point of order", "UNIDENTIFIED FEMALE (?)"),
        ] {
            assert_eq!(colon_label(s).map(|m| m.label).as_deref(), Some(label), "{s}");
        }
        assert_eq!(
            colon_label("MARGARET OSEI, HARBOR ADMINISTRATOR: Thank you").map(|m| m.label).as_deref(),
            Some("MARGARET OSEI, HARBOR ADMINISTRATOR")
        );
        // Offices in several parts and many words, as news transcripts print
        // a first appearance.
        for s in [
            "MARK TALBOT, PRESIDENT, EASTLINE RAILROAD",
            "MARK TALBOT, PRESIDENT AND CEO, EASTLINE RAILROAD",
            "JANE ROE, ACTING ADMINISTRATOR OF THE FEDERAL RAILROAD ADMINISTRATION",
            "DR. LEE KIM, PH.D., SCIENTIST",
            "ANN-MARIE O'NEILL-BAKER, DIRECTOR",
            "JOSE NUNEZ, U.S. ATTORNEY",
        ] {
            assert_eq!(colon_label(&format!("{s}: We filed")).map(|m| m.label).as_deref(), Some(s), "{s}");
        }
        assert_eq!(question_answer_label("Q: Did it?").map(|m| m.label).as_deref(), Some("Q"));
        assert_eq!(question_answer_label("A:x"), None);
        for s in [
            "WASHINGTON, D.C.: The",
            "OSEI, ADMINISTRATOR: yes",
            "Note: this",
            "1:30 p.m.",
            "Proverbs 3:5",
            "as follows: one",
            "NOTE: x",
            "ISR:x",
            "A: yes",
            "https://x",
            "WHY?  Because",
            "OK?:x",
        ] {
            assert_eq!(colon_label(s), None, "{s}");
        }
    }

    #[test]
    fn timestamp_labels() {
        let m = timestamp_label("Rep. Hollis Brightwater (00:00:05):").unwrap();
        assert_eq!(m.label, "Rep. Hollis Brightwater");
        assert_eq!(m.note.as_deref(), Some("00:00:05"));
        let m = timestamp_label("[00:41:10] OKAFOR: We have").unwrap();
        assert_eq!(m.label, "OKAFOR");
        assert_eq!(m.len, "[00:41:10] OKAFOR:".len());
        assert_eq!(timestamp_label("At 1:30 p.m. we met"), None);
        assert_eq!(timestamp_label("Speaker 1 (00:03:45):").map(|m| m.label).as_deref(), Some("Speaker 1"));
    }
}
