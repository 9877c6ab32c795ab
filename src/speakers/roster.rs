//! The legislators roster: who sat in which chamber, when, for which party and
//! state, read from the congress-legislators YAML files
//! (`legislators-current.yaml`, `legislators-historical.yaml`).
//!
//! Only what resolving a label needs is kept: the bioguide id, the names, the
//! gender (a `Mr.` label is not a woman) and each term's chamber, dates, state
//! and party. The roster knows nothing of hearings; `members` does the matching.

use crate::model::Chamber;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Which rules `members` matches with, part of the fingerprint: a gavel
/// that matches differently (here: the honorific's gender narrows a
/// hearing's candidates, and short forms of given names match) must read
/// the hearings an older one indexed with the very same roster again.
/// Change it whenever `members` or `nicknames` changes what a roster makes
/// of a hearing.
const MATCHING: &str = "matching 2\n";

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Roster {
    /// The files the people came from, as given to `gavel roster import`.
    pub sources: Vec<String>,
    pub people: Vec<Legislator>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Legislator {
    pub bioguide: String,
    /// `official_full` when the file has it, else first and last name.
    pub name: String,
    pub first: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub middle: Option<String>,
    pub last: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// `M` or `F` as the file says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    pub terms: Vec<Term>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Term {
    pub chamber: Chamber,
    /// ISO dates, as in the file.
    pub start: String,
    pub end: String,
    /// Postal code: `NJ`.
    pub state: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum RosterError {
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path} is not valid YAML: {message}")]
    Yaml { path: PathBuf, message: String },
    #[error(
        "{path} is not a congress-legislators people file (expected a list of people with id, name and terms, as in legislators-current.yaml): {message}"
    )]
    Shape { path: PathBuf, message: String },
    #[error("{path} lists no one with a bioguide id, a last name and a term in Congress")]
    Empty { path: PathBuf },
    #[error("the stored roster {path} cannot be read: {message}; import the legislators files again")]
    Stored { path: PathBuf, message: String },
}

// The YAML as congress-legislators writes it; fields gavel does not use are
// ignored (serde's default), so new upstream fields do not break imports.
#[derive(Deserialize)]
struct YPerson {
    id: YId,
    name: YName,
    #[serde(default)]
    bio: Option<YBio>,
    #[serde(default)]
    terms: Vec<YTerm>,
}

#[derive(Deserialize)]
struct YId {
    bioguide: Option<String>,
}

#[derive(Deserialize)]
struct YName {
    first: Option<String>,
    middle: Option<String>,
    last: Option<String>,
    nickname: Option<String>,
    official_full: Option<String>,
}

#[derive(Deserialize)]
struct YBio {
    gender: Option<String>,
}

#[derive(Deserialize)]
struct YTerm {
    #[serde(rename = "type")]
    kind: String,
    start: String,
    end: String,
    state: String,
    party: Option<String>,
}

/// Reads one congress-legislators people file. People without a bioguide id
/// or a last name, and terms of neither chamber, are left out (and counted).
pub fn read_yaml(path: &Path) -> Result<(Vec<Legislator>, usize), RosterError> {
    let text = std::fs::read_to_string(path)
        .map_err(|source| RosterError::Read { path: path.to_owned(), source })?;
    // Parse as generic YAML first, so a syntax error and a file of another
    // shape (committee-membership is a map of committees) get different messages.
    let value: yaml_serde::Value = yaml_serde::from_str(&text)
        .map_err(|e| RosterError::Yaml { path: path.to_owned(), message: e.to_string() })?;
    let people: Vec<YPerson> = yaml_serde::from_value(value)
        .map_err(|e| RosterError::Shape { path: path.to_owned(), message: e.to_string() })?;
    let mut skipped = 0;
    let mut out = Vec::with_capacity(people.len());
    for p in people {
        match convert(p) {
            Some(l) => out.push(l),
            None => skipped += 1,
        }
    }
    if out.is_empty() {
        return Err(RosterError::Empty { path: path.to_owned() });
    }
    Ok((out, skipped))
}

