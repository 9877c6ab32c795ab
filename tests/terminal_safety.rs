//! Transcript text never reaches a terminal raw. Two hearings carry escape
//! sequences (colour, clear screen, window title, OSC 52 clipboard write, a C1
//! CSI), a bell and carriage returns in every field a command prints: title,
//! committee, roster names, labels, turn text, and the file name itself. Every
//! subcommand's output is checked for control characters; the TUI's bytes,
//! as crossterm would write them to the terminal, for sequences it never
//! emits itself. `--json` output is escaped JSON, and a quote written with
//! `-o` keeps the source's bytes verbatim.

mod common;

use common::gavel;
use gavel::tui::app::{Action, App, Effect, Msg};
use gavel::tui::{view, worker};
use std::path::Path;

/// OSC 52 would set the clipboard to "pwned"; OSC 0 would retitle the window.
const CLIP: &str = "\u{1b}]52;c;cHduZWQ=\u{7}";
const TITLE: &str = "\u{1b}]0;pwned\u{7}";

fn hostile() -> String {
    format!(
        "Title: Hearing on Ports{TITLE} and \u{1b}[2JHarbors\n\
         Chamber: Senate\n\
         Committee: Senate \u{1b}[31mRed\u{1b}[0m Committee\n\
         Date: 2024-05-06\n\
         Speakers:\n    SEN. DANA HALVORSEN (R-TEXAS), CHAIRMAN\n    OSKAR \u{1b}[5mVANCE{CLIP}, DIRECTOR, PORT AGENCY\n\n\
         HALVORSEN: The harbor\u{1b}[31m is red\u{1b}[0m today.\r Overwritten{CLIP}? Is the harbor safe?\n\n\
         VANCE: The harbor is safe \u{9b}2J with a C1 CSI and a bell\u{7}. Mostly.\n\n\
         HALVORSEN: Thank you. The harbor{TITLE} hearing is adjourned.\n"
    )
}

/// Any control character but a newline is a leak (NO_COLOR is set and output
/// is piped, so gavel adds no colour codes of its own).
fn leaks(s: &str) -> Vec<char> {
    s.chars().filter(|c| c.is_control() && *c != '\n').collect()
}

