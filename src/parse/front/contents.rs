//! Pin pages for written material from a GPO hearing's contents: under a
//! person's entry the contents give the page of their `Prepared statement`,
//! `Questions for the record` and `Responses to questions`, and that page is
//! where a citation of the statement should point.
//!
//! A page is given only when it is certain which block it belongs to: the
//! blocks of one author and kind are matched to that author's entries of
//! the same kind in order, and only when there are as many of each.

use crate::model::Block;
use crate::names::{strip_title, surname_key};
use std::collections::HashMap;

/// What a contents sub-entry (and a written block) is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Statement,
    Questions,
    Answers,
}

/// One page the contents give: whose (surname key), what, where.
#[derive(Debug, PartialEq)]
struct Listed {
    surname: String,
    kind: Kind,
    page: String,
}

/// Sets the page of each written block the contents place without doubt.
pub fn pin_written_blocks(front: &str, blocks: &mut [Block]) {
    let listed = contents_pages(front);
    if listed.is_empty() {
        return;
    }
    let mut pages: HashMap<(String, Kind), Vec<&str>> = HashMap::new();
    for l in &listed {
        pages.entry((l.surname.clone(), l.kind)).or_default().push(&l.page);
    }
    let mut found: HashMap<(String, Kind), Vec<usize>> = HashMap::new();
    for (i, b) in blocks.iter().enumerate() {
        // Most blocks are headings and page furniture: the cheap tests first.
        if !b.is_written() || b.page.is_some() {
            continue;
        }
        let (Some(author), Some(kind)) = (b.author.as_deref(), block_kind(b)) else { continue };
        found.entry((surname_key(&strip_title(author)), kind)).or_default().push(i);
    }
    for (key, at) in found {
        match pages.get(&key) {
            Some(p) if p.len() == at.len() => {
                for (i, page) in at.into_iter().zip(p) {
                    blocks[i].page = Some((*page).to_owned());
                }
            }
            _ => {}
        }
    }
}

/// A written block's kind by the words it opens with: `[The statement of X
/// follows:]`, `[Mr. X's responses to Ms. Y's questions follow:]`. A block
/// saying two kinds (`Prepared statement and questions for the record`) is
/// neither: which page would be its own is not known.
fn block_kind(b: &Block) -> Option<Kind> {
    let end = b.text.char_indices().nth(200).map_or(b.text.len(), |(i, _)| i);
    let head = b.text[..end].to_lowercase();
    let answers = head.contains("response") || head.contains("answer");
    let questions = !answers && head.contains("question");
    let statement = head.contains("statement");
    match (statement, questions, answers) {
        (true, false, false) => Some(Kind::Statement),
        (false, true, false) => Some(Kind::Questions),
        (false, false, true) => Some(Kind::Answers),
        _ => None,
    }
}

/// The sub-entry kinds the contents print under a person.
fn sub_kind(text: &str) -> Option<Kind> {
    let t = text.to_lowercase();
    if t.starts_with("prepared statement") || t.starts_with("statement") {
        Some(Kind::Statement)
    } else if t.starts_with("questions") {
        Some(Kind::Questions)
    } else if t.starts_with("responses") || t.starts_with("response") || t.starts_with("answers") {
        Some(Kind::Answers)
    } else {
        None
    }
}

/// The contents' entries, from `C O N T E N T S` to the end of the front
/// matter, wrapped lines joined: indent, text before the leaders, page.
fn entries(front: &str) -> Vec<(usize, String, Option<String>)> {
    let mut lines = front
        .lines()
        .skip_while(|l| !matches!(l.trim(), "C O N T E N T S" | "CONTENTS"))
        .skip(1)
        .filter(|l| !l.trim().is_empty() && l.trim() != "Page")
        .peekable();
    let mut out = Vec::new();
    while let Some(line) = lines.next() {
        let indent = line.len() - line.trim_start().len();
        let mut text = line.trim().to_owned();
        while page_of(&text).is_none()
            && !text.ends_with(':')
            && lines.peek().is_some_and(|n| n.len() - n.trim_start().len() == indent + 2)
        {
            text.push(' ');
            text.push_str(lines.next().unwrap_or_default().trim());
        }
        let page = page_of(&text);
        let text = text.split("..").next().unwrap_or(&text).trim().to_owned();
        out.push((indent, text, page));
    }
    out
}

/// `....     9` -> `9`: the page a contents entry gives.
pub(super) fn page_of(entry: &str) -> Option<String> {
    let (_, p) = entry.rsplit_once("..")?;
    let p = p.trim_matches(|c: char| c == '.' || c.is_whitespace());
    (!p.is_empty() && p.chars().all(|c| c.is_ascii_digit())).then(|| p.to_owned())
}

