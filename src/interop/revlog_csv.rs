//! Review logs as CSV in the format of py-fsrs and the FSRS tools:
//! `card_id,review_rating,review_time,review_duration` (integer card id, rating 1–4,
//! ISO-8601 time, duration in ms).

use crate::schedule::Rating;
use crate::schedule::evaluate::RatedReview;
use chrono::{DateTime, Duration};
use serde::{Deserialize, Serialize};
use std::io::Read;

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

/// Reads a review log; every row must be valid, and a bad row is reported with its line.
pub fn read_reviews(input: impl Read) -> Result<Vec<RatedReview>, CsvError> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(input);
    let mut reviews = Vec::new();
    for row in reader.deserialize::<CsvReview>() {
        let row = row.map_err(|e| match e.position() {
            Some(position) => CsvError::Row {
                line: position.line(),
                message: e.to_string(),
            },
            None => CsvError::Read(e.to_string()),
        })?;
        let line = reviews.len() as u64 + 2;
        reviews.push(to_review(&row).map_err(|message| CsvError::Row { line, message })?);
    }
    Ok(reviews)
}

fn to_review(row: &CsvReview) -> Result<RatedReview, String> {
    let rating = Rating::from_number(i64::from(row.review_rating))
        .ok_or_else(|| format!("rating {} is not 1, 2, 3 or 4", row.review_rating))?;
    let at = DateTime::parse_from_rfc3339(&row.review_time)
        .map_err(|e| format!("`{}` is not an ISO-8601 time ({e})", row.review_time))?;
    let day_time = at.naive_utc() - Duration::hours(DAY_OFFSET_HOURS);
    let day = day_time
        .date()
        .signed_duration_since(chrono::NaiveDate::default())
        .num_days();
    Ok(RatedReview {
        card: row.card_id.to_string(),
        at_ms: at.timestamp_millis(),
        day,
        rating,
    })
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
}
