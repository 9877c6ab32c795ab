//! `gavel get`: hearings from govinfo (collection CHRG), one more source
//! feeding the same indexing run as a folder does. The listing says what
//! changed since the last run, each new or changed package's MODS record
//! and HTML rendition are written into the corpus folder (`X.htm` beside
//! `X.mods.xml`), and `corpus::ingest` reads them like any other files.

pub mod client;
pub mod collections;
pub mod download;
pub mod record;

use crate::config::GovinfoConfig;
use crate::index::Library;
use crate::model::Chamber;
use crate::workspace::corpus::{self, Input, Report};
use client::{Client, DEMO_KEY, Key};
use collections::Package;
use color_eyre::eyre::{Result, eyre};
use download::State;
use std::path::{Path, PathBuf};

/// Where govinfo is and who is asking.
pub struct Settings {
    pub api_url: String,
    pub content_url: String,
    pub key: Key,
    /// Milliseconds a second of waiting lasts: `GAVEL_GOVINFO_SECOND_MS`,
    /// which tests set to 1 so a `Retry-After: 30` costs nothing.
    pub second_ms: u64,
    /// How long an answer may take to begin: two minutes, or
    /// `GAVEL_GOVINFO_TIMEOUT_MS` (a slow link; tests).
    pub answer_timeout: std::time::Duration,
}

impl Settings {
    /// The environment over the config. The second value is a warning for
    /// the user when there is no key.
    pub fn new(config: &GovinfoConfig, env: impl Fn(&str) -> Option<String>) -> (Settings, Option<String>) {
        let env = |name: &str| env(name).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        let url = |name: &str, configured: &str| {
            env(name).unwrap_or_else(|| configured.trim().to_owned()).trim_end_matches('/').to_owned()
        };
        let key = env("GOVINFO_API_KEY")
            .or_else(|| Some(config.api_key.trim().to_owned()).filter(|k| !k.is_empty()));
        let warning = key.is_none().then(|| {
            "no govinfo API key (GOVINFO_API_KEY, or api_key under [govinfo] in the config); using DEMO_KEY, \
             which allows only a few dozen requests an hour. A key is free: https://www.govinfo.gov/api-signup"
                .to_owned()
        });
        let settings = Settings {
            api_url: url("GAVEL_GOVINFO_API_URL", &config.api_url),
            content_url: url("GAVEL_GOVINFO_CONTENT_URL", &config.content_url),
            key: Key::new(key.unwrap_or_else(|| DEMO_KEY.to_owned())),
            second_ms: env("GAVEL_GOVINFO_SECOND_MS").and_then(|v| v.parse().ok()).unwrap_or(1000),
            answer_timeout: std::time::Duration::from_millis(
                env("GAVEL_GOVINFO_TIMEOUT_MS")
                    .and_then(|v| v.parse().ok())
                    .filter(|&ms| ms > 0)
                    .unwrap_or(120_000),
            ),
        };
        (settings, warning)
    }
}

/// What the user asked `gavel get` for.
#[derive(Debug, Default)]
pub struct Request {
    pub congress: Option<u16>,
    pub chamber: Option<Chamber>,
    /// Matched (ignoring case) within the MODS committee or subcommittee.
    pub committee: Option<String>,
    /// `2024-01-01` or `2024-01-01T00:00:00Z`; none: from the last listing
    /// read to its end with the same filters (less two days, for packages
    /// posted late), or from the start of the collection.
    pub since: Option<String>,
    pub packages: Vec<String>,
    pub dry_run: bool,
    pub no_index: bool,
    /// The Congressional Record (CREC) instead of hearings.
    pub record: bool,
}

/// What a run did.
#[derive(Debug, Default)]
pub struct Summary {
    pub listed: usize,
    /// Listed but not of the congress, chamber or committee asked for.
    pub filtered: usize,
    pub unchanged: usize,
    /// Known from an earlier run to have no HTML text, and not changed since.
    pub without_text: usize,
    /// Written this run (or, with `--dry-run`, that would be): id, title.
    pub fetched: Vec<(String, String)>,
    pub failed: Vec<(String, String)>,
    pub folder: PathBuf,
    pub index: Option<Report>,
}

/// The first listing starts here: govinfo republished the whole collection
/// since, so every package has a later `lastModified`.
const BEGINNING: &str = "1990-01-01T00:00:00Z";
/// Save what was fetched this often, so a run stopped midway keeps it.
const SAVE_EVERY: usize = 20;
/// Packages fetched at once.
const WORKERS: usize = 3;

