//! Finding the turn a quotation comes from, and the verdict.
//!
//! Candidates come from the index in two asks: the quotation's first run of
//! words as a phrase (exact, through the index's common grams), and its
//! rarest words with `OR` (so a quotation with a changed word still finds
//! its turn). Each candidate is aligned with the quotation; one that ends at
//! a turn's edge is tried again with the next (or previous) turn, since a
//! quotation may run over two.

use super::align::{self, Alignment, Item};
use super::{
    ALTERED_MIN, COMMON_MAX_WORDS, COMMON_TURNS, Checked, EVIDENCE_MIN, Quotation, SHORT_WORDS, Verdict,
    attrib,
};
use crate::export::quote::Style;
use crate::export::sources::Sources;
use crate::index::search::Hit;
use crate::index::{IndexError, Library};
use crate::summary::HearingSummary;
use std::collections::HashMap;

/// Hits read per ask: a quotation's source, when indexed, ranks near the top
/// of its phrase or of its rarest words.
const CANDIDATES: usize = 12;
/// Words asked for with `OR`, the rarest first.
const RARE_WORDS: usize = 8;

/// The two ways candidates are asked for, cheapest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ask {
    Phrase,
    RareWords,
}

/// What a quotation's search looks for.
struct Wanted<'w> {
    items: &'w [Item],
    /// The words with brackets read as words, when there is no cut.
    plain: Option<&'w [Item]>,
    /// Words in the quotation.
    n: usize,
    short: bool,
    /// Only this speaker's turns (short quotations).
    speaker: Option<&'w str>,
}

/// The best source (its class, whether the article's name fits it), and
/// every turn that says the words exactly with its speaker.
type Found = (Option<(Class, bool, Source)>, Vec<(String, String)>);

pub struct Checker<'a> {
    lib: &'a Library,
    style: Style,
    hearings: HashMap<String, Option<HearingSummary>>,
    /// Inverse document frequency of words already looked up.
    idf: HashMap<String, f64>,
    /// Hearings cited so far, each source file read and parsed once a run.
    sources: Sources,
}

/// A candidate source: one turn, or two consecutive ones.
struct Source {
    hits: Vec<Hit>,
    text: String,
    /// Word index where the second turn starts.
    boundary: usize,
    words: Vec<(String, std::ops::Range<usize>)>,
    al: Alignment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Class {
    None,
    Altered,
    Exact,
}

impl Source {
    /// `plain`: the quotation's words with its brackets read as words, for
    /// the exact match (a transcript prints brackets too: `ISR
    /// [Intelligence, Surveillance and Reconnaissance]`); `None` when the
    /// quotation has a cut.
    fn new(hits: Vec<Hit>, q: &[Item], plain: Option<&[Item]>) -> Option<Source> {
        let text = hits.iter().map(|h| h.text.as_str()).collect::<Vec<_>>().join("\n");
        let boundary = align::words(&hits[0].text).len();
        let words = align::words(&text);
        let al = plain
            .and_then(|p| align::exact(p, &words))
            .or_else(|| align::exact(q, &words))
            .or_else(|| align::align_with(q, &words, &align::glosses(&text, &words)))?;
        Some(Source { hits, text, boundary, words, al })
    }

    fn class(&self, quote_words: usize) -> Class {
        if self.al.unmarked() == 0 {
            Class::Exact
        } else if self.al.score(quote_words) >= ALTERED_MIN && self.al.same() >= SHORT_WORDS {
            Class::Altered
        } else {
            Class::None
        }
    }

    /// How many of the quotation's words come from the second turn.
    fn in_second(&self) -> usize {
        let second = |s: &usize| *s >= self.boundary;
        self.al
            .ops
            .iter()
            .filter(|o| matches!(o, align::Op::Same(_, s) | align::Op::Marked(_, s) if second(s)))
            .count()
    }

    /// The hit whose words the quotation mostly takes.
    fn main_hit(&self) -> &Hit {
        if self.hits.len() > 1 && self.in_second() * 2 > self.al.same() {
            &self.hits[1]
        } else {
            &self.hits[0]
        }
    }

    /// The speakers whose words the quotation takes, when two people's.
    fn two_speakers(&self) -> Option<String> {
        let both = self.hits.len() > 1 && self.in_second() > 0 && self.in_second() < self.al.same();
        (both && self.hits[0].speaker != self.hits[1].speaker)
            .then(|| format!("{} / {}", self.hits[0].speaker, self.hits[1].speaker))
    }

    fn passage(&self) -> String {
        let span = &self.al.span;
        if span.is_empty() {
            return String::new();
        }
        self.text[self.words[span.start].1.start..self.words[span.end - 1].1.end].to_owned()
    }

