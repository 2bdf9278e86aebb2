//! Helpers shared by the integration tests: a collection on a learner's clock, studying,
//! and running the `factdeck` program as a learner would.
#![allow(dead_code)]

pub mod sync;
pub mod window;

use chrono::Duration;
use factdeck::clock::ManualClock;
use factdeck::schedule::Rating;
use factdeck::session::{AnswerDetails, Collection, NextCard, Scope};
use std::path::Path;
use std::sync::Arc;

pub const DECK: &str = "kim-putin-2019";

/// The built-in deck of the article, as the program loads it.
pub fn article_deck() -> factdeck::deck::Deck {
    let (name, text) = factdeck::deck::BUILTIN_DECKS
        .iter()
        .find(|(name, _)| name.ends_with("kim-putin-2019.toml"))
        .expect("the article deck is built in");
    factdeck::deck::load_str(name, text).unwrap_or_else(|errors| {
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the article deck does not load:\n{}", shown.join("\n"))
    })
}

/// The learner's clock: a Friday morning in Berlin.
pub fn clock() -> ManualClock {
    ManualClock::at_utc("2026-11-27T08:00:00Z", 1)
}

/// Opens the collection of `dir` and waits for the day's backup, which is copied on a
/// thread of its own: tests then know what it holds.
pub fn open(dir: &Path, clock: &ManualClock) -> Collection {
    let collection =
        Collection::open(dir, &[], Arc::new(clock.clone())).expect("the collection opens");
    collection.wait_for_daily_backup();
    collection
}

/// Answers `n` cards of the built-in deck as they come, rating each Good.
pub fn study(collection: &mut Collection, clock: &ManualClock, n: usize) {
    for _ in 0..n {
        let card = match collection
            .next_card(DECK, &Scope::WholeDeck)
            .expect("queue")
        {
            NextCard::Card(card) => card.id.as_str().to_string(),
            NextCard::Done { .. } => panic!("nothing left to study"),
        };
        collection
            .answer(DECK, &card, Rating::Good, AnswerDetails::flashcard(3000))
            .expect("the answer is saved");
        clock.advance(Duration::seconds(20));
    }
}

/// How many answers the collection's log holds.
pub fn logged(collection: &Collection) -> usize {
    collection.reviews().expect("the log reads").len()
}

/// Every file in a folder with its bytes, sorted by name.
pub fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("folder")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).expect("file"),
            )
        })
        .collect();
    out.sort();
    out
}

/// Runs the `factdeck` program with `args`, its data folder set to `data_dir`, on a
/// system without a language of its own (so it speaks English unless told otherwise).
pub fn factdeck(args: &[&str], data_dir: &Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_factdeck"))
        .args(args)
        .env("FACTDECK_DATA_DIR", data_dir)
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .output()
        .expect("factdeck runs")
}

/// A program's output as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
