//! Bytes -> text -> marks -> turns and blocks -> a `Transcript`.
//!
//! `decode` settles the encoding, `detect` picks a grammar, the grammar
//! (`gpo`, `colon`) marks labels and non-speech, `assemble` gives every byte
//! an owner, `clean` makes turn text readable, `front` reads the metadata.
//! `coverage` checks the result. Labels stay labels here: `speakers::read`
//! parses and then resolves them to people.

mod assemble;
mod captions;
mod clean;
mod colon;
pub(crate) mod court;
pub mod coverage;
mod decode;
mod front;
mod gpo;
mod html;
mod inserted;
mod interview;
mod label;
pub mod mods;
mod nonspeech;
mod not_names;
pub mod quality;
mod source;
mod stamps;

pub use clean::decode_entities;
pub use decode::{DecodeError, decode};
pub use inserted::statement_author;
pub use interview::EXAMINER_NOTE;

use crate::model::{BlockKind, Format, Hearing, Transcript};
use source::Source;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum ParseError {
    #[error(transparent)]
    Decode(#[from] DecodeError),
}

/// Parses a transcript file's bytes. `source` names where they came from
/// (a path, or `bundled:NAME`); the hearing id is derived from it.
pub fn parse(bytes: &[u8], source: &str, forced: Option<Format>) -> Result<(Transcript, String), ParseError> {
    let decoded = decode::decode(bytes)?;
    let mut t = parse_text(&decoded.text, source, forced);
    // The reader's warnings first, then what the parse itself noticed.
    t.warnings.splice(0..0, decoded.warnings);
    Ok((t, decoded.text))
}

/// Parses text already decoded.
pub fn parse_text(text: &str, source: &str, forced: Option<Format>) -> Transcript {
    let src = Source::new(text);
    let format = forced.unwrap_or_else(|| detect(text));
    let (body, mut wrapper) = match source::pre_wrapper(text) {
        Some((inner, markup)) if format != Format::Html => (inner, markup),
        _ => (0..text.len(), Vec::new()),
    };
    let mut marks = match format {
        Format::Gpo => gpo::marks(&src, body.clone(), false),
        Format::Record => gpo::marks(&src, body.clone(), true),
        Format::Colon => colon::marks(&src, body.clone(), colon::Style::Colon),
        Format::Timestamped => colon::marks(&src, body.clone(), colon::Style::Timestamped),
        Format::OwnLine => colon::marks(&src, body.clone(), colon::Style::OwnLine),
        Format::Court => court::marks(&src, body.clone()),
        Format::Html => html::marks(text),
        Format::Captions => captions::marks(&src, body.clone()),
        Format::Interview => interview::marks(&src, body.clone()),
    };
    marks.extend(
        wrapper.drain(..).filter(|r| !r.is_empty()).map(|r| assemble::Mark::new(r, assemble::Event::Markup)),
    );
    let mut assembled = assemble::assemble(&src, marks, format == Format::Html);

    let front_end = assembled.turns.first().map_or(text.len(), |t| t.span.start);
    let front_text = &text[body.start.min(front_end)..front_end];
    let mut hearing =
        Hearing { id: hearing_id(source), format, source: source.to_owned(), ..Hearing::default() };
    match format {
        Format::Gpo => {
            let headings: Vec<&str> = assembled
                .blocks
                .iter()
                .filter(|b| b.kind == BlockKind::Heading)
                .map(|b| b.text.as_str())
                .collect();
            front::gpo(&mut hearing, front_text, text, &headings)
        }
        Format::Record => front::record(&mut hearing, front_text),
        Format::Colon | Format::Timestamped | Format::OwnLine => front::keyed(&mut hearing, front_text),
        Format::Court => front::court(&mut hearing, front_text, text),
        Format::Html => hearing.title = front::html_title(text).unwrap_or_default(),
        // The header before `WEBVTT`: `Date: 07/17/2025`, `Video: https://...`.
        Format::Captions => front::keyed(&mut hearing, captions::header(front_text)),
        Format::Interview => front::interview(&mut hearing, front_text),
    }
    if format == Format::Gpo {
        front::pin_written_blocks(front_text, &mut assembled.blocks);
    }
    // A title with no letter (`-----`, ` - ` from an empty <title>) names
    // nothing; the file's id does better in lists.
    if !hearing.title.chars().any(char::is_alphabetic) {
        hearing.title = hearing.id.clone();
    }
    let mut turns = assembled.turns;
    mark_interruptions(&mut turns);
    let mut t = Transcript {
        hearing,
        turns,
        blocks: assembled.blocks,
        warnings: Vec::new(),
        quality: Vec::new(),
        markup: assembled.markup,
    };
    (t.quality, t.warnings) = quality::assess(&t, text, src.line_count());
    t
}

/// The stable id of a hearing: its file name without extension.
pub fn hearing_id(source: &str) -> String {
    let name = source.strip_prefix(crate::samples::BUNDLED_PREFIX).unwrap_or(source);
    let stem = Path::new(name).file_stem().and_then(|s| s.to_str()).unwrap_or(name);
    stem.chars().map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '-' }).collect()
}

