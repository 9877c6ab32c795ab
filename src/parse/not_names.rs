//! Words in capitals that take a colon label's shape but name no one: a
//! heading a speaker reads out (`PRIORITY: HIGH`), a sentence in capitals
//! wrapped at a colon (`THE FOLLOWING:`), prose with commas (`THANK YOU,
//! MR. CHAIRMAN, AND ...:`). `label::colon_label` turns them away. Each list
//! leaves out surnames that are also words (`KING`, `PRICE`, `BANKS`): a
//! real label turned away would credit its words to the speaker before.

/// Whole labels that end a sentence with a colon but name no speaker.
pub(super) const NOT_SPEAKERS: &[&str] = &[
    "NOTE", "NOTES", "PS", "P.S.", "RE", "CC", "FROM", "TO", "SUBJECT", "DATE", "TIME", "UPDATE", "WARNING",
    "CAUTION", "EDITOR'S NOTE", "SOURCE", "TITLE", "URL", "HTTP", "HTTPS", "ET", "PT", "EST", "EDT", "AM",
    "PM", "A.M.", "P.M.", "ISBN", "TEL", "FAX", "EMAIL", "WEB", "ID",
    // Headings of memos, orders, alerts and reports that a speaker reads
    // out (`PRIORITY: HIGH`, `ORDERED: THAT ...`), and words that only lead
    // into what follows (`CONCLUDED: LEVEL OF SERVICE C`, `THESE: NOISE`).
    "PRIORITY", "ACTION", "ACTIONS", "ORDERED", "RESOLVED", "CONCLUDED", "ADOPTED", "APPROVED", "DENIED",
    "DECIDED", "AGREED", "REQUIRED", "RECOMMENDED", "FINDING", "FINDINGS", "RECOMMENDATION",
    "RECOMMENDATIONS", "CONCLUSION", "CONCLUSIONS", "SUMMARY", "BACKGROUND", "PURPOSE", "STATUS", "RESULT",
    "RESULTS", "ISSUE", "ALERT", "URGENT", "IMPORTANT", "CONFIDENTIAL", "CLASSIFIED", "UNCLASSIFIED",
    "SECRET", "ATTN", "ATTENTION", "REF", "MEMO", "MEMORANDUM", "DEADLINE", "HEADLINE", "QUOTE", "UNQUOTE",
    "EXHIBIT", "ATTACHMENT", "AGENDA", "MOTION", "SECTION", "TOPIC", "LOCATION", "BCC", "ENCLOSURE",
    "DISTRIBUTION", "CLASSIFICATION", "BREAKING", "THESE", "THOSE", "THIS", "FOLLOWING", "BELOW", "ABOVE",
];

/// Words no label's name holds anywhere: with one, the `X Y:` opening a
/// line is a sentence in capitals wrapped there (`THE FOLLOWING:`, `MY
/// CONCERNS ARE THESE:`), not a speaker. (`THE` alone is no sign: `THE
/// CHAIRMAN:`, `THE WITNESS:`.)
const NEVER_IN_LABELS: &[&str] =
    &["THESE", "THOSE", "THIS", "THAT", "FOLLOWING", "FOLLOWS", "BELOW", "IS", "ARE", "WAS", "WERE"];

/// The most words an office printed after a name may have (`NAME,
/// PRESIDENT AND CEO, EASTLINE RAILROAD:` has five; the longest titles of
/// federal officials about twelve).
pub(super) const OFFICE_WORDS: usize = 12;

/// Words of a sentence that no person's name holds: a `X Y, Z:` whose
/// `X Y` holds one is prose in capitals with a comma, not `NAME, OFFICE:`.
const SENTENCE_WORDS: &[&str] = &[
    "A", "AN", "THE", "AND", "OR", "BUT", "IF", "SO", "NOT", "NO", "YES", "WELL", "OK", "OKAY", "THANK",
    "YOU", "I", "WE", "IT", "MY", "OUR", "YOUR", "TO", "IN", "ON", "AT", "FOR", "WITH", "BY", "AS", "BE",
    "HAVE", "HAS", "IS", "ARE", "WAS", "WERE", "THIS", "THAT", "THESE", "THOSE",
];

/// A colon label's text (`GRAHAM?`, `MARK TALBOT, PRESIDENT`) that names no
/// speaker: a heading, or a name part (before any `, `) holding a word of
/// a sentence no label holds.
pub(super) fn names_no_one(label: &str) -> bool {
    let name = label.split(", ").next().unwrap_or(label);
    NOT_SPEAKERS.contains(&label) || name.split(' ').any(|w| NEVER_IN_LABELS.contains(&w))
}

/// The name part of a `NAME, OFFICE:` label holds a word of a sentence.
pub(super) fn in_sentence(name: &str) -> bool {
    name.split(' ').any(|w| SENTENCE_WORDS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::super::label::colon_label;

    #[test]
    fn shapes_of_labels_that_name_no_one() {
        for s in [
            // Headings read out and sentences in capitals wrapped at a colon.
            "PRIORITY: HIGH. We must",
            "ORDERED: THAT ALL",
            "RESOLVED: THE CARRIER",
            "ACTION: ISOLATE",
            "CONCLUDED: LEVEL OF SERVICE C.",
            "THE FOLLOWING: NO SIGNAL",
            "THESE: NOISE AND SAFETY.",
            "MY CONCERNS ARE THESE: NOISE",
            // Prose in capitals with commas, a list, a dateline, and an
            // office longer than any (thirteen words).
            "THANK YOU, MR. CHAIRMAN, AND GOOD MORNING: X",
            "WORK CREWS, SIGNAL MAINTAINERS, AND TRACK INSPECTORS: REPORT",
            "ST. PAUL, MINN.: The",
            "JANE ROE, ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN: X",
        ] {
            assert_eq!(colon_label(s), None, "{s}");
        }
        // Surnames that are words, and `THE` before an office, still are labels.
        for s in ["KING: Yes.", "PRICE: No.", "THE CHAIRMAN: Order.", "THE WITNESS: Yes."] {
            assert!(colon_label(s).is_some(), "{s}");
        }
    }
}
