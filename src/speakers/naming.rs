//! How hearings print people's names, for labels that fit more than one
//! person, and the authors of written blocks.
//!
//! In a Senate hearing senators are printed `Senator Reed` and witnesses
//! `Mr. Reed`; in the House members are `Mr. Reed`, so there `Mr.` settles
//! nothing, but `Representative` (or `of Ohio`) names a member and `Senator`
//! a witness from the other chamber. A turn right under a `STATEMENT OF
//! JOHN REED` heading is John Reed's. Anything else stays unresolved.

use super::{Entry, Fit, fit};
use crate::model::{Block, BlockKind, Chamber, Hearing, Role, Turn};

/// One of `names` (the people a label fits) when the label's title says
/// which side of the table they sit on and one person there fits.
pub(super) fn settle(
    h: &Hearing,
    roster: &[Entry],
    upper: &str,
    state_printed: bool,
    names: &[String],
) -> Option<(String, Role)> {
    let starts = |titles: &[&str]| titles.iter().any(|t| upper.starts_with(t));
    let senator = starts(&["SENATOR ", "SEN. "]);
    let representative = starts(&["REPRESENTATIVE ", "REP. ", "CONGRESSMAN ", "CONGRESSWOMAN "]);
    let plain = starts(&["MR. ", "MS. ", "MRS. ", "MISS ", "DR. "]);
    // A senator testifying in a House hearing is printed `Senator X`: a
    // plain `Mr. X` there is someone else (CHRG-110hhrg46594: Sen. Carl
    // Levin testifying before his brother's committee).
    if plain && h.chamber == Some(Chamber::House) {
        let senator = |n: &String| {
            h.witnesses.iter().any(|w| {
                &w.name == n && w.title.as_deref().is_some_and(|t| t.to_lowercase().contains("senator"))
            })
        };
        if let [one] = names.iter().filter(|n| !senator(n)).collect::<Vec<_>>()[..]
            && names.iter().any(senator)
        {
            return roster.iter().find(|e| &e.name == one).map(|e| (e.name.clone(), e.role));
        }
    }
    let witness = match h.chamber {
        _ if state_printed => false,
        Some(Chamber::Senate) if senator => false,
        Some(Chamber::Senate) if representative || plain => true,
        Some(Chamber::House) if representative => false,
        Some(Chamber::House) if senator => true,
        _ => return None,
    };
    let side: Vec<&Entry> =
        roster.iter().filter(|e| names.contains(&e.name) && (e.role == Role::Witness) == witness).collect();
    let first = side.first()?;
    side.iter().all(|e| e.name == first.name).then(|| (first.name.clone(), first.role))
}

/// A turn directly under a `STATEMENT OF` heading (no turn between): when
/// several people fit its label and the heading names one of them, that
/// one; and when it is that witness's, the page the contents give for
/// their statement is the turn's page (where the printed hearing has it).
pub(super) fn under_statement_headings(h: &Hearing, roster: &[Entry], turns: &mut [Turn], blocks: &[Block]) {
    let mut prev_end = 0;
    let mut b = 0;
    for turn in turns.iter_mut() {
        let start = turn.span.start;
        let mut heading = None;
        while b < blocks.len() && blocks[b].span.end <= start {
            if blocks[b].kind == BlockKind::Heading && blocks[b].span.start >= prev_end {
                heading = Some(&blocks[b]);
            }
            b += 1;
        }
        prev_end = turn.span.end;
        let flat = |b: &Block| b.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let Some(author) = heading.and_then(|b| crate::parse::statement_author(&flat(b))) else { continue };
        let Fit::One(name, role) = fit(roster, &author, None) else { continue };
        if turn.speaker.is_none() && turn.candidates.contains(&name) {
            turn.speaker = Some(name.clone());
            turn.role = role;
            turn.candidates.clear();
        }
        if turn.page.is_none() && turn.speaker.as_deref() == Some(name.as_str()) {
            turn.page = h.witnesses.iter().find(|w| w.name == name).and_then(|w| w.page.clone());
        }
    }
}

