//! Whether a parse looks right: the one check every format passes through.
//!
//! Coverage proves nothing was lost; it cannot see a grammar that did not
//! fit, which loses nothing and attributes everything wrongly (a court
//! transcript read as GPO text came out as one turn of 20,000 lines). These
//! are the signs of that: no turns in a file of some size, one turn
//! holding most of the spoken text, few labels for the size (`assess`, on
//! the parse alone), and most turns matching no one the hearing lists
//! (`unresolved`, which `speakers::attribute` asks once it has resolved). Each comes back
//! as a sentence a reader can act on. Thresholds are set so that none fires
//! on the GPO, Record, HTML and court-reporter corpus in ../shared/corpus.

use crate::model::{Format, Role, Transcript};

/// Files with fewer lines than this are too short to judge by the sizes
/// of their turns (a file with no turn is judged whatever its size).
const MIN_LINES: usize = 200;

/// Returns (quality problems, notes): problems say the parse looks wrong;
/// notes say what a reader must know although it is right (captions name
/// no one).
/// `lines`: the file's lines, blank ones included, as turns' line spans
/// count them (the parser's line index has them, so nothing is counted
/// again: counting them here cost a tenth of a GPO parse).
pub fn assess(t: &Transcript, text: &str, lines: usize) -> (Vec<String>, Vec<String>) {
    let mut problems = Vec::new();
    let mut notes = Vec::new();
    let format = t.hearing.format.as_str();
    // Judged whatever the file's size: a short file with text in it and no
    // turn is most often a shape no grammar read (recording services'
    // exports came out so), and said nothing.
    if t.turns.is_empty() {
        let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
        if lines == 0 {
            return (problems, notes);
        }
        let what = format!("no speaker turns in {lines} lines read as {format}: nothing in it is attributed");
        // Record pages without speakers are common (the Daily Digest, lists
        // of filings), and a court reporter's title and index pages alone
        // (an excerpt) have no one speak; anywhere else someone speaks.
        let front_only = t.hearing.format == Format::Court && super::court::front_pages_only(text);
        if t.hearing.format == Format::Record || front_only {
            notes.push(what);
        } else {
            problems.push(format!("{what} (another --format may fit)"));
        }
        return (problems, notes);
    }
    if t.hearing.format == Format::Captions {
        let named = t.turns.iter().filter(|x| !x.label.is_empty()).count();
        if named == 0 {
            notes.push(format!(
                "captions with no speaker marks: {} passages of unattributed text, credited to no one",
                t.turns.len()
            ));
        }
        return (problems, notes);
    }
    if t.hearing.format == Format::Interview {
        notes.extend(super::interview::unexamined(t));
    }
    if lines < MIN_LINES {
        return (problems, notes);
    }
    let spoken: usize = t.turns.iter().map(|x| x.text.len()).sum();
    if let Some(big) = t.turns.iter().max_by_key(|x| x.text.len()) {
        let span = big.line_end.saturating_sub(big.line_start) as usize + 1;
        if t.turns.len() >= 2 && big.text.len() * 2 > spoken && span * 3 > lines && span > 600 {
            problems.push(format!(
                "one turn ({} at line {}) holds {}% of the spoken text over {span} lines: labels were probably missed (read as {format})",
                big.label,
                big.line_start,
                big.text.len() * 100 / spoken.max(1)
            ));
        } else if t.turns.len() == 1 && span > 600 {
            problems.push(format!(
                "a single turn ({}) of {span} lines: labels were probably missed (read as {format})",
                big.label
            ));
        }
    }
    if let Some(p) = missed_labels(t) {
        problems.push(p);
    }
    if let Some(p) = missed_own_line_labels(t, text) {
        problems.push(p);
    }
    if let Some(p) = questions_and_answers(t, text) {
        problems.push(p);
    }
    if lines >= 1000 && lines / t.turns.len() > 400 {
        problems.push(format!(
            "few labels for the size: {} turns in {lines} lines (read as {format})",
            t.turns.len()
        ));
    }
    (problems, notes)
}

/// Paragraphs inside turns that the format's own label grammar reads as a
/// label with words after it, yet that did not start a turn: the parser's
/// context rules turned them down, which is right for a few (a quoted
/// exchange, a list) and a sign of a misread file when they are many.
fn missed_labels(t: &Transcript) -> Option<String> {
    let looks_like_label = |p: &str| -> Option<String> {
        let m = match t.hearing.format {
            Format::Gpo | Format::Record => super::label::paragraph_label(p)?,
            Format::Colon | Format::Timestamped | Format::OwnLine | Format::Court | Format::Interview => {
                super::label::colon_label(p)?
            }
            Format::Html | Format::Captions => return None,
        };
        // Words after it: a label alone on a line is a chair calling on someone.
        p[m.len.min(p.len())..].split_whitespace().nth(2).map(|_| m.label)
    };
    let mut missed = 0;
    let mut example = None;
    for turn in &t.turns {
        for p in turn.text.split('\n').skip(1) {
            if let Some(label) = looks_like_label(p.trim_start()) {
                missed += 1;
                example.get_or_insert((label, turn.line_start));
            }
        }
    }
    let (label, line) = example?;
    (missed >= MISSED_LABELS && missed * 10 >= t.turns.len()).then(|| {
        format!(
            "{missed} paragraphs look like speaker labels but were not taken as turns (the first, {label:?}, in the turn at line {line}): some words may be credited to the speaker before them (read as {})",
            t.hearing.format.as_str()
        )
    })
}

