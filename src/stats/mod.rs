//! Figures about the learner's progress: pure functions over card states and the review
//! log, shared by the window and `factdeck stats`.
//!
//! Nothing here reads the disk or draws: the store hands over the log reduced per study day
//! (`DayTally`) and the session layer the card states; `StatsSnapshot` turns them into
//! every figure at once.

mod cards;
mod days;
mod mastery;
mod quizzes;
mod session;
mod snapshot;

pub use cards::{
    CardCategory, CategoryCounts, ForecastBuilder, ForecastDay, MATURE_INTERVAL_DAYS,
    StabilityBucket, StabilityBuilder,
};
pub use days::{
    DayActivity, DayTally, History, MAX_COUNTED_ANSWER_MS, Retention, Streaks, WeekRetention,
    day_from_number, sort_tallies, study_day_number, study_day_of, tally_reviews, week_start,
};
pub use mastery::{
    CardStatus, FactMastery, MasteryBuilder, TopicMastery, fact_mastery, topic_mastery,
};
pub use quizzes::{QuizOutcome, QuizPoint, RECENT_QUIZZES, quiz_points, recent_average};
pub use session::SessionFigures;
pub use snapshot::{
    DeckMastery, DeckProgress, FORECAST_DAYS, HISTORY_DAYS, RETENTION_WEEKS, SnapshotInput,
    StatsSnapshot, TodayFigures,
};

use crate::schedule::{DeckStates, Phase};
use serde::Serialize;

/// How many cards are in each phase of their life.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct PhaseCounts {
    /// Never answered.
    pub new: usize,
    /// In learning or relearning steps.
    pub learning: usize,
    /// Graduated to intervals of days.
    pub review: usize,
}

/// Counts the phases of a deck's `cards` cards, given their states.
pub fn phase_counts(cards: usize, states: &DeckStates) -> PhaseCounts {
    let mut counts = PhaseCounts::default();
    for position in 0..cards {
        match states.get(position).map(|s| s.phase) {
            None | Some(Phase::New) => counts.new += 1,
            Some(Phase::Learning | Phase::Relearning) => counts.learning += 1,
            Some(Phase::Review) => counts.review += 1,
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::load_str;
    use crate::schedule::CardState;

    #[test]
    fn cards_without_a_state_count_as_new() {
        let deck = load_str("x.toml", crate::deck::BUILTIN_DECKS[0].1).expect("built-in deck");
        let mut states = DeckStates::new(deck.cards.len());
        let mut learning = CardState::new_card();
        learning.phase = Phase::Learning;
        states.set(0, Some(learning));
        let mut review = CardState::new_card();
        review.phase = Phase::Review;
        states.set(1, Some(review));
        let counts = phase_counts(deck.cards.len(), &states);
        assert_eq!(counts.learning, 1);
        assert_eq!(counts.review, 1);
        assert_eq!(counts.new, deck.cards.len() - 2);
    }
}
