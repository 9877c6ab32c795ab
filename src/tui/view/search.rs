//! The search screen: query bar, hits, and the hearing around the selected hit.

use super::transcript;
use crate::sanitize::for_terminal;
use crate::tui::app::App;
use crate::tui::plural::{count, noun};
use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Gauge, List, ListItem, ListState, Paragraph};

pub fn draw(app: &mut App, frame: &mut Frame, area: Rect) {
    let rows =
        Layout::vertical([Constraint::Length(3), Constraint::Min(1), Constraint::Length(1)]).split(area);
    query_bar(app, frame, rows[0]);
    let wide = area.width >= 110;
    let panes = Layout::default()
        .direction(if wide { Direction::Horizontal } else { Direction::Vertical })
        .constraints([Constraint::Percentage(45), Constraint::Percentage(55)])
        .split(rows[1]);
    hits(app, frame, panes[0]);
    preview(app, frame, panes[1]);
    super::status_bar(app, frame, rows[2]);
}

fn query_bar(app: &App, frame: &mut Frame, area: Rect) {
    let status = if let Some((done, total)) = app.indexing {
        format!("indexing {done}/{total} {}…", noun(total, "file"))
    } else if app.searching {
        "searching…".to_owned()
    } else if app.shown_query.trim().is_empty() {
        "type to search".to_owned()
    } else {
        let n = app.results.hits.len();
        let total = app.results.total;
        if app.results.estimated {
            format!("{n} of about {}", count(total, "turn"))
        } else if total > n {
            format!("{n} of {}", count(total, "turn"))
        } else {
            count(n, "turn")
        }
    };
    let mut title = vec![Span::styled(" gavel ", Style::default().add_modifier(Modifier::BOLD))];
    for note in &app.results.notes {
        title.push(Span::styled(
            format!(" {} ", for_terminal(note, false)),
            Style::default().fg(app.theme.highlight),
        ));
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .title(Line::from(title))
        .title_top(Line::from(format!(" {status} ")).right_aligned());
    let mut spans = vec![Span::styled("> ", app.theme.accent())];
    // Chips: the picker's filters, before what was typed.
    for f in &app.filters {
        let chip = format!(" {}: {} ", f.field.name(), for_terminal(&f.shown(), false));
        spans.push(Span::styled(chip, Style::default().fg(Color::Black).bg(app.theme.accent)));
        spans.push(Span::raw(" "));
    }
    spans.push(Span::raw(for_terminal(&app.query, false).into_owned()));
    let line = Line::from(spans);
    let inner = block.inner(area);
    let x = inner.x.saturating_add(line.width().min(u16::MAX as usize) as u16);
    frame.render_widget(Paragraph::new(line).block(block), area);
    if x < inner.x + inner.width {
        frame.set_cursor_position((x, inner.y));
    }
}

fn hits(app: &App, frame: &mut Frame, area: Rect) {
    let block = Block::default().borders(Borders::ALL).title(" hits ");
    let width = block.inner(area).width as usize;
    if let (Some((done, total)), true) = (app.indexing, app.results.hits.is_empty()) {
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let rows = Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).split(inner);
        let what = if app.rebuilding {
            "Rebuilding the index for this gavel. Type away; results come as it fills."
        } else {
            "First run: building the index. Type away; results come as it fills."
        };
        frame.render_widget(Paragraph::new(what).style(app.theme.dim()), rows[0]);
        let ratio = if total == 0 { 1.0 } else { done as f64 / total as f64 };
        frame.render_widget(
            Gauge::default()
                .ratio(ratio.clamp(0.0, 1.0))
                .label(format!("{done}/{total} {}", noun(total, "file")))
                .gauge_style(app.theme.accent()),
            rows[1],
        );
        return;
    }
    if app.results.hits.is_empty() {
        let msg = if app.shown_query.trim().is_empty() {
            "Type words to search testimony, e.g.  mexico speaker:wicker"
        } else if app.searching {
            ""
        } else {
            "No turns match."
        };
        frame.render_widget(Paragraph::new(msg).style(app.theme.dim()).block(block), area);
        return;
    }
    let items: Vec<ListItem> = app
        .results
        .hits
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let mut head = vec![
                Span::styled(
                    for_terminal(&h.speaker, false).into_owned(),
                    Style::default().fg(app.theme.speaker(&h.speaker)).add_modifier(Modifier::BOLD),
                ),
                Span::styled(format!(" ({})", h.role_shown()), app.theme.dim()),
            ];
            if app.new_hearings.contains(&h.hearing_id) {
                head.push(Span::styled(" new", app.theme.accent()));
            }
            // Before the date and title, which a narrow pane cuts: a sample
            // must be seen as one (`gavel hearings` and citations say which).
            if crate::samples::note(&h.source).is_some() {
                head.push(Span::styled(" sample", app.theme.accent()));
            }
            let mut meta = format!("  {}", h.date.as_deref().unwrap_or("undated"));
            if let Some(p) = &h.page {
                // `p. 12`, or `at 00:41:02` in a video's captions.
                meta.push_str(&format!(" {}", crate::model::pin(p)));
            }
            meta.push_str(&format!("  {}", h.hearing_title));
            head.push(Span::styled(for_terminal(&meta, false).into_owned(), app.theme.dim()));

            let mut snippet = vec![Span::raw("  ")];
            let mut at = 0;
            let flat = |s: &str| for_terminal(&s.replace('\n', " "), false).into_owned();
            for r in &h.highlights {
                snippet.push(Span::raw(flat(&h.snippet[at..r.start])));
                snippet.push(Span::styled(flat(&h.snippet[r.clone()]), app.theme.matched()));
                at = r.end;
            }
            snippet.push(Span::raw(flat(&h.snippet[at..])));
            let item =
                ListItem::new(vec![truncate(Line::from(head), width), truncate(Line::from(snippet), width)]);
            // The selected hit's background goes under its text, so a matched
            // word keeps its own colours (dark on yellow) there too: a list
            // highlight style would paint over them (black on dark navy).
            if i == app.selected { item.style(app.theme.selected()) } else { item }
        })
        .collect();
    let list = List::new(items).block(block).highlight_symbol("");
    let mut state = ListState::default().with_selected(Some(app.selected));
    frame.render_stateful_widget(list, area, &mut state);
}

