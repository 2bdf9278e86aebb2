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

/// Why a review log cannot be read or written; worded (`Display`) in the thread's language.
#[derive(Debug, thiserror::Error)]
pub enum CsvError {
    Row {
        line: u64,
        problem: RowProblem,
    },
    /// The CSV reader's or writer's own complaint, as it words it.
    Read(String),
}

/// Why a row of a review log is not a review at all (so the file is refused).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowProblem {
    /// The CSV reader's complaint (a field missing, not a number…), as it words it.
    Fields(String),
    /// A rating other than 1 to 4.
    Rating(u8),
    /// A time that is no ISO-8601 time; the text and the parser's complaint.
    Time { text: String, reason: String },
}

impl std::fmt::Display for CsvError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            CsvError::Row { line, problem } => {
                let problem = match problem {
                    RowProblem::Fields(reason) => reason.clone(),
                    RowProblem::Rating(rating) => {
                        tr!("log-row-rating", rating = rating.to_string())
                    }
                    RowProblem::Time { text, reason } => tr!(
                        "log-row-time",
                        text = text.as_str(),
                        reason = reason.as_str()
                    ),
                };
                tr!("log-row", line = line.to_string(), problem = problem)
            }
            CsvError::Read(reason) => tr!("log-unreadable", reason = reason.as_str()),
        };
        f.write_str(&text)
    }
}

/// The earliest moment an answer can have been given: 1 January 1987 (UTC), the year of
/// SuperMemo, the first spaced-repetition program. Anything older (year 1, the Unix epoch's
/// 1970 that an empty time field turns into) is a broken row, not a memory.
pub const EARLIEST_REVIEW_MS: i64 = 536_457_600_000;

/// How far past the present an answer may be dated: a day, for a clock set a little wrong
/// or a time zone written as UTC. An answer from further in the future would hold its card
/// until then and count in the statistics of days that have not come.
pub const FUTURE_SLACK_MS: i64 = 24 * 60 * 60 * 1000;

/// The longest an answer may have taken: a day. Longer (up to the integer limits) is a
/// broken row, and the log would hand it on to other tools as it is.
pub const LONGEST_DURATION_MS: i64 = 24 * 60 * 60 * 1000;

/// Why a well-formed row of a review log was left out: its values cannot be a real answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowRefusal {
    /// Dated before `EARLIEST_REVIEW_MS`.
    TooEarly { at_ms: i64 },
    /// Dated more than `FUTURE_SLACK_MS` after the moment of reading.
    InTheFuture { at_ms: i64 },
    /// A duration below zero.
    NegativeDuration { duration_ms: i64 },
    /// A duration over `LONGEST_DURATION_MS`.
    DurationOverADay { duration_ms: i64 },
}

impl std::fmt::Display for RowRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            RowRefusal::TooEarly { at_ms } => {
                tr!("import-log-row-too-early", date = utc_text(*at_ms))
            }
            RowRefusal::InTheFuture { at_ms } => {
                tr!("import-log-row-in-the-future", date = utc_text(*at_ms))
            }
            RowRefusal::NegativeDuration { duration_ms } => tr!(
                "import-log-row-negative-duration",
                ms = duration_ms.to_string()
            ),
            RowRefusal::DurationOverADay { duration_ms } => tr!(
                "import-log-row-duration-over-a-day",
                ms = duration_ms.to_string()
            ),
        };
        f.write_str(&text)
    }
}

/// A time as the messages write it: `2024-03-29 20:32 UTC`.
pub fn utc_text(at_ms: i64) -> String {
    DateTime::from_timestamp_millis(at_ms).map_or_else(
        || format!("{at_ms} ms"),
        |t| t.format("%Y-%m-%d %H:%M UTC").to_string(),
    )
}

/// A row left out, with its line in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RefusedRow {
    pub line: u64,
    pub refusal: RowRefusal,
}

/// What a review log yielded: its answers, and the rows left out because their values
/// cannot be real.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LogFile {
    pub rows: Vec<LogRow>,
    pub refused: Vec<RefusedRow>,
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

/// Reads a review log. A row that cannot be read (a rating of 7, a time that is no time,
/// a missing field) refuses the whole file with its line: the file is not what it claims.
/// A row that reads but cannot be a real answer (`RowRefusal`, judged against `now_ms`)
/// is left out and listed with its line; the others are kept.
pub fn read_rows(input: impl Read, now_ms: i64) -> Result<LogFile, CsvError> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(input);
    let headers = reader
        .headers()
        .map_err(|e| CsvError::Read(e.to_string()))?
        .clone();
    let mut file = LogFile::default();
    for record in reader.records() {
        let record = record.map_err(|e| match e.position() {
            Some(position) => CsvError::Row {
                line: position.line(),
                problem: RowProblem::Fields(e.to_string()),
            },
            None => CsvError::Read(e.to_string()),
        })?;
        let line = record.position().map_or(0, csv::Position::line);
        let row = record
            .deserialize::<CsvReview>(Some(&headers))
            .map_err(|e| CsvError::Row {
                line,
                problem: RowProblem::Fields(e.to_string()),
            })
            .and_then(|row| to_row(&row).map_err(|problem| CsvError::Row { line, problem }))?;
        match refusal(&row, now_ms) {
            Some(refusal) => file.refused.push(RefusedRow { line, refusal }),
            None => file.rows.push(row),
        }
    }
    Ok(file)
}

