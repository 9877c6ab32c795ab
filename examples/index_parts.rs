//! What an index's parts weigh, by layout (issue #19):
//! `cargo run --release --example index_parts -- (compact|schema4) OUT_DIR FOLDER...`
//! indexes the folders' files into OUT_DIR (emptied first) with the layout
//! asked and prints the bytes of the segment files by extension (`.store`,
//! `.idx`, `.pos`, `.term`, `.fast`, `.fieldnorm`), the total against the
//! files' bytes, and the indexing time.
use gavel::index::Library;
use gavel::index::schema::Layout;
use gavel::workspace::corpus::{Input, discover};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let layout = match args.first().map(String::as_str) {
        Some("schema4") => Layout::Schema4,
        Some("compact") => Layout::Compact,
        _ => return eprintln!("usage: index_parts (compact|schema4) OUT_DIR FOLDER..."),
    };
    let out = Path::new(&args[1]);
    let _ = std::fs::remove_dir_all(out);
    let folders: Vec<PathBuf> = args[2..].iter().map(PathBuf::from).collect();
    let (inputs, _) = discover(&folders);
    let lib = Library::create_layout(out, layout).unwrap();
    let start = std::time::Instant::now();
    let mut indexer = lib.indexer().unwrap();
    let mut bytes = 0u64;
    for input in &inputs {
        let Input::File(path) = input else { continue };
        let data = std::fs::read(path).unwrap();
        bytes += data.len() as u64;
        let _ = indexer.add(&path.to_string_lossy(), data.into());
    }
    indexer.commit().unwrap();
    let took = start.elapsed();
    let mut parts: BTreeMap<String, u64> = BTreeMap::new();
    for entry in std::fs::read_dir(out).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        let ext = name.rsplit_once('.').map_or("(none)".to_owned(), |(_, e)| e.to_owned());
        *parts.entry(ext).or_default() += entry.metadata().unwrap().len();
    }
    let total: u64 = parts.values().sum();
    for (ext, n) in &parts {
        println!("{ext:>10} {:>8.2} MB", *n as f64 / 1e6);
    }
    println!(
        "{:>10} {:>8.2} MB = {:.0}% of {:.2} MB in {} files; indexed in {:.2} s",
        "total",
        total as f64 / 1e6,
        total as f64 * 100.0 / bytes as f64,
        bytes as f64 / 1e6,
        inputs.len(),
        took.as_secs_f64()
    );
}
