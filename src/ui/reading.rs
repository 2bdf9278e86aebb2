//! The reading screen: the article's outline by section, each fact coloured by how well it
//! is known; the learner's own copy of the article beside it with every fact's cue
//! highlighted; a fact's cards and their history. Also opening the article: File > Open
//! article (rfd), a file dropped onto the window, or `--article FILE`.

use super::browser::{history, state_grid};
use super::file_dialog::{FileDialog, Picked};
use super::highlighted_text::HighlightedText;
use super::quiz_setup::QuizSetupForm;
use super::{FactdeckApp, Screen};
use crate::reading::{ArticleError, ArticleMap, Outline, OutlineFact, fact_words, read_article};
use crate::session::{CardCounts, Collection, FactPage, Scope, SessionError};
use crate::stats::FactMastery;
use crate::tr;
use eframe::egui::{self, Align, Color32, FontId, Key, Modifiers, RichText, Sense};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Lines longer than this are hard to follow.
const MAX_TEXT_WIDTH: f32 = 700.0;
const OUTLINE_WIDTH: f32 = 430.0;

/// The level of a fact as colour and word, so colour is never the only signal.
fn level(mastery: FactMastery) -> (String, Color32) {
    (level_word(mastery), level_color(mastery))
}

fn level_word(mastery: FactMastery) -> String {
    match mastery {
        FactMastery::Mastered => tr!("reading-level-mastered"),
        FactMastery::Learning => tr!("reading-level-learning"),
        FactMastery::New => tr!("reading-level-new"),
        FactMastery::Suspended => tr!("reading-level-suspended"),
    }
}

fn level_color(mastery: FactMastery) -> Color32 {
    match mastery {
        FactMastery::Mastered => Color32::from_rgb(60, 160, 90),
        FactMastery::Learning => Color32::from_rgb(226, 150, 40),
        FactMastery::New => Color32::from_rgb(90, 140, 220),
        FactMastery::Suspended => Color32::from_rgb(140, 140, 140),
    }
}

const LEVELS: [FactMastery; 4] = [
    FactMastery::Mastered,
    FactMastery::Learning,
    FactMastery::New,
    FactMastery::Suspended,
];

/// The learner's copy of the article, kept while the window is open, whatever the screen.
#[derive(Default)]
pub struct ArticleState {
    open: Option<OpenArticle>,
    /// The file dialog, while it is open.
    dialog: Option<FileDialog>,
    /// Counts the articles opened, so the screen sees when to lay the text out again.
    generation: u64,
}

struct OpenArticle {
    path: PathBuf,
    text: Arc<str>,
}

/// What the reading screen shows, computed when it opens or the article changes, never
/// per frame.
pub struct ReadingView {
    deck_id: String,
    deck_title: String,
    outline: Outline,
    /// Cards waiting today in each section, by section id.
    section_counts: Vec<(String, CardCounts)>,
    mastery: Vec<FactMastery>,
    /// The article laid out, and the `ArticleState::generation` it was laid out for.
    article: Option<ArticleLayout>,
    article_generation: u64,
    /// The fact whose cards are on show.
    page: Option<(usize, FactPage)>,
    /// Scroll the outline to this fact on the next frame (it was clicked in the text).
    reveal_in_outline: Option<usize>,
    /// Scroll the text to this fact on the next frame (it was chosen in the outline).
    reveal_in_text: Option<usize>,
}

/// The article prepared for drawing: the facts' highlights placed in the text, coloured
/// by mastery, with what was not found.
struct ArticleLayout {
    file_name: String,
    text: HighlightedText,
    /// "N of M facts found in this text".
    found_text: String,
    /// The facts whose cue is not in the text, with their words, in deck order.
    not_found: Vec<(usize, String)>,
    /// How many facts are background, not in the article.
    background: usize,
    dark_mode: bool,
}

impl ReadingView {
    fn new(collection: &Collection, deck_id: &str) -> ReadingView {
        let mastery = collection.fact_mastery(deck_id);
        let section_counts = match (
            collection.deck(deck_id),
            collection.counts_by_section(deck_id),
        ) {
            (Some(deck), Ok(counts)) => deck
                .sections
                .iter()
                .zip(counts)
                .map(|(s, counts)| (s.id.clone(), counts))
                .collect(),
            _ => Default::default(),
        };
        let outline = match collection.deck(deck_id) {
            Some(deck) => Outline::build(deck, &mastery, None),
            None => Outline {
                sections: Vec::new(),
            },
        };
        ReadingView {
            deck_id: deck_id.to_string(),
            deck_title: collection
                .deck(deck_id)
                .map_or(String::new(), |d| d.title.clone()),
            outline,
            section_counts,
            mastery,
            article: None,
            // Differs from every generation, so the first frame lays out the article.
            article_generation: u64::MAX,
            page: None,
            reveal_in_outline: None,
            reveal_in_text: None,
        }
    }

