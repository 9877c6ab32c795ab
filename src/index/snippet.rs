//! Snippets: the passage of a hit that says most of what was asked, with
//! the asked words marked.
//!
//! tantivy's `SnippetGenerator` splits the text into words, lower-cases each
//! into a new string and looks it up in a `BTreeMap`; over the 20 hits of a
//! query that was 60% of a search of the GPO hearings. Here a SIMD search of
//! an ASCII-lower-cased copy (memchr for up to three words, Aho-Corasick for
//! more) finds the asked words, and only the places it finds are checked to
//! be whole words, as the index splits them
//! (`grams::words`: at anything not alphanumeric). A phrase is marked only
//! where it is said as a phrase; tantivy marks each of its words wherever
//! it occurs.

use super::grams;
use super::query::{Item, ParsedQuery};
use aho_corasick::{AhoCorasick, AhoCorasickKind};
use std::ops::Range;

/// Longest snippet, in bytes.
pub const MAX_CHARS: usize = 160;

/// Where in a long turn to look: a prepared statement can run to 100,000
/// characters, and only 160 of them are shown.
const BEFORE: usize = 400;
const AFTER: usize = 1600;

/// How far before the first match a snippet may start, in bytes.
const LEAD: usize = 60;

/// Where the asked words start in lower-cased text. A query names one or
/// two words most of the time: memchr's SIMD substring search then needs no
/// automaton, whose construction was a tenth of a small index's query.
enum Finder {
    Few(Vec<memchr::memmem::Finder<'static>>),
    Many(AhoCorasick),
}

impl Finder {
    fn new(patterns: &[String]) -> Option<Finder> {
        match patterns.len() {
            0 => None,
            1..=3 => Some(Finder::Few(
                patterns.iter().map(|p| memchr::memmem::Finder::new(p.as_bytes()).into_owned()).collect(),
            )),
            // The patterns are lower-cased and so is the text: no case
            // folding, so the automaton keeps its SIMD prefilter.
            _ => AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::NoncontiguousNFA))
                .build(patterns)
                .ok()
                .map(Finder::Many),
        }
    }

    /// Start offsets of matches, in order; where two patterns start at the
    /// same offset, once (the caller tries every pattern there).
    fn starts<'h>(&'h self, hay: &'h [u8]) -> Box<dyn Iterator<Item = usize> + 'h> {
        match self {
            Finder::Few(finders) if finders.len() == 1 => Box::new(finders[0].find_iter(hay)),
            Finder::Few(finders) => {
                let mut all: Vec<usize> = finders.iter().flat_map(|f| f.find_iter(hay)).collect();
                all.sort_unstable();
                all.dedup();
                Box::new(all.into_iter())
            }
            Finder::Many(ac) => Box::new(ac.find_iter(hay).map(|m| m.start())),
        }
    }
}

/// What a pattern stands for.
#[derive(Clone, Copy)]
enum Asked {
    /// A word asked alone: its weight.
    Word(f32),
    /// The first word of phrase `n`.
    PhraseStart(usize),
    /// Prefix `n`: any word that starts with it.
    Prefix(usize),
}

/// What to mark, built once per query.
pub struct Highlighter {
    finder: Option<Finder>,
    /// The patterns of `finder`, and what each stands for.
    patterns: Vec<String>,
    asked: Vec<Asked>,
    /// Each phrase's words (lower-cased) and weight.
    phrases: Vec<(Vec<String>, f32)>,
    prefixes: Vec<f32>,
}

/// A marked passage: `text` with byte ranges to highlight.
#[derive(Debug, Default, PartialEq)]
pub struct Snippet {
    pub text: String,
    pub highlights: Vec<Range<usize>>,
}

