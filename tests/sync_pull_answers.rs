//! Answers given while the sync thread takes in another computer's long history: each is
//! saved, and none waits for the whole pull (the window's connection gets the write lock
//! between the sync's transactions).

#[path = "../benches/common/mod.rs"]
mod synthetic;

use factdeck::paths::progress_file;
use factdeck::schedule::Rating;
use factdeck::session::{AnswerDetails, Collection};
use factdeck::store::Store;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

const CARDS: usize = 2_000;

fn computer(dir: &Path, decks: &Path, folder: &Path, per_card: usize) -> Collection {
    if per_card > 0 {
        let mut history = synthetic::history(CARDS, per_card);
        history.sort_by_key(|r| r.reviewed_at);
        let mut store = Store::open(&progress_file(dir)).expect("store");
        store.append_reviews(&history).expect("history");
    }
    let mut collection =
        Collection::open(dir, &[decks.to_path_buf()], Arc::new(synthetic::clock()))
            .expect("collection");
    collection.wait_for_daily_backup();
    collection
        .set_sync_folder(Some(folder))
        .expect("sync folder");
    collection
}

#[test]
fn answers_given_during_a_long_pull_are_saved_without_waiting_for_all_of_it() {
    let decks = tempfile::tempdir().unwrap();
    std::fs::write(
        decks.path().join("synthetic.toml"),
        synthetic::deck_text(CARDS),
    )
    .unwrap();
    let folder = tempfile::tempdir().unwrap();
    let desktop_dir = tempfile::tempdir().unwrap();
    let mut desktop = computer(desktop_dir.path(), decks.path(), folder.path(), 60);
    desktop.sync_now().expect("the desktop writes its history");
    drop(desktop);

    let laptop_dir = tempfile::tempdir().unwrap();
    let mut laptop = computer(laptop_dir.path(), decks.path(), folder.path(), 0);
    // Answers go out in the window's batches; the pull is the sync made at once.
    laptop.start_sync_batching(Arc::new(|| {}), Duration::from_secs(30));
    let started = Instant::now();
    let (mut answered, mut longest) = (0, Duration::ZERO);
    let mut pulled = false;
    while !pulled {
        let card = format!("f{}/value", (answered % (CARDS / 5)) * 5);
        let asked = Instant::now();
        laptop
            .answer(
                synthetic::DECK,
                &card,
                Rating::Good,
                AnswerDetails::flashcard(3000),
            )
            .expect("an answer given during the pull is saved");
        longest = longest.max(asked.elapsed());
        answered += 1;
        // A learner reads the next card before answering it; back-to-back answers would
        // keep the sync from the lock rather than test the answer's wait.
        std::thread::sleep(Duration::from_millis(20));
        pulled = laptop
            .poll_sync()
            .iter()
            .any(|report| report.merged.added > 0);
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the pull never ended"
        );
    }
    let pull = started.elapsed();
    assert!(
        answered >= 3,
        "the pull ({pull:?}) was over before answers could overlap it"
    );
    assert!(
        longest < pull * 3 / 4,
        "an answer waited {longest:?}, most of the pull's {pull:?}"
    );
}
