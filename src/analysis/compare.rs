//! Comparing across hearings: the key sentence of a statement, and the words
//! that set one hearing apart from the rest of the index.

use crate::export::sentences;
use crate::index::query;
use crate::index::search::Hit;
use crate::index::{IndexError, Library};
use crate::summary::{HearingSummary, SpeakerSummary};
use serde::Serialize;

/// One statement: a turn of the person, with its key sentence.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Statement {
    pub turn_id: String,
    pub seq: u64,
    pub speaker: String,
    pub page: Option<String>,
    pub key_sentence: String,
    /// Written for the record (a prepared statement, an answer to a written
    /// question), not said in the hearing.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub written: bool,
}

/// A person's statements in one hearing.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct HearingGroup {
    pub hearing_id: String,
    pub hearing_title: String,
    pub date: Option<String>,
    pub statements: Vec<Statement>,
}

/// People who spoke in both hearings, by the identity `gavel speakers` uses:
/// the bioguide id when the roster gave one, else a name that agrees
/// (`Ben S. Bernanke` and `Ben Bernanke`). Unresolved labels are never
/// matched across hearings: a surname does not make a person.
pub fn spoke_in_both(a: &HearingSummary, b: &HearingSummary) -> Vec<String> {
    let resolved = |h: &HearingSummary| h.speakers.iter().filter(|s| s.resolved).cloned().collect::<Vec<_>>();
    let (a, b) = (resolved(a), resolved(b));
    let names = crate::speakers::identity::name_keys(a.iter().chain(&b).map(|s| s.name.as_str()));
    let key = |s: &SpeakerSummary| match &s.member {
        Some(m) => format!("bioguide:{}", m.bioguide),
        None => names[&s.name].clone(),
    };
    let b_keys: Vec<String> = b.iter().map(key).collect();
    a.iter().filter(|s| b_keys.contains(&key(s))).map(|s| s.name.clone()).collect()
}

/// How many matching turns are read at most (all of them, in practice).
const LIMIT: usize = 10_000;

/// What `statements` found.
#[derive(Debug, Default)]
pub struct Statements {
    pub groups: Vec<HearingGroup>,
    /// The query's notes (what it ignored).
    pub notes: Vec<String>,
    /// A name asked for that fits several people who spoke on the topic
    /// (`johnson`: Tim Johnson, Simon Johnson), with those people: their
    /// statements must not be shown as one person's.
    pub ambiguous: Vec<(String, Vec<String>)>,
}

/// The people among hits, one name each by the identity `gavel speakers`
/// uses (`Ben Bernanke` and `Ben S. Bernanke` are one). Turns whose label
/// was not resolved to anyone (shown by their label) are left out: a label
/// is not a person.
pub fn people_named(hits: &[Hit]) -> Vec<String> {
    let resolved: Vec<&str> =
        hits.iter().filter(|h| h.speaker != h.label).map(|h| h.speaker.as_str()).collect();
    let keys = crate::speakers::identity::name_keys(resolved.iter().copied());
    let mut seen: Vec<&String> = Vec::new();
    let mut out = Vec::new();
    for name in resolved {
        let key = &keys[name];
        if !seen.contains(&key) {
            seen.push(key);
            out.push(name.to_owned());
        }
    }
    out
}

/// Each person's turns matching `topic`, grouped by hearing, oldest hearing
/// first. What they wrote for the record only when `written` asks for it,
/// marked as such: spoken and written words are not one thing to a reporter
/// quoting them.
pub fn statements(
    lib: &Library,
    topic: &str,
    people: &[String],
    written: bool,
) -> Result<Statements, IndexError> {
    let terms = query::parse(topic).terms();
    let mut hits: Vec<Hit> = Vec::new();
    let mut notes = Vec::new();
    let mut ambiguous = Vec::new();
    for person in people {
        let r = lib.search_texts(&format!("{topic} speaker:\"{}\"", person.replace('"', "")), LIMIT)?;
        notes.extend(r.notes.into_iter().filter(|n| !notes.contains(n)).collect::<Vec<_>>());
        let found: Vec<Hit> = r.hits.into_iter().filter(|h| written || h.kind == "turn").collect();
        let named = people_named(&found);
        if named.len() > 1 {
            ambiguous.push((person.clone(), named));
        }
        hits.extend(found);
    }
    hits.sort_by(|a, b| {
        a.date.cmp(&b.date).then_with(|| a.hearing_id.cmp(&b.hearing_id)).then_with(|| a.seq.cmp(&b.seq))
    });
    hits.dedup_by(|a, b| a.turn_id == b.turn_id);
    let mut groups: Vec<HearingGroup> = Vec::new();
    for h in hits {
        let statement = Statement {
            turn_id: h.turn_id,
            seq: h.seq,
            speaker: h.speaker,
            page: h.page,
            key_sentence: key_sentence(&h.text, &terms),
            written: h.kind != "turn",
        };
        match groups.last_mut() {
            Some(g) if g.hearing_id == h.hearing_id => g.statements.push(statement),
            _ => groups.push(HearingGroup {
                hearing_id: h.hearing_id,
                hearing_title: h.hearing_title,
                date: h.date,
                statements: vec![statement],
            }),
        }
    }
    Ok(Statements { groups, notes, ambiguous })
}

