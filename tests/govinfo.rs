//! `gavel get` and `gavel watch` against a local stand-in for govinfo, and
//! MODS records beside hearing files. Every server here is on 127.0.0.1,
//! started by the test, answering in the shapes the real services answer
//! (collections pages with `nextPage`, MODS, the content host's renditions
//! and its error page); no test reaches the internet.

mod common;
#[path = "govinfo/server.rs"]
mod server;

use common::{fixtures, gavel, gavel_bin};
use serde_json::Value;
use server::{Reply, Server, World, package};
use std::path::Path;
use std::process::{Command, Output};

/// A key no output may show.
const KEY: &str = "k3y-TH4T-MUST-N0T-SH0W";

fn command(data: &Path, server: &Server, args: &[&str]) -> Command {
    let mut c = Command::new(gavel_bin());
    c.args(args)
        .env("GAVEL_DATA_DIR", data)
        .env_remove("GAVEL_CONFIG")
        .env("GAVEL_GOVINFO_API_URL", &server.base)
        .env("GAVEL_GOVINFO_CONTENT_URL", &server.base)
        .env("GOVINFO_API_KEY", KEY)
        // A second of waiting lasts a millisecond here.
        .env("GAVEL_GOVINFO_SECOND_MS", "1")
        .env("NO_COLOR", "1")
        .env("RUST_BACKTRACE", "0");
    c
}

/// Runs a command against the stand-in, and checks the key shows nowhere.
fn run(data: &Path, server: &Server, args: &[&str]) -> Output {
    let o = command(data, server, args).output().unwrap();
    for text in [&o.stdout, &o.stderr] {
        assert!(
            !String::from_utf8_lossy(text).contains(KEY),
            "the key was shown:\n{}",
            String::from_utf8_lossy(text)
        );
    }
    o
}

fn world(n: usize, page_size: usize) -> World {
    World {
        packages: (1..=n).map(|i| package(i, "The channel depth is a guess.")).collect(),
        page_size,
        ..World::default()
    }
}

fn hearing_ids(data: &Path) -> Vec<String> {
    let o = gavel(data, &["hearings", "--json"]);
    ok(&o);
    let mut ids: Vec<String> =
        json_lines(&o).iter().map(|h| h["hearing_id"].as_str().unwrap().to_owned()).collect();
    ids.sort();
    ids
}

fn paths_seen(server: &Server, prefix: &str) -> Vec<String> {
    server.seen().into_iter().map(|s| s.path).filter(|p| p.starts_with(prefix)).collect()
}