    /// Places the facts in the article just opened (or forgets the old one).
    fn lay_out_article(&mut self, collection: &Collection, state: &ArticleState, dark: bool) {
        self.article_generation = state.generation;
        let Some(deck) = collection.deck(&self.deck_id) else {
            return;
        };
        self.article = state.open.as_ref().map(|open| {
            let map = ArticleMap::build(deck, &open.text);
            let words: Vec<String> = deck.facts.iter().map(fact_words).collect();
            ArticleLayout::new(&open.path, &open.text, map, &words, &self.mastery, dark)
        });
        self.outline = Outline::build(
            deck,
            &self.mastery,
            self.article.as_ref().map(|a| &a.text.map),
        );
    }
}

impl ArticleLayout {
    fn new(
        path: &Path,
        text: &str,
        map: ArticleMap,
        words: &[String],
        mastery: &[FactMastery],
        dark_mode: bool,
    ) -> ArticleLayout {
        let background = map.background().count();
        let found_text = tr!(
            "reading-found",
            found = map.found_count(),
            total = map.placements.len() - background
        );
        let not_found = map
            .not_found()
            .map(|index| (index, words.get(index).cloned().unwrap_or_default()))
            .collect();
        let mut layout = ArticleLayout {
            file_name: path
                .file_name()
                .map_or(path.display().to_string(), |n| n.to_string_lossy().into()),
            text: HighlightedText::new(text, map),
            found_text,
            not_found,
            background,
            dark_mode,
        };
        layout.paint(mastery, dark_mode);
        layout
    }

    /// Colours each highlight by the mastery of its first fact.
    fn paint(&mut self, mastery: &[FactMastery], dark_mode: bool) {
        self.dark_mode = dark_mode;
        self.text.paint(
            |highlight| {
                let fact_level = mastery
                    .get(highlight.facts[0])
                    .copied()
                    .unwrap_or(FactMastery::New);
                level_color(fact_level)
            },
            dark_mode,
        );
    }
}

/// What the learner asked for on this frame.
enum Action {
    Select(usize, Reveal),
    ClosePage,
    Study(String),
    Quiz(String),
    OpenDialog,
}

/// Where a chosen fact should be brought into view.
#[derive(Clone, Copy, PartialEq)]
enum Reveal {
    InOutline,
    InText,
}

impl FactdeckApp {
    /// Opens the learner's copy of the article and remembers it for the next start; a file
    /// that cannot be read leaves everything as it was and says why (and gives `false`).
    pub fn open_article(&mut self, path: &Path) -> bool {
        let text = match read_article(path) {
            Ok(text) => text,
            Err(e) => {
                self.error = Some(tr!("reading-open-failed", reason = article_error_text(&e)));
                return false;
            }
        };
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        if let Ok(collection) = &mut self.collection {
            match collection.remember_article_path(&path) {
                // A read-only window cannot save anything; the article still opens.
                Ok(()) | Err(SessionError::ReadOnly(_)) => {}
                Err(e) => {
                    self.error = Some(tr!("reading-not-remembered", reason = e.to_string()));
                }
            }
        }
        self.article.open = Some(OpenArticle {
            path,
            text: text.into(),
        });
        self.article.generation += 1;
        true
    }

    /// Opens an article the learner chose (dropped or picked) and shows it, except during a
    /// study session or a running quiz: those stay on screen, so no answer is lost, and a
    /// notice says where the article is.
    fn open_chosen_article(&mut self, path: &Path) {
        if !self.open_article(path) {
            return;
        }
        if matches!(self.screen, Screen::Study(_) | Screen::Quiz(_)) {
            let file = path
                .file_name()
                .map_or(path.display().to_string(), |n| n.to_string_lossy().into());
            self.notice = Some(tr!("reading-opened-elsewhere", file = file));
        } else {
            self.show_reading();
        }
    }

    /// The file of the article open for reading, if any.
    pub(super) fn article_path(&self) -> Option<&Path> {
        self.article.open.as_ref().map(|open| open.path.as_path())
    }

