//! Plain data shared by every stage: what a transcript is once parsed.
//!
//! Nothing here knows how it was parsed, indexed or drawn; every type is
//! serde-derived so `gavel parse --json` and the exporters print it as is.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// One parsed transcript file: its hearing metadata, speaker turns and the
/// non-speech blocks that together account for every character of the file.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Transcript {
    pub hearing: Hearing,
    pub turns: Vec<Turn>,
    pub blocks: Vec<Block>,
    /// Problems noticed while reading that did not stop the parse
    /// (NUL bytes removed, Windows-1252 fallback, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// Signs that the parse itself is wrong (one turn holding most of the
    /// text, few labels for the size, most labels matching no one listed):
    /// the file is still indexed, but `gavel parse --check` fails on it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quality: Vec<String>,
    /// Byte spans that are markup (HTML wrapper, page anchors), for coverage.
    #[serde(skip)]
    pub markup: Vec<Range<usize>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Hearing {
    /// Stable id, derived from the file name (`CHRG-109shrg24852`).
    pub id: String,
    pub title: String,
    pub chamber: Option<Chamber>,
    pub committee: Option<String>,
    pub subcommittee: Option<String>,
    pub congress: Option<u16>,
    pub session: Option<u8>,
    /// Hearing days as ISO dates; a partial date (`2025`, `2025-03`) is kept
    /// partial rather than padded with an invented day.
    pub dates: Vec<String>,
    /// `S. Hrg. 109-204`, `Serial No. 111-45`.
    pub serial: Option<String>,
    /// The member named as presiding in the front matter.
    pub chair: Option<String>,
    pub members: Vec<Person>,
    /// Members recorded as present (`Present: Senators Levin, Kaufman, and
    /// Coburn.`), as printed: usually a surname, with `of STATE` when two
    /// members share it. All hearing days together.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub present: Vec<Person>,
    pub witnesses: Vec<Person>,
    /// People who question for the committee without being members (a
    /// news transcript's `SPEAKERS:` list names them beside the senators,
    /// apart from its `WITNESSES:`): staff counsel, an outside prosecutor.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counsel: Vec<Person>,
    /// Which grammar read the file.
    pub format: Format,
    /// Where the file was read from (a path, or `bundled:NAME` for samples).
    pub source: String,
}

/// Where in the source a page field points, for a reader: `p. 12` for a
/// printed page, `at 00:41:02` for a time in a video (captions).
pub fn pin(page: &str) -> String {
    if is_clock(page) { format!("at {page}") } else { format!("p. {page}") }
}

/// `00:41:02`: a time in a video rather than a page.
pub fn is_clock(page: &str) -> bool {
    page.contains(':') && page.bytes().all(|b| b.is_ascii_digit() || b == b':')
}

impl Hearing {
    /// The first hearing day, which is what lists sort and filter by.
    pub fn date(&self) -> Option<&str> {
        self.dates.first().map(String::as_str)
    }

    /// A listed member's part in the hearing, from the position the lists
    /// print beside them: the chair (the presiding chair, `Chairman`,
    /// `Co-Chair`, `Chairman, Committee on ...` of a subcommittee's
    /// committee), `Ranking Member[, ...]`, `Vice Chairman[, ...]`, else a
    /// member. Spoken turns and written blocks take their role from here.
    pub fn member_role(&self, m: &Person) -> Role {
        let title = m.title.as_deref().unwrap_or("");
        let chair = self.chair.as_deref() == Some(m.name.as_str())
            || matches!(title, "Chairman" | "Chairwoman" | "Chair" | "Chairperson")
            // `Co-Chair`, `Chair, Senate Standing Committee on Labor`: a
            // state joint hearing's second chair.
            || ["Co-Chair", "Chair, ", "Chairman, ", "Chairwoman, ", "Chairperson, "].iter().any(|c| title.starts_with(c));
        let first = title.split(", ").next().unwrap_or(title);
        if chair {
            Role::Chair
        } else if first == "Ranking Member" {
            Role::RankingMember
        } else if matches!(first, "Vice Chairman" | "Vice Chairwoman" | "Vice Chair" | "Vice Chairperson") {
            Role::ViceChair
        } else {
            Role::Member
        }
    }
}

/// A member or witness as the front matter lists them.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    /// As printed before the name: `Gen.`, `Sen.`, `Dr.`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub honorific: Option<String>,
    /// Title and organisation as printed after a witness's name, or a
    /// member's position (`Chairman`, `Ranking Member`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// `R`, `D`, `I` when printed (`(R-MISS.)`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The page the contents give for a witness's statement: where their
    /// testimony starts in the printed hearing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Chamber {
    Senate,
    House,
    Joint,
}

