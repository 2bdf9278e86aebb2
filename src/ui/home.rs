//! The home screen: the decks found, what is waiting in each, per topic, and the way in
//! to studying.

use super::screen::{Asked, Given, Request, View};
use super::stats::{days_text, mastery_bar};
use super::summary::{DeckRow, TopicRow};
use crate::clock::to_millis;
use crate::deck::DeckNotice;
use crate::i18n::format_integer;
use crate::session::{CardCounts, Scope, StudyMore};
use crate::stats::{DeckMastery, StatsSnapshot, WeakestTopic, weakest_topic};
use crate::tr;
use eframe::egui::{self, Key, RichText};
use std::time::Duration;

/// Width of the column listing the decks: room for a deck's title and counts, and no more,
/// so that in the window's first size the German topic table beside it needs no sideways
/// scrolling.
const DECK_LIST_WIDTH: f32 = 280.0;

/// What the learner asked for on this frame.
enum Action {
    Select(usize),
    Study(String, Scope),
    /// Studying on once nothing is due (the weakest topic ahead of schedule).
    StudyMore(String, StudyMore),
    /// A quiz of a deck, or of one of its topics.
    Quiz(String, Option<String>),
}

impl Action {
    /// What the app does for it.
    fn request(self) -> Request {
        match self {
            Action::Select(index) => Request::SelectDeck(index),
            Action::Study(deck_id, scope) => Request::Study { deck_id, scope },
            Action::StudyMore(deck_id, more) => Request::StudyMore { deck_id, more },
            Action::Quiz(deck_id, topic) => Request::QuizSetup { deck_id, topic },
        }
    }
}

/// The home screen keeps nothing of its own: its figures are the app's (`Given::summary`,
/// computed when progress changes).
pub struct HomeView;

impl View for HomeView {
    type Action = std::convert::Infallible;

    fn show(&mut self, ui: &mut egui::Ui, given: &Given<'_>) -> Option<Asked<Self::Action>> {
        show(ui, given).map(|action| Asked::App(action.request()))
    }

    fn apply(
        &mut self,
        action: Self::Action,
        _: &mut crate::session::Collection,
        _: &egui::Context,
    ) -> Vec<Request> {
        match action {}
    }
}

