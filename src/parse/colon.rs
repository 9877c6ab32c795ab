//! Colon-labelled transcripts (`WICKER: ...`) and timestamped ones
//! (`Name (00:01:23):`, `[00:01:23] NAME:`).
//!
//! Rush transcripts run speakers together inside one paragraph after an
//! interruption: `...reconnaissance to — SEN. ROGER WICKER: Permitted by
//! Mexico? GUILLOT: No, by the department, sir.` Such inline labels are taken
//! only where a sentence or a dash ends and only for names the file already
//! uses as labels or lists as speakers (or that carry a title), so a capital
//! word before an ordinary colon does not split a turn.

use super::assemble::{Event, Mark};
use super::label::{LabelMatch, bare_label, colon_label, question_answer_label, timestamp_label};
use super::nonspeech::bracketed;
use super::source::Source;
use crate::model::BlockKind;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

const TITLE_PREFIXES: &[&str] = &[
    "SEN.", "SENATOR", "REP.", "REPRESENTATIVE", "GEN.", "GENERAL", "ADM.", "ADMIRAL", "MR.", "MRS.", "MS.",
    "DR.", "SECRETARY", "SEC.", "GOV.", "AMB.", "LT.", "COL.", "CHAIRMAN", "CHAIRWOMAN", "JUDGE", "JUSTICE",
    "(UNKNOWN)", "UNIDENTIFIED",
];

/// Headings of a news transcript's lists of who is who.
const LIST_HEADINGS: &[&str] =
    &["SPEAKERS", "WITNESSES", "WITNESS", "PANEL", "PANELISTS", "PARTICIPANTS", "PANEL I", "PANEL II"];

/// Which kind of line-labelled transcript.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `WICKER: ...`, also inside paragraphs.
    Colon,
    /// `Name (00:01:23):` / `[00:01:23] NAME:`; a name and a time alone
    /// on their line (`stamps`: Rev, Otter).
    Timestamped,
    /// `Sen. Mike Lee (R-Utah)` alone on a line, the words on the next.
    OwnLine,
}

pub fn marks(src: &Source, body: Range<usize>, style: Style) -> Vec<Mark> {
    let lines: Vec<(Range<usize>, &str)> = src.lines_in(body).collect();
    let mut out = Vec::new();
    let mut known: HashSet<String> = HashSet::new();
    let repeated = if style == Style::OwnLine { repeated_labels(&lines) } else { HashSet::new() };
    let caps = if style == Style::OwnLine { caps_own_line_labels(&lines) } else { HashSet::new() };
    let mut vouched = if style == Style::Colon { vouched_labels(&lines) } else { HashSet::new() };
    // `Dana Halvorsen: Good morning.`: names in mixed case, where the file
    // labels so; one it prints twice or more is vouched for.
    let named: HashMap<usize, LabelMatch> = if style == Style::Colon {
        super::stamps::named_lines(&lines).into_iter().collect()
    } else {
        HashMap::new()
    };
    for m in named.values() {
        if named.values().filter(|o| o.label == m.label).count() >= 2 {
            vouched.insert(m.label.to_uppercase());
        }
    }
    // `Marta Ruiz: (00:00:05)`, `Rosa Whitfield  0:03` over their words.
    let stamped: HashMap<usize, LabelMatch> = if style == Style::Timestamped {
        super::stamps::stamp_lines(&lines).into_iter().collect()
    } else {
        HashMap::new()
    };
    let grammar = |i: usize, text: &str| match style {
        Style::Colon => {
            colon_label(text).or_else(|| question_answer_label(text)).or_else(|| named.get(&i).cloned())
        }
        Style::Timestamped => timestamp_label(text).or_else(|| stamped.get(&i).cloned()),
        Style::OwnLine => own_line_label(&lines, i, &|l| repeated.contains(l))
            .or_else(|| caps.contains(lines[i].1.trim()).then(|| caps_label(lines[i].1)).flatten()),
    };
    let mut skip_to = 0;
    // The last line was a break in the transcript (`transcript_break`).
    let mut broken = false;
    for (i, (range, line)) in lines.iter().enumerate() {
        let indent = line.len() - line.trim_start().len();
        if i < skip_to {
            continue;
        }
        // Stage directions standing alone: only once speech has begun, so the
        // front matter's own bracketed notes stay in the front matter.
        if !out.is_empty()
            && let Some(end) = bracketed(&lines, i)
        {
            let end_line = &lines[end];
            let span = range.start + indent..end_line.0.start + end_line.1.trim_end().len();
            broken = transcript_break(&src.text[span.clone()]);
            out.push(Mark::new(span, Event::Block(BlockKind::StageDirection)));
            skip_to = end + 1;
            continue;
        }
        // The words right after `(BREAK IN TRANSCRIPT)`, with no label of
        // their own, may be anyone's: a passage of no one's, not the end of
        // the turn before the break.
        let after_break = broken && !line.trim().is_empty();
        broken &= !after_break;
        // `[00:00:31] (CROSSTALK)`: a timed direction, nobody's words.
        if style == Style::Timestamped && !out.is_empty() && timed_direction(line.trim()) {
            out.push(Mark::new(
                range.start + indent..range.start + line.trim_end().len(),
                Event::Block(BlockKind::StageDirection),
            ));
            continue;
        }
        if let Some(m) = grammar(i, &line[indent..]) {
            // `SPEAKERS:` and `WITNESSES:` before anyone speaks head the
            // front matter's lists.
            if !out.iter().any(|m| matches!(m.event, Event::Label { .. }))
                && LIST_HEADINGS.contains(&m.label.as_str())
            {
                continue;
            }
            if style == Style::Colon && read_out(&lines, i, &m.label, &vouched) {
                continue;
            }
            remember(&mut known, &m.label);
            out.push(label_mark(range.start + indent, m, indent));
        } else if after_break {
            let at = range.start + indent;
            out.push(Mark::new(at..at, Event::Label { label: String::new(), note: None, indent }));
        }
    }
    if style != Style::Colon {
        return out;
    }
    for name in listed_speakers(&lines) {
        remember(&mut known, &name);
    }
    let starts: HashSet<usize> = out.iter().map(|m| m.span.start).collect();
    let blocks: Vec<Range<usize>> =
        out.iter().filter(|m| matches!(m.event, Event::Block(_))).map(|m| m.span.clone()).collect();
    for (range, line) in &lines {
        if blocks.iter().any(|b| b.contains(&range.start)) {
            continue;
        }
        for k in inline_candidates(line) {
            let at = range.start + k;
            if starts.contains(&at) {
                continue;
            }
            if let Some(m) = colon_label(&line[k..]) {
                let titled = TITLE_PREFIXES.iter().any(|t| m.label.starts_with(t));
                if titled || known.contains(&m.label) || known.contains(surname(&m.label)) {
                    out.push(label_mark(at, m, 0));
                }
            }
        }
    }
    out
}

