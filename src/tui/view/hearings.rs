//! The hearing browser: every indexed hearing, newest first.

use crate::sanitize::for_terminal;
use crate::tui::app::App;
use crate::tui::plural::count;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState};

pub fn draw(app: &mut App, frame: &mut Frame, area: Rect) {
    let rows = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).split(area);
    // Each hearing is three lines; paging moves by what the list shows.
    app.page_rows = rows[0].height.saturating_sub(2);
    let visible = app.visible_hearings();
    let title = match &app.hearing_filter {
        Some(f) => format!(
            " hearings: /{}▏ {} of {} ",
            for_terminal(f, false),
            visible.len(),
            app.hearing_list.len()
        ),
        None => format!(" hearings ({}) ", app.hearing_list.len()),
    };
    let block = Block::default().borders(Borders::ALL).title(title);
    let items: Vec<ListItem> = visible
        .iter()
        .map(|h| {
            let mut head = Vec::new();
            if app.new_hearings.contains(&h.hearing.id) {
                head.push(Span::styled("new ", app.theme.accent()));
            }
            // A parse to distrust says so before its title, with the format
            // gavel read it as; its reasons are in `gavel hearings`.
            if !h.quality.is_empty() {
                head.push(Span::styled(
                    format!("check parse ({}) ", h.hearing.format.as_str()),
                    app.theme.accent(),
                ));
            }
            head.push(Span::styled(
                for_terminal(&h.hearing.title, false).into_owned(),
                Style::default().add_modifier(Modifier::BOLD),
            ));
            let head = Line::from(head);
            // The sample note before the committee, which a narrow terminal cuts.
            // The format gavel read it as, for every hearing, so a reader can
            // tell a caption file or a news transcript from GPO's text.
            let meta = format!(
                "  {}{}  {}  {}  {}  {}",
                h.hearing.date().unwrap_or("undated"),
                crate::samples::note(&h.hearing.source).map(|n| format!(" ({n})")).unwrap_or_default(),
                h.hearing.format.as_str(),
                count(h.turns, "turn"),
                count(h.speakers.len(), "speaker"),
                // The body that held it: a subcommittee names itself.
                h.hearing.subcommittee.as_deref().or(h.hearing.committee.as_deref()).unwrap_or(""),
            );
            let who = h.speakers.iter().take(4).map(|s| s.name.as_str()).collect::<Vec<_>>().join(", ");
            ListItem::new(vec![
                head,
                Line::styled(for_terminal(&meta, false).into_owned(), app.theme.dim()),
                Line::styled(format!("  {}", for_terminal(&who, false)), app.theme.dim()),
            ])
        })
        .collect();
    let list = List::new(items).block(block).highlight_style(app.theme.selected());
    let mut state = ListState::default().with_selected(Some(app.hearing_selected));
    frame.render_stateful_widget(list, rows[0], &mut state);
    super::status_bar(app, frame, rows[1]);
}