/// Lines inside turns of a file read as labels-on-their-own-line that have
/// a label's shape there (`colon::own_line_label_shape`): a turn's words
/// are joined into one paragraph, so `missed_labels` cannot see them, and a
/// label not taken credits the turn after it to the speaker before.
fn missed_own_line_labels(t: &Transcript, text: &str) -> Option<String> {
    if t.hearing.format != Format::OwnLine {
        return None;
    }
    // Line numbers count from 1, as `Turn::line_start` does.
    let lines: Vec<(std::ops::Range<usize>, &str)> = text.lines().map(|l| (0..0, l)).collect();
    let mut missed = 0;
    let mut example = None;
    for turn in &t.turns {
        let inside = turn.line_start as usize + 1..=(turn.line_end as usize).min(lines.len());
        for n in inside {
            if let Some(label) = super::colon::own_line_label_shape(&lines, n - 1) {
                missed += 1;
                example.get_or_insert((label, n));
            }
        }
    }
    let (label, line) = example?;
    (missed >= MISSED_LABELS && missed * 10 >= t.turns.len()).then(|| {
        format!(
            "{missed} lines inside turns look like speaker labels alone on their line (the first, {label:?}, at line {line}): some words may be credited to the speaker before them (read as own_line)"
        )
    })
}

/// Lines inside turns opening with a question or answer mark (`Q    When
/// did you`, `A.   Yes.`) in a file not read as an interview: a deposition
/// whose title page and examiner lines `detect` did not find, each answer
/// credited to whoever spoke before it. `Q:` opening a turn (a news
/// transcript's unnamed questioner) is a label and not counted.
fn questions_and_answers(t: &Transcript, text: &str) -> Option<String> {
    if t.hearing.format == Format::Interview {
        return None;
    }
    // Every line of every file passes here: bytes first, the few lines
    // opening with `Q` or `A` (after spaces and a gutter number) asked.
    let mut marked: Vec<u32> = Vec::new();
    let mut at = 0;
    for (k, end) in memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]).enumerate() {
        let line = text[at..end].trim_start_matches([' ', '\t']);
        let content = line.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start_matches([' ', '\t']);
        if content.starts_with(['Q', 'A']) && super::interview::qa_marker(content).is_some() {
            marked.push(k as u32 + 1);
        }
        at = end + 1;
    }
    if marked.len() < MISSED_LABELS {
        return None;
    }
    let starts: std::collections::HashSet<u32> = t.turns.iter().map(|x| x.line_start).collect();
    marked.retain(|n| !starts.contains(n));
    let (count, first) = (marked.len(), marked.first().copied());
    let first = first?;
    (count >= MISSED_LABELS).then(|| {
        format!(
            "{count} lines inside turns open with a question or answer mark (Q, A; the first at line {first}): each is credited to the speaker before it (read as {}; --format interview may fit)",
            t.hearing.format.as_str()
        )
    })
}

/// So many labels left inside turns before it is said.
const MISSED_LABELS: usize = 10;

