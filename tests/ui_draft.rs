//! The draft screen driven through its accessibility tree: an article read from File > New
//! deck from an article, its proposals accepted, edited and dropped beside the text, and
//! the accepted ones saved as a deck the home screen lists at once. Nothing is written
//! before Save.

mod common;

use common::{clock, window::open_window};
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use factdeck::deck::FactBody;
use factdeck::ui::FactdeckApp;
use std::path::{Path, PathBuf};

fn open_app<'a>(data_dir: &Path) -> Harness<'a, FactdeckApp> {
    open_window(data_dir, &clock(), [1300.0, 900.0])
}

fn article() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/draft/oder-hochwasser.txt")
}

/// Opens the draft screen from the File menu and reads `file`.
fn read_article(harness: &mut Harness<'_, FactdeckApp>, file: &Path) {
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("New deck from an article…").click();
    harness.run();
    harness.get_by_label("Article file").focus();
    harness.run();
    harness
        .get_by_label("Article file")
        .type_text(file.to_str().expect("a UTF-8 path"));
    harness.run();
    harness.get_by_label("Propose facts").click();
    harness.run();
}

#[test]
fn proposals_are_shown_beside_the_article_and_nothing_is_saved_before_save() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_app(dir.path());
    read_article(&mut harness, &article());
    harness.get_by_label_contains("facts proposed from oder-hochwasser.txt");
    harness.get_by_label_contains("0 accepted · 0 dropped");
    harness.get_by_label_contains("Frankfurt bangt um seine Deiche");
    harness.get_by_label("In the article: „Mehr als 12.000 Menschen“");
    let decks = std::fs::read_dir(dir.path().join("decks"))
        .map(|entries| entries.count())
        .unwrap_or(0);
    assert_eq!(decks, 0, "nothing is written before the learner saves");
}

#[test]
fn accepted_and_edited_facts_are_saved_as_a_deck_and_dropped_ones_are_not() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_app(dir.path());
    read_article(&mut harness, &article());

    // The first proposal is accepted, the second dropped.
    harness
        .query_all_by_label("Accept")
        .next()
        .expect("a proposal")
        .click();
    harness.run();
    harness
        .query_all_by_label("Drop")
        .nth(1)
        .expect("a second proposal")
        .click();
    harness.run();
    harness.get_by_label_contains("1 accepted · 1 dropped");

    // The figure of the 12,000 people is edited: applying accepts it.
    harness
        .get_by_label(
            "Wie viele Menschen in Brandenburg haben ihre Häuser bereits verlassen müssen?",
        )
        .click();
    harness.run();
    harness.get_by_label("Question").focus();
    harness.run();
    harness.get_by_label("Question").type_text(" (laut dpa)");
    harness.run();
    harness.get_by_label("Apply the changes").click_accesskit();
    harness.run();
    harness.get_by_label_contains("2 accepted · 1 dropped");

    harness.get_by_label("Save 2 facts as a deck").click();
    harness.run();
    harness.get_by_label("The deck „Hochwasser an der Oder“ with 2 facts is among your decks.");
    let collection = harness.state().collection().expect("the collection opens");
    let deck = collection
        .deck("hochwasser-an-der-oder")
        .expect("the new deck is loaded");
    assert_eq!(deck.facts.len(), 2);
    let edited = deck
        .facts
        .iter()
        .find_map(|f| match &f.body {
            FactBody::Number {
                question, value, ..
            } if *value == 12_000.0 => Some(question),
            _ => None,
        })
        .expect("the edited figure is in the deck");
    assert!(edited.ends_with("(laut dpa)"), "{edited}");
}

#[test]
fn an_answer_its_kind_cannot_hold_is_refused_with_the_reason() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_app(dir.path());
    read_article(&mut harness, &article());
    harness
        .get_by_label(
            "Wie viele Menschen in Brandenburg haben ihre Häuser bereits verlassen müssen?",
        )
        .click();
    harness.run();
    harness.get_by_label("Answer").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label("Answer").type_text("sehr viele");
    harness.run();
    harness.get_by_label("Apply the changes").click_accesskit();
    harness.run();
    harness.get_by_label_contains("is no figure");
    harness.get_by_label_contains("0 accepted");
}

#[test]
fn a_file_that_cannot_be_read_is_named() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_app(dir.path());
    read_article(&mut harness, &dir.path().join("fehlt.txt"));
    harness.get_by_label_contains("does not exist");
    harness.get_by_label_contains("fehlt.txt");
}
