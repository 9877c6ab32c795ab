//! The verify screen driven by actions alone on ratatui's TestBackend: an
//! article written for the bundled samples, its quotations on the left with
//! their verdicts, the record's turn on the right, the reader's keys there;
//! a quotation found nowhere shows that and no turn.

mod common;

use common::screen;

use gavel::analysis::verify::Verdict;
use gavel::index::Library;
use gavel::tui::app::{Action, App, Effect, Msg, Screen};
use gavel::tui::worker;

/// Applies a message and carries out every effect it asks for, synchronously.
fn send(app: &mut App, lib: &Library, msg: Msg) {
    let effects = app.update(msg);
    run(app, lib, effects);
}

fn run(app: &mut App, lib: &Library, mut effects: Vec<Effect>) {
    while let Some(e) = effects.pop() {
        let reply = worker::run(lib, e);
        effects.extend(app.update(reply));
    }
}

fn article() -> String {
    common::fixtures().join("verify/tui-article.md").display().to_string()
}

/// The app on the verify screen with the fixture article checked.
fn opened(lib: &Library) -> App {
    let (mut app, effects) = App::new(String::new());
    run(&mut app, lib, effects);
    let effects = app.open_article(article());
    run(&mut app, lib, effects);
    app
}

fn verdicts(app: &App) -> Vec<Verdict> {
    app.verify.as_ref().unwrap().quotations().iter().map(|c| c.verdict).collect()
}

#[test]
fn quotations_on_the_left_and_the_source_turn_on_the_right() {
    let (_d, lib) = common::sample_library();
    let mut app = opened(&lib);
    assert_eq!(app.screen, Screen::Verify);
    use Verdict::*;
    // Halvorsen's words, reworded a little, given to Adjei-Brennan.
    assert_eq!(verdicts(&app), [Verbatim, Altered, NotFound, Misattributed]);
    // The first quotation's source: Vance's opening statement, in focus.
    let focused = &app.reader_turns()[app.reader.focus];
    assert!(focused.text.contains("detected roughly 1,400 suspected smuggling events"), "{focused:?}");
    let s = screen(&mut app, 120, 34);
    assert!(s.contains("VERBATIM") && s.contains("— Adm. Priya Vance"), "{s}");
    assert!(s.contains("↳ Priya Vance"), "{s}");
    insta::assert_snapshot!("verify_first_quotation_120x34", s);

    // The altered one: the difference and the same turn.
    send(&mut app, &lib, Msg::Act(Action::SelectNext));
    let s = screen(&mut app, 120, 34);
    assert!(s.contains("diff:") && s.contains("[-reach.-]{+intercept.+}"), "{s}");
    assert!(app.reader_turns()[app.reader.focus].text.contains("We know about far more than we can reach"));
}

#[test]
fn a_quotation_found_nowhere_shows_no_turn() {
    let (_d, lib) = common::sample_library();
    let mut app = opened(&lib);
    send(&mut app, &lib, Msg::Act(Action::SelectNext));
    send(&mut app, &lib, Msg::Act(Action::SelectNext));
    let c = app.selected_quotation().unwrap().clone();
    assert_eq!(c.verdict, Verdict::NotFound);
    assert!(c.quote.contains("every one of those cutters"), "{c:?}");
    // Nothing of the previous quotation's source stays on screen or under the keys.
    assert!(app.reader_turns().is_empty());
    let s = screen(&mut app, 120, 34);
    assert!(s.contains("Nothing in the record is close to this quotation"), "{s}");
    assert!(!s.contains("suspected smuggling events"), "{s}");
    insta::assert_snapshot!("verify_not_found_120x34", s);
    send(&mut app, &lib, Msg::Act(Action::ToggleMark));
    send(&mut app, &lib, Msg::Act(Action::CopyTurn));
    send(&mut app, &lib, Msg::Act(Action::Open));
    assert!(app.marked.is_empty());
    assert_eq!(app.screen, Screen::Verify);
}

