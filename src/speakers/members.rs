//! Speakers to members of Congress, with the legislators roster.
//!
//! Runs after the hearing's own resolution, which stays first: the roster only
//! confirms a member the hearing already named, or fills in a label the
//! hearing could not resolve, and never overrides either. A label several
//! hearing-roster entries fit stays unresolved whatever the legislators say.
//!
//! A match needs the hearing's date (who sat then), its chamber, the surname
//! as printed, and the given name, state and `Mr.`/`Ms.` when printed.
//!
//! The honorific's gender is the one thing the roster adds to a label the
//! hearing found ambiguous: `Mrs. McCarthy`, with a Carolyn and a Kevin
//! McCarthy on the committee, is Carolyn when the roster says Kevin is a man.
//! It only ever rules people out, and never all of them: with no gender in
//! the roster, or an honorific misprinted, the label stays as it was.

use super::nicknames::same_given;
use super::roster::{Legislator, Period, Roster, fold, state_code};
use crate::model::{Chamber, Format, Hearing, Member, Role, Turn};
use std::collections::HashMap;

/// Titles that only a member of Congress carries, so a label with one of
/// them is never a witness who happens to share a member's surname.
const MEMBER_TITLES: &[&str] =
    &["SENATOR", "SEN", "REPRESENTATIVE", "REP", "CONGRESSMAN", "CONGRESSWOMAN", "DELEGATE", "DEL"];
/// Honorifics that say a man or a woman (folded: no periods). `Senator`,
/// `Representative`, `Chairman`, `Dr.` say neither: women have been printed
/// `Chairman` too.
const MALE: &[&str] = &["MR"];
const FEMALE: &[&str] = &["MRS", "MS", "MISS", "MADAM", "MADAME"];

/// A legislator, with the state and party of their term at the hearing.
type Sitting<'a> = (&'a Legislator, String, Option<String>);

/// What the roster made of one label.
#[derive(Clone)]
enum Outcome {
    /// The roster person, and the name to show if the hearing gave none.
    Found(Member, String),
    /// One of the hearing's candidates, chosen by the honorific's gender:
    /// their name, their role in the hearing, and the roster person if known.
    Chosen(String, Role, Option<Member>),
    Candidates(Vec<String>),
    Nothing,
}

pub fn attach(hearing: &Hearing, turns: &mut [Turn], roster: &Roster) {
    if roster.is_empty() {
        return;
    }
    // Without a date there is no telling who sat in Congress then.
    let Some(period) = hearing.date().and_then(Period::of) else { return };
    let chambers: &[Chamber] = match hearing.chamber {
        Some(Chamber::Senate) => &[Chamber::Senate],
        Some(Chamber::House) => &[Chamber::House],
        Some(Chamber::Joint) | None => &[Chamber::Senate, Chamber::House],
    };
    let ctx = Ctx { hearing, roster, period, chambers };
    let mut known: HashMap<(String, Option<String>), Outcome> = HashMap::new();
    for turn in turns.iter_mut() {
        let key = (turn.label.clone(), turn.speaker.clone());
        let outcome = known.entry(key).or_insert_with(|| ctx.outcome(turn)).clone();
        match outcome {
            Outcome::Found(member, name) => {
                if turn.speaker.is_none() {
                    turn.speaker = Some(name);
                    if turn.role == Role::Unknown {
                        turn.role = Role::Member;
                    }
                }
                turn.member = Some(member);
            }
            Outcome::Chosen(name, role, member) => {
                turn.speaker = Some(name);
                turn.role = role;
                turn.member = member;
                turn.candidates.clear();
            }
            Outcome::Candidates(names) => turn.candidates = names,
            Outcome::Nothing => {}
        }
    }
    if hearing.format == Format::Record {
        carry_presiding(turns);
    }
}