fn show(ui: &mut egui::Ui, given: &Given<'_>) -> Option<Action> {
    let collection = given.collection;
    let now = to_millis(collection.now());
    let summary = given.summary?;
    let wait = (summary.valid_until - now).max(1000) as u64;
    ui.ctx().request_repaint_after(Duration::from_millis(wait));

    let deck_count = summary.decks.len();
    // A read-only window (another factdeck writes) shows progress but cannot study.
    let writable = collection.read_only_reason().is_none();
    let selected = given.selected_deck.min(deck_count.saturating_sub(1));
    let mut action = None;
    ui.input(|i| {
        if i.key_pressed(Key::ArrowDown) && selected + 1 < deck_count {
            action = Some(Action::Select(selected + 1));
        } else if i.key_pressed(Key::ArrowUp) && selected > 0 {
            action = Some(Action::Select(selected - 1));
        } else if i.key_pressed(Key::Enter)
            && let Some(deck) = summary.decks.get(selected)
        {
            action = Some(Action::Study(deck.id.clone(), Scope::WholeDeck));
        } else if i.key_pressed(Key::Q)
            && let Some(deck) = summary.decks.get(selected)
        {
            action = Some(Action::Quiz(deck.id.clone(), None));
        }
    });

    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("home-reviews-today", count = summary.reviews_today));
        if let Some(stats) = given.stats {
            today_figures(ui, stats);
        }
    });
    // Above the decks, where it is seen: a deck file that took a built-in deck's place
    // changes what the learner studies, whether it was put there on purpose or not.
    for notice in collection.deck_notices() {
        let text = RichText::new(notice_text(notice));
        let text = if notice.is_warning() {
            text.color(ui.visuals().warn_fg_color)
        } else {
            text
        };
        ui.add(egui::Label::new(text).wrap());
    }
    ui.add_space(8.0);

    // Scrolls both ways, so large text or long German labels never cut anything off.
    egui::ScrollArea::both()
        .id_salt("home")
        .auto_shrink(false)
        .show(ui, |ui| {
            if summary.decks.is_empty() {
                ui.label(tr!("home-no-deck"));
            }
            // The deck list takes a narrow column and the selected deck's details the rest;
            // at large text sizes the list stands above the details instead.
            let deck_list = |ui: &mut egui::Ui| {
                let mut chosen = None;
                ui.heading(tr!("nav-decks"));
                ui.add_space(4.0);
                // Entries out of sight only take their room: a folder of 10,000 decks
                // would otherwise lay out 10,000 buttons each frame.
                let height_id = egui::Id::unique("deck entry height");
                let entry_height = ui
                    .data(|d| d.get_temp::<f32>(height_id))
                    .unwrap_or(DECK_ENTRY_HEIGHT);
                let mut measured: Option<f32> = None;
                for (index, deck) in summary.decks.iter().enumerate() {
                    let top = ui.next_widget_position().y;
                    let entry = egui::Rect::from_min_size(
                        egui::pos2(ui.clip_rect().left(), top),
                        egui::vec2(ui.clip_rect().width(), entry_height),
                    );
                    if !ui.is_rect_visible(entry) {
                        ui.allocate_space(egui::vec2(0.0, entry_height));
                        continue;
                    }
                    if deck_entry(ui, deck, index == selected).clicked() {
                        chosen = Some(Action::Select(index));
                    }
                    let height = ui.next_widget_position().y - top - ui.spacing().item_spacing.y;
                    measured = Some(measured.map_or(height, |h| h.max(height)));
                }
                if let Some(height) = measured.filter(|h| h.is_finite() && *h > 0.0)
                    && (height - entry_height).abs() > 0.5
                {
                    ui.data_mut(|d| d.insert_temp(height_id, height));
                }
                chosen
            };
            let details = |ui: &mut egui::Ui| {
                let mastery = summary
                    .decks
                    .get(selected)
                    .and_then(|deck| given.stats?.deck_mastery(&deck.id));
                let deck = summary.decks.get(selected)?;
                deck_details(ui, deck, mastery, writable)
            };
            let chosen = if ui.available_width() < DECK_LIST_WIDTH + 560.0 {
                let listed = ui.vertical(deck_list).inner;
                ui.separator();
                let detailed = ui.vertical(details).inner;
                listed.or(detailed)
            } else {
                ui.horizontal_top(|ui| {
                    let listed = ui
                        .vertical(|ui| {
                            ui.set_width(DECK_LIST_WIDTH);
                            deck_list(ui)
                        })
                        .inner;
                    ui.separator();
                    let detailed = ui.vertical(details).inner;
                    listed.or(detailed)
                })
                .inner
            };
            if chosen.is_some() {
                action = chosen;
            }

            let problems = collection.deck_problems();
            if !problems.is_empty() {
                ui.add_space(12.0);
                ui.separator();
                ui.label(
                    RichText::new(tr!("home-deck-problems", count = problems.len()))
                        .color(ui.visuals().warn_fg_color),
                );
                // The first lines, and how many more: thousands of broken deck files
                // gave thousands of lines laid out each frame (`factdeck check` lists all).
                egui::ScrollArea::vertical()
                    .id_salt("deck problems")
                    .max_height(160.0)
                    .show(ui, |ui| {
                        for problem in problems.iter().take(LISTED_PROBLEMS) {
                            ui.monospace(problem.to_string());
                        }
                        if problems.len() > LISTED_PROBLEMS {
                            ui.label(tr!(
                                "home-deck-problems-more",
                                count = problems.len() - LISTED_PROBLEMS
                            ));
                        }
                    });
            }
        });

    action
}

/// A notice about the loaded decks, in the learner's language.
fn notice_text(notice: &DeckNotice) -> String {
    match notice {
        DeckNotice::ReplacesBuiltIn {
            file,
            line,
            deck_id,
            built_in_title,
        } => tr!(
            "home-deck-replaces-built-in",
            file = file.as_str(),
            line = line.to_string(),
            id = deck_id.as_str(),
            title = built_in_title.as_str()
        ),
        DeckNotice::EditedCopy {
            file,
            built_in_title,
            ..
        } => tr!(
            "home-deck-edited-copy",
            file = file.as_str(),
            title = built_in_title.as_str()
        ),
    }
}

/// How many problems of deck files the home screen lists.
const LISTED_PROBLEMS: usize = 100;

/// The least height of a deck's entry in the list.
const DECK_ENTRY_HEIGHT: f32 = 44.0;

