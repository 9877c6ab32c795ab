//! Keys to actions. Which actions a screen has, and what they are called in
//! help, is fixed here; which keys do them comes from the config (the
//! embedded defaults in `default_config.toml`, with the user's file laid
//! over them). The help screen and the status bar are both built from the
//! one `Keymap`, so they cannot drift from what the keys do.

use super::action::{Action, Screen};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::BTreeMap;

/// One key as the config writes it: `ctrl+n`, `enter`, `G`, `]`, `f2`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    /// Only CONTROL and ALT: terminals disagree on whether `?`, `}` or `G`
    /// arrive with SHIFT, so SHIFT is never compared.
    pub mods: KeyModifiers,
}

pub struct Binding {
    pub keys: Vec<Key>,
    /// What the keys are shown as in help and hints: `↓/^N`.
    pub shown: String,
    pub action: Action,
    pub desc: &'static str,
    /// The short name in the status bar, for the few actions shown there.
    pub hint: Option<&'static str>,
    /// The first key, as shown in the status bar.
    pub first: String,
}

/// (action, config name, description in help, short name in the status bar if shown there).
type Entry = (Action, &'static str, &'static str, Option<&'static str>);

/// In the search screen, printable keys type into the query; only these act.
const SEARCH: &[Entry] = &[
    (Action::ToggleHelp, "toggle_help", "help", Some("help")),
    (Action::Open, "open", "read the hearing at this hit", Some("read")),
    (
        Action::OpenFilters,
        "open_filters",
        "filter by speaker, role, committee, chamber, date",
        Some("filter"),
    ),
    (Action::Compare, "compare", "compare this speaker across hearings", Some("compare")),
    (Action::ShowHearings, "show_hearings", "browse hearings", Some("hearings")),
    (Action::OpenArticle, "open_article", "check an article's quotations against the record", Some("verify")),
    (Action::SelectNext, "select_next", "next hit", None),
    (Action::SelectPrev, "select_prev", "previous hit", None),
    (Action::Top, "top", "first hit", None),
    (Action::Bottom, "bottom", "last hit", None),
    (Action::DeleteChar, "delete_char", "delete a character (a filter chip when the query is empty)", None),
    (Action::ClearQuery, "clear_query", "clear the query and filters", None),
    (Action::Back, "back", "clear the query, then quit", Some("clear/quit")),
    (Action::Quit, "quit", "quit", None),
];

const READER: &[Entry] = &[
    (Action::ToggleHelp, "toggle_help", "help", Some("help")),
    (Action::NextTurn, "next_turn", "next turn", None),
    (Action::PrevTurn, "prev_turn", "previous turn", None),
    (Action::NextMatch, "next_match", "next match", Some("match")),
    (Action::PrevMatch, "prev_match", "previous match", None),
    (Action::NextExchange, "next_exchange", "next exchange", Some("exchange")),
    (Action::PrevExchange, "prev_exchange", "previous exchange", None),
    (Action::NextSameSpeaker, "next_same_speaker", "next turn by this speaker", Some("same speaker")),
    (Action::PrevSameSpeaker, "prev_same_speaker", "previous turn by this speaker", None),
    (Action::ToggleExchanges, "toggle_exchanges", "list of exchanges (who with whom)", None),
    (Action::Top, "top", "start of hearing", None),
    (Action::Bottom, "bottom", "end of hearing", None),
    (Action::PageDown, "page_down", "page down", None),
    (Action::PageUp, "page_up", "page up", None),
    (Action::ToggleMark, "toggle_mark", "mark the turn (or the selected sentences) for export", Some("mark")),
    (Action::SelectSentences, "select_sentences", "select sentences of this turn (again: cancel)", None),
    (Action::ExtendSelection, "extend_selection", "one more sentence selected", None),
    (Action::ShrinkSelection, "shrink_selection", "one sentence fewer selected", None),
    (Action::SelectionForward, "selection_forward", "move the selection a sentence on", None),
    (Action::SelectionBack, "selection_back", "move the selection a sentence back", None),
    (Action::ExportMarked, "export_marked", "export marked as quotes", Some("export")),
    (Action::CopyTurn, "copy_turn", "copy this turn with attribution", None),
    (Action::Compare, "compare", "compare this speaker across hearings", Some("compare")),
    (Action::OpenFilters, "open_filters", "filter the search", None),
    (Action::ShowHearings, "show_hearings", "browse hearings", None),
    (Action::Back, "back", "back", Some("back")),
    (Action::Quit, "quit", "quit", None),
];

const HEARINGS: &[Entry] = &[
    (Action::ToggleHelp, "toggle_help", "help", Some("help")),
    (Action::Open, "open", "read the hearing", Some("read")),
    (Action::Filter, "filter", "narrow the list by title, committee, id or date", Some("filter")),
    (Action::SelectNext, "select_next", "next hearing", None),
    (Action::SelectPrev, "select_prev", "previous hearing", None),
    (Action::PageDown, "page_down", "a page down", None),
    (Action::PageUp, "page_up", "a page up", None),
    (Action::Top, "top", "first hearing", None),
    (Action::Bottom, "bottom", "last hearing", None),
    (Action::DeleteChar, "delete_char", "delete a character of the filter", None),
    (Action::Back, "back", "clear the filter, then back to search", Some("back")),
    (Action::Quit, "quit", "quit", None),
];

const COMPARE: &[Entry] = &[
    (Action::ToggleHelp, "toggle_help", "help", Some("help")),
    (Action::SelectNext, "select_next", "next hearing (both panes)", None),
    (Action::SelectPrev, "select_prev", "previous hearing (both panes)", None),
    (Action::PageDown, "page_down", "page down", None),
    (Action::PageUp, "page_up", "page up", None),
    (Action::Top, "top", "earliest hearing", None),
    (Action::Bottom, "bottom", "latest hearing", None),
    (Action::NextSpeaker, "next_speaker", "another person in the right pane", Some("other person")),
    (Action::SwapSides, "swap_sides", "swap the panes", Some("swap")),
    (Action::Open, "open", "read the left speaker's statement in its hearing", Some("read")),
    (Action::Back, "back", "back", Some("back")),
    (Action::Quit, "quit", "quit", None),
];

/// The filter picker: printable keys type into its fuzzy search.
const FILTERS: &[Entry] = &[
    (Action::ToggleHelp, "toggle_help", "help", None),
    (Action::Open, "open", "add the filter", Some("add")),
    (Action::NextField, "next_field", "next kind of filter", Some("kind")),
    (Action::PrevField, "prev_field", "previous kind of filter", None),
    (Action::SelectNext, "select_next", "next value", None),
    (Action::SelectPrev, "select_prev", "previous value", None),
    (Action::DeleteChar, "delete_char", "delete a character", None),
    (Action::ClearQuery, "clear_query", "clear the search", None),
    (Action::Back, "back", "close", Some("close")),
    (Action::Quit, "quit", "quit", None),
];

/// An article's quotations on the left, the record on the right: the
/// list moves with the arrows, the record with the reader's keys.
const VERIFY: &[Entry] = &[
    (Action::ToggleHelp, "toggle_help", "help", Some("help")),
    (Action::SelectNext, "select_next", "next quotation", Some("quotation")),
    (Action::SelectPrev, "select_prev", "previous quotation", None),
    (Action::Top, "top", "first quotation", None),
    (Action::Bottom, "bottom", "last quotation", None),
    (Action::NextTurn, "next_turn", "next turn of the record", None),
    (Action::PrevTurn, "prev_turn", "previous turn of the record", None),
    (Action::NextExchange, "next_exchange", "next exchange", None),
    (Action::PrevExchange, "prev_exchange", "previous exchange", None),
    (Action::NextSameSpeaker, "next_same_speaker", "next turn by this speaker", None),
    (Action::PrevSameSpeaker, "prev_same_speaker", "previous turn by this speaker", None),
    (Action::PageDown, "page_down", "page down the record", None),
    (Action::PageUp, "page_up", "page up the record", None),
    (Action::Open, "open", "read the whole hearing at this turn", Some("read")),
    (Action::ToggleMark, "toggle_mark", "mark the turn (or the selected sentences) for export", Some("mark")),
    (Action::SelectSentences, "select_sentences", "select sentences of this turn (again: cancel)", None),
    (Action::ExtendSelection, "extend_selection", "one more sentence selected", None),
    (Action::ShrinkSelection, "shrink_selection", "one sentence fewer selected", None),
    (Action::SelectionForward, "selection_forward", "move the selection a sentence on", None),
    (Action::SelectionBack, "selection_back", "move the selection a sentence back", None),
    (Action::ExportMarked, "export_marked", "export marked as quotes", None),
    (Action::CopyTurn, "copy_turn", "copy this turn with attribution", None),
    (Action::Back, "back", "back", Some("back")),
    (Action::Quit, "quit", "quit", None),
];

fn entries(screen: Screen) -> &'static [Entry] {
    match screen {
        Screen::Search => SEARCH,
        Screen::Reader => READER,
        Screen::Hearings => HEARINGS,
        Screen::Compare => COMPARE,
        Screen::Filters => FILTERS,
        Screen::Verify => VERIFY,
    }
}

