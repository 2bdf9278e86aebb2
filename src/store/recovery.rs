//! When the progress file cannot be opened: find out what is wrong with it in plain words,
//! and carry out what the learner chooses: restore the newest good backup, or start fresh.
//! Either way the file is first moved aside under a dated name, with its `-wal` and `-shm`
//! companions; factdeck never deletes or overwrites it.
//!
//! A file that is merely locked by another program, or that cannot be opened for a reason
//! that is not the file's fault, is not damaged: it is never moved, and the learner is only
//! offered to try again.

use super::backup::{
    BackupContents, BackupInfo, check_backup, list_backups, quick_check, sync_folder,
};
use super::error::explain;
use super::lock::DataDirLock;
use super::{SCHEMA_VERSION, StoreError};
use crate::paths;
use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, ErrorCode, OpenFlags};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The first 16 bytes of every SQLite database.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";
/// The files SQLite keeps beside a database, which belong to it.
const COMPANIONS: [&str; 3] = ["-wal", "-shm", "-journal"];

/// What is wrong with the progress file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// It does not begin like a SQLite database: garbage, or another kind of file.
    NotSqlite,
    /// It ends before its last page: an interrupted copy or write.
    Truncated { expected: u64, actual: u64 },
    /// SQLite finds it damaged inside.
    Damaged { details: String },
    /// A newer factdeck wrote it; this version must not change it.
    NewerVersion { found: i64, supported: i64 },
    /// Another program holds it locked; it may be perfectly fine.
    Locked,
    /// It cannot be opened for a reason that is not the file's fault.
    CannotOpen { reason: String },
}

impl Finding {
    /// A short title for the dialog.
    pub fn headline(&self) -> &'static str {
        match self {
            Finding::NotSqlite => "Your progress file is not a factdeck progress file",
            Finding::Truncated { .. } => "Your progress file is cut short",
            Finding::Damaged { .. } => "Your progress file is damaged",
            Finding::NewerVersion { .. } => "Your progress file is from a newer factdeck",
            Finding::Locked => "Another program is holding your progress file",
            Finding::CannotOpen { .. } => "Your progress file cannot be opened",
        }
    }

    /// What was found, in plain words.
    pub fn explanation(&self) -> String {
        match self {
            Finding::NotSqlite => "It does not begin the way a factdeck progress file (a SQLite \
                database) does: it is filled with something else. Another program may have \
                written over it, or a different file was put in its place."
                .to_string(),
            Finding::Truncated { expected, actual } => format!(
                "It should be {expected} bytes long, but only the first {actual} are there. This \
                 happens when copying it or writing to the disk was interrupted."
            ),
            Finding::Damaged { details } => {
                format!("SQLite's own check of the file found damage inside it: {details}.")
            }
            Finding::NewerVersion { found, supported } => format!(
                "It was written by a newer version of factdeck (file format {found}; this version \
                 reads up to {supported}). Updating factdeck opens it as it is; this version must \
                 not change it."
            ),
            Finding::Locked => "Another program has locked the file, so factdeck cannot read \
                it. It is probably fine. Close the other program (a backup or sync tool, a \
                database browser) and try again. Nothing was changed."
                .to_string(),
            Finding::CannotOpen { reason } => format!(
                "{reason}. The file itself may be fine, so it was not moved. Nothing was changed."
            ),
        }
    }

    /// Whether the file is unusable as it is, so that it is moved aside before the
    /// learner's choice is carried out. A locked or unopenable file is left in place.
    pub fn sets_file_aside(&self) -> bool {
        !matches!(self, Finding::Locked | Finding::CannotOpen { .. })
    }

    /// The word in the dated name the file is kept under once moved aside.
    fn aside_word(&self) -> &'static str {
        match self {
            Finding::NewerVersion { .. } => "newer-version",
            _ => "damaged",
        }
    }
}

/// A backup that passed its check, with what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct GoodBackup {
    pub info: BackupInfo,
    pub contents: BackupContents,
}

