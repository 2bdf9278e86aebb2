//! The quiz results screen: the score, the time taken, each topic's share, and every
//! mistake with the right answer and the fact it comes from; "practise my mistakes"
//! starts a quiz of just those.

use super::question::{self, green, red};
use super::quiz_run::{QuizView, minutes_seconds, points_text};
use super::quiz_setup::QuizSetupForm;
use super::{FactdeckApp, Screen};
use crate::clock::to_millis;
use crate::deck::{Deck, Fact, FactBody, answer_text};
use crate::session::{QuizRun, QuizSummary};
use eframe::egui::{self, Key, Modifiers, RichText};

enum Action {
    Practise,
    NewQuiz,
    Leave,
}

pub fn show(app: &mut FactdeckApp, ui: &mut egui::Ui) {
    let FactdeckApp {
        collection,
        screen,
        error,
        ..
    } = app;
    let (Ok(collection), Screen::QuizResults(run)) = (collection, &mut *screen) else {
        return;
    };
    let Some(summary) = run.summary() else {
        return;
    };
    let Some(deck) = collection.deck(run.deck_id()) else {
        return;
    };
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

    ui.heading("Quiz finished");
    ui.add_space(6.0);
    score_line(ui, summary);
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if has_mistakes
            && ui
                .add(egui::Button::new(
                    RichText::new("Practise my mistakes (P)").size(17.0),
                ))
                .clicked()
        {
            action = Some(Action::Practise);
        }
        if ui.button("New quiz (N)").clicked() {
            action = Some(Action::NewQuiz);
        }
        if ui.button("Back to decks (Esc)").clicked() {
            action = Some(Action::Leave);
        }
    });
    ui.add_space(10.0);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(RichText::new("By topic").strong());
            egui::Grid::new("quiz topics result")
                .striped(true)
                .num_columns(3)
                .spacing([24.0, 4.0])
                .show(ui, |ui| {
                    ui.label("Topic");
                    ui.label("Questions");
                    ui.label("Score");
                    ui.end_row();
                    for topic in &summary.by_topic {
                        ui.label(&topic.name);
                        ui.label(topic.questions.to_string());
                        ui.label(format!(
                            "{} of {} ({:.0} %)",
                            points_text(topic.points),
                            topic.questions,
                            100.0 * topic.points / topic.questions.max(1) as f32
                        ));
                        ui.end_row();
                    }
                });
            ui.add_space(12.0);
            if has_mistakes {
                ui.label(RichText::new(format!("Mistakes ({})", summary.mistakes.len())).strong());
                for mistake in &summary.mistakes {
                    mistake_view(ui, deck, run, mistake);
                }
            } else {
                ui.label(RichText::new("No mistakes. Well done!").color(green(ui)));
            }
        });

    let seed = to_millis(collection.now()) as u64;
    match action {
        Some(Action::Practise) => {
            if let Some(options) = run.mistakes_quiz(seed) {
                match QuizRun::start(collection, run.deck_id(), options) {
                    Ok(again) => *screen = Screen::Quiz(Box::new(QuizView::new(again))),
                    Err(e) => *error = Some(e.to_string()),
                }
            }
        }
        Some(Action::NewQuiz) => {
            if let Some(form) = QuizSetupForm::new(collection, run.deck_id()) {
                *screen = Screen::QuizSetup(Box::new(form));
            }
        }
        Some(Action::Leave) => app.go_home(),
        None => {}
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
        RichText::new(format!(
            "Score: {} of {} ({percent:.0} %)",
            points_text(summary.points),
            summary.question_count
        ))
        .size(24.0)
        .strong()
        .color(color),
    );
    ui.label(format!(
        "Time taken: {}",
        minutes_seconds(summary.elapsed_ms)
    ));
    if summary.timed_out {
        let missed = summary.question_count - summary.answered;
        ui.label(
            RichText::new(format!(
                "The quiz ended before {missed} question(s) were answered; they count as wrong."
            ))
            .color(ui.visuals().warn_fg_color),
        );
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
                RichText::new(format!(
                    "Question {} · {} · {topic}",
                    mistake.position + 1,
                    question.kind.label()
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
                    ui.label(RichText::new("Not answered").color(red(ui)));
                    ui.label(
                        RichText::new(format!("Right answer: {}", mistake.right_answer))
                            .color(green(ui)),
                    );
                }
            }
            ui.add_space(4.0);
            for card_id in &mistake.wrong_cards {
                let Some(fact) = deck.fact(card_id.fact_id()) else {
                    continue;
                };
                ui.label(
                    RichText::new(format!("From the fact „{}“: {}", fact.id, fact_line(fact)))
                        .small(),
                );
                if let Some(note) = &fact.note {
                    ui.label(RichText::new(format!("Note: {note}")).small().italics());
                }
            }
        });
    ui.add_space(6.0);
}

/// A fact in one line: the person or place with their role, or the question and answer.
fn fact_line(fact: &Fact) -> String {
    match &fact.body {
        FactBody::Person { name, role, .. } => format!("{name}: {role}"),
        FactBody::Place { name, event, .. } => format!("{name}: {event}"),
        FactBody::Number { question, .. }
        | FactBody::Date { question, .. }
        | FactBody::List { question, .. }
        | FactBody::Statement { question, .. }
        | FactBody::Reason { question, .. }
        | FactBody::Question { question, .. } => format!("{question} — {}", answer_text(fact)),
    }
}
