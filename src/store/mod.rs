//! The learner's progress on disk: one SQLite file holding the append-only review log
//! (the source of truth), the card states derived from it, and the settings.
//!
//! Every SQL statement of the program lives in this module. Each answer is one
//! transaction with `synchronous=FULL`, so an answer the screen has acknowledged is on disk.

pub mod backup;
mod card_events;
mod cards;
mod clean_close;
mod error;
mod lock;
mod log;
mod quiz;
pub mod recovery;
mod schema;
mod settings;
mod stats;

pub use backup::{BackupInfo, BackupKind, KEEP_BACKUPS};
pub use card_events::CardReset;
pub use error::{StoreError, explain};
pub use lock::DataDirLock;
pub use quiz::{QuizQuestionRecord, QuizRecord, QuizResult};
pub use schema::SCHEMA_VERSION;

use crate::schedule::{Phase, Rating};
use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, ErrorCode, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// How long a statement waits for another connection's lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(2);

/// One answer, as it goes into the log.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewRecord {
    pub deck_id: String,
    pub card_id: String,
    /// When the answer was given, ms since the epoch (UTC).
    pub reviewed_at: i64,
    /// The learner's offset from UTC at that moment, so study days can be recomputed.
    pub utc_offset_secs: i32,
    pub rating: Rating,
    /// The card's phase before the answer (new, learning, review, relearning).
    pub phase_before: Phase,
    /// How long the learner took, from showing the card to answering.
    pub elapsed_ms: i64,
    /// How the card was asked ("flashcard", "choice", "typed"…).
    pub question_kind: String,
    /// What the learner typed or chose, where the question had an answer to give.
    pub answer: Option<String>,
}

/// A logged answer with its row id.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredReview {
    pub id: i64,
    pub record: ReviewRecord,
}

/// How many answers of each phase a deck received since a moment (for daily limits).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AnswerCounts {
    pub total: usize,
    pub new: usize,
    pub review: usize,
}

/// An open progress file.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    read_only: bool,
    /// When the file last passed SQLite's `quick_check`; `None` unless opened for writing
    /// from a file. Closing records it beside the file (see `clean_close`).
    checked_at: Option<SystemTime>,
    /// Whether opening ran the full check (it is skipped after a clean close).
    checked_on_open: bool,
}