/// What the learner may choose.
#[derive(Debug, Clone, PartialEq)]
pub enum Choice {
    /// Put this backup in place of the file.
    RestoreBackup(PathBuf),
    /// Begin again with an empty progress file.
    StartFresh,
}

/// What carrying out a choice did.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecoveryReport {
    /// Where the old file and its companions were moved.
    pub set_aside: Vec<PathBuf>,
    /// The backup now in place, if one was restored.
    pub restored: Option<PathBuf>,
}

/// The progress file that could not be opened, what is wrong with it, and the backups
/// that could replace it.
#[derive(Debug, Clone, PartialEq)]
pub struct RecoveryPlan {
    pub data_dir: PathBuf,
    pub progress_file: PathBuf,
    pub finding: Finding,
    /// Backups that pass their check, newest first.
    pub backups: Vec<GoodBackup>,
}

impl RecoveryPlan {
    /// Looks at the progress file of `data_dir` after opening it failed with `error`.
    pub fn assess(data_dir: &Path, error: &StoreError) -> RecoveryPlan {
        let progress_file = paths::progress_file(data_dir);
        let finding = match error {
            StoreError::NewerVersion {
                found, supported, ..
            } => Finding::NewerVersion {
                found: *found,
                supported: *supported,
            },
            StoreError::Busy { .. } => Finding::Locked,
            StoreError::Unusable { finding, .. } => finding.clone(),
            other => diagnose(&progress_file).unwrap_or_else(|| Finding::CannotOpen {
                reason: other.to_string(),
            }),
        };
        RecoveryPlan {
            backups: good_backups(&paths::backups_folder(data_dir)),
            data_dir: data_dir.to_path_buf(),
            progress_file,
            finding,
        }
    }

    /// The newest backup that passed its check.
    pub fn newest_backup(&self) -> Option<&GoodBackup> {
        self.backups.first()
    }

    /// The choices that make sense here: restoring the newest good backup (if any) and
    /// starting fresh for a file that must be set aside; none for a file that is fine but
    /// unreachable (the learner can only try again).
    pub fn choices(&self) -> Vec<Choice> {
        if !self.finding.sets_file_aside() {
            return Vec::new();
        }
        let mut choices = Vec::new();
        if let Some(newest) = self.newest_backup() {
            choices.push(Choice::RestoreBackup(newest.info.path.clone()));
        }
        choices.push(Choice::StartFresh);
        choices
    }

    /// Moves the file aside and puts the chosen backup in its place, or leaves the place
    /// empty for a fresh start. Holds the data directory's lock while it works.
    pub fn carry_out(
        &self,
        choice: &Choice,
        now: DateTime<FixedOffset>,
    ) -> Result<RecoveryReport, StoreError> {
        if !self.finding.sets_file_aside() {
            return Err(StoreError::Corrupt(
                "this file is not damaged, so it is not moved".to_string(),
            ));
        }
        let _lock = lock(&self.data_dir)?;
        match choice {
            Choice::RestoreBackup(backup) => {
                put_backup_in_place(&self.progress_file, backup, now, self.finding.aside_word())
            }
            Choice::StartFresh => Ok(RecoveryReport {
                set_aside: set_aside(&self.progress_file, now, self.finding.aside_word())?,
                restored: None,
            }),
        }
    }
}

/// The backups of `folder` that pass their check, newest first.
pub fn good_backups(folder: &Path) -> Vec<GoodBackup> {
    list_backups(folder)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|info| {
            let contents = check_backup(&info.path).ok()?;
            Some(GoodBackup { info, contents })
        })
        .collect()
}

/// Restores `backup` as the progress file of `data_dir`, for the settings screen and
/// `factdeck restore`. The current file is not destroyed: it is moved aside under a dated
/// name first. Refused while another factdeck uses the folder.
pub fn restore_backup(
    data_dir: &Path,
    backup: &Path,
    now: DateTime<FixedOffset>,
) -> Result<RecoveryReport, StoreError> {
    let _lock = lock(data_dir)?;
    put_backup_in_place(&paths::progress_file(data_dir), backup, now, "replaced")
}

