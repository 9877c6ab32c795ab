//! Any text typed into the query bar: parsing never panics, what it keeps
//! can always be built into a tantivy query, and a snippet cut for it from
//! any text is a piece of that text with marks inside it. The input's first
//! line is the query, the rest the text of a turn.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        let (typed, text) = s.split_once('\n').unwrap_or((s, s));
        let q = gavel::index::query::parse(typed);
        let _ = q.terms();
        let (_, fields) = gavel::index::schema::build();
        let _ = gavel::index::plan::build(&q, &fields);
        let highlighter = gavel::index::snippet::Highlighter::new(&q, &|w| w.len() as f32);
        let snippet = highlighter.snippet(text);
        assert!(text.contains(&snippet.text));
        for r in &snippet.highlights {
            assert!(snippet.text.get(r.clone()).is_some(), "{r:?} in {:?}", snippet.text);
        }
    }
});
