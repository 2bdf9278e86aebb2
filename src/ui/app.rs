//! The app itself, all of `impl FactdeckApp`: opening the collection, the frame (the
//! navigation bar, the banners, the screen on show), and carrying out what the learner
//! asked for (`apply`), through the session layer.

use super::article::{self, OpenArticle, article_error_text};
use super::screen::{Request, Shared, run};
use super::shortcuts::{self, NavTarget};
use super::summary::HomeSummary;
use super::{
    AppOptions, browser, draft, home, import, layout, quiz_results, quiz_run, quiz_setup, reading,
    recovery, settings, stats, study, sync,
};
use crate::clock::to_millis;
use crate::i18n::{self, Language};
use crate::session::file_dialog::{FileDialog, Picked};
use crate::session::{Appearance, Article, Collection, Scope, SessionError, StudySession};
use crate::tr;
use eframe::egui;
use std::path::Path;

/// The screen on show, each with its own state.
pub enum Screen {
    Home(home::HomeView),
    Study(Box<study::StudyView>),
    Settings(Box<settings::SettingsForm>),
    QuizSetup(Box<quiz_setup::QuizSetupForm>),
    Quiz(Box<quiz_run::QuizView>),
    QuizResults(Box<quiz_results::QuizResultsView>),
    Stats(stats::StatsView),
    Browser(Box<browser::BrowserState>),
    Reading(Box<reading::ReadingView>),
    Import(Box<import::ImportForm>),
    Draft(Box<draft::DraftView>),
}

impl Screen {
    /// Draws the screen on show and returns what the learner asked for.
    fn show(
        &mut self,
        ui: &mut egui::Ui,
        collection: &mut Collection,
        shared: &Shared,
    ) -> Vec<Request> {
        let width = self.width();
        // Centred in a column no wider than reads well (see `layout`).
        let centred = |ui: &mut egui::Ui, show: &mut dyn FnMut(&mut egui::Ui) -> Vec<Request>| {
            layout::centred(ui, width, show)
        };
        // At large text sizes a card and its buttons, or a form, are taller than the window.
        let scrolled = |ui: &mut egui::Ui, show: &mut dyn FnMut(&mut egui::Ui) -> Vec<Request>| {
            egui::ScrollArea::vertical()
                .show(ui, |ui| layout::centred(ui, width, show))
                .inner
        };
        match self {
            Screen::Home(view) => centred(ui, &mut |ui| run(view, ui, collection, shared)),
            Screen::Study(view) => {
                scrolled(ui, &mut |ui| run(view.as_mut(), ui, collection, shared))
            }
            Screen::Settings(view) => {
                scrolled(ui, &mut |ui| run(view.as_mut(), ui, collection, shared))
            }
            Screen::QuizSetup(view) => {
                scrolled(ui, &mut |ui| run(view.as_mut(), ui, collection, shared))
            }
            Screen::Quiz(view) => centred(ui, &mut |ui| run(view.as_mut(), ui, collection, shared)),
            Screen::QuizResults(view) => {
                centred(ui, &mut |ui| run(view.as_mut(), ui, collection, shared))
            }
            Screen::Stats(view) => centred(ui, &mut |ui| run(view, ui, collection, shared)),
            Screen::Browser(view) => {
                centred(ui, &mut |ui| run(view.as_mut(), ui, collection, shared))
            }
            Screen::Reading(view) => {
                centred(ui, &mut |ui| run(view.as_mut(), ui, collection, shared))
            }
            Screen::Import(view) => {
                centred(ui, &mut |ui| run(view.as_mut(), ui, collection, shared))
            }
            Screen::Draft(view) => {
                centred(ui, &mut |ui| run(view.as_mut(), ui, collection, shared))
            }
        }
    }

    /// How wide the screen is drawn at most: a card, a quiz or a message reads best in a
    /// narrow column; tables, charts, the article and the two columns of the home screen
    /// and settings use more of the room.
    fn width(&self) -> f32 {
        match self {
            Screen::Home(_)
            | Screen::Settings(_)
            | Screen::Stats(_)
            | Screen::Browser(_)
            | Screen::Reading(_)
            | Screen::Draft(_) => layout::WIDE_WIDTH,
            _ => layout::READABLE_WIDTH,
        }
    }

    /// A study session or a running quiz, which a stray key or a dropped file must not end.
    pub fn is_busy(&self) -> bool {
        matches!(self, Screen::Study(_) | Screen::Quiz(_))
    }
}

