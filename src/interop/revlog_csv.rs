//! Review logs as CSV in the format of py-fsrs and the FSRS tools:
//! `card_id,review_rating,review_time,review_duration` (integer card id, rating 1–4,
//! ISO-8601 time, duration in ms).

use crate::schedule::Rating;
use crate::schedule::evaluate::RatedReview;
use chrono::{DateTime, Duration};
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};

/// Hours subtracted from a review's UTC time to find its day, as the FSRS tools do
/// (a day of reviews ends at 4 am UTC).
const DAY_OFFSET_HOURS: i64 = 4;

/// One row of the file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CsvReview {
    pub card_id: i64,
    pub review_rating: u8,
    pub review_time: String,
    pub review_duration: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum CsvError {
    #[error("line {line}: {message}")]
    Row { line: u64, message: String },
    #[error("the file could not be read: {0}")]
    Read(String),
}

/// One review as the file holds it, checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogRow {
    pub card_id: i64,
    pub rating: Rating,
    /// When, in ms since the epoch (UTC).
    pub at_ms: i64,
    pub duration_ms: i64,
}

/// Reads a review log; every row must be valid, and a bad row is reported with its line.
pub fn read_rows(input: impl Read) -> Result<Vec<LogRow>, CsvError> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(input);
    let mut rows = Vec::new();
    for row in reader.deserialize::<CsvReview>() {
        let row = row.map_err(|e| match e.position() {
            Some(position) => CsvError::Row {
                line: position.line(),
                message: e.to_string(),
            },
            None => CsvError::Read(e.to_string()),
        })?;
        let line = rows.len() as u64 + 2;
        rows.push(to_row(&row).map_err(|message| CsvError::Row { line, message })?);
    }
    Ok(rows)
}

/// Reads a review log as rated reviews with their FSRS study days, for fitting and
/// evaluating.
pub fn read_reviews(input: impl Read) -> Result<Vec<RatedReview>, CsvError> {
    Ok(read_rows(input)?.iter().map(to_review).collect())
}

/// Writes `rows` with the header line, times in UTC with microseconds as py-fsrs does.
pub fn write_rows(rows: &[LogRow], output: impl Write) -> Result<(), CsvError> {
    let mut writer = csv::Writer::from_writer(output);
    for row in rows {
        let time = DateTime::from_timestamp_millis(row.at_ms)
            .ok_or_else(|| CsvError::Read(format!("{} is not a time", row.at_ms)))?;
        writer
            .serialize(CsvReview {
                card_id: row.card_id,
                review_rating: row.rating.number(),
                review_time: time.format("%Y-%m-%dT%H:%M:%S%.6f+00:00").to_string(),
                review_duration: row.duration_ms,
            })
            .map_err(|e| CsvError::Read(e.to_string()))?;
    }
    writer.flush().map_err(|e| CsvError::Read(e.to_string()))
}

/// The integer a card goes by in the file: a stable hash of its deck and card id
/// (FNV-1a, kept positive), so the same card has the same number in every export.
pub fn card_number(deck_id: &str, card_id: &str) -> i64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in deck_id.bytes().chain([b'/']).chain(card_id.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (hash >> 1) as i64
}

fn to_row(row: &CsvReview) -> Result<LogRow, String> {
    let rating = Rating::from_number(i64::from(row.review_rating))
        .ok_or_else(|| format!("rating {} is not 1, 2, 3 or 4", row.review_rating))?;
    let at = DateTime::parse_from_rfc3339(&row.review_time)
        .map_err(|e| format!("`{}` is not an ISO-8601 time ({e})", row.review_time))?;
    Ok(LogRow {
        card_id: row.card_id,
        rating,
        at_ms: at.timestamp_millis(),
        duration_ms: row.review_duration,
    })
}

fn to_review(row: &LogRow) -> RatedReview {
    let at = DateTime::from_timestamp_millis(row.at_ms).unwrap_or_default();
    let day_time = at.naive_utc() - Duration::hours(DAY_OFFSET_HOURS);
    let day = day_time
        .date()
        .signed_duration_since(chrono::NaiveDate::default())
        .num_days();
    RatedReview {
        card: row.card_id.to_string(),
        at_ms: row.at_ms,
        day,
        rating: row.rating,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_with_and_without_fractional_seconds_are_read() {
        let text = "card_id,review_rating,review_time,review_duration\n\
                    1,3,2024-03-29T20:32:32.250000+00:00,25060\n\
                    1,1,2024-03-31T03:00:00+00:00,1000\n";
        let reviews = read_reviews(text.as_bytes()).unwrap();
        assert_eq!(reviews.len(), 2);
        assert_eq!(reviews[0].rating, Rating::Good);
        // 03:00 UTC on the 31st still belongs to the 30th (days end at 4 am).
        assert_eq!(reviews[1].day - reviews[0].day, 1);
    }

    #[test]
    fn a_bad_rating_names_its_line() {
        let text = "card_id,review_rating,review_time,review_duration\n\
                    1,3,2024-03-29T20:32:32+00:00,1\n\
                    1,7,2024-03-29T20:32:32+00:00,1\n";
        let error = read_reviews(text.as_bytes()).unwrap_err().to_string();
        assert!(error.starts_with("line 3: rating 7"), "{error}");
    }

    #[test]
    fn written_rows_read_back_the_same() {
        let rows = vec![LogRow {
            card_id: card_number("kim-putin-2019", "gipfel-datum/date"),
            rating: Rating::Hard,
            at_ms: 1_556_190_000_123,
            duration_ms: 4_200,
        }];
        let mut out = Vec::new();
        write_rows(&rows, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("card_id,review_rating,review_time,review_duration\n"));
        assert!(text.contains("2019-04-25T11:00:00.123000+00:00"), "{text}");
        assert_eq!(read_rows(text.as_bytes()).unwrap(), rows);
    }

    #[test]
    fn card_numbers_are_stable_and_distinct() {
        assert_eq!(card_number("d", "a/value"), card_number("d", "a/value"));
        assert_ne!(card_number("d", "a/value"), card_number("d", "b/value"));
        assert!(card_number("d", "a/value") >= 0);
    }
}
