//! Who the article says spoke: the name next to a quotation ("Reed said",
//! "said Sen. Wicker", "Guillot replies,", "GUILLOT:"), and whether that
//! name fits a turn's speaker (by `speakers::identity`'s rules).
//!
//! Who is meant by a pronoun or a role (`he said`, `the general said`) is
//! `subject`'s and `context`'s work; this module reads names.

/// Verbs that introduce or follow reported speech.
const VERBS: &[&str] = &[
    "said", "says", "saying", "say", "replied", "replies", "replying", "answered", "answers", "told",
    "tells", "testified", "testifies", "testifying", "stated", "states", "added", "adds", "asked", "asks",
    "wrote", "writes", "explained", "explains", "noted", "notes", "warned", "warns", "argued", "argues",
    "insisted", "insists", "recalled", "acknowledged", "acknowledges", "responded", "responds", "continued",
    "declared", "remarked", "conceded", "concedes", "countered", "counters", "pressed", "presses",
    "interjected", "interjects", "promised", "promises", "vowed", "conceded", "admitted", "admits",
];

/// Words that are part of a title in front of a name, not the name.
const TITLE_WORDS: &[&str] = &[
    "sen", "senator", "rep", "representative", "gen", "general", "adm", "admiral", "chairman", "chairwoman",
    "chair", "ranking", "member", "secretary", "acting", "assistant", "deputy", "under", "president", "vice",
    "commander", "dr", "mr", "mrs", "ms", "miss", "lt", "col", "colonel", "maj", "major", "capt", "captain",
    "gov", "governor", "amb", "ambassador", "director", "chief", "judge", "justice", "attorney", "hon",
    "honorable", "prof", "professor", "sgt", "gen.", "rear", "state", "defense", "of", "the", "committee",
    "armed", "services", "homeland", "security", "treasury", "u.s.", "us", "former", "then", "army", "navy",
    "air", "force", "marine", "corps", "speaker", "leader", "majority", "minority", "whip", "mayor", "dhs",
    "dod", "fbi", "cia", "northcom",
];

/// Capitalised words that open a sentence before a name, not part of it.
const LEADING: &[&str] = &[
    "the", "of", "when", "but", "and", "as", "after", "before", "in", "on", "at", "if", "while", "since",
    "then", "asked", "now", "still", "yet", "so", "also", "later", "earlier", "meanwhile", "however",
    "today", "yesterday", "there", "here", "where", "because", "although", "though", "for", "to",
];

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we", "you", "this", "that", "who"];

pub(super) fn bare(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '-' && c != '\'' && c != '’')
        .trim_end_matches(['’', '\''])
}

pub(super) fn is_verb(w: &str) -> bool {
    let b = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
    VERBS.contains(&b.as_str())
}

pub(super) fn is_title(w: &str) -> bool {
    let b = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    TITLE_WORDS.contains(&b.as_str())
}

/// Organisations printed in capitals that read like names.
const ORGANISATIONS: &[&str] = &[
    "NORTHCOM", "USNORTHCOM", "SOUTHCOM", "USSOUTHCOM", "SOCNORTH", "SOCOM", "USSOCOM", "CENTCOM", "EUCOM",
    "AFRICOM", "INDOPACOM", "SPACECOM", "CYBERCOM", "NORAD", "STRATCOM", "TRANSCOM", "PENTAGON", "CONGRESS",
    "SENATE", "HOUSE", "REUTERS", "NASA", "NATO", "INTERPOL", "UNICEF", "OPEC", "FEMA", "NOAA", "AMTRAK",
];

/// A word in capitals that is an organisation, not a name: a known one, a
/// command (`…COM`), or one of two to four capitals (`DHS`, `CBP`: a name of
/// five capitals such as `REED` or `VANCE` has vowels).
pub(super) fn is_organisation(w: &str) -> bool {
    let b: String = bare(w).trim_end_matches("'s").trim_end_matches("’s").trim_end_matches('.').to_owned();
    if !b.chars().all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '’' | '.')) {
        return false;
    }
    let letters = b.chars().filter(|c| c.is_alphabetic()).count();
    ORGANISATIONS.contains(&b.as_str())
        || b.ends_with("COM")
        || ((2..=4).contains(&letters) && !b.chars().any(|c| "AEIOUY".contains(c)))
}

