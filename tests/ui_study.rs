//! The study window driven through its accessibility tree, as a learner using only the
//! keyboard would.

mod common;

use common::window::{open_window, press};

use chrono::Duration;
use eframe::egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use factdeck::clock::ManualClock;
use factdeck::schedule::Rating;
use factdeck::session::{AnswerDetails, Collection, QuestionMix, StudySettings};
use factdeck::ui::FactdeckApp;
use std::path::Path;
use std::sync::Arc;

const DECK: &str = "kim-putin-2019";

/// The collection of `dir`, allowing `new_per_day` new cards a day, asked as `mix`.
fn collection_with(
    dir: &Path,
    clock: &ManualClock,
    new_per_day: usize,
    mix: QuestionMix,
) -> Collection {
    let mut collection =
        Collection::open(dir, &[], Arc::new(clock.clone())).expect("the collection opens");
    collection
        .set_settings(StudySettings {
            new_per_day,
            question_mix: mix,
            ..StudySettings::default()
        })
        .expect("settings saved");
    collection
}

/// Answers the first `n` cards of the deck (deck order) with Easy, 10 s apart.
fn learn_first(collection: &mut Collection, clock: &ManualClock, n: usize) -> Vec<String> {
    let deck = collection.deck(DECK).expect("the built-in deck");
    let cards: Vec<String> = deck.cards[..n]
        .iter()
        .map(|c| c.id.as_str().to_string())
        .collect();
    for card in &cards {
        clock.advance(Duration::seconds(10));
        collection
            .answer(DECK, card, Rating::Easy, AnswerDetails::flashcard(5000))
            .expect("saved");
    }
    cards
}

fn open_app<'a>(data_dir: &Path, clock: &ManualClock) -> Harness<'a, FactdeckApp> {
    open_window(data_dir, clock, [1100.0, 760.0])
}

#[test]
fn three_cards_studied_by_keyboard_are_still_there_after_a_restart() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    {
        let mut harness = open_app(dir.path(), &clock);
        harness.get_by_label_contains("20 new · 0 learning · 0 due");
        harness.get_by_label("Reviews today: 0");
        press(&mut harness, Key::Enter);
        for _ in 0..3 {
            press(&mut harness, Key::Space);
            clock.advance(chrono::Duration::seconds(5));
            press(&mut harness, Key::Num3);
        }
        harness.get_by_label("Answered: 3");
    }
    let harness = open_app(dir.path(), &clock);
    harness.get_by_label("Reviews today: 3");
    harness.get_by_label_contains("17 new · 3 learning · 0 due");
    let stored = harness
        .state()
        .collection()
        .expect("the collection opens")
        .reviews()
        .expect("the log reads");
    assert_eq!(stored.len(), 3);
    assert!(stored.iter().all(|r| r.record.rating.number() == 3));
}

#[test]
fn the_rating_buttons_show_the_interval_each_would_give() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let mut harness = open_app(dir.path(), &clock);
    press(&mut harness, Key::Enter);
    press(&mut harness, Key::Space);
    harness.get_by_label("1 Again · 1 min");
    harness.get_by_label("2 Hard · 6 min");
    harness.get_by_label("3 Good · 10 min");
    harness.get_by_label_contains("4 Easy · ");
}

#[test]
fn undo_takes_back_the_last_answer_and_shows_the_card_again() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let mut harness = open_app(dir.path(), &clock);
    press(&mut harness, Key::Enter);
    press(&mut harness, Key::Space);
    press(&mut harness, Key::Num4);
    harness.get_by_label("Answered: 1");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.get_by_label("Answered: 0");
    harness.get_by_label("Show answer (Space)");
    let collection = harness.state().collection().expect("the collection opens");
    assert!(collection.reviews().expect("the log reads").is_empty());
}

#[test]
fn when_nothing_is_due_the_screen_says_when_the_next_card_is() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let mut harness = open_app(dir.path(), &clock);
    harness.get_by_label("Settings").click();
    harness.run();
    // Two new cards a day, set through the settings screen.
    harness.get_by_label("New cards per day").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("New cards per day").type_text("2");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    harness.get_by_label("Decks").click();
    harness.run();
    harness.get_by_label_contains("2 new · 0 learning · 0 due");
    press(&mut harness, Key::Enter);
    for _ in 0..2 {
        press(&mut harness, Key::Space);
        press(&mut harness, Key::Num4);
    }
    // Cards are still unseen, so the screen offers more instead of "nothing is due".
    harness.get_by_label("Today's cards are done.");
    assert!(
        harness
            .query_by_label("Nothing is due right now.")
            .is_none()
    );
    harness.get_by_label("The next card is due tomorrow at 04:00.");
}

#[test]
fn after_midnight_the_next_study_day_is_said_to_start_today() {
    let dir = tempfile::tempdir().expect("temporary folder");
    // 02:00 on the learner's clock: the study day that started yesterday at 04:00.
    let clock = ManualClock::at_utc("2026-11-27T01:00:00Z", 1);
    let mut harness = open_app(dir.path(), &clock);
    press(&mut harness, Key::Enter);
    for _ in 0..20 {
        press(&mut harness, Key::Space);
        press(&mut harness, Key::Num4);
    }
    harness.get_by_label("Today's cards are done.");
    harness.get_by_label("The next card is due today at 04:00.");
}