impl Highlighter {
    /// `weight` says how much a word counts when passages compete (rarer
    /// words count more).
    pub fn new(parsed: &ParsedQuery, weight: &dyn Fn(&str) -> f32) -> Highlighter {
        let mut analyzer = grams::words();
        let mut h = Highlighter {
            finder: None,
            patterns: Vec::new(),
            asked: Vec::new(),
            phrases: Vec::new(),
            prefixes: Vec::new(),
        };
        let mut patterns: Vec<String> = Vec::new();
        let add = |patterns: &mut Vec<String>, asked: &mut Vec<Asked>, word: &str, what: Asked| {
            // Patterns are searched in ASCII-lower-cased text: other letters
            // are asked as typed, in upper case and capitalised (the index
            // lower-cases them all), each with its ASCII lower-cased.
            let mut forms = vec![word.to_owned()];
            if !word.is_ascii() {
                forms.push(word.to_uppercase().to_ascii_lowercase());
                let mut chars = word.chars();
                forms.extend(
                    chars
                        .next()
                        .map(|c| c.to_uppercase().chain(chars).collect::<String>().to_ascii_lowercase()),
                );
                forms.dedup();
            }
            for f in forms {
                patterns.push(f);
                asked.push(what);
            }
        };
        for c in parsed.clauses.iter().filter(|c| !c.negated) {
            match &c.item {
                Item::Word(s) | Item::Phrase(s) => {
                    let mut words = Vec::new();
                    let mut stream = analyzer.token_stream(s);
                    while let Some(t) = stream.next() {
                        words.push(t.text.clone());
                    }
                    let w: f32 = words.iter().map(|w| weight(w)).sum();
                    match words.as_slice() {
                        [] => {}
                        [one] => add(&mut patterns, &mut h.asked, one, Asked::Word(w)),
                        [first, ..] => {
                            add(&mut patterns, &mut h.asked, first, Asked::PhraseStart(h.phrases.len()));
                            h.phrases.push((words.clone(), w * 2.0));
                        }
                    }
                }
                Item::Prefix(p) => {
                    let p = p.to_lowercase();
                    add(&mut patterns, &mut h.asked, &p, Asked::Prefix(h.prefixes.len()));
                    h.prefixes.push(weight(&p));
                }
                Item::Filter(_) => {}
            }
        }
        h.finder = Finder::new(&patterns);
        h.patterns = patterns;
        h
    }

    /// Where the match of something asked that runs to `end` really ends,
    /// and its weight; `None` when it is no whole word or phrase there.
    fn verify(&self, window: &str, end: usize, asked: Asked) -> Option<(usize, f32)> {
        match asked {
            Asked::Word(w) => ends_word(window, end).then_some((end, w)),
            Asked::Prefix(n) => {
                let rest = words(&window[end..]).next().filter(|r| r.start == 0).map_or(0, |r| r.end);
                Some((end + rest, self.prefixes[n]))
            }
            Asked::PhraseStart(n) => {
                if !ends_word(window, end) {
                    return None;
                }
                let (words_of_phrase, w) = &self.phrases[n];
                let mut next = words(&window[end..]);
                let mut last = end;
                for want in &words_of_phrase[1..] {
                    let r = next.next()?;
                    if !same_word(&window[end + r.start..end + r.end], want) {
                        return None;
                    }
                    last = end + r.end;
                }
                Some((last, *w))
            }
        }
    }

    /// What a match counts as when a passage is scored: the same word in
    /// another case is the same thing asked.
    fn key(&self, pattern: usize) -> usize {
        match self.asked[pattern] {
            Asked::Word(_) => self
                .patterns
                .iter()
                .position(|p| p.eq_ignore_ascii_case(&self.patterns[pattern]))
                .unwrap_or(pattern),
            Asked::PhraseStart(n) => self.patterns.len() + n,
            Asked::Prefix(n) => self.patterns.len() + self.phrases.len() + n,
        }
    }

    /// The best passage of `text` of at most `MAX_CHARS` bytes, or an empty
    /// snippet when nothing asked is in the part of `text` looked at.
    pub fn snippet(&self, text: &str) -> Snippet {
        let Some(finder) = &self.finder else { return Snippet::default() };
        let window = window(finder, text);
        // The patterns are lower case: searching a lower-cased copy keeps
        // the search SIMD (Aho-Corasick loses its prefilter when it folds
        // case itself; that was most of a snippet's time).
        let lower = window.as_bytes().to_ascii_lowercase();
        // Every match as (range, what matched, weight).
        let mut matches: Vec<(Range<usize>, usize, f32)> = Vec::new();
        // The finder only says where some asked word starts; there every
        // pattern is tried, since a word and a prefix or phrase may start
        // alike.
        for start in finder.starts(&lower) {
            if !starts_word(window, start) {
                continue;
            }
            let here = &lower[start..];
            for (k, pattern) in self.patterns.iter().enumerate() {
                let p = pattern.as_bytes();
                if !here.starts_with(p) {
                    continue;
                }
                let end = start + p.len();
                if let Some((end, weight)) = self.verify(window, end, self.asked[k]) {
                    matches.push((start..end, self.key(k), weight));
                }
            }
        }
        if matches.is_empty() {
            return Snippet::default();
        }
        matches.sort_by_key(|m| (m.0.start, m.0.end));
        let (first, last) = best_run(&matches);
        let run_end = matches[first..=last].iter().map(|m| m.0.end).max().unwrap_or(0);
        let (from, to) = bounds(window, matches[first].0.start, run_end);
        let mut highlights: Vec<Range<usize>> = Vec::new();
        for (r, _, _) in &matches[first..=last] {
            if r.end > to {
                continue;
            }
            let r = r.start - from..r.end - from;
            match highlights.last_mut() {
                Some(prev) if r.start <= prev.end => prev.end = prev.end.max(r.end),
                _ => highlights.push(r),
            }
        }
        Snippet { text: window[from..to].to_owned(), highlights }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn starts_word(text: &str, at: usize) -> bool {
    text.is_char_boundary(at) && !text[..at].chars().next_back().is_some_and(is_word_char)
}

fn ends_word(text: &str, at: usize) -> bool {
    text.is_char_boundary(at) && !text[at..].chars().next().is_some_and(is_word_char)
}

/// Whether `word` stands in `text` as a whole word somewhere, with the
/// word boundaries snippets and the index use.
pub fn has_whole_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| starts_word(text, i) && ends_word(text, i + word.len()))
}

