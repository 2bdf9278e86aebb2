//! When the progress file cannot be opened: find out what is wrong with it in plain words,
//! and carry out what the learner chooses: restore the newest good backup, or start fresh.
//! Either way the file is first moved aside under a dated name, with its `-wal` and `-shm`
//! companions; factdeck never deletes or overwrites it.
//!
//! A file that is merely locked by another program, or that cannot be opened for a reason
//! that is not the file's fault, is not damaged: it is never moved, and the learner is only
//! offered to try again.
//!
//! Putting a file in place (a restore) and moving one aside are atomic against a kill at
//! any moment: before the first rename, a journal (`progress.sqlite3-restore`) names where
//! the old file goes and whether a complete copy of the backup waits beside it; the next
//! opening finishes what the journal names before anything else (`finish_interrupted`).
//! So after a kill the old progress or the new one is in place, whole, never neither.

use super::FileAction;
use super::backup::{
    BackupContents, BackupInfo, check_backup, list_backups, quick_check, sync_folder,
};
use super::error::explain;
use super::lock::DataDirLock;
use super::ownership::{self, Ownership};
use super::{SCHEMA_VERSION, StoreError, clean_close, peek, schema};
use crate::paths;
use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, ErrorCode};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The first 16 bytes of every SQLite database.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";
/// The files SQLite keeps beside a database, which belong to it.
const COMPANIONS: [&str; 3] = ["-wal", "-shm", "-journal"];
/// Beside the progress file: a complete, checked copy of the backup being restored.
const INCOMING: &str = ".restoring";
/// Beside the progress file while a restore or a move aside is under way: what it does.
const JOURNAL: &str = "-restore";
const JOURNAL_HEADER: &str = "factdeck restore 1";

/// What is wrong with the progress file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// It does not begin like a SQLite database: garbage, or another kind of file.
    NotSqlite,
    /// It is a SQLite database, but another program's: it holds `tables`, or that program
    /// `marked` it as its own in its header.
    Foreign { tables: Vec<String>, marked: bool },
    /// It is empty, or holds nothing but a database header, though it held progress.
    Emptied { held: HeldProgress },
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

/// What shows that an emptied progress file held progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeldProgress {
    /// factdeck's record of its last clean close says the file was this many bytes long.
    ClosedAt { bytes: u64 },
    /// The newest good backup holds this many answers.
    Backup { answers: usize },
}

impl Finding {
    /// A short title for the dialog, in the thread's language.
    pub fn headline(&self) -> String {
        use crate::tr;
        match self {
            Finding::NotSqlite => tr!("finding-not-sqlite"),
            Finding::Foreign { .. } => tr!("finding-foreign"),
            Finding::Emptied { .. } => tr!("finding-emptied"),
            Finding::Truncated { .. } => tr!("finding-truncated"),
            Finding::Damaged { .. } => tr!("finding-damaged"),
            Finding::NewerVersion { .. } => tr!("finding-newer"),
            Finding::Locked => tr!("finding-locked"),
            Finding::CannotOpen { .. } => tr!("finding-cannot-open"),
        }
    }

