//! A hearing's MODS record laid over what its front matter gave.
//!
//! MODS is the publisher's own record of the hearing, so it comes first:
//! its committee, dates, chamber and citation replace the front matter's
//! reading of the cover, and its members and witnesses head the hearing's
//! lists, so a `Mr. Hollowbrook.` label finds the witness MODS names even
//! when the front matter's contents list was not read. The front matter's
//! people stay in the lists after them, unless MODS names the same person
//! (by `identity`), so nothing the file itself says is lost. Members MODS
//! ties to a bioguide id carry it to the turns they speak.

use super::identity;
use crate::model::{Block, Hearing, Person, Role, Turn};
use crate::parse::mods::{Mods, ModsMember};

/// Lays `mods` over `hearing`'s metadata and lists.
pub fn merge(hearing: &mut Hearing, mods: &Mods) {
    if let Some(t) = &mods.title
        && hearing.title.trim().is_empty()
    {
        hearing.title = t.clone();
    }
    hearing.chamber = mods.chamber.or(hearing.chamber);
    hearing.congress = mods.congress.or(hearing.congress);
    hearing.session = mods.session.or(hearing.session);
    if mods.committee.is_some() {
        hearing.committee = mods.committee.clone();
        // A subcommittee the cover names belongs to the committee it
        // printed; with MODS's committee only MODS's subcommittee fits.
        hearing.subcommittee = mods.subcommittee.clone();
    }
    if !mods.dates.is_empty() {
        hearing.dates = mods.dates.clone();
    }
    hearing.serial = mods.citation.clone().or(hearing.serial.take());
    let members: Vec<Person> = mods.members.iter().map(|m| m.person.clone()).collect();
    hearing.members = ahead(members, std::mem::take(&mut hearing.members));
    hearing.witnesses = ahead(mods.witnesses.clone(), std::mem::take(&mut hearing.witnesses));
}

/// `first`, then those of `then` who are not one of `first` by name. A
/// front-matter entry for the same person keeps its title (`Chairman`),
/// which says their role in this hearing.
fn ahead(mut first: Vec<Person>, then: Vec<Person>) -> Vec<Person> {
    let names: Vec<String> = first.iter().chain(&then).map(|p| p.name.clone()).collect();
    let keys = identity::name_keys(names.iter().map(String::as_str));
    for p in then {
        let same =
            |f: &Person| matches!((keys.get(&f.name), keys.get(&p.name)), (Some(a), Some(b)) if a == b);
        match first.iter_mut().find(|f| same(f)) {
            Some(f) => {
                f.title = f.title.take().or(p.title);
                f.honorific = f.honorific.take().or(p.honorific);
            }
            None => first.push(p),
        }
    }
    first
}

/// Turns spoken by a member MODS ties to a bioguide id carry it, unless
/// something surer (the legislators roster) already did.
pub fn attach(mods: &Mods, turns: &mut [Turn]) {
    if mods.members.is_empty() {
        return;
    }
    let speakers: Vec<&str> = turns.iter().filter_map(|t| t.speaker.as_deref()).collect();
    let names: Vec<&str> = mods.members.iter().map(|m| m.person.name.as_str()).chain(speakers).collect();
    let keys = identity::name_keys(names.iter().copied());
    for turn in turns.iter_mut().filter(|t| t.member.is_none()) {
        let Some(key) = turn.speaker.as_deref().and_then(|s| keys.get(s)) else { continue };
        let mut fits = mods.members.iter().filter(|m| keys.get(m.person.name.as_str()) == Some(key));
        // Two MODS members under one name would be a guess: neither.
        if let (Some(m), None) = (fits.next(), fits.next()) {
            turn.member = Some(m.member.clone());
        }
    }
}

/// A Record label the hearing's lists left unresolved (`Miss McMORRIS`,
/// the member being Cathy McMorris Rodgers; `Ms. LEE` beside Sheila
/// Jackson Lee) that is, letter for letter, the name the granule's record
/// parsed from the page for exactly one member speaking: that member.
pub fn printed_labels(mods: &Mods, turns: &mut [Turn]) {
    for turn in turns.iter_mut().filter(|t| t.speaker.is_none()) {
        let mut fits = mods.members.iter().filter(|m| m.parsed.as_deref() == Some(turn.label.as_str()));
        if let (Some(m), None) = (fits.next(), fits.next()) {
            turn.speaker = Some(m.person.name.clone());
            turn.member = Some(m.member.clone());
            turn.role = Role::Member;
            turn.candidates.clear();
        }
    }
}

