//! The one shape of every screen. A screen is a struct holding its own state (a form, a
//! study session, a quiz run) that implements [`View`]: it draws itself from what it is
//! [`Given`] (the collection, read-only, and what the window keeps for every screen) and
//! returns what the learner asked for. What only the screen itself understands (rate this
//! card, check this answer) comes back to its own `apply`, which is handed the collection
//! to change through `session`; everything else is a [`Request`] that the app
//! (`ui/app.rs`, `FactdeckApp::apply`) carries out. No screen reaches into the app.

use super::article::OpenArticle;
use super::shortcuts::NavTarget;
use super::summary::HomeSummary;
use crate::i18n::Language;
use crate::session::recovery::Choice;
use crate::session::{Appearance, Collection, Scope};
use crate::stats::StatsSnapshot;
use eframe::egui;
use std::path::PathBuf;

/// What every screen draws from: the open collection, read-only, and what the window keeps
/// across screens.
pub struct Given<'a> {
    pub collection: &'a Collection,
    /// The deck chosen on the home screen (the quiz and reading screens open it).
    pub selected_deck: usize,
    /// The home screen's figures, computed when progress changes (only while it is on show).
    pub summary: Option<&'a HomeSummary>,
    /// The statistics, computed when progress changes (for the home and statistics screens).
    pub stats: Option<&'a StatsSnapshot>,
    /// Whether cards show their English gloss.
    pub show_gloss: bool,
    /// The learner's copy of the article, if one is open.
    pub article: Option<&'a OpenArticle>,
    pub appearance: Appearance,
    pub language: Language,
}

impl Given<'_> {
    /// Whether answers and changes can be saved (no other factdeck holds the data folder).
    pub fn writable(&self) -> bool {
        self.collection.read_only_reason().is_none()
    }
}

/// What the learner asked for on a screen, carried out by the app through `session`.
pub enum Request {
    /// The home screen, with its figures computed afresh.
    Home,
    /// One of the navigation bar's screens (nothing happens when it is already on show).
    Navigate(NavTarget),
    /// A screen the current one made (a quiz from its setup or from its mistakes).
    Show(super::app::Screen),
    /// The quiz on show has ended: its results take its place.
    QuizFinished,
    SelectDeck(usize),
    Study {
        deck_id: String,
        scope: Scope,
    },
    /// Studying on once nothing is due, the way the learner chose.
    StudyMore {
        deck_id: String,
        more: crate::session::StudyMore,
    },
    /// The quiz setup of a deck, with every topic chosen or just one.
    QuizSetup {
        deck_id: String,
        topic: Option<String>,
    },
    /// The quiz setup with only one section's facts.
    SectionQuiz {
        deck_id: String,
        section_id: String,
    },
    /// A fact's page in the card browser with its edit form open (from the Reading
    /// screen's fact panel).
    EditFact {
        deck_id: String,
        fact_id: String,
    },
    /// The import screen (File > Import cards, Ctrl+I).
    Import,
    /// The draft screen (File > New deck from an article).
    Draft,
    ToggleGloss,
    /// The progress changed: cached figures are computed afresh when next shown.
    ProgressChanged,
    /// A deck file was written: the collection is opened again to load it, the deck is
    /// selected, and the learner told.
    DeckWritten {
        deck_id: String,
        notice: String,
    },
    SetAppearance(Appearance),
    /// Put this backup in place of the progress file and open it.
    RestoreBackup(PathBuf),
    /// The desktop's file dialog for the article.
    ChooseArticle,
    /// Open this file as the article (dropped onto the window, or picked in the dialog).
    OpenArticle(PathBuf),
    /// The recovery screen's choice, carried out on the unopened progress file.
    Recover(Choice),
    /// Try opening the progress file again.
    OpenAgain,
    CloseWindow,
    /// Show or hide the keyboard shortcuts over the screen.
    ToggleShortcuts,
    Error(String),
    Notice(String),
}

/// What a screen's `show` returns: something for the screen itself, or for the app.
pub enum Asked<A> {
    Screen(A),
    App(Request),
}

/// A screen.
pub trait View {
    /// What the learner can ask of this screen alone, applied by `apply`.
    type Action;

    /// Draws the screen from what it is given and the screen's own state, and returns what
    /// the learner asked for on this frame. Nothing is saved here.
    fn show(&mut self, ui: &mut egui::Ui, given: &Given<'_>) -> Option<Asked<Self::Action>>;

    /// Carries out one of the screen's own actions, changing the progress through
    /// `session`; returns what the app should do next (an error to show, another screen).
    fn apply(
        &mut self,
        action: Self::Action,
        collection: &mut Collection,
        ctx: &egui::Context,
    ) -> Vec<Request>;
}

/// What the window keeps for every screen beside the collection (the app's own fields).
pub struct Shared {
    pub selected_deck: usize,
    /// Counts shown on the home screen, computed when progress changes, not every frame.
    pub summary: Option<HomeSummary>,
    /// The statistics (home screen and statistics screen), computed when progress changes.
    pub stats: Option<StatsSnapshot>,
    pub show_gloss: bool,
    /// The learner's copy of the article, for the reading and draft screens.
    pub article: Option<OpenArticle>,
    /// The language, theme and text size as saved with the progress.
    pub appearance: Appearance,
    /// The interface language in use.
    pub language: Language,
}

impl Shared {
    /// What a screen is given to draw from.
    pub fn given<'a>(&'a self, collection: &'a Collection) -> Given<'a> {
        Given {
            collection,
            selected_deck: self.selected_deck,
            summary: self.summary.as_ref(),
            stats: self.stats.as_ref(),
            show_gloss: self.show_gloss,
            article: self.article.as_ref(),
            appearance: self.appearance,
            language: self.language,
        }
    }
}

/// Shows a screen and applies what the learner asked for on it: the screen's own actions at
/// once (the collection is lent to change only after the screen is drawn), the app's
/// returned.
pub fn run<V: View>(
    view: &mut V,
    ui: &mut egui::Ui,
    collection: &mut Collection,
    shared: &Shared,
) -> Vec<Request> {
    let asked = view.show(ui, &shared.given(collection));
    match asked {
        None => Vec::new(),
        Some(Asked::App(request)) => vec![request],
        Some(Asked::Screen(action)) => view.apply(action, collection, ui.ctx()),
    }
}
