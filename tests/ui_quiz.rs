//! Quizzes and questions driven through the real window, as a learner would: every kind
//! of question answered by keyboard (matching and the timeline by mouse too), a whole
//! ten-question quiz to its results, and a question in a study session.

mod common;

use common::window::{open_window, open_window_in, press};

use eframe::egui::{Key, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use factdeck::clock::{Clock, ManualClock, to_millis};
use factdeck::grade::Expected;
use factdeck::quiz::{Question, QuestionBody, QuestionKind, QuizLength, QuizSpec, build_quiz};
use factdeck::ui::FactdeckApp;
use std::path::Path;

const DECK: &str = "kim-putin-2019";

fn open_app<'a>(data_dir: &Path, clock: &ManualClock) -> Harness<'a, FactdeckApp> {
    open_window(data_dir, clock, [1100.0, 900.0])
}

fn number_key(n: usize) -> Key {
    [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
    ][n]
}

fn letter_key(n: usize) -> Key {
    [Key::A, Key::B, Key::C, Key::D, Key::E, Key::F][n]
}

/// Opens the quiz setup with Q, keeps only `kinds` (all when empty) and starts the quiz.
/// Returns the questions the quiz asks, built from the same seed.
fn start_quiz(
    harness: &mut Harness<'_, FactdeckApp>,
    clock: &ManualClock,
    kinds: &[QuestionKind],
) -> Vec<Question> {
    press(harness, Key::Q);
    harness.get_by_label("Quiz: Kim trifft Putin in Wladiwostok");
    if !kinds.is_empty() {
        for kind in QuestionKind::ALL.iter().filter(|k| !kinds.contains(k)) {
            harness.get_by_label(kind.label()).click();
            harness.run();
        }
    }
    let seed = to_millis(clock.now()) as u64;
    press(harness, Key::Enter);
    let collection = harness.state().collection().expect("the collection opens");
    let deck = collection.deck(DECK).expect("the article deck");
    let mut spec = QuizSpec::new(QuizLength::Questions(10), seed);
    spec.kinds = if kinds.is_empty() {
        QuestionKind::ALL.to_vec()
    } else {
        kinds.to_vec()
    };
    build_quiz(deck, &spec)
}

/// Answers a question rightly with the keyboard only.
fn answer_by_keyboard(harness: &mut Harness<'_, FactdeckApp>, question: &Question) {
    match &question.body {
        QuestionBody::Choice { correct, .. } => {
            press(harness, number_key(*correct));
            press(harness, Key::Enter);
        }
        QuestionBody::TrueFalse { truth, .. } => {
            press(harness, if *truth { Key::T } else { Key::F });
        }
        QuestionBody::Typed { expected } => {
            let label = if question.kind == QuestionKind::NameAll {
                "Your answer (one item per line with Shift+Enter, or separated by commas)"
            } else {
                "Your answer"
            };
            harness.get_by_label(label).type_text(&expected.shown());
            harness.run();
            press(harness, Key::Enter);
        }
        QuestionBody::Matching { pairs, right_order } => {
            for left in 0..pairs.len() {
                let shown = right_order.iter().position(|&r| r == left).unwrap();
                press(harness, number_key(left));
                press(harness, letter_key(shown));
            }
            press(harness, Key::Enter);
        }
        QuestionBody::Timeline { events } => {
            let mut order: Vec<usize> = (0..events.len()).collect();
            let mut sorted = order.clone();
            sorted.sort_by_key(|&e| events[e].date.sort_key());
            // Bring each event to its place: pick it by number, move it up with the arrow key.
            for (target, event) in sorted.iter().enumerate() {
                let at = order.iter().position(|e| e == event).unwrap();
                press(harness, number_key(at));
                for _ in target..at {
                    press(harness, Key::ArrowUp);
                }
                let moved = order.remove(at);
                order.insert(target, moved);
            }
            press(harness, Key::Enter);
        }
    }
}

fn logged_kinds(harness: &Harness<'_, FactdeckApp>) -> Vec<String> {
    let collection = harness.state().collection().expect("the collection opens");
    collection
        .reviews()
        .expect("the log reads")
        .into_iter()
        .map(|r| r.record.question_kind)
        .collect()
}

#[test]
fn each_kind_of_question_is_answered_by_keyboard_and_lands_in_the_log() {
    for kind in QuestionKind::ALL {
        let dir = tempfile::tempdir().expect("temporary folder");
        let clock = ManualClock::at_utc("2026-05-04T09:00:00Z", 2);
        let mut harness = open_app(dir.path(), &clock);
        let questions = start_quiz(&mut harness, &clock, &[kind]);
        let first = &questions[0];
        assert_eq!(first.kind, kind);
        harness.get_by_label_contains(&first.prompt);
        answer_by_keyboard(&mut harness, first);
        harness.get_by_label("√ Right");
        let logged = logged_kinds(&harness);
        assert_eq!(
            logged.len(),
            first.cards.len(),
            "{kind:?}: one answer per card"
        );
        assert!(
            logged.iter().all(|k| k == kind.name()),
            "{kind:?}: {logged:?}"
        );
    }
}

#[test]
fn matching_pairs_can_be_made_with_the_mouse() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = ManualClock::at_utc("2026-05-04T09:00:00Z", 2);
    let mut harness = open_app(dir.path(), &clock);
    let questions = start_quiz(&mut harness, &clock, &[QuestionKind::Matching]);
    let QuestionBody::Matching { pairs, right_order } = &questions[0].body else {
        panic!("a matching question");
    };
    for (left, pair) in pairs.iter().enumerate() {
        harness
            .get_by_label_contains(&format!("{}  {}", left + 1, pair.left))
            .click();
        harness.run();
        let shown = right_order.iter().position(|&r| r == left).unwrap();
        let letter = ["A", "B", "C", "D", "E", "F"][shown];
        harness
            .get_by_label(&format!("{letter}  {}", pair.right))
            .click();
        harness.run();
    }
    harness.get_by_label("Check (Enter)").click();
    harness.run();
    harness.get_by_label("√ Right");
}

