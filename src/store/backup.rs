//! Backups of the progress file. Each is made with SQLite's online backup API, so it is a
//! consistent copy even while factdeck is writing, and stands alone (no `-wal` beside it).
//! They are taken once a study day, before every schema migration and on request, named by
//! the local time they were taken (`progress-2026-11-27_09-00-13_daily.sqlite3`) in the
//! data directory's `backups` folder; the newest seven are kept.

use super::FileAction;
use super::error::explain;
use super::ownership::{self, Ownership};
use super::{SCHEMA_VERSION, Store, StoreError, peek, schema};
use crate::clock::{DAY_ROLLOVER_HOUR, study_day};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How many backups are kept; older ones are removed when a new one is taken.
pub const KEEP_BACKUPS: usize = 7;

const PREFIX: &str = "progress-";
const SUFFIX: &str = ".sqlite3";
const STAMP_FORMAT: &str = "%Y-%m-%d_%H-%M-%S";
/// Length of a formatted stamp, `2026-11-27_09-00-13`.
const STAMP_LEN: usize = 19;

/// Why a backup was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupKind {
    /// The first opening of a study day.
    Daily,
    /// Just before the file's schema was upgraded by a newer factdeck.
    BeforeMigration,
    /// The learner asked for one.
    Manual,
}

impl BackupKind {
    const ALL: [BackupKind; 3] = [
        BackupKind::Daily,
        BackupKind::BeforeMigration,
        BackupKind::Manual,
    ];

    /// The name in the file name.
    pub fn name(self) -> &'static str {
        match self {
            BackupKind::Daily => "daily",
            BackupKind::BeforeMigration => "before-migration",
            BackupKind::Manual => "manual",
        }
    }

    /// How the kind is shown to the learner.
    /// What kind of backup it is, in the thread's language.
    pub fn description(self) -> String {
        match self {
            BackupKind::Daily => crate::tr!("backup-kind-daily"),
            BackupKind::BeforeMigration => crate::tr!("backup-kind-before-upgrade"),
            BackupKind::Manual => crate::tr!("backup-kind-manual"),
        }
    }
}

/// One backup file.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupInfo {
    pub path: PathBuf,
    /// When it was taken, in the learner's local time then.
    pub taken_at: NaiveDateTime,
    pub kind: BackupKind,
}

impl BackupInfo {
    pub fn file_name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// The study day the backup belongs to (a backup at 01:00 belongs to the evening before).
    pub fn study_day(&self) -> NaiveDate {
        (self.taken_at - chrono::Duration::hours(DAY_ROLLOVER_HOUR)).date()
    }
}

/// What a backup holds, read without writing to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackupContents {
    pub schema_version: i64,
    pub reviews: usize,
}

/// The name a backup taken at `at` gets.
pub fn backup_file_name(at: DateTime<FixedOffset>, kind: BackupKind) -> String {
    format!(
        "{PREFIX}{}_{}{SUFFIX}",
        at.format(STAMP_FORMAT),
        kind.name()
    )
}

/// Reads a backup's file name back; `None` for any other file.
pub fn parse_backup_name(name: &str) -> Option<(NaiveDateTime, BackupKind)> {
    let rest = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let stamp = rest.get(..STAMP_LEN)?;
    let taken_at = NaiveDateTime::parse_from_str(stamp, STAMP_FORMAT).ok()?;
    let kind_part = rest.get(STAMP_LEN..)?.strip_prefix('_')?;
    // A second backup of the same kind in the same second gets `-2`, `-3`… appended.
    let kind_name = match kind_part.rsplit_once('-') {
        Some((head, n)) if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) => head,
        _ => kind_part,
    };
    let kind = BackupKind::ALL
        .into_iter()
        .find(|k| k.name() == kind_name)?;
    Some((taken_at, kind))
}

/// The backups in `folder`, newest first. A missing folder has none.
pub fn list_backups(folder: &Path) -> Result<Vec<BackupInfo>, StoreError> {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(StoreError::file(FileAction::ReadBackupsFolder, folder, e));
        }
    };
    let mut backups: Vec<BackupInfo> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let (taken_at, kind) = parse_backup_name(&name)?;
            Some(BackupInfo {
                path: entry.path(),
                taken_at,
                kind,
            })
        })
        .collect();
    backups.sort_by_key(|b| std::cmp::Reverse((b.taken_at, b.file_name())));
    Ok(backups)
}

