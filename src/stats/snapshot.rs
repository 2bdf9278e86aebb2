//! Every figure of the statistics screen, computed in one pass when the data changes and
//! then only read (the window caches it; `factdeck stats --json` prints it).

use super::cards::{
    CardCategory, CategoryCounts, ForecastBuilder, ForecastDay, StabilityBucket, StabilityBuilder,
};
use super::days::{DayActivity, History, Retention, Streaks, WeekRetention};
use super::mastery::{MasteryBuilder, TopicMastery};
use super::quizzes::{QuizOutcome, QuizPoint, quiz_points};
use crate::clock::{day_start, study_day, to_millis};
use crate::deck::Deck;
use crate::log::DayTally;
use crate::schedule::{DeckStates, Scheduler};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use serde::Serialize;
use std::collections::HashSet;

/// Days of history kept in the snapshot: the longest range the screen shows.
pub const HISTORY_DAYS: usize = 365;
/// Weeks of retention kept in the snapshot.
pub const RETENTION_WEEKS: usize = 53;
/// Days of due forecast.
pub const FORECAST_DAYS: usize = 30;

/// One deck's cards and the learner's progress on them.
pub struct DeckProgress<'a> {
    pub deck: &'a Deck,
    /// The states of the deck's cards, by position.
    pub states: &'a DeckStates,
    pub suspended: &'a HashSet<String>,
    /// True while the learner leaves background facts (`context`) out: their cards are
    /// then not counted, forecast or held against a topic's mastery.
    pub background_left_out: bool,
    /// Cards still waiting today within the daily limits (from the queue).
    pub waiting_today: usize,
}

/// Everything the snapshot is computed from.
pub struct SnapshotInput<'a> {
    pub now: DateTime<FixedOffset>,
    pub scheduler: &'a Scheduler,
    /// The review log reduced per study day (see `log::tally_reviews`).
    pub tallies: &'a [DayTally],
    pub decks: Vec<DeckProgress<'a>>,
    /// Every finished quiz.
    pub quizzes: &'a [QuizOutcome],
}

/// Today at a glance.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct TodayFigures {
    pub reviews_done: u32,
    /// Cards still waiting today, within the daily limits.
    pub remaining: usize,
    pub time_ms: i64,
}

/// Mastery of a deck's topics.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeckMastery {
    pub deck_id: String,
    pub title: String,
    pub topics: Vec<TopicMastery>,
}

/// The figures of the statistics screen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatsSnapshot {
    /// The study day the figures are for.
    pub today: NaiveDate,
    pub desired_retention: f32,
    pub total_reviews: u64,
    /// Days with at least one answer.
    pub study_days: usize,
    #[serde(rename = "today_figures")]
    pub today_figures: TodayFigures,
    pub streaks: Streaks,
    /// The last `HISTORY_DAYS` study days, oldest first, days without answers included.
    pub days: Vec<DayActivity>,
    /// Answers to graduated cards passed per calendar week, oldest first.
    pub weekly_retention: Vec<WeekRetention>,
    pub retention_last_7_days: Retention,
    /// Cards falling due on each of the next `FORECAST_DAYS` days, today first.
    pub forecast: Vec<ForecastDay>,
    pub cards: CategoryCounts,
    pub stability: Vec<StabilityBucket>,
    pub mastery: Vec<DeckMastery>,
    /// Every finished quiz, oldest first.
    pub quiz_scores: Vec<QuizPoint>,
    /// When the figures go stale without the learner doing anything (the next study
    /// day), ms since the epoch.
    #[serde(skip)]
    pub valid_until_ms: i64,
}

impl StatsSnapshot {
    pub fn compute(input: &SnapshotInput<'_>) -> StatsSnapshot {
        let now = input.now;
        let today = study_day(now);
        let history = History::from_tallies(input.tallies);
        let today_activity = history.day(today);

        let mut cards = CategoryCounts::default();
        let mut forecast = ForecastBuilder::new(now, FORECAST_DAYS);
        let mut stability = StabilityBuilder::default();
        let mut mastery = Vec::with_capacity(input.decks.len());
        let mut remaining = 0;
        for progress in &input.decks {
            remaining += progress.waiting_today;
            // One pass over the cards, each looked up once, feeds every figure.
            let mut deck_mastery = MasteryBuilder::new(progress.deck, input.scheduler, now);
            let any_suspended = !progress.suspended.is_empty();
            for (position, card) in progress.deck.cards.iter().enumerate() {
                if progress.background_left_out && progress.deck.fact_of(card).context {
                    continue;
                }
                let state = progress.states.get(position);
                let suspended = any_suspended && progress.suspended.contains(card.id.as_str());
                cards.add(CardCategory::of(state, suspended));
                if let Some(state) = state {
                    stability.add(state);
                    if !suspended {
                        forecast.add(state);
                    }
                }
                deck_mastery.add(card, state, suspended);
            }
            mastery.push(DeckMastery {
                deck_id: progress.deck.id.clone(),
                title: progress.deck.title.clone(),
                topics: deck_mastery.finish(progress.deck),
            });
        }

        StatsSnapshot {
            today,
            desired_retention: input.scheduler.settings().desired_retention,
            total_reviews: history.total_reviews(),
            study_days: history.study_days(),
            today_figures: TodayFigures {
                reviews_done: today_activity.reviews(),
                remaining,
                time_ms: today_activity.time_ms,
            },
            streaks: history.streaks(today),
            days: history.last_days(today, HISTORY_DAYS),
            weekly_retention: history.weekly_retention(today, RETENTION_WEEKS),
            retention_last_7_days: history.retention_over(today, 7),
            forecast: forecast.finish(),
            cards,
            stability: stability.finish(),
            mastery,
            quiz_scores: quiz_points(input.quizzes, now),
            valid_until_ms: to_millis(day_start(today + Duration::days(1), now)),
        }
    }