/// `word` of the text and a lower-cased asked word, compared as the index
/// compares them after lower-casing.
fn same_word(word: &str, asked: &str) -> bool {
    if word.is_ascii() { word.eq_ignore_ascii_case(asked) } else { word.to_lowercase() == asked }
}

/// The words of `text` as byte ranges, split where the index splits them
/// (tantivy's `SimpleTokenizer`: at every character that is not
/// alphanumeric), so that the n-th range is the word at position n.
pub fn words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = chars.find(|(_, c)| is_word_char(*c))?;
        let mut end = text.len();
        while let Some(&(i, c)) = chars.peek() {
            if !is_word_char(c) {
                end = i;
                break;
            }
            chars.next();
        }
        Some(start..end)
    })
}

/// The part of `text` to look at: around the first mention of anything
/// asked (the same word may sit 50,000 characters in).
fn window<'t>(finder: &Finder, text: &'t str) -> &'t str {
    if text.len() <= BEFORE + AFTER {
        return text;
    }
    let at = first_match(finder, text).unwrap_or(0);
    let mut start = at.saturating_sub(BEFORE);
    let mut end = (at + AFTER).min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    &text[start..end]
}

/// Where the first pattern starts in `text`, searched in ASCII-lower-cased
/// chunks (each reaching into the next by a word's length), so that a long
/// statement is lower-cased only as far as its first mention.
fn first_match(finder: &Finder, text: &str) -> Option<usize> {
    const CHUNK: usize = 4096;
    const REACH: usize = 64;
    let bytes = text.as_bytes();
    let mut from = 0;
    while from < bytes.len() {
        let to = (from + CHUNK + REACH).min(bytes.len());
        if let Some(at) = finder.starts(&bytes[from..to].to_ascii_lowercase()).next() {
            return Some(from + at);
        }
        from += CHUNK;
    }
    None
}

/// The passage around the matches from `start` to `end`: whole words, some
/// of what leads up to the first match, at most `MAX_CHARS` bytes.
fn bounds(window: &str, start: usize, end: usize) -> (usize, usize) {
    let spare = MAX_CHARS.saturating_sub(end - start);
    // From the start of the sentence when that is near, else a few words
    // before; never so many that a narrow screen loses the match.
    let reach = (spare / 2).min(LEAD);
    let mut lead = start.saturating_sub(reach);
    while !window.is_char_boundary(lead) {
        lead += 1;
    }
    let before = &window[lead..start];
    let mut from = match before.rfind(['.', '?', '!', ':']) {
        _ if lead == 0 => 0,
        Some(i) => lead + i + 1,
        None => start - before.len() / 2,
    };
    while !window.is_char_boundary(from) {
        from += 1;
    }
    // The first word that starts at or after `from` (not the tail of one
    // that starts before it).
    let mut pieces = words(&window[from..start]);
    if !starts_word(window, from) {
        pieces.next();
    }
    let from = pieces.next().map_or(start, |r| from + r.start);
    // The last word that ends within the limit.
    let limit = (from + MAX_CHARS).min(window.len());
    let mut to =
        end.max(words(&window[end..]).map(|r| end + r.end).take_while(|e| *e <= limit).last().unwrap_or(end));
    // The sentence's closing mark, if it fits.
    for c in window[to..].chars().take_while(|c| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '"' | ')')) {
        if to + c.len_utf8() > limit {
            break;
        }
        to += c.len_utf8();
    }
    (from, to)
}