/// The factdeck window.
pub struct FactdeckApp {
    /// The open collection, or why it could not be opened (shown instead of the screens).
    collection: Result<Collection, String>,
    screen: Screen,
    /// What every screen is given beside the collection.
    shared: Shared,
    /// A problem to show above the current screen until dismissed.
    error: Option<String>,
    /// How the window was started, to open the collection again after a recovery.
    options: AppOptions,
    /// When the progress file could not be opened: what was found and what can be done.
    recovery: Option<recovery::RecoveryDialog>,
    /// Something worth telling that is not a problem (a backup restored), until dismissed.
    notice: Option<String>,
    /// Whether `appearance` still has to be handed to egui (after opening or a change).
    appearance_pending: bool,
    /// Whether the keyboard shortcuts are shown over the screen (`?`).
    shortcuts_open: bool,
    /// The desktop's file dialog for the article, while it is open.
    article_dialog: Option<FileDialog>,
    /// Counts the articles opened (see `OpenArticle::generation`).
    articles_opened: u64,
    /// Lets the session's sync thread ask for a frame when it has news.
    repaint: Option<egui::Context>,
}

impl FactdeckApp {
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        super::style(&cc.egui_ctx);
        // Messages formed while opening (a problem with the file) are in this language.
        let language = options.language.unwrap_or_else(Language::from_system);
        i18n::set_language(language);
        let mut app = FactdeckApp {
            collection: Err(String::new()),
            screen: Screen::Home(home::HomeView),
            shared: Shared {
                selected_deck: 0,
                summary: None,
                stats: None,
                show_gloss: false,
                article: None,
                appearance: Appearance::default(),
                language,
            },
            error: None,
            options,
            recovery: None,
            notice: None,
            appearance_pending: true,
            shortcuts_open: false,
            article_dialog: None,
            articles_opened: 0,
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
        self.screen = Screen::Home(home::HomeView);
        self.shared.summary = None;
        match Collection::open(
            &options.data_dir,
            &options.deck_folders,
            options.clock.clone(),
        ) {
            Ok(collection) => {
                self.recovery = None;
                let mut collection = collection;
                match collection.appearance() {
                    Ok(appearance) => self.shared.appearance = appearance,
                    Err(e) => self.error = Some(e.to_string()),
                }
                // A first start keeps the system's language from then on (unless this run
                // was given one with --language, which is for this run only).
                if self.shared.appearance.language.is_none()
                    && options.language.is_none()
                    && collection.read_only_reason().is_none()
                {
                    self.shared.appearance.language = Some(Language::from_system());
                    if let Err(e) = collection.set_appearance(&self.shared.appearance) {
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

    /// Carries out the recovery screen's choice on the progress file that did not open.
    fn recover(&mut self, choice: &crate::session::recovery::Choice) {
        let Some(dialog) = &self.recovery else {
            return;
        };
        let now = self.options.clock.now();
        match crate::session::recovery::carry_out(dialog.plan(), choice, now) {
            Ok(report) => {
                self.notice = Some(recovery::report_text(&report));
                self.open_collection();
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// The open collection, for tests that check what was stored.
    pub fn collection(&self) -> Option<&Collection> {
        self.collection.as_ref().ok()
    }

    /// The cards waiting in each topic of each deck as the home screen last computed them
    /// (it keeps them until progress or a setting changes), for tests that hold them to a
    /// fresh count; `None` until the home screen has shown them.
    pub fn home_topic_counts(&self) -> Option<Vec<(String, Vec<crate::session::CardCounts>)>> {
        let summary = self.shared.summary.as_ref()?;
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

    /// The interface language in use: `--language` until the learner chooses one, then
    /// the learner's choice, else the system's.
    pub fn language(&self) -> Language {
        self.options
            .language
            .or(self.shared.appearance.language)
            .unwrap_or_else(Language::from_system)
    }

    /// The language, theme and text size in use.
    pub fn appearance(&self) -> &Appearance {
        &self.shared.appearance
    }

    /// Uses a new language, theme or text size from the next frame on and saves it with the
    /// progress.
    fn set_appearance(&mut self, appearance: Appearance) {
        if appearance.language.is_some() && appearance.language != self.shared.appearance.language {
            // The learner's own choice outranks the command line from now on.
            self.options.language = None;
        }
        self.shared.appearance = appearance;
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
        ctx.set_theme(match self.shared.appearance.theme {
            crate::session::Theme::System => egui::ThemePreference::System,
            crate::session::Theme::Light => egui::ThemePreference::Light,
            crate::session::Theme::Dark => egui::ThemePreference::Dark,
        });
        ctx.set_zoom_factor(self.shared.appearance.text_scale);
    }

    /// Drops the cached figures, so they are computed afresh when next shown.
    fn progress_changed(&mut self) {
        self.shared.summary = None;
        self.shared.stats = None;
    }

    /// Computes the figures the screen on show needs, when there are none or they are out
    /// of date: the statistics when none are kept, the day has changed or the desired
    /// retention (which mastery depends on) was changed; the home screen's counts when a
    /// learning card has fallen due or the day has changed.
    fn refresh_figures(&mut self) {
        let Ok(collection) = &self.collection else {
            return;
        };
        let now = to_millis(collection.now());
        if matches!(self.screen, Screen::Home(_) | Screen::Stats(_)) {
            let retention = collection.settings().desired_retention;
            let stale = self
                .shared
                .stats
                .as_ref()
                .is_none_or(|s| now >= s.valid_until_ms || s.desired_retention != retention);
            if stale {
                match collection.stats_snapshot() {
                    Ok(snapshot) => self.shared.stats = Some(snapshot),
                    Err(e) => self.error = Some(e.to_string()),
                }
            }
        }
        if matches!(self.screen, Screen::Home(_))
            && self
                .shared
                .summary
                .as_ref()
                .is_none_or(|s| now >= s.valid_until)
        {
            match HomeSummary::compute(collection) {
                Ok(summary) => self.shared.summary = Some(summary),
                Err(e) => self.error = Some(e.to_string()),
            }
        }
    }

    /// Carries out what the learner asked for.
    fn apply(&mut self, request: Request, ctx: &egui::Context) {
        match request {
            Request::Home => self.go_home(),
            Request::Navigate(target) => self.open_screen(target),
            Request::Show(screen) => self.screen = screen,
            Request::QuizFinished => {
                let screen = std::mem::replace(&mut self.screen, Screen::Home(home::HomeView));
                self.screen = match screen {
                    Screen::Quiz(view) => {
                        Screen::QuizResults(Box::new(quiz_results::QuizResultsView::new(view.run)))
                    }
                    other => other,
                };
                // Progress changed: the home screen's counts are computed afresh.
                self.shared.summary = None;
            }
            Request::SelectDeck(index) => self.shared.selected_deck = index,
            Request::Study { deck_id, scope } => self.start_study(&deck_id, scope),
            Request::StudyMore { deck_id, more } => self.start_study_more(&deck_id, more),
            Request::QuizSetup { deck_id, topic } => {
                self.start_quiz_setup(&deck_id, topic.as_deref());
            }
            Request::SectionQuiz {
                deck_id,
                section_id,
            } => self.start_section_quiz(&deck_id, &section_id),
            Request::EditFact { deck_id, fact_id } => self.edit_fact(&deck_id, &fact_id),
            Request::Import => self.show_import(),
            Request::Draft => self.show_draft(),
            Request::ToggleGloss => self.shared.show_gloss = !self.shared.show_gloss,
            Request::ProgressChanged => self.progress_changed(),
            Request::DeckWritten { deck_id, notice } => {
                // Opening the collection again loads the new deck beside the others.
                self.open_collection();
                if let Ok(collection) = &self.collection
                    && let Some(index) = collection.decks().iter().position(|d| d.id == deck_id)
                {
                    self.shared.selected_deck = index;
                }
                self.notice = Some(notice);
            }
            Request::SetAppearance(appearance) => self.set_appearance(appearance),
            Request::RestoreBackup(backup) => self.restore_backup(&backup),
            Request::ChooseArticle => self.start_open_dialog(ctx),
            Request::OpenArticle(path) => self.open_chosen_article(&path),
            Request::Recover(choice) => self.recover(&choice),
            Request::OpenAgain => self.open_collection(),
            Request::CloseWindow => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Request::ToggleShortcuts => self.shortcuts_open = !self.shortcuts_open,
            Request::Error(message) => self.error = Some(message),
            Request::Notice(message) => self.notice = Some(message),
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
        self.screen = Screen::Home(home::HomeView);
        self.progress_changed();
    }

    /// Opens one of the navigation bar's screens (nothing happens while the progress is
    /// not open).
    fn open_screen(&mut self, target: NavTarget) {
        let Ok(collection) = &self.collection else {
            return;
        };
        match target {
            NavTarget::Decks => {
                if !matches!(self.screen, Screen::Home(_)) {
                    self.go_home();
                }
            }
            NavTarget::Quiz => {
                let on_quiz = matches!(
                    self.screen,
                    Screen::QuizSetup(_) | Screen::Quiz(_) | Screen::QuizResults(_)
                );
                if !on_quiz && let Some(deck) = collection.decks().get(self.shared.selected_deck) {
                    let deck_id = deck.id.clone();
                    self.start_quiz_setup(&deck_id, None);
                }
            }
            NavTarget::Statistics => {
                if !matches!(self.screen, Screen::Stats(_)) {
                    self.screen = Screen::Stats(stats::StatsView::default());
                }
            }
            NavTarget::Browse => {
                if !matches!(self.screen, Screen::Browser(_)) {
                    self.screen = Screen::Browser(Box::new(browser::BrowserState::new(collection)));
                }
            }
            NavTarget::Settings => {
                if !matches!(self.screen, Screen::Settings(_)) {
                    self.screen =
                        Screen::Settings(Box::new(settings::SettingsForm::new(collection)));
                }
            }
            NavTarget::Reading => {
                if !matches!(self.screen, Screen::Reading(_)) {
                    self.show_reading();
                }
            }
        }
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
            Ok(session) => self.screen = Screen::Study(Box::new(study::StudyView::new(session))),
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
            Ok(session) => self.screen = Screen::Study(Box::new(study::StudyView::new(session))),
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

    /// Opens the quiz setup with only one section's facts.
    fn start_section_quiz(&mut self, deck_id: &str, section_id: &str) {
        let Ok(collection) = &self.collection else {
            return;
        };
        if collection.read_only_reason().is_some() {
            self.error = Some(tr!("app-quiz-read-only"));
            return;
        }
        match quiz_setup::QuizSetupForm::for_section(collection, deck_id, section_id) {
            Some(form) => self.screen = Screen::QuizSetup(Box::new(form)),
            None => self.error = Some(tr!("reading-section-empty")),
        }
    }

    /// Shows the reading screen for the selected deck.
    fn show_reading(&mut self) {
        let Ok(collection) = &self.collection else {
            return;
        };
        let Some(deck) = collection.decks().get(self.shared.selected_deck) else {
            return;
        };
        let view = reading::ReadingView::new(collection, &deck.id.clone());
        self.screen = Screen::Reading(Box::new(view));
    }

    /// A fact's page in the card browser, its edit form open.
    fn edit_fact(&mut self, deck_id: &str, fact_id: &str) {
        let Ok(collection) = &self.collection else {
            return;
        };
        match browser::BrowserState::editing(collection, deck_id, fact_id) {
            Ok(state) => self.screen = Screen::Browser(Box::new(state)),
            Err(e) => self.error = Some(e),
        }
    }

    /// The import screen (File > Import cards, Ctrl+I).
    fn show_import(&mut self) {
        if !matches!(self.screen, Screen::Import(_)) {
            self.screen = Screen::Import(Box::default());
        }
    }

    /// The draft screen, its file field filled with the article open for reading, if any.
    fn show_draft(&mut self) {
        if matches!(self.screen, Screen::Draft(_)) {
            return;
        }
        let path = self
            .shared
            .article
            .as_ref()
            .map(|open| open.article.path.display().to_string())
            .unwrap_or_default();
        self.screen = Screen::Draft(Box::new(draft::DraftView::for_file(path)));
    }

    /// Opens the learner's copy of the article and remembers it for the next start; a file
    /// that cannot be read leaves everything as it was and says why (and gives `false`).
    pub fn open_article(&mut self, path: &Path) -> bool {
        let article = match Article::read(path) {
            Ok(article) => article,
            Err(e) => {
                self.error = Some(tr!("reading-open-failed", reason = article_error_text(&e)));
                return false;
            }
        };
        if let Ok(collection) = &mut self.collection {
            match collection.remember_article_path(&article.path) {
                // A read-only window cannot save anything; the article still opens.
                Ok(()) | Err(SessionError::ReadOnly(_)) => {}
                Err(e) => {
                    self.error = Some(tr!("reading-not-remembered", reason = e.to_string()));
                }
            }
        }
        self.keep_article(article);
        true
    }

    fn keep_article(&mut self, article: Article) {
        self.articles_opened += 1;
        self.shared.article = Some(OpenArticle {
            article,
            generation: self.articles_opened,
        });
    }

    /// Opens an article the learner chose (dropped or picked) and shows it, except during a
    /// study session or a running quiz: those stay on screen, so no answer is lost, and a
    /// notice says where the article is.
    fn open_chosen_article(&mut self, path: &Path) {
        if !self.open_article(path) {
            return;
        }
        if self.screen.is_busy() {
            let file = crate::session::file_name(path);
            self.notice = Some(tr!("reading-opened-elsewhere", file = file));
        } else {
            self.show_reading();
        }
    }

    /// Opens the article the learner had open last time, if any.
    fn reopen_remembered_article(&mut self) {
        let Ok(collection) = &self.collection else {
            return;
        };
        let path = match collection.article_path() {
            Ok(Some(path)) => path,
            Ok(None) => return,
            Err(e) => {
                self.error = Some(tr!("reading-remembered-unknown", reason = e.to_string()));
                return;
            }
        };
        match Article::read(&path) {
            Ok(article) => self.keep_article(article),
            // The path stays remembered: the file may be back next time (a drive plugged in).
            Err(e) => {
                self.error = Some(tr!(
                    "reading-reopen-failed",
                    reason = article_error_text(&e)
                ));
            }
        }
    }

    /// Takes in what the sync thread did (every frame; nothing to do most of the time).
    fn take_sync_news(&mut self) {
        let Ok(collection) = &mut self.collection else {
            return;
        };
        let reports = collection.poll_sync();
        if reports.is_empty() {
            return;
        }
        if reports.iter().any(|r| r.merged.added > 0) {
            self.progress_changed();
        }
        // The language, theme or text size chosen on another computer applies here too.
        if reports.iter().any(|r| r.merged.settings_changed)
            && let Ok(collection) = &self.collection
            && let Ok(appearance) = collection.appearance()
            && appearance != self.shared.appearance
        {
            self.shared.appearance = appearance;
            self.appearance_pending = true;
        }
        let conflicts: Vec<String> = reports
            .iter()
            .flat_map(|r| &r.deck_conflicts)
            .map(|c| {
                tr!(
                    "sync-deck-conflict",
                    deck = c.deck_file.display().to_string(),
                    kept = c.kept_as.display().to_string()
                )
            })
            .collect();
        let decks_changed = reports.iter().any(|r| !r.decks_written.is_empty());
        if !conflicts.is_empty() {
            self.notice = Some(conflicts.join(" "));
        }
        // New deck files are loaded by opening the collection again, as after an import;
        // never in the middle of a study session or a quiz.
        if decks_changed && matches!(self.screen, Screen::Home(_) | Screen::Settings(_)) {
            // Opening the collection starts its sync thread again.
            self.open_collection();
            if self.notice.is_none() {
                self.notice = Some(tr!("sync-decks-updated"));
            }
        }
    }

    /// Asks the desktop for the article's file; the answer arrives in a later frame.
    fn start_open_dialog(&mut self, ctx: &egui::Context) {
        if self.article_dialog.is_some() {
            return;
        }
        match article::open_dialog(ctx) {
            Ok(dialog) => self.article_dialog = Some(dialog),
            Err(message) => self.error = Some(message),
        }
    }

    /// The file dialog's answer, if it has come.
    fn finish_open_dialog(&mut self) -> Option<Request> {
        let picked = self.article_dialog.as_ref().and_then(FileDialog::answer)?;
        self.article_dialog = None;
        match picked {
            Picked::File(path) => Some(Request::OpenArticle(path)),
            Picked::Unavailable => Some(Request::Error(tr!("reading-no-dialog"))),
            Picked::Cancelled => None,
        }
    }

    fn navigation(&mut self, ui: &mut egui::Ui) -> Option<Request> {
        // Wrapped: at large text sizes the entries go on a second line rather than out of
        // the window.
        ui.horizontal_wrapped(|ui| {
            let mut request = None;
            ui.heading("factdeck");
            ui.separator();
            if let Some(chosen) = self.file_menu(ui) {
                request = Some(chosen);
            }
            let bar = [
                (NavTarget::Decks, tr!("nav-decks")),
                (NavTarget::Quiz, tr!("nav-quiz")),
                (NavTarget::Statistics, tr!("nav-statistics")),
                (NavTarget::Browse, tr!("nav-browse")),
                (NavTarget::Settings, tr!("nav-settings")),
                // Last, so that its Ctrl+6 follows the bar's order without moving the others.
                (NavTarget::Reading, tr!("nav-reading")),
            ];
            for (target, name) in bar {
                let on_show = self.shows(target);
                if ui.selectable_label(on_show, name).clicked() && !on_show {
                    request = Some(Request::Navigate(target));
                }
            }
            ui.separator();
            if ui
                .selectable_label(self.shortcuts_open, tr!("nav-shortcuts"))
                .clicked()
            {
                request = Some(Request::ToggleShortcuts);
            }
            if let Ok(collection) = &self.collection {
                sync::header(ui, collection);
            }
            request
        })
        .inner
    }

    /// Whether the screen on show is the one `target` leads to.
    fn shows(&self, target: NavTarget) -> bool {
        match target {
            NavTarget::Decks => matches!(self.screen, Screen::Home(_)),
            NavTarget::Quiz => matches!(
                self.screen,
                Screen::QuizSetup(_) | Screen::Quiz(_) | Screen::QuizResults(_)
            ),
            NavTarget::Statistics => matches!(self.screen, Screen::Stats(_)),
            NavTarget::Browse => matches!(self.screen, Screen::Browser(_)),
            NavTarget::Settings => matches!(self.screen, Screen::Settings(_)),
            NavTarget::Reading => matches!(self.screen, Screen::Reading(_)),
        }
    }

    /// The File menu of the navigation bar.
    fn file_menu(&mut self, ui: &mut egui::Ui) -> Option<Request> {
        let mut request = None;
        let open = self.collection.is_ok();
        let idle = !self.screen.is_busy();
        let choosing = self.article_dialog.is_some();
        ui.menu_button(tr!("reading-file-menu"), |ui| {
            let button = egui::Button::new(tr!("reading-open-article"))
                .shortcut_text(tr!("keys-open-article"));
            if ui.add_enabled(!choosing, button).clicked() {
                request = Some(Request::ChooseArticle);
                ui.close();
            }
            let button = egui::Button::new(tr!("import-menu")).shortcut_text(tr!("keys-import"));
            if ui.add_enabled(open, button).clicked() {
                request = Some(Request::Import);
                ui.close();
            }
            let button = egui::Button::new(tr!("draft-menu"));
            if ui.add_enabled(open && idle, button).clicked() {
                request = Some(Request::Draft);
                ui.close();
            }
        });
        request
    }

    /// The banners above every screen: a problem, the progress file changing under the
    /// window or being open read-only, and a notice.
    fn banners(&mut self, ui: &mut egui::Ui) {
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
    }
}

impl eframe::App for FactdeckApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        // Set every frame: the thread may also draw other windows (tests do).
        self.shared.language = self.language();
        i18n::set_language(self.shared.language);
        self.apply_appearance(ui.ctx());
        let ctx = ui.ctx().clone();
        // Every key that works on every screen, read in one place before the screen's own.
        let keys = shortcuts::KeyContext {
            progress_open: self.collection.is_ok(),
            busy: self.screen.is_busy(),
            on_reading: matches!(self.screen, Screen::Reading(_)),
        };
        for request in shortcuts::global_keys(&ctx, &mut self.shortcuts_open, &keys) {
            self.apply(request, &ctx);
        }
        if let Some(request) = self.finish_open_dialog() {
            self.apply(request, &ctx);
        }
        if let Some(path) = article::dropped_file(&ctx) {
            self.apply(Request::OpenArticle(path), &ctx);
        }
        self.take_sync_news();
        if self.shortcuts_open && shortcuts::show_overlay(&ctx, &self.screen) {
            self.shortcuts_open = false;
        }
        let navigated = egui::Panel::top("navigation")
            .show(ui, |ui| self.navigation(ui))
            .inner;
        if let Some(request) = navigated {
            self.apply(request, &ctx);
        }
        self.banners(ui);
        self.refresh_figures();
        let requests = egui::CentralPanel::default()
            .show(ui, |ui| match (&mut self.collection, &mut self.recovery) {
                (Err(_), Some(dialog)) => layout::centred(ui, layout::READABLE_WIDTH, |ui| {
                    dialog.show(ui).into_iter().collect()
                }),
                (Err(problem), None) => {
                    layout::centred(ui, layout::READABLE_WIDTH, |ui| open_failed(ui, problem));
                    Vec::new()
                }
                (Ok(collection), _) => self.screen.show(ui, collection, &self.shared),
            })
            .inner;
        for request in requests {
            self.apply(request, &ctx);
        }
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
