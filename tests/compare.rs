//! Comparing one person's statements across hearings.

mod common;

use common::gavel;

#[test]
fn one_speaker_on_a_topic_grouped_by_hearing() {
    let data = tempfile::tempdir().unwrap();
    let o = gavel(data.path(), &["compare", "--speaker", "guillot", "mexico", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let groups: Vec<serde_json::Value> =
        String::from_utf8_lossy(&o.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0]["hearing_id"], "wicker-guillot-armed-services-2025");
    let statements = groups[0]["statements"].as_array().unwrap();
    assert!(statements.iter().all(|s| s["speaker"] == "Gregory M. Guillot"));
    assert!(statements.iter().all(|s| s["key_sentence"].as_str().unwrap().contains("Mexico")));
    let o = gavel(data.path(), &["compare", "--speakers", "wicker", "guillot", "mexico", "--json"]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("Roger Wicker") && text.contains("Gregory M. Guillot"), "{text}");
}

/// Over the real Federal Reserve hearings (skipped when ../shared/corpus is
/// absent): Bernanke, printed as `Chairman Bernanke` or `Mr. Bernanke`, is one
/// person, and his statements on inflation come in date order.
#[test]
fn bernanke_on_inflation_across_the_monetary_policy_hearings() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/gpo-hearings");
    if !corpus.is_dir() {
        eprintln!("SKIPPED: ../shared/corpus is not present");
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let o = gavel(data.path(), &["index", corpus.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let o = gavel(data.path(), &["compare", "--speaker", "bernanke", "inflation", "--json"]);
    let groups: Vec<serde_json::Value> =
        String::from_utf8_lossy(&o.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(groups.len() >= 10, "{} hearings", groups.len());
    let dates: Vec<&str> = groups.iter().map(|g| g["date"].as_str().unwrap()).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    for g in &groups {
        for s in g["statements"].as_array().unwrap() {
            assert_eq!(s["speaker"], "Ben S. Bernanke", "{}", g["hearing_id"]);
            assert!(s["key_sentence"].as_str().unwrap().to_lowercase().contains("inflation"));
        }
    }
    // `gavel speakers`: one person, whatever the label, in every hearing
    // where compare found his statements; no Bernanke label left over.
    let o = gavel(data.path(), &["speakers", "--json"]);
    let rows: Vec<serde_json::Value> =
        String::from_utf8_lossy(&o.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let mentions = |r: &&serde_json::Value| {
        let text = format!("{} {}", r["name"], r["labels"]).to_lowercase();
        text.contains("bernanke")
    };
    let bernankes: Vec<&serde_json::Value> = rows.iter().filter(mentions).collect();
    assert_eq!(bernankes.len(), 1, "{bernankes:?}");
    let ben = bernankes[0];
    assert_eq!((ben["name"].as_str(), ben["resolved"].as_bool()), (Some("Ben S. Bernanke"), Some(true)));
    let labels: Vec<&str> = ben["labels"].as_array().unwrap().iter().map(|l| l.as_str().unwrap()).collect();
    assert!(labels.contains(&"Chairman Bernanke") && labels.contains(&"Mr. Bernanke"), "{labels:?}");
    let his: Vec<&str> =
        ben["hearings"].as_array().unwrap().iter().map(|h| h["id"].as_str().unwrap()).collect();
    for g in &groups {
        assert!(his.contains(&g["hearing_id"].as_str().unwrap()), "{} not among {his:?}", g["hearing_id"]);
    }
    let turns: u64 = ben["hearings"].as_array().unwrap().iter().map(|h| h["turns"].as_u64().unwrap()).sum();
    assert_eq!(ben["turns"].as_u64(), Some(turns));
}

#[test]
fn term_trend_counts_matching_turns_per_hearing_in_date_order() {
    let data = tempfile::tempdir().unwrap();
    let o = gavel(data.path(), &["compare", "--trend", "fentanyl", "--csv", "--all"]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8_lossy(&o.stdout);
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), gavel::samples::BUNDLED.len());
    let dates: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    // Checked against the parse: the rush transcript's turns that say "fentanyl".
    let rush = gavel::samples::BUNDLED.iter().find(|b| b.name.starts_with("sample-rush")).unwrap();
    let (t, _) = gavel::speakers::read(rush.bytes, "x", None).unwrap();
    let expected = t.turns.iter().filter(|t| t.text.to_lowercase().contains("fentanyl")).count();
    let row = rows.iter().find(|r| &r[1] == "sample-rush-house-drug-trafficking").unwrap();
    assert_eq!(row[3].parse::<usize>().unwrap(), expected);
}

#[test]
fn two_hearings_share_no_one_with_a_mere_surname_in_common() {
    let data = tempfile::tempdir().unwrap();
    // Both hearings have a Halvorsen, but Erik J. and Dana are two people.
    let o = gavel(
        data.path(),
        &[
            "compare",
            "--hearings",
            "sample-gpo-senate-coastal-resilience",
            "sample-rush-house-drug-trafficking",
            "--json",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["spoke_in_both"], serde_json::json!([]));
    // Each distinctive word is one the hearing itself uses, more than once.
    for h in v["hearings"].as_array().unwrap() {
        let id = h["hearing_id"].as_str().unwrap();
        let bundled = gavel::samples::BUNDLED.iter().find(|b| b.name.starts_with(id)).unwrap();
        let (t, _) = gavel::speakers::read(bundled.bytes, "x", None).unwrap();
        let spoken = t.turns.iter().map(|t| t.text.to_lowercase()).collect::<Vec<_>>().join(" ");
        let words = h["distinctive"].as_array().unwrap();
        assert!(!words.is_empty());
        for w in words {
            assert!(spoken.matches(w.as_str().unwrap()).count() >= 2, "{id}: {w}");
        }
    }
    let o = gavel(data.path(), &["compare", "--hearings", "sample-gpo-senate-coastal-resilience", "nope"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn said_before_finds_similar_statements_in_other_hearings_only() {
    let (_d, lib) = common::sample_library();
    // Guillot on Mexican forces and cartels; the rush transcript's witnesses
    // speak of the same things.
    let hits = lib.similar("wicker-guillot-armed-services-2025#3", 5).unwrap();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h.hearing_id != "wicker-guillot-armed-services-2025"), "{hits:?}");
    assert!(lib.similar("no-such#1", 5).unwrap().is_empty());
    assert!(lib.said_before("no-such#1", 5).unwrap().is_none());
    // The same question, the same answer: the likeness query is built in a
    // fixed order.
    let ids = |h: &[gavel::index::search::Hit]| h.iter().map(|h| h.turn_id.clone()).collect::<Vec<_>>();
    for _ in 0..5 {
        assert_eq!(ids(&lib.similar("wicker-guillot-armed-services-2025#3", 5).unwrap()), ids(&hits));
    }
}

/// Said before means before: only hearings held earlier than the turn's,
/// newest first; a hearing dated by its year alone is before nothing of
/// that year, nor after.
#[test]
fn said_before_means_before() {
    let (_d, lib) = common::sample_library();
    let date_of = |h: &gavel::index::search::Hit| h.date.clone().unwrap_or_default();
    // The latest sample (2025-06-03): earlier ones, newest first, never the
    // excerpt dated "2025" alone.
    let before = lib.said_before("sample-timestamped-house-ai-oversight#8", 20).unwrap().unwrap();
    assert!(!before.is_empty());
    assert!(
        before.iter().all(|h| date_of(h).len() == 10 && date_of(h).as_str() < "2025-06-03"),
        "{before:?}"
    );
    assert!(before.windows(2).all(|w| w[0].date >= w[1].date), "{before:?}");
    // The earliest full date (2025-02-26): nothing is known to be before it,
    // though later hearings say much the same.
    let earliest = "sample-rush-house-drug-trafficking#5";
    assert!(!lib.similar(earliest, 20).unwrap().is_empty());
    assert_eq!(lib.said_before(earliest, 20).unwrap().unwrap().len(), 0);
    let excerpt = lib.said_before("wicker-guillot-armed-services-2025#3", 20).unwrap().unwrap();
    assert!(excerpt.is_empty(), "{excerpt:?}");
}

/// Written questions for the record are the asking member's and their
/// answers the witness's; neither is spoken, so `compare` leaves them out
/// unless `--written` asks for them (issue #14).
#[test]
fn written_questions_are_the_askers_and_written_words_only_on_request() {
    let data = tempfile::tempdir().unwrap();
    let fixture = common::fixtures().join("parse/gpo_inserted.txt");
    let o = gavel(data.path(), &["index", fixture.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let groups = |args: &[&str]| -> Vec<serde_json::Value> {
        let o = gavel(data.path(), args);
        String::from_utf8_lossy(&o.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
    };
    // The witness never said "inflation" in the hearing.
    assert!(groups(&["compare", "--speaker", "barnacle", "inflation", "--json"]).is_empty());
    let written = groups(&["compare", "--speaker", "barnacle", "inflation", "--written", "--json"]);
    let statements: Vec<&serde_json::Value> =
        written.iter().flat_map(|g| g["statements"].as_array().unwrap()).collect();
    assert_eq!(statements.len(), 2, "{statements:?}"); // his prepared statement and answer A.1
    for s in &statements {
        assert_eq!(s["speaker"], "Ben S. Barnacle");
        assert_eq!(s["written"], true);
        assert!(!s["key_sentence"].as_str().unwrap().contains("great concerns"), "{s}");
    }
    // The question is the senator's.
    let asked = groups(&["compare", "--speaker", "reedley", "inflation", "--written", "--json"]);
    let text = serde_json::to_string(&asked).unwrap();
    assert!(text.contains("great concerns") && text.contains("Jack Reedley"), "{text}");
    // The query language says which: `kind:question`, `kind:answer`.
    for (kind, who) in [("question", "Jack Reedley"), ("answer", "Ben S. Barnacle")] {
        let hits = groups(&["search", &format!("inflation kind:{kind}"), "--json"]);
        assert_eq!(hits.len(), 1, "{kind}: {hits:?}");
        assert_eq!((hits[0]["speaker"].as_str(), hits[0]["kind"].as_str()), (Some(who), Some(kind)));
        // Quoted by the id search prints, cited as what it is.
        let o = gavel(data.path(), &["quote", hits[0]["turn_id"].as_str().unwrap(), "--format", "txt"]);
        let quote = String::from_utf8_lossy(&o.stdout);
        assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
        let cited = match kind {
            "question" => "(question for the record from Sen. Jack Reedley".to_owned(),
            _ => {
                "(response of Ben S. Barnacle, Chairman, Invented Reserve Board to questions for the record)"
                    .to_owned()
            }
        };
        assert!(quote.contains(&cited), "{quote}");
    }
}

/// A name that fits two people who spoke on the topic is refused with both
/// named, instead of their words being shown as one person's; the full
/// names then each find only their own.
#[test]
fn a_name_that_fits_two_people_is_refused_with_both_named() {
    let data = tempfile::tempdir().unwrap();
    let fixture = common::fixtures().join("compare/two-johnsons.txt");
    let o = common::gavel(data.path(), &["index", fixture.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let o = common::gavel(data.path(), &["compare", "--speaker", "johnson", "inflation"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("\"johnson\" fits 2 people"), "{err}");
    assert!(
        err.contains("--speaker \"Tim Johnson\"") && err.contains("--speaker \"Simon Johnson\""),
        "{err}"
    );
    assert!(o.stdout.is_empty());
    // Nobody of that name on the topic: exit 1, and a word why.
    let o = common::gavel(data.path(), &["compare", "--speaker", "johnson", "xylophone"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no statements by \"johnson\" on \"xylophone\""));
    for (name, own, other) in
        [("Simon Johnson", "Simon Johnson", "Tim Johnson"), ("Tim Johnson", "Tim Johnson", "Simon Johnson")]
    {
        let o = common::gavel(data.path(), &["compare", "--speaker", name, "inflation", "--json"]);
        let out = String::from_utf8_lossy(&o.stdout);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", String::from_utf8_lossy(&o.stderr));
        assert_eq!(out.matches(own).count(), 2, "{name}: {out}");
        assert!(!out.contains(other), "{name}: {out}");
    }
}

/// `--trend` lists the hearings that mention the topic, with the years
/// between as gaps; `--all` adds the others at zero, only those the
/// query's filters select.
#[test]
fn trend_shows_where_the_topic_comes_up_and_honours_filters() {
    let data = tempfile::tempdir().unwrap();
    let dir = common::fixtures().join("compare");
    let o = common::gavel(data.path(), &["index", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let lines = |args: &[&str]| -> Vec<String> {
        let o = common::gavel(data.path(), args);
        String::from_utf8_lossy(&o.stdout).lines().map(str::to_owned).collect()
    };
    let t = lines(&["compare", "--trend", "inflation"]);
    assert_eq!(t.len(), 3, "{t:#?}");
    assert!(t[0].starts_with("2008-03-04") && t[0].contains("Prices and the Cost of Credit"), "{t:#?}");
    assert!(t[1].starts_with("2009–2010") && t[1].contains("no hearing"), "{t:#?}");
    assert!(t[2].starts_with("2011-06-14") && t[2].contains("    2/4"), "{t:#?}");
    let all = lines(&["compare", "--trend", "inflation", "--all"]);
    assert!(all.iter().any(|l| l.starts_with("2010-05-05") && l.contains("    0/2")), "{all:#?}");
    let banking = lines(&["compare", "--trend", "inflation", "committee:banking", "--all", "--json"]);
    assert_eq!(banking.len(), 2, "{banking:#?}");
    assert!(banking.iter().all(|l| !l.contains("rail-2010")), "{banking:#?}");
}