/// The Record names a presiding officer once, when the chair changes hands
/// (`The PRESIDING OFFICER (Mr. Graham).`), and prints the bare office after
/// that: the bare office is whoever was named last. A named officer nobody
/// could resolve ends the carry, as does the start of the file.
fn carry_presiding(turns: &mut [Turn]) {
    let mut current: HashMap<String, Option<(String, Option<Member>)>> = HashMap::new();
    for turn in turns.iter_mut() {
        let (office, named) = match turn.label.split_once(" (") {
            Some((office, _)) => (office.trim().to_uppercase(), true),
            None => (turn.label.trim().to_uppercase(), false),
        };
        if !(office.starts_with("THE PRESIDING OFFICER")
            || office.starts_with("THE SPEAKER PRO TEMPORE")
            || office.starts_with("THE ACTING CHAIRMAN")
            || office.starts_with("THE ACTING PRESIDENT PRO TEMPORE"))
        {
            continue;
        }
        if named {
            current.insert(office, turn.speaker.clone().map(|s| (s, turn.member.clone())));
        } else if turn.speaker.is_none()
            && let Some(Some((speaker, member))) = current.get(&office)
        {
            turn.speaker = Some(speaker.clone());
            turn.member = member.clone();
            turn.role = Role::PresidingOfficer;
        }
    }
}

struct Ctx<'a> {
    hearing: &'a Hearing,
    roster: &'a Roster,
    period: Period,
    chambers: &'a [Chamber],
}

/// A name to look up: its words folded, and what else the label or the
/// hearing's roster printed.
struct Query {
    words: Vec<String>,
    state: Option<String>,
    gender: Option<&'static str>,
    /// The full name is known (from the hearing's roster), so the given name
    /// must agree; a bare-surname label may also give no given name.
    full: bool,
}

