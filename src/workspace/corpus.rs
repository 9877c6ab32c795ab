//! Which files to read: the bundled samples, or files and folders the user
//! names; and the indexing run over them, with progress for the caller.

use crate::index::writer::{AddError, Outcome};
use crate::index::{IndexError, Library};
use crate::parse::mods::Mods;
use crate::samples::{BUNDLED, BUNDLED_PREFIX, Bundled, bundled_source};
use std::path::{Path, PathBuf};

/// Extensions picked up when walking a folder; a file named explicitly is
/// always read, whatever its name.
pub const TRANSCRIPT_EXTENSIONS: &[&str] = &["txt", "htm", "html", "text", "vtt", "srt"];

pub enum Input {
    Bundled(&'static Bundled),
    File(PathBuf),
}

impl Input {
    /// The source string stored with every turn.
    pub fn source(&self) -> String {
        match self {
            Input::Bundled(b) => format!("{BUNDLED_PREFIX}{}", b.name),
            Input::File(p) => p.display().to_string(),
        }
    }

    /// The input a stored `source` names, to read it again: a bundled
    /// sample from the bytes compiled in, a file from disk. None when it is
    /// gone (deleted or moved, or a sample this gavel no longer bundles).
    pub fn from_source(source: &str) -> Option<Input> {
        if source.starts_with(BUNDLED_PREFIX) {
            return bundled_source(source).map(Input::Bundled);
        }
        let path = PathBuf::from(source);
        path.is_file().then_some(Input::File(path))
    }

    /// The MODS record beside a hearing file (`X.htm` + `X.mods.xml`),
    /// read, with the hash of its bytes; an error says why it was not used.
    pub fn mods(&self) -> Option<Result<(Mods, String), String>> {
        let Input::File(path) = self else { return None };
        let sidecar = mods_sidecar(path);
        let bytes = match std::fs::read(&sidecar) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
            Err(e) => return Some(Err(format!("its MODS record {} was not read: {e}", sidecar.display()))),
            Ok(b) => b,
        };
        let hash = blake3::hash(&bytes).to_hex().to_string();
        let parsed = std::str::from_utf8(&bytes).map_err(|e| e.to_string()).and_then(|text| {
            // A Record day's package record beside one of its pages
            // names that page's speakers in the page's granule.
            let stem = path.file_stem().and_then(|s| s.to_str());
            crate::parse::mods::parse_for(text, stem).map_err(|e| e.to_string())
        });
        Some(match parsed {
            Ok(record) => Ok((record, hash)),
            Err(e) => Err(format!("its MODS record {} was not used: {e}", sidecar.display())),
        })
    }

    fn read(&self) -> std::io::Result<std::borrow::Cow<'static, [u8]>> {
        match self {
            Input::Bundled(b) => Ok(std::borrow::Cow::Borrowed(b.bytes)),
            Input::File(p) => std::fs::read(p).map(std::borrow::Cow::Owned),
        }
    }
}

/// Where a hearing file's MODS record sits: `X.htm` -> `X.mods.xml`.
pub fn mods_sidecar(path: &Path) -> PathBuf {
    path.with_extension("mods.xml")
}

pub fn bundled_inputs() -> Vec<Input> {
    BUNDLED.iter().map(Input::Bundled).collect()
}

/// Files a folder walk passed over, by why: said in the summary, since a
/// folder of PDFs indexed as "0 files" would otherwise look like a bug.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Skipped {
    pub pdf: usize,
    /// Other extensions (`.md`, `.docx`), with up to three examples.
    pub other: usize,
    pub other_examples: Vec<String>,
    /// Names starting with a dot.
    pub hidden: usize,
}

impl Skipped {
    pub fn is_empty(&self) -> bool {
        self.pdf + self.other + self.hidden == 0
    }
}

/// Expands files and folders (recursively) into inputs. Problems with one
/// path (missing, unreadable, a symlink loop) are returned, not fatal.
pub fn discover(paths: &[PathBuf]) -> (Vec<Input>, Vec<(String, String)>) {
    let (inputs, problems, _) = discover_counting(paths);
    (inputs, problems)
}

/// `discover`, also counting the files a folder walk passed over.
pub fn discover_counting(paths: &[PathBuf]) -> (Vec<Input>, Vec<(String, String)>, Skipped) {
    let mut skipped = Skipped::default();
    let mut inputs = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        if path.is_file() {
            inputs.push(Input::File(absolute(path)));
            continue;
        }
        if !path.exists() {
            problems.push((path.display().to_string(), "no such file or folder".to_owned()));
            continue;
        }
        let mut files: Vec<PathBuf> = Vec::new();
        for entry in walkdir::WalkDir::new(path).follow_links(true) {
            match entry {
                Ok(e) if e.file_type().is_file() => {
                    let p = e.path();
                    let ext = p.extension().and_then(|x| x.to_str()).unwrap_or("").to_ascii_lowercase();
                    let wanted = TRANSCRIPT_EXTENSIONS.contains(&ext.as_str());
                    let hidden = p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
                    if hidden {
                        skipped.hidden += 1;
                    } else if wanted {
                        files.push(absolute(p));
                    } else if p.to_string_lossy().ends_with(".mods.xml") {
                        // A hearing's MODS record: read with the hearing
                        // (`Input::mods`), not passed over.
                    } else if ext == "pdf" {
                        skipped.pdf += 1;
                    } else {
                        skipped.other += 1;
                        if skipped.other_examples.len() < 3 {
                            skipped.other_examples.push(p.display().to_string());
                        }
                    }
                }
                Ok(_) => {}
                Err(e) => problems.push((
                    e.path().map_or_else(|| path.display().to_string(), |p| p.display().to_string()),
                    walk_error(&e),
                )),
            }
        }
        files.sort();
        inputs.extend(files.into_iter().map(Input::File));
    }
    (inputs, problems, skipped)
}