fn convert(p: YPerson) -> Option<Legislator> {
    let bioguide = p.id.bioguide.filter(|b| !b.trim().is_empty())?;
    let last = p.name.last.filter(|l| !l.trim().is_empty())?;
    let first = p.name.first.unwrap_or_default();
    let terms: Vec<Term> = p
        .terms
        .into_iter()
        .filter_map(|t| {
            let chamber = match t.kind.as_str() {
                "sen" => Chamber::Senate,
                "rep" => Chamber::House,
                _ => return None,
            };
            Some(Term { chamber, start: t.start, end: t.end, state: t.state, party: t.party })
        })
        .collect();
    if terms.is_empty() {
        return None;
    }
    let name = p.name.official_full.unwrap_or_else(|| format!("{first} {last}"));
    Some(Legislator {
        bioguide,
        name,
        first,
        middle: p.name.middle,
        last,
        nickname: p.name.nickname,
        gender: p.bio.and_then(|b| b.gender),
        terms,
    })
}

impl Roster {
    /// Adds people; one already known by bioguide id is replaced by the newer record.
    pub fn merge(&mut self, source: String, people: Vec<Legislator>) {
        for p in people {
            match self.people.iter_mut().find(|q| q.bioguide == p.bioguide) {
                Some(q) => *q = p,
                None => self.people.push(p),
            }
        }
        if !self.sources.contains(&source) {
            self.sources.push(source);
        }
        self.people.sort_by(|a, b| a.bioguide.cmp(&b.bioguide));
    }

    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
    }

    /// Reads a roster saved by `save_json`; none saved is an empty roster.
    pub fn load(path: &Path) -> Result<Roster, RosterError> {
        match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map_err(|e| RosterError::Stored { path: path.to_owned(), message: e.to_string() }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Roster::default()),
            Err(source) => Err(RosterError::Read { path: path.to_owned(), source }),
        }
    }

    /// A short hash of the people and of how gavel matches labels to them,
    /// stored with each indexed hearing: when either changes, `gavel index`
    /// reads the hearings again.
    pub fn fingerprint(&self) -> String {
        if self.is_empty() {
            return String::new();
        }
        let mut hasher = blake3::Hasher::new();
        hasher.update(MATCHING.as_bytes());
        hasher.update(&serde_json::to_vec(&self.people).unwrap_or_default());
        hasher.finalize().to_hex()[..16].to_owned()
    }

    /// The newest term start anywhere in the roster: roughly when its files
    /// were written.
    fn newest_start(&self) -> &str {
        self.people.iter().flat_map(|p| &p.terms).map(|t| t.start.as_str()).max().unwrap_or("")
    }

    /// Whether the roster knows the former members who sat in `chamber`
    /// during `period`: someone who sat then and has left since. A roster of
    /// today's members alone (legislators-current.yaml) has no one like that,
    /// and a lone surname match in it proves nothing about who sat in 2005.
    pub fn knows_former_members(&self, chamber: Chamber, period: &Period) -> bool {
        let newest = self.newest_start();
        self.people.iter().any(|p| {
            p.terms.iter().all(|t| t.end.as_str() < newest) && p.term_during(chamber, period).is_some()
        })
    }
}

impl Legislator {
    /// The term in `chamber` that overlaps `period`, if any.
    pub fn term_during(&self, chamber: Chamber, period: &Period) -> Option<&Term> {
        self.terms.iter().find(|t| {
            t.chamber == chamber && t.start.as_str() <= period.last.as_str() && t.end >= period.first
        })
    }
}

/// A hearing day, or the whole month or year when only that is printed.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    pub first: String,
    pub last: String,
}

