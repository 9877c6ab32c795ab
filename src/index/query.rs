//! The query language shared by the CLI and the TUI.
//!
//! `mexico speaker:wicker "more ISR" -drones OR cartels date:2024..2025-06`
//! Words must all match by default; `OR` joins its neighbours; `-` excludes;
//! `prefix*`; `"exact phrases"`; filters `speaker: role: committee: chamber:
//! congress: date: hearing: kind:`. Half-typed input never fails: what cannot be
//! used is left out and reported in `notes`.

use crate::model::Role;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Word(String),
    Prefix(String),
    Phrase(String),
    Filter(Filter),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    Speaker(String),
    Role(Role),
    Committee(String),
    Chamber(String),
    Congress(u64),
    /// Inclusive `yyyymmdd` bounds, zeros for unknown parts.
    Date(Option<u64>, Option<u64>),
    Hearing(String),
    /// What a document is: `turn` (spoken), `statement`, `question`,
    /// `answer` (written for the record), or `written` for any of those.
    Kind(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub item: Item,
    pub negated: bool,
    /// Joined to the previous clause by `OR`.
    pub or_previous: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedQuery {
    pub clauses: Vec<Clause>,
    /// What was left out, for the user: `unknown role "foo"`, `unclosed quote`.
    pub notes: Vec<String>,
}

impl ParsedQuery {
    /// True when nothing searchable was typed.
    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }

    /// The query's filters alone (`committee:banking date:2008`), each
    /// required: what says which hearings a question is about, whatever
    /// their words. Filters joined by OR or negated are left out.
    pub fn filters_only(&self) -> ParsedQuery {
        let clauses = self
            .clauses
            .iter()
            .filter(|c| matches!(c.item, Item::Filter(_)) && !c.negated && !c.or_previous)
            .cloned()
            .collect();
        ParsedQuery { clauses, notes: Vec::new() }
    }

    /// Words and phrases, for highlighting in views that have no snippet.
    pub fn terms(&self) -> Vec<String> {
        self.clauses
            .iter()
            .filter(|c| !c.negated)
            .filter_map(|c| match &c.item {
                Item::Word(w) | Item::Prefix(w) | Item::Phrase(w) => Some(w.clone()),
                Item::Filter(_) => None,
            })
            .collect()
    }
}

pub fn parse(input: &str) -> ParsedQuery {
    let mut out = ParsedQuery::default();
    let mut or_next = false;
    for (token, quoted_unclosed) in tokens(input) {
        if quoted_unclosed {
            out.notes.push("unclosed quote: closed it at the end".to_owned());
        }
        if token == "OR" {
            if out.clauses.is_empty() {
                out.notes.push("OR at the start: ignored".to_owned());
            } else {
                or_next = true;
            }
            continue;
        }
        let (negated, body) = match token.strip_prefix('-') {
            Some(rest) if !rest.is_empty() => (true, rest.to_owned()),
            Some(_) => continue,
            None => (false, token),
        };
        let item = match item(&body) {
            Ok(Some(i)) => i,
            Ok(None) => continue,
            Err(note) => {
                out.notes.push(note);
                continue;
            }
        };
        out.clauses.push(Clause { item, negated, or_previous: or_next });
        or_next = false;
    }
    if or_next {
        out.notes.push("OR at the end: ignored".to_owned());
    }
    out
}

