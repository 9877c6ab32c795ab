//! Speaker statistics across hearings: one row per person, whatever each
//! hearing called them, from the hearing summaries the index stores.
//!
//! Who is one person is `speakers::identity`'s call; this module only adds up.

use crate::speakers::identity::name_keys;
use crate::summary::{HearingSummary, SpeakerSummary};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PersonStats {
    pub name: String,
    /// What makes them one person: `bioguide:S000522`, `name:BEN BERNANKE`,
    /// or `label:HEARING:LABEL` for a label no one resolved (never merged
    /// outside its hearing).
    pub key: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bioguide: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub party: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    pub resolved: bool,
    /// The names hearings give them, and the labels printed.
    pub names: Vec<String>,
    pub labels: Vec<String>,
    /// For an unresolved label: who it could be.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<String>,
    /// The role they spoke in most.
    pub role: String,
    /// Over all the hearings listed; `share` of all the words spoken in them.
    #[serde(flatten)]
    pub figures: Figures,
    pub hearings: Vec<HearingStats>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct HearingStats {
    pub id: String,
    pub date: Option<String>,
    pub role: String,
    pub labels: Vec<String>,
    /// In this hearing; `share` of the words spoken in it.
    #[serde(flatten)]
    pub figures: Figures,
}

/// What one person did in one hearing or in several.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Figures {
    pub turns: usize,
    pub words: usize,
    /// Of the words spoken (in the hearing, or in all those listed).
    pub share: f64,
    pub questions: usize,
    /// Their turns cut off, and the turns of others they cut off.
    pub interrupted: usize,
    pub interruptions: usize,
    /// Witness -> turns answering them.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub questioned: BTreeMap<String, usize>,
}

impl Figures {
    /// A speaker's figures in a hearing of `hearing_words` words.
    fn of(s: &SpeakerSummary, hearing_words: usize) -> Figures {
        Figures {
            turns: s.turns,
            words: s.words,
            share: s.words as f64 / hearing_words.max(1) as f64,
            questions: s.questions,
            interrupted: s.interrupted,
            interruptions: s.interruptions,
            questioned: s.questioned.clone(),
        }
    }

    /// Adds another hearing's counts (`share` is left to the caller, who
    /// knows the total).
    fn add(&mut self, other: &Figures) {
        self.turns += other.turns;
        self.words += other.words;
        self.questions += other.questions;
        self.interrupted += other.interrupted;
        self.interruptions += other.interruptions;
        for (w, n) in &other.questioned {
            *self.questioned.entry(w.clone()).or_default() += n;
        }
    }
}

/// One row per person over `hearings`, most words first.
pub fn people(hearings: &[&HearingSummary]) -> Vec<PersonStats> {
    let names = name_keys(
        hearings
            .iter()
            .flat_map(|h| &h.speakers)
            .filter(|s| s.resolved && s.member.is_none())
            .map(|s| s.name.as_str()),
    );
    let key = |h: &HearingSummary, s: &SpeakerSummary| match (&s.member, s.resolved) {
        (Some(m), _) => format!("bioguide:{}", m.bioguide),
        (None, true) => names[&s.name].clone(),
        (None, false) => format!("label:{}:{}", h.hearing.id, s.name),
    };
    let total_words = hearings.iter().map(|h| h.words).sum::<usize>().max(1);
    let mut rows: Vec<PersonStats> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    let mut role_turns: Vec<HashMap<&'static str, usize>> = Vec::new();
    for h in hearings {
        for s in &h.speakers {
            let k = key(h, s);
            let i = *at.entry(k.clone()).or_insert_with(|| {
                rows.push(PersonStats {
                    name: s.name.clone(),
                    key: k,
                    bioguide: s.member.as_ref().map(|m| m.bioguide.clone()),
                    party: None,
                    state: None,
                    resolved: s.resolved,
                    names: Vec::new(),
                    labels: Vec::new(),
                    candidates: Vec::new(),
                    role: String::new(),
                    figures: Figures::default(),
                    hearings: Vec::new(),
                });
                role_turns.push(HashMap::new());
                rows.len() - 1
            });
            let r = &mut rows[i];
            *role_turns[i].entry(s.role.as_str()).or_default() += s.turns;
            // Party and state as of their latest hearing: hearings come newest first.
            if let Some(m) = &s.member
                && r.state.is_none()
            {
                r.party = m.party.clone();
                r.state = Some(m.state.clone());
            }
            add_unique(&mut r.names, [&s.name]);
            add_unique(&mut r.labels, &s.labels);
            add_unique(&mut r.candidates, &s.candidates);
            let figures = Figures::of(s, h.words);
            r.figures.add(&figures);
            r.hearings.push(HearingStats {
                id: h.hearing.id.clone(),
                date: h.hearing.date().map(str::to_owned),
                role: s.role.as_str().to_owned(),
                labels: s.labels.clone(),
                figures,
            });
        }
    }
    for (r, roles) in rows.iter_mut().zip(&role_turns) {
        r.figures.share = r.figures.words as f64 / total_words as f64;
        r.role =
            roles.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map_or("", |(k, _)| k).to_owned();
        // The fullest of the names they go by: `Ben S. Bernanke` over `Ben Bernanke`.
        if let Some(n) = r.names.iter().max_by_key(|n| (n.len(), std::cmp::Reverse((*n).clone()))) {
            r.name = n.clone();
        }
        r.hearings.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
    }
    rows.sort_by(|a, b| b.figures.words.cmp(&a.figures.words).then_with(|| a.name.cmp(&b.name)));
    rows
}

fn add_unique<'a>(to: &mut Vec<String>, items: impl IntoIterator<Item = &'a String>) {
    for i in items {
        if !to.contains(i) {
            to.push(i.clone());
        }
    }
}
