//! Quizzes and questions in study sessions feed the same memory model as flashcards: each
//! answer lands in the review log with its question kind and the answer given, the
//! rating follows from the check, and finished quizzes are kept in the history.

use chrono::Duration;
use factdeck::clock::ManualClock;
use factdeck::deck::load_decks;
use factdeck::quiz::{QuestionBody, QuestionKind, QuizLength, QuizSpec, Response};
use factdeck::schedule::{CardState, Phase, Rating};
use factdeck::session::{
    Collection, FeedbackMode, QuestionMix, QuizOptions, QuizRun, QuizStage, Scope, StudySession,
    StudyState, study_question,
};
use factdeck::store::Store;
use rand::SeedableRng;
use rand::rngs::StdRng;
use std::sync::Arc;

const DECK: &str = "kim-putin-2019";

fn collection(clock: &ManualClock) -> Collection {
    let store = Store::open_in_memory().expect("in-memory store");
    Collection::from_parts(store, load_decks(&[]), Arc::new(clock.clone())).expect("collection")
}

fn clock() -> ManualClock {
    ManualClock::at_utc("2026-03-02T08:00:00Z", 1)
}

/// The response a learner who knows everything gives.
fn right_response(body: &QuestionBody) -> Response {
    match body {
        QuestionBody::Choice { correct, .. } => Response::Choice(*correct),
        QuestionBody::Typed { expected } => Response::Typed(expected.shown()),
        QuestionBody::TrueFalse { truth, .. } => Response::TrueFalse(*truth),
        QuestionBody::Matching { pairs, .. } => {
            Response::Matching((0..pairs.len()).map(Some).collect())
        }
        QuestionBody::Timeline { events } => {
            let mut order: Vec<usize> = (0..events.len()).collect();
            order.sort_by_key(|&e| events[e].date.sort_key());
            Response::Timeline(order)
        }
    }
}

/// A response that is wrong in every part.
fn wrong_response(body: &QuestionBody) -> Response {
    match body {
        QuestionBody::Choice { correct, .. } => Response::Choice((correct + 1) % 4),
        QuestionBody::Typed { .. } => Response::Typed("keine Ahnung".into()),
        QuestionBody::TrueFalse { truth, .. } => Response::TrueFalse(!truth),
        QuestionBody::Matching { pairs, .. } => Response::Matching(
            (0..pairs.len())
                .map(|i| Some((i + 1) % pairs.len()))
                .collect(),
        ),
        QuestionBody::Timeline { events } => {
            let mut order: Vec<usize> = (0..events.len()).collect();
            order.sort_by_key(|&e| std::cmp::Reverse(events[e].date.sort_key()));
            Response::Timeline(order)
        }
    }
}

fn options(kinds: &[QuestionKind], length: usize, feedback: FeedbackMode) -> QuizOptions {
    let mut spec = QuizSpec::new(QuizLength::Questions(length), 42);
    spec.kinds = kinds.to_vec();
    QuizOptions {
        spec,
        feedback,
        time_limit_minutes: None,
    }
}

fn current_body(run: &QuizRun) -> QuestionBody {
    run.current().expect("a question is shown").1.body.clone()
}

#[test]
fn a_quiz_answer_lands_in_the_review_log_with_its_question_kind_and_answer() {
    let clock = clock();
    let mut collection = collection(&clock);
    let mut run = QuizRun::start(
        &collection,
        DECK,
        options(&[QuestionKind::Typed], 1, FeedbackMode::Immediate),
    )
    .unwrap();
    let question = run.current().unwrap().1.clone();
    let QuestionBody::Typed { expected } = &question.body else {
        panic!("a typed question");
    };
    clock.advance(Duration::seconds(40));
    run.submit(&mut collection, Response::Typed(expected.shown()))
        .unwrap();
    let log = collection.reviews().unwrap();
    assert_eq!(log.len(), 1);
    let review = &log[0].record;
    assert_eq!(review.card_id, question.cards[0].as_str());
    assert_eq!(review.question_kind, "typed");
    assert_eq!(review.answer.as_deref(), Some(expected.shown().as_str()));
    assert_eq!(review.elapsed_ms, 40_000);
    assert_eq!(review.rating, Rating::Good, "right but not fast");
    let state = collection.card_state(DECK, question.cards[0].as_str());
    assert_eq!(state.reps, 1, "the scheduler counted the answer");
}

#[test]
fn recalled_right_and_fast_is_easy_wrong_is_again() {
    let clock = clock();
    let mut collection = collection(&clock);
    // Typed: recall, which may be Easy even for a new card (recognition may not).
    let mut run = QuizRun::start(
        &collection,
        DECK,
        options(&[QuestionKind::Typed], 2, FeedbackMode::AtEnd),
    )
    .unwrap();
    clock.advance(Duration::seconds(1));
    run.submit(&mut collection, right_response(&current_body(&run)))
        .unwrap();
    run.submit(&mut collection, wrong_response(&current_body(&run)))
        .unwrap();
    let ratings: Vec<Rating> = collection
        .reviews()
        .unwrap()
        .iter()
        .map(|r| r.record.rating)
        .collect();
    assert_eq!(ratings, [Rating::Easy, Rating::Again]);
}