fn setup() -> (tempfile::TempDir, tempfile::TempDir) {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ports.txt"), hostile()).unwrap();
    // A file name is text from outside too: it becomes the hearing id.
    std::fs::write(dir.path().join("evil\u{1b}[2J.txt"), hostile().replace("Ports", "Docks")).unwrap();
    let o = gavel(data.path(), &["index", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(leaks(&String::from_utf8_lossy(&o.stderr)).is_empty(), "{o:?}");
    (data, dir)
}

#[test]
fn no_subcommand_prints_a_control_character_from_a_transcript() {
    let (data, dir) = setup();
    let file = dir.path().join("ports.txt");
    let file = file.to_str().unwrap();
    // Ids are slugs of the file name (ESC becomes -); its source path keeps the ESC.
    let evil_id = "evil--2J";
    let evil_file = dir.path().join("evil\u{1b}[2J.txt");
    let evil_file = evil_file.to_str().unwrap();
    let evil_turn = format!("{evil_id}#1");
    let commands: Vec<Vec<&str>> = vec![
        vec!["parse", evil_file],
        vec!["parse", "--check", evil_file],
        vec!["quote", &evil_turn],
        vec!["search", "harbor", "hearing:evil--2J"],
        vec!["search", "harbor"],
        vec!["search", "harbor", "speaker:vance"],
        vec!["search", "harbor", "--count"],
        vec!["parse", file],
        vec!["parse", "--check", file],
        vec!["hearings"],
        vec!["speakers"],
        vec!["speakers", "--hearing", "ports"],
        vec!["exchanges", "ports"],
        vec!["exchanges", evil_id],
        vec!["quote", "ports#1"],
        vec!["quote", "ports#1", "ports#3", "--format", "txt"],
        vec!["quote", "ports#2", "--format", "csv"],
        vec!["quote", "ports#1", "--sentences", "1..2", "--style", "chicago"],
        vec!["compare", "--speaker", "halvorsen", "harbor"],
        vec!["compare", "--speakers", "halvorsen", "vance", "harbor"],
        vec!["compare", "--trend", "harbor"],
        vec!["compare", "--hearings", "ports", evil_id],
        vec!["compare", "--said-before", "ports#1"],
        vec!["index", dir.path().to_str().unwrap()],
        vec!["search", "--json", "nosuchwordanywhere", "hearing:evil\u{1b}[2J"],
    ];
    for args in &commands {
        let o = gavel(data.path(), args);
        let (out, err) = (String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
        assert!(o.status.code().is_some_and(|c| c < 2), "{args:?} failed: {err}");
        assert!(leaks(&out).is_empty(), "{args:?} stdout leaks {:?}:\n{out}", leaks(&out));
        assert!(leaks(&err).is_empty(), "{args:?} stderr leaks {:?}:\n{err}", leaks(&err));
    }
    // The hearing's text did come through, cleaned, not dropped.
    let o = gavel(data.path(), &["search", "harbor", "speaker:halvorsen"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("Hearing on Ports and Harbors") && out.contains("is red today."), "{out}");
}

#[test]
fn json_is_escaped_and_a_quote_file_is_verbatim() {
    let (data, dir) = setup();
    let o = gavel(data.path(), &["search", "harbor", "speaker:halvorsen", "--json"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(leaks(&out).is_empty(), "{out}");
    let hit: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert!(hit["text"].as_str().unwrap().contains("\u{1b}[31m"), "JSON keeps the text, escaped: {hit}");

    // A quote exported to a file is the source's words, byte for byte.
    let q = dir.path().join("q.md");
    let o = gavel(data.path(), &["quote", "ports#1", "-o", q.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let written = std::fs::read_to_string(&q).unwrap();
    assert!(written.contains(&format!("Overwritten{CLIP}?")), "{written:?}");
    // On stdout the same quote is cleaned, and stderr says so.
    let o = gavel(data.path(), &["quote", "ports#1"]);
    let (out, err) = (String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    assert!(out.contains("Overwritten?") && leaks(&out).is_empty(), "{out}");
    assert!(err.contains("-o FILE"), "{err}");
}

/// Applies a message and carries out every effect it asks for, synchronously.
fn send(app: &mut App, lib: &gavel::index::Library, msg: Msg) {
    let mut effects: Vec<Effect> = app.update(msg);
    while let Some(e) = effects.pop() {
        let reply = worker::run(lib, e);
        effects.extend(app.update(reply));
    }
}

/// What the backend writes, kept where the test can read it.
#[derive(Clone, Default)]
struct Sink(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The bytes crossterm writes to the terminal for one frame of `app`.
fn frame_bytes(app: &mut App) -> String {
    use ratatui::backend::CrosstermBackend;
    use ratatui::layout::Rect;
    use ratatui::{Terminal, TerminalOptions, Viewport};
    let sink = Sink::default();
    let options = TerminalOptions { viewport: Viewport::Fixed(Rect::new(0, 0, 120, 40)) };
    let mut term = Terminal::with_options(CrosstermBackend::new(sink.clone()), options).unwrap();
    term.draw(|f| view::draw(app, f)).unwrap();
    String::from_utf8(sink.0.borrow().clone()).unwrap()
}

#[test]
fn the_tui_writes_no_escape_sequence_from_a_transcript() {
    let (data, _dir) = setup();
    let lib = gavel::index::Library::open(&Path::new(data.path()).join("index")).unwrap();
    let (mut app, _) = App::new(String::new());
    for c in "harbor".chars() {
        send(&mut app, &lib, Msg::Type(c));
    }
    assert!(app.results.hits.len() >= 4, "{:?}", app.results.hits.len());
    let mut frames = vec![("search", frame_bytes(&mut app))];
    send(&mut app, &lib, Msg::Act(Action::Open));
    frames.push(("reader", frame_bytes(&mut app)));
    send(&mut app, &lib, Msg::Act(Action::ShowHearings));
    frames.push(("hearings", frame_bytes(&mut app)));
    for (screen, bytes) in frames {
        assert!(bytes.contains("arbor"), "{screen}: the hearing is not on screen");
        // crossterm draws with CSI cursor moves and SGR colours only; an OSC,
        // a bell, a carriage return, a C1 CSI, a screen clear or blink could
        // only have come from the transcript.
        for bad in ["\u{1b}]", "\u{7}", "\r", "\u{9b}", "\u{1b}[2J", "\u{1b}[5m", "pwned"] {
            assert!(!bytes.contains(bad), "{screen}: {bad:?} reached the terminal");
        }
    }
}
