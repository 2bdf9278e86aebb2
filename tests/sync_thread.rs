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

/// Polls until the sync thread has reported a problem, as the window would show it.
fn poll_until_a_problem(computer: &mut Computer) {
    let started = Instant::now();
    loop {
        computer.collection.poll_sync();
        let status = computer.collection.sync_status().expect("status");
        if status.problem.is_some() {
            return;
        }
        assert!(started.elapsed() < PATIENCE, "no problem in {PATIENCE:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_sync_folder_missing_at_start_is_watched_once_it_is_there() {
    // The sync folder on a stick that is not plugged in when the window opens.
    let stick = tempfile::tempdir().unwrap();
    let folder = stick.path().join("sync");
    std::fs::create_dir(&folder).unwrap();
    let mut laptop = Computer::new(&folder);
    let mut desktop = Computer::new(&folder);
    let unplugged = stick.path().join("elsewhere");
    std::fs::rename(&folder, &unplugged).unwrap();
    laptop
        .collection
        .start_sync_batching(Arc::new(|| {}), Duration::from_secs(60));
    poll_until_a_problem(&mut laptop);
    std::fs::rename(&unplugged, &folder).unwrap();
    desktop.answer(0, Rating::Good);
    desktop.sync();
    // Nothing is answered on the laptop: only finding the folder again can bring it in.
    poll_until(&mut laptop, |reports| {
        reports.iter().find(|r| r.merged.added == 1).map(|_| ())
    });
    assert_eq!(laptop.answers(), desktop.answers());
}

#[test]
fn a_sync_folder_deleted_and_made_again_is_watched_again() {
    let folder = tempfile::tempdir().unwrap();
    let mut laptop = Computer::new(folder.path());
    let mut desktop = Computer::new(folder.path());
    start(&mut laptop, Duration::from_secs(60));
    std::fs::remove_dir_all(folder.path()).unwrap();
    poll_until_a_problem(&mut laptop);
    std::fs::create_dir(folder.path()).unwrap();
    desktop.answer(0, Rating::Good);
    desktop.sync();
    poll_until(&mut laptop, |reports| {
        reports.iter().find(|r| r.merged.added == 1).map(|_| ())
    });
    assert_eq!(laptop.answers(), desktop.answers());
}
