//! Sync in the window: the header's line, a problem in one line, answers going out when a
//! study session ends. The window syncs on the session's thread, so each test draws frames
//! until the news has come (or a few seconds have passed).

mod common;

use common::sync::Computer;
use common::window::{open_window, press};
use eframe::egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use factdeck::schedule::Rating;
use factdeck::ui::FactdeckApp;
use std::path::Path;
use std::time::{Duration, Instant};

/// Draws frames until `done` holds, for at most ten seconds.
fn frames_until(
    harness: &mut Harness<'_, FactdeckApp>,
    mut done: impl FnMut(&Harness<'_, FactdeckApp>) -> bool,
) {
    let started = Instant::now();
    while !done(harness) {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the window never got there"
        );
        std::thread::sleep(Duration::from_millis(50));
        // One frame at a time: news from the sync thread may ask for more.
        harness.step();
    }
}

/// A data folder already syncing through `folder` (set up as the command line would).
fn syncing_data_folder(folder: &Path) -> tempfile::TempDir {
    let computer = Computer::new(folder);
    computer.dir
}

#[test]
fn the_header_says_when_it_last_synced_and_with_how_many_other_computers() {
    let folder = tempfile::tempdir().unwrap();
    let mut desktop = Computer::new(folder.path());
    desktop.answer(0, Rating::Good);
    desktop.sync();
    let laptop = syncing_data_folder(folder.path());
    let clock = common::clock();
    let mut harness = open_window(laptop.path(), &clock, [1100.0, 760.0]);
    frames_until(&mut harness, |h| {
        h.query_by_label_contains("Synced just now with 1 other computer")
            .is_some()
    });
    harness.get_by_label("Reviews today: 1");
}

#[test]
fn a_sync_folder_that_vanished_is_one_line_in_the_header_and_studying_goes_on() {
    let folder = tempfile::tempdir().unwrap();
    let laptop = syncing_data_folder(folder.path());
    drop(folder);
    let clock = common::clock();
    let mut harness = open_window(laptop.path(), &clock, [1100.0, 760.0]);
    frames_until(&mut harness, |h| {
        h.query_by_label_contains("is not there").is_some()
    });
    press(&mut harness, Key::Enter);
    press(&mut harness, Key::Space);
    press(&mut harness, Key::Num3);
    harness.get_by_label("Answered: 1");
}

#[test]
fn answers_in_the_window_reach_the_sync_folder_when_the_study_session_ends() {
    let folder = tempfile::tempdir().unwrap();
    let laptop = syncing_data_folder(folder.path());
    let clock = common::clock();
    let mut harness = open_window(laptop.path(), &clock, [1100.0, 760.0]);
    press(&mut harness, Key::Enter);
    for _ in 0..2 {
        press(&mut harness, Key::Space);
        press(&mut harness, Key::Num3);
    }
    harness.get_by_label("Answered: 2");
    press(&mut harness, Key::Escape);
    // The sync made at opening may already carry the first answer; the second waits
    // for its batch, or for the end of the session.
    let mut desktop = Computer::new(folder.path());
    frames_until(&mut harness, |_| {
        desktop.sync();
        desktop.answers().len() == 2
    });
}
