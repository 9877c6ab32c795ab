//! The TUI driven by actions alone, drawn on ratatui's TestBackend, and
//! compared with reviewed snapshots.

mod common;

use common::screen;

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

#[test]
fn search_screen_shows_wicker_and_guillot_for_mexico() {
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    type_str(&mut app, &lib, "mexico");
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("Roger Wicker (chair)"), "{s}");
    assert!(s.contains("Gregory M. Guillot (witness)"), "{s}");
    // A sample says so where even a narrow pane shows it.
    let narrow = screen(&mut app, 60, 20);
    assert!(narrow.contains("Roger Wicker (chair) sample"), "{narrow}");
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
    let path = gavel::workspace::quotes::to_markdown_file(&lib, ids, out.path()).unwrap();
    let md = std::fs::read_to_string(&path).unwrap();
    assert!(md.contains("> Permitted by Mexico?") && md.contains("— Sen. Roger Wicker (R-Miss.)"), "{md}");
    assert!(md.contains("> No, by the department, sir.") && md.contains("Gen. Gregory M. Guillot"), "{md}");
    app.update(Msg::Exported(Ok(path.clone())));
    assert!(app.marked.is_empty());
    assert!(screen(&mut app, 120, 30).contains("exported 2 quotes"));
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
    assert_eq!(app.hearing_list.len(), gavel::samples::BUNDLED.len());
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("hearings (6)"), "{s}");
    // Every hearing's format, so a caption file or a news transcript is told from GPO's text.
    for format in ["timestamped", "record", "gpo", "colon"] {
        assert!(s.contains(&format!("  {format}  ")), "{format}: {s}");
    }
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
            party: None,
            state: None,
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

#[test]
fn compare_puts_the_two_sides_of_an_exchange_side_by_side() {
    use gavel::tui::app::Screen;
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    type_str(&mut app, &lib, "mexico speaker:wicker");
    send(&mut app, &lib, Msg::Act(Action::Open));
    send(&mut app, &lib, Msg::Act(Action::Compare));
    assert_eq!(app.screen, Screen::Compare);
    let view = app.compare.as_ref().unwrap();
    assert_eq!(view.topic, "mexico", "the speaker filter is not the topic");
    assert_eq!(view.left, "Roger Wicker");
    assert_eq!(view.right.as_deref(), Some("Gregory M. Guillot"), "the other side of the exchange");
    // Wicker says "Mexico" in one turn (#2); Guillot's turns that say it are counted from the hearing itself.
    let rows = view.rows();
    assert_eq!(rows.len(), 1);
    let seqs = |s: &[gavel::analysis::compare::Statement]| s.iter().map(|s| s.seq).collect::<Vec<_>>();
    assert_eq!(seqs(rows[0].left), [2]);
    let expected: Vec<u64> = app.hearings[rows[0].hearing_id]
        .iter()
        .filter(|t| t.speaker == "Gregory M. Guillot" && t.text.to_lowercase().contains("mexico"))
        .map(|t| t.seq)
        .collect();
    assert_eq!(seqs(rows[0].right), expected);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("compare: mexico") && s.contains("Permitted by Mexico?"), "{s}");
    insta::assert_snapshot!("compare_wicker_guillot_100x30", s);
    screen(&mut app, 20, 5);
    screen(&mut app, 80, 24);

    // Tab brings in the others who say "mexico", in turn, and comes round again.
    let others: Vec<String> = gavel::analysis::compare::speakers_on(&lib, &lib.hearings().unwrap(), "mexico")
        .unwrap()
        .into_iter()
        .map(|(name, _)| name)
        .filter(|n| n != "Roger Wicker")
        .collect();
    assert!(others.len() >= 2, "{others:?}");
    let mut seen = Vec::new();
    for _ in 0..others.len() {
        send(&mut app, &lib, Msg::Act(Action::NextSpeaker));
        seen.push(app.compare.as_ref().unwrap().right.clone().unwrap());
    }
    assert_eq!(seen.last().map(String::as_str), Some("Gregory M. Guillot"));
    seen.sort();
    let mut expected_others = others.clone();
    expected_others.sort();
    assert_eq!(seen, expected_others);
    send(&mut app, &lib, Msg::Act(Action::SwapSides));
    assert_eq!(app.compare.as_ref().unwrap().left, "Gregory M. Guillot");
    send(&mut app, &lib, Msg::Act(Action::Open));
    assert_eq!(app.screen, Screen::Reader);
    assert_eq!(app.reader_turns()[app.reader.focus].seq, expected[0]);
    send(&mut app, &lib, Msg::Act(Action::Back));
    assert_eq!(app.screen, Screen::Compare);
    send(&mut app, &lib, Msg::Act(Action::Back));
    assert_eq!(app.screen, Screen::Search, "back does not loop between reader and compare");
}

