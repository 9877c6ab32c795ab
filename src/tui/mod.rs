//! The terminal UI: state in `app`, keys in `keymap`, searches on the
//! `worker` thread, drawing in `view`. This module owns the terminal and the
//! event loop, and restores the terminal however the program ends.

pub mod action;
pub mod app;
pub mod compare;
pub mod keymap;
pub mod message;
pub mod picker;
pub mod plural;
pub mod theme;
pub mod verify;
pub mod view;
pub mod worker;

use crate::index::Library;
use crate::workspace::Context;
use app::{App, Effect, Msg};
use color_eyre::eyre::{Result, WrapErr};
use crossterm::event::{self, Event, KeyEventKind, MouseEventKind};
use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::mpsc;

/// The TUI on the search screen, or on an article's quotations (`verify`).
pub fn run(ctx: &Context, query: String, verify: Option<String>) -> Result<ExitCode> {
    // A bad key or colour in config.toml is reported before the screen changes.
    let config_error = |e: String| {
        let file =
            ctx.paths.config_file.as_ref().map_or("the config".to_owned(), |p| p.display().to_string());
        color_eyre::eyre::eyre!("invalid config file {file}: {e}")
    };
    let keymap = keymap::Keymap::from_config(&ctx.config.keys).map_err(config_error)?;
    let theme = theme::Theme::from_config(&ctx.config.colors).map_err(config_error)?;
    // An article that cannot be read is said before the screen changes.
    if let Some(path) = &verify {
        std::fs::metadata(path).wrap_err_with(|| format!("cannot read {path}"))?;
    }
    if !std::io::stdout().is_terminal() {
        color_eyre::eyre::bail!("the TUI needs a terminal; for scripts use `gavel search QUERY`");
    }
    // The UI comes up at once; an empty index is filled in the background,
    // and one another version of gavel built is rebuilt there.
    let (mut lib, upgrade) = crate::workspace::upgrade::open(&ctx.paths.index_dir())?;
    let first_run = lib.is_empty();
    if first_run {
        lib.set_roster(ctx.roster()?);
    }
    let lib = Arc::new(lib);
    let (to_worker, requests) = mpsc::channel::<Effect>();
    let (tx, inbox) = mpsc::channel::<Msg>();
    worker::spawn(Arc::clone(&lib), requests, tx.clone());
    let tx_signals = tx.clone();
    match upgrade {
        // An old index that held nothing is rebuilt as a first run would fill it.
        Some(upgrade) if !upgrade.inputs.is_empty() || !upgrade.gone.is_empty() => {
            spawn_rebuild(Arc::clone(&lib), upgrade, tx.clone());
        }
        _ if first_run => {
            spawn_first_index(Arc::clone(&lib), ctx.first_run_inputs()?, ctx.corpus_name(), tx.clone());
        }
        _ => {}
    }
    spawn_input(tx);

    spawn_signals(tx_signals)?;

    let state_file = ctx.paths.state_file();
    let saved = load_state(&state_file);
    let seen_before = saved.seen_hearings.clone();
    let (mut app, mut effects) = if query.is_empty() { App::resume(saved) } else { App::new(query) };
    // The hearing list, loaded on the worker at once, tells which hearings
    // are new since the last visit.
    app.seen_before = seen_before;
    effects.push(Effect::LoadHearingList);
    app.keymap = keymap;
    app.theme = theme;
    if let Some(path) = verify {
        effects.extend(app.open_article(path));
    }
    let _guard = TerminalGuard::enter()?;
    let mut terminal = ratatui::init();
    dispatch(effects, &to_worker);
    loop {
        terminal.draw(|f| view::draw(&mut app, f)).wrap_err("drawing failed")?;
        // Redraw as soon as anything arrives: no frame timer.
        let Ok(msg) = inbox.recv() else { break };
        let mut effects = app.update(msg);
        // Drain what queued up meanwhile before drawing again.
        while let Ok(more) = inbox.try_recv() {
            effects.extend(app.update(more));
        }
        dispatch(effects, &to_worker);
        if let Some(text) = app.clipboard.take() {
            copy_osc52(&text);
        }
        if app.quit {
            break;
        }
    }
    drop(_guard);
    save_state(&state_file, &app.saved());
    Ok(ExitCode::SUCCESS)
}

/// Indexes the configured corpus while the UI is up, reporting progress.
fn spawn_first_index(
    lib: Arc<Library>,
    inputs: Vec<crate::workspace::corpus::Input>,
    name: String,
    tx: mpsc::Sender<Msg>,
) {
    spawn_index(lib, inputs, tx, move |r| {
        format!("indexed {name}: {}, {}", plural::count(r.indexed, "hearing"), plural::count(r.turns, "turn"))
    });
}