    /// Opens the article the learner had open last time, if any.
    pub(super) fn reopen_remembered_article(&mut self) {
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
        match read_article(&path) {
            Ok(text) => {
                self.article.open = Some(OpenArticle {
                    path,
                    text: text.into(),
                });
                self.article.generation += 1;
            }
            // The path stays remembered: the file may be back next time (a drive plugged in).
            Err(e) => {
                self.error = Some(tr!(
                    "reading-reopen-failed",
                    reason = article_error_text(&e)
                ));
            }
        }
    }

    /// Shows the reading screen for the selected deck.
    pub(super) fn show_reading(&mut self) {
        let Ok(collection) = &self.collection else {
            return;
        };
        let Some(deck) = collection.decks().get(self.selected_deck) else {
            return;
        };
        let view = ReadingView::new(collection, &deck.id.clone());
        self.screen = Screen::Reading(Box::new(view));
    }

    /// Asks the desktop for the article's file; the answer arrives in a later frame.
    fn start_open_dialog(&mut self, ctx: &egui::Context) {
        if self.article.dialog.is_some() {
            return;
        }
        let filters = vec![
            (
                tr!("reading-dialog-text-files"),
                ["txt", "text", "md"].as_slice(),
            ),
            (tr!("reading-dialog-all-files"), ["*"].as_slice()),
        ];
        match FileDialog::open(ctx, tr!("reading-dialog-title"), filters) {
            Ok(dialog) => self.article.dialog = Some(dialog),
            Err(e) => self.error = Some(tr!("reading-dialog-failed", reason = e.to_string())),
        }
    }

    /// Takes the file dialog's answer, if it has come.
    fn finish_open_dialog(&mut self) {
        let Some(picked) = self.article.dialog.as_ref().and_then(FileDialog::answer) else {
            return;
        };
        self.article.dialog = None;
        match picked {
            Picked::File(path) => self.open_chosen_article(&path),
            Picked::Unavailable => self.error = Some(tr!("reading-no-dialog")),
            Picked::Cancelled => {}
        }
    }
}

/// Work for every screen: files dropped onto the window, the file dialog's answer, and the
/// keys Ctrl+O (open an article) and Ctrl+R (the reading screen).
pub fn every_frame(app: &mut FactdeckApp, ui: &mut egui::Ui) {
    app.finish_open_dialog();
    let (dropped, hovering) = ui.input(|i| {
        (
            i.raw.dropped_files.first().map(|f| f.path().to_path_buf()),
            !i.raw.hovered_files.is_empty(),
        )
    });
    if let Some(path) = dropped {
        app.open_chosen_article(&path);
    }
    if hovering {
        drop_hint(ui.ctx());
    }
    if app.collection.is_err() {
        return;
    }
    let (open, read) = ui.input_mut(|i| {
        (
            i.consume_key(Modifiers::COMMAND, Key::O),
            i.consume_key(Modifiers::COMMAND, Key::R),
        )
    });
    if open {
        app.start_open_dialog(ui.ctx());
    }
    if read && !matches!(app.screen, Screen::Reading(_)) {
        app.show_reading();
    }
}

/// An article file's problem in the interface's language (the core's own message is
/// English).
pub(super) fn article_error_text(error: &ArticleError) -> String {
    error.to_string()
}

/// The File menu of the navigation bar.
pub fn file_menu(app: &mut FactdeckApp, ui: &mut egui::Ui) {
    ui.menu_button(tr!("reading-file-menu"), |ui| {
        let button =
            egui::Button::new(tr!("reading-open-article")).shortcut_text(tr!("keys-open-article"));
        if ui
            .add_enabled(app.article.dialog.is_none(), button)
            .clicked()
        {
            app.start_open_dialog(ui.ctx());
            ui.close();
        }
        let button = egui::Button::new(tr!("import-menu")).shortcut_text(tr!("keys-import"));
        if ui.add_enabled(app.collection.is_ok(), button).clicked() {
            app.show_import();
            ui.close();
        }
        let button = egui::Button::new(tr!("draft-menu"));
        let idle = !matches!(app.screen, Screen::Study(_) | Screen::Quiz(_));
        if ui
            .add_enabled(app.collection.is_ok() && idle, button)
            .clicked()
        {
            app.show_draft();
            ui.close();
        }
    });
}

fn drop_hint(ctx: &egui::Context) {
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop hint"),
    ));
    painter.rect_filled(screen, 0.0, Color32::from_black_alpha(150));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        tr!("reading-drop-hint"),
        FontId::proportional(22.0),
        Color32::WHITE,
    );
}