/// The run of matches that fits in `MAX_CHARS` with the most weight, each
/// different thing asked counted once; the first such run on a tie.
fn best_run(matches: &[(Range<usize>, usize, f32)]) -> (usize, usize) {
    let mut best = (0, 0, f32::MIN);
    for i in 0..matches.len() {
        let mut seen: Vec<usize> = Vec::new();
        let mut score = 0.0;
        let mut j = i;
        while j < matches.len() && matches[j].0.end - matches[i].0.start <= MAX_CHARS {
            if !seen.contains(&matches[j].1) {
                seen.push(matches[j].1);
                score += matches[j].2;
            }
            j += 1;
        }
        if score > best.2 {
            best = (i, j.max(i + 1) - 1, score);
        }
    }
    (best.0, best.1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::query;

    fn snip(q: &str, text: &str) -> (String, Vec<String>) {
        let h = Highlighter::new(&query::parse(q), &|_| 1.0);
        let s = h.snippet(text);
        let marked = s.highlights.iter().map(|r| s.text[r.clone()].to_owned()).collect();
        (s.text, marked)
    }

    #[test]
    fn marks_words_any_case_and_phrases_only_where_said_as_phrases() {
        let (text, marked) = snip("fentanyl", "Fentanyl precursors come by sea. FENTANYL kills.");
        assert_eq!(text, "Fentanyl precursors come by sea. FENTANYL kills.");
        assert_eq!(marked, ["Fentanyl", "FENTANYL"]);
        let (_, marked) = snip("\"too big to fail\"", "Too big? Banks that fail are too big to fail.");
        assert_eq!(marked, ["too big to fail"]);
        let (_, marked) = snip("insp*", "The inspections and the inspector.");
        assert_eq!(marked, ["inspections", "inspector"]);
    }

    #[test]
    fn picks_the_passage_with_the_most_asked_words() {
        let filler = "and so on ".repeat(30);
        let text = format!("Risk first. {filler} Here securitization risk meets. {filler}");
        let (snippet, marked) = snip("securitization risk", &text);
        assert!(snippet.contains("Here securitization risk meets"), "{snippet}");
        assert_eq!(marked, ["securitization", "risk"]);
        assert!(snippet.len() <= MAX_CHARS);
    }

    #[test]
    fn a_snippet_starts_at_a_word() {
        for lead in 0..40 {
            let text = format!("{}Permitted by Mexico? {}", "x".repeat(lead), "Yes. ".repeat(40));
            let (snippet, _) = snip("mexico", &text);
            let at = text.find(&snippet).unwrap();
            assert!(at == 0 || !text[..at].ends_with(char::is_alphanumeric), "{lead}: {snippet}");
        }
    }

    #[test]
    fn a_match_deep_in_a_long_statement_is_found() {
        let text = format!("{}the levee failed.", "word ".repeat(20_000));
        let (snippet, marked) = snip("levee", &text);
        assert!(snippet.ends_with("the levee failed."), "{snippet}");
        assert_eq!(marked, ["levee"]);
    }

    #[test]
    fn words_split_where_the_index_splits() {
        let text = "Señor O'Brien — 2,500 naïve ÜNITED states' x\u{301}y 日本語 ok";
        let mut a = grams::words();
        let mut stream = a.token_stream(text);
        let mut want = Vec::new();
        while let Some(t) = stream.next() {
            want.push((t.position, t.offset_from..t.offset_to));
        }
        let got: Vec<_> = words(text).enumerate().collect();
        assert_eq!(got, want);
        assert!(snip("united", text).1.is_empty(), "Ü is not U");
        let (_, marked) = snip("ünited", text);
        assert_eq!(marked, ["ÜNITED"]);
    }

    proptest::proptest! {
        /// Any text, any query: a snippet is a piece of the text, at most
        /// `MAX_CHARS` long, and its marks are in order, apart, inside it
        /// and on character boundaries.
        #[test]
        fn snippets_are_pieces_of_the_text(
            text in "([a-cé—日 .,]{0,12} ?){0,400}",
            query in "[a-cé*\" ]{0,12}",
        ) {
            let h = Highlighter::new(&query::parse(&query), &|w| w.len() as f32);
            let s = h.snippet(&text);
            proptest::prop_assert!(text.contains(&s.text));
            proptest::prop_assert!(s.text.len() <= MAX_CHARS);
            let mut end = 0;
            for r in &s.highlights {
                proptest::prop_assert!(end <= r.start && r.start < r.end && r.end <= s.text.len());
                proptest::prop_assert!(s.text.is_char_boundary(r.start) && s.text.is_char_boundary(r.end));
                end = r.end;
            }
        }
    }

    #[test]
    fn nothing_asked_nothing_marked() {
        assert_eq!(snip("absent", "Nothing to see."), (String::new(), vec![]));
        assert_eq!(snip("", "Nothing to see."), (String::new(), vec![]));
    }
}
