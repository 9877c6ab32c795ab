//! The reader: a whole hearing, scrolled to the turn in focus.

use super::transcript;
use crate::sanitize::for_terminal;
use crate::tui::app::App;
use crate::tui::plural::count;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph};

pub fn draw(app: &mut App, frame: &mut Frame, area: Rect) {
    let mut rows = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).split(area).to_vec();
    if app.reader.show_exchanges && area.width >= 70 {
        let cols = Layout::horizontal([Constraint::Min(40), Constraint::Length(36)]).split(rows[0]);
        exchanges(app, frame, cols[1]);
        rows[0] = cols[0];
    }
    let title = Line::from(format!(" {} ", for_terminal(&app.reader.title, false)))
        .style(Style::default().add_modifier(Modifier::BOLD));
    let terms = app.terms();
    turns_pane(app, frame, rows[0], title, &terms);
    super::status_bar(app, frame, rows[1]);
}

/// The hearing open in the reader, in a box titled `title`: the focused
/// turn a few lines below the top, so the turn before it shows; `terms`
/// highlighted. The verify screen's right pane is this too.
pub(super) fn turns_pane(
    app: &mut App,
    frame: &mut Frame,
    area: Rect,
    title: Line<'static>,
    terms: &[String],
) {
    let turns = app.reader_turns();
    let position = if turns.is_empty() {
        String::new()
    } else {
        format!(" turn {}/{} ", app.reader.focus + 1, turns.len())
    };
    let block =
        Block::default().borders(Borders::ALL).title(title).title_top(Line::from(position).right_aligned());
    let inner = block.inner(area);
    if turns.is_empty() {
        frame.render_widget(Paragraph::new("loading…").block(block), area);
    } else {
        let focus = app.reader.focus.min(turns.len() - 1);
        let lead = (inner.height / 4) as i64;
        let height = inner.height as usize;
        let offset = app.reader.offset as i64;
        let (r, focus) = transcript::render_around(
            turns,
            focus,
            &transcript::Look {
                terms,
                marked: &app.marked,
                theme: &app.theme,
                sentences: app.reader.sentences,
            },
            inner.width as usize,
            (lead - offset.min(0)) as usize + height,
            (offset.max(0) as usize) + 2 * height,
        );
        let start = r.starts.get(focus).copied().unwrap_or(0) as i64;
        let max = (r.lines.len() as i64 - 1).max(0);
        let top = (start - lead + app.reader.offset as i64).clamp(0, max);
        frame.render_widget(Paragraph::new(r.lines).block(block).scroll((top as u16, 0)), area);
    }
    app.page_rows = inner.height;
}

/// Who questioned whom in this hearing, the exchange in focus highlighted.
fn exchanges(app: &App, frame: &mut Frame, area: Rect) {
    let list = app.reader_exchanges();
    let focus_seq = app.reader_turns().get(app.reader.focus).map(|t| t.seq);
    let block = Block::default().borders(Borders::ALL).title(format!(" exchanges ({}) ", list.len()));
    let items: Vec<ListItem> = list
        .iter()
        .map(|e| {
            let with = e.respondents.join(", ");
            ListItem::new(vec![
                Line::from(vec![
                    Span::styled(
                        for_terminal(&e.questioner, false).into_owned(),
                        Style::default().fg(app.theme.speaker(&e.questioner)),
                    ),
                    Span::raw(" → "),
                    Span::raw(for_terminal(&with, false).into_owned()),
                ]),
                Line::styled(
                    format!(
                        "  #{}–{} · {} · {}",
                        e.first_seq,
                        e.last_seq,
                        count(e.turns, "turn"),
                        count(e.questioner_words + e.respondent_words, "word")
                    ),
                    app.theme.dim(),
                ),
            ])
        })
        .collect();
    let selected = focus_seq.and_then(|s| list.iter().position(|e| (e.first_seq..=e.last_seq).contains(&s)));
    let mut state = ListState::default().with_selected(selected);
    frame.render_stateful_widget(
        List::new(items).block(block).highlight_style(app.theme.selected()),
        area,
        &mut state,
    );
}
