//! How a parsed query is run: the tantivy query that matches and counts,
//! the phrase that ranks plain words, and how to count (`Plan`). The plan
//! decides how, never what matches or how it scores.

use super::query::{Clause, Filter, Item, ParsedQuery};
use super::schema::Fields;
use std::ops::Bound;
use tantivy::Term;
use tantivy::query::{AllQuery, BooleanQuery, Occur, PhraseQuery, Query, RegexQuery, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::{TextAnalyzer, Token};

/// Builds the tantivy query over turns and statements. Words and phrases
/// go to the spoken text.
/// The query for matching and counting; ranking adds `Plan::rank_phrase`.
pub fn build(q: &ParsedQuery, f: &Fields) -> Box<dyn Query> {
    build_plan(q, f).query
}

/// How to run a query, decided from its shape.
pub struct Plan {
    pub query: Box<dyn Query>,
    /// For two or more plain words, the phrase of those words: turns that
    /// say them as a phrase rank above those that merely contain them. Kept
    /// apart so the phrase is scored only on the best candidates
    /// (`search::ranked`), not on every turn that has all the words.
    pub rank_phrase: Option<Box<dyn Query>>,
    /// Words of speech and nothing else: tantivy ranks a word, or an
    /// intersection of words, with block-max pruning, skipping most matches,
    /// so it pays to count the matches in a pass of their own (which needs no
    /// scores, and for one word only its document frequency) rather than rank
    /// and count in one pass over every match. Measured on the 1 GB scale
    /// corpus: `fentanyl precursor` 8.1 -> 4.8 ms. For a word and a speaker
    /// one pass is cheaper (0.23 against 0.52 ms for `levee speaker:halvorsen`).
    pub prunable: bool,
    /// The words of a prunable query of two or more, which
    /// `estimate::count_words` samples when they are in very many turns.
    pub words: Vec<Term>,
}

pub fn build_plan(q: &ParsedQuery, f: &Fields) -> Plan {
    let mut analyzer = super::grams::words();
    let mut musts: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    // The OR-group being gathered, and whether every alternative in it needs
    // something only speech has.
    let mut group: Vec<Box<dyn Query>> = Vec::new();
    let mut group_needs_speech = true;
    let mut needs_speech = false;
    let mut plain_words: Vec<String> = Vec::new();
    let mut flush = |group: &mut Vec<Box<dyn Query>>,
                     group_needs_speech: &mut bool,
                     musts: &mut Vec<(Occur, Box<dyn Query>)>| {
        match group.len() {
            0 => {}
            1 => musts.push((Occur::Must, group.pop().expect("one"))),
            _ => {
                let should = group.drain(..).map(|q| (Occur::Should, q)).collect();
                musts.push((Occur::Must, Box::new(BooleanQuery::new(should))));
            }
        }
        if musts.last().is_some_and(|(o, _)| *o == Occur::Must) && *group_needs_speech {
            needs_speech = true;
        }
        *group_needs_speech = true;
    };
    let dated = super::dated::clause(q);
    for (i, c) in q.clauses.iter().enumerate() {
        if dated.is_some_and(|(at, ..)| at == i) {
            continue;
        }
        let Some(query) = clause_query(&c.item, &mut analyzer, f) else {
            continue;
        };
        if c.negated {
            musts.push((Occur::MustNot, query));
            continue;
        }
        let next_is_or = q.clauses.get(i + 1).is_some_and(|n| n.or_previous && !n.negated);
        if !c.or_previous {
            flush(&mut group, &mut group_needs_speech, &mut musts);
        }
        if let Item::Word(w) = &c.item
            && !c.or_previous
            && !next_is_or
        {
            plain_words.push(w.clone());
        }
        group_needs_speech &= only_speech_has(&c.item);
        group.push(query);
    }
    flush(&mut group, &mut group_needs_speech, &mut musts);
    if musts.iter().all(|(o, _)| *o == Occur::MustNot) {
        musts.push((Occur::Must, Box::new(AllQuery)));
    }
    // Only speech and statements answer queries, never the per-hearing
    // metadata documents. When a required clause already rules those out
    // (they have no text, speaker or role), the exclusion is left off: it
    // would turn an intersection of words, which tantivy counts and ranks
    // with block-max pruning, into a generic scorer five times slower.
    if !needs_speech {
        musts.push((
            Occur::MustNot,
            Box::new(TermQuery::new(Term::from_field_text(f.kind, "hearing"), IndexRecordOption::Basic)),
        ));
    }
    let mut phrase = None;
    if plain_words.len() > 1 {
        let words = words_of(&mut analyzer, &plain_words.join(" "));
        if words.len() > 1 {
            phrase = phrase_query(f.text, super::grams::phrase_terms(&words));
        }
    }
    let prunable = q.clauses.iter().all(|c| {
        !c.negated
            && !c.or_previous
            && matches!(&c.item, Item::Word(w) if tokens_of(&mut analyzer, w).len() == 1)
    });
    // One required clause alone is asked as itself: tantivy ranks a bare
    // word with block-max pruning and counts it from its document frequency,
    // but wrapped in a boolean query it scores and counts every match (the
    // score is the same either way).
    let query: Box<dyn Query> = if musts.len() == 1 && musts[0].0 == Occur::Must {
        musts.pop().expect("one").1
    } else {
        Box::new(BooleanQuery::new(musts))
    };
    let query = match dated {
        Some((_, lo, hi)) => Box::new(super::dated::Dated::new(query, f.date_num, lo, hi)),
        None => query,
    };
    let words = if prunable && q.clauses.len() > 1 {
        let word = |c: &Clause| match &c.item {
            Item::Word(w) => tokens_of(&mut analyzer, w),
            _ => Vec::new(),
        };
        q.clauses.iter().flat_map(word).map(|t| Term::from_field_text(f.text, &t)).collect()
    } else {
        Vec::new()
    };
    Plan { query, rank_phrase: phrase, prunable, words }
}

/// True for clauses that a hearing's metadata document can never match: it
/// has no spoken text, speaker or role.
fn only_speech_has(item: &Item) -> bool {
    match item {
        Item::Word(_) | Item::Prefix(_) | Item::Phrase(_) => true,
        // No hearing document has a speaker, a role, or a kind but `hearing`.
        Item::Filter(Filter::Speaker(_) | Filter::Role(_) | Filter::Kind(_)) => true,
        Item::Filter(_) => false,
    }
}

/// A Biographical Directory id: a letter and six digits (`B001277`).
fn is_bioguide(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7 && b[0].is_ascii_alphabetic() && b[1..].iter().all(u8::is_ascii_digit)
}

/// How much a phrase match adds to a turn's score, against its BM25 score for the words.
pub const PHRASE_BOOST: f32 = 2.0;

fn tokens_of(analyzer: &mut TextAnalyzer, s: &str) -> Vec<String> {
    words_of(analyzer, s).into_iter().map(|t| t.text).collect()
}

fn words_of(analyzer: &mut TextAnalyzer, s: &str) -> Vec<Token> {
    let mut stream = analyzer.token_stream(s);
    let mut out = Vec::new();
    while let Some(t) = stream.next() {
        out.push(t.clone());
    }
    out
}

/// The words of `s` in `field`: one term, or a phrase. Phrases in the
/// spoken text are asked through its common grams.
fn text_query(analyzer: &mut TextAnalyzer, field: Field, s: &str, speech: bool) -> Option<Box<dyn Query>> {
    let words = words_of(analyzer, s);
    let terms: Vec<(usize, String)> = if speech {
        super::grams::phrase_terms(&words)
    } else {
        words.iter().enumerate().map(|(i, t)| (i, t.text.clone())).collect()
    };
    phrase_query(field, terms)
}

/// `speaker:` finds a person however the name is printed: with or without a
/// middle initial (`Ben Bernanke` finds `Ben S. Bernanke`), the given name in
/// any of its standard forms (`Tim Geithner` finds `Timothy F. Geithner`),
/// the same identity rules `speakers::identity` merges people by. Words are
/// matched in the speaker's name and printed label together, so one word
/// (`wicker`, `senator`) and a title (`Senator Reed`) work as before.
fn speaker_query(analyzer: &mut TextAnalyzer, field: Field, s: &str) -> Option<Box<dyn Query>> {
    let words: Vec<String> = words_of(analyzer, s).into_iter().map(|t| t.text).collect();
    let term = |w: &str| -> Box<dyn Query> {
        Box::new(TermQuery::new(Term::from_field_text(field, w), IndexRecordOption::Basic))
    };
    let (first, rest) = words.split_first()?;
    let Some((last, middle)) = rest.split_last() else { return Some(term(first)) };
    let given: Vec<(Occur, Box<dyn Query>)> = crate::nicknames::forms(&first.to_uppercase())
        .into_iter()
        .map(|form| (Occur::Should, term(&form.to_lowercase())))
        .collect();
    let mut must: Vec<(Occur, Box<dyn Query>)> =
        vec![(Occur::Must, Box::new(BooleanQuery::new(given))), (Occur::Must, term(last))];
    // A middle name typed out must be there; an initial may be left out.
    must.extend(middle.iter().filter(|w| w.chars().count() > 1).map(|w| (Occur::Must, term(w))));
    Some(Box::new(BooleanQuery::new(must)))
}

/// One term, or the terms at their offsets.
fn phrase_query(field: Field, mut terms: Vec<(usize, String)>) -> Option<Box<dyn Query>> {
    match terms.len() {
        0 => None,
        1 => Some(Box::new(TermQuery::new(
            Term::from_field_text(field, &terms.pop().expect("one").1),
            IndexRecordOption::WithFreqs,
        ))),
        _ => Some(Box::new(PhraseQuery::new_with_offset(
            terms.into_iter().map(|(o, t)| (o, Term::from_field_text(field, &t))).collect(),
        ))),
    }
}

fn clause_query(item: &Item, analyzer: &mut TextAnalyzer, f: &Fields) -> Option<Box<dyn Query>> {
    let exact = |field, v: &str| -> Box<dyn Query> {
        Box::new(TermQuery::new(Term::from_field_text(field, v), IndexRecordOption::Basic))
    };
    match item {
        Item::Word(w) | Item::Phrase(w) => text_query(analyzer, f.text, w, true),
        Item::Prefix(p) => {
            let escaped: String = p.chars().filter(|c| c.is_alphanumeric()).collect();
            if escaped.is_empty() {
                return None;
            }
            // `[^ ]`: the common grams (`of my`) hold a space, words never do.
            RegexQuery::from_pattern(&format!("{escaped}[^ ]*"), f.text)
                .ok()
                .map(|q| Box::new(q) as Box<dyn Query>)
        }
        Item::Filter(filter) => Some(match filter {
            // `speaker:B001277`: the member with that bioguide id, from
            // MODS or the legislators roster, however the label printed them.
            Filter::Speaker(s) if is_bioguide(s) => exact(f.bioguide, &s.to_ascii_uppercase()),
            Filter::Speaker(s) => speaker_query(analyzer, f.who, s)?,
            Filter::Committee(c) => text_query(analyzer, f.committee, c, false)?,
            Filter::Role(r) => exact(f.role, r.as_str()),
            Filter::Chamber(c) => exact(f.chamber, c),
            Filter::Hearing(h) => exact(f.hearing_id, h),
            Filter::Kind(k) if k == "written" => Box::new(BooleanQuery::new(
                super::WRITTEN_KINDS.iter().map(|k| (Occur::Should, exact(f.kind, k))).collect(),
            )),
            Filter::Kind(k) => exact(f.kind, k),
            Filter::Congress(n) => {
                Box::new(TermQuery::new(Term::from_field_u64(f.congress, *n), IndexRecordOption::Basic))
            }
            Filter::Date(lo, hi) => {
                let bound = |v: &Option<u64>| v.map_or(Bound::Unbounded, Bound::Included);
                date_range(f, bound(lo), bound(hi))
            }
        }),
    }
}

/// Turns dated within the bounds (`dated::day_terms`); `--said-before`
/// asks through it too.
pub(super) fn date_range(f: &Fields, lo: Bound<u64>, hi: Bound<u64>) -> Box<dyn Query> {
    Box::new(super::dated::day_terms(f.date_num, lo, hi))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::query::parse;

    #[test]
    fn plans_take_the_shape_of_the_query() {
        let (_, f) = super::super::schema::build();
        let plan = |q: &str| build_plan(&parse(q), &f);
        // One word is asked bare (ranked with pruning, counted from its frequency).
        let one = plan("inspection");
        assert!(one.query.is::<TermQuery>() && one.prunable && one.words.is_empty());
        // Two words: pruned, and counted from a sample when very many.
        let two = plan("fentanyl precursor");
        assert!(two.query.is::<BooleanQuery>() && two.prunable && two.words.len() == 2);
        assert!(!plan("fentanyl -precursor").prunable);
    }
}