impl Ctx<'_> {
    fn outcome(&self, turn: &Turn) -> Outcome {
        match &turn.speaker {
            Some(name) => self.confirm(name, turn.role),
            None if turn.candidates.is_empty() => self.fill_in(&turn.label, turn.role),
            // The hearing's own roster found several: that stands, but for
            // those the label's `Mr.` or `Mrs.` rules out.
            None => self.by_gender(&turn.label, &turn.candidates),
        }
    }

    /// A member the hearing named (`Jack Reed`, listed for Rhode Island):
    /// the one legislator of that name, state and chamber sitting then.
    fn confirm(&self, name: &str, role: Role) -> Outcome {
        if !matches!(role, Role::Chair | Role::RankingMember | Role::Member | Role::PresidingOfficer) {
            return Outcome::Nothing;
        }
        match self.legislator(name) {
            Some((l, term_state, party)) => {
                Outcome::Found(member(l, &term_state, party.as_deref()), l.name.clone())
            }
            // Unknown to the roster, or several of one name: the hearing's
            // name stands alone; confirming is no place to list candidates.
            None => Outcome::Nothing,
        }
    }

    /// The one legislator a member's name stands for, with the state and
    /// party of their term then; the state the hearing lists them for, if
    /// any, must agree.
    fn legislator(&self, name: &str) -> Option<Sitting<'_>> {
        let listed = self.hearing.members.iter().find(|p| p.name == name);
        let state = listed.and_then(|p| p.state.as_deref()).and_then(state_code).map(str::to_owned);
        // Two members of one name sat in the House at once (Mike Rogers of
        // Alabama and of Michigan, 2003-2015). Without the state, a roster of
        // today's members alone cannot rule out a namesake who has left.
        if state.is_none() && !self.knows_former_members() {
            return None;
        }
        let q = Query { words: name_words(name), state, gender: None, full: true };
        let mut found = self.matches(&q);
        if found.len() == 1 { found.pop() } else { None }
    }

    /// A label several of the hearing's people fit (`Mrs. McCarthy`): those
    /// the honorific rules out are dropped, by the gender the roster gives
    /// the members among them. A witness, or a member the roster does not
    /// know or gives no gender, is never ruled out. One left is the speaker.
    fn by_gender(&self, label: &str, candidates: &[String]) -> Outcome {
        let Some(gender) = honorific_gender(label) else { return Outcome::Nothing };
        let people: Vec<(&String, Role, Option<Sitting>)> = candidates
            .iter()
            .map(|name| {
                let role = super::listed_role(self.hearing, name).unwrap_or(Role::Unknown);
                let is_member = matches!(role, Role::Chair | Role::RankingMember | Role::Member);
                (name, role, if is_member { self.legislator(name) } else { None })
            })
            .collect();
        let kept =
            of_gender(people, Some(gender), |(_, _, l)| l.as_ref().and_then(|l| l.0.gender.as_deref()));
        match kept.as_slice() {
            _ if kept.len() == candidates.len() => Outcome::Nothing,
            [(name, role, l)] => Outcome::Chosen(
                (*name).clone(),
                *role,
                l.as_ref().map(|(l, state, party)| member(l, state, party.as_deref())),
            ),
            _ => Outcome::Candidates(kept.iter().map(|(name, ..)| (*name).clone()).collect()),
        }
    }

    /// A label the hearing's roster could not resolve (`Mr. ISSA`,
    /// `Mr. SMITH of New Jersey`, `Senator Levin`).
    fn fill_in(&self, label: &str, role: Role) -> Outcome {
        // `The PRESIDING OFFICER (Mr. Graham)`: the name in parentheses.
        let name = match label.split_once('(') {
            Some((_, inner)) if role == Role::PresidingOfficer => inner.trim_end_matches(')'),
            Some(_) => return Outcome::Nothing,
            None if role == Role::PresidingOfficer || fold(label).starts_with("THE ") => {
                return Outcome::Nothing;
            }
            None => label,
        };
        let (name, state) = match name.split_once(" of ") {
            Some((n, s)) => match state_code(s) {
                Some(code) => (n, Some(code.to_owned())),
                None => return Outcome::Nothing,
            },
            None => (name, None),
        };
        let gender = honorific_gender(name);
        let mut words = name_words(name);
        let title = if words.len() > 1 { words.remove(0) } else { return Outcome::Nothing };
        let member_title = MEMBER_TITLES.contains(&title.as_str());
        // Why a surname match may be trusted:
        // - in the Congressional Record only members speak, and a bare
        //   surname is printed only when no one else in the chamber has it
        //   (`Mr. SMITH of New Jersey` otherwise), so a roster member of that
        //   name who sat then is the speaker;
        // - in a hearing, witnesses are `Mr.` and `Ms.` too, and labels are
        //   unique only within the committee, so only a member's title counts,
        //   and only when the roster knows former members as well as today's.
        let trusted = if self.hearing.format == Format::Record {
            member_title || gender.is_some()
        } else {
            member_title && self.knows_former_members()
        };
        if !trusted {
            return Outcome::Nothing;
        }
        let q = Query { words, state, gender, full: false };
        match self.matches(&q).as_slice() {
            [] => Outcome::Nothing,
            [(l, term_state, party)] => {
                Outcome::Found(member(l, term_state, party.as_deref()), l.name.clone())
            }
            many => Outcome::Candidates(
                many.iter()
                    .map(|(l, state, party)| {
                        format!("{} ({}-{state}, {})", l.name, party_letter(party.as_deref()), l.bioguide)
                    })
                    .collect(),
            ),
        }
    }

    fn knows_former_members(&self) -> bool {
        self.chambers.iter().all(|c| self.roster.knows_former_members(*c, &self.period))
    }

    /// Legislators who fit the query and sat in the hearing's chamber during
    /// its date, with the state and party of that term.
    fn matches(&self, q: &Query) -> Vec<Sitting<'_>> {
        let mut out = Vec::new();
        for l in &self.roster.people {
            if !names_fit(l, q) {
                continue;
            }
            let term = self.chambers.iter().find_map(|c| l.term_during(*c, &self.period));
            if let Some(t) = term
                && q.state.as_ref().is_none_or(|s| *s == t.state)
            {
                out.push((l, t.state.clone(), t.party.clone()));
            }
        }
        of_gender(out, q.gender, |(l, ..)| l.gender.as_deref())
    }
}