#[test]
fn a_partly_named_list_is_rated_hard() {
    let clock = clock();
    let mut collection = collection(&clock);
    let mut run = QuizRun::start(
        &collection,
        DECK,
        options(&[QuestionKind::NameAll], 1, FeedbackMode::Immediate),
    )
    .unwrap();
    let QuestionBody::Typed {
        expected: factdeck::grade::Expected::List(items),
    } = current_body(&run)
    else {
        panic!("a list to name");
    };
    run.submit(&mut collection, Response::Typed(items[0].clone()))
        .unwrap();
    let log = collection.reviews().unwrap();
    assert_eq!(log[0].record.rating, Rating::Hard);
    assert_eq!(log[0].record.question_kind, "name_all");
}

#[test]
fn i_was_right_replaces_the_rating_before_moving_on() {
    let clock = clock();
    let mut collection = collection(&clock);
    let mut run = QuizRun::start(
        &collection,
        DECK,
        options(&[QuestionKind::Typed], 2, FeedbackMode::Immediate),
    )
    .unwrap();
    run.submit(&mut collection, Response::Typed("weiß nicht".into()))
        .unwrap();
    assert_eq!(run.stage(), QuizStage::Feedback(0));
    run.overrule(&mut collection).unwrap();
    let log = collection.reviews().unwrap();
    assert_eq!(log.len(), 1, "the wrong answer was replaced, not added to");
    assert_eq!(log[0].record.rating, Rating::Good);
    assert_eq!(log[0].record.answer.as_deref(), Some("weiß nicht"));
    run.next(&mut collection).unwrap();
    assert_eq!(run.stage(), QuizStage::Asking(1));
    assert!(run.answer(0).unwrap().is_right());
}

#[test]
fn a_matching_question_rates_each_card_by_its_own_pair() {
    let clock = clock();
    let mut collection = collection(&clock);
    let mut run = QuizRun::start(
        &collection,
        DECK,
        options(&[QuestionKind::Matching], 1, FeedbackMode::Immediate),
    )
    .unwrap();
    let question = run.current().unwrap().1.clone();
    let n = question.cards.len();
    // The first two pairs swapped, the rest right.
    let mut chosen: Vec<Option<usize>> = (0..n).map(Some).collect();
    chosen.swap(0, 1);
    run.submit(&mut collection, Response::Matching(chosen))
        .unwrap();
    let log = collection.reviews().unwrap();
    assert_eq!(log.len(), n, "one answer per pair");
    for (i, review) in log.iter().enumerate() {
        assert_eq!(review.record.card_id, question.cards[i].as_str());
        assert_eq!(review.record.question_kind, "matching");
        let expected = if i < 2 { Rating::Again } else { Rating::Good };
        assert_eq!(review.record.rating, expected, "pair {i}");
    }
}

#[test]
fn a_finished_quiz_is_kept_in_the_history_with_its_score() {
    let clock = clock();
    let mut collection = collection(&clock);
    let mut run = QuizRun::start(
        &collection,
        DECK,
        options(&QuestionKind::ALL, 10, FeedbackMode::Immediate),
    )
    .unwrap();
    for i in 0..10 {
        let body = current_body(&run);
        let response = if i < 7 {
            right_response(&body)
        } else {
            wrong_response(&body)
        };
        clock.advance(Duration::seconds(30));
        run.submit(&mut collection, response).unwrap();
        run.next(&mut collection).unwrap();
    }
    assert_eq!(run.stage(), QuizStage::Finished);
    let summary = run.summary().unwrap();
    assert_eq!(summary.question_count, 10);
    assert_eq!(summary.mistakes.len(), 3);
    assert_eq!(summary.elapsed_ms, 300_000);
    let topic_questions: usize = summary.by_topic.iter().map(|t| t.questions).sum();
    assert_eq!(topic_questions, 10);
    let history = collection.quiz_results().unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].deck_id, DECK);
    assert_eq!(history[0].question_count, 10);
    assert!((history[0].score - f64::from(summary.score())).abs() < 1e-6);
    assert!(history[0].score >= 0.7 && history[0].score < 1.0);
    let questions = collection.quiz_questions(history[0].id).unwrap();
    assert_eq!(questions.len(), 10);
}

#[test]
fn practising_the_mistakes_asks_only_the_cards_got_wrong() {
    let clock = clock();
    let mut collection = collection(&clock);
    let mut run = QuizRun::start(
        &collection,
        DECK,
        options(&[QuestionKind::MultipleChoice], 6, FeedbackMode::AtEnd),
    )
    .unwrap();
    let mut wrong_cards = Vec::new();
    for i in 0..6 {
        let (_, question) = run.current().unwrap();
        let question = question.clone();
        if i % 2 == 0 {
            wrong_cards.push(question.cards[0].clone());
            run.submit(&mut collection, wrong_response(&question.body))
                .unwrap();
        } else {
            run.submit(&mut collection, right_response(&question.body))
                .unwrap();
        }
    }
    let practice = run.mistakes_quiz(7).expect("there were mistakes");
    let again = QuizRun::start(&collection, DECK, practice).unwrap();
    let mut asked: Vec<_> = again
        .questions()
        .iter()
        .flat_map(|q| q.cards.clone())
        .collect();
    asked.sort();
    wrong_cards.sort();
    assert_eq!(asked, wrong_cards);
}

