//! Quotations in an article: plain text, Markdown or HTML.
//!
//! An article is read as paragraphs (blank lines between them; HTML block
//! tags). Found: text between double quotes (curly, straight, TeX), a quote
//! that runs over paragraphs (each one opening with the mark again, only the
//! last closing), block quotes (Markdown `>`, HTML `<blockquote>`) and
//! printed transcript excerpts (paragraphs of `NAME: words`). Single quotes
//! are never quotations of their own: in English text they are apostrophes
//! or quotes nested inside a double-quoted one, which stay in its text.
//! No Markdown or HTML parser crate: what matters here is paragraphs and
//! quote marks, which a few lines find, and the text between the marks must
//! stay exactly as printed.

use super::attrib;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Between quotation marks.
    Inline,
    /// A block quote.
    Block,
    /// One speaker's words in a printed transcript excerpt (`GUILLOT: ...`).
    Excerpt,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quotation {
    /// As printed, paragraphs joined by `\n`.
    pub text: String,
    /// 1-based line of the article where it starts (of the text gavel read:
    /// for HTML, the text with its tags taken out).
    pub line: usize,
    pub kind: Kind,
    /// The name the article gives the words to, when one is nearby.
    pub attributed_to: Option<String>,
}

struct Para {
    text: String,
    line: usize,
    /// Where each of the paragraph's later lines starts in `text`.
    breaks: Vec<usize>,
    block: bool,
}

impl Para {
    /// The article line of a byte of the paragraph.
    fn line_at(&self, at: usize) -> usize {
        self.line + self.breaks.iter().take_while(|b| **b <= at).count()
    }
}

/// Every quotation of the article, in order.
pub fn find(article: &str) -> Vec<Quotation> {
    let text = if looks_like_html(article) { html_to_text(article) } else { article.to_owned() };
    let paras = paragraphs(&text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < paras.len() {
        let p = &paras[i];
        if let Some(segments) = excerpt(&p.text) {
            for (label, words, at) in segments {
                out.push(Quotation {
                    text: words,
                    line: p.line_at(at),
                    kind: Kind::Excerpt,
                    attributed_to: Some(attrib::label_name(&label)),
                });
            }
            i += 1;
        } else if p.block {
            let start = i;
            while i < paras.len() && paras[i].block && excerpt(&paras[i].text).is_none() {
                i += 1;
            }
            out.push(block(&paras[start..i], start.checked_sub(1).map(|k| paras[k].text.as_str())));
        } else {
            i = inline(&paras, i, &mut out);
        }
    }
    out
}

fn looks_like_html(s: &str) -> bool {
    let mut end = s.len().min(4096);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let head = s[..end].to_ascii_lowercase();
    ["<html", "<p>", "<p ", "<div", "<br", "<blockquote", "<article", "<body"]
        .iter()
        .any(|t| head.contains(t))
}

/// Block tags become paragraph breaks, block quotes `> ` lines, other tags
/// nothing; entities decoded. Script and style bodies are dropped.
fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut quote_depth = 0usize;
    while let Some(open) = rest.find('<') {
        push_html_text(&mut out, &rest[..open], quote_depth > 0);
        let Some(close) = rest[open..].find('>') else {
            rest = &rest[open..];
            break;
        };
        let tag = rest[open + 1..open + close].trim().to_ascii_lowercase();
        rest = &rest[open + close + 1..];
        let name: String =
            tag.trim_start_matches('/').chars().take_while(char::is_ascii_alphanumeric).collect();
        if !tag.starts_with('/') && matches!(name.as_str(), "script" | "style") {
            let end = format!("</{name}");
            let at = rest.to_ascii_lowercase().find(&end).unwrap_or(rest.len());
            rest = &rest[at..];
            continue;
        }
        // `<q>` is a quotation whose marks the browser draws.
        if name == "q" {
            out.push(if tag.starts_with('/') { '”' } else { '“' });
            continue;
        }
        if name == "blockquote" {
            quote_depth = if tag.starts_with('/') { quote_depth.saturating_sub(1) } else { quote_depth + 1 };
        }
        let block = [
            "p", "div", "br", "blockquote", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
            "article", "figure", "figcaption", "pre", "ul", "ol", "table",
        ];
        if block.contains(&name.as_str()) {
            out.push_str("\n\n");
        }
    }
    push_html_text(&mut out, rest, quote_depth > 0);
    out
}

