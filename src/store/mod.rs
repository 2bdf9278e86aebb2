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
mod ownership;
mod quiz;
pub mod recovery;
mod schema;
mod settings;
mod stats;
pub mod sync;

/// The record type of the log, kept beside the statistics that read it (see `crate::log`).
pub use crate::log::ReviewRecord;
pub use backup::{BackupInfo, BackupKind, KEEP_BACKUPS};
pub use card_events::CardReset;
pub use error::{FileAction, StoreError, explain};
pub use lock::DataDirLock;
pub use ownership::APPLICATION_ID;
pub use quiz::{QuizQuestionRecord, QuizRecord, QuizResult};
pub use schema::SCHEMA_VERSION;

use chrono::{DateTime, FixedOffset};
use ownership::Ownership;
use rusqlite::config::DbConfig;
use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// How long a statement waits for another connection's lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(2);

/// Every transaction takes the write lock when it begins. A deferred one that read first
/// could not take it after the sync thread's connection wrote (SQLite refuses at once,
/// without waiting: "database is locked"), and the learner's answer would be refused.
const WRITE_TRANSACTIONS: TransactionBehavior = TransactionBehavior::Immediate;

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
    /// Which file on disk the connection writes to (and its log), as opened; checked
    /// before every write. `None` in memory and when opened read-only.
    identity: Option<FileIdentity>,
    /// Set once the file or its log was found replaced or removed under the open
    /// connection: from then on nothing is written.
    detached: Option<FileChange>,
}

/// What happened to the progress file under an open connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileChange {
    /// Its write-ahead log (`-wal`) was deleted or replaced. `kept`: every answer written
    /// before was moved into the progress file itself.
    LogRemoved { kept: bool },
    /// The progress file itself was moved, deleted or replaced.
    FileReplaced,
}

impl FileChange {
    /// Why nothing more is saved, in the thread's language.
    pub fn worded(self) -> String {
        use crate::tr;
        match self {
            FileChange::LogRemoved { kept: true } => tr!("file-changed-log-kept"),
            FileChange::LogRemoved { kept: false } => tr!("file-changed-log"),
            FileChange::FileReplaced => tr!("file-changed-file"),
        }
    }
}

/// The device and inode of the progress file and of its log: SQLite keeps writing to the
/// files it opened even after they are gone from the folder, so a change here means
/// answers would go where no one will read them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileIdentity {
    main: (u64, u64),
    wal: Option<(u64, u64)>,
}

impl FileIdentity {
    #[cfg(unix)]
    fn of(path: &Path) -> FileIdentity {
        use std::os::unix::fs::MetadataExt;
        let ids = |p: &Path| std::fs::metadata(p).ok().map(|m| (m.dev(), m.ino()));
        FileIdentity {
            // A file that is gone has no identity; (0, 0) is never a real file's.
            main: ids(path).unwrap_or((0, 0)),
            wal: ids(&recovery::with_suffix(path, "-wal")),
        }
    }