/// Indexes again, while the UI is up, the files of an index another version
/// of gavel built; says why first, and names what is gone or failed after.
fn spawn_rebuild(lib: Arc<Library>, mut upgrade: crate::workspace::upgrade::Upgrade, tx: mpsc::Sender<Msg>) {
    let _ = tx.send(Msg::Rebuilding(upgrade.message()));
    let gone = std::mem::take(&mut upgrade.gone);
    let inputs = std::mem::take(&mut upgrade.inputs);
    spawn_index(lib, inputs, tx, move |r| {
        let mut summary = rebuilt_summary(r, &gone);
        if let Err(e) = upgrade.finished() {
            summary.push_str(&format!("; cannot remove the list of files kept while rebuilding: {e}"));
        }
        summary
    });
}

/// `rebuilt the index: 5 hearings, 120 turns; 1 file gone: /a/b.txt`
pub fn rebuilt_summary(r: &crate::workspace::corpus::Report, gone: &[String]) -> String {
    let mut s = format!(
        "rebuilt the index: {}, {}",
        plural::count(r.indexed, "hearing"),
        plural::count(r.turns, "turn")
    );
    if !gone.is_empty() {
        s.push_str(&format!("; {} gone: {}", plural::count(gone.len(), "file"), gone.join(", ")));
    }
    if !r.failed.is_empty() {
        let names: Vec<&str> = r.failed.iter().map(|(source, _)| source.as_str()).collect();
        s.push_str(&format!("; {} failed: {}", plural::count(names.len(), "file"), names.join(", ")));
    }
    s
}

/// Indexes `inputs` on a thread of its own, reporting progress, then the
/// summary `done` makes of the run's report.
fn spawn_index(
    lib: Arc<Library>,
    inputs: Vec<crate::workspace::corpus::Input>,
    tx: mpsc::Sender<Msg>,
    done: impl FnOnce(&crate::workspace::corpus::Report) -> String + Send + 'static,
) {
    let _ = tx.send(Msg::Indexing { done: 0, total: inputs.len() });
    std::thread::spawn(move || {
        let progress_tx = tx.clone();
        let mut progress = |p: crate::workspace::corpus::Progress| {
            let _ = progress_tx.send(Msg::Indexing { done: p.done, total: p.total });
        };
        let result = crate::workspace::corpus::ingest(&lib, &inputs, false, &mut progress)
            .map(|r| done(&r))
            .map_err(|e| e.to_string());
        let _ = tx.send(Msg::Indexed(result));
    });
}

/// SIGTERM, SIGHUP and SIGINT end the program through the normal quit path,
/// so the terminal is restored as on `q`.
fn spawn_signals(tx: mpsc::Sender<Msg>) -> Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            let _ = tx.send(Msg::Act(app::Action::Quit));
        }
    });
    Ok(())
}

/// Puts text on the clipboard through the terminal (OSC 52), which works
/// over ssh and in tmux with `set-clipboard on`.
fn copy_osc52(text: &str) {
    use base64::Engine;
    use std::io::Write;
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    let mut out = std::io::stdout().lock();
    let _ = write!(out, "\x1b]52;c;{encoded}\x07");
    let _ = out.flush();
}

fn load_state(path: &std::path::Path) -> app::Saved {
    std::fs::read_to_string(path).ok().and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default()
}

/// Best effort: a full disk must not turn quitting into an error.
fn save_state(path: &std::path::Path, saved: &app::Saved) {
    if let Ok(json) = serde_json::to_string(saved) {
        let tmp = path.with_extension("json.tmp");
        if std::fs::write(&tmp, json).is_ok() {
            let _ = std::fs::rename(&tmp, path);
        }
    }
}

fn dispatch(effects: Vec<Effect>, to_worker: &mpsc::Sender<Effect>) {
    for e in effects {
        let _ = to_worker.send(e);
    }
}

/// Reads terminal events on their own thread and turns them into messages.
fn spawn_input(tx: mpsc::Sender<Msg>) {
    std::thread::spawn(move || {
        while let Ok(ev) = event::read() {
            let msg = match ev {
                Event::Key(k) if k.kind != KeyEventKind::Release => Msg::Key(k),
                Event::Mouse(m) => match m.kind {
                    MouseEventKind::ScrollDown => Msg::Act(app::Action::ScrollDown),
                    MouseEventKind::ScrollUp => Msg::Act(app::Action::ScrollUp),
                    _ => continue,
                },
                Event::Resize(..) => Msg::Resize,
                _ => continue,
            };
            if tx.send(msg).is_err() {
                break;
            }
        }
    });
}

/// Mouse capture on entry; everything undone on drop and on panic. ratatui's
/// `init` already restores raw mode and the alternate screen on panic; this
/// adds the mouse, and chains to the hook color-eyre installed.
struct TerminalGuard;

impl TerminalGuard {
    fn enter() -> Result<TerminalGuard> {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
        crossterm::execute!(std::io::stdout(), crossterm::event::EnableMouseCapture)?;
        Ok(TerminalGuard)
    }
}

fn restore() {
    let _ = crossterm::execute!(std::io::stdout(), crossterm::event::DisableMouseCapture);
    ratatui::restore();
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}
