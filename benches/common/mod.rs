//! Synthetic decks and histories of any size, shared by the benchmarks.

#![allow(dead_code)]

pub mod timing;

use chrono::Duration;
use factdeck::clock::{Clock, ManualClock, to_millis};
use factdeck::deck::{LoadedDecks, load_decks};
use factdeck::paths::{decks_folder, progress_file};
use factdeck::schedule::{Phase, Rating};
use factdeck::session::Collection;
use factdeck::store::{ReviewRecord, Store};
use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;

pub const DECK: &str = "synthetic";

/// The moment every benchmark studies at: after the synthetic history ends.
pub fn clock() -> ManualClock {
    ManualClock::at_utc("2026-06-01T09:00:00Z", 1)
}

/// A deck of `facts` one-card facts of five kinds over ten topics.
pub fn deck_text(facts: usize) -> String {
    let mut text = String::with_capacity(facts * 200);
    text.push_str("[deck]\nid = \"synthetic\"\ntitle = \"Synthetisch\"\n\n");
    for t in 0..10 {
        let _ = writeln!(text, "[[topics]]\nid = \"t{t}\"\nname = \"Thema {t}\"\n");
    }
    for i in 0..facts {
        let topic = i % 10;
        let _ = write!(text, "[[facts]]\nid = \"f{i}\"\ntopic = \"t{topic}\"\n");
        let _ = match i % 5 {
            0 => writeln!(
                text,
                "kind = \"number\"\nquestion = \"Wie viele Dinge gibt es in Fall {i}?\"\nvalue = {}\nqualifier = \"über\"\nunit = \"Dinge\"\n",
                1000 + i * 7
            ),
            1 => writeln!(
                text,
                "kind = \"date\"\nquestion = \"Wann geschah Ereignis {i}?\"\ndate = \"{}\"\nevent = \"Ereignis {i}\"\n",
                1900 + i % 120
            ),
            2 => writeln!(
                text,
                "kind = \"list\"\nquestion = \"Was gehört zu Liste {i}?\"\nname = \"Liste {i}\"\nitems = [\"Eins {i}\", \"Zwei {i}\", \"Drei {i}\"]\n"
            ),
            3 => writeln!(
                text,
                "kind = \"statement\"\nquestion = \"Was gilt für Fall {i}?\"\ntext = \"Fall {i} ist wahr.\"\nfalse_variants = [\"Fall {i} ist falsch.\"]\n"
            ),
            _ => writeln!(
                text,
                "kind = \"reason\"\nquestion = \"Warum geschah {i}?\"\nanswer = \"Wegen Grund {i}.\"\n"
            ),
        };
    }
    text
}

/// A deck of `people` people of one category over `topics` topics: every person lends the
/// others wrong options, so a quiz or an export of it grows with its square unless each
/// question keeps to a few of them.
pub fn people_deck_text(people: usize, topics: usize) -> String {
    let mut text = String::with_capacity(people * 200);
    text.push_str("[deck]\nid = \"people\"\ntitle = \"Leute\"\n\n");
    for t in 0..topics.max(1) {
        let _ = writeln!(text, "[[topics]]\nid = \"t{t}\"\nname = \"Thema {t}\"\n");
    }
    for i in 0..people {
        let _ = writeln!(
            text,
            "[[facts]]\nid = \"p{i}\"\nkind = \"person\"\ntopic = \"t{}\"\nname = \"Vorname{i} Nachname{i}\"\nrole = \"Rolle Nummer {i} im Artikel\"\ncategory = \"Politiker\"\nask_name = \"Wer hat die Rolle {i}?\"\n",
            i % topics.max(1)
        );
    }
    text
}

/// `per_card` answers for each of `cards` cards of the synthetic deck, spread over the
/// months before `clock()`: mostly Good, one in six Again.
pub fn history(cards: usize, per_card: usize) -> Vec<ReviewRecord> {
    let end = to_millis(clock().now());
    let mut reviews = Vec::with_capacity(cards * per_card);
    for card in 0..cards {
        let mut at = end - 150 * 86_400_000 + (card as i64 % 1000) * 60_000;
        let mut gap_days = 1;
        for n in 0..per_card {
            let rating = if (card + n) % 6 == 0 {
                Rating::Again
            } else {
                Rating::Good
            };
            reviews.push(ReviewRecord {
                deck_id: DECK.to_string(),
                card_id: format!("f{card}/{}", variant(card)),
                reviewed_at: at,
                utc_offset_secs: 3600,
                rating,
                phase_before: if n == 0 { Phase::New } else { Phase::Review },
                elapsed_ms: 4000,
                question_kind: "flashcard".to_string(),
                answer: None,
            });
            at += gap_days * 86_400_000 / 2;
            gap_days = (gap_days * 2).min(30);
        }
    }
    reviews
}

fn variant(card: usize) -> &'static str {
    ["value", "date", "items", "statement", "reason"][card % 5]
}

/// A data directory holding the synthetic deck of `cards` facts and `per_card` answers
/// for each card, with card states rebuilt from that log.
pub fn data_dir(dir: &Path, cards: usize, per_card: usize) {
    std::fs::create_dir_all(decks_folder(dir)).expect("deck folder");
    std::fs::write(decks_folder(dir).join("synthetic.toml"), deck_text(cards)).expect("deck");
    let mut store = Store::open(&progress_file(dir)).expect("store");
    store
        .append_reviews(&history(cards, per_card))
        .expect("history");
    drop(store);
    let mut collection = open(dir);
    collection.rebuild_from_log().expect("rebuild");
    let mut settings = collection.settings().clone();
    settings.new_per_day = usize::MAX / 2;
    settings.reviews_per_day = usize::MAX / 2;
    collection.set_settings(settings).expect("settings");
}

pub fn open(dir: &Path) -> Collection {
    Collection::open(dir, &[], Arc::new(clock())).expect("collection")
}

/// The decks of a data directory, loaded once so a benchmark can time the rest.
pub fn decks(dir: &Path) -> LoadedDecks {
    load_decks(&[decks_folder(dir)])
}

/// One hour of time passing, so learning cards come due between benchmark rounds.
pub fn an_hour() -> Duration {
    Duration::hours(1)
}
