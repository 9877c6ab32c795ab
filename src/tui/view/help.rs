//! `?`: every binding of the current screen, from the keymap itself.

use crate::tui::app::App;
use crate::tui::keymap;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let bindings = keymap::bindings(app.screen);
    let mut lines: Vec<Line> = bindings
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(format!(" {:<7}", b.shown), Style::default().add_modifier(Modifier::BOLD)),
                Span::raw(b.desc),
            ])
        })
        .collect();
    if app.screen == crate::tui::app::Screen::Search {
        lines.push(Line::raw(""));
        lines.push(Line::raw(" Query: words \"phrases\" -not prefix* a OR b"));
        lines.push(Line::raw(" speaker: role: committee: chamber: congress:"));
        lines.push(Line::raw(" date:2025 date:2024-01..2025-06 hearing:ID"));
    }
    let h = (lines.len() as u16 + 2).min(area.height);
    let w = 56.min(area.width);
    let rect =
        Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h };
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines).block(Block::default().borders(Borders::ALL).title(" help (Esc closes) ")),
        rect,
    );
}
