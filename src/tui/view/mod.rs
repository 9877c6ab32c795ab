//! Drawing: pure functions of the app state. No I/O happens here.

mod compare;
mod filters;
mod hearings;
mod help;
mod reader;
mod search;
pub mod text;
mod transcript;

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
    }
    if app.screen == Screen::Filters {
        filters::draw(app, frame, area);
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
    for (key, desc) in app.keymap.hints(app.screen) {
        spans.push(Span::styled(
            format!(" {key} "),
            Style::default().fg(Color::Black).bg(Color::Gray).add_modifier(Modifier::BOLD),
        ));
        spans.push(Span::raw(format!(" {desc}  ")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
