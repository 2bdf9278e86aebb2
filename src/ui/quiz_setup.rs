//! The quiz setup screen: how many questions, which topics and kinds of question,
//! feedback after each question or at the end, and an optional time limit.

use super::app::Screen;
use super::quiz_run::QuizView;
use super::screen::{Asked, Given, Request, View};
use super::terms::question_kind_label;
use crate::clock::to_millis;
use crate::deck::CardId;
use crate::quiz::{Question, QuestionKind, QuizBuilder, QuizLength, QuizSpec};
use crate::session::{Collection, FeedbackMode, QuizOptions, QuizRun, Scope};
use crate::tr;
use eframe::egui::{self, Key, Modifiers, RichText};
use std::time::{Duration, Instant};

/// The width one column of topic names needs, in points (the longest German names).
const TOPIC_COLUMN_WIDTH: f32 = 300.0;

/// How long each frame may spend counting the questions of a large deck.
const COUNTING_PER_FRAME: Duration = Duration::from_millis(8);

/// The lengths offered.
const LENGTHS: [(QuizLength, &str); 4] = [
    (QuizLength::Questions(10), "10"),
    (QuizLength::Questions(20), "20"),
    (QuizLength::Questions(40), "40"),
    (QuizLength::All, ""),
];

/// Time limits offered, in minutes.
const TIME_LIMITS: [Option<u32>; 5] = [None, Some(5), Some(10), Some(20), Some(30)];

/// The learner's choices for the next quiz.
pub struct QuizSetupForm {
    deck_id: String,
    deck_title: String,
    length: QuizLength,
    /// Each topic of the deck: id, name, chosen.
    topics: Vec<(String, String, bool)>,
    kinds: Vec<(QuestionKind, bool)>,
    feedback: FeedbackMode,
    time_limit: Option<u32>,
    /// How many questions the chosen topics and kinds give at most; counted when a choice
    /// changes, not every frame.
    available: usize,
    /// The quiz of every question the choices give, while it is being built to count
    /// them: a few milliseconds of each frame, so a deck of 100,000 cards (most of a
    /// second) never stops the window.
    counting: Option<QuizBuilder>,
    /// That quiz once built, for starting a quiz of all questions without building it
    /// again; made with `seed`, as the quiz started will be.
    counted: Option<Vec<Question>>,
    seed: u64,
    /// Only the cards of one section of the article, and its title.
    section: Option<(String, Vec<CardId>)>,
    /// Whether facts from outside the article are asked (the learner's setting).
    background: bool,
    /// Whether the deck has such facts at all, to say what the setting does only then.
    has_background: bool,
}

impl QuizSetupForm {
    pub fn new(collection: &Collection, deck_id: &str) -> Option<QuizSetupForm> {
        let deck = collection.deck(deck_id)?;
        let mut form = QuizSetupForm {
            deck_id: deck.id.clone(),
            deck_title: deck.title.clone(),
            length: QuizLength::Questions(10),
            topics: deck
                .topics
                .iter()
                .map(|t| (t.id.clone(), t.name.clone(), true))
                .collect(),
            kinds: QuestionKind::ALL.iter().map(|k| (*k, true)).collect(),
            feedback: FeedbackMode::Immediate,
            time_limit: None,
            available: 0,
            counting: None,
            counted: None,
            seed: to_millis(collection.now()) as u64,
            section: None,
            background: collection.settings().background_facts,
            has_background: deck.facts.iter().any(|f| f.context),
        };
        form.recount(collection);
        Some(form)
    }

    /// A setup with only one topic chosen, for a quiz of just that topic.
    pub fn for_topic(
        collection: &Collection,
        deck_id: &str,
        topic_id: &str,
    ) -> Option<QuizSetupForm> {
        let mut form = QuizSetupForm::new(collection, deck_id)?;
        for (id, _, on) in &mut form.topics {
            *on = id == topic_id;
        }
        form.recount(collection);
        Some(form)
    }

