//! Fair questions in the real window: after a checked question the screen says when the
//! card comes back.

mod common;

use common::window::{open_window, press};

use eframe::egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use factdeck::clock::ManualClock;
use factdeck::i18n::Language;
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

/// Starts studying and answers the first card (a place, asked by multiple choice while
/// new) rightly by clicking its answer and checking it.
fn answer_the_first_card_rightly(harness: &mut Harness<'_, FactdeckApp>) {
    press(harness, Key::Enter);
    answer_the_card_rightly(harness);
}

fn answer_the_card_rightly(harness: &mut Harness<'_, FactdeckApp>) {
    let answer = {
        let collection = harness.state().collection().expect("the collection opens");
        let deck = collection.deck(DECK).expect("the article deck");
        deck.cards[0].answer.clone()
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
