//! The window on decks of hostile size: a deck of a thousand topics (the most a deck may
//! have) keeps the home screen to the rows in sight, and still shows every row on
//! scrolling. Frame times are measured in `benches/window.rs`.

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
