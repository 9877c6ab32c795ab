//! The verify screen: an article's quotations on the left, each with its
//! verdict in colour and the name the article gives; on the right, the turn
//! of the record the selected one comes from, in context, or plainly that
//! there is none. Article and record text are sanitised on the way.

use super::text::wrap;
use crate::analysis::verify::{Checked, Verdict};
use crate::sanitize::for_terminal;
use crate::tui::app::App;
use crate::tui::plural::count;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState, Paragraph, Wrap};

/// Lines of a quotation shown in the list before it is cut with `…`.
const QUOTE_LINES: usize = 2;

pub fn draw(app: &mut App, frame: &mut Frame, area: Rect) {
    let rows = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).split(area);
    let wide = area.width >= 90;
    let panes = Layout::default()
        .direction(if wide { Direction::Horizontal } else { Direction::Vertical })
        .constraints([Constraint::Percentage(40), Constraint::Percentage(60)])
        .split(rows[0]);
    quotations(app, frame, panes[0]);
    source(app, frame, panes[1]);
    super::status_bar(app, frame, rows[1]);
}

/// One line of text for the terminal: no control characters, no breaks.
fn clean(s: &str) -> String {
    for_terminal(&s.replace('\n', " ¶ "), false).into_owned()
}

pub fn colour(theme: &Theme, v: Verdict) -> Color {
    match v {
        Verdict::Verbatim | Verdict::Elided => Color::Green,
        Verdict::Altered | Verdict::Common | Verdict::TooShort => Color::Yellow,
        Verdict::Misattributed | Verdict::NotFound => theme.error,
    }
}

fn verdict_span(theme: &Theme, v: Verdict) -> Span<'static> {
    Span::styled(
        v.as_str().replace('_', " ").to_uppercase(),
        Style::default().fg(colour(theme, v)).add_modifier(Modifier::BOLD),
    )
}

fn quotations(app: &mut App, frame: &mut Frame, area: Rect) {
    let Some(v) = &mut app.verify else { return };
    let theme = &app.theme;
    let width = area.width.saturating_sub(2) as usize;
    let checked = v.quotations();
    let right = if v.checking() {
        " checking… ".to_owned()
    } else {
        let parts: Vec<String> =
            v.tally().iter().map(|(v, n)| format!("{n} {}", v.as_str().replace('_', " "))).collect();
        let all = format!(" {} ", parts.join(" · "));
        // Where the whole tally does not fit, what needs attention.
        if all.chars().count() <= width { all } else { format!(" {} to look at ", v.problems()) }
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(
            Line::from(format!(" {}: {} ", clean(&v.name()), count(checked.len(), "quotation")))
                .style(Style::default().add_modifier(Modifier::BOLD)),
        )
        .title_bottom(Line::from(right).right_aligned());
    if checked.is_empty() {
        let what = if v.checking() {
            "reading the article and checking its quotations against the record…"
        } else {
            "no quotations found in this article"
        };
        frame.render_widget(Paragraph::new(what).wrap(Wrap { trim: true }).block(block), area);
        return;
    }
    let selected = v.selected;
    let rows = block.inner(area).height as usize;
    let drawn = v.drawn(width, theme, |i, c| item(theme, i, c, width));
    // Only the quotations in view are handed to the list, which shows them alike.
    let shown = shown(&drawn.items, selected, rows);
    let items = drawn.items[shown.clone()]
        .iter()
        .map(|lines| ListItem::new(lines.iter().map(borrowed).collect::<Vec<_>>()));
    let mut state = ListState::default().with_selected(Some(selected.saturating_sub(shown.start)));
    frame.render_stateful_widget(
        List::new(items).block(block).highlight_style(theme.selected()),
        area,
        &mut state,
    );
}

/// The items ratatui's `List` shows in `rows` rows with `selected` selected,
/// as it reckons them from the top (the screen keeps no scroll offset
/// between frames): as many as fit from the first, or, when the selected one
/// is below them, it at the bottom and as many whole items above as fit.
/// Integer steps over the items' heights, nothing drawn or copied.
fn shown<T>(items: &[Vec<T>], selected: usize, rows: usize) -> std::ops::Range<usize> {
    let Some(last_item) = items.len().checked_sub(1) else { return 0..0 };
    let selected = selected.min(last_item);
    let (mut first, mut last, mut height) = (0, 0, 0);
    while last < items.len() && height + items[last].len() <= rows {
        height += items[last].len();
        last += 1;
    }
    while selected >= last {
        height += items[last].len();
        last += 1;
        while height > rows {
            height -= items[first].len();
            first += 1;
        }
    }
    // A selected item taller than the rows leaves none shown, as in `List`.
    first..last
}

/// A line drawn from one kept for many frames, its text borrowed.
fn borrowed<'a>(line: &'a Line<'static>) -> Line<'a> {
    let spans = line.spans.iter().map(|s| Span::styled(s.content.as_ref(), s.style)).collect();
    Line { style: line.style, alignment: line.alignment, spans }
}

/// A quotation in the list: number, verdict, line, the article's name for
/// the speaker; the words (cut after two lines); whose they are in the record.
fn item(theme: &Theme, i: usize, c: &Checked, width: usize) -> Vec<Line<'static>> {
    let mut head = vec![Span::raw(format!("{:>2}. ", i + 1)), verdict_span(theme, c.verdict)];
    head.push(Span::styled(format!("  line {}", c.line), theme.dim()));
    if let Some(a) = &c.attributed_to {
        head.push(Span::raw(format!("  — {}", clean(a))));
    }
    let mut lines = vec![Line::from(head)];
    // Two columns kept free, so the `…` of a quotation cut short always shows.
    let mut words = wrap(vec![Span::raw(format!("“{}”", clean(&c.quote)))], width.saturating_sub(2), 4);
    if words.len() > QUOTE_LINES {
        words.truncate(QUOTE_LINES);
        if let Some(last) = words.last_mut() {
            last.spans.push(Span::raw(" …"));
        }
    }
    lines.extend(words);
    if let Some(s) = &c.speaker {
        lines.push(Line::styled(format!("    ↳ {}", clean(s)), Style::default().fg(theme.speaker(s))));
    }
    lines
}

