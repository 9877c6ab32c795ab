//! Properties that hold for any input: parsing never panics, and every
//! non-blank character of the text is accounted for as turn, block or markup,
//! with turn text equal to its source up to whitespace and line-break hyphens.

use gavel::model::Format;
use gavel::parse;
use proptest::prelude::*;

/// Lines that look like transcripts: labels of every format, stage
/// directions, page anchors, headings, hyphenated breaks, HTML and noise.
fn transcript_line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("    The Chairman. The committee will come to order.".to_owned()),
        Just("    Senator Okafor [presiding]. Thank you.".to_owned()),
        Just("    Mr. Castellano. We rebuilt the levee--".to_owned()),
        Just("  Mr. HALVORSEN. Mr. President, I rise".to_owned()),
        Just("[[Page S1501]]".to_owned()),
        Just("                              {time}  1117".to_owned()),
        Just("    [Laughter.]".to_owned()),
        Just("        STATEMENT OF DANA OKAFOR, PRESIDENT".to_owned()),
        Just("SEN. DANA HALVORSEN: Permitted by whom? VANCE: By the department.".to_owned()),
        Just("Dana Halvorsen (00:01:23):".to_owned()),
        Just("[00:41:10] OKAFOR: We have".to_owned()),
        Just("Sen. Dana Halvorsen (R-Texas)".to_owned()),
        Just("       1             SENATOR HALVORSEN:  Good morning.".to_owned()),
        Just("<p><strong>Mr. LIMAN</strong>: Now &amp; then</p>".to_owned()),
        Just("infra-".to_owned()),
        Just("structure and the so-".to_owned()),
        Just("called plan".to_owned()),
        Just(String::new()),
        "[ -~]{0,60}",
        "\\PC{0,30}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_text_parses_completely(lines in prop::collection::vec(transcript_line(), 0..40), format in 0usize..8) {
        let text = lines.join("\n");
        let forced = Format::ALL.get(format).copied();
        if let Ok((t, decoded)) = gavel::speakers::read(text.as_bytes(), "prop.txt", forced) {
            let c = parse::coverage::coverage(&decoded, &t);
            prop_assert_eq!(c.dropped, 0, "{:?}", text);
            prop_assert!(c.altered.is_empty(), "{:?} altered {:?}", text, c.altered);
        }
    }

    #[test]
    fn any_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        for format in Format::ALL.into_iter().map(Some).chain([None]) {
            let _ = gavel::speakers::read(&bytes, "bytes.bin", format);
        }
    }
}
