//! The filter picker: choose a speaker, role, committee, chamber or date
//! range by fuzzy search (nucleo) over what the index holds. A chosen filter
//! becomes a chip in the query bar, and a chip is nothing but query language
//! (`speaker:"Roger Wicker"`): the search sees the same query either way.

use super::plural::count;
use crate::summary::HearingSummary;
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Speaker,
    Role,
    Committee,
    Chamber,
    Date,
}

pub const FIELDS: [Field; 5] = [Field::Speaker, Field::Role, Field::Committee, Field::Chamber, Field::Date];

impl Field {
    /// The query-language name, also shown on the chip.
    pub fn name(self) -> &'static str {
        match self {
            Field::Speaker => "speaker",
            Field::Role => "role",
            Field::Committee => "committee",
            Field::Chamber => "chamber",
            Field::Date => "date",
        }
    }
}

/// A chip: one filter, written back as query language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    pub field: Field,
    pub value: String,
    /// A committee whose name both chambers use (`Committee on the
    /// Judiciary`): which chamber's, so the two are never one chip.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chamber: Option<String>,
}

impl Filter {
    pub fn new(field: Field, value: impl Into<String>) -> Filter {
        Filter { field, value: value.into(), chamber: None }
    }

    pub fn query(&self) -> String {
        let value = self.value.replace('"', "");
        let mut q = if value.contains(char::is_whitespace) {
            format!("{}:\"{value}\"", self.field.name())
        } else {
            format!("{}:{value}", self.field.name())
        };
        if let Some(c) = &self.chamber {
            q.push_str(&format!(" chamber:{c}"));
        }
        q
    }

    /// The value as a chip shows it: `Committee on the Judiciary (senate)`.
    pub fn shown(&self) -> String {
        match &self.chamber {
            Some(c) => format!("{} ({c})", self.value),
            None => self.value.clone(),
        }
    }
}

/// The query the search runs: the chips, then what was typed.
pub fn full_query(filters: &[Filter], typed: &str) -> String {
    let mut parts: Vec<String> = filters.iter().map(Filter::query).collect();
    if !typed.trim().is_empty() {
        parts.push(typed.to_owned());
    }
    parts.join(" ")
}

/// One value to pick, with what the index says about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub value: String,
    pub detail: String,
    /// For a committee name both chambers use: which one this is.
    pub chamber: Option<String>,
}