#[test]
fn compare_from_a_hit_brings_in_whoever_else_speaks_most_on_the_topic() {
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    type_str(&mut app, &lib, "fentanyl");
    let speaker = app.selected_hit().unwrap().speaker.clone();
    send(&mut app, &lib, Msg::Act(Action::Compare));
    let view = app.compare.as_ref().unwrap();
    assert_eq!(view.left, speaker);
    let others = &view.data.as_ref().unwrap().others;
    assert_eq!(view.right.as_ref(), others.iter().find(|o| **o != speaker));
    // Every statement shown on the left is the person's and says the word.
    for row in view.rows() {
        for s in row.left {
            assert_eq!(s.speaker, speaker);
        }
    }
    let trend = &view.data.as_ref().unwrap().trend;
    assert_eq!(trend.len(), gavel::samples::BUNDLED.len());
    let total: usize = trend.iter().map(|r| r.matching_turns).sum();
    assert_eq!(total, lib.count("fentanyl").unwrap().0);
}

#[test]
fn filter_picker_adds_chips_that_search_as_the_query_language_does() {
    use gavel::tui::app::Screen;
    use gavel::tui::picker::Field;
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    send(&mut app, &lib, Msg::Act(Action::OpenFilters));
    assert_eq!(app.screen, Screen::Filters);
    type_str(&mut app, &lib, "wickr");
    let picker = app.picker.as_ref().unwrap();
    assert_eq!(picker.matches[0].value, "Roger Wicker", "{:?}", picker.matches);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("add a filter") && s.contains("Roger Wicker"), "{s}");
    insta::assert_snapshot!("filter_picker_100x30", s);
    send(&mut app, &lib, Msg::Act(Action::Open));
    assert_eq!(app.screen, Screen::Search);
    type_str(&mut app, &lib, "mexico");
    let by_chip: Vec<String> = app.results.hits.iter().map(|h| h.turn_id.clone()).collect();
    let by_query: Vec<String> = lib
        .search("speaker:\"Roger Wicker\" mexico", 200)
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.turn_id)
        .collect();
    assert_eq!(by_chip, by_query);
    assert_eq!(by_chip.len(), 1);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains(" speaker: Roger Wicker  mexico"), "{s}");

    // Role and a typed date range.
    send(&mut app, &lib, Msg::Act(Action::OpenFilters));
    send(&mut app, &lib, Msg::Act(Action::NextField));
    assert_eq!(app.picker.as_ref().unwrap().field, Field::Role);
    let roles: Vec<&str> = app.picker.as_ref().unwrap().matches.iter().map(|c| c.value.as_str()).collect();
    assert!(roles.contains(&"witness") && roles.contains(&"chair"), "{roles:?}");
    send(&mut app, &lib, Msg::Act(Action::PrevField));
    send(&mut app, &lib, Msg::Act(Action::PrevField));
    assert_eq!(app.picker.as_ref().unwrap().field, Field::Date);
    type_str(&mut app, &lib, "2025-02..2025-03");
    assert_eq!(app.picker.as_ref().unwrap().matches[0].value, "2025-02..2025-03");
    send(&mut app, &lib, Msg::Act(Action::Open));
    assert_eq!(app.full_query(), "speaker:\"Roger Wicker\" date:2025-02..2025-03 mexico");
    assert!(app.results.hits.is_empty(), "Wicker's hearing is dated 2025 only, not within Feb–Mar");

    // Backspace on an empty query takes the last chip off; Esc clears everything.
    send(&mut app, &lib, Msg::Act(Action::ClearQuery));
    assert!(app.filters.is_empty() && app.query.is_empty());
    send(&mut app, &lib, Msg::Act(Action::OpenFilters));
    send(&mut app, &lib, Msg::Act(Action::Open));
    assert_eq!(app.filters.len(), 1);
    send(&mut app, &lib, Msg::Act(Action::DeleteChar));
    assert!(app.filters.is_empty());
}