fn absolute(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_owned())
}

/// What happened to one input, for progress lines.
pub enum FileOutcome<'a> {
    Indexed { turns: usize, warnings: &'a [String] },
    Unchanged,
    Failed(&'a str),
}

pub struct Progress<'a> {
    pub done: usize,
    pub total: usize,
    pub bytes: u64,
    pub source: &'a str,
    pub outcome: FileOutcome<'a>,
}

#[derive(Debug, Default)]
pub struct Report {
    pub indexed: usize,
    pub unchanged: usize,
    pub turns: usize,
    /// Bytes read (all files) and bytes parsed and indexed (new or changed ones).
    pub bytes: u64,
    pub indexed_bytes: u64,
    pub pruned: Vec<String>,
    pub failed: Vec<(String, String)>,
    /// Files an index of another gavel version held that are no longer
    /// there to index again; not failures, since nothing asked for them.
    pub gone: Vec<String>,
    /// Indexed, but with something the user should know: (source, warning).
    pub warnings: Vec<(String, String)>,
}

/// Commit this often, so a long run killed midway keeps most of its work.
const COMMIT_EVERY_BYTES: u64 = 256 * 1024 * 1024;

/// Indexes `inputs`; with `prune`, hearings whose source is not among them
/// and no longer exists are removed. One bad file never stops the run.
pub fn ingest(
    lib: &Library,
    inputs: &[Input],
    prune: bool,
    progress: &mut dyn FnMut(Progress),
) -> Result<Report, IndexError> {
    let mut report = Report::default();
    let mut indexer = lib.indexer()?;
    let mut since_commit = 0;
    for (i, input) in inputs.iter().enumerate() {
        let source = input.source();
        let mut size = 0;
        let result = match input.read() {
            Err(e) => Err(read_error(&e)),
            Ok(bytes) => {
                size = bytes.len() as u64;
                report.bytes += size;
                let record = match input.mods() {
                    Some(Ok(record)) => Some(record),
                    // The hearing is still worth indexing from its own
                    // front matter; the user is told the record was not used.
                    Some(Err(why)) => {
                        report.warnings.push((source.clone(), why));
                        None
                    }
                    None => None,
                };
                match indexer.add_with(&source, bytes, record.as_ref().map(|(m, h)| (m, h.as_str()))) {
                    Ok(outcome) => Ok(outcome),
                    Err(AddError::Parse(p)) => Err(p.to_string()),
                    // The index, not the file, failed (a full disk): every
                    // later file would fail alike, so stop, leaving the last
                    // commit as it was.
                    Err(AddError::Index(t)) => return Err(indexer.abandon(t)),
                }
            }
        };
        if matches!(result, Ok(Outcome::Indexed { .. })) {
            report.indexed_bytes += size;
            since_commit += size;
        }
        let outcome = match &result {
            Ok(Outcome::Indexed { turns, warnings, .. }) => {
                report.indexed += 1;
                report.turns += turns;
                report.warnings.extend(warnings.iter().map(|w| (source.clone(), w.clone())));
                FileOutcome::Indexed { turns: *turns, warnings }
            }
            Ok(Outcome::Unchanged) => {
                report.unchanged += 1;
                FileOutcome::Unchanged
            }
            Err(e) => FileOutcome::Failed(e),
        };
        progress(Progress {
            done: i + 1,
            total: inputs.len(),
            bytes: report.bytes,
            source: &source,
            outcome,
        });
        if let Err(e) = result {
            report.failed.push((source, e));
        }
        if since_commit >= COMMIT_EVERY_BYTES {
            indexer.checkpoint()?;
            since_commit = 0;
        }
    }
    if prune {
        let sources: std::collections::HashSet<String> = inputs.iter().map(Input::source).collect();
        report.pruned = indexer
            .prune(|s| sources.contains(s) || (!s.starts_with(BUNDLED_PREFIX) && Path::new(s).exists()));
    }
    indexer.commit()?;
    Ok(report)
}

/// walkdir's messages name the operation ("IO error for operation on …");
/// these say what is wrong with the entry.
fn walk_error(e: &walkdir::Error) -> String {
    if let Some(ancestor) = e.loop_ancestor() {
        return format!("a symlink loop (it points back to {}); not followed", ancestor.display());
    }
    match e.io_error() {
        Some(io) if io.kind() == std::io::ErrorKind::NotFound => {
            "the file is gone (a broken symlink, or deleted while the folder was read)".to_owned()
        }
        Some(io) if io.kind() == std::io::ErrorKind::PermissionDenied => {
            format!("no permission to read it: {io}")
        }
        Some(io) => format!("cannot read it: {io}"),
        None => e.to_string(),
    }
}

/// Why a listed file could not be read, in words: a file can vanish or lose
/// its permissions between the folder walk and the read.
fn read_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => {
            format!("the file is gone (deleted or moved since it was listed): {e}")
        }
        std::io::ErrorKind::PermissionDenied => format!("no permission to read the file: {e}"),
        _ => format!("cannot read the file: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_is_bundled() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("transcripts");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n != "README.md")
            .collect();
        on_disk.sort();
        let mut bundled: Vec<String> = BUNDLED.iter().map(|b| b.name.to_owned()).collect();
        bundled.sort();
        assert_eq!(on_disk, bundled);
        assert!(bundled.len() >= 5);
    }
}
