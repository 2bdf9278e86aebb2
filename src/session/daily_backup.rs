//! The day's automatic backup, copied on a thread of its own: at 100,000 cards the copy
//! takes half a second or more, and the day's first start should not wait for it.
//!
//! The copy reads the progress file on its own connection inside one read transaction, so
//! it is whole whatever the learner answers meanwhile (`store::backup::backup_file`), and
//! it is written under a temporary name and renamed only when complete, so a backup that
//! exists is never torn. Anything else that writes the backups folder, and closing the
//! collection (a restore moves the progress file), waits for the copy first.

use crate::store::StoreError;
use crate::store::backup::{self, BackupInfo, BackupKind};
use chrono::{DateTime, FixedOffset};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// Why the day's backup was not made. A value, worded (`Display`) when it is shown: the
/// copy's own thread has no language of the learner's.
#[derive(Debug, Clone)]
pub enum BackupFailure {
    /// The copy failed.
    Copy(Arc<StoreError>),
    /// No thread could be started for it.
    NotStarted(Arc<std::io::Error>),
    /// The copy's thread stopped unexpectedly (a panic).
    Stopped,
}

impl std::fmt::Display for BackupFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        f.write_str(&match self {
            BackupFailure::Copy(e) => e.to_string(),
            BackupFailure::NotStarted(e) => {
                tr!("backup-not-started", reason = crate::i18n::io_reason(e))
            }
            BackupFailure::Stopped => tr!("backup-stopped"),
        })
    }
}

/// A daily backup under way or done.
pub struct DailyBackup {
    copying: Mutex<Option<JoinHandle<Result<BackupInfo, BackupFailure>>>>,
    /// How the copy ended, once it has and someone waited for it.
    ended: Mutex<Option<Result<BackupInfo, BackupFailure>>>,
}

impl DailyBackup {
    /// Starts copying `progress` into `folder`.
    pub fn start(progress: PathBuf, folder: PathBuf, now: DateTime<FixedOffset>) -> DailyBackup {
        let copying = std::thread::Builder::new()
            .name("factdeck daily backup".into())
            .spawn(move || {
                backup::backup_file(&progress, &folder, now, BackupKind::Daily)
                    .map_err(|e| BackupFailure::Copy(Arc::new(e)))
            });
        let (copying, ended) = match copying {
            Ok(handle) => (Some(handle), None),
            Err(e) => (None, Some(Err(BackupFailure::NotStarted(Arc::new(e))))),
        };
        DailyBackup {
            copying: Mutex::new(copying),
            ended: Mutex::new(ended),
        }
    }

    /// Waits until the copy has ended, and says how.
    pub fn wait(&self) -> Option<Result<BackupInfo, BackupFailure>> {
        let handle = self.copying.lock().ok().and_then(|mut h| h.take());
        let mut ended = self.ended.lock().ok()?;
        if let Some(handle) = handle {
            *ended = Some(handle.join().unwrap_or(Err(BackupFailure::Stopped)));
        }
        ended.clone()
    }

    /// Whether the copy has ended (without waiting for it).
    pub fn has_ended(&self) -> bool {
        self.copying
            .lock()
            .map(|h| h.as_ref().is_none_or(JoinHandle::is_finished))
            .unwrap_or(true)
    }

    /// Why the copy failed, once it has ended; `None` while it runs or when it worked.
    pub fn problem(&self) -> Option<BackupFailure> {
        if !self.has_ended() {
            return None;
        }
        self.wait()?.err()
    }
}

impl Drop for DailyBackup {
    /// A collection closing (to restore a backup, or the window closing) lets the copy
    /// finish: a restore must not move the file from under it, and a copy cut off would
    /// only leave a partial file for the next day's first start to clear away.
    fn drop(&mut self) {
        self.wait();
    }
}