/// A label that names itself a speaker's, wherever it stands: titled
/// (`SEN. ROGER WICKER`, `UNIDENTIFIED MALE`), with a party and state
/// (`... (R-MISS.)`), or `(UNKNOWN)`.
fn names_itself(label: &str) -> bool {
    let first = label.split(' ').next().unwrap_or(label);
    label.starts_with('(') || party_state(label) || (label.contains(' ') && TITLE_PREFIXES.contains(&first))
}

/// The colon labels the file vouches for, in capitals, and their surnames:
/// the people its `SPEAKERS:` lists name, labels that name themselves, and
/// any label whose surname opens two lines or more (`VOSS:` after `CONRAD
/// VOSS, CEO:`; `MEMBER HALE:` twice).
fn vouched_labels(lines: &[(Range<usize>, &str)]) -> HashSet<String> {
    let mut out = HashSet::new();
    for name in listed_speakers(lines) {
        remember(&mut out, &name);
    }
    let mut surnames: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (_, line) in lines {
        let Some(m) = colon_label(line.trim_start()) else { continue };
        if names_itself(&m.label) {
            remember(&mut out, &m.label);
        }
        *surnames.entry(surname(&m.label.to_uppercase()).to_owned()).or_default() += 1;
    }
    out.extend(surnames.into_iter().filter(|(_, n)| *n >= 2).map(|(s, _)| s));
    out
}

/// Whether the label opening line `i` is material the speaker reads out,
/// not a new speaker: the line before ends with a colon and leads into it
/// (`...your own email said:` then `KESSLER: ALL ENGINES DONE.`), and the
/// file vouches neither for the label nor its surname (`vouched_labels`).
/// A label the file knows is a speaker even there (a question cut off at
/// `one more question:`), and a blank line between lets every label stand:
/// when unsure, words are left to an unresolved turn rather than credited
/// to the speaker before. `Q:`/`A:` (one letter) are their own grammar.
fn read_out(lines: &[(Range<usize>, &str)], i: usize, label: &str, vouched: &HashSet<String>) -> bool {
    let Some(before) = i.checked_sub(1).map(|b| lines[b].1.trim()) else { return false };
    // A label alone on its line (`SEN. ROGER WICKER:` over its words) leads
    // into nothing.
    let bare = colon_label(before).is_some_and(|m| m.len == before.len());
    let upper = label.to_uppercase();
    before.ends_with(':')
        && !bare
        && label.chars().count() > 1
        && !names_itself(label)
        && !vouched.contains(&upper)
        && !vouched.contains(surname(&upper))
}