/// A presiding officer the Record names by surname (`The Acting CHAIRMAN
/// (Mr. Shaw)`, `The PRESIDING OFFICER (Mr. Smith of Oregon)`), found
/// among the members the record lists that day, roll calls included: the
/// one member of that surname (and state, when printed). Several, or none:
/// left as it was. The bare office after it is carried by
/// `members::carry_presiding`; the bare office right after the Record's
/// narration names who took the chair (`with Mr. Foley (Acting Chairman) in
/// the chair`) is that officer, up to the next officer named.
pub fn presiding(mods: &Mods, turns: &mut [Turn], blocks: &[Block]) {
    for turn in turns.iter_mut().filter(|t| t.role == Role::PresidingOfficer && t.speaker.is_none()) {
        let Some(inner) = turn.label.split_once(" (").map(|(_, r)| r.trim_end_matches(')')) else { continue };
        if let Some(one) = member_named(mods, inner) {
            turn.speaker = Some(one.person.name.clone());
            turn.member = Some(one.member.clone());
        }
    }
    let handovers: Vec<&Block> = blocks.iter().filter(|b| super::members::hands_over(b)).collect();
    for (k, block) in handovers.iter().enumerate() {
        let Some((office, name)) = took_the_chair(&block.text) else { continue };
        let Some(one) = member_named(mods, &name) else { continue };
        // Up to the chair's next change of hands at the latest.
        let until = handovers.get(k + 1).map_or(usize::MAX, |b| b.span.start);
        for turn in turns.iter_mut().filter(|t| t.span.start > block.span.start && t.span.start < until) {
            let upper = turn.label.to_uppercase();
            if !upper.starts_with(office) {
                continue;
            }
            // The next officer named, or named again, ends it.
            if upper.contains(" (") || turn.speaker.is_some() {
                break;
            }
            turn.speaker = Some(one.person.name.clone());
            turn.member = Some(one.member.clone());
        }
    }
}

/// The one member the record lists that day (speaking or voting) whom
/// `Mr. Shaw` or `Mr. Smith of Oregon` names.
fn member_named<'m>(mods: &'m Mods, printed: &str) -> Option<&'m ModsMember> {
    let (name, state) = match printed.split_once(" of ") {
        Some((n, s)) => (n, Some(s)),
        None => (printed, None),
    };
    let key = crate::names::surname_key(&crate::names::strip_title(name));
    if key.is_empty() {
        return None;
    }
    let code = state.and_then(super::roster::state_code);
    let mut fits: Vec<&ModsMember> = Vec::new();
    for m in mods.members.iter().chain(&mods.roll) {
        let same_state = code.is_none_or(|c| m.member.state.eq_ignore_ascii_case(c));
        if crate::names::surname_key(&m.person.name) == key
            && same_state
            && !fits.iter().any(|f| f.member.bioguide == m.member.bioguide)
        {
            fits.push(m);
        }
    }
    if let [one] = fits[..] { Some(one) } else { None }
}

