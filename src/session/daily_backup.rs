//! The day's automatic backup, copied on a thread of its own: at 100,000 cards the copy
//! takes half a second or more, and the day's first start should not wait for it.
//!
//! The copy reads the progress file on its own connection inside one read transaction, so
//! it is whole whatever the learner answers meanwhile (`store::backup::backup_file`), and
//! it is written under a temporary name and renamed only when complete, so a backup that
//! exists is never torn. Anything else that writes the backups folder, and closing the
//! collection (a restore moves the progress file), waits for the copy first.

use crate::store::backup::{self, BackupInfo, BackupKind};
use chrono::{DateTime, FixedOffset};
use std::path::PathBuf;
use std::sync::Mutex;
use std::thread::JoinHandle;

/// A daily backup under way or done.
pub struct DailyBackup {
    copying: Mutex<Option<JoinHandle<Result<BackupInfo, String>>>>,
    /// How the copy ended, once it has and someone waited for it.
    ended: Mutex<Option<Result<BackupInfo, String>>>,
}

impl DailyBackup {
    /// Starts copying `progress` into `folder`.
    pub fn start(progress: PathBuf, folder: PathBuf, now: DateTime<FixedOffset>) -> DailyBackup {
        let copying = std::thread::Builder::new()
            .name("factdeck daily backup".into())
            .spawn(move || {
                backup::backup_file(&progress, &folder, now, BackupKind::Daily)
                    .map_err(|e| e.to_string())
            });
        let (copying, ended) = match copying {
            Ok(handle) => (Some(handle), None),
            Err(e) => (
                None,
                Some(Err(format!("the backup could not be started: {e}"))),
            ),
        };
        DailyBackup {
            copying: Mutex::new(copying),
            ended: Mutex::new(ended),
        }
    }

    /// Waits until the copy has ended, and says how.
    pub fn wait(&self) -> Option<Result<BackupInfo, String>> {
        let handle = self.copying.lock().ok().and_then(|mut h| h.take());
        let mut ended = self.ended.lock().ok()?;
        if let Some(handle) = handle {
            *ended = Some(
                handle
                    .join()
                    .unwrap_or_else(|_| Err("the backup stopped unexpectedly".to_string())),
            );
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
    pub fn problem(&self) -> Option<String> {
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
