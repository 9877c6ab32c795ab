//! Whether a legislator fits a printed label: names, given-name forms,
//! the honorific's gender; and the member a fit gives.

use super::{FEMALE, MALE, Query};
use crate::model::Member;
use crate::nicknames::same_given;
use crate::speakers::roster::{Legislator, fold};

/// `M` for a label that starts `Mr.`, `F` for `Mrs.`, `Ms.`, `Miss`, `Madam`;
/// none for any other title.
pub(super) fn honorific_gender(label: &str) -> Option<&'static str> {
    let title = fold(label.split_whitespace().next()?);
    if MALE.contains(&title.as_str()) {
        Some("M")
    } else if FEMALE.contains(&title.as_str()) {
        Some("F")
    } else {
        None
    }
}

/// The people of `gender`, and those of no known gender; but everyone if
/// that leaves no one, so a misprinted honorific changes nothing.
pub(super) fn of_gender<T>(
    people: Vec<T>,
    gender: Option<&str>,
    gender_of: impl Fn(&T) -> Option<&str>,
) -> Vec<T> {
    let Some(g) = gender else { return people };
    if !people.iter().any(|p| gender_of(p).is_none_or(|pg| pg == g)) {
        return people;
    }
    people.into_iter().filter(|p| gender_of(p).is_none_or(|pg| pg == g)).collect()
}

/// Folded words of a name, without `Jr.`-style suffixes.
pub(super) fn name_words(name: &str) -> Vec<String> {
    fold(name)
        .split_whitespace()
        .filter(|w| !matches!(*w, "JR" | "SR" | "II" | "III" | "IV"))
        .map(str::to_owned)
        .collect()
}

/// The query's last words are the legislator's surname (`VAN HOLLEN` is two
/// words); any words before it are a given name, which must be their first
/// name or nickname as the roster gives them, or a standard short form of
/// one (`Bill` for `William`, see `nicknames`), or its initial (`J. Gresham
/// Barrett`), and must be there when the query is a full name.
pub(super) fn names_fit(l: &Legislator, q: &Query) -> bool {
    let last = name_words(&l.last);
    if last.is_empty() || q.words.len() < last.len() || q.words[q.words.len() - last.len()..] != last[..] {
        return false;
    }
    let given = &q.words[..q.words.len() - last.len()];
    let Some(g) = given.first() else { return !q.full };
    let firsts = given_names(l);
    let middle = l.middle.as_deref().map(fold);
    firsts.iter().any(|f| f == g || f.split_whitespace().next() == Some(g.as_str()))
        || firsts.iter().any(|f| f.split_whitespace().next().is_some_and(|f| same_given(f, g)))
        || (g.len() == 1 && firsts.iter().any(|f| f.starts_with(g.as_str())))
        || (g.len() == 1 && given.len() > 1 && middle.is_some_and(|m| fold(&given[1..].join(" ")) == m))
}

/// The given names the roster prints for a legislator, folded: the first
/// name, the short form congress-legislators sometimes writes into it in
/// parentheses (`first: James (Jim)`), and the nickname (`Jan` for Janice).
pub(super) fn given_names(l: &Legislator) -> Vec<String> {
    let first = fold(&l.first);
    let mut out = match first.split_once(" (") {
        Some((first, short)) => vec![first.to_owned(), short.trim_end_matches(')').to_owned()],
        None => vec![first],
    };
    out.extend(l.nickname.as_deref().map(fold));
    out
}

pub(super) fn member(l: &Legislator, state: &str, party: Option<&str>) -> Member {
    Member {
        bioguide: l.bioguide.clone(),
        party: party.map(|p| party_letter(Some(p)).to_owned()),
        state: state.to_owned(),
    }
}

/// `Democrat` -> `D`, as hearings print parties; others as spelled.
pub(super) fn party_letter(party: Option<&str>) -> &str {
    match party {
        Some("Democrat") => "D",
        Some("Republican") => "R",
        Some("Independent") => "I",
        Some(other) => other,
        None => "?",
    }
}