/// The query without its `field:` filters (negated ones too): the topic of
/// `mexico speaker:wicker` is `mexico`.
pub fn without_filter(input: &str, field: &str) -> String {
    tokens(input)
        .into_iter()
        .map(|(t, _)| t)
        .filter(|t| {
            let body = t.strip_prefix('-').unwrap_or(t);
            !body.split_once(':').is_some_and(|(f, _)| f.eq_ignore_ascii_case(field))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Splits on spaces outside quotes; a token keeps its quotes. The flag says
/// the token's quote was never closed.
fn tokens(input: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_quote = false;
    for c in input.chars() {
        match c {
            '"' => {
                in_quote = !in_quote;
                cur.push(c);
            }
            c if c.is_whitespace() && !in_quote => {
                if !cur.is_empty() {
                    out.push((std::mem::take(&mut cur), false));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        if in_quote {
            cur.push('"');
        }
        out.push((cur, in_quote));
    }
    out
}

fn unquote(s: &str) -> String {
    s.trim_matches('"').trim().to_owned()
}

fn item(body: &str) -> Result<Option<Item>, String> {
    if body.starts_with('"') {
        let p = unquote(body);
        return Ok((!p.is_empty()).then_some(Item::Phrase(p)));
    }
    if let Some((field, value)) = body.split_once(':') {
        let value = unquote(value);
        let known = ["speaker", "role", "committee", "chamber", "congress", "date", "hearing", "kind"];
        if known.contains(&field.to_ascii_lowercase().as_str()) {
            if value.is_empty() {
                return Err(format!("{field}: needs a value"));
            }
            return filter(&field.to_ascii_lowercase(), &value).map(|f| Some(Item::Filter(f)));
        }
    }
    if let Some(stem) = body.strip_suffix('*') {
        let stem = stem.trim_matches('*');
        return Ok((!stem.is_empty()).then(|| Item::Prefix(stem.to_lowercase())));
    }
    Ok(Some(Item::Word(body.to_owned())))
}

fn filter(field: &str, value: &str) -> Result<Filter, String> {
    Ok(match field {
        "speaker" => Filter::Speaker(value.to_owned()),
        "role" => Filter::Role(Role::parse(value).ok_or_else(|| {
            format!(
                "unknown role {value:?} (chair, ranking_member, vice_chair, member, witness, presiding_officer, counsel, unknown)"
            )
        })?),
        "committee" => Filter::Committee(value.to_owned()),
        "chamber" => match value.to_ascii_lowercase().as_str() {
            c @ ("senate" | "house" | "joint") => Filter::Chamber(c.to_owned()),
            _ => return Err(format!("unknown chamber {value:?} (senate, house, joint)")),
        },
        "congress" => Filter::Congress(
            value
                .trim_end_matches(|c: char| c.is_alphabetic())
                .parse()
                .map_err(|_| format!("congress:{value} is not a number"))?,
        ),
        "date" => date_filter(value)?,
        "hearing" => Filter::Hearing(value.to_owned()),
        "kind" => match value.to_ascii_lowercase().as_str() {
            "spoken" | "turn" => Filter::Kind("turn".to_owned()),
            k @ ("statement" | "question" | "answer" | "written") => Filter::Kind(k.to_owned()),
            _ => return Err(format!("unknown kind {value:?} (turn, statement, question, answer, written)")),
        },
        _ => unreachable!("only known fields reach here"),
    })
}

/// `2025`, `2025-03`, `2025-03-12`, `2024-01..2025-06`, `..2020`, `2020..`.
fn date_filter(value: &str) -> Result<Filter, String> {
    let bad = || format!("date:{value} is not a date or range (2025, 2025-03, 2024-01..2025-06)");
    let (lo, hi) = match value.split_once("..") {
        Some((a, b)) => (a, b),
        None => (value, value),
    };
    let lo = if lo.is_empty() { None } else { Some(date_bound(lo, false).ok_or_else(bad)?) };
    let hi = if hi.is_empty() { None } else { Some(date_bound(hi, true).ok_or_else(bad)?) };
    if lo.is_none() && hi.is_none() {
        return Err(bad());
    }
    // `date:2030..2010` matched nothing, without a word of why.
    if let (Some(l), Some(h)) = (lo, hi)
        && l > h
        && let Some((a, b)) = value.split_once("..")
    {
        return Err(format!("date:{value} ends before it starts (date:{b}..{a}?)"));
    }
    Ok(Filter::Date(lo, hi))
}

fn date_bound(s: &str, upper: bool) -> Option<u64> {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| (p.len() == len).then(|| p.parse::<u64>().ok()).flatten();
    let y = num(parts.first()?, 4)?;
    let m = match parts.get(1) {
        Some(p) => num(p, 2).filter(|m| (1..=12).contains(m))?,
        None => return Some(y * 10_000 + if upper { 9999 } else { 0 }),
    };
    let d = match parts.get(2) {
        Some(p) => num(p, 2).filter(|d| (1..=31).contains(d))?,
        None => return Some(y * 10_000 + m * 100 + if upper { 99 } else { 0 }),
    };
    (parts.len() == 3).then_some(y * 10_000 + m * 100 + d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(q: &str) -> Vec<(Item, bool, bool)> {
        parse(q).clauses.into_iter().map(|c| (c.item, c.negated, c.or_previous)).collect()
    }

    #[test]
    fn words_phrases_and_filters() {
        assert_eq!(
            items(r#"mexico "more ISR" -drones speaker:wicker role:witness"#),
            [
                (Item::Word("mexico".into()), false, false),
                (Item::Phrase("more ISR".into()), false, false),
                (Item::Word("drones".into()), true, false),
                (Item::Filter(Filter::Speaker("wicker".into())), false, false),
                (Item::Filter(Filter::Role(Role::Witness)), false, false),
            ]
        );
        assert_eq!(
            items(r#"committee:"armed services" fent* a OR b"#),
            [
                (Item::Filter(Filter::Committee("armed services".into())), false, false),
                (Item::Prefix("fent".into()), false, false),
                (Item::Word("a".into()), false, false),
                (Item::Word("b".into()), false, true),
            ]
        );
    }

    #[test]
    fn a_filter_comes_off_whole() {
        assert_eq!(
            without_filter(r#"speaker:"Roger Wicker" mexico "more ISR" Speaker:x"#, "speaker"),
            r#"mexico "more ISR""#
        );
        assert_eq!(without_filter("-speaker:reed drones date:2025", "speaker"), "drones date:2025");
    }

    #[test]
    fn dates() {
        assert_eq!(items("date:2025")[0].0, Item::Filter(Filter::Date(Some(20250000), Some(20259999))));
        assert_eq!(
            items("date:2024-01..2025-06")[0].0,
            Item::Filter(Filter::Date(Some(20240100), Some(20250699)))
        );
        assert_eq!(items("date:..2020")[0].0, Item::Filter(Filter::Date(None, Some(20209999))));
        assert_eq!(items("date:2025-03-12")[0].0, Item::Filter(Filter::Date(Some(20250312), Some(20250312))));
        // A range that ends before it starts is said to, not left to match nothing.
        let q = parse("levee date:2030..2010");
        assert_eq!(q.notes, ["date:2030..2010 ends before it starts (date:2010..2030?)"]);
        assert_eq!(q.clauses.len(), 1);
        assert_eq!(
            items("date:2025-03..2025-03")[0].0,
            Item::Filter(Filter::Date(Some(20250300), Some(20250399)))
        );
    }

    #[test]
    fn half_typed_input_is_reported_not_fatal() {
        let q = parse(r#"mexico role:wizard date:soon congress:x "unclosed speaker: OR"#);
        assert_eq!(q.clauses.len(), 2, "{q:?}");
        assert_eq!(q.notes.len(), 4, "{:?}", q.notes);
        assert!(parse("-").is_empty());
        assert!(parse("   ").is_empty());
        assert_eq!(parse("OR x").notes, ["OR at the start: ignored"]);
    }
}
