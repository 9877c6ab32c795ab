//! A label's title against the one person whose surname fits it. `SEN.
//! KING:` in a hearing whose only King is the witness Robert King is a
//! senator the lists do not name, not the witness; `DR. HARTWELL:` beside
//! Rep. Lydia Hartwell in a news transcript is someone else, and so is `Ms. Cole.` beside Senator
//! Harriet Cole in a Senate hearing. Such labels stay unresolved, with
//! the person who fits as their candidate, and so do the bare surnames
//! (`KING:`) that could be either of them.

use crate::model::{Chamber, Format, Hearing, Person, Role, Turn};
use crate::names::surname_key;
use std::collections::HashMap;

/// Words of a listing that say a witness sits, or sat, in a legislature:
/// `Hon. Bob Dole, Former United States Senator`.
const MEMBER_WORDS: &[&str] = &[
    "SENATOR", "REPRESENTATIVE", "CONGRESSMAN", "CONGRESSWOMAN", "MEMBER OF CONGRESS", "DELEGATE", "ASSEMBLY",
];

fn member_title(upper: &str) -> bool {
    super::MEMBER_TITLES.iter().any(|t| upper.starts_with(t))
}

fn doctor_title(upper: &str) -> bool {
    upper.starts_with("DR. ") || upper.starts_with("DR ")
}

/// News transcripts print a member as `REP. LYDIA HARTWELL` and then
/// `HARTWELL`, so there `DR. HARTWELL` is someone else. GPO hearings do
/// print a physician member so: `Dr. Paul.` is Rep. Ron Paul.
fn doctors_are_not_members(h: &Hearing) -> bool {
    matches!(h.format, Format::Colon | Format::Timestamped | Format::OwnLine)
}

fn plain_title(upper: &str) -> bool {
    ["MR. ", "MS. ", "MRS. ", "MISS "].iter().any(|t| upper.starts_with(t))
}

/// Senate hearings print a senator as `Senator Cole.` or `SEN. COLE:`,
/// never `Ms. Cole.` (none of the 32 in ../shared/corpus does): there a
/// plain title is a witness, staff, or a representative sitting in
/// (`Mrs. Tanaka of California.`). Not the Record, whose Senate prints
/// `Mr. REID.`, nor House hearings, whose members are `Mr. Frank.`.
fn senate_hearing(h: &Hearing) -> bool {
    h.chamber == Some(Chamber::Senate) && !matches!(h.format, Format::Record | Format::Court)
}

/// After every turn is resolved, in a Senate hearing or a news transcript:
/// a plain title (`Ms. Cole`, `MR. DORSEY`) resolved to someone the file
/// also labels `Senator` (or `REP.`) is someone else of that surname;
/// unresolved, with the member as the candidate.
pub(super) fn senators_are_not_plain(h: &Hearing, turns: &mut [Turn]) {
    // News transcripts print every member `SEN. X` or `REP. X`, then `X`.
    if !senate_hearing(h) && !doctors_are_not_members(h) {
        return;
    }
    let senators: Vec<String> = turns
        .iter()
        .filter(|t| member_title(&t.label.to_uppercase()) && sits(t.role))
        .filter_map(|t| t.speaker.clone())
        .collect();
    for t in turns.iter_mut() {
        if plain_title(&t.label.to_uppercase())
            && let Some(name) = t.speaker.take_if(|s| senators.contains(s))
        {
            t.candidates = vec![name];
            t.role = Role::Unknown;
            t.member = None;
        }
    }
}

/// Whether someone in this role sits on the committee (`Role::is_member`)
/// or presides over it.
pub(super) fn sits(role: Role) -> bool {
    role.is_member() || role == Role::PresidingOfficer
}

/// Whether the label's title rules out `name`, the one person who fits
/// it, found in the role `found`.
pub(super) fn rules_out(h: &Hearing, upper: &str, name: &str, found: Role) -> bool {
    let listing = |p: &&Person| p.name == name;
    let words = |p: &Person| {
        format!("{} {}", p.honorific.as_deref().unwrap_or(""), p.title.as_deref().unwrap_or(""))
            .to_uppercase()
    };
    if member_title(upper) && !sits(found) {
        let was_member = h
            .witnesses
            .iter()
            .chain(&h.counsel)
            .filter(listing)
            .any(|p| MEMBER_WORDS.iter().any(|w| words(p).contains(w)));
        return !was_member;
    }
    if doctor_title(upper) && doctors_are_not_members(h) && sits(found) {
        let doctor = h.members.iter().filter(listing).any(|p| words(p).trim_start().starts_with("DR"));
        return !doctor;
    }
    false
}

/// After every turn is resolved: a bare surname (`KING`) that also names
/// someone a titled label showed to be another person (`SENATOR KING`,
/// left unresolved by `rules_out`) is no one's, with both as candidates.
pub(super) fn bare_surnames_shared(turns: &mut [Turn]) {
    let mut others: HashMap<String, String> = HashMap::new();
    for t in turns.iter() {
        let upper = t.label.to_uppercase();
        let titled = member_title(&upper) || doctor_title(&upper) || plain_title(&upper);
        if t.speaker.is_none() && t.candidates.len() == 1 && titled {
            others.entry(surname_key(&t.label)).or_insert_with(|| t.label.clone());
        }
    }
    if others.is_empty() {
        return;
    }
    for t in turns.iter_mut() {
        if t.label.split_whitespace().count() != 1 {
            continue;
        }
        if let (Some(name), Some(other)) = (&t.speaker, others.get(&surname_key(&t.label))) {
            t.candidates = vec![name.clone(), other.clone()];
            t.speaker = None;
            t.role = Role::Unknown;
            t.member = None;
        }
    }
}
