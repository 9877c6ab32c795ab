//! `?`: every binding of the current screen, from the keymap itself.

use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let bindings = app.keymap.bindings(app.screen);
    let key_width = bindings.iter().map(|b| b.shown.chars().count()).max().unwrap_or(0) + 2;
    let mut lines: Vec<Line> = bindings
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(
                    format!(" {:<key_width$}", b.shown),
                    Style::default().add_modifier(Modifier::BOLD),
                ),
                Span::raw(if b.keys.is_empty() {
                    format!("{} (unbound)", b.desc)
                } else {
                    b.desc.to_owned()
                }),
            ])
        })
        .collect();
    if matches!(app.screen, crate::tui::app::Screen::Search | crate::tui::app::Screen::Filters) {
        lines.push(Line::raw(""));
        lines.push(Line::raw(" Query: words \"phrases\" -not prefix* a OR b"));
        lines.push(Line::raw(" speaker: role: committee: chamber: congress:"));
        lines.push(Line::raw(" date:2025 date:2024-01..2025-06 hearing:ID"));
    }
    let h = (lines.len() as u16 + 2).min(area.height);
    let w = (lines.iter().map(Line::width).max().unwrap_or(0) as u16 + 2).clamp(40, 76).min(area.width);
    let rect =
        Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h };
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines).block(Block::default().borders(Borders::ALL).title(" help (Esc closes) ")),
        rect,
    );
}
