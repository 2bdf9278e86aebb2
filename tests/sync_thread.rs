//! The window's sync thread (`Collection::start_sync`), without the window: answers go out
//! in batches, a segment arriving in the folder is taken in unasked (file watching), and
//! closing writes out what waits. Each test polls the collection, as the window does every
//! frame, until the news has come or a few seconds have passed.

mod common;

use common::sync::{Computer, tree};
use factdeck::schedule::Rating;
use factdeck::session::sync::SyncReport;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long a test waits for what it expects.
const PATIENCE: Duration = Duration::from_secs(15);

fn segments(folder: &Path) -> usize {
    tree(folder)
        .keys()
        .filter(|n| n.ends_with(".fdsync"))
        .count()
}

/// Starts `computer`'s sync thread and waits for the sync it makes at once.
fn start(computer: &mut Computer, batch: Duration) -> SyncReport {
    computer
        .collection
        .start_sync_batching(Arc::new(|| {}), batch);
    poll_until(computer, |reports| reports.first().cloned())
}

/// Polls like the window's frames until `found` gives something.
fn poll_until<T>(computer: &mut Computer, mut found: impl FnMut(&[SyncReport]) -> Option<T>) -> T {
    let started = Instant::now();
    loop {
        let reports = computer.collection.poll_sync();
        if let Some(value) = found(&reports) {
            return value;
        }
        assert!(started.elapsed() < PATIENCE, "nothing came in {PATIENCE:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn answers_go_out_together_once_the_batch_time_has_passed() {
    let folder = tempfile::tempdir().unwrap();
    let mut laptop = Computer::new(folder.path());
    let batch = Duration::from_secs(3);
    start(&mut laptop, batch);
    let synced = Instant::now();
    let before = segments(folder.path());
    for card in 0..3 {
        laptop.answer(card, Rating::Good);
    }
    let written = poll_until(&mut laptop, |reports| {
        reports
            .iter()
            .find(|r| r.changes_written > 0)
            .map(|r| r.changes_written)
    });
    assert!(
        synced.elapsed() >= batch - Duration::from_millis(500),
        "written after {:?}, before the batch time",
        synced.elapsed()
    );
    assert_eq!(written, 3, "the three answers went out together");
    assert_eq!(segments(folder.path()), before + 1);
}

#[test]
fn a_segment_arriving_in_the_sync_folder_is_taken_in_unasked() {
    let folder = tempfile::tempdir().unwrap();
    let mut laptop = Computer::new(folder.path());
    // With answers held back for a minute, only the folder's change can make it sync.
    start(&mut laptop, Duration::from_secs(60));
    let mut desktop = Computer::new(folder.path());
    desktop.answer(0, Rating::Good);
    desktop.sync();
    poll_until(&mut laptop, |reports| {
        reports.iter().find(|r| r.merged.added == 1).map(|_| ())
    });
    assert_eq!(laptop.answers(), desktop.answers());
    let card = common::sync::card_id(&laptop.collection, 0);
    assert_eq!(laptop.collection.card_state(common::DECK, &card).reps, 1);
}

#[test]
fn closing_writes_out_the_answers_still_waiting_for_their_batch() {
    let folder = tempfile::tempdir().unwrap();
    let mut laptop = Computer::new(folder.path());
    start(&mut laptop, Duration::from_secs(60));
    laptop.answer(0, Rating::Good);
    laptop.answer(1, Rating::Again);
    assert_eq!(segments(folder.path()), 0, "held back for the batch");
    // The window closing drops its collection (the data folder stays).
    let Computer {
        dir, collection, ..
    } = laptop;
    drop(collection);
    drop(dir);
    let mut desktop = Computer::new(folder.path());
    desktop.sync();
    assert_eq!(desktop.answers().len(), 2);
}

#[test]
fn answers_given_while_the_thread_syncs_after_each_one_are_all_saved() {
    let folder = tempfile::tempdir().unwrap();
    let mut laptop = Computer::new(folder.path());
    // No batching: the thread writes after every answer, while the next one is saved.
    start(&mut laptop, Duration::ZERO);
    for n in 0..400 {
        laptop.answer(n % 8, Rating::Good);
        laptop.collection.poll_sync();
    }
    let mut desktop = Computer::new(folder.path());
    let started = Instant::now();
    while desktop.answers().len() < 400 {
        assert!(started.elapsed() < PATIENCE, "not every answer went out");
        laptop.collection.poll_sync();
        std::thread::sleep(Duration::from_millis(20));
        desktop.sync();
    }
    assert_eq!(desktop.answers(), laptop.answers());
}