/// Opens a backup (or any progress file) read-only and checks it whole: SQLite's
/// `quick_check`, a schema this version can read, and a readable review log. Why it is
/// not usable is worded in the thread's language.
pub fn check_backup(path: &Path) -> Result<BackupContents, String> {
    let conn = identified(path)?;
    let schema_version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| explain(&e))?;
    if schema_version > SCHEMA_VERSION {
        return Err(crate::tr!(
            "backup-newer",
            found = schema_version.to_string(),
            supported = SCHEMA_VERSION.to_string()
        ));
    }
    if schema_version < 1 {
        return Err(crate::tr!("backup-no-progress"));
    }
    let problems = quick_check(&conn).map_err(|e| explain(&e))?;
    if let Some(first) = problems.first() {
        return Err(crate::tr!("backup-damaged", details = first.as_str()));
    }
    let reviews: i64 = conn
        .query_row("SELECT COUNT(*) FROM reviews", [], |r| r.get(0))
        .map_err(|e| explain(&e))?;
    Ok(BackupContents {
        schema_version,
        reviews: reviews.max(0) as usize,
    })
}

/// A factdeck file opened read-only, or why it is not one. Reads the schema only, so it is
/// quick enough to tell backups from other files whenever the folder is listed.
fn identified(path: &Path) -> Result<Connection, String> {
    if !std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file()) {
        return Err(crate::tr!("backup-not-a-file"));
    }
    if let Some(finding) = super::recovery::precheck_file(path) {
        return Err(finding.explanation());
    }
    let conn = peek(path, Duration::from_millis(200)).map_err(|e| explain(&e))?;
    match ownership::identify(&conn, schema::migrations()).map_err(|e| explain(&e))? {
        Ownership::Factdeck { .. } => Ok(conn),
        Ownership::Empty => Err(crate::tr!("backup-no-progress")),
        Ownership::Foreign { .. } => Err(crate::tr!("backup-foreign")),
    }
}

/// Whether a file named like a backup is one of factdeck's, judged from its header and
/// schema. Files that are not are never counted among the seven kept, nor removed.
fn is_factdeck_file(path: &Path) -> bool {
    identified(path).is_ok()
}

/// SQLite's `quick_check`: the problems it lists, empty when the file is sound.
pub(super) fn quick_check(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    check_pragma(conn, "PRAGMA quick_check")
}

fn check_pragma(conn: &Connection, sql: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    let mut problems = Vec::new();
    for row in rows {
        let line = row?;
        if line != "ok" {
            problems.push(line);
        }
    }
    Ok(problems)
}

impl Store {
    /// Takes a backup now into `folder` and keeps only the newest seven there.
    pub fn backup_into(
        &self,
        folder: &Path,
        now: DateTime<FixedOffset>,
        kind: BackupKind,
    ) -> Result<BackupInfo, StoreError> {
        take_backup(&self.conn, folder, now, kind)
    }

    /// Takes the day's backup if the newest backup in `folder` is from an earlier study
    /// day. Nothing is taken while the review log is empty: there is nothing to lose yet.
    pub fn daily_backup_if_due(
        &self,
        folder: &Path,
        now: DateTime<FixedOffset>,
    ) -> Result<Option<BackupInfo>, StoreError> {
        if !self.daily_backup_due(folder, now)? {
            return Ok(None);
        }
        self.backup_into(folder, now, BackupKind::Daily).map(Some)
    }

    /// Whether the day's backup is due: the log holds answers and the newest backup in
    /// `folder` is from an earlier study day.
    pub fn daily_backup_due(
        &self,
        folder: &Path,
        now: DateTime<FixedOffset>,
    ) -> Result<bool, StoreError> {
        if !self.has_reviews()? {
            return Ok(false);
        }
        let today = study_day(now);
        // A file merely named like today's backup (garbage, another program's) is none.
        let newest = list_backups(folder)?
            .into_iter()
            .find(|b| is_factdeck_file(&b.path));
        Ok(newest.is_none_or(|b| b.study_day() < today))
    }

    /// Whether the log holds any answer. Asked at every opening, so it stops at the first
    /// row: counting them all read a million index entries to learn that one exists.
    fn has_reviews(&self) -> Result<bool, StoreError> {
        self.conn
            .query_row("SELECT EXISTS (SELECT 1 FROM reviews)", [], |r| r.get(0))
            .map_err(StoreError::Read)
    }

    /// SQLite's full `integrity_check`: the problems it finds, empty when the file is sound.
    pub fn integrity_problems(&self) -> Result<Vec<String>, StoreError> {
        check_pragma(&self.conn, "PRAGMA integrity_check").map_err(StoreError::Read)
    }
}

/// Backs the progress file at `progress` up into `folder` on a connection of its own, so
/// that the open collection goes on answering meanwhile. The copy is made in one step,
/// inside one read transaction: in WAL mode it sees the file as it was when it began,
/// whatever the collection writes meanwhile, and so is never torn.
pub fn backup_file(
    progress: &Path,
    folder: &Path,
    now: DateTime<FixedOffset>,
    kind: BackupKind,
) -> Result<BackupInfo, StoreError> {
    let conn = Connection::open_with_flags(
        progress,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|source| StoreError::Backup {
        path: progress.to_path_buf(),
        source,
    })?;
    take_backup(&conn, folder, now, kind)
}

