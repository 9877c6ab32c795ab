//! Video captions: WebVTT (`WEBVTT`, then cues timed `00:21:07.933 -->
//! 00:21:11.837`), SubRip (a cue number, then `00:00:01,000 --> ...`) and
//! plain caption text with `>>` and no cues, with a header of `Key: value`
//! lines before them as some archives add.
//!
//! Captions name a speaker only where a `>>` marks a change of speaker and
//! the caption says who (`>> SEN. KENNEDY: Thank you`); a `>>` alone starts
//! a turn of someone unnamed. Zoom and Teams write the speaker's name at the
//! start of each cue instead (`Rosa Whitfield: Good morning`, or a WebVTT
//! voice tag, `<v Rosa Whitfield>Good morning</v>`): where most
//! cues open so, the name starts a turn, and the next cues of the same name
//! run on in it, their repeated name markup (`cue_names`). Most committee captions have no marks at all:
//! their text becomes passages of a few sentences, each an unattributed
//! turn (empty label, no speaker), never one giant turn and never credited
//! to anyone. Cue timings are markup that set the turn's page to the time
//! in the video (`00:41:02`), which quotes cite as `at 00:41:02`.

use super::assemble::{Event, Mark};
use super::label::colon_label;
use super::source::Source;
use super::stamps::service_name;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// A passage of unmarked captions closes at a sentence's end past this many
/// bytes, and in any case past `HARD_LIMIT`.
const PASSAGE: usize = 500;
const HARD_LIMIT: usize = 2000;

/// `00:21:07.933 --> 00:21:11.837` (WebVTT) or `00:00:01,000 --> ...`
/// (SubRip): the cue's start as `00:21:07`.
fn timing(line: &str) -> Option<&str> {
    let (start, _) = line.trim().split_once(" --> ")?;
    let clock = start.split(['.', ',']).next()?;
    let ok = clock.split(':').count() >= 2
        && clock.split(':').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    ok.then_some(clock)
}

/// A `WEBVTT` line near the top, SubRip cues, or plain caption text with
/// `>>` opening many of its first lines (as C-SPAN publishes it).
pub fn looks_like_captions(head: &str) -> bool {
    let lines: Vec<&str> = head.lines().take(200).collect();
    lines.iter().take(60).any(|l| l.trim_end() == "WEBVTT" || l.starts_with("WEBVTT "))
        || lines.iter().take(60).filter(|l| timing(l).is_some()).count() >= 3
        || lines.iter().filter(|l| l.trim_start().starts_with(">>")).count() >= 5
}

/// The header of `Key: value` lines before the captions (`Date:`,
/// `Video:`), up to `---`, `WEBVTT` or the first cue.
pub fn header(front: &str) -> &str {
    let mut end = 0;
    for line in front.split_inclusive('\n') {
        let t = line.trim();
        if t == "---"
            || t.starts_with("WEBVTT")
            || timing(t).is_some()
            || t.bytes().all(|b| b.is_ascii_digit()) && !t.is_empty()
        {
            break;
        }
        end += line.len();
    }
    &front[..end]
}

/// `Rosa Whitfield: Good morning`: a name as recording services print
/// them (`stamps::service_name`) and a colon opening a cue; or a WebVTT
/// voice tag, as Teams writes it (`<v Rosa Whitfield>Good morning</v>`,
/// also `<v.loud Rosa Whitfield>`). The name and the bytes up to the
/// colon's or the tag's end.
fn cue_name(t: &str) -> Option<(&str, usize)> {
    if let Some(tag) = t.strip_prefix("<v") {
        let close = tag.find('>')?;
        let inner = &tag[..close];
        // `<v Name>` or `<v.class Name>`: the name after the first space.
        let (_, name) = inner.split_once(' ')?;
        let name = name.trim();
        return service_name(name).then_some((name, 2 + close + 1));
    }
    let (name, rest) = t.split_once(':')?;
    (service_name(name) && (rest.is_empty() || rest.starts_with(' '))).then_some((name, name.len() + 1))
}

/// The `</v>` closing a voice tag at a cue's end: markup, not speech.
fn voice_close(t: &str) -> Option<usize> {
    t.ends_with("</v>").then_some("</v>".len())
}

/// Whether the cues name their speakers as Zoom and Teams do: half the
/// cues at least open with a name, two at least; one word (`Clerk:`) only
/// when it opens two cues or more, so a cue opening `Question:` once is no
/// one's name. Returns the names that count.
fn cue_names<'a>(lines: &[(Range<usize>, &'a str)]) -> HashSet<&'a str> {
    let firsts: Vec<&str> = (1..lines.len())
        .filter(|&i| timing(lines[i - 1].1).is_some())
        .map(|i| lines[i].1.trim())
        .filter(|t| !t.is_empty())
        .collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (name, _) in firsts.iter().filter_map(|t| cue_name(t)) {
        *seen.entry(name).or_default() += 1;
    }
    seen.retain(|name, n| name.contains(' ') || *n >= 2);
    let named: usize = seen.values().sum();
    if named >= 2 && named * 2 >= firsts.len() { seen.into_keys().collect() } else { HashSet::new() }
}

