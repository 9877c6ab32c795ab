//! Every query form, checked against a brute-force scan of the same parsed
//! samples: the index must find exactly the turns a reader would.

mod common;

use gavel::model::Transcript;

/// What the index holds, kept in memory: one row per turn or statement.
struct Row {
    hearing: String,
    committee: String,
    chamber: String,
    congress: Option<u16>,
    date: String,
    who: Vec<String>,
    role: String,
    /// `turn`, or the written block's kind as indexed.
    kind: String,
    tokens: Vec<String>,
}

fn tokens(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

fn rows() -> Vec<Row> {
    let mut out = Vec::new();
    for b in gavel::samples::BUNDLED {
        let (t, _): (Transcript, String) =
            gavel::speakers::read(b.bytes, &format!("bundled:{}", b.name), None).unwrap();
        let h = &t.hearing;
        let base = |who: Vec<String>, role: &str, kind: &str, text: &str| Row {
            hearing: h.id.clone(),
            committee: format!(
                "{} {}",
                h.committee.as_deref().unwrap_or(""),
                h.subcommittee.as_deref().unwrap_or("")
            )
            .to_lowercase(),
            chamber: h.chamber.map(|c| c.as_str().to_owned()).unwrap_or_default(),
            congress: h.congress,
            date: h.date().unwrap_or("").to_owned(),
            who,
            role: role.to_owned(),
            kind: kind.to_owned(),
            tokens: tokens(text),
        };
        for turn in &t.turns {
            let who = tokens(&format!("{} {}", turn.display_speaker(), turn.label));
            out.push(base(who, turn.role.as_str(), "turn", &turn.text));
        }
        for block in t.blocks.iter().filter(|b| b.is_written()) {
            // A written block is a witness's when a listed witness wrote it,
            // a member's when a listed member did or it is a question for
            // the record (only members ask them).
            let author = block.author.as_deref().unwrap_or("");
            let role = if author.is_empty() {
                "unknown"
            } else if h.witnesses.iter().any(|w| w.name == author) {
                "witness"
            } else if h.members.iter().chain(&h.present).any(|m| m.name == author)
                || h.chair.as_deref() == Some(author)
                || block.kind == gavel::model::BlockKind::Question
            {
                "member"
            } else {
                "unknown"
            };
            let kind = gavel::index::written_kind(block.kind);
            out.push(base(tokens(author), role, kind, &block.text));
        }
    }
    out
}

fn has(r: &Row, w: &str) -> bool {
    r.tokens.iter().any(|t| t == w)
}

fn phrase(r: &Row, p: &str) -> bool {
    let p = tokens(p);
    r.tokens.windows(p.len()).any(|w| w == p.as_slice())
}

fn check(lib: &gavel::index::Library, query: &str, oracle: impl Fn(&Row) -> bool) {
    let want = rows().iter().filter(|r| oracle(r)).count();
    let (got, notes) = lib.count(query).unwrap();
    assert!(notes.is_empty(), "{query}: {notes:?}");
    assert_eq!(got, want, "query {query:?}");
    assert!(want > 0, "query {query:?} matches nothing in the samples: a useless test");
    let hits = lib.search(query, 500).unwrap().hits;
    assert_eq!(hits.len(), want, "query {query:?}: hits returned");
}

#[test]
fn every_query_form_finds_what_a_scan_finds() {
    let (_d, lib) = common::sample_library();
    check(&lib, "mexico", |r| has(r, "mexico"));
    check(&lib, "mexico cartel", |r| has(r, "mexico") && has(r, "cartel"));
    check(&lib, "\"by the department\"", |r| phrase(r, "by the department"));
    check(&lib, "\"of the\"", |r| phrase(r, "of the"));
    check(&lib, "\"of mexico\"", |r| phrase(r, "of mexico"));
    check(&lib, "fentanyl OR levees", |r| has(r, "fentanyl") || has(r, "levees"));
    check(&lib, "inspection -tank", |r| has(r, "inspection") && !has(r, "tank"));
    check(&lib, "insp*", |r| r.tokens.iter().any(|t| t.starts_with("insp")));
    check(&lib, "speaker:wicker", |r| r.who.iter().any(|w| w == "wicker"));
    check(&lib, "mexico role:witness", |r| has(r, "mexico") && r.role == "witness");
    check(&lib, "mexico committee:\"armed services\"", |r| {
        has(r, "mexico") && r.committee.contains("armed services")
    });
    check(&lib, "inspection chamber:house", |r| has(r, "inspection") && r.chamber == "house");
    check(&lib, "smoke congress:119", |r| has(r, "smoke") && r.congress == Some(119));
    check(&lib, "the date:2025-03", |r| has(r, "the") && r.date.starts_with("2025-03"));
    check(&lib, "the date:2025-02..2025-04", |r| {
        has(r, "the") && r.date.as_str() >= "2025-02" && r.date.as_str() < "2025-05" && r.date.len() == 10
    });
    check(&lib, "the kind:written", |r| has(r, "the") && r.kind != "turn");
    check(&lib, "the kind:statement", |r| has(r, "the") && r.kind == "statement");
    check(&lib, "the -kind:written", |r| has(r, "the") && r.kind == "turn");
    check(&lib, "kind:spoken", |r| r.kind == "turn");
    check(&lib, "hearing:wicker-guillot-armed-services-2025", |r| {
        r.hearing == "wicker-guillot-armed-services-2025"
    });
    // Hearings' own metadata documents answer no query, whether or not a
    // clause already needs speech (the index leaves the exclusion off then).
    check(&lib, "committee:\"armed services\"", |r| r.committee.contains("armed services"));
    check(&lib, "fentanyl OR chamber:house", |r| has(r, "fentanyl") || r.chamber == "house");
    check(&lib, "role:witness OR speaker:wicker", |r| {
        r.role == "witness" || r.who.iter().any(|w| w == "wicker")
    });
    // A person however the name is written: middle initial or not, the given
    // name's short form; the printed name is `Gregory M. Guillot`.
    let guillot = |r: &Row| r.who.iter().any(|w| w == "gregory") && r.who.iter().any(|w| w == "guillot");
    check(&lib, "speaker:\"Gregory M. Guillot\"", guillot);
    check(&lib, "speaker:\"Gregory Guillot\"", guillot);
    check(&lib, "speaker:\"Greg Guillot\"", guillot);
    check(&lib, "speaker:\"Roger Wicker\"", |r| r.who.iter().any(|w| w == "wicker"));
    assert_eq!(lib.count("speaker:\"Roger Guillot\"").unwrap().0, 0, "a given name of someone else");
    check(&lib, "the role:witness", |r| has(r, "the") && r.role == "witness");
    let witnesses = lib.search("role:witness", 1000).unwrap().hits;
    assert!(witnesses.iter().all(|h| !h.speaker.trim().is_empty()), "a witness's words with no speaker");
    check(&lib, "chamber:senate -fentanyl", |r| r.chamber == "senate" && !has(r, "fentanyl"));
    check(&lib, "-the hearing:wicker-guillot-armed-services-2025", |r| {
        r.hearing == "wicker-guillot-armed-services-2025" && !has(r, "the")
    });
}

/// Phrases are found through the common grams of the text (`of my`, `the
/// committee`): every phrase cut from the samples, of two to five words,
/// common or not, must count exactly the turns that say it.
#[test]
fn phrases_cut_from_the_samples_count_what_a_scan_counts() {
    let (_d, lib) = common::sample_library();
    let rows = rows();
    let mut asked = 0;
    for (i, row) in rows.iter().enumerate().step_by(7) {
        for len in 2..=5 {
            let start = (i * 3 + len) % row.tokens.len().max(1);
            let Some(words) = row.tokens.get(start..start + len) else { continue };
            let p = words.join(" ");
            let want = rows.iter().filter(|r| r.tokens.windows(len).any(|w| w == words)).count();
            let (got, _) = lib.count(&format!("\"{p}\"")).unwrap();
            assert_eq!(got, want, "phrase {p:?}");
            asked += 1;
        }
    }
    assert!(asked > 100, "only {asked} phrases asked");
}

#[test]
fn half_typed_queries_search_what_they_can() {
    let (_d, lib) = common::sample_library();
    let r = lib.search("mexico role: date:20 \"by the", 50).unwrap();
    assert!(!r.hits.is_empty());
    assert_eq!(r.notes.len(), 3, "{:?}", r.notes);
    let r = lib.search("", 10).unwrap();
    assert!(r.hits.is_empty() && r.notes.is_empty());
}

/// A corpus written for ranking: phrase matches first, then newer hearings.
#[test]
fn phrase_matches_rank_first_and_ties_go_to_the_newest() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, date: &str, body: &str| {
        let text = format!("Title: {name}\nDate: {date}\n\n{body}\n");
        std::fs::write(dir.path().join(format!("{name}.txt")), text).unwrap();
    };
    write(
        "older",
        "2019-05-01",
        "SMITH: The water levels are rising fast.\n\nJONES: Rising water is a concern.",
    );
    write(
        "newer",
        "2024-05-01",
        "SMITH: The water levels are rising fast.\n\nJONES: Levels of water keep rising.",
    );
    let lib = gavel::index::Library::open(&dir.path().join("index")).unwrap();
    let (inputs, _) = gavel::workspace::corpus::discover(&[dir.path().to_owned()]);
    gavel::workspace::corpus::ingest(&lib, &inputs, false, &mut |_| {}).unwrap();
    let hits = lib.search("rising water", 10).unwrap().hits;
    let order: Vec<(&str, &str)> = hits.iter().map(|h| (h.hearing_id.as_str(), h.label.as_str())).collect();
    // "Rising water" as a phrase first; the identical SMITH turns tie and
    // the newer hearing's comes before the older's.
    assert_eq!(order[0], ("older", "JONES"), "{order:?}");
    let smith: Vec<&str> = order.iter().filter(|(_, l)| *l == "SMITH").map(|(h, _)| *h).collect();
    assert_eq!(smith, ["newer", "older"], "{order:?}");
}

