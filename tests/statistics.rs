//! The statistics of a learner who studied over several days, computed from what the
//! collection stored.

use chrono::{Duration, NaiveDate};
use factdeck::clock::ManualClock;
use factdeck::schedule::Rating;
use factdeck::session::{AnswerDetails, Collection, Scope};
use std::sync::Arc;

const DECK: &str = "kim-putin-2019";

fn open(dir: &std::path::Path, clock: &ManualClock) -> Collection {
    Collection::open(dir, &[], Arc::new(clock.clone())).expect("the collection opens")
}

fn card_ids(collection: &Collection, n: usize) -> Vec<String> {
    let deck = collection.deck(DECK).unwrap();
    deck.cards[..n]
        .iter()
        .map(|c| c.id.as_str().to_string())
        .collect()
}

#[test]
fn a_week_of_study_shows_in_the_daily_figures_and_the_streak() {
    let dir = tempfile::tempdir().unwrap();
    // 20:00 in Berlin on 20 November.
    let clock = ManualClock::at_utc("2026-11-20T19:00:00Z", 1);
    let mut collection = open(dir.path(), &clock);
    let cards = card_ids(&collection, 4);
    for day in 0..7 {
        if day == 2 {
            clock.advance(Duration::days(1));
            continue; // a day off breaks the streak
        }
        for (i, card) in cards.iter().enumerate() {
            let rating = if i == 0 { Rating::Again } else { Rating::Good };
            collection
                .answer(DECK, card, rating, AnswerDetails::flashcard(10_000))
                .unwrap();
        }
        clock.advance(Duration::days(1));
    }
    // Now 20:00 on the 27th; nothing answered yet today.
    let stats = collection.stats_snapshot().unwrap();
    assert_eq!(stats.today, NaiveDate::from_ymd_opt(2026, 11, 27).unwrap());
    assert_eq!(stats.total_reviews, 24);
    assert_eq!(stats.study_days, 6);
    assert_eq!(stats.streaks.current_days, 4);
    assert_eq!(stats.streaks.longest_days, 4);
    assert!(!stats.streaks.studied_today);
    assert_eq!(stats.today_figures.reviews_done, 0);
    let week = stats.last_days(8);
    let per_day: Vec<(u32, u32)> = week.iter().map(|d| (d.again, d.good)).collect();
    assert_eq!(
        per_day,
        [
            (1, 3),
            (1, 3),
            (0, 0),
            (1, 3),
            (1, 3),
            (1, 3),
            (1, 3),
            (0, 0)
        ]
    );
    assert_eq!(week[0].time_ms, 40_000);
}

#[test]
fn answers_just_after_midnight_count_for_the_evening_and_keep_the_streak() {
    let dir = tempfile::tempdir().unwrap();
    // 23:30 in Tokyo on 25 November.
    let clock = ManualClock::at_utc("2026-11-25T14:30:00Z", 9);
    let mut collection = open(dir.path(), &clock);
    let cards = card_ids(&collection, 2);
    collection
        .answer(
            DECK,
            &cards[0],
            Rating::Good,
            AnswerDetails::flashcard(5000),
        )
        .unwrap();
    clock.advance(Duration::hours(2)); // 01:30 on the 26th: still the 25th's study day
    collection
        .answer(
            DECK,
            &cards[1],
            Rating::Good,
            AnswerDetails::flashcard(5000),
        )
        .unwrap();
    let stats = collection.stats_snapshot().unwrap();
    assert_eq!(stats.today, NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
    assert_eq!(stats.today_figures.reviews_done, 2);
    assert_eq!(stats.study_days, 1);
    assert_eq!(stats.streaks.current_days, 1);
}

#[test]
fn today_shows_the_cards_done_and_those_still_waiting() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let mut collection = open(dir.path(), &clock);
    for card in card_ids(&collection, 3) {
        collection
            .answer(DECK, &card, Rating::Easy, AnswerDetails::flashcard(5000))
            .unwrap();
    }
    let stats = collection.stats_snapshot().unwrap();
    assert_eq!(stats.today_figures.reviews_done, 3);
    assert_eq!(
        stats.today_figures.remaining,
        collection.counts(DECK, &Scope::WholeDeck).unwrap().total()
    );
    assert_eq!(stats.today_figures.remaining, 17);
    assert_eq!(stats.cards.young, 3);
    assert_eq!(stats.forecast.iter().map(|d| d.total()).sum::<u32>(), 3);
}

#[test]
fn the_session_summary_counts_only_the_sessions_answers() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let mut collection = open(dir.path(), &clock);
    let cards = card_ids(&collection, 3);
    collection
        .answer(
            DECK,
            &cards[0],
            Rating::Good,
            AnswerDetails::flashcard(5000),
        )
        .unwrap();
    clock.advance(Duration::hours(1));
    let started = factdeck::clock::to_millis(clock_now(&clock));
    collection
        .answer(
            DECK,
            &cards[1],
            Rating::Easy,
            AnswerDetails::flashcard(7000),
        )
        .unwrap();
    collection
        .answer(
            DECK,
            &cards[2],
            Rating::Again,
            AnswerDetails::flashcard(3000),
        )
        .unwrap();
    let summary = collection
        .session_summary(DECK, &Scope::WholeDeck, started, None)
        .unwrap();
    assert_eq!(summary.figures.answers, 2);
    assert_eq!(summary.figures.passed, 1);
    assert_eq!(summary.figures.time_ms, 10_000);
}

fn clock_now(clock: &ManualClock) -> chrono::DateTime<chrono::FixedOffset> {
    use factdeck::clock::Clock;
    clock.now()
}
