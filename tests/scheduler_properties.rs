//! Properties of the scheduler and the review log, checked on thousands of generated
//! histories (proptest): any sequence of ratings, undos and clock movements, in any time
//! zone, from 1970 to the far future.
//!
//! - the intervals the buttons offer are ordered by rating;
//! - every due date is in the future;
//! - replaying the review log gives exactly the card states that were stored.

use chrono::{DateTime, Duration, FixedOffset};
use factdeck::clock::{ManualClock, to_millis};
use factdeck::deck::{LoadedDecks, load_str};
use factdeck::schedule::{CardState, Phase, Rating, ScheduleSettings, Scheduler};
use factdeck::session::{AnswerDetails, Collection};
use factdeck::store::Store;
use proptest::prelude::*;
use std::sync::Arc;

fn scheduler() -> Scheduler {
    Scheduler::new(ScheduleSettings::default()).expect("default parameters")
}

/// A moment between 1970 and 2200, in a time zone between UTC−12 and UTC+14.
fn moment() -> impl Strategy<Value = DateTime<FixedOffset>> {
    (0i64..7_258_118_400_000, -12i32..=14).prop_map(|(ms, hours)| {
        let offset = FixedOffset::east_opt(hours * 3600).expect("offset");
        DateTime::from_timestamp_millis(ms)
            .expect("in range")
            .with_timezone(&offset)
    })
}

/// How far the clock moves before the next answer: seconds, minutes to an hour, days to
/// a year, and sometimes backwards (a clock set back).
fn step() -> impl Strategy<Value = Duration> {
    prop_oneof![
        (0i64..120).prop_map(Duration::seconds),
        (1i64..60).prop_map(Duration::minutes),
        (1i64..400).prop_map(Duration::days),
        (1i64..30 * 24).prop_map(|h| -Duration::hours(h)),
    ]
}

fn rating() -> impl Strategy<Value = Rating> {
    (0usize..4).prop_map(|i| Rating::ALL[i])
}

/// A card's state after a generated history of answers, and the moment after it.
fn history() -> impl Strategy<Value = (CardState, DateTime<FixedOffset>)> {
    (moment(), prop::collection::vec((rating(), step()), 0..25)).prop_map(|(start, answers)| {
        let s = scheduler();
        let mut state = CardState::new_card();
        let mut now = start;
        for (rating, step) in answers {
            state = s.answer(&state, rating, now).expect("answer");
            now += step;
        }
        (state, now)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]

    #[test]
    fn the_intervals_on_the_buttons_are_ordered_by_rating((state, now) in history()) {
        let outcomes = scheduler().outcomes(&state, now).expect("outcomes");
        for pair in outcomes.windows(2) {
            prop_assert!(
                pair[0].shown_wait() <= pair[1].shown_wait(),
                "{:?} waits {} but {:?} waits {} (card {:?})",
                pair[0].rating, pair[0].shown_wait(), pair[1].rating, pair[1].shown_wait(), state
            );
        }
        if state.phase == Phase::Review {
            let days = |r: Rating| outcomes[usize::from(r.number() - 1)].state.interval_days;
            let max = ScheduleSettings::default().max_interval_days;
            prop_assert!(days(Rating::Hard) <= days(Rating::Good));
            prop_assert!(days(Rating::Good) < days(Rating::Easy) || days(Rating::Easy) == max);
        }
    }

    #[test]
    fn every_due_date_is_in_the_future((state, now) in history()) {
        for outcome in scheduler().outcomes(&state, now).expect("outcomes") {
            prop_assert!(
                outcome.state.due > to_millis(now),
                "{:?} is due {} ms after now", outcome.rating, outcome.state.due - to_millis(now)
            );
            prop_assert_eq!(outcome.state.last_review, Some(to_millis(now)));
            prop_assert_eq!(outcome.state.reps, state.reps + 1);
        }
    }
}

const DECK: &str = "[deck]
id = \"p\"
title = \"P\"
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
";

/// One thing the learner does: answer a card (by index) or undo the last answer.
#[derive(Debug, Clone)]
enum Act {
    Answer(usize, Rating, Duration),
    Undo,
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        8 => (0usize..3, rating(), step()).prop_map(|(c, r, s)| Act::Answer(c, r, s)),
        1 => Just(Act::Undo),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn replaying_the_log_gives_the_stored_card_states_exactly(
        start in moment(),
        acts in prop::collection::vec(act(), 0..60),
    ) {
        let clock = ManualClock::new(start);
        let decks = LoadedDecks {
            decks: vec![load_str("p.toml", DECK).expect("deck")],
            problems: Vec::new(),
            notices: Vec::new(),
        };
        let store = Store::open_in_memory().expect("store");
        let mut collection = Collection::from_parts(store, decks, Arc::new(clock.clone())).expect("collection");
        let cards: Vec<String> = collection.decks()[0].cards.iter().map(|c| c.id.as_str().to_string()).collect();
        let mut receipts = Vec::new();
        for act in acts {
            match act {
                Act::Answer(card, rating, step) => {
                    let receipt = collection
                        .answer("p", &cards[card], rating, AnswerDetails::flashcard(1000))
                        .expect("answer");
                    receipts.push(receipt);
                    clock.advance(step);
                }
                Act::Undo => {
                    if let Some(receipt) = receipts.pop() {
                        collection.undo(&receipt).expect("undo");
                    }
                }
            }
        }
        let differences = collection.replay_differences().expect("replay");
        prop_assert!(differences.is_empty(), "{:?}", differences);
        let held: Vec<CardState> = cards.iter().map(|c| collection.card_state("p", c)).collect();
        collection.rebuild_from_log().expect("rebuild");
        let rebuilt: Vec<CardState> = cards.iter().map(|c| collection.card_state("p", c)).collect();
        prop_assert_eq!(held, rebuilt);
    }
}
