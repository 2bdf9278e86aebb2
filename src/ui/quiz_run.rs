//! The quiz screen: one question after another, with feedback after each (and "I was
//! right") or all at the end, and the time left under a limit.

use super::question::{self, QuestionInput};
use super::screen::{Asked, Given, Request, View};
use super::terms::{question_kind_label, rating_name, wait_text};
use crate::clock::to_millis;
use crate::i18n::format_decimal;
use crate::session::{Collection, FeedbackMode, QuizRun, QuizStage};
use crate::tr;
use eframe::egui::{self, Key, Modifiers, RichText};
use std::time::Duration;

/// A quiz on screen: the run and the learner's unfinished answer.
pub struct QuizView {
    pub run: QuizRun,
    input: QuestionInput,
    /// The question `input` belongs to.
    input_for: Option<usize>,
    /// Whether the learner is being asked if the quiz should really end (after Esc).
    confirm_end: bool,
}

impl QuizView {
    pub fn new(run: QuizRun) -> QuizView {
        QuizView {
            run,
            input: QuestionInput::default(),
            input_for: None,
            confirm_end: false,
        }
    }
}

/// What the learner asked for on this frame.
pub enum Action {
    /// The time is up: the quiz ends with what was answered.
    TimeUp,
    Submit(crate::quiz::Response),
    Next,
    Overrule,
    /// Esc or the end button: ask before ending.
    AskEnd,
    /// "Continue" (or Esc again) in that question.
    KeepGoing,
    End,
}

