//! The review log as plain values, shared by the store (which writes the log and keeps it
//! summed per study day) and the statistics (which read those sums): an answer as logged,
//! the study day it belongs to, and the log reduced to one row per day, rating and phase.
//! Neither the store nor the statistics is imported here, so neither imports the other.
//!
//! Each review belongs to the study day of its own moment, seen in the offset the learner
//! had when answering, so travelling does not move past reviews to other days.

use crate::clock::DAY_ROLLOVER_HOUR;
use crate::schedule::{Phase, Rating};
use chrono::{Duration, NaiveDate};
use std::collections::HashMap;

/// One answer, as it goes into the log.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewRecord {
    pub deck_id: String,
    pub card_id: String,
    /// When the answer was given, ms since the epoch (UTC).
    pub reviewed_at: i64,
    /// The learner's offset from UTC at that moment, so study days can be recomputed.
    pub utc_offset_secs: i32,
    pub rating: Rating,
    /// The card's phase before the answer (new, learning, review, relearning).
    pub phase_before: Phase,
    /// How long the learner took, from showing the card to answering.
    pub elapsed_ms: i64,
    /// How the card was asked ("flashcard", "choice", "typed"…).
    pub question_kind: String,
    /// What the learner typed or chose, where the question had an answer to give.
    pub answer: Option<String>,
}

const DAY_MS: i64 = 86_400_000;

/// An answer counts for at most this long towards the time spent: a card left on screen
/// while the learner was away says nothing about how long they studied (Anki caps at 60 s
/// as well).
pub const MAX_COUNTED_ANSWER_MS: i64 = 60_000;

/// The study day of a logged answer, as a number of days since 1970-01-01: the local
/// date at `reviewed_at` in the learner's offset then, shifted back by the rollover hour.
pub fn study_day_number(reviewed_at_ms: i64, utc_offset_secs: i32) -> i64 {
    let local_ms = reviewed_at_ms + i64::from(utc_offset_secs) * 1000;
    (local_ms - DAY_ROLLOVER_HOUR * 3_600_000).div_euclid(DAY_MS)
}

/// The date of a study day number.
pub fn day_from_number(day: i64) -> NaiveDate {
    NaiveDate::default() + Duration::days(day)
}

/// The study day a logged answer belongs to.
pub fn study_day_of(review: &ReviewRecord) -> NaiveDate {
    day_from_number(study_day_number(review.reviewed_at, review.utc_offset_secs))
}

/// The log reduced to one row per study day, rating and phase before the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayTally {
    pub day: NaiveDate,
    pub rating: Rating,
    pub phase_before: Phase,
    pub reviews: u32,
    /// Time taken over these answers, each counted up to `MAX_COUNTED_ANSWER_MS`.
    pub counted_ms: i64,
}

/// Reduces a log to tallies, sorted by day, rating and phase (the reference the store's
/// SQL aggregation is tested against).
pub fn tally_reviews<'a>(reviews: impl IntoIterator<Item = &'a ReviewRecord>) -> Vec<DayTally> {
    let mut rows: HashMap<(i64, u8, i64), (u32, i64)> = HashMap::new();
    for review in reviews {
        let key = (
            study_day_number(review.reviewed_at, review.utc_offset_secs),
            review.rating.number(),
            review.phase_before.code(),
        );
        let row = rows.entry(key).or_default();
        row.0 += 1;
        row.1 += review.elapsed_ms.clamp(0, MAX_COUNTED_ANSWER_MS);
    }
    let mut tallies: Vec<DayTally> = rows
        .into_iter()
        .filter_map(|((day, rating, phase), (reviews, counted_ms))| {
            Some(DayTally {
                day: day_from_number(day),
                rating: Rating::from_number(i64::from(rating))?,
                phase_before: Phase::from_code(phase)?,
                reviews,
                counted_ms,
            })
        })
        .collect();
    sort_tallies(&mut tallies);
    tallies
}

/// The order tallies are compared and reported in.
pub fn sort_tallies(tallies: &mut [DayTally]) {
    tallies.sort_by_key(|t| (t.day, t.rating, t.phase_before.code()));
}
