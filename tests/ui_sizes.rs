//! The window's promises at every size, held through its accessibility tree: at 800×600
//! with 200 % text no control of the navigation bar, the timeline or the rows naming a
//! file to import or draft from is out of the window, the reading screen shows its outline
//! and its article one at a time, each card browser filter stays beside its label,
//! at 1920×1080 the study card sits in the middle, hints are drawn at a readable size, the
//! statistics draw no empty chart of quiz scores, and the German home screen fits across the
//! window it opens in.

mod common;

use common::window::{open_window, open_window_in, press};

use chrono::Duration;
use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use factdeck::clock::{Clock, ManualClock};
use factdeck::i18n::Language;
use factdeck::quiz::QuestionKind;
use factdeck::schedule::Rating;
use factdeck::session::{AnswerDetails, Collection, NextCard, Scope};
use factdeck::ui::FactdeckApp;
use std::path::Path;
use std::sync::Arc;

fn clock() -> ManualClock {
    ManualClock::at_utc("2026-05-04T09:00:00Z", 2)
}

/// Turns the text size up to 200 % (in a window opened at 800×600 that leaves 400×300
/// points).
fn large_text(harness: &mut Harness<'_, FactdeckApp>) {
    harness.ctx.set_zoom_factor(2.0);
    harness.run();
    assert_eq!(harness.ctx.content_rect().size(), egui::vec2(400.0, 300.0));
}

/// Panics unless the widget labelled `label` lies wholly inside the window.
fn assert_inside_window(harness: &Harness<'_, FactdeckApp>, rect: egui::Rect, label: &str) {
    let window = harness.ctx.content_rect();
    assert!(
        window.expand(0.5).contains_rect(rect),
        "{label} at {rect:?} is not inside the window {window:?}"
    );
}

#[test]
fn at_800_by_600_and_200_percent_text_every_navigation_entry_is_inside_the_window() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_window(dir.path(), &clock(), [800.0, 600.0]);
    large_text(&mut harness);
    for label in [
        "File",
        "Decks",
        "Quiz",
        "Statistics",
        "Browse",
        "Settings",
        "Reading",
        "Shortcuts (?)",
    ] {
        // The bar is drawn first: its entry is the first of the name ("Decks" also heads
        // the home screen's list).
        let entry = harness.get_all_by_label(label).next();
        let rect = entry.unwrap_or_else(|| panic!("{label} is shown")).rect();
        assert_inside_window(&harness, rect, label);
    }
}

#[test]
fn at_800_by_600_and_200_percent_text_every_later_button_of_a_timeline_is_inside_the_window() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_window(dir.path(), &clock(), [800.0, 600.0]);
    press(&mut harness, Key::Q);
    for kind in QuestionKind::ALL
        .iter()
        .filter(|k| **k != QuestionKind::Timeline)
    {
        harness.get_by_label(kind.label()).click();
        harness.run();
    }
    press(&mut harness, Key::Enter);
    large_text(&mut harness);
    let later: Vec<egui::Rect> = harness
        .get_all_by_label("Later")
        .map(|node| node.rect())
        .collect();
    assert!(later.len() >= 3, "a timeline has a Later button per event");
    // The screen scrolls down to the lower events; what must hold is that no button is
    // pushed off to the side.
    let window = harness.ctx.content_rect();
    for rect in later {
        assert!(
            rect.right() <= window.right() + 0.5 && rect.left() >= window.left(),
            "Later at {rect:?} is beside the window {window:?}"
        );
    }
}

#[test]
fn at_1920_by_1080_the_study_card_is_centred() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_window(dir.path(), &clock(), [1920.0, 1080.0]);
    press(&mut harness, Key::Enter);
    let button = harness.get_by_label("Show answer (Space)").rect();
    let prompt_left = button.left();
    let window = harness.ctx.content_rect();
    // The card's column is centred: its left edge is as far from the window's left as its
    // right edge from the window's right, give or take the panel's margin.
    let column_left = (window.width() - 820.0) / 2.0;
    assert!(
        (prompt_left - column_left).abs() < 24.0,
        "the card starts at x = {prompt_left}, a centred column at x = {column_left}"
    );
}

#[test]
fn hint_text_is_drawn_at_least_12_points_high() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let harness = open_window(dir.path(), &clock(), [1100.0, 760.0]);
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        let small = egui::TextStyle::Small.resolve(&harness.ctx.style_of(theme));
        assert!(small.size >= 12.0, "small text is {} points", small.size);
    }
}

#[test]
fn before_any_quiz_the_statistics_say_so_instead_of_drawing_an_empty_chart() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_window(dir.path(), &clock(), [1100.0, 3000.0]);
    harness.get_by_label("Statistics").click();
    harness.run();
    harness.get_by_label("The chart of your scores starts with your first quiz.");
}

#[test]
fn at_800_by_600_and_200_percent_text_the_study_screen_is_no_wider_than_the_window() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_window(dir.path(), &clock(), [800.0, 600.0]);
    press(&mut harness, Key::Enter);
    large_text(&mut harness);
    press(&mut harness, Key::Space);
    let window = harness.ctx.content_rect();
    // The line above the card is the longest: it wraps rather than widen the screen.
    for label in ["Answered: 0", "Undo (Ctrl+Z)", "Back to decks (Esc)"] {
        let rect = harness.get_by_label(label).rect();
        assert!(
            rect.right() <= window.right() + 0.5,
            "{label} at {rect:?} runs out of the window {window:?}"
        );
    }
}

