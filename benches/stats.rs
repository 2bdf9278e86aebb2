//! How long the statistics take with a heavy history: 1,000,000 reviews over 100,000 cards
//! spread over a year. Run with `cargo bench --bench stats`.
//!
//! `screen_opens` is what opening the statistics screen costs (reading the log summed per
//! study day, the queue's counts for today, every figure); the others break it down.
//! `read_whole_log` and `tally_in_memory` show what reading and summing the log row by row
//! would cost instead of the per-day table the store keeps.

use factdeck::clock::{Clock, ManualClock, to_millis};
use factdeck::deck::{
    Card, CardId, CardIndex, Deck, Fact, FactBody, FactIndex, LoadedDecks, Topic, Variant,
};
use factdeck::schedule::{CardState, Phase, Rating, ScheduleSettings, Scheduler};
use factdeck::session::Collection;
use factdeck::stats::{DeckProgress, SnapshotInput, StatsSnapshot, tally_reviews};
use factdeck::store::{ReviewRecord, Store};
use fsrs::MemoryState;
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

const CARDS: usize = 100_000;
const REVIEWS: usize = 1_000_000;
const DECK: &str = "bench";

fn main() {
    divan::main();
}

/// A deck of `CARDS` one-card facts in ten topics, built directly: the deck parser is
/// made for hand-written files, not for a hundred thousand facts.
fn deck() -> Deck {
    let topics = (0..10)
        .map(|t| Topic {
            id: format!("t{t}"),
            name: format!("Topic {t}"),
        })
        .collect();
    let facts: Vec<Fact> = (0..CARDS)
        .map(|f| Fact {
            id: format!("f{f}"),
            topic: format!("t{}", f % 10),
            section: None,
            cue: None,
            gloss: None,
            note: None,
            context: false,
            answers: Default::default(),
            line: f + 1,
            body: FactBody::Reason {
                question: format!("Frage {f}?"),
                answer: format!("Antwort {f}"),
                false_variants: Vec::new(),
            },
        })
        .collect();
    let cards: Vec<Card> = facts
        .iter()
        .enumerate()
        .map(|(fact_index, fact)| Card {
            id: CardId::new(&fact.id, Variant::Reason),
            fact_index,
            variant: Variant::Reason,
            prompt: format!("Frage {fact_index}?"),
            answer: format!("Antwort {fact_index}"),
        })
        .collect();
    Deck {
        id: DECK.into(),
        title: "Bench".into(),
        description: String::new(),
        as_of: None,
        origin: "bench".into(),
        id_line: 1,
        replaces_built_in: false,
        topics,
        sections: Vec::new(),
        by_category: FactIndex::build(&facts),
        by_card_id: CardIndex::build(&cards),
        name_words: Default::default(),
        facts,
        cards,
    }
}

fn clock() -> ManualClock {
    ManualClock::at_utc("2026-11-27T09:00:00Z", 1)
}

/// A year of answers (ten per card) and a final state per card, seeded.
fn history(now_ms: i64) -> (Vec<ReviewRecord>, HashMap<String, CardState>) {
    let mut rng = StdRng::seed_from_u64(2019);
    let year_ms = 365 * 86_400_000_i64;
    let mut log = Vec::with_capacity(REVIEWS);
    for i in 0..REVIEWS {
        let card = i % CARDS;
        log.push(ReviewRecord {
            deck_id: DECK.into(),
            card_id: format!("f{card}/reason"),
            reviewed_at: now_ms - year_ms + rng.random_range(0..year_ms),
            utc_offset_secs: 3600,
            rating: Rating::ALL[rng.random_range(0..4)],
            phase_before: Phase::from_code(rng.random_range(0..4)).unwrap_or(Phase::Review),
            elapsed_ms: rng.random_range(1_000..30_000),
            question_kind: "flashcard".into(),
            answer: None,
        });
    }
    log.sort_by_key(|r| r.reviewed_at);
    let mut states = HashMap::with_capacity(CARDS);
    for card in 0..CARDS {
        let phase = [
            Phase::Learning,
            Phase::Review,
            Phase::Review,
            Phase::Relearning,
        ][rng.random_range(0..4)];
        let stability = rng.random_range(0.1..400.0_f32);
        states.insert(
            format!("f{card}/reason"),
            CardState {
                phase,
                memory: Some(MemoryState {
                    stability,
                    difficulty: rng.random_range(1.0..10.0),
                }),
                due: now_ms + rng.random_range(-5..60) * 86_400_000,
                last_review: Some(now_ms - rng.random_range(0..30) * 86_400_000),
                first_review: Some(now_ms - year_ms),
                interval_days: rng.random_range(1..120),
                reps: 10,
                lapses: rng.random_range(0..3),
                step: 0,
            },
        );
    }
    (log, states)
}