#[test]
fn a_hearing_opened_from_the_browser_lists_its_exchanges() {
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    send(&mut app, &lib, Msg::Act(Action::ShowHearings));
    let i =
        app.hearing_list.iter().position(|h| h.hearing.id == "sample-rush-house-drug-trafficking").unwrap();
    app.hearing_selected = i;
    send(&mut app, &lib, Msg::Act(Action::Open));
    assert!(app.reader.show_exchanges);
    let n = app.reader_exchanges().len();
    assert!(n >= 5, "the rush sample has five exchanges marked by hand");
    let s = screen(&mut app, 120, 30);
    assert!(s.contains(&format!("exchanges ({n})")), "{s}");
    insta::assert_snapshot!("reader_exchanges_120x30", s);
    send(&mut app, &lib, Msg::Act(Action::NextExchange));
    // From the chair's opening (#1), `]` goes to the first exchange's first turn.
    assert_eq!(app.reader_turns()[app.reader.focus].seq, app.reader_exchanges()[0].first_seq);
    send(&mut app, &lib, Msg::Act(Action::ToggleExchanges));
    assert!(!screen(&mut app, 120, 30).contains("exchanges ("));
}

#[test]
fn keys_come_from_the_config() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use gavel::tui::app::Screen;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    std::fs::write(&file, "[keys.reader]\nnext_exchange = [\"ctrl+j\", \"]\"]\nprev_exchange = []\n")
        .unwrap();
    let config = gavel::config::Config::load(Some(&file)).unwrap();
    let keymap = gavel::tui::keymap::Keymap::from_config(&config.keys).unwrap();
    let ctrl_j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL);
    assert_eq!(keymap.lookup(Screen::Reader, &ctrl_j), Some(Action::NextExchange));
    let bracket = KeyEvent::new(KeyCode::Char('['), KeyModifiers::NONE);
    assert_eq!(keymap.lookup(Screen::Reader, &bracket), None, "unbound by the empty list");
    let (mut app, _) = App::new(String::new());
    app.keymap = keymap;
    app.screen = Screen::Reader;
    app.help = true;
    let s = screen(&mut app, 80, 30);
    assert!(s.contains("^J/]") && s.contains("previous exchange (unbound)"), "{s}");
    assert!(s.contains("^J  exchange") || s.contains(" ^J "), "the status bar shows the new key: {s}");
}

#[test]
fn selected_sentences_are_marked_and_exported_alone() {
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    type_str(&mut app, &lib, "department speaker:guillot");
    send(&mut app, &lib, Msg::Act(Action::Open));
    let turn = app.reader_turns()[app.reader.focus].clone();
    assert!(turn.text.starts_with("No, by the department, sir."), "{}", turn.text);
    send(&mut app, &lib, Msg::Act(Action::SelectSentences));
    send(&mut app, &lib, Msg::Act(Action::ExtendSelection));
    send(&mut app, &lib, Msg::Act(Action::ExtendSelection));
    send(&mut app, &lib, Msg::Act(Action::ShrinkSelection));
    assert_eq!(app.reader.sentences, Some((1, 2)));
    send(&mut app, &lib, Msg::Act(Action::SelectionForward));
    assert_eq!(app.reader.sentences, Some((2, 3)));
    send(&mut app, &lib, Msg::Act(Action::SelectionBack));
    assert!(app.status.as_deref().unwrap().contains("sentences 1–2 of 3"), "{:?}", app.status);

    // The selection is drawn reversed, and only the selection.
    let mut term = Terminal::new(TestBackend::new(100, 30)).unwrap();
    term.draw(|f| view::draw(&mut app, f)).unwrap();
    let buf = term.backend().buffer().clone();
    let mut reversed = String::new();
    for y in 0..30 {
        for x in 0..100 {
            let cell = &buf[(x, y)];
            if cell.modifier.contains(ratatui::style::Modifier::REVERSED) {
                reversed.push_str(cell.symbol());
            }
        }
        reversed.push(' ');
    }
    let reversed: String = reversed.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        reversed.starts_with("No, by the department, sir. But we do have intelligence sharing"),
        "{reversed}"
    );
    assert!(reversed.ends_with("to show them what we see."), "{reversed}");

    send(&mut app, &lib, Msg::Act(Action::ToggleMark));
    assert_eq!(app.reader.sentences, None, "marking ends the selection");
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("★ sentences 1–2 marked"), "{s}");
    let effects = app.update(Msg::Act(Action::ExportMarked));
    let [Effect::Export(marks)] = effects.as_slice() else { panic!("{effects:?}") };
    let out = tempfile::tempdir().unwrap();
    let md =
        std::fs::read_to_string(gavel::workspace::quotes::to_markdown_file(&lib, marks, out.path()).unwrap())
            .unwrap();
    assert!(
        md.contains("> No, by the department, sir. But we do have intelligence sharing with Mexico to show them what we see. …"),
        "{md}"
    );
    assert!(!md.contains("increased cooperation"), "{md}");
}