/// A word that can be part of a name: a capital first letter, not a
/// sentence's pronoun, not an organisation in capitals (`NORTHCOM said`),
/// not a parenthesis (`(D-R.I.)`). Names printed in capitals, of any length
/// (`GUILLOT`, `BLUMENTHAL`), are names: whether the article names that
/// person elsewhere is `context`'s question.
pub(super) fn is_name_word(w: &str) -> bool {
    let b = bare(w);
    !w.starts_with('(')
        && b.starts_with(|c: char| c.is_uppercase())
        && !PRONOUNS.contains(&b.to_lowercase().as_str())
        && !is_organisation(b)
}

/// Whether a word ends a sentence (a period after an initial or a title does not).
pub(super) fn ends_sentence(w: &str) -> bool {
    let b = w.trim_end_matches(['”', '"', '’', '\'', ')']);
    if b.ends_with(['?', '!']) {
        return true;
    }
    b.ends_with('.')
        && !is_title(b)
        && b.trim_end_matches('.').chars().filter(|c| c.is_alphabetic()).count() > 1
}

/// The name a run of words spells, titles kept as printed (`Sen. Roger
/// Wicker`, `Secretary of State Marco Rubio`); none when the run is only
/// titles or a pronoun.
pub(super) fn name_of(run: &[&str]) -> Option<String> {
    let mut words: Vec<&str> = run.iter().map(|w| bare(w)).filter(|w| !w.is_empty()).collect();
    // `Brightwater's prepared statement`: the name without its possessive.
    if let Some(last) = words.last_mut() {
        *last = last.trim_end_matches("'s").trim_end_matches("’s");
    }
    let last = words.last()?;
    if is_title(last) || !is_name_word(last) {
        return None;
    }
    // A leading `The`/`of`, or a sentence's opening word (`When Trump
    // declared`), is not part of the printed name.
    let start = words.iter().position(|w| !LEADING.contains(&w.to_lowercase().as_str()))?;
    let name = words[start..].join(" ");
    // A name ends a sentence: its period is the sentence's (`said Sen. Wicker.`).
    let initial = |w: &str| w.trim_end_matches('.').chars().count() == 1;
    Some(match name.strip_suffix('.') {
        Some(n) if !initial(last) && !last.eq_ignore_ascii_case("jr.") => n.to_owned(),
        _ => name,
    })
}

/// The name starting `s`: `Morales said ...`, `Sen. Roger Wicker, ...`.
pub fn name_at_start(s: &str) -> Option<String> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut end = 0;
    while end < words.len() && (is_name_word(words[end]) || (end > 0 && words[end] == "of")) {
        end += 1;
        if words[end - 1].ends_with(',') || (ends_sentence(words[end - 1]) && end > 1) {
            break;
        }
    }
    name_of(&words[..end])
}

/// The name just before word `at` (exclusive), skipping up to `skip` small
/// words, never past a sentence end; a run of titles only is passed over
/// (`Jenkins, the Acting Assistant Secretary told`).
pub(super) fn name_before(words: &[&str], at: usize, skip: usize) -> Option<String> {
    let mut i = at;
    let mut skipped = 0;
    while i > 0 {
        let w = words[i - 1];
        if ends_sentence(w) || w.contains(['“', '”', '"']) {
            return None;
        }
        if is_name_word(w) {
            let end = i;
            while i > 0
                && (is_name_word(words[i - 1]) || words[i - 1] == "of")
                && !ends_sentence(words[i - 1])
            {
                i -= 1;
                if i < end - 1 && words[i].ends_with(',') {
                    i += 1;
                    break;
                }
            }
            if let Some(name) = name_of(&words[i..end]) {
                return Some(name);
            }
            continue;
        }
        // Never past another subject: a pronoun or a new clause's `and`
        // (`Wicker asked Guillot whether …, and he said`) is someone else's.
        let lower = bare(w).to_lowercase();
        if matches!(lower.as_str(), "he" | "she" | "they" | "and" | "but" | "while" | "whereas") {
            return None;
        }
        skipped += 1;
        if skipped > skip {
            return None;
        }
        i -= 1;
    }
    None
}