/// What the record says about the selected quotation, above the turn it
/// comes from (or, when it comes from none, only that).
fn source(app: &mut App, frame: &mut Frame, area: Rect) {
    let Some(c) = app.selected_quotation() else {
        let block = Block::default().borders(Borders::ALL).title(" the record ");
        frame.render_widget(block, area);
        return;
    };
    let width = area.width.saturating_sub(2) as usize;
    let mut head = vec![Line::from(vec![
        verdict_span(&app.theme, c.verdict),
        Span::styled(
            c.aligned.map(|a| format!("  {:.0}% of the words aligned", a * 100.0)).unwrap_or_default(),
            app.theme.dim(),
        ),
    ])];
    let mut said = |label: &str, text: &str, style: Style| {
        head.extend(wrap(vec![Span::styled(format!("{label}{}", clean(text)), style)], width, 0));
    };
    if let Some(a) = &c.attributed_to {
        said("the article names ", a, Style::default());
    }
    if let Some(s) = &c.speaker {
        let run = c.to_turn_id.as_deref().map(|t| format!("..{t}")).unwrap_or_default();
        let at = format!("{s} · {}{run}", c.turn_id.as_deref().unwrap_or(""));
        said("said by ", &at, Style::default());
    }
    if let Some(d) = &c.diff {
        said("diff: ", d, Style::default().fg(Color::Yellow));
    }
    if let Some(n) = &c.note {
        said("note: ", n, Style::default());
    }
    if let Some(cite) = &c.citation {
        said("", cite, app.theme.dim());
    }
    let head_height = (head.len() as u16 + 2).min(area.height / 2).max(3);
    let parts = Layout::vertical([Constraint::Length(head_height), Constraint::Min(1)]).split(area);
    let block = Block::default().borders(Borders::ALL).title(" the record ");
    frame.render_widget(Paragraph::new(head).block(block), parts[0]);
    if c.turn_id.is_none() || app.reader.hearing_id.is_empty() {
        nothing(app, c, frame, parts[1]);
        return;
    }
    // The hearing list may have come after the verdicts: its title, when known.
    let title = app.hearing_titles.get(&app.reader.hearing_id).unwrap_or(&app.reader.title);
    let title =
        Line::from(format!(" {} ", clean(title))).style(Style::default().add_modifier(Modifier::BOLD));
    super::reader::turns_pane(app, frame, parts[1], title, &[]);
}

