//! The window's sync thread: it owns a second connection to the progress file and syncs
//! at start, when asked (a study session ended), at most every 30 s after answers, when
//! the sync folder changes on disk (file watching), and once more when stopped (the
//! window closes). A sync folder that is not there (a stick unplugged) is looked for every
//! few seconds, and watched and synced as soon as it is back. The window's frame never
//! waits for it: results come back as news.

use super::engine::sync_once;
use super::{SYNC_SUBFOLDER, SyncProblem, SyncReport};
use crate::clock::Clock;
use crate::store::Store;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Answers are written to the sync folder at most this often (a study session's answers
/// go together), unless the session ends first.
pub const ANSWER_BATCH: Duration = Duration::from_secs(30);

/// A burst of file events (a sync engine writing several segments) is waited out this
/// long before syncing.
const SETTLE: Duration = Duration::from_millis(500);

/// How often a sync folder that cannot be watched (not there) is looked for again.
const FOLDER_RECHECK: Duration = Duration::from_secs(3);

enum Command {
    SyncNow,
    LocalChange,
    FolderChanged,
    Stop,
}

/// What the sync thread reports.
pub enum WorkerNews {
    /// A sync began.
    Started,
    /// A sync ended; `local_writes_at_start` is the collection's count of its own writes
    /// when the sync began (writes made meanwhile may rest on states the sync replayed).
    Finished {
        result: Result<SyncReport, SyncProblem>,
        local_writes_at_start: u64,
    },
}

/// The running sync thread; dropping it syncs once more and stops it.
pub struct SyncWorker {
    commands: Sender<Command>,
    news: Receiver<WorkerNews>,
    thread: Option<JoinHandle<()>>,
}

impl SyncWorker {
    /// Starts syncing `store`'s progress (opened for writing) with `folder`, writing
    /// answers out at most every `batch` (`ANSWER_BATCH` but in tests). `wake` is called
    /// after each piece of news (the window asks for a frame). `local_writes` counts the
    /// collection's own writes.
    pub fn start(
        store: &Store,
        data_dir: &Path,
        folder: &Path,
        clock: Arc<dyn Clock>,
        local_writes: Arc<AtomicU64>,
        wake: Arc<dyn Fn() + Send + Sync>,
        batch: Duration,
    ) -> Result<SyncWorker, SyncProblem> {
        let companion =
            Store::open_companion(store).map_err(|e| SyncProblem::Store(e.to_string()))?;
        let (commands, inbox) = channel();
        let (tell, news) = channel();
        let watching = Watching::start(folder, commands.clone());
        let data_dir = data_dir.to_path_buf();
        // What the thread finds wrong is worded there, in the language of the window.
        let language = crate::i18n::language();
        let thread = std::thread::Builder::new()
            .name("factdeck-sync".to_string())
            .spawn(move || {
                crate::i18n::set_language(language);
                let mut syncer = Syncer {
                    store: companion,
                    data_dir,
                    clock,
                    tell,
                    local_writes,
                    wake,
                };
                run(&mut syncer, &inbox, watching, batch);
            })
            .map_err(|e| SyncProblem::NoThread(crate::i18n::io_reason(&e)))?;
        let worker = SyncWorker {
            commands,
            news,
            thread: Some(thread),
        };
        worker.sync_now();
        Ok(worker)
    }

    /// Syncs as soon as the thread is free.
    pub fn sync_now(&self) {
        let _ = self.commands.send(Command::SyncNow);
    }

    /// Something was written here: it goes out with the next batch.
    pub fn local_change(&self) {
        let _ = self.commands.send(Command::LocalChange);
    }

    /// The news so far, without waiting.
    pub fn news(&self) -> Vec<WorkerNews> {
        self.news.try_iter().collect()
    }
}

impl Drop for SyncWorker {
    fn drop(&mut self) {
        let _ = self.commands.send(Command::Stop);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The watch on the sync folder, kept by the sync thread so that it can be made again
/// when the folder comes back.
struct Watching {
    folder: PathBuf,
    commands: Sender<Command>,
    /// `None` while the folder cannot be watched.
    watcher: Option<notify::RecommendedWatcher>,
}

impl Watching {
    fn start(folder: &Path, commands: Sender<Command>) -> Watching {
        let watcher = watch(folder, commands.clone());
        Watching {
            folder: folder.to_path_buf(),
            commands,
            watcher,
        }
    }

    /// Watches the folder again if it is back; true if it is watched now and was not.
    fn rearm(&mut self) -> bool {
        if self.watcher.is_some() {
            return false;
        }
        self.watcher = watch(&self.folder, self.commands.clone());
        self.watcher.is_some()
    }

    /// Stops watching a folder that is gone (deleted, or its stick unplugged): the watch
    /// would never report it back.
    fn drop_if_gone(&mut self) {
        if !self.folder.join(SYNC_SUBFOLDER).is_dir() {
            self.watcher = None;
        }
    }

    /// When to look for the folder again, if it is not watched.
    fn recheck_at(&self, now: Instant) -> Option<Instant> {
        self.watcher.is_none().then(|| now + FOLDER_RECHECK)
    }
}

/// Watches the devices' folders inside the sync folder; changes become `FolderChanged`.
fn watch(folder: &Path, commands: Sender<Command>) -> Option<notify::RecommendedWatcher> {
    use notify::{EventKind, RecursiveMode, Watcher};
    let root: PathBuf = folder.join(SYNC_SUBFOLDER);
    // Made here so that it can be watched before a segment arrives; but never the sync
    // folder itself: one that vanished (a stick not plugged in) is reported, not remade.
    if !folder.is_dir() {
        return None;
    }
    if !root.is_dir() {
        std::fs::create_dir(&root).ok()?;
    }
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Reading segments is no change; anything else may be a new one.
        if let Ok(event) = event
            && !matches!(event.kind, EventKind::Access(_))
        {
            let _ = commands.send(Command::FolderChanged);
        }
    })
    .ok()?;
    watcher.watch(&root, RecursiveMode::Recursive).ok()?;
    Some(watcher)
}

/// What the thread syncs, and whom it tells.
struct Syncer {
    store: Store,
    data_dir: PathBuf,
    clock: Arc<dyn Clock>,
    tell: Sender<WorkerNews>,
    local_writes: Arc<AtomicU64>,
    wake: Arc<dyn Fn() + Send + Sync>,
}

impl Syncer {
    fn sync_and_tell(&mut self) {
        let _ = self.tell.send(WorkerNews::Started);
        (self.wake)();
        let local_writes_at_start = self.local_writes.load(Ordering::SeqCst);
        let result = sync_once(&mut self.store, &self.data_dir, self.clock.now());
        let _ = self.tell.send(WorkerNews::Finished {
            result,
            local_writes_at_start,
        });
        (self.wake)();
    }
}

fn run(syncer: &mut Syncer, inbox: &Receiver<Command>, mut watching: Watching, batch: Duration) {
    let mut last_sync: Option<Instant> = None;
    // When the next sync is due: after a batch of answers, or a burst of file events.
    let mut due: Option<Instant> = None;
    let mut pending = false;
    let mut recheck = watching.recheck_at(Instant::now());
    loop {
        let wake_at = [due, recheck].into_iter().flatten().min();
        let command = match wake_at {
            Some(at) => match inbox.recv_timeout(at.saturating_duration_since(Instant::now())) {
                Ok(command) => Some(command),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => Some(Command::Stop),
            },
            None => Some(inbox.recv().unwrap_or(Command::Stop)),
        };
        let now = Instant::now();
        // The folder is back: it is watched again, and what came meanwhile is taken in.
        let back = recheck.is_some_and(|at| at <= now) && watching.rearm();
        let sync = match command {
            None => back || due.is_some_and(|d| d <= now),
            Some(Command::SyncNow) => true,
            Some(Command::LocalChange) => {
                pending = true;
                let next = last_sync.map_or(now, |at| at + batch).max(now);
                due = Some(due.map_or(next, |d| d.min(next)));
                false
            }
            Some(Command::FolderChanged) => {
                let next = now + SETTLE;
                due = Some(due.map_or(next, |d| d.min(next)));
                false
            }
            Some(Command::Stop) => {
                if pending {
                    syncer.sync_and_tell();
                }
                return;
            }
        };
        if sync || back || due.is_some_and(|d| d <= Instant::now()) {
            due = None;
            pending = false;
            syncer.sync_and_tell();
            last_sync = Some(Instant::now());
            watching.drop_if_gone();
        }
        if recheck.is_none_or(|at| at <= Instant::now()) {
            recheck = watching.recheck_at(Instant::now());
        }
    }
}
