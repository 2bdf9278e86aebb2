//! Imports held to the deck loader's limits (`deck::limits`) before anything is written:
//! an import the loader would refuse is refused with the limit named, never written and
//! never said to be among the decks; a card with a giant field is left out naming its
//! line; files too large, devices and FIFOs are refused before they are read, by
//! `factdeck import`, `factdeck evaluate` and the window's import screen.

mod common;

use common::{clock, factdeck, text, window::open_window};
use eframe::egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use factdeck::deck::limits::MAX_FACTS;
use factdeck::interop::import_file::MAX_IMPORT_BYTES;
use std::fmt::Write;
use std::path::Path;
use std::time::{Duration, Instant};

/// A Quizlet export of `cards` lines, term<TAB>definition.
fn quizlet(path: &Path, cards: usize) {
    let mut lines = String::with_capacity(cards * 24);
    for i in 0..cards {
        writeln!(lines, "Begriff {i}\tBedeutung {i}").expect("written");
    }
    std::fs::write(path, lines).expect("written");
}

/// The files of the data folder's deck folder.
fn deck_files(data_dir: &Path) -> Vec<String> {
    match std::fs::read_dir(data_dir.join("decks")) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => Vec::new(),
    }
}

#[test]
fn an_import_of_more_cards_than_a_deck_may_hold_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("riesig.txt");
    quizlet(&file, MAX_FACTS + 1);
    let output = factdeck(&["import", file.to_str().expect("a path")], dir.path());
    assert!(!output.status.success());
    let (said, told) = (text(&output.stdout), text(&output.stderr));
    assert!(
        told.contains("200,001 cards; a deck may have at most 200,000"),
        "{told}"
    );
    assert!(!said.contains("among your decks"), "{said}");
    assert!(
        deck_files(dir.path()).is_empty(),
        "{:?}",
        deck_files(dir.path())
    );
}

#[test]
fn an_import_whose_deck_file_would_pass_the_size_limit_is_refused_before_it_is_written() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("lang.txt");
    // 8,000 cards of 9,000 characters each: every text within its limit, the deck 72 MB.
    let answer = "b".repeat(9_000);
    let mut lines = String::new();
    for i in 0..8_000 {
        writeln!(lines, "Begriff {i}\t{answer}").expect("written");
    }
    std::fs::write(&file, lines).expect("written");
    let output = factdeck(&["import", file.to_str().expect("a path")], dir.path());
    assert!(!output.status.success());
    let told = text(&output.stderr);
    assert!(told.contains("a deck file may be at most 64 MB"), "{told}");
    assert!(deck_files(dir.path()).is_empty());
}

#[test]
fn a_card_with_a_giant_field_is_left_out_naming_its_line_and_the_rest_imported() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("karten.txt");
    let giant = "x".repeat(10 << 20);
    std::fs::write(&file, format!("Kohle\tcoal\nRiese\t{giant}\nEisen\tiron\n")).expect("written");
    let output = factdeck(&["import", file.to_str().expect("a path")], dir.path());
    let told = text(&output.stderr);
    assert!(output.status.success(), "{told}");
    assert!(
        told.contains("karten.txt:2: `answer` is 10,485,760 characters long"),
        "{told}"
    );
    assert!(text(&output.stdout).contains("with 2 questions"));
    assert_eq!(deck_files(dir.path()), ["karten.toml"]);
}

#[test]
fn an_import_file_over_the_size_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("riesig.csv");
    let handle = std::fs::File::create(&file).expect("created");
    handle.set_len(MAX_IMPORT_BYTES + 1).expect("length set");
    let started = Instant::now();
    for command in ["import", "evaluate"] {
        let output = factdeck(&[command, file.to_str().expect("a path")], dir.path());
        assert!(!output.status.success());
        let told = text(&output.stderr);
        assert!(
            told.contains("more than the 256 MB allowed"),
            "{command}: {told}"
        );
    }
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(deck_files(dir.path()).is_empty());
}

#[test]
fn import_and_evaluate_refuse_dev_zero_at_once() {
    let dir = tempfile::tempdir().expect("temporary folder");
    for command in ["import", "evaluate"] {
        let output = factdeck(&[command, "/dev/zero"], dir.path());
        let told = text(&output.stderr);
        assert!(told.contains("is not a regular file"), "{command}: {told}");
    }
}

#[test]
fn the_import_screen_refuses_an_import_the_loader_would_refuse_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("riesig.txt");
    quizlet(&file, MAX_FACTS + 1);
    let mut harness = open_window(dir.path(), &clock(), [1100.0, 760.0]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::I);
    harness.run();
    harness.get_by_label("File to import").focus();
    harness.run();
    harness
        .get_by_label("File to import")
        .type_text(file.to_str().expect("a path"));
    harness.run();
    harness.get_by_label("Read the file").click();
    harness.run();
    harness.get_by_label_contains("cards as a new deck").click();
    harness.run();
    harness.get_by_label_contains("a deck may have at most 200,000, so nothing was written");
    assert!(deck_files(dir.path()).is_empty());
}
