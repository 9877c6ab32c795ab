//! Hearing metadata from a file's front matter: title, chamber, committee,
//! Congress, dates, the presiding chair, members and witnesses.
//!
//! Each reader takes what the file prints and leaves a field empty rather than
//! guess it.

use crate::names::title_case;
use std::borrow::Cow;

mod columns;
mod contents;
mod court;
mod dates;
mod gpo;
mod interview;
mod keyed;
mod record;
mod rosters;
mod witnesses;

pub use contents::pin_written_blocks;
pub use court::court;
pub use gpo::gpo;
pub use interview::interview;
pub use keyed::keyed;
pub use record::record;

/// A line with its words separated by single spaces, as `split_whitespace`
/// and `join(" ")` would give it; borrowed when the line already is (most
/// lines of a cover page: centred, but single-spaced).
pub(super) fn flatten(line: &str) -> Cow<'_, str> {
    let t = line.trim();
    // Only plain ASCII is judged here; anything else takes the general path.
    let mut prev_space = false;
    let simple = t.bytes().all(|b| {
        let ok = b.is_ascii() && !matches!(b, b'\t'..=b'\r') && !(prev_space && b == b' ');
        prev_space = b == b' ';
        ok
    });
    if simple { Cow::Borrowed(t) } else { Cow::Owned(t.split_whitespace().collect::<Vec<_>>().join(" ")) }
}

pub fn html_title(whole: &str) -> Option<String> {
    let head = super::source::head(whole, 2048);
    let start = head.find("<title>")? + "<title>".len();
    let end = head[start..].find("</title>")? + start;
    let t = head[start..end].trim().trim_start_matches('-').trim();
    Some(title_case(t))
}

/// GPO paragraphs: a line that starts indented begins one; a blank line ends one.
pub(super) fn paragraphs(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    for line in text.lines() {
        if (line.trim().is_empty() || line.starts_with(' ')) && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        if !line.trim().is_empty() {
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(line.trim());
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// `Halvor-\nsen` -> `Halvorsen`: a line-end hyphen before a lower-case
/// letter, in front matter, where no compound is at stake.
pub(super) fn rejoin_breaks(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut lines = s.lines().peekable();
    while let Some(line) = lines.next() {
        let t = line.trim_end();
        let next_lower =
            lines.peek().and_then(|n| n.trim_start().chars().next()).is_some_and(char::is_lowercase);
        if t.ends_with('-') && !t.ends_with("--") && next_lower {
            out.push_str(&t[..t.len() - 1]);
            if let Some(n) = lines.next() {
                out.push_str(n.trim_start());
                out.push('\n');
            }
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}
