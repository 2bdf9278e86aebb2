//! The window when progress is in danger: a damaged file offers the newest backup, a
//! second window on the same folder is read-only, and an answer the disk refuses stays on
//! screen with the reason.

mod common;

use common::window::{open_window, press};

use eframe::egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use factdeck::clock::ManualClock;
use factdeck::paths::progress_file;
use factdeck::session::StudySettings;
use factdeck::ui::FactdeckApp;
use std::path::Path;

fn open_app<'a>(data_dir: &Path, clock: &ManualClock) -> Harness<'a, FactdeckApp> {
    open_window(data_dir, clock, [1100.0, 760.0])
}

fn logged(harness: &Harness<'_, FactdeckApp>) -> usize {
    let collection = harness
        .state()
        .collection()
        .expect("the collection is open");
    collection.reviews().expect("the log reads").len()
}

#[test]
fn a_damaged_progress_file_is_explained_and_the_newest_backup_restored_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let clock = common::clock();
    {
        let mut collection = common::open(dir.path(), &clock);
        common::study(&mut collection, &clock, 3);
    }
    clock.advance(chrono::Duration::days(1));
    {
        let mut collection = common::open(dir.path(), &clock);
        common::study(&mut collection, &clock, 2);
    }
    std::fs::write(
        progress_file(dir.path()),
        "kein SQLite, sondern Text\n".repeat(50),
    )
    .unwrap();

    let mut harness = open_app(dir.path(), &clock);
    harness.get_by_label("Your progress file is not a factdeck progress file");
    harness.get_by_label_contains("It does not begin the way a factdeck progress file");
    harness.get_by_label_contains("nothing is deleted or overwritten");
    harness.get_by_label("November 28, 2026, 09:01 (daily), 3 answers");
    harness.get_by_label("Restore the newest backup").click();
    harness.run();
    harness
        .get_by_label_contains("Restored the backup progress-2026-11-28_09-01-00_daily.sqlite3.");
    harness.get_by_label_contains("The old file is kept as");
    harness.get_by_label("Reviews today: 0");
    assert_eq!(logged(&harness), 3);
    let kept: Vec<String> = common::files(dir.path())
        .into_iter()
        .filter(|(name, _)| name.starts_with("progress-damaged-2026-11-28_"))
        .map(|(_, bytes)| String::from_utf8_lossy(&bytes).into_owned())
        .collect();
    assert!(
        kept.iter().any(|text| text.starts_with("kein SQLite")),
        "the damaged file is kept"
    );
}

#[test]
fn a_second_window_on_the_same_folder_is_read_only_and_cannot_study() {
    let dir = tempfile::tempdir().unwrap();
    let clock = common::clock();
    let mut first = common::open(dir.path(), &clock);
    common::study(&mut first, &clock, 2);
    let mut harness = open_app(dir.path(), &clock);
    harness.get_by_label_contains("Read-only: another factdeck");
    harness.get_by_label("Reviews today: 2");
    press(&mut harness, Key::Enter);
    harness.get_by_label_contains("Studying is not possible while this window is read-only");
    assert!(harness.query_by_label("Show answer (Space)").is_none());
    assert_eq!(logged(&harness), 2);
    drop(first);
}

#[test]
fn an_answer_the_full_disk_refuses_stays_on_screen_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let clock = common::clock();
    {
        let mut collection = common::open(dir.path(), &clock);
        let settings = StudySettings {
            new_per_day: 10_000,
            ..StudySettings::default()
        };
        collection.set_settings(settings).unwrap();
    }
    let mut harness = open_app(dir.path(), &clock);
    harness
        .state()
        .collection()
        .unwrap()
        .simulate_full_disk()
        .unwrap();
    press(&mut harness, Key::Enter);
    let mut acknowledged = 0;
    loop {
        assert!(acknowledged < 120, "the file never filled up");
        press(&mut harness, Key::Space);
        press(&mut harness, Key::Num3);
        if harness
            .query_by_label_contains("This answer was not saved")
            .is_some()
        {
            break;
        }
        acknowledged += 1;
        harness.get_by_label(&format!("Answered: {acknowledged}"));
    }
    harness.get_by_label_contains("the disk is full");
    harness.get_by_label_contains("the card stays on screen");
    // The card is still there with its rating buttons, to be answered again.
    harness.get_by_label_contains("3 Good · ");
    harness.get_by_label(&format!("Answered: {acknowledged}"));
    assert_eq!(logged(&harness), acknowledged);
}

