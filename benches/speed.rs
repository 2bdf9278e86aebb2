//! How long the things a learner waits for take, at 1k, 10k and 100k cards (with ten
//! answers logged per card, so 1,000,000 at 100k). Run: `cargo bench --bench speed`.

mod common;

use divan::Bencher;
use factdeck::deck::{BUILTIN_DECKS, DeckCache, LoadedDecks, load_decks_with_cache, load_str};
use factdeck::paths::progress_file;
use factdeck::session::{Collection, Scope};
use factdeck::store::Store;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use tempfile::TempDir;

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];
const ANSWERS_PER_CARD: usize = 10;

fn main() {
    divan::main();
}

/// One data directory per size, built on first use and shared by the benchmarks.
fn fixture(cards: usize) -> (PathBuf, LoadedDecks) {
    static FIXTURES: OnceLock<Mutex<HashMap<usize, (TempDir, LoadedDecks)>>> = OnceLock::new();
    let mut fixtures = FIXTURES
        .get_or_init(Default::default)
        .lock()
        .expect("fixture lock");
    let (dir, decks) = fixtures.entry(cards).or_insert_with(|| {
        let dir = tempfile::tempdir().expect("temporary folder");
        common::data_dir(dir.path(), cards, ANSWERS_PER_CARD);
        let decks = common::decks(dir.path());
        (dir, decks)
    });
    (dir.path().to_path_buf(), decks.clone())
}

#[divan::bench]
fn load_the_shipped_deck() -> usize {
    let (name, text) = BUILTIN_DECKS[0];
    load_str(name, divan::black_box(text)).map_or(0, |d| d.cards.len())
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn load_a_synthetic_deck(bencher: Bencher, facts: usize) {
    let text = common::deck_text(facts);
    // Returned, so freeing the deck (40 ms at 100k) is not part of the time: a learner's
    // deck lives as long as the window.
    bencher.bench(|| load_str("synthetic.toml", divan::black_box(&text)));
}

/// A deck file read again unchanged, as at every start after the first: it comes from the
/// parsed copy in the data folder (`deck::DeckCache`). Includes reading and hashing the
/// file, and loading the built-in deck.
#[divan::bench(args = SIZES, sample_count = 10)]
fn load_an_unchanged_synthetic_deck_file(bencher: Bencher, facts: usize) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let folder = dir.path().join("decks");
    std::fs::create_dir(&folder).expect("deck folder");
    std::fs::write(folder.join("synthetic.toml"), common::deck_text(facts)).expect("deck");
    let cache = DeckCache::new(&dir.path().join("cache"));
    let folders = [folder];
    let load = || load_decks_with_cache(&folders, Some(&cache));
    assert!(load().problems.is_empty(), "the synthetic deck loads");
    bencher.bench(load);
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn open_the_store_and_build_the_queue(bencher: Bencher, cards: usize) {
    let (dir, decks) = fixture(cards);
    bencher
        .with_inputs(|| decks.clone())
        .bench_local_values(|decks| {
            let store = Store::open(&progress_file(&dir)).expect("store");
            let collection = Collection::from_parts(store, decks, Arc::new(common::clock()))
                .expect("collection");
            let counts = collection
                .counts(common::DECK, &Scope::WholeDeck)
                .expect("counts");
            let first = collection
                .next_card(common::DECK, &Scope::WholeDeck)
                .map(|n| format!("{n:?}").len())
                .expect("queue");
            // Returned, so freeing the collection is not part of the time.
            (collection, counts, first)
        });
}

/// Opening as the window does on the day's first start, when the day's backup is due: its
/// copy runs on a thread of its own, so opening does not wait for it.
#[divan::bench(args = SIZES, sample_count = 10)]
fn open_on_the_days_first_start(bencher: Bencher, cards: usize) {
    let (dir, _) = fixture(cards);
    let backups = factdeck::paths::backups_folder(&dir);
    bencher
        .with_inputs(|| {
            // No backup yet today: the opening finds one due.
            let _ = std::fs::remove_dir_all(&backups);
        })
        .bench_local_values(|()| {
            Collection::open(&dir, &[], Arc::new(common::clock())).expect("collection")
        });
}

#[divan::bench(args = SIZES, sample_count = 20)]
fn build_the_queue(bencher: Bencher, cards: usize) {
    let (dir, decks) = fixture(cards);
    let store = Store::open(&progress_file(&dir)).expect("store");
    let collection =
        Collection::from_parts(store, decks, Arc::new(common::clock())).expect("collection");
    bencher.bench_local(|| {
        let counts = collection
            .counts(common::DECK, &Scope::WholeDeck)
            .expect("counts");
        let next = collection
            .next_card(common::DECK, &Scope::WholeDeck)
            .map(|n| matches!(n, factdeck::session::NextCard::Card(_)))
            .expect("queue");
        (counts, next)
    });
}