/// Every count the screens print agrees with its number: `1 turn`, `2 turns`.
#[test]
fn counts_of_one_are_singular() {
    use gavel::tui::app::Screen;
    let (_dir, lib) = common::sample_library();
    let no_false_plural = |s: &str| {
        for bad in ["1 turns", "1 hearings", "1 speakers", "1 statements", "1 files", "1 quotes", "quote(s)"]
        {
            assert!(!s.contains(&format!(" {bad}")) && !s.contains(&format!("/{bad}")), "{bad:?} in\n{s}");
        }
    };

    // "proverbs" is said once, by June Marchbanks: the query bar, and the
    // comparison's trend line and pane title.
    let (mut app, _) = App::new(String::new());
    type_str(&mut app, &lib, "proverbs");
    assert_eq!(app.results.hits.len(), 1);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains(" 1 turn "), "{s}");
    no_false_plural(&s);
    send(&mut app, &lib, Msg::Act(Action::Compare));
    assert_eq!(app.screen, Screen::Compare);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains(" 1 turn in 1 hearing ") && s.contains("June Marchbanks 1 statement "), "{s}");
    no_false_plural(&s);

    // The picker: `Voice` speaks once.
    let (mut app, _) = App::new(String::new());
    send(&mut app, &lib, Msg::Act(Action::OpenFilters));
    type_str(&mut app, &lib, "Voice");
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("Voice  1 turn in 1 hearing "), "{s}");
    no_false_plural(&s);

    // The hearing browser, for a hearing of one turn by one speaker.
    let (mut app, _) = App::new(String::new());
    send(&mut app, &lib, Msg::Act(Action::ShowHearings));
    app.hearing_list[0].turns = 1;
    app.hearing_list[0].speakers.truncate(1);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("  1 turn  1 speaker  "), "{s}");
    no_false_plural(&s);

    // Indexing one file, and marking then exporting one quote.
    let (mut app, _) = App::new(String::new());
    app.update(Msg::Indexing { done: 0, total: 1 });
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("indexing 0/1 file…") && s.contains("0/1 file"), "{s}");
    no_false_plural(&s);
    app.update(Msg::Indexed(Ok("indexed".into())));
    type_str(&mut app, &lib, "mexico speaker:wicker");
    send(&mut app, &lib, Msg::Act(Action::Open));
    send(&mut app, &lib, Msg::Act(Action::ToggleMark));
    assert_eq!(app.status.as_deref(), Some("1 quote marked; e exports them"));
    app.update(Msg::Exported(Ok("/tmp/q.md".into())));
    assert_eq!(app.status.as_deref(), Some("exported 1 quote to /tmp/q.md"));
}

