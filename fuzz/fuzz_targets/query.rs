//! Any text typed into the query bar: parsing never panics, and what it
//! keeps can always be built into a tantivy query.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        let q = gavel::index::query::parse(s);
        let _ = q.terms();
        let (_, fields) = gavel::index::schema::build();
        let index = tantivy::Index::create_in_ram(gavel::index::schema::build().0);
        let _ = gavel::index::query::build(&q, &index, &fields);
    }
});
