//! The compact index of schema 5 answers every query form exactly as schema
//! 4's layout did (issue #19). Both are built here from the same files (the
//! bundled samples, and some GPO hearings of `../shared/corpus` when it is
//! there) and asked the same questions: every hit's id, score, snippet,
//! highlights and stored fields, the count of all matches, pages sorted by
//! date, counts per hearing and speaker, hearing summaries and turns, and
//! "who said this before". The questions name speakers, committees and
//! dates the index holds, read from it, so each form has hits to compare.

use gavel::index::Library;
use gavel::index::page::Order;
use gavel::index::schema::Layout;
use gavel::index::search::Hit;
use gavel::workspace::corpus;
use std::path::Path;

/// GPO hearings taken from the shared corpus, when present: enough for
/// several committees, dates and hundreds of speakers, quick in a debug build.
const GPO_FILES: usize = 6;

fn build(dir: &Path, layout: Layout) -> Library {
    let lib = Library::create_layout(dir, layout).unwrap();
    let mut inputs = corpus::bundled_inputs();
    let gpo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/gpo-hearings");
    if gpo.is_dir() {
        let (found, _) = corpus::discover(&[gpo]);
        inputs.extend(found.into_iter().take(GPO_FILES));
    } else {
        eprintln!("{} is absent: comparing the bundled samples only", gpo.display());
    }
    let report = corpus::ingest(&lib, &inputs, false, &mut |_| {}).unwrap();
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    assert_eq!(report.indexed, inputs.len());
    lib
}

/// Hits in rank order; among equal scores, by id (the index's own order for
/// ties depends on which indexing thread took a hearing).
fn ranked(mut hits: Vec<Hit>) -> Vec<Hit> {
    hits.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.turn_id.cmp(&b.turn_id)));
    hits
}

/// Every hit of `query` in both indexes, equal; and the first page of 20,
/// which takes the pruned path for plain words, equal up to ties at its end.
fn same_answers(old: &Library, new: &Library, query: &str) -> usize {
    let (a, b) = (old.search(query, 5000).unwrap(), new.search(query, 5000).unwrap());
    assert!(a.total <= 5000, "`{query}`: {} hits, more than compared", a.total);
    assert_eq!(a.total, b.total, "`{query}`: counts differ");
    assert_eq!(a.notes, b.notes, "`{query}`");
    let (a_all, b_all) = (ranked(a.hits.clone()), ranked(b.hits));
    let ids = |hits: &[Hit]| hits.iter().map(|h| (h.turn_id.clone(), h.score)).collect::<Vec<_>>();
    assert_eq!(ids(&a_all), ids(&b_all), "`{query}`: hits or scores differ");
    assert_eq!(a_all, b_all, "`{query}`: hits differ");
    let (a20, b20) = (old.search(query, 20).unwrap(), new.search(query, 20).unwrap());
    let scores = |r: &gavel::index::search::Results| r.hits.iter().map(|h| h.score).collect::<Vec<_>>();
    assert_eq!(scores(&a20), scores(&b20), "`{query}`: top 20 scores differ");
    if let Some(last) = a20.hits.last().map(|h| h.score) {
        let above = |r: &gavel::index::search::Results| {
            ranked(r.hits.iter().filter(|h| h.score > last).cloned().collect())
        };
        assert_eq!(above(&a20), above(&b20), "`{query}`: top 20 differ");
    }
    for order in [Order::Oldest, Order::Newest] {
        let (pa, pb) =
            (old.search_page(query, 3, 40, order).unwrap(), new.search_page(query, 3, 40, order).unwrap());
        let dates =
            |r: &gavel::index::search::Results| r.hits.iter().map(|h| h.date.clone()).collect::<Vec<_>>();
        assert_eq!(dates(&pa), dates(&pb), "`{query}` by date");
        assert_eq!(pa.total, pb.total);
    }
    let sorted = |mut v: Vec<(String, usize)>| {
        v.sort();
        v
    };
    assert_eq!(sorted(old.count_by_hearing(query).unwrap()), sorted(new.count_by_hearing(query).unwrap()));
    assert_eq!(sorted(old.count_by_speaker(query).unwrap()), sorted(new.count_by_speaker(query).unwrap()));
    a.total
}

#[test]
fn the_compact_index_answers_every_query_form_as_schema_4_did() {
    let dir = tempfile::tempdir().unwrap();
    let old = build(&dir.path().join("schema4"), Layout::Schema4);
    let new = build(&dir.path().join("compact"), Layout::Compact);

    // Names, committees and dates the index holds, read from its hits.
    let all = old.search("the", 5000).unwrap().hits;
    let speaker =
        all.iter().find(|h| h.role == "witness" && h.speaker.contains(' ')).expect("a named witness");
    let surname = speaker.speaker.split_whitespace().last().unwrap().to_owned();
    let committee = all.iter().find_map(|h| h.committee.clone()).expect("a committee");
    let committee_words: Vec<&str> = committee.split_whitespace().filter(|w| w.len() > 3).take(2).collect();
    let mut years: Vec<String> =
        all.iter().filter_map(|h| h.date.as_ref().map(|d| d[..4].to_owned())).collect();
    years.sort();
    years.dedup();
    assert!(!years.is_empty(), "dated hearings");
    let (first, last) = (&years[0], &years[years.len() - 1]);

    let queries = vec![
        "committee".to_owned(),
        "percent".to_owned(),
        "thank you".to_owned(),
        "\"thank you\"".to_owned(),
        "\"of the\"".to_owned(),
        "\"i yield back\"".to_owned(),
        "regulat*".to_owned(),
        "bank OR banks".to_owned(),
        "committee -chairman".to_owned(),
        format!("speaker:{surname}"),
        format!("speaker:\"{}\" the", speaker.speaker),
        "role:witness percent".to_owned(),
        "role:member".to_owned(),
        "role:chair question".to_owned(),
        format!("committee:{}", committee_words[0]),
        format!("committee:\"{}\" the", committee_words.join(" ")),
        format!("date:{first}..{last} committee"),
        format!("date:{first}..{first}"),
        "kind:statement".to_owned(),
        "kind:written the".to_owned(),
        "chamber:senate hearing".to_owned(),
    ];
    let mut answered = 0;
    for q in &queries {
        let n = same_answers(&old, &new, q);
        answered += usize::from(n > 0);
    }
    // Each form has hits to compare, whichever files the index holds.
    assert_eq!(answered, queries.len(), "every query form has hits");

    // Hearing summaries, a hearing's turns, and the statements most alike.
    let (ha, hb) = (old.hearings().unwrap(), new.hearings().unwrap());
    let by_id = |mut v: Vec<gavel::summary::HearingSummary>| {
        v.sort_by(|a, b| a.hearing.id.cmp(&b.hearing.id));
        v
    };
    assert_eq!(by_id(ha.clone()), by_id(hb));
    assert!(ha.len() >= gavel::samples::BUNDLED.len());
    for h in &ha {
        assert_eq!(old.hearing_turns(&h.hearing.id).unwrap(), new.hearing_turns(&h.hearing.id).unwrap());
    }
    let turn = &speaker.turn_id;
    assert_eq!(old.turn(turn).unwrap(), new.turn(turn).unwrap());
    assert_eq!(ranked(old.similar(turn, 10).unwrap()), ranked(new.similar(turn, 10).unwrap()));
}