fn lock(data_dir: &Path) -> Result<DataDirLock, StoreError> {
    DataDirLock::try_acquire(data_dir)?.ok_or_else(|| StoreError::InUse {
        data_dir: data_dir.to_path_buf(),
    })
}

/// Checks the backup, copies it beside the progress file, checks the copy, moves the
/// current file aside and renames the copy into place. Until that last rename nothing of
/// the learner's has moved but the old file, and a failure moves that back.
fn put_backup_in_place(
    progress_file: &Path,
    backup: &Path,
    now: DateTime<FixedOffset>,
    aside_word: &str,
) -> Result<RecoveryReport, StoreError> {
    let bad = |reason: String| StoreError::BadBackup {
        path: backup.to_path_buf(),
        reason,
    };
    check_backup(backup).map_err(bad)?;
    let folder = progress_file.parent().unwrap_or(Path::new("."));
    let incoming = progress_file.with_extension("sqlite3.restoring");
    let copied =
        std::fs::copy(backup, &incoming).and_then(|_| std::fs::File::open(&incoming)?.sync_all());
    if let Err(e) = copied {
        let _ = std::fs::remove_file(&incoming);
        return Err(StoreError::file("cannot copy the backup to", &incoming, e));
    }
    if let Err(reason) = check_backup(&incoming) {
        let _ = std::fs::remove_file(&incoming);
        return Err(bad(format!("its copy does not read back ({reason})")));
    }
    let set_aside = match set_aside(progress_file, now, aside_word) {
        Ok(moved) => moved,
        Err(e) => {
            let _ = std::fs::remove_file(&incoming);
            return Err(e);
        }
    };
    if let Err(e) = std::fs::rename(&incoming, progress_file) {
        let _ = std::fs::remove_file(&incoming);
        move_back(progress_file, &set_aside);
        return Err(StoreError::file(
            "cannot put the backup in place of",
            progress_file,
            e,
        ));
    }
    sync_folder(folder);
    Ok(RecoveryReport {
        set_aside,
        restored: Some(backup.to_path_buf()),
    })
}

/// Moves the progress file and its companions aside, under
/// `progress-<word>-<local time>.sqlite3` (plus `-wal`, `-shm`) in the same folder, never
/// over an existing file. Returns where each went; nothing to move gives an empty list.
///
/// The companions move with the file: a `-wal` left behind would be replayed into the next
/// file created under the old name.
pub fn set_aside(
    progress_file: &Path,
    now: DateTime<FixedOffset>,
    word: &str,
) -> Result<Vec<PathBuf>, StoreError> {
    let folder = progress_file.parent().unwrap_or(Path::new("."));
    let stamp = now.format("%Y-%m-%d_%H-%M-%S");
    let target = (1..)
        .map(|n| {
            let suffix = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            folder.join(format!("progress-{word}-{stamp}{suffix}.sqlite3"))
        })
        .find(|main| !main.exists() && COMPANIONS.iter().all(|c| !with_suffix(main, c).exists()))
        .unwrap_or_else(|| folder.join(format!("progress-{word}-{stamp}-last.sqlite3")));
    let mut moved = Vec::new();
    let mut pairs: Vec<(PathBuf, PathBuf)> = COMPANIONS
        .iter()
        .map(|c| (with_suffix(progress_file, c), with_suffix(&target, c)))
        .collect();
    // The main file last: while it is still in place, nothing can open a half-moved set.
    pairs.push((progress_file.to_path_buf(), target.clone()));
    for (from, to) in pairs {
        if !from.exists() {
            continue;
        }
        if let Err(e) = std::fs::rename(&from, &to) {
            move_back(progress_file, &moved);
            return Err(StoreError::file("cannot move aside", &from, e));
        }
        moved.push(to);
    }
    sync_folder(folder);
    Ok(moved)
}

