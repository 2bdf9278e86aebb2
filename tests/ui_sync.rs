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

#[test]
fn a_text_size_chosen_on_another_computer_applies_in_the_open_window() {
    let folder = tempfile::tempdir().unwrap();
    let laptop = syncing_data_folder(folder.path());
    let clock = common::clock();
    let mut harness = open_window(laptop.path(), &clock, [1100.0, 760.0]);
    frames_until(&mut harness, |h| {
        h.query_by_label_contains("Synced just now").is_some()
    });
    let mut desktop = Computer::new(folder.path());
    let mut appearance = desktop.collection.appearance().unwrap();
    appearance.text_scale = 1.25;
    desktop.collection.set_appearance(&appearance).unwrap();
    desktop.sync();
    frames_until(&mut harness, |h| (h.ctx.zoom_factor() - 1.25).abs() < 1e-6);
}

#[test]
fn a_deck_edited_on_two_computers_is_told_in_one_notice() {
    let folder = tempfile::tempdir().unwrap();
    let deck = |title: &str| {
        format!(
            "[deck]\nid = \"own\"\ntitle = \"{title}\"\n\n[[topics]]\nid = \"t\"\nname = \"T\"\n\n\
             [[facts]]\nid = \"f\"\ntopic = \"t\"\nkind = \"question\"\nquestion = \"Q?\"\nanswer = \"A\"\n"
        )
    };
    let own = |dir: &Path| dir.join("decks/own.toml");
    let mut laptop = Computer::new(folder.path());
    let mut desktop = Computer::new(folder.path());
    std::fs::write(own(&laptop.path()), deck("Erste")).unwrap();
    laptop.sync();
    desktop.sync();
    std::fs::write(own(&desktop.path()), deck("Schreibtisch")).unwrap();
    desktop.sync();
    // The laptop's edit meets the desktop's when its window opens.
    std::fs::write(own(&laptop.path()), deck("Laptop")).unwrap();
    let Computer {
        dir, collection, ..
    } = laptop;
    drop(collection);
    let clock = common::clock();
    let mut harness = open_window(dir.path(), &clock, [1100.0, 760.0]);
    frames_until(&mut harness, |h| {
        h.query_by_label_contains("was edited on two computers")
            .is_some()
    });
}