#[test]
fn a_backup_is_restored_from_the_settings_only_after_confirming() {
    let dir = tempfile::tempdir().unwrap();
    let clock = common::clock();
    {
        let mut collection = common::open(dir.path(), &clock);
        common::study(&mut collection, &clock, 2);
        collection.backup_now().unwrap();
        common::study(&mut collection, &clock, 3);
    }
    let mut harness = open_app(dir.path(), &clock);
    harness.get_by_label("Reviews today: 5");
    harness.get_by_label("Settings").click();
    harness.run();
    harness.get_by_label("Backups");
    harness.get_by_label("made by you");
    harness.get_by_label("2 answers");
    harness.get_by_label("Restore…").click();
    harness.run();
    harness
        .get_by_label_contains("Its 2 answers take the place of your current progress (5 answers)");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Restore this backup").is_none());
    assert_eq!(logged(&harness), 5, "cancelled: nothing changed");
    harness.get_by_label("Restore…").click();
    harness.run();
    harness.get_by_label("Restore this backup").click();
    harness.run();
    harness.get_by_label_contains("The old file is kept as");
    harness.get_by_label("Reviews today: 2");
    assert_eq!(logged(&harness), 2);
    let replaced = common::files(dir.path())
        .into_iter()
        .filter(|(name, _)| name.starts_with("progress-replaced-"))
        .count();
    assert_eq!(replaced, 1);
}

#[test]
fn another_programs_database_is_explained_and_set_aside_to_start_fresh() {
    let dir = tempfile::tempdir().unwrap();
    let clock = common::clock();
    let path = progress_file(dir.path());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE settings (key TEXT, value TEXT); PRAGMA user_version = 2;")
        .unwrap();
    drop(conn);
    let foreign = std::fs::read(&path).unwrap();
    let mut harness = open_app(dir.path(), &clock);
    harness.get_by_label("Your progress file belongs to another program");
    harness.get_by_label_contains("it holds the tables settings. factdeck has not changed it.");
    assert!(harness.query_by_label("Try again").is_none());
    harness.get_by_label("Start fresh").click();
    harness.run();
    harness.get_by_label_contains("Started with fresh progress.");
    assert_eq!(logged(&harness), 0);
    let kept: Vec<Vec<u8>> = common::files(dir.path())
        .into_iter()
        .filter(|(name, _)| name.starts_with("progress-other-program-"))
        .map(|(_, bytes)| bytes)
        .collect();
    assert_eq!(kept, [foreign], "kept byte for byte");
}

#[test]
fn an_answer_after_the_log_was_deleted_is_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let clock = common::clock();
    let mut harness = open_app(dir.path(), &clock);
    press(&mut harness, Key::Enter);
    press(&mut harness, Key::Space);
    press(&mut harness, Key::Num3);
    harness.get_by_label("Answered: 1");
    std::fs::remove_file(dir.path().join("progress.sqlite3-wal")).unwrap();
    press(&mut harness, Key::Space);
    press(&mut harness, Key::Num3);
    let reason = "Another program deleted or replaced the write-ahead log of your progress \
        file (the file ending in -wal) while factdeck had it open, so nothing more is saved \
        here: answers saved now would go to a file no one reads. Every answer up to here was \
        written into the progress file. Close factdeck and open it again to go on.";
    // Beside the card, that this answer was not saved; above every screen, why none will be.
    harness.get_by_label_contains("This answer was not saved, so the card stays on screen");
    harness.get_by_label(reason);
    harness.get_by_label("Answered: 1");
    assert_eq!(logged(&harness), 1);
}
