//! Figures over the review log by study day: reviews per day by rating, time spent,
//! streaks, the calendar and retention per week.
//!
//! The log is first reduced to `DayTally` rows (one per study day, rating and phase), so a
//! million reviews become a few thousand rows; the store computes the same rows in SQL.
//! Each review belongs to the study day of its own moment, seen in the offset the learner
//! had when answering, so travelling does not move past reviews to other days.

use crate::log::DayTally;
use crate::schedule::{Phase, Rating};
use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;
use std::collections::BTreeMap;

/// What the learner did on one study day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DayActivity {
    pub day: NaiveDate,
    pub again: u32,
    pub hard: u32,
    pub good: u32,
    pub easy: u32,
    /// Answers to graduated cards (in review before the answer), and how many passed:
    /// what retention is measured on.
    pub review_cards: u32,
    pub review_cards_passed: u32,
    /// Time spent answering, in ms.
    pub time_ms: i64,
}

impl DayActivity {
    pub fn empty(day: NaiveDate) -> Self {
        DayActivity {
            day,
            again: 0,
            hard: 0,
            good: 0,
            easy: 0,
            review_cards: 0,
            review_cards_passed: 0,
            time_ms: 0,
        }
    }

    pub fn reviews(&self) -> u32 {
        self.again + self.hard + self.good + self.easy
    }

    fn add(&mut self, tally: &DayTally) {
        let slot = match tally.rating {
            Rating::Again => &mut self.again,
            Rating::Hard => &mut self.hard,
            Rating::Good => &mut self.good,
            Rating::Easy => &mut self.easy,
        };
        *slot += tally.reviews;
        if tally.phase_before == Phase::Review {
            self.review_cards += tally.reviews;
            if tally.rating.is_pass() {
                self.review_cards_passed += tally.reviews;
            }
        }
        self.time_ms += tally.counted_ms;
    }
}

/// The learner's days with at least one answer, by day.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    days: BTreeMap<NaiveDate, DayActivity>,
}

impl History {
    pub fn from_tallies(tallies: &[DayTally]) -> Self {
        let mut days = BTreeMap::new();
        for tally in tallies {
            days.entry(tally.day)
                .or_insert_with(|| DayActivity::empty(tally.day))
                .add(tally);
        }
        History { days }
    }

    /// A day's activity; an empty one for days without answers.
    pub fn day(&self, day: NaiveDate) -> DayActivity {
        self.days
            .get(&day)
            .copied()
            .unwrap_or_else(|| DayActivity::empty(day))
    }

    /// Every answer ever logged.
    pub fn total_reviews(&self) -> u64 {
        self.days.values().map(|d| u64::from(d.reviews())).sum()
    }

    /// Days with at least one answer.
    pub fn study_days(&self) -> usize {
        self.days.len()
    }

    /// The last `count` days up to and including `today`, oldest first, days without
    /// answers included.
    pub fn last_days(&self, today: NaiveDate, count: usize) -> Vec<DayActivity> {
        (0..count as i64)
            .rev()
            .map(|back| self.day(today - Duration::days(back)))
            .collect()
    }

    /// The current streak (consecutive study days ending today, or yesterday when
    /// nothing was answered yet today: the day is not lost until it is over) and the
    /// longest streak ever.
    pub fn streaks(&self, today: NaiveDate) -> Streaks {
        let mut longest = 0;
        let mut run = 0;
        let mut previous: Option<NaiveDate> = None;
        for day in self.days.keys().filter(|d| **d <= today) {
            run = match previous {
                Some(p) if *day - p == Duration::days(1) => run + 1,
                _ => 1,
            };
            longest = longest.max(run);
            previous = Some(*day);
        }
        let yesterday = today - Duration::days(1);
        let current = match previous {
            Some(last) if last == today || last == yesterday => run,
            _ => 0,
        };
        Streaks {
            current_days: current,
            longest_days: longest,
            studied_today: self.days.contains_key(&today),
        }
    }

    /// Share of answers to graduated cards that passed, per calendar week (Monday to
    /// Sunday), for the `weeks` weeks up to and including the one holding `today`.
    pub fn weekly_retention(&self, today: NaiveDate, weeks: usize) -> Vec<WeekRetention> {
        let this_week = week_start(today);
        (0..weeks as i64)
            .rev()
            .map(|back| {
                let start = this_week - Duration::weeks(back);
                let mut week = WeekRetention {
                    week_start: start,
                    reviews: 0,
                    passed: 0,
                };
                for (_, day) in self.days.range(start..start + Duration::days(7)) {
                    week.reviews += day.review_cards;
                    week.passed += day.review_cards_passed;
                }
                week
            })
            .collect()
    }