/// After speakers are resolved (`speakers::attribute`): most turns matching
/// no one the hearing lists says the labels and the lists were not read
/// as the file meant them.
pub fn unresolved(t: &Transcript) -> Option<String> {
    if t.hearing.format == Format::Captions {
        return None;
    }
    let listed = t.hearing.members.len() + t.hearing.witnesses.len() + t.hearing.counsel.len();
    let unresolved = t.turns.iter().filter(|x| x.speaker.is_none() && x.role == Role::Unknown).count();
    (listed >= 3 && t.turns.len() >= 20 && unresolved * 2 > t.turns.len()).then(|| {
        format!(
            "{unresolved} of {} turns match no one of the {listed} people the hearing lists",
            t.turns.len()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::missed_labels;
    use crate::model::Format;

    /// A court transcript forced through the GPO grammar: what issue #13
    /// saw, one turn for the whole file, must not pass quietly.
    #[test]
    fn a_grammar_that_does_not_fit_is_reported() {
        let mut text = String::from("    Mr. Quill. Good morning.\n");
        for n in 0..900 {
            text.push_str(&format!(
                "{:>2}             SENATOR QUINN:  Line {n} of speech that GPO does not see.\n",
                n % 25 + 1
            ));
        }
        let t = crate::parse::parse_text(&text, "x.txt", Some(Format::Gpo));
        assert!(t.quality.iter().any(|q| q.contains("a single turn")), "{:?}", t.quality);
        let t = crate::parse::parse_text(&text, "x.txt", Some(Format::Court));
        assert!(t.quality.is_empty(), "{:?}", t.quality);
    }

    /// Own-line labels the parser turned down (here: titled names printed
    /// once each, after a sentence, with no party and state) are lines
    /// inside turns, which the turns' joined text hides: they are counted
    /// from the file's lines.
    #[test]
    fn own_line_labels_left_inside_turns_are_reported() {
        let mut text = String::from(
            "Roundtable on ports, March 3, 2026\n\nSen. Dana Halvorsen (R-Texas)\nGood morning to all.\n",
        );
        for title in ["Adm.", "Dr.", "Gen."] {
            for name in ["Priya Vance", "Chidi Okafor", "Amos Fetters", "Tomas Lund", "June Marsh"] {
                // Long enough turns: files under 200 lines are not judged.
                let words = "Thank you. I have a point to make about the ports and the cargo.\n".repeat(14);
                text.push_str(&format!("{title} {name}\n{words}"));
            }
        }
        let t = crate::parse::parse_text(&text, "x.txt", Some(Format::OwnLine));
        assert!(t.turns.len() < 5, "the names were turned down: {}", t.turns.len());
        let said = t.quality.iter().find(|q| q.contains("lines inside turns look like speaker labels"));
        assert!(
            said.is_some_and(|q| q.starts_with("15 lines") && q.contains("\"Adm. Priya Vance\", at line 5")),
            "{:?}",
            t.quality
        );
    }

    #[test]
    fn questions_and_answers_inside_turns_are_reported() {
        // A deposition with neither examiner lines nor a `DEPOSITION OF`
        // title: read as a colon transcript, every answer was the counsel's.
        let mut text = String::from("TRANSCRIBED INTERVIEW\n\nMR. PRUITT: We are on the record.\n\n");
        for i in 0..80 {
            text.push_str(&format!("     Q    Question {i} about the levee?\n     A    Answer {i}.\n\n"));
        }
        let t = crate::parse::parse_text(&text, "x.txt", None);
        assert_eq!(t.hearing.format, Format::Colon);
        let said = t.quality.iter().find(|q| q.contains("open with a question or answer mark"));
        assert!(said.is_some_and(|q| q.starts_with("160 lines") && q.contains("line 5")), "{:?}", t.quality);
        // Read as an interview, nothing is said.
        let t = crate::parse::parse_text(&text, "x.txt", Some(Format::Interview));
        assert!(!t.quality.iter().any(|q| q.contains("question or answer")), "{:?}", t.quality);
    }

    /// Labels the grammar reads but the parser did not take: many of them
    /// are said, a few are not.
    #[test]
    fn labels_left_inside_turns_are_reported_when_many() {
        // GPO labels stand at a paragraph's indent; these are printed deeper,
        // so the grammar reads them but the parser keeps them in the turn.
        let mut text = String::from(
            "    The Committee met, pursuant to notice, at 10 a.m., Hon. Dana Quill presiding.\n\n    Chairman Quill. The committee will come to order.\n\n",
        );
        for n in 0..30 {
            text.push_str(&format!(
                "            Mr. Rowe. Answer {n}: the budget holds steady this year.\n\n            Chairman Quill. Question {n} on the budget for you.\n\n"
            ));
        }
        let t = crate::parse::parse_text(&text, "x.txt", Some(Format::Gpo));
        let missed = missed_labels(&t);
        assert!(
            missed.as_deref().is_some_and(|m| m.contains("60 paragraphs look like speaker labels")),
            "{missed:?} {}",
            t.turns.len()
        );
        let few: String = text.split_inclusive("\n\n").take(10).collect();
        assert!(missed_labels(&crate::parse::parse_text(&few, "x.txt", Some(Format::Gpo))).is_none());
    }

    /// No turn in a file with text is said whatever its size: an Otter
    /// export of a short meeting came out as 0 turns, silently.
    #[test]
    fn no_turns_is_reported_however_short_the_file_and_blank_is_not() {
        let long = "The committee's report on the budget, in plain prose.\n".repeat(300);
        let t = crate::parse::parse_text(&long, "x.txt", None);
        assert!(t.quality.iter().any(|q| q.starts_with("no speaker turns")), "{:?}", t.quality);
        let t = crate::parse::parse_text(&long[..2000], "x.txt", None);
        assert!(t.quality.iter().any(|q| q.ends_with("(another --format may fit)")), "{:?}", t.quality);
        let t = crate::parse::parse_text("Rosa Whitcombe  0:03\nGood morning.\n", "x.txt", None);
        assert_eq!(t.quality.len(), 1, "{:?}", t.quality);
        let t = crate::parse::parse_text(" \n\n\t\n", "x.txt", None);
        assert!(t.quality.is_empty() && t.warnings.is_empty(), "{:?}", t.quality);
        // A Record page without speakers is a note, not a fault.
        let record = "[Congressional Record Volume 171, Number 3]\n\nDaily Digest\n";
        let t = crate::parse::parse_text(record, "x.htm", None);
        assert!(t.quality.is_empty() && t.warnings[0].starts_with("no speaker turns"), "{:?}", t.warnings);
    }
}
