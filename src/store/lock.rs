//! One writer per data directory: a factdeck that writes holds an exclusive lock on
//! `factdeck.lock` for as long as its collection is open. A second factdeck finds the lock
//! taken and opens the progress read-only. The operating system releases the lock when
//! the process ends, however it ends, so a crash never leaves a stale lock behind.

use super::FileAction;
use super::StoreError;
use crate::paths;
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

/// The held lock of a data directory; dropping it releases the lock.
#[derive(Debug)]
pub struct DataDirLock {
    _file: File,
    path: PathBuf,
}

/// How often, and how long apart, a taken lock is asked for again before the folder is
/// opened read-only: 150 ms in all, unnoticed at a start.
const LOCK_RETRIES: u32 = 5;
const LOCK_RETRY_WAIT: std::time::Duration = std::time::Duration::from_millis(30);

impl DataDirLock {
    /// Takes the data directory's lock; `Ok(None)` when another factdeck holds it.
    pub fn try_acquire(data_dir: &Path) -> Result<Option<DataDirLock>, StoreError> {
        std::fs::create_dir_all(data_dir).map_err(|source| StoreError::CreateFolder {
            path: data_dir.to_path_buf(),
            source,
        })?;
        let path = paths::lock_file(data_dir);
        // Not truncated on open: the file names the holder, who may not be us.
        if is_link(&path) {
            return Err(StoreError::LockIsLink { path });
        }
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        let mut file = no_follow(&mut options).open(&path).map_err(|e| {
            if is_link(&path) {
                StoreError::LockIsLink { path: path.clone() }
            } else {
                StoreError::file(FileAction::OpenLockFile, &path, e)
            }
        })?;
        // A lock just released can still be held for a moment by a process this one
        // started (a child shares the lock between its fork and its exec), so a taken
        // lock is asked for again a few times before the folder counts as another's.
        let mut tries = 0;
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) if tries < LOCK_RETRIES => {
                    tries += 1;
                    std::thread::sleep(LOCK_RETRY_WAIT);
                }
                Err(TryLockError::WouldBlock) => return Ok(None),
                Err(TryLockError::Error(e)) => {
                    return Err(StoreError::file(FileAction::Lock, &path, e));
                }
            }
        }
        // Naming the holder lets a second factdeck say which process has the folder.
        let _ = file
            .set_len(0)
            .and_then(|()| file.rewind())
            .and_then(|()| write!(file, "{}", std::process::id()))
            .and_then(|()| file.flush());
        Ok(Some(DataDirLock { _file: file, path }))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The process id written by the factdeck holding the lock, if it can be read.
    pub fn holder(data_dir: &Path) -> Option<u32> {
        let mut text = String::new();
        no_follow(OpenOptions::new().read(true))
            .open(paths::lock_file(data_dir))
            .ok()?
            .read_to_string(&mut text)
            .ok()?;
        text.trim().parse().ok()
    }
}

/// Opens without following a link in the last place of the path: a link where the lock
/// file should be could point at any file of the learner's, which the process id written
/// into the lock would overwrite.
#[cfg(unix)]
fn no_follow(options: &mut OpenOptions) -> &mut OpenOptions {
    use std::os::unix::fs::OpenOptionsExt;
    options.custom_flags(libc::O_NOFOLLOW)
}

/// Elsewhere, creating a link needs rights a learner's programs rarely have; the check
/// below still refuses one found in place.
#[cfg(not(unix))]
fn no_follow(options: &mut OpenOptions) -> &mut OpenOptions {
    options
}

fn is_link(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}
