//! Figures over card states: how many cards are new, learning, young or mature, how
//! strong the memories are, and how many cards fall due in the coming days.

use crate::clock::{study_day, to_millis};
use crate::log::study_day_number;
use crate::schedule::{CardState, Phase};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use serde::Serialize;

/// A graduated card with an interval of at least this many days is mature (as in Anki).
pub const MATURE_INTERVAL_DAYS: u32 = 21;

/// Where a card stands, as the learner sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CardCategory {
    /// Never answered (or reset).
    New,
    /// In its first steps, or relearning after a lapse.
    Learning,
    /// Graduated, with an interval under three weeks.
    Young,
    /// Graduated, with an interval of three weeks or more.
    Mature,
    /// Taken out of studying by the learner.
    Suspended,
}

impl CardCategory {
    pub const ALL: [CardCategory; 5] = [
        CardCategory::New,
        CardCategory::Learning,
        CardCategory::Young,
        CardCategory::Mature,
        CardCategory::Suspended,
    ];

    pub fn name(self) -> &'static str {
        match self {
            CardCategory::New => "new",
            CardCategory::Learning => "learning",
            CardCategory::Young => "young",
            CardCategory::Mature => "mature",
            CardCategory::Suspended => "suspended",
        }
    }

    /// The category of a card; `None` is a card never answered.
    pub fn of(state: Option<&CardState>, suspended: bool) -> CardCategory {
        if suspended {
            return CardCategory::Suspended;
        }
        match state.map(|s| (s.phase, s.interval_days)) {
            None | Some((Phase::New, _)) => CardCategory::New,
            Some((Phase::Learning | Phase::Relearning, _)) => CardCategory::Learning,
            Some((Phase::Review, days)) if days < MATURE_INTERVAL_DAYS => CardCategory::Young,
            Some((Phase::Review, _)) => CardCategory::Mature,
        }
    }
}

/// How many cards are in each category.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct CategoryCounts {
    pub new: usize,
    pub learning: usize,
    pub young: usize,
    pub mature: usize,
    pub suspended: usize,
}

impl CategoryCounts {
    pub fn add(&mut self, category: CardCategory) {
        *self.slot(category) += 1;
    }

    pub fn get(&self, category: CardCategory) -> usize {
        match category {
            CardCategory::New => self.new,
            CardCategory::Learning => self.learning,
            CardCategory::Young => self.young,
            CardCategory::Mature => self.mature,
            CardCategory::Suspended => self.suspended,
        }
    }

    pub fn total(&self) -> usize {
        self.new + self.learning + self.young + self.mature + self.suspended
    }

    fn slot(&mut self, category: CardCategory) -> &mut usize {
        match category {
            CardCategory::New => &mut self.new,
            CardCategory::Learning => &mut self.learning,
            CardCategory::Young => &mut self.young,
            CardCategory::Mature => &mut self.mature,
            CardCategory::Suspended => &mut self.suspended,
        }
    }
}

/// Cards falling due on one study day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ForecastDay {
    pub day: NaiveDate,
    /// Cards in (re)learning steps.
    pub learning: u32,
    /// Graduated cards.
    pub review: u32,
}

impl ForecastDay {
    pub fn total(&self) -> u32 {
        self.learning + self.review
    }
}

/// Accumulates how many answered cards fall due on each of the next `days` study days
/// (today first; cards already overdue count for today), before daily limits.
pub struct ForecastBuilder {
    /// The learner's offset from UTC now, in seconds: due times are seen in it.
    offset_secs: i32,
    /// Today's study day number (see `log::study_day_number`).
    today: i64,
    days: Vec<ForecastDay>,
}

impl ForecastBuilder {
    pub fn new(now: DateTime<FixedOffset>, days: usize) -> Self {
        let offset_secs = now.offset().local_minus_utc();
        let today = study_day(now);
        ForecastBuilder {
            offset_secs,
            today: study_day_number(to_millis(now), offset_secs),
            days: (0..days as i64)
                .map(|offset| ForecastDay {
                    day: today + Duration::days(offset),
                    learning: 0,
                    review: 0,
                })
                .collect(),
        }
    }

    pub fn add(&mut self, state: &CardState) {
        if state.phase == Phase::New {
            return;
        }
        // Integer day numbers: this runs for every card, and chrono's dates cost more.
        let due_day = study_day_number(state.due, self.offset_secs);
        let index = (due_day - self.today).max(0) as usize;
        if let Some(day) = self.days.get_mut(index) {
            if state.phase.is_learning() {
                day.learning += 1;
            } else {
                day.review += 1;
            }
        }
    }

    pub fn finish(self) -> Vec<ForecastDay> {
        self.days
    }
}

/// One bar of the distribution of memory stability.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct StabilityBucket {
    /// What the bar is called on the axis ("1–3 d").
    pub label: &'static str,
    /// Stability from (inclusive) and up to (exclusive), in days; `None` is open-ended.
    pub from_days: f32,
    pub to_days: Option<f32>,
    pub cards: u32,
}

