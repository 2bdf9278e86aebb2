//! Suspending and resetting cards: suspended cards leave studying and come back, a reset
//! card starts afresh while its history stays, and replaying the log agrees with both.

use chrono::Duration;
use factdeck::clock::ManualClock;
use factdeck::schedule::{Phase, Rating};
use factdeck::session::{AnswerDetails, Collection, NextCard, Scope};
use std::sync::Arc;

const DECK: &str = "kim-putin-2019";

fn open(dir: &std::path::Path, clock: &ManualClock) -> Collection {
    Collection::open(dir, &[], Arc::new(clock.clone())).expect("the collection opens")
}

fn next_card_id(collection: &Collection, scope: &Scope) -> Option<String> {
    match collection.next_card(DECK, scope).unwrap() {
        NextCard::Card(card) => Some(card.id.as_str().to_string()),
        NextCard::Done { .. } => None,
    }
}

/// The deck's smallest topic: few enough new cards for the daily limit not to hide a
/// change in the counts.
fn first_topic(collection: &Collection) -> Scope {
    let deck = collection.deck(DECK).unwrap();
    let cards_in = |topic: &str| {
        deck.cards
            .iter()
            .filter(|c| deck.fact_of(c).topic == topic)
            .count()
    };
    let smallest = deck.topics.iter().min_by_key(|t| cards_in(&t.id)).unwrap();
    assert!(cards_in(&smallest.id) < 20);
    Scope::Topic(smallest.id.clone())
}

#[test]
fn a_suspended_card_leaves_the_queue_and_comes_back_when_unsuspended() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let mut collection = open(dir.path(), &clock);
    let scope = first_topic(&collection);
    let first = next_card_id(&collection, &scope).unwrap();
    let new_before = collection.counts(DECK, &scope).unwrap().new;

    collection.set_suspended(DECK, &first, true).unwrap();
    assert_ne!(next_card_id(&collection, &scope).as_deref(), Some(&*first));
    assert_eq!(collection.counts(DECK, &scope).unwrap().new, new_before - 1);
    drop(collection);

    let mut collection = open(dir.path(), &clock);
    assert!(
        collection.is_suspended(DECK, &first),
        "kept across a restart"
    );
    assert_ne!(next_card_id(&collection, &scope).as_deref(), Some(&*first));
    collection.set_suspended(DECK, &first, false).unwrap();
    assert_eq!(next_card_id(&collection, &scope).as_deref(), Some(&*first));
    assert_eq!(collection.counts(DECK, &scope).unwrap().new, new_before);
}

#[test]
fn a_suspended_review_card_is_not_due_even_when_its_day_comes() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let mut collection = open(dir.path(), &clock);
    let scope = first_topic(&collection);
    let card = next_card_id(&collection, &scope).unwrap();
    collection
        .answer(DECK, &card, Rating::Easy, AnswerDetails::flashcard(3000))
        .unwrap();
    collection.set_suspended(DECK, &card, true).unwrap();
    let interval = collection.card_state(DECK, &card).interval_days;
    clock.advance(Duration::days(i64::from(interval) + 1));
    assert_eq!(collection.counts(DECK, &scope).unwrap().due, 0);
    collection.set_suspended(DECK, &card, false).unwrap();
    assert_eq!(collection.counts(DECK, &scope).unwrap().due, 1);
    assert_eq!(next_card_id(&collection, &scope).as_deref(), Some(&*card));
}

#[test]
fn a_reset_card_is_new_again_and_keeps_its_history() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let mut collection = open(dir.path(), &clock);
    let card = next_card_id(&collection, &Scope::WholeDeck).unwrap();
    for rating in [Rating::Good, Rating::Good] {
        collection
            .answer(DECK, &card, rating, AnswerDetails::flashcard(3000))
            .unwrap();
        clock.advance(Duration::minutes(10));
    }
    assert_eq!(collection.card_state(DECK, &card).phase, Phase::Review);
    collection.reset_card(DECK, &card).unwrap();
    let state = collection.card_state(DECK, &card);
    assert_eq!((state.phase, state.reps), (Phase::New, 0));
    assert_eq!(collection.reviews_of_card(DECK, &card).unwrap().len(), 2);
    assert_eq!(collection.resets_of_card(DECK, &card).unwrap().len(), 1);
    drop(collection);
    let reopened = open(dir.path(), &clock);
    assert_eq!(reopened.card_state(DECK, &card).phase, Phase::New);
}

#[test]
fn replaying_the_log_after_a_reset_gives_the_same_states_as_live() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let mut collection = open(dir.path(), &clock);
    let deck = collection.deck(DECK).unwrap();
    let cards: Vec<String> = deck.cards[..3]
        .iter()
        .map(|c| c.id.as_str().to_string())
        .collect();
    let answer_all = |collection: &mut Collection, rating: Rating| {
        for card in &cards {
            collection
                .answer(DECK, card, rating, AnswerDetails::flashcard(2000))
                .unwrap();
        }
    };
    answer_all(&mut collection, Rating::Good);
    clock.advance(Duration::minutes(10));
    answer_all(&mut collection, Rating::Good);
    clock.advance(Duration::days(3));
    // The first card is reset and learned again; the second is reset and left new.
    collection.reset_card(DECK, &cards[0]).unwrap();
    collection.reset_card(DECK, &cards[1]).unwrap();
    collection
        .answer(
            DECK,
            &cards[0],
            Rating::Hard,
            AnswerDetails::flashcard(2000),
        )
        .unwrap();
    answer_all(&mut collection, Rating::Again);
    collection.reset_card(DECK, &cards[1]).unwrap();

    let live: Vec<_> = cards
        .iter()
        .map(|c| collection.card_state(DECK, c))
        .collect();
    assert_eq!(live[1].phase, Phase::New);
    assert_eq!(live[0].reps, 2, "counted from the reset on");
    collection.rebuild_from_log().unwrap();
    let replayed: Vec<_> = cards
        .iter()
        .map(|c| collection.card_state(DECK, c))
        .collect();
    assert_eq!(live, replayed);
}
