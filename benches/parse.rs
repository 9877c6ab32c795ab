//! Parse throughput: `cargo bench --bench parse`. Reads the GPO hearings of
//! ../shared/corpus when present (the figures in docs/PERFORMANCE.md), else
//! the bundled samples.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::path::Path;

fn inputs() -> (String, Vec<(String, Vec<u8>)>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/gpo-hearings");
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut files: Vec<(String, Vec<u8>)> = entries
            .filter_map(|e| e.ok())
            .map(|e| (e.path().display().to_string(), std::fs::read(e.path()).unwrap()))
            .collect();
        files.sort();
        if !files.is_empty() {
            return ("gpo-hearings".into(), files);
        }
    }
    let files = gavel::samples::BUNDLED.iter().map(|b| (b.name.to_owned(), b.bytes.to_vec())).collect();
    ("bundled".into(), files)
}

fn parse(c: &mut Criterion) {
    let (name, files) = inputs();
    let bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function(&name, |b| {
        b.iter(|| {
            let mut turns = 0;
            for (source, data) in &files {
                turns += gavel::speakers::read(data, source, None).map(|(t, _)| t.turns.len()).unwrap_or(0);
            }
            turns
        })
    });
    group.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
