//! Any sequence of answers, undos and clock movements (backwards too, and to the ends of
//! the calendar) through the real collection and store: no panic, and replaying the
//! review log gives exactly the card states that were stored.

#![no_main]

use chrono::{DateTime, Duration};
use factdeck_fuzz::clock::{Clock, ManualClock};
use factdeck_fuzz::deck::{LoadedDecks, load_str};
use factdeck_fuzz::schedule::Rating;
use factdeck_fuzz::session::{AnswerDetails, Collection};
use factdeck_fuzz::store::Store;
use libfuzzer_sys::fuzz_target;
use std::sync::{Arc, OnceLock};

const DECK: &str = "[deck]
id = \"f\"
title = \"F\"
[[topics]]
id = \"t\"
name = \"T\"
[[facts]]
id = \"a\"
kind = \"number\"
topic = \"t\"
question = \"Wie viele?\"
value = 3
[[facts]]
id = \"b\"
kind = \"person\"
topic = \"t\"
name = \"B\"
role = \"Rolle\"
[[facts]]
id = \"c\"
kind = \"reason\"
topic = \"t\"
question = \"Warum?\"
answer = \"Darum.\"
";

fn decks() -> LoadedDecks {
    static DECKS: OnceLock<LoadedDecks> = OnceLock::new();
    DECKS
        .get_or_init(|| LoadedDecks {
            decks: vec![load_str("f.toml", DECK).expect("the fuzz deck is valid")],
            problems: Vec::new(),
            notices: Vec::new(),
        })
        .clone()
}

/// A clock step from fuzz input: mostly minutes to months, sometimes backwards, sometimes
/// anywhere in the calendar.
fn step(raw: i64) -> Duration {
    let magnitude = raw >> 2;
    match raw & 3 {
        0 => Duration::milliseconds(magnitude.rem_euclid(3_600_000)),
        1 => Duration::milliseconds(magnitude.rem_euclid(400 * 86_400_000)),
        2 => -Duration::milliseconds(magnitude.rem_euclid(30 * 86_400_000)),
        _ => Duration::milliseconds(magnitude),
    }
}

fuzz_target!(|ops: Vec<(u8, u8, i64)>| {
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let store = Store::open_in_memory().expect("in-memory store");
    let mut collection =
        Collection::from_parts(store, decks(), Arc::new(clock.clone())).expect("collection");
    let cards: Vec<String> = collection.decks()[0]
        .cards
        .iter()
        .map(|c| c.id.as_str().to_string())
        .collect();
    let mut receipts = Vec::new();
    for (card, rating, raw_step) in ops.into_iter().take(200) {
        if card == u8::MAX {
            if let Some(receipt) = receipts.pop() {
                let _ = collection.undo(&receipt);
            }
        } else {
            let card = &cards[usize::from(card) % cards.len()];
            let rating = Rating::ALL[usize::from(rating % 4)];
            if let Ok(receipt) = collection.answer("f", card, rating, AnswerDetails::flashcard(1)) {
                receipts.push(receipt);
            }
        }
        let now = clock.now();
        let target = now.checked_add_signed(step(raw_step)).filter(|t| {
            *t > DateTime::<chrono::Utc>::MIN_UTC && *t < DateTime::<chrono::Utc>::MAX_UTC
        });
        if let Some(target) = target {
            clock.advance(target - now);
        }
    }
    let stored = collection.saved_card_states().expect("states read");
    let held: Vec<_> = cards
        .iter()
        .map(|c| collection.card_state("f", c))
        .collect();
    collection.rebuild_from_log().expect("the log replays");
    let replayed: Vec<_> = cards
        .iter()
        .map(|c| collection.card_state("f", c))
        .collect();
    assert_eq!(held, replayed, "replaying the log changed a card's state");
    assert_eq!(
        stored,
        collection.saved_card_states().expect("states read"),
        "replaying the log changed the stored states"
    );
});
