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

mod fit;
#[cfg(test)]
mod tests;

use super::roster::{Legislator, Period, Roster, fold, state_code};
use crate::model::{Block, Chamber, Format, Hearing, Member, Role, Transcript, Turn};
use fit::{honorific_gender, member, name_words, names_fit, of_gender, party_letter};
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
}

/// `attach` for a whole transcript, then, in the Record, the bare
/// presiding offices carried from the officer named last
/// (`carry_presiding`), the Record's narration of the chair changing hands
/// included.
pub fn attach_transcript(t: &mut Transcript, roster: &Roster) {
    attach(&t.hearing, &mut t.turns, roster);
    if t.hearing.format == Format::Record {
        carry_presiding(&mut t.turns, &t.blocks);
    }
}

/// The Record's narration of the chair changing hands: `the House resolved
/// itself into the Committee of the Whole ... with Mr. Foley (Acting
/// Chairman) in the chair`, `the Committee rose; and the Speaker pro
/// tempore (Mr. Simpson) having assumed the chair`.
pub(crate) fn hands_over(block: &Block) -> bool {
    let flat = block.text.split_whitespace().collect::<Vec<_>>().join(" ");
    [
        "in the chair",
        "assumed the chair",
        "resumed the chair",
        "resolved itself into the Committee",
        "Committee rose",
    ]
    .iter()
    .any(|p| flat.contains(p))
}

/// The Record names a presiding officer once, when the chair changes hands
/// (`The PRESIDING OFFICER (Mr. Graham).`), and prints the bare office after
/// that: the bare office is whoever was named last. A named officer nobody
/// could resolve ends the carry, as do the start of the file and the
/// narration of the chair changing hands (`blocks`: the House going into
/// Committee and back), which may name someone else in passing only.
pub fn carry_presiding(turns: &mut [Turn], blocks: &[Block]) {
    let mut current: HashMap<String, Option<(String, Option<Member>)>> = HashMap::new();
    let mut handovers = blocks.iter().filter(|b| hands_over(b)).map(|b| b.span.start).peekable();
    for turn in turns.iter_mut() {
        if handovers.next_if(|&at| at < turn.span.start).is_some() {
            while handovers.next_if(|&at| at < turn.span.start).is_some() {}
            current.clear();
        }
        let (office, named) = match turn.label.split_once(" (") {
            Some((office, _)) => (office.trim().to_uppercase(), true),
            None => (turn.label.trim().to_uppercase(), false),
        };
        if !(office.starts_with("THE PRESIDING OFFICER")
            || office.starts_with("THE SPEAKER PRO TEMPORE")
            || office.starts_with("THE ACTING CHAIRMAN")
            || office.starts_with("THE ACTING PRESIDENT PRO TEMPORE"))
        {
            // The officer speaking under their own name has left the chair.
            if let Some(name) = &turn.speaker {
                current.retain(|_, held| held.as_ref().is_none_or(|(s, _)| s != name));
            }
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
        if !(role.is_member() || role == Role::PresidingOfficer) {
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
                let is_member = role.is_member();
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
