//! Files that are not what factdeck left there: another program's database in place of the
//! progress file, a progress file emptied, its log deleted under an open collection, a link
//! where the lock file should be, garbage among the backups. None of them is written to,
//! and none costs the learner an answer.

mod common;

use chrono::Duration;
use common::{clock, factdeck, files, logged, open, study, text};
use factdeck::clock::{Clock, ManualClock};
use factdeck::paths::{backups_folder, lock_file, progress_file};
use factdeck::session::{Collection, SessionError};
use factdeck::store::backup::list_backups;
use factdeck::store::recovery::{Choice, Finding, HeldProgress, RecoveryPlan};
use factdeck::store::{APPLICATION_ID, FileChange, StoreError};
use std::path::Path;
use std::sync::Arc;

/// A data directory with five answers, a daily backup holding three of them, and the
/// progress file closed cleanly.
fn progress_with_a_backup(dir: &Path, clock: &ManualClock) {
    {
        let mut collection = open(dir, clock);
        study(&mut collection, clock, 3);
    }
    clock.advance(Duration::days(1));
    let mut collection = open(dir, clock);
    study(&mut collection, clock, 2);
}

/// A notes program's database: one table named like one of factdeck's, its own version.
fn write_notes_database(path: &Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
         CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
         INSERT INTO notes (body) VALUES ('Einkaufen: Milch, Brot');
         INSERT INTO settings VALUES ('theme', 'dark');
         PRAGMA user_version = 3;",
    )
    .unwrap();
}

/// Opens the collection, which must fail with a store error.
fn failed_open(dir: &Path, clock: &ManualClock) -> StoreError {
    match Collection::open(dir, &[], Arc::new(clock.clone())) {
        Ok(_) => panic!("the file opened"),
        Err(SessionError::Store(e)) => e,
        Err(other) => panic!("not a store error: {other}"),
    }
}

/// The files of the folder but the lock file, which opening creates.
fn files_but_the_lock(dir: &Path) -> Vec<(String, Vec<u8>)> {
    files(dir)
        .into_iter()
        .filter(|(name, _)| name != "factdeck.lock")
        .collect()
}

#[test]
fn a_foreign_database_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    write_notes_database(&progress_file(dir.path()));
    let before = files_but_the_lock(dir.path());
    let stats = factdeck(&["stats"], dir.path());
    assert!(!stats.status.success());
    let said = text(&stats.stderr);
    assert!(said.contains("not one factdeck made"), "{said}");
    assert!(said.contains("notes, settings"), "{said}");
    let error = failed_open(dir.path(), &clock);
    assert!(matches!(error, StoreError::Unusable { .. }), "{error}");
    assert_eq!(
        files_but_the_lock(dir.path()),
        before,
        "not a byte changed, and no log or journal appeared beside it"
    );
}

#[test]
fn a_foreign_database_is_set_aside_whole_and_the_newest_backup_restored() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    progress_with_a_backup(dir.path(), &clock);
    let path = progress_file(dir.path());
    std::fs::remove_file(&path).unwrap();
    write_notes_database(&path);
    let foreign = std::fs::read(&path).unwrap();
    let plan = RecoveryPlan::assess(dir.path(), &failed_open(dir.path(), &clock));
    assert_eq!(
        plan.finding,
        Finding::Foreign {
            tables: vec!["notes".to_string(), "settings".to_string()],
            marked: false
        }
    );
    assert!(!plan.finding.explanation().contains("SQL"));
    let choices = plan.choices();
    assert_eq!(
        choices.len(),
        2,
        "restore the newest backup, or start fresh"
    );
    let report = plan.carry_out(&choices[0], clock.now()).unwrap();
    let kept = report.set_aside.last().unwrap();
    assert!(
        kept.to_string_lossy().contains("progress-other-program-"),
        "{kept:?}"
    );
    assert_eq!(
        std::fs::read(kept).unwrap(),
        foreign,
        "moved, never changed"
    );
    assert_eq!(logged(&open(dir.path(), &clock)), 3);
}

