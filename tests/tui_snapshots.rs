//! The TUI driven by actions alone, drawn on ratatui's TestBackend, and
//! compared with reviewed snapshots.

mod common;

use gavel::tui::app::{Action, App, Effect, Msg};
use gavel::tui::{view, worker};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Applies a message and carries out every effect it asks for, synchronously.
fn send(app: &mut App, lib: &gavel::index::Library, msg: Msg) {
    let mut effects: Vec<Effect> = app.update(msg);
    while let Some(e) = effects.pop() {
        let reply = worker::run(lib, e);
        effects.extend(app.update(reply));
    }
}

fn type_str(app: &mut App, lib: &gavel::index::Library, s: &str) {
    for c in s.chars() {
        send(app, lib, Msg::Type(c));
    }
}

fn screen(app: &mut App, w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| view::draw(app, f)).unwrap();
    let buf = term.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..h {
        for x in 0..w {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

#[test]
fn search_screen_shows_wicker_and_guillot_for_mexico() {
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    type_str(&mut app, &lib, "mexico");
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("Roger Wicker (chair)"), "{s}");
    assert!(s.contains("Gregory M. Guillot (witness)"), "{s}");
    insta::assert_snapshot!("search_mexico_100x30", s);
}

#[test]
fn reader_walks_the_exchange() {
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    type_str(&mut app, &lib, "mexico speaker:wicker");
    assert_eq!(app.results.hits.len(), 1, "{:?}", app.results.hits);
    send(&mut app, &lib, Msg::Act(Action::Open));
    assert_eq!(app.reader.focus, 1, "Wicker's 'Permitted by Mexico?' is the second turn");
    send(&mut app, &lib, Msg::Act(Action::NextSameSpeaker));
    assert_eq!(app.reader_turns()[app.reader.focus].text, app.reader_turns()[3].text);
    assert_eq!(app.reader.focus, 3);
    send(&mut app, &lib, Msg::Act(Action::PrevTurn));
    assert_eq!(app.reader.focus, 2);
    let s = screen(&mut app, 80, 24);
    insta::assert_snapshot!("reader_wicker_guillot_80x24", s);
    send(&mut app, &lib, Msg::Act(Action::ToggleHelp));
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("next exchange"), "{s}");
    send(&mut app, &lib, Msg::Act(Action::Back));
    send(&mut app, &lib, Msg::Act(Action::Back));
    assert_eq!(app.screen, gavel::tui::app::Screen::Search);
}

#[test]
fn stale_results_are_dropped() {
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    let first = app.update(Msg::Type('m'));
    let second = app.update(Msg::Type('e'));
    // The answer to the older query arrives last: it must not replace the newer one.
    let newer = worker::run(&lib, second[0].clone());
    app.update(newer);
    let shown = app.shown_query.clone();
    let older = worker::run(&lib, first[0].clone());
    app.update(older);
    assert_eq!(app.shown_query, shown);
    assert_eq!(shown, "me");
}

#[test]
fn tiny_and_odd_sizes_never_panic() {
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    type_str(&mut app, &lib, "fentanyl");
    for (w, h) in [(20, 5), (21, 6), (80, 24), (200, 60), (1, 1), (40, 3)] {
        screen(&mut app, w, h);
    }
    send(&mut app, &lib, Msg::Act(Action::Open));
    for (w, h) in [(20, 5), (33, 7), (80, 24)] {
        screen(&mut app, w, h);
    }
}

#[test]
fn marked_turns_export_to_a_file_in_one_step() {
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    type_str(&mut app, &lib, "mexico speaker:wicker");
    send(&mut app, &lib, Msg::Act(Action::Open));
    send(&mut app, &lib, Msg::Act(Action::ToggleMark));
    send(&mut app, &lib, Msg::Act(Action::NextTurn));
    send(&mut app, &lib, Msg::Act(Action::ToggleMark));
    assert_eq!(app.marked.len(), 2);
    let effects = app.update(Msg::Act(Action::ExportMarked));
    let [Effect::Export(ids)] = effects.as_slice() else { panic!("{effects:?}") };
    let out = tempfile::tempdir().unwrap();
    let path = worker::export(&lib, ids, out.path()).unwrap();
    let md = std::fs::read_to_string(&path).unwrap();
    assert!(md.contains("> Permitted by Mexico?") && md.contains("— Sen. Roger Wicker (R-Miss.)"), "{md}");
    assert!(md.contains("> No, by the department, sir.") && md.contains("Gen. Gregory M. Guillot"), "{md}");
    app.update(Msg::Exported(Ok(path.clone())));
    assert!(app.marked.is_empty());
    assert!(screen(&mut app, 120, 30).contains("exported 2 quote(s)"));
}