/// The surname key of the person an entry names: `Hon. Ben S. Bernanke,
/// Chairman, ...`, `Bernanke, Hon. Ben S., Chairman`, `Senator Dodd`,
/// `Opening statement of Senator Varga`; none for `Hearing held in ...`.
fn person(text: &str) -> Option<String> {
    let text = ["Opening statement of ", "Statement of ", "Testimony of "]
        .iter()
        .find_map(|p| text.strip_prefix(p))
        .unwrap_or(text);
    // Name first or surname first (`Bernanke, Hon. Ben S.`), the surname
    // is the last word before the first comma.
    let name = strip_title(text.split(", ").next().unwrap_or(text));
    let words: Vec<&str> = name.split_whitespace().collect();
    let named = (1..=5).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !name.ends_with(':');
    named.then(|| surname_key(&name))
}

/// Every page the contents give for a person's written material.
fn contents_pages(front: &str) -> Vec<Listed> {
    let mut out = Vec::new();
    // The person whose entry the lines below belong to, and their indent;
    // a `Responses to questions submitted by:` with no page of its own, whose
    // deeper lines (each asker) give the pages.
    let mut who: Option<(String, usize)> = None;
    let mut pending: Option<(Kind, usize)> = None;
    for (indent, text, page) in entries(front) {
        let under = |at: usize| indent > at;
        if let Some((kind, _)) = pending.filter(|(_, at)| under(*at)) {
            if let (Some((surname, _)), Some(page)) = (&who, page) {
                out.push(Listed { surname: surname.clone(), kind, page });
            }
            continue;
        }
        pending = None;
        if let (Some(kind), Some((surname, at))) = (sub_kind(&text), &who)
            && under(*at)
        {
            match page {
                Some(page) => out.push(Listed { surname: surname.clone(), kind, page }),
                None => pending = Some((kind, indent)),
            }
            continue;
        }
        who = person(&text).map(|s| (s, indent));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BlockKind;

    const CONTENTS: &str = "                            C O N T E N T S\n\n                                                                   Page\nHearing held in Washington, DC, June 3, 2009.....................     1\n\nStatement of:\n    Hon. Gerald E. Connolly, a Representative in Congress from \n      the State of Virginia:\n        Prepared statement of....................................     4\n    Hon. Ben S. Bernard, Chairman, Board of Governors of the \n      Invented Reserve System....................................     5\n        Prepared statement of....................................     9\n        Responses to questions submitted by:\n            Ms. Kaplan, along with Mr. Bernard's June 25, 2009 \n              prepared statement.................................    45\n            Mr. Connolly.........................................    60\n";

    fn block(author: &str, text: &str) -> Block {
        Block { author: Some(author.into()), ..Block::new(BlockKind::Submitted, text, 0..0) }
    }

    #[test]
    fn each_prepared_statement_and_response_gets_the_contents_page() {
        let got = contents_pages(CONTENTS);
        let pages: Vec<(&str, Kind, &str)> =
            got.iter().map(|l| (l.surname.as_str(), l.kind, l.page.as_str())).collect();
        assert_eq!(
            pages,
            [
                ("CONNOLLY", Kind::Statement, "4"),
                ("BERNARD", Kind::Statement, "9"),
                ("BERNARD", Kind::Answers, "45"),
                ("BERNARD", Kind::Answers, "60"),
            ]
        );
        let mut blocks = vec![
            block("Ben Bernard", "[The statement of Ben Bernard follows:]"),
            block("Ben Bernard", "[Mr. Bernard's responses to Ms. Kaplan's questions follow:]"),
            block("Ben Bernard", "[Mr. Bernard's responses to Mr. Connolly's questions follow:]"),
            block("Gerald E. Connolly", "[Prepared statement and questions for the record follow:]"),
        ];
        pin_written_blocks(CONTENTS, &mut blocks);
        let got: Vec<Option<&str>> = blocks.iter().map(|b| b.page.as_deref()).collect();
        // Connolly's block says two kinds: which page is its own is not known.
        assert_eq!(got, [Some("9"), Some("45"), Some("60"), None]);
    }

    #[test]
    fn no_page_when_blocks_and_entries_do_not_pair_up() {
        let mut blocks = vec![
            block("Ben Bernard", "[The statement of Ben Bernard follows:]"),
            block("Ben Bernard", "[Another statement of Mr. Bernard follows:]"),
        ];
        pin_written_blocks(CONTENTS, &mut blocks);
        assert!(blocks.iter().all(|b| b.page.is_none()));
    }

    #[test]
    fn a_surname_first_witness_list_gives_pages_too() {
        let front = "                            C O N T E N T S\n\n                               WITNESSES\n\nWellby, Hon. Jon, Chairman, Invented Grid Regulatory Commission..    10\n    Prepared statement...........................................    13\n";
        let got = contents_pages(front);
        assert_eq!(got, [Listed { surname: "WELLBY".into(), kind: Kind::Statement, page: "13".into() }]);
    }
}
