//! Fair ratings: recognising a card among options never sends it away for days
//! before it was recalled, the learner sees when a checked card comes back, undo asks the
//! very same question again, and facts from outside the article stay out of studying and
//! quizzes until the learner lets them in.

use chrono::Duration;
use factdeck::clock::{Clock, ManualClock, to_millis};
use factdeck::deck::load_decks;
use factdeck::quiz::{Question, QuestionBody, QuestionKind, QuizLength, QuizSpec, Response};
use factdeck::schedule::{CardState, Phase, Rating};
use factdeck::session::{
    Collection, FeedbackMode, QuizOptions, QuizRun, Scope, StudySession, StudySettings, StudyState,
    best_rating,
};
use factdeck::store::Store;
use std::collections::HashSet;
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

/// A wrong response to a single-card question.
fn wrong_response(body: &QuestionBody) -> Response {
    match body {
        QuestionBody::Choice { correct, options } => {
            Response::Choice((correct + 1) % options.len())
        }
        QuestionBody::TrueFalse { truth, .. } => Response::TrueFalse(!truth),
        _ => Response::Typed("keine Ahnung".into()),
    }
}

fn with_settings(collection: &mut Collection, change: impl FnOnce(&mut StudySettings)) {
    let mut settings = collection.settings().clone();
    change(&mut settings);
    collection
        .set_settings(settings)
        .expect("the settings are saved");
}

fn quiz(kinds: &[QuestionKind], background: bool) -> QuizOptions {
    let mut spec = QuizSpec::new(QuizLength::All, 42);
    spec.kinds = kinds.to_vec();
    spec.background = background;
    QuizOptions {
        spec,
        feedback: FeedbackMode::Immediate,
        time_limit_minutes: None,
    }
}

/// A session of the sanctions topic, whose first ten new cards all have fair questions
/// (elsewhere a card with too few fair wrong options comes as a flashcard).
fn questions_session(collection: &Collection) -> StudySession {
    StudySession::start(collection, DECK, Scope::Topic("sanktionen".into()))
        .expect("a session starts")
}

fn logged_ratings(collection: &Collection) -> Vec<Rating> {
    let log = collection.reviews().expect("the log reads");
    log.iter().map(|r| r.record.rating).collect()
}

/// The cards of the built-in deck whose fact is background (`context = true`).
fn background_cards(collection: &Collection) -> HashSet<String> {
    let deck = collection.deck(DECK).expect("the article deck");
    let cards: HashSet<String> = deck
        .cards
        .iter()
        .filter(|c| deck.fact_of(c).context)
        .map(|c| c.id.as_str().to_string())
        .collect();
    assert!(!cards.is_empty(), "the deck has background facts");
    cards
}

/// Every card a study session of `scope` shows today, each rated Easy (so none comes
/// back the same day).
fn cards_studied_today(collection: &mut Collection, scope: Scope) -> Vec<String> {
    let mut session = StudySession::start(collection, DECK, scope).expect("a session starts");
    let mut shown = Vec::new();
    while let StudyState::Question { card_id } = session.state().clone() {
        shown.push(card_id);
        session.reveal();
        session.rate(collection, Rating::Easy).expect("saved");
    }
    shown
}

#[test]
fn recognising_a_new_card_counts_at_most_good() {
    let clock = clock();
    let mut collection = collection(&clock);
    let mut session = questions_session(&collection);
    for _ in 0..6 {
        let question = session.question().expect("a new card is asked").clone();
        assert!(question.kind.is_recognition(), "{:?}", question.kind);
        // Right within a second: fast enough for Easy, were the card not new.
        clock.advance(Duration::seconds(1));
        session
            .submit(&mut collection, right_response(&question.body))
            .unwrap();
        assert_eq!(session.checked().unwrap().rating, Rating::Good);
        session.proceed(&mut collection).unwrap();
    }
    assert_eq!(logged_ratings(&collection), [Rating::Good; 6]);
}

