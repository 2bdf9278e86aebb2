//! A progress file factdeck cannot use: truncated, filled with garbage, not SQLite at all,
//! locked by another program, or written by a newer factdeck. Each is recognised and
//! described in plain words; a damaged file is moved aside under a dated name (never
//! deleted or overwritten, its `-wal`/`-shm` with it) and the learner's choice is carried
//! out: the newest good backup restored, or a fresh start.

mod common;

use chrono::Duration;
use common::{clock, files, logged, open, study};
use factdeck::clock::{Clock, ManualClock};
use factdeck::paths::{backups_folder, progress_file};
use factdeck::session::{Collection, SessionError};
use factdeck::store::recovery::{Choice, Finding, RecoveryPlan};
use factdeck::store::{SCHEMA_VERSION, StoreError};
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
    assert_eq!(
        factdeck::store::backup::list_backups(&backups_folder(dir))
            .unwrap()
            .len(),
        1
    );
}

/// Opens the collection, which must fail, and assesses what the learner is told.
fn failed_open(dir: &Path, clock: &ManualClock) -> (StoreError, RecoveryPlan) {
    let error = match Collection::open(dir, &[], Arc::new(clock.clone())) {
        Ok(_) => panic!("the damaged file opened"),
        Err(SessionError::Store(e)) => e,
        Err(other) => panic!("not a store error: {other}"),
    };
    let plan = RecoveryPlan::assess(dir, &error);
    (error, plan)
}

fn set_aside_names(dir: &Path, word: &str) -> Vec<String> {
    files(dir)
        .into_iter()
        .map(|(name, _)| name)
        .filter(|name| name.starts_with(&format!("progress-{word}-")))
        .collect()
}

/// The whole path a damaged file takes: recognised, described, moved aside whole, the
/// newest backup restored, and factdeck opening it.
fn restores_the_newest_backup(dir: &Path, clock: &ManualClock, expected: fn(&Finding) -> bool) {
    let damaged = std::fs::read(progress_file(dir)).unwrap();
    let (_, plan) = failed_open(dir, clock);
    assert!(expected(&plan.finding), "{:?}", plan.finding);
    assert!(plan.finding.sets_file_aside());
    let newest = plan.newest_backup().expect("a good backup").clone();
    assert_eq!(newest.contents.reviews, 3);
    let choices = plan.choices();
    assert_eq!(
        choices,
        [
            Choice::RestoreBackup(newest.info.path.clone()),
            Choice::StartFresh
        ]
    );
    let report = plan.carry_out(&choices[0], clock.now()).unwrap();
    // The main file moves last, after any `-wal`/`-shm` SQLite left beside it.
    assert_eq!(
        std::fs::read(report.set_aside.last().unwrap()).unwrap(),
        damaged,
        "the damaged file is kept byte for byte"
    );
    assert_eq!(
        set_aside_names(dir, "damaged").len(),
        report.set_aside.len(),
        "{:?}",
        report.set_aside
    );
    let collection = open(dir, clock);
    assert_eq!(logged(&collection), 3, "the backup's answers are back");
}

#[test]
fn a_truncated_file_is_recognised_set_aside_and_the_newest_backup_restored() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    progress_with_a_backup(dir.path(), &clock);
    let path = progress_file(dir.path());
    let full = std::fs::metadata(&path).unwrap().len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len(full / 2)
        .unwrap();
    let (_, plan) = failed_open(dir.path(), &clock);
    assert_eq!(
        plan.finding,
        Finding::Truncated {
            expected: full,
            actual: full / 2
        }
    );
    assert!(plan.finding.explanation().contains("only the first"));
    restores_the_newest_backup(dir.path(), &clock, |f| {
        matches!(f, Finding::Truncated { .. })
    });
}

#[test]
fn a_file_filled_with_garbage_is_recognised_as_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    progress_with_a_backup(dir.path(), &clock);
    let path = progress_file(dir.path());
    let mut bytes = std::fs::read(&path).unwrap();
    // Keep the 100-byte header; garbage over everything after it.
    let mut seed = 2019u32;
    for byte in bytes.iter_mut().skip(100) {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        *byte = (seed >> 16) as u8;
    }
    std::fs::write(&path, &bytes).unwrap();
    let (error, plan) = failed_open(dir.path(), &clock);
    assert!(
        matches!(
            error,
            StoreError::Damaged { .. } | StoreError::Unreadable { .. }
        ),
        "{error}"
    );
    assert!(
        plan.finding.explanation().contains("damage"),
        "{:?}",
        plan.finding
    );
    restores_the_newest_backup(dir.path(), &clock, |f| matches!(f, Finding::Damaged { .. }));
}

#[test]
fn a_file_that_is_not_sqlite_at_all_is_recognised_and_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    progress_with_a_backup(dir.path(), &clock);
    std::fs::write(
        progress_file(dir.path()),
        "Einkaufsliste: Milch, Brot, Äpfel\n".repeat(200),
    )
    .unwrap();
    let (_, plan) = failed_open(dir.path(), &clock);
    assert_eq!(plan.finding, Finding::NotSqlite);
    assert!(plan.finding.explanation().contains("does not begin"));
    restores_the_newest_backup(dir.path(), &clock, |f| *f == Finding::NotSqlite);
}