    /// Elsewhere an open file cannot be deleted or replaced, so there is nothing to watch.
    #[cfg(not(unix))]
    fn of(_path: &Path) -> FileIdentity {
        FileIdentity {
            main: (0, 0),
            wal: None,
        }
    }
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
        // A restore a kill interrupted is finished first, so that the old or the new file
        // is in place before anything looks at the place.
        recovery::finish_interrupted(path)?;
        let unusable = |finding| StoreError::Unusable {
            path: path.to_path_buf(),
            finding,
        };
        if let Some(finding) = recovery::precheck(path) {
            return Err(unusable(finding));
        }
        let refused = |source: rusqlite::Error| opening_error(path, source);
        // Whose file it is, decided by reading alone: another program's database must not
        // gain a log, a version or our tables.
        let mut marked = false;
        if path.exists() {
            let conn = peek(path, BUSY_TIMEOUT).map_err(refused)?;
            match ownership::identify(&conn, migrations).map_err(refused)? {
                Ownership::Foreign {
                    tables,
                    application_id,
                } => {
                    return Err(unusable(recovery::Finding::Foreign {
                        tables,
                        marked: application_id != 0,
                    }));
                }
                Ownership::Empty => {
                    if let Some(held) = recovery::held_progress(path) {
                        return Err(unusable(recovery::Finding::Emptied { held }));
                    }
                }
                Ownership::Factdeck { version, .. } if version > supported => {
                    return Err(StoreError::NewerVersion {
                        path: path.to_path_buf(),
                        found: version,
                        supported,
                    });
                }
                Ownership::Factdeck { marked: m, .. } => marked = m,
            }
        }
        let mut conn = Connection::open(path).map_err(refused)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(refused)?;
        conn.set_transaction_behavior(WRITE_TRANSACTIONS);
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
        // The write-ahead log is copied into the file (a checkpoint) once it holds 4,000
        // pages, not SQLite's 1,000: an answer writes about 9 pages, and the answer that
        // happens to checkpoint waits for it (9 ms at 1,000 pages, every 116 answers; 17
        // ms at 4,000, every 460, half the disk time in all). The log grows to 16 MB
        // while studying and is emptied when factdeck closes. (docs/benchmarks.md)
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA wal_autocheckpoint = 4000;
             PRAGMA foreign_keys = ON;",
        )
        .map_err(refused)?;
        let mut store = Store {
            conn,
            path: Some(path.to_path_buf()),
            read_only: false,
            checked_at: Some(trusted.unwrap_or(wall_clock)),
            checked_on_open: trusted.is_none(),
            identity: None,
            detached: None,
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
        // Marked as factdeck's from now on, so that it is known without its tables.
        if !marked {
            store
                .conn
                .pragma_update(None, "application_id", APPLICATION_ID)
                .map_err(refused)?;
        }
        // In WAL mode the log exists once the file has been read: both are known now.
        store.identity = Some(FileIdentity::of(path));
        Ok(store)
    }

    /// Opens an existing progress file only to read it, e.g. while another factdeck
    /// writes to it. Every write is refused by SQLite itself.
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        let unusable = |finding| StoreError::Unusable {
            path: path.to_path_buf(),
            finding,
        };
        if let Some(finding) = recovery::precheck(path) {
            return Err(unusable(finding));
        }
        let refused = |source: rusqlite::Error| opening_error(path, source);
        let conn = open_for_reading(path, BUSY_TIMEOUT).map_err(refused)?;
        let version = match ownership::identify(&conn, schema::migrations()).map_err(refused)? {
            Ownership::Foreign {
                tables,
                application_id,
            } => {
                return Err(unusable(recovery::Finding::Foreign {
                    tables,
                    marked: application_id != 0,
                }));
            }
            Ownership::Empty => match recovery::held_progress(path) {
                Some(held) => return Err(unusable(recovery::Finding::Emptied { held })),
                None => 0,
            },
            Ownership::Factdeck { version, .. } => version,
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
            identity: None,
            detached: None,
        })
    }

    /// Opens a progress file only to read a value or two, leaving no trace beside it
    /// (`peek`): a command reads the learner's language this way before it does its work,
    /// which may be to move the file aside and restore a backup. Nothing is checked; a
    /// file that is not factdeck's fails on the first read.
    pub fn open_to_peek(path: &Path) -> Result<Store, StoreError> {
        let conn = peek(path, BUSY_TIMEOUT).map_err(|source| opening_error(path, source))?;
        Ok(Store {
            conn,
            path: Some(path.to_path_buf()),
            read_only: true,
            checked_at: None,
            checked_on_open: false,
            identity: None,
            detached: None,
        })
    }

    /// A second connection to the progress file `main` has open for writing, for the
    /// session's sync thread: it writes only what sync merges, between the window's
    /// answers (SQLite lets one connection write at a time and makes the other wait). It
    /// neither checks, migrates nor records a clean close: `main` did and does that.
    pub fn open_companion(main: &Store) -> Result<Store, StoreError> {
        let (Some(path), false) = (main.path.as_deref(), main.read_only) else {
            return Err(StoreError::Corrupt(
                "sync needs the progress file open for writing".to_string(),
            ));
        };
        let refused = |source: rusqlite::Error| opening_error(path, source);
        let mut conn = Connection::open(path).map_err(refused)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(refused)?;
        conn.set_transaction_behavior(WRITE_TRANSACTIONS);
        conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")
            .map_err(refused)?;
        // Closing must not checkpoint: the main connection's close does, and then records
        // the clean close.
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
            .map_err(refused)?;
        Ok(Store {
            conn,
            path: Some(path.to_path_buf()),
            read_only: false,
            checked_at: None,
            checked_on_open: false,
            identity: main.identity,
            detached: None,
        })
    }

    /// A store that lives only in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let mut conn = Connection::open_in_memory().map_err(StoreError::Read)?;
        schema::migrate(&mut conn).map_err(StoreError::Write)?;
        conn.pragma_update(None, "application_id", APPLICATION_ID)
            .map_err(StoreError::Write)?;
        Ok(Store {
            conn,
            path: None,
            read_only: false,
            checked_at: None,
            checked_on_open: false,
            identity: None,
            detached: None,
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

    /// The connection, for a write, after checking that the files it writes to are still
    /// the progress file and its log. Once they are not, every write is refused.
    fn writer(&mut self) -> Result<&mut Connection, StoreError> {
        if self.detached.is_none()
            && let (Some(path), Some(opened)) = (&self.path, self.identity)
        {
            let now = FileIdentity::of(path);
            if now != opened {
                let change = if now.main == opened.main {
                    FileChange::LogRemoved { kept: false }
                } else {
                    FileChange::FileReplaced
                };
                self.detach(change);
            }
        }
        match (self.detached, &self.path) {
            (Some(change), Some(path)) => Err(StoreError::FileChanged {
                path: path.clone(),
                change,
            }),
            _ => Ok(&mut self.conn),
        }
    }

    /// Stops writing to files that are no longer the progress file. SQLite still holds
    /// the ones it opened: a checkpoint moves every answer written so far from the log
    /// into the file the connection opened (with the log gone, that is the progress file
    /// still in place) and empties the log, so it can never be replayed into another
    /// file put under the same name. Closing then neither checkpoints nor deletes a log
    /// by name, which might by then be another file's.
    fn detach(&mut self, change: FileChange) {
        let complete = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                Ok(r.get::<_, i64>(0)? == 0 && r.get::<_, i64>(1)? == r.get::<_, i64>(2)?)
            })
            .unwrap_or(false);
        let _ = self
            .conn
            .set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true);
        self.detached = Some(match change {
            FileChange::LogRemoved { .. } => FileChange::LogRemoved { kept: complete },
            other => other,
        });
    }

    /// What happened to the progress file under this store, if it was moved, replaced or
    /// lost its log while open; nothing is written then.
    pub fn file_change(&self) -> Option<FileChange> {
        self.detached
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
        // The files under the path are no longer the ones this connection wrote.
        if self.detached.is_some() {
            return;
        }
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

/// Opens a database only to read it: SQLite refuses every write, and closing it never
/// checkpoints or removes a log. On a read-only disk SQLite cannot create the `-shm` index
/// a WAL file needs; nothing can change the file there, so it is then read as immutable.
pub(super) fn open_for_reading(path: &Path, busy: Duration) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let open = |conn: rusqlite::Result<Connection>| -> rusqlite::Result<Connection> {
        let conn = conn?;
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
        conn.busy_timeout(busy)?;
        conn.query_row("PRAGMA user_version", [], |_| Ok(()))?;
        Ok(conn)
    };
    match open(Connection::open_with_flags(path, flags)) {
        Err(e) if e.sqlite_error_code() == Some(ErrorCode::CannotOpen) => open(
            Connection::open_with_flags(immutable_uri(path), flags | OpenFlags::SQLITE_OPEN_URI),
        ),
        other => other,
    }
}

/// Opens a database to look at it once (whose it is, whether it is sound) without leaving
/// a trace: with no log beside it, everything is in the file, so it is read as immutable
/// and SQLite creates no `-wal` or `-shm` next to it (beside another program's database
/// that would be writing to its folder). With a log, the log is read too.
pub(super) fn peek(path: &Path, busy: Duration) -> rusqlite::Result<Connection> {
    let wal = std::fs::metadata(recovery::with_suffix(path, "-wal")).map_or(0, |m| m.len());
    if wal > 0 {
        return open_for_reading(path, busy);
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(immutable_uri(path), flags)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
    Ok(conn)
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