#[test]
fn recognising_a_card_still_in_its_learning_steps_counts_at_most_good() {
    let clock = clock();
    let mut collection = collection(&clock);
    let mut session = questions_session(&collection);
    let first = session.question().unwrap().clone();
    session
        .submit(&mut collection, wrong_response(&first.body))
        .unwrap();
    session.proceed(&mut collection).unwrap();
    let card = first.cards[0].as_str();
    assert_eq!(collection.card_state(DECK, card).phase, Phase::Learning);
    // Later, the forgotten card is asked again and recognised at once.
    let mut asked = None;
    for _ in 0..40 {
        clock.advance(Duration::minutes(2));
        session.refresh(&collection).unwrap();
        let question = session.question().unwrap().clone();
        if question.cards[0].as_str() == card {
            asked = Some(question);
            break;
        }
        session.reveal();
        session.rate(&mut collection, Rating::Easy).unwrap();
    }
    let question = asked.expect("the card comes back within the session");
    clock.advance(Duration::seconds(1));
    session
        .submit(&mut collection, right_response(&question.body))
        .unwrap();
    assert_eq!(session.checked().unwrap().rating, Rating::Good);
}

#[test]
fn recognising_a_new_card_in_a_quiz_counts_at_most_good() {
    let clock = clock();
    let mut collection = collection(&clock);
    let kinds = [QuestionKind::MultipleChoice, QuestionKind::TrueFalse];
    let mut run = QuizRun::start(&collection, DECK, quiz(&kinds, false)).unwrap();
    for _ in 0..6 {
        let body = run.current().unwrap().1.body.clone();
        clock.advance(Duration::seconds(1));
        run.submit(&mut collection, right_response(&body)).unwrap();
        run.next(&mut collection).unwrap();
    }
    assert_eq!(logged_ratings(&collection), [Rating::Good; 6]);
}

#[test]
fn recalling_a_new_card_right_and_fast_may_still_be_easy() {
    let clock = clock();
    let mut collection = collection(&clock);
    let mut run = QuizRun::start(&collection, DECK, quiz(&[QuestionKind::Typed], false)).unwrap();
    let body = run.current().unwrap().1.body.clone();
    clock.advance(Duration::seconds(1));
    run.submit(&mut collection, right_response(&body)).unwrap();
    assert_eq!(logged_ratings(&collection), [Rating::Easy]);
}

#[test]
fn recognising_a_learnt_card_may_be_easy_and_only_recognition_of_young_cards_is_capped() {
    let mut learnt = CardState::new_card();
    learnt.phase = Phase::Review;
    let mut relearning = CardState::new_card();
    relearning.phase = Phase::Relearning;
    for kind in QuestionKind::ALL {
        assert_eq!(best_rating(kind, &learnt), Rating::Easy, "{kind:?}");
        let young = if kind.is_recognition() {
            Rating::Good
        } else {
            Rating::Easy
        };
        assert_eq!(best_rating(kind, &CardState::new_card()), young, "{kind:?}");
        assert_eq!(best_rating(kind, &relearning), young, "{kind:?}");
    }
}

#[test]
fn after_a_checked_question_the_wait_shown_is_the_one_recorded() {
    let clock = clock();
    let mut collection = collection(&clock);
    let mut session = questions_session(&collection);
    let question = session.question().unwrap().clone();
    session
        .submit(&mut collection, right_response(&question.body))
        .unwrap();
    let done = session.checked().unwrap();
    let state = collection.card_state(DECK, question.cards[0].as_str());
    assert_eq!(done.outcome.rating, done.rating);
    assert_eq!(done.outcome.state, state);
    assert_eq!(
        done.outcome.wait.num_milliseconds(),
        state.due - to_millis(clock.now())
    );
    // A new card answered Good is back after its second learning step.
    assert_eq!(done.outcome.shown_wait(), Duration::minutes(10));
}

#[test]
fn i_was_right_shows_the_wait_of_good() {
    let clock = clock();
    let mut collection = collection(&clock);
    let mut session = questions_session(&collection);
    let question = session.question().unwrap().clone();
    session
        .submit(&mut collection, wrong_response(&question.body))
        .unwrap();
    assert_eq!(
        session.checked().unwrap().outcome.shown_wait(),
        Duration::minutes(1)
    );
    session.overrule(&mut collection).unwrap();
    let done = session.checked().unwrap();
    assert_eq!(done.rating, Rating::Good);
    assert_eq!(done.outcome.rating, Rating::Good);
    assert_eq!(done.outcome.shown_wait(), Duration::minutes(10));
}

