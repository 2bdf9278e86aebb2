//! A disk that is full or read-only: the answer is not acknowledged, the learner is told
//! why, and nothing already saved is harmed.
//!
//! Two kinds of fault are injected. SQLite's own limits (`max_page_count` for a full disk,
//! a read-only connection for a read-only file) run everywhere. Real file systems (a tiny
//! tmpfs that fills up, one remounted read-only) need the right to mount, which tests
//! running as root have; without it those tests say so and check nothing.

mod common;

use chrono::Duration;
use common::{DECK, clock};
use factdeck::clock::ManualClock;
use factdeck::paths::progress_file;
use factdeck::schedule::Rating;
use factdeck::session::{AnswerDetails, Collection, SessionError, StudySettings};
use factdeck::store::{ReviewRecord, Store, StoreError};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

fn open(dir: &Path, clock: &ManualClock) -> Collection {
    Collection::open(dir, &[], Arc::new(clock.clone())).expect("the collection opens")
}

fn card_ids(collection: &Collection) -> Vec<String> {
    collection
        .deck(DECK)
        .unwrap()
        .cards
        .iter()
        .map(|c| c.id.as_str().to_string())
        .collect()
}

/// Lets a learner answer far more than twenty new cards today.
fn many_new_cards(collection: &mut Collection) {
    let settings = StudySettings {
        new_per_day: 10_000,
        ..StudySettings::default()
    };
    collection.set_settings(settings).unwrap();
}

/// The progress as saved: every review id, and whether the file is sound and consistent.
fn saved_progress(dir: &Path, clock: &ManualClock) -> (Vec<i64>, Vec<String>, Vec<String>) {
    let collection = open(dir, clock);
    let ids = collection.reviews().unwrap().iter().map(|r| r.id).collect();
    let integrity = collection.integrity_problems().unwrap();
    let differences = collection.replay_differences().unwrap();
    (ids, integrity, differences)
}

/// Answers cards in turn until one is refused; returns the ids of the acknowledged ones
/// and the refused card with the error.
fn answer_until_refused(
    collection: &mut Collection,
    clock: &ManualClock,
    limit: usize,
) -> (Vec<i64>, Option<(String, SessionError)>) {
    let cards = card_ids(collection);
    let mut acknowledged = Vec::new();
    for i in 0..limit {
        let card = &cards[i % cards.len()];
        let before = collection.card_state(DECK, card);
        match collection.answer(DECK, card, Rating::Good, AnswerDetails::flashcard(1500)) {
            Ok(receipt) => acknowledged.push(receipt.review_id),
            Err(e) => {
                assert_eq!(
                    collection.card_state(DECK, card),
                    before,
                    "a refused answer leaves the card as it was"
                );
                return (acknowledged, Some((card.clone(), e)));
            }
        }
        clock.advance(Duration::seconds(30));
    }
    (acknowledged, None)
}

#[test]
fn a_full_disk_refuses_the_answer_and_keeps_every_saved_one() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let acknowledged = {
        let mut collection = open(dir.path(), &clock);
        many_new_cards(&mut collection);
        // SQLite may use no more pages than the file has now: the disk is "full".
        collection.simulate_full_disk().unwrap();
        let (acknowledged, refused) = answer_until_refused(&mut collection, &clock, 2000);
        let (_, error) = refused.expect("the file filled up");
        assert!(error.to_string().contains("the disk is full"), "{error}");
        eprintln!(
            "max_page_count: full after {} acknowledged answers",
            acknowledged.len()
        );
        acknowledged
    };
    let (saved, integrity, differences) = saved_progress(dir.path(), &clock);
    assert_eq!(
        saved, acknowledged,
        "every acknowledged answer, and no other"
    );
    assert!(integrity.is_empty(), "{integrity:?}");
    assert!(differences.is_empty(), "{differences:?}");
}

#[test]
fn a_read_only_progress_file_refuses_a_write_and_stays_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    {
        let mut collection = open(dir.path(), &clock);
        common::study(&mut collection, &clock, 3);
    }
    let path = progress_file(dir.path());
    let before = std::fs::read(&path).unwrap();
    let mut store = Store::open_read_only(&path).unwrap();
    let record = ReviewRecord {
        deck_id: DECK.into(),
        card_id: "anything/value".into(),
        reviewed_at: 0,
        utc_offset_secs: 0,
        rating: Rating::Good,
        phase_before: factdeck::schedule::Phase::New,
        elapsed_ms: 0,
        question_kind: "flashcard".into(),
        answer: None,
    };
    let error = store
        .record_answer(&record, &factdeck::schedule::CardState::new_card())
        .unwrap_err();
    assert!(matches!(error, StoreError::Write(_)), "{error}");
    assert!(error.to_string().contains("read-only"), "{error}");
    drop(store);
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// A tmpfs mounted for one test, unmounted when dropped.
struct MountedFs {
    dir: tempfile::TempDir,
}

