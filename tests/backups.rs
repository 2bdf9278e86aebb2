//! Backups: taken once a study day when factdeck opens, the newest seven kept, and
//! restorable without destroying the file they replace.

mod common;

use chrono::Duration;
use common::{clock, files, logged, open, study};
use factdeck::clock::Clock;
use factdeck::paths::{backups_folder, progress_file};
use factdeck::store::backup::{check_backup, list_backups};
use factdeck::store::recovery::restore_backup;
use factdeck::store::{BackupKind, KEEP_BACKUPS, StoreError};

#[test]
fn the_first_opening_of_a_study_day_takes_a_backup_of_the_progress() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    {
        let mut collection = open(dir.path(), &clock);
        study(&mut collection, &clock, 3);
    }
    // Same day: the log was empty when it opened, so there was nothing to back up yet.
    assert!(
        list_backups(&backups_folder(dir.path()))
            .unwrap()
            .is_empty()
    );
    clock.advance(Duration::days(1));
    drop(open(dir.path(), &clock));
    let backups = list_backups(&backups_folder(dir.path())).unwrap();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].kind, BackupKind::Daily);
    assert_eq!(
        backups[0].file_name(),
        "progress-2026-11-28_09-01-00_daily.sqlite3"
    );
    assert_eq!(check_backup(&backups[0].path).unwrap().reviews, 3);
    // Opening again the same study day takes no second one.
    clock.advance(Duration::hours(5));
    drop(open(dir.path(), &clock));
    assert_eq!(list_backups(&backups_folder(dir.path())).unwrap().len(), 1);
}

#[test]
fn only_the_newest_seven_backups_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    for _ in 0..10 {
        let mut collection = open(dir.path(), &clock);
        study(&mut collection, &clock, 1);
        drop(collection);
        clock.advance(Duration::days(1));
    }
    let backups = list_backups(&backups_folder(dir.path())).unwrap();
    assert_eq!(backups.len(), KEEP_BACKUPS);
    // Newest first: the backup of the tenth day's opening holds the nine answers before it.
    assert_eq!(check_backup(&backups[0].path).unwrap().reviews, 9);
    assert_eq!(check_backup(&backups[6].path).unwrap().reviews, 3);
    let names: Vec<String> = backups.iter().map(|b| b.file_name()).collect();
    assert!(names[0].starts_with("progress-2026-12-06_"), "{names:?}");
    assert!(names[6].starts_with("progress-2026-11-30_"), "{names:?}");
}

#[test]
fn a_backup_made_on_request_holds_every_answer_so_far() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut collection = open(dir.path(), &clock);
    study(&mut collection, &clock, 4);
    let first = collection.backup_now().unwrap();
    let second = collection.backup_now().unwrap();
    assert_eq!(first.kind, BackupKind::Manual);
    assert_ne!(
        first.path, second.path,
        "a second backup in the same second gets its own name"
    );
    assert_eq!(check_backup(&first.path).unwrap().reviews, 4);
    assert_eq!(collection.backups().unwrap().len(), 2);
}

#[test]
fn restoring_a_backup_brings_back_its_progress_and_keeps_the_replaced_file() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let backup = {
        let mut collection = open(dir.path(), &clock);
        study(&mut collection, &clock, 2);
        let backup = collection.backup_now().unwrap();
        study(&mut collection, &clock, 3);
        backup
    };
    let replaced = std::fs::read(progress_file(dir.path())).unwrap();
    let report = restore_backup(dir.path(), &backup.path, clock.now()).unwrap();
    assert_eq!(report.restored.as_deref(), Some(backup.path.as_path()));
    assert_eq!(report.set_aside.len(), 1, "{:?}", report.set_aside);
    let kept = &report.set_aside[0];
    assert!(
        kept.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("progress-replaced-2026-11-27_"),
        "{kept:?}"
    );
    assert_eq!(
        std::fs::read(kept).unwrap(),
        replaced,
        "the replaced file is kept whole"
    );
    assert_eq!(check_backup(kept).unwrap().reviews, 5);
    let collection = open(dir.path(), &clock);
    assert_eq!(logged(&collection), 2);
    // The backup itself is still there, unchanged.
    assert_eq!(check_backup(&backup.path).unwrap().reviews, 2);
}

