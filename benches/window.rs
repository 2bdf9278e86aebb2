//! The window's work per frame on large and hostile decks, without a screen (egui's layout
//! and factdeck's own work; painting is the GPU's). Run: `cargo bench --bench window`.

mod common;

use divan::Bencher;
use eframe::egui::{self, Key};
use egui_kittest::Harness;
use factdeck::i18n::Language;
use factdeck::paths::decks_folder;
use factdeck::ui::{AppOptions, FactdeckApp};
use std::cell::RefCell;
use std::sync::Arc;
use tempfile::TempDir;

fn main() {
    divan::main();
}

/// The window on a data folder holding `deck`, with that deck selected on the home screen
/// (the built-in deck comes first).
fn window(deck: &str) -> (TempDir, Harness<'static, FactdeckApp>) {
    let dir = tempfile::tempdir().expect("temporary folder");
    std::fs::create_dir_all(decks_folder(dir.path())).expect("deck folder");
    std::fs::write(decks_folder(dir.path()).join("bench.toml"), deck).expect("deck");
    let options = AppOptions {
        data_dir: dir.path().to_path_buf(),
        deck_folders: Vec::new(),
        clock: Arc::new(common::clock()),
        language: Some(Language::English),
    };
    let mut harness = Harness::builder()
        .with_size([1100.0, 720.0])
        .build_eframe(move |cc| FactdeckApp::new(cc, options));
    harness.run_steps(2);
    harness.key_press(Key::ArrowDown);
    harness.run_steps(2);
    (dir, harness)
}

/// One frame of the home screen as the mouse moves over it, for a deck of one fact in
/// each of `topics` topics.
#[divan::bench(args = [10, 1_000, 10_000, 100_000], sample_count = 20)]
fn a_home_screen_frame_as_the_mouse_moves(bencher: Bencher, topics: usize) {
    let (_dir, mut harness) = window(&common::people_deck_text(topics, topics));
    let mut x = 0.0;
    bencher.bench_local(|| {
        x = (x + 37.0) % 1000.0;
        harness.hover_at(egui::pos2(100.0 + x, 300.0));
        harness.step();
    });
}

/// Pressing Q on the home screen: the frame that opens the quiz setup, which starts
/// counting the questions of a quiz of every card (and goes on over the next frames).
#[divan::bench(args = [1_000, 20_000, 100_000], sample_count = 10, sample_size = 1)]
fn pressing_q_on_a_deck_of_people(bencher: Bencher, people: usize) {
    let (_dir, harness) = window(&common::people_deck_text(people, 10));
    let harness = RefCell::new(harness);
    bencher
        .with_inputs(|| {
            // Back on the home screen, its figures computed again.
            let mut harness = harness.borrow_mut();
            harness.key_press(Key::Escape);
            harness.run_steps(3);
        })
        .bench_local_values(|()| {
            let mut harness = harness.borrow_mut();
            harness.key_press(Key::Q);
            harness.step();
        });
}

/// The frames after it, each counting for its share of time, until the setup says how
/// many questions there are.
#[divan::bench(args = [20_000, 100_000], sample_count = 10, sample_size = 1)]
fn a_frame_of_the_quiz_setup_counting(bencher: Bencher, people: usize) {
    let (_dir, mut harness) = window(&common::people_deck_text(people, 10));
    harness.key_press(Key::Q);
    harness.step();
    bencher.bench_local(|| harness.step());
}

/// A data folder holding the synthetic deck of `facts` facts (ten topics) with ten answers
/// for each card, and the deck's parsed copy already kept, as at every start after the
/// first.
fn synthetic_data_folder(facts: usize) -> TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    common::data_dir(dir.path(), facts, 10);
    drop(window_on(dir.path()));
    dir
}

/// The window on `data_dir`, built as the program builds it: `FactdeckApp::new` (the decks
/// and the progress opened) and the frames until it rests.
fn window_on(data_dir: &std::path::Path) -> Harness<'static, FactdeckApp> {
    let options = AppOptions {
        data_dir: data_dir.to_path_buf(),
        deck_folders: Vec::new(),
        clock: Arc::new(common::clock()),
        language: Some(Language::English),
    };
    Harness::builder()
        .with_size([1100.0, 720.0])
        .with_max_steps(1)
        .build_eframe(move |cc| FactdeckApp::new(cc, options))
}

/// Opening the window: the decks and progress opened, the first frame (the home screen
/// with the deck's figures and statistics) and one more.
#[divan::bench(args = [1_000, 10_000, 100_000], sample_count = 10, sample_size = 1)]
fn opening_the_window_to_its_first_frames(bencher: Bencher, facts: usize) {
    let dir = synthetic_data_folder(facts);
    bencher.bench_local(|| window_on(dir.path()));
}
