//! Drawing: pure functions of the app state. No I/O happens here.

mod compare;
mod filters;
mod hearings;
mod help;
mod reader;
mod search;
pub mod text;
mod transcript;
mod verify;

use super::app::{App, Screen};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn draw(app: &mut App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < 20 || area.height < 5 {
        frame.render_widget(Paragraph::new("gavel: window too small"), area);
        return;
    }
    let under = if app.screen == Screen::Filters { app.picker_from } else { app.screen };
    match under {
        Screen::Search | Screen::Filters => search::draw(app, frame, area),
        Screen::Reader => reader::draw(app, frame, area),
        Screen::Hearings => hearings::draw(app, frame, area),
        Screen::Compare => compare::draw(app, frame, area),
        Screen::Verify => verify::draw(app, frame, area),
    }
    if app.screen == Screen::Filters {
        filters::draw(app, frame, area);
    }
    if app.article_prompt.is_some() {
        verify::prompt(app, frame, area);
    }
    if app.help {
        help::draw(app, frame, area);
    }
}

/// The bottom line: key hints from the keymap, and a message if any.
fn status_bar(app: &App, frame: &mut Frame, area: Rect) {
    let mut spans = Vec::new();
    if let Some(e) = &app.error {
        spans.push(Span::styled(
            format!(" {} ", crate::sanitize::for_terminal(e, false)),
            Style::default().fg(Color::White).bg(app.theme.error),
        ));
        spans.push(Span::raw(" "));
    }
    if let Some(s) = &app.status {
        spans.push(Span::styled(
            format!(" {} ", crate::sanitize::for_terminal(s, false)),
            Style::default().fg(Color::Black).bg(app.theme.accent),
        ));
        spans.push(Span::raw(" "));
    }
    // The key hints fit the line whole: roomy when there is room, tight when
    // not, and the last ones left out rather than one cut in the middle.
    let used: usize = spans.iter().map(|s| s.width()).sum();
    let hints = app.keymap.hints(app.screen);
    let room = (area.width as usize).saturating_sub(used);
    let shape = |tight: bool, (key, desc): &(&str, &str)| -> [Span<'static>; 2] {
        let key_style = Style::default().fg(Color::Black).bg(Color::Gray).add_modifier(Modifier::BOLD);
        if tight {
            [Span::styled(key.to_string(), key_style), Span::raw(format!(" {desc} "))]
        } else {
            [Span::styled(format!(" {key} "), key_style), Span::raw(format!(" {desc}  "))]
        }
    };
    let width = |tight: bool| -> usize {
        hints.iter().map(|h| shape(tight, h).iter().map(|s| s.width()).sum::<usize>()).sum()
    };
    let tight = width(false) > room;
    let mut left = room;
    for h in &hints {
        let pair = shape(tight, h);
        let w: usize = pair.iter().map(|s| s.width()).sum();
        if w > left {
            break;
        }
        left -= w;
        spans.extend(pair);
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
