//! Fair questions in the real window: after a checked question the screen says when the
//! card comes back, undo asks the same question afresh, background facts are turned on in
//! Settings, and a question about one is marked as background.

mod common;

use common::window::{open_window, press};

use eframe::egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use factdeck::clock::ManualClock;
use factdeck::i18n::Language;
use factdeck::schedule::Rating;
use factdeck::session::{AnswerDetails, Collection, NextCard, Scope};
use factdeck::ui::{AppOptions, FactdeckApp};
use std::path::Path;
use std::sync::Arc;

const DECK: &str = "kim-putin-2019";

fn clock() -> ManualClock {
    ManualClock::at_utc("2026-05-04T09:00:00Z", 2)
}

fn open_app<'a>(data_dir: &Path, clock: &ManualClock) -> Harness<'a, FactdeckApp> {
    open_window(data_dir, clock, [1100.0, 900.0])
}

fn click(harness: &mut Harness<'_, FactdeckApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// Starts studying, rates the first card (what happens in Wladiwostok: too few fair
/// wrong options, so a flashcard) Good, and answers the next (the weekday of the meeting,
/// asked by multiple choice while new) rightly.
fn answer_the_first_card_rightly(harness: &mut Harness<'_, FactdeckApp>) {
    start_at_the_first_question(harness);
    answer_the_card_rightly(harness);
}

/// Starts studying and rates the first card, a flashcard, Good.
fn start_at_the_first_question(harness: &mut Harness<'_, FactdeckApp>) {
    press(harness, Key::Enter);
    press(harness, Key::Space);
    press(harness, Key::Num3);
}

/// Clicks the answer of the weekday question and checks it.
fn answer_the_card_rightly(harness: &mut Harness<'_, FactdeckApp>) {
    let answer = {
        let collection = harness.state().collection().expect("the collection opens");
        let deck = collection.deck(DECK).expect("the article deck");
        let card = deck
            .card("treffen-wochentag/date")
            .expect("the weekday card");
        card.answer.clone()
    };
    harness.get_by_label_contains(&answer).click();
    harness.run();
    press(harness, Key::Enter);
}

#[test]
fn after_a_checked_question_the_screen_says_when_the_card_comes_back() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    let mut harness = open_app(dir.path(), &clock);
    answer_the_first_card_rightly(&mut harness);
    harness.get_by_label("√ Right");
    harness.get_by_label("Counted as Good · back in 10 min (keys 1–4 change it).");
}

#[test]
fn the_wait_after_a_checked_question_is_written_in_german_too() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    let options = AppOptions {
        data_dir: dir.path().to_path_buf(),
        deck_folders: Vec::new(),
        clock: Arc::new(clock.clone()),
        language: Some(Language::German),
    };
    let mut harness = Harness::builder()
        .with_size([1100.0, 900.0])
        .build_eframe(move |cc| FactdeckApp::new(cc, options));
    harness.run();
    answer_the_first_card_rightly(&mut harness);
    harness.get_by_label("Als „Gut“ gezählt · wieder dran in 10 Min. (die Tasten 1–4 ändern das).");
}

#[test]
fn background_facts_are_turned_on_in_the_settings_and_kept() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    {
        let mut harness = open_app(dir.path(), &clock);
        click(&mut harness, "Settings");
        harness.get_by_label("Beyond the article");
        click(&mut harness, "Background facts (not stated in the article)");
        click(&mut harness, "Save");
        harness.get_by_label("Saved. The new settings apply from the next card.");
        let collection = harness.state().collection().expect("the collection opens");
        assert!(collection.settings().background_facts);
    }
    let harness = open_app(dir.path(), &clock);
    let collection = harness.state().collection().expect("the collection opens");
    assert!(
        collection.settings().background_facts,
        "saved with the progress"
    );
}

#[test]
fn a_question_about_a_background_fact_is_marked_as_background() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    {
        // Background facts on, and every new card before the first background one learnt,
        // so that the background card is the next to study.
        let mut collection =
            Collection::open(dir.path(), &[], Arc::new(clock.clone())).expect("opens");
        let mut settings = collection.settings().clone();
        settings.background_facts = true;
        collection.set_settings(settings).expect("saved");
        let deck = collection.deck(DECK).expect("the article deck").clone();
        loop {
            let NextCard::Card(card) = collection.next_card(DECK, &Scope::WholeDeck).unwrap()
            else {
                panic!("a background card is among today's new cards");
            };
            if deck.fact_of(card).context {
                break;
            }
            let id = card.id.as_str().to_string();
            collection
                .answer(DECK, &id, Rating::Easy, AnswerDetails::flashcard(3000))
                .expect("saved");
        }
    }
    let mut harness = open_app(dir.path(), &clock);
    press(&mut harness, Key::Enter);
    harness.get_by_label("Background – not in the article");
}

#[test]
fn without_background_facts_no_question_is_marked() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    let mut harness = open_app(dir.path(), &clock);
    press(&mut harness, Key::Enter);
    // With background facts on, the third new card would be one (the meeting's date).
    for _ in 0..5 {
        assert!(
            harness
                .query_by_label("Background – not in the article")
                .is_none()
        );
        press(&mut harness, Key::Space);
        press(&mut harness, Key::Num4);
    }
}

#[test]
fn undo_in_the_window_asks_the_same_question_afresh() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    let mut harness = open_app(dir.path(), &clock);
    start_at_the_first_question(&mut harness);
    // The options are the labels "1  …" to "4  …".
    let options = |harness: &Harness<'_, FactdeckApp>| -> Vec<String> {
        let option = |label: &str| {
            label.starts_with(|c: char| c.is_ascii_digit()) && label[1..].starts_with("  ")
        };
        harness
            .query_all_by(move |node| node.label().is_some_and(|l| option(&l)))
            .filter_map(|node| node.accesskit_node().label())
            .collect()
    };
    let asked_first = options(&harness);
    answer_the_card_rightly(&mut harness);
    press(&mut harness, Key::Enter);
    harness.get_by_label("Answered: 2");
    press(&mut harness, Key::U);
    harness.get_by_label("Answered: 1");
    // The same options in the same order, and none chosen yet: the answer given before
    // is not filled in again.
    assert_eq!(options(&harness), asked_first);
    assert_eq!(asked_first.len(), 4, "{asked_first:?}");
    let check = harness.get_by_label("Check (Enter)");
    assert!(check.accesskit_node().is_disabled());
}