#[test]
fn a_database_another_program_marked_as_its_own_is_foreign() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let path = progress_file(dir.path());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("PRAGMA application_id = 1179403647; PRAGMA user_version = 5;")
        .unwrap();
    drop(conn);
    let before = std::fs::read(&path).unwrap();
    let plan = RecoveryPlan::assess(dir.path(), &failed_open(dir.path(), &clock));
    assert_eq!(
        plan.finding,
        Finding::Foreign {
            tables: vec![],
            marked: true
        }
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn an_older_factdecks_unmarked_file_is_recognised_as_its_own_and_marked() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for version in [1, 2, 4, 5] {
        let fixture = fixtures.join(format!("progress-v{version}.sqlite3"));
        let header = std::fs::read(&fixture).unwrap();
        assert_eq!(&header[68..72], &[0; 4], "v{version} was written unmarked");
        let path = progress_file(dir.path());
        std::fs::copy(&fixture, &path).unwrap();
        assert_eq!(logged(&open(dir.path(), &clock)), 12, "v{version}");
        let header = std::fs::read(&path).unwrap();
        assert_eq!(
            header[68..72],
            APPLICATION_ID.to_be_bytes(),
            "v{version} is marked once opened"
        );
        std::fs::remove_file(&path).unwrap();
    }
}

#[test]
fn an_emptied_progress_file_is_damaged_and_the_newest_backup_offered() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    progress_with_a_backup(dir.path(), &clock);
    let path = progress_file(dir.path());
    let closed_at = std::fs::metadata(&path).unwrap().len();
    std::fs::write(&path, b"").unwrap();
    let plan = RecoveryPlan::assess(dir.path(), &failed_open(dir.path(), &clock));
    assert_eq!(
        plan.finding,
        Finding::Emptied {
            held: HeldProgress::ClosedAt { bytes: closed_at }
        }
    );
    assert_eq!(plan.newest_backup().unwrap().contents.reviews, 3);
    assert_eq!(
        std::fs::metadata(&path).unwrap().len(),
        0,
        "nothing written"
    );
    let report = plan.carry_out(&plan.choices()[0], clock.now()).unwrap();
    assert!(
        report.set_aside[0]
            .to_string_lossy()
            .contains("progress-emptied-")
    );
    assert_eq!(logged(&open(dir.path(), &clock)), 3);
}

#[test]
fn a_progress_file_reduced_to_an_empty_database_is_damaged_when_the_backups_hold_answers() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    progress_with_a_backup(dir.path(), &clock);
    let path = progress_file(dir.path());
    // Not closed cleanly this time, so only the backups show what the file held.
    std::fs::remove_file(dir.path().join("progress.sqlite3-clean")).unwrap();
    std::fs::remove_file(&path).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE t (x); DROP TABLE t;")
        .unwrap();
    drop(conn);
    let header_only = std::fs::read(&path).unwrap();
    let plan = RecoveryPlan::assess(dir.path(), &failed_open(dir.path(), &clock));
    assert_eq!(
        plan.finding,
        Finding::Emptied {
            held: HeldProgress::Backup { answers: 3 }
        }
    );
    assert_eq!(std::fs::read(&path).unwrap(), header_only);
}

#[test]
fn an_empty_file_where_there_never_was_progress_becomes_the_progress_file() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    std::fs::write(progress_file(dir.path()), b"").unwrap();
    let mut collection = open(dir.path(), &clock);
    study(&mut collection, &clock, 1);
    assert_eq!(logged(&collection), 1);
}

#[test]
fn deleting_the_log_of_an_open_collection_stops_saving_and_keeps_every_answer_before() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut collection = open(dir.path(), &clock);
    study(&mut collection, &clock, 3);
    std::fs::remove_file(dir.path().join("progress.sqlite3-wal")).unwrap();
    let card = collection.deck(common::DECK).unwrap().cards[10]
        .id
        .as_str()
        .to_string();
    let answer = |collection: &mut Collection| {
        collection.answer(
            common::DECK,
            &card,
            factdeck::schedule::Rating::Good,
            factdeck::session::AnswerDetails::flashcard(1000),
        )
    };
    let refused = answer(&mut collection).unwrap_err();
    assert_eq!(
        refused.file_change(),
        Some(FileChange::LogRemoved { kept: true })
    );
    assert!(refused.to_string().contains("write-ahead log"), "{refused}");
    assert!(
        answer(&mut collection).is_err(),
        "every later answer is refused too"
    );
    assert_eq!(
        collection.file_change(),
        Some(FileChange::LogRemoved { kept: true })
    );
    drop(collection);
    assert_eq!(
        logged(&open(dir.path(), &clock)),
        3,
        "the three answers are kept"
    );
}