#[test]
fn a_rebuild_says_why_then_what_came_of_it() {
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    let why = "the index was built by an older gavel (schema 2); rebuilding it from its 6 files";
    app.update(Msg::Rebuilding(why.into()));
    app.update(Msg::Indexing { done: 1, total: 6 });
    let s = screen(&mut app, 120, 24);
    assert!(s.contains(why) && s.contains("Rebuilding the index") && s.contains("1/6 files"), "{s}");
    assert!(!s.contains("First run"), "{s}");
    let report = gavel::workspace::corpus::Report {
        indexed: 5,
        turns: 200,
        failed: vec![("/c/bad.txt".into(), "binary".into())],
        ..Default::default()
    };
    let summary = gavel::tui::rebuilt_summary(&report, &["/c/old.txt".to_owned()]);
    assert_eq!(
        summary,
        "rebuilt the index: 5 hearings, 200 turns; 1 file gone: /c/old.txt; 1 file failed: /c/bad.txt"
    );
    let effects = app.update(Msg::Indexed(Ok(summary.clone())));
    for e in effects {
        let reply = worker::run(&lib, e);
        app.update(reply);
    }
    assert!(!app.rebuilding && app.indexing.is_none());
    assert!(screen(&mut app, 120, 24).contains(&summary));
    // A rebuild that fails leaves the error, not the promise of a rebuild.
    let (mut app, _) = App::new(String::new());
    app.update(Msg::Rebuilding(why.into()));
    app.update(Msg::Indexed(Err("disk full".into())));
    assert_eq!((app.status.as_deref(), app.error.as_deref()), (None, Some("disk full")));
}

#[test]
fn hearings_and_hits_new_since_the_last_visit_are_marked() {
    let (_dir, lib) = common::sample_library();
    let all: std::collections::BTreeSet<String> =
        lib.hearings().unwrap().into_iter().map(|h| h.hearing.id).collect();
    let wicker = all.iter().find(|id| id.contains("wicker")).unwrap().clone();

    // A first visit marks nothing, and remembers every hearing on leaving.
    let (mut app, _) = App::new(String::new());
    send(&mut app, &lib, Msg::Act(Action::ShowHearings));
    assert!(app.new_hearings.is_empty());
    assert_eq!(app.saved().seen_hearings.as_ref(), Some(&all));

    // The last visit saw all but the Wicker hearing (gavel get brought it since).
    let (mut app, _) = App::new(String::new());
    app.seen_before = Some(all.iter().filter(|id| **id != wicker).cloned().collect());
    send(&mut app, &lib, Msg::Act(Action::ShowHearings));
    assert_eq!(app.new_hearings, std::collections::HashSet::from([wicker.clone()]));
    let s = screen(&mut app, 100, 40);
    let marked: Vec<&str> = s.lines().filter(|l| l.contains("new ")).collect();
    assert_eq!(marked.len(), 1, "{s}");
    assert!(marked[0].to_lowercase().contains("wicker") || marked[0].contains("Armed"), "{s}");
    send(&mut app, &lib, Msg::Act(Action::Back));
    type_str(&mut app, &lib, "mexico");
    let s = screen(&mut app, 100, 30);
    assert!(s.lines().any(|l| l.contains("Roger Wicker (chair) new")), "{s}");
    assert_eq!(app.saved().seen_hearings.as_ref(), Some(&all));
}

fn key(app: &mut App, lib: &gavel::index::Library, code: crossterm::event::KeyCode) {
    let k = crossterm::event::KeyEvent::new(code, crossterm::event::KeyModifiers::NONE);
    send(app, lib, Msg::Key(k));
}