#[test]
fn a_timeline_event_can_be_dragged_into_place() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = ManualClock::at_utc("2026-05-04T09:00:00Z", 2);
    let mut harness = open_app(dir.path(), &clock);
    let questions = start_quiz(&mut harness, &clock, &[QuestionKind::Timeline]);
    let QuestionBody::Timeline { events } = &questions[0].body else {
        panic!("a timeline");
    };
    let mut order: Vec<usize> = (0..events.len()).collect();
    let mut sorted = order.clone();
    sorted.sort_by_key(|&e| events[e].date.sort_key());
    for (target, event) in sorted.iter().enumerate() {
        let at = order.iter().position(|e| e == event).unwrap();
        if at == target {
            continue;
        }
        let row = |position: usize, event: usize| {
            harness
                .get_by_label(&format!("{}  {}", position + 1, events[event].label))
                .rect()
        };
        let from = row(at, *event);
        let to = row(target, order[target]);
        // The handle stands just left of the event's text.
        let grab = Pos2::new(from.left() - 14.0, from.center().y);
        let drop = Pos2::new(to.left() + 10.0, to.center().y);
        harness.hover_at(grab);
        harness.run();
        harness.drag_at(grab);
        harness.run();
        harness.hover_at(Pos2::new(grab.x, (grab.y + drop.y) / 2.0));
        harness.run();
        harness.hover_at(drop);
        harness.run();
        harness.drop_at(drop);
        harness.run();
        let moved = order.remove(at);
        order.insert(target, moved);
    }
    harness.get_by_label("Check (Enter)").click();
    harness.run();
    harness.get_by_label("√ Right");
}

