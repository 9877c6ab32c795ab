//! What a key can do on a screen, and the screens: shared by the keymap
//! (which key does which) and the app (what doing it means).

use serde::{Deserialize, Serialize};

/// Something the user asked for: bound to keys per screen in the config.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    SelectNext,
    SelectPrev,
    Open,
    Back,
    Quit,
    ClearQuery,
    DeleteChar,
    ScrollDown,
    ScrollUp,
    PageDown,
    PageUp,
    Top,
    Bottom,
    NextMatch,
    PrevMatch,
    NextTurn,
    PrevTurn,
    NextSameSpeaker,
    PrevSameSpeaker,
    NextExchange,
    PrevExchange,
    ToggleHelp,
    ToggleMark,
    ExportMarked,
    CopyTurn,
    ShowHearings,
    OpenFilters,
    NextField,
    PrevField,
    Compare,
    NextSpeaker,
    SwapSides,
    ToggleExchanges,
    SelectSentences,
    ExtendSelection,
    ShrinkSelection,
    SelectionForward,
    SelectionBack,
    /// Narrow a list by typing (the hearing browser's `/`).
    Filter,
    /// Ask for an article's path, then check its quotations (`gavel verify`).
    OpenArticle,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    #[default]
    Search,
    Reader,
    Hearings,
    Compare,
    /// The filter picker, over the screen it was opened from.
    Filters,
    /// An article's quotations, each beside its source in the record.
    Verify,
}