/// Hundreds of hearings need paging and a filter: g/G, PgDn/PgUp, and `/`
/// narrowing by title, committee, id or date, Esc clearing it first.
#[test]
fn hearing_browser_pages_and_filters() {
    use crossterm::event::KeyCode;
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    send(&mut app, &lib, Msg::Act(Action::ShowHearings));
    let _ = screen(&mut app, 100, 12);
    key(&mut app, &lib, KeyCode::Char('G'));
    assert_eq!(app.hearing_selected, 5);
    key(&mut app, &lib, KeyCode::Char('g'));
    assert_eq!(app.hearing_selected, 0);
    // 10 list rows: three hearings a page.
    key(&mut app, &lib, KeyCode::PageDown);
    assert_eq!(app.hearing_selected, 3);
    key(&mut app, &lib, KeyCode::PageUp);
    assert_eq!(app.hearing_selected, 0);
    key(&mut app, &lib, KeyCode::Char('/'));
    for c in "RAIL".chars() {
        key(&mut app, &lib, KeyCode::Char(c));
    }
    let s = screen(&mut app, 100, 12);
    assert!(s.contains("hearings: /RAIL▏ 1 of 6"), "{s}");
    assert_eq!(app.visible_hearings().len(), 1);
    key(&mut app, &lib, KeyCode::Enter);
    assert_eq!(app.reader.hearing_id, "sample-gpo-house-rail-safety");
    key(&mut app, &lib, KeyCode::Char('q'));
    assert_eq!(app.screen, gavel::tui::app::Screen::Hearings);
    key(&mut app, &lib, KeyCode::Backspace);
    assert_eq!(app.hearing_filter.as_deref(), Some("RAI"));
    key(&mut app, &lib, KeyCode::Esc);
    assert_eq!(app.hearing_filter, None);
    assert_eq!(app.visible_hearings().len(), 6);
    assert_eq!(app.screen, gavel::tui::app::Screen::Hearings);
    key(&mut app, &lib, KeyCode::Esc);
    assert_eq!(app.screen, gavel::tui::app::Screen::Search);
}

/// A status line gives way to the key hints at the next key; a jump with
/// nowhere to go says so.
#[test]
fn status_clears_on_the_next_key_and_dead_ends_say_so() {
    use crossterm::event::KeyCode;
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    type_str(&mut app, &lib, "mexico speaker:wicker");
    send(&mut app, &lib, Msg::Act(Action::Open));
    key(&mut app, &lib, KeyCode::Char('n'));
    assert_eq!(app.status.as_deref(), Some("no later match in this hearing"));
    key(&mut app, &lib, KeyCode::Char('j'));
    assert_eq!(app.status, None);
    key(&mut app, &lib, KeyCode::Char('G'));
    key(&mut app, &lib, KeyCode::Char(']'));
    assert_eq!(app.status.as_deref(), Some("this is the last exchange"));
    key(&mut app, &lib, KeyCode::Char('y'));
    assert!(app.status.as_deref().unwrap().contains("OSC 52"), "{:?}", app.status);
}

/// A matched word in the selected hit keeps the match colours, dark on the
/// highlight colour, not the selection's background: readable on light and
/// dark terminals alike.
#[test]
fn a_matched_word_in_the_selected_hit_stays_readable() {
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    type_str(&mut app, &lib, "mexico");
    let mut term = Terminal::new(TestBackend::new(100, 30)).unwrap();
    term.draw(|f| view::draw(&mut app, f)).unwrap();
    let buf = term.backend().buffer().clone();
    let mut checked = 0;
    for y in 0..30 {
        let row: String = (0..100).map(|x| buf[(x, y)].symbol().to_owned()).collect();
        // Past the query box, whose text is the query itself.
        if let Some(x) = row.to_lowercase().find("mexico").filter(|_| !row.contains("│> ")) {
            let cell = &buf[(x as u16, y)];
            assert_eq!(cell.bg, app.theme.highlight, "row {y}: {row}");
            assert_eq!(cell.fg, ratatui::style::Color::Black, "row {y}: {row}");
            checked += 1;
        }
    }
    assert!(checked >= 2, "the selected hit and another were checked");
    // The selected hit's plain words do show the selection.
    assert!((0..100).any(|x| (0..30).any(|y| buf[(x, y)].bg == app.theme.selection)));
}

/// A statement submitted for the record shows its own id (`#s12`, not the
/// `#0` of a turn number it does not have) and Enter says what it is
/// instead of opening the hearing at its first turn.
#[test]
fn the_compare_screen_names_statements_by_their_ids() {
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    type_str(&mut app, &lib, "flood speaker:brightwater");
    send(&mut app, &lib, Msg::Act(Action::Compare));
    let row = {
        let view = app.compare.as_ref().unwrap();
        view.rows()
            .iter()
            .position(|r| r.left.iter().any(|s| s.turn_id.contains("#s")))
            .expect("a statement row")
    };
    app.compare.as_mut().unwrap().selected = row;
    let s = screen(&mut app, 120, 40);
    assert!(s.contains("#s12") && !s.contains("#0 ") && !s.contains("#0\n"), "{s}");
    send(&mut app, &lib, Msg::Act(Action::Open));
    assert_eq!(app.screen, gavel::tui::app::Screen::Compare);
    assert!(
        app.status.as_deref().unwrap().contains("statement submitted for the record"),
        "{:?}",
        app.status
    );
}

