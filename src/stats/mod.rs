//! Figures about the learner's progress: pure functions over card states and the review
//! log, shared by the window and `factdeck stats`.
//!
//! Nothing here reads the disk or draws: the store hands over the log reduced per study day
//! (`log::DayTally`, a value both share, so the statistics never import the store) and the
//! session layer the card states; `StatsSnapshot` turns them into
//! every figure at once.

mod cards;
mod days;
mod mastery;
mod quizzes;
mod session;
mod snapshot;

/// The log's values the figures are computed from (see `crate::log`).
pub use crate::log::{
    DayTally, MAX_COUNTED_ANSWER_MS, day_from_number, sort_tallies, study_day_number, study_day_of,
    tally_reviews,
};
pub use cards::{
    CardCategory, CategoryCounts, ForecastBuilder, ForecastDay, MATURE_INTERVAL_DAYS,
    StabilityBucket, StabilityBuilder,
};
pub use days::{DayActivity, History, Retention, Streaks, WeekRetention, week_start};
pub use mastery::{
    CardStatus, FactMastery, MasteryBuilder, TopicMastery, WeakestTopic, fact_mastery,
    topic_mastery, weakest_topic,
};
pub use quizzes::{QuizOutcome, QuizPoint, RECENT_QUIZZES, quiz_points, recent_average};
pub use session::SessionFigures;
pub use snapshot::{
    DeckMastery, DeckProgress, FORECAST_DAYS, HISTORY_DAYS, RETENTION_WEEKS, SnapshotInput,
    StatsSnapshot, TodayFigures,
};

use crate::deck::Card;
use crate::schedule::{CardState, DeckStates, Phase};
use serde::Serialize;
use std::collections::HashSet;

/// How many cards are in each phase of their life.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct PhaseCounts {
    /// Never answered.
    pub new: usize,
    /// In learning or relearning steps.
    pub learning: usize,
    /// Graduated to intervals of days.
    pub review: usize,
    /// Taken out of studying by the learner, whatever their phase; not in the others.
    pub suspended: usize,
}

impl PhaseCounts {
    /// Every card counted.
    pub fn total(&self) -> usize {
        self.new + self.learning + self.review + self.suspended
    }
}

/// Counts the phases of a deck's `cards`, given their states and which are suspended.
pub fn phase_counts(
    cards: &[Card],
    states: &DeckStates,
    suspended: &HashSet<String>,
) -> PhaseCounts {
    let mut counts = PhaseCounts::default();
    for (position, card) in cards.iter().enumerate() {
        let is_suspended = !suspended.is_empty() && suspended.contains(card.id.as_str());
        counts.add(states.get(position), is_suspended);
    }
    counts
}

impl PhaseCounts {
    /// Counts one card in its phase, or as suspended.
    pub fn add(&mut self, state: Option<&CardState>, suspended: bool) {
        if suspended {
            self.suspended += 1;
            return;
        }
        match state.map(|s| s.phase) {
            None | Some(Phase::New) => self.new += 1,
            Some(Phase::Learning | Phase::Relearning) => self.learning += 1,
            Some(Phase::Review) => self.review += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Deck;
    use crate::deck::load_str;
    use crate::schedule::CardState;

    /// The built-in deck, and its states with the first cards in the given phases.
    fn deck_with_phases(phases: &[Phase]) -> (Deck, DeckStates) {
        let deck = load_str("x.toml", crate::deck::BUILTIN_DECKS[0].1).expect("built-in deck");
        let mut states = DeckStates::new(deck.cards.len());
        for (position, &phase) in phases.iter().enumerate() {
            let mut state = CardState::new_card();
            state.phase = phase;
            states.set(position, Some(state));
        }
        (deck, states)
    }

    #[test]
    fn cards_without_a_state_count_as_new() {
        let (deck, states) = deck_with_phases(&[Phase::Learning, Phase::Review]);
        let counts = phase_counts(&deck.cards, &states, &HashSet::new());
        assert_eq!(counts.learning, 1);
        assert_eq!(counts.review, 1);
        assert_eq!(counts.new, deck.cards.len() - 2);
    }

    #[test]
    fn suspended_cards_are_counted_apart_from_their_phase() {
        let (deck, states) = deck_with_phases(&[Phase::Review]);
        let suspended: HashSet<String> = [0, 1]
            .iter()
            .map(|&i| deck.cards[i].id.as_str().to_string())
            .collect();
        let counts = phase_counts(&deck.cards, &states, &suspended);
        assert_eq!((counts.review, counts.suspended), (0, 2));
        assert_eq!(counts.new, deck.cards.len() - 2);
        assert_eq!(counts.total(), deck.cards.len());
    }
}