impl Store {
    /// Opens (or creates) the progress file, bringing its schema up to date, with the
    /// system clock naming any backup taken before a migration.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Store::open_at(path, chrono::Local::now().fixed_offset())
    }

    /// Opens (or creates) the progress file, bringing its schema up to date.
    ///
    /// A file that is not a factdeck database, is damaged (SQLite's `quick_check` fails),
    /// is held by another program or was written by a newer version is reported and
    /// never written to. Before a migration changes an existing file, a backup of it is
    /// taken into the `backups` folder beside it (named by `now`); if that backup fails,
    /// the file is not migrated.
    pub fn open_at(path: &Path, now: DateTime<FixedOffset>) -> Result<Store, StoreError> {
        Store::open_with_migrations(path, now, schema::migrations())
    }

    fn open_with_migrations(
        path: &Path,
        now: DateTime<FixedOffset>,
        migrations: &[schema::Migration],
    ) -> Result<Store, StoreError> {
        let supported = migrations.len() as i64;
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(folder).map_err(|source| StoreError::CreateFolder {
            path: folder.to_path_buf(),
            source,
        })?;
        if let Some(finding) = recovery::precheck(path) {
            return Err(StoreError::Unusable {
                path: path.to_path_buf(),
                finding,
            });
        }
        let refused = |source: rusqlite::Error| opening_error(path, source);
        let conn = Connection::open(path).map_err(refused)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(refused)?;
        // Reading and checking first makes a garbage or damaged file fail here, before
        // anything is written to it.
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(refused)?;
        if version > supported {
            return Err(StoreError::NewerVersion {
                path: path.to_path_buf(),
                found: version,
                supported,
            });
        }
        // The full check reads every page; a file factdeck closed cleanly within the last
        // day and nothing has changed since has passed it already.
        let wall_clock = SystemTime::now();
        let trusted = clean_close::trusted_check_time(path, wall_clock);
        if trusted.is_none() {
            let problems = backup::quick_check(&conn).map_err(refused)?;
            if !problems.is_empty() {
                return Err(StoreError::Damaged {
                    path: path.to_path_buf(),
                    details: recovery::summarise(&problems),
                });
            }
        }
        // From here on the file is written to, so the record must go first: a crash now must
        // leave the next opening to check the file. Should removing it fail, the record
        // still cannot vouch for a changed file: it names the file's size, time and first
        // pages, and a session that did not end cleanly leaves its write-ahead log behind.
        let _ = clean_close::forget(path);
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;",
        )
        .map_err(refused)?;
        let mut store = Store {
            conn,
            path: Some(path.to_path_buf()),
            read_only: false,
            checked_at: Some(trusted.unwrap_or(wall_clock)),
            checked_on_open: trusted.is_none(),
        };
        if (1..supported).contains(&version) {
            backup::take_backup(
                &store.conn,
                &folder.join(crate::paths::BACKUPS_FOLDER),
                now,
                BackupKind::BeforeMigration,
            )?;
        }
        schema::migrate_with(&mut store.conn, migrations).map_err(refused)?;
        Ok(store)
    }

    /// Opens an existing progress file only to read it, e.g. while another factdeck
    /// writes to it. Every write is refused by SQLite itself.
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        if let Some(finding) = recovery::precheck(path) {
            return Err(StoreError::Unusable {
                path: path.to_path_buf(),
                finding,
            });
        }
        let refused = |source: rusqlite::Error| opening_error(path, source);
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let open = |conn: rusqlite::Result<Connection>| -> rusqlite::Result<(Connection, i64)> {
            let conn = conn?;
            conn.busy_timeout(BUSY_TIMEOUT)?;
            let version = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            Ok((conn, version))
        };
        let (conn, version) = match open(Connection::open_with_flags(path, flags)) {
            // On a read-only disk SQLite cannot create the `-shm` index a WAL file needs;
            // nothing can change the file there, so it may be read as immutable.
            Err(e) if e.sqlite_error_code() == Some(ErrorCode::CannotOpen) => {
                open(Connection::open_with_flags(
                    immutable_uri(path),
                    flags | OpenFlags::SQLITE_OPEN_URI,
                ))
                .map_err(refused)?
            }
            other => other.map_err(refused)?,
        };
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerVersion {
                path: path.to_path_buf(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        if version < SCHEMA_VERSION {
            return Err(StoreError::NeedsUpgrade {
                path: path.to_path_buf(),
                found: version,
                current: SCHEMA_VERSION,
            });
        }
        Ok(Store {
            conn,
            path: Some(path.to_path_buf()),
            read_only: true,
            checked_at: None,
            checked_on_open: false,
        })
    }

    /// A store that lives only in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let mut conn = Connection::open_in_memory().map_err(StoreError::Read)?;
        schema::migrate(&mut conn).map_err(StoreError::Write)?;
        Ok(Store {
            conn,
            path: None,
            read_only: false,
            checked_at: None,
            checked_on_open: false,
        })
    }

    /// Turns off waiting for the disk on each commit. Only for measuring the CPU cost of
    /// an answer without the disk (`benches/`): an answer would no longer survive a power
    /// cut, so the program itself never calls this.
    pub fn without_fsync_for_benchmarks(&mut self) -> Result<(), StoreError> {
        self.conn
            .execute_batch("PRAGMA synchronous = OFF;")
            .map_err(StoreError::Write)
    }

    /// The file behind the store; `None` in memory.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// True when the store was opened only to read.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Whether opening ran SQLite's `quick_check` over the whole file (it does unless
    /// factdeck closed the file cleanly within the last day and nothing changed it since).
    pub fn checked_on_open(&self) -> bool {
        self.checked_on_open
    }

    /// Fault injection for tests: lets the file grow no further, so the next write that
    /// needs a new page fails exactly as on a full disk (`SQLITE_FULL`).
    #[doc(hidden)]
    pub fn simulate_full_disk(&self) -> Result<(), StoreError> {
        let pages: i64 = self
            .conn
            .query_row("PRAGMA page_count", [], |r| r.get(0))
            .map_err(StoreError::Read)?;
        self.conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))
            .map_err(StoreError::Write)
    }
}

impl Drop for Store {
    /// Moves every answer into the main file and records that it was closed cleanly, so
    /// the next opening need not check it in full. Without a record (a failed checkpoint,
    /// another connection still reading, a crash before this), the next opening checks.
    fn drop(&mut self) {
        let (Some(path), Some(checked_at)) = (&self.path, self.checked_at) else {
            return;
        };
        let busy = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                r.get::<_, i64>(0)
            });
        if busy == Ok(0) {
            let _ = clean_close::record(path, checked_at);
        }
    }
}

