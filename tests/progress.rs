//! Progress survives: answers are on disk when acknowledged, card states can be rebuilt
//! from the log, and a file factdeck cannot read is never written to.

use factdeck::clock::{Clock, ManualClock, to_millis};
use factdeck::deck::load_decks;
use factdeck::paths::progress_file;
use factdeck::schedule::Rating;
use factdeck::session::{AnswerDetails, Collection};
use factdeck::store::{SCHEMA_VERSION, Store, StoreError};
use std::sync::Arc;

const DECK: &str = "kim-putin-2019";

fn open(dir: &std::path::Path, clock: &ManualClock) -> Collection {
    Collection::open(dir, &[], Arc::new(clock.clone())).expect("the collection opens")
}

fn first_cards(collection: &Collection, n: usize) -> Vec<String> {
    let deck = collection.deck(DECK).expect("built-in deck");
    deck.cards
        .iter()
        .take(n)
        .map(|c| c.id.as_str().to_string())
        .collect()
}

#[test]
fn answers_are_kept_when_the_collection_is_reopened() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let cards;
    {
        let mut collection = open(dir.path(), &clock);
        cards = first_cards(&collection, 2);
        for card in &cards {
            collection
                .answer(DECK, card, Rating::Good, AnswerDetails::flashcard(4000))
                .unwrap();
        }
    }
    let collection = open(dir.path(), &clock);
    assert_eq!(collection.reviews().unwrap().len(), 2);
    for card in &cards {
        assert_eq!(collection.card_state(DECK, card).reps, 1);
    }
}

#[test]
fn replaying_the_log_rebuilds_the_same_card_states() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let mut collection = open(dir.path(), &clock);
    let cards = first_cards(&collection, 4);
    let ratings = [Rating::Good, Rating::Again, Rating::Easy, Rating::Hard];
    for day in 0..5 {
        for (card, rating) in cards.iter().zip(ratings.iter().cycle().skip(day)) {
            collection
                .answer(DECK, card, *rating, AnswerDetails::flashcard(3000))
                .unwrap();
            clock.advance(chrono::Duration::minutes(11));
        }
        clock.advance(chrono::Duration::days(1));
    }
    let before: Vec<_> = cards
        .iter()
        .map(|c| collection.card_state(DECK, c))
        .collect();
    let rebuilt = collection.rebuild_from_log().unwrap();
    assert_eq!(rebuilt, cards.len());
    let after: Vec<_> = cards
        .iter()
        .map(|c| collection.card_state(DECK, c))
        .collect();
    assert_eq!(before, after);
}

#[test]
fn undo_removes_the_answer_from_the_log_and_restores_the_card() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let mut collection = open(dir.path(), &clock);
    let card = first_cards(&collection, 1).remove(0);
    let first = collection
        .answer(DECK, &card, Rating::Good, AnswerDetails::flashcard(1000))
        .unwrap();
    let state_after_first = collection.card_state(DECK, &card);
    clock.advance(chrono::Duration::minutes(10));
    let second = collection
        .answer(DECK, &card, Rating::Easy, AnswerDetails::flashcard(1000))
        .unwrap();
    collection.undo(&second).unwrap();
    assert_eq!(collection.card_state(DECK, &card), state_after_first);
    collection.undo(&first).unwrap();
    assert_eq!(collection.card_state(DECK, &card).reps, 0);
    drop(collection);
    let reopened = open(dir.path(), &clock);
    assert!(reopened.reviews().unwrap().is_empty());
    assert_eq!(reopened.card_state(DECK, &card).reps, 0);
}

#[test]
fn the_log_records_how_the_card_was_asked_and_how_long_it_took() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let mut collection = open(dir.path(), &clock);
    let card = first_cards(&collection, 1).remove(0);
    collection
        .answer(DECK, &card, Rating::Hard, AnswerDetails::flashcard(6500))
        .unwrap();
    let log = collection.reviews().unwrap();
    let record = &log[0].record;
    assert_eq!(record.card_id, card);
    assert_eq!(record.rating, Rating::Hard);
    assert_eq!(record.elapsed_ms, 6500);
    assert_eq!(record.question_kind, "flashcard");
    assert_eq!(record.utc_offset_secs, 3600);
    assert_eq!(record.reviewed_at, to_millis(clock.now()));
}

#[test]
fn a_file_that_is_not_a_database_is_reported_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = progress_file(dir.path());
    let garbage = b"this is not sqlite, but it is the learner's file".repeat(100);
    std::fs::write(&path, &garbage).unwrap();
    let error = Store::open(&path).err().expect("refused");
    assert!(matches!(error, StoreError::Unusable { .. }), "{error}");
    assert!(error.to_string().contains("left untouched"));
    assert_eq!(std::fs::read(&path).unwrap(), garbage);
}

#[test]
fn a_file_from_a_newer_factdeck_is_refused_without_writing() {
    let dir = tempfile::tempdir().unwrap();
    let path = progress_file(dir.path());
    {
        // A newer factdeck marks its files as factdeck's, as this one does.
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "application_id", factdeck::store::APPLICATION_ID)
            .unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let error = Store::open(&path).err().expect("refused");
    assert!(matches!(error, StoreError::NewerVersion { .. }), "{error}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn decks_from_a_folder_given_on_the_command_line_are_loaded() {
    let decks = tempfile::tempdir().unwrap();
    std::fs::write(
        decks.path().join("mine.toml"),
        "[deck]\nid = \"mine\"\ntitle = \"Meins\"\n[[topics]]\nid = \"t\"\nname = \"T\"\n\
         [[facts]]\nid = \"f\"\nkind = \"reason\"\ntopic = \"t\"\nquestion = \"Warum?\"\nanswer = \"Darum.\"\n",
    )
    .unwrap();
    let loaded = load_decks(&[decks.path().to_path_buf()]);
    assert!(loaded.deck("mine").is_some());
}
