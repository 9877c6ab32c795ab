//! Material printed into a hearing but never spoken there: what GPO and the
//! Record introduce with `[The information follows:]`, a `STATEMENT OF X`
//! heading with no speaker after it, a byline, and written questions for the
//! record with their answers. Only recognition lives here; `gpo` marks what
//! it finds, and the assembler gives the text to a written block, never to
//! the turn that was speaking before it.

use crate::names::title_case;
use std::ops::Range;

/// A bracketed direction that introduces inserted material, and its author
/// when it names one: `[The prepared statement of Mr. Peterson follows:]`
/// -> `Some(Some("Mr. Peterson"))`; `[The information follows:]` ->
/// `Some(None)`. `None`: the direction introduces nothing.
pub fn introduction(bracket: &str) -> Option<Option<String>> {
    let flat = bracket.split_whitespace().collect::<Vec<_>>().join(" ");
    let inner = flat.strip_prefix('[')?.trim_end_matches('.').strip_suffix(']')?;
    let head = inner.strip_suffix("follows:").or_else(|| inner.strip_suffix("follow:"))?.trim_end();
    // `statement of X`, `submitted by X`: one person, named after the last
    // `of`/`by`. A plural (`Prepared statements ... follow:`) names nobody.
    let author = ["statement of ", "statement by ", "submitted by ", "letter from ", "remarks of "]
        .iter()
        .filter_map(|p| head.rfind(p).map(|i| &head[i + p.len()..]))
        .next()
        // `Mr. Bernanke's responses to Ms. Kaptur's questions`: the first
        // possessive answers.
        .or_else(|| {
            ["'s responses", "'s answers", "'s response", "'s answer"]
                .iter()
                .find_map(|p| head.find(p).map(|i| head[..i].trim_start_matches("The ")))
        })
        .map(str::trim)
        .filter(|n| is_person(n))
        .map(str::to_owned);
    Some(author)
}

/// Looks like a person's name as printed: two to six words, each starting
/// with a capital (`Mr. Peterson`, `Ben Bernanke`, `Secretary Geithner`).
fn is_person(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=6).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !name.contains(" and ")
}

/// The person a `STATEMENT OF X, TITLE` heading (or `TESTIMONY OF`,
/// `OPENING STATEMENT OF`) names: `STATEMENT OF THE HONORABLE STEVE
/// BARTLETT, PRESIDENT` -> `Steve Bartlett`.
pub fn statement_author(flat: &str) -> Option<String> {
    let rest = ["STATEMENT OF ", "TESTIMONY OF ", "REMARKS OF ", "STATEMENT BY "].iter().find_map(|p| {
        flat.strip_prefix(p)
            .or_else(|| flat.strip_prefix("OPENING ").and_then(|f| f.strip_prefix(p)))
            .or_else(|| flat.strip_prefix("PREPARED ").and_then(|f| f.strip_prefix(p)))
    })?;
    let name = rest.split(',').next()?.trim().trim_end_matches(['.', ';', ':']);
    // `A SENATOR FROM THE STATE OF`: the name ends before it.
    let name = name.split(" A SENATOR").next()?.split(" A REPRESENTATIVE").next()?.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let skip = words
        .iter()
        .take_while(|w| {
            matches!(
                **w,
                "THE"
                    | "HON."
                    | "HONORABLE"
                    | "SENATOR"
                    | "CHAIRMAN"
                    | "CHAIRWOMAN"
                    | "RANKING"
                    | "MEMBER"
                    | "REPRESENTATIVE"
                    | "CONGRESSMAN"
                    | "CONGRESSWOMAN"
                    | "DR."
                    | "MR."
                    | "MS."
                    | "MRS."
            )
        })
        .count();
    let words = &words[skip..];
    if words.is_empty() || words.len() > 5 || name.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(title_case(&words.join(" ")))
}