impl Chamber {
    pub fn as_str(self) -> &'static str {
        match self {
            Chamber::Senate => "senate",
            Chamber::House => "house",
            Chamber::Joint => "joint",
        }
    }
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// GPO hearing text, with or without the `<html><pre>` wrapper.
    #[default]
    Gpo,
    /// Congressional Record pages.
    Record,
    /// Colon-labelled news and rush transcripts (`WICKER: ...`).
    Colon,
    /// Web transcription style: `Name (00:01:23):` or `[00:01:23] NAME:`.
    Timestamped,
    /// A titled name alone on its line, the words below: `Sen. Mike Lee (R-Utah)`.
    OwnLine,
    /// Court-reporter pages: line numbers in a gutter, page numbers on top.
    Court,
    /// HTML pages: `<p>Chairman INOUYE.</p>`, `<strong>Mr. LIMAN</strong>:`.
    Html,
    /// Video captions (WebVTT, SubRip): `>>` marks a change of speaker, when
    /// marked at all; unmarked text is unattributed passages.
    Captions,
    /// Depositions and transcribed interviews: `Q`/`A` lines, the examiner
    /// named by `BY MR. PRUITT:`, the witness on the title page.
    Interview,
}

impl Format {
    pub const ALL: [Format; 9] = [
        Format::Gpo,
        Format::Record,
        Format::Colon,
        Format::Timestamped,
        Format::OwnLine,
        Format::Court,
        Format::Html,
        Format::Captions,
        Format::Interview,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Gpo => "gpo",
            Format::Record => "record",
            Format::Colon => "colon",
            Format::Timestamped => "timestamped",
            Format::OwnLine => "own_line",
            Format::Court => "court",
            Format::Html => "html",
            Format::Captions => "captions",
            Format::Interview => "interview",
        }
    }
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Chair,
    RankingMember,
    /// `Vice Chairman` of the committee, as its roster prints it.
    ViceChair,
    Member,
    Witness,
    PresidingOfficer,
    /// Questions for the committee without being a member.
    Counsel,
    #[default]
    Unknown,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Chair => "chair",
            Role::RankingMember => "ranking_member",
            Role::ViceChair => "vice_chair",
            Role::Member => "member",
            Role::Witness => "witness",
            Role::PresidingOfficer => "presiding_officer",
            Role::Counsel => "counsel",
            Role::Unknown => "unknown",
        }
    }

    /// A member of the committee, whatever their position.
    pub fn is_member(self) -> bool {
        matches!(self, Role::Chair | Role::RankingMember | Role::ViceChair | Role::Member)
    }

    pub fn parse(s: &str) -> Option<Role> {
        Some(match s.to_ascii_lowercase().replace(['-', ' '], "_").as_str() {
            "chair" | "chairman" | "chairwoman" => Role::Chair,
            "ranking_member" | "ranking" => Role::RankingMember,
            "vice_chair" | "vice_chairman" | "vice_chairwoman" | "vice" => Role::ViceChair,
            "member" => Role::Member,
            "witness" => Role::Witness,
            "presiding_officer" | "presiding" => Role::PresidingOfficer,
            "counsel" => Role::Counsel,
            "unknown" => Role::Unknown,
            _ => return None,
        })
    }
}

/// One speaker's uninterrupted turn.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Turn {
    /// 1-based position in the hearing; with the hearing id it makes the
    /// stable turn id used by the index and by quotes.
    pub seq: u32,
    /// The label as printed, minus its closing `.` or `:` and minus
    /// `[presiding]`-style notes (`Chairman Shelby`, `SEN. ROGER WICKER`).
    pub label: String,
    /// What the label carried besides the name: `presiding`, `continuing`,
    /// or the clock time of a timestamped transcript.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The person the label resolves to, or `None` when the file does not
    /// say; gavel never guesses.
    pub speaker: Option<String>,
    pub role: Role,
    /// The member of Congress the speaker is, when the legislators roster
    /// (`gavel roster import`) ties them to exactly one person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<Member>,
    /// When the label fits several people: who they are. The speaker then
    /// stays unresolved; gavel lists the candidates rather than pick one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<String>,
    /// Spoken words: lines joined, indentation dropped, line-break
    /// hyphenation undone, paragraphs separated by `\n`.
    pub text: String,
    pub page: Option<String>,
    /// 1-based lines in the file as stored (HTML wrapper included).
    pub line_start: u32,
    pub line_end: u32,
    /// Byte span, label included, in the decoded text of the file.
    pub span: Range<usize>,
    /// Where the spoken words start, after the label.
    #[serde(skip)]
    pub body_start: usize,
    /// The turn ends mid-sentence with a dash and the other side answers.
    #[serde(default)]
    pub interrupted: bool,
}

impl Turn {
    /// The stable id of a turn: hearing id and sequence number.
    pub fn id(hearing_id: &str, seq: u32) -> String {
        format!("{hearing_id}#{seq}")
    }

    /// The speaker's name as a reader wants it: resolved if known,
    /// the printed label otherwise.
    pub fn display_speaker(&self) -> &str {
        self.speaker.as_deref().unwrap_or(&self.label)
    }
}