fn json_lines(o: &std::process::Output) -> Vec<Value> {
    String::from_utf8_lossy(&o.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ok(o: &std::process::Output) {
    assert!(
        o.status.success(),
        "status {:?}\nstdout:\n{}\nstderr:\n{}",
        o.status,
        String::from_utf8_lossy(&o.stdout),
        stderr(o)
    );
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(fixtures().join("govinfo").join(name)).unwrap()
}

/// The speakers of one hearing, by name: (role, bioguide id).
fn speakers(data: &Path) -> Vec<(String, String, Option<String>)> {
    let o = gavel(data, &["speakers", "--json"]);
    ok(&o);
    let mut rows: Vec<_> = json_lines(&o)
        .iter()
        .map(|r| {
            (
                r["name"].as_str().unwrap().to_owned(),
                r["role"].as_str().unwrap().to_owned(),
                r["bioguide"].as_str().map(str::to_owned),
            )
        })
        .collect();
    rows.sort();
    rows
}

#[test]
fn a_mods_record_beside_a_hearing_names_its_witnesses_and_members() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let folder = dir.path().join("hearings");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("CHRG-118shrg99001.htm"), fixture("CHRG-118shrg99001.htm")).unwrap();
    let folder_arg = folder.to_str().unwrap();

    // Without MODS the front matter names no witnesses and no members.
    ok(&gavel(&data, &["index", folder_arg]));
    let before = speakers(&data);
    assert!(before.iter().any(|(n, _, _)| n == "Mr. Quillfeather"), "{before:?}");
    assert!(before.iter().all(|(_, _, b)| b.is_none()), "{before:?}");

    // The record beside it re-reads the hearing on the next run.
    std::fs::write(folder.join("CHRG-118shrg99001.mods.xml"), fixture("senate.mods.xml")).unwrap();
    let o = gavel(&data, &["index", folder_arg]);
    ok(&o);
    assert!(stderr(&o).contains("indexed 1 file(s)"), "{}", stderr(&o));
    // The record is read with its hearing, not passed over as another kind of file.
    assert!(!stderr(&o).contains("other kinds"), "{}", stderr(&o));
    let after = speakers(&data);
    let s =
        |name: &str| after.iter().find(|(n, _, _)| n == name).unwrap_or_else(|| panic!("{name}: {after:?}"));
    assert_eq!(s("Gerald W. Quillfeather").1, "witness");
    assert_eq!(s("Carrie D. Wolfsbane").1, "witness");
    assert_eq!(s("Roland Zephyrine").2.as_deref(), Some("Z000901"));
    assert_eq!(s("Katrina Yarrowby").2.as_deref(), Some("Y000902"));
    // A speaker: filter takes the bioguide id MODS gave.
    let o = gavel(&data, &["search", "--json", "speaker:Y000902"]);
    ok(&o);
    let hits = json_lines(&o);
    assert_eq!(hits.len(), 2, "{hits:?}");
    assert!(hits.iter().all(|h| h["speaker"] == "Katrina Yarrowby"));
    // The hearing's metadata is MODS's.
    let o = gavel(&data, &["hearings", "--json"]);
    ok(&o);
    let h = &json_lines(&o)[0];
    assert_eq!(h["committee"], "Committee on Commerce, Science, and Transportation", "{h}");
    assert_eq!(h["dates"], serde_json::json!(["2024-07-11", "2024-07-12"]), "{h}");

    // A quote names the witness MODS gave, and `gavel parse` reads the record too.
    let o = gavel(&data, &["quote", "CHRG-118shrg99001#4"]);
    ok(&o);
    let quote = String::from_utf8_lossy(&o.stdout);
    assert!(quote.contains("— Gerald W. Quillfeather, Associate Dean, College of Harbor Studies"), "{quote}");
    let htm = folder.join("CHRG-118shrg99001.htm");
    let o = gavel(&data, &["parse", "--json", htm.to_str().unwrap()]);
    ok(&o);
    let parsed: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(parsed["turns"][3]["speaker"], "Gerald W. Quillfeather");
    assert_eq!(parsed["turns"][0]["member"]["bioguide"], "Z000901");

    // A record that is not XML is said, and the hearing indexed from its own text.
    std::fs::write(folder.join("CHRG-118shrg99001.mods.xml"), "<mods><titleInfo>").unwrap();
    let o = gavel(&data, &["index", folder_arg]);
    assert!(stderr(&o).contains("MODS record") && stderr(&o).contains("not valid XML"), "{}", stderr(&o));
    assert!(speakers(&data).iter().any(|(n, _, _)| n == "Mr. Quillfeather"));
}

