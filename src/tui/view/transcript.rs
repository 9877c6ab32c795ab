//! A hearing's turns as screen lines: speaker heading in the speaker's colour,
//! wrapped text with the query's words highlighted, page in the heading.

use super::text::{highlighted, wrap};
use crate::index::search::StoredTurn;
use crate::sanitize::for_terminal;
use crate::tui::app::Mark;
use crate::tui::theme::Theme;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use std::ops::Range;

/// The turns worth rendering to show `before` lines above the focused turn's
/// start and `after` lines from it: a long hearing is thousands of turns, and
/// wrapping all of them on every keystroke would cost more than a frame.
/// A turn's lines are counted low (its heading and blank line, and its text
/// as if every line were filled to the edge), so the window is never short.
fn window(turns: &[StoredTurn], focus: usize, width: usize, before: usize, after: usize) -> Range<usize> {
    let width = width.max(10);
    let estimate = |t: &StoredTurn| t.text.len() / width + 2;
    let mut first = focus.min(turns.len());
    let mut lines = 0;
    while first > 0 && lines < before {
        first -= 1;
        lines += estimate(&turns[first]);
    }
    let mut last = focus.min(turns.len());
    let mut lines = 0;
    while last < turns.len() && lines < after {
        lines += estimate(&turns[last]);
        last += 1;
    }
    first..last.max((focus + 1).min(turns.len()))
}

/// Renders only the turns of `window` around `focus`; `starts` and the
/// returned focus index are relative to that window.
pub fn render_around<'a>(
    turns: &[StoredTurn],
    focus: usize,
    look: &Look,
    width: usize,
    before: usize,
    after: usize,
) -> (Rendered<'a>, usize) {
    let shown = window(turns, focus, width, before, after);
    let focus = focus - shown.start;
    (render(&turns[shown], focus, look, width), focus)
}

/// What sets turns apart on screen: the query's words, the marked turns, the colours.
pub struct Look<'t> {
    pub terms: &'t [String],
    pub marked: &'t [Mark],
    pub theme: &'t Theme,
    /// Sentences `a..=b` of the focused turn, selected for marking.
    pub sentences: Option<(usize, usize)>,
}

pub struct Rendered<'a> {
    pub lines: Vec<Line<'a>>,
    /// First line of each turn.
    pub starts: Vec<usize>,
}

fn render<'a>(turns: &[StoredTurn], focus: usize, look: &Look, width: usize) -> Rendered<'a> {
    let theme = look.theme;
    let mut lines = Vec::new();
    let mut starts = Vec::with_capacity(turns.len());
    for (i, t) in turns.iter().enumerate() {
        starts.push(lines.len());
        let focused = i == focus;
        let color = theme.speaker(&t.speaker);
        let marker =
            if focused { Span::styled("▌", Style::default().fg(theme.highlight)) } else { Span::raw(" ") };
        let mut head = vec![
            marker,
            Span::styled(
                for_terminal(&t.speaker, false).into_owned(),
                Style::default().fg(color).add_modifier(Modifier::BOLD),
            ),
        ];
        let label = for_terminal(&t.label, false);
        let mut meta = String::new();
        if label != t.speaker.as_str() {
            meta.push_str(&label);
            meta.push_str(" · ");
        }
        meta.push_str(&t.role.replace('_', " "));
        head.push(Span::styled(format!("  {meta}"), theme.dim()));
        if let Some(p) = &t.page {
            head.push(Span::styled(format!("  {}", for_terminal(&crate::model::pin(p), false)), theme.dim()));
        }
        head.push(Span::styled(format!("  #{}", t.seq), theme.dim()));
        match look.marked.iter().find(|m| m.turn_id == t.turn_id).map(|m| m.sentences) {
            Some(None) => head.push(Span::styled("  ★ marked", theme.accent())),
            Some(Some((a, b))) => {
                head.push(Span::styled(format!("  ★ sentences {a}–{b} marked"), theme.accent()))
            }
            None => {}
        }
        lines.push(Line::from(head));
        let base = if focused { Style::default().add_modifier(Modifier::BOLD) } else { Style::default() };
        let selected =
            if focused { look.sentences.and_then(|(a, b)| sentence_bytes(&t.text, a, b)) } else { None };
        let mut offset = 0;
        for para in t.text.split('\n') {
            let spans = match &selected {
                Some(sel) => {
                    let cut = |at: usize| at.clamp(offset, offset + para.len()) - offset;
                    let (x, y) = (cut(sel.start), cut(sel.end));
                    let mut spans = highlighted(&para[..x], look.terms, base, theme.matched());
                    let chosen = base.add_modifier(Modifier::REVERSED);
                    let chosen_match = theme.matched().add_modifier(Modifier::REVERSED);
                    spans.extend(highlighted(&para[x..y], look.terms, chosen, chosen_match));
                    spans.extend(highlighted(&para[y..], look.terms, base, theme.matched()));
                    spans
                }
                None => highlighted(para, look.terms, base, theme.matched()),
            };
            offset += para.len() + 1;
            let mut wrapped = wrap(spans, width, 2);
            if focused {
                for l in &mut wrapped {
                    if let Some(first) = l.spans.first_mut() {
                        *first = Span::styled("▌ ", Style::default().fg(theme.highlight));
                    }
                }
            }
            lines.extend(wrapped);
        }
        lines.push(Line::raw(""));
    }
    Rendered { lines, starts }
}

/// Bytes of sentences `a..=b` (1-based) of a turn's text, as the quote
/// exporter counts them (lines joined by a space, one byte for one).
fn sentence_bytes(text: &str, a: usize, b: usize) -> Option<Range<usize>> {
    let s = crate::export::sentences::split(&text.replace('\n', " "));
    Some(s.get(a.checked_sub(1)?)?.start..s.get(b.checked_sub(1)?)?.end)
}
