//! The one error type of the storage layer, worded for the learner: it reaches the screen.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot create the data folder {path}: {source}")]
    CreateFolder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path} is not a factdeck progress file, or it is damaged ({source}); it was left untouched"
    )]
    Unreadable {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error(
        "{path} was written by a newer factdeck (format {found}; this version knows up to {supported}); update factdeck to open it. The file was left untouched"
    )]
    NewerVersion {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("the answer could not be saved: {0}")]
    Write(rusqlite::Error),
    #[error("progress could not be read: {0}")]
    Read(rusqlite::Error),
    #[error("a stored value is not valid: {0}")]
    Corrupt(String),
}