/// Written questions for the record and who asked and answered them:
/// `RESPONSE TO WRITTEN QUESTIONS OF SENATOR SHELBY FROM BEN S. BERNANKE`.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionsForRecord {
    /// As printed, title kept so resolution knows a member is meant:
    /// `Senator Shelby`; `None` for several askers or a name cut short.
    pub questioner: Option<String>,
    pub witness: Option<String>,
}

/// The openings of a written-questions heading.
pub const QUESTIONS_FOR_RECORD: [&str; 3] = [
    "RESPONSE TO WRITTEN QUESTIONS OF ",
    "RESPONSES TO WRITTEN QUESTIONS OF ",
    "RESPONSE TO A WRITTEN QUESTION OF ",
];

pub fn questions_for_record(flat: &str) -> Option<QuestionsForRecord> {
    let rest = QUESTIONS_FOR_RECORD.iter().find_map(|p| flat.strip_prefix(p))?;
    let (asker, witness) = rest.split_once(" FROM ").unwrap_or((rest, ""));
    // One person, name whole: `SENATORS BROWN AND TESTER` is two, and a
    // name whose last word is an initial (`ROGER T.`) was cut off.
    let one = |n: &str| {
        let words: Vec<&str> = n.split_whitespace().collect();
        let whole = words.last().is_some_and(|w| !(w.ends_with('.') && w.len() <= 2));
        ((1..=5).contains(&words.len()) && whole && !n.contains(" AND ") && !n.starts_with("SENATORS"))
            .then(|| title_case(n))
    };
    Some(QuestionsForRecord {
        questioner: one(asker.trim()),
        witness: one(witness.split(',').next()?.trim()),
    })
}

/// `Q.1.`, `Q.4.a.`, `Q. 2.` at a paragraph's start: a written question
/// (`'Q'`) or its answer (`'A'`).
pub fn question_or_answer(trimmed: &str) -> Option<char> {
    let mut chars = trimmed.chars();
    let which = chars.next().filter(|c| matches!(c, 'Q' | 'A'))?;
    let rest = chars.as_str().strip_prefix('.')?.trim_start();
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    (digits > 0 && rest[digits..].starts_with('.')).then_some(which)
}

/// A byline among the first lines of inserted material: `By Phillip Swagel`
/// (an author line of its own, name only).
pub fn byline(lines: &[(Range<usize>, &str)], start: usize) -> Option<String> {
    lines[start..]
        .iter()
        .map(|(_, l)| l.trim())
        .filter(|l| !l.is_empty() && !l.starts_with("[GRAPHIC]"))
        .take(6)
        .find_map(|l| {
            let name = l.strip_prefix("By ").or_else(|| l.strip_prefix("BY "))?.trim();
            let words = name.split_whitespace().count();
            let plain = !name.contains([',', ';', ':']) && !name.ends_with('.');
            ((2..=4).contains(&words) && plain && is_person(name))
                .then(|| crate::names::title_case_if_caps(name))
        })
}

