//! The import screen driven through its accessibility tree: a Quizlet export read, shown
//! with the line it could not read, and imported as a new deck the home screen lists at
//! once; and a review log added to the progress.

mod common;

use common::{clock, window::open_window};
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use factdeck::ui::FactdeckApp;
use std::path::Path;

fn open_app<'a>(data_dir: &Path) -> Harness<'a, FactdeckApp> {
    open_window(data_dir, &clock(), [1100.0, 760.0])
}

/// Opens the import screen with Ctrl+I and reads `file`.
fn read_file(harness: &mut Harness<'_, FactdeckApp>, file: &Path) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::I);
    harness.run();
    harness.get_by_label("File to import").focus();
    harness.run();
    harness
        .get_by_label("File to import")
        .type_text(file.to_str().expect("a UTF-8 path"));
    harness.run();
    harness.get_by_label("Read the file").click();
    harness.run();
}

#[test]
fn a_quizlet_file_is_shown_before_it_becomes_a_deck() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("Vokabeln.txt");
    std::fs::write(&file, "Kohle\tcoal\nnur ein Begriff\nEisen\tiron\n").unwrap();
    let mut harness = open_app(dir.path());
    read_file(&mut harness, &file);

    harness.get_by_label_contains("2 cards read from");
    harness.get_by_label("Kohle");
    harness.get_by_label("iron");
    harness.get_by_label_contains("Vokabeln.txt:2: no separator");
    assert!(
        !dir.path().join("decks/vokabeln.toml").exists(),
        "nothing is written before the learner confirms"
    );

    harness.get_by_label("Import 2 cards as a new deck").click();
    harness.run();
    harness.get_by_label("2 cards imported into the deck „Vokabeln“.");
    let collection = harness.state().collection().expect("the collection opens");
    let deck = collection.deck("vokabeln").expect("the new deck is loaded");
    assert_eq!(deck.cards.len(), 2);
    assert!(
        harness.query_all_by_label_contains("Vokabeln").count() >= 2,
        "the home screen lists the new deck beside the notice"
    );
}

#[test]
fn a_file_that_cannot_be_read_is_named() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_app(dir.path());
    read_file(&mut harness, &dir.path().join("fehlt.txt"));
    harness.get_by_label_contains("cannot read");
    harness.get_by_label_contains("fehlt.txt");
}

#[test]
fn a_review_log_joins_the_progress() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("log.csv");
    std::fs::write(
        &file,
        "card_id,review_rating,review_time,review_duration\n\
         7,3,2026-11-20T10:00:00+00:00,4000\n\
         7,3,2026-11-23T10:00:00+00:00,3000\n",
    )
    .unwrap();
    let mut harness = open_app(dir.path());
    read_file(&mut harness, &file);
    harness.get_by_label_contains("2 answers read from");
    harness.get_by_label("Add them to my progress").click();
    harness.run();
    harness.get_by_label_contains("2 answers added to your progress");
    let collection = harness.state().collection().expect("the collection opens");
    assert_eq!(collection.reviews().unwrap().len(), 2);
}

#[test]
fn a_read_only_window_shows_a_file_but_imports_nothing() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let first = common::open(dir.path(), &clock());
    let file = dir.path().join("Vokabeln.txt");
    std::fs::write(&file, "Kohle\tcoal\n").unwrap();
    let mut harness = open_app(dir.path());
    read_file(&mut harness, &file);

    harness.get_by_label("Kohle");
    harness.get_by_label_contains("Importing is not possible while this window is read-only");
    harness
        .get_by_label("Import one card as a new deck")
        .click();
    harness.run();
    assert!(!dir.path().join("decks/vokabeln.toml").exists());
    drop(first);
}

#[test]
fn a_review_log_names_the_rows_it_leaves_out_and_imports_the_rest() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("log.csv");
    // The window's clock is 27 November 2026: the 29th is more than a day ahead.
    std::fs::write(
        &file,
        "card_id,review_rating,review_time,review_duration\n\
         7,3,0001-01-01T00:00:00+00:00,4000\n\
         7,3,2026-11-20T10:00:00+00:00,4000\n\
         7,3,2026-11-29T10:00:00+00:00,3000\n",
    )
    .unwrap();
    let mut harness = open_app(dir.path());
    read_file(&mut harness, &file);
    harness.get_by_label_contains("One answer read from");
    harness.get_by_label_contains("2 rows were left out");
    harness.get_by_label_contains("log.csv:2: the answer is dated 0001-01-01 00:00 UTC");
    harness.get_by_label_contains("log.csv:4: the answer is dated 2026-11-29 10:00 UTC");
    harness.get_by_label("Add them to my progress").click();
    harness.run();
    let collection = harness.state().collection().expect("the collection opens");
    assert_eq!(collection.reviews().unwrap().len(), 1);
}