impl AsRef<str> for Candidate {
    fn as_ref(&self) -> &str {
        &self.value
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Picker {
    pub field: Field,
    pub input: String,
    pub selected: usize,
    /// Every value of `field`, gathered once per field (or hearing list):
    /// a large index has hundreds of thousands of speaker entries, too many
    /// to gather again on every keystroke.
    all: Vec<Candidate>,
    /// The candidates of `field` that match `input`, best first.
    pub matches: Vec<Candidate>,
}

impl Picker {
    pub fn new(hearings: &[HearingSummary]) -> Picker {
        let mut p = Picker {
            field: Field::Speaker,
            input: String::new(),
            selected: 0,
            all: Vec::new(),
            matches: Vec::new(),
        };
        p.gather(hearings);
        p
    }

    /// The values of the field from `hearings` (a new field, or the list arrived).
    pub fn gather(&mut self, hearings: &[HearingSummary]) {
        self.all = candidates(self.field, hearings);
        self.rematch();
    }

    /// The values that match what is typed now.
    pub fn rematch(&mut self) {
        let pattern = Pattern::parse(&self.input, CaseMatching::Ignore, Normalization::Smart);
        let mut matcher = Matcher::new(Config::DEFAULT);
        self.matches =
            pattern.match_list(self.all.iter(), &mut matcher).into_iter().map(|(c, _)| c.clone()).collect();
        // A date range is typed, not picked: offer what was typed when it reads as one.
        if self.field == Field::Date
            && !self.input.trim().is_empty()
            && crate::index::query::parse(&format!("date:{}", self.input.trim())).notes.is_empty()
        {
            self.matches.retain(|c| c.value != self.input.trim());
            self.matches.insert(
                0,
                Candidate {
                    value: self.input.trim().to_owned(),
                    detail: "as typed".to_owned(),
                    chamber: None,
                },
            );
        }
        self.selected = self.selected.min(self.matches.len().saturating_sub(1));
    }

    pub fn next_field(&mut self, forward: bool, hearings: &[HearingSummary]) {
        let i = FIELDS.iter().position(|f| *f == self.field).unwrap_or(0);
        let n = FIELDS.len();
        self.field = FIELDS[if forward { (i + 1) % n } else { (i + n - 1) % n }];
        self.input.clear();
        self.selected = 0;
        self.gather(hearings);
    }

    pub fn chosen(&self) -> Option<Filter> {
        self.matches.get(self.selected).map(|c| Filter {
            field: self.field,
            value: c.value.clone(),
            chamber: c.chamber.clone(),
        })
    }
}

/// A candidate's value and, for a committee, its chamber.
type Key = (String, Option<&'static str>);

/// What a field can be set to, most used first.
fn candidates(field: Field, hearings: &[HearingSummary]) -> Vec<Candidate> {
    // Keyed by value and, for committees, chamber: a House and a Senate
    // committee of one name are two committees.
    let mut counts: HashMap<Key, (usize, usize)> = HashMap::new();
    let mut bump_in = |key: &str, chamber: Option<&'static str>, turns: usize| {
        let e = counts.entry((key.to_owned(), chamber)).or_default();
        e.0 += 1;
        e.1 += turns;
    };
    match field {
        Field::Speaker => {
            for h in hearings {
                for s in &h.speakers {
                    bump_in(&s.name, None, s.turns);
                }
            }
        }
        Field::Role => {
            for h in hearings {
                for s in &h.speakers {
                    bump_in(s.role.as_str(), None, s.turns);
                }
            }
        }
        Field::Committee => {
            for h in hearings {
                if let Some(c) = &h.hearing.committee {
                    bump_in(c, h.hearing.chamber.map(|c| c.as_str()), h.turns);
                }
            }
        }
        Field::Chamber => {
            for h in hearings {
                if let Some(c) = h.hearing.chamber {
                    bump_in(c.as_str(), None, h.turns);
                }
            }
        }
        Field::Date => {
            for h in hearings {
                if let Some(year) = h.hearing.date().and_then(|d| d.get(..4)) {
                    bump_in(year, None, h.turns);
                }
            }
        }
    }
    // A name in one chamber only needs no chamber on its chip.
    let mut chambers: HashMap<&str, usize> = HashMap::new();
    for (value, _) in counts.keys() {
        *chambers.entry(value.as_str()).or_default() += 1;
    }
    let shared: Vec<String> =
        chambers.into_iter().filter(|(_, n)| *n > 1).map(|(v, _)| v.to_owned()).collect();
    let mut out: Vec<(Key, (usize, usize))> = counts.into_iter().collect();
    if field == Field::Date {
        out.sort_by(|a, b| b.0.cmp(&a.0));
    } else {
        out.sort_by(|a, b| b.1.1.cmp(&a.1.1).then_with(|| a.0.cmp(&b.0)));
    }
    out.into_iter()
        .map(|((value, chamber), (hearings, turns))| {
            let chamber = chamber.filter(|_| shared.contains(&value)).map(str::to_owned);
            let detail = format!("{} in {}", count(turns, "turn"), count(hearings, "hearing"));
            let detail = match &chamber {
                Some(c) => format!("{c} · {detail}"),
                None => detail,
            };
            Candidate { value, detail, chamber }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chips_are_query_language() {
        let f = [
            Filter::new(Field::Speaker, "Roger Wicker"),
            Filter::new(Field::Role, "witness"),
            Filter::new(Field::Date, "2024..2025-06"),
        ];
        assert_eq!(
            full_query(&f, "mexico"),
            r#"speaker:"Roger Wicker" role:witness date:2024..2025-06 mexico"#
        );
        assert_eq!(full_query(&[], "  "), "");
        let judiciary = Filter {
            chamber: Some("senate".into()),
            ..Filter::new(Field::Committee, "Committee on the Judiciary")
        };
        assert_eq!(judiciary.query(), r#"committee:"Committee on the Judiciary" chamber:senate"#);
        let parsed = crate::index::query::parse(&full_query(&f, "mexico"));
        assert!(parsed.notes.is_empty(), "{:?}", parsed.notes);
    }

    /// A House and a Senate committee of one name are two choices, each
    /// searching its own chamber; a name one chamber alone uses needs none.
    #[test]
    fn committees_of_one_name_in_two_chambers_stay_apart() {
        use crate::model::{Chamber, Hearing};
        let hearing = |committee: &str, chamber| HearingSummary {
            hearing: Hearing {
                committee: Some(committee.into()),
                chamber: Some(chamber),
                ..Hearing::default()
            },
            turns: 10,
            words: 100,
            speakers: Vec::new(),
            quality: Vec::new(),
        };
        let hearings = [
            hearing("Committee on the Judiciary", Chamber::Senate),
            hearing("Committee on the Judiciary", Chamber::House),
            hearing("Committee on Financial Services", Chamber::House),
        ];
        let mut got: Vec<String> = candidates(Field::Committee, &hearings)
            .into_iter()
            .map(|c| Filter { field: Field::Committee, value: c.value, chamber: c.chamber }.query())
            .collect();
        got.sort();
        assert_eq!(
            got,
            [
                r#"committee:"Committee on Financial Services""#,
                r#"committee:"Committee on the Judiciary" chamber:house"#,
                r#"committee:"Committee on the Judiciary" chamber:senate"#,
            ]
        );
    }
}