/// A turn cut off with a dash, and answered by someone else, was interrupted.
fn mark_interruptions(turns: &mut [crate::model::Turn]) {
    for i in 0..turns.len().saturating_sub(1) {
        let text = turns[i].text.trim_end();
        let cut = text.ends_with('—') || text.ends_with('–') || text.ends_with("--");
        turns[i].interrupted = cut && turns[i + 1].label != turns[i].label;
    }
}

/// Picks the grammar whose labels the file uses most.
pub fn detect(text: &str) -> Format {
    let head = source::head(text, 256 * 1024);
    if head.contains("[Congressional Record Volume") || head.contains("<title>Congressional Record") {
        return Format::Record;
    }
    if head.contains("[From the U.S. Government P") {
        return Format::Gpo;
    }
    if html::looks_like_html(head) {
        return Format::Html;
    }
    // Before `court`: a court reporter's deposition has its gutter too.
    if interview::looks_like_interview(head) {
        return Format::Interview;
    }
    if court::looks_like_court(head) {
        return Format::Court;
    }
    if captions::looks_like_captions(head) {
        return Format::Captions;
    }
    let (mut para, mut colon, mut stamped, mut own) = (0, 0, 0, 0);
    let lines: Vec<(std::ops::Range<usize>, &str)> = head.lines().map(|l| (0..0, l)).collect();
    let caps = colon::caps_own_line_labels(&lines);
    let stamp_lines: std::collections::HashSet<usize> =
        stamps::stamp_lines(&lines).into_iter().map(|(i, _)| i).collect();
    let named_lines: std::collections::HashSet<usize> =
        stamps::named_lines(&lines).into_iter().map(|(i, _)| i).collect();
    for (i, (_, line)) in lines.iter().enumerate() {
        let t = line.trim_start();
        let indent = line.len() - t.len();
        if label::timestamp_label(t).is_some() || stamp_lines.contains(&i) {
            stamped += 1;
        } else if label::colon_label(t).is_some() || named_lines.contains(&i) {
            colon += 1;
        } else if (1..=6).contains(&indent) && label::paragraph_label(t).is_some() {
            para += 1;
        } else if indent == 0
            && (colon::own_line_label(&lines, i, &|_| false).is_some() || caps.contains(line.trim()))
        {
            own += 1;
        }
    }
    // The grammar with the most labels wins; a short file may have just one.
    let best = para.max(colon).max(stamped).max(own);
    if best == 0 || best == para {
        Format::Gpo
    } else if best == stamped {
        Format::Timestamped
    } else if best == colon {
        Format::Colon
    } else {
        Format::OwnLine
    }
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Format::ALL.into_iter().find(|f| f.as_str() == s.to_ascii_lowercase()).ok_or_else(|| {
            format!("unknown format {s:?}; one of: gpo, record, colon, timestamped, own_line, court, html, captions, interview")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_without_a_letter_gives_way_to_the_files_name() {
        let html = "<html><head><title>-----</title></head><body><p><strong>Mr. LIMAN:</strong> Good morning.</p></body></html>";
        assert_eq!(parse_text(html, "/x/iran-contra-day-3.html", None).hearing.title, "iran-contra-day-3");
        let named = html.replace("-----", "Iran-Contra Hearings, Day 3");
        assert_eq!(parse_text(&named, "/x/d3.html", None).hearing.title, "Iran-Contra Hearings, Day 3");
    }
}
