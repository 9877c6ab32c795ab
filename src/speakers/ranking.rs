//! The ranking member as the hearing itself names them: `I recognize the
//! ranking member, Mr. Garrett`, `the Ranking Member of the subcommittee,
//! the gentleman from Texas, Mr. Paul`.
//!
//! A roster can be a Congress out of date (CHRG-111hhrg74090 prints the
//! subcommittee's minority led by Mr. Stearns, while the chair recognizes
//! `the ranking member, Mr. Radanovich` twice). When the hearing's words
//! name one ranking member of the body that held it, that member's turns
//! are the ranking member's, and a roster's other ranking member of that
//! body is a member. Words naming two, or a name that fits no one member,
//! change nothing.

use super::{Entry, Fit, fit};
use crate::model::{Hearing, Role, Turn};

/// Whose ranking the words speak of.
#[derive(Debug, PartialEq)]
enum Scope {
    /// `the ranking member`: of the body holding the hearing.
    Own,
    /// `of the full committee`, `for the full committee`.
    Committee,
    /// `of the subcommittee`.
    Subcommittee,
}

/// Each `the ranking member[ of ...], [the gentleman from X,] Mr. Name`
/// in `text`: the scope and the name as printed with its title.
fn recognitions(text: &str) -> Vec<(Scope, String)> {
    // Most turns never say it: skip them before flattening every one (this
    // check took the pass over the GPO corpus from 316 M instructions to
    // a few).
    let bytes = text.as_bytes();
    if memchr::memmem::find(bytes, b"anking").is_none() && memchr::memmem::find(bytes, b"ANKING").is_none() {
        return Vec::new();
    }
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = flat.to_ascii_lowercase();
    let mut out = Vec::new();
    for (at, _) in lower.match_indices("ranking member") {
        // `the`, `our`, `my` just before: not `former Chairman and Ranking Member`.
        let before = lower[..at].trim_end();
        if !(before.ends_with(" the")
            || before.ends_with(" our")
            || before.ends_with(" my")
            || before == "the")
        {
            continue;
        }
        let mut rest = flat[at + "ranking member".len()..].trim_start_matches(',').trim_start();
        let mut scope = Scope::Own;
        for (words, s) in [
            ("of the subcommittee", Scope::Subcommittee),
            ("of the full committee", Scope::Committee),
            ("for the full committee", Scope::Committee),
        ] {
            if rest.get(..words.len()).is_some_and(|r| r.eq_ignore_ascii_case(words)) {
                rest = rest[words.len()..].trim_start_matches(',').trim_start();
                scope = s;
                break;
            }
        }
        // `the gentleman from Texas,` / `the gentlewoman from New York,`
        if let Some(r) = ["the gentleman from ", "the gentlewoman from ", "the gentlelady from "]
            .iter()
            .find_map(|g| rest.strip_prefix(g))
        {
            let Some(comma) = r.find(", ") else { continue };
            rest = &r[comma + 2..];
        }
        let Some(title) = ["Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Senator ", "Congressman ", "Congresswoman "]
            .iter()
            .find(|t| rest.starts_with(**t))
        else {
            continue;
        };
        // The name: capitalised words, as many as two (`Ron Paul`), up to
        // the first that punctuation ends.
        let mut name: Vec<&str> = Vec::new();
        for w in rest[title.len()..].split(' ').take(2) {
            let bare = w.trim_end_matches(['.', ',', ';', ':', ')']);
            if !(bare.chars().next().is_some_and(char::is_uppercase) && bare.len() > 1) {
                break;
            }
            name.push(bare);
            if bare.len() < w.len() {
                break;
            }
        }
        if !name.is_empty() {
            out.push((scope, format!("{title}{}", name.join(" "))));
        }
    }
    out
}

/// Sets the ranking member's turns from the hearing's own words, where they
/// name one (see the module's note).
pub(super) fn from_recognitions(h: &Hearing, roster: &[Entry], turns: &mut [Turn]) {
    let mut own: Vec<String> = Vec::new();
    let mut committee: Vec<String> = Vec::new();
    for turn in turns.iter().filter(|t| t.role != Role::Witness) {
        for (scope, label) in recognitions(&turn.text) {
            let Fit::One(name, role) = fit(roster, &label, None) else { continue };
            if !role.is_member() {
                continue;
            }
            // The committee's own ranking member, named so in its
            // subcommittee's hearing, is the committee's.
            let committees = h.members.iter().any(|m| {
                m.name == name && m.title.as_deref().is_some_and(|t| t.starts_with("Ranking Member, "))
            });
            let list = match (scope, h.subcommittee.is_some()) {
                (Scope::Committee, true) => &mut committee,
                (Scope::Own, true) if committees => &mut committee,
                (Scope::Subcommittee, false) => continue,
                _ => &mut own,
            };
            if !list.contains(&name) {
                list.push(name);
            }
        }
    }
    let ranking = |name: &str| own.iter().chain(&committee).any(|n| n == name);
    let [named] = own.as_slice() else {
        // None named, or two (which change nothing): only a committee's
        // ranking member named so.
        let committees = |name: &str| committee.iter().any(|n| n == name);
        for turn in turns.iter_mut() {
            if turn.role.is_member()
                && turn.role != Role::Chair
                && turn.speaker.as_deref().is_some_and(committees)
            {
                turn.role = Role::RankingMember;
            }
        }
        return;
    };
    // The roster's ranking member of the body that held the hearing.
    let listed =
        |name: &str| h.members.iter().any(|m| m.name == name && m.title.as_deref() == Some("Ranking Member"));
    for turn in turns.iter_mut().filter(|t| t.role.is_member() && t.role != Role::Chair) {
        let Some(speaker) = turn.speaker.as_deref() else { continue };
        if ranking(speaker) {
            turn.role = Role::RankingMember;
        } else if speaker != named && listed(speaker) && turn.role == Role::RankingMember {
            turn.role = Role::Member;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognitions_name_the_ranking_member_and_their_body() {
        let got = recognitions(
            "I now recognize the ranking member of the subcommittee, the gentleman from \nTexas, Mr. Paulsen. \
             Then the Ranking Member, Senator Corbin, and our ranking member for the full committee, Mr. Bacon. \
             I thank the ranking member of the subcommittee, Mr. Ron Paulsen, for 5 minutes. \
             The former Chairman and Ranking Member of the Committee, Mr. Goodwin. The ranking member agrees.",
        );
        // Letters of more than one byte where the scope's words would be.
        assert!(recognitions("the ranking member of the subcommitteé, M. Étienne").is_empty());
        assert_eq!(
            got,
            [
                (Scope::Subcommittee, "Mr. Paulsen".to_owned()),
                (Scope::Own, "Senator Corbin".to_owned()),
                (Scope::Committee, "Mr. Bacon".to_owned()),
                (Scope::Subcommittee, "Mr. Ron Paulsen".to_owned()),
            ]
        );
    }
}