fn push_html_text(out: &mut String, raw: &str, in_quote: bool) {
    let decoded = html_escape::decode_html_entities(raw);
    for (k, line) in decoded.split('\n').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        if in_quote && out.ends_with("\n\n") && !line.trim().is_empty() {
            out.push_str("> ");
            out.push_str(line.trim_start());
        } else {
            out.push_str(line);
        }
    }
}

/// Paragraphs: blank lines between them, or every line when the text has
/// no blank line at all. Markdown block quote marks, heading marks and links
/// (`[words](url)`, whose brackets are not an editor's insertion) go.
fn paragraphs(text: &str) -> Vec<Para> {
    let lines: Vec<&str> = text.lines().collect();
    let blank_separated = lines.iter().any(|l| l.trim().is_empty());
    let mut out: Vec<Para> = Vec::new();
    let mut open = false;
    for (n, raw) in lines.iter().enumerate() {
        let t = raw.trim();
        if t.is_empty() {
            open = false;
            continue;
        }
        let (block, body) = match t.strip_prefix('>') {
            Some(rest) => (true, rest.trim_start_matches('>').trim()),
            None => (false, t.trim_start_matches('#').trim()),
        };
        if block && body.is_empty() {
            open = false;
            continue;
        }
        let body = strip_links(body);
        match out.last_mut() {
            Some(p) if open && blank_separated && p.block == block => {
                p.text.push(' ');
                p.breaks.push(p.text.len());
                p.text.push_str(&body);
            }
            _ => out.push(Para { text: body, line: n + 1, breaks: Vec::new(), block }),
        }
        open = true;
    }
    out
}

