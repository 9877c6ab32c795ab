//! The binary as a script would use it: JSON Lines, exit codes, clear errors.

mod common;

use std::process::Output;

use common::gavel;

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn search_json_first_run_indexes_the_samples() {
    let data = tempfile::tempdir().unwrap();
    let o = gavel(data.path(), &["search", "mexico", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("indexing the 6 bundled sample hearings"));
    let hits: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(hits.len() >= 2);
    for key in ["turn_id", "hearing_id", "speaker", "snippet", "text", "role", "line_start", "date"] {
        assert!(hits[0].get(key).is_some(), "missing {key}: {}", hits[0]);
    }
    let wg: Vec<&serde_json::Value> =
        hits.iter().filter(|h| h["hearing_id"] == "wicker-guillot-armed-services-2025").collect();
    let speakers: Vec<&str> = wg.iter().map(|h| h["speaker"].as_str().unwrap()).collect();
    assert!(speakers.contains(&"Roger Wicker") && speakers.contains(&"Gregory M. Guillot"), "{speakers:?}");
    for h in &wg {
        assert!(h["text"].as_str().unwrap().to_lowercase().contains("mexico"));
    }
}

#[test]
fn exit_codes_are_like_grep() {
    let data = tempfile::tempdir().unwrap();
    assert_eq!(gavel(data.path(), &["search", "fentanyl"]).status.code(), Some(0));
    assert_eq!(gavel(data.path(), &["search", "xylophonequartet"]).status.code(), Some(1));
    let o = gavel(data.path(), &["search", "mexico", "--count"]);
    let n: usize = stdout(&o).trim().parse().unwrap();
    assert!(n >= 3, "{n}");
    // An unusable query is reported, not fatal.
    let o = gavel(data.path(), &["search", "role:wizard", "mexico"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown role"));
}

#[test]
fn filters_narrow_hits() {
    let data = tempfile::tempdir().unwrap();
    let o = gavel(data.path(), &["search", "mexico", "speaker:wicker", "--json"]);
    let lines: Vec<String> = stdout(&o).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("Permitted by Mexico?"));
    let o = gavel(data.path(), &["search", "mexico", "role:witness", "--json"]);
    assert!(stdout(&o).lines().all(|l| l.contains("\"role\":\"witness\"")));
}

#[test]
fn every_sample_parses_with_full_coverage() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("transcripts");
    let data = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let o = gavel(data.path(), &["parse", "--check", path.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0), "{}: {}", path.display(), stdout(&o));
        assert!(stdout(&o).contains("dropped 0 (0.00%); altered turns: none"), "{}", stdout(&o));
        let o = gavel(data.path(), &["parse", path.to_str().unwrap()]);
        assert!(stdout(&o).lines().count() > 10, "{}", stdout(&o));
        checked += 1;
    }
    assert_eq!(checked, gavel::samples::BUNDLED.len());
}

