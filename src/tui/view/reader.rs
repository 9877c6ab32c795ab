//! The reader: a whole hearing, scrolled to the turn in focus.

use super::transcript;
use crate::sanitize::for_terminal;
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};

pub fn draw(app: &mut App, frame: &mut Frame, area: Rect) {
    let rows = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).split(area);
    let turns = app.reader_turns();
    let position = if turns.is_empty() {
        String::new()
    } else {
        format!(" turn {}/{} ", app.reader.focus + 1, turns.len())
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(
            Line::from(format!(" {} ", for_terminal(&app.reader.title, false)))
                .style(Style::default().add_modifier(Modifier::BOLD)),
        )
        .title_top(Line::from(position).right_aligned());
    let inner = block.inner(area);
    if turns.is_empty() {
        frame.render_widget(Paragraph::new("loading…").block(block), rows[0]);
    } else {
        let focus = app.reader.focus.min(turns.len() - 1);
        // The focused turn sits a few lines below the top, so the turn before it shows.
        let lead = (inner.height / 4) as i64;
        let height = inner.height as usize;
        let offset = app.reader.offset as i64;
        let (r, focus) = transcript::render_around(
            turns,
            focus,
            &app.terms(),
            &app.marked,
            inner.width as usize,
            (lead - offset.min(0)) as usize + height,
            (offset.max(0) as usize) + 2 * height,
        );
        let start = r.starts.get(focus).copied().unwrap_or(0) as i64;
        let max = (r.lines.len() as i64 - 1).max(0);
        let top = (start - lead + app.reader.offset as i64).clamp(0, max);
        frame.render_widget(Paragraph::new(r.lines).block(block).scroll((top as u16, 0)), rows[0]);
    }
    app.page_rows = inner.height;
    super::status_bar(app, frame, rows[1]);
}