/// The office and the name in the Record's narration of someone taking the
/// chair: `... with Mr. Foley (Acting Chairman) in the chair.`, `the Speaker
/// pro tempore (Mr. Simpson) having assumed the chair`, `(Mr. GRAHAM assumed
/// the chair.)`.
fn took_the_chair(text: &str) -> Option<(&'static str, String)> {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for title in ["(Acting Chairman) in the chair", "(Acting Chairwoman) in the chair"] {
        if let Some((before, _)) = flat.split_once(title) {
            let name = before.rsplit_once("with ").map_or(before, |(_, n)| n).trim();
            return Some(("THE ACTING CHAIRMAN", name.to_owned()));
        }
    }
    if let Some((_, after)) = flat.split_once("Speaker pro tempore (")
        && let Some((name, rest)) = after.split_once(')')
        && rest.trim_start().starts_with("having assumed the chair")
    {
        return Some(("THE SPEAKER PRO TEMPORE", name.to_owned()));
    }
    let inner = flat.strip_prefix('(')?.strip_suffix(".)")?;
    let name = inner.strip_suffix(" assumed the chair")?;
    (name.split(' ').count() <= 5).then(|| ("THE PRESIDING OFFICER", name.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Chamber, Member};

    fn mods() -> Mods {
        Mods {
            chamber: Some(Chamber::Senate),
            committee: Some("Committee on Commerce".into()),
            dates: vec!["2024-07-11".into()],
            citation: Some("S. Hrg. 118-376".into()),
            members: vec![ModsMember {
                person: Person {
                    name: "Roland Zephyrine".into(),
                    state: Some("Connecticut".into()),
                    ..Person::default()
                },
                member: Member { bioguide: "Z000901".into(), party: Some("D".into()), state: "CT".into() },
                chamber: Some(Chamber::Senate),
                parsed: None,
            }],
            witnesses: vec![Person { name: "Troy Hollowbrook".into(), ..Person::default() }],
            ..Mods::default()
        }
    }

    #[test]
    fn mods_fills_metadata_and_heads_the_lists_without_doubling_anyone() {
        let mut h = Hearing {
            title: "Harbor Dredging".into(),
            committee: Some("COMMITTEE ON COMMERCE, SCIENCE".into()),
            subcommittee: Some("Subcommittee on Something Misread".into()),
            dates: vec!["2024".into()],
            members: vec![
                Person {
                    name: "Roland Zephyrine".into(),
                    title: Some("Chairman".into()),
                    ..Person::default()
                },
                Person { name: "Ada Quince".into(), ..Person::default() },
            ],
            ..Hearing::default()
        };
        merge(&mut h, &mods());
        assert_eq!(h.title, "Harbor Dredging");
        assert_eq!(h.committee.as_deref(), Some("Committee on Commerce"));
        assert_eq!(h.subcommittee, None);
        assert_eq!(h.dates, ["2024-07-11"]);
        assert_eq!(h.serial.as_deref(), Some("S. Hrg. 118-376"));
        assert_eq!(h.chamber, Some(Chamber::Senate));
        let members: Vec<_> = h.members.iter().map(|p| (p.name.as_str(), p.title.as_deref())).collect();
        assert_eq!(members, [("Roland Zephyrine", Some("Chairman")), ("Ada Quince", None)]);
        assert_eq!(h.witnesses[0].name, "Troy Hollowbrook");
    }

    #[test]
    fn a_state_printed_in_full_fits_the_code_a_record_gives() {
        let member = |name: &str, id: &str, state: &str| ModsMember {
            person: Person { name: name.into(), state: Some(state.into()), ..Person::default() },
            member: Member { bioguide: id.into(), party: None, state: state.into() },
            chamber: Some(Chamber::Senate),
            parsed: None,
        };
        let m = Mods {
            members: vec![member("Gordon Smith", "S001142", "OR"), member("Bob Smith", "S000522", "NH")],
            ..Mods::default()
        };
        let mut h = Hearing::default();
        merge(&mut h, &m);
        let mut turns = vec![
            Turn { label: "Mr. SMITH of Oregon".into(), ..Turn::default() },
            Turn { label: "Mr. SMITH".into(), ..Turn::default() },
        ];
        super::super::resolve(&h, &mut turns, false);
        attach(&m, &mut turns);
        assert_eq!(turns[0].speaker.as_deref(), Some("Gordon Smith"));
        assert_eq!(turns[0].member.as_ref().map(|m| m.bioguide.as_str()), Some("S001142"));
        // Without the state, both fit: neither is chosen.
        assert_eq!(turns[1].speaker, None);
        assert_eq!(turns[1].candidates, ["Gordon Smith", "Bob Smith"]);
    }

    #[test]
    fn labels_resolve_to_mods_people_and_members_carry_their_bioguide_id() {
        let mut h = Hearing::default();
        let m = mods();
        merge(&mut h, &m);
        let mut turns: Vec<Turn> = ["Senator Zephyrine", "Mr. Hollowbrook", "Mr. Nobody"]
            .iter()
            .map(|l| Turn { label: (*l).into(), ..Turn::default() })
            .collect();
        super::super::resolve(&h, &mut turns, false);
        attach(&m, &mut turns);
        let got: Vec<_> = turns
            .iter()
            .map(|t| (t.speaker.as_deref(), t.role, t.member.as_ref().map(|m| m.bioguide.as_str())))
            .collect();
        assert_eq!(
            got,
            [
                (Some("Roland Zephyrine"), Role::Member, Some("Z000901")),
                (Some("Troy Hollowbrook"), Role::Witness, None),
                (None, Role::Unknown, None),
            ]
        );
    }

    #[test]
    fn who_the_records_narration_says_took_the_chair() {
        let cases = [
            (
                "Accordingly, the House resolved itself into the Committee of the \nWhole ... with Mr. \nFoley (Acting Chairman) in the chair.",
                Some(("THE ACTING CHAIRMAN", "Mr. Foley")),
            ),
            (
                "Accordingly, the Committee rose; and the Speaker pro tempore (Mr. \nSimpson) having assumed the chair, Mr. Gingrey, Acting Chairman",
                Some(("THE SPEAKER PRO TEMPORE", "Mr. Simpson")),
            ),
            ("(Mr. GRAHAM assumed the chair.)", Some(("THE PRESIDING OFFICER", "Mr. GRAHAM"))),
            ("The Committee resumed its sitting.", None),
            ("(Ms. ESHOO asked and was given permission to revise and extend her remarks.)", None),
        ];
        for (text, want) in cases {
            let got = took_the_chair(text);
            assert_eq!(got.as_ref().map(|(o, n)| (*o, n.as_str())), want, "{text}");
        }
    }
}