/// Answers `count` cards as questions, rightly, and returns each question asked.
fn answer_questions(
    collection: &mut Collection,
    clock: &ManualClock,
    session: &mut StudySession,
    count: usize,
) -> Vec<Question> {
    let mut asked = Vec::new();
    for _ in 0..count {
        let question = session.question().expect("asked as a question").clone();
        clock.advance(Duration::seconds(5));
        session
            .submit(collection, right_response(&question.body))
            .unwrap();
        session.proceed(collection).unwrap();
        asked.push(question);
    }
    asked
}

#[test]
fn undo_asks_the_same_question_again() {
    let clock = clock();
    let mut collection = collection(&clock);
    let mut session = questions_session(&collection);
    let asked = answer_questions(&mut collection, &clock, &mut session, 8);
    for question in asked.iter().rev() {
        assert!(session.undo(&mut collection).unwrap());
        assert!(matches!(session.state(), StudyState::Question { .. }));
        // The same kind, options in the same order, the same claim.
        assert_eq!(session.question(), Some(question));
    }
    assert!(collection.reviews().unwrap().is_empty());
}

#[test]
fn undo_after_i_was_right_asks_the_same_question_again() {
    let clock = clock();
    let mut collection = collection(&clock);
    let mut session = questions_session(&collection);
    let question = session.question().unwrap().clone();
    session
        .submit(&mut collection, wrong_response(&question.body))
        .unwrap();
    session.overrule(&mut collection).unwrap();
    session.proceed(&mut collection).unwrap();
    assert!(session.undo(&mut collection).unwrap());
    assert_eq!(session.question(), Some(&question));
    assert!(collection.reviews().unwrap().is_empty());
}

#[test]
fn undo_after_changing_the_rating_asks_the_same_question_again() {
    let clock = clock();
    let mut collection = collection(&clock);
    let mut session = questions_session(&collection);
    let question = session.question().unwrap().clone();
    session
        .submit(&mut collection, right_response(&question.body))
        .unwrap();
    // The learner thinks it was harder than the check says (key 2).
    session.rate(&mut collection, Rating::Hard).unwrap();
    assert_eq!(logged_ratings(&collection), [Rating::Hard]);
    assert!(session.undo(&mut collection).unwrap());
    assert_eq!(session.question(), Some(&question));
    assert!(collection.reviews().unwrap().is_empty());
}

#[test]
fn undo_of_a_question_whose_answer_was_shown_asks_it_again() {
    let clock = clock();
    let mut collection = collection(&clock);
    let mut session = questions_session(&collection);
    let question = session.question().unwrap().clone();
    session.reveal();
    assert!(session.question().is_none(), "rated as a flashcard");
    session.rate(&mut collection, Rating::Good).unwrap();
    assert!(session.undo(&mut collection).unwrap());
    assert_eq!(session.question(), Some(&question));
}

#[test]
fn background_facts_stay_out_of_study_until_turned_on() {
    let clock = clock();
    let mut collection = collection(&clock);
    assert!(!collection.settings().background_facts, "off by default");
    let background = background_cards(&collection);
    with_settings(&mut collection, |s| {
        s.new_per_day = 10_000;
        s.question_mix = factdeck::session::QuestionMix::FlashcardsOnly;
    });
    let studied = cards_studied_today(&mut collection, Scope::WholeDeck);
    assert!(!studied.is_empty());
    assert!(
        studied.iter().all(|c| !background.contains(c)),
        "{studied:?}"
    );

    with_settings(&mut collection, |s| s.background_facts = true);
    let studied: HashSet<String> = cards_studied_today(&mut collection, Scope::WholeDeck)
        .into_iter()
        .collect();
    assert_eq!(studied, background, "only the background cards were left");
}

#[test]
fn background_facts_are_not_counted_as_waiting_until_turned_on() {
    let clock = clock();
    let mut collection = collection(&clock);
    let background = background_cards(&collection);
    with_settings(&mut collection, |s| s.new_per_day = 10_000);
    let deck = collection.deck(DECK).unwrap();
    let topics: Vec<String> = deck.topics.iter().map(|t| t.id.clone()).collect();
    let total = deck.cards.len();
    let new = |collection: &Collection, scope: &Scope| collection.counts(DECK, scope).unwrap().new;
    assert_eq!(
        new(&collection, &Scope::WholeDeck),
        total - background.len()
    );
    let by_topic: Vec<usize> = topics
        .iter()
        .map(|t| new(&collection, &Scope::Topic(t.clone())))
        .collect();
    with_settings(&mut collection, |s| s.background_facts = true);
    assert_eq!(new(&collection, &Scope::WholeDeck), total);
    let turned_on: Vec<usize> = topics
        .iter()
        .map(|t| new(&collection, &Scope::Topic(t.clone())))
        .collect();
    assert_eq!(
        turned_on.iter().sum::<usize>() - by_topic.iter().sum::<usize>(),
        background.len()
    );
}

