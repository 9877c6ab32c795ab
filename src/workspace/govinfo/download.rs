//! One package brought in: its MODS record and HTML rendition from the
//! content host, each checked for what govinfo answers instead of a hearing
//! (an error page with status 200, a PDF-only placeholder, a cut-off body,
//! a record that is not XML), then written under a temporary name and
//! renamed, so a run stopped at any point leaves no partial file.

use super::client::{Client, FetchError};
use super::collections::Package;
use crate::parse::mods::Mods;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What earlier runs fetched; `govinfo.json` in the data folder.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct State {
    /// Per filter set (`congress=118 chamber=senate`): the newest
    /// `lastModified` of a listing read to its end.
    #[serde(default)]
    pub listed_to: BTreeMap<String, String>,
    #[serde(default)]
    pub packages: BTreeMap<String, Fetched>,
    /// Packages that failed, with the `lastModified` they were listed with:
    /// tried again on the next run even when no listing brings them back.
    #[serde(default)]
    pub failed: BTreeMap<String, String>,
    /// Packages with no HTML text (PDF only, or no rendition at all) as of
    /// the `lastModified` given: not asked for again until that changes
    /// (or they are named with `--package`), so a cron job's run is not a
    /// failure every day for the same PDF-only hearing.
    #[serde(default)]
    pub unavailable: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Fetched {
    pub last_modified: String,
    /// The file written (the hearing; its record sits beside it), or for
    /// a day of the Congressional Record the folder of its granules.
    pub file: PathBuf,
    /// False until an indexing run has read the file, so a run stopped
    /// after downloading indexes it next time.
    pub indexed: bool,
}

impl State {
    pub fn load(path: &Path) -> Result<State, String> {
        match std::fs::read(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(State::default()),
            Err(e) => Err(format!("cannot read {}: {e}", path.display())),
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
                format!("{} is damaged ({e}); remove it to fetch everything again", path.display())
            }),
        }
    }

    pub fn save(&self, path: &Path) -> color_eyre::eyre::Result<()> {
        let json = serde_json::to_vec_pretty(self)?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        crate::workspace::files::write_atomically(path, &json, true)
    }

    /// Already here as listed: the same `lastModified`, and the file still
    /// on disk.
    pub fn is_current(&self, p: &Package) -> bool {
        self.packages.get(&p.id).is_some_and(|f| f.last_modified == p.last_modified && f.file.exists())
    }

    /// Known to have no HTML text as listed.
    pub fn is_unavailable(&self, p: &Package) -> bool {
        self.unavailable.get(&p.id).is_some_and(|lm| *lm == p.last_modified)
    }
}

impl PackageError {
    /// govinfo says it has no text of the package, the way it says so for
    /// good: the redirect to its error page, or the PDF-only placeholder. A
    /// page without text otherwise (maintenance, an outage) is tried again.
    pub fn is_lasting(&self) -> bool {
        matches!(self, PackageError::ErrorPage(_) | PackageError::PdfOnly)
    }
}

