//! The window: an eframe `App` with one file per screen. The UI reads and calls the
//! `session` layer and never touches SQL or files itself.

mod browser;
pub mod first_frame;
mod home;
mod question;
mod quiz_results;
mod quiz_run;
mod quiz_setup;
mod reading;
mod recovery;
mod session_summary;
mod settings;
mod stats;
mod study;
mod summary;

use crate::clock::{Clock, SystemClock};
use crate::session::{Collection, Scope, SessionError, StudySession};
use crate::stats::StatsSnapshot;
use crate::store::recovery::RecoveryPlan;
use eframe::egui;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use summary::HomeSummary;

/// What the window needs to start.
#[derive(Clone)]
pub struct AppOptions {
    pub data_dir: PathBuf,
    /// Deck folders beyond the data directory's own (`--decks`).
    pub deck_folders: Vec<PathBuf>,
    pub clock: Arc<dyn Clock>,
}

impl AppOptions {
    pub fn new(data_dir: PathBuf) -> Self {
        AppOptions {
            data_dir,
            deck_folders: Vec::new(),
            clock: Arc::new(SystemClock),
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
    /// The learner's copy of the article, for the reading screen.
    article: reading::ArticleState,
}

impl FactdeckApp {
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        style(&cc.egui_ctx);
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
            article: reading::ArticleState::default(),
        };
        app.open_collection();
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
                if let Some(problem) = collection.backup_problem() {
                    self.error = Some(problem.to_string());
                }
                self.collection = Ok(collection);
            }
            Err(SessionError::Store(e)) => {
                let plan = RecoveryPlan::assess(&options.data_dir, &e);
                self.recovery = Some(recovery::RecoveryDialog::new(plan));
                self.collection = Err(e.to_string());
            }
            Err(e) => {
                self.recovery = None;
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
        match crate::store::recovery::restore_backup(&self.options.data_dir, backup, now) {
            Ok(report) => self.notice = Some(recovery::report_text(&report)),
            Err(e) => self.error = Some(format!("The backup was not restored: {e}")),
        }
        self.open_collection();
    }

    /// The open collection, for tests that check what was stored.
    pub fn collection(&self) -> Option<&Collection> {
        self.collection.as_ref().ok()
    }

    fn start_study(&mut self, deck_id: &str, scope: Scope) {
        let Ok(collection) = &self.collection else {
            return;
        };
        if collection.read_only_reason().is_some() {
            self.error =
                Some("Studying is not possible while this window is read-only (see above).".into());
            return;
        }
        match StudySession::start(collection, deck_id, scope) {
            Ok(session) => self.screen = Screen::Study(session),
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// Opens the quiz setup for a deck.
    /// Opens the quiz setup for a deck, with every topic chosen or just `topic`.
    fn start_quiz_setup(&mut self, deck_id: &str, topic: Option<&str>) {
        let Ok(collection) = &self.collection else {
            return;
        };
        if collection.read_only_reason().is_some() {
            self.error =
                Some("Quizzes are not possible while this window is read-only (see above).".into());
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
        self.screen = Screen::Home;
        self.progress_changed();
    }

    /// Drops the cached figures, so they are computed afresh when next shown.
    fn progress_changed(&mut self) {
        self.summary = None;
        self.stats = None;
    }
}

impl eframe::App for FactdeckApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        reading::every_frame(self, ui);
        egui::Panel::top("navigation").show(ui, |ui| self.navigation(ui));
        if let Some(error) = self.error.clone() {
            egui::Panel::top("error").show(ui, |ui| {
                // Wrapped, so that a long message never pushes the button out of sight.
                ui.horizontal_wrapped(|ui| {
                    // No warning sign: the default fonts have no glyph for it.
                    ui.colored_label(ui.visuals().error_fg_color, error.as_str());
                    if ui.button("Dismiss").clicked() {
                        self.error = None;
                    }
                });
            });
        }
        if let Ok(collection) = &self.collection
            && let Some(reason) = collection.read_only_reason()
        {
            let text = format!("Read-only: {reason}.");
            egui::Panel::top("read-only").show(ui, |ui| {
                ui.colored_label(ui.visuals().warn_fg_color, text);
            });
        }
        if let Some(notice) = self.notice.clone() {
            egui::Panel::top("notice").show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(notice.as_str());
                    if ui.button("OK").clicked() {
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
                Screen::Study(_) => study::show(self, ui),
                Screen::Settings(_) => {
                    egui::ScrollArea::vertical().show(ui, |ui| settings::show(self, ui));
                }
                Screen::QuizSetup(_) => quiz_setup::show(self, ui),
                Screen::Quiz(_) => quiz_run::show(self, ui),
                Screen::QuizResults(_) => quiz_results::show(self, ui),
                Screen::Stats(_) => stats::show(self, ui),
                Screen::Browser(_) => browser::show(self, ui),
                Screen::Reading(_) => reading::show(self, ui),
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
            if ui.selectable_label(on_home, "Decks").clicked() && !on_home {
                self.go_home();
            }
            let on_quiz = matches!(
                self.screen,
                Screen::QuizSetup(_) | Screen::Quiz(_) | Screen::QuizResults(_)
            );
            if ui.selectable_label(on_quiz, "Quiz").clicked()
                && !on_quiz
                && let Ok(collection) = &self.collection
                && let Some(deck) = collection.decks().get(self.selected_deck)
            {
                let deck_id = deck.id.clone();
                self.start_quiz_setup(&deck_id, None);
            }
            let on_stats = matches!(self.screen, Screen::Stats(_));
            if ui.selectable_label(on_stats, "Statistics").clicked() && !on_stats {
                self.screen = Screen::Stats(stats::StatsView::default());
            }
            let on_browser = matches!(self.screen, Screen::Browser(_));
            if ui.selectable_label(on_browser, "Browse").clicked()
                && !on_browser
                && let Ok(collection) = &self.collection
            {
                self.screen = Screen::Browser(Box::new(browser::BrowserState::new(collection)));
            }
            let on_reading = matches!(self.screen, Screen::Reading(_));
            if ui.selectable_label(on_reading, "Reading").clicked() && !on_reading {
                self.show_reading();
            }
            let on_settings = matches!(self.screen, Screen::Settings(_));
            if ui.selectable_label(on_settings, "Settings").clicked()
                && !on_settings
                && let Ok(collection) = &self.collection
            {
                self.screen = Screen::Settings(settings::SettingsForm::new(collection));
            }
        });
    }
}

/// Shown instead of every screen when the progress file cannot be opened.
fn open_failed(ui: &mut egui::Ui, problem: &str) {
    ui.add_space(24.0);
    ui.heading("Your progress could not be opened");
    ui.add_space(8.0);
    ui.label(problem);
    ui.add_space(8.0);
    ui.label(
        "Nothing was changed or deleted. Close factdeck, then move the file aside or \
         start factdeck with another --data-dir.",
    );
}

fn style(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
    });
}