    /// What was found, in plain words in the thread's language (SQLite's and the system's
    /// own words inside it stay as they come).
    pub fn explanation(&self) -> String {
        use crate::tr;
        match self {
            Finding::NotSqlite => tr!("finding-not-sqlite-explained"),
            Finding::Foreign { marked: true, .. } => tr!("finding-foreign-marked-explained"),
            Finding::Foreign { tables, .. } if tables.is_empty() => {
                tr!("finding-foreign-unknown-explained")
            }
            Finding::Foreign { tables, .. } => {
                tr!("finding-foreign-explained", tables = tables.join(", "))
            }
            Finding::Emptied {
                held: HeldProgress::ClosedAt { bytes },
            } => tr!("finding-emptied-closed-explained", bytes = *bytes),
            Finding::Emptied {
                held: HeldProgress::Backup { answers },
            } => tr!("finding-emptied-backup-explained", answers = *answers),
            Finding::Truncated { expected, actual } => tr!(
                "finding-truncated-explained",
                expected = *expected,
                actual = *actual
            ),
            Finding::Damaged { details } => {
                tr!("finding-damaged-explained", details = details.as_str())
            }
            Finding::NewerVersion { found, supported } => tr!(
                "finding-newer-explained",
                found = found.to_string(),
                supported = supported.to_string()
            ),
            Finding::Locked => tr!("finding-locked-explained"),
            Finding::CannotOpen { reason } => {
                tr!("finding-cannot-open-explained", reason = reason.as_str())
            }
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
            Finding::Foreign { .. } => "other-program",
            Finding::Emptied { .. } => "emptied",
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
        finish_interrupted(&self.progress_file)?;
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
///
/// `backup` may be any factdeck progress file, also one in WAL mode with its `-wal` beside
/// it: the answers in that log come along. The backup and its log are only read.
pub fn restore_backup(
    data_dir: &Path,
    backup: &Path,
    now: DateTime<FixedOffset>,
) -> Result<RecoveryReport, StoreError> {
    let _lock = lock(data_dir)?;
    let progress_file = paths::progress_file(data_dir);
    finish_interrupted(&progress_file)?;
    put_backup_in_place(&progress_file, backup, now, "replaced")
}

fn lock(data_dir: &Path) -> Result<DataDirLock, StoreError> {
    DataDirLock::try_acquire(data_dir)?.ok_or_else(|| StoreError::InUse {
        data_dir: data_dir.to_path_buf(),
    })
}

/// Called at each step of a restore or a move aside, with the step's name; tests stop the
/// process there to prove that a kill at any step loses nothing.
static STEP_HOOK: OnceLock<fn(&str)> = OnceLock::new();

/// Fault injection for tests: `hook` is called with the name of each step of a restore.
#[doc(hidden)]
pub fn set_restore_step_hook(hook: fn(&str)) {
    let _ = STEP_HOOK.set(hook);
}

fn step(name: &str) {
    if let Some(hook) = STEP_HOOK.get() {
        hook(name);
    }
}

/// Copies the backup beside the progress file, makes the copy one self-contained file
/// (its log, if it came with one, checkpointed into it), checks the copy, and then swaps
/// it in through the journal (see `move_aside_through_journal`).
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
    let incoming = with_suffix(progress_file, INCOMING);
    step("start");
    remove_incoming(progress_file);
    if let Err(e) = copy_with_log(backup, &incoming) {
        remove_incoming(progress_file);
        return Err(StoreError::file(FileAction::CopyBackup, &incoming, e));
    }
    step("copied");
    // The copy is checked before SQLite writes to it: a file that is not factdeck's is
    // refused as it is, and SQLite never deletes a log beside a file too short for it.
    let checked = match precheck_file(&incoming) {
        Some(finding) => Err(finding.explanation()),
        None => self_contained(&incoming).and_then(|()| check_backup(&incoming)),
    };
    if let Err(reason) = checked {
        remove_incoming(progress_file);
        return Err(bad(reason));
    }
    step("checked");
    let set_aside = move_aside_through_journal(progress_file, now, aside_word, true)?;
    Ok(RecoveryReport {
        set_aside,
        restored: Some(backup.to_path_buf()),
    })
}

/// Copies `from` (and its `-wal`, whose answers belong to it) to `to`, synced.
fn copy_with_log(from: &Path, to: &Path) -> std::io::Result<()> {
    copy_new(from, to)?;
    let log = with_suffix(from, "-wal");
    if std::fs::metadata(&log).is_ok_and(|m| m.is_file() && m.len() > 0) {
        copy_new(&log, &with_suffix(to, "-wal"))?;
    }
    Ok(())
}

/// Copies a file to a name that must not exist yet (so never through a link someone left
/// there) and syncs the copy.
fn copy_new(from: &Path, to: &Path) -> std::io::Result<()> {
    let mut source = std::fs::File::open(from)?;
    let mut dest = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(to)?;
    std::io::copy(&mut source, &mut dest)?;
    dest.sync_all()
}

/// Folds the copy's write-ahead log into it and leaves it in rollback-journal mode, so it is
/// one file that moves into place with one rename and leaves nothing behind.
fn self_contained(copy: &Path) -> Result<(), String> {
    let result = (|| -> rusqlite::Result<()> {
        let conn = Connection::open(copy)?;
        conn.busy_timeout(std::time::Duration::from_secs(2))?;
        conn.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))?;
        conn.close().map_err(|(_, e)| e)
    })();
    result.map_err(|e| explain(&e))?;
    std::fs::File::open(copy)
        .and_then(|f| f.sync_all())
        .map_err(|e| crate::i18n::io_reason(&e))?;
    step("self-contained");
    Ok(())
}