/// A `file:` URI that opens `path` as immutable, with the characters URIs reserve escaped.
fn immutable_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for c in path.to_string_lossy().chars() {
        match c {
            '%' => uri.push_str("%25"),
            '?' => uri.push_str("%3f"),
            '#' => uri.push_str("%23"),
            c => uri.push(c),
        }
    }
    uri.push_str("?immutable=1");
    uri
}

/// Sorts an error from opening a file into busy (another program), damaged, or unreadable.
fn opening_error(path: &Path, source: rusqlite::Error) -> StoreError {
    match source.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy {
            path: path.to_path_buf(),
        },
        Some(ErrorCode::DatabaseCorrupt) => StoreError::Damaged {
            path: path.to_path_buf(),
            details: explain(&source),
        },
        _ => StoreError::Unreadable {
            path: path.to_path_buf(),
            source,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backup_of_the_old_file_is_taken_before_a_migration_changes_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("progress.sqlite3");
        let now = DateTime::parse_from_rfc3339("2026-11-27T09:00:00+01:00").unwrap();
        {
            let mut store = Store::open_at(&path, now).unwrap();
            store.set_setting("marker", "before the upgrade").unwrap();
        }
        let backups = dir.path().join("backups");
        assert!(backup::list_backups(&backups).unwrap().is_empty());
        // A factdeck one schema version newer than this one opens the file.
        let mut newer = schema::migrations().to_vec();
        newer.push(schema::Migration::sql(
            "CREATE TABLE added_later (x INTEGER);",
        ));
        let store = Store::open_with_migrations(&path, now, &newer).unwrap();
        let version: i64 = store
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION + 1);
        let taken = backup::list_backups(&backups).unwrap();
        assert_eq!(taken.len(), 1);
        assert_eq!(taken[0].kind, BackupKind::BeforeMigration);
        let old = Store::open_read_only(&taken[0].path).unwrap();
        assert_eq!(
            old.setting("marker").unwrap().as_deref(),
            Some("before the upgrade")
        );
        assert_eq!(
            backup::check_backup(&taken[0].path).unwrap().schema_version,
            SCHEMA_VERSION
        );
    }

    #[test]
    fn a_file_closed_cleanly_is_not_read_in_full_again_when_reopened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("progress.sqlite3");
        {
            let mut store = Store::open(&path).unwrap();
            assert!(store.checked_on_open());
            store.set_setting("marker", "kept").unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert!(!store.checked_on_open());
        assert_eq!(store.setting("marker").unwrap().as_deref(), Some("kept"));
    }

    #[test]
    fn a_file_left_open_by_a_crash_is_checked_in_full_on_the_next_opening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("progress.sqlite3");
        drop(Store::open(&path).unwrap());
        let mut store = Store::open(&path).unwrap();
        store.set_setting("marker", "written").unwrap();
        // The process ends without closing the file, as a crash or a kill would.
        std::mem::forget(store);
        let store = Store::open(&path).unwrap();
        assert!(store.checked_on_open());
        assert_eq!(store.setting("marker").unwrap().as_deref(), Some("written"));
    }

    #[test]
    fn a_file_another_program_changed_is_checked_in_full() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("progress.sqlite3");
        drop(Store::open(&path).unwrap());
        {
            let other = Connection::open(&path).unwrap();
            other
                .execute("INSERT INTO settings (key, value) VALUES ('x', 'y')", [])
                .unwrap();
        }
        assert!(Store::open(&path).unwrap().checked_on_open());
    }

    #[test]
    fn a_read_only_opening_never_records_a_clean_close() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("progress.sqlite3");
        drop(Store::open(&path).unwrap());
        clean_close::forget(&path).unwrap();
        drop(Store::open_read_only(&path).unwrap());
        assert!(!clean_close::record_path(&path).exists());
        assert!(Store::open(&path).unwrap().checked_on_open());
    }

    #[test]
    fn a_file_without_tables_yet_is_migrated_without_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("progress.sqlite3");
        let now = DateTime::parse_from_rfc3339("2026-11-27T09:00:00+01:00").unwrap();
        Store::open_at(&path, now).unwrap();
        assert!(!dir.path().join("backups").exists());
    }
}