#[test]
fn a_whole_ten_question_quiz_reaches_its_results_and_history() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = ManualClock::at_utc("2026-05-04T09:00:00Z", 2);
    let mut harness = open_app(dir.path(), &clock);
    let questions = start_quiz(&mut harness, &clock, &[]);
    assert_eq!(questions.len(), 10);
    // One question answered wrongly: the first multiple-choice or true/false one.
    let wrong_at = questions
        .iter()
        .position(|q| {
            matches!(
                q.body,
                QuestionBody::TrueFalse { .. } | QuestionBody::Choice { .. }
            )
        })
        .expect("a mixed quiz has a multiple-choice or true/false question");
    for (i, question) in questions.iter().enumerate() {
        harness.get_by_label(&format!("Question {} of 10", i + 1));
        clock.advance(chrono::Duration::seconds(20));
        match &question.body {
            QuestionBody::TrueFalse { truth, .. } if i == wrong_at => {
                press(&mut harness, if *truth { Key::F } else { Key::T });
            }
            QuestionBody::Choice { correct, .. } if i == wrong_at => {
                press(&mut harness, number_key((correct + 1) % 4));
                press(&mut harness, Key::Enter);
            }
            _ => answer_by_keyboard(&mut harness, question),
        }
        press(&mut harness, Key::Enter);
    }
    harness.get_by_label("Quiz finished");
    harness.get_by_label("Score: 9 of 10 (90 %)");
    harness.get_by_label("Time taken: 3:20");
    harness.get_by_label("By topic");
    harness.get_by_label("Mistakes (1)");
    // The mistake's fact in words, not by its id.
    harness.get_by_label_contains("From the fact: ");
    let collection = harness.state().collection().expect("the collection opens");
    let history = collection.quiz_results().expect("the history reads");
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].question_count, 10);
    assert!((history[0].score - 0.9).abs() < 1e-6);
    // Practising the mistakes asks just the one card got wrong.
    press(&mut harness, Key::P);
    harness.get_by_label("Question 1 of 1");
}

#[test]
fn a_wrong_typed_answer_shows_the_right_one_and_i_was_right_counts_it() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = ManualClock::at_utc("2026-05-04T09:00:00Z", 2);
    let mut harness = open_app(dir.path(), &clock);
    let questions = start_quiz(&mut harness, &clock, &[QuestionKind::Typed]);
    let QuestionBody::Typed { expected } = &questions[0].body else {
        panic!("a typed question");
    };
    harness.get_by_label("Your answer").type_text("Unsinn");
    harness.run();
    press(&mut harness, Key::Enter);
    harness.get_by_label("× Wrong");
    harness.get_by_label(&format!("Right answer: {}", expected.shown()));
    press(&mut harness, Key::R);
    harness.get_by_label("√ Counted as right (you said you were right)");
    harness.get_by_label("Score so far: 1 of 1");
    let collection = harness.state().collection().expect("the collection opens");
    let log = collection.reviews().expect("the log reads");
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].record.rating.name(), "Good");
    assert_eq!(log[0].record.answer.as_deref(), Some("Unsinn"));
}

#[test]
fn a_new_card_in_a_study_session_is_asked_as_a_question_and_rated_from_the_answer() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = ManualClock::at_utc("2026-05-04T09:00:00Z", 2);
    let mut harness = open_app(dir.path(), &clock);
    press(&mut harness, Key::Enter);
    // The first card, what happens in Wladiwostok, has too few fair wrong options to be
    // asked as multiple choice: it is a flashcard.
    press(&mut harness, Key::Space);
    press(&mut harness, Key::Num3);
    // The next, the weekday of the meeting, is asked as multiple choice while new.
    harness.get_by_label_contains("Multiple choice");
    harness.get_by_label_contains("Donnerstag").click();
    harness.run();
    press(&mut harness, Key::Enter);
    harness.get_by_label("√ Right");
    // Recognised while new: Good at best, and the card is back after its learning step.
    harness.get_by_label_contains("Counted as Good · back in 10 min");
    press(&mut harness, Key::Enter);
    harness.get_by_label("Answered: 2");
    assert_eq!(logged_kinds(&harness), ["flashcard", "choice"]);
}