    fn is_spoken(&self) -> bool {
        self.hits.iter().all(|h| h.kind == "turn")
    }
}

/// The index's words of a text (its tokenizer splits at apostrophes too).
fn index_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The words before the first mark, as printed.
fn first_run(quote: &str, q: &[Item]) -> String {
    let mut words = Vec::new();
    for item in q {
        match item {
            Item::Word { norm, raw } if !norm.contains('[') => words.push(&quote[raw.clone()]),
            _ if words.is_empty() => {}
            _ => break,
        }
    }
    words.join(" ")
}

impl<'a> Checker<'a> {
    pub fn new(lib: &'a Library, style: Style) -> Checker<'a> {
        Checker { lib, style, hearings: HashMap::new(), idf: HashMap::new(), sources: Sources::new() }
    }

    /// The verdict on one quotation; `None` for a quotation with no words.
    pub fn check(&mut self, q: &Quotation) -> Result<Option<Checked>, IndexError> {
        let items = align::items(&q.text, true);
        let plain = (!items.contains(&Item::Cut)).then(|| align::items(&q.text, false));
        let n = items.iter().filter(|i| matches!(i, Item::Word { .. })).count();
        if n == 0 {
            return Ok(None);
        }
        let short = n < SHORT_WORDS;
        let surname = q.attributed_to.as_deref().and_then(attrib::surname);
        if short && surname.is_none() {
            let note = format!("fewer than {SHORT_WORDS} words and no name beside them: not matched");
            return Ok(Some(Checked::bare(q, Verdict::TooShort, Some(note))));
        }
        let speaker_filter = if short { surname.clone() } else { None };
        let want =
            Wanted { items: &items, plain: plain.as_deref(), n, short, speaker: speaker_filter.as_deref() };
        let (best, exact) = self.search(q, &want)?;
        let Some((class, fits, source)) = best else {
            let note = short.then(|| {
                format!(
                    "fewer than {SHORT_WORDS} words: matched only against what the index has its speaker say"
                )
            });
            return Ok(Some(Checked::bare(q, Verdict::NotFound, note)));
        };
        let marked = source.al.marked();
        if class == Class::Exact
            && !marked
            && n <= COMMON_MAX_WORDS
            && let Some(note) = self.common(&q.text)?
        {
            return Ok(Some(Checked::bare(q, Verdict::Common, Some(note))));
        }
        // Words found only with cuts or changes need words that say something:
        // `I think it is a very good question` is close to a hundred turns.
        // The article's name, when it fits, is evidence of its own: a turn
        // of that person among all turns is already a narrow place.
        let needed = if fits { EVIDENCE_MIN / 2.0 } else { EVIDENCE_MIN };
        if (class == Class::Altered || marked) && self.evidence(&q.text, &items, &source.al)? < needed {
            let note = "close only in common words, too little to tie it to any turn".to_owned();
            return Ok(Some(Checked::bare(q, Verdict::NotFound, Some(note))));
        }
        if !source.is_spoken() {
            let id = &source.hits[0].turn_id;
            let note = format!("close to {id}, a statement submitted for the record, not spoken testimony");
            return Ok(Some(Checked::bare(q, Verdict::NotFound, Some(note))));
        }
        let mut verdict = match class {
            Class::Exact if marked => Verdict::Elided,
            Class::Exact => Verdict::Verbatim,
            _ => Verdict::Altered,
        };
        let hit = source.main_hit();
        let summary = self.summary(&hit.hearing_id)?;
        let resolved =
            summary.is_some_and(|s| s.speakers.iter().any(|p| p.name == hit.speaker && p.resolved));
        // How the article's name was read (a pronoun, a role), or why none.
        let mut notes: Vec<String> = q.attribution_note.iter().cloned().collect();
        if let Some(a) = &q.attributed_to {
            // An unresolved label that is a role (`The CHAIRMAN`) could be
            // anyone; one that is a name (`SMITH`) can still rule a name out.
            if !resolved && !attrib::label_names_someone(&hit.label) {
                notes.push(format!(
                    "the record does not resolve the speaker ({}), so the name {a:?} could not be checked",
                    hit.label
                ));
            } else if !fits {
                let named = q
                    .attributed_as
                    .as_deref()
                    .map(|f| format!(" ({f}, as it names them)"))
                    .unwrap_or_default();
                notes.push(format!(
                    "the article gives the words to {a}{named}; the record has {} saying them",
                    hit.speaker
                ));
                if !resolved {
                    notes.push(format!("the record prints only the label {}", hit.label));
                }
                if verdict == Verdict::Altered {
                    notes.push("the words are altered too".to_owned());
                }
                verdict = Verdict::Misattributed;
            }
        }
        // A cut can change what was meant ("I [do not] support"): how much
        // each leaves out is for the editor to weigh, so it is said.
        let cut: Vec<usize> = source
            .al
            .ops
            .iter()
            .filter_map(|o| match o {
                align::Op::Cut(r) | align::Op::Inserted(_, r) if !r.is_empty() => Some(r.len()),
                _ => None,
            })
            .collect();
        if verdict == Verdict::Elided && !cut.is_empty() {
            let total: usize = cut.iter().sum();
            let words = if total == 1 { "word" } else { "words" };
            let places =
                if cut.len() == 1 { "one place".to_owned() } else { format!("{} places", cut.len()) };
            notes.push(format!(
                "the marks leave out or replace {total} of the speaker's {words}, in {places}"
            ));
        }
        let others: Vec<String> = exact
            .iter()
            .filter(|(_, sp)| *sp != hit.speaker)
            .map(|(id, sp)| format!("{id} ({sp})"))
            .collect();
        if !others.is_empty() {
            notes.push(format!("the same words are also in {}", others.join(", ")));
        }
        let diff = (source.al.unmarked() > 0)
            .then(|| align::diff(&source.al, &q.text, &items, &source.text, &source.words));
        let mut c = Checked::bare(q, verdict, None);
        c.turn_id = Some(source.hits[0].turn_id.clone());
        c.to_turn_id = source.hits.get(1).map(|h| h.turn_id.clone());
        c.hearing_id = Some(hit.hearing_id.clone());
        let two = source.two_speakers();
        c.speaker = Some(two.clone().unwrap_or_else(|| hit.speaker.clone()));
        c.diff = diff;
        let (citation, why) = self.citation(&source.hits[0].turn_id, c.to_turn_id.as_deref());
        c.citation = citation;
        notes.extend(why);
        c.passage = Some(source.passage());
        c.aligned = Some((source.al.score(n) * 100.0).round() / 100.0);
        c.note = (!notes.is_empty()).then(|| notes.join("; "));
        Ok(Some(c))
    }

    /// The best source of a quotation among the candidates, and every turn
    /// that has its words exactly.
    fn search(&self, q: &Quotation, w: &Wanted) -> Result<Found, IndexError> {
        let mut best: Option<(Class, bool, Source)> = None;
        // Every turn that has the words exactly, with its speaker: when
        // another person said them too, the report says so rather than
        // let the first found stand for everyone.
        let mut exact: Vec<(String, String)> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        for ask in [Ask::Phrase, Ask::RareWords] {
            // Found whole, by the person named: the rare words would add nothing.
            let done = best.as_ref().is_some_and(|(c, f, b)| {
                *c == Class::Exact && b.al.same() >= w.n && (*f || q.attributed_to.is_none())
            });
            if done {
                break;
            }
            for hit in self.candidates(ask, &q.text, w.items, w.speaker)? {
                if seen.contains(&hit.turn_id) {
                    continue;
                }
                seen.push(hit.turn_id.clone());
                for source in self.sources(hit, w.items, w.plain, w.n)? {
                    let class = source.class(w.n);
                    if class == Class::None || (w.short && class != Class::Exact) {
                        continue;
                    }
                    let h = source.main_hit();
                    if class == Class::Exact
                        && source.is_spoken()
                        && !exact.iter().any(|(id, _)| *id == h.turn_id)
                    {
                        exact.push((h.turn_id.clone(), h.speaker.clone()));
                    }
                    let fits = q
                        .attributed_as
                        .as_deref()
                        .or(q.attributed_to.as_deref())
                        .is_some_and(|a| attrib::fits(a, &source.main_hit().speaker));
                    let better = best.as_ref().is_none_or(|(c, f, b)| {
                        (class, fits, source.al.score(w.n)) > (*c, *f, b.al.score(w.n))
                    });
                    if better {
                        best = Some((class, fits, source));
                    }
                }
            }
        }
        Ok((best, exact))
    }

    /// Turns that may hold the quotation: those saying its first run of
    /// words as a phrase, or those with its rarest words.
    fn candidates(
        &self,
        ask: Ask,
        quote: &str,
        items: &[Item],
        speaker: Option<&str>,
    ) -> Result<Vec<Hit>, IndexError> {
        let filter = speaker.map(|s| format!(" speaker:{s}")).unwrap_or_default();
        if ask == Ask::Phrase {
            let run = index_words(&first_run(quote, items));
            if run.len() < 2 {
                return Ok(Vec::new());
            }
            return self.lib.top_texts(&format!("\"{}\"{filter}", run.join(" ")), CANDIDATES);
        }
        let mut rare: Vec<(u64, String)> = Vec::new();
        for w in index_words(quote) {
            if w.len() < 3 || rare.iter().any(|(_, r)| *r == w) {
                continue;
            }
            let (df, _) = self.lib.document_frequency(&w)?;
            if df > 0 {
                rare.push((df, w));
            }
        }
        rare.sort();
        rare.truncate(RARE_WORDS);
        if rare.is_empty() {
            return Ok(Vec::new());
        }
        let words: Vec<&str> = rare.iter().map(|(_, w)| w.as_str()).collect();
        self.lib.top_texts(&format!("{}{filter}", words.join(" OR ")), CANDIDATES)
    }

    /// The turn alone, and when the alignment stops at its edge without
    /// every word found, the turn with its neighbour on that side.
    fn sources(
        &self,
        hit: Hit,
        items: &[Item],
        plain: Option<&[Item]>,
        n: usize,
    ) -> Result<Vec<Source>, IndexError> {
        let Some(alone) = Source::new(vec![hit.clone()], items, plain) else { return Ok(Vec::new()) };
        // Statements stand alone: their neighbours are not what was said next.
        let complete = (alone.al.unmarked() == 0 && alone.al.same() >= n) || hit.kind != "turn";
        let (at_start, at_end) = (alone.al.span.start == 0, alone.al.span.end == alone.words.len());
        // The turn alone first: a window that adds nothing ties with it and loses.
        let mut out = vec![alone];
        if !complete {
            let id = |seq: u64| format!("{}#{seq}", hit.hearing_id);
            if at_end && let Some(next) = self.lib.turn(&id(hit.seq + 1))? {
                out.extend(Source::new(vec![hit.clone(), next], items, plain));
            }
            if at_start
                && hit.seq > 1
                && let Some(prev) = self.lib.turn(&id(hit.seq - 1))?
            {
                out.extend(Source::new(vec![prev, hit.clone()], items, plain));
            }
        }
        Ok(out)
    }

    /// How much the aligned words say: the sum of their inverse document
    /// frequencies, ln(documents / documents with the word), in nats.
    fn evidence(&mut self, quote: &str, items: &[Item], al: &Alignment) -> Result<f64, IndexError> {
        let mut sum = 0.0;
        for op in &al.ops {
            let (align::Op::Same(qi, _) | align::Op::Marked(qi, _)) = op else { continue };
            let Item::Word { raw, .. } = &items[*qi] else { continue };
            for w in index_words(&quote[raw.clone()]) {
                sum += self.idf(&w)?;
            }
        }
        Ok(sum)
    }

    fn idf(&mut self, word: &str) -> Result<f64, IndexError> {
        if let Some(v) = self.idf.get(word) {
            return Ok(*v);
        }
        let (df, n) = self.lib.document_frequency(word)?;
        let v = ((n.max(1) as f64) / (df.max(1) as f64)).ln().max(0.0);
        self.idf.insert(word.to_owned(), v);
        Ok(v)
    }

    /// A note when the words are said in many turns by several people.
    fn common(&self, quote: &str) -> Result<Option<String>, IndexError> {
        let words = index_words(quote);
        let phrase = format!("\"{}\"", words.join(" "));
        let (turns, _) = self.lib.count(&phrase)?;
        if turns < COMMON_TURNS {
            return Ok(None);
        }
        let speakers = self.lib.count_by_speaker(&phrase)?.len();
        Ok((speakers >= 2).then(|| {
            format!("said in {turns} turns by {speakers} speakers: a common phrase, tied to no one")
        }))
    }

    fn summary(&mut self, hearing_id: &str) -> Result<Option<&HearingSummary>, IndexError> {
        if !self.hearings.contains_key(hearing_id) {
            let s = self.lib.hearing(hearing_id)?.map(|(s, _)| s);
            self.hearings.insert(hearing_id.to_owned(), s);
        }
        Ok(self.hearings[hearing_id].as_ref())
    }

    /// The citation `gavel quote` gives these turns, by its own code: it
    /// reads the source file again (once a run per hearing, through
    /// `sources`) and refuses one changed since indexing, which the report
    /// then says instead of citing.
    fn citation(&mut self, from: &str, to: Option<&str>) -> (Option<String>, Option<String>) {
        match crate::export::quote::build_with(self.lib, &mut self.sources, from, to, None, self.style) {
            Ok(q) => (Some(q.citation), None),
            Err(e) => (None, Some(format!("not cited: {e}"))),
        }
    }
}