/// Why a row cannot be a real answer given at or before `now_ms`, if it cannot.
pub fn refusal(row: &LogRow, now_ms: i64) -> Option<RowRefusal> {
    if row.at_ms < EARLIEST_REVIEW_MS {
        Some(RowRefusal::TooEarly { at_ms: row.at_ms })
    } else if row.at_ms > now_ms.saturating_add(FUTURE_SLACK_MS) {
        Some(RowRefusal::InTheFuture { at_ms: row.at_ms })
    } else if row.duration_ms < 0 {
        Some(RowRefusal::NegativeDuration {
            duration_ms: row.duration_ms,
        })
    } else if row.duration_ms > LONGEST_DURATION_MS {
        Some(RowRefusal::DurationOverADay {
            duration_ms: row.duration_ms,
        })
    } else {
        None
    }
}

/// Reads a review log as rated reviews with their FSRS study days, for fitting and
/// evaluating, with the rows left out as `read_rows` leaves them out.
pub fn read_reviews(
    input: impl Read,
    now_ms: i64,
) -> Result<(Vec<RatedReview>, Vec<RefusedRow>), CsvError> {
    let file = read_rows(input, now_ms)?;
    Ok((file.rows.iter().map(to_review).collect(), file.refused))
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

fn to_row(row: &CsvReview) -> Result<LogRow, RowProblem> {
    let rating = Rating::from_number(i64::from(row.review_rating))
        .ok_or(RowProblem::Rating(row.review_rating))?;
    let at = DateTime::parse_from_rfc3339(&row.review_time).map_err(|e| RowProblem::Time {
        text: row.review_time.clone(),
        reason: e.to_string(),
    })?;
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

    /// 2026-11-27 08:00 UTC.
    const NOW_MS: i64 = 1_795_766_400_000;

    #[test]
    fn rows_with_and_without_fractional_seconds_are_read() {
        let text = "card_id,review_rating,review_time,review_duration\n\
                    1,3,2024-03-29T20:32:32.250000+00:00,25060\n\
                    1,1,2024-03-31T03:00:00+00:00,1000\n";
        let (reviews, _) = read_reviews(text.as_bytes(), NOW_MS).unwrap();
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
        let error = read_reviews(text.as_bytes(), NOW_MS)
            .unwrap_err()
            .to_string();
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
        assert_eq!(read_rows(text.as_bytes(), NOW_MS).unwrap().rows, rows);
    }

    #[test]
    fn card_numbers_are_stable_and_distinct() {
        assert_eq!(card_number("d", "a/value"), card_number("d", "a/value"));
        assert_ne!(card_number("d", "a/value"), card_number("d", "b/value"));
        assert!(card_number("d", "a/value") >= 0);
    }

    fn row(at_ms: i64, duration_ms: i64) -> LogRow {
        LogRow {
            card_id: 1,
            rating: Rating::Good,
            at_ms,
            duration_ms,
        }
    }

    #[test]
    fn the_sane_range_ends_where_it_says() {
        assert_eq!(refusal(&row(EARLIEST_REVIEW_MS, 0), NOW_MS), None);
        assert!(refusal(&row(EARLIEST_REVIEW_MS - 1, 0), NOW_MS).is_some());
        assert_eq!(refusal(&row(NOW_MS + FUTURE_SLACK_MS, 0), NOW_MS), None);
        assert!(refusal(&row(NOW_MS + FUTURE_SLACK_MS + 1, 0), NOW_MS).is_some());
        assert_eq!(refusal(&row(NOW_MS, LONGEST_DURATION_MS), NOW_MS), None);
        assert!(refusal(&row(NOW_MS, LONGEST_DURATION_MS + 1), NOW_MS).is_some());
        assert!(refusal(&row(NOW_MS, -1), NOW_MS).is_some());
        assert!(
            refusal(&row(i64::MAX, 0), i64::MAX).is_none(),
            "no overflow"
        );
    }

    #[test]
    fn lines_are_counted_in_the_file_past_refused_rows() {
        let text = "card_id,review_rating,review_time,review_duration\n\
                    1,3,1970-01-01T00:00:00+00:00,1\n\
                    1,9,2024-03-29T20:32:32+00:00,1\n";
        let error = read_rows(text.as_bytes(), NOW_MS).unwrap_err().to_string();
        assert!(error.starts_with("line 3: rating 9"), "{error}");
    }
}
