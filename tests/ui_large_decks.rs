//! The window on decks of hostile size: a deck of a thousand topics, or a folder of
//! thousands of deck files and of broken ones, keeps the home screen to the rows in sight,
//! and still shows every row on scrolling. Frame times are measured in
//! `benches/window.rs`.

mod common;

use common::window::open_window;
use eframe::egui::{self, Key};
use egui_kittest::kittest::Queryable;
use factdeck::clock::ManualClock;
use factdeck::paths::decks_folder;
use std::fmt::Write as _;

/// A deck of `topics` topics, one fact in each.
fn deck_of_topics(topics: usize) -> String {
    let mut text = String::from("[deck]\nid = \"themen\"\ntitle = \"Themen\"\n\n");
    for t in 0..topics {
        let _ = writeln!(text, "[[topics]]\nid = \"t{t}\"\nname = \"Thema {t}\"\n");
    }
    for t in 0..topics {
        let _ = writeln!(
            text,
            "[[facts]]\nid = \"f{t}\"\nkind = \"question\"\ntopic = \"t{t}\"\n\
             question = \"Frage {t}?\"\nanswer = \"Antwort {t}\"\n"
        );
    }
    text
}

#[test]
fn a_deck_of_a_thousand_topics_lays_out_only_the_rows_in_sight_and_scrolls_to_all() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(decks_folder(dir.path())).unwrap();
    std::fs::write(
        decks_folder(dir.path()).join("themen.toml"),
        deck_of_topics(1_000),
    )
    .unwrap();
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let mut harness = open_window(dir.path(), &clock, [1100.0, 800.0]);
    // The built-in deck is first; the deck of topics second.
    harness.key_press(Key::ArrowDown);
    harness.run();
    harness.get_by_label("Thema 0");
    let laid_out = harness.get_all_by_label_contains("Thema ").count();
    assert!(
        (5..100).contains(&laid_out),
        "{laid_out} of 1,000 topic rows laid out"
    );
    // Scrolled to the end, the last rows are laid out instead.
    harness.hover_at(egui::pos2(700.0, 500.0));
    for _ in 0..20 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Page,
            delta: egui::vec2(0.0, -20.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        // Scrolling is animated over a few frames.
        harness.run_steps(10);
    }
    harness.get_by_label("Thema 999");
    assert!(harness.query_by_label("Thema 0").is_none());
}

/// Scrolls the home screen down by many pages with the mouse over `at`.
fn scroll_far_down(
    harness: &mut egui_kittest::Harness<'_, factdeck::ui::FactdeckApp>,
    at: egui::Pos2,
) {
    harness.hover_at(at);
    for _ in 0..20 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Page,
            delta: egui::vec2(0.0, -50.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        harness.run_steps(10);
    }
}

#[test]
fn a_folder_of_thousands_of_decks_and_broken_files_lays_out_the_decks_in_sight_and_the_first_problems()
 {
    let dir = tempfile::tempdir().unwrap();
    let folder = decks_folder(dir.path());
    std::fs::create_dir_all(&folder).unwrap();
    for d in 0..2_000 {
        std::fs::write(
            folder.join(format!("d{d:04}.toml")),
            format!(
                "[deck]\nid = \"d{d}\"\ntitle = \"Stapel {d}\"\n\n[[topics]]\nid = \"t\"\nname = \"T\"\n\n\
                 [[facts]]\nid = \"f\"\nkind = \"question\"\ntopic = \"t\"\nquestion = \"F?\"\nanswer = \"A\"\n"
            ),
        )
        .unwrap();
        std::fs::write(folder.join(format!("kaputt{d:04}.toml")), "[deck\n").unwrap();
    }
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let mut harness = open_window(dir.path(), &clock, [1100.0, 800.0]);
    harness.get_by_label_contains("Stapel 0\n");
    let decks = harness.get_all_by_label_contains("Stapel ").count();
    assert!(
        (3..100).contains(&decks),
        "{decks} of 2,000 deck entries laid out"
    );
    let problems = harness.get_all_by_label_contains("kaputt").count();
    assert!(
        problems <= 100,
        "{problems} of 2,000 problem lines laid out"
    );
    harness.get_by_label_contains("more (factdeck check lists them all)");
    // Scrolled down, the last entries are laid out instead.
    scroll_far_down(&mut harness, egui::pos2(150.0, 400.0));
    harness.get_by_label_contains("Stapel 1999\n");
    assert!(harness.query_by_label_contains("Stapel 0\n").is_none());
}
