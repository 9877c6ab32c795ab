//! HTML transcripts: `<p>Chairman INOUYE. </p>` followed by the speaker's
//! paragraphs, or `<strong>Mr. LIMAN</strong>: text`. Tags are markup
//! (block tags end a paragraph, inline ones do not); the head is markup;
//! entities are decoded when turn text is cleaned.

use super::assemble::{Event, Mark};
use super::label::{bare_label, paragraph_label};
use std::ops::Range;

const BLOCK_TAGS: &[&str] = &[
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th",
    "blockquote", "hr", "section", "article", "center", "body", "html", "dl", "dt", "dd",
];

#[derive(Debug)]
enum Tok<'a> {
    Tag { span: Range<usize>, name: String, closing: bool },
    Text { span: Range<usize>, text: &'a str },
}

/// True when the text looks like an HTML page rather than text in a wrapper.
pub fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start().get(..512.min(text.trim_start().len())).unwrap_or("").to_ascii_lowercase();
    (head.starts_with("<!doctype html") || head.starts_with("<html")) && !head.contains("<pre>")
}

fn tokens(text: &str) -> Vec<Tok<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut pos = 0;
    let mut text_start = 0;
    while let Some(off) = memchr_lt(&bytes[pos..]) {
        let lt = pos + off;
        let next = bytes.get(lt + 1).copied().unwrap_or(b' ');
        if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!') {
            pos = lt + 1;
            continue;
        }
        let end = if text[lt..].starts_with("<!--") {
            text[lt..].find("-->").map(|i| lt + i + 3)
        } else {
            text[lt..].find('>').map(|i| lt + i + 1)
        };
        let Some(end) = end else { break };
        if text_start < lt {
            out.push(Tok::Text { span: text_start..lt, text: &text[text_start..lt] });
        }
        let inner = text[lt + 1..end - 1].trim_start_matches('/');
        let name: String =
            inner.chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
        out.push(Tok::Tag { span: lt..end, name, closing: next == b'/' });
        pos = end;
        text_start = end;
    }
    if text_start < text.len() {
        out.push(Tok::Text { span: text_start..text.len(), text: &text[text_start..] });
    }
    out
}

fn memchr_lt(hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == b'<')
}

pub fn marks(text: &str) -> Vec<Mark> {
    let toks = tokens(text);
    let mut out = Vec::new();
    // Everything up to the end of `<body ...>` is the page's head: markup.
    let body = toks.iter().position(|t| matches!(t, Tok::Tag { name, closing: false, .. } if name == "body"));
    let first = match body {
        Some(b) => {
            if let Tok::Tag { span, .. } = &toks[b] {
                out.push(Mark::new(0..span.end, Event::Markup));
            }
            b + 1
        }
        None => 0,
    };
    let mut at_start = true;
    let mut k = first;
    while k < toks.len() {
        match &toks[k] {
            Tok::Tag { span, name, closing } => {
                if BLOCK_TAGS.contains(&name.as_str()) {
                    out.push(Mark::new(span.clone(), Event::Break));
                    at_start = true;
                } else if name == "br" {
                    out.push(Mark::new(span.clone(), Event::Markup));
                    at_start = true;
                } else if at_start && !closing && (name == "strong" || name == "b") {
                    out.push(Mark::new(span.clone(), Event::Markup));
                    if let Some(m) = strong_label(&toks, k) {
                        out.push(m);
                    }
                    at_start = false;
                } else {
                    out.push(Mark::new(span.clone(), Event::Markup));
                }
            }
            Tok::Text { span, text } => {
                if at_start && !text.trim().is_empty() {
                    at_start = false;
                    let lead = text.len() - text.trim_start().len();
                    if let Some(m) = paragraph_label(text.trim_start()) {
                        let start = span.start + lead;
                        out.push(Mark::new(
                            start..start + m.len,
                            Event::Label { label: m.label, note: m.note, indent: 0 },
                        ));
                    }
                }
            }
        }
        k += 1;
    }
    out
}

/// `<strong>Mr. LIMAN</strong>: text` or `<strong>Mr. VANCE:</strong> text`.
fn strong_label(toks: &[Tok], k: usize) -> Option<Mark> {
    let Some(Tok::Text { span: inner_span, text: inner }) = toks.get(k + 1) else { return None };
    let Some(Tok::Tag { name, closing: true, .. }) = toks.get(k + 2) else { return None };
    if name != "strong" && name != "b" {
        return None;
    }
    let lead = inner.len() - inner.trim_start().len();
    let start = inner_span.start + lead;
    let trimmed = inner.trim();
    if let Some(label) = trimmed.strip_suffix(':').and_then(bare_label) {
        return Some(Mark::new(start..start + trimmed.len(), Event::Label { label, note: None, indent: 0 }));
    }
    let label = bare_label(trimmed)?;
    let Some(Tok::Text { span: after_span, text: after }) = toks.get(k + 3) else { return None };
    let colon = after.len() - after.trim_start().len();
    after[colon..].starts_with(':').then(|| {
        Mark::new(start..after_span.start + colon + 1, Event::Label { label, note: None, indent: 0 })
    })
}
