//! The scale proof in one run:
//! `cargo bench --bench scale -- [--mb N] [--seed S] [DIR] [--keep-index DATA_DIR]`.
//!
//! With `--mb N` the corpus is generated (seeded, `generate.rs`) into
//! `target/scale-corpus/N-mb-seed-S` unless already there; with DIR that
//! folder is used. Then, on that one corpus, it measures and prints one
//! Markdown table (docs/PERFORMANCE.md says how to read it):
//! parse MB/s (in process, one core); `gavel index` end to end (the release
//! binary, a fresh data dir) with its peak RSS; index size against corpus
//! size; per query of a fixed mix, p50/p99 of `Library::search` with
//! snippets for the top 20, the whole `gavel search` process, and `rg`
//! answering the nearest question; the TUI's time to first frame on the warm
//! index (in tmux); peak RSS while searching; 50 new hearings added to the
//! index (`add.rs`); and last, every target of issue #19 against its figure.

mod add;
#[allow(dead_code)] // `main` of the example uses the rest
mod generate;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Peak RSS (KiB) and wall time of a child run to completion.
fn run_measured(cmd: &mut Command) -> (Duration, u64, i32) {
    let (wall, _, rss, code) = run_timed(cmd);
    (wall, rss, code)
}

/// The peaks of a running process's anonymous memory and of the file pages
/// it maps (KiB), from `/proc/PID/status` every 50 ms until `done`. The peak
/// RSS that `wait4` gives counts both; for an index, whose segments are
/// memory-mapped, the file pages are the page cache of the index files, which
/// the kernel takes back when memory is short, and the anonymous memory is
/// what the process itself holds.
fn sample_rss(
    pid: u32,
    done: std::sync::Arc<std::sync::atomic::AtomicBool>,
) -> std::thread::JoinHandle<(u64, u64)> {
    std::thread::spawn(move || {
        let (mut anon, mut file) = (0, 0);
        while !done.load(std::sync::atomic::Ordering::Relaxed) {
            let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
            let kib = |key: &str| {
                status
                    .lines()
                    .find_map(|l| l.strip_prefix(key))
                    .and_then(|v| v.trim().trim_end_matches(" kB").parse().ok())
            };
            anon = anon.max(kib("RssAnon:").unwrap_or(0));
            file = file.max(kib("RssFile:").unwrap_or(0));
            std::thread::sleep(Duration::from_millis(50));
        }
        (anon, file)
    })
}

/// Wall time, CPU time (user and system), peak RSS (KiB) and exit code of a
/// child run to completion. `wait4` is the one way to get a child's own
/// rusage (getrusage(RUSAGE_CHILDREN) would mix every child waited for),
/// hence the libc dev-dependency. The CPU time is what a shared machine's
/// load does not inflate: it says what the run would take on free cores.
fn run_timed(cmd: &mut Command) -> (Duration, Duration, u64, i32) {
    let (wall, cpu, rss, code, _) = run_sampled(cmd, false);
    (wall, cpu, rss, code)
}

/// `run_timed`, and with `sample` the peaks of anonymous and file-backed
/// memory (`sample_rss`).
fn run_sampled(cmd: &mut Command, sample: bool) -> (Duration, Duration, u64, i32, Option<(u64, u64)>) {
    let start = Instant::now();
    #[allow(clippy::zombie_processes)] // reaped by wait4 below
    let child = cmd.stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect("spawn");
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let sampler = sample.then(|| sample_rss(child.id(), done.clone()));
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid out-parameter; the pid is our child's
    // and is reaped here (the `Child` is never waited on again).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    assert!(pid > 0, "wait4 failed");
    let code = if libc::WIFEXITED(status) { libc::WEXITSTATUS(status) } else { -1 };
    let tv =
        |t: libc::timeval| Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64);
    let wall = start.elapsed();
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    let peaks = sampler.map(|s| s.join().expect("sampler"));
    (wall, tv(usage.ru_utime) + tv(usage.ru_stime), usage.ru_maxrss as u64, code, peaks)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

struct Query {
    label: &'static str,
    gavel: String,
    /// The question as a user would put it to rg, run by `sh -c` (`$D` is the corpus).
    rg: String,
}