pub fn show(app: &mut FactdeckApp, ui: &mut egui::Ui) {
    let dark = ui.visuals().dark_mode;
    let FactdeckApp {
        collection,
        screen,
        article,
        error,
        ..
    } = app;
    let (Ok(collection), Screen::Reading(view)) = (&*collection, &mut *screen) else {
        return;
    };
    if view.article_generation != article.generation {
        view.lay_out_article(collection, article, dark);
    }
    if let Some(layout) = &mut view.article
        && layout.dark_mode != dark
    {
        layout.paint(&view.mastery, dark);
    }
    let writable = collection.read_only_reason().is_none();
    let mut action = None;
    if view.page.is_some() && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
        action = Some(Action::ClosePage);
    }

    egui::Panel::left("reading outline")
        .resizable(true)
        .default_size(OUTLINE_WIDTH)
        .min_size(280.0)
        .show(ui, |ui| {
            if let Some(chosen) = outline_panel(ui, view, writable) {
                action = Some(chosen);
            }
        });
    // The rest of the screen, so that text wraps where the window ends.
    let frame = egui::Frame::NONE.inner_margin(egui::Margin {
        left: 10,
        right: 10,
        top: 0,
        bottom: 0,
    });
    egui::CentralPanel::default().frame(frame).show(ui, |ui| {
        let chosen = if let Some((fact_index, page)) = &view.page {
            let has_text = view.article.is_some();
            fact_panel(ui, collection, view, *fact_index, page, has_text)
        } else if view.article.is_some() {
            article_panel(ui, view)
        } else {
            no_article(ui)
        };
        if chosen.is_some() {
            action = chosen;
        }
    });

    let deck_id = view.deck_id.clone();
    match action {
        None => {}
        Some(Action::Select(fact_index, reveal)) => {
            let fact_id = collection
                .deck(&deck_id)
                .and_then(|d| d.facts.get(fact_index))
                .map(|f| f.id.clone());
            if let Some(fact_id) = fact_id {
                match collection.fact_page(&deck_id, &fact_id) {
                    Ok(page) => view.page = Some((fact_index, page)),
                    Err(e) => *error = Some(e.to_string()),
                }
                match reveal {
                    Reveal::InOutline => view.reveal_in_outline = Some(fact_index),
                    Reveal::InText => view.reveal_in_text = Some(fact_index),
                }
            }
        }
        Some(Action::ClosePage) => {
            if let Some((fact_index, _)) = view.page.take() {
                view.reveal_in_text = Some(fact_index);
            }
        }
        Some(Action::Study(section)) => app.start_study(&deck_id, Scope::Section(section)),
        Some(Action::Quiz(section)) => app.start_section_quiz(&deck_id, &section),
        Some(Action::OpenDialog) => app.start_open_dialog(ui.ctx()),
    }
}

impl FactdeckApp {
    /// Opens the quiz setup with only one section's facts.
    fn start_section_quiz(&mut self, deck_id: &str, section_id: &str) {
        let Ok(collection) = &self.collection else {
            return;
        };
        if collection.read_only_reason().is_some() {
            self.error = Some(tr!("app-quiz-read-only"));
            return;
        }
        match QuizSetupForm::for_section(collection, deck_id, section_id) {
            Some(form) => self.screen = Screen::QuizSetup(Box::new(form)),
            None => self.error = Some(tr!("reading-section-empty")),
        }
    }
}

fn legend(ui: &mut egui::Ui) {
    ui.horizontal_wrapped(|ui| {
        for mastery in LEVELS {
            level_mark(ui, mastery);
        }
    })
    .response
    .on_hover_text(tr!("reading-legend-hint"));
}

/// A coloured square and the level's word.
fn level_mark(ui: &mut egui::Ui, mastery: FactMastery) {
    let (word, color) = level(mastery);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(11.0, 11.0), Sense::hover());
    ui.painter().rect_filled(rect, 2.0, color);
    ui.label(RichText::new(word).small());
}