/// A label several members fit, settled by the chair's most recent
/// recognition of it with a state: after `The gentleman from Kansas, Mr.
/// Moore.`, a `Mr. Moore` whom a Dennis Moore of Kansas and a Gwen Moore of
/// Wisconsin both fit is Dennis Moore, until another recognition says
/// otherwise. The title must be the label's own (`Mr.` is not `Ms.`).
/// When a witness fits the label too, the recognition settles only the
/// label's next turn: the member's question. The witness answers under the
/// same label, and gavel cannot tell the two apart after it (the witness
/// Nathan Cole answering `Mr. Cole.` was credited to Rep. Martin Cole).
/// A subcommittee's GPO text names its own chair by name (`Chairman
/// Kanjorski.`) and keeps `The Chairman.` for the full committee's chairman
/// when he speaks (CHRG-111hhrg48868: "Thank you, Mr. Chairman. And let me
/// say to the gentleman from New Jersey, I apologize" after Kanjorski calls on
/// "the chairman of the full committee, Mr. Frank"). So where the hearing's
/// chair is labelled so and the lists name one other member a chairman
/// (`Chairman, Committee on Financial Services`), `The Chairman.` is theirs.
pub(super) fn full_committee_chair(h: &Hearing, turns: &mut [Turn]) {
    let Some(chair) = h.chair.as_deref() else { return };
    if h.format != crate::model::Format::Gpo {
        return;
    }
    let by_name = |t: &Turn| {
        let l = t.label.to_uppercase();
        (l.starts_with("CHAIRMAN ") || l.starts_with("CHAIRWOMAN ")) && t.speaker.as_deref() == Some(chair)
    };
    if !turns.iter().any(by_name) {
        return;
    }
    let chairmen: Vec<&str> = h
        .members
        .iter()
        .filter(|m| m.name != chair)
        .filter(|m| {
            m.title.as_deref().is_some_and(|t| t.starts_with("Chairman") || t.starts_with("Chairwoman"))
        })
        .map(|m| m.name.as_str())
        .collect();
    // Only when the lists name that chairman: both forms can be one
    // person's in a file that lists no other.
    let [other] = chairmen[..] else { return };
    for t in turns.iter_mut() {
        let office = matches!(t.label.to_uppercase().as_str(), "THE CHAIRMAN" | "THE CHAIRWOMAN");
        if office && t.speaker.as_deref() == Some(chair) {
            t.speaker = Some(other.to_owned());
            t.member = None;
        }
    }
}

pub(super) fn after_recognitions(roster: &[Entry], turns: &mut [Turn]) {
    // label -> the state it was last recognized from
    let mut recognized: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    // Built once: every turn's text is searched, and `str::match_indices`
    // was a hundredth of indexing's CPU.
    let from = memchr::memmem::Finder::new(FROM);
    for turn in turns.iter_mut() {
        if turn.speaker.is_none()
            && !turn.candidates.is_empty()
            && let Some(state) = recognized.get(&turn.label)
        {
            let fits: Vec<&Entry> = roster
                .iter()
                .filter(|e| turn.candidates.contains(&e.name))
                .filter(|e| e.state.as_deref().is_some_and(|s| s.eq_ignore_ascii_case(state)))
                .collect();
            let witness_fits =
                roster.iter().any(|e| turn.candidates.contains(&e.name) && !super::titles::sits(e.role));
            if witness_fits {
                recognized.remove(&turn.label);
            }
            if let Some(first) = fits.first()
                && fits.iter().all(|e| e.name == first.name)
            {
                turn.speaker = Some(first.name.clone());
                turn.role = first.role;
                turn.candidates.clear();
            }
        }
        for (label, state) in recognitions(&turn.text, &from) {
            recognized.insert(label, state);
        }
    }
}

const FROM: &str = " from ";

/// `the gentleman from Kansas, Mr. Moore` in a text: (`Mr. Moore`,
/// `Kansas`). Only a member is named so (`gentleman`, `gentlewoman`,
/// `gentlelady`, `Senator`): `a constituent from Ohio, Mr. Wilson` may be a
/// witness. The state is one to three capitalised words; the name one.
fn recognitions(text: &str, from: &memchr::memmem::Finder) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for at in from.find_iter(text.as_bytes()) {
        let before = text[..at].trim_end().rsplit(' ').next().unwrap_or("").to_lowercase();
        if !matches!(before.as_str(), "gentleman" | "gentlewoman" | "gentlelady" | "senator") {
            continue;
        }
        let rest = &text[at + FROM.len()..];
        let Some((state, after)) = rest.split_once(", ") else { continue };
        let words: Vec<&str> = state.split_whitespace().collect();
        if !(1..=3).contains(&words.len()) || !words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()))
        {
            continue;
        }
        let mut it = after.split_whitespace();
        let (Some(title), Some(name)) = (it.next(), it.next()) else { continue };
        let name = name.trim_end_matches(['.', ',', ';', ':', '?', '!']);
        let titled = matches!(title, "Mr." | "Ms." | "Mrs." | "Miss" | "Dr." | "Senator");
        if titled && name.starts_with(|c: char| c.is_uppercase()) && name.len() > 1 {
            out.push((format!("{title} {name}"), state.to_owned()));
        }
    }
    out
}

