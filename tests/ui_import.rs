//! The import screen driven through its accessibility tree: a Quizlet export read, shown
//! with the line it could not read, and imported as a new deck the home screen lists at
//! once; and a review log added to the progress.

mod common;

use common::clock;
use common::window::{open_window, open_window_in};
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use factdeck::i18n::Language;
use factdeck::ui::FactdeckApp;
use std::path::Path;

fn open_app<'a>(data_dir: &Path) -> Harness<'a, FactdeckApp> {
    open_window(data_dir, &clock(), [1100.0, 760.0])
}

/// Opens the import screen with Ctrl+I and reads `file`.
fn read_file(harness: &mut Harness<'_, FactdeckApp>, file: &Path) {
    read_file_labelled(harness, file, "File to import", "Read the file");
}

/// `read_file` in a window whose field and button carry these labels.
fn read_file_labelled(
    harness: &mut Harness<'_, FactdeckApp>,
    file: &Path,
    field: &str,
    button: &str,
) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::I);
    harness.run();
    harness.get_by_label(field).focus();
    harness.run();
    harness
        .get_by_label(field)
        .type_text(file.to_str().expect("a UTF-8 path"));
    harness.run();
    harness.get_by_label(button).click();
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

#[test]
fn a_deck_imported_before_is_replaced_by_the_learners_choice() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("Vokabeln.txt");
    std::fs::write(&file, "Kohle\tcoal\n").unwrap();
    let mut harness = open_app(dir.path());
    read_file(&mut harness, &file);
    harness
        .get_by_label("Import one card as a new deck")
        .click();
    harness.run();

    std::fs::write(&file, "Kohle\tcoal\nEisen\tiron\n").unwrap();
    read_file(&mut harness, &file);
    harness.get_by_label("Import 2 cards as a new deck").click();
    harness.run();
    harness.get_by_label_contains("exists already: replace it");
    assert_eq!(
        harness.query_all_by_label_contains("--replace").count(),
        0,
        "a window offers no command-line flag"
    );
    harness.get_by_label("Replace it").click();
    harness.run();
    harness.get_by_label("2 cards imported into the deck „Vokabeln“.");
    let collection = harness.state().collection().expect("the collection opens");
    let deck = collection
        .deck("vokabeln")
        .expect("the replaced deck is loaded");
    assert_eq!(deck.cards.len(), 2);
}

#[test]
fn an_imported_decks_topic_is_named_in_the_learners_language() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("Vokabeln.txt");
    std::fs::write(&file, "Kohle\tcoal\n").unwrap();
    let mut harness = open_app(dir.path());
    read_file(&mut harness, &file);
    harness
        .get_by_label("Import one card as a new deck")
        .click();
    harness.run();
    let collection = harness.state().collection().expect("the collection opens");
    let deck = collection.deck("vokabeln").expect("the new deck is loaded");
    let names: Vec<&str> = deck.topics.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Imported"]);
}

#[test]
fn the_german_import_screen_names_a_lines_problem_in_german() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("Vokabeln.txt");
    std::fs::write(&file, "Kohle\tcoal\nnur ein Begriff\n").unwrap();
    let mut harness = open_window_in(dir.path(), &clock(), [1100.0, 760.0], Language::German);
    read_file_labelled(&mut harness, &file, "Zu importierende Datei", "Datei lesen");
    harness.get_by_label_contains(
        "Vokabeln.txt:2: kein Trennzeichen (ein Tabulator) zwischen Frage und Antwort",
    );
    assert_eq!(
        harness.query_all_by_label_contains("no separator").count(),
        0
    );
}

#[test]
fn the_german_import_screen_says_why_a_file_cannot_be_read_in_german() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_window_in(dir.path(), &clock(), [1100.0, 760.0], Language::German);
    read_file_labelled(
        &mut harness,
        &dir.path().join("fehlt.txt"),
        "Zu importierende Datei",
        "Datei lesen",
    );
    harness.get_by_label_contains("fehlt.txt lässt sich nicht lesen: die Datei gibt es nicht");
}
