//! The quiz results screen: the score, the time taken, each topic's share, and every
//! mistake with the right answer and the fact it comes from; "practise my mistakes"
//! starts a quiz of just those.

use super::app::Screen;
use super::question::{self, green, red};
use super::quiz_run::{QuizView, minutes_seconds, points_text};
use super::quiz_setup::QuizSetupForm;
use super::screen::{Asked, Given, Request, View};
use super::terms::question_kind_label;
use crate::clock::to_millis;
use crate::deck::Deck;
use crate::i18n::format_percent;
use crate::quiz::QuestionBody;
use crate::reading::fact_words;
use crate::session::{Collection, QuizRun, QuizSummary};
use crate::tr;
use eframe::egui::{self, Key, Modifiers, RichText};

/// The results of the quiz just finished.
pub struct QuizResultsView {
    run: QuizRun,
}

impl QuizResultsView {
    pub fn new(run: QuizRun) -> Self {
        QuizResultsView { run }
    }
}

enum Action {
    Practise,
    NewQuiz,
    Leave,
}

impl View for QuizResultsView {
    type Action = std::convert::Infallible;

    fn show(&mut self, ui: &mut egui::Ui, given: &Given<'_>) -> Option<Asked<Self::Action>> {
        show(ui, given.collection, &self.run).map(Asked::App)
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

/// The results; a quiz of the mistakes or a new one is made here (nothing is saved until
/// it is answered).
fn show(ui: &mut egui::Ui, collection: &Collection, run: &QuizRun) -> Option<Request> {
    let summary = run.summary()?;
    let deck = collection.deck(run.deck_id())?;
    let has_mistakes = !summary.mistakes.is_empty();
    let mut action = ui.input_mut(|i| {
        if has_mistakes && i.consume_key(Modifiers::NONE, Key::P) {
            Some(Action::Practise)
        } else if i.consume_key(Modifiers::NONE, Key::N) {
            Some(Action::NewQuiz)
        } else if i.consume_key(Modifiers::NONE, Key::Escape) {
            Some(Action::Leave)
        } else {
            None
        }
    });

    ui.heading(tr!("quiz-finished"));
    ui.add_space(6.0);
    score_line(ui, summary);
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        if has_mistakes
            && ui
                .add(egui::Button::new(
                    RichText::new(tr!("quiz-practise-mistakes")).size(17.0),
                ))
                .clicked()
        {
            action = Some(Action::Practise);
        }
        if ui.button(tr!("quiz-new")).clicked() {
            action = Some(Action::NewQuiz);
        }
        if ui.button(tr!("study-back")).clicked() {
            action = Some(Action::Leave);
        }
    });
    ui.add_space(10.0);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(RichText::new(tr!("home-by-topic")).strong());
            egui::Grid::new("quiz topics result")
                .striped(true)
                .num_columns(3)
                .spacing([24.0, 4.0])
                .show(ui, |ui| {
                    ui.label(tr!("home-topic"));
                    ui.label(tr!("quiz-setup-questions"));
                    ui.label(tr!("quiz-score"));
                    ui.end_row();
                    for topic in &summary.by_topic {
                        ui.label(&topic.name);
                        ui.label(topic.questions.to_string());
                        ui.label(tr!(
                            "quiz-points-of",
                            points = points_text(topic.points),
                            questions = topic.questions,
                            share = format_percent(f64::from(
                                topic.points / topic.questions.max(1) as f32
                            ))
                        ));
                        ui.end_row();
                    }
                });
            ui.add_space(12.0);
            if has_mistakes {
                ui.label(
                    RichText::new(tr!("quiz-mistakes", count = summary.mistakes.len())).strong(),
                );
                for mistake in &summary.mistakes {
                    mistake_view(ui, deck, run, mistake);
                }
            } else {
                ui.label(RichText::new(tr!("quiz-no-mistakes")).color(green(ui)));
            }
        });

    let seed = to_millis(collection.now()) as u64;
    match action? {
        Action::Practise => {
            let options = run.mistakes_quiz(seed)?;
            Some(match QuizRun::start(collection, run.deck_id(), options) {
                Ok(again) => Request::Show(Screen::Quiz(Box::new(QuizView::new(again)))),
                Err(e) => Request::Error(e.to_string()),
            })
        }
        Action::NewQuiz => {
            let form = QuizSetupForm::new(collection, run.deck_id())?;
            Some(Request::Show(Screen::QuizSetup(Box::new(form))))
        }
        Action::Leave => Some(Request::Home),
    }
}

fn score_line(ui: &mut egui::Ui, summary: &QuizSummary) {
    let percent = summary.score() * 100.0;
    let color = if percent >= 80.0 {
        green(ui)
    } else if percent >= 50.0 {
        ui.visuals().warn_fg_color
    } else {
        red(ui)
    };
    ui.label(
        RichText::new(tr!(
            "quiz-score-line",
            points = points_text(summary.points),
            questions = summary.question_count,
            share = format_percent(f64::from(summary.score()))
        ))
        .size(24.0)
        .strong()
        .color(color),
    );
    ui.label(tr!(
        "quiz-time-taken",
        time = minutes_seconds(summary.elapsed_ms)
    ));
    if summary.timed_out {
        let missed = summary.question_count - summary.answered;
        ui.label(
            RichText::new(tr!("quiz-timed-out", count = missed)).color(ui.visuals().warn_fg_color),
        );
    }
}

/// The right answer of a question left unanswered, in the window's language: the core's
/// text for a true-or-false claim starts with "True" or "False", as the quiz history keeps it.
fn unanswered_right_answer(mistake: &crate::session::Mistake) -> String {
    match &mistake.question.body {
        QuestionBody::TrueFalse {
            truth,
            correct_text,
            ..
        } => tr!(
            "quiz-right-answer-claim",
            truth = question::truth_shown(*truth),
            text = correct_text.as_str()
        ),
        _ => tr!("quiz-right-answer", answer = mistake.right_answer.as_str()),
    }
}

fn mistake_view(ui: &mut egui::Ui, deck: &Deck, run: &QuizRun, mistake: &crate::session::Mistake) {
    let question = &mistake.question;
    let topic = deck.topic(&question.topic).map_or("", |t| t.name.as_str());
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(12))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(tr!(
                    "quiz-mistake-heading",
                    number = mistake.position + 1,
                    kind = question_kind_label(question.kind),
                    topic = topic
                ))
                .small()
                .weak(),
            );
            question::prompt_sized(ui, question, 18.0);
            ui.add_space(4.0);
            match run.answer(mistake.position) {
                Some(answer) => {
                    question::verdict_line(ui, &answer.checked, answer.overruled);
                    question::details(ui, question, &answer.checked);
                }
                None => {
                    ui.label(RichText::new(tr!("quiz-not-answered")).color(red(ui)));
                    ui.label(RichText::new(unanswered_right_answer(mistake)).color(green(ui)));
                }
            }
            ui.add_space(4.0);
            for card_id in &mistake.wrong_cards {
                let Some(fact) = deck.fact(card_id.fact_id()) else {
                    continue;
                };
                ui.label(RichText::new(tr!("quiz-from-fact", line = fact_words(fact))).small());
                if let Some(note) = &fact.note {
                    ui.label(
                        RichText::new(tr!("study-note", note = note.as_str()))
                            .small()
                            .italics(),
                    );
                }
            }
        });
    ui.add_space(6.0);
}
