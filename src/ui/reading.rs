//! The reading screen: the article's outline by section, each fact coloured by how well it
//! is known; the learner's own copy of the article beside it with every fact's cue
//! highlighted (`article_layout.rs`); a fact's cards and their history. Opening the article
//! is the app's (`article.rs`).

use super::article::OpenArticle;
use super::article_layout::{ArticleLayout, LEVELS, level, level_word};
use super::browser::{edit_wording_button, history, state_grid};
use super::colour_key::colour_key;
use super::screen::{Asked, Given, Request, View};
use crate::reading::{ArticleMap, Outline, OutlineFact, fact_words};
use crate::session::{CardCounts, Collection, FactPage, Scope};
use crate::stats::FactMastery;
use crate::tr;
use eframe::egui::{self, Align, Key, Modifiers, RichText, Sense};

/// Lines longer than this are hard to follow.
const MAX_TEXT_WIDTH: f32 = 700.0;
const OUTLINE_WIDTH: f32 = 430.0;

/// The narrowest the outline is drawn beside the text.
const OUTLINE_MIN_WIDTH: f32 = 280.0;

/// The narrowest the text (or a fact's cards) is drawn beside the outline: below this
/// width left for it, the screen shows one of them at a time.
const TEXT_MIN_WIDTH: f32 = 360.0;

/// Which of the two the screen shows when the window is too narrow for both.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
enum Pane {
    #[default]
    Outline,
    Text,
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
    /// The article laid out, and the `OpenArticle::generation` it was laid out for (`None`:
    /// no article was open; the outer `None`: not laid out yet).
    article: Option<ArticleLayout>,
    article_generation: Option<Option<u64>>,
    /// The fact whose cards are on show.
    page: Option<(usize, FactPage)>,
    /// Scroll the outline to this fact on the next frame (it was clicked in the text).
    reveal_in_outline: Option<usize>,
    /// Scroll the text to this fact on the next frame (it was chosen in the outline).
    reveal_in_text: Option<usize>,
    /// The pane on show in a narrow window.
    pane: Pane,
}

impl ReadingView {
    pub fn new(collection: &Collection, deck_id: &str) -> ReadingView {
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
            // The first frame lays out the article.
            article_generation: None,
            page: None,
            reveal_in_outline: None,
            reveal_in_text: None,
            pane: Pane::default(),
        }
    }

    /// Places the facts in the article just opened (or forgets the old one).
    fn lay_out_article(&mut self, collection: &Collection, open: Option<&OpenArticle>, dark: bool) {
        self.article_generation = Some(open.map(|open| open.generation));
        let Some(deck) = collection.deck(&self.deck_id) else {
            return;
        };
        self.article = open.map(|open| {
            let article = &open.article;
            let map = ArticleMap::build(deck, &article.text);
            let words: Vec<String> = deck.facts.iter().map(fact_words).collect();
            ArticleLayout::new(
                &article.path,
                &article.text,
                map,
                &words,
                &self.mastery,
                dark,
            )
        });
        self.outline = Outline::build(
            deck,
            &self.mastery,
            self.article.as_ref().map(|a| &a.text.map),
        );
    }
}

/// What the learner asked for on this frame.
enum Action {
    Select(usize, Reveal),
    ClosePage,
    /// The open fact's wording, in the card browser's edit form.
    EditFact(String),
    /// The outline or the text, in a window too narrow for both.
    ShowPane(Pane),
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

impl View for ReadingView {
    type Action = std::convert::Infallible;

    fn show(&mut self, ui: &mut egui::Ui, given: &Given<'_>) -> Option<Asked<Self::Action>> {
        show(ui, given, self).map(Asked::App)
    }

    fn apply(
        &mut self,
        action: Self::Action,
        _: &mut Collection,
        _: &egui::Context,
    ) -> Vec<Request> {
        match action {}
    }
}

/// The screen; choosing a fact only reads (its page), everything else is the app's.
fn show(ui: &mut egui::Ui, given: &Given<'_>, view: &mut ReadingView) -> Option<Request> {
    let dark = ui.visuals().dark_mode;
    let collection = given.collection;
    let generation = Some(given.article.map(|open| open.generation));
    if view.article_generation != generation {
        view.lay_out_article(collection, given.article, dark);
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

    if ui.available_width() < OUTLINE_MIN_WIDTH + TEXT_MIN_WIDTH {
        // Too narrow for both side by side (a small window, large text): one at a time.
        if let Some(chosen) = one_pane(ui, collection, view, writable) {
            action = Some(chosen);
        }
    } else {
        egui::Panel::left("reading outline")
            .resizable(true)
            .default_size(OUTLINE_WIDTH)
            .min_size(OUTLINE_MIN_WIDTH)
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
            if let Some(chosen) = text_pane(ui, collection, view) {
                action = Some(chosen);
            }
        });
    }

