//! Building a quote: turns from the index, checked word for word against the
//! source file before anything is exported.

use super::cite::{self, CiteParts};
pub use super::error::QuoteError;
use super::sentences;
use super::sources::Sources;
use crate::index::Library;
use crate::index::search::StoredTurn;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Style {
    Bluebook,
    Chicago,
}

/// One quoted turn (or part of one).
#[derive(Debug, Clone, Serialize)]
pub struct Part {
    pub turn_id: String,
    pub speaker: String,
    pub label: String,
    pub role: String,
    pub attribution: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Quote {
    pub parts: Vec<Part>,
    /// The speaker, when one person says all of it.
    pub speaker: Option<String>,
    pub attribution: Option<String>,
    pub hearing_id: String,
    pub hearing_title: String,
    pub committee: Option<String>,
    pub chamber: Option<String>,
    pub congress: Option<u16>,
    pub date: Option<String>,
    pub page: Option<String>,
    pub turn_ids: Vec<String>,
    pub source: String,
    pub line_start: u64,
    pub line_end: u64,
    pub citation: String,
    /// The citation with Markdown italics.
    #[serde(skip)]
    pub citation_md: String,
}

/// `HEARING#sN`: the N-th block of a hearing, a statement submitted for the
/// record rather than spoken.
fn statement_number(id: &str) -> Option<(String, usize)> {
    let (h, s) = id.rsplit_once('#')?;
    let n = s.strip_prefix('s')?.parse().ok()?;
    Some((h.to_owned(), n))
}

fn split_id(id: &str) -> Result<(String, u64), QuoteError> {
    let (h, s) = id.rsplit_once('#').ok_or_else(|| QuoteError::BadId(id.to_owned()))?;
    let seq = s.parse().map_err(|_| QuoteError::BadId(id.to_owned()))?;
    Ok((h.to_owned(), seq))
}

/// Checks that the source file still holds exactly these turns: same bytes as
/// indexed, and each turn's text its source up to whitespace and line-break
/// hyphens (the parser's coverage check, run again on the file as it is now).
fn verify(sources: &mut Sources, source: &str, hash: &str, turns: &[&StoredTurn]) -> Result<(), QuoteError> {
    let fresh = sources.fresh(source, hash)?;
    let changed = || QuoteError::SourceChanged(source.to_owned());
    for turn in turns {
        let f = fresh.transcript.turns.iter().find(|f| f.seq as u64 == turn.seq).ok_or_else(changed)?;
        if f.text != turn.text || fresh.altered.contains(&f.seq) {
            return Err(changed());
        }
    }
    Ok(())
}

/// One quote, its source read for it alone.
pub fn build(
    lib: &Library,
    from: &str,
    to: Option<&str>,
    sentence_range: Option<(usize, usize)>,
    style: Style,
) -> Result<Quote, QuoteError> {
    build_with(lib, &mut Sources::new(), from, to, sentence_range, style)
}

/// A quote, with hearings and source files read through `sources`, so
/// quotes of one hearing in a run read and parse it once.
pub fn build_with(
    lib: &Library,
    sources: &mut Sources,
    from: &str,
    to: Option<&str>,
    sentence_range: Option<(usize, usize)>,
    style: Style,
) -> Result<Quote, QuoteError> {
    if let Some((hearing_id, n)) = statement_number(from) {
        if let Some(to) = to {
            return Err(QuoteError::StatementInRun(
                if statement_number(to).is_some() { to } else { from }.to_owned(),
            ));
        }
        return statement(lib, sources, from, &hearing_id, n, sentence_range, style);
    }
    if let Some(to) = to.filter(|t| statement_number(t).is_some()) {
        return Err(QuoteError::StatementInRun(to.to_owned()));
    }
    let (hearing_id, first) = split_id(from)?;
    let last = match to {
        Some(t) => {
            let (h, s) = split_id(t)?;
            if h != hearing_id {
                return Err(QuoteError::TwoHearings(from.to_owned(), t.to_owned()));
            }
            s
        }
        None => first,
    };
    let (first, last) = (first.min(last), first.max(last));
    if sentence_range.is_some() && first != last {
        return Err(QuoteError::SentencesOfRun);
    }
    let indexed = sources.indexed(lib, &hearing_id)?.ok_or_else(|| QuoteError::NoTurn(from.to_owned()))?;
    let (summary, hash) = (&indexed.summary, &indexed.hash);
    let turns: Vec<&StoredTurn> = indexed.turns.iter().filter(|t| (first..=last).contains(&t.seq)).collect();
    if turns.len() as u64 != last - first + 1 {
        return Err(QuoteError::NoTurn(format!(
            "{hearing_id}#{}",
            if turns.is_empty() { first } else { last }
        )));
    }
    let h = &summary.hearing;
    verify(sources, &h.source, hash, &turns)?;

    let mut parts: Vec<Part> = Vec::new();
    for t in &turns {
        let text = match sentence_range {
            Some((a, b)) => excerpt(&t.text, a, b)?,
            None => t.text.clone(),
        };
        parts.push(Part {
            turn_id: t.turn_id.clone(),
            speaker: t.speaker.clone(),
            label: t.label.clone(),
            role: t.role.clone(),
            attribution: cite::attribution(
                h,
                Some(&t.speaker),
                &t.label,
                cite::Affiliation { party: t.party.as_deref(), state: t.state.as_deref() },
            ),
            text,
        });
    }
    let lines = (turns[0].line_start, turns.last().map_or(0, |t| t.line_end));
    Ok(assemble(h, parts, turns[0].page.clone(), lines, style))
}

/// A statement submitted for the record, checked against its source like a
/// turn: the same bytes, and the block the parse gives now the same text.
fn statement(
    lib: &Library,
    sources: &mut Sources,
    id: &str,
    hearing_id: &str,
    n: usize,
    sentence_range: Option<(usize, usize)>,
    style: Style,
) -> Result<Quote, QuoteError> {
    let no = || QuoteError::NoTurn(id.to_owned());
    let stored = lib.by_id(id)?.ok_or_else(no)?;
    let indexed = sources.indexed(lib, hearing_id)?.ok_or_else(no)?;
    let h = &indexed.summary.hearing;
    let fresh = sources.fresh(&h.source, &indexed.hash)?;
    let changed = || QuoteError::SourceChanged(h.source.clone());
    let block = fresh.transcript.blocks.get(n.wrapping_sub(1)).ok_or_else(changed)?;
    if !block.is_written() || block.text != stored.text {
        return Err(changed());
    }
    let text = match sentence_range {
        Some((a, b)) => excerpt(&stored.text, a, b)?,
        None => stored.text.clone(),
    };
    // Its author as the heading names them; unnamed, it is said so rather
    // than left to look like anyone's words.
    let author = block.author.clone().filter(|a| !a.is_empty());
    let attribution = match &author {
        Some(a) => cite::attribution(h, Some(a), a, cite::Affiliation::default()),
        None => "a statement submitted for the record; its author is not named".to_owned(),
    };
    let part = Part {
        turn_id: id.to_owned(),
        speaker: author.unwrap_or_default(),
        label: String::new(),
        role: stored.role.clone(),
        attribution,
        text,
    };
    let mut q = assemble(h, vec![part], stored.page.clone(), (stored.line_start, stored.line_end), style);
    // Written, not said: Bluebook's and Chicago's "prepared statement of",
    // or what a written question and its answer are.
    let (what, after) = match block.kind {
        crate::model::BlockKind::Question => ("(question for the record from ", ""),
        crate::model::BlockKind::Answer => ("(response of ", " to questions for the record"),
        _ => ("(prepared statement of ", ""),
    };
    for c in [&mut q.citation, &mut q.citation_md] {
        if let Some(at) = c.find("(statement of ") {
            let close = c[at..].find(')').map_or(c.len(), |i| at + i);
            c.insert_str(close, after);
            c.replace_range(at..at + "(statement of ".len(), what);
        }
    }
    Ok(q)
}

/// A citation in `style`, with the sample note when the hearing is one of
/// the bundled samples: what `gavel quote` and `gavel verify` both print.
pub fn citation(
    h: &crate::model::Hearing,
    statement_of: Option<String>,
    page: Option<&str>,
    style: Style,
    markdown: bool,
) -> String {
    let p = CiteParts { hearing: h, statement_of, page, markdown };
    let mut c = match style {
        Style::Bluebook => cite::bluebook(&p),
        Style::Chicago => cite::chicago(&p),
    };
    // A sample bundled with gavel is not a record anyone may cite as one.
    if let Some(note) = crate::samples::note(&h.source) {
        c.push_str(&format!(" [{note}]"));
    }
    c
}

/// The quote around its parts: attribution when one person says all of it,
/// citations in both forms, and the sample note when it is one.
fn assemble(
    h: &crate::model::Hearing,
    parts: Vec<Part>,
    page: Option<String>,
    (line_start, line_end): (u64, u64),
    style: Style,
) -> Quote {
    let one_speaker = parts.iter().all(|p| p.speaker == parts[0].speaker);
    let attribution = one_speaker.then(|| parts[0].attribution.clone());
    let cite_with = |markdown| citation(h, attribution.clone(), page.as_deref(), style, markdown);
    let (citation, citation_md) = (cite_with(false), cite_with(true));
    Quote {
        speaker: one_speaker.then(|| parts[0].speaker.clone()),
        attribution,
        hearing_id: h.id.clone(),
        hearing_title: h.title.clone(),
        committee: h.committee.clone(),
        chamber: h.chamber.map(|c| c.as_str().to_owned()),
        congress: h.congress,
        date: h.date().map(str::to_owned),
        page,
        turn_ids: parts.iter().map(|p| p.turn_id.clone()).collect(),
        source: h.source.clone(),
        line_start,
        line_end,
        citation,
        citation_md,
        parts,
    }
}

/// Sentences `a..=b` (1-based) of a turn, with `…` where words are left out.
fn excerpt(text: &str, a: usize, b: usize) -> Result<String, QuoteError> {
    let flat = text.replace('\n', " ");
    let s = sentences::split(&flat);
    if a == 0 || b < a || b > s.len() {
        return Err(QuoteError::NoSentences(a, b, s.len()));
    }
    let mut out = String::new();
    if a > 1 {
        out.push_str("… ");
    }
    out.push_str(&flat[s[a - 1].start..s[b - 1].end]);
    if b < s.len() {
        out.push_str(" …");
    }
    Ok(out)
}

impl Quote {
    pub fn markdown(&self) -> String {
        let mut s = String::new();
        for (i, p) in self.parts.iter().enumerate() {
            if i > 0 {
                s.push_str(">\n");
            }
            let text = cite::typography(&p.text);
            for (j, para) in text.split('\n').enumerate() {
                if j > 0 {
                    s.push_str(">\n");
                }
                if j == 0 && self.attribution.is_none() {
                    s.push_str(&format!("> **{}:** {para}\n", p.attribution));
                } else {
                    s.push_str(&format!("> {para}\n"));
                }
            }
        }
        if let Some(a) = &self.attribution {
            s.push_str(&format!("\n— {a}\n"));
        }
        s.push_str(&format!("\n{}\n", self.citation_md));
        s
    }