/// How often a topic comes up in one hearing.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TrendRow {
    pub date: Option<String>,
    pub hearing_id: String,
    pub hearing_title: String,
    pub matching_turns: usize,
    pub turns: usize,
}

/// Matching turns per hearing, oldest first: the hearings where the topic
/// comes up, or with `all` also those where it does not among the hearings
/// the topic's filters select (`committee:banking`: the banking hearings).
/// The summaries are passed in: reading them all is the slow part on a large
/// index, so a caller that needs them twice reads them once.
pub fn trend(
    lib: &Library,
    hearings: &[HearingSummary],
    topic: &str,
    all: bool,
) -> Result<Vec<TrendRow>, IndexError> {
    let counts: std::collections::HashMap<String, usize> = lib.count_by_hearing(topic)?.into_iter().collect();
    let filters = query::parse(topic).filters_only();
    let selected: Option<std::collections::HashSet<String>> = (all && !filters.is_empty())
        .then(|| lib.count_parsed_by_hearing(&filters))
        .transpose()?
        .map(|v| v.into_iter().map(|(id, _)| id).collect());
    let mut rows: Vec<TrendRow> = hearings
        .iter()
        .filter(|h| match (all, &selected) {
            (false, _) => counts.contains_key(&h.hearing.id),
            (true, Some(ids)) => ids.contains(&h.hearing.id) || counts.contains_key(&h.hearing.id),
            (true, None) => true,
        })
        .map(|h| TrendRow {
            date: h.hearing.date().map(str::to_owned),
            matching_turns: counts.get(&h.hearing.id).copied().unwrap_or(0),
            hearing_id: h.hearing.id.clone(),
            hearing_title: h.hearing.title.clone(),
            turns: h.turns,
        })
        .collect();
    rows.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.hearing_id.cmp(&b.hearing_id)));
    Ok(rows)
}

/// Who speaks on a topic, by how many matching turns, most first;
/// unresolved speakers left out. One aggregation over every matching turn,
/// with names spelt as `hearings` spell them.
pub fn speakers_on(
    lib: &Library,
    hearings: &[HearingSummary],
    topic: &str,
) -> Result<Vec<(String, usize)>, IndexError> {
    let mut spelt: std::collections::HashMap<String, &str> = std::collections::HashMap::new();
    for h in hearings {
        for s in h.speakers.iter().filter(|s| s.resolved) {
            spelt.entry(s.name.to_lowercase()).or_insert(&s.name);
        }
    }
    Ok(lib
        .count_by_speaker(topic)?
        .into_iter()
        .filter_map(|(lower, n)| spelt.get(&lower).map(|name| ((*name).to_owned(), n)))
        .collect())
}

/// Words of at least four letters, weighted by how often these texts use
/// them against how many turns of the whole index do.
pub fn distinctive_terms<'t>(
    lib: &Library,
    texts: impl Iterator<Item = &'t str>,
    n: usize,
) -> Result<Vec<String>, IndexError> {
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for text in texts {
        for w in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 4 && !w.chars().any(|c| c.is_ascii_digit()))
        {
            *counts.entry(w.to_lowercase()).or_default() += 1;
        }
    }
    let mut scored: Vec<(f64, String)> = Vec::new();
    for (w, tf) in counts {
        if tf < 2 {
            continue;
        }
        let (df, total) = lib.document_frequency(&w)?;
        // Words in more than one turn in twenty are the language of every
        // hearing (`that`, `chairman`), not of this one.
        if df * 20 > total {
            continue;
        }
        let idf = ((total as f64 + 1.0) / (df as f64 + 1.0)).ln();
        scored.push((tf as f64 * idf, w));
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    Ok(scored.into_iter().take(n).map(|(_, w)| w).collect())
}

/// The sentence of a turn that uses the query's words most (the first such).
pub fn key_sentence(text: &str, terms: &[String]) -> String {
    let flat = text.replace('\n', " ");
    let words: Vec<String> = terms
        .iter()
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase).collect::<Vec<_>>())
        .filter(|w| !w.is_empty())
        .collect();
    let score = |s: &str| {
        let lower = s.to_lowercase();
        words.iter().filter(|w| lower.contains(w.as_str())).count()
    };
    sentences::split(&flat)
        .into_iter()
        .map(|r| &flat[r])
        .max_by(|a, b| score(a).cmp(&score(b)).then(std::cmp::Ordering::Greater))
        .unwrap_or(&flat)
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_sentence_is_the_first_that_says_the_most() {
        let t = "Thank you. Inflation is low. Inflation expectations are anchored, and inflation is low.";
        assert_eq!(
            key_sentence(t, &["inflation".into(), "anchored".into()]),
            "Inflation expectations are anchored, and inflation is low."
        );
        assert_eq!(key_sentence(t, &["inflation".into()]), "Inflation is low.");
    }
}
