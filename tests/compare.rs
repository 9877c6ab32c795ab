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
    let o = gavel(data.path(), &["compare", "--trend", "fentanyl", "--csv"]);
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
    let hits = lib.said_before("wicker-guillot-armed-services-2025#3", 5).unwrap();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h.hearing_id != "wicker-guillot-armed-services-2025"), "{hits:?}");
    assert!(lib.said_before("no-such#1", 5).unwrap().is_empty());
}
