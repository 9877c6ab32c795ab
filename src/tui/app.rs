//! The TUI's state and its one `update` function: an `Action` changes state
//! and may ask for `Effect`s (a search, a hearing to load) that the run loop
//! carries out. Nothing here touches the terminal or the index, so tests can
//! drive the app with actions alone.

mod browser;
mod comparison;
mod filters;
mod reader;
mod verifying;

pub use super::action::{Action, Screen};
use super::compare::CompareView;
use super::keymap::Keymap;
pub use super::message::{Effect, Msg, SearchOutput};
use super::picker::{self, Filter, Picker};
use super::plural::count;
use super::theme::Theme;
use crate::index::query;
use crate::index::search::exchanges_of;
use crate::index::search::{Hit, StoredTurn};
use crate::summary::HearingSummary;
use crate::summary::exchanges::Exchange;
pub use crate::workspace::quotes::Mark;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct Reader {
    pub hearing_id: String,
    pub title: String,
    /// Index into the hearing's turns of the turn in focus.
    pub focus: usize,
    /// Lines scrolled past the focused turn's first line (PgUp/PgDn, wheel).
    pub offset: i32,
    /// Where `q` goes back to.
    pub from: Option<Screen>,
    /// The list of the hearing's exchanges beside the transcript.
    pub show_exchanges: bool,
    /// Sentences `a..=b` (1-based) of the turn in focus, selected for marking.
    pub sentences: Option<(usize, usize)>,
}

pub struct App {
    pub screen: Screen,
    pub keymap: Keymap,
    pub theme: Theme,
    /// What was typed; the search runs `filters` and this together.
    pub query: String,
    /// Chips from the filter picker, each a query-language filter.
    pub filters: Vec<Filter>,
    pub picker: Option<Picker>,
    /// The screen under the picker, and where it returns.
    pub picker_from: Screen,
    pub compare: Option<CompareView>,
    pub compare_generation: u64,
    /// Where the compare screen goes back to.
    pub compare_from: Screen,
    pub generation: u64,
    /// The query whose results are shown.
    pub shown_query: String,
    pub searching: bool,
    pub results: SearchOutput,
    pub error: Option<String>,
    pub selected: usize,
    pub hearings: HashMap<String, Vec<StoredTurn>>,
    /// Hearings asked of the worker and not yet answered, so moving through
    /// the verify screen's quotations asks for each once.
    pub loading: std::collections::HashSet<String>,
    /// Each loaded hearing's exchanges, found once when it loads.
    pub exchanges: HashMap<String, Vec<Exchange>>,
    pub reader: Reader,
    pub help: bool,
    pub quit: bool,
    /// Turns marked for export, in the order marked.
    pub marked: Vec<Mark>,
    /// A line for the status bar (an export's result).
    pub status: Option<String>,
    /// Text waiting to be put on the clipboard by the run loop (OSC 52).
    pub clipboard: Option<String>,
    /// The hearing browser: every indexed hearing, newest first.
    pub hearing_list: Vec<HearingSummary>,
    /// Each listed hearing's title by id, looked up every frame by the
    /// verify screen.
    pub hearing_titles: HashMap<String, String>,
    pub hearing_selected: usize,
    /// `/` in the hearing browser: the text typed to narrow the list.
    pub hearing_filter: Option<String>,
    /// First-run indexing under way: (files done, files in all).
    pub indexing: Option<(usize, usize)>,
    /// The indexing under way rebuilds another version's index (not a first run).
    pub rebuilding: bool,
    /// Rows of the reader viewport, set by the view, for paging.
    pub page_rows: u16,
    /// A selection to restore when the first results arrive (from the last run).
    pub restore_selection: Option<usize>,
    /// The hearings the index held when the TUI was last left (none on a
    /// first visit, when nothing is new).
    pub seen_before: Option<std::collections::BTreeSet<String>>,
    /// Hearings indexed since the last visit (`gavel get` brought them),
    /// marked in the hearing browser and on hits; known once the hearing
    /// list has loaded.
    pub new_hearings: std::collections::HashSet<String>,
    /// The verify screen: an article's quotations beside the record.
    pub verify: Option<super::verify::VerifyView>,
    /// The path being typed after the search screen's `open_article`.
    pub article_prompt: Option<String>,
}

