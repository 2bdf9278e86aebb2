//! The settings a learner changes for how the window looks and speaks (language, theme,
//! text size), the backups made from Settings, the shortcuts overlay and the keys between
//! screens, driven through the window's accessibility tree.

use eframe::egui::accesskit::Role;
use eframe::egui::{self, Key, Modifiers, ThemePreference};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use factdeck::clock::ManualClock;
use factdeck::i18n::Language;
use factdeck::ui::{AppOptions, FactdeckApp};
use std::path::Path;
use std::sync::Arc;

/// A window on `data_dir`; `language` as given with `--language` (`None`: the saved one).
fn open_app<'a>(
    data_dir: &Path,
    clock: &ManualClock,
    language: Option<Language>,
) -> Harness<'a, FactdeckApp> {
    let options = AppOptions {
        data_dir: data_dir.to_path_buf(),
        deck_folders: Vec::new(),
        clock: Arc::new(clock.clone()),
        language,
    };
    let mut harness = Harness::builder()
        .with_size([1100.0, 760.0])
        .build_eframe(move |cc| FactdeckApp::new(cc, options));
    harness.run();
    harness
}

fn clock() -> ManualClock {
    ManualClock::at_utc("2026-11-27T09:00:00Z", 1)
}

fn click(harness: &mut Harness<'_, FactdeckApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

fn press(harness: &mut Harness<'_, FactdeckApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

#[test]
fn choosing_german_in_settings_changes_the_window_at_once_and_after_a_restart() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    {
        let mut harness = open_app(dir.path(), &clock, Some(Language::English));
        click(&mut harness, "Settings");
        click(&mut harness, "Deutsch");
        // The same frame's successor already speaks German, down to the navigation.
        harness.get_by_label("Aussehen und Sprache");
        harness.get_by_label("Sprache der Oberfläche");
        harness.get_by_label("Stapel");
        assert!(harness.query_by_label("Interface language").is_none());
        assert_eq!(harness.state().language(), Language::German);
    }
    // No --language this time: the saved choice decides, whatever the system's locale.
    let mut harness = open_app(dir.path(), &clock, None);
    harness.get_by_label("Wiederholungen heute: 0");
    harness.get_by_label_contains("20 neu · 0 im Lernen · 0 fällig");
    click(&mut harness, "Einstellungen");
    click(&mut harness, "English");
    harness.get_by_label("Interface language");
}

#[test]
fn counts_and_dates_follow_the_chosen_language() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    let mut harness = open_app(dir.path(), &clock, Some(Language::German));
    click(&mut harness, "Einstellungen");
    click(&mut harness, "Jetzt sichern");
    // The backup list writes the date the German way and counts with a plural.
    harness.get_by_label("27. November 2026, 10:00");
    harness.get_by_label("0 Antworten");
    harness.get_by_label("von dir angelegt");
}

#[test]
fn the_dark_theme_applies_at_once_and_is_kept_for_the_next_start() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    {
        let mut harness = open_app(dir.path(), &clock, Some(Language::English));
        click(&mut harness, "Settings");
        click(&mut harness, "Dark");
        assert_eq!(
            harness.ctx.options(|o| o.theme_preference),
            ThemePreference::Dark
        );
        assert_eq!(harness.ctx.theme(), egui::Theme::Dark);
        click(&mut harness, "Light");
        assert_eq!(harness.ctx.theme(), egui::Theme::Light);
    }
    let harness = open_app(dir.path(), &clock, Some(Language::English));
    assert_eq!(
        harness.ctx.options(|o| o.theme_preference),
        ThemePreference::Light
    );
    assert_eq!(harness.ctx.theme(), egui::Theme::Light);
}

#[test]
fn a_larger_text_size_applies_at_once_and_is_kept_for_the_next_start() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    {
        let mut harness = open_app(dir.path(), &clock, Some(Language::English));
        assert_eq!(harness.ctx.zoom_factor(), 1.0);
        click(&mut harness, "Settings");
        click(&mut harness, "150 %");
        assert_eq!(harness.ctx.zoom_factor(), 1.5);
    }
    let harness = open_app(dir.path(), &clock, Some(Language::English));
    assert_eq!(harness.ctx.zoom_factor(), 1.5);
}