/// Undoes `set_aside` as far as it went.
fn move_back(progress_file: &Path, moved: &[PathBuf]) {
    for to in moved {
        let name = to.to_string_lossy();
        let original = COMPANIONS.iter().find(|c| name.ends_with(*c)).map_or_else(
            || progress_file.to_path_buf(),
            |c| with_suffix(progress_file, c),
        );
        let _ = std::fs::rename(to, original);
    }
}

pub(super) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Looks at a progress file without writing to it. `None` when nothing is wrong with it
/// (or it does not exist yet: it will be created).
pub fn diagnose(path: &Path) -> Option<Finding> {
    if let Some(finding) = precheck(path) {
        return Some(finding);
    }
    if !path.exists() {
        return None;
    }
    let conn = match Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    ) {
        Ok(conn) => conn,
        Err(e) => return Some(finding_from(&e)),
    };
    let _ = conn.busy_timeout(std::time::Duration::from_millis(200));
    let version: i64 = match conn.query_row("PRAGMA user_version", [], |r| r.get(0)) {
        Ok(v) => v,
        Err(e) => return Some(finding_from(&e)),
    };
    if version > SCHEMA_VERSION {
        return Some(Finding::NewerVersion {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    match quick_check(&conn) {
        Ok(problems) if problems.is_empty() => None,
        Ok(problems) => Some(Finding::Damaged {
            details: summarise(&problems),
        }),
        Err(e) => Some(finding_from(&e)),
    }
}

/// Checks what can be checked from the file's size and header alone, before SQLite is
/// let near it. This matters: given a file too short to be a database, SQLite deletes a
/// `-wal` it finds beside it, and with it whatever answers that log still held.
pub fn precheck(path: &Path) -> Option<Finding> {
    let cannot_read = |e: std::io::Error| Finding::CannotOpen {
        reason: format!("{} cannot be read: {e}", path.display()),
    };
    let actual = match std::fs::metadata(path) {
        Ok(meta) => meta.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => return Some(cannot_read(e)),
    };
    let wal = std::fs::metadata(with_suffix(path, "-wal")).map_or(0, |m| m.len());
    if actual == 0 {
        // An empty file is an empty database to SQLite and becomes a new progress file;
        // but an empty file beside a write-ahead log is what is left of a real one.
        return (wal > 0).then(|| Finding::Damaged {
            details: format!(
                "the file is empty, but its write-ahead log beside it holds {wal} bytes"
            ),
        });
    }
    let mut header = Vec::with_capacity(100);
    if let Err(e) = std::fs::File::open(path).and_then(|f| f.take(100).read_to_end(&mut header)) {
        return Some(cannot_read(e));
    }
    if header.len() < 100 || !header.starts_with(SQLITE_MAGIC) {
        return Some(Finding::NotSqlite);
    }
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    if !(512..=65_536).contains(&page_size) || !page_size.is_power_of_two() {
        return Some(Finding::Damaged {
            details: format!("its header gives an impossible page size ({page_size})"),
        });
    }
    let be32 = |at: usize| {
        u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    // The page count in the header is trusted only while its "valid for" counter matches,
    // and only without a write-ahead log: a checkpoint cut short by a crash may leave the
    // file shorter than its header says, and SQLite completes it from the log.
    let page_count = u64::from(be32(28));
    if wal == 0 && be32(24) == be32(92) && page_count > 0 {
        let expected = page_count * page_size;
        if actual < expected {
            return Some(Finding::Truncated { expected, actual });
        }
    }
    None
}

/// "first problem (and N more)".
pub(super) fn summarise(problems: &[String]) -> String {
    match problems {
        [] => "no details".to_string(),
        [one] => one.clone(),
        [first, rest @ ..] => format!("{first} (and {} more problems)", rest.len()),
    }
}

fn finding_from(error: &rusqlite::Error) -> Finding {
    match error.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Finding::Locked,
        Some(ErrorCode::NotADatabase) => Finding::NotSqlite,
        Some(ErrorCode::DatabaseCorrupt) => Finding::Damaged {
            details: explain(error),
        },
        _ => Finding::CannotOpen {
            reason: format!("SQLite cannot open it: {}", explain(error)),
        },
    }
}
