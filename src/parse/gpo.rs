//! GPO hearing text and Congressional Record pages: paragraph-indented text
//! where a turn starts with a paragraph whose first words are a label ending
//! in a period (`    Chairman Shelby.`, `  Mr. LEAHY.`).
//!
//! This module only marks the file; `assemble` gives the text its owners.

use super::assemble::{Event, Mark};
use super::inserted::{self, QuestionsForRecord};
use super::label::paragraph_label;
use super::nonspeech::bracketed;
use super::source::Source;
use crate::model::BlockKind;
use std::ops::Range;

mod floor;
use floor::{NARRATION, floor_narration, inserted_material, ordered_printed, paragraph_end};

/// Headings that open submitted material: what follows is not speech.
const SUBMITTED_HEADINGS: &[&str] = &[
    "PREPARED STATEMENT",
    "RESPONSE TO",
    "RESPONSES TO",
    "ADDITIONAL MATERIAL",
    "A P P E N D I X",
    "APPENDIX",
    "QUESTIONS FOR THE RECORD",
    "QUESTIONS SUBMITTED",
    "SUBMITTED STATEMENT",
    "STATEMENT SUBMITTED",
    "STATEMENTS SUBMITTED",
    "WRITTEN STATEMENT",
    "LETTER FROM",
    "LETTER TO",
    "MATERIAL SUBMITTED",
];

