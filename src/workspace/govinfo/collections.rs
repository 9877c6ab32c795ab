//! Which hearings govinfo has: `/collections/CHRG/{since}` page by page
//! (`offsetMark`, following `nextPage` until it is null), and one
//! package's summary for `--package`.

use super::client::{Client, FetchError, redact};
use crate::model::Chamber;
use serde::Deserialize;

/// One package as a listing gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    pub id: String,
    pub last_modified: String,
    pub title: String,
    pub chamber: Option<Chamber>,
    pub congress: Option<u16>,
}

#[derive(Debug, thiserror::Error)]
pub enum ListError {
    #[error(transparent)]
    Fetch(#[from] FetchError),
    #[error("{url}: the answer is not a govinfo listing: {why}")]
    Shape { url: String, why: String },
    #[error("{url}: nextPage points to {next}, outside {base}; not followed with the API key")]
    Elsewhere { url: String, next: String, base: String },
    #[error("{url}: nextPage repeats a page already read; the listing stops here")]
    Loop { url: String },
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Page {
    #[serde(default)]
    next_page: Option<String>,
    #[serde(default)]
    count: Option<usize>,
    packages: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Entry {
    package_id: String,
    last_modified: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    doc_class: Option<String>,
    /// A number in some answers, a string in others (summaries: `"118"`).
    #[serde(default)]
    congress: Option<serde_json::Value>,
}

impl Entry {
    fn package(self) -> Package {
        let (id_congress, id_chamber) = from_id(&self.package_id);
        let congress = match &self.congress {
            Some(serde_json::Value::Number(n)) => n.as_u64().and_then(|n| u16::try_from(n).ok()),
            Some(serde_json::Value::String(s)) => s.parse().ok(),
            _ => None,
        };
        let chamber = match self.doc_class.as_deref().map(str::to_ascii_uppercase).as_deref() {
            Some("HHRG") => Some(Chamber::House),
            Some("SHRG") => Some(Chamber::Senate),
            Some("JHRG") => Some(Chamber::Joint),
            _ => id_chamber,
        };
        Package {
            id: self.package_id,
            last_modified: self.last_modified,
            title: self.title,
            chamber,
            congress: congress.or(id_congress),
        }
    }
}

/// `CHRG-118shrg56403` -> (118, Senate). Ids are otherwise opaque
/// (`-pt1`, `-vol3` suffixes, long legacy numbers).
pub fn from_id(id: &str) -> (Option<u16>, Option<Chamber>) {
    let Some(rest) = id.strip_prefix("CHRG-") else { return (None, None) };
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let chamber = match rest[digits.len()..].get(..4) {
        Some("hhrg") => Some(Chamber::House),
        Some("shrg") => Some(Chamber::Senate),
        Some("jhrg") => Some(Chamber::Joint),
        _ => None,
    };
    (digits.parse().ok(), chamber)
}

/// Every package of `collection` (`CHRG`, `CREC`) modified since `since` (`2024-01-01T00:00:00Z`),
/// narrowed by the service where it can (`congress`, `docClass`); `page`
/// is told, page by page, the packages listed so far and how many the
/// service says there are.
pub fn list(
    client: &Client<'_>,
    api_url: &str,
    collection: &str,
    since: &str,
    congress: Option<u16>,
    chamber: Option<Chamber>,
    page: &mut dyn FnMut(usize, Option<usize>),
) -> Result<Vec<Package>, ListError> {
    let mut url = format!("{api_url}/collections/{collection}/{since}?pageSize=1000&offsetMark=*");
    if let Some(c) = congress {
        url.push_str(&format!("&congress={c}"));
    }
    // Hearings are of one chamber (docClass); a day of the Record is of both.
    if let Some(c) = chamber.filter(|_| collection == "CHRG") {
        let class = match c {
            Chamber::House => "hhrg",
            Chamber::Senate => "shrg",
            Chamber::Joint => "jhrg",
        };
        url.push_str(&format!("&docClass={class}"));
    }
    let mut out = Vec::new();
    let mut seen_pages = std::collections::HashSet::new();
    let mut seen_ids = std::collections::HashSet::new();
    loop {
        if !seen_pages.insert(url.clone()) {
            return Err(ListError::Loop { url: redact(&url) });
        }
        let fetched = client.api(&url)?;
        let parsed: Page = serde_json::from_slice(&fetched.body)
            .map_err(|e| ListError::Shape { url: redact(&url), why: e.to_string() })?;
        // A package modified while the listing is read can come twice.
        out.extend(
            parsed.packages.into_iter().filter(|e| seen_ids.insert(e.package_id.clone())).map(Entry::package),
        );
        page(out.len(), parsed.count);
        match parsed.next_page.filter(|n| !n.is_empty()) {
            None => return Ok(out),
            // nextPage comes back without the key; the client sends it as a
            // header again. Only to the configured host, though.
            Some(next) if same_origin(&next, api_url) => url = next,
            Some(next) => {
                return Err(ListError::Elsewhere {
                    url: redact(&url),
                    next: redact(&next),
                    base: api_url.to_owned(),
                });
            }
        }
    }
}

/// `https://api.govinfo.gov:443/…` is `https://api.govinfo.gov`: scheme,
/// host (case aside) and port (the scheme's own when not written) agree.
fn same_origin(url: &str, base: &str) -> bool {
    fn origin(u: &str) -> Option<(String, String, u16)> {
        let (scheme, rest) = u.split_once("://")?;
        let authority = rest.split(['/', '?', '#']).next()?;
        let scheme = scheme.to_ascii_lowercase();
        let default = if scheme == "https" { 443 } else { 80 };
        let (host, port) = match authority.rsplit_once(':') {
            Some((h, p)) if !h.is_empty() => (h, p.parse().ok()?),
            _ => (authority, default),
        };
        Some((scheme, host.to_ascii_lowercase(), port))
    }
    origin(url).is_some_and(|o| Some(o) == origin(base))
}

/// One package, from its summary: for `--package ID`.
pub fn summary(client: &Client<'_>, api_url: &str, id: &str) -> Result<Package, ListError> {
    let url = format!("{api_url}/packages/{id}/summary");
    let fetched = client.api(&url)?;
    let entry: Entry = serde_json::from_slice(&fetched.body)
        .map_err(|e| ListError::Shape { url: redact(&url), why: e.to_string() })?;
    Ok(entry.package())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_ids_say_congress_and_chamber() {
        assert_eq!(from_id("CHRG-118shrg56403"), (Some(118), Some(Chamber::Senate)));
        assert_eq!(from_id("CHRG-110hhrg32001-vol3"), (Some(110), Some(Chamber::House)));
        assert_eq!(from_id("CHRG-79jhrg79716p11"), (Some(79), Some(Chamber::Joint)));
        assert_eq!(from_id("CREC-2005-07-20"), (None, None));
        assert_eq!(from_id("CHRG-"), (None, None));
    }

    #[test]
    fn next_pages_are_followed_on_the_same_host_only() {
        let base = "https://api.govinfo.gov";
        assert!(same_origin("https://api.govinfo.gov/collections/CHRG/x?offsetMark=A", base));
        assert!(same_origin("https://API.govinfo.gov:443/collections/CHRG/x", base));
        assert!(same_origin("http://127.0.0.1:8080/c", "http://127.0.0.1:8080"));
        assert!(!same_origin("http://api.govinfo.gov/collections", base));
        assert!(!same_origin("https://api.govinfo.gov.evil.example/collections", base));
        assert!(!same_origin("https://evil.example/?u=https://api.govinfo.gov", base));
        assert!(!same_origin("http://127.0.0.1:8081/c", "http://127.0.0.1:8080"));
        assert!(!same_origin("garbage", base));
    }
}
