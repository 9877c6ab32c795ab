//! The real binary in a real terminal (tmux), driven as a person would:
//! type a query, see hits, open one, jump, open help, quit, and find the
//! terminal restored.

mod common;

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// Tests run tmux on a socket of their own, so a developer's tmux server and
/// its options are never touched.
fn tmux() -> Command {
    let mut c = Command::new("tmux");
    c.args(["-L", "gavel-tests"]);
    c
}

struct Tmux {
    session: String,
}

impl Tmux {
    /// `name` keeps sessions of tests running in parallel apart.
    fn new(name: &str, cmd: &str) -> Tmux {
        let session = format!("gavel-{name}-{}", std::process::id());
        let ok = tmux()
            .args(["new-session", "-d", "-s", &session, "-x", "100", "-y", "30", cmd])
            .status()
            .expect("tmux runs")
            .success();
        assert!(ok, "tmux new-session failed");
        // Let applications set tmux's clipboard (OSC 52), so `y` can be checked.
        let _ = tmux().args(["set-option", "-g", "set-clipboard", "on"]).status();
        Tmux { session }
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            let ok = tmux().args(["send-keys", "-t", &self.session, k]).status().unwrap().success();
            assert!(ok);
            // Separate keys, so `Escape` then `q` is not read as Alt-q.
            sleep(Duration::from_millis(150));
        }
    }

    fn pane(&self) -> String {
        let out = tmux().args(["capture-pane", "-p", "-t", &self.session]).output().unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn display(&self, format: &str) -> String {
        let out = tmux().args(["display-message", "-p", "-t", &self.session, format]).output().unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    fn wait_until(&self, what: &str, done: impl Fn() -> bool) {
        let start = Instant::now();
        while !done() {
            assert!(
                start.elapsed() < Duration::from_secs(120),
                "waited in vain for {what}; pane:\n{}",
                self.pane()
            );
            sleep(Duration::from_millis(100));
        }
    }

    /// Waits until the pane shows `what`. The deadline only guards against a
    /// hang (a slow machine just waits longer); it measures nothing.
    fn wait_for(&self, what: &str) -> String {
        let start = Instant::now();
        loop {
            let pane = self.pane();
            if pane.contains(what) {
                return pane;
            }
            assert!(start.elapsed() < Duration::from_secs(120), "never saw {what:?}; pane:\n{pane}");
            sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = tmux().args(["kill-session", "-t", &self.session]).status();
    }
}

fn have_tmux() -> bool {
    let found = Command::new("tmux").arg("-V").output().is_ok();
    if !found {
        eprintln!("SKIPPED: tmux is not installed here (.ci/run installs it)");
    }
    found
}

/// gavel on a fresh data dir in a tmux session of its own; after it exits the
/// shell prints `GAVEL_EXIT=<status>`. None when tmux is missing.
fn gavel_in_tmux(name: &str) -> Option<(tempfile::TempDir, Tmux)> {
    if !have_tmux() {
        return None;
    }
    let data = tempfile::tempdir().unwrap();
    let t = gavel_in_tmux_on(name, &data);
    Some((data, t))
}

/// gavel in a tmux session of its own on an existing data dir.
fn gavel_in_tmux_on(name: &str, data: &tempfile::TempDir) -> Tmux {
    let cmd = format!(
        "env GAVEL_DATA_DIR='{}' TERM=xterm-256color '{}'; echo GAVEL_EXIT=$?; sleep 600",
        data.path().display(),
        common::gavel_bin().display()
    );
    Tmux::new(name, &cmd)
}

#[test]
fn search_open_jump_help_quit_in_a_real_terminal() {
    let Some((_data, t)) = gavel_in_tmux("walk") else { return };
    t.wait_for("type to search");
    t.keys(&["m", "e", "x", "i", "c", "o"]);
    let pane = t.wait_for("Gregory M. Guillot (witness)");
    assert!(pane.contains("Roger Wicker (chair)"), "{pane}");
    assert_eq!(t.display("#{alternate_on}"), "1");

    t.keys(&["Down", "Enter"]);
    let pane = t.wait_for("turn 3/7");
    assert!(pane.contains("No, by the department, sir."), "{pane}");
    // `y` copies the turn in focus, with attribution, through OSC 52.
    t.keys(&["y"]);
    t.wait_for("sent the turn");
    let buffer = tmux().args(["show-buffer"]).output().unwrap();
    let buffer = String::from_utf8_lossy(&buffer.stdout);
    assert!(
        buffer.contains("“No, by the department, sir.") && buffer.contains("— Gen. Gregory M. Guillot"),
        "{buffer}"
    );
    t.keys(&["}"]);
    t.wait_for("turn 5/7");
    t.keys(&["]"]);
    t.keys(&["g"]);
    t.wait_for("turn 1/7");
    t.keys(&["?"]);
    t.wait_for("next exchange");
    t.keys(&["Escape"]);
    t.keys(&["q"]);
    t.wait_for("hits");
    // Esc clears the query, a second Esc quits.
    t.keys(&["Escape"]);
    t.keys(&["Escape"]);
    let pane = t.wait_for("GAVEL_EXIT=");
    assert!(pane.contains("GAVEL_EXIT=0"), "{pane}");
    assert!(!pane.contains("┌ gavel"), "the TUI is still on screen:\n{pane}");
    assert_eq!(t.display("#{alternate_on}"), "0", "alternate screen left on");
    assert_eq!(t.display("#{mouse_any_flag}"), "0", "mouse capture left on");
    assert_eq!(t.display("#{cursor_flag}"), "1", "cursor left hidden");
}

#[test]
fn sigterm_restores_the_terminal_and_the_query_is_remembered() {
    if !have_tmux() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    // Two runs in one shell: the second must come back with the first's query.
    let bin = common::gavel_bin();
    let cmd = format!(
        "export GAVEL_DATA_DIR='{}' TERM=xterm-256color; '{}'; echo GAVEL_EXIT=$?; read go; '{}'; sleep 600",
        data.path().display(),
        bin.display(),
        bin.display(),
    );
    let t = Tmux::new("sigterm", &cmd);
    t.wait_for("type to search");
    t.keys(&["f", "e", "n", "t", "a", "n", "y", "l"]);
    t.wait_for("Adm");
    let shell = t.display("#{pane_pid}");
    let ok = Command::new("pkill").args(["-TERM", "-P", &shell]).status().unwrap().success();
    assert!(ok, "no gavel process to signal");
    let pane = t.wait_for("GAVEL_EXIT=");
    assert!(pane.contains("GAVEL_EXIT=0"), "{pane}");
    assert_eq!(t.display("#{alternate_on}"), "0", "alternate screen left on");
    // The second run starts with the last query.
    t.keys(&["Enter"]);
    let pane = t.wait_for("> fentanyl");
    assert!(pane.contains("fentanyl"), "{pane}");
    assert_eq!(t.display("#{alternate_on}"), "1");
    t.keys(&["C-c"]);
    t.wait_until("the second run to quit on Ctrl-C", || t.display("#{alternate_on}") == "0");
}

#[test]
fn filter_chip_and_compare_in_a_real_terminal() {
    let Some((_data, t)) = gavel_in_tmux("compare") else { return };
    t.wait_for("type to search");
    // F3 opens the picker; a fuzzy "wickr" finds Roger Wicker; Enter makes a chip.
    t.keys(&["F3"]);
    t.wait_for("add a filter");
    t.keys(&["w", "i", "c", "k", "r"]);
    t.wait_for("3 turns in 1 hearing");
    t.keys(&["Enter"]);
    t.wait_for(" speaker: Roger Wicker ");
    t.keys(&["m", "e", "x", "i", "c", "o"]);
    let pane = t.wait_for("1 turn ");
    assert!(pane.contains("Roger Wicker (chair)") && !pane.contains("Guillot (witness)"), "{pane}");
    // In the reader, `c` compares Wicker with the other side of the exchange.
    t.keys(&["Enter"]);
    t.wait_for("turn 2/7");
    t.keys(&["c"]);
    let pane = t.wait_for("compare: mexico");
    t.wait_for("Gregory M. Guillot 1 statement");
    assert!(pane.contains("Roger Wicker 1 statement"), "{pane}");
    t.keys(&["q"]);
    t.wait_for("turn 2/7");
    t.keys(&["C-c"]);
    let pane = t.wait_for("GAVEL_EXIT=");
    assert!(pane.contains("GAVEL_EXIT=0"), "{pane}");
    assert_eq!(t.display("#{alternate_on}"), "0", "alternate screen left on");
}

#[test]
fn an_index_of_an_older_gavel_is_rebuilt_and_searched() {
    if !have_tmux() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let o = common::gavel(data.path(), &["index"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    // What an older gavel left: its schema version beside the index.
    let version = data.path().join("index/gavel-schema-version");
    std::fs::write(&version, "2").unwrap();
    let t = gavel_in_tmux_on("upgrade", &data);
    let n = gavel::samples::BUNDLED.len();
    t.wait_for(&format!("rebuilt the index: {n} hearings"));
    assert_eq!(std::fs::read_to_string(&version).unwrap(), gavel::index::schema::SCHEMA_VERSION.to_string());
    t.keys(&["m", "e", "x", "i", "c", "o"]);
    let pane = t.wait_for("Gregory M. Guillot (witness)");
    assert!(pane.contains("Roger Wicker (chair)"), "{pane}");
    t.keys(&["C-c"]);
    let pane = t.wait_for("GAVEL_EXIT=");
    assert!(pane.contains("GAVEL_EXIT=0"), "{pane}");
}

#[test]
fn an_article_checked_beside_the_record_in_a_real_terminal() {
    if !have_tmux() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let o = common::gavel(data.path(), &["index"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let article = common::fixtures().join("verify/tui-article.md");
    let cmd = format!(
        "env GAVEL_DATA_DIR='{}' TERM=xterm-256color '{}' tui --verify '{}'; echo GAVEL_EXIT=$?; sleep 600",
        data.path().display(),
        common::gavel_bin().display(),
        article.display()
    );
    let t = Tmux::new("verify", &cmd);
    let pane = t.wait_for("MISATTRIBUTED");
    assert!(pane.contains("tui-article.md: 4 quotations"), "{pane}");
    // The first quotation's source: Vance's statement, in focus in its hearing.
    let pane = t.wait_for("turn 5/42");
    assert!(pane.contains("said by Priya Vance"), "{pane}");
    t.keys(&["j"]);
    t.wait_for("[-reach.-]{+intercept.+}");
    t.keys(&["j"]);
    let pane = t.wait_for("Nothing in the record is close to this quotation");
    assert!(!pane.contains("turn 5/42"), "a turn shown for a quotation not found:\n{pane}");
    // Back to a found one; the reader's J moves through the record, Enter reads it whole.
    t.keys(&["k", "J"]);
    t.wait_for("turn 6/42");
    t.keys(&["Enter"]);
    t.wait_for("same speaker");
    t.keys(&["q"]);
    t.wait_for("said by Priya Vance");
    // Back on the search screen, F5 asks for an article's path.
    t.keys(&["q"]);
    t.wait_for("type to search");
    t.keys(&["F5"]);
    t.wait_for("check an article's quotations");
    t.keys(&[&article.display().to_string(), "Enter"]);
    t.wait_for("MISATTRIBUTED");
    t.keys(&["C-c"]);
    let pane = t.wait_for("GAVEL_EXIT=");
    assert!(pane.contains("GAVEL_EXIT=0"), "{pane}");
    assert_eq!(t.display("#{alternate_on}"), "0", "alternate screen left on");
    assert_eq!(t.display("#{mouse_any_flag}"), "0", "mouse capture left on");
}