/// Minutes and seconds, for the time left and the time taken.
pub fn minutes_seconds(ms: i64) -> String {
    let seconds = (ms.max(0) + 999) / 1000;
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

impl View for QuizView {
    type Action = Action;

    fn show(&mut self, ui: &mut egui::Ui, given: &Given<'_>) -> Option<Asked<Action>> {
        show(ui, given.collection, self)
    }

    fn apply(
        &mut self,
        action: Action,
        collection: &mut Collection,
        _: &egui::Context,
    ) -> Vec<Request> {
        let result = match action {
            Action::TimeUp => self.run.check_time(collection).map(|_| ()),
            Action::Submit(response) => self.run.submit(collection, response),
            Action::Next => self.run.next(collection),
            Action::Overrule => self.run.overrule(collection),
            Action::End => self.run.finish(collection),
            // Applied in `show`.
            Action::AskEnd | Action::KeepGoing => Ok(()),
        };
        let mut requests = Vec::new();
        if let Err(e) = result {
            // Nothing was counted for the question; it stays on screen.
            requests.push(Request::Error(e.to_string()));
        }
        if self.run.stage() == QuizStage::Finished {
            requests.push(Request::QuizFinished);
        }
        requests
    }
}

fn show(ui: &mut egui::Ui, collection: &Collection, view: &mut QuizView) -> Option<Asked<Action>> {
    let now = to_millis(collection.now());
    if let Some(left) = view.run.time_left_ms(now) {
        // Only a quiz with a time limit repaints by itself, once a second for the clock.
        ui.ctx()
            .request_repaint_after(Duration::from_millis((left % 1000).max(50) as u64));
        if left == 0 && view.run.stage() != QuizStage::Finished {
            return Some(Asked::Screen(Action::TimeUp));
        }
    }
    if view.run.stage() == QuizStage::Finished {
        return Some(Asked::App(Request::QuizFinished));
    }
    let (index, question) = view.run.current()?;
    let question = question.clone();
    if view.input_for != Some(index) {
        view.input = QuestionInput::new(&question);
        view.input_for = Some(index);
    }
    let stage = view.run.stage();
    let mut action = None;
    let typed = matches!(question.body, crate::quiz::QuestionBody::Typed { .. });
    ui.input_mut(|i| {
        if i.consume_key(Modifiers::NONE, Key::Escape) {
            action = Some(if view.confirm_end {
                Action::KeepGoing
            } else {
                Action::AskEnd
            });
        }
        if view.confirm_end {
            return;
        }
        // "Don't know" inside the answer field: counted as not known, the answer shown.
        if let QuizStage::Asking(_) = stage
            && typed
            && i.consume_key(Modifiers::COMMAND, Key::Enter)
        {
            action = Some(Action::Submit(crate::quiz::Response::Typed(String::new())));
        }
        if let QuizStage::Feedback(_) = stage {
            if i.consume_key(Modifiers::NONE, Key::Enter)
                || i.consume_key(Modifiers::NONE, Key::Space)
            {
                action = Some(Action::Next);
            } else if i.consume_key(Modifiers::NONE, Key::R) {
                action = Some(Action::Overrule);
            }
        }
    });

    // The header: where in the quiz, the score so far, the time left.
    let total = view.run.questions().len();
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(tr!("quiz-question-of", number = index + 1, total = total)).strong(),
        );
        ui.separator();
        ui.label(question_kind_label(question.kind));
        let deck = collection.deck(view.run.deck_id());
        if let Some(topic) = deck.and_then(|d| d.topic(&question.topic)) {
            ui.separator();
            ui.label(&topic.name);
        }
        if deck.is_some_and(|d| question.is_background(d)) {
            question::background_label(ui);
        }
        if view.run.options().feedback == FeedbackMode::Immediate {
            let (points, answered) = view.run.score_so_far();
            ui.separator();
            ui.label(tr!(
                "quiz-score-so-far",
                points = points_text(points),
                answered = answered
            ));
        }
        if let Some(left) = view.run.time_left_ms(now) {
            ui.separator();
            let text = RichText::new(tr!("quiz-time-left", time = minutes_seconds(left)));
            ui.label(if left < 60_000 {
                text.color(ui.visuals().warn_fg_color).strong()
            } else {
                text
            });
        }
    });
    ui.add(egui::ProgressBar::new(index as f32 / total.max(1) as f32).desired_height(4.0));
    ui.add_space(12.0);

    egui::ScrollArea::vertical()
        .auto_shrink([false, true])
        .max_height(ui.available_height() - 48.0)
        .show(ui, |ui| {
            egui::Frame::group(ui.style())
                .inner_margin(egui::Margin::same(18))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    match stage {
                        QuizStage::Asking(_) => {
                            let keys = action.is_none() && !view.confirm_end;
                            if let Some(response) =
                                question::ask(ui, &question, &mut view.input, keys)
                            {
                                action = Some(Action::Submit(response));
                            }
                        }
                        QuizStage::Feedback(_) => {
                            if let Some(answer) = view.run.answer(index) {
                                question::feedback(
                                    ui,
                                    &question,
                                    &answer.checked,
                                    answer.overruled,
                                );
                                // An answer accepted through an alternative (the real
                                // date where the article is wrong) comes with the fact's
                                // note, which says why.
                                let accepted_also = answer
                                    .checked
                                    .grade
                                    .as_ref()
                                    .is_some_and(|g| g.accepted_also);
                                if accepted_also
                                    && let Some(note) = collection
                                        .deck(view.run.deck_id())
                                        .zip(question.cards.first())
                                        .and_then(|(deck, card)| deck.fact(card.fact_id()))
                                        .and_then(|fact| fact.note.as_ref())
                                {
                                    ui.add_space(6.0);
                                    ui.label(
                                        RichText::new(tr!("study-note", note = note.as_str()))
                                            .italics(),
                                    );
                                }
                            }
                        }
                        QuizStage::Finished => {}
                    }
                });
        });
    ui.add_space(8.0);
    // What the answer did to the schedule, as in study sessions. A question about several
    // cards (matching, timeline) rated each its own way, too much for one line.
    if let QuizStage::Feedback(_) = stage
        && let Some(answer) = view.run.answer(index)
        && let [outcome] = answer.outcomes().collect::<Vec<_>>().as_slice()
    {
        ui.label(tr!(
            "quiz-counted-as",
            rating = rating_name(outcome.rating),
            wait = wait_text(outcome)
        ));
    }
    ui.horizontal_wrapped(|ui| {
        if let QuizStage::Feedback(_) = stage {
            let last = index + 1 == total;
            let next = if last {
                tr!("quiz-see-results")
            } else {
                tr!("quiz-next-question")
            };
            if ui
                .add(egui::Button::new(RichText::new(next).size(18.0)))
                .clicked()
            {
                action = Some(Action::Next);
            }
            let right = view.run.answer(index).is_some_and(|a| a.is_right());
            if !right && ui.button(tr!("study-i-was-right")).clicked() {
                action = Some(Action::Overrule);
            }
        }
        if ui.button(tr!("quiz-end")).clicked() {
            action = Some(Action::AskEnd);
        }
    });
    if view.confirm_end
        && let Some(chosen) = confirm_end(ui.ctx())
    {
        action = Some(chosen);
    }

    match action? {
        // Asking and not asking change only the screen.
        Action::AskEnd => view.confirm_end = true,
        Action::KeepGoing => view.confirm_end = false,
        action => return Some(Asked::Screen(action)),
    }
    None
}

/// Asks whether the quiz should really end; `None` while the learner has not answered.
fn confirm_end(ctx: &egui::Context) -> Option<Action> {
    let mut chosen = None;
    super::layout::dialog(ctx, "confirm end quiz").show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(tr!("quiz-end-question"));
        ui.add_space(4.0);
        ui.add(egui::Label::new(tr!("quiz-end-explained")).wrap());
        ui.add_space(12.0);
        ui.horizontal_wrapped(|ui| {
            let button = |text: String| egui::Button::new(egui::RichText::new(text).size(17.0));
            if ui.add(button(tr!("quiz-continue"))).clicked() {
                chosen = Some(Action::KeepGoing);
            }
            if ui.add(button(tr!("quiz-end-now"))).clicked() {
                chosen = Some(Action::End);
            }
        });
    });
    chosen
}

/// Points with at most one decimal: "7", "7.5".
pub fn points_text(points: f32) -> String {
    // Adding zero turns the -0.0 of an empty sum into 0.
    let rounded = (points * 10.0).round() / 10.0 + 0.0;
    if rounded.fract() == 0.0 {
        format_decimal(f64::from(rounded), 0)
    } else {
        format_decimal(f64::from(rounded), 1)
    }
}