/// A phrase is highlighted whole, although the index finds it through
/// overlapping grams (`by the`, `the department`).
#[test]
fn a_phrase_is_highlighted_as_one_span() {
    let (_d, lib) = common::sample_library();
    let r = lib.search("\"by the department\"", 10).unwrap();
    assert!(!r.hits.is_empty());
    for hit in &r.hits {
        let spans: Vec<&str> = hit.highlights.iter().map(|h| &hit.snippet[h.clone()]).collect();
        assert!(spans.iter().any(|s| s.eq_ignore_ascii_case("by the department")), "{spans:?}");
        assert!(hit.highlights.windows(2).all(|w| w[0].end <= w[1].start), "{:?}", hit.highlights);
    }
}

/// A subcommittee's hearing is found by its full committee's name and by its
/// own, and hits name the full committee (issue #14).
#[test]
fn a_subcommittee_hearing_is_found_by_either_committee() {
    let data = tempfile::tempdir().unwrap();
    let fixture = common::fixtures().join("parse/gpo_subcommittee.txt");
    let o = common::gavel(data.path(), &["index", fixture.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    for query in ["doorbell committee:judiciary", "doorbell committee:\"privacy, technology\""] {
        let o = common::gavel(data.path(), &["search", query, "--json"]);
        let hits: Vec<serde_json::Value> =
            String::from_utf8_lossy(&o.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(hits.len(), 2, "{query}: {hits:?}");
        assert!(hits.iter().all(|h| h["committee"] == "Committee on the Judiciary"), "{hits:?}");
    }
    let o = common::gavel(data.path(), &["search", "doorbell committee:commerce", "--count"]);
    assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), "0");
}