/// The `[keys.NAME]` table of each screen.
pub fn screen_name(screen: Screen) -> &'static str {
    match screen {
        Screen::Search => "search",
        Screen::Reader => "reader",
        Screen::Hearings => "hearings",
        Screen::Compare => "compare",
        Screen::Filters => "filters",
        Screen::Verify => "verify",
    }
}

const SCREENS: [Screen; 6] =
    [Screen::Search, Screen::Reader, Screen::Hearings, Screen::Compare, Screen::Filters, Screen::Verify];

/// The config's `[keys]` table: screen → action → keys.
pub type KeysConfig = BTreeMap<String, BTreeMap<String, Vec<String>>>;

pub struct Keymap {
    screens: Vec<(Screen, Vec<Binding>)>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        let config = crate::config::Config::load(None).expect("the embedded default config parses");
        Keymap::from_config(&config.keys).expect("the embedded default keys are valid")
    }
}

impl Keymap {
    /// Every problem names the config key it is under: `keys.reader.next_exchnge`.
    pub fn from_config(keys: &KeysConfig) -> Result<Keymap, String> {
        for name in keys.keys() {
            if !SCREENS.iter().any(|s| screen_name(*s) == name) {
                let known: Vec<&str> = SCREENS.iter().map(|s| screen_name(*s)).collect();
                return Err(format!("keys.{name}: no such screen (screens: {})", known.join(", ")));
            }
        }
        let mut screens = Vec::new();
        for screen in SCREENS {
            let name = screen_name(screen);
            let table = keys.get(name).cloned().unwrap_or_default();
            for action in table.keys() {
                if !entries(screen).iter().any(|e| e.1 == action) {
                    let known: Vec<&str> = entries(screen).iter().map(|e| e.1).collect();
                    return Err(format!(
                        "keys.{name}.{action}: the {name} screen has no such action (actions: {})",
                        known.join(", ")
                    ));
                }
            }
            let mut bindings: Vec<Binding> = Vec::new();
            for &(action, config_name, desc, hint) in entries(screen) {
                let written = table.get(config_name).map(Vec::as_slice).unwrap_or_default();
                let mut keys = Vec::new();
                for k in written {
                    let key = parse_key(k).map_err(|e| format!("keys.{name}.{config_name}: {e}"))?;
                    if let Some(other) = bindings.iter().find(|b| b.keys.contains(&key)) {
                        let other = entries(screen).iter().find(|e| e.0 == other.action).map_or("", |e| e.1);
                        return Err(format!(
                            "keys.{name}.{config_name}: {k:?} is also bound to {other}; give one of them another key"
                        ));
                    }
                    keys.push(key);
                }
                let shown = written.iter().take(2).map(|k| show_key(k)).collect::<Vec<_>>().join("/");
                let first = written.first().map(|k| show_key(k)).unwrap_or_default();
                bindings.push(Binding { keys, shown, action, desc, hint, first });
            }
            screens.push((screen, bindings));
        }
        Ok(Keymap { screens })
    }