/// Why one package was not brought in.
#[derive(Debug, thiserror::Error)]
pub enum PackageError {
    #[error(transparent)]
    Fetch(#[from] FetchError),
    #[error("{0:?} is not a govinfo package id")]
    BadId(String),
    #[error("its MODS record: {0}")]
    Mods(String),
    #[error("govinfo has no HTML rendition of it: the content host answered with {0}")]
    ErrorPage(String),
    #[error("its HTML rendition is not a hearing: {0}")]
    NoText(String),
    #[error("govinfo has only a PDF of it (its HTML rendition says [TEXT NOT AVAILABLE REFER TO PDF])")]
    PdfOnly,
    #[error("its HTML rendition is cut off (no closing </pre>, {0} bytes)")]
    Truncated(usize),
    #[error("cannot write it: {0}")]
    Write(String),
    /// A granule of a Congressional Record issue failed.
    #[error("granule {0}: {1}")]
    Granule(String, Box<PackageError>),
}

/// Ids go into URLs and file names: letters, digits and dashes only, so a
/// listing cannot name a path outside the folder.
pub fn check_id(id: &str) -> Result<(), PackageError> {
    let ok = !id.is_empty() && id.len() <= 100 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if ok { Ok(()) } else { Err(PackageError::BadId(id.to_owned())) }
}

/// The record of a package, read and checked to be that package's.
pub fn fetch_mods(client: &Client<'_>, content_url: &str, id: &str) -> Result<(Vec<u8>, Mods), PackageError> {
    check_id(id)?;
    fetch_mods_at(client, &format!("{content_url}/metadata/pkg/{id}/mods.xml"), id)
}

/// The record at `url`, read and checked to be `id`'s (a package's or a
/// granule's).
pub fn fetch_mods_at(client: &Client<'_>, url: &str, id: &str) -> Result<(Vec<u8>, Mods), PackageError> {
    let fetched = client.content(url)?;
    if redirected_to_error(&fetched.final_url) {
        return Err(PackageError::Mods(format!("the content host answered with {}", fetched.final_url)));
    }
    let text =
        std::str::from_utf8(&fetched.body).map_err(|e| PackageError::Mods(format!("not UTF-8: {e}")))?;
    let mods = crate::parse::mods::parse(text).map_err(|e| PackageError::Mods(e.to_string()))?;
    if let Some(other) = mods.package_id.as_deref().filter(|p| *p != id) {
        return Err(PackageError::Mods(format!("it describes {other}, not {id}")));
    }
    Ok((fetched.body, mods))
}

/// The HTML rendition, refused when it is not a hearing's text.
pub fn fetch_html(client: &Client<'_>, content_url: &str, id: &str) -> Result<Vec<u8>, PackageError> {
    check_id(id)?;
    fetch_html_at(client, &format!("{content_url}/content/pkg/{id}/html/{id}.htm"))
}

/// The HTML rendition at `url`, refused when it is not text of the record.
pub fn fetch_html_at(client: &Client<'_>, url: &str) -> Result<Vec<u8>, PackageError> {
    let fetched = client.content(url)?;
    check_html(&fetched.final_url, url, &fetched.body)?;
    Ok(fetched.body)
}

/// A missing rendition answers a redirect to `/error`, which answers 200
/// with a "Page Not Found" page: the final address, the `<pre>` every GPO
/// rendition has, and the PDF-only placeholder tell them apart.
fn check_html(final_url: &str, asked: &str, body: &[u8]) -> Result<(), PackageError> {
    if final_url != asked && (redirected_to_error(final_url) || !final_url.ends_with(".htm")) {
        return Err(PackageError::ErrorPage(format!("{final_url} instead")));
    }
    let text = String::from_utf8_lossy(body);
    let lower = text.to_ascii_lowercase();
    let Some(open) = lower.find("<pre") else {
        return Err(PackageError::NoText("a page without <pre> text (an error page?)".into()));
    };
    let Some(close) = lower.rfind("</pre>") else { return Err(PackageError::Truncated(body.len())) };
    if text.contains("[TEXT NOT AVAILABLE REFER TO PDF]") {
        // The placeholder is a header and that line; a real hearing that
        // prints it for one inserted document has pages of text around it.
        let lines = text[open..close.max(open)].lines().filter(|l| !l.trim().is_empty()).count();
        if lines < 40 {
            return Err(PackageError::PdfOnly);
        }
    }
    Ok(())
}

fn redirected_to_error(final_url: &str) -> bool {
    let path = final_url.split_once("://").map_or(final_url, |(_, rest)| rest);
    let path = path.find('/').map_or("", |i| &path[i..]);
    path == "/error" || path.starts_with("/error?") || path.starts_with("/error/")
}

/// Writes the record, then the hearing, each whole or not at all (the
/// record first: a hearing on disk always has its record beside it).
pub fn write(folder: &Path, id: &str, mods: &[u8], html: &[u8]) -> Result<PathBuf, PackageError> {
    check_id(id)?;
    std::fs::create_dir_all(folder).map_err(|e| PackageError::Write(format!("{}: {e}", folder.display())))?;
    let file = folder.join(format!("{id}.htm"));
    let sidecar = crate::workspace::corpus::mods_sidecar(&file);
    let write = |path: &Path, bytes: &[u8]| {
        write_whole(folder, path, bytes).map_err(|e| PackageError::Write(format!("{}: {e}", path.display())))
    };
    write(&sidecar, mods)?;
    write(&file, html)?;
    // The path the index stores as the hearing's source: absolute, as a
    // folder walk gives it, so a `gavel index` of the same folder later
    // (or from another directory) finds the same hearing, not a second.
    Ok(std::fs::canonicalize(&file).unwrap_or(file))
}

/// Temporary files of a run are named so: hidden (a folder walk skips
/// them), and known, so the next run removes those a killed run left.
const TEMP_PREFIX: &str = ".gavel-get-";

fn write_whole(folder: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut tmp = tempfile::Builder::new().prefix(TEMP_PREFIX).tempfile_in(folder)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Removes what a run stopped mid-write left behind.
pub fn remove_leftovers(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else { return };
    for e in entries.flatten() {
        if e.file_name().to_str().is_some_and(|n| n.starts_with(TEMP_PREFIX)) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_pages_placeholders_and_cut_off_bodies_are_told_apart_from_hearings() {
        let asked = "https://www.govinfo.gov/content/pkg/X/html/X.htm";
        let hearing =
            "<html><body><pre>\n[Senate Hearing]\n   The Chairman. Good morning.\n</pre></body></html>";
        assert!(check_html(asked, asked, hearing.as_bytes()).is_ok());
        let e =
            check_html("https://www.govinfo.gov/error", asked, b"<html>Page Not Found</html>").unwrap_err();
        assert!(matches!(e, PackageError::ErrorPage(_)), "{e}");
        let e = check_html(asked, asked, b"<html><body>Page Not Found</body></html>").unwrap_err();
        assert!(matches!(e, PackageError::NoText(_)) && !e.is_lasting(), "{e}");
        let stub = "<html><pre>\n[Joint Hearing]\n[From the U.S. Government Publishing Office]\n [TEXT NOT AVAILABLE REFER TO PDF]\n</pre></html>";
        assert!(matches!(check_html(asked, asked, stub.as_bytes()), Err(PackageError::PdfOnly)));
        let cut = "<html><pre>\n[Senate Hearing]\n   The Chairman. Good mor";
        assert!(matches!(check_html(asked, asked, cut.as_bytes()), Err(PackageError::Truncated(_))));
    }

    #[test]
    fn ids_that_could_name_other_paths_are_refused() {
        assert!(check_id("CHRG-118shrg56403").is_ok());
        for bad in ["", "../x", "CHRG-1/../../x", "a b", "x.htm"] {
            assert!(check_id(bad).is_err(), "{bad}");
        }
        assert!(redirected_to_error("https://www.govinfo.gov/error"));
        assert!(!redirected_to_error("https://www.govinfo.gov/content/pkg/error/html/error.htm"));
    }
}