/// What is remembered between runs.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Saved {
    pub query: String,
    pub selected: usize,
    #[serde(default)]
    pub filters: Vec<Filter>,
    /// The hearings the index held when the TUI was left.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen_hearings: Option<std::collections::BTreeSet<String>>,
}

impl App {
    pub fn new(query: String) -> (App, Vec<Effect>) {
        let mut app = App {
            screen: Screen::Search,
            keymap: Keymap::default(),
            theme: Theme::default(),
            query,
            filters: Vec::new(),
            picker: None,
            picker_from: Screen::Search,
            compare: None,
            compare_generation: 0,
            compare_from: Screen::Search,
            generation: 0,
            shown_query: String::new(),
            searching: false,
            results: SearchOutput::default(),
            error: None,
            selected: 0,
            hearings: HashMap::new(),
            loading: Default::default(),
            exchanges: HashMap::new(),
            reader: Reader::default(),
            help: false,
            quit: false,
            marked: Vec::new(),
            status: None,
            clipboard: None,
            hearing_list: Vec::new(),
            hearing_titles: HashMap::new(),
            hearing_selected: 0,
            hearing_filter: None,
            indexing: None,
            rebuilding: false,
            page_rows: 20,
            restore_selection: None,
            seen_before: None,
            new_hearings: std::collections::HashSet::new(),
            verify: None,
            article_prompt: None,
        };
        let effects = app.search();
        (app, effects)
    }

    /// Starts where the last run left off.
    pub fn resume(saved: Saved) -> (App, Vec<Effect>) {
        let (mut app, _) = App::new(saved.query);
        app.filters = saved.filters;
        app.restore_selection = Some(saved.selected);
        let effects = app.search();
        (app, effects)
    }

    pub fn saved(&self) -> Saved {
        // The hearings seen this visit: all of them once the list loaded;
        // else those of the last visit, so nothing new goes unmarked.
        let seen_hearings = if self.hearing_list.is_empty() {
            self.seen_before.clone()
        } else {
            Some(self.hearing_list.iter().map(|h| h.hearing.id.clone()).collect())
        };
        Saved {
            query: self.query.clone(),
            selected: self.selected,
            filters: self.filters.clone(),
            seen_hearings,
        }
    }

    /// The query searched: the filter chips, then what was typed.
    pub fn full_query(&self) -> String {
        picker::full_query(&self.filters, &self.query)
    }

    pub fn selected_hit(&self) -> Option<&Hit> {
        self.results.hits.get(self.selected)
    }

    /// Terms of the shown query, for highlighting in the reader.
    pub fn terms(&self) -> Vec<String> {
        query::parse(&self.shown_query).terms()
    }

    fn search(&mut self) -> Vec<Effect> {
        self.generation += 1;
        let full = self.full_query();
        let parsed = query::parse(&full);
        if parsed.is_empty() {
            self.results = SearchOutput { notes: parsed.notes, ..SearchOutput::default() };
            self.shown_query = full;
            self.searching = false;
            self.selected = 0;
            return Vec::new();
        }
        self.searching = true;
        vec![Effect::Search { generation: self.generation, query: full }]
    }

