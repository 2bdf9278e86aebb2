//! The one error type of the storage layer, worded for the learner: it reaches the screen.

use rusqlite::ErrorCode;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot create the data folder {path}: {source}")]
    CreateFolder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path} is not a factdeck progress file, or it is damaged ({}); it was left untouched",
        explain(source)
    )]
    Unreadable {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("{path}: {}. {} It was left untouched", .finding.headline(), .finding.explanation())]
    Unusable {
        path: PathBuf,
        finding: super::recovery::Finding,
    },
    #[error("{path} is damaged ({details}); it was left untouched")]
    Damaged { path: PathBuf, details: String },
    #[error(
        "another program is holding {path} locked, so it cannot be read; close that program and try again. The file was left untouched"
    )]
    Busy { path: PathBuf },
    #[error(
        "{path} was written by a newer factdeck (format {found}; this version knows up to {supported}); update factdeck to open it. The file was left untouched"
    )]
    NewerVersion {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("the progress file could not be written: {}", explain(.0))]
    Write(rusqlite::Error),
    #[error("progress could not be read: {}", explain(.0))]
    Read(rusqlite::Error),
    #[error("a stored value is not valid: {0}")]
    Corrupt(String),
    #[error("the backup {path} could not be made: {}", explain(source))]
    Backup {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("{action} {path}: {source}")]
    File {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("another factdeck is using {data_dir}; close it first (nothing was changed)")]
    InUse { data_dir: PathBuf },
    #[error(
        "{path} has format {found} and must be upgraded to format {current} before this factdeck can read it, which cannot happen while another factdeck is using it; close the other factdeck"
    )]
    NeedsUpgrade {
        path: PathBuf,
        found: i64,
        current: i64,
    },
    #[error("{path} is not a usable backup: {reason}")]
    BadBackup { path: PathBuf, reason: String },
    #[error("{}", file_change_text(path, *change))]
    FileChanged {
        path: PathBuf,
        change: super::FileChange,
    },
    #[error(
        "{path} is a link, not factdeck's lock file; factdeck never writes through a link it did not make, so it does not write in this folder. Remove the link to study here"
    )]
    LockIsLink { path: PathBuf },
}

/// Why nothing more is saved once the progress file changed under factdeck.
fn file_change_text(path: &std::path::Path, change: super::FileChange) -> String {
    match change {
        super::FileChange::LogRemoved { kept } => format!(
            "another program deleted or replaced the write-ahead log of {} (the file ending in \
             -wal) while factdeck had it open, so nothing more is saved: answers saved now would \
             go to a file no one reads. {}Close factdeck and open it again to go on",
            path.display(),
            if kept {
                "Every answer up to here was written into the progress file. "
            } else {
                ""
            }
        ),
        super::FileChange::FileReplaced => format!(
            "another program moved, deleted or replaced {} while factdeck had it open, so \
             nothing more is saved: answers saved now would go to a file no one reads. Close \
             factdeck and open it again to go on",
            path.display()
        ),
    }
}

impl StoreError {
    pub(crate) fn file(
        action: &'static str,
        path: &std::path::Path,
        source: std::io::Error,
    ) -> Self {
        StoreError::File {
            action,
            path: path.to_path_buf(),
            source,
        }
    }

    /// The SQLite result code behind the error, if there is one.
    pub fn sqlite_code(&self) -> Option<ErrorCode> {
        match self {
            StoreError::Unreadable { source, .. }
            | StoreError::Backup { source, .. }
            | StoreError::Write(source)
            | StoreError::Read(source) => source.sqlite_error_code(),
            _ => None,
        }
    }
}

/// What a SQLite error means for the learner, in plain words, with SQLite's own text after.
pub fn explain(error: &rusqlite::Error) -> String {
    let plain = match error.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => "the disk is full",
        Some(ErrorCode::ReadOnly) => "the progress file or its folder is read-only",
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            "another program is using the progress file"
        }
        Some(ErrorCode::CannotOpen) => "the file cannot be opened (check the folder's permissions)",
        Some(ErrorCode::PermissionDenied) => "permission was denied",
        Some(ErrorCode::SystemIoFailure) => "the disk reported an error while writing",
        Some(ErrorCode::DatabaseCorrupt) => "the file is damaged",
        Some(ErrorCode::NotADatabase) => "the file is not a SQLite database",
        _ => return error.to_string(),
    };
    format!("{plain} ({error})")
}