#[test]
fn after_the_days_new_cards_study_more_goes_on_with_more_new_cards() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    {
        let mut collection = collection_with(dir.path(), &clock, 2, QuestionMix::FlashcardsOnly);
        learn_first(&mut collection, &clock, 2);
    }
    let mut harness = open_app(dir.path(), &clock);
    press(&mut harness, Key::Enter);
    harness.get_by_label("Today's cards are done.");
    harness.get_by_label("Study more");
    // Both cards were answered today: none is ahead of its schedule yet.
    let ahead = harness.get_by_label("Everything ahead of schedule (0 cards)");
    assert!(ahead.accesskit_node().is_disabled());
    harness.get_by_label_contains("The only topic started: Das Treffen und seine Inszenierung (");
    harness.get_by_label("10 more new cards").click();
    harness.run();
    harness.get_by_label("Left today: 10 new · 0 learning · 0 due");
    press(&mut harness, Key::Space);
    press(&mut harness, Key::Num4);
    harness.get_by_label("Answered: 1");
    harness.get_by_label("Left today: 9 new · 0 learning · 0 due");
    let collection = harness.state().collection().expect("the collection opens");
    let log = collection.reviews().expect("the log reads");
    assert_eq!(log.len(), 3, "a third new card was studied today");
}

#[test]
fn studying_ahead_takes_cards_not_yet_due_and_counts_them_down() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let learned;
    {
        let mut collection = collection_with(dir.path(), &clock, 2, QuestionMix::FlashcardsOnly);
        learned = learn_first(&mut collection, &clock, 2);
        // The next day, no new cards: nothing is due, as both were answered Easy.
        clock.advance(Duration::days(1));
        let no_new = StudySettings {
            new_per_day: 0,
            ..collection.settings().clone()
        };
        collection.set_settings(no_new).expect("settings saved");
    }
    let mut harness = open_app(dir.path(), &clock);
    press(&mut harness, Key::Enter);
    harness.get_by_label("Today's cards are done.");
    harness
        .get_by_label("Everything ahead of schedule (2 cards)")
        .click();
    harness.run();
    harness.get_by_label("Ahead of schedule: 2");
    let due_before: Vec<i64> = {
        let collection = harness.state().collection().expect("the collection opens");
        learned
            .iter()
            .map(|c| collection.card_state(DECK, c).due)
            .collect()
    };
    assert!(due_before.iter().all(|&due| due > to_millis(&clock)));
    press(&mut harness, Key::Space);
    press(&mut harness, Key::Num3);
    harness.get_by_label("Ahead of schedule: 1");
    press(&mut harness, Key::Space);
    press(&mut harness, Key::Num3);
    harness.get_by_label("Answered: 2");
    let collection = harness.state().collection().expect("the collection opens");
    assert_eq!(collection.reviews().expect("the log reads").len(), 4);
    // Both were answered now, a day into their intervals.
    let now = to_millis(&clock);
    for card in &learned {
        assert_eq!(collection.card_state(DECK, card).last_review, Some(now));
    }
}

fn to_millis(clock: &ManualClock) -> i64 {
    use factdeck::clock::Clock;
    clock.now().timestamp_millis()
}

/// Opens a study session on a learnt card that is asked as a typed question: the deck's
/// first number fact, answered twice and due again.
fn typed_card_on_show<'a>(dir: &Path, clock: &ManualClock) -> Harness<'a, FactdeckApp> {
    {
        let mut collection = collection_with(dir, clock, 0, QuestionMix::Mixed);
        let deck = collection.deck(DECK).expect("the built-in deck");
        let card = deck
            .cards
            .iter()
            .find(|c| deck.fact_of(c).kind() == factdeck::deck::FactKind::Number)
            .map(|c| c.id.as_str().to_string())
            .expect("a number fact");
        // Recalled, not recognised, once answered twice in review.
        for _ in 0..2 {
            collection
                .answer(DECK, &card, Rating::Easy, AnswerDetails::flashcard(5000))
                .expect("saved");
            let due = collection.card_state(DECK, &card).due;
            clock.advance(Duration::milliseconds(due - to_millis(clock) + 1000));
        }
    }
    let mut harness = open_app(dir, clock);
    press(&mut harness, Key::Enter);
    harness.get_by_label("Your answer");
    harness
}

#[test]
fn space_in_a_typed_answer_types_a_space_and_never_reveals() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let mut harness = typed_card_on_show(dir.path(), &clock);
    harness.get_by_label("Your answer").type_text("über");
    harness.run();
    // A real key press: the key, then the text it types.
    harness.key_press(Key::Space);
    harness.event(Event::Text(" ".into()));
    harness.run();
    harness.get_by_label("Your answer").type_text("120");
    harness.run();
    assert_eq!(
        harness.get_by_label("Your answer").value().as_deref(),
        Some("über 120")
    );
    harness.get_by_label("Show answer (Ctrl+Enter)");
    assert!(harness.query_by_label_contains("1 Again").is_none());
}

#[test]
fn ctrl_enter_in_a_typed_answer_shows_the_answer_to_rate_oneself() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let mut harness = typed_card_on_show(dir.path(), &clock);
    harness.get_by_label_contains("Ctrl+Enter shows the answer");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    harness.run();
    // The rating buttons: rated by the learner, nothing checked or logged yet.
    harness.get_by_label_contains("1 Again");
    assert!(harness.query_by_label("× Wrong").is_none());
    let collection = harness.state().collection().expect("the collection opens");
    assert_eq!(collection.reviews().expect("the log reads").len(), 2);
}

#[test]
fn the_shortcuts_screen_names_the_dont_know_key() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let mut harness = open_app(dir.path(), &clock);
    press(&mut harness, Key::Enter);
    press(&mut harness, Key::F1);
    harness.get_by_label("Ctrl+Enter");
    harness.get_by_label_contains("don't know");
}
