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

/// Why a sync did not happen. Studying goes on locally in every case. Worded (`Display`)
/// in the thread's language; the sync thread takes the window's language when it starts.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyncProblem {
    NoFolder,
    /// Not there (a disk not mounted, or the folder moved).
    FolderMissing(PathBuf),
    NotAFolder(PathBuf),
    CannotWrite {
        path: PathBuf,
        reason: String,
    },
    CannotRead {
        path: PathBuf,
        reason: String,
    },
    /// The progress file's problem, worded.
    Store(String),
    /// The data folder's decks' problem, worded.
    Decks(String),
    /// The sync thread could not be started.
    NoThread(String),
}

impl std::fmt::Display for SyncProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        f.write_str(&match self {
            SyncProblem::NoFolder => tr!("sync-problem-no-folder"),
            SyncProblem::FolderMissing(path) => {
                tr!("sync-problem-missing", folder = path.display().to_string())
            }
            SyncProblem::NotAFolder(path) => tr!(
                "sync-problem-not-a-folder",
                folder = path.display().to_string()
            ),
            SyncProblem::CannotWrite { path, reason } => tr!(
                "sync-problem-cannot-write",
                folder = path.display().to_string(),
                reason = reason.as_str()
            ),
            SyncProblem::CannotRead { path, reason } => tr!(
                "sync-problem-cannot-read",
                folder = path.display().to_string(),
                reason = reason.as_str()
            ),
            SyncProblem::Store(reason) => tr!("sync-problem-store", reason = reason.as_str()),
            SyncProblem::Decks(reason) => tr!("sync-problem-decks", reason = reason.as_str()),
            SyncProblem::NoThread(reason) => {
                tr!("sync-problem-no-thread", reason = reason.as_str())
            }
        })
    }
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
    /// Answers and other changes made here not yet written to the sync folder (0 while
    /// this computer does not sync).
    pub waiting: usize,
}