pub fn marks(src: &Source, body: Range<usize>, record: bool) -> Vec<Mark> {
    let lines: Vec<(Range<usize>, &str)> = src.lines_in(body.clone()).collect();
    // Speech starts after the "The Committee met ... presiding." paragraph
    // when there is one; before it, dotted contents lines and rosters would
    // otherwise look like labels.
    let mut speech = record || !lines.iter().any(|(_, l)| opens_session(l));
    let mut submitted = false;
    let mut has_turn = false;
    // The label of the turn speaking, to tell a speaker's own statement
    // heading from a statement printed for someone else.
    let mut speaking: Option<String> = None;
    // The label of the member last noted `[presiding]`: their bare label
    // calls on someone, as the chair's does.
    let mut presiding: Option<String> = None;
    // Inside written questions for the record: who asks, who answers.
    let mut qfr: Option<QuestionsForRecord> = None;
    // Inside material a `[... follows:]` brought into the hearing: its own
    // `PREPARED STATEMENT` heading does not end the hearing's labels.
    let mut introduced = false;
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (range, line) = (&lines[i].0, lines[i].1);
        let body = line.trim_start();
        let indent = line.len() - body.len();
        let trimmed = body.trim_end();
        i += 1;
        if trimmed.is_empty() {
            continue;
        }
        let content = range.start + indent..range.start + indent + trimmed.len();
        if let Some(page) = page_anchor(trimmed) {
            out.push(Mark::new(content, Event::Page(page)));
            continue;
        }
        if opens_session(line) {
            if submitted {
                out.push(Mark::new(content, Event::Section { kind: BlockKind::FrontMatter, author: None }));
            }
            speech = true;
            submitted = false;
            qfr = None;
            continue;
        }
        if !has_turn {
            if let Some(m) = speech.then(|| turn_label(&lines, i - 1, range.start, || false)).flatten() {
                has_turn = true;
                speaking = label_of(&m);
                out.push(m);
            }
            continue;
        }
        // The rule that closes a Record item (`____________________`).
        if record && trimmed.len() >= 5 && trimmed.bytes().all(|b| b == b'_') {
            out.push(Mark::new(content, Event::Block(BlockKind::Other)));
            continue;
        }
        if trimmed.starts_with("{time}") {
            out.push(Mark::new(content, Event::Block(BlockKind::Timestamp)));
            continue;
        }
        // The Record's own narration (`The amendment was agreed to.`) is
        // nobody's speech, even where it stands between one member's paragraphs.
        if record && indent == 2 && NARRATION.iter().any(|n| trimmed.starts_with(n)) {
            let end = paragraph_end(&lines, i - 1);
            let stop = lines[end].0.start + lines[end].1.trim_end().len();
            out.push(Mark::new(content.start..stop, Event::Block(BlockKind::StageDirection)));
            i = end + 1;
            if lines[end].1.trim_end().ends_with("as follows:") {
                i = inserted_material(&lines, i, &mut out);
            }
            continue;
        }
        // `Mr. HOLLINGS addressed the Chair.`, `Mr. DOYLE changed his vote
        // from ``no'' to ``aye.''`, `(Ms. ESHOO asked and was given permission
        // to revise and extend her remarks.)`: the Record telling what
        // happened, inside or between members' turns.
        if record
            && indent == 2
            && let Some(end) = floor_narration(src.text, &lines, i - 1)
        {
            let stop = lines[end].0.start + lines[end].1.trim_end().len();
            out.push(Mark::new(content.start..stop, Event::Block(BlockKind::StageDirection)));
            i = end + 1;
            continue;
        }
        // `There being no objection, the material was ordered to be printed in
        // the Record, as follows:` then a letter or a bill, indented: printed,
        // never spoken, so not the member's words.
        if record && trimmed.ends_with("as follows:") && ordered_printed(&lines, i - 1) {
            i = inserted_material(&lines, i, &mut out);
            continue;
        }
        if let Some(end) = bracketed(&lines, i - 1) {
            let span = content.start..lines[end].0.start + lines[end].1.trim_end().len();
            let text = &src.text[span.clone()];
            let kind = if text.contains("GRAPHIC") || text.contains("TIFF") {
                BlockKind::Graphic
            } else {
                BlockKind::StageDirection
            };
            i = end + 1;
            // `[The prepared statement of Mr. X follows:]`: what follows was
            // printed, not said, and is X's (or nobody's we know) until the
            // next label.
            if kind == BlockKind::StageDirection
                && let Some(author) = inserted::introduction(text)
            {
                let author = author.or_else(|| inserted::byline(&lines, i));
                introduced = !submitted;
                out.push(Mark::new(span, Event::Section { kind: BlockKind::Submitted, author }));
                continue;
            }
            let adjourned = text.contains("Whereupon") && text.contains("adjourned");
            out.push(Mark::new(span.clone(), Event::Block(kind)));
            if adjourned {
                // After the adjournment nothing is spoken: what follows is
                // nobody's turn, whatever it is.
                submitted = true;
                out.push(Mark::new(
                    span.end..span.end,
                    Event::Section { kind: BlockKind::Submitted, author: None },
                ));
            }
            continue;
        }
        if let Some(q) = &qfr
            && indent <= 4
            && let Some(which) = inserted::question_or_answer(trimmed)
        {
            // `Q.1.` is the asking member's, `A.1.` the witness's: each owns
            // its text until the next.
            let (kind, author) = match which {
                'Q' => (BlockKind::Question, q.questioner.clone()),
                _ => (BlockKind::Answer, q.witness.clone()),
            };
            out.push(Mark::new(content.start..content.start, Event::Section { kind, author }));
            continue;
        }
        if is_heading(line, indent) || flush_heading(&lines, i - 1) {
            // A heading may run over several lines, with blank lines between.
            let mut end = i - 1;
            let mut j = i;
            while j < lines.len() {
                let l = lines[j].1;
                if l.trim().is_empty() {
                    j += 1;
                    continue;
                }
                let l_indent = l.len() - l.trim_start().len();
                // A heading's next line may be printed flush left (or one
                // space in) when it follows with no blank line.
                let flush_next = l_indent < 2 && j == end + 1;
                if is_heading(l, l_indent) || (flush_next && caps_line(l, l_indent)) {
                    end = j;
                    j += 1;
                } else {
                    break;
                }
            }
            let span = content.start..lines[end].0.start + lines[end].1.trim_end().len();
            let heading = &src.text[span.clone()];
            let flat = heading.split_whitespace().collect::<Vec<_>>().join(" ");
            i = end + 1;
            if session_heading(&flat) {
                // `AFTERNOON SESSION` after `[Whereupon ... adjourned, to
                // reconvene at 2 p.m.]`: the hearing goes on, labelled turns
                // are spoken again (they had been read as an appendix).
                speech = true;
                submitted = false;
                qfr = None;
                out.push(Mark::new(span, Event::Block(BlockKind::Heading)));
                continue;
            }
            if SUBMITTED_HEADINGS.iter().any(|h| flat.starts_with(h)) {
                submitted |= !introduced;
                qfr = inserted::questions_for_record(&flat);
                // Written questions: the heading stands alone, the `Q.`/`A.`
                // paragraphs under it are the asker's and the witness's.
                let (kind, author) = match &qfr {
                    Some(_) => (BlockKind::Heading, None),
                    None => (BlockKind::Submitted, heading_author(&flat)),
                };
                out.push(Mark::new(span, Event::Section { kind, author }));
            } else if let Some(author) = inserted::statement_author(&flat)
                && !next_is_label(&lines, i)
                && !speaking.as_deref().is_some_and(|l| inserted::same_surname(l, &author))
            {
                // `STATEMENT OF X` and no label after it: X's statement as
                // printed, which the turn before must not take. The heading
                // stays a heading (the front matter reads witnesses from it).
                qfr = None;
                let end = span.end;
                out.push(Mark::new(span, Event::Block(BlockKind::Heading)));
                out.push(Mark::new(
                    end..end,
                    Event::Section { kind: BlockKind::Submitted, author: Some(author) },
                ));
            } else {
                out.push(Mark::new(span, Event::Block(BlockKind::Heading)));
            }
            continue;
        }
        // Asked only of a label alone on its line: every paragraph passes here.
        let chairing =
            || speaking.as_deref().is_some_and(|s| chair_label(s) || presiding.as_deref() == Some(s));
        if speech
            && !submitted
            && let Some(m) = turn_label(&lines, i - 1, range.start, chairing)
        {
            if let Event::Label { label, note: Some(note), .. } = &m.event
                && note == "presiding"
            {
                presiding = Some(label.clone());
            }
            speaking = label_of(&m);
            introduced = false;
            out.push(m);
        }
    }
    out
}