#[test]
fn at_800_by_600_and_200_percent_text_the_import_rows_buttons_are_inside_the_window() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_window(dir.path(), &clock(), [800.0, 600.0]);
    large_text(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::I);
    harness.run();
    for label in ["File to import", "Read the file", "Choose a file…"] {
        let rect = harness.get_by_label(label).rect();
        assert_inside_window(&harness, rect, label);
    }
}

#[test]
fn at_800_by_600_and_200_percent_text_the_draft_rows_buttons_are_inside_the_window() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_window(dir.path(), &clock(), [800.0, 600.0]);
    large_text(&mut harness);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("New deck from an article…").click();
    harness.run();
    for label in ["Article file", "Propose facts", "Choose a file…"] {
        let rect = harness.get_by_label(label).rect();
        assert_inside_window(&harness, rect, label);
    }
}

#[test]
fn at_800_by_600_and_200_percent_text_reading_shows_the_outline_and_the_article_one_at_a_time() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_window(dir.path(), &clock(), [800.0, 600.0]);
    large_text(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::R);
    harness.run();
    let study = harness
        .get_all_by_label("Study this section")
        .next()
        .expect("the outline is on show")
        .rect();
    assert_inside_window(&harness, study, "Study this section");
    assert!(
        harness.query_by_label_contains("Read along").is_none(),
        "the article's side is not squeezed in beside the outline"
    );
    harness.get_by_label("Article").click();
    harness.run();
    let heading = harness.get_by_label_contains("Read along").rect();
    let window = harness.ctx.content_rect();
    assert!(
        heading.width() > window.width() / 2.0,
        "the article's side has the window's width, not a sliver: {heading:?}"
    );
    let open = harness.get_by_label_contains("Open article…").rect();
    assert_inside_window(&harness, open, "Open article…");
    assert!(
        harness
            .query_all_by_label("Study this section")
            .next()
            .is_none()
    );
}

/// Three weeks of evenings on which every card due, and the day's new ones, were
/// answered Good: most topics then show two-digit counts of facts mastered.
fn three_weeks_of_study(dir: &Path, clock: &ManualClock) {
    let deck = "kim-putin-2019";
    let mut collection =
        Collection::open(dir, &[], Arc::new(clock.clone())).expect("the collection opens");
    for _ in 0..21 {
        loop {
            match collection
                .next_card(deck, &Scope::WholeDeck)
                .expect("queue")
            {
                NextCard::Card(card) => {
                    let id = card.id.as_str().to_string();
                    collection
                        .answer(deck, &id, Rating::Good, AnswerDetails::flashcard(5000))
                        .expect("the answer is saved");
                    clock.advance(Duration::seconds(10));
                }
                // A learning step is waited for within the evening.
                NextCard::Done {
                    next_due: Some(due),
                } if due - clock.now().timestamp_millis() < 20 * 60_000 => {
                    clock.advance(Duration::milliseconds(
                        due - clock.now().timestamp_millis() + 1,
                    ));
                }
                NextCard::Done { .. } => break,
            }
        }
        clock.advance(Duration::days(1));
    }
}

#[test]
fn at_the_size_the_window_opens_in_the_german_home_screen_needs_no_sideways_scrolling() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = ManualClock::at_utc("2026-05-04T17:00:00Z", 2);
    three_weeks_of_study(dir.path(), &clock);
    let harness = open_window_in(dir.path(), &clock, [1100.0, 720.0], Language::German);
    harness.get_by_label_contains("Schwächstes der");
    // The topic table's last column is its buttons; the window's central panel keeps a
    // margin of 8 points. A table reaching into it (by half a point was enough) made the
    // home screen scroll sideways.
    let edge = harness.ctx.content_rect().right() - 8.0;
    let buttons: Vec<egui::Rect> = harness
        .get_all_by_label("Quiz")
        .map(|node| node.rect())
        .collect();
    assert!(buttons.len() > 10, "a Quiz button per topic");
    for rect in buttons {
        assert!(
            rect.right() <= edge,
            "a Quiz button ends at x = {}, past the panel's edge at {edge}",
            rect.right()
        );
    }
}

#[test]
fn at_800_by_600_and_200_percent_text_each_browser_filter_stays_beside_its_label() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_window_in(dir.path(), &clock(), [800.0, 600.0], Language::German);
    large_text(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    harness.run();
    for label in ["Stapel", "Thema", "Zustand", "Frageart"] {
        // The label's words (the navigation bar's "Stapel" is a button, not a label) and
        // the drop-down they name.
        let text = harness
            .get_all_by_value(label)
            .next()
            .expect("the label")
            .rect();
        let control = harness
            .get_by_role_and_label(egui::accesskit::Role::ComboBox, label)
            .rect();
        assert!(
            text.center().y > control.top() && text.center().y < control.bottom(),
            "{label} at {text:?}, its drop-down at {control:?}: not on one row"
        );
    }
}