    /// Loads the selected hit's hearing if it is not cached yet.
    fn load_selected(&self) -> Vec<Effect> {
        match self.selected_hit() {
            Some(hit) if !self.hearings.contains_key(&hit.hearing_id) => {
                vec![Effect::LoadHearing(hit.hearing_id.clone())]
            }
            _ => Vec::new(),
        }
    }

    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::Type(c) if self.article_prompt.is_some() && !self.help => {
                self.article_prompt.get_or_insert_default().push(c);
                Vec::new()
            }
            Msg::Type(c) if self.screen == Screen::Search && !self.help => {
                self.query.push(c);
                self.search()
            }
            Msg::Type(c) if self.screen == Screen::Filters && !self.help => {
                if let Some(p) = &mut self.picker {
                    p.input.push(c);
                    p.selected = 0;
                    p.rematch();
                }
                Vec::new()
            }
            Msg::Type(_) | Msg::Resize => Vec::new(),
            // A status line is read once: the next key brings the key hints
            // back (progress of indexing stays while it runs).
            Msg::Key(_) if self.status.is_some() && self.indexing.is_none() && !self.rebuilding => {
                self.status = None;
                self.update(msg)
            }
            // Typing into the hearing browser's filter: printable keys are text.
            Msg::Key(k)
                if self.screen == Screen::Hearings
                    && self.hearing_filter.is_some()
                    && !self.help
                    && let crossterm::event::KeyCode::Char(c) = k.code
                    && !k.modifiers.intersects(
                        crossterm::event::KeyModifiers::CONTROL | crossterm::event::KeyModifiers::ALT,
                    ) =>
            {
                if let Some(f) = &mut self.hearing_filter {
                    f.push(c);
                }
                self.hearing_selected = 0;
                Vec::new()
            }
            Msg::Key(k) => match self.keymap.lookup(self.screen, &k) {
                Some(a) => self.act(a),
                None => match k.code {
                    crossterm::event::KeyCode::Char(c)
                        if !k.modifiers.intersects(
                            crossterm::event::KeyModifiers::CONTROL | crossterm::event::KeyModifiers::ALT,
                        ) =>
                    {
                        self.update(Msg::Type(c))
                    }
                    _ => Vec::new(),
                },
            },
            Msg::Results { generation, query, results } => {
                // Only the newest query's results are shown; older ones are stale.
                if generation != self.generation {
                    return Vec::new();
                }
                self.searching = false;
                self.shown_query = query;
                match results {
                    Ok(r) => {
                        self.results = r;
                        self.error = None;
                    }
                    Err(e) => self.error = Some(e),
                }
                self.selected = match self.restore_selection.take() {
                    Some(s) => s.min(self.results.hits.len().saturating_sub(1)),
                    None => 0,
                };
                self.load_selected()
            }
            Msg::Indexing { done, total } => {
                self.indexing = Some((done, total));
                Vec::new()
            }
            Msg::Rebuilding(why) => {
                self.rebuilding = true;
                self.status = Some(why);
                Vec::new()
            }
            Msg::Indexed(result) => {
                self.indexing = None;
                match result {
                    Ok(summary) => self.status = Some(summary),
                    Err(e) => {
                        // "rebuilding it from its 6 files" is no longer true.
                        if self.rebuilding {
                            self.status = None;
                        }
                        self.error = Some(e);
                    }
                }
                self.rebuilding = false;
                // What was typed meanwhile is searched again, now over the index,
                // and an article open meanwhile is checked again.
                let mut effects = self.search();
                effects.extend(self.verify_again());
                effects
            }
            Msg::HearingList(result) => {
                match result {
                    Ok(list) => {
                        if let Some(seen) = &self.seen_before {
                            self.new_hearings = list
                                .iter()
                                .map(|h| h.hearing.id.clone())
                                .filter(|id| !seen.contains(id))
                                .collect();
                        }
                        self.hearing_titles =
                            list.iter().map(|h| (h.hearing.id.clone(), h.hearing.title.clone())).collect();
                        self.hearing_list = list;
                    }
                    Err(e) => self.error = Some(e),
                }
                if let Some(p) = &mut self.picker {
                    p.gather(&self.hearing_list);
                }
                Vec::new()
            }
            Msg::Compared { generation, right, result } => {
                if generation != self.compare_generation {
                    return Vec::new();
                }
                if let Some(view) = &mut self.compare {
                    match result {
                        Ok(data) => {
                            view.right = right;
                            view.data = Some(data);
                            view.selected = view.selected.min(view.rows().len().saturating_sub(1));
                        }
                        Err(e) => self.error = Some(e),
                    }
                }
                Vec::new()
            }
            Msg::Copied(result) => {
                match result {
                    Ok(text) => {
                        // OSC 52 asks the terminal; whether it took the text
                        // cannot be known from here, so say what was done.
                        self.status = Some(
                            "sent the turn with its attribution to the terminal's clipboard (OSC 52; some terminals ignore it)"
                                .to_owned(),
                        );
                        self.clipboard = Some(text);
                    }
                    Err(e) => self.error = Some(e),
                }
                Vec::new()
            }
            Msg::Exported(result) => {
                match result {
                    Ok(path) => {
                        self.status =
                            Some(format!("exported {} to {path}", count(self.marked.len(), "quote")));
                        self.marked.clear();
                    }
                    Err(e) => self.error = Some(e),
                }
                Vec::new()
            }
            Msg::Hearing { hearing_id, turns } => {
                self.loading.remove(&hearing_id);
                match turns {
                    Ok(t) => {
                        self.exchanges.insert(hearing_id.clone(), exchanges_of(&t));
                        self.hearings.insert(hearing_id.clone(), t);
                        // The verify screen's source turn, placed now that its hearing is here.
                        if self.screen == Screen::Verify && hearing_id == self.reader.hearing_id {
                            return self.show_source();
                        }
                    }
                    // Said, not asked again: a hearing that failed to load
                    // would fail again.
                    Err(e) => self.error = Some(e),
                }
                Vec::new()
            }
            Msg::Verified { article, result, notes } => self.verified(article, result, &notes),
            Msg::Act(a) => self.act(a),
        }
    }

    fn act(&mut self, a: Action) -> Vec<Effect> {
        if self.help {
            match a {
                Action::Quit => self.quit = true,
                Action::ToggleHelp | Action::Back => self.help = false,
                _ => {}
            }
            return Vec::new();
        }
        match (self.screen, a) {
            (_, Action::ToggleHelp) => self.help = true,
            (_, Action::Quit) => self.quit = true,
            (Screen::Filters, a) => return self.picker_action(a),
            (Screen::Search, a) if self.article_prompt.is_some() => return self.prompt_action(a),
            (Screen::Search, Action::OpenArticle) => self.article_prompt = Some(String::new()),
            (Screen::Compare, a) => return self.compare_action(a),
            (Screen::Search | Screen::Reader, Action::OpenFilters) => {
                self.picker = Some(Picker::new(&self.hearing_list));
                self.picker_from = self.screen;
                self.screen = Screen::Filters;
                if self.hearing_list.is_empty() {
                    return vec![Effect::LoadHearingList];
                }
            }
            (Screen::Search | Screen::Reader, Action::Compare) => return self.open_compare(),
            (Screen::Search, Action::Back) => {
                if self.query.is_empty() && self.filters.is_empty() {
                    self.quit = true;
                } else {
                    self.query.clear();
                    self.filters.clear();
                    return self.search();
                }
            }
            (Screen::Search, Action::ClearQuery) => {
                self.query.clear();
                self.filters.clear();
                return self.search();
            }
            (Screen::Search, Action::DeleteChar) => {
                // With nothing typed, Backspace takes off the last chip.
                if self.query.pop().is_none() {
                    self.filters.pop();
                }
                return self.search();
            }
            (Screen::Search, Action::SelectNext) => {
                if self.selected + 1 < self.results.hits.len() {
                    self.selected += 1;
                }
                return self.load_selected();
            }
            (Screen::Search, Action::SelectPrev) => {
                self.selected = self.selected.saturating_sub(1);
                return self.load_selected();
            }
            (Screen::Search, Action::Top) => {
                self.selected = 0;
                return self.load_selected();
            }
            (Screen::Search, Action::Bottom) => {
                self.selected = self.results.hits.len().saturating_sub(1);
                return self.load_selected();
            }
            (Screen::Search, Action::Open) => {
                if let Some(hit) = self.selected_hit().cloned() {
                    self.open_turn(&hit.hearing_id, &hit.hearing_title, hit.seq, Screen::Search);
                    return self.load_selected();
                }
            }
            (Screen::Reader, Action::Back) => self.screen = self.reader.from.unwrap_or(Screen::Search),
            (_, Action::ShowHearings) => {
                self.screen = Screen::Hearings;
                return vec![Effect::LoadHearingList];
            }
            (Screen::Hearings, Action::Back) if self.hearing_filter.is_some() => {
                self.hearing_filter = None;
                self.hearing_selected = 0;
            }
            (Screen::Hearings, Action::Back) => self.screen = Screen::Search,
            (Screen::Hearings, Action::DeleteChar) => {
                if let Some(f) = &mut self.hearing_filter {
                    f.pop();
                    self.hearing_selected = 0;
                }
            }
            (Screen::Hearings, Action::Filter) => {
                self.hearing_filter.get_or_insert_with(String::new);
                self.hearing_selected = 0;
            }
            (Screen::Hearings, Action::SelectNext | Action::NextTurn) => self.move_hearing(1),
            (Screen::Hearings, Action::SelectPrev | Action::PrevTurn) => self.move_hearing(-1),
            (Screen::Hearings, Action::PageDown) => self.move_hearing(self.hearings_per_page()),
            (Screen::Hearings, Action::PageUp) => self.move_hearing(-self.hearings_per_page()),
            (Screen::Hearings, Action::Top) => self.hearing_selected = 0,
            (Screen::Hearings, Action::Bottom) => self.move_hearing(isize::MAX / 2),
            (Screen::Hearings, Action::Open) => {
                if let Some(h) = self.visible_hearings().get(self.hearing_selected).copied() {
                    let id = h.hearing.id.clone();
                    self.reader = Reader {
                        hearing_id: id.clone(),
                        title: h.hearing.title.clone(),
                        focus: 0,
                        offset: 0,
                        from: Some(Screen::Hearings),
                        // A hearing opened as a whole starts with who questioned whom.
                        show_exchanges: true,
                        sentences: None,
                    };
                    self.screen = Screen::Reader;
                    if !self.hearings.contains_key(&id) {
                        return vec![Effect::LoadHearing(id)];
                    }
                }
            }
            (Screen::Reader | Screen::Verify, Action::ToggleExchanges) => {
                self.reader.show_exchanges = !self.reader.show_exchanges;
            }
            (Screen::Reader | Screen::Verify, Action::ToggleMark) => {
                if let Some(t) = self.reader_turns().get(self.reader.focus) {
                    let mark = Mark { turn_id: t.turn_id.clone(), sentences: self.reader.sentences.take() };
                    match self.marked.iter().position(|m| *m == mark) {
                        Some(i) => {
                            self.marked.remove(i);
                        }
                        None => self.marked.push(mark),
                    }
                    self.status =
                        Some(format!("{} marked; e exports them", count(self.marked.len(), "quote")));
                }
            }
            (
                Screen::Reader | Screen::Verify,
                Action::SelectSentences
                | Action::ExtendSelection
                | Action::ShrinkSelection
                | Action::SelectionForward
                | Action::SelectionBack,
            ) => self.select_sentences(a),
            (Screen::Reader | Screen::Verify, Action::CopyTurn) => {
                if let Some(t) = self.reader_turns().get(self.reader.focus) {
                    return vec![Effect::Copy(t.turn_id.clone())];
                }
            }
            (_, Action::ExportMarked) => {
                if self.marked.is_empty() {
                    self.status = Some("nothing marked: m marks the turn in focus".to_owned());
                } else {
                    return vec![Effect::Export(self.marked.clone())];
                }
            }
            (Screen::Reader, a) => self.reader_action(a),
            (Screen::Verify, a) => return self.verify_action(a),
            _ => {}
        }
        Vec::new()
    }
}