impl Period {
    /// `2005-07-20`, `2005-07` or `2005`; anything else is no period.
    pub fn of(date: &str) -> Option<Period> {
        let parts: Vec<&str> = date.split('-').collect();
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        match parts.as_slice() {
            [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => {
                Some(Period { first: date.to_owned(), last: date.to_owned() })
            }
            [y, m] if digits(y, 4) && digits(m, 2) => {
                Some(Period { first: format!("{y}-{m}-01"), last: format!("{y}-{m}-31") })
            }
            [y] if digits(y, 4) => Some(Period { first: format!("{y}-01-01"), last: format!("{y}-12-31") }),
            _ => None,
        }
    }
}

/// Upper case, accents folded, periods dropped, spaces collapsed: `Díaz-Balart`
/// and `DIAZ-BALART` compare equal, as do `McHenry` and `McHENRY`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'A',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'E',
            'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'I',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => 'O',
            'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'U',
            'ñ' | 'Ñ' => 'N',
            'ç' | 'Ç' => 'C',
            '’' | '‘' => '\'',
            '.' | ',' => ' ',
            c => c,
        };
        out.extend(c.to_uppercase());
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `New Jersey` or `N.J.` or `NJ` -> `NJ`.
pub fn state_code(name: &str) -> Option<&'static str> {
    const STATES: &[(&str, &str)] = &[
        ("AL", "ALABAMA"),
        ("AK", "ALASKA"),
        ("AZ", "ARIZONA"),
        ("AR", "ARKANSAS"),
        ("CA", "CALIFORNIA"),
        ("CO", "COLORADO"),
        ("CT", "CONNECTICUT"),
        ("DE", "DELAWARE"),
        ("FL", "FLORIDA"),
        ("GA", "GEORGIA"),
        ("HI", "HAWAII"),
        ("ID", "IDAHO"),
        ("IL", "ILLINOIS"),
        ("IN", "INDIANA"),
        ("IA", "IOWA"),
        ("KS", "KANSAS"),
        ("KY", "KENTUCKY"),
        ("LA", "LOUISIANA"),
        ("ME", "MAINE"),
        ("MD", "MARYLAND"),
        ("MA", "MASSACHUSETTS"),
        ("MI", "MICHIGAN"),
        ("MN", "MINNESOTA"),
        ("MS", "MISSISSIPPI"),
        ("MO", "MISSOURI"),
        ("MT", "MONTANA"),
        ("NE", "NEBRASKA"),
        ("NV", "NEVADA"),
        ("NH", "NEW HAMPSHIRE"),
        ("NJ", "NEW JERSEY"),
        ("NM", "NEW MEXICO"),
        ("NY", "NEW YORK"),
        ("NC", "NORTH CAROLINA"),
        ("ND", "NORTH DAKOTA"),
        ("OH", "OHIO"),
        ("OK", "OKLAHOMA"),
        ("OR", "OREGON"),
        ("PA", "PENNSYLVANIA"),
        ("RI", "RHODE ISLAND"),
        ("SC", "SOUTH CAROLINA"),
        ("SD", "SOUTH DAKOTA"),
        ("TN", "TENNESSEE"),
        ("TX", "TEXAS"),
        ("UT", "UTAH"),
        ("VT", "VERMONT"),
        ("VA", "VIRGINIA"),
        ("WA", "WASHINGTON"),
        ("WV", "WEST VIRGINIA"),
        ("WI", "WISCONSIN"),
        ("WY", "WYOMING"),
        ("DC", "DISTRICT OF COLUMBIA"),
        ("PR", "PUERTO RICO"),
        ("GU", "GUAM"),
        ("VI", "VIRGIN ISLANDS"),
        ("AS", "AMERICAN SAMOA"),
        ("MP", "NORTHERN MARIANA ISLANDS"),
    ];
    let f = fold(name);
    let compact: String = f.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    STATES
        .iter()
        .find(|(code, full)| f == *full || compact == *code || compact == full.replace(' ', ""))
        .map(|(code, _)| *code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_and_states() {
        assert_eq!(fold("Díaz-Balart"), "DIAZ-BALART");
        assert_eq!(fold("McHENRY"), fold("McHenry"));
        assert_eq!(state_code("New Jersey"), Some("NJ"));
        assert_eq!(state_code("N.J."), Some("NJ"));
        assert_eq!(state_code("Iowa"), Some("IA"));
        assert_eq!(state_code("Narnia"), None);
    }

    #[test]
    fn periods() {
        assert_eq!(Period::of("2005-07-20").unwrap().last, "2005-07-20");
        assert_eq!(
            Period::of("2005").unwrap(),
            Period { first: "2005-01-01".into(), last: "2005-12-31".into() }
        );
        assert_eq!(Period::of("July 2005"), None);
    }

    #[test]
    fn bad_files_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("broken.yaml");
        std::fs::write(&p, "- id: [unclosed\n").unwrap();
        let e = read_yaml(&p).unwrap_err().to_string();
        assert!(e.contains("broken.yaml") && e.contains("not valid YAML"), "{e}");
        let p = dir.path().join("committees.yaml");
        std::fs::write(&p, "SSAF:\n- name: A B\n").unwrap();
        let e = read_yaml(&p).unwrap_err().to_string();
        assert!(e.contains("committees.yaml") && e.contains("not a congress-legislators people file"), "{e}");
        let e = read_yaml(&dir.path().join("missing.yaml")).unwrap_err().to_string();
        assert!(e.contains("missing.yaml"), "{e}");
        let p = dir.path().join("nobody.yaml");
        std::fs::write(&p, "- id: {}\n  name: {last: X}\n  terms: []\n").unwrap();
        let e = read_yaml(&p).unwrap_err().to_string();
        assert!(e.contains("nobody.yaml") && e.contains("lists no one"), "{e}");
    }
}
