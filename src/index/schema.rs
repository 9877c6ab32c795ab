//! The tantivy schema: one document per turn or submitted statement, plus one
//! per hearing (its metadata and the content hash used for incremental runs).

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

/// Bump when the schema changes: an index of another version is rebuilt.
/// 4: the same fields, but written questions and answers for the record are
/// documents of their own, and inserted material left the spoken turns it
/// had joined (issue #14): an index built before holds wrong attributions,
/// which only re-reading every file corrects.
/// 5: the same documents in a smaller index (issue #19, `Layout::Compact`):
/// the document store compressed with zstd over 64 KB blocks, the hearing
/// title stored but not indexed (no query reads it), `who` indexed without
/// frequencies or positions (only single-term queries ask it) and not stored.
/// 6: schema 5's fields, single-term fields without field norms; and turns
/// that change with the parser: labels in capitals alone on their line are
/// read after a sentence's end too (a file printing no blank lines had each
/// such turn credited to the speaker before), and the Record's centred
/// amendment headings no longer end the turn before them. Only re-reading
/// every file corrects an index built before.
/// 7: schema 6's fields; turns and speakers that change with the parser:
/// depositions and transcribed interviews are read as such
/// (`Format::Interview`; read before as colon or court transcripts, every
/// answer was credited to the examiner); GPO's `The Chairman.` stays the
/// chair after a member presides; a title that rules out the one person
/// who fits leaves the label unresolved; an `AFTERNOON SESSION` reopens a
/// hearing; news labels with long offices or `(?)` start turns, and
/// headings read out inside a turn do not.
pub const SCHEMA_VERSION: u32 = 7;

/// How the index is laid out on disk. Every layout holds the same fields
/// under the same names and answers every query alike (`tests/layout.rs`
/// builds both from the same files and compares); only what is indexed and
/// stored of them, and how the store is compressed, differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Schema 4's: LZ4 over 16 KB blocks, every text field with positions.
    Schema4,
    /// Schema 5's, the one `Library::open` creates.
    Compact,
}

#[derive(Clone)]
pub struct Fields {
    /// `turn`, `statement` or `hearing`.
    pub kind: Field,
    pub turn_id: Field,
    pub hearing_id: Field,
    pub hearing_title: Field,
    pub chamber: Field,
    pub committee: Field,
    pub committee_facet: Field,
    pub congress: Field,
    /// As printed in ISO form (`2025-03-12`, or partial `2025`).
    pub date: Field,
    /// `yyyymmdd` with zeros for unknown month or day, for ranges and sorting.
    pub date_num: Field,
    pub speaker: Field,
    /// Lower-cased resolved name, for exact matches and grouping.
    pub speaker_exact: Field,
    /// Speaker and label together, for `speaker:` filters.
    pub who: Field,
    pub label: Field,
    pub role: Field,
    pub party: Field,
    pub state: Field,
    /// The member's bioguide id, when the legislators roster gave one.
    pub bioguide: Field,
    pub seq: Field,
    pub page: Field,
    pub source: Field,
    pub line_start: Field,
    pub line_end: Field,
    pub span_start: Field,
    pub span_end: Field,
    pub interrupted: Field,
    pub text: Field,
    /// Hearing documents only: content hash of the file and metadata JSON.
    pub hash: Field,
    pub meta: Field,
    /// Hearing documents only: the fingerprint of the legislators roster the
    /// hearing was resolved with (empty: none), so a new roster re-reads it.
    pub roster: Field,
}

pub fn build() -> (Schema, Fields) {
    build_layout(Layout::Compact)
}

