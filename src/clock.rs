//! Where "now" comes from. Everything that schedules takes a `Clock`, so tests can
//! simulate months of study in milliseconds.

use chrono::{DateTime, Duration, FixedOffset, Local, NaiveDate, Utc};
use std::sync::{Arc, Mutex};

/// Hour of the local morning at which a new study day begins (as in Anki), so that a
/// session just after midnight still counts towards the evening's day.
pub const DAY_ROLLOVER_HOUR: i64 = 4;

/// A source of the current time in the learner's time zone.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<FixedOffset>;
}

/// The real wall clock in the system's local time zone.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<FixedOffset> {
        Local::now().fixed_offset()
    }
}

/// A clock that only moves when told to; shared between clones so a test can advance the
/// time the app sees.
#[derive(Debug, Clone)]
pub struct ManualClock {
    now: Arc<Mutex<DateTime<FixedOffset>>>,
}

impl ManualClock {
    pub fn new(start: DateTime<FixedOffset>) -> Self {
        Self {
            now: Arc::new(Mutex::new(start)),
        }
    }

    /// A clock at the given UTC instant, seen from a zone `offset_hours` east of UTC.
    pub fn at_utc(rfc3339: &str, offset_hours: i32) -> Self {
        let offset = FixedOffset::east_opt(offset_hours * 3600).expect("an offset within ±24 h");
        let at = DateTime::parse_from_rfc3339(rfc3339).expect("an RFC 3339 time");
        Self::new(at.with_timezone(&offset))
    }

    pub fn advance(&self, by: Duration) {
        if let Ok(mut now) = self.now.lock() {
            *now += by;
        }
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<FixedOffset> {
        match self.now.lock() {
            Ok(now) => *now,
            Err(poisoned) => *poisoned.into_inner(),
        }
    }
}

/// The study day a moment belongs to: its local date, shifted back by the rollover hour.
pub fn study_day(at: DateTime<FixedOffset>) -> NaiveDate {
    (at - Duration::hours(DAY_ROLLOVER_HOUR)).date_naive()
}

/// The moment a study day begins, in the offset of `zone_of`.
pub fn day_start(day: NaiveDate, zone_of: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    let naive = day
        .and_hms_opt(DAY_ROLLOVER_HOUR as u32, 0, 0)
        .expect("the rollover hour is a valid time");
    naive
        .and_local_timezone(*zone_of.offset())
        .single()
        .unwrap_or(zone_of)
}

/// Milliseconds since the Unix epoch, the form every time is stored in.
pub fn to_millis(at: DateTime<FixedOffset>) -> i64 {
    at.timestamp_millis()
}

/// A stored time, seen in the offset of `zone_of`.
pub fn from_millis(ms: i64, zone_of: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    DateTime::<Utc>::from_timestamp_millis(ms)
        .unwrap_or_default()
        .with_timezone(zone_of.offset())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_review_just_after_midnight_belongs_to_the_previous_day() {
        let clock = ManualClock::at_utc("2026-03-10T00:30:00Z", 1); // 01:30 local
        assert_eq!(
            study_day(clock.now()),
            NaiveDate::from_ymd_opt(2026, 3, 9).unwrap()
        );
    }

    #[test]
    fn the_study_day_uses_the_learners_time_zone() {
        // 02:00 UTC is 11:00 in Tokyo: already the 10th there.
        let tokyo = ManualClock::at_utc("2026-03-10T02:00:00Z", 9);
        assert_eq!(
            study_day(tokyo.now()),
            NaiveDate::from_ymd_opt(2026, 3, 10).unwrap()
        );
        let day = study_day(tokyo.now());
        assert_eq!(
            day_start(day, tokyo.now()).to_rfc3339(),
            "2026-03-10T04:00:00+09:00"
        );
    }
}
