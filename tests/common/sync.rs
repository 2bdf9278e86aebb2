//! Computers that sync through one folder, for the sync tests: each a data folder of its
//! own with its own clock, all pointed at the same sync folder (a folder shared as a
//! perfect sync engine would keep it).

use super::{DECK, clock};
use chrono::Duration;
use factdeck::clock::ManualClock;
use factdeck::schedule::{CardState, Rating};
use factdeck::session::{AnswerDetails, Collection};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub struct Computer {
    pub dir: tempfile::TempDir,
    pub clock: ManualClock,
    pub collection: Collection,
}

impl Computer {
    /// A computer with a fresh data folder syncing through `folder`.
    pub fn new(folder: &Path) -> Computer {
        let dir = tempfile::tempdir().expect("data folder");
        Computer::in_data_folder(dir, folder)
    }

    /// A computer on an existing data folder, syncing through `folder`.
    pub fn in_data_folder(dir: tempfile::TempDir, folder: &Path) -> Computer {
        let clock = clock();
        let mut collection =
            Collection::open(dir.path(), &[], Arc::new(clock.clone())).expect("opens");
        collection
            .set_sync_folder(Some(folder))
            .expect("the sync folder is set");
        Computer {
            dir,
            clock,
            collection,
        }
    }

    /// Answers `card` (the n-th card of the built-in deck) with `rating`, a minute later.
    pub fn answer(&mut self, card: usize, rating: Rating) {
        let id = card_id(&self.collection, card);
        self.collection
            .answer(DECK, &id, rating, AnswerDetails::flashcard(4000))
            .expect("the answer is saved");
        self.clock.advance(Duration::minutes(1));
    }

    pub fn sync(&mut self) -> factdeck::session::sync::SyncReport {
        self.collection.sync_now().expect("the sync succeeds")
    }

    /// Every card's state as saved, by (deck, card).
    pub fn states(&self) -> BTreeMap<(String, String), CardState> {
        self.collection
            .saved_card_states()
            .expect("states read")
            .into_iter()
            .collect()
    }

    /// The log as a sorted list of (card, time, rating): what was answered, not where.
    pub fn answers(&self) -> Vec<(String, i64, u8)> {
        let mut answers: Vec<(String, i64, u8)> = self
            .collection
            .reviews()
            .expect("the log reads")
            .into_iter()
            .map(|r| {
                (
                    r.record.card_id,
                    r.record.reviewed_at,
                    r.record.rating.number(),
                )
            })
            .collect();
        answers.sort();
        answers
    }

    /// The saved states equal the replay of the whole log, and the statistics' tallies per
    /// study day (kept up to date by each answer, undo and merge) equal the log's.
    pub fn assert_consistent(&self) {
        let differences = self.collection.replay_differences().expect("replays");
        assert!(differences.is_empty(), "{differences:#?}");
        let log = self.collection.reviews().expect("the log reads");
        assert_eq!(
            self.collection.day_tallies().expect("the tallies read"),
            factdeck::log::tally_reviews(log.iter().map(|r| &r.record))
        );
    }

    pub fn path(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }
}

/// The id of the n-th card of the built-in deck.
pub fn card_id(collection: &Collection, n: usize) -> String {
    collection.deck(DECK).expect("the built-in deck").cards[n]
        .id
        .as_str()
        .to_string()
}

/// Every file under `folder` (relative name → bytes).
pub fn tree(folder: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![folder.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let name = path
                    .strip_prefix(folder)
                    .expect("inside")
                    .to_string_lossy()
                    .into_owned();
                files.insert(name, std::fs::read(&path).expect("file"));
            }
        }
    }
    files
}
