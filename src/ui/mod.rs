//! The window: an eframe `App` with one file per screen. The UI reads and calls the
//! `session` layer and never touches SQL or files itself.

mod browser;
mod draft;
mod file_dialog;
pub mod first_frame;
mod highlighted_text;
mod home;
mod import;
mod question;
mod quiz_results;
mod quiz_run;
mod quiz_setup;
mod reading;
mod recovery;
mod session_summary;
mod settings;
mod shortcuts;
mod stats;
mod study;
mod summary;
mod sync;
mod terms;
mod window;

use crate::clock::{Clock, SystemClock};
use crate::i18n::{self, Language};
use crate::session::{Appearance, Collection, Scope, StudySession};
use crate::stats::StatsSnapshot;
use crate::tr;
use eframe::egui;
use shortcuts::NavTarget;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use summary::HomeSummary;

pub use window::run_window;

/// What the window needs to start.
#[derive(Clone)]
pub struct AppOptions {
    pub data_dir: PathBuf,
    /// Deck folders beyond the data directory's own (`--decks`).
    pub deck_folders: Vec<PathBuf>,
    pub clock: Arc<dyn Clock>,
    /// The interface language for this run whatever Settings say (`--language`), until the
    /// learner chooses one in Settings; `None`: the one chosen in Settings, else the
    /// system's. Tests pass English so they can find widgets by their English labels.
    pub language: Option<Language>,
}

impl AppOptions {
    /// Options for a window in English (the real program passes `language: None`).
    pub fn new(data_dir: PathBuf) -> Self {
        AppOptions {
            data_dir,
            deck_folders: Vec::new(),
            clock: Arc::new(SystemClock),
            language: Some(Language::English),
        }
    }
}

/// The screen on show.
enum Screen {
    Home,
    Study(StudySession),
    Settings(settings::SettingsForm),
    QuizSetup(Box<quiz_setup::QuizSetupForm>),
    Quiz(Box<quiz_run::QuizView>),
    QuizResults(Box<crate::session::QuizRun>),
    Stats(stats::StatsView),
    Browser(Box<browser::BrowserState>),
    Reading(Box<reading::ReadingView>),
    Import(Box<import::ImportForm>),
    Draft(Box<draft::DraftView>),
}

/// The factdeck window.
pub struct FactdeckApp {
    /// The open collection, or why it could not be opened (shown instead of the screens).
    collection: Result<Collection, String>,
    screen: Screen,
    selected_deck: usize,
    /// Counts shown on the home screen, computed when progress changes, not every frame.
    summary: Option<HomeSummary>,
    /// The statistics (home screen and statistics screen), computed when progress changes.
    stats: Option<StatsSnapshot>,
    /// A problem to show above the current screen until dismissed.
    error: Option<String>,
    /// Whether cards show their English gloss.
    show_gloss: bool,
    /// How the window was started, to open the collection again after a recovery.
    options: AppOptions,
    /// When the progress file could not be opened: what was found and what can be done.
    recovery: Option<recovery::RecoveryDialog>,
    /// Something worth telling that is not a problem (a backup restored), until dismissed.
    notice: Option<String>,
    /// The language, theme and text size as saved with the progress.
    appearance: Appearance,
    /// Whether `appearance` still has to be handed to egui (after opening or a change).
    appearance_pending: bool,
    /// Whether the keyboard shortcuts are shown over the screen (`?`).
    shortcuts_open: bool,
    /// The learner's copy of the article, for the reading screen.
    article: reading::ArticleState,
    /// Lets the session's sync thread ask for a frame when it has news.
    repaint: Option<egui::Context>,
}