#[test]
fn the_question_mark_lists_the_shortcuts_of_the_screen_and_escape_closes_them() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    let mut harness = open_app(dir.path(), &clock, Some(Language::English));
    press(&mut harness, Modifiers::NONE, Key::Questionmark);
    harness.get_by_label("Keyboard shortcuts");
    harness.get_by_label("On this screen: Decks");
    harness.get_by_label("study the selected deck");
    harness.get_by_label("Ctrl+3");
    // Keys meant for the screen beneath do nothing while the list is open.
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert!(harness.query_by_label("Show answer (Space)").is_none());
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(harness.query_by_label("Keyboard shortcuts").is_none());

    // In a study session the list names the study keys, and Esc closes only the list.
    press(&mut harness, Modifiers::NONE, Key::Enter);
    harness.get_by_label("Show answer (Space)");
    press(&mut harness, Modifiers::NONE, Key::Questionmark);
    harness.get_by_label("On this screen: Study");
    harness.get_by_label("undo the last answer");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(harness.query_by_label("Keyboard shortcuts").is_none());
    harness.get_by_label("Show answer (Space)");
}

#[test]
fn the_shortcuts_are_listed_in_german_when_the_window_speaks_german() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    let mut harness = open_app(dir.path(), &clock, Some(Language::German));
    press(&mut harness, Modifiers::NONE, Key::F1);
    harness.get_by_label("Tastenkürzel");
    harness.get_by_label("den gewählten Stapel lernen");
    harness.get_by_label("Strg+3");
}

#[test]
fn ctrl_and_a_digit_open_the_screens_of_the_navigation_bar() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    let mut harness = open_app(dir.path(), &clock, Some(Language::English));
    press(&mut harness, Modifiers::COMMAND, Key::Num3);
    harness.get_by_label("Reviews per day");
    press(&mut harness, Modifiers::COMMAND, Key::Num4);
    harness.get_by_label("Browse cards");
    press(&mut harness, Modifiers::COMMAND, Key::Num5);
    harness.get_by_label("Interface language");
    press(&mut harness, Modifiers::COMMAND, Key::Num2);
    harness.get_by_label("Start quiz (Enter)");
    press(&mut harness, Modifiers::COMMAND, Key::Num1);
    harness.get_by_label("Reviews today: 0");
}

#[test]
fn a_backup_made_in_settings_is_on_disk_and_listed() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    let mut harness = open_app(dir.path(), &clock, Some(Language::English));
    let before = harness
        .state()
        .collection()
        .expect("the collection opens")
        .backups()
        .expect("the backups list")
        .len();
    click(&mut harness, "Settings");
    click(&mut harness, "Make a backup now");
    harness.get_by_label_contains("Backup made: ");
    harness.get_by_label("made by you");
    let after = harness
        .state()
        .collection()
        .expect("the collection opens")
        .backups()
        .expect("the backups list");
    assert_eq!(after.len(), before + 1);
    assert!(after.iter().all(|b| b.path.exists()));
}

#[test]
fn the_data_folder_is_shown_in_settings() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    let mut harness = open_app(dir.path(), &clock, Some(Language::English));
    click(&mut harness, "Settings");
    harness.get_by_label(&dir.path().display().to_string());
    harness.get_by_label("Copy the path");
}

#[test]
fn the_workload_line_says_what_a_higher_retention_costs() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    let mut harness = open_app(dir.path(), &clock, Some(Language::English));
    click(&mut harness, "Settings");
    harness.get_by_label("At 90 %: the usual number of reviews.");
    // The slider moves by keyboard like any other widget.
    harness
        .get_by_role_and_label(Role::Slider, "Desired retention")
        .focus();
    harness.run();
    for _ in 0..5 {
        press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    }
    harness.get_by_label_contains("At 95 %: about 2");
    harness.get_by_label_contains("times the reviews of 90 %");
}

#[test]
fn a_first_start_keeps_the_systems_language_and_a_language_flag_is_not_kept() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    {
        // --language is for one run: nothing is saved.
        let harness = open_app(dir.path(), &clock, Some(Language::German));
        let saved = harness.state().collection().expect("opens").appearance();
        assert_eq!(saved.expect("readable").language, None);
    }
    let harness = open_app(dir.path(), &clock, None);
    let saved = harness.state().collection().expect("opens").appearance();
    assert_eq!(
        saved.expect("readable").language,
        Some(Language::from_system())
    );
    assert_eq!(harness.state().language(), Language::from_system());
}