impl MountedFs {
    fn mount(size_kb: u32) -> Option<MountedFs> {
        let dir = tempfile::tempdir().ok()?;
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size_kb}k"), "tmpfs"])
            .arg(dir.path())
            .stderr(std::process::Stdio::null())
            .status()
            .ok()?;
        status.success().then_some(MountedFs { dir })
    }

    fn path(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }

    fn remount(&self, mode: &str) {
        let status = Command::new("mount")
            .args(["-o", &format!("remount,{mode}")])
            .arg(self.dir.path())
            .status()
            .expect("mount runs");
        assert!(status.success(), "remount {mode}");
    }
}

impl Drop for MountedFs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

#[test]
fn a_real_file_system_that_fills_up_refuses_the_answer_and_recovers_when_space_is_freed() {
    let Some(fs) = MountedFs::mount(2048) else {
        eprintln!("skipped: this test needs the right to mount a tmpfs (it has it as root)");
        return;
    };
    let data = fs.path().join("factdeck");
    let clock = clock();
    let mut collection = open(&data, &clock);
    many_new_cards(&mut collection);
    let (mut acknowledged, refused) = answer_until_refused(&mut collection, &clock, 5);
    assert!(refused.is_none());
    // Something else fills the disk to the last byte.
    let ballast = fs.path().join("ballast");
    {
        use std::io::Write;
        let mut file = std::fs::File::create(&ballast).unwrap();
        let chunk = vec![0u8; 4096];
        while file.write_all(&chunk).and_then(|()| file.flush()).is_ok() {}
        let _ = file.write_all(&[0u8; 1]);
    }
    let (more, refused) = answer_until_refused(&mut collection, &clock, 5000);
    acknowledged.extend(more);
    let (card, error) = refused.expect("the full disk refuses an answer");
    eprintln!(
        "tmpfs: {} answers acknowledged, then refused with: {error}",
        acknowledged.len()
    );
    let message = error.to_string();
    assert!(
        message.contains("the disk is full") || message.contains("disk reported an error"),
        "{message}"
    );
    // Space is freed: the same card can be answered, and is saved.
    std::fs::remove_file(&ballast).unwrap();
    let receipt = collection
        .answer(DECK, &card, Rating::Good, AnswerDetails::flashcard(1500))
        .expect("with space again, the answer is saved");
    acknowledged.push(receipt.review_id);
    drop(collection);
    let (saved, integrity, differences) = saved_progress(&data, &clock);
    assert_eq!(saved, acknowledged);
    assert!(integrity.is_empty(), "{integrity:?}");
    assert!(differences.is_empty(), "{differences:?}");
}

#[test]
fn a_read_only_data_folder_shows_the_progress_refuses_answers_and_harms_nothing() {
    let Some(fs) = MountedFs::mount(8192) else {
        eprintln!("skipped: this test needs the right to mount a tmpfs (it has it as root)");
        return;
    };
    let data = fs.path().join("factdeck");
    let clock = clock();
    let acknowledged = {
        let mut collection = open(&data, &clock);
        answer_until_refused(&mut collection, &clock, 4).0
    };
    // Linux refuses to remount while files are open for writing, so the disk turns
    // read-only between two sessions (a full session on a failing disk is the test above).
    fs.remount("ro");
    let mut read_only = open(&data, &clock);
    let reason = read_only.read_only_reason().expect("read-only").to_string();
    assert!(reason.contains("cannot write"), "{reason}");
    assert_eq!(read_only.reviews().unwrap().len(), acknowledged.len());
    let (none, refused) = answer_until_refused(&mut read_only, &clock, 1);
    assert!(none.is_empty());
    let (_, error) = refused.expect("the answer is refused");
    assert!(error.to_string().contains("cannot write"), "{error}");
    drop(read_only);
    fs.remount("rw");
    let (saved, integrity, differences) = saved_progress(&data, &clock);
    assert_eq!(saved, acknowledged);
    assert!(integrity.is_empty(), "{integrity:?}");
    assert!(differences.is_empty(), "{differences:?}");
}
