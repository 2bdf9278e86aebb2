//! The study window driven through its accessibility tree, as a learner using only the
//! keyboard would.

mod common;

use common::window::{open_window, press};

use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use factdeck::clock::ManualClock;
use factdeck::ui::FactdeckApp;
use std::path::Path;

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
    harness.get_by_label("Nothing is due right now.");
    harness.get_by_label("The next card is due tomorrow at 04:00.");
}