fn outline_panel(ui: &mut egui::Ui, view: &mut ReadingView, writable: bool) -> Option<Action> {
    let mut action = None;
    ui.add_space(6.0);
    ui.heading(tr!("reading-outline"));
    ui.label(RichText::new(&view.deck_title).weak());
    legend(ui);
    ui.add_space(4.0);
    let selected = view.page.as_ref().map(|(i, _)| *i);
    let reveal = view.reveal_in_outline.take();
    egui::ScrollArea::vertical()
        .id_salt("outline")
        .auto_shrink(false)
        .show(ui, |ui| {
            for section in &view.outline.sections {
                ui.add_space(8.0);
                let title = match &section.title {
                    Some(title) => title.clone(),
                    None => tr!("reading-other-facts"),
                };
                ui.label(RichText::new(title).strong().size(16.0));
                if let Some(id) = &section.id {
                    let counts = view
                        .section_counts
                        .iter()
                        .find(|(s, _)| s == id)
                        .map(|(_, c)| *c);
                    if let Some(chosen) = section_actions(ui, id, counts, writable) {
                        action = Some(chosen);
                    }
                }
                for fact in &section.facts {
                    let response = outline_fact(ui, fact, selected == Some(fact.index));
                    if reveal == Some(fact.index) {
                        response.scroll_to_me(Some(Align::Center));
                    }
                    if response.clicked() {
                        action = Some(Action::Select(fact.index, Reveal::InText));
                    }
                }
            }
            ui.add_space(8.0);
        });
    action
}

fn section_actions(
    ui: &mut egui::Ui,
    section_id: &str,
    counts: Option<CardCounts>,
    writable: bool,
) -> Option<Action> {
    ui.horizontal(|ui| {
        let waiting = counts.map_or(0, |c| c.total());
        let study = ui
            .add_enabled(
                writable && waiting > 0,
                egui::Button::new(tr!("reading-study-section")).small(),
            )
            .on_disabled_hover_text(tr!("reading-nothing-waiting"));
        let quiz = ui.add_enabled(
            writable,
            egui::Button::new(tr!("reading-quiz-section")).small(),
        );
        if let Some(c) = counts {
            ui.label(
                RichText::new(tr!(
                    "reading-section-counts",
                    new = c.new,
                    learning = c.learning,
                    due = c.due
                ))
                .small()
                .weak(),
            );
        }
        if study.clicked() {
            Some(Action::Study(section_id.to_string()))
        } else if quiz.clicked() {
            Some(Action::Quiz(section_id.to_string()))
        } else {
            None
        }
    })
    .inner
}

/// One fact of the outline: its level as a coloured square and word, then its words.
fn outline_fact(ui: &mut egui::Ui, fact: &OutlineFact, selected: bool) -> egui::Response {
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = 6.0;
        let (word, color) = level(fact.mastery);
        ui.vertical(|ui| {
            ui.set_width(66.0);
            ui.add_space(5.0);
            ui.horizontal(|ui| {
                let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), Sense::hover());
                ui.painter().rect_filled(rect, 2.0, color);
                ui.label(RichText::new(word).small().weak());
            });
        });
        let mut text = RichText::new(&fact.words);
        if fact.background {
            text = RichText::new(tr!("reading-background-fact", words = fact.words.as_str()))
                .italics();
        }
        let button = egui::Button::selectable(selected, (text, egui::Atom::grow()))
            .wrap()
            .min_size(egui::vec2(ui.available_width(), 0.0));
        ui.add(button)
    })
    .inner
}

fn no_article(ui: &mut egui::Ui) -> Option<Action> {
    let mut action = None;
    ui.add_space(24.0);
    ui.vertical(|ui| {
        ui.set_max_width(ui.available_width().min(MAX_TEXT_WIDTH));
        ui.heading(tr!("reading-no-article-title"));
        ui.add_space(8.0);
        ui.label(tr!("reading-no-article-text"));
        ui.add_space(10.0);
        if ui
            .button(RichText::new(tr!("reading-open-article-key")).size(16.0))
            .clicked()
        {
            action = Some(Action::OpenDialog);
        }
        ui.add_space(10.0);
        ui.label(RichText::new(tr!("reading-click-fact-hint")).weak());
    });
    action
}