#[test]
fn pages_are_followed_with_the_key_and_a_second_run_downloads_nothing() {
    let server = Server::start(World { remaining: Some(7), ..world(5, 1) });
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // The data folder named relatively: sources are stored absolute all the same.
    let o = command(&data, &server, &["get"])
        .current_dir(dir.path())
        .env("GAVEL_DATA_DIR", "data")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&o.stderr).contains(KEY));
    ok(&o);
    assert!(stderr(&o).contains("gavel: indexed 5 file(s)"), "{}", stderr(&o));
    // The allowance running low is said, once.
    assert_eq!(stderr(&o).matches("requests left in this hour's allowance").count(), 1, "{}", stderr(&o));
    // Five pages of one, the later ones from nextPage, each with the key
    // as a header and never in the address; how far it got is said.
    let listings: Vec<_> =
        server.seen().into_iter().filter(|s| s.path.starts_with("/collections/")).collect();
    assert_eq!(listings.len(), 5, "{listings:?}");
    assert!(stderr(&o).contains("listed 5 of 5 so far"), "{}", stderr(&o));
    assert!(listings[0].path.contains("offsetMark=*"));
    assert!(listings[4].path.contains("offsetMark=AoI4"));
    for l in &listings {
        assert_eq!(l.header("X-Api-Key"), Some(KEY));
        assert!(!l.path.contains(KEY));
    }
    // The content host is not sent the key.
    assert!(
        server
            .seen()
            .iter()
            .filter(|s| s.path.starts_with("/content/"))
            .all(|s| s.header("X-Api-Key").is_none())
    );
    let ids = hearing_ids(&data);
    assert_eq!(ids, (1..=5).map(|n| format!("CHRG-118shrg9{n:04}")).collect::<Vec<_>>());
    let folder = data.join("hearings");
    assert!(
        folder.join("CHRG-118shrg90003.htm").is_file() && folder.join("CHRG-118shrg90003.mods.xml").is_file()
    );
    // MODS names the witness the text calls `Mr. Cranfield`.
    let people = speakers(&data);
    assert!(people.contains(&("Ada Cranfield".into(), "witness".into(), None)), "{people:?}");
    assert!(
        people.contains(&("Roland Zephyrine".into(), "chair".into(), Some("Z000901".into()))),
        "{people:?}"
    );

    // Nothing changed: listed again (from two days before the newest), nothing fetched.
    let before = paths_seen(&server, "/content/").len() + paths_seen(&server, "/metadata/").len();
    let o = run(&data, &server, &["get"]);
    ok(&o);
    assert_eq!(paths_seen(&server, "/content/").len() + paths_seen(&server, "/metadata/").len(), before);
    assert!(stderr(&o).contains("5 unchanged, 0 fetched"), "{}", stderr(&o));
    assert!(
        paths_seen(&server, "/collections/")
            .last()
            .unwrap()
            .starts_with("/collections/CHRG/2024-07-13T00:00:00Z")
    );
    // Indexing the folder by hand finds the same hearings, not copies.
    let o = gavel(&data, &["index", data.join("hearings").to_str().unwrap()]);
    ok(&o);
    assert!(stderr(&o).contains("indexed 0 file(s) (0 turns), skipped 5 unchanged"), "{}", stderr(&o));
    assert_eq!(hearing_ids(&data).len(), 5);
    // The state file does not keep the key either.
    let state = std::fs::read_to_string(data.join("govinfo.json")).unwrap();
    assert!(!state.contains(KEY));

    // A changed package (new lastModified) is fetched again, and only it.
    server.world.lock().unwrap().packages[1].last_modified = "2024-08-01T00:00:00Z".into();
    let o = run(&data, &server, &["get"]);
    ok(&o);
    assert!(stderr(&o).contains("4 unchanged, 1 fetched"), "{}", stderr(&o));
}