#[test]
fn a_file_from_a_newer_factdeck_can_be_set_aside_to_start_fresh() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    progress_with_a_backup(dir.path(), &clock);
    let path = progress_file(dir.path());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
    }
    let newer = std::fs::read(&path).unwrap();
    let (error, plan) = failed_open(dir.path(), &clock);
    assert!(matches!(error, StoreError::NewerVersion { .. }), "{error}");
    assert_eq!(
        plan.finding,
        Finding::NewerVersion {
            found: SCHEMA_VERSION + 1,
            supported: SCHEMA_VERSION
        }
    );
    assert!(plan.finding.explanation().contains("Updating factdeck"));
    assert_eq!(
        std::fs::read(&path).unwrap(),
        newer,
        "assessing wrote nothing"
    );
    let report = plan.carry_out(&Choice::StartFresh, clock.now()).unwrap();
    assert_eq!(report.restored, None);
    let kept = set_aside_names(dir.path(), "newer-version");
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(std::fs::read(dir.path().join(&kept[0])).unwrap(), newer);
    let collection = open(dir.path(), &clock);
    assert_eq!(logged(&collection), 0, "a fresh start");
}

#[test]
fn a_file_locked_by_another_program_is_reported_and_never_moved() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    progress_with_a_backup(dir.path(), &clock);
    let path = progress_file(dir.path());
    // Another program (a database browser, say) takes the file for itself.
    let other = rusqlite::Connection::open(&path).unwrap();
    other
        .execute_batch("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;")
        .unwrap();
    let before = files(dir.path());
    let (error, plan) = failed_open(dir.path(), &clock);
    assert!(matches!(error, StoreError::Busy { .. }), "{error}");
    assert_eq!(plan.finding, Finding::Locked);
    assert!(
        plan.finding
            .explanation()
            .contains("Close the other program")
    );
    assert!(plan.choices().is_empty(), "only trying again makes sense");
    assert!(plan.carry_out(&Choice::StartFresh, clock.now()).is_err());
    assert_eq!(files(dir.path()), before, "nothing moved or written");
    drop(other);
    assert_eq!(
        logged(&open(dir.path(), &clock)),
        5,
        "once released, it opens as it was"
    );
}

#[test]
fn without_a_good_backup_the_only_choice_is_a_fresh_start() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    progress_with_a_backup(dir.path(), &clock);
    for backup in factdeck::store::backup::list_backups(&backups_folder(dir.path())).unwrap() {
        std::fs::write(&backup.path, b"garbage").unwrap();
    }
    std::fs::write(progress_file(dir.path()), b"garbage too").unwrap();
    let (_, plan) = failed_open(dir.path(), &clock);
    assert!(plan.backups.is_empty(), "a damaged backup is not offered");
    assert_eq!(plan.choices(), [Choice::StartFresh]);
}

#[test]
fn the_wal_and_shm_companions_move_aside_with_the_damaged_file() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    progress_with_a_backup(dir.path(), &clock);
    let path = progress_file(dir.path());
    std::fs::write(&path, b"garbage where the database was").unwrap();
    let wal = dir.path().join("progress.sqlite3-wal");
    let shm = dir.path().join("progress.sqlite3-shm");
    std::fs::write(&wal, b"write-ahead log frames").unwrap();
    std::fs::write(&shm, b"shared memory index").unwrap();
    let (_, plan) = failed_open(dir.path(), &clock);
    assert_eq!(
        std::fs::read(&wal).unwrap(),
        b"write-ahead log frames",
        "opening left the log alone"
    );
    let report = plan.carry_out(&Choice::StartFresh, clock.now()).unwrap();
    assert_eq!(report.set_aside.len(), 3, "{:?}", report.set_aside);
    assert!(
        !wal.exists() && !shm.exists(),
        "no stale log is left for the new file"
    );
    let main = report.set_aside.last().unwrap().clone();
    let name = main.to_string_lossy().into_owned();
    assert_eq!(
        std::fs::read(format!("{name}-wal")).unwrap(),
        b"write-ahead log frames"
    );
    assert_eq!(
        std::fs::read(format!("{name}-shm")).unwrap(),
        b"shared memory index"
    );
    assert_eq!(
        std::fs::read(&main).unwrap(),
        b"garbage where the database was"
    );
}

#[test]
fn an_empty_file_beside_a_write_ahead_log_is_damaged_and_the_log_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    progress_with_a_backup(dir.path(), &clock);
    let wal = dir.path().join("progress.sqlite3-wal");
    std::fs::write(progress_file(dir.path()), b"").unwrap();
    std::fs::write(&wal, vec![7u8; 4096]).unwrap();
    let (_, plan) = failed_open(dir.path(), &clock);
    assert!(
        matches!(plan.finding, Finding::Damaged { .. }),
        "{:?}",
        plan.finding
    );
    assert_eq!(
        std::fs::read(&wal).unwrap(),
        vec![7u8; 4096],
        "SQLite never saw it"
    );
    let report = plan.carry_out(&Choice::StartFresh, clock.now()).unwrap();
    assert_eq!(report.set_aside.len(), 2, "{:?}", report.set_aside);
}

#[test]
fn a_second_damaged_file_in_the_same_second_never_overwrites_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    progress_with_a_backup(dir.path(), &clock);
    let path = progress_file(dir.path());
    for round in 0..2 {
        std::fs::write(&path, format!("garbage number {round}")).unwrap();
        let (_, plan) = failed_open(dir.path(), &clock);
        plan.carry_out(&Choice::StartFresh, clock.now()).unwrap();
    }
    let kept = set_aside_names(dir.path(), "damaged");
    assert_eq!(kept.len(), 2, "{kept:?}");
    let contents: Vec<Vec<u8>> = kept
        .iter()
        .map(|n| std::fs::read(dir.path().join(n)).unwrap())
        .collect();
    assert!(contents.contains(&b"garbage number 0".to_vec()));
    assert!(contents.contains(&b"garbage number 1".to_vec()));
}