fn strip_links(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let tail = &rest[open..];
        let link = tail.find("](").and_then(|mid| tail[mid..].find(')').map(|end| (mid, mid + end)));
        match link {
            Some((mid, end)) if !tail[1..mid].contains('[') => {
                out.push_str(&rest[..open]);
                out.push_str(&tail[1..mid]);
                rest = &tail[end + 1..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// What articles print in capitals before a colon that is no speaker:
/// `UPDATE: This story has been updated.` is the paper's, not testimony.
const NOT_SPEAKERS: &[&str] = &[
    "UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "CLARIFICATION",
    "DISCLOSURE", "PHOTO", "VIDEO", "WATCH", "READ", "READ MORE", "RELATED", "SOURCE", "SOURCES", "CREDIT",
    "BREAKING", "ALSO", "TRANSCRIPT", "CONTEXT", "EXCLUSIVE", "ANALYSIS", "OPINION", "TL;DR",
];

/// A paragraph printed as transcript: it starts with a label in capitals
/// (`GUILLOT:`, `SEN. ROGER WICKER:`), and every label in it starts a new
/// speaker's words. Returns (label, words, where the label starts).
fn excerpt(text: &str) -> Option<Vec<(String, String, usize)>> {
    let labels = labels(text);
    if labels.first().is_none_or(|l| l.0 != 0) || NOT_SPEAKERS.contains(&&text[..labels[0].1]) {
        return None;
    }
    let mut out = Vec::new();
    for (k, (start, colon)) in labels.iter().enumerate() {
        let end = labels.get(k + 1).map_or(text.len(), |l| l.0);
        let words = text[colon + 1..end].trim();
        if !words.is_empty() {
            out.push((text[*start..*colon].to_owned(), words.to_owned(), *start));
        }
    }
    Some(out)
}

/// (start, colon) of each label: one to four words in capitals ending in a
/// colon, at the paragraph start or after a space that follows a sentence
/// end or a dash (so `the U.S. NAVY: ...` mid-sentence is no label).
fn labels(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (colon, _) in text.match_indices(": ") {
        let before = &text[..colon];
        let words: Vec<(usize, &str)> = word_starts(before).into_iter().rev().take(4).collect();
        let mut start = None;
        for (k, (at, w)) in words.iter().enumerate() {
            let caps = w.chars().any(char::is_alphabetic)
                && w.chars().all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-'))
                && w.chars().filter(|c| c.is_uppercase()).count() >= 2
                || (k > 0 && w.ends_with('.') && w.len() <= 5 && w.starts_with(char::is_uppercase));
            if !caps {
                break;
            }
            let prev = before[..*at].trim_end();
            if prev.is_empty() || ends_sentence(prev) {
                start = Some(*at);
            }
        }
        if let Some(s) = start {
            out.push((s, colon));
        }
    }
    out
}

/// Whether text ends a sentence (or a speaker's words, with a dash); a
/// period after an abbreviation (`U.S.`, `Sen.`, an initial) does not.
fn ends_sentence(prev: &str) -> bool {
    if prev.ends_with(['?', '!', '—', '–', '-', '"', '”']) {
        return true;
    }
    let Some(word) = prev.strip_suffix('.').map(|p| p.rsplit(char::is_whitespace).next().unwrap_or(p)) else {
        return false;
    };
    !(word.contains('.') || word.chars().count() <= 1 || attrib::is_title(word))
}

fn word_starts(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(b)) => {
                out.push((b, &s[b..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(b) = start {
        out.push((b, &s[b..]));
    }
    out
}

/// Consecutive block-quote paragraphs are one quotation. Its attribution is
/// a closing `— Name` line, else the paragraph before (`Wicker said:`).
fn block(paras: &[Para], before: Option<&str>) -> Quotation {
    let mut text: Vec<String> = paras.iter().map(|p| p.text.clone()).collect();
    let mut attributed_to = None;
    if let Some(last) = text.last()
        && let Some(name) = last.strip_prefix(['—', '–', '-']).map(str::trim)
        && text.len() > 1
    {
        attributed_to = attrib::name_at_start(name);
        text.pop();
    }
    let quoted = |s: &str| s.trim_matches(|c| matches!(c, '“' | '”' | '"')).to_owned();
    let text: Vec<String> = text.iter().map(|t| quoted(t)).collect();
    if attributed_to.is_none() {
        attributed_to = before.and_then(attrib::before);
    }
    Quotation { text: text.join("\n"), line: paras[0].line, kind: Kind::Block, attributed_to }
}

/// The closing mark for an opening one.
fn closer(open: &str) -> &'static [&'static str] {
    match open {
        "“" => &["”"],
        "``" => &["''", "”"],
        _ => &["\""],
    }
}

/// An opening mark at `i` in `s`, and its length: `“`, TeX ` `` `, or a
/// straight `"` after a space, the paragraph start or an opening bracket.
fn opener(s: &str, i: usize) -> Option<&'static str> {
    let rest = &s[i..];
    if rest.starts_with('“') {
        return Some("“");
    }
    if rest.starts_with("``") {
        return Some("``");
    }
    if rest.starts_with('"') {
        let prev = s[..i].chars().next_back();
        if prev.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | '-' | '/')) {
            return Some("\"");
        }
    }
    None
}

/// Quotations between marks, starting at paragraph `i`; a quotation that
/// runs on (the next paragraph opens with the mark again) takes in the
/// paragraphs it runs over. Returns the next paragraph to read.
fn inline(paras: &[Para], mut i: usize, out: &mut Vec<Quotation>) -> usize {
    let mut pos = 0;
    loop {
        let s = paras[i].text.as_str();
        let Some((start, open)) =
            (pos..s.len()).filter(|k| s.is_char_boundary(*k)).find_map(|k| opener(s, k).map(|o| (k, o)))
        else {
            return i + 1;
        };
        let mut body = String::new();
        let mut from = start + open.len();
        let line = paras[i].line_at(start);
        let before = &s[..start];
        loop {
            let s = paras[i].text.as_str();
            let close =
                closer(open).iter().filter_map(|c| s[from..].find(c).map(|at| (from + at, c.len()))).min();
            if let Some((at, len)) = close {
                body.push_str(&s[from..at]);
                let after = &s[at + len..];
                out.push(Quotation {
                    text: body.trim().to_owned(),
                    line,
                    kind: Kind::Inline,
                    attributed_to: attrib::after(after).or_else(|| attrib::before(before)),
                });
                pos = at + len;
                break;
            }
            body.push_str(s[from..].trim_end());
            // Runs on when the next paragraph opens with the same mark and
            // is no block quote; otherwise the mark was never closed and the
            // quotation ends with its paragraph.
            let next = paras.get(i + 1).filter(|p| !p.block && opener(&p.text, 0) == Some(open));
            match next {
                Some(_) => {
                    body.push('\n');
                    i += 1;
                    from = open.len();
                }
                None => {
                    out.push(Quotation {
                        text: body.trim().to_owned(),
                        line,
                        kind: Kind::Inline,
                        attributed_to: attrib::before(before),
                    });
                    return i + 1;
                }
            }
        }
    }
}

#[cfg(test)]
#[path = "extract_tests.rs"]
mod tests;