/// A label at the start of an indented paragraph. A label standing alone with
/// no words after it (`    Mr. Yingling.`) is the chair calling on someone,
/// which stays in the chair's turn.
fn label_at(line: &str, indent: usize, line_start: usize) -> Option<Mark> {
    // `<bullet> Mr. INOUYE.`: the Record's sign for a statement not spoken on the floor.
    if let Some(rest) = line.strip_prefix("<bullet>") {
        let lead = rest.len() - rest.trim_start().len();
        let m = paragraph_label(rest.trim_start())?;
        let len = "<bullet>".len() + lead + m.len;
        let note = Some("inserted".to_owned());
        return Some(Mark::new(
            line_start..line_start + len,
            Event::Label { label: m.label, note, indent: 2 },
        ));
    }
    if !(1..=6).contains(&indent) {
        return None;
    }
    let rest = &line[indent..];
    let m = paragraph_label(rest)?;
    if rest[m.len..].trim().is_empty() && !m.label.contains("Voice") {
        return None;
    }
    let start = line_start + indent;
    Some(Mark::new(start..start + m.len, Event::Label { label: m.label, note: m.note, indent }))
}

/// The label opening line `i`: `label_at`, or a label alone on its line
/// when the next line opens a paragraph of words, as text taken from a PDF
/// prints every turn (`Senator Temple.` / `Mr. Ruiz, why so few?`), and
/// the Record a statement (`Mr. KOHL.` / `Mr. President, I rise`). Said
/// while the chair has the floor (`chairing`), or alone before a heading, a
/// label or a direction, it is the chair calling on someone (`Mr. Bachus.`
/// / `I'm sorry. Mr. Marchant?`), and stays in the chair's turn.
fn turn_label(
    lines: &[(Range<usize>, &str)],
    i: usize,
    line_start: usize,
    chairing: impl FnOnce() -> bool,
) -> Option<Mark> {
    let line = lines[i].1;
    let indent = line.len() - line.trim_start().len();
    if line.starts_with("<bullet>") {
        return label_at(line, indent, line_start);
    }
    if !(1..=6).contains(&indent) {
        return None;
    }
    // One reading of the label, as `label_at` would (every paragraph of
    // the file passes here).
    let rest = &line[indent..];
    let m = paragraph_label(rest)?;
    if rest[m.len..].trim().is_empty() && !m.label.contains("Voice") {
        if chairing() {
            return None;
        }
        let (_, next) = lines.get(i + 1)?;
        let next_indent = next.len() - next.trim_start().len();
        let words = (1..=6).contains(&next_indent)
            && next.trim_start().starts_with(|c: char| c.is_alphanumeric() || c == '"' || c == '`')
            && paragraph_label(next.trim_start()).is_none();
        if !words {
            return None;
        }
    }
    let start = line_start + indent;
    Some(Mark::new(start..start + m.len, Event::Label { label: m.label, note: m.note, indent }))
}

