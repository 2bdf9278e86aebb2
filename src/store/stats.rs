//! Reading the log for statistics: reduced per study day in SQL, so that opening the
//! statistics screen does not carry a million rows into memory.

use super::{Store, StoreError, StoredReview};
use crate::clock::DAY_ROLLOVER_HOUR;
use crate::schedule::{Phase, Rating};
use crate::stats::{DayTally, MAX_COUNTED_ANSWER_MS, day_from_number, sort_tallies};
use rusqlite::params;

impl Store {
    /// The whole log reduced to one row per study day, rating and phase before the
    /// answer; the same rows as `stats::tally_reviews` over `reviews()`.
    pub fn day_tallies(&self) -> Result<Vec<DayTally>, StoreError> {
        // Study day = floor((local time − rollover) / day); SQLite's `/` truncates towards
        // zero, so the remainder is taken off first to floor times before 1970 too.
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT (shifted - ((shifted % 86400000) + 86400000) % 86400000) / 86400000 AS day,
                        rating, phase_before, COUNT(*),
                        SUM(MIN(MAX(elapsed_ms, 0), ?2))
                 FROM (SELECT reviewed_at + utc_offset_secs * 1000 - ?1 AS shifted,
                              rating, phase_before, elapsed_ms
                       FROM reviews)
                 GROUP BY day, rating, phase_before",
            )
            .map_err(StoreError::Read)?;
        let rows = stmt
            .query_map(
                params![DAY_ROLLOVER_HOUR * 3_600_000, MAX_COUNTED_ANSWER_MS],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, i64>(2)?,
                        r.get::<_, i64>(3)?,
                        r.get::<_, i64>(4)?,
                    ))
                },
            )
            .map_err(StoreError::Read)?;
        let mut tallies = Vec::new();
        for row in rows {
            let (day, rating, phase, reviews, counted_ms) = row.map_err(StoreError::Read)?;
            let (Some(rating), Some(phase_before)) =
                (Rating::from_number(rating), Phase::from_code(phase))
            else {
                return Err(StoreError::Corrupt(format!(
                    "a review has rating {rating} and phase {phase}"
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
            "SELECT * FROM reviews WHERE deck_id = ?1 AND reviewed_at >= ?2
             ORDER BY reviewed_at, id",
            params![deck_id, since_ms],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::CardState;
    use crate::stats::tally_reviews;
    use crate::store::ReviewRecord;
    use chrono::DateTime;

    #[test]
    fn the_sql_tallies_equal_the_reference_over_the_same_log() {
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
    }
}
