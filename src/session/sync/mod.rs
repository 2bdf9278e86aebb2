//! Studying on several computers: progress synced through a folder that a file-sync engine
//! the learner already runs (Syncthing, Nextcloud, Dropbox, or a USB stick carried between
//! them) keeps the same everywhere. No server of ours is involved.
//!
//! Each data folder is a device with a random id. It writes its changes into
//! `<sync folder>/factdeck/<device id>/` as new, immutable, checksummed segments
//! (`segment.rs`), and reads the other devices' segments, adding the changes it has not
//! seen and replaying the cards they touch (`engine.rs`, `store::sync`). The window syncs
//! on a thread of its own (`worker.rs`), so the frame never waits for the disk.

mod engine;
mod link;
pub mod segment;
mod timeline;
mod worker;

pub use engine::{DeckConflict, SkippedSegment, SyncReport, sync_once};
pub(crate) use engine::{home_of, new_device_id, review_time};
pub use link::SyncLink;
pub use timeline::SchedulerTimeline;
pub use worker::{ANSWER_BATCH, SyncWorker, WorkerNews};

use std::path::PathBuf;

/// The folder inside the sync folder that holds every device's segments.
pub const SYNC_SUBFOLDER: &str = "factdeck";

/// Where deck files edited on two computers at once keep the version that lost, inside
/// the data folder's deck folder (not read as decks).
pub const DECK_CONFLICTS_FOLDER: &str = "conflicts";

/// Why a sync did not happen. Studying goes on locally in every case.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyncProblem {
    #[error("no sync folder is set")]
    NoFolder,
    #[error("the sync folder {0} is not there (a disk not mounted, or the folder moved)")]
    FolderMissing(PathBuf),
    #[error("the sync folder {0} is a file, not a folder")]
    NotAFolder(PathBuf),
    #[error("the sync folder {path} cannot be written to: {reason}")]
    CannotWrite { path: PathBuf, reason: String },
    #[error("the sync folder {path} cannot be read: {reason}")]
    CannotRead { path: PathBuf, reason: String },
    #[error("the progress file: {0}")]
    Store(String),
    #[error("the data folder's decks: {0}")]
    Decks(String),
}

/// What the window and `factdeck sync --status` show about syncing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SyncStatus {
    /// The sync folder; `None` when sync is off.
    pub folder: Option<PathBuf>,
    /// This computer's device id.
    pub device_id: Option<String>,
    /// When the last sync succeeded, ms since the epoch.
    pub last_synced: Option<i64>,
    /// Other computers found in the sync folder then.
    pub peers: usize,
    /// Whether a sync is under way now (in the window).
    pub syncing: bool,
    /// Why the last sync failed, if it did.
    pub problem: Option<SyncProblem>,
    /// Answers and other changes made here not yet written to the sync folder.
    pub waiting: usize,
}