/// A label naming the chair's office: `The Chairman`, `Chairwoman Waters`,
/// `The PRESIDING OFFICER`, `The SPEAKER pro tempore`.
fn chair_label(label: &str) -> bool {
    let upper = label.to_uppercase();
    [
        "THE CHAIR", "CHAIRMAN ", "CHAIRWOMAN ", "CHAIR ", "THE PRESIDING", "THE SPEAKER", "THE ACTING",
        "MR. CHAIRMAN",
    ]
    .iter()
    .any(|t| upper.starts_with(t))
}

fn label_of(m: &Mark) -> Option<String> {
    match &m.event {
        Event::Label { label, .. } => Some(label.clone()),
        _ => None,
    }
}

/// The next paragraph (from line `i`) opens with a label. Blank lines and
/// centred lines (a heading's last line in mixed case: `IntercontinentalExchange,
/// INC.`) are passed over: paragraphs start at most six spaces in.
fn next_is_label(lines: &[(Range<usize>, &str)], i: usize) -> bool {
    lines[i.min(lines.len())..]
        .iter()
        .find(|(_, l)| {
            let indent = l.len() - l.trim_start().len();
            !l.trim().is_empty() && indent <= 6 && !caps_line(l, indent)
        })
        .is_some_and(|(r, l)| label_at(l, l.len() - l.trim_start().len(), r.start).is_some())
}

/// A heading printed flush left or one space in (`STATEMENT OF BEN S.
/// BERNANKE, CHAIRMAN,`), after a blank line: only the openings of a
/// statement, since flush-left capitals elsewhere are continuation lines.
fn flush_heading(lines: &[(Range<usize>, &str)], i: usize) -> bool {
    let line = lines[i].1;
    let t = line.trim_start();
    let indent = line.len() - t.len();
    // Written questions' headings are printed even straight under text.
    let qfr = inserted::QUESTIONS_FOR_RECORD.iter().any(|p| t.starts_with(p));
    indent < 2
        && i > 0
        && (lines[i - 1].1.trim().is_empty() || qfr)
        && ["STATEMENT OF ", "OPENING STATEMENT OF ", "PREPARED STATEMENT OF ", "TESTIMONY OF ", "RESPONSE"]
            .iter()
            .any(|p| t.starts_with(p))
        && caps_line(line, indent)
}