/// The fixed mix, for the generated corpus. The rg side is honest about what
/// it cannot ask: it counts lines, not turns; a phrase broken across lines is
/// missed; a speaker or a date can only be matched on the same line as the
/// word, or by a first pass that lists files.
fn queries() -> Vec<Query> {
    let rare = generate::rare_word();
    vec![
        Query { label: "common term", gavel: "inspection".into(), rg: "rg -i -w -c inspection \"$D\"".into() },
        Query { label: "rare term", gavel: rare.clone(), rg: format!("rg -i -w -c {rare} \"$D\"") },
        Query {
            label: "phrase",
            gavel: "\"balance of my time\"".into(),
            rg: "rg -i -F -c 'balance of my time' \"$D\"".into(),
        },
        Query {
            label: "speaker filter",
            gavel: "levee speaker:halvorsen".into(),
            // The label and the word on one line: all a line-oriented tool can say.
            rg: "rg -i -c 'halvorsen.*\\blevee\\b' \"$D\"".into(),
        },
        Query {
            label: "date range",
            gavel: "cartel date:2010..2012".into(),
            // Files dated 2010-2012 (either date style), then the word in them.
            rg: "rg -l -0 -e '^Date: 201[0-2]' -e '(JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) [0-9]+, 201[0-2]' -e '[A-Z][a-z]+ [0-9]+, 201[0-2]' \"$D\" | xargs -0 -r rg -i -w -c cartel".into(),
        },
        Query {
            label: "two words",
            gavel: "fentanyl precursor".into(),
            rg: "rg -i -c -e fentanyl -e precursor \"$D\"".into(),
        },
    ]
}

fn corpus_bytes(dir: &Path) -> (Vec<PathBuf>, u64) {
    let (inputs, _) = gavel::workspace::corpus::discover(&[dir.to_owned()]);
    let files: Vec<PathBuf> = inputs
        .into_iter()
        .filter_map(|i| match i {
            gavel::workspace::corpus::Input::File(p) => Some(p),
            gavel::workspace::corpus::Input::Bundled(_) => None,
        })
        .collect();
    let bytes = files.iter().map(|p| std::fs::metadata(p).map_or(0, |m| m.len())).sum();
    (files, bytes)
}

fn dir_size(dir: &Path) -> u64 {
    walkdir::WalkDir::new(dir).into_iter().filter_map(|e| e.ok()?.metadata().ok()).map(|m| m.len()).sum()
}

/// Time to first frame: from asking tmux to start `gavel` in a new window of
/// an already running server, to the pane showing the search screen's frame.
/// Polling capture-pane costs a few ms of CPU per poll, so the figure is an
/// upper bound. None when tmux is missing.
fn first_frame(bin: &Path, data: &Path, runs: usize) -> Option<Vec<Duration>> {
    let tmux = |args: &[&str]| Command::new("tmux").args(["-L", "gavel-bench"]).args(args).output();
    tmux(&["new-session", "-d", "-s", "bench", "-x", "120", "-y", "40", "sleep 3600"]).ok()?;
    let mut times = Vec::new();
    for i in 0..runs {
        let cmd = format!(
            "env GAVEL_DATA_DIR='{}' TERM=xterm-256color '{}'; sleep 3600",
            data.display(),
            bin.display()
        );
        let window = format!("bench:w{i}");
        let start = Instant::now();
        tmux(&["new-window", "-d", "-n", &format!("w{i}"), "-t", "bench", &cmd]).ok()?;
        loop {
            let out = tmux(&["capture-pane", "-p", "-t", &window]).ok()?;
            let pane = String::from_utf8_lossy(&out.stdout);
            if pane.contains("┌ hits") {
                times.push(start.elapsed());
                break;
            }
            assert!(start.elapsed() < Duration::from_secs(60), "no first frame:\n{pane}");
            std::thread::sleep(Duration::from_millis(1));
        }
        let _ = tmux(&["kill-window", "-t", &window]);
    }
    let _ = tmux(&["kill-server"]);
    Some(times)
}

fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name").map(|m| m.trim_start_matches([' ', '\t', ':']).to_owned()))
        .unwrap_or_else(|| "unknown CPU".into());
    let mem = std::fs::read_to_string("/proc/meminfo")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:").map(|m| m.trim().to_owned()))
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let rustc = Command::new("rustc")
        .arg("-V")
        .output()
        .map_or(String::new(), |o| String::from_utf8_lossy(&o.stdout).trim().to_owned());
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    format!(
        "{cores} cores ({model}), {mem} RAM, {rustc}, load average at start {}",
        load.split(' ').take(3).collect::<Vec<_>>().join(" ")
    )
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let seed: u64 = flag("--seed").and_then(|s| s.parse().ok()).unwrap_or(1);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = match flag("--mb") {
        Some(mb) => {
            let mb: f64 = mb.parse().expect("--mb takes a number");
            let dir = root.join(format!("target/scale-corpus/{mb}-mb-seed-{seed}"));
            let done = dir.join(".complete");
            if !done.exists() {
                eprintln!("generating {mb} MB (seed {seed}) into {}", dir.display());
                let _ = std::fs::remove_dir_all(&dir);
                generate::write_corpus(&dir, mb, seed).expect("generate the corpus");
                std::fs::write(&done, "").unwrap();
            }
            dir
        }
        None => match args.iter().enumerate().find(|(i, a)| {
            !a.starts_with("--") && Path::new(a).is_dir() && (*i == 0 || args[i - 1] != "--keep-index")
        }) {
            Some((_, d)) => PathBuf::from(d),
            None => {
                eprintln!(
                    "usage: cargo bench --bench scale -- (--mb N [--seed S] | DIR) [--keep-index DATA_DIR]"
                );
                return;
            }
        },
    };
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_gavel"));
    let (files, bytes) = corpus_bytes(&dir);
    let mb = bytes as f64 / 1e6;
    println!("machine: {}", machine());
    println!("corpus: {} ({} files, {mb:.1} MB)", dir.display(), files.len());
    println!();
    let mut rows: Vec<(String, String)> = Vec::new();

    // Parse alone, one file at a time, reading outside the timer.
    let mut parse_time = Duration::ZERO;
    let mut turns = 0;
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        let t = Instant::now();
        if let Ok((tr, _)) = gavel::speakers::read(&bytes, &f.to_string_lossy(), None) {
            turns += tr.turns.len();
        }
        parse_time += t.elapsed();
    }
    rows.push((
        "parse (in process, one core)".into(),
        format!(
            "{:.1} MB/s ({turns} turns in {:.2} s)",
            mb / parse_time.as_secs_f64(),
            parse_time.as_secs_f64()
        ),
    ));

    // `gavel index` end to end, as a user runs it. `--keep-index DIR` keeps
    // the data dir (emptied first) for the TUI bench and profiling.
    let temp = tempfile::tempdir().unwrap();
    let data_dir = match flag("--keep-index") {
        Some(d) => {
            let _ = std::fs::remove_dir_all(&d);
            PathBuf::from(d)
        }
        None => temp.path().to_owned(),
    };
    let data = data_dir.as_path();
    let (index_time, index_cpu, index_rss, code, peaks) =
        run_sampled(Command::new(&bin).arg("--data-dir").arg(data).arg("index").arg(&dir), true);
    let (index_anon, index_file) = peaks.unwrap_or_default();
    assert_eq!(code, 0, "gavel index failed");
    let (t, rss) = (index_time, index_rss);
    rows.push((
        "`gavel index DIR` (fresh data dir)".into(),
        format!(
            "{:.1} MB/s ({:.2} s; CPU {:.1} s, {:.1} MB per CPU-second); peak RSS {:.0} MB (peak anonymous {:.0} MB, peak mapped index files {:.0} MB)",
            mb / t.as_secs_f64(),
            t.as_secs_f64(),
            index_cpu.as_secs_f64(),
            mb / index_cpu.as_secs_f64(),
            rss as f64 / 1024.0,
            index_anon as f64 / 1024.0,
            index_file as f64 / 1024.0
        ),
    ));
    let index_size = dir_size(&data.join("index"));
    let size_ratio = index_size as f64 / bytes as f64;
    rows.push((
        "index size / corpus size".into(),
        format!(
            "{:.1} MB / {mb:.1} MB = {:.0}% ({})",
            index_size as f64 / 1e6,
            size_ratio * 100.0,
            index_parts(&data.join("index"))
        ),
    ));
    // The same measure on real hearing text: issue #19 asks 80% of the GPO
    // hearings of ../shared/corpus too, whose turns are longer and whose
    // vocabulary is larger than the generated corpus's.
    let gpo = gpo_size(&bin, &root.join("../shared/corpus/gpo-hearings"));
    if let Some((index, corpus, parts)) = &gpo {
        rows.push((
            "index size / corpus size, GPO hearings of ../shared/corpus".into(),
            format!(
                "{:.2} MB / {:.2} MB = {:.0}% ({parts})",
                *index as f64 / 1e6,
                *corpus as f64 / 1e6,
                *index as f64 * 100.0 / *corpus as f64
            ),
        ));
    }
    println!("| measure | figure |");
    println!("| --- | --- |");
    for (k, v) in &rows {
        println!("| {k} | {v} |");
    }
    println!();

    // Queries: in process (warm), the whole process, and rg.
    println!(
        "| query | hits | gavel p50 ms | gavel p99 ms | `gavel search` process ms (median of 10) | rg ms (median of 5) | rg / gavel p50 | rg / process |"
    );
    println!("| --- | --- | --- | --- | --- | --- | --- | --- |");
    let lib = gavel::index::Library::open(&data.join("index")).unwrap();
    let mut search_rss = 0;
    let (mut worst_p99, mut worst_ratio): ((Duration, &str), (f64, &str)) =
        ((Duration::ZERO, ""), (f64::INFINITY, ""));
    let mix = queries();
    for q in &mix {
        for _ in 0..5 {
            lib.search(&q.gavel, 20).unwrap();
        }
        let mut times = Vec::with_capacity(200);
        let mut total = 0;
        for _ in 0..200 {
            let t = Instant::now();
            let r = lib.search(&q.gavel, 20).unwrap();
            times.push(t.elapsed());
            total = r.total;
        }
        times.sort();
        let mut process = Vec::new();
        for _ in 0..10 {
            let (t, rss, _) = run_measured(
                Command::new(&bin).arg("--data-dir").arg(data).args(["search", "--limit", "20", &q.gavel]),
            );
            process.push(t);
            search_rss = search_rss.max(rss);
        }
        let rg: Vec<Duration> = (0..5)
            .map_while(|_| {
                let (t, _, code) = run_measured(Command::new("sh").arg("-c").arg(&q.rg).env("D", &dir));
                (code != 127).then_some(t)
            })
            .collect();
        let (p50, process) = (percentile(&times, 0.5), median(process));
        let rg = (!rg.is_empty()).then(|| median(rg));
        if percentile(&times, 0.99) > worst_p99.0 {
            worst_p99 = (percentile(&times, 0.99), q.label);
        }
        if let Some(rg) = rg
            && rg.as_secs_f64() / p50.as_secs_f64() < worst_ratio.0
        {
            worst_ratio = (rg.as_secs_f64() / p50.as_secs_f64(), q.label);
        }
        println!(
            "| {}: `{}` | {total} | {:.2} | {:.2} | {:.1} | {} | {} | {} |",
            q.label,
            q.gavel,
            ms(p50),
            ms(percentile(&times, 0.99)),
            ms(process),
            rg.map_or("n/a".into(), |d| format!("{:.1}", ms(d))),
            rg.map_or("n/a".into(), |d| format!("{:.0}x", d.as_secs_f64() / p50.as_secs_f64())),
            rg.map_or("n/a".into(), |d| format!("{:.1}x", d.as_secs_f64() / process.as_secs_f64())),
        );
    }
    println!();
    println!("peak RSS of a `gavel search` process: {:.0} MB", search_rss as f64 / 1024.0);
    drop(lib);
    let frame = first_frame(&bin, data, 10).map(|mut t| {
        t.sort();
        (t[t.len() / 2], t[t.len() - 1])
    });
    match frame {
        Some((median, max)) => println!(
            "TUI time to first frame (tmux, warm index, 10 runs): median {:.0} ms, max {:.0} ms",
            ms(median),
            ms(max)
        ),
        None => println!("TUI time to first frame: not measured (tmux is not installed)"),
    }
    println!();
    let added = add::run(&bin, data, &dir.with_extension("add-50"), seed, &mix);
    added.print(&mix);
    println!("rg commands (D = the corpus):");
    for q in &mix {
        println!("- {}: `{}`", q.label, q.rg);
    }
    println!();

    // Every target of issue #19 beside its figure.
    let index_mbs = mb / index_time.as_secs_f64();
    let yes = |ok: bool| if ok { "yes" } else { "**no**" };
    let targets = [
        ("index size ≤ 80% of the corpus", format!("{:.0}%", size_ratio * 100.0), size_ratio <= 0.8),
        match &gpo {
            Some((index, corpus, _)) => (
                "index size ≤ 80% of the GPO hearings",
                format!("{:.0}%", *index as f64 * 100.0 / *corpus as f64),
                *index as f64 <= 0.8 * *corpus as f64,
            ),
            None => {
                ("index size ≤ 80% of the GPO hearings", "not measured: no ../shared/corpus".into(), false)
            }
        },
        ("indexing ≥ 30 MB/s end to end", format!("{index_mbs:.1} MB/s"), index_mbs >= 30.0),
        (
            "every query p99 ≤ 20 ms, snippets for the top 20",
            format!("worst {:.2} ms ({})", ms(worst_p99.0), worst_p99.1),
            worst_p99.0 <= Duration::from_millis(20),
        ),
        (
            "every query ≥ 100× faster than rg",
            format!("worst {:.0}× ({})", worst_ratio.0, worst_ratio.1),
            worst_ratio.0 >= 100.0,
        ),
        (
            "peak memory indexing ≤ 1 GB (peak RSS)",
            format!(
                "{:.0} MB (anonymous {:.0} MB, mapped index files {:.0} MB)",
                index_rss as f64 / 1024.0,
                index_anon as f64 / 1024.0,
                index_file as f64 / 1024.0
            ),
            index_rss <= 1024 * 1024,
        ),
        (
            "peak memory searching ≤ 300 MB",
            format!("{:.0} MB (`gavel search`)", search_rss as f64 / 1024.0),
            search_rss <= 300 * 1024,
        ),
        (
            "TUI first frame ≤ 200 ms",
            frame.map_or("not measured".into(), |(m, x)| {
                format!("median {:.0} ms, max {:.0} ms", ms(m), ms(x))
            }),
            frame.is_some_and(|(_, x)| x <= Duration::from_millis(200)),
        ),
        (
            "50 hearings added in ≤ 30 s, searchable at once",
            format!("{:.2} s, {} turns of one found", added.time.as_secs_f64(), added.searchable),
            added.time <= Duration::from_secs(30) && added.searchable > 0,
        ),
    ];
    println!("| target (issue #19) | measured | met? |");
    println!("| --- | --- | --- |");
    for (target, measured, ok) in targets {
        println!("| {target} | {measured} | {} |", yes(ok));
    }
}