/// Removes the copy of a backup a restore did not put in place, with anything SQLite
/// left beside it. Never the learner's: only a restore writes these names.
fn remove_incoming(progress_file: &Path) {
    let incoming = with_suffix(progress_file, INCOMING);
    for companion in COMPANIONS {
        let _ = std::fs::remove_file(with_suffix(&incoming, companion));
    }
    let _ = std::fs::remove_file(incoming);
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
    move_aside_through_journal(progress_file, now, word, false)
}

/// Where the journal of a restore or a move aside lies.
fn journal_path(progress_file: &Path) -> PathBuf {
    with_suffix(progress_file, JOURNAL)
}

/// Writes the journal, then moves the file aside and (with `incoming`) the checked copy of
/// the backup into its place. A failure before the copy is in place moves everything back;
/// a kill at any moment is finished by the next opening from the journal.
fn move_aside_through_journal(
    progress_file: &Path,
    now: DateTime<FixedOffset>,
    word: &str,
    incoming: bool,
) -> Result<Vec<PathBuf>, StoreError> {
    let folder = folder_of(progress_file);
    let target = unused_aside_name(progress_file, now, word);
    if let Err(e) = write_journal(progress_file, &target, incoming) {
        if incoming {
            remove_incoming(progress_file);
        }
        return Err(StoreError::file(
            FileAction::WriteRestoreJournal,
            &journal_path(progress_file),
            e,
        ));
    }
    step("journal-written");
    // The record of a clean close describes the file that is leaving.
    let _ = clean_close::forget(progress_file);
    match roll_forward(progress_file, &target, incoming) {
        Ok(moved) => {
            finish_journal(progress_file);
            Ok(moved)
        }
        Err((moved, e)) => {
            if move_back(progress_file, &moved) {
                finish_journal(progress_file);
                if incoming {
                    remove_incoming(progress_file);
                }
            }
            sync_folder(folder);
            Err(e)
        }
    }
}

/// Removes the journal once its work is done.
fn finish_journal(progress_file: &Path) {
    let folder = folder_of(progress_file);
    sync_folder(folder);
    let _ = std::fs::remove_file(journal_path(progress_file));
    sync_folder(folder);
    step("done");
}

/// Carries out what the journal says, as far as it is not done yet: each of the old
/// file's companions, then the file itself, moves to the aside name, and then the copy of
/// the backup (if one is coming) takes its place. Safe to repeat after a kill: while the
/// copy waits under its own name, whatever is under the progress file's name is the old
/// file; once the copy is renamed into place, the work is done.
fn roll_forward(
    progress_file: &Path,
    target: &Path,
    incoming: bool,
) -> Result<Vec<PathBuf>, (Vec<PathBuf>, StoreError)> {
    let copy = with_suffix(progress_file, INCOMING);
    let mut moved = Vec::new();
    if incoming && !copy.exists() {
        return Ok(moved);
    }
    let mut pairs: Vec<(PathBuf, PathBuf)> = COMPANIONS
        .iter()
        .map(|c| (with_suffix(progress_file, c), with_suffix(target, c)))
        .collect();
    // The main file last: while it is still in place, nothing can open a half-moved set.
    pairs.push((progress_file.to_path_buf(), target.to_path_buf()));
    for (from, to) in pairs {
        if std::fs::symlink_metadata(&from).is_err() {
            continue;
        }
        if std::fs::symlink_metadata(&to).is_ok() {
            let e = std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                format!("{} is already there", to.display()),
            );
            return Err((moved, StoreError::file(FileAction::MoveAside, &from, e)));
        }
        if let Err(e) = std::fs::rename(&from, &to) {
            return Err((moved, StoreError::file(FileAction::MoveAside, &from, e)));
        }
        let name = from.file_name().map(|n| n.to_string_lossy().into_owned());
        step(&format!("moved {}", name.unwrap_or_default()));
        moved.push(to);
    }
    if incoming {
        if let Err(e) = std::fs::rename(&copy, progress_file) {
            return Err((
                moved,
                StoreError::file(FileAction::PutBackupInPlace, progress_file, e),
            ));
        }
        step("in-place");
    }
    Ok(moved)
}