#[test]
fn background_facts_stay_out_of_quizzes_until_turned_on() {
    let clock = clock();
    let collection = collection(&clock);
    let background = background_cards(&collection);
    let asked = |background_on: bool| -> HashSet<String> {
        let run =
            QuizRun::start(&collection, DECK, quiz(&QuestionKind::ALL, background_on)).unwrap();
        run.questions()
            .iter()
            .flat_map(|q| q.cards.iter().map(|c| c.as_str().to_string()))
            .collect()
    };
    let off = asked(false);
    assert!(!off.is_empty());
    assert!(off.is_disjoint(&background), "{off:?}");
    let deck = collection.deck(DECK).unwrap();
    let on = asked(true);
    let facts_asked: HashSet<&str> = on.iter().map(|c| c.split('/').next().unwrap()).collect();
    let background_facts: HashSet<&str> = deck
        .facts
        .iter()
        .filter(|f| f.context)
        .map(|f| f.id.as_str())
        .collect();
    assert!(background_facts.is_subset(&facts_asked), "{facts_asked:?}");
}

#[test]
fn a_background_question_says_so() {
    let clock = clock();
    let collection = collection(&clock);
    let run = QuizRun::start(
        &collection,
        DECK,
        quiz(&[QuestionKind::MultipleChoice], true),
    )
    .unwrap();
    let deck = collection.deck(DECK).unwrap();
    let background = background_cards(&collection);
    assert!(run.questions().iter().any(|q| q.is_background(deck)));
    for question in run.questions() {
        let about_background = background.contains(question.cards[0].as_str());
        assert_eq!(question.is_background(deck), about_background);
    }
}

#[test]
fn the_background_setting_is_kept_with_the_progress() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    {
        let mut collection = Collection::open(dir.path(), &[], Arc::new(clock.clone())).unwrap();
        with_settings(&mut collection, |s| {
            s.background_facts = true;
            s.new_per_day = 10_000;
        });
    }
    let collection = Collection::open(dir.path(), &[], Arc::new(clock.clone())).unwrap();
    assert!(collection.settings().background_facts);
    // The queue built on opening holds the background cards too.
    let cards = collection.deck(DECK).unwrap().cards.len();
    assert_eq!(
        collection.counts(DECK, &Scope::WholeDeck).unwrap().new,
        cards
    );
}

#[test]
fn a_revealed_question_keeps_its_prompt_under_the_answer() {
    let clock = clock();
    let collection = collection(&clock);
    let mut session = questions_session(&collection);
    let question = session.question().expect("asked as a question").clone();
    session.reveal();
    assert!(session.question().is_none(), "rated as a flashcard now");
    assert_eq!(session.revealed_question(), Some(&question));
}

#[test]
fn background_facts_count_in_the_figures_only_while_turned_on() {
    let clock = clock();
    let mut collection = collection(&clock);
    let all_cards = collection.deck(DECK).expect("the deck").cards.len();
    let background = background_cards(&collection).len();
    let facts_of_the_meeting = |collection: &Collection| {
        let snapshot = collection.stats_snapshot().expect("the figures");
        let deck = snapshot.deck_mastery(DECK).expect("the deck's mastery");
        let topic = deck.topics.iter().find(|t| t.topic_id == "treffen");
        topic.expect("the meeting's topic").facts
    };
    assert_eq!(collection.phase_counts(DECK).new, all_cards - background);
    let left_out = facts_of_the_meeting(&collection);
    with_settings(&mut collection, |s| s.background_facts = true);
    assert_eq!(collection.phase_counts(DECK).new, all_cards);
    assert_eq!(
        facts_of_the_meeting(&collection),
        left_out + 1,
        "the meeting's date is background"
    );
}
