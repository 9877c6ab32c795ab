//! The compare screen: the topic's trend over time on top, then two people
//! side by side, hearing by hearing, both panes starting at the same hearing
//! so they scroll together.

use super::text::{highlighted, wrap};
use crate::analysis::compare::Statement;
use crate::sanitize::for_terminal;
use crate::tui::app::App;
use crate::tui::compare::{CompareView, Row};
use crate::tui::plural::count;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Sparkline};

pub fn draw(app: &mut App, frame: &mut Frame, area: Rect) {
    let rows =
        Layout::vertical([Constraint::Length(4), Constraint::Min(1), Constraint::Length(1)]).split(area);
    if let Some(view) = &app.compare {
        trend(app, view, frame, rows[0]);
        panes(app, view, frame, rows[1]);
    }
    super::status_bar(app, frame, rows[2]);
}

/// The topic per hearing over time, as a sparkline, with a caret under the
/// hearing the panes start at.
fn trend(app: &App, view: &CompareView, frame: &mut Frame, area: Rect) {
    let topic = if view.topic.trim().is_empty() { "everything said" } else { view.topic.as_str() };
    let block =
        Block::default().borders(Borders::ALL).title(format!(" compare: {} ", for_terminal(topic, false)));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(data) = &view.data else {
        frame.render_widget(Paragraph::new("comparing…").style(app.theme.dim()), inner);
        return;
    };
    let lines = Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).split(inner);
    let dated: Vec<_> = data.trend.iter().collect();
    let width = (inner.width as usize).saturating_sub(24).max(1);
    let values: Vec<u64> = dated.iter().map(|r| r.matching_turns as u64).collect();
    let bins = bins(&values, width);
    let label = |i: usize| dated.get(i).and_then(|r| r.date.as_deref()).unwrap_or("undated");
    let cols =
        Layout::horizontal([Constraint::Length(bins.len() as u16), Constraint::Min(0)]).split(lines[0]);
    frame.render_widget(Sparkline::default().data(&bins).style(app.theme.accent()), cols[0]);
    let total: u64 = values.iter().sum();
    frame.render_widget(
        Paragraph::new(format!(
            " {} in {}",
            count(total as usize, "turn"),
            count(values.iter().filter(|v| **v > 0).count(), "hearing")
        ))
        .style(app.theme.dim()),
        cols[1],
    );
    // Where the selected hearing falls on the sparkline.
    let rows = view.rows();
    let mut caret = String::new();
    if let Some(row) = rows.get(view.selected)
        && let Some(i) = dated.iter().position(|r| r.hearing_id == row.hearing_id)
        && !dated.is_empty()
    {
        let at = i * bins.len() / dated.len();
        caret = format!("{}^ {}", " ".repeat(at), row.date.unwrap_or("undated"));
    }
    // Undated hearings sort first; the span is of the dated ones.
    let first = dated.iter().position(|r| r.date.is_some()).unwrap_or(0);
    let span = format!("{} … {}", label(first), label(dated.len().saturating_sub(1)));
    let line = Line::from(vec![
        Span::styled(caret, app.theme.accent()),
        Span::styled(format!("   {span}"), app.theme.dim()),
    ]);
    frame.render_widget(Paragraph::new(line), lines[1]);
}

/// Sums `values` into at most `width` bins, keeping their order.
fn bins(values: &[u64], width: usize) -> Vec<u64> {
    if values.len() <= width {
        return values.to_vec();
    }
    let mut out = vec![0; width];
    for (i, v) in values.iter().enumerate() {
        out[i * width / values.len()] += v;
    }
    out
}

fn panes(app: &App, view: &CompareView, frame: &mut Frame, area: Rect) {
    let cols = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).split(area);
    let title = |name: Option<&str>, n: usize| {
        let name =
            name.map_or("nobody else on this topic".to_owned(), |n| for_terminal(n, false).into_owned());
        let style = Style::default().fg(app.theme.speaker(&name)).add_modifier(Modifier::BOLD);
        Line::from(vec![
            Span::styled(format!(" {name} "), style),
            Span::raw(format!("{} ", count(n, "statement"))),
        ])
    };
    let rows = view.rows();
    let statements =
        |left: bool| rows.iter().map(|r| if left { r.left.len() } else { r.right.len() }).sum::<usize>();
    let left = Block::default().borders(Borders::ALL).title(title(Some(&view.left), statements(true)));
    let right = Block::default().borders(Borders::ALL).title(title(view.right.as_deref(), statements(false)));
    let inner = left.inner(cols[0]);
    let (l, r) = if view.data.is_none() {
        (vec![Line::styled("comparing…", app.theme.dim())], Vec::new())
    } else if rows.is_empty() {
        (vec![Line::styled("no statements on this topic", app.theme.dim())], Vec::new())
    } else {
        aligned(app, &rows[view.selected.min(rows.len() - 1)..], inner.width as usize, inner.height as usize)
    };
    frame.render_widget(Paragraph::new(l).block(left), cols[0]);
    frame.render_widget(Paragraph::new(r).block(right), cols[1]);
}

/// Both panes' lines from the first row on, each hearing padded to the same
/// height on both sides so a hearing starts on the same line left and right.
fn aligned<'a>(app: &App, rows: &[Row], width: usize, height: usize) -> (Vec<Line<'a>>, Vec<Line<'a>>) {
    let terms = crate::index::query::parse(app.compare.as_ref().map_or("", |c| c.topic.as_str())).terms();
    let (mut left, mut right) = (Vec::new(), Vec::new());
    for row in rows {
        if left.len() >= height {
            break;
        }
        let head = format!("{} — {}", row.date.unwrap_or("undated"), for_terminal(row.title, false));
        let head = Line::styled(head, Style::default().add_modifier(Modifier::BOLD));
        let mut l = vec![head.clone()];
        let mut r = vec![head];
        l.extend(statements(app, row.left, &terms, width));
        r.extend(statements(app, row.right, &terms, width));
        let n = l.len().max(r.len()) + 1;
        l.resize(n, Line::raw(""));
        r.resize(n, Line::raw(""));
        left.extend(l);
        right.extend(r);
    }
    (left, right)
}

fn statements<'a>(app: &App, statements: &[Statement], terms: &[String], width: usize) -> Vec<Line<'a>> {
    if statements.is_empty() {
        return vec![Line::styled("  (nothing on this topic)", app.theme.dim())];
    }
    let mut out = Vec::new();
    for s in statements {
        let place = match &s.page {
            // The id's own suffix: `#12` for a turn, `#s3` for a statement
            // submitted for the record (whose seq is no turn's).
            Some(p) => {
                let pin = crate::model::pin(p);
                format!("  {} · #{}", for_terminal(&pin, false), for_terminal(id_suffix(&s.turn_id), false))
            }
            None => format!("  #{}", for_terminal(id_suffix(&s.turn_id), false)),
        };
        out.push(Line::styled(place, app.theme.dim()));
        out.extend(wrap(
            highlighted(&s.key_sentence, terms, Style::default(), app.theme.matched()),
            width,
            2,
        ));
    }
    out
}

fn id_suffix(turn_id: &str) -> &str {
    turn_id.rsplit_once('#').map_or(turn_id, |(_, s)| s)
}

#[cfg(test)]
mod tests {
    #[test]
    fn bins_keep_every_count_in_order() {
        assert_eq!(super::bins(&[1, 2, 3], 5), [1, 2, 3]);
        assert_eq!(super::bins(&[1, 2, 3, 4, 5, 6], 3), [3, 7, 11]);
    }
}
