//! Text helpers shared by the screens: sanitising, wrapping, highlighting
//! query terms.

use crate::sanitize::for_terminal;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

/// Splits `text` into spans, marking words that match a query term.
pub fn highlighted<'a>(text: &str, terms: &[String], base: Style, matched: Style) -> Vec<Span<'a>> {
    let text = for_terminal(text, false).into_owned();
    let lower_terms: Vec<Vec<String>> = terms
        .iter()
        .map(|t| {
            t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
        })
        .filter(|v: &Vec<String>| !v.is_empty())
        .collect();
    let mut spans = Vec::new();
    let mut plain = String::new();
    for word in split_keep(&text) {
        let bare: String = word.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
        let hit = !bare.is_empty()
            && lower_terms.iter().flatten().any(|t| {
                bare == *t || (t.len() >= 3 && bare.starts_with(t.as_str()) && bare.len() <= t.len() + 3)
            });
        if hit {
            if !plain.is_empty() {
                spans.push(Span::styled(std::mem::take(&mut plain), base));
            }
            spans.push(Span::styled(word.to_owned(), matched));
        } else {
            plain.push_str(word);
        }
    }
    if !plain.is_empty() {
        spans.push(Span::styled(plain, base));
    }
    spans
}

/// Words and the whitespace between them, in order.
fn split_keep(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = None;
    for (i, c) in s.char_indices() {
        let space = c.is_whitespace();
        if in_space != Some(space) && i > start {
            out.push(&s[start..i]);
            start = i;
        }
        in_space = Some(space);
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// Greedy word wrap of styled spans into lines of at most `width` columns.
pub fn wrap<'a>(spans: Vec<Span<'a>>, width: usize, indent: usize) -> Vec<Line<'a>> {
    let width = width.max(indent + 8);
    let mut lines: Vec<Line<'a>> = Vec::new();
    let mut cur: Vec<Span<'a>> = vec![Span::raw(" ".repeat(indent))];
    let mut col = indent;
    // Space between words is written only once the next word fits after it.
    let mut space: Option<Span<'a>> = None;
    for span in spans {
        let style = span.style;
        for piece in split_keep(&span.content) {
            let w = piece.width();
            if piece.trim().is_empty() {
                if col > indent {
                    space = Some(Span::styled(piece.to_owned(), style));
                }
                continue;
            }
            let gap = space.as_ref().map_or(0, |s| s.content.width());
            if col + gap + w > width && col > indent {
                lines.push(Line::from(std::mem::take(&mut cur)));
                cur.push(Span::raw(" ".repeat(indent)));
                col = indent;
            } else if let Some(s) = space.take() {
                col += gap;
                cur.push(s);
            }
            space = None;
            // A word longer than a line is cut, never lost.
            let mut rest = piece.to_owned();
            while rest.width() > width - indent {
                let cut: String = take_width(&rest, width - col);
                rest = rest[cut.len()..].to_owned();
                cur.push(Span::styled(cut, style));
                lines.push(Line::from(std::mem::take(&mut cur)));
                cur.push(Span::raw(" ".repeat(indent)));
                col = indent;
            }
            col += rest.width();
            cur.push(Span::styled(rest, style));
        }
    }
    if cur.len() > 1 {
        lines.push(Line::from(cur));
    }
    lines
}

fn take_width(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if w + cw > width.max(1) {
            break;
        }
        w += cw;
        out.push(c);
    }
    if out.is_empty() {
        out.extend(s.chars().next());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect()).collect()
    }

    #[test]
    fn wraps_and_keeps_every_word() {
        let matched = Style::default().bg(ratatui::style::Color::Yellow);
        let spans = highlighted(
            "Are we making any progress? Now it's 2025.",
            &["progress".into()],
            Style::default(),
            matched,
        );
        assert!(spans.iter().any(|s| s.content == "progress?" && s.style == matched));
        let lines = wrap(spans, 20, 2);
        assert_eq!(text(&lines), ["  Are we making any", "  progress? Now it's", "  2025."]);
    }

    #[test]
    fn long_words_are_cut_not_lost() {
        let lines = wrap(vec![Span::raw("abcdefghijklmnopqrstuvwxyz")], 10, 0);
        assert_eq!(text(&lines).concat(), "abcdefghijklmnopqrstuvwxyz");
    }

    #[test]
    fn control_characters_never_reach_the_screen() {
        let spans = highlighted("evil\u{1b}[2Jtext", &[], Style::default(), Style::default());
        assert_eq!(spans.iter().map(|s| s.content.as_ref()).collect::<String>(), "eviltext");
    }
}