fn deck_entry(ui: &mut egui::Ui, deck: &DeckRow, selected: bool) -> egui::Response {
    let text = format!("{}\n{}", deck.title, counts_text(&deck.counts));
    // The growing atom after the text keeps the text at the left edge.
    let button = egui::Button::selectable(selected, (text, egui::Atom::grow()))
        .min_size(egui::vec2(ui.available_width(), DECK_ENTRY_HEIGHT));
    ui.add(button)
}

/// Today's work and the streak, beside the reviews done today.
fn today_figures(ui: &mut egui::Ui, stats: &StatsSnapshot) {
    ui.separator();
    ui.label(tr!(
        "home-left-today",
        count = stats.today_figures.remaining
    ));
    ui.separator();
    let streak = ui.label(tr!(
        "home-streak",
        days = days_text(stats.streaks.current_days)
    ));
    if stats.streaks.current_days > 0 && !stats.streaks.studied_today {
        streak.on_hover_text(tr!("home-streak-hint"));
    }
    ui.separator();
    ui.label(tr!(
        "home-longest-streak",
        days = days_text(stats.streaks.longest_days)
    ));
}

fn deck_details(
    ui: &mut egui::Ui,
    deck: &DeckRow,
    mastery: Option<&DeckMastery>,
    writable: bool,
) -> Option<Action> {
    let mut action = None;
    ui.heading(&deck.title);
    ui.label(tr!(
        "home-deck-cards",
        total = deck.phases.total(),
        new = deck.phases.new,
        learning = deck.phases.learning,
        review = deck.phases.review,
        suspended = deck.phases.suspended
    ));
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        count_badge(
            ui,
            &tr!("home-badge-new"),
            deck.counts.new,
            ui.visuals().hyperlink_color,
        );
        count_badge(
            ui,
            &tr!("home-badge-learning"),
            deck.counts.learning,
            ui.visuals().warn_fg_color,
        );
        count_badge(
            ui,
            &tr!("home-badge-due"),
            deck.counts.due,
            egui::Color32::from_rgb(60, 160, 90),
        );
    });
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let study = ui.add_enabled(
            writable,
            egui::Button::new(RichText::new(tr!("home-study")).size(18.0)),
        );
        if study.clicked() {
            action = Some(Action::Study(deck.id.clone(), Scope::WholeDeck));
        }
        let quiz = ui.add_enabled(
            writable,
            egui::Button::new(RichText::new(tr!("home-quiz")).size(18.0)),
        );
        if quiz.clicked() {
            action = Some(Action::Quiz(deck.id.clone(), None));
        }
    });
    ui.add_space(10.0);
    // The stats list a deck's topics in the deck's order, as the rows are: each row finds
    // its mastery at its own place, not by searching every topic.
    let mastery_of = |index: usize, id: &str| {
        let topics = &mastery?.topics;
        topics
            .get(index)
            .filter(|m| m.topic_id == id)
            .or_else(|| topics.iter().find(|m| m.topic_id == id))
    };
    let weakest = mastery.map_or(WeakestTopic::NoneStarted, |m| weakest_topic(&m.topics));
    // The line wraps and its buttons stand below it, so neither is cut off.
    ui.add(egui::Label::new(weakest_text(&weakest)).wrap());
    let row = weakest
        .topic()
        .and_then(|weak| deck.topics.iter().find(|t| t.id == weak.topic_id));
    // With nothing due in it today, the weakest topic can still be studied ahead.
    if let Some(row) = row
        && let Some(chosen) = topic_actions(ui, &deck.id, row, writable, true)
    {
        action = Some(chosen);
    }
    ui.add_space(6.0);
    ui.label(RichText::new(tr!("home-by-topic")).strong());
    // Rows out of sight are only made room for: a deck of a thousand topics would
    // otherwise lay out thousands of widgets each frame (22 ms a frame, measured).
    let height_id = egui::Id::unique(("topic row height", &deck.id));
    let row_height = ui
        .data(|d| d.get_temp::<f32>(height_id))
        .unwrap_or(ui.spacing().interact_size.y);
    let mut measured: Option<f32> = None;
    egui::Grid::new(("topics", &deck.id))
        .striped(true)
        .num_columns(6)
        .show(ui, |ui| {
            ui.label(tr!("home-topic"));
            ui.label(tr!("home-mastered"))
                .on_hover_text(tr!("home-mastered-hint"));
            ui.label(tr!("home-new"));
            ui.label(tr!("home-learning"));
            ui.label(tr!("home-due"));
            ui.label("");
            ui.end_row();
            for (index, topic) in deck.topics.iter().enumerate() {
                let top = ui.next_widget_position().y;
                let row = egui::Rect::from_min_size(
                    egui::pos2(ui.clip_rect().left(), top),
                    egui::vec2(ui.clip_rect().width(), row_height),
                );
                if !ui.is_rect_visible(row) {
                    ui.allocate_space(egui::vec2(0.0, row_height));
                    ui.end_row();
                    continue;
                }
                ui.label(&topic.name);
                match mastery_of(index, &topic.id) {
                    Some(m) => {
                        mastery_bar(ui, m, 110.0);
                    }
                    None => {
                        ui.label("");
                    }
                }
                ui.label(topic.counts.new.to_string());
                ui.label(topic.counts.learning.to_string());
                ui.label(topic.counts.due.to_string());
                if let Some(chosen) = topic_actions(ui, &deck.id, topic, writable, false) {
                    action = Some(chosen);
                }
                ui.end_row();
                // The rows drawn say how much room the others need.
                let height = ui.next_widget_position().y - top - ui.spacing().item_spacing.y;
                measured = Some(measured.map_or(height, |h| h.max(height)));
            }
        });
    if let Some(height) = measured.filter(|h| h.is_finite() && *h > 0.0)
        && (height - row_height).abs() > 0.5
    {
        ui.data_mut(|d| d.insert_temp(height_id, height));
    }
    action
}