    /// The last `count` days of history, oldest first.
    pub fn last_days(&self, count: usize) -> &[DayActivity] {
        &self.days[self.days.len().saturating_sub(count)..]
    }

    /// Mastery of a deck's topics, if the deck is known.
    pub fn deck_mastery(&self, deck_id: &str) -> Option<&DeckMastery> {
        self.mastery.iter().find(|m| m.deck_id == deck_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{Clock, ManualClock};
    use crate::deck::{BUILTIN_DECKS, load_str};
    use crate::log::{ReviewRecord, tally_reviews};
    use crate::schedule::{CardState, Phase, Rating, ScheduleSettings};

    #[test]
    fn the_snapshot_brings_the_log_and_the_cards_together() {
        let deck = load_str("x.toml", BUILTIN_DECKS[0].1).unwrap();
        let scheduler = Scheduler::new(ScheduleSettings::default()).unwrap();
        let clock = ManualClock::at_utc("2026-03-10T09:00:00Z", 1);
        let mut states = DeckStates::new(deck.cards.len());
        let mut log = Vec::new();
        // Two cards answered Easy yesterday and today; one of them then suspended.
        for (i, card) in deck.cards.iter().take(2).enumerate() {
            let at = clock.now() - Duration::days(i as i64);
            let state = scheduler
                .answer(&CardState::new_card(), Rating::Easy, at)
                .unwrap();
            states.set(i, Some(state));
            log.push(ReviewRecord {
                deck_id: deck.id.clone(),
                card_id: card.id.as_str().to_string(),
                reviewed_at: to_millis(at),
                utc_offset_secs: 3600,
                rating: Rating::Easy,
                phase_before: Phase::New,
                elapsed_ms: 8_000,
                question_kind: "flashcard".into(),
                answer: None,
            });
        }
        let suspended: HashSet<String> = [deck.cards[1].id.as_str().to_string()].into();
        let tallies = tally_reviews(&log);
        let snapshot = StatsSnapshot::compute(&SnapshotInput {
            now: clock.now(),
            scheduler: &scheduler,
            tallies: &tallies,
            decks: vec![DeckProgress {
                deck: &deck,
                states: &states,
                suspended: &suspended,
                background_left_out: false,
                waiting_today: 20,
            }],
            quizzes: &[],
        });
        assert_eq!(snapshot.total_reviews, 2);
        assert_eq!(snapshot.today_figures.reviews_done, 1);
        assert_eq!(snapshot.today_figures.remaining, 20);
        assert_eq!(snapshot.today_figures.time_ms, 8_000);
        assert_eq!(snapshot.streaks.current_days, 2);
        assert_eq!(snapshot.days.len(), HISTORY_DAYS);
        assert_eq!(snapshot.days.last().unwrap().easy, 1);
        assert_eq!(snapshot.cards.young, 1);
        assert_eq!(snapshot.cards.suspended, 1);
        assert_eq!(snapshot.cards.new, deck.cards.len() - 2);
        // The suspended card is not forecast; the other one is due in a few days.
        assert_eq!(snapshot.forecast.iter().map(|d| d.total()).sum::<u32>(), 1);
        assert_eq!(snapshot.stability.iter().map(|b| b.cards).sum::<u32>(), 2);
        // The first card's fact is mastered if no other card of it is still to learn.
        let first = &deck.cards[0];
        let others_left = deck.cards[2..]
            .iter()
            .any(|c| c.fact_index == first.fact_index);
        let mastered: usize = snapshot.mastery[0].topics.iter().map(|t| t.mastered).sum();
        assert_eq!(mastered, usize::from(!others_left));
        assert_eq!(snapshot.last_days(30).len(), 30);
    }
}
