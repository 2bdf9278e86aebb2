//! The learner's progress on disk: one SQLite file holding the append-only review log
//! (the source of truth), the card states derived from it, and the settings.
//!
//! Every SQL statement of the program lives in this module. Each answer is one
//! transaction with `synchronous=FULL`, so an answer the screen has acknowledged is on disk.

mod card_events;
mod cards;
mod error;
mod log;
mod quiz;
mod schema;
mod settings;
mod stats;

pub use card_events::CardReset;
pub use error::StoreError;
pub use quiz::{QuizQuestionRecord, QuizRecord, QuizResult};
pub use schema::SCHEMA_VERSION;

use crate::schedule::{Phase, Rating};
use rusqlite::Connection;
use std::path::{Path, PathBuf};

/// One answer, as it goes into the log.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewRecord {
    pub deck_id: String,
    pub card_id: String,
    /// When the answer was given, ms since the epoch (UTC).
    pub reviewed_at: i64,
    /// The learner's offset from UTC at that moment, so study days can be recomputed.
    pub utc_offset_secs: i32,
    pub rating: Rating,
    /// The card's phase before the answer (new, learning, review, relearning).
    pub phase_before: Phase,
    /// How long the learner took, from showing the card to answering.
    pub elapsed_ms: i64,
    /// How the card was asked ("flashcard", "choice", "typed"…).
    pub question_kind: String,
    /// What the learner typed or chose, where the question had an answer to give.
    pub answer: Option<String>,
}

/// A logged answer with its row id.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredReview {
    pub id: i64,
    pub record: ReviewRecord,
}

/// How many answers of each phase a deck received since a moment (for daily limits).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AnswerCounts {
    pub total: usize,
    pub new: usize,
    pub review: usize,
}

/// An open progress file.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl Store {
    /// Opens (or creates) the progress file, bringing its schema up to date.
    ///
    /// A file that is not a factdeck database, or was written by a newer version, is
    /// reported and never written to.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder).map_err(|source| StoreError::CreateFolder {
                path: folder.to_path_buf(),
                source,
            })?;
        }
        let unreadable = |source| StoreError::Unreadable {
            path: path.to_path_buf(),
            source,
        };
        let conn = Connection::open(path).map_err(unreadable)?;
        // Reading the header first makes a garbage file fail here, before any write.
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(unreadable)?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerVersion {
                path: path.to_path_buf(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;
             PRAGMA busy_timeout = 2000;",
        )
        .map_err(unreadable)?;
        let mut store = Store {
            conn,
            path: Some(path.to_path_buf()),
        };
        schema::migrate(&mut store.conn).map_err(unreadable)?;
        Ok(store)
    }

    /// A store that lives only in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let mut conn = Connection::open_in_memory().map_err(StoreError::Read)?;
        schema::migrate(&mut conn).map_err(StoreError::Write)?;
        Ok(Store { conn, path: None })
    }

    /// Turns off waiting for the disk on each commit. Only for measuring the CPU cost of
    /// an answer without the disk (`benches/`): an answer would no longer survive a power
    /// cut, so the program itself never calls this.
    pub fn without_fsync_for_benchmarks(&mut self) -> Result<(), StoreError> {
        self.conn
            .execute_batch("PRAGMA synchronous = OFF;")
            .map_err(StoreError::Write)
    }

    /// The file behind the store; `None` in memory.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }
}