/// `    The Committee met, pursuant to notice, at 10 a.m.` and its variants.
fn opens_session(line: &str) -> bool {
    let t = line.trim_start();
    if line.len() == t.len() || !t.starts_with("The ") {
        return false;
    }
    // Most paragraphs opening with `The` say neither word: no need to join.
    if !(t.contains("met") || t.contains("convened")) {
        return false;
    }
    let head: String = t.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
    (head.contains(" met") || head.contains(" convened"))
        && [
            "Committee", "Subcommittee", "Commission", "Caucus", "Panel", "Committees", "Subcommittees",
            "Task Force", "Select",
        ]
        .iter()
        .any(|w| head.contains(w))
}

/// `AFTERNOON SESSION`, `EVENING SESSION`: a hearing resumed the same day.
fn session_heading(flat: &str) -> bool {
    let t = flat.trim_end_matches(['.', ':']);
    ["MORNING SESSION", "AFTERNOON SESSION", "EVENING SESSION"].contains(&t)
}

fn page_anchor(trimmed: &str) -> Option<String> {
    let inner = trimmed.strip_prefix("[[Page ")?.strip_suffix("]]")?;
    Some(inner.trim().to_owned())
}

/// Centred capitals: `STATEMENT OF ALAN GREENSPAN, CHAIRMAN,`; or the
/// Record's centred amendment headings, in title case (`Amendment No. 20
/// Offered by Mr. Issa`), which ran into the turn before them and were
/// quoted as the presiding officer's words.
fn is_heading(line: &str, indent: usize) -> bool {
    indent >= 2 && (caps_line(line, indent) || amendment_heading(line, indent))
}

/// `Amendment No. 21A Offered by Mr. Smith of New Jersey`, `Amendments En
/// Bloc Offered by Mr. Hyde`, centred, with nothing after the name: not the
/// amendment's own text (`Amendment No. 21A offered by Mr. Smith:`).
fn amendment_heading(line: &str, indent: usize) -> bool {
    let t = line.trim();
    indent >= 8
        && t.starts_with("Amendment")
        && t.split_once(" Offered by ").is_some_and(|(_, who)| {
            who.starts_with(|c: char| c.is_uppercase()) && !who.ends_with(['.', ':', ',', ';'])
        })
}

/// A line in capitals, at least four letters, that is not a label.
fn caps_line(line: &str, indent: usize) -> bool {
    let t = line.trim();
    // Most lines fail on their first lower-case letter; test that first.
    (!t.chars().any(char::is_lowercase) || t.split_whitespace().all(caps_word))
        && t.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && paragraph_label(&line[indent..]).is_none()
}

/// A word of a heading in capitals, allowing the lower case GPO keeps in
/// names (`McCOY`, `DeMARCO`, `MacDONALD`) and suffixes (`Jr.,`).
fn caps_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    if matches!(w, "Jr" | "Sr") {
        return true;
    }
    let rest = ["Mc", "Mac", "De", "Di", "La", "Le", "Van", "Von"].iter().find_map(|p| w.strip_prefix(p));
    rest.is_some_and(|r| r.len() >= 2 && !r.chars().any(char::is_lowercase))
        || !w.chars().any(char::is_lowercase)
}

/// `PREPARED STATEMENT OF ALAN GREENSPAN, CHAIRMAN, ...` -> `Alan Greenspan`;
/// `RESPONSES TO WRITTEN QUESTIONS OF SENATOR REED FROM ALAN GREENSPAN` -> `Alan Greenspan`.
fn heading_author(flat: &str) -> Option<String> {
    if let Some(name) = inserted::statement_author(flat) {
        return Some(name);
    }
    let after =
        flat.rsplit_once(" FROM ").map(|(_, a)| a).or_else(|| flat.split_once(" OF ").map(|(_, a)| a))?;
    let name = after.split(',').next()?.trim();
    let name = name.trim_start_matches("HON. ").trim_start_matches("THE HONORABLE ");
    if name.is_empty() || name.split_whitespace().count() > 6 {
        return None;
    }
    Some(crate::names::title_case(name))
}
