//! The filter picker, drawn over the screen it was opened from: the kinds of
//! filter as tabs, the fuzzy search, and the values that match it.

use crate::sanitize::for_terminal;
use crate::tui::app::App;
use crate::tui::picker::FIELDS;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState, Paragraph};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let Some(p) = &app.picker else { return };
    let w = 64.min(area.width);
    let h = 18.min(area.height.saturating_sub(1));
    let rect = Rect { x: area.x + (area.width - w) / 2, y: area.y + 1.min(area.height), width: w, height: h };
    frame.render_widget(Clear, rect);
    let block = Block::default().borders(Borders::ALL).title(" add a filter ");
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let rows =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Min(0)]).split(inner);
    let mut tabs = Vec::new();
    for f in FIELDS {
        let style = if f == p.field {
            Style::default().fg(Color::Black).bg(app.theme.accent).add_modifier(Modifier::BOLD)
        } else {
            app.theme.dim()
        };
        tabs.push(Span::styled(format!(" {} ", f.name()), style));
        tabs.push(Span::raw(" "));
    }
    frame.render_widget(Paragraph::new(Line::from(tabs)), rows[0]);
    let prompt = Line::from(vec![
        Span::styled(format!("{}: ", p.field.name()), app.theme.accent()),
        Span::raw(for_terminal(&p.input, false).into_owned()),
    ]);
    let x = rows[1].x.saturating_add(prompt.width().min(u16::MAX as usize) as u16);
    frame.render_widget(Paragraph::new(prompt), rows[1]);
    if x < rows[1].x + rows[1].width {
        frame.set_cursor_position((x, rows[1].y));
    }
    if p.matches.is_empty() {
        let msg = if app.hearing_list.is_empty() { "loading…" } else { "nothing matches" };
        frame.render_widget(Paragraph::new(msg).style(app.theme.dim()), rows[2]);
        return;
    }
    let items: Vec<ListItem> = p
        .matches
        .iter()
        .map(|c| {
            ListItem::new(Line::from(vec![
                Span::raw(for_terminal(&c.value, false).into_owned()),
                Span::styled(format!("  {}", c.detail), app.theme.dim()),
            ]))
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(p.selected));
    frame.render_stateful_widget(List::new(items).highlight_style(app.theme.selected()), rows[2], &mut state);
}