/// Written blocks' authors as the hearing lists them: `Mr. Peterson` (from
/// `[The prepared statement of Mr. Peterson follows:]`) -> `Collin C.
/// Peterson`, `Senator Shelby` -> `Richard C. Shelby`. An author the
/// hearing's lists do not settle is kept as printed.
pub(super) fn authors(h: &Hearing, roster: &[Entry], blocks: &mut [Block]) {
    for block in blocks.iter_mut() {
        let Some(author) = &block.author else { continue };
        let titled = crate::names::strip_title(author) != *author;
        let upper = author.to_uppercase();
        let found = match fit(roster, author, None) {
            Fit::One(name, _) => Some(name),
            Fit::Many(names, _) if titled => settle(h, roster, &upper, false, &names).map(|(n, _)| n),
            _ => None,
        };
        if let Some(name) = found {
            block.author = Some(name);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Block, BlockKind, Chamber, Hearing, Person, Role, Turn};

    fn hearing(chamber: Chamber) -> Hearing {
        let member =
            |n: &str, s: &str| Person { name: n.into(), state: Some(s.into()), ..Default::default() };
        Hearing {
            chamber: Some(chamber),
            members: vec![member("Jack Reedley", "Rhode Island"), member("Charles A. Wilby", "Ohio")],
            witnesses: vec![
                Person { name: "John Reedley".into(), ..Default::default() },
                Person { name: "Stephen Wilby".into(), ..Default::default() },
            ],
            ..Default::default()
        }
    }

    fn resolved(h: &Hearing, labels: &[&str]) -> Vec<(Option<String>, Role)> {
        let mut turns: Vec<Turn> =
            labels.iter().map(|l| Turn { label: (*l).into(), ..Default::default() }).collect();
        super::super::resolve(h, &mut turns, false);
        turns.into_iter().map(|t| (t.speaker, t.role)).collect()
    }

    #[test]
    fn each_chamber_prints_its_own_members_and_others_apart() {
        let s = |n: &str| Some(n.to_owned());
        let senate =
            resolved(&hearing(Chamber::Senate), &["Senator Reedley", "Mr. Reedley", "Mr. Wilby of Ohio"]);
        assert_eq!(
            senate,
            [
                (s("Jack Reedley"), Role::Member),
                (s("John Reedley"), Role::Witness),
                (s("Charles A. Wilby"), Role::Member),
            ]
        );
        // In the House `Mr.` is everyone's: it settles nothing; `Senator` is a witness.
        let house =
            resolved(&hearing(Chamber::House), &["Mr. Reedley", "Senator Reedley", "Representative Wilby"]);
        assert_eq!(
            house,
            [
                (None, Role::Unknown),
                (s("John Reedley"), Role::Witness),
                (s("Charles A. Wilby"), Role::Member)
            ]
        );
    }

    #[test]
    fn a_turn_right_under_a_statement_heading_is_that_witness() {
        let h = hearing(Chamber::House);
        let heading = |at: usize, text: &str| Block::new(BlockKind::Heading, text, at..at + 10);
        let blocks = [heading(100, "STATEMENT OF STEPHEN WILBY, CHAIRMAN, INVENTED BANK")];
        let turn = |at: usize| Turn { label: "Mr. Wilby".into(), span: at..at + 50, ..Default::default() };
        // The second `Mr. Wilby` has a turn between it and the heading: still open.
        let mut turns = vec![turn(0), turn(120), turn(200), turn(300)];
        turns[2].label = "Mr. Other".into();
        super::super::resolve(&h, &mut turns, false);
        super::under_statement_headings(&h, &super::super::roster(&h), &mut turns, &blocks);
        assert_eq!(turns[0].speaker, None);
        assert_eq!(turns[1].speaker.as_deref(), Some("Stephen Wilby"));
        assert_eq!(turns[3].speaker, None);
        assert_eq!(turns[3].candidates, ["Charles A. Wilby", "Stephen Wilby"]);
    }

    #[test]
    fn the_chairs_recognition_with_a_state_settles_a_shared_surname() {
        let member =
            |n: &str, st: &str| Person { name: n.into(), state: Some(st.into()), ..Default::default() };
        let h = Hearing {
            chamber: Some(Chamber::House),
            members: vec![member("Dennis Moorland", "Kansas"), member("Gwen Moorland", "Wisconsin")],
            ..Default::default()
        };
        let turn =
            |label: &str, text: &str| Turn { label: label.into(), text: text.into(), ..Default::default() };
        let mut turns = vec![
            turn("Mr. Moorland", "Before anyone recognized me."),
            turn("The Chairman", "The gentleman from Kansas, Mr. Moorland."),
            turn("Mr. Moorland", "Thank you."),
            turn("Mr. Moorland", "One more question."),
            // A recognition of `Ms. Moorland` says nothing of `Mr. Moorland`.
            turn("The Chairman", "The gentlelady from Wisconsin, Ms. Moorland."),
            turn("Mr. Moorland", "And another."),
        ];
        super::super::resolve(&h, &mut turns, false);
        super::after_recognitions(&super::super::roster(&h), &mut turns);
        let got: Vec<Option<&str>> = turns.iter().map(|t| t.speaker.as_deref()).collect();
        let dennis = Some("Dennis Moorland");
        assert_eq!(got[0], None);
        assert_eq!([got[2], got[3], got[5]], [dennis, dennis, dennis]);
        let from = memchr::memmem::Finder::new(super::FROM);
        assert_eq!(
            super::recognitions("the Senator from New Jersey, Mr. Lautenberg, is", &from),
            [("Mr. Lautenberg".to_owned(), "New Jersey".to_owned())]
        );
        assert!(super::recognitions("a constituent from Ohio, Mr. Wilby, is here", &from).is_empty());
    }
}