/// `M` for a label that starts `Mr.`, `F` for `Mrs.`, `Ms.`, `Miss`, `Madam`;
/// none for any other title.
fn honorific_gender(label: &str) -> Option<&'static str> {
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
fn of_gender<T>(people: Vec<T>, gender: Option<&str>, gender_of: impl Fn(&T) -> Option<&str>) -> Vec<T> {
    let Some(g) = gender else { return people };
    if !people.iter().any(|p| gender_of(p).is_none_or(|pg| pg == g)) {
        return people;
    }
    people.into_iter().filter(|p| gender_of(p).is_none_or(|pg| pg == g)).collect()
}

/// Folded words of a name, without `Jr.`-style suffixes.
fn name_words(name: &str) -> Vec<String> {
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
fn names_fit(l: &Legislator, q: &Query) -> bool {
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
fn given_names(l: &Legislator) -> Vec<String> {
    let first = fold(&l.first);
    let mut out = match first.split_once(" (") {
        Some((first, short)) => vec![first.to_owned(), short.trim_end_matches(')').to_owned()],
        None => vec![first],
    };
    out.extend(l.nickname.as_deref().map(fold));
    out
}

fn member(l: &Legislator, state: &str, party: Option<&str>) -> Member {
    Member {
        bioguide: l.bioguide.clone(),
        party: party.map(|p| party_letter(Some(p)).to_owned()),
        state: state.to_owned(),
    }
}

/// `Democrat` -> `D`, as hearings print parties; others as spelled.
fn party_letter(party: Option<&str>) -> &str {
    match party {
        Some("Democrat") => "D",
        Some("Republican") => "R",
        Some("Independent") => "I",
        Some(other) => other,
        None => "?",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Person;
    use crate::speakers::roster::Term;

    fn person(
        bioguide: &str,
        first: &str,
        last: &str,
        gender: &str,
        terms: &[(&str, &str, &str, &str)],
    ) -> Legislator {
        Legislator {
            bioguide: bioguide.into(),
            name: format!("{first} {last}"),
            first: first.into(),
            middle: None,
            last: last.into(),
            nickname: None,
            gender: Some(gender.into()),
            terms: terms
                .iter()
                .map(|(chamber, start, end, state)| Term {
                    chamber: if *chamber == "sen" { Chamber::Senate } else { Chamber::House },
                    start: (*start).into(),
                    end: (*end).into(),
                    state: (*state).into(),
                    party: Some("Democrat".into()),
                })
                .collect(),
        }
    }

    /// Invented people: two Marlows in the House at once, one Quist, a
    /// Senator Brandt who left long ago.
    fn roster() -> Roster {
        Roster {
            sources: vec![],
            people: vec![
                person("M000001", "Ann", "Marlow", "F", &[("rep", "2001-01-03", "2011-01-03", "OH")]),
                person("M000002", "Tom", "Marlow", "M", &[("rep", "2003-01-03", "2027-01-03", "NJ")]),
                person(
                    "Q000001",
                    "Ida",
                    "Quist",
                    "F",
                    &[("rep", "2003-01-03", "2025-01-03", "WA"), ("rep", "2025-01-03", "2027-01-03", "WA")],
                ),
                person("B000001", "Carl", "Brandt", "M", &[("sen", "1999-01-06", "2011-01-03", "MN")]),
                person("V000001", "Eve", "Van Dorn", "F", &[("sen", "2001-01-03", "2027-01-03", "CO")]),
            ],
        }
    }

    fn turns(labels: &[&str]) -> Vec<Turn> {
        labels.iter().map(|l| Turn { label: (*l).into(), ..Default::default() }).collect()
    }

    fn record(chamber: Chamber) -> Hearing {
        Hearing {
            format: Format::Record,
            chamber: Some(chamber),
            dates: vec!["2005-07-20".into()],
            ..Default::default()
        }
    }

    #[test]
    fn record_labels_by_the_records_own_convention() {
        let mut t = turns(&["Ms. QUIST", "Mr. MARLOW", "Ms. MARLOW", "Mr. BRANDT", "Mrs. QUIST of Ohio"]);
        super::super::resolve(&record(Chamber::House), &mut t, false);
        attach(&record(Chamber::House), &mut t, &roster());
        let got: Vec<_> = t
            .iter()
            .map(|t| (t.speaker.as_deref(), t.member.as_ref().map(|m| m.bioguide.as_str())))
            .collect();
        assert_eq!(
            got,
            [
                (Some("Ida Quist"), Some("Q000001")),
                (Some("Tom Marlow"), Some("M000002")),
                (Some("Ann Marlow"), Some("M000001")),
                // A senator is not in the House; Quist sat for Washington.
                (None, None),
                (None, None),
            ]
        );
        assert_eq!(t[0].role, Role::Member);
        assert_eq!(t[0].member.as_ref().unwrap().state, "WA");
        assert_eq!(t[0].member.as_ref().unwrap().party.as_deref(), Some("D"));
    }

    #[test]
    fn the_bare_office_is_whoever_was_named_last() {
        let mut t = turns(&[
            "The PRESIDING OFFICER",
            "The PRESIDING OFFICER (Mr. Brandt)",
            "Ms. VAN DORN",
            "The PRESIDING OFFICER",
            "The PRESIDING OFFICER (Mr. Nobody)",
            "The PRESIDING OFFICER",
        ]);
        let senate = record(Chamber::Senate);
        super::super::resolve(&senate, &mut t, false);
        attach(&senate, &mut t, &roster());
        let got: Vec<_> = t.iter().map(|t| t.speaker.as_deref()).collect();
        assert_eq!(
            got,
            [
                // Before anyone is named, the office is nobody in particular.
                None,
                Some("Carl Brandt"),
                Some("Eve Van Dorn"),
                Some("Carl Brandt"),
                // A new officer nobody can name ends the carry.
                None,
                None,
            ]
        );
        assert_eq!(t[3].member.as_ref().unwrap().bioguide, "B000001");
        assert_eq!(t[3].role, Role::PresidingOfficer);
    }

    #[test]
    fn two_of_one_surname_stay_apart_with_candidates() {
        // Without the title's gender, both Marlows fit.
        let mut t = turns(&["Rep. MARLOW", "Rep. MARLOW of New Jersey"]);
        attach(&record(Chamber::House), &mut t, &roster());
        assert_eq!(t[0].speaker, None);
        assert_eq!(t[0].candidates, ["Ann Marlow (D-OH, M000001)", "Tom Marlow (D-NJ, M000002)"]);
        assert_eq!(t[1].member.as_ref().unwrap().bioguide, "M000002");
    }

    #[test]
    fn hearings_need_a_members_title_and_former_members() {
        let h = Hearing {
            format: Format::Gpo,
            chamber: Some(Chamber::Senate),
            dates: vec!["2005-03-01".into()],
            ..Default::default()
        };
        let mut t = turns(&["Senator Van Dorn", "Mr. Brandt"]);
        attach(&h, &mut t, &roster());
        // Brandt's service ended in 2011, before the newest term in the
        // roster began: the roster knows former senators of 2005.
        assert_eq!(t[0].member.as_ref().map(|m| m.bioguide.as_str()), Some("V000001"));
        // A `Mr.` in a hearing may be a witness.
        assert_eq!(t[1].speaker, None);
        // Only today's members: a lone surname match proves nothing.
        let today = Roster {
            sources: vec![],
            people: roster().people.into_iter().filter(|p| p.bioguide != "B000001").collect(),
        };
        let mut t = turns(&["Senator Van Dorn"]);
        attach(&h, &mut t, &today);
        assert_eq!(t[0].speaker, None);
    }

    #[test]
    fn a_member_the_hearing_named_is_confirmed_by_full_name_and_state() {
        let h = Hearing {
            format: Format::Gpo,
            chamber: Some(Chamber::House),
            dates: vec!["2006-02-15".into()],
            members: vec![
                Person { name: "Tom Marlow".into(), state: Some("New Jersey".into()), ..Default::default() },
                Person { name: "Ida Quist".into(), state: Some("Iowa".into()), ..Default::default() },
            ],
            ..Default::default()
        };
        let mut t = turns(&["Mr. Marlow", "Ms. Quist"]);
        super::super::resolve(&h, &mut t, false);
        attach(&h, &mut t, &roster());
        assert_eq!(t[0].speaker.as_deref(), Some("Tom Marlow"));
        assert_eq!(t[0].member.as_ref().unwrap().bioguide, "M000002");
        // The hearing says Iowa; the roster's Ida Quist sat for Washington: not her.
        assert_eq!(t[1].speaker.as_deref(), Some("Ida Quist"));
        assert_eq!(t[1].member, None);
    }

    /// A House hearing of 2006 listing `members` (name, state) and `witnesses`.
    fn hearing(members: &[(&str, &str)], witnesses: &[&str]) -> Hearing {
        Hearing {
            format: Format::Gpo,
            chamber: Some(Chamber::House),
            dates: vec!["2006-02-15".into()],
            members: members
                .iter()
                .map(|(name, state)| Person {
                    name: (*name).into(),
                    state: Some((*state).into()),
                    ..Default::default()
                })
                .collect(),
            witnesses: witnesses.iter().map(|w| Person { name: (*w).into(), ..Default::default() }).collect(),
            ..Default::default()
        }
    }

    fn speakers(h: &Hearing, labels: &[&str], roster: &Roster) -> Vec<Turn> {
        let mut t = turns(labels);
        super::super::resolve(h, &mut t, false);
        attach(h, &mut t, roster);
        t
    }

    #[test]
    fn the_honorific_rules_out_a_candidate_of_the_other_gender() {
        let h = hearing(&[("Ann Marlow", "Ohio"), ("Tom Marlow", "New Jersey")], &[]);
        let labels = ["Mrs. Marlow", "Mr. Marlow", "Madam Marlow", "Representative Marlow"];
        let t = speakers(&h, &labels, &roster());
        let got: Vec<_> = t
            .iter()
            .map(|t| (t.speaker.as_deref(), t.member.as_ref().map(|m| m.bioguide.as_str()), t.role))
            .collect();
        assert_eq!(
            got,
            [
                (Some("Ann Marlow"), Some("M000001"), Role::Member),
                (Some("Tom Marlow"), Some("M000002"), Role::Member),
                (Some("Ann Marlow"), Some("M000001"), Role::Member),
                // `Representative` says no gender: still either.
                (None, None, Role::Member),
            ]
        );
        assert!(t[0].candidates.is_empty());
        assert_eq!(t[3].candidates, ["Ann Marlow", "Tom Marlow"]);
    }

    #[test]
    fn gender_never_rules_out_everyone_nor_anyone_the_roster_does_not_know() {
        let h = hearing(&[("Ann Marlow", "Ohio"), ("Tom Marlow", "New Jersey")], &[]);
        // A roster without gender, and one where both are women (so `Mr.`
        // is a misprint): the label stays as the hearing left it.
        let mut no_gender = roster();
        no_gender.people.iter_mut().for_each(|p| p.gender = None);
        let mut both_women = roster();
        both_women.people.iter_mut().for_each(|p| p.gender = Some("F".into()));
        for r in [no_gender, both_women] {
            let t = speakers(&h, &["Mr. Marlow"], &r);
            assert_eq!((t[0].speaker.as_deref(), &t[0].member), (None, &None));
            assert_eq!(t[0].candidates, ["Ann Marlow", "Tom Marlow"]);
        }
        // A witness has no gender in the roster: never ruled out, so `Mr.`
        // leaves both, and `Ms.` leaves the witness.
        let h = hearing(&[("Tom Marlow", "New Jersey")], &["Lee Marlow"]);
        let t = speakers(&h, &["Mr. Marlow", "Ms. Marlow"], &roster());
        assert_eq!(t[0].speaker, None);
        assert_eq!(t[0].candidates, ["Tom Marlow", "Lee Marlow"]);
        assert_eq!(
            (t[1].speaker.as_deref(), t[1].role, &t[1].member),
            (Some("Lee Marlow"), Role::Witness, &None)
        );
        // Three: the one ruled out leaves two candidates.
        let h = hearing(&[("Ann Marlow", "Ohio"), ("Tom Marlow", "New Jersey")], &["Lee Marlow"]);
        let t = speakers(&h, &["Mrs. Marlow"], &roster());
        assert_eq!(t[0].speaker, None);
        assert_eq!(t[0].candidates, ["Ann Marlow", "Lee Marlow"]);
    }

    #[test]
    fn a_misprinted_honorific_in_the_record_still_finds_the_only_member_of_the_name() {
        let mut t = turns(&["Mr. QUIST", "Madam QUIST"]);
        attach(&record(Chamber::House), &mut t, &roster());
        assert_eq!(t[0].member.as_ref().map(|m| m.bioguide.as_str()), Some("Q000001"));
        assert_eq!(t[1].member.as_ref().map(|m| m.bioguide.as_str()), Some("Q000001"));
        assert_eq!(honorific_gender("Miss Quist"), Some("F"));
        assert_eq!(honorific_gender("Madame Chairman"), Some("F"));
        for neutral in ["Senator Quist", "Chairman Quist", "Dr. Quist", "Representative Quist"] {
            assert_eq!(honorific_gender(neutral), None, "{neutral}");
        }
    }

    #[test]
    fn given_names_agree_by_the_rosters_nickname_or_a_standard_short_form() {
        let mut r = roster();
        let mut jim =
            person("P000001", "James (Jim)", "Pruitt", "M", &[("rep", "2003-01-03", "2013-01-03", "TX")]);
        jim.name = "James C. Pruitt".into();
        let mut jan =
            person("H000001", "Janice", "Halloran", "F", &[("rep", "1999-01-06", "2027-01-03", "IL")]);
        jan.nickname = Some("Jan".into());
        r.people.extend([
            jim,
            jan,
            person("H000002", "Jane", "Halloran", "F", &[("rep", "2003-01-03", "2011-01-03", "IL")]),
            person("T000001", "William", "Tolliver", "M", &[("rep", "2001-01-03", "2013-01-03", "OH")]),
            person("T000002", "Robert", "Tolliver", "M", &[("rep", "2005-01-04", "2015-01-03", "OH")]),
        ]);
        let h = hearing(
            &[
                ("Jim Pruitt", "Texas"),
                ("Jan Halloran", "Illinois"),
                ("Bill Tolliver", "Ohio"),
                ("Tom Marlow", "New Jersey"),
            ],
            &[],
        );
        let t = speakers(&h, &["Mr. Pruitt", "Ms. Halloran", "Mr. Tolliver", "Mr. Marlow"], &r);
        let got: Vec<_> = t.iter().map(|t| t.member.as_ref().map(|m| m.bioguide.as_str())).collect();
        // Jim: the short form in the roster's first name; Jan: the roster's
        // nickname, and not Jane; Bill: William by the table, not Robert.
        assert_eq!(got, [Some("P000001"), Some("H000001"), Some("T000001"), Some("M000002")]);
        // Two of one surname whose given names are not one name: neither is `Bob`.
        let h = hearing(&[("Bob Tolliver", "Ohio")], &[]);
        let t = speakers(&h, &["Mr. Tolliver"], &r);
        assert_eq!(t[0].member.as_ref().map(|m| m.bioguide.as_str()), Some("T000002"));
    }

    #[test]
    fn no_date_no_attribution() {
        let mut h = record(Chamber::House);
        h.dates.clear();
        let mut t = turns(&["Ms. QUIST"]);
        attach(&h, &mut t, &roster());
        assert_eq!(t[0].speaker, None);
    }
}