/// The ways into one topic: studying just its cards, or a quiz of just the topic. With
/// `ahead`, a topic with nothing due today is studied ahead of schedule instead.
fn topic_actions(
    ui: &mut egui::Ui,
    deck_id: &str,
    topic: &TopicRow,
    writable: bool,
    ahead: bool,
) -> Option<Action> {
    ui.horizontal(|ui| {
        let due = topic.counts.total() > 0;
        let name = topic.name.as_str();
        let study = if !due && ahead {
            ui.add_enabled(
                writable,
                egui::Button::new(tr!("home-topic-study-ahead")).small(),
            )
            .on_hover_text(tr!("summary-more-topic-hint"))
        } else {
            ui.add_enabled(
                writable && due,
                egui::Button::new(tr!("home-topic-study")).small(),
            )
            .on_hover_text(tr!("home-topic-study-hint", topic = name))
            .on_disabled_hover_text(tr!("home-topic-nothing", topic = name))
        };
        let quiz = ui
            .add_enabled(writable, egui::Button::new(tr!("home-topic-quiz")).small())
            .on_hover_text(tr!("home-topic-quiz-hint", topic = name));
        if study.clicked() && !due {
            Some(Action::StudyMore(
                deck_id.to_string(),
                StudyMore::Topic(topic.id.clone()),
            ))
        } else if study.clicked() {
            Some(Action::Study(
                deck_id.to_string(),
                Scope::Topic(topic.id.clone()),
            ))
        } else if quiz.clicked() {
            Some(Action::Quiz(deck_id.to_string(), Some(topic.id.clone())))
        } else {
            None
        }
    })
    .inner
}

/// The weakest topic in words: which, among how many started, or that none or only one
/// was started.
pub(super) fn weakest_text(weakest: &WeakestTopic<'_>) -> String {
    match weakest {
        WeakestTopic::NoneStarted => tr!("home-weakest-none"),
        WeakestTopic::OnlyStarted(topic) => tr!(
            "home-weakest-only",
            topic = topic.name.as_str(),
            mastered = topic.mastered,
            started = topic.started
        ),
        WeakestTopic::Weakest { topic, started } => tr!(
            "home-weakest",
            topic = topic.name.as_str(),
            count = *started,
            mastered = topic.mastered,
            started = topic.started
        ),
    }
}

fn count_badge(ui: &mut egui::Ui, name: &str, count: usize, color: egui::Color32) {
    ui.label(
        RichText::new(format!("{} {name}", format_integer(count as i64)))
            .color(color)
            .size(16.0),
    );
}

fn counts_text(counts: &CardCounts) -> String {
    tr!(
        "home-deck-counts",
        new = counts.new,
        learning = counts.learning,
        due = counts.due
    )
}