/// A member of Congress as the legislators roster has them on the hearing's date.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Hash)]
pub struct Member {
    /// The Biographical Directory id (`S000522`): one person across hearings.
    pub bioguide: String,
    /// `R`, `D`, `I`, or the party as the roster spells it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<String>,
    /// Postal code of the state they sat for then: `NJ`.
    pub state: String,
}

/// Text that is not speech but is kept, so nothing in a file is lost.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    /// Who wrote a submitted statement, when the heading says.
    pub author: Option<String>,
    pub text: String,
    pub page: Option<String>,
    pub line_start: u32,
    pub line_end: u32,
    pub span: Range<usize>,
}

impl Block {
    /// A block of `kind` holding `text` at `span` of the source, with no
    /// author, page or line numbers yet.
    pub fn new(kind: BlockKind, text: impl Into<String>, span: Range<usize>) -> Block {
        Block { kind, author: None, text: text.into(), page: None, line_start: 0, line_end: 0, span }
    }

    /// Written words with an author of their own (a prepared statement, an
    /// inserted paper, a question or answer for the record): searchable as
    /// that author's, never part of anyone's spoken turn.
    pub fn is_written(&self) -> bool {
        matches!(self.kind, BlockKind::Submitted | BlockKind::Question | BlockKind::Answer)
    }

    /// The author's part in the hearing, as a role: a witness when a listed
    /// witness wrote it, a member when a listed member did or it is a
    /// question for the record (only members ask them), else unknown. A
    /// `role:witness` search must not return a senator's prepared statement
    /// or a bill's text with no author.
    pub fn author_role(&self, hearing: &Hearing) -> Role {
        let Some(author) = self.author.as_deref().filter(|a| !a.is_empty()) else { return Role::Unknown };
        let named = |p: &Person| p.name == author;
        if hearing.witnesses.iter().any(named) {
            Role::Witness
        } else if hearing.counsel.iter().any(named) {
            Role::Counsel
        } else if let Some(m) = hearing.members.iter().find(|p| named(p)) {
            hearing.member_role(m)
        } else if hearing.chair.as_deref() == Some(author) {
            Role::Chair
        } else if hearing.present.iter().any(named) || self.kind == BlockKind::Question {
            Role::Member
        } else {
            Role::Unknown
        }
    }
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// Title page, committee roster, contents: everything before the first turn.
    FrontMatter,
    /// `STATEMENT OF ...` and other headings between turns.
    Heading,
    /// `[Laughter.]`, `[Recess.]`, `[Whereupon, ... adjourned.]`.
    StageDirection,
    /// `[GRAPHIC] [TIFF OMITTED]` and similar.
    Graphic,
    /// `{time}  1117` and other clock stamps.
    Timestamp,
    /// Prepared statements, inserted papers and letters: printed, never
    /// spoken; `author` when the heading, introduction or byline names one.
    Submitted,
    /// A written question for the record (`Q.1.`), by the member who asked it.
    Question,
    /// The written answer to one (`A.1.`), by the witness.
    Answer,
    /// Anything else that is not speech.
    Other,
}

impl BlockKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::FrontMatter => "front_matter",
            BlockKind::Heading => "heading",
            BlockKind::StageDirection => "stage_direction",
            BlockKind::Graphic => "graphic",
            BlockKind::Timestamp => "timestamp",
            BlockKind::Submitted => "submitted",
            BlockKind::Question => "question",
            BlockKind::Answer => "answer",
            BlockKind::Other => "other",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_blocks_role_is_its_authors_in_the_hearings_lists() {
        let person = |name: &str| Person { name: name.to_owned(), ..Person::default() };
        let hearing = Hearing {
            witnesses: vec![person("Ada Quill")],
            counsel: vec![person("Rachel Mitford")],
            members: vec![
                person("Orrin Hale"),
                Person { title: Some("Ranking Member".into()), ..person("Vera Stroud") },
                Person { title: Some("Vice Chairman, Committee on Invention".into()), ..person("Ned Ober") },
                person("Lena Marsh"),
            ],
            chair: Some("Lena Marsh".into()),
            ..Hearing::default()
        };
        let block = |author: Option<&str>| Block {
            author: author.map(str::to_owned),
            ..Block::new(BlockKind::Submitted, String::new(), 0..0)
        };
        assert_eq!(block(Some("Ada Quill")).author_role(&hearing), Role::Witness);
        assert_eq!(block(Some("Rachel Mitford")).author_role(&hearing), Role::Counsel);
        assert_eq!(block(Some("Orrin Hale")).author_role(&hearing), Role::Member);
        // A ranking member's written questions are the ranking member's.
        assert_eq!(block(Some("Vera Stroud")).author_role(&hearing), Role::RankingMember);
        assert_eq!(block(Some("Ned Ober")).author_role(&hearing), Role::ViceChair);
        assert_eq!(block(Some("Lena Marsh")).author_role(&hearing), Role::Chair);
        assert_eq!(block(Some("Someone Else")).author_role(&hearing), Role::Unknown);
        assert_eq!(block(None).author_role(&hearing), Role::Unknown);
    }
}