/// Finishes a restore or a move aside that a kill or a power cut interrupted, from its
/// journal; removes the copy of a backup that never got as far as a journal. Call it with
/// the data directory's lock held, before the progress file is opened.
///
/// A copy without a journal where no progress file is left is what a factdeck before the
/// journal left when killed between its two renames: it is put in place if it checks out.
pub(super) fn finish_interrupted(progress_file: &Path) -> Result<(), StoreError> {
    let journal = journal_path(progress_file);
    let copy = with_suffix(progress_file, INCOMING);
    // A journal is written whole and renamed into place, so one that does not read as
    // factdeck's was never factdeck's: it is left alone, as if absent.
    let read = std::fs::read_to_string(&journal);
    let parsed = match &read {
        Ok(text) => parse_journal(progress_file, text).map(Ok),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => Some(Err(StoreError::file(
            FileAction::ReadRestoreJournal,
            &journal,
            std::io::Error::new(e.kind(), e.to_string()),
        ))),
    };
    match parsed {
        Some(Ok((target, incoming))) => {
            roll_forward(progress_file, &target, incoming).map_err(|(_, e)| e)?;
            finish_journal(progress_file);
            Ok(())
        }
        Some(Err(e)) => Err(e),
        None => {
            if copy.exists() {
                let no_progress = std::fs::symlink_metadata(progress_file).is_err();
                if no_progress && check_backup(&copy).is_ok() {
                    std::fs::rename(&copy, progress_file).map_err(|e| {
                        StoreError::file(FileAction::PutBackupInPlace, progress_file, e)
                    })?;
                    sync_folder(folder_of(progress_file));
                }
                remove_incoming(progress_file);
            }
            Ok(())
        }
    }
}

/// Writes the journal whole under a temporary name, then renames it into place.
fn write_journal(progress_file: &Path, target: &Path, incoming: bool) -> std::io::Result<()> {
    let journal = journal_path(progress_file);
    let partial = with_suffix(&journal, ".partial");
    let _ = std::fs::remove_file(&partial);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text = format!(
        "{JOURNAL_HEADER}\naside {name}\nincoming {}\n",
        if incoming { "yes" } else { "no" }
    );
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&partial)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    std::fs::rename(&partial, &journal)?;
    sync_folder(folder_of(progress_file));
    Ok(())
}

/// The aside name and whether a copy comes in, from a journal's text. The aside name must
/// be a plain file name in the progress file's folder.
fn parse_journal(progress_file: &Path, text: &str) -> Option<(PathBuf, bool)> {
    let mut lines = text.lines();
    if lines.next()? != JOURNAL_HEADER {
        return None;
    }
    let name = lines.next()?.strip_prefix("aside ")?;
    let plain = !name.is_empty()
        && Path::new(name).file_name().is_some_and(|n| n == name)
        && name.starts_with("progress-");
    if !plain {
        return None;
    }
    let incoming = match lines.next()?.strip_prefix("incoming ")? {
        "yes" => true,
        "no" => false,
        _ => return None,
    };
    Some((folder_of(progress_file).join(name), incoming))
}

/// A name `progress-<word>-<local time>.sqlite3` that neither a file nor a companion has.
fn unused_aside_name(progress_file: &Path, now: DateTime<FixedOffset>, word: &str) -> PathBuf {
    let folder = folder_of(progress_file);
    let stamp = now.format("%Y-%m-%d_%H-%M-%S");
    let taken = |p: &Path| std::fs::symlink_metadata(p).is_ok();
    (1..)
        .map(|n| {
            let suffix = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            folder.join(format!("progress-{word}-{stamp}{suffix}.sqlite3"))
        })
        .find(|main| !taken(main) && COMPANIONS.iter().all(|c| !taken(&with_suffix(main, c))))
        .unwrap_or_else(|| folder.join(format!("progress-{word}-{stamp}-last.sqlite3")))
}