#[test]
fn the_readers_keys_move_through_the_record_and_enter_opens_the_reader() {
    let (_d, lib) = common::sample_library();
    let mut app = opened(&lib);
    let start = app.reader.focus;
    send(&mut app, &lib, Msg::Act(Action::NextTurn));
    assert_eq!(app.reader.focus, start + 1);
    send(&mut app, &lib, Msg::Act(Action::PrevTurn));
    assert_eq!(app.reader.focus, start, "back to Vance's statement");
    send(&mut app, &lib, Msg::Act(Action::NextSameSpeaker));
    let turns = app.reader_turns();
    assert!(app.reader.focus > start + 1 && turns[app.reader.focus].speaker == turns[start].speaker);
    send(&mut app, &lib, Msg::Act(Action::Top));
    assert_eq!(app.reader.focus, start, "g is the first quotation, its source in focus again");
    send(&mut app, &lib, Msg::Act(Action::ToggleMark));
    assert_eq!(app.marked.len(), 1);
    assert!(app.marked[0].turn_id.ends_with(&format!("#{}", app.reader_turns()[start].seq)));
    // Enter reads the whole hearing there; back comes back to the article.
    send(&mut app, &lib, Msg::Act(Action::Open));
    assert_eq!(app.screen, Screen::Reader);
    assert_eq!(app.reader.focus, start);
    send(&mut app, &lib, Msg::Act(Action::Back));
    assert_eq!(app.screen, Screen::Verify);
    // Moving to another quotation puts its source in focus again.
    send(&mut app, &lib, Msg::Act(Action::NextTurn));
    send(&mut app, &lib, Msg::Act(Action::SelectNext));
    assert_eq!(app.reader.focus, start);
    send(&mut app, &lib, Msg::Act(Action::Back));
    assert_eq!(app.screen, Screen::Search);
}

#[test]
fn the_search_screen_opens_an_article_by_its_path() {
    let (_d, lib) = common::sample_library();
    let (mut app, effects) = App::new(String::new());
    run(&mut app, &lib, effects);
    send(&mut app, &lib, Msg::Act(Action::OpenArticle));
    for c in article().chars() {
        send(&mut app, &lib, Msg::Type(c));
    }
    assert!(app.query.is_empty(), "the path is not typed into the query");
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("check an article's quotations"), "{s}");
    assert!(s.contains("tui-article.md"), "{s}");
    send(&mut app, &lib, Msg::Act(Action::Open));
    assert_eq!(app.screen, Screen::Verify);
    assert_eq!(verdicts(&app).len(), 4);
    // Esc on the prompt cancels; a path that does not exist says so.
    send(&mut app, &lib, Msg::Act(Action::Back));
    send(&mut app, &lib, Msg::Act(Action::OpenArticle));
    send(&mut app, &lib, Msg::Act(Action::Back));
    assert!(app.article_prompt.is_none());
    assert_eq!(app.screen, Screen::Search);
    send(&mut app, &lib, Msg::Act(Action::OpenArticle));
    for c in "/no/such/article.md".chars() {
        send(&mut app, &lib, Msg::Type(c));
    }
    send(&mut app, &lib, Msg::Act(Action::Open));
    assert_eq!(app.screen, Screen::Verify);
    let error = app.error.clone().unwrap_or_default();
    assert!(error.contains("cannot read /no/such/article.md"), "{error}");
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("no quotations found"), "{s}");
}

#[test]
fn article_text_reaches_the_terminal_sanitised() {
    let (_d, lib) = common::sample_library();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.md");
    // An escape sequence that would set the terminal's title, and one that
    // clears the screen, inside a quotation and its attribution.
    std::fs::write(
        &path,
        "Vance\x1b]0;pwned\x07 said the task force \"detected roughly 1,400 suspected \
         smuggling\x1b[2J events in the transit zone.\"\n",
    )
    .unwrap();
    let (mut app, effects) = App::new(String::new());
    run(&mut app, &lib, effects);
    let effects = app.open_article(path.display().to_string());
    run(&mut app, &lib, effects);
    assert_eq!(verdicts(&app).len(), 1);
    let s = screen(&mut app, 120, 34);
    assert!(s.contains("detected roughly 1,400"), "{s}");
    assert!(!s.chars().any(|c| c.is_control() && c != '\n'), "{s:?}");
}

#[test]
fn narrow_and_tiny_sizes_never_panic() {
    let (_d, lib) = common::sample_library();
    let mut app = opened(&lib);
    for (w, h) in [(20, 5), (40, 10), (60, 20), (89, 30), (200, 60)] {
        let s = screen(&mut app, w, h);
        assert!(!s.is_empty());
    }
    let s = screen(&mut app, 60, 30);
    assert!(s.contains("VERBATIM"), "{s}");
    // `?` lists the screen's keys, from the keymap.
    send(&mut app, &lib, Msg::Act(Action::ToggleHelp));
    let s = screen(&mut app, 100, 40);
    assert!(s.contains("next quotation") && s.contains("next turn of the record"), "{s}");
}