/// Bucket edges in days, chosen so that each bar is a span a learner thinks in.
const STABILITY_EDGES: [(f32, &str); 9] = [
    (0.0, "< 1 d"),
    (1.0, "1–3 d"),
    (3.0, "3–7 d"),
    (7.0, "1–2 wk"),
    (14.0, "2–4 wk"),
    (30.0, "1–3 mo"),
    (90.0, "3–6 mo"),
    (180.0, "6–12 mo"),
    (365.0, "≥ 1 y"),
];

/// Accumulates the distribution of stability (the number of days after which recall
/// falls to 90 %) over cards that have been answered.
pub struct StabilityBuilder {
    counts: [u32; STABILITY_EDGES.len()],
}

impl Default for StabilityBuilder {
    fn default() -> Self {
        StabilityBuilder {
            counts: [0; STABILITY_EDGES.len()],
        }
    }
}

impl StabilityBuilder {
    pub fn add(&mut self, state: &CardState) {
        let Some(memory) = state.memory else {
            return;
        };
        let index = STABILITY_EDGES
            .iter()
            .rposition(|(from, _)| memory.stability >= *from)
            .unwrap_or(0);
        self.counts[index] += 1;
    }

    pub fn finish(self) -> Vec<StabilityBucket> {
        STABILITY_EDGES
            .iter()
            .enumerate()
            .map(|(i, (from, label))| StabilityBucket {
                label,
                from_days: *from,
                to_days: STABILITY_EDGES.get(i + 1).map(|(to, _)| *to),
                cards: self.counts[i],
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{Clock, ManualClock};
    use fsrs::MemoryState;

    fn state(phase: Phase, interval_days: u32) -> CardState {
        CardState {
            phase,
            interval_days,
            ..CardState::new_card()
        }
    }

    #[test]
    fn cards_are_young_until_their_interval_reaches_three_weeks() {
        assert_eq!(
            CardCategory::of(Some(&state(Phase::Review, 20)), false),
            CardCategory::Young
        );
        assert_eq!(
            CardCategory::of(Some(&state(Phase::Review, 21)), false),
            CardCategory::Mature
        );
        assert_eq!(
            CardCategory::of(Some(&state(Phase::Relearning, 0)), false),
            CardCategory::Learning
        );
        assert_eq!(CardCategory::of(None, false), CardCategory::New);
        assert_eq!(
            CardCategory::of(Some(&state(Phase::Review, 40)), true),
            CardCategory::Suspended
        );
    }

    #[test]
    fn the_forecast_counts_overdue_cards_today_and_uses_study_days() {
        // 10:00 in Berlin on 10 March; the study day runs until 04:00 on the 11th.
        let clock = ManualClock::at_utc("2026-03-10T09:00:00Z", 1);
        let now = clock.now();
        let at = |utc: &str| {
            DateTime::parse_from_rfc3339(utc)
                .unwrap()
                .timestamp_millis()
        };
        let due = |phase: Phase, ms: i64| CardState {
            due: ms,
            ..state(phase, 3)
        };
        let mut forecast = ForecastBuilder::new(now, 3);
        forecast.add(&due(Phase::Review, at("2026-03-01T09:00:00Z"))); // overdue
        forecast.add(&due(Phase::Learning, to_millis(now) + 600_000)); // in 10 minutes
        forecast.add(&due(Phase::Review, at("2026-03-11T02:30:00Z"))); // 03:30 local: today
        forecast.add(&due(Phase::Review, at("2026-03-11T03:00:00Z"))); // 04:00 local: tomorrow
        forecast.add(&due(Phase::Review, at("2026-03-20T03:00:00Z"))); // beyond the window
        forecast.add(&CardState::new_card());
        let days = forecast.finish();
        assert_eq!(days[0].day, NaiveDate::from_ymd_opt(2026, 3, 10).unwrap());
        assert_eq!((days[0].learning, days[0].review), (1, 2));
        assert_eq!((days[1].learning, days[1].review), (0, 1));
        assert_eq!(days[2].total(), 0);
    }

    #[test]
    fn stability_falls_into_the_bucket_that_starts_at_or_below_it() {
        let with_stability = |s: f32| CardState {
            memory: Some(MemoryState {
                stability: s,
                difficulty: 5.0,
            }),
            ..state(Phase::Review, 1)
        };
        let mut builder = StabilityBuilder::default();
        for s in [0.3, 1.0, 2.9, 400.0] {
            builder.add(&with_stability(s));
        }
        builder.add(&CardState::new_card());
        let buckets = builder.finish();
        let counts: Vec<u32> = buckets.iter().map(|b| b.cards).collect();
        assert_eq!(counts, [1, 2, 0, 0, 0, 0, 0, 0, 1]);
        assert_eq!(buckets[1].to_days, Some(3.0));
        assert_eq!(buckets[8].to_days, None);
    }
}