/// `(BREAK IN TRANSCRIPT)`, `(AUDIO GAP)`: the record stops and resumes,
/// maybe with someone else speaking.
fn transcript_break(direction: &str) -> bool {
    let upper = direction.to_ascii_uppercase();
    [
        "BREAK IN TRANSCRIPT", "AUDIO GAP", "GAP IN AUDIO", "GAP IN TRANSCRIPT", "TRANSCRIPT RESUMES",
        "AUDIO BREAK",
    ]
    .iter()
    .any(|w| upper.contains(w))
}

/// A titled name filling its line, before a line of text: `Sen. Dana
/// Halvorsen (R-Texas)`, `Adm. Priya Vance`. After a blank line (or the
/// start); or, in files that print no blank line before a label, after a
/// sentence's end when the label prints a party and state, which prose
/// wrapped at a name never does. `repeated` says whether a label is one
/// the file prints alone on its line more than once (then it needs no
/// party and state).
pub fn own_line_label(
    lines: &[(Range<usize>, &str)],
    i: usize,
    repeated: &dyn Fn(&str) -> bool,
) -> Option<LabelMatch> {
    let line = lines[i].1.trim();
    let next = lines.get(i + 1).map(|(_, l)| l.trim());
    // A line of text follows, not another name (a list of who is who).
    if !next.is_some_and(|n| {
        !n.is_empty() && !n.starts_with(|c: char| c.is_uppercase() && bare_label(n).is_some())
    }) {
        return None;
    }
    let after_blank = i == 0 || lines[i - 1].1.trim().is_empty();
    if !after_blank && !ends_sentence(lines[i - 1].1) {
        return None;
    }
    let label = bare_label(line)?;
    if !after_blank && !party_state(&label) && !repeated(&label) {
        return None;
    }
    Some(LabelMatch { len: line.len(), label, note: None })
}

fn caps_label(line: &str) -> Option<LabelMatch> {
    let t = line.trim();
    Some(LabelMatch {
        label: t.to_owned(),
        note: None,
        len: line.trim_end().len() - (line.len() - line.trim_start().len()),
    })
}

/// Names in capitals alone on their line, after a blank line or a
/// sentence's end and before a line of text, that the file shows are
/// labels: a titled one (`REP. DANA HALVORSEN (R-TEXAS)`, `UNIDENTIFIED
/// FEMALE`), a full name whose surname the file also prints alone so
/// (`CHIDI OKAFOR` and `OKAFOR`), and a surname alone of a name so
/// accepted. A heading in capitals (`OPENING STATEMENTS`) is none of these.
/// Files that print no blank line between turns (`...one percent,
/// Senator.` then `ADM. PRIYA VANCE`) had every such turn run into the one
/// before, credited to its speaker.
pub fn caps_own_line_labels(lines: &[(Range<usize>, &str)]) -> HashSet<String> {
    let mut candidates: Vec<String> = Vec::new();
    for i in 0..lines.len() {
        let after_blank = i == 0 || lines[i - 1].1.trim().is_empty();
        let after_sentence = i > 0 && ends_sentence(lines[i - 1].1);
        let next = lines.get(i + 1).map(|(_, l)| l.trim()).unwrap_or("");
        if !(after_blank || after_sentence) || next.is_empty() || super::label::caps_name_line(next).is_some()
        {
            continue;
        }
        if let Some(label) = super::label::caps_name_line(lines[i].1)
            && !LIST_HEADINGS.contains(&label.as_str())
        {
            candidates.push(label);
        }
    }
    let words = |l: &str| l.split(" (").next().unwrap_or(l).split(' ').count();
    let alone: HashSet<&str> = candidates.iter().filter(|l| words(l) == 1).map(String::as_str).collect();
    let mut out: HashSet<String> = HashSet::new();
    let mut surnames: HashSet<&str> = HashSet::new();
    for l in &candidates {
        let titled = TITLE_PREFIXES.iter().any(|t| l.starts_with(t)) && words(l) >= 2;
        if titled || ((2..=4).contains(&words(l)) && alone.contains(surname(l))) {
            out.insert(l.clone());
            surnames.insert(surname(l));
        }
    }
    out.extend(alone.into_iter().filter(|w| surnames.contains(w)).map(str::to_owned));
    out
}

