//! Sync through a folder at the sizes a learner might reach: pulling another computer's
//! 100,000 answers, and syncing one new answer when the log holds 1,000,000 (writing it
//! on one computer, taking it in on the other). Prints medians of several rounds.
//! Run: `cargo bench --bench sync`.

mod common;

use factdeck::paths::progress_file;
use factdeck::schedule::Rating;
use factdeck::session::{AnswerDetails, Collection, NextCard, Scope};
use factdeck::store::Store;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A computer whose log holds `per_card` answers for each of `cards` cards of the
/// synthetic deck (read from `deck_folder`, outside its data folder, so the deck file does
/// not travel), syncing through `folder`.
fn computer(
    dir: &Path,
    deck_folder: &Path,
    folder: &Path,
    cards: usize,
    per_card: usize,
) -> Collection {
    if cards > 0 {
        // In the order a learner gives them: by time, the cards interleaved.
        let mut history = common::history(cards, per_card);
        history.sort_by_key(|r| r.reviewed_at);
        let mut store = Store::open(&progress_file(dir)).expect("store");
        store.append_reviews(&history).expect("history");
    }
    let mut collection =
        Collection::open(dir, &[deck_folder.to_path_buf()], Arc::new(common::clock()))
            .expect("collection");
    // The first folder set rebuilds every card from the log.
    collection
        .set_sync_folder(Some(folder))
        .expect("sync folder");
    collection
}

fn deck_folder(cards: usize) -> tempfile::TempDir {
    let folder = tempfile::tempdir().expect("deck folder");
    std::fs::write(
        folder.path().join("synthetic.toml"),
        common::deck_text(cards),
    )
    .expect("deck");
    folder
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let started = Instant::now();
    let value = f();
    (value, started.elapsed())
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn answer_one(collection: &mut Collection) {
    let card = match collection
        .next_card(common::DECK, &Scope::WholeDeck)
        .expect("queue")
    {
        NextCard::Card(card) => card.id.as_str().to_string(),
        NextCard::Done { .. } => panic!("nothing to study"),
    };
    collection
        .answer(
            common::DECK,
            &card,
            Rating::Good,
            AnswerDetails::flashcard(3000),
        )
        .expect("answer");
}

fn main() {
    // `cargo bench --bench sync -- pull` (or `one`) runs one of the two.
    let only: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let wanted = |name: &str| only.is_empty() || only.iter().any(|o| o == name);
    if wanted("pull") {
        pull_100k();
    }
    if wanted("one") {
        one_answer_at_1m();
    }
}

/// Another computer's 100,000 answers (10 each for 10,000 cards) taken in by a computer
/// with none: read, checked, added, and every card replayed.
fn pull_100k() {
    let decks = deck_folder(10_000);
    let folder = tempfile::tempdir().expect("sync folder");
    let source = tempfile::tempdir().expect("data folder");
    let mut from = computer(source.path(), decks.path(), folder.path(), 10_000, 10);
    let (report, write) = timed(|| from.sync_now().expect("sync"));
    println!(
        "write 100,000 answers as segments: {} ({} changes)",
        ms(write),
        report.changes_written
    );
    let mut times = Vec::new();
    for _ in 0..3 {
        let target = tempfile::tempdir().expect("data folder");
        let mut to = computer(target.path(), decks.path(), folder.path(), 0, 0);
        let (report, took) = timed(|| to.sync_now().expect("sync"));
        assert_eq!(report.merged.added, 100_000);
        times.push(took);
    }
    println!(
        "pull 100,000 answers of another computer: median {} of {:?}",
        ms(median(times.clone())),
        times.iter().map(|t| ms(*t)).collect::<Vec<_>>()
    );
}

/// One new answer synced when each computer's log holds 1,000,000 answers: written to the
/// folder by the computer that gave it, taken in by the other.
fn one_answer_at_1m() {
    let decks = deck_folder(100_000);
    let folder = tempfile::tempdir().expect("sync folder");
    let (a_dir, b_dir) = (
        tempfile::tempdir().expect("a"),
        tempfile::tempdir().expect("b"),
    );
    let mut a = computer(a_dir.path(), decks.path(), folder.path(), 100_000, 10);
    let mut b = computer(b_dir.path(), decks.path(), folder.path(), 0, 0);
    let (_, first) = timed(|| a.sync_now().expect("sync"));
    println!("first sync of 1,000,000 answers, writing: {}", ms(first));
    let (_, first) = timed(|| b.sync_now().expect("sync"));
    println!(
        "first sync of 1,000,000 answers, taking them in: {}",
        ms(first)
    );
    let (mut writes, mut reads) = (Vec::new(), Vec::new());
    for _ in 0..20 {
        answer_one(&mut a);
        let (report, took) = timed(|| a.sync_now().expect("sync"));
        assert_eq!(report.changes_written, 1);
        writes.push(took);
        let (report, took) = timed(|| b.sync_now().expect("sync"));
        assert_eq!(report.merged.added, 1);
        reads.push(took);
    }
    println!(
        "one new answer at 1,000,000, written: median {}, max {}",
        ms(median(writes.clone())),
        ms(*writes.iter().max().expect("rounds"))
    );
    println!(
        "one new answer at 1,000,000, taken in: median {}, max {}",
        ms(median(reads.clone())),
        ms(*reads.iter().max().expect("rounds"))
    );
}