struct Fixture {
    collection: Collection,
    log: Vec<ReviewRecord>,
}

thread_local! {
    static FIXTURE: OnceCell<Fixture> = const { OnceCell::new() };
}

/// Builds the million-review collection once per thread (it takes a while).
fn with_fixture<R>(f: impl FnOnce(&Fixture) -> R) -> R {
    FIXTURE.with(|cell| {
        let fixture = cell.get_or_init(|| {
            let clock = clock();
            let deck = deck();
            let (log, states) = history(to_millis(clock.now()));
            let mut store = Store::open_in_memory().expect("an in-memory store");
            for review in &log {
                let state = states[&review.card_id];
                store.record_answer(review, &state).expect("stored");
            }
            let decks = LoadedDecks {
                decks: vec![deck],
                problems: Vec::new(),
                notices: Vec::new(),
            };
            let collection =
                Collection::from_parts(store, decks, Arc::new(clock)).expect("the collection");
            Fixture { collection, log }
        });
        f(fixture)
    })
}

#[divan::bench(sample_count = 10)]
fn screen_opens(bencher: divan::Bencher) {
    with_fixture(|fixture| {
        bencher.bench_local(|| fixture.collection.stats_snapshot().expect("figures"));
    });
}

#[divan::bench(sample_count = 10)]
fn read_day_tallies(bencher: divan::Bencher) {
    with_fixture(|fixture| {
        bencher.bench_local(|| fixture.collection.day_tallies().expect("tallies"));
    });
}

#[divan::bench(sample_count = 10)]
fn figures_from_tallies(bencher: divan::Bencher) {
    with_fixture(|fixture| {
        let collection = &fixture.collection;
        let tallies = collection.day_tallies().expect("tallies");
        let deck = collection.deck(DECK).expect("the bench deck");
        let scheduler = Scheduler::new(ScheduleSettings::default()).expect("scheduler");
        let suspended = HashSet::new();
        bencher.bench_local(|| {
            StatsSnapshot::compute(&SnapshotInput {
                now: collection.now(),
                scheduler: &scheduler,
                tallies: &tallies,
                decks: vec![DeckProgress {
                    deck,
                    states: collection.states_in(DECK),
                    suspended: &suspended,
                    background_left_out: false,
                    waiting_today: 0,
                }],
                quizzes: &[],
            })
        });
    });
}

#[divan::bench(sample_count = 10)]
fn tally_in_memory(bencher: divan::Bencher) {
    with_fixture(|fixture| {
        bencher.bench_local(|| tally_reviews(&fixture.log));
    });
}

#[divan::bench(sample_count = 3)]
fn read_whole_log(bencher: divan::Bencher) {
    with_fixture(|fixture| {
        bencher.bench_local(|| fixture.collection.reviews().expect("log").len());
    });
}

#[divan::bench(sample_count = 10)]
fn home_counts(bencher: divan::Bencher) {
    with_fixture(|fixture| {
        bencher.bench_local(|| {
            fixture
                .collection
                .counts(DECK, &factdeck::session::Scope::WholeDeck)
                .expect("counts")
        });
    });
}