/// The key hints fit the status line whole at any width: tighter when
/// needed, and the last left out rather than one cut in the middle.
#[test]
fn key_hints_are_never_cut_in_the_middle() {
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    type_str(&mut app, &lib, "mexico");
    for width in [40u16, 60, 80, 100, 140] {
        let s = screen(&mut app, width, 20);
        let last = s.lines().last().unwrap().trim_end().to_owned();
        assert!(last.contains("help"), "{width}: {last:?}");
        for (_, desc) in app.keymap.hints(app.screen) {
            // A description shown is shown whole.
            if let Some(i) = last.find(&desc[..desc.len().min(3)]) {
                assert!(last[i..].starts_with(desc), "{width}: {desc:?} cut in {last:?}");
            }
        }
    }
}

#[test]
fn the_hearing_browser_marks_a_parse_to_distrust() {
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    send(&mut app, &lib, Msg::Act(Action::ShowHearings));
    let s = screen(&mut app, 100, 30);
    assert!(!s.contains("check parse"), "good parses are quiet: {s}");
    let format = app.hearing_list[0].hearing.format.as_str();
    app.hearing_list[0].quality = vec!["few labels for the size".into()];
    let s = screen(&mut app, 100, 30);
    assert!(s.contains(&format!("check parse ({format})")), "{s}");
}

/// A caption's place is a time in the video: the hit, the reader and the
/// compare screen say `at 00:41:05`, never `p. 00:41:05`.
#[test]
fn caption_times_read_as_times_on_every_screen() {
    use gavel::workspace::corpus::{self, Input};
    let dir = tempfile::tempdir().unwrap();
    let lib = gavel::index::Library::open(&dir.path().join("index")).unwrap();
    let file = common::fixtures().join("parse/captions_marked.vtt");
    let report = corpus::ingest(&lib, &[Input::File(file)], false, &mut |_| {}).unwrap();
    assert_eq!(report.indexed, 1);
    let (mut app, _) = App::new(String::new());
    type_str(&mut app, &lib, "honor");
    let s = screen(&mut app, 120, 30);
    assert!(s.contains("at 00:41:05") && !s.contains("p.00:41") && !s.contains("p. 00:41"), "{s}");
    send(&mut app, &lib, Msg::Act(Action::Open));
    let s = screen(&mut app, 120, 30);
    assert!(s.contains("at 00:41:") && !s.contains("p. 00:41"), "{s}");
}

/// The hit list marks what was written for the record beside its author.
#[test]
fn written_hits_are_marked_in_the_hit_list() {
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    type_str(&mut app, &lib, "flood speaker:brightwater");
    assert!(app.results.hits.iter().any(|h| h.kind == "statement"));
    let s = screen(&mut app, 160, 40);
    assert!(s.contains("Harriet Brightwater (witness, written statement)"), "{s}");
}

/// A count estimated from a sample (`index::estimate`, two words in over
/// 100,000 turns) says so in the status; a counted one does not.
#[test]
fn an_estimated_count_says_about() {
    let (_dir, lib) = common::sample_library();
    let (mut app, _) = App::new(String::new());
    type_str(&mut app, &lib, "mexico");
    let hits = app.results.hits.clone();
    assert!(!hits.is_empty());
    for (estimated, shown) in [(true, "of about 1900000 turns"), (false, "of 1900000 turns")] {
        let results =
            gavel::tui::app::SearchOutput { hits: hits.clone(), total: 1_900_000, estimated, notes: vec![] };
        app.update(Msg::Results {
            generation: app.generation,
            query: app.query.clone(),
            results: Ok(results),
        });
        let s = screen(&mut app, 100, 30);
        assert!(s.contains(shown), "{s}");
        assert_eq!(s.contains("about"), estimated, "{s}");
    }
}
