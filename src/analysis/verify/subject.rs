//! Who the words beside a quotation say spoke: a name (`Reed said`, `said
//! Sen. Jack Reed (D-R.I.)`, `Reed, a Rhode Island Democrat, said`,
//! `according to Gen. Guillot`), a pronoun (`he said`), a role (`the general
//! said`) or someone unnamed (`says one senior official`). Only the grammar
//! of the sentence is read here; who a pronoun or a role means is
//! `context`'s question, answered from the rest of the article.

use super::attrib::{bare, ends_sentence, is_name_word, is_verb, name_at_start, name_before, name_of};

/// The speaker a sentence gives a quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A name as printed (`Sen. Jack Reed`, `Guillot`, `GUILLOT`).
    Name(String),
    /// `he`, `she`: someone named before, when only one can be meant.
    Pronoun(String),
    /// `the general`: the one person of that role named before, if one.
    Role(String),
    /// Someone the article does not name (`one senior intelligence official`).
    Unnamed,
}

/// Role nouns and the titles (or appositive nouns) that give a person the role.
pub const ROLES: &[(&str, &[&str])] = &[
    ("general", &["gen", "general"]),
    ("admiral", &["adm", "admiral"]),
    ("senator", &["sen", "senator"]),
    ("congressman", &["rep", "representative", "congressman"]),
    ("congresswoman", &["rep", "representative", "congresswoman"]),
    ("representative", &["rep", "representative", "congressman", "congresswoman"]),
    ("lawmaker", &["sen", "senator", "rep", "representative", "congressman", "congresswoman", "lawmaker"]),
    ("chairman", &["chairman", "chair"]),
    ("chairwoman", &["chairwoman", "chair"]),
    ("secretary", &["secretary"]),
    ("commander", &["commander"]),
    ("director", &["director"]),
    ("ambassador", &["amb", "ambassador"]),
    ("governor", &["gov", "governor"]),
    ("judge", &["judge"]),
    ("doctor", &["dr", "doctor"]),
];

pub fn is_role(w: &str) -> bool {
    let b = bare(w).trim_end_matches([',', '.']).to_lowercase();
    ROLES.iter().any(|(r, _)| *r == b)
}

const DETERMINERS: &[&str] = &["the", "this", "that"];
const INDEFINITE: &[&str] =
    &["a", "an", "one", "two", "three", "several", "some", "another", "many", "other", "others"];
/// Nouns for people the article does not name (`one senior official`).
const UNNAMED: &[&str] = &[
    "official", "officials", "source", "sources", "aide", "aides", "spokesman", "spokeswoman",
    "spokesperson", "analyst", "analysts", "expert", "experts", "witness", "officer", "officers", "person",
    "staffer", "diplomat", "lawyer", "attorney", "advocate", "critic", "critics", "researcher", "member",
    "members", "assessment", "report", "document", "letter", "memo", "statement", "agency", "department",
    "command", "testimony", "remarks", "lawyers", "attorneys",
];
/// What a person writes or says, whose possessor is the speaker
/// (`Brightwater's prepared statement noted`; but `Wicker's aide said` is the aide's).
const DOCUMENTS: &[&str] = &["report", "document", "letter", "memo", "statement", "testimony", "remarks"];
/// Words between a subject and its verb (`Reed later said`, `he has said`).
const BETWEEN: &[&str] = &[
    "also", "later", "then", "again", "has", "had", "have", "was", "is", "would", "will", "once",
    "previously", "recently", "earlier", "first", "further", "too", "flatly", "simply", "bluntly", "quickly",
    "quietly", "repeatedly", "publicly", "privately", "finally", "eventually", "initially", "never",
];

fn lower(w: &str) -> String {
    bare(w).trim_end_matches([',', '.', ':', ';']).to_lowercase()
}