    /// A setup with only the facts of one section of the article, for a quiz of just that
    /// section; `None` when the section has no facts.
    pub fn for_section(
        collection: &Collection,
        deck_id: &str,
        section_id: &str,
    ) -> Option<QuizSetupForm> {
        let deck = collection.deck(deck_id)?;
        let title = deck
            .sections
            .iter()
            .find(|s| s.id == section_id)?
            .title
            .clone();
        let cards: Vec<CardId> = deck
            .cards
            .iter()
            .filter(|c| Scope::Section(section_id.to_string()).includes(deck, c))
            .map(|c| c.id.clone())
            .collect();
        if cards.is_empty() {
            return None;
        }
        let mut form = QuizSetupForm::new(collection, deck_id)?;
        form.section = Some((title, cards));
        form.recount(collection);
        Some(form)
    }

    fn spec(&self, length: QuizLength, seed: u64) -> QuizSpec {
        let mut spec = QuizSpec::new(length, seed);
        spec.background = self.background;
        spec.only_cards = self.section.as_ref().map(|(_, cards)| cards.clone());
        spec.topics = self
            .topics
            .iter()
            .filter(|(_, _, on)| *on)
            .map(|(id, _, _)| id.clone())
            .collect();
        spec.kinds = self
            .kinds
            .iter()
            .filter(|(_, on)| *on)
            .map(|(k, _)| *k)
            .collect();
        spec
    }

    fn nothing_chosen(&self) -> bool {
        self.topics.iter().all(|(_, _, on)| !on) || self.kinds.iter().all(|(_, on)| !on)
    }

    /// Starts counting the questions the choices give (see `count_on`).
    fn recount(&mut self, collection: &Collection) {
        self.available = 0;
        self.counted = None;
        self.counting = match collection.deck(&self.deck_id) {
            Some(deck) if !self.nothing_chosen() => {
                self.seed = to_millis(collection.now()) as u64;
                Some(QuizBuilder::new(
                    deck,
                    &self.spec(QuizLength::All, self.seed),
                ))
            }
            _ => None,
        };
    }

    /// Builds the quiz of every question for at most `budget`; `true` once counted.
    fn count_on(&mut self, collection: &Collection, budget: Duration) -> bool {
        let Some(builder) = &mut self.counting else {
            return true;
        };
        let Some(deck) = collection.deck(&self.deck_id) else {
            self.counting = None;
            return true;
        };
        let until = Instant::now() + budget;
        while builder.step(deck) {
            if Instant::now() >= until {
                return false;
            }
        }
        if let Some(builder) = self.counting.take() {
            let questions = builder.finish();
            self.available = questions.len();
            self.counted = Some(questions);
        }
        true
    }

    pub fn options(&self, seed: u64) -> QuizOptions {
        QuizOptions {
            spec: self.spec(self.length, seed),
            feedback: self.feedback,
            time_limit_minutes: self.time_limit,
        }
    }
}

impl View for QuizSetupForm {
    type Action = std::convert::Infallible;

