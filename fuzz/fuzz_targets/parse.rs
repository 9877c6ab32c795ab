//! Any bytes: parsing never panics, and every non-blank character of the
//! decoded text is accounted for (turn, block or markup), with turn text
//! equal to its source up to whitespace and line-break hyphens.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for format in gavel::model::Format::ALL.into_iter().map(Some).chain([None]) {
        if let Ok((t, text)) = gavel::speakers::read(data, "fuzz.txt", format) {
            let c = gavel::parse::coverage::coverage(&text, &t);
            assert_eq!(c.dropped, 0, "dropped text with {format:?}");
            assert!(c.altered.is_empty(), "altered turns {:?} with {format:?}", c.altered);
        }
    }
});