pub fn marks(src: &Source, body: Range<usize>) -> Vec<Mark> {
    let lines: Vec<(Range<usize>, &str)> = src.lines_in(body).collect();
    let names = cue_names(&lines);
    // Turns change where the captions say: `>>`, or a name opening a cue.
    let marked = !names.is_empty() || lines.iter().any(|(_, l)| l.trim_start().starts_with(">>"));
    // The name of the current turn, when a cue's name started it.
    let mut current: Option<&str> = None;
    // Plain caption text has no cues: it starts at its first `>>`.
    let cued = lines.iter().any(|(_, l)| timing(l).is_some());
    let mut out = Vec::new();
    let mut time: Option<String> = None;
    let mut started = false;
    // Bytes of the current passage, and whether its last cue ended a sentence.
    let mut passage = 0;
    let mut sentence_end = false;
    for (i, (range, line)) in lines.iter().enumerate() {
        let t = line.trim();
        // A cue's timing sets the "page": where in the video a quote is.
        if let Some(clock) = timing(line) {
            time = Some(clock.to_owned());
            out.push(Mark::new(
                range.start..range.start + line.trim_end().len(),
                Event::Page(clock.to_owned()),
            ));
            continue;
        }
        let cue_number = !t.is_empty()
            && t.bytes().all(|b| b.is_ascii_digit())
            && lines.get(i + 1).is_some_and(|(_, n)| timing(n).is_some());
        if t == "WEBVTT" || cue_number {
            out.push(Mark::new(range.start..range.start + line.trim_end().len(), Event::Markup));
            continue;
        }
        // Before the first cue (or `>>`): the header, front matter.
        if t.is_empty() || (cued && time.is_none()) || (!cued && !started && !t.starts_with(">>")) {
            continue;
        }
        let lead = line.len() - t.len() - (line.len() - line.trim_end().len());
        let at = range.start + lead;
        if let Some(after) = t.strip_prefix(">>") {
            let rest = after.trim_start();
            let skip = t.len() - rest.len();
            let (label, len) = match colon_label(rest) {
                Some(m) => (m.label, skip + m.len),
                None => (String::new(), 2),
            };
            out.push(label_mark(at..at + len, label, &time));
            started = true;
            passage = 0;
            current = None;
            continue;
        }
        let cue_start = i > 0 && timing(lines[i - 1].1).is_some();
        if let Some(close) = voice_close(t) {
            let end = at + t.len();
            out.push(Mark::new(end - close..end, Event::Markup));
        }
        if let Some((name, len)) = cue_name(t).filter(|(n, _)| cue_start && names.contains(n)) {
            if current == Some(name) {
                // The same speaker's next cue: the name again is no speech.
                out.push(Mark::new(at..at + len, Event::Markup));
            } else {
                out.push(label_mark(at..at + len, name.to_owned(), &time));
            }
            current = Some(name);
            started = true;
            continue;
        }
        let new_passage =
            !started || (!marked && ((passage >= PASSAGE && sentence_end) || passage >= HARD_LIMIT));
        if new_passage {
            out.push(label_mark(at..at, String::new(), &time));
            started = true;
            passage = 0;
        }
        passage += t.len() + 1;
        sentence_end = t.ends_with(['.', '?', '!']);
    }
    out
}

fn label_mark(span: Range<usize>, label: String, time: &Option<String>) -> Mark {
    Mark::new(span, Event::Label { label, note: time.clone(), indent: 0 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timings_and_detection() {
        assert_eq!(timing("00:21:07.933 --> 00:21:11.837"), Some("00:21:07"));
        assert_eq!(timing("00:00:01,000 --> 00:00:04,000 align:start"), Some("00:00:01"));
        assert_eq!(timing("We met at 10:30 --> then left"), None);
        assert!(looks_like_captions("Date: 07/17/2025\n---\nWEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHI.\n"));
        assert!(!looks_like_captions("SENATOR QUINN: At 10:30 --> we met.\n"));
    }

    #[test]
    fn names_opening_cues_count_only_when_most_cues_have_one() {
        let lines =
            |s: &'static str| -> Vec<(Range<usize>, &'static str)> { s.lines().map(|l| (0..0, l)).collect() };
        let cue = |n: usize, t: &str| format!("00:00:0{n}.000 --> 00:00:0{n}.500\n{t}\n\n");
        let zoom: String =
            [cue(1, "Rosa Whitcombe: Hello."), cue(2, "so on."), cue(3, "Kwame Abara: Yes.")].concat();
        let zoom: &'static str = zoom.leak();
        assert_eq!(cue_names(&lines(zoom)), HashSet::from(["Rosa Whitcombe", "Kwame Abara"]));
        // Plain captions: a cue opening `Note:` or a lone name is no sign.
        let plain: String = [
            cue(1, "Note: the hearing resumed."),
            cue(2, "AT TEN."),
            cue(3, "Rosa Whitcombe: Hello."),
            cue(4, "ON THE BUDGET."),
        ]
        .concat();
        assert!(cue_names(&lines(plain.leak())).is_empty());
    }
}
