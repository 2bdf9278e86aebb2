//! What a collection keeps about syncing: the window's sync thread, the last problem, and
//! a count of its own writes (so that what a sync replayed meanwhile can be checked).

use super::{SyncProblem, SyncStatus, SyncWorker};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Default)]
pub struct SyncLink {
    pub(in crate::session) worker: Option<SyncWorker>,
    pub(in crate::session) problem: Option<SyncProblem>,
    pub(in crate::session) syncing: bool,
    pub(in crate::session) local_writes: Arc<AtomicU64>,
    /// The status as last read, for the window's header (read again after each sync, not
    /// every frame).
    pub(in crate::session) cached: SyncStatus,
}

impl SyncLink {
    /// Something was written here: the thread takes it out with its next batch.
    pub(in crate::session) fn local_change(&self) {
        self.local_writes.fetch_add(1, Ordering::SeqCst);
        if let Some(worker) = &self.worker {
            worker.local_change();
        }
    }

    pub(in crate::session) fn writes(&self) -> u64 {
        self.local_writes.load(Ordering::SeqCst)
    }
}