/// Whether a printed label names a person (`SMITH`, `Mr. SMITH`, `Chairman
/// SHELBY`) rather than a role (`The CHAIRMAN`, `The PRESIDING OFFICER`, `A
/// VOICE`): an unresolved speaker can be checked against a name only then.
pub fn label_names_someone(label: &str) -> bool {
    const ROLES: &[&str] = &[
        "THE", "A", "AN", "CHAIRMAN", "CHAIRWOMAN", "CHAIR", "PRESIDING", "OFFICER", "CLERK", "VOICE",
        "VOICES", "WITNESS", "WITNESSES", "UNIDENTIFIED", "SPEAKER", "MEMBER", "MEMBERS", "AUDIENCE",
        "PANEL", "ALL", "MODERATOR", "REPORTER", "PRESIDENT", "PRO", "TEMPORE", "SECRETARY", "SENATOR",
        "REPRESENTATIVE", "MALE", "FEMALE", "UNKNOWN", "PARTICIPANT", "PARTICIPANTS", "INTERPRETER",
        "COUNSEL", "STAFF", "MR", "MS", "MRS", "DR", "SEN", "REP", "HON", "RANKING", "VICE", "ACTING",
    ];
    crate::speakers::roster::fold(label)
        .split_whitespace()
        .any(|w| !ROLES.contains(&w) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\''))
}

/// A transcript label as a name: `SEN. ROGER WICKER` -> `Sen. Roger Wicker`
/// (a party and state after it, `(D-CONN.)`, left out).
pub fn label_name(label: &str) -> String {
    let name = label.split('(').next().unwrap_or(label);
    crate::names::title_case_if_caps(name.trim())
}

/// Whether the article's name for the speaker can be the turn's speaker:
/// the same surname, and when the article gives a given name too, one that
/// agrees (`Bill` for `William`), by `speakers::identity`.
///
/// Only the surname and the given name right before it (initials passed
/// over) are compared: words further left may be a title the lists here do
/// not know (`Northern Command Commander Gregory Guillot`), and a claim of
/// misattribution must not rest on one.
pub fn fits(attributed: &str, speaker: &str) -> bool {
    let Some((given, surname)) = given_and_surname(attributed) else { return false };
    let name = match given {
        Some(g) => format!("{g} {surname}"),
        None => surname,
    };
    crate::speakers::identity::may_name(&name, speaker)
}

/// A name as printed, titles left out: the given name right before the
/// surname (initials passed over; none for a surname alone) and the surname.
pub fn given_and_surname(name: &str) -> Option<(Option<String>, String)> {
    let stripped = strip_titles(name);
    let words: Vec<&str> = stripped.split_whitespace().collect();
    let (surname, rest) = words.split_last()?;
    let given = rest.iter().rev().find(|w| w.trim_end_matches('.').chars().count() > 1);
    Some((given.map(|g| (*g).to_owned()), (*surname).to_owned()))
}

/// The surname of an attribution, lower case, for a `speaker:` filter.
pub fn surname(name: &str) -> Option<String> {
    let stripped = strip_titles(name);
    let last = stripped.split_whitespace().next_back()?;
    let w: String =
        last.chars().filter(|c| c.is_alphanumeric() || *c == '-').collect::<String>().to_lowercase();
    (!w.is_empty()).then_some(w)
}

pub(super) fn strip_titles(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let first_name = words.iter().position(|w| !is_title(w)).unwrap_or(words.len().saturating_sub(1));
    words[first_name..].join(" ")
}

#[cfg(test)]
#[path = "attrib_tests.rs"]
mod tests;