/// The subject a noun phrase opening `words` is: after a verb (`said the
/// general`, `said Sen. Jack Reed (D-R.I.)`, `says one official`).
pub fn phrase_at(words: &[&str]) -> Option<Subject> {
    // `said, “No, …`: the quotation's words, not its speaker.
    if words.first()?.starts_with(['“', '"', '‘', '`']) {
        return None;
    }
    let first = lower(words.first()?);
    if matches!(first.as_str(), "he" | "she") {
        return Some(Subject::Pronoun(first));
    }
    if DETERMINERS.contains(&first.as_str()) {
        // `the Chairman of the Armed Services Committee, Sen. Roger Wicker`.
        for (k, w) in words.iter().enumerate().take(8).skip(1) {
            if w.ends_with(',') && words.get(k + 1).is_some_and(|n| is_name_word(n)) {
                return name_at_start(&words[k + 1..].join(" ")).map(Subject::Name);
            }
            if ends_sentence(w) {
                break;
            }
        }
        return Some(match words.iter().skip(1).take(3).find(|w| is_role(w)) {
            Some(r) => Subject::Role(lower(r)),
            None => Subject::Unnamed,
        });
    }
    if INDEFINITE.contains(&first.as_str()) {
        return Some(Subject::Unnamed);
    }
    name_at_start(&words.join(" ")).map(Subject::Name)
}

/// The subject ending right before word `verb`, and where it starts:
/// `Reed`, `Sen. Jack Reed (D-R.I.)`, `Reed, a Rhode Island Democrat,`,
/// `the general`, `he`, `one official`, with an adverb or two between
/// (`Reed later said`).
pub fn ending_at(words: &[&str], verb: usize) -> Option<(Subject, usize)> {
    // `Guillot was told`, `Wicker was asked`: the subject is the one spoken to.
    let passive = verb > 0
        && matches!(lower(words[verb - 1]).as_str(), "was" | "were" | "is" | "are" | "been" | "being")
        && !lower(words[verb]).ends_with("ing");
    if passive {
        return None;
    }
    let mut i = verb;
    while i > 0 && !words[i - 1].ends_with(',') && BETWEEN.contains(&lower(words[i - 1]).as_str()) {
        i -= 1;
    }
    // A parenthesis: `Reed (D-R.I.) said`.
    if i > 0 && words[i - 1].ends_with(')') {
        let open = (i.saturating_sub(4)..i).rev().find(|k| words[*k].starts_with('('))?;
        i = open;
    }
    let w = *words.get(i.checked_sub(1)?)?;
    let lw = lower(w);
    if !w.ends_with(',') && matches!(lw.as_str(), "he" | "she") {
        return Some((Subject::Pronoun(lw), i - 1));
    }
    // An appositive between commas: `Reed, a Rhode Island Democrat, said`,
    // `Wicker, who chairs the committee, said`.
    if w.ends_with(',') {
        let open = (i.saturating_sub(12)..i - 1).rev().find(|k| words[*k].ends_with(','))?;
        let inner = lower(words[open + 1]);
        // `Guillot, asked about Mexico, said`, `Wicker, pressing him, said`.
        let clause = inner.len() > 4 && (inner.ends_with("ed") || inner.ends_with("ing"));
        let appositive = INDEFINITE.contains(&inner.as_str())
            || DETERMINERS.contains(&inner.as_str())
            || matches!(inner.as_str(), "who" | "whose" | "whom")
            || clause;
        return appositive.then(|| named_ending(words, open + 1)).flatten();
    }
    // `the general`, `the NORTHCOM commander`; `Jenkins, the Acting
    // Assistant Secretary told` names Jenkins.
    if is_role(w) || UNNAMED.contains(&lw.as_str()) {
        let det = (i.saturating_sub(4)..i - 1).rev().find(|k| {
            let l = lower(words[*k]);
            DETERMINERS.contains(&l.as_str()) || INDEFINITE.contains(&l.as_str())
        });
        if let Some(d) = det
            && words[d + 1..i - 1].iter().all(|x| !x.ends_with(',') && !ends_sentence(x))
        {
            // Only a name opening its sentence: in `Pressed by Wicker, the
            // commander told`, Wicker is not the commander.
            if d > 0
                && words[d - 1].ends_with(',')
                && is_name_word(words[d - 1])
                && let Some((name, at)) = named_ending(words, d)
                && (at == 0 || ends_sentence(words[at - 1]))
            {
                return Some((name, at));
            }
            if INDEFINITE.contains(&lower(words[d]).as_str()) {
                return Some((Subject::Unnamed, d));
            }
            return Some((if is_role(w) { Subject::Role(lw) } else { Subject::Unnamed }, d));
        }
        // `Harriet Brightwater's prepared statement noted`.
        let mut j = i - 1;
        while DOCUMENTS.contains(&lw.as_str()) && j > 0 && i - 1 - j <= 3 {
            let x = words[j - 1];
            if (x.ends_with("'s") || x.ends_with("’s")) && is_name_word(x) {
                return named_ending(words, j);
            }
            if is_name_word(x) || ends_sentence(x) || x.ends_with(',') || x.contains(['“', '”', '"']) {
                break;
            }
            j -= 1;
        }
        // `officials wrote`: no one named, and no name further back either
        // (`In a letter to Wicker last week, officials wrote`).
        return Some((if is_role(w) { Subject::Role(lw) } else { Subject::Unnamed }, i - 1));
    }
    if !is_name_word(w) {
        return None;
    }
    named_ending(words, i)
}