impl FactdeckApp {
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        style(&cc.egui_ctx);
        // Messages formed while opening (a problem with the file) are in this language.
        i18n::set_language(options.language.unwrap_or_else(Language::from_system));
        let mut app = FactdeckApp {
            collection: Err(String::new()),
            screen: Screen::Home,
            selected_deck: 0,
            summary: None,
            stats: None,
            error: None,
            show_gloss: false,
            options,
            recovery: None,
            notice: None,
            appearance: Appearance::default(),
            appearance_pending: true,
            shortcuts_open: false,
            article: reading::ArticleState::default(),
            repaint: Some(cc.egui_ctx.clone()),
        };
        app.open_collection();
        // The saved choice is known now.
        i18n::set_language(app.language());
        app.reopen_remembered_article();
        app
    }

    /// Opens the collection; when the progress file cannot be opened, assesses it for the
    /// recovery screen.
    fn open_collection(&mut self) {
        let options = &self.options;
        // The old collection (and its lock) goes before the new one is opened.
        self.collection = Err(String::new());
        self.screen = Screen::Home;
        self.summary = None;
        match Collection::open(
            &options.data_dir,
            &options.deck_folders,
            options.clock.clone(),
        ) {
            Ok(collection) => {
                self.recovery = None;
                let mut collection = collection;
                match collection.appearance() {
                    Ok(appearance) => self.appearance = appearance,
                    Err(e) => self.error = Some(e.to_string()),
                }
                // A first start keeps the system's language from then on (unless this run
                // was given one with --language, which is for this run only).
                if self.appearance.language.is_none()
                    && options.language.is_none()
                    && collection.read_only_reason().is_none()
                {
                    self.appearance.language = Some(Language::from_system());
                    if let Err(e) = collection.set_appearance(&self.appearance) {
                        self.error = Some(e.to_string());
                    }
                }
                self.appearance_pending = true;
                if let Some(problem) = collection.backup_problem() {
                    self.error = Some(problem.to_string());
                }
                if let Some(ctx) = &self.repaint {
                    sync::start(&mut collection, ctx);
                }
                self.collection = Ok(collection);
            }
            Err(e) => {
                self.recovery = crate::session::recovery::assess(&options.data_dir, &e)
                    .map(recovery::RecoveryDialog::new);
                self.collection = Err(e.to_string());
            }
        }
    }

    /// Puts a backup in place of the progress file (the current one is moved aside by the
    /// core) and opens it.
    fn restore_backup(&mut self, backup: &Path) {
        let now = self.options.clock.now();
        // Closing the collection releases the progress file and the folder's lock.
        self.collection = Err(String::new());
        match crate::session::recovery::restore_backup(&self.options.data_dir, backup, now) {
            Ok(report) => self.notice = Some(recovery::report_text(&report)),
            Err(e) => self.error = Some(tr!("app-restore-failed", reason = e.to_string())),
        }
        self.open_collection();
    }

    /// The open collection, for tests that check what was stored.
    pub fn collection(&self) -> Option<&Collection> {
        self.collection.as_ref().ok()
    }

    /// The cards waiting in each topic of each deck as the home screen last computed them
    /// (it keeps them until progress or a setting changes), for tests that hold them to a
    /// fresh count; `None` until the home screen has shown them.
    pub fn home_topic_counts(&self) -> Option<Vec<(String, Vec<crate::session::CardCounts>)>> {
        let summary = self.summary.as_ref()?;
        Some(
            summary
                .decks
                .iter()
                .map(|deck| {
                    (
                        deck.id.clone(),
                        deck.topics.iter().map(|t| t.counts).collect(),
                    )
                })
                .collect(),
        )
    }

    fn start_study(&mut self, deck_id: &str, scope: Scope) {
        let Ok(collection) = &self.collection else {
            return;
        };
        if collection.read_only_reason().is_some() {
            self.error = Some(tr!("app-study-read-only"));
            return;
        }
        match StudySession::start(collection, deck_id, scope) {
            Ok(session) => self.screen = Screen::Study(session),
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// Studies on in a deck once nothing is due, the way the learner chose.
    fn start_study_more(&mut self, deck_id: &str, more: crate::session::StudyMore) {
        let Ok(collection) = &self.collection else {
            return;
        };
        if collection.read_only_reason().is_some() {
            self.error = Some(tr!("app-study-read-only"));
            return;
        }
        match StudySession::start_more(collection, deck_id, more) {
            Ok(session) => self.screen = Screen::Study(session),
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// Opens the quiz setup for a deck, with every topic chosen or just `topic`.
    fn start_quiz_setup(&mut self, deck_id: &str, topic: Option<&str>) {
        let Ok(collection) = &self.collection else {
            return;
        };
        if collection.read_only_reason().is_some() {
            self.error = Some(tr!("app-quiz-read-only"));
            return;
        }
        let form = match topic {
            Some(topic) => quiz_setup::QuizSetupForm::for_topic(collection, deck_id, topic),
            None => quiz_setup::QuizSetupForm::new(collection, deck_id),
        };
        if let Some(form) = form {
            self.screen = Screen::QuizSetup(Box::new(form));
        }
    }

    fn go_home(&mut self) {
        // A study session or quiz that ends goes to the other computers now.
        if matches!(
            self.screen,
            Screen::Study(_) | Screen::Quiz(_) | Screen::QuizResults(_)
        ) && let Ok(collection) = &self.collection
        {
            collection.sync_soon();
        }
        self.screen = Screen::Home;
        self.progress_changed();
    }

    /// The interface language in use: `--language` until the learner chooses one, then
    /// the learner's choice, else the system's.
    pub fn language(&self) -> Language {
        self.options
            .language
            .or(self.appearance.language)
            .unwrap_or_else(Language::from_system)
    }

    /// The language, theme and text size in use.
    pub fn appearance(&self) -> &Appearance {
        &self.appearance
    }

    /// Uses a new language, theme or text size from the next frame on and saves it with the
    /// progress.
    fn set_appearance(&mut self, appearance: Appearance) {
        if appearance.language.is_some() && appearance.language != self.appearance.language {
            // The learner's own choice outranks the command line from now on.
            self.options.language = None;
        }
        self.appearance = appearance;
        self.appearance_pending = true;
        if let Ok(collection) = &mut self.collection
            && let Err(e) = collection.set_appearance(&appearance)
        {
            self.error = Some(tr!("settings-appearance-not-saved", reason = e.to_string()));
        }
        // Texts computed in the old language are computed again.
        self.progress_changed();
    }

    /// Hands the theme and text size to egui when they changed.
    fn apply_appearance(&mut self, ctx: &egui::Context) {
        if !self.appearance_pending {
            return;
        }
        self.appearance_pending = false;
        ctx.set_theme(match self.appearance.theme {
            crate::session::Theme::System => egui::ThemePreference::System,
            crate::session::Theme::Light => egui::ThemePreference::Light,
            crate::session::Theme::Dark => egui::ThemePreference::Dark,
        });
        ctx.set_zoom_factor(self.appearance.text_scale);
    }

    /// Drops the cached figures, so they are computed afresh when next shown.
    fn progress_changed(&mut self) {
        self.summary = None;
        self.stats = None;
    }
}

impl eframe::App for FactdeckApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        // Set every frame: the thread may also draw other windows (tests do).
        i18n::set_language(self.language());
        self.apply_appearance(ui.ctx());
        self.global_keys(ui.ctx());
        reading::every_frame(self, ui);
        sync::every_frame(self, ui.ctx());
        import::keys(self, ui);
        if self.shortcuts_open {
            shortcuts::show_overlay(self, ui.ctx());
        }
        egui::Panel::top("navigation").show(ui, |ui| self.navigation(ui));
        if let Some(error) = self.error.clone() {
            egui::Panel::top("error").show(ui, |ui| {
                // Wrapped, so that a long message never pushes the button out of sight.
                ui.horizontal_wrapped(|ui| {
                    // No warning sign: the default fonts have no glyph for it.
                    ui.colored_label(ui.visuals().error_fg_color, error.as_str());
                    if ui.button(tr!("common-dismiss")).clicked() {
                        self.error = None;
                    }
                });
            });
        }
        if let Ok(collection) = &self.collection
            && let Some(change) = collection.file_change()
        {
            let text = recovery::file_change_text(change);
            egui::Panel::top("file-changed").show(ui, |ui| {
                ui.colored_label(ui.visuals().error_fg_color, text);
            });
        } else if let Ok(collection) = &self.collection
            && let Some(reason) = collection.read_only_reason()
        {
            let text = tr!("app-read-only", reason = reason.to_string());
            egui::Panel::top("read-only").show(ui, |ui| {
                ui.colored_label(ui.visuals().warn_fg_color, text);
            });
        }
        if let Some(notice) = self.notice.clone() {
            egui::Panel::top("notice").show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(notice.as_str());
                    if ui.button(tr!("common-ok")).clicked() {
                        self.notice = None;
                    }
                });
            });
        }
        egui::CentralPanel::default().show(ui, |ui| match &self.collection {
            Err(_) if self.recovery.is_some() => recovery::show(self, ui),
            Err(problem) => open_failed(ui, problem),
            Ok(_) => match &self.screen {
                Screen::Home => home::show(self, ui),
                // At large text sizes a card and its buttons are taller than the window.
                Screen::Study(_) => {
                    egui::ScrollArea::vertical().show(ui, |ui| study::show(self, ui));
                }
                Screen::Settings(_) => {
                    egui::ScrollArea::vertical().show(ui, |ui| settings::show(self, ui));
                }
                Screen::QuizSetup(_) => {
                    egui::ScrollArea::vertical().show(ui, |ui| quiz_setup::show(self, ui));
                }
                Screen::Quiz(_) => quiz_run::show(self, ui),
                Screen::QuizResults(_) => quiz_results::show(self, ui),
                Screen::Stats(_) => stats::show(self, ui),
                Screen::Browser(_) => browser::show(self, ui),
                Screen::Reading(_) => reading::show(self, ui),
                Screen::Import(_) => import::show(self, ui),
                Screen::Draft(_) => draft::show(self, ui),
            },
        });
    }
}