#[test]
fn a_429_is_waited_out_and_a_503_tried_again_as_retry_after_says() {
    let server = Server::start(world(2, 10));
    server.fault(
        "/collections/CHRG/1990-01-01T00:00:00Z",
        Reply::status(
            429,
            r#"{"error":{"code":"OVER_RATE_LIMIT","message":"You have exceeded your rate limit."}}"#,
        ),
    );
    server.fault("/collections/CHRG/1990-01-01T00:00:00Z", Reply::status(429, "").with("Retry-After", "2"));
    let html = "/content/pkg/CHRG-118shrg90002/html/CHRG-118shrg90002.htm";
    server.fault(
        html,
        Reply::status(503, r#"{"message":"Generating. Please retry your request again after 30 seconds"}"#)
            .with("Retry-After", "30"),
    );
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let o = run(&data, &server, &["get"]);
    ok(&o);
    let err = stderr(&o);
    assert!(err.contains("govinfo asks to slow down (429); waiting 30 s"), "{err}");
    assert!(err.contains("waiting 2 s as it says (Retry-After)"), "{err}");
    assert!(err.contains("answered 503; trying again in 30 s"), "{err}");
    assert_eq!(paths_seen(&server, "/collections/").len(), 3);
    assert_eq!(paths_seen(&server, html).len(), 2);
    assert_eq!(hearing_ids(&data).len(), 2);
}

#[test]
fn an_answer_that_does_not_come_is_tried_again() {
    let server = Server::start(world(1, 10));
    let html = "/content/pkg/CHRG-118shrg90001/html/CHRG-118shrg90001.htm";
    let body = server.world.lock().unwrap().packages[0].html.clone();
    server.fault(html, Reply::Late(10_000, Box::new(Reply::status(200, &body))));
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let o = command(&data, &server, &["get"]).env("GAVEL_GOVINFO_TIMEOUT_MS", "1000").output().unwrap();
    ok(&o);
    assert!(stderr(&o).contains("timeout: receive response; trying again"), "{}", stderr(&o));
    assert!(paths_seen(&server, html).len() >= 2);
    assert_eq!(hearing_ids(&data), ["CHRG-118shrg90001"]);
}

#[test]
fn error_pages_cut_off_bodies_and_bad_records_fail_their_package_by_name_and_nothing_of_them_is_indexed() {
    let mut w = world(5, 10);
    // 1: no rendition: a redirect to the error page, which answers 200.
    w.packages[0].html.clear();
    // 5: only a PDF: the rendition is the placeholder.
    w.packages[4].html = "<html>\n<title> - HEARING NUMBER 5</title>\n<body><pre>\n[Senate Hearing, 118 Congress]\n[From the U.S. Government Publishing Office]\n\n [TEXT NOT AVAILABLE REFER TO PDF]\n</pre></body>\n</html>\n".into();
    let server = Server::start(w);
    let pkg = |n: usize| format!("CHRG-118shrg9{n:04}");
    let html = |n: usize| format!("/content/pkg/{0}/html/{0}.htm", pkg(n));
    server.fault(&html(1), Reply::status(302, "").with("Location", &format!("{}/error", server.base)));
    // 2: cut off every time it is asked for (the first try and three more).
    let body = server.world.lock().unwrap().packages[1].html.clone();
    for _ in 0..4 {
        server.fault(
            &html(2),
            Reply::Truncated { body: body.as_bytes()[..200].to_vec(), declared: body.len() },
        );
    }
    // 3: a record that is not XML.
    server.world.lock().unwrap().packages[2].mods =
        "<mods xmlns=\"http://www.loc.gov/mods/v3\"><titleInfo>".into();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let o = run(&data, &server, &["get"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    let failed = |n: usize| {
        err.lines()
            .find(|l| l.starts_with(&format!("  failed: {}", pkg(n))))
            .unwrap_or_else(|| panic!("{n}: {err}"))
            .to_owned()
    };
    assert!(failed(1).contains("no HTML rendition"), "{}", failed(1));
    assert!(failed(2).contains("the answer was cut off"), "{}", failed(2));
    // Tried again three times before giving up on it.
    assert_eq!(paths_seen(&server, &html(2)).len(), 4);
    assert!(failed(3).contains("MODS record") && failed(3).contains("not valid XML"), "{}", failed(3));
    assert!(failed(5).contains("only a PDF"), "{}", failed(5));
    assert_eq!(hearing_ids(&data), [pkg(4)]);
    let folder = data.join("hearings");
    for n in [1, 2, 3, 5] {
        assert!(!folder.join(format!("{}.htm", pkg(n))).exists(), "{n}");
    }
    assert!(
        std::fs::read_dir(&folder).unwrap().all(|e| !e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with('.'))
    );

    // The faults are gone: the next run tries the failed ones again, even
    // though the listing from the last one's newest no longer brings them;
    // not the one without a rendition, until govinfo changes it.
    server.world.lock().unwrap().packages[0].html =
        server::hearing_html("HEARING NUMBER 1", "Abbotson", "Words.");
    server.world.lock().unwrap().packages[2].mods = package(3, "").mods;
    let o = run(&data, &server, &["get"]);
    ok(&o);
    assert!(
        stderr(&o).contains("2 without HTML text (PDF only) as before, 2 fetched, 0 failed"),
        "{}",
        stderr(&o)
    );
    assert_eq!(hearing_ids(&data), (2..=4).map(pkg).collect::<Vec<_>>());
    assert_eq!(paths_seen(&server, &html(1)).len(), 1);
    // Named, it is asked for again.
    let o = run(&data, &server, &["get", "--package", &pkg(1)]);
    ok(&o);
    assert_eq!(hearing_ids(&data), (1..=4).map(pkg).collect::<Vec<_>>());
}

#[test]
fn a_run_killed_midway_leaves_no_partial_file_and_the_next_run_completes_it() {
    let server = Server::start(world(5, 10));
    let held = "/content/pkg/CHRG-118shrg90003/html/CHRG-118shrg90003.htm";
    let html = server.world.lock().unwrap().packages[2].html.clone();
    server.fault(held, Reply::Hold(Box::new(Reply::status(200, &html))));
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut child = command(&data, &server, &["get"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Killed (SIGKILL) while the third hearing is on its way.
    for _ in 0..2000 {
        if !paths_seen(&server, held).is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(!paths_seen(&server, held).is_empty(), "the run never asked for the third hearing");
    child.kill().unwrap();
    child.wait().unwrap();
    server.release.store(true, std::sync::atomic::Ordering::SeqCst);
    let folder = data.join("hearings");
    assert!(!folder.join("CHRG-118shrg90003.htm").exists());
    // What was written is whole (a few are fetched at once, so which ones
    // were done by then varies).
    for p in server.world.lock().unwrap().packages.iter() {
        let file = folder.join(format!("{}.htm", p.id));
        if file.exists() {
            assert_eq!(std::fs::read_to_string(file).unwrap(), p.html);
        }
    }
    // A temporary file a kill mid-write would leave is cleared by the next run.
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join(".gavel-get-left0ver"), "half a hear").unwrap();
    let o = run(&data, &server, &["get"]);
    ok(&o);
    assert_eq!(hearing_ids(&data), (1..=5).map(|n| format!("CHRG-118shrg9{n:04}")).collect::<Vec<_>>());
    assert!(!folder.join(".gavel-get-left0ver").exists());
    let o = run(&data, &server, &["get"]);
    assert!(stderr(&o).contains("5 unchanged, 0 fetched"), "{}", stderr(&o));
}

#[test]
fn a_watch_reports_a_hit_in_a_hearing_get_brings_once_and_not_again() {
    let mut w = world(1, 10);
    // The hearing already indexed says it too: a watch reports what is new.
    w.packages[0] = package(1, "The zeppelin mooring mast is a relic.");
    let server = Server::start(w);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    ok(&run(&data, &server, &["get"]));
    ok(&run(&data, &server, &["watch", "add", "airships", "zeppelin", "mooring"]));
    let o = run(&data, &server, &["watch", "add", "airships", "blimp"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("already a watch named \"airships\""), "{}", stderr(&o));
    let o = run(&data, &server, &["watch", "list"]);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "airships\tzeppelin mooring\n");
    let o = run(&data, &server, &["watch"]);
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stdout));
    assert!(o.stdout.is_empty());

    // govinfo posts two hearings; one says the words.
    {
        let mut world = server.world.lock().unwrap();
        world.packages.push(package(2, "The zeppelin mooring question came up again."));
        world.packages.push(package(3, "Nothing about airships here."));
    }
    let o = run(&data, &server, &["get"]);
    ok(&o);
    assert!(
        stderr(&o).contains("2 fetched") && stderr(&o).contains("gavel: indexed 2 file(s)"),
        "{}",
        stderr(&o)
    );
    let o = run(&data, &server, &["watch", "--json"]);
    ok(&o);
    let hits = json_lines(&o);
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0]["watch"], "airships");
    assert_eq!(hits[0]["hearing_id"], "CHRG-118shrg90002");
    assert_eq!(hits[0]["speaker"], "Ada Barlowe");
    assert!(hits[0]["line"].as_u64().is_some_and(|l| l > 20), "{}", hits[0]);
    // Reported once.
    let o = run(&data, &server, &["watch"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());

    ok(&run(&data, &server, &["watch", "rm", "airships"]));
    let o = run(&data, &server, &["watch", "rm", "airships"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no watch named \"airships\""), "{}", stderr(&o));
}

#[test]
fn filters_narrow_the_listing_and_a_dry_run_writes_nothing() {
    let mut w = world(4, 10);
    let mut house = package(5, "Words.");
    house.id = "CHRG-117hhrg95005".into();
    house.mods = house.mods.replace("CHRG-118shrg90005", "CHRG-117hhrg95005");
    w.packages.push(house);
    let server = Server::start(w);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let stdout = |o: &Output| String::from_utf8_lossy(&o.stdout).into_owned();

    let o = run(&data, &server, &["get", "--dry-run", "--chamber", "house"]);
    ok(&o);
    assert_eq!(stdout(&o), "CHRG-117hhrg95005\tHEARING NUMBER 5\n");
    assert!(paths_seen(&server, "/collections/")[0].contains("docClass=hhrg"));
    // With a committee, a dry run reads the records to know, and no more.
    let o = run(&data, &server, &["get", "--dry-run", "--committee", "FINANCE"]);
    ok(&o);
    assert_eq!(
        stdout(&o).lines().map(|l| l.split('\t').next().unwrap()).collect::<Vec<_>>(),
        ["CHRG-118shrg90002", "CHRG-118shrg90004"]
    );
    assert!(paths_seen(&server, "/content/").is_empty());
    assert!(!data.join("hearings").exists() && !data.join("govinfo.json").exists());

    let o = run(&data, &server, &["get", "--committee", "finance", "--congress", "118"]);
    ok(&o);
    assert!(paths_seen(&server, "/collections/").last().unwrap().contains("congress=118"));
    assert_eq!(hearing_ids(&data), ["CHRG-118shrg90002", "CHRG-118shrg90004"]);
    let people = speakers(&data);
    assert!(people.iter().any(|(n, r, _)| n == "Ada Barlowe" && r == "witness"), "{people:?}");

    let o = run(&data, &server, &["get", "--since", "last tuesday"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--since \"last tuesday\": expected a date such as 2024-01-05"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn without_a_key_demo_key_is_used_and_said_and_a_refused_key_is_an_error_that_does_not_show_it() {
    let server = Server::start(world(1, 10));
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let o = command(&data, &server, &["get", "--dry-run"]).env_remove("GOVINFO_API_KEY").output().unwrap();
    ok(&o);
    assert!(stderr(&o).contains("no govinfo API key") && stderr(&o).contains("DEMO_KEY"), "{}", stderr(&o));
    assert_eq!(server.seen()[0].header("X-Api-Key"), Some("DEMO_KEY"));

    // The gateway refuses the key: the run stops with its message, and the key shows nowhere.
    server.fault(
        "/collections/CHRG/1990-01-01T00:00:00Z",
        Reply::status(
            403,
            r#"{"error":{"code":"API_KEY_INVALID","message":"An invalid api_key was supplied."}}"#,
        ),
    );
    let o = run(&data, &server, &["get"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("answered 403: An invalid api_key was supplied."), "{}", stderr(&o));

    // A listing that is not one (a proxy's page) stops the run, said as such.
    server.fault(
        "/collections/CHRG/1990-01-01T00:00:00Z",
        Reply::status(200, "<html>Service Unavailable</html>"),
    );
    let o = run(&data, &server, &["get"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("the answer is not a govinfo listing"), "{}", stderr(&o));

    // A nextPage pointing at another host is not followed with the key.
    server.fault(
        "/collections/CHRG/1990-01-01T00:00:00Z",
        Reply::status(200, r#"{"count":2,"message":null,"nextPage":"http://198.51.100.7/collections/CHRG/x?offsetMark=AoI1&api_key=k3y-TH4T-MUST-N0T-SH0W","previousPage":null,"packages":[]}"#),
    );
    let o = run(&data, &server, &["get"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o)
            .contains("nextPage points to http://198.51.100.7/collections/CHRG/x?offsetMark=AoI1&api_key=…"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_day_of_the_record_comes_granule_by_granule_with_who_spoke() {
    let day = "CREC-2024-07-11";
    let g = |n: u32| format!("{day}-pt1-PgS{n}");
    let granules = vec![
        (
            g(5001),
            "SENATE".to_owned(),
            server::record_page("S5001", "ZEPHYRINE", "the dredging backlog has doubled."),
            server::record_mods(&g(5001), "Z000901", "ZEPHYRINE", "Roland Zephyrine"),
        ),
        (
            g(5002),
            "SENATE".to_owned(),
            server::record_page("S5002", "QUARTERMAINE", "the ports cannot wait."),
            server::record_mods(&g(5002), "Q000903", "QUARTERMAINE", "Hollis Quartermaine"),
        ),
        // The Daily Digest only summarises: not fetched.
        (format!("{day}-pt1-PgD700"), "DAILYDIGEST".to_owned(), String::new(), String::new()),
    ];
    let world = World {
        days: vec![server::Day { id: day.into(), last_modified: "2024-07-12T08:00:00Z".into(), granules }],
        ..World::default()
    };
    let server = Server::start(world);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let o = run(&data, &server, &["get", "--record"]);
    ok(&o);
    // Indexed by the run itself, the day's folder read as one package.
    assert!(stderr(&o).contains("gavel: indexed 2 file(s)"), "{}", stderr(&o));
    assert!(paths_seen(&server, "/collections/CREC/").len() == 1);
    assert!(paths_seen(&server, "/content/pkg/CREC-2024-07-11/html/CREC-2024-07-11-pt1-PgD700").is_empty());
    let folder = data.join("hearings").join(day);
    assert!(
        folder.join(format!("{}.htm", g(5001))).is_file()
            && folder.join(format!("{}.mods.xml", g(5002))).is_file()
    );
    assert_eq!(hearing_ids(&data), [g(5001), g(5002)]);
    let people = speakers(&data);
    assert!(
        people.contains(&("Roland Zephyrine".into(), "member".into(), Some("Z000901".into()))),
        "{people:?}"
    );
    assert!(
        people.contains(&("Hollis Quartermaine".into(), "member".into(), Some("Q000903".into()))),
        "{people:?}"
    );
    // The day is current: nothing fetched again.
    let o = run(&data, &server, &["get", "--record"]);
    assert!(stderr(&o).contains("1 unchanged, 0 fetched"), "{}", stderr(&o));
    // A committee is no filter for the Record.
    let o = run(&data, &server, &["get", "--record", "--committee", "finance"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--committee is for hearings"), "{}", stderr(&o));
}