/// Whether a label and a heading's author are one person, by surname:
/// `Chairman Dodd` and `Christopher J. Dodd`. Used to keep a speaker's own
/// `OPENING STATEMENT OF` heading inside their turn.
pub fn same_surname(label: &str, author: &str) -> bool {
    let last = |s: &str| {
        s.split(" of ")
            .next()
            .unwrap_or(s)
            .split_whitespace()
            .rfind(|w| {
                !matches!(w.trim_end_matches(['.', ',']).to_uppercase().as_str(), "JR" | "SR" | "III" | "II")
            })
            .map(|w| w.trim_end_matches(',').to_uppercase())
    };
    matches!((last(label), last(author)), (Some(a), Some(b)) if a == b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn introductions_name_one_author_or_none() {
        let f = |s| introduction(s);
        assert_eq!(f("[The prepared statement of Mr. Peterson follows:]"), Some(Some("Mr. Peterson".into())));
        assert_eq!(f("[The statement of Ben Bernanke follows:]"), Some(Some("Ben Bernanke".into())));
        assert_eq!(f("[The information follows:]"), Some(None));
        assert_eq!(
            f("[Mr. Bernanke's responses to Ms. Kaptur's questions \nfollow:]"),
            Some(Some("Mr. Bernanke".into()))
        );
        assert_eq!(f("[Prepared statements supplied for the record follow:]"), Some(None));
        assert_eq!(f("[The prepared statements of Mr. A and Mr. B follow:]"), Some(None));
        assert_eq!(f("[Laughter.]"), None);
        assert_eq!(f("[The prepared statement of Mr. Swagel can be found on page 229.]"), None);
    }

    #[test]
    fn statement_headings_name_their_author() {
        let f = |s| statement_author(s);
        assert_eq!(
            f("STATEMENT OF THE HONORABLE STEVE BARTLETT, PRESIDENT AND CHIEF EXECUTIVE OFFICER"),
            Some("Steve Bartlett".into())
        );
        assert_eq!(
            f("OPENING STATEMENT OF CHAIRMAN CHRISTOPHER J. DODD"),
            Some("Christopher J. Dodd".into())
        );
        assert_eq!(f("STATEMENT OF SENATOR MIKE CRAPO"), Some("Mike Crapo".into()));
        assert_eq!(
            f("STATEMENT OF THE HONORABLE CARL LEVIN, A SENATOR FROM THE STATE OF MICHIGAN"),
            Some("Carl Levin".into())
        );
        assert_eq!(f("OPENING STATEMENTS"), None);
        assert_eq!(f("PANEL I"), None);
    }

    #[test]
    fn written_questions_name_asker_and_witness() {
        let q = questions_for_record("RESPONSE TO WRITTEN QUESTIONS OF SENATOR SHELBY FROM BEN S. BERNANKE")
            .unwrap();
        assert_eq!(
            (q.questioner.as_deref(), q.witness.as_deref()),
            (Some("Senator Shelby"), Some("Ben S. Bernanke"))
        );
        let q = questions_for_record("RESPONSE TO A WRITTEN QUESTION OF SENATOR BENNETT FROM ALAN GREENSPAN")
            .unwrap();
        assert_eq!(
            (q.questioner.as_deref(), q.witness.as_deref()),
            (Some("Senator Bennett"), Some("Alan Greenspan"))
        );
        // Two askers, a witness's name cut short: nobody rather than the wrong one.
        let q =
            questions_for_record("RESPONSE TO WRITTEN QUESTIONS OF SENATORS BROWN AND TESTER FROM ROGER T.")
                .unwrap();
        assert_eq!((q.questioner, q.witness), (None, None));
        assert_eq!(questions_for_record("RESPONSE TO THE CHAIRMAN"), None);
        assert_eq!(question_or_answer("Q.1. Inflation: Mr. Chairman"), Some('Q'));
        assert_eq!(question_or_answer("Q.4.a. You state that"), Some('Q'));
        assert_eq!(question_or_answer("A.12. Did not respond"), Some('A'));
        assert_eq!(question_or_answer("A. Smith said"), None);
        assert_eq!(question_or_answer("Q. What"), None);
    }

    #[test]
    fn bylines_and_surnames() {
        let text =
            "    [GRAPHIC] x\n\n    The Case for Reform\n    By Phillip Swagel\n    Text by the author.\n";
        let lines: Vec<(Range<usize>, &str)> = text.lines().map(|l| (0..0, l)).collect();
        assert_eq!(byline(&lines, 0), Some("Phillip Swagel".into()));
        let prose = "    By the end of the year, prices rose.\n";
        let lines: Vec<(Range<usize>, &str)> = prose.lines().map(|l| (0..0, l)).collect();
        assert_eq!(byline(&lines, 0), None);
        assert!(same_surname("Chairman Dodd", "Christopher J. Dodd"));
        assert!(same_surname("Mr. Pascrell", "Bill Pascrell, Jr."));
        assert!(!same_surname("The Chairman", "Christopher J. Dodd"));
    }
}