#[test]
fn replacing_the_progress_file_under_an_open_collection_stops_saving() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut collection = open(dir.path(), &clock);
    study(&mut collection, &clock, 2);
    let path = progress_file(dir.path());
    std::fs::rename(&path, dir.path().join("moved-away.sqlite3")).unwrap();
    std::fs::write(&path, b"").unwrap();
    let card = collection.deck(common::DECK).unwrap().cards[10]
        .id
        .as_str()
        .to_string();
    let refused = collection
        .answer(
            common::DECK,
            &card,
            factdeck::schedule::Rating::Good,
            factdeck::session::AnswerDetails::flashcard(1000),
        )
        .unwrap_err();
    assert_eq!(refused.file_change(), Some(FileChange::FileReplaced));
    drop(collection);
    assert_eq!(
        std::fs::metadata(&path).unwrap().len(),
        0,
        "the file now in place was not written to"
    );
}

#[test]
fn a_link_in_place_of_the_lock_file_is_never_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    {
        let mut collection = open(dir.path(), &clock);
        study(&mut collection, &clock, 1);
    }
    std::fs::remove_file(lock_file(dir.path())).unwrap();
    let precious = dir.path().join("thesis.txt");
    std::fs::write(&precious, "Kapitel 1").unwrap();
    std::os::unix::fs::symlink(&precious, lock_file(dir.path())).unwrap();
    let collection = open(dir.path(), &clock);
    let reason = collection
        .read_only_reason()
        .expect("opened read-only")
        .to_string();
    assert!(reason.contains("is a link"), "{reason}");
    drop(collection);
    let restore = factdeck(&["restore", "newest"], dir.path());
    assert!(!restore.status.success());
    assert_eq!(std::fs::read_to_string(&precious).unwrap(), "Kapitel 1");
    // A link to a file that does not exist is not followed to create it either.
    std::fs::remove_file(lock_file(dir.path())).unwrap();
    std::os::unix::fs::symlink(dir.path().join("new.txt"), lock_file(dir.path())).unwrap();
    drop(open(dir.path(), &clock));
    assert!(!dir.path().join("new.txt").exists());
}

#[test]
fn garbage_named_like_backups_neither_pushes_out_a_real_backup_nor_is_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    progress_with_a_backup(dir.path(), &clock);
    let folder = backups_folder(dir.path());
    // Named as if taken later today and on the days after: newer than any real one.
    for day in 28..=30 {
        for hour in 10..13 {
            let name = format!("progress-2026-11-{day}_{hour}-00-00_daily.sqlite3");
            std::fs::write(folder.join(name), b"not a backup").unwrap();
        }
    }
    std::fs::create_dir(folder.join("progress-2026-12-01_09-00-00_manual.sqlite3")).unwrap();
    for _ in 0..8 {
        clock.advance(Duration::days(1));
        let mut collection = open(dir.path(), &clock);
        study(&mut collection, &clock, 1);
    }
    let all = list_backups(&folder).unwrap();
    let good: Vec<_> = all
        .iter()
        .filter(|b| factdeck::store::backup::check_backup(&b.path).is_ok())
        .collect();
    assert_eq!(
        good.len(),
        7,
        "a daily backup each day, the newest seven kept"
    );
    assert_eq!(
        all.len() - good.len(),
        10,
        "every piece of garbage is still there"
    );
}

#[test]
fn a_folder_in_place_of_the_progress_file_is_reported_and_never_moved() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    std::fs::create_dir(progress_file(dir.path())).unwrap();
    std::fs::write(progress_file(dir.path()).join("inside.txt"), "kept").unwrap();
    let plan = RecoveryPlan::assess(dir.path(), &failed_open(dir.path(), &clock));
    assert!(
        plan.finding.explanation().contains("is a folder"),
        "{:?}",
        plan.finding
    );
    assert!(plan.choices().is_empty());
    assert!(
        plan.carry_out(&Choice::StartFresh, clock.now()).is_err(),
        "a folder is never moved"
    );
    assert_eq!(
        std::fs::read_to_string(progress_file(dir.path()).join("inside.txt")).unwrap(),
        "kept"
    );
}