#[test]
fn restoring_is_refused_while_another_factdeck_uses_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut collection = open(dir.path(), &clock);
    study(&mut collection, &clock, 2);
    let backup = collection.backup_now().unwrap();
    study(&mut collection, &clock, 1);
    let before = files(dir.path());
    let error = restore_backup(dir.path(), &backup.path, clock.now()).unwrap_err();
    assert!(matches!(error, StoreError::InUse { .. }), "{error}");
    assert!(error.to_string().contains("close it first"), "{error}");
    assert_eq!(files(dir.path()), before, "nothing moved");
    assert_eq!(logged(&collection), 3);
}

#[test]
fn a_damaged_backup_is_refused_and_nothing_is_moved() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let backup = {
        let mut collection = open(dir.path(), &clock);
        study(&mut collection, &clock, 2);
        collection.backup_now().unwrap()
    };
    std::fs::write(&backup.path, b"not a backup at all").unwrap();
    let before = files(dir.path());
    let error = restore_backup(dir.path(), &backup.path, clock.now()).unwrap_err();
    assert!(matches!(error, StoreError::BadBackup { .. }), "{error}");
    assert_eq!(files(dir.path()), before);
    assert_eq!(logged(&open(dir.path(), &clock)), 2);
}

#[test]
fn restoring_a_file_from_a_path_brings_the_answers_of_its_write_ahead_log() {
    let clock = clock();
    let elsewhere = tempfile::tempdir().unwrap();
    let source = elsewhere.path().join("from-my-laptop.sqlite3");
    {
        let other = tempfile::tempdir().unwrap();
        let mut collection = open(other.path(), &clock);
        study(&mut collection, &clock, 3);
        // Copied while open: the three answers are in the log beside the file, not in it.
        std::fs::copy(progress_file(other.path()), &source).unwrap();
        std::fs::copy(
            other.path().join("progress.sqlite3-wal"),
            elsewhere.path().join("from-my-laptop.sqlite3-wal"),
        )
        .unwrap();
    }
    let source_files = files(elsewhere.path());
    let dir = tempfile::tempdir().unwrap();
    drop(open(dir.path(), &clock));
    restore_backup(dir.path(), &source, clock.now()).unwrap();
    assert_eq!(
        logged(&open(dir.path(), &clock)),
        3,
        "the log's answers came along"
    );
    assert_eq!(
        files(elsewhere.path()),
        source_files,
        "the source was only read"
    );
    let names: Vec<String> = files(dir.path()).into_iter().map(|(n, _)| n).collect();
    assert!(
        !names.iter().any(|n| n.contains(".restoring")),
        "nothing of the copy is left behind: {names:?}"
    );
}

#[test]
fn the_days_backup_is_copied_while_the_learner_answers() {
    let dir = tempfile::tempdir().unwrap();
    let clock = common::clock();
    {
        let mut collection = common::open(dir.path(), &clock);
        common::study(&mut collection, &clock, 3);
    }
    clock.advance(chrono::Duration::days(1));
    // Opened as the window opens it: the day's backup is due and copied on its own thread.
    let mut collection =
        factdeck::session::Collection::open(dir.path(), &[], std::sync::Arc::new(clock.clone()))
            .unwrap();
    common::study(&mut collection, &clock, 2);
    let backup = collection
        .wait_for_daily_backup()
        .expect("a backup was due")
        .expect("the backup was made");
    let contents = factdeck::store::backup::check_backup(&backup.path).expect("a sound backup");
    assert!(
        contents.reviews >= 3,
        "it holds at least the answers before the start: {}",
        contents.reviews
    );
    assert_eq!(
        common::logged(&collection),
        5,
        "no answer waited or was lost"
    );
    assert!(collection.backup_problem().is_none());
}