#[test]
fn an_article_that_cannot_be_read_is_said_before_the_screen_changes() {
    let data = tempfile::tempdir().unwrap();
    let o = common::gavel(data.path(), &["tui", "--verify", "/no/such/article.md"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("cannot read /no/such/article.md"), "{err}");
}

#[test]
fn an_article_opened_while_the_index_fills_is_checked_again_when_it_is_done() {
    let empty_dir = tempfile::tempdir().unwrap();
    let empty = Library::open(&empty_dir.path().join("index")).unwrap();
    let (mut app, _) = App::new(String::new());
    let effects = app.open_article(article());
    run(&mut app, &empty, effects);
    assert!(verdicts(&app).iter().all(|v| *v == Verdict::NotFound), "{:?}", verdicts(&app));
    // The first run's indexing ends: the same article, against the full index.
    let (_d, lib) = common::sample_library();
    let s = screen(&mut app, 120, 34);
    assert!(s.contains("NOT FOUND") && !s.contains("VERBATIM"), "{s}");
    send(&mut app, &lib, Msg::Indexed(Ok("indexed 6 hearings".to_owned())));
    assert_eq!(verdicts(&app)[0], Verdict::Verbatim);
    assert!(!app.reader_turns().is_empty());
    // The list drawn for the first verdicts is not drawn for the new ones.
    let s = screen(&mut app, 120, 34);
    assert!(s.contains("VERBATIM") && s.contains("MISATTRIBUTED"), "{s}");
}

/// The quotation list is wrapped once for a width, not every frame: drawn
/// at one size and then another, it is what a screen drawn at the second
/// size alone shows, and back again.
#[test]
fn the_list_is_wrapped_again_when_the_terminal_is_resized() {
    let (_d, lib) = common::sample_library();
    let mut app = opened(&lib);
    let sizes = [(120, 34), (60, 30), (200, 40), (120, 34)];
    let first: Vec<String> = sizes.iter().map(|&(w, h)| screen(&mut app, w, h)).collect();
    for (&(w, h), drawn) in sizes.iter().zip(&first) {
        let mut fresh = opened(&lib);
        assert_eq!(*drawn, screen(&mut fresh, w, h), "{w}x{h}");
    }
    assert_eq!(first[0], first[3]);
    assert_ne!(first[0], first[1]);
}

/// A source hearing that fails to load is said once, not asked for again
/// and again; and moving through quotations asks for a hearing once.
#[test]
fn a_hearing_that_fails_to_load_is_not_asked_for_again() {
    let (_d, lib) = common::sample_library();
    let mut app = opened(&lib);
    let hearing = app.reader.hearing_id.clone();
    assert!(!hearing.is_empty());
    // As if the index had lost it: forget it, then move away and back.
    app.hearings.clear();
    let mut asked = app.update(Msg::Act(Action::SelectNext));
    asked.extend(app.update(Msg::Act(Action::SelectPrev)));
    let loads = asked.iter().filter(|e| matches!(e, Effect::LoadHearing(h) if *h == hearing)).count();
    assert_eq!(loads, 1, "{asked:?}");
    let again = app.update(Msg::Hearing { hearing_id: hearing.clone(), turns: Err("gone".into()) });
    assert!(again.is_empty(), "{again:?}");
    assert_eq!(app.error.as_deref(), Some("gone"));
}

/// The article is read as the CLI reads it: Windows-1252 gives the same
/// verdicts as UTF-8 and the status bar says how it was read; a binary file
/// is an error on screen, not an article without quotations.
#[test]
fn an_article_in_windows_1252_or_binary() {
    let (_d, lib) = common::sample_library();
    let utf8 = verdicts(&opened(&lib));
    let text = std::fs::read_to_string(article()).unwrap();
    let (cp1252, _, lossy) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!lossy);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("article-1252.md");
    std::fs::write(&path, &cp1252).unwrap();
    let (mut app, effects) = App::new(String::new());
    run(&mut app, &lib, effects);
    let effects = app.open_article(path.display().to_string());
    run(&mut app, &lib, effects);
    assert_eq!(verdicts(&app), utf8);
    assert!(app.status.as_deref().is_some_and(|s| s.contains("read as Windows-1252")), "{:?}", app.status);

    let pdf = dir.path().join("article.pdf");
    std::fs::write(&pdf, b"%PDF-1.4\n\x00\x01\x02 stream").unwrap();
    let effects = app.open_article(pdf.display().to_string());
    run(&mut app, &lib, effects);
    assert!(app.error.as_deref().is_some_and(|e| e.contains("looks binary")), "{:?}", app.error);
}