/// The name whose last word is `words[end - 1]` (a comma after it allowed).
fn named_ending(words: &[&str], end: usize) -> Option<(Subject, usize)> {
    let mut i = end;
    while i > 0 && (is_name_word(words[i - 1]) || (i < end && words[i - 1] == "of")) {
        let w = words[i - 1];
        if w.contains(['“', '”', '"']) || (i < end && (w.ends_with(',') || ends_sentence(w))) {
            break;
        }
        i -= 1;
    }
    let name = name_of(&words[i..end])?;
    Some((Subject::Name(name), i))
}

/// The attribution in the text before a quotation in its paragraph: the
/// subject of the last speech verb of the sentence (`Guillot replies, “`,
/// `Gen. Guillot is even more explicit, saying in February that cartels “`,
/// `Wicker said:` ending the paragraph before a block quote), or the
/// source of `according to Gen. Guillot, “`.
pub fn before(text: &str) -> Option<Subject> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut k = words.len();
    while k > 0 {
        let w = words[k - 1];
        if ends_sentence(w) && k < words.len() || w.contains(['”', '"']) {
            return None;
        }
        if k >= 2 && lower(w) == "to" && lower(words[k - 2]) == "according" {
            return phrase_at(&words[k..]);
        }
        if is_verb(w) {
            if let Some((s, _)) = ending_at(&words, k - 1) {
                return Some(s);
            }
            // `Gen. Guillot is even more explicit, saying`: a participle's
            // subject is the clause's, a few words back.
            if lower(w).ends_with("ing") {
                return name_before(&words, k - 1, 8).map(Subject::Name);
            }
            return None;
        }
        k -= 1;
    }
    None
}

/// The attribution right after a quotation: `, said Sen. Wicker`, `Morales
/// said`, `Reed, a Rhode Island Democrat, said`, `the general said`, `he
/// told the committee`, `according to Gen. Guillot`.
pub fn after(text: &str) -> Option<Subject> {
    let t = text.trim_start_matches([',', ' ', '—', '–']);
    let words: Vec<&str> = t.split_whitespace().take(16).collect();
    let first = *words.first()?;
    if is_verb(first) {
        return phrase_at(&words[1..]);
    }
    if lower(first) == "according" && words.get(1).is_some_and(|w| lower(w) == "to") {
        return phrase_at(&words[2..]);
    }
    // `” are needed, according to Gen. Guillot.`
    let clause = words.iter().position(|w| ends_sentence(w)).map_or(words.len(), |k| k + 1);
    if let Some(k) =
        (0..clause.saturating_sub(1)).find(|k| lower(words[*k]) == "according" && lower(words[k + 1]) == "to")
    {
        return phrase_at(&words[k + 2..]);
    }
    // The verb of the same sentence, its subject all that comes before it.
    let verb = words.iter().position(|w| is_verb(w))?;
    match ending_at(&words, verb) {
        Some((s, 0)) => Some(s),
        _ => None,
    }
}

#[cfg(test)]
#[path = "subject_tests.rs"]
mod tests;
