//! The one error type of the storage layer, worded for the learner: it reaches the screen.

use rusqlite::ErrorCode;
use std::path::PathBuf;

/// Its `Display` words it in the language of the thread (`i18n::language`), through the
/// message files, so the window and the command line show it in the learner's language;
/// on a thread that never chose one (logs, tests) it reads English.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    CreateFolder {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    Unreadable {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    Unusable {
        path: PathBuf,
        finding: super::recovery::Finding,
    },
    Damaged {
        path: PathBuf,
        details: String,
    },
    Busy {
        path: PathBuf,
    },
    NewerVersion {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    Write(#[source] rusqlite::Error),
    Read(#[source] rusqlite::Error),
    /// A stored value is not what factdeck wrote; the text says which (for a bug report).
    Corrupt(String),
    Backup {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    File {
        action: FileAction,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    InUse {
        data_dir: PathBuf,
    },
    NeedsUpgrade {
        path: PathBuf,
        found: i64,
        current: i64,
    },
    BadBackup {
        path: PathBuf,
        reason: String,
    },
    FileChanged {
        path: PathBuf,
        change: super::FileChange,
    },
    LockIsLink {
        path: PathBuf,
    },
}

/// What factdeck was doing with a file when the system refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileAction {
    CopyBackup,
    CreateBackupsFolder,
    Lock,
    MoveAside,
    OpenLockFile,
    PutBackupInPlace,
    ReadBackupsFolder,
    ReadRestoreJournal,
    RemoveOldBackup,
    WriteBackup,
    WriteRestoreJournal,
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::i18n::io_reason;
        use crate::tr;
        let shown = |path: &std::path::Path| path.display().to_string();
        let text = match self {
            StoreError::CreateFolder { path, source } => tr!(
                "store-error-create-folder",
                path = shown(path),
                reason = io_reason(source)
            ),
            StoreError::Unreadable { path, source } => tr!(
                "store-error-unreadable",
                path = shown(path),
                reason = explain(source)
            ),
            StoreError::Unusable { path, finding } => tr!(
                "store-error-unusable",
                path = shown(path),
                headline = finding.headline(),
                explanation = finding.explanation()
            ),
            StoreError::Damaged { path, details } => tr!(
                "store-error-damaged",
                path = shown(path),
                details = details.as_str()
            ),
            StoreError::Busy { path } => tr!("store-error-busy", path = shown(path)),
            StoreError::NewerVersion {
                path,
                found,
                supported,
            } => tr!(
                "store-error-newer-version",
                path = shown(path),
                found = found.to_string(),
                supported = supported.to_string()
            ),
            StoreError::Write(source) => tr!("store-error-write", reason = explain(source)),
            StoreError::Read(source) => tr!("store-error-read", reason = explain(source)),
            StoreError::Corrupt(details) => {
                tr!("store-error-corrupt", details = details.as_str())
            }
            StoreError::Backup { path, source } => tr!(
                "store-error-backup",
                path = shown(path),
                reason = explain(source)
            ),
            StoreError::File {
                action,
                path,
                source,
            } => {
                let path = shown(path);
                let reason = io_reason(source);
                match action {
                    FileAction::CopyBackup => {
                        tr!("store-error-copy-backup", path = path, reason = reason)
                    }
                    FileAction::CreateBackupsFolder => tr!(
                        "store-error-create-backups-folder",
                        path = path,
                        reason = reason
                    ),
                    FileAction::Lock => tr!("store-error-lock", path = path, reason = reason),
                    FileAction::MoveAside => {
                        tr!("store-error-move-aside", path = path, reason = reason)
                    }
                    FileAction::OpenLockFile => {
                        tr!("store-error-open-lock-file", path = path, reason = reason)
                    }
                    FileAction::PutBackupInPlace => tr!(
                        "store-error-put-backup-in-place",
                        path = path,
                        reason = reason
                    ),
                    FileAction::RemoveOldBackup => {
                        tr!(
                            "store-error-remove-old-backup",
                            path = path,
                            reason = reason
                        )
                    }
                    FileAction::WriteBackup => {
                        tr!("store-error-write-backup", path = path, reason = reason)
                    }
                    FileAction::ReadBackupsFolder => {
                        tr!(
                            "store-error-read-backups-folder",
                            path = path,
                            reason = reason
                        )
                    }
                    FileAction::ReadRestoreJournal => tr!(
                        "store-error-read-restore-journal",
                        path = path,
                        reason = reason
                    ),
                    FileAction::WriteRestoreJournal => tr!(
                        "store-error-write-restore-journal",
                        path = path,
                        reason = reason
                    ),
                }
            }
            StoreError::InUse { data_dir } => {
                tr!("store-error-in-use", data_dir = shown(data_dir))
            }
            StoreError::NeedsUpgrade {
                path,
                found,
                current,
            } => tr!(
                "store-error-needs-upgrade",
                path = shown(path),
                found = found.to_string(),
                current = current.to_string()
            ),
            StoreError::BadBackup { path, reason } => tr!(
                "store-error-bad-backup",
                path = shown(path),
                reason = reason.as_str()
            ),
            StoreError::FileChanged { path, change } => {
                tr!(
                    "store-error-file-changed",
                    path = shown(path),
                    what = change.worded()
                )
            }
            StoreError::LockIsLink { path } => {
                tr!("store-error-lock-is-link", path = shown(path))
            }
        };
        f.write_str(&text)
    }
}

impl StoreError {
    pub(crate) fn file(action: FileAction, path: &std::path::Path, source: std::io::Error) -> Self {
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

/// What a SQLite error means for the learner, in plain words in the thread's language,
/// with SQLite's own text after.
pub fn explain(error: &rusqlite::Error) -> String {
    use crate::tr;
    let plain = match error.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => tr!("sqlite-disk-full"),
        Some(ErrorCode::ReadOnly) => tr!("sqlite-read-only"),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => tr!("sqlite-busy"),
        Some(ErrorCode::CannotOpen) => tr!("sqlite-cannot-open"),
        Some(ErrorCode::PermissionDenied) => tr!("sqlite-permission-denied"),
        Some(ErrorCode::SystemIoFailure) => tr!("sqlite-io-failure"),
        Some(ErrorCode::DatabaseCorrupt) => tr!("sqlite-corrupt"),
        Some(ErrorCode::NotADatabase) => tr!("sqlite-not-a-database"),
        _ => return error.to_string(),
    };
    format!("{plain} ({error})")
}
