//! Keys to actions, with a description for each binding: the help screen and
//! the status bar are both built from this table, so they cannot drift.

use super::app::{Action, Screen};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub struct Binding {
    pub keys: &'static [(KeyCode, KeyModifiers)],
    /// What the key is shown as in help and hints.
    pub shown: &'static str,
    pub action: Action,
    pub desc: &'static str,
    /// Shown in the status bar of this screen.
    pub hint: bool,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

/// Bindings several screens share.
const HELP: Binding = Binding {
    keys: &[(KeyCode::Char('?'), NONE), (KeyCode::Char('?'), SHIFT), (KeyCode::F(1), NONE)],
    shown: "?",
    action: Action::ToggleHelp,
    desc: "help",
    hint: true,
};
const QUIT: Binding = Binding {
    keys: &[(KeyCode::Char('c'), CTRL)],
    shown: "^C",
    action: Action::Quit,
    desc: "quit",
    hint: false,
};

/// In the search screen, printable keys type into the query; only these act.
pub const SEARCH: &[Binding] = &[
    Binding {
        keys: &[(KeyCode::F(2), NONE), (KeyCode::Char('o'), CTRL)],
        shown: "F2/^O",
        action: Action::ShowHearings,
        desc: "browse hearings",
        hint: true,
    },
    Binding {
        keys: &[(KeyCode::Enter, NONE)],
        shown: "Enter",
        action: Action::Open,
        desc: "read the hearing at this hit",
        hint: true,
    },
    Binding {
        keys: &[(KeyCode::Down, NONE), (KeyCode::Char('n'), CTRL)],
        shown: "↓/^N",
        action: Action::SelectNext,
        desc: "next hit",
        hint: true,
    },
    Binding {
        keys: &[(KeyCode::Up, NONE), (KeyCode::Char('p'), CTRL)],
        shown: "↑/^P",
        action: Action::SelectPrev,
        desc: "previous hit",
        hint: false,
    },
    Binding {
        keys: &[(KeyCode::Home, NONE)],
        shown: "Home",
        action: Action::Top,
        desc: "first hit",
        hint: false,
    },
    Binding {
        keys: &[(KeyCode::End, NONE)],
        shown: "End",
        action: Action::Bottom,
        desc: "last hit",
        hint: false,
    },
    Binding {
        keys: &[(KeyCode::Backspace, NONE)],
        shown: "Bksp",
        action: Action::DeleteChar,
        desc: "delete a character",
        hint: false,
    },
    Binding {
        keys: &[(KeyCode::Char('u'), CTRL)],
        shown: "^U",
        action: Action::ClearQuery,
        desc: "clear the query",
        hint: false,
    },
    Binding {
        keys: &[(KeyCode::F(1), NONE), (KeyCode::Char('h'), CTRL)],
        shown: "F1",
        action: Action::ToggleHelp,
        desc: "help",
        hint: true,
    },
    Binding {
        keys: &[(KeyCode::Esc, NONE)],
        shown: "Esc",
        action: Action::Back,
        desc: "clear the query, then quit",
        hint: true,
    },
    QUIT,
];

pub const READER: &[Binding] = &[
    Binding {
        keys: &[(KeyCode::Char('j'), NONE), (KeyCode::Down, NONE)],
        shown: "j/↓",
        action: Action::NextTurn,
        desc: "next turn",
        hint: false,
    },
    Binding {
        keys: &[(KeyCode::Char('k'), NONE), (KeyCode::Up, NONE)],
        shown: "k/↑",
        action: Action::PrevTurn,
        desc: "previous turn",
        hint: false,
    },
    Binding {
        keys: &[(KeyCode::Char('n'), NONE)],
        shown: "n",
        action: Action::NextMatch,
        desc: "next match",
        hint: true,
    },
    Binding {
        keys: &[(KeyCode::Char('N'), SHIFT), (KeyCode::Char('N'), NONE)],
        shown: "N",
        action: Action::PrevMatch,
        desc: "previous match",
        hint: false,
    },
    Binding {
        keys: &[(KeyCode::Char(']'), NONE)],
        shown: "]",
        action: Action::NextExchange,
        desc: "next exchange",
        hint: true,
    },
    Binding {
        keys: &[(KeyCode::Char('['), NONE)],
        shown: "[",
        action: Action::PrevExchange,
        desc: "previous exchange",
        hint: false,
    },
    Binding {
        keys: &[(KeyCode::Char('}'), NONE), (KeyCode::Char('}'), SHIFT)],
        shown: "}",
        action: Action::NextSameSpeaker,
        desc: "next turn by this speaker",
        hint: true,
    },
    Binding {
        keys: &[(KeyCode::Char('{'), NONE), (KeyCode::Char('{'), SHIFT)],
        shown: "{",
        action: Action::PrevSameSpeaker,
        desc: "previous turn by this speaker",
        hint: false,
    },
    Binding {
        keys: &[(KeyCode::Char('g'), NONE), (KeyCode::Home, NONE)],
        shown: "g",
        action: Action::Top,
        desc: "start of hearing",
        hint: false,
    },
    Binding {
        keys: &[(KeyCode::Char('G'), SHIFT), (KeyCode::Char('G'), NONE), (KeyCode::End, NONE)],
        shown: "G",
        action: Action::Bottom,
        desc: "end of hearing",
        hint: false,
    },
    Binding {
        keys: &[(KeyCode::PageDown, NONE), (KeyCode::Char(' '), NONE)],
        shown: "PgDn",
        action: Action::PageDown,
        desc: "page down",
        hint: false,
    },
    Binding {
        keys: &[(KeyCode::PageUp, NONE)],
        shown: "PgUp",
        action: Action::PageUp,
        desc: "page up",
        hint: false,
    },
    Binding {
        keys: &[(KeyCode::Char('m'), NONE)],
        shown: "m",
        action: Action::ToggleMark,
        desc: "mark for export",
        hint: true,
    },
    Binding {
        keys: &[(KeyCode::Char('e'), NONE)],
        shown: "e",
        action: Action::ExportMarked,
        desc: "export marked as quotes",
        hint: true,
    },
    Binding {
        keys: &[(KeyCode::Char('y'), NONE)],
        shown: "y",
        action: Action::CopyTurn,
        desc: "copy this turn with attribution",
        hint: false,
    },
    Binding {
        keys: &[(KeyCode::Char('h'), NONE)],
        shown: "h",
        action: Action::ShowHearings,
        desc: "browse hearings",
        hint: false,
    },
    HELP,
    Binding {
        keys: &[(KeyCode::Char('q'), NONE), (KeyCode::Esc, NONE)],
        shown: "q/Esc",
        action: Action::Back,
        desc: "back to results",
        hint: true,
    },
    QUIT,
];

pub const HEARINGS: &[Binding] = &[
    Binding {
        keys: &[(KeyCode::Enter, NONE)],
        shown: "Enter",
        action: Action::Open,
        desc: "read the hearing",
        hint: true,
    },
    Binding {
        keys: &[(KeyCode::Down, NONE), (KeyCode::Char('j'), NONE)],
        shown: "↓/j",
        action: Action::SelectNext,
        desc: "next hearing",
        hint: false,
    },
    Binding {
        keys: &[(KeyCode::Up, NONE), (KeyCode::Char('k'), NONE)],
        shown: "↑/k",
        action: Action::SelectPrev,
        desc: "previous hearing",
        hint: false,
    },
    HELP,
    Binding {
        keys: &[(KeyCode::Char('q'), NONE), (KeyCode::Esc, NONE)],
        shown: "q/Esc",
        action: Action::Back,
        desc: "back to search",
        hint: true,
    },
    QUIT,
];

pub fn bindings(screen: Screen) -> &'static [Binding] {
    match screen {
        Screen::Search => SEARCH,
        Screen::Reader => READER,
        Screen::Hearings => HEARINGS,
    }
}

/// The action a key means on a screen, if it is bound.
pub fn lookup(screen: Screen, key: &KeyEvent) -> Option<Action> {
    // Terminals differ on whether `?` or `}` arrive with SHIFT; ignore it.
    let mods = key.modifiers - KeyModifiers::SHIFT;
    bindings(screen)
        .iter()
        .find(|b| b.keys.iter().any(|(code, m)| *code == key.code && (*m - KeyModifiers::SHIFT) == mods))
        .map(|b| b.action)
}

/// `Enter read · ↓/^N next hit · ...` for the status bar.
/// Help comes first, so a narrow terminal still shows how to find the rest.
pub fn hints(screen: Screen) -> Vec<(&'static str, &'static str)> {
    let mut hints: Vec<&Binding> = bindings(screen).iter().filter(|b| b.hint).collect();
    hints.sort_by_key(|b| b.action != Action::ToggleHelp);
    hints.into_iter().map(|b| (b.shown, b.desc)).collect()
}
