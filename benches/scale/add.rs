//! Adding to a big index (issue #19): 50 new hearings, what a `gavel get`
//! brings, indexed by `gavel index NEW_DIR` into the bench's data dir, end to
//! end, while this process keeps asking the query mix on the index it has
//! open (searching during the run), then once more after it (with the new
//! segment, and whatever the merge policy did).

use super::{Query, ms, percentile, run_measured};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

pub const NEW_HEARINGS: usize = 50;

pub struct Added {
    pub time: Duration,
    pub rss_kib: u64,
    /// Bytes of the new files.
    pub bytes: u64,
    /// The new hearings' turns found by `hearing:ID` right after the run.
    pub searchable: usize,
    pub segments_before: usize,
    pub segments_after: usize,
    /// Per query: p99 of the searches made while the run went on, and after.
    pub during: Vec<Duration>,
    pub after: Vec<Duration>,
}

/// 50 hearings of another seed and numbers past the corpus's, into `dir`.
fn write_new(dir: &Path, seed: u64) -> u64 {
    let _ = std::fs::remove_dir_all(dir);
    super::generate::write_batch(dir, seed ^ 0xADD, 900_000, NEW_HEARINGS).expect("write the new hearings")
}

pub fn run(bin: &Path, data: &Path, new_dir: &Path, seed: u64, queries: &[Query]) -> Added {
    let bytes = write_new(new_dir, seed);
    let lib = gavel::index::Library::open(&data.join("index")).unwrap();
    let segments_before = lib.segment_count();
    let child = {
        let (bin, data, new_dir) = (bin.to_owned(), data.to_owned(), new_dir.to_owned());
        std::thread::spawn(move || {
            run_measured(Command::new(bin).arg("--data-dir").arg(data).arg("index").arg(new_dir))
        })
    };
    let mut during: Vec<Vec<Duration>> = vec![Vec::new(); queries.len()];
    while !child.is_finished() {
        for (q, times) in queries.iter().zip(&mut during) {
            let t = Instant::now();
            lib.search(&q.gavel, 20).unwrap();
            times.push(t.elapsed());
        }
        // A user typing, not a load test: the run keeps most of the cores.
        std::thread::sleep(Duration::from_millis(50));
    }
    let (time, rss_kib, code) = child.join().unwrap();
    assert_eq!(code, 0, "gavel index NEW_DIR failed");
    lib.refresh().unwrap();
    let searchable = lib.count("hearing:synthetic-900000").unwrap().0;
    let segments_after = lib.segment_count();
    let after = queries
        .iter()
        .map(|q| {
            let mut times: Vec<Duration> = (0..100)
                .map(|_| {
                    let t = Instant::now();
                    lib.search(&q.gavel, 20).unwrap();
                    t.elapsed()
                })
                .collect();
            times.sort();
            percentile(&times, 0.99)
        })
        .collect();
    let during = during
        .into_iter()
        .map(|mut t| {
            t.sort();
            if t.is_empty() { Duration::ZERO } else { percentile(&t, 0.99) }
        })
        .collect();
    Added { time, rss_kib, bytes, searchable, segments_before, segments_after, during, after }
}

impl Added {
    pub fn print(&self, queries: &[Query]) {
        println!(
            "adding {NEW_HEARINGS} hearings ({:.1} MB) with `gavel index NEW_DIR`: {:.2} s, peak RSS {:.0} MB; \
             {} turns of the first new hearing found right after; segments {} -> {}",
            self.bytes as f64 / 1e6,
            self.time.as_secs_f64(),
            self.rss_kib as f64 / 1024.0,
            self.searchable,
            self.segments_before,
            self.segments_after
        );
        println!();
        println!("| query | p99 ms while adding | p99 ms after |");
        println!("| --- | --- | --- |");
        for ((q, d), a) in queries.iter().zip(&self.during).zip(&self.after) {
            println!("| {}: `{}` | {:.2} | {:.2} |", q.label, q.gavel, ms(*d), ms(*a));
        }
        println!();
    }
}