/// A quotation tied to no turn: said plainly, with no turn shown.
fn nothing(app: &App, c: &Checked, frame: &mut Frame, area: Rect) {
    let why = match c.verdict {
        Verdict::Common => "Said in many turns by several people: tied to no one, so no turn is shown.",
        Verdict::TooShort => {
            "Too few words to match without a name beside them: not looked up, so no turn is shown."
        }
        _ => "Nothing in the record is close to this quotation: not found. No turn is shown.",
    };
    let lines = vec![
        Line::styled(why, Style::default().fg(colour(&app.theme, c.verdict))),
        Line::raw(""),
        Line::styled(format!("“{}”", clean(&c.quote)), app.theme.dim()),
    ];
    let block = Block::default().borders(Borders::ALL);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).block(block), area);
}

/// The search screen's prompt for an article's path, over the screen.
pub fn prompt(app: &App, frame: &mut Frame, area: Rect) {
    let Some(path) = &app.article_prompt else { return };
    let w = area.width.saturating_sub(4).clamp(20, 90).min(area.width);
    let rect = Rect { x: area.x + (area.width - w) / 2, y: area.y + area.height / 3, width: w, height: 3 };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(" check an article's quotations: its path (Enter checks, Esc cancels) ");
    let line = Line::from(vec![
        Span::styled("> ", app.theme.accent()),
        Span::raw(for_terminal(path, false).into_owned()),
    ]);
    frame.render_widget(Clear, rect);
    let inner = block.inner(rect);
    let x = inner.x.saturating_add(line.width().min(u16::MAX as usize) as u16);
    frame.render_widget(Paragraph::new(line).block(block), rect);
    frame.set_cursor_position((x.min(inner.right().saturating_sub(1)), inner.y));
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::buffer::Buffer;
    use ratatui::widgets::StatefulWidget;

    /// The list drawn from only the items `shown` picks is the list drawn
    /// from all of them, for every mix of item heights, area height and
    /// selection small enough to try them all.
    #[test]
    fn the_items_shown_are_those_the_whole_list_shows() {
        let draw = |items: &[Vec<Line<'static>>], selected: usize, rows: u16| {
            let area = Rect::new(0, 0, 3, rows + 2);
            let mut buf = Buffer::empty(area);
            let list = List::new(items.iter().map(|l| ListItem::new(l.clone())))
                .block(Block::default().borders(Borders::ALL))
                .highlight_style(Style::default().add_modifier(Modifier::REVERSED));
            StatefulWidget::render(
                list,
                area,
                &mut buf,
                &mut ListState::default().with_selected(Some(selected)),
            );
            buf
        };
        let mut tried = 0;
        for n in 1..=5u32 {
            for mix in 0..3usize.pow(n) {
                let items: Vec<Vec<Line<'static>>> = (0..n as usize)
                    .map(|i| {
                        let height = mix / 3usize.pow(i as u32) % 3 + 1;
                        (0..height).map(|j| Line::raw(format!("{i}{j}"))).collect()
                    })
                    .collect();
                for rows in 0..9u16 {
                    for selected in 0..items.len() {
                        let range = shown(&items, selected, rows as usize);
                        let alone = draw(&items[range.clone()], selected.saturating_sub(range.start), rows);
                        assert_eq!(
                            alone,
                            draw(&items, selected, rows),
                            "{items:?} in {rows} rows, {selected}"
                        );
                        tried += 1;
                    }
                }
            }
        }
        assert_eq!(tried, 9 * (3 + 2 * 9 + 3 * 27 + 4 * 81 + 5 * 243));
    }
}