#[test]
fn when_time_runs_out_the_rest_counts_as_not_answered() {
    let clock = clock();
    let mut collection = collection(&clock);
    let mut opts = options(&[QuestionKind::TrueFalse], 5, FeedbackMode::AtEnd);
    opts.time_limit_minutes = Some(1);
    let mut run = QuizRun::start(&collection, DECK, opts).unwrap();
    run.submit(&mut collection, right_response(&current_body(&run)))
        .unwrap();
    clock.advance(Duration::seconds(61));
    run.submit(&mut collection, right_response(&current_body(&run)))
        .unwrap();
    assert_eq!(run.stage(), QuizStage::Finished);
    let summary = run.summary().unwrap();
    assert!(summary.timed_out);
    assert_eq!(summary.answered, 1);
    assert_eq!(summary.mistakes.len(), 4);
    assert!(summary.mistakes.iter().all(|m| m.given.is_none()));
    assert_eq!(collection.reviews().unwrap().len(), 1);
}

#[test]
fn a_new_card_in_a_mixed_study_session_is_recognised_and_rated_from_the_check() {
    let clock = clock();
    let mut collection = collection(&clock);
    assert_eq!(collection.settings().question_mix, QuestionMix::Mixed);
    let mut session = StudySession::start(&collection, DECK, Scope::WholeDeck).unwrap();
    // Cards with too few fair wrong options are flashcards even while new.
    let mut flashcards = 0;
    while session.question().is_none() {
        session.reveal();
        session.rate(&mut collection, Rating::Good).unwrap();
        flashcards += 1;
    }
    let question = session.question().expect("asked as a question").clone();
    assert!(matches!(
        question.kind,
        QuestionKind::MultipleChoice | QuestionKind::TrueFalse
    ));
    clock.advance(Duration::seconds(60));
    session
        .submit(&mut collection, right_response(&question.body))
        .unwrap();
    assert!(matches!(session.state(), StudyState::Answer { .. }));
    assert!(session.checked().unwrap().checked.verdict.is_right());
    let log = collection.reviews().unwrap();
    assert_eq!(log[flashcards].record.question_kind, question.kind.name());
    assert_eq!(log[flashcards].record.rating, Rating::Good);
    session.proceed(&mut collection).unwrap();
    assert_eq!(collection.reviews().unwrap().len(), flashcards + 1);
    assert_eq!(session.answered(), flashcards + 1);
}

#[test]
fn a_learnt_card_is_recalled_by_typing_or_as_a_flashcard_where_nothing_can_be_typed() {
    let decks = load_decks(&[]);
    let deck = decks.deck(DECK).unwrap();
    let mut learnt = CardState::new_card();
    learnt.phase = Phase::Review;
    learnt.reps = 3;
    let mut rng = StdRng::seed_from_u64(1);
    let place = deck.card("treffen-ort/place").unwrap();
    let asked = study_question(deck, place, &learnt, QuestionMix::Mixed, &mut rng);
    assert_eq!(asked.map(|q| q.kind), Some(QuestionKind::Typed));
    let list = deck.card("ausfuhrverbote/items").unwrap();
    let asked = study_question(deck, list, &learnt, QuestionMix::Mixed, &mut rng);
    assert_eq!(asked.map(|q| q.kind), Some(QuestionKind::NameAll));
    let reason = deck.card("puffer/reason").unwrap();
    assert!(study_question(deck, reason, &learnt, QuestionMix::Mixed, &mut rng).is_none());
    // The same cards while new are recognised.
    let new = CardState::new_card();
    let asked = study_question(deck, place, &new, QuestionMix::Mixed, &mut rng);
    assert_eq!(asked.map(|q| q.kind), Some(QuestionKind::MultipleChoice));
    let asked = study_question(deck, reason, &new, QuestionMix::Mixed, &mut rng);
    assert_eq!(asked.map(|q| q.kind), Some(QuestionKind::MultipleChoice));
}

#[test]
fn with_flashcards_only_no_card_is_asked_as_a_question() {
    let clock = clock();
    let mut collection = collection(&clock);
    let mut settings = collection.settings().clone();
    settings.question_mix = QuestionMix::FlashcardsOnly;
    collection.set_settings(settings).unwrap();
    let mut session = StudySession::start(&collection, DECK, Scope::WholeDeck).unwrap();
    for _ in 0..5 {
        assert!(session.question().is_none());
        session.reveal();
        session.rate(&mut collection, Rating::Good).unwrap();
    }
}