/// One `gavel get` run. `say` hears one line per package and every wait;
/// `bar` is told the packages to fetch and each one done.
pub fn get(
    settings: &Settings,
    state_file: &Path,
    folder: &Path,
    lib: Option<&Library>,
    req: &Request,
    say: &(dyn Fn(&str) + Sync),
    bar: &mut dyn FnMut(Bar),
) -> Result<Summary> {
    let mut state = State::load(state_file).map_err(|e| eyre!(e))?;
    let client = Client::new(settings.key.clone(), settings.second_ms, settings.answer_timeout, say);
    if !req.dry_run {
        download::remove_leftovers(folder);
    }
    let mut summary = Summary { folder: folder.to_owned(), ..Summary::default() };
    let filters = filter_key(req);
    if req.record && req.committee.is_some() {
        return Err(eyre!("--committee is for hearings; the Record's days are not of one committee"));
    }
    let collection = if req.record { record::COLLECTION } else { "CHRG" };
    let since = match &req.since {
        Some(s) => Some(since_arg(s)?),
        None => None,
    };

    // What to consider: the packages named, or a listing.
    let mut candidates: Vec<Package> = Vec::new();
    let mut asked = req.packages.clone();
    asked.sort();
    asked.dedup();
    let mut newest: Option<String> = None;
    if req.packages.is_empty() {
        let from = since.clone().unwrap_or_else(|| {
            state.listed_to.get(&filters).map(|t| two_days_before(t)).unwrap_or_else(|| BEGINNING.to_owned())
        });
        say(&format!("listing hearings modified since {from}"));
        let mut pages = 0;
        let listing = collections::list(
            &client,
            &settings.api_url,
            collection,
            &from,
            req.congress,
            req.chamber,
            &mut |so_far, all| {
                // A first listing runs to dozens of pages: say how far it is.
                pages += 1;
                if pages % 5 == 0 {
                    let of = all.map(|n| format!(" of {n}")).unwrap_or_default();
                    say(&format!("listed {so_far}{of} so far"));
                }
            },
        )?;
        summary.listed = listing.len();
        newest = listing.iter().map(|p| p.last_modified.clone()).max();
        candidates = listing;
        // Failures of earlier runs are tried again, listed or not.
        for (id, last_modified) in &state.failed {
            // Only this run's collection: a failed hearing is not a Record day.
            if id.starts_with(&format!("{collection}-")) && !candidates.iter().any(|p| &p.id == id) {
                let (congress, chamber) = collections::from_id(id);
                candidates.push(Package {
                    id: id.clone(),
                    last_modified: last_modified.clone(),
                    title: String::new(),
                    chamber,
                    congress,
                });
            }
        }
    } else {
        for id in &asked {
            match download::check_id(id)
                .map_err(|e| e.to_string())
                .and_then(|_| collections::summary(&client, &settings.api_url, id).map_err(|e| e.to_string()))
            {
                Ok(p) => candidates.push(p),
                Err(e) => summary.failed.push((id.clone(), e)),
            }
        }
        summary.listed = candidates.len();
    }
    let before = candidates.len();
    candidates.retain(|p| {
        req.congress.is_none_or(|c| p.congress == Some(c))
            && (req.record || req.chamber.is_none_or(|c| p.chamber == Some(c)))
    });
    summary.filtered = before - candidates.len();
    let named = !req.packages.is_empty();
    let (current, todo): (Vec<Package>, Vec<Package>) =
        candidates.into_iter().partition(|p| state.is_current(p) || (!named && state.is_unavailable(p)));
    summary.without_text = current.iter().filter(|p| !state.is_current(p)).count();
    summary.unchanged = current.len() - summary.without_text;

    bar(Bar::Start(todo.len()));
    let mut since_save = 0;
    // A few at a time: well under govinfo's 40 requests a second, and a
    // slow rendition does not hold up the rest. The workers only fetch and
    // write; this thread keeps the state, the summary and the bar.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let stop = std::sync::atomic::AtomicBool::new(false);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::scope(|scope| -> Result<()> {
        let (next, stop, client, todo) = (&next, &stop, &client, &todo);
        for _ in 0..WORKERS.min(todo.len()) {
            let tx = tx.clone();
            scope.spawn(move || {
                use std::sync::atomic::Ordering::SeqCst;
                while !stop.load(SeqCst) {
                    let i = next.fetch_add(1, SeqCst);
                    let Some(p) = todo.get(i) else { break };
                    if tx.send((i, bring(client, settings, folder, p, req))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let result = (|| {
            for (i, result) in rx {
                let p = &todo[i];
                match result {
                    Ok(Brought::Filtered) => summary.filtered += 1,
                    Ok(Brought::WouldFetch) => summary.fetched.push((p.id.clone(), p.title.clone())),
                    Ok(Brought::Written(file, title)) => {
                        say(&format!("fetched {} {}", p.id, title));
                        state.failed.remove(&p.id);
                        state.unavailable.remove(&p.id);
                        state.packages.insert(
                            p.id.clone(),
                            download::Fetched {
                                last_modified: p.last_modified.clone(),
                                file,
                                indexed: false,
                            },
                        );
                        summary.fetched.push((p.id.clone(), title));
                        since_save += 1;
                    }
                    Err(e) => {
                        let why = e.to_string();
                        say(&format!("FAILED {}: {why}", p.id));
                        if !req.dry_run {
                            if e.is_lasting() {
                                state.failed.remove(&p.id);
                                state.unavailable.insert(p.id.clone(), p.last_modified.clone());
                            } else {
                                state.failed.insert(p.id.clone(), p.last_modified.clone());
                            }
                            since_save += 1;
                        }
                        summary.failed.push((p.id.clone(), why));
                    }
                }
                bar(Bar::Done(p.id.clone()));
                if since_save >= SAVE_EVERY {
                    state.save(state_file)?;
                    since_save = 0;
                }
            }
            Ok(())
        })();
        // A state file that cannot be written stops the workers too.
        stop.store(true, std::sync::atomic::Ordering::SeqCst);
        result
    })?;
    summary.fetched.sort();
    summary.failed.sort();
    bar(Bar::Finish);
    if req.dry_run {
        return Ok(summary);
    }
    // The listing was read to its end: the next run starts from it. Not
    // after an explicit --since, which may have skipped earlier changes.
    if req.since.is_none()
        && req.packages.is_empty()
        && let Some(newest) = newest
        && state.listed_to.get(&filters).is_none_or(|old| *old < newest)
    {
        state.listed_to.insert(filters, newest);
    }
    state.save(state_file)?;

    if let Some(lib) = lib.filter(|_| !req.no_index) {
        summary.index = Some(index_pending(lib, &mut state, state_file)?);
    }
    Ok(summary)
}

/// Indexes every fetched file no indexing run has read yet (this run's, and
/// those of a run stopped before it indexed), then marks them read.
fn index_pending(lib: &Library, state: &mut State, state_file: &Path) -> Result<Report> {
    let pending: Vec<(String, PathBuf)> = state
        .packages
        .iter()
        .filter(|(_, f)| !f.indexed && f.file.exists())
        .map(|(id, f)| (id.clone(), f.file.clone()))
        .collect();
    // A hearing is a file; a day of the Record a folder of granules.
    let inputs_of = |f: &PathBuf| {
        if f.is_dir() { corpus::discover(std::slice::from_ref(f)).0 } else { vec![Input::File(f.clone())] }
    };
    let inputs: Vec<Input> = pending.iter().flat_map(|(_, f)| inputs_of(f)).collect();
    let tty = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let report = corpus::ingest(lib, &inputs, false, &mut crate::workspace::progress::printer(tty))?;
    for (id, file) in &pending {
        let sources: Vec<String> = inputs_of(file).iter().map(Input::source).collect();
        if !report.failed.iter().any(|(s, _)| sources.contains(s))
            && let Some(f) = state.packages.get_mut(id)
        {
            f.indexed = true;
        }
    }
    state.save(state_file)?;
    Ok(report)
}

/// Progress for a bar: how many packages to fetch, each one done, the end.
pub enum Bar {
    Start(usize),
    Done(String),
    Finish,
}

enum Brought {
    Written(PathBuf, String),
    /// Not of the committee asked for (known only from its record).
    Filtered,
    WouldFetch,
}

fn bring(
    client: &Client<'_>,
    settings: &Settings,
    folder: &Path,
    p: &Package,
    req: &Request,
) -> Result<Brought, download::PackageError> {
    download::check_id(&p.id)?;
    if req.dry_run && req.committee.is_none() {
        return Ok(Brought::WouldFetch);
    }
    if req.record {
        let (day, title) = record::bring(client, &settings.content_url, folder, p, req.chamber)?;
        return Ok(Brought::Written(day, title));
    }
    let (mods_bytes, mods) = download::fetch_mods(client, &settings.content_url, &p.id)?;
    if let Some(wanted) = &req.committee {
        let wanted = wanted.to_lowercase();
        let names = [&mods.committee, &mods.subcommittee];
        if !names.iter().any(|n| n.as_deref().is_some_and(|n| n.to_lowercase().contains(&wanted))) {
            return Ok(Brought::Filtered);
        }
    }
    if req.dry_run {
        return Ok(Brought::WouldFetch);
    }
    let html = download::fetch_html(client, &settings.content_url, &p.id)?;
    let file = download::write(folder, &p.id, &mods_bytes, &html)?;
    let title = mods.title.clone().unwrap_or_else(|| p.title.clone());
    Ok(Brought::Written(file, title))
}

/// The filters a listing's high-water mark belongs to: a listing narrowed
/// to one congress says nothing of another's packages.
fn filter_key(req: &Request) -> String {
    let mut key = Vec::new();
    if req.record {
        key.push("record".to_owned());
    }
    if let Some(c) = req.congress {
        key.push(format!("congress={c}"));
    }
    if let Some(c) = req.chamber {
        key.push(format!("chamber={}", c.as_str()));
    }
    if let Some(c) = &req.committee {
        key.push(format!("committee={}", c.to_lowercase()));
    }
    if key.is_empty() { "all".to_owned() } else { key.join(" ") }
}

/// `2024-01-05` or `2024-01-05T10:00:00Z` as the listing wants it.
pub fn since_arg(s: &str) -> Result<String> {
    let s = s.trim();
    let date = s.get(..10).filter(|d| is_date(d));
    match date {
        Some(d) if s.len() == 10 => Ok(format!("{d}T00:00:00Z")),
        Some(_) if s.len() == 20 && is_time(&s[10..]) => Ok(s.to_owned()),
        _ => Err(eyre!("--since {s:?}: expected a date such as 2024-01-05 or 2024-01-05T10:00:00Z")),
    }
}

fn is_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9].iter().all(|&i| b[i].is_ascii_digit())
        && (1..=12).contains(&d[5..7].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&d[8..10].parse::<u32>().unwrap_or(0))
}

/// `T10:00:00Z`
fn is_time(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() == 10
        && b[0] == b'T'
        && b[3] == b':'
        && b[6] == b':'
        && b[9] == b'Z'
        && [1, 2, 4, 5, 7, 8].iter().all(|&i| b[i].is_ascii_digit())
}

/// A listing starts two days before the last one's newest package: one
/// posted with an earlier `lastModified` after that listing is still found.
fn two_days_before(timestamp: &str) -> String {
    let Some(d) = timestamp.get(..10).filter(|d| is_date(d)) else { return BEGINNING.to_owned() };
    let (y, m, day) =
        (d[..4].parse::<i64>().unwrap_or(1990), d[5..7].parse().unwrap_or(1), d[8..10].parse().unwrap_or(1));
    let (y, m, day) = civil_from_days(days_from_civil(y, m, day) - 2);
    format!("{y:04}-{m:02}-{day:02}T00:00:00Z")
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_dates_are_checked_and_listings_overlap_by_two_days() {
        assert_eq!(since_arg("2024-01-05").unwrap(), "2024-01-05T00:00:00Z");
        assert_eq!(since_arg("2024-01-05T10:00:00Z").unwrap(), "2024-01-05T10:00:00Z");
        for bad in ["yesterday", "2024-13-01", "2024-1-5", "2024-01-05T10:00", ""] {
            assert!(since_arg(bad).is_err(), "{bad}");
        }
        assert_eq!(two_days_before("2024-03-01T13:39:39Z"), "2024-02-28T00:00:00Z");
        assert_eq!(two_days_before("2024-01-01T00:00:00Z"), "2023-12-30T00:00:00Z");
        assert_eq!(two_days_before("garbage"), BEGINNING);
    }

    #[test]
    fn the_key_comes_from_the_environment_before_the_config_and_demo_key_is_said() {
        let config = GovinfoConfig {
            api_key: "from-config".into(),
            api_url: "https://api.govinfo.gov/".into(),
            content_url: "https://www.govinfo.gov".into(),
        };
        let (s, warning) = Settings::new(&config, |_| None);
        assert_eq!(format!("{:?}", s.key), "Key(…)");
        // A config printed for debugging does not show it either.
        assert!(!format!("{config:?}").contains("from-config"));
        assert!(warning.is_none());
        assert_eq!(s.api_url, "https://api.govinfo.gov");
        let empty = GovinfoConfig { api_key: " ".into(), ..config };
        let (s, warning) = Settings::new(&empty, |_| None);
        assert!(s.key.is_demo());
        assert!(warning.unwrap().contains("DEMO_KEY"));
        let (s, _) =
            Settings::new(&empty, |n| (n == "GAVEL_GOVINFO_API_URL").then(|| "http://127.0.0.1:9".into()));
        assert_eq!(s.api_url, "http://127.0.0.1:9");
    }
}