    pub fn text(&self) -> String {
        let mut s = String::new();
        match &self.attribution {
            Some(a) => {
                let body: Vec<&str> = self.parts.iter().map(|p| p.text.as_str()).collect();
                s.push_str(&format!("“{}”\n— {a}\n", cite::typography(&body.join("\n"))));
            }
            None => {
                for p in &self.parts {
                    s.push_str(&format!("{}: {}\n", p.attribution, cite::typography(&p.text)));
                }
            }
        }
        s.push_str(&format!("{}\n", self.citation));
        s
    }

    pub fn csv(&self) -> Result<String, csv::Error> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record([
            "turn_id", "speaker", "label", "role", "attribution", "hearing_id", "hearing_title", "committee",
            "chamber", "congress", "date", "page", "source", "line_start", "line_end", "text", "citation",
        ])?;
        for p in &self.parts {
            w.write_record([
                p.turn_id.as_str(),
                &p.speaker,
                &p.label,
                &p.role,
                &p.attribution,
                &self.hearing_id,
                &self.hearing_title,
                self.committee.as_deref().unwrap_or(""),
                self.chamber.as_deref().unwrap_or(""),
                &self.congress.map(|c| c.to_string()).unwrap_or_default(),
                self.date.as_deref().unwrap_or(""),
                self.page.as_deref().unwrap_or(""),
                &self.source,
                &self.line_start.to_string(),
                &self.line_end.to_string(),
                &p.text,
                &self.citation,
            ])?;
        }
        let bytes = w.into_inner().map_err(|e| e.into_error())?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }
}