pub fn build_layout(layout: Layout) -> (Schema, Fields) {
    let compact = layout == Layout::Compact;
    let mut b = Schema::builder();
    let text_stored = TextOptions::default().set_stored().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("default")
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    // The spoken text also holds its common grams (`grams`), for phrases.
    let speech = TextOptions::default().set_stored().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(super::grams::SPEECH_TOKENIZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    // Only `speaker:` asks `who`, one term at a time with neither
    // frequencies nor positions (`query::speaker_query`), and no hit reads it
    // back: its terms and field norms are all it needs.
    let who = if compact {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default().set_tokenizer("default").set_index_option(IndexRecordOption::Basic),
        )
    } else {
        text_stored.clone()
    };
    // No query asks the hearing's title; hits show it.
    let title = if compact { TextOptions::default().set_stored() } else { text_stored.clone() };
    // Fields no query asks, only read back from a hit (or, `speaker_exact`,
    // counted from its column): indexed, each would cost a term dictionary,
    // postings and a byte of field norm per document for nothing.
    let shown = if compact { TextOptions::from(STORED) } else { STRING | STORED };
    let counted = if compact { TextOptions::from(FAST) } else { STRING | FAST };
    let seq: tantivy::schema::NumericOptions =
        if compact { (STORED | FAST).into() } else { (INDEXED | STORED | FAST).into() };
    // Single terms (`kind`, `role:`, `chamber:`, `congress:`, a hearing or
    // turn id) need no field norms: every document holds one term of them,
    // and a field without norms is scored as if each held one (tantivy's
    // constant norm), so scores stay schema 4's. Schema 6 drops them: a byte
    // per document and field, 3% of a large index.
    let keyword = if compact {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("raw")
                .set_index_option(IndexRecordOption::Basic)
                .set_fieldnorms(false),
        )
    } else {
        STRING
    };
    let number: tantivy::schema::NumericOptions = if compact {
        tantivy::schema::NumericOptions::default().set_indexed().set_stored().set_fast()
    } else {
        (INDEXED | STORED | FAST).into()
    };
    let fields = Fields {
        kind: b.add_text_field("kind", keyword.clone().set_stored()),
        turn_id: b.add_text_field("turn_id", keyword.clone().set_stored()),
        hearing_id: b.add_text_field("hearing_id", keyword.clone().set_stored() | FAST),
        hearing_title: b.add_text_field("hearing_title", title),
        chamber: b.add_text_field("chamber", keyword.clone().set_stored()),
        committee: b.add_text_field("committee", text_stored.clone()),
        committee_facet: b.add_facet_field("committee_facet", INDEXED),
        congress: b.add_u64_field("congress", number.clone()),
        date: b.add_text_field("date", shown.clone()),
        date_num: b.add_u64_field("date_num", number),
        speaker: b.add_text_field("speaker", shown.clone()),
        speaker_exact: b.add_text_field("speaker_exact", counted),
        who: b.add_text_field("who", who),
        label: b.add_text_field("label", shown.clone()),
        role: b.add_text_field("role", keyword.clone().set_stored()),
        party: b.add_text_field("party", shown.clone()),
        state: b.add_text_field("state", shown.clone()),
        bioguide: b.add_text_field("bioguide", keyword.set_stored()),
        seq: b.add_u64_field("seq", seq),
        page: b.add_text_field("page", STORED),
        source: b.add_text_field("source", shown.clone()),
        line_start: b.add_u64_field("line_start", STORED),
        line_end: b.add_u64_field("line_end", STORED),
        span_start: b.add_u64_field("span_start", STORED),
        span_end: b.add_u64_field("span_end", STORED),
        interrupted: b.add_u64_field("interrupted", STORED),
        text: b.add_text_field("text", speech),
        hash: b.add_text_field("hash", shown.clone()),
        meta: b.add_text_field("meta", STORED),
        roster: b.add_text_field("roster", STORED),
    };
    (b.build(), fields)
}

/// `2025-03-12` -> 20250312, `2025` -> 20250000.
pub fn date_number(date: &str) -> u64 {
    let mut parts = date.split('-').map(|p| p.parse::<u64>().unwrap_or(0));
    let y = parts.next().unwrap_or(0);
    let m = parts.next().unwrap_or(0);
    let d = parts.next().unwrap_or(0);
    y * 10_000 + m * 100 + d
}
