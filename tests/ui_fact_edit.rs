//! Rewording a fact from the card browser, through the window's accessibility tree: the
//! built-in deck becomes the learner's own copy, the cards keep their progress, a broken
//! wording is refused, and a read-only window offers no editing.

mod common;

use common::window::open_window;

use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use factdeck::clock::ManualClock;
use factdeck::deck::FactKind;
use factdeck::schedule::Rating;
use factdeck::session::{AnswerDetails, Collection};
use factdeck::ui::FactdeckApp;
use std::path::Path;
use std::sync::Arc;

const DECK: &str = "kim-putin-2019";

fn clock() -> ManualClock {
    ManualClock::at_utc("2026-11-27T09:00:00Z", 1)
}

fn open_app<'a>(dir: &Path, clock: &ManualClock) -> Harness<'a, FactdeckApp> {
    open_window(dir, clock, [1100.0, 900.0])
}

/// The first reason of the built-in deck (its card asks the fact's question), answered
/// once: (card id, question).
fn answered_reason(dir: &Path, clock: &ManualClock) -> (String, String) {
    let mut collection =
        Collection::open(dir, &[], Arc::new(clock.clone())).expect("the collection opens");
    let deck = collection.deck(DECK).expect("the built-in deck");
    let card = deck
        .cards
        .iter()
        .find(|c| deck.fact_of(c).kind() == FactKind::Reason)
        .expect("a reason");
    let (card, prompt) = (card.id.as_str().to_string(), card.prompt.clone());
    collection
        .answer(DECK, &card, Rating::Easy, AnswerDetails::flashcard(4000))
        .expect("saved");
    (card, prompt)
}

/// Opens the fact page of the card asking `prompt` from the browser.
fn open_fact(harness: &mut Harness<'_, FactdeckApp>, prompt: &str) {
    harness.get_by_label("Browse").click();
    harness.run();
    harness.get_by_label("Search").type_text(prompt);
    harness.run();
    harness.get_by_label(prompt).click();
    harness.run();
}

/// Replaces the text of the edit form's field `label`.
fn retype(harness: &mut Harness<'_, FactdeckApp>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Backspace);
    harness.run();
    if !text.is_empty() {
        harness.get_by_label(label).type_text(text);
        harness.run();
    }
}

#[test]
fn a_built_in_fact_edited_in_the_browser_becomes_the_learners_copy_with_its_progress() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    let (card, prompt) = answered_reason(dir.path(), &clock);
    let mut harness = open_app(dir.path(), &clock);
    let before = harness
        .state()
        .collection()
        .unwrap()
        .card_state(DECK, &card);
    open_fact(&mut harness, &prompt);
    harness.get_by_label("Edit wording…").click();
    harness.run();
    harness.get_by_label_contains("This fact is in the built-in deck.");
    retype(&mut harness, "Question", "Warum, mit eigenen Worten?");
    harness.get_by_label("Save").click();
    harness.run();
    harness.get_by_label_contains("Saved in your own copy of the deck: ");
    harness.get_by_label_contains("Warum, mit eigenen Worten? – ");

    let copy = dir.path().join("decks/kim-putin-2019.toml");
    let text = std::fs::read_to_string(&copy).expect("the learner's copy");
    assert!(text.contains("replaces_built_in = true"));
    assert!(text.contains("\"Warum, mit eigenen Worten?\""));
    let collection = harness.state().collection().unwrap();
    assert_eq!(
        collection.card(DECK, &card).unwrap().prompt,
        "Warum, mit eigenen Worten?"
    );
    assert_eq!(collection.card_state(DECK, &card), before);

    // The home screen says plainly whose deck is studied now.
    harness.get_by_label("Decks").click();
    harness.run();
    harness.get_by_label_contains("You study your own edited copy of “Kim trifft Putin");
}

#[test]
fn a_wording_that_breaks_the_deck_is_refused_and_the_form_keeps_it() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    let (_, prompt) = answered_reason(dir.path(), &clock);
    let mut harness = open_app(dir.path(), &clock);
    open_fact(&mut harness, &prompt);
    harness.get_by_label("Edit wording…").click();
    harness.run();
    retype(&mut harness, "Question", "");
    harness.get_by_label("Save").click();
    harness.run();
    harness.get_by_label_contains("Not saved: the new wording does not make a valid deck: ");
    harness.get_by_label("Save");
    assert!(!dir.path().join("decks/kim-putin-2019.toml").exists());
    // Esc leaves the form without saving.
    harness.key_press(Key::Escape);
    harness.run();
    harness.get_by_label("Edit wording…");
}

#[test]
fn a_read_only_window_offers_no_editing() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    let (_, prompt) = answered_reason(dir.path(), &clock);
    // Another factdeck holds the folder: this window only shows the progress.
    let _other = Collection::open(dir.path(), &[], Arc::new(clock.clone())).expect("opens");
    let mut harness = open_app(dir.path(), &clock);
    open_fact(&mut harness, &prompt);
    let edit = harness.get_by_label("Edit wording…");
    assert!(edit.accesskit_node().is_disabled());
}