/// Opens the quiz setup with Q, keeps only the topic `topic` and the kind `kind`, asks for
/// every question they give, and starts the quiz. Returns its questions, built from the
/// same seed.
fn start_whole_quiz_of(
    harness: &mut Harness<'_, FactdeckApp>,
    clock: &ManualClock,
    topic: (&str, &str),
    kind: QuestionKind,
) -> Vec<Question> {
    press(harness, Key::Q);
    harness.get_by_label("No topic").click();
    harness.run();
    harness.get_by_label(topic.1).click();
    harness.run();
    for other in QuestionKind::ALL.iter().filter(|k| **k != kind) {
        harness.get_by_label(other.label()).click();
        harness.run();
    }
    harness.get_by_label("All").click();
    harness.run();
    let seed = to_millis(clock.now()) as u64;
    press(harness, Key::Enter);
    let collection = harness.state().collection().expect("the collection opens");
    let deck = collection.deck(DECK).expect("the article deck");
    let mut spec = QuizSpec::new(QuizLength::All, seed);
    spec.topics = vec![topic.0.to_string()];
    spec.kinds = vec![kind];
    build_quiz(deck, &spec)
}

#[test]
fn an_empty_name_all_answer_shows_every_item_as_missing() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = ManualClock::at_utc("2026-05-04T09:00:00Z", 2);
    let mut harness = open_app(dir.path(), &clock);
    let questions = start_quiz(&mut harness, &clock, &[QuestionKind::NameAll]);
    let QuestionBody::Typed {
        expected: Expected::List(items),
    } = &questions[0].body
    else {
        panic!("a list to name");
    };
    press(&mut harness, Key::Enter);
    harness.get_by_label("× Wrong");
    harness.get_by_label("You gave no answer.");
    for item in items {
        harness.get_by_label(&format!("× {item} (missing)"));
    }
}

#[test]
fn a_typed_short_form_is_right_and_shown_as_typed() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = ManualClock::at_utc("2026-05-04T09:00:00Z", 2);
    let mut harness = open_app(dir.path(), &clock);
    let questions = start_whole_quiz_of(
        &mut harness,
        &clock,
        ("sanktionen", "Sanktionen"),
        QuestionKind::Typed,
    );
    let council = questions
        .iter()
        .position(|q| {
            matches!(&q.body, QuestionBody::Typed {
                expected: Expected::Text { answer, .. },
            } if answer == "UN-Sicherheitsrat")
        })
        .expect("the topic asks for the UN Security Council");
    // The questions before it are skipped with an empty answer.
    for _ in 0..council {
        press(&mut harness, Key::Enter);
        press(&mut harness, Key::Enter);
    }
    harness.get_by_label_contains(&questions[council].prompt);
    harness
        .get_by_label("Your answer")
        .type_text("Sicherheitsrat");
    harness.run();
    press(&mut harness, Key::Enter);
    harness.get_by_label("√ Right");
    // What was typed, under "Your answer"; the whole name on the right answer's line.
    harness.get_by_label("Your answer: Sicherheitsrat");
    harness.get_by_label("Right answer: UN-Sicherheitsrat");
}

/// A German window on `dir` with a quiz of true-or-false questions only just started, and
/// the questions it asks (built again from the same seed).
fn german_true_or_false_quiz(dir: &Path) -> (Harness<'static, FactdeckApp>, Vec<Question>) {
    let clock = ManualClock::at_utc("2026-05-04T09:00:00Z", 2);
    let mut harness = open_window_in(
        dir,
        &clock,
        [1100.0, 900.0],
        factdeck::i18n::Language::German,
    );
    press(&mut harness, Key::Q);
    // The window draws in German on this thread, so the kinds' names are German here.
    for id in [
        "kind-choice",
        "kind-typed",
        "kind-matching",
        "kind-timeline",
        "kind-name-all",
    ] {
        harness
            .get_by_label(&factdeck::i18n::text(id, None))
            .click();
        harness.run();
    }
    let seed = to_millis(clock.now()) as u64;
    press(&mut harness, Key::Enter);
    let collection = harness.state().collection().expect("the collection opens");
    let deck = collection.deck(DECK).expect("the article deck");
    let mut spec = QuizSpec::new(QuizLength::Questions(10), seed);
    spec.kinds = vec![QuestionKind::TrueFalse];
    let questions = build_quiz(deck, &spec);
    (harness, questions)
}

