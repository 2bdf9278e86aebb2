//! Quiz scores over time: each finished quiz as a point, and a reading of the trend.

use crate::clock::{from_millis, study_day};
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;

/// A finished quiz, as the statistics need it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QuizOutcome {
    /// ms since the epoch (UTC).
    pub finished_at: i64,
    pub question_count: usize,
    /// From 0 to 1.
    pub score: f64,
}

/// One quiz on the plot.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct QuizPoint {
    /// The study day the quiz was finished on.
    pub day: NaiveDate,
    pub question_count: usize,
    /// From 0 to 100.
    pub percent: f64,
}

/// How many of the latest quizzes the recent average covers.
pub const RECENT_QUIZZES: usize = 5;

/// The quizzes in the order they were finished, each on its study day (seen from `now`'s
/// time zone). Quizzes without questions are left out.
pub fn quiz_points(outcomes: &[QuizOutcome], now: DateTime<FixedOffset>) -> Vec<QuizPoint> {
    let mut points: Vec<(i64, QuizPoint)> = outcomes
        .iter()
        .filter(|q| q.question_count > 0)
        .map(|q| {
            (
                q.finished_at,
                QuizPoint {
                    day: study_day(from_millis(q.finished_at, now)),
                    question_count: q.question_count,
                    percent: (q.score.clamp(0.0, 1.0) * 100.0),
                },
            )
        })
        .collect();
    points.sort_by_key(|(at, _)| *at);
    points.into_iter().map(|(_, p)| p).collect()
}

/// The mean score of the last `RECENT_QUIZZES` quizzes, weighted by their questions.
pub fn recent_average(points: &[QuizPoint]) -> Option<f64> {
    let recent = &points[points.len().saturating_sub(RECENT_QUIZZES)..];
    let questions: usize = recent.iter().map(|p| p.question_count).sum();
    (questions > 0).then(|| {
        recent
            .iter()
            .map(|p| p.percent * p.question_count as f64)
            .sum::<f64>()
            / questions as f64
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{Clock, ManualClock};

    fn outcome(at: &str, questions: usize, score: f64) -> QuizOutcome {
        QuizOutcome {
            finished_at: DateTime::parse_from_rfc3339(at).unwrap().timestamp_millis(),
            question_count: questions,
            score,
        }
    }

    #[test]
    fn quizzes_are_placed_on_their_study_day_in_order() {
        let now = ManualClock::at_utc("2026-03-10T12:00:00Z", 1).now();
        let points = quiz_points(
            &[
                outcome("2026-03-09T10:00:00Z", 10, 0.9),
                // 01:30 local on the 9th still belongs to the 8th.
                outcome("2026-03-09T00:30:00Z", 20, 0.5),
                outcome("2026-03-09T11:00:00Z", 0, 0.0),
            ],
            now,
        );
        let days: Vec<String> = points.iter().map(|p| p.day.to_string()).collect();
        assert_eq!(days, ["2026-03-08", "2026-03-09"]);
        assert_eq!(points[1].percent, 90.0);
    }

    #[test]
    fn the_recent_average_weighs_quizzes_by_their_questions() {
        let now = ManualClock::at_utc("2026-03-10T12:00:00Z", 0).now();
        let points = quiz_points(
            &[
                outcome("2026-03-01T10:00:00Z", 10, 1.0),
                outcome("2026-03-02T10:00:00Z", 30, 0.6),
            ],
            now,
        );
        assert_eq!(recent_average(&points), Some(70.0));
        assert_eq!(recent_average(&[]), None);
    }
}