    let deck_id = view.deck_id.clone();
    match action? {
        Action::ShowPane(pane) => {
            view.pane = pane;
            None
        }
        Action::Select(fact_index, reveal) => {
            let fact_id = collection
                .deck(&deck_id)
                .and_then(|d| d.facts.get(fact_index))
                .map(|f| f.id.clone());
            let fact_id = fact_id?;
            match reveal {
                Reveal::InOutline => view.reveal_in_outline = Some(fact_index),
                Reveal::InText => view.reveal_in_text = Some(fact_index),
            }
            match collection.fact_page(&deck_id, &fact_id) {
                Ok(page) => {
                    view.page = Some((fact_index, page));
                    None
                }
                Err(e) => Some(Request::Error(e.to_string())),
            }
        }
        Action::ClosePage => {
            if let Some((fact_index, _)) = view.page.take() {
                view.reveal_in_text = Some(fact_index);
            }
            None
        }
        Action::Study(section) => Some(Request::Study {
            deck_id,
            scope: Scope::Section(section),
        }),
        Action::Quiz(section_id) => Some(Request::SectionQuiz {
            deck_id,
            section_id,
        }),
        Action::OpenDialog => Some(Request::ChooseArticle),
        Action::EditFact(fact_id) => Some(Request::EditFact { deck_id, fact_id }),
    }
}

/// What is beside the outline: a fact's cards, the article, or how to open it.
fn text_pane(ui: &mut egui::Ui, collection: &Collection, view: &mut ReadingView) -> Option<Action> {
    if let Some((fact_index, page)) = &view.page {
        let has_text = view.article.is_some();
        fact_panel(ui, collection, view, *fact_index, page, has_text)
    } else if view.article.is_some() {
        article_panel(ui, view)
    } else {
        no_article(ui)
    }
}

/// The screen in a narrow window: a fact's cards when one is open, else the outline or
/// the text, as the learner switches between them.
fn one_pane(
    ui: &mut egui::Ui,
    collection: &Collection,
    view: &mut ReadingView,
    writable: bool,
) -> Option<Action> {
    if view.page.is_some() {
        return text_pane(ui, collection, view);
    }
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        for (pane, name) in [
            (Pane::Outline, tr!("reading-outline")),
            (Pane::Text, tr!("reading-text-pane")),
        ] {
            if ui.selectable_label(view.pane == pane, name).clicked() {
                action = Some(Action::ShowPane(pane));
            }
        }
    });
    ui.separator();
    let chosen = match view.pane {
        Pane::Outline => outline_panel(ui, view, writable),
        Pane::Text => text_pane(ui, collection, view),
    };
    chosen.or(action)
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
    colour_key(ui, color, RichText::new(word).small());
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
    let level_width = level_column_width(ui);
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
                    let response =
                        outline_fact(ui, fact, selected == Some(fact.index), level_width);
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

/// Room for the widest level's square and word in the language on show, so that every
/// fact's words start at the same place.
fn level_column_width(ui: &egui::Ui) -> f32 {
    let widest = LEVELS
        .iter()
        .map(|mastery| {
            egui::WidgetText::from(RichText::new(level(*mastery).0).small())
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Extend),
                    f32::INFINITY,
                    egui::TextStyle::Small,
                )
                .size()
                .x
        })
        .fold(0.0, f32::max);
    10.0 + ui.spacing().item_spacing.x + widest
}

/// One fact of the outline: its level as a coloured square and word, then its words.
fn outline_fact(
    ui: &mut egui::Ui,
    fact: &OutlineFact,
    selected: bool,
    level_width: f32,
) -> egui::Response {
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = 6.0;
        let (word, color) = level(fact.mastery);
        ui.vertical(|ui| {
            ui.set_width(level_width);
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
        if let Some(fact) = fact
            && edit_wording_button(ui, collection)
        {
            action = Some(Action::EditFact(fact.id.clone()));
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