#[test]
fn german_true_or_false_is_answered_with_w_and_f_as_the_buttons_say() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let (mut harness, questions) = german_true_or_false_quiz(dir.path());
    let QuestionBody::TrueFalse { truth, .. } = &questions[0].body else {
        panic!("a true-or-false question");
    };
    harness.get_by_label("Wahr (W)");
    harness.get_by_label("Falsch (F)");
    press(&mut harness, if *truth { Key::W } else { Key::F });
    harness.get_by_label("√ Richtig");
}

#[test]
fn escape_during_a_quiz_asks_before_ending_and_escape_again_keeps_the_quiz() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = ManualClock::at_utc("2026-05-04T09:00:00Z", 2);
    let mut harness = open_app(dir.path(), &clock);
    start_quiz(&mut harness, &clock, &[]);
    harness.get_by_label("Question 1 of 10");
    press(&mut harness, Key::Escape);
    harness.get_by_label("End the quiz now?");
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label("End the quiz now?").is_none());
    harness.get_by_label("Question 1 of 10");
    // "Continue" keeps it too.
    press(&mut harness, Key::Escape);
    harness.get_by_label("Continue").click();
    harness.run();
    assert!(harness.query_by_label("End the quiz now?").is_none());
    harness.get_by_label("Question 1 of 10");
    // The end button asks the same way; "End now" ends it.
    harness.get_by_label("End quiz (Esc)").click();
    harness.run();
    harness.get_by_label("End now").click();
    harness.run();
    harness.get_by_label("Quiz finished");
    harness.get_by_label("Score: 0 of 10 (0 %)");
}

#[test]
fn ctrl_enter_in_a_typed_quiz_question_counts_it_as_not_known_and_shows_the_answer() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = ManualClock::at_utc("2026-05-04T09:00:00Z", 2);
    let mut harness = open_app(dir.path(), &clock);
    let questions = start_quiz(&mut harness, &clock, &[QuestionKind::Typed]);
    let QuestionBody::Typed { expected } = &questions[0].body else {
        panic!("a typed question");
    };
    harness.get_by_label("Your answer").type_text("ü");
    harness.run();
    harness.key_press_modifiers(eframe::egui::Modifiers::COMMAND, Key::Enter);
    harness.run();
    harness.get_by_label(&format!("Right answer: {}", expected.shown()));
    harness.get_by_label("Score so far: 0 of 1");
}

#[test]
fn an_unanswered_true_or_false_question_shows_its_right_answer_in_the_windows_language() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let (mut harness, questions) = german_true_or_false_quiz(dir.path());
    // Ended at once, so every question is a mistake left unanswered.
    press(&mut harness, Key::Escape);
    harness.get_by_label("Jetzt beenden").click();
    harness.run();
    harness.get_by_label("Quiz beendet");
    for question in &questions {
        let QuestionBody::TrueFalse {
            truth,
            correct_text,
            ..
        } = &question.body
        else {
            panic!("a true-or-false question");
        };
        let word = if *truth { "wahr" } else { "falsch" };
        harness.get_by_label(&format!("Richtige Antwort: {word} — {correct_text}"));
    }
    assert!(
        harness
            .query_by_label_contains("Richtige Antwort: True")
            .is_none()
            && harness
                .query_by_label_contains("Richtige Antwort: False")
                .is_none()
    );
}
