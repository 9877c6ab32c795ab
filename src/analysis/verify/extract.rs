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
use super::context::People;
use super::dateline;
use super::subject::{self, Subject};
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
    /// Why no name, or how one was read, when the article is not plain
    /// about it (`"he" could be any of Wicker, Guillot`).
    pub attribution_note: Option<String>,
    /// When `attributed_to` is a surname alone, the fullest name the
    /// article gives that person (`context::Attribution::full`): what the
    /// record's speaker is checked against.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributed_as: Option<String>,
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
    let mut paras = paragraphs(&text);
    blank_datelines(&mut paras);
    let mut found: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < paras.len() {
        let p = &paras[i];
        if let Some(segments) = excerpt(&p.text) {
            for (label, words, at) in segments {
                found.push(Found {
                    q: Quotation {
                        text: words,
                        line: p.line_at(at),
                        kind: Kind::Excerpt,
                        attributed_to: None,
                        attribution_note: None,
                        attributed_as: None,
                    },
                    para: i,
                    subject: Some(Subject::Name(attrib::label_name(&label))),
                    between: Vec::new(),
                });
            }
            i += 1;
        } else if p.block {
            let start = i;
            while i < paras.len() && paras[i].block && excerpt(&paras[i].text).is_none() {
                i += 1;
            }
            let mut f = block(&paras[start..i], start);
            if f.subject.is_none() && start > 0 {
                f.subject = subject::before(&paras[start - 1].text);
                f.para = start - 1;
            }
            found.push(f);
        } else {
            i = inline(&paras, i, &mut found);
        }
    }
    attribute(&paras, found)
}

/// A quotation, the paragraph its attribution is read in, and what the
/// words beside it say of its speaker.
struct Found {
    q: Quotation,
    para: usize,
    subject: Option<Subject>,
    /// Names printed between the paragraph's previous quotation and this
    /// one, lower case (`“A,” Reed said. “B.”`: `reed`).
    between: Vec<String>,
}

fn name_words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .filter(|w| attrib::is_name_word(w) && !attrib::is_title(w))
        .map(|w| attrib::bare(w).trim_end_matches(['.', ',']).to_lowercase())
        .collect()
}

/// Datelines (`WASHINGTON (AP) —`) blanked out, bytes kept so lines stay
/// right: a dateline is no speaker, nor a person a pronoun could mean.
fn blank_datelines(paras: &mut [Para]) {
    let mut label_seen = false;
    for (k, p) in paras.iter_mut().enumerate() {
        let labels = labels(&p.text);
        let opening = !label_seen && k < 3 && labels.len() <= 1;
        if let Some(n) = dateline::len(&p.text, opening) {
            p.text.replace_range(..n, &" ".repeat(n));
        } else if !labels.is_empty() {
            label_seen = true;
        }
    }
}

/// Names from the words beside each quotation, read against the people the
/// article names (`context`): a pronoun or a role is given a name only when
/// one person can be meant. A quotation with nothing beside it is the
/// speaker's of an earlier quotation of its paragraph, when the paragraph
/// names no one else.
fn attribute(paras: &[Para], found: Vec<Found>) -> Vec<Quotation> {
    let texts: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
    let named: Vec<String> = found
        .iter()
        .filter_map(|f| match &f.subject {
            Some(Subject::Name(n)) if f.q.kind == Kind::Excerpt || n.chars().any(char::is_lowercase) => {
                Some(attrib::label_name(n))
            }
            _ => None,
        })
        .collect();
    let people = People::read(&texts, &named);
    let mut out: Vec<Quotation> = Vec::new();
    let mut last: Option<(usize, String, Option<String>)> = None;
    for f in found {
        let mut q = f.q;
        if q.kind == Kind::Excerpt {
            if let Some(Subject::Name(n)) = f.subject {
                q.attributed_to = Some(n);
            }
            out.push(q);
            continue;
        }
        let a = people.resolve(f.subject.as_ref(), f.para);
        q.attributed_to = a.name;
        q.attribution_note = a.note;
        q.attributed_as = a.full;
        // Nobody else named in between: `“A,” Reed said. “B.”`, not
        // `“A,” Reed said. Wicker interrupted: “B.”`.
        let same_speaker = |name: &str| {
            let surname = name.split_whitespace().next_back().unwrap_or("").to_lowercase();
            f.between.iter().all(|w| *w == surname)
        };
        if f.subject.is_none()
            && let Some((para, name, full)) = &last
            && *para == f.para
            && people.mentioned(f.para) <= 1
            && same_speaker(name)
        {
            q.attributed_to = Some(name.clone());
            q.attributed_as.clone_from(full);
        }
        last = q.attributed_to.clone().map(|n| (f.para, n, q.attributed_as.clone()));
        out.push(q);
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
        let words: Vec<(usize, &str)> = word_starts(before).into_iter().rev().take(5).collect();
        let mut start = None;
        // `SEN. RICHARD BLUMENTHAL (D-CONN.):`: a party and state after the name.
        let party =
            words.first().is_some_and(|(_, w)| w.starts_with('(') && w.ends_with(')') && w.len() <= 12);
        for (k, (at, w)) in words.iter().enumerate().take(if party { 5 } else { 4 }) {
            if party && k == 0 {
                continue;
            }
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
fn block(paras: &[Para], start: usize) -> Found {
    let mut text: Vec<String> = paras.iter().map(|p| p.text.clone()).collect();
    let mut subject = None;
    if let Some(last) = text.last()
        && let Some(name) = last.strip_prefix(['—', '–', '-']).map(str::trim)
        && text.len() > 1
    {
        subject = attrib::name_at_start(name).map(Subject::Name);
        text.pop();
    }
    let quoted = |s: &str| s.trim_matches(|c| matches!(c, '“' | '”' | '"')).to_owned();
    let text: Vec<String> = text.iter().map(|t| quoted(t)).collect();
    let q = Quotation {
        text: text.join("\n"),
        line: paras[0].line,
        kind: Kind::Block,
        attributed_to: None,
        attribution_note: None,
        attributed_as: None,
    };
    Found { q, para: start, subject, between: Vec::new() }
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
fn inline(paras: &[Para], mut i: usize, out: &mut Vec<Found>) -> usize {
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
        let para = i;
        let before = &s[..start];
        let between = if pos > 0 { name_words(&s[pos..start]) } else { Vec::new() };
        loop {
            let s = paras[i].text.as_str();
            let close =
                closer(open).iter().filter_map(|c| s[from..].find(c).map(|at| (from + at, c.len()))).min();
            if let Some((at, len)) = close {
                body.push_str(&s[from..at]);
                let after = &s[at + len..];
                let q = Quotation {
                    text: body.trim().to_owned(),
                    line,
                    kind: Kind::Inline,
                    attributed_to: None,
                    attribution_note: None,
                    attributed_as: None,
                };
                let subject = subject::after(after).or_else(|| subject::before(before));
                out.push(Found { q, para, subject, between: between.clone() });
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
                    let q = Quotation {
                        text: body.trim().to_owned(),
                        line,
                        kind: Kind::Inline,
                        attributed_to: None,
                        attribution_note: None,
                        attributed_as: None,
                    };
                    out.push(Found { q, para, subject: subject::before(before), between });
                    return i + 1;
                }
            }
        }
    }
}

#[cfg(test)]
#[path = "extract_tests.rs"]
mod tests;