    fn show(&mut self, ui: &mut egui::Ui, given: &Given<'_>) -> Option<Asked<Self::Action>> {
        show(ui, given.collection, self).map(Asked::App)
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

/// The form; a quiz is made here (nothing is saved until it is answered).
fn show(ui: &mut egui::Ui, collection: &Collection, form: &mut QuizSetupForm) -> Option<Request> {
    let mut changed = false;
    let mut start = ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter));
    let mut leave = ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape));

    ui.heading(tr!("quiz-setup-title", deck = form.deck_title.as_str()));
    if let Some((title, _)) = &form.section {
        ui.label(RichText::new(tr!("quiz-setup-only-section", section = title.as_str())).strong());
    }
    ui.label(RichText::new(tr!("quiz-setup-explained")).weak());
    if form.has_background {
        ui.label(
            RichText::new(if form.background {
                tr!("quiz-setup-background-included")
            } else {
                tr!("quiz-setup-background-left-out")
            })
            .weak(),
        );
    }
    ui.add_space(10.0);
    egui::Grid::new("quiz setup")
        .num_columns(2)
        .spacing([24.0, 12.0])
        .show(ui, |ui| {
            ui.label(RichText::new(tr!("quiz-setup-questions")).strong());
            ui.horizontal(|ui| {
                for (length, name) in LENGTHS {
                    let name = match length {
                        QuizLength::All => tr!("quiz-setup-all"),
                        QuizLength::Questions(_) => name.to_string(),
                    };
                    changed |= ui.radio_value(&mut form.length, length, name).changed();
                }
            });
            ui.end_row();

            ui.label(RichText::new(tr!("quiz-setup-topics")).strong());
            ui.vertical(|ui| {
                ui.horizontal(|ui| {
                    if ui.small_button(tr!("quiz-setup-all-topics")).clicked() {
                        form.topics.iter_mut().for_each(|t| t.2 = true);
                        changed = true;
                    }
                    if ui.small_button(tr!("quiz-setup-no-topic")).clicked() {
                        form.topics.iter_mut().for_each(|t| t.2 = false);
                        changed = true;
                    }
                });
                // Two columns where they fit; one at large text sizes, where a second
                // column ran out of the window.
                let per_row = if ui.available_width() >= 2.0 * TOPIC_COLUMN_WIDTH {
                    2
                } else {
                    1
                };
                egui::Grid::new("quiz topics")
                    .num_columns(per_row)
                    .show(ui, |ui| {
                        for (i, (_, name, on)) in form.topics.iter_mut().enumerate() {
                            changed |= ui.checkbox(on, name.as_str()).changed();
                            if i % per_row == per_row - 1 {
                                ui.end_row();
                            }
                        }
                    });
            });
            ui.end_row();

            ui.label(RichText::new(tr!("quiz-setup-kinds")).strong());
            ui.horizontal_wrapped(|ui| {
                for (kind, on) in form.kinds.iter_mut() {
                    changed |= ui.checkbox(on, question_kind_label(*kind)).changed();
                }
            });
            ui.end_row();

            ui.label(RichText::new(tr!("quiz-setup-feedback")).strong());
            ui.horizontal_wrapped(|ui| {
                ui.radio_value(
                    &mut form.feedback,
                    FeedbackMode::Immediate,
                    tr!("quiz-setup-after-each"),
                );
                ui.radio_value(
                    &mut form.feedback,
                    FeedbackMode::AtEnd,
                    tr!("quiz-setup-at-end"),
                );
            });
            ui.end_row();

            ui.label(RichText::new(tr!("quiz-setup-time-limit")).strong());
            ui.horizontal_wrapped(|ui| {
                for limit in TIME_LIMITS {
                    let name = limit.map_or(tr!("quiz-setup-no-limit"), |m| {
                        tr!("duration-minutes", minutes = m)
                    });
                    ui.radio_value(&mut form.time_limit, limit, name);
                }
            });
            ui.end_row();
        });
    if changed {
        form.recount(collection);
    }
    let counted = form.count_on(collection, COUNTING_PER_FRAME);
    ui.add_space(12.0);
    let count = match form.length {
        QuizLength::Questions(n) => n.min(form.available),
        QuizLength::All => form.available,
    };
    let ready = counted && count > 0;
    ui.label(if !counted {
        ui.ctx().request_repaint();
        tr!("quiz-setup-counting")
    } else if ready {
        tr!(
            "quiz-setup-count",
            count = count,
            available = form.available
        )
    } else {
        tr!("quiz-setup-nothing")
    });
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let button = egui::Button::new(RichText::new(tr!("quiz-setup-start")).size(18.0));
        start |= ui.add_enabled(ready, button).clicked();
        leave |= ui.button(tr!("study-back")).clicked();
    });
    if leave {
        return Some(Request::Home);
    }
    if start && ready {
        let options = form.options(form.seed);
        // A quiz of every question is the one just counted.
        let started = match (form.length, form.counted.take()) {
            (QuizLength::All, Some(questions)) => {
                QuizRun::with_questions(collection, &form.deck_id, options, questions)
            }
            _ => QuizRun::start(collection, &form.deck_id, options),
        };
        return Some(match started {
            Ok(run) => Request::Show(Screen::Quiz(Box::new(QuizView::new(run)))),
            Err(e) => Request::Error(e.to_string()),
        });
    }
    None
}