impl FactdeckApp {
    fn navigation(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.heading("factdeck");
            ui.separator();
            reading::file_menu(self, ui);
            let on_home = matches!(self.screen, Screen::Home);
            if ui.selectable_label(on_home, tr!("nav-decks")).clicked() && !on_home {
                self.go_home();
            }
            let on_quiz = matches!(
                self.screen,
                Screen::QuizSetup(_) | Screen::Quiz(_) | Screen::QuizResults(_)
            );
            if ui.selectable_label(on_quiz, tr!("nav-quiz")).clicked()
                && !on_quiz
                && let Ok(collection) = &self.collection
                && let Some(deck) = collection.decks().get(self.selected_deck)
            {
                let deck_id = deck.id.clone();
                self.start_quiz_setup(&deck_id, None);
            }
            let on_stats = matches!(self.screen, Screen::Stats(_));
            if ui
                .selectable_label(on_stats, tr!("nav-statistics"))
                .clicked()
                && !on_stats
            {
                self.open_screen(NavTarget::Statistics);
            }
            let on_browser = matches!(self.screen, Screen::Browser(_));
            if ui.selectable_label(on_browser, tr!("nav-browse")).clicked() && !on_browser {
                self.open_screen(NavTarget::Browse);
            }
            let on_settings = matches!(self.screen, Screen::Settings(_));
            if ui
                .selectable_label(on_settings, tr!("nav-settings"))
                .clicked()
                && !on_settings
            {
                self.open_screen(NavTarget::Settings);
            }
            // Last, so that its Ctrl+6 follows the bar's order without moving the others.
            let on_reading = matches!(self.screen, Screen::Reading(_));
            if ui
                .selectable_label(on_reading, tr!("nav-reading"))
                .clicked()
                && !on_reading
            {
                self.open_screen(NavTarget::Reading);
            }
            ui.separator();
            if ui
                .selectable_label(self.shortcuts_open, tr!("nav-shortcuts"))
                .clicked()
            {
                self.shortcuts_open = !self.shortcuts_open;
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                sync::header(self, ui);
            });
        });
    }
}

/// Shown instead of every screen when the progress file cannot be opened.
fn open_failed(ui: &mut egui::Ui, problem: &str) {
    ui.add_space(24.0);
    ui.heading(tr!("open-failed-title"));
    ui.add_space(8.0);
    ui.label(problem);
    ui.add_space(8.0);
    ui.label(tr!("open-failed-nothing-changed"));
}

fn style(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
    });
    // egui's text font has no arrows ("log loss 0.45 → 0.44", "Settings → Backups"); its
    // monospace font, already built in, has them, so it backs the text font up.
    let mut fonts = egui::FontDefinitions::default();
    if let Some(text) = fonts.families.get_mut(&egui::FontFamily::Proportional) {
        text.push("Hack".to_owned());
    }
    ctx.set_fonts(fonts);
}
