//! Reading the log for statistics: summed per study day in the `review_days` table, kept
//! up to date with each answer and undo, so that opening the statistics screen does not
//! read a million rows.

use super::log::review_columns;
use super::{ReviewRecord, Store, StoreError, StoredReview};
use crate::clock::DAY_ROLLOVER_HOUR;
use crate::log::{
    DayTally, MAX_COUNTED_ANSWER_MS, day_from_number, sort_tallies, study_day_number,
};
use crate::schedule::{Phase, Rating};
use rusqlite::{Connection, params};
use std::collections::HashMap;

impl Store {
    /// The whole log reduced to one row per study day, rating and phase before the
    /// answer; the same rows as `stats::tally_reviews` over `reviews()`. Read from the
    /// `review_days` table, which every answer and undo keeps up to date.
    pub fn day_tallies(&self) -> Result<Vec<DayTally>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT day, rating, phase_before, reviews, counted_ms FROM review_days
                 WHERE reviews > 0",
            )
            .map_err(StoreError::Read)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, i64>(4)?,
                ))
            })
            .map_err(StoreError::Read)?;
        let mut tallies = Vec::new();
        for row in rows {
            let (day, rating, phase, reviews, counted_ms) = row.map_err(StoreError::Read)?;
            let (Some(rating), Some(phase_before)) =
                (Rating::from_number(rating), Phase::from_code(phase))
            else {
                return Err(StoreError::Corrupt(format!(
                    "a day of the log has rating {rating} and phase {phase}"
                )));
            };
            tallies.push(DayTally {
                day: day_from_number(day),
                rating,
                phase_before,
                reviews: u32::try_from(reviews).unwrap_or(u32::MAX),
                counted_ms,
            });
        }
        sort_tallies(&mut tallies);
        Ok(tallies)
    }

    /// Answers given to a deck since `since_ms`, oldest first (a session's answers).
    pub fn reviews_since(
        &self,
        deck_id: &str,
        since_ms: i64,
    ) -> Result<Vec<StoredReview>, StoreError> {
        self.query_reviews(
            concat!(
                "SELECT ",
                review_columns!(),
                " FROM reviews WHERE deck_id = ?1 AND reviewed_at >= ?2
                 ORDER BY reviewed_at, id"
            ),
            params![deck_id, since_ms],
        )
    }
}

/// Adds one answer to (`sign` 1) or takes it from (`sign` −1) its study day's tally.
pub(super) fn count_in_day(
    conn: &Connection,
    review: &ReviewRecord,
    sign: i64,
) -> rusqlite::Result<()> {
    let mut counts = DayCounts::default();
    counts.add(review, sign);
    counts.write(conn)
}

/// Answers added to and taken from the study days' tallies, summed per row of
/// `review_days` before they are written: a merge of thousands of answers from another
/// computer then writes each day's few rows once instead of once per answer.
#[derive(Debug, Default)]
pub(super) struct DayCounts {
    /// (day, rating, phase before) → (answers, counted ms) to add (negative: to take).
    rows: HashMap<(i64, i64, i64), (i64, i64)>,
}

impl DayCounts {
    /// Adds one answer (`sign` 1) or takes it away (`sign` −1).
    pub(super) fn add(&mut self, review: &ReviewRecord, sign: i64) {
        let day = study_day_number(review.reviewed_at, review.utc_offset_secs);
        let counted = review.elapsed_ms.clamp(0, MAX_COUNTED_ANSWER_MS);
        let row = self
            .rows
            .entry((
                day,
                review.rating.number().into(),
                review.phase_before.code(),
            ))
            .or_default();
        row.0 += sign;
        row.1 += sign * counted;
    }

    /// Writes the sums; a row left with no answer is removed.
    pub(super) fn write(self, conn: &Connection) -> rusqlite::Result<()> {
        // Cached: compiling the upsert anew was a quarter of an answer's own work.
        let mut upsert = conn.prepare_cached(
            "INSERT INTO review_days (day, rating, phase_before, reviews, counted_ms)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(day, rating, phase_before) DO UPDATE SET
                reviews = reviews + excluded.reviews,
                counted_ms = counted_ms + excluded.counted_ms",
        )?;
        for (&(day, rating, phase), &(reviews, counted_ms)) in &self.rows {
            upsert.execute(params![day, rating, phase, reviews, counted_ms])?;
            if reviews <= 0 {
                conn.prepare_cached(
                    "DELETE FROM review_days
                     WHERE day = ?1 AND rating = ?2 AND phase_before = ?3 AND reviews <= 0",
                )?
                .execute(params![day, rating, phase])?;
            }
        }
        Ok(())
    }
}

/// Sums the whole log per study day afresh (after a rebuild).
pub(super) fn recount_days(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM review_days", [])?;
    // Study day = floor((local time − rollover) / day); SQLite's `/` truncates towards
    // zero, so the remainder is taken off first to floor times before 1970 too.
    conn.execute(
        "INSERT INTO review_days (day, rating, phase_before, reviews, counted_ms)
         SELECT (shifted - ((shifted % 86400000) + 86400000) % 86400000) / 86400000,
                rating, phase_before, COUNT(*), SUM(MIN(MAX(elapsed_ms, 0), ?2))
         FROM (SELECT reviewed_at + utc_offset_secs * 1000 - ?1 AS shifted,
                      rating, phase_before, elapsed_ms FROM reviews)
         GROUP BY 1, 2, 3",
        params![DAY_ROLLOVER_HOUR * 3_600_000, MAX_COUNTED_ANSWER_MS],
    )
    .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::tally_reviews;
    use crate::schedule::CardState;
    use chrono::DateTime;

    #[test]
    fn the_days_kept_with_each_answer_equal_the_reference_over_the_log() {
        let mut store = Store::open_in_memory().unwrap();
        let times = [
            ("2026-03-09T22:00:00Z", 1),  // 23:00 local
            ("2026-03-10T00:30:00Z", 1),  // 01:30 local: still the 9th
            ("2026-03-10T00:30:00Z", 9),  // 09:30 in Tokyo: the 10th
            ("2026-03-10T11:00:00Z", -8), // 03:00 in California: the 9th
            ("1969-12-31T12:00:00Z", 0),  // before the epoch
        ];
        let mut log = Vec::new();
        for (i, (utc, offset)) in times.iter().enumerate() {
            for rating in Rating::ALL {
                let record = ReviewRecord {
                    deck_id: "d".into(),
                    card_id: format!("f{i}/value"),
                    reviewed_at: DateTime::parse_from_rfc3339(utc)
                        .unwrap()
                        .timestamp_millis(),
                    utc_offset_secs: offset * 3600,
                    rating,
                    phase_before: Phase::from_code(i as i64 % 4).unwrap(),
                    elapsed_ms: 20_000 * i64::from(rating.number()),
                    question_kind: "flashcard".into(),
                    answer: None,
                };
                store
                    .record_answer(&record, &CardState::new_card())
                    .unwrap();
                log.push(record);
            }
        }
        assert_eq!(store.day_tallies().unwrap(), tally_reviews(&log));

        // Taking answers back takes them out of their day; a rebuild sums the log afresh.
        let last = store.reviews().unwrap().pop().unwrap();
        store
            .undo_answer(last.id, "d", &last.record.card_id, &CardState::new_card())
            .unwrap();
        log.retain(|r| *r != last.record);
        assert_eq!(store.day_tallies().unwrap(), tally_reviews(&log));
        recount_days(&store.conn).unwrap();
        assert_eq!(store.day_tallies().unwrap(), tally_reviews(&log));
    }
}