#[test]
fn y_copies_the_turn_with_its_attribution() {
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    type_str(&mut app, &lib, "mexico speaker:wicker");
    send(&mut app, &lib, Msg::Act(Action::Open));
    send(&mut app, &lib, Msg::Act(Action::CopyTurn));
    let text = app.clipboard.take().expect("clipboard text");
    assert!(text.starts_with("“Permitted by Mexico?”\n— Sen. Roger Wicker (R-Miss.)\n"), "{text}");
}

#[test]
fn hearing_browser_lists_hearings_and_opens_one() {
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    send(&mut app, &lib, Msg::Act(Action::ShowHearings));
    assert_eq!(app.hearing_list.len(), gavel::corpus::BUNDLED.len());
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("hearings (6)"), "{s}");
    insta::assert_snapshot!("hearings_100x30", s);
    // Newest first: the June 2025 AI oversight hearing leads.
    send(&mut app, &lib, Msg::Act(Action::SelectNext));
    send(&mut app, &lib, Msg::Act(Action::Open));
    assert_eq!(app.screen, gavel::tui::app::Screen::Reader);
    assert_eq!(app.reader.focus, 0);
    assert!(!app.reader_turns().is_empty());
    send(&mut app, &lib, Msg::Act(Action::Back));
    assert_eq!(app.screen, gavel::tui::app::Screen::Hearings);
}

#[test]
fn first_run_shows_a_gauge_then_searches_again() {
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    app.update(Msg::Indexing { done: 2, total: 6 });
    for c in "mexico".chars() {
        app.update(Msg::Type(c)); // the searches are dropped: the index is not ready
    }
    app.update(Msg::Results { generation: 0, query: String::new(), results: Ok(Default::default()) });
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("2/6 files") && s.contains("indexing 2/6 files"), "{s}");
    let effects = app.update(Msg::Indexed(Ok("indexed the samples".into())));
    assert!(
        matches!(effects.as_slice(), [gavel::tui::app::Effect::Search { query, .. }] if query == "mexico")
    );
    for e in effects {
        let reply = worker::run(&lib, e);
        app.update(reply);
    }
    assert!(!app.results.hits.is_empty());
    assert!(app.indexing.is_none());
}

/// A long hearing is drawn from a window of turns around the focus: moving
/// anywhere in it shows the right turn, and paging past the window still
/// shows text.
#[test]
fn long_hearings_draw_the_turns_in_view() {
    use gavel::index::search::StoredTurn;
    let turns: Vec<StoredTurn> = (1..=3000u64)
        .map(|seq| StoredTurn {
            turn_id: format!("long#{seq}"),
            seq,
            speaker: format!("Speaker {}", seq % 7),
            label: format!("Speaker {}", seq % 7),
            role: "member".into(),
            page: None,
            line_start: seq,
            line_end: seq,
            text: format!("Turn number {seq} says this. ").repeat(20),
            interrupted: false,
        })
        .collect();
    let (mut app, _) = App::new(String::new());
    app.update(Msg::Hearing { hearing_id: "long".into(), turns: Ok(turns) });
    app.screen = gavel::tui::app::Screen::Reader;
    app.reader.hearing_id = "long".into();
    app.update(Msg::Act(Action::Bottom));
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("turn 3000/3000") && s.contains("Turn number 3000 says"), "{s}");
    app.update(Msg::Act(Action::Top));
    for _ in 0..40 {
        app.update(Msg::Act(Action::PageDown));
    }
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Turn number"), "{s}");
    app.update(Msg::Act(Action::NextSameSpeaker));
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("▌Speaker 1") && s.contains("Turn number 8 says"), "{s}");
}