/// Undoes a move aside as far as it went; whether everything is back.
fn move_back(progress_file: &Path, moved: &[PathBuf]) -> bool {
    let mut all_back = true;
    for to in moved {
        let name = to.to_string_lossy();
        let original = COMPANIONS.iter().find(|c| name.ends_with(*c)).map_or_else(
            || progress_file.to_path_buf(),
            |c| with_suffix(progress_file, c),
        );
        all_back &= std::fs::rename(to, original).is_ok();
    }
    all_back
}

fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
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
    let conn = match peek(path, std::time::Duration::from_millis(200)) {
        Ok(conn) => conn,
        Err(e) => return Some(finding_from(&e)),
    };
    match ownership::identify(&conn, schema::migrations()) {
        Ok(Ownership::Factdeck { version, .. }) if version > SCHEMA_VERSION => {
            return Some(Finding::NewerVersion {
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        Ok(Ownership::Factdeck { .. }) => {}
        Ok(Ownership::Empty) => return held_progress(path).map(|held| Finding::Emptied { held }),
        Ok(Ownership::Foreign {
            tables,
            application_id,
        }) => {
            return Some(Finding::Foreign {
                tables,
                marked: application_id != 0,
            });
        }
        Err(e) => return Some(finding_from(&e)),
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
///
/// An empty file is a new progress file, unless the record of factdeck's last clean close
/// or the backups show that it held progress: then something emptied it.
pub fn precheck(path: &Path) -> Option<Finding> {
    if let Some(finding) = precheck_file(path) {
        return Some(finding);
    }
    let empty = std::fs::metadata(path).is_ok_and(|m| m.len() == 0);
    if empty {
        return held_progress(path).map(|held| Finding::Emptied { held });
    }
    None
}

/// `precheck` without the look for signs of earlier progress (for a copy of a backup).
pub(super) fn precheck_file(path: &Path) -> Option<Finding> {
    let cannot_read = |e: std::io::Error| Finding::CannotOpen {
        reason: crate::tr!(
            "finding-cannot-read",
            path = path.display().to_string(),
            reason = crate::i18n::io_reason(&e)
        ),
    };
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // A link to nowhere: SQLite would create its target, a file factdeck never
            // chose to make.
            return std::fs::symlink_metadata(path)
                .is_ok()
                .then(|| Finding::CannotOpen {
                    reason: crate::tr!("finding-dangling-link", path = path.display().to_string()),
                });
        }
        Err(e) => return Some(cannot_read(e)),
    };
    if meta.is_dir() {
        return Some(Finding::CannotOpen {
            reason: crate::tr!("finding-folder", path = path.display().to_string()),
        });
    }
    let actual = meta.len();
    let wal = std::fs::metadata(with_suffix(path, "-wal")).map_or(0, |m| m.len());
    if actual == 0 {
        // An empty file is an empty database to SQLite; but an empty file beside a
        // write-ahead log is what is left of a real one.
        return (wal > 0).then(|| Finding::Damaged {
            details: crate::tr!("finding-empty-beside-log", bytes = wal),
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
            details: crate::tr!("finding-page-size", size = page_size.to_string()),
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

/// What shows that the progress file at `path` held progress: factdeck's record of its
/// last clean close naming a longer file, or a good backup with answers. `None` when
/// nothing does (a first start, or a learner who never answered).
pub(super) fn held_progress(path: &Path) -> Option<HeldProgress> {
    if let Some(bytes) = clean_close::recorded_len(path).filter(|&b| b > 0) {
        return Some(HeldProgress::ClosedAt { bytes });
    }
    let backups = paths::backups_folder(folder_of(path));
    good_backups(&backups)
        .first()
        .filter(|b| b.contents.reviews > 0)
        .map(|b| HeldProgress::Backup {
            answers: b.contents.reviews,
        })
}

/// "first problem (and N more)".
pub(super) fn summarise(problems: &[String]) -> String {
    match problems {
        [] => crate::tr!("finding-no-details"),
        [one] => one.clone(),
        [first, rest @ ..] => crate::tr!(
            "finding-more-problems",
            first = first.as_str(),
            count = rest.len()
        ),
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
            reason: crate::tr!("finding-sqlite-cannot-open", reason = explain(error)),
        },
    }
}