/// Copies the open database into a new backup file, then removes the oldest backups
/// beyond seven. The copy is written under a temporary name and renamed when complete,
/// so a backup that exists under its real name is always whole.
pub(super) fn take_backup(
    conn: &Connection,
    folder: &Path,
    now: DateTime<FixedOffset>,
    kind: BackupKind,
) -> Result<BackupInfo, StoreError> {
    std::fs::create_dir_all(folder)
        .map_err(|e| StoreError::file(FileAction::CreateBackupsFolder, folder, e))?;
    remove_unfinished(folder);
    let path = unused_name(folder, now, kind);
    let partial = path.with_extension("sqlite3.partial");
    let failed = |source| StoreError::Backup {
        path: path.clone(),
        source,
    };
    let result = (|| {
        let mut dest = Connection::open(&partial)?;
        // The copy is synced whole before it is renamed into place (below), so SQLite need
        // not wait for the disk page by page while writing it.
        dest.pragma_update(None, "synchronous", "OFF")?;
        {
            let backup = rusqlite::backup::Backup::new(conn, &mut dest)?;
            backup.run_to_completion(i32::MAX, Duration::ZERO, None)?;
        }
        // The copy keeps the source's WAL flag; a backup should be one self-contained file.
        dest.pragma_update(None, "journal_mode", "DELETE")?;
        dest.close().map_err(|(_, e)| e)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&partial);
        return Err(failed(e));
    }
    let synced = std::fs::File::open(&partial).and_then(|f| f.sync_all());
    if let Err(e) = synced.and_then(|()| std::fs::rename(&partial, &path)) {
        let _ = std::fs::remove_file(&partial);
        return Err(StoreError::file(FileAction::WriteBackup, &path, e));
    }
    sync_folder(folder);
    let (taken_at, kind) =
        parse_backup_name(&file_name(&path)).unwrap_or((now.naive_local(), kind));
    rotate(folder)?;
    Ok(BackupInfo {
        path,
        taken_at,
        kind,
    })
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A name for a backup taken now that no file has yet.
fn unused_name(folder: &Path, now: DateTime<FixedOffset>, kind: BackupKind) -> PathBuf {
    let first = folder.join(backup_file_name(now, kind));
    if !first.exists() {
        return first;
    }
    let stamp = now.format(STAMP_FORMAT);
    (2..)
        .map(|n| folder.join(format!("{PREFIX}{stamp}_{}-{n}{SUFFIX}", kind.name())))
        .find(|p| !p.exists())
        .unwrap_or(first)
}

/// Removes copies a crash interrupted: a `.partial` file is never a backup (only a
/// complete copy is renamed to a backup's name), and only factdeck writes them here.
fn remove_unfinished(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(PREFIX) && name.ends_with(".sqlite3.partial") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Removes the backups beyond the newest seven. Only factdeck's own files named as backups
/// are counted or touched: garbage or another program's file under such a name neither
/// pushes a real backup out nor is deleted.
fn rotate(folder: &Path) -> Result<(), StoreError> {
    let ours = list_backups(folder)?
        .into_iter()
        .filter(|b| is_factdeck_file(&b.path));
    for old in ours.skip(KEEP_BACKUPS) {
        std::fs::remove_file(&old.path)
            .map_err(|e| StoreError::file(FileAction::RemoveOldBackup, &old.path, e))?;
    }
    Ok(())
}

/// Makes a rename inside `folder` durable. Best effort: not every system can sync a folder.
pub(super) fn sync_folder(folder: &Path) {
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_names_read_back_with_their_time_and_kind() {
        let at = DateTime::parse_from_rfc3339("2026-11-27T09:00:13+01:00").unwrap();
        let name = backup_file_name(at, BackupKind::BeforeMigration);
        assert_eq!(
            name,
            "progress-2026-11-27_09-00-13_before-migration.sqlite3"
        );
        let (taken, kind) = parse_backup_name(&name).unwrap();
        assert_eq!(taken, at.naive_local());
        assert_eq!(kind, BackupKind::BeforeMigration);
        assert_eq!(
            parse_backup_name("progress-2026-11-27_09-00-13_manual-3.sqlite3").map(|b| b.1),
            Some(BackupKind::Manual)
        );
        assert_eq!(parse_backup_name("progress.sqlite3"), None);
        assert_eq!(
            parse_backup_name("progress-2026-11-27_09-00-13_x.sqlite3"),
            None
        );
    }

    #[test]
    fn a_backup_just_after_midnight_belongs_to_the_evening_before() {
        let (taken_at, kind) =
            parse_backup_name("progress-2026-11-28_01-30-00_daily.sqlite3").unwrap();
        let info = BackupInfo {
            path: PathBuf::new(),
            taken_at,
            kind,
        };
        assert_eq!(
            info.study_day(),
            NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
        );
    }
}