/// Whether line `i` is what the own-line grammar takes for a label when the
/// file shows it is one: a titled name alone on its line, in capitals or
/// not, after a blank line or a sentence's end and before a line of text.
/// `quality` counts such lines left inside turns, whatever turned them down.
pub(super) fn own_line_label_shape(lines: &[(Range<usize>, &str)], i: usize) -> Option<String> {
    if let Some(m) = own_line_label(lines, i, &|_| true) {
        return Some(m.label);
    }
    let before = i.checked_sub(1).map(|b| lines[b].1);
    let next = lines.get(i + 1).map(|(_, l)| l.trim()).unwrap_or("");
    if !before.is_none_or(|b| b.trim().is_empty() || ends_sentence(b)) || next.is_empty() {
        return None;
    }
    let label = super::label::caps_name_line(lines[i].1)?;
    let titled = TITLE_PREFIXES.iter().any(|t| label.starts_with(t)) && label.contains(' ');
    titled.then_some(label)
}

/// `[00:00:31] (CROSSTALK)`, `[01:02] [Laughter]`: a clock time, then a
/// direction in brackets filling the rest of the line.
fn timed_direction(line: &str) -> bool {
    let Some((time, rest)) = line.strip_prefix('[').and_then(|l| l.split_once(']')) else { return false };
    let rest = rest.trim();
    time.split(':').count() >= 2
        && time.split(':').all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        && ((rest.starts_with('(') && rest.ends_with(')')) || (rest.starts_with('[') && rest.ends_with(']')))
        && !rest[1..rest.len() - 1].contains(['(', ')', '[', ']'])
}

/// A sentence's end, or the date line that closes a heading (`June 10, 2025`).
fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end();
    t.ends_with(['.', '?', '!', '"', '”', ')', '…', ':']) || t.ends_with(|c: char| c.is_ascii_digit())
}

/// `(R-Texas)`, `(D-Ore.)`, `(I-Vt.)` at the end of a label.
fn party_state(label: &str) -> bool {
    label.rsplit_once(" (").is_some_and(|(_, p)| {
        let p = p.trim_end_matches(')');
        p.split_once('-').is_some_and(|(party, state)| {
            matches!(party, "R" | "D" | "I") && state.chars().next().is_some_and(char::is_uppercase)
        })
    })
}

/// Labels standing alone on a line after a sentence's end, more than once.
fn repeated_labels(lines: &[(Range<usize>, &str)]) -> HashSet<String> {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for i in 0..lines.len() {
        if let Some(m) = own_line_label(lines, i, &|_| true) {
            *seen.entry(m.label).or_default() += 1;
        }
    }
    seen.into_iter().filter(|(_, n)| *n >= 2).map(|(l, _)| l).collect()
}

fn label_mark(start: usize, m: LabelMatch, indent: usize) -> Mark {
    Mark::new(start..start + m.len, Event::Label { label: m.label, note: m.note, indent })
}

fn remember(known: &mut HashSet<String>, label: &str) {
    known.insert(label.to_uppercase());
    known.insert(surname(&label.to_uppercase()).to_owned());
}

/// The last word of a label, ignoring a trailing `(R-MISS.)` or `, OFFICE`.
pub fn surname(label: &str) -> &str {
    let base = label.split(',').next().unwrap_or(label);
    let base = base.split(" (").next().unwrap_or(base);
    base.rsplit(' ').next().unwrap_or(base)
}

/// Byte offsets in a line where an inline label may start: after a sentence
/// end or a dash and some space.
fn inline_candidates(line: &str) -> impl Iterator<Item = usize> + '_ {
    line.char_indices().filter_map(move |(k, c)| {
        if k == 0 || !(c.is_uppercase() || c == '(') {
            return None;
        }
        let before = line[..k].trim_end();
        if before.len() == k {
            // a dash may touch the label (`to —SEN.`), nothing else may
            return before.ends_with(['—', '–']).then_some(k);
        }
        before.ends_with(['.', '?', '!', '—', '–', '…', '"', '”', ')', '-']).then_some(k)
    })
}

/// Names under a `Speakers:` heading of the front matter, one per line:
/// `    SEN. ROGER WICKER (R-MISS.), CHAIRMAN`.
pub fn listed_speakers(lines: &[(Range<usize>, &str)]) -> Vec<String> {
    let mut out = Vec::new();
    let mut inside = false;
    for (_, line) in lines {
        let t = line.trim();
        let heading = t.strip_suffix(':').unwrap_or("").to_ascii_lowercase();
        if ["speakers", "participants", "witnesses"].contains(&heading.as_str()) {
            inside = true;
            continue;
        }
        if inside {
            // Indented lines, or a paragraph of lines in capitals (news
            // transcripts): a blank line or a label ends it.
            let listed =
                line.starts_with([' ', '\t']) || (!t.is_empty() && !t.chars().any(char::is_lowercase));
            if t.is_empty() || !listed {
                inside = false;
                continue;
            }
            let name = t.split(',').next().unwrap_or(t);
            out.push(name.split(" (").next().unwrap_or(name).trim().to_owned());
        }
    }
    out
}