/// Keeps one list row to one screen line.
fn truncate(line: Line<'static>, width: usize) -> Line<'static> {
    let mut out = Vec::new();
    let mut left = width;
    for s in line.spans {
        if left == 0 {
            break;
        }
        let w = unicode_width::UnicodeWidthStr::width(s.content.as_ref());
        if w <= left {
            left -= w;
            out.push(s);
        } else {
            let cut: String = s
                .content
                .chars()
                .scan(0, |acc, c| {
                    *acc += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                    (*acc < left).then_some(c)
                })
                .collect();
            out.push(Span::styled(format!("{cut}…"), s.style));
            left = 0;
        }
    }
    Line::from(out)
}

fn preview(app: &App, frame: &mut Frame, area: Rect) {
    let Some(hit) = app.selected_hit() else {
        frame.render_widget(Block::default().borders(Borders::ALL).title(" transcript "), area);
        return;
    };
    let title = format!(" {} · {} ", hit.hearing_title, hit.date.as_deref().unwrap_or("undated"));
    let block = Block::default().borders(Borders::ALL).title(for_terminal(&title, false).into_owned());
    let inner = block.inner(area);
    let Some(turns) = app.hearings.get(&hit.hearing_id) else {
        frame.render_widget(Paragraph::new("loading…").block(block), area);
        return;
    };
    let focus = turns.iter().position(|t| t.seq == hit.seq).unwrap_or(0);
    let (r, focus) = transcript::render_around(
        turns,
        focus,
        &transcript::Look { terms: &app.terms(), marked: &app.marked, theme: &app.theme, sentences: None },
        inner.width as usize,
        1,
        inner.height as usize * 2,
    );
    // Show the turn before the hit too, for context.
    let top = r.starts.get(focus.saturating_sub(1)).copied().unwrap_or(0);
    let para = Paragraph::new(r.lines).block(block).scroll((top as u16, 0));
    frame.render_widget(para, area);
}