/// `gavel index` of the GPO hearings in `dir` into a fresh data dir: the
/// index's bytes, the files' bytes and the index's parts. None when the
/// folder is absent (a checkout without ../shared).
fn gpo_size(bin: &Path, dir: &Path) -> Option<(u64, u64, String)> {
    if !dir.is_dir() {
        return None;
    }
    let (_, corpus) = corpus_bytes(dir);
    let data = tempfile::tempdir().unwrap();
    let status = Command::new(bin)
        .arg("--data-dir")
        .arg(data.path())
        .arg("index")
        .arg(dir)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("run gavel index");
    assert!(status.success(), "gavel index of {} failed", dir.display());
    let index = data.path().join("index");
    Some((dir_size(&index), corpus, index_parts(&index)))
}

/// The index's files by kind: `store 9.2, idx 4.1, ...` (MB), largest first.
fn index_parts(dir: &Path) -> String {
    let mut parts: std::collections::BTreeMap<String, u64> = Default::default();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let ext = name.rsplit_once('.').map_or("other", |(_, e)| e).to_owned();
        *parts.entry(ext).or_default() += e.metadata().map_or(0, |m| m.len());
    }
    let mut parts: Vec<(String, u64)> = parts.into_iter().filter(|(_, n)| *n >= 100_000).collect();
    parts.sort_by_key(|p| std::cmp::Reverse(p.1));
    parts.iter().map(|(e, n)| format!("{e} {:.1}", *n as f64 / 1e6)).collect::<Vec<_>>().join(", ") + " MB"
}