#[test]
fn bad_input_gets_a_clear_error_not_a_panic() {
    let data = tempfile::tempdir().unwrap();
    let fx = common::fixtures().join("parse");
    for (file, expect) in [("empty.txt", "empty"), ("blank.txt", "no text"), ("binary.bin", "binary")] {
        let o = gavel(data.path(), &["parse", fx.join(file).to_str().unwrap()]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{file}: {err}");
        assert!(err.contains(expect), "{file}: {err}");
        assert!(!err.contains("panicked"), "{file}: {err}");
    }
    let o = gavel(data.path(), &["parse", "/no/such/file.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot read /no/such/file.txt"));
}

#[test]
fn index_is_incremental_and_reports_failures() {
    let data = tempfile::tempdir().unwrap();
    let corpus = tempfile::tempdir().unwrap();
    let sample =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("transcripts/sample-gpo-house-rail-safety.txt");
    std::fs::copy(&sample, corpus.path().join("a.txt")).unwrap();
    std::fs::copy(common::fixtures().join("parse/binary.bin"), corpus.path().join("bad.txt")).unwrap();
    let o = gavel(data.path(), &["index", corpus.path().to_str().unwrap()]);
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("indexed 1 file(s)") && err.contains("1 failed") && err.contains("binary"), "{err}");
    let o = gavel(data.path(), &["index", corpus.path().join("a.txt").to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("skipped 1 unchanged"));
    let o = gavel(data.path(), &["hearings", "--json"]);
    assert_eq!(stdout(&o).lines().count(), 1, "the index held a hearing, so the samples were not added");
}

/// `gavel man` prints gavel(1) and a page per subcommand, every flag in it.
#[test]
fn the_manual_page_covers_every_subcommand_and_flag() {
    let data = tempfile::tempdir().unwrap();
    let o = gavel(data.path(), &["man"]);
    assert_eq!(o.status.code(), Some(0));
    let page = stdout(&o);
    assert!(page.contains(".TH gavel"), "no gavel(1)");
    for sub in ["search", "index", "quote", "compare", "remove", "speakers", "roster"] {
        assert!(page.contains(&format!(".TH gavel-{sub}")), "no page for {sub}");
    }
    // roff escapes each hyphen of a flag.
    for flag in [r"\-\-offset", r"\-\-sort", r"\-\-said\-before", r"\-\-samples"] {
        assert!(page.contains(flag), "{flag} missing");
    }
}

#[test]
fn completions_are_generated() {
    let data = tempfile::tempdir().unwrap();
    let o = gavel(data.path(), &["completions", "bash"]);
    assert!(stdout(&o).contains("gavel"));
    assert!(stdout(&o).contains("--data-dir"));
}

#[test]
fn exchanges_between_two_people() {
    let data = tempfile::tempdir().unwrap();
    let o = gavel(
        data.path(),
        &["exchanges", "wicker-guillot-armed-services-2025", "--between", "guillot", "wicker", "--json"],
    );
    assert_eq!(o.status.code(), Some(0));
    let lines: Vec<serde_json::Value> =
        stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["questioner"], "Roger Wicker");
    assert_eq!(lines[0]["interruptions"], serde_json::json!([1]));
    let o = gavel(
        data.path(),
        &["exchanges", "wicker-guillot-armed-services-2025", "--between", "wicker", "vance"],
    );
    assert_eq!(o.status.code(), Some(1));
    let o = gavel(data.path(), &["exchanges", "no-such-hearing"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn speaker_statistics_for_one_hearing() {
    let data = tempfile::tempdir().unwrap();
    let o = gavel(data.path(), &["speakers", "--hearing", "wicker-guillot-armed-services-2025", "--json"]);
    let rows: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let wicker = rows.iter().find(|r| r["name"] == "Roger Wicker").unwrap();
    let guillot = rows.iter().find(|r| r["name"] == "Gregory M. Guillot").unwrap();
    // Counted by hand from the sample: Wicker asks three questions in three
    // turns; Guillot is cut off once, in his first turn.
    assert_eq!((wicker["turns"].as_u64(), wicker["questions"].as_u64()), (Some(3), Some(3)));
    assert_eq!((guillot["turns"].as_u64(), guillot["interrupted"].as_u64()), (Some(4), Some(1)));
    let share = wicker["share"].as_f64().unwrap() + guillot["share"].as_f64().unwrap();
    assert!((share - 1.0).abs() < 1e-9);
}

#[test]
fn a_speakers_name_typed_as_a_word_gets_a_hint() {
    let data = tempfile::tempdir().unwrap();
    let o = gavel(data.path(), &["search", "wicker"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("try speaker:wicker"), "{o:?}");
}

#[test]
fn a_bad_key_or_colour_in_the_config_is_named_before_the_tui_starts() {
    let data = tempfile::tempdir().unwrap();
    let config = data.path().join("config.toml");
    for (text, named) in [
        ("[keys.reader]\nnext_exchnge = [\"x\"]\n", "keys.reader.next_exchnge"),
        ("[keys.reader]\nnext_exchange = [\"ctrl+\"]\n", "keys.reader.next_exchange: cannot read the key"),
        ("[colors]\nhighlight = \"yelow\"\n", "colors.highlight: unknown colour \"yelow\""),
        ("[colors]\nhilight = \"red\"\n", "colors.hilight: unknown field"),
    ] {
        std::fs::write(&config, text).unwrap();
        let o = gavel(data.path(), &["--config", config.to_str().unwrap(), "tui"]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{err}");
        assert!(err.contains("invalid config file") && err.contains(named), "{text}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn a_users_error_is_one_line_even_with_rust_backtrace_set() {
    let data = tempfile::tempdir().unwrap();
    assert_eq!(gavel(data.path(), &["search", "mexico"]).status.code(), Some(0));
    let o = std::process::Command::new(common::gavel_bin())
        .args(["quote", "no-such-hearing#1"])
        .env("GAVEL_DATA_DIR", data.path())
        .env("RUST_BACKTRACE", "1")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("gavel: ") && err.contains("no-such-hearing"), "{err}");
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn hearing_ids(data: &std::path::Path) -> Vec<String> {
    let o = gavel(data, &["hearings", "--json"]);
    stdout(&o)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["hearing_id"].as_str().unwrap().to_owned()
        })
        .collect()
}

/// The samples are for the first run of an empty, unconfigured gavel: a
/// bare `gavel index` over a user's own index reads their files again and
/// adds no sample; a data folder that is not there is an error, not a first
/// run; samples taken out stay out.
#[test]
fn the_samples_never_leak_into_a_users_index() {
    let data = tempfile::tempdir().unwrap();
    let fixture = common::fixtures().join("compare/two-johnsons.txt");
    assert_eq!(gavel(data.path(), &["index", fixture.to_str().unwrap()]).status.code(), Some(0));
    let o = gavel(data.path(), &["index"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("skipped 1 unchanged"), "{}", stderr(&o));
    assert_eq!(hearing_ids(data.path()), ["two-johnsons"]);
    // A rebuild reads again what the index held, and only that.
    let o = gavel(data.path(), &["index", "--rebuild"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(hearing_ids(data.path()), ["two-johnsons"]);

    let missing = data.path().join("no-such-folder");
    let o = gavel(&missing, &["search", "mexico"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no gavel data in") && stderr(&o).contains("mistyped"), "{}", stderr(&o));
    assert!(o.stdout.is_empty() && !missing.join("index").exists());

    // A first run fills an empty folder with the samples, marked as such.
    let first = tempfile::tempdir().unwrap();
    let o = gavel(first.path(), &["search", "smuggling", "speaker:vance"]);
    assert!(stdout(&o).contains("(sample, fictional)"), "{}", stdout(&o));
    let o = gavel(first.path(), &["quote", "sample-rush-house-drug-trafficking#5", "--format", "txt"]);
    assert!(stdout(&o).contains("[sample, fictional]"), "{}", stdout(&o));
    let o = gavel(first.path(), &["remove", "--samples"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("removed 6 of 6 hearings"), "{}", stderr(&o));
    let o = gavel(first.path(), &["search", "mexico"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("is empty; `gavel index PATH`"), "{}", stderr(&o));
    assert_eq!(gavel(first.path(), &["index", fixture.to_str().unwrap()]).status.code(), Some(0));
    assert_eq!(hearing_ids(first.path()), ["two-johnsons"]);
}

#[test]
fn remove_takes_hearings_out_and_refuses_an_unknown_id() {
    let data = tempfile::tempdir().unwrap();
    assert_eq!(gavel(data.path(), &["search", "mexico"]).status.code(), Some(0));
    let o = gavel(data.path(), &["remove", "no-such-hearing", "sample-rush-house-drug-trafficking"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("\"no-such-hearing\"") && stderr(&o).contains("nothing was removed"),
        "{}",
        stderr(&o)
    );
    assert_eq!(hearing_ids(data.path()).len(), 6);
    let o = gavel(data.path(), &["remove", "sample-rush-house-drug-trafficking"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let ids = hearing_ids(data.path());
    assert_eq!(ids.len(), 5);
    assert!(!ids.iter().any(|i| i.starts_with("sample-rush")));
    assert_eq!(gavel(data.path(), &["search", "speaker:vance"]).status.code(), Some(1));
}

/// A folder walk says what it passed over and why, and where a PDF's text is.
#[test]
fn index_says_what_it_skipped_in_a_folder() {
    let data = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    std::fs::copy(common::fixtures().join("compare/two-johnsons.txt"), folder.path().join("h.txt")).unwrap();
    for name in ["CHRG-110shrg1.pdf", "CHRG-110shrg2.PDF", "notes.md", ".h.txt.swp", ".hidden.txt"] {
        std::fs::write(folder.path().join(name), "x").unwrap();
    }
    let o = gavel(data.path(), &["index", folder.path().to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(err.contains("indexed 1 file"), "{err}");
    assert!(err.contains("skipped 2 PDF files") && err.contains("govinfo.gov"), "{err}");
    assert!(err.contains("skipped 1 file of other kinds") && err.contains("notes.md"), "{err}");
    assert!(err.contains("skipped 2 hidden files"), "{err}");
}

fn json_hits(data: &std::path::Path, args: &[&str]) -> Vec<serde_json::Value> {
    let o = gavel(data, args);
    stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// Pages in every order join up to the whole list, with no hit twice; date
/// orders keep a hearing's turns together and in transcript order.
#[test]
fn search_pages_through_hits_in_the_order_asked() {
    let data = tempfile::tempdir().unwrap();
    for sort in ["relevance", "date", "-date"] {
        let all = json_hits(data.path(), &["search", "the", "--sort", sort, "-n", "1000", "--json"]);
        assert!(all.len() > 100, "{sort}: {}", all.len());
        let mut paged = Vec::new();
        for offset in (0..all.len()).step_by(37) {
            let off = offset.to_string();
            paged.extend(json_hits(
                data.path(),
                &["search", "the", "--sort", sort, "-n", "37", "--offset", &off, "--json"],
            ));
        }
        let ids = |v: &[serde_json::Value]| {
            v.iter().map(|h| h["turn_id"].as_str().unwrap().to_owned()).collect::<Vec<_>>()
        };
        assert_eq!(ids(&paged), ids(&all), "{sort}");
        let mut unique = ids(&all);
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), all.len(), "{sort}: a hit twice");
        if sort != "relevance" {
            for w in all.windows(2) {
                let (a, b) = (w[0]["date"].as_str().unwrap(), w[1]["date"].as_str().unwrap());
                assert!(if sort == "date" { a <= b } else { a >= b }, "{sort}: {a} then {b}");
                if w[0]["hearing_id"] == w[1]["hearing_id"] && w[1]["kind"] == "turn" {
                    assert!(
                        w[0]["seq"].as_u64() < w[1]["seq"].as_u64(),
                        "{sort}: {} then {}",
                        w[0]["turn_id"],
                        w[1]["turn_id"]
                    );
                }
            }
        }
    }
}

/// The line a hit names holds its marked word; snippets are one line.
#[test]
fn search_names_the_line_of_the_match_and_prints_one_line_snippets() {
    let data = tempfile::tempdir().unwrap();
    let hits = json_hits(data.path(), &["search", "levees", "-n", "50", "--json"]);
    assert!(!hits.is_empty());
    let mut later = 0;
    for h in &hits {
        let source = h["source"].as_str().unwrap();
        let bytes = gavel::samples::bundled_source(source).unwrap().bytes;
        let text = String::from_utf8_lossy(bytes);
        let line = h["line"].as_u64().unwrap() as usize;
        assert!(text.lines().nth(line - 1).unwrap().to_lowercase().contains("levees"), "{}", h["turn_id"]);
        later += usize::from(line as u64 > h["line_start"].as_u64().unwrap());
    }
    assert!(later > 0, "every match on its turn's first line: the test shows nothing");
    let o = gavel(data.path(), &["search", "levees", "-n", "50"]);
    for l in stdout(&o).lines() {
        assert!(!l.contains("  "), "{l:?}");
    }
    // `-n 0` showed one hit; it is refused (`--count` counts).
    let o = gavel(data.path(), &["search", "levees", "-n", "0"]);
    assert_eq!(o.status.code(), Some(2), "{o:?}");
    assert!(String::from_utf8_lossy(&o.stderr).contains("invalid value '0' for '--limit"), "{o:?}");
    let o = gavel(data.path(), &["search", "levees", "--format", "csv"]);
    let mut r = csv::Reader::from_reader(o.stdout.as_slice());
    assert_eq!(&r.headers().unwrap()[0], "turn_id");
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), hits.len().min(20));
    assert!(rows.iter().all(|row| !row[16].contains('\n') && row[16].to_lowercase().contains("levees")));
}

/// Shells set up with `COMPLETE=SHELL gavel` complete hearing ids, turn ids
/// and speakers' names from the index (fish's protocol: candidates, a tab,
/// the help).
#[test]
fn completions_offer_hearing_ids_and_speakers_from_the_index() {
    let data = tempfile::tempdir().unwrap();
    assert_eq!(gavel(data.path(), &["search", "mexico"]).status.code(), Some(0));
    let complete = |words: &[&str]| -> Vec<String> {
        let o = std::process::Command::new(common::gavel_bin())
            .arg("--")
            .args(words)
            .env("COMPLETE", "fish")
            .env("GAVEL_DATA_DIR", data.path())
            .output()
            .unwrap();
        stdout(&o).lines().map(|l| l.split('\t').next().unwrap().to_owned()).collect()
    };
    assert_eq!(complete(&["gavel", "remove", "sample-r"]), ["sample-rush-house-drug-trafficking"]);
    assert_eq!(complete(&["gavel", "compare", "--speaker", "guil"]), ["Gregory M. Guillot"]);
    assert_eq!(complete(&["gavel", "quote", "wicker"]), ["wicker-guillot-armed-services-2025#"]);
    assert_eq!(complete(&["gavel", "exchanges", "nothing-like-it"]), Vec::<String>::new());
}

/// Every flag and argument of every subcommand says what it is in --help.
#[test]
fn every_flag_has_help_text() {
    fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            if id != "help" && id != "version" && arg.get_help().is_none() && arg.get_long_help().is_none() {
                missing.push(format!("{path} {id}"));
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &format!("{path} {}", sub.get_name()), missing);
        }
    }
    let mut missing = Vec::new();
    walk(&<gavel::cli::Cli as clap::CommandFactory>::command(), "gavel", &mut missing);
    assert!(missing.is_empty(), "no help text:\n{}", missing.join("\n"));
}

/// `gavel speakers` counts what was said; `--written` adds, apart, what each
/// wrote for the record, every authored written word counted once.
#[test]
fn speakers_keep_written_words_apart_and_count_them_with_written() {
    let data = tempfile::tempdir().unwrap();
    let id = "sample-gpo-senate-coastal-resilience";
    let rows = |extra: &[&str]| -> Vec<serde_json::Value> {
        let mut args = vec!["speakers", "--hearing", id, "--json"];
        args.extend_from_slice(extra);
        json_hits(data.path(), &args)
    };
    let spoken = rows(&[]);
    let with_written = rows(&["--written"]);
    let turns = |v: &[serde_json::Value]| v.iter().map(|r| r["turns"].as_u64().unwrap()).sum::<u64>();
    assert_eq!(turns(&spoken), turns(&with_written), "writing adds no turns");
    assert!(spoken.iter().all(|r| r["turns"].as_u64() > Some(0)));
    let bundled = gavel::samples::BUNDLED.iter().find(|b| b.name.starts_with(id)).unwrap();
    let (t, _) = gavel::speakers::read(bundled.bytes, &format!("bundled:{}", bundled.name), None).unwrap();
    let authored: u64 = t
        .blocks
        .iter()
        .filter(|b| b.is_written() && b.author.as_deref().is_some_and(|a| !a.is_empty()))
        .map(|b| b.text.split_whitespace().count() as u64)
        .sum();
    assert!(authored > 0);
    let counted: u64 = with_written.iter().map(|r| r["written_words"].as_u64().unwrap()).sum();
    assert_eq!(counted, authored);
}

/// What was written for the record says so beside its author in text hits,
/// so it is never quoted as said.
#[test]
fn written_hits_say_they_were_written() {
    let data = tempfile::tempdir().unwrap();
    let o = gavel(data.path(), &["search", "flood", "speaker:brightwater", "-n", "50"]);
    let text = stdout(&o);
    let written: Vec<&str> = text.lines().filter(|l| l.contains("#s")).collect();
    assert!(!written.is_empty(), "{text}");
    assert!(written.iter().all(|l| l.contains("(witness, written statement)")), "{text}");
    assert!(text.lines().any(|l| l.contains("(witness) ")), "spoken turns stay plain: {text}");
}

/// A limit or offset beyond anything an index can hold is not an
/// allocation that aborts: the hits there are, or none with a word why.
#[test]
fn a_huge_limit_or_offset_is_no_crash() {
    let data = tempfile::tempdir().unwrap();
    let o = gavel(data.path(), &["search", "the", "-n", "100000000000", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let all = stdout(&o).lines().count();
    assert!(all > 100);
    for sort in ["relevance", "date"] {
        let o = gavel(data.path(), &["search", "the", "--offset", "100000000000", "--sort", sort]);
        assert_eq!(o.status.code(), Some(1), "{sort}: {}", stderr(&o));
        assert!(
            stderr(&o).contains(&format!("no hits past --offset 100000000000: {all} turns match")),
            "{}",
            stderr(&o)
        );
    }
}

/// A hearing indexed again with other content is watched again: its new hit
/// is reported, with a word that the hearing changed, and a hit already
/// reported is not reported twice.
#[test]
fn a_watch_sees_a_hearing_indexed_again_with_other_content() {
    let data = tempfile::tempdir().unwrap();
    let corpus = tempfile::tempdir().unwrap();
    let sample = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("transcripts/sample-gpo-house-rail-safety.txt"),
    )
    .unwrap();
    let file = corpus.path().join("rail.txt");
    let path = file.to_str().unwrap();
    std::fs::write(&file, &sample).unwrap();
    assert_eq!(gavel(data.path(), &["index", path]).status.code(), Some(0));
    assert_eq!(gavel(data.path(), &["watch", "add", "airships", "zeppelin"]).status.code(), Some(0));
    assert_eq!(gavel(data.path(), &["watch"]).status.code(), Some(1));

    // The reprint adds a sentence to the first turn, then one to another.
    let first = "    Chairman Delacroix-Reyes. The Subcommittee on Freight ";
    let once = sample.replacen(
        first,
        "    Chairman Delacroix-Reyes. A zeppelin once moored here. The Subcommittee on Freight ",
        1,
    );
    assert_ne!(once, sample, "the sample still opens with that turn");
    std::fs::write(&file, &once).unwrap();
    assert_eq!(gavel(data.path(), &["index", path]).status.code(), Some(0));
    let o = gavel(data.path(), &["watch", "--json"]);
    let hits: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(hits.len(), 1, "{}", stdout(&o));
    assert!(hits[0]["text"].as_str().unwrap().contains("A zeppelin once moored here."));
    assert!(stderr(&o).contains("was indexed again with other content"), "{}", stderr(&o));
    assert_eq!(gavel(data.path(), &["watch"]).status.code(), Some(1), "reported once");

    let second = "    Chairman Pruitt-Lang. Thank you, Chairman Delacroix-Reyes, ";
    let twice = once.replacen(
        second,
        "    Chairman Pruitt-Lang. Zeppelin freight is back. Thank you, Chairman Delacroix-Reyes, ",
        1,
    );
    assert_ne!(twice, once);
    std::fs::write(&file, &twice).unwrap();
    assert_eq!(gavel(data.path(), &["index", path]).status.code(), Some(0));
    let o = gavel(data.path(), &["watch", "--json"]);
    let hits: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(hits.len(), 1, "only the new hit: {}", stdout(&o));
    assert!(hits[0]["text"].as_str().unwrap().contains("Zeppelin freight is back."));
}

/// The line of a match is the line of the occurrence the snippet shows: a
/// phrase found at a turn's end is placed there, though its first word
/// was said on the turn's first line too.
#[test]
fn the_match_line_is_the_snippets_occurrence_not_the_first() {
    let data = tempfile::tempdir().unwrap();
    let corpus = tempfile::tempdir().unwrap();
    let file = corpus.path().join("cartels.txt");
    let lines = [
        "SEN. ADA QUILL: Cartels worry every town on the border, and the towns say so.",
        "We heard from mayors, sheriffs and ranchers about the roads at night.",
        "We heard about the price of fuel and the closing of the clinic.",
        "And we heard that the cartels agreed to nothing the last time.",
        "GEN. OREN VALE: Thank you, Senator.",
    ];
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    assert_eq!(gavel(data.path(), &["index", file.to_str().unwrap()]).status.code(), Some(0));
    let hits = json_hits(data.path(), &["search", "\"cartels agreed\"", "--json"]);
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0]["line_start"].as_u64(), Some(1));
    assert_eq!(hits[0]["line"].as_u64(), Some(4), "{}", hits[0]);
}

/// A watch saved by an older gavel (hearings by id, no content hashes) keeps
/// counting its hearings as seen, and is saved with their hashes.
#[test]
fn a_watch_saved_by_an_older_gavel_still_knows_what_it_saw() {
    let data = tempfile::tempdir().unwrap();
    let corpus = tempfile::tempdir().unwrap();
    let sample =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("transcripts/sample-gpo-house-rail-safety.txt");
    let text = std::fs::read_to_string(sample).unwrap();
    let first = "    Chairman Delacroix-Reyes. The Subcommittee on Freight ";
    let text = text.replacen(
        first,
        "    Chairman Delacroix-Reyes. A zeppelin once moored here. The Subcommittee on Freight ",
        1,
    );
    let file = corpus.path().join("rail.txt");
    std::fs::write(&file, text).unwrap();
    assert_eq!(gavel(data.path(), &["index", file.to_str().unwrap()]).status.code(), Some(0));
    let old = r#"{"watches":[{"name":"airships","query":"zeppelin","seen":["rail"]}]}"#;
    std::fs::write(data.path().join("watches.json"), old).unwrap();
    let o = gavel(data.path(), &["watch"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let saved = std::fs::read_to_string(data.path().join("watches.json")).unwrap();
    assert!(
        saved.contains("\"versions\"") && saved.contains("\"rail\"") && !saved.contains("\"seen\""),
        "{saved}"
    );
}
