//! `gavel get --record`: the Congressional Record (collection CREC). A
//! package is a day's issue; each speech, debate or insertion in it is a
//! granule with its own page and its own MODS record, which names the
//! members speaking (`congMember role="SPEAKING"`, bioguide id included).
//! Each granule is written as `CREC-…/{granule}.htm` beside its
//! `.mods.xml`, and read by the same indexing run as hearings.

use super::client::Client;
use super::collections::Package;
use super::download::{self, PackageError, check_id};
use crate::model::Chamber;
use crate::parse::mods::Granule;
use std::path::{Path, PathBuf};

pub const COLLECTION: &str = "CREC";

/// The granules that hold speech, of the chamber asked for: the two floors
/// and the Extensions of Remarks (House members' insertions). The Daily
/// Digest only summarises.
fn wanted(g: &Granule, chamber: Option<Chamber>) -> bool {
    let of = match g.class.as_str() {
        "SENATE" => Chamber::Senate,
        "HOUSE" | "EXTENSIONS" => Chamber::House,
        _ => return false,
    };
    chamber.is_none_or(|c| c == of)
}

/// Brings in one day: its granules' pages and records, into `folder/{id}/`.
/// Any granule failing fails the day (named with the granule), which the
/// next run then fetches again whole.
pub fn bring(
    client: &Client<'_>,
    content_url: &str,
    folder: &Path,
    p: &Package,
    chamber: Option<Chamber>,
) -> Result<(PathBuf, String), PackageError> {
    check_id(&p.id)?;
    let url = format!("{content_url}/metadata/pkg/{}/mods.xml", p.id);
    let fetched = client.content(&url)?;
    let text =
        std::str::from_utf8(&fetched.body).map_err(|e| PackageError::Mods(format!("not UTF-8: {e}")))?;
    let granules = crate::parse::mods::granules(text).map_err(|e| PackageError::Mods(e.to_string()))?;
    let day = folder.join(&p.id);
    std::fs::create_dir_all(&day).map_err(|e| PackageError::Write(format!("{}: {e}", day.display())))?;
    let mut written = 0;
    for g in granules.iter().filter(|g| wanted(g, chamber)) {
        let in_granule = |e: PackageError| PackageError::Granule(g.id.clone(), Box::new(e));
        check_id(&g.id).map_err(in_granule)?;
        let mods_url = format!("{content_url}/metadata/granule/{}/{}/mods.xml", p.id, g.id);
        let (mods, _) = download::fetch_mods_at(client, &mods_url, &g.id).map_err(in_granule)?;
        let html_url = format!("{content_url}/content/pkg/{}/html/{}.htm", p.id, g.id);
        let html = download::fetch_html_at(client, &html_url).map_err(in_granule)?;
        download::write(&day, &g.id, &mods, &html).map_err(in_granule)?;
        written += 1;
    }
    let title = format!("Congressional Record, {}: {written} granule(s)", p.id.trim_start_matches("CREC-"));
    Ok((std::fs::canonicalize(&day).unwrap_or(day), title))
}