    pub fn bindings(&self, screen: Screen) -> &[Binding] {
        self.screens.iter().find(|(s, _)| *s == screen).map_or(&[], |(_, b)| b.as_slice())
    }

    /// The action a key means on a screen, if it is bound.
    pub fn lookup(&self, screen: Screen, key: &KeyEvent) -> Option<Action> {
        let mods = key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        // A shifted letter may arrive as `G` or as shift+`g`.
        let code = match key.code {
            KeyCode::Char(c) if key.modifiers.contains(KeyModifiers::SHIFT) && c.is_ascii_lowercase() => {
                KeyCode::Char(c.to_ascii_uppercase())
            }
            c => c,
        };
        self.bindings(screen).iter().find(|b| b.keys.contains(&Key { code, mods })).map(|b| b.action)
    }

    /// `? help · Enter read · ...` for the status bar. Help comes first, so a
    /// narrow terminal still shows how to find the rest. Unbound actions are left out.
    pub fn hints(&self, screen: Screen) -> Vec<(&str, &'static str)> {
        let mut hints: Vec<(&Binding, &'static str)> = self
            .bindings(screen)
            .iter()
            .filter(|b| !b.keys.is_empty())
            .filter_map(|b| b.hint.map(|h| (b, h)))
            .collect();
        hints.sort_by_key(|(b, _)| b.action != Action::ToggleHelp);
        hints.into_iter().map(|(b, h)| (b.first.as_str(), h)).collect()
    }
}

const NAMED: &[(&str, KeyCode)] = &[
    ("enter", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("backtab", KeyCode::BackTab),
    ("backspace", KeyCode::Backspace),
    ("delete", KeyCode::Delete),
    ("insert", KeyCode::Insert),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("pageup", KeyCode::PageUp),
    ("pagedown", KeyCode::PageDown),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("space", KeyCode::Char(' ')),
];

/// `ctrl+n`, `alt+x`, `enter`, `f5`, `G`, `?`. Case matters for a single
/// letter (`g` and `G` are two keys); names and modifiers are any case.
pub fn parse_key(written: &str) -> Result<Key, String> {
    let mut mods = KeyModifiers::NONE;
    let mut rest = written;
    loop {
        let lower = rest.to_ascii_lowercase();
        if let Some(r) = lower.strip_prefix("ctrl+").map(|r| &rest[rest.len() - r.len()..]) {
            mods |= KeyModifiers::CONTROL;
            rest = r;
        } else if let Some(r) = lower.strip_prefix("alt+").map(|r| &rest[rest.len() - r.len()..]) {
            mods |= KeyModifiers::ALT;
            rest = r;
        } else {
            break;
        }
    }
    let lower = rest.to_ascii_lowercase();
    let mut chars = rest.chars();
    let code = match (chars.next(), chars.next()) {
        (Some(c), None) if !c.is_control() => {
            // ctrl+N and ctrl+n are one key: terminals send no case with ctrl.
            KeyCode::Char(if mods.contains(KeyModifiers::CONTROL) { c.to_ascii_lowercase() } else { c })
        }
        _ => {
            if let Some(&(_, code)) = NAMED.iter().find(|(n, _)| *n == lower) {
                code
            } else if let Some(n) =
                lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()).filter(|n| (1..=12).contains(n))
            {
                KeyCode::F(n)
            } else {
                return Err(format!(
                    "cannot read the key {written:?} (write e.g. \"x\", \"G\", \"ctrl+n\", \"enter\", \"pagedown\", \"f2\")"
                ));
            }
        }
    };
    Ok(Key { code, mods })
}

/// How a key is shown to the user: `ctrl+n` → `^N`, `down` → `↓`.
fn show_key(written: &str) -> String {
    let Ok(key) = parse_key(written) else { return written.to_owned() };
    let base = match key.code {
        KeyCode::Char(' ') => "Space".to_owned(),
        KeyCode::Char(c) if key.mods.contains(KeyModifiers::CONTROL) => c.to_ascii_uppercase().to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "S-Tab".into(),
        KeyCode::Backspace => "Bksp".into(),
        KeyCode::Delete => "Del".into(),
        KeyCode::Insert => "Ins".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::F(n) => format!("F{n}"),
        _ => written.to_owned(),
    };
    let mut shown = String::new();
    if key.mods.contains(KeyModifiers::ALT) {
        shown.push_str("M-");
    }
    if key.mods.contains(KeyModifiers::CONTROL) {
        shown.push('^');
    }
    shown + &base
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(toml: &str) -> KeysConfig {
        toml::from_str(toml).unwrap()
    }

    #[test]
    fn keys_are_read_as_written() {
        assert_eq!(
            parse_key("ctrl+N").unwrap(),
            Key { code: KeyCode::Char('n'), mods: KeyModifiers::CONTROL }
        );
        assert_eq!(parse_key("G").unwrap().code, KeyCode::Char('G'));
        assert_eq!(parse_key("PageDown").unwrap().code, KeyCode::PageDown);
        assert_eq!(parse_key("f12").unwrap().code, KeyCode::F(12));
        assert_eq!(parse_key("+").unwrap().code, KeyCode::Char('+'));
        for bad in ["", "ctrl+", "f13", "shift+x", "enterr"] {
            assert!(parse_key(bad).is_err(), "{bad:?}");
        }
        assert_eq!(show_key("ctrl+o"), "^O");
        assert_eq!(show_key("pagedown"), "PgDn");
    }

    #[test]
    fn every_action_of_every_screen_has_a_default_key() {
        let map = Keymap::default();
        for screen in SCREENS {
            for b in map.bindings(screen) {
                assert!(!b.keys.is_empty(), "{}: {:?} has no key", screen_name(screen), b.action);
            }
        }
    }

    #[test]
    fn shifted_letters_match_either_way() {
        let map = Keymap::default();
        let shift_g = KeyEvent::new(KeyCode::Char('g'), KeyModifiers::SHIFT);
        let big_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(map.lookup(Screen::Reader, &shift_g), Some(Action::Bottom));
        assert_eq!(map.lookup(Screen::Reader, &big_g), Some(Action::Bottom));
        let g = KeyEvent::new(KeyCode::Char('g'), KeyModifiers::NONE);
        assert_eq!(map.lookup(Screen::Reader, &g), Some(Action::Top));
    }

    #[test]
    fn errors_name_the_key() {
        let e = Keymap::from_config(&keys("[reader]\nnext_exchnge = [\"x\"]")).err().unwrap();
        assert!(e.starts_with("keys.reader.next_exchnge: "), "{e}");
        let e = Keymap::from_config(&keys("[readr]\nnext_exchange = [\"x\"]")).err().unwrap();
        assert!(e.starts_with("keys.readr: "), "{e}");
        let e = Keymap::from_config(&keys("[reader]\nnext_exchange = [\"ctrl+\"]")).err().unwrap();
        assert!(e.starts_with("keys.reader.next_exchange: cannot read the key"), "{e}");
        let e =
            Keymap::from_config(&keys("[reader]\nnext_turn = [\"j\"]\nprev_turn = [\"j\"]")).err().unwrap();
        assert!(e.contains("keys.reader.prev_turn: \"j\" is also bound to next_turn"), "{e}");
    }
}