    /// Share of answers to graduated cards that passed over the last `days` days up to
    /// and including `today`.
    pub fn retention_over(&self, today: NaiveDate, days: i64) -> Retention {
        let first = today - Duration::days(days - 1);
        let mut retention = Retention::default();
        for (_, day) in self.days.range(first..=today) {
            retention.reviews += day.review_cards;
            retention.passed += day.review_cards_passed;
        }
        retention
    }
}

/// The Monday a study day's week starts on.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// Consecutive days of study.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Streaks {
    pub current_days: u32,
    pub longest_days: u32,
    /// Whether today already counts (the streak ends tonight if it does not).
    pub studied_today: bool,
}

/// How many answers to graduated cards passed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Retention {
    pub reviews: u32,
    pub passed: u32,
}

impl Retention {
    /// The share passed, `None` without answers.
    pub fn share(&self) -> Option<f32> {
        (self.reviews > 0).then(|| self.passed as f32 / self.reviews as f32)
    }
}

/// Retention over one calendar week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WeekRetention {
    /// The Monday the week starts on.
    pub week_start: NaiveDate,
    pub reviews: u32,
    pub passed: u32,
}

impl WeekRetention {
    pub fn share(&self) -> Option<f32> {
        Retention {
            reviews: self.reviews,
            passed: self.passed,
        }
        .share()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::{ReviewRecord, study_day_of, tally_reviews};
    use chrono::{DateTime, FixedOffset};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// An answer at a UTC time, given in a zone `offset_hours` east of UTC.
    fn review(utc: &str, offset_hours: i32, rating: Rating, phase: Phase) -> ReviewRecord {
        let at = DateTime::parse_from_rfc3339(utc).unwrap();
        ReviewRecord {
            deck_id: "d".into(),
            card_id: "f/value".into(),
            reviewed_at: at.timestamp_millis(),
            utc_offset_secs: offset_hours * 3600,
            rating,
            phase_before: phase,
            elapsed_ms: 5_000,
            question_kind: "flashcard".into(),
            answer: None,
        }
    }

    fn history(reviews: &[ReviewRecord]) -> History {
        History::from_tallies(&tally_reviews(reviews))
    }

    #[test]
    fn the_day_number_agrees_with_the_clocks_study_day() {
        for (utc, offset) in [
            ("2026-03-10T00:30:00Z", 1),
            ("2026-03-10T02:59:59Z", 1),
            ("2026-03-10T03:00:00Z", 1),
            ("2026-03-10T18:30:00Z", 9),
            ("2026-03-10T07:00:00Z", -8),
        ] {
            let at = DateTime::parse_from_rfc3339(utc)
                .unwrap()
                .with_timezone(&FixedOffset::east_opt(offset * 3600).unwrap());
            let record = review(utc, offset, Rating::Good, Phase::New);
            assert_eq!(study_day_of(&record), crate::clock::study_day(at), "{utc}");
        }
    }

    #[test]
    fn an_answer_after_midnight_counts_for_the_evening_before() {
        // 01:30 in Berlin (UTC+1) on the 10th is still the study day of the 9th.
        let log = [review("2026-03-10T00:30:00Z", 1, Rating::Good, Phase::New)];
        let h = history(&log);
        assert_eq!(h.day(date(2026, 3, 9)).good, 1);
        assert_eq!(h.day(date(2026, 3, 10)).reviews(), 0);
    }

    #[test]
    fn the_same_moment_falls_on_different_days_in_different_zones() {
        // 22:00 UTC on the 9th: 23:00 on the 9th in Berlin, 07:00 on the 10th in Tokyo.
        let log = [
            review("2026-03-09T22:00:00Z", 1, Rating::Good, Phase::New),
            review("2026-03-09T22:00:00Z", 9, Rating::Again, Phase::New),
        ];
        let h = history(&log);
        assert_eq!(h.day(date(2026, 3, 9)).good, 1);
        assert_eq!(h.day(date(2026, 3, 10)).again, 1);
    }

    #[test]
    fn reviews_per_day_are_split_by_rating_with_empty_days_included() {
        let log = [
            review("2026-03-08T10:00:00Z", 0, Rating::Again, Phase::New),
            review("2026-03-08T10:01:00Z", 0, Rating::Good, Phase::Learning),
            review("2026-03-08T10:02:00Z", 0, Rating::Good, Phase::Learning),
            review("2026-03-10T10:00:00Z", 0, Rating::Easy, Phase::Review),
            review("2026-03-10T10:00:00Z", 0, Rating::Hard, Phase::Review),
        ];
        let days = history(&log).last_days(date(2026, 3, 10), 3);
        let counts: Vec<[u32; 4]> = days
            .iter()
            .map(|d| [d.again, d.hard, d.good, d.easy])
            .collect();
        assert_eq!(counts, [[1, 0, 2, 0], [0, 0, 0, 0], [0, 1, 0, 1]]);
        assert_eq!(days[0].day, date(2026, 3, 8));
    }

    #[test]
    fn time_spent_caps_each_answer_at_a_minute() {
        let mut slow = review("2026-03-10T10:00:00Z", 0, Rating::Good, Phase::New);
        slow.elapsed_ms = 10 * 60_000;
        let quick = review("2026-03-10T10:20:00Z", 0, Rating::Good, Phase::New);
        let h = history(&[slow, quick]);
        assert_eq!(h.day(date(2026, 3, 10)).time_ms, 60_000 + 5_000);
    }

    #[test]
    fn the_current_streak_survives_until_the_day_is_over() {
        let log = [
            review("2026-03-07T10:00:00Z", 0, Rating::Good, Phase::New),
            review("2026-03-08T10:00:00Z", 0, Rating::Good, Phase::New),
            review("2026-03-09T10:00:00Z", 0, Rating::Good, Phase::New),
        ];
        let h = history(&log);
        let today = h.streaks(date(2026, 3, 10));
        assert_eq!(today.current_days, 3);
        assert!(!today.studied_today);
        assert_eq!(h.streaks(date(2026, 3, 11)).current_days, 0);
    }

    #[test]
    fn the_longest_streak_is_kept_after_a_gap() {
        let mut log = Vec::new();
        for day in 1..=5 {
            log.push(review(
                &format!("2026-03-0{day}T10:00:00Z"),
                0,
                Rating::Good,
                Phase::Review,
            ));
        }
        log.push(review("2026-03-09T10:00:00Z", 0, Rating::Good, Phase::New));
        log.push(review("2026-03-10T10:00:00Z", 0, Rating::Good, Phase::New));
        let streaks = history(&log).streaks(date(2026, 3, 10));
        assert_eq!(streaks.current_days, 2);
        assert_eq!(streaks.longest_days, 5);
        assert!(streaks.studied_today);
    }

    #[test]
    fn a_streak_counts_study_days_not_calendar_dates() {
        // 23:00 and then 02:00 the next night (UTC+1) are one study day; 09:00 is the next.
        let log = [
            review("2026-03-09T22:00:00Z", 1, Rating::Good, Phase::New),
            review("2026-03-10T01:00:00Z", 1, Rating::Good, Phase::New),
            review("2026-03-10T08:00:00Z", 1, Rating::Good, Phase::New),
        ];
        let h = history(&log);
        assert_eq!(h.study_days(), 2);
        assert_eq!(h.streaks(date(2026, 3, 10)).current_days, 2);
    }

    #[test]
    fn retention_counts_only_answers_to_graduated_cards() {
        let log = [
            review("2026-03-10T10:00:00Z", 0, Rating::Again, Phase::New),
            review("2026-03-10T10:00:00Z", 0, Rating::Again, Phase::Learning),
            review("2026-03-10T10:00:00Z", 0, Rating::Good, Phase::Review),
            review("2026-03-10T10:00:00Z", 0, Rating::Hard, Phase::Review),
            review("2026-03-10T10:00:00Z", 0, Rating::Easy, Phase::Review),
            review("2026-03-10T10:00:00Z", 0, Rating::Again, Phase::Review),
        ];
        let retention = history(&log).retention_over(date(2026, 3, 10), 7);
        assert_eq!(retention.reviews, 4);
        assert_eq!(retention.passed, 3);
        assert_eq!(retention.share(), Some(0.75));
    }

    #[test]
    fn weekly_retention_groups_monday_to_sunday() {
        // 2026-03-08 is a Sunday, 2026-03-09 a Monday.
        let log = [
            review("2026-03-08T10:00:00Z", 0, Rating::Again, Phase::Review),
            review("2026-03-09T10:00:00Z", 0, Rating::Good, Phase::Review),
            review("2026-03-10T10:00:00Z", 0, Rating::Good, Phase::Review),
        ];
        let weeks = history(&log).weekly_retention(date(2026, 3, 10), 3);
        assert_eq!(weeks.len(), 3);
        assert_eq!(weeks[1].week_start, date(2026, 3, 2));
        assert_eq!(weeks[1].share(), Some(0.0));
        assert_eq!(weeks[2].week_start, date(2026, 3, 9));
        assert_eq!(weeks[2].share(), Some(1.0));
        assert_eq!(weeks[0].share(), None);
    }
}