fn article_panel(ui: &mut egui::Ui, view: &mut ReadingView) -> Option<Action> {
    let mut action = None;
    let Some(layout) = &mut view.article else {
        return None;
    };
    let background = layout.background;
    ui.horizontal_wrapped(|ui| {
        ui.heading(&layout.file_name);
        ui.label(RichText::new(&layout.found_text).weak());
        if ui.small_button(tr!("reading-open-article")).clicked() {
            action = Some(Action::OpenDialog);
        }
    });
    let not_found = &layout.not_found;
    if !not_found.is_empty() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(tr!("reading-not-found-heading", count = not_found.len()))
                    .color(ui.visuals().warn_fg_color)
                    .strong(),
            );
            egui::ScrollArea::vertical()
                .id_salt("not found")
                .max_height(90.0)
                .show(ui, |ui| {
                    for (index, words) in not_found {
                        if ui
                            .add(egui::Button::new(words.as_str()).frame(false).wrap())
                            .clicked()
                        {
                            action = Some(Action::Select(*index, Reveal::InOutline));
                        }
                    }
                });
        });
    }
    if background > 0 {
        ui.label(
            RichText::new(tr!("reading-background-count", count = background))
                .small()
                .weak(),
        );
    }
    ui.add_space(4.0);
    let reveal = view.reveal_in_text.take();
    egui::ScrollArea::vertical()
        .id_salt("article text")
        .auto_shrink(false)
        .show(ui, |ui| {
            let shown = layout.text.show(ui, MAX_TEXT_WIDTH, reveal);
            if let Some(highlight) = shown.hovered {
                let facts = &layout.text.map.highlights[highlight].facts;
                let words: Vec<String> = facts
                    .iter()
                    .filter_map(|&i| {
                        view.outline
                            .sections
                            .iter()
                            .flat_map(|s| &s.facts)
                            .find(|f| f.index == i)
                            .map(|f| format!("{} ({})", f.words, level_word(f.mastery)))
                    })
                    .collect();
                if shown.clicked.is_some() {
                    action = Some(Action::Select(facts[0], Reveal::InOutline));
                }
                shown
                    .response
                    .on_hover_cursor(egui::CursorIcon::PointingHand)
                    .on_hover_text_at_pointer(words.join("\n"));
            }
        });
    action
}

fn fact_panel(
    ui: &mut egui::Ui,
    collection: &Collection,
    view: &ReadingView,
    fact_index: usize,
    page: &FactPage,
    has_text: bool,
) -> Option<Action> {
    let mut action = None;
    let fact = collection
        .deck(&view.deck_id)
        .and_then(|d| d.facts.get(fact_index));
    ui.horizontal(|ui| {
        let close = if has_text {
            tr!("reading-back-to-text")
        } else {
            tr!("reading-close-fact")
        };
        if ui.button(close).clicked() {
            action = Some(Action::ClosePage);
        }
        if let Some(mastery) = view.mastery.get(fact_index) {
            ui.separator();
            level_mark(ui, *mastery);
        }
    });
    ui.add_space(4.0);
    if let Some(fact) = fact {
        ui.label(RichText::new(fact_words(fact)).size(17.0).strong());
        let section = match view
            .outline
            .section_of(fact_index)
            .and_then(|s| s.title.clone())
        {
            Some(title) => title,
            None => tr!("reading-other-facts"),
        };
        ui.label(
            RichText::new(tr!(
                "reading-fact-details",
                topic = page.topic_name.as_str(),
                section = section,
                count = page.cards.len()
            ))
            .weak(),
        );
        if let Some(cue) = &fact.cue {
            let found = view
                .article
                .as_ref()
                .map(|a| a.text.map.first_position(fact_index).is_some());
            let text = if found == Some(false) {
                tr!("reading-in-article-not-found", cue = cue.as_str())
            } else {
                tr!("reading-in-article", cue = cue.as_str())
            };
            ui.label(RichText::new(text).italics());
        }
    }
    if let Some(note) = &page.note {
        ui.label(RichText::new(tr!("reading-note", note = note.as_str())).italics());
    }
    ui.add_space(6.0);
    let now = collection.now();
    egui::ScrollArea::vertical()
        .id_salt("fact cards")
        .auto_shrink(false)
        .show(ui, |ui| {
            for card in &page.cards {
                egui::Frame::group(ui.style())
                    .inner_margin(egui::Margin::same(10))
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(RichText::new(&card.row.prompt).strong().size(16.0));
                        ui.label(&card.row.answer);
                        ui.add_space(4.0);
                        // Side by side only where the history's lines fit beside the state.
                        if ui.available_width() >= 820.0 {
                            ui.columns(2, |columns| {
                                state_grid(&mut columns[0], &card.row, now);
                                history(&mut columns[1], card, now);
                            });
                        } else {
                            state_grid(ui, &card.row, now);
                            ui.add_space(4.0);
                            history(ui, card, now);
                        }
                    });
                ui.add_space(6.0);
            }
            ui.label(RichText::new(tr!("reading-suspend-hint")).small().weak());
        });
    action
}
