//! The learner's progress as figures: the statistics snapshot and the summary of a study
//! session, gathered from the store, the card states and the queue.

use super::{Collection, Scope, SessionError};
use crate::deck::Card;
use crate::stats::{
    DeckProgress, ForecastBuilder, PhaseCounts, QuizOutcome, SessionFigures, SnapshotInput,
    StatsSnapshot, phase_counts,
};

/// What a study session amounted to and what comes next.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionSummary {
    pub figures: SessionFigures,
    /// When the next card of the session's deck and scope is due, ms since the epoch.
    pub next_due: Option<i64>,
    /// Cards of the scope falling due tomorrow, and over the seven days from tomorrow.
    pub due_tomorrow: u32,
    pub due_next_week: u32,
}

impl Collection {
    /// A deck's cards by phase, suspended ones apart; background facts' cards are left out
    /// while the learner leaves them out of studying.
    pub fn phase_counts(&self, deck_id: &str) -> PhaseCounts {
        let Some(deck) = self.deck(deck_id) else {
            return PhaseCounts::default();
        };
        let states = self.states_in(deck_id);
        let suspended = self.suspended_in(deck_id);
        if self.settings().background_facts || deck.facts.iter().all(|f| !f.context) {
            return phase_counts(&deck.cards, states, suspended);
        }
        let mut counts = PhaseCounts::default();
        for (position, card) in deck.cards.iter().enumerate() {
            if !deck.fact_of(card).context {
                counts.add(states.get(position), suspended.contains(card.id.as_str()));
            }
        }
        counts
    }

    /// Every figure of the statistics screen, as of now.
    pub fn stats_snapshot(&self) -> Result<StatsSnapshot, SessionError> {
        let tallies = self.store().day_tallies()?;
        let mut decks = Vec::with_capacity(self.decks().len());
        for deck in self.decks() {
            decks.push(DeckProgress {
                deck,
                states: self.states_in(&deck.id),
                suspended: self.suspended_in(&deck.id),
                background_left_out: !self.settings().background_facts,
                waiting_today: self.counts(&deck.id, &Scope::WholeDeck)?.total(),
            });
        }
        let quizzes: Vec<QuizOutcome> = self
            .store()
            .quiz_results()?
            .iter()
            .map(|q| QuizOutcome {
                finished_at: q.finished_at,
                question_count: q.question_count,
                score: q.score,
            })
            .collect();
        Ok(StatsSnapshot::compute(&SnapshotInput {
            now: self.now(),
            scheduler: self.scheduler(),
            tallies: &tallies,
            decks,
            quizzes: &quizzes,
        }))
    }

    /// The summary of a session on `deck_id` and `scope` that started at `started_at`
    /// (ms since the epoch), whose queue says the next card is due at `next_due`.
    pub fn session_summary(
        &self,
        deck_id: &str,
        scope: &Scope,
        started_at: i64,
        next_due: Option<i64>,
    ) -> Result<SessionSummary, SessionError> {
        let reviews = self.store().reviews_since(deck_id, started_at)?;
        let figures = SessionFigures::from_reviews(reviews.iter().map(|r| &r.record));
        let mut forecast = ForecastBuilder::new(self.now(), 8);
        if let Some(deck) = self.deck(deck_id) {
            let states = self.states_in(deck_id);
            let suspended = self.suspended_in(deck_id);
            let in_scope = deck.cards.iter().enumerate();
            let left_out = |c: &Card| !self.settings().background_facts && deck.fact_of(c).context;
            for (position, card) in in_scope.filter(|(_, c)| scope.includes(deck, c)) {
                if let Some(state) = states.get(position)
                    && !suspended.contains(card.id.as_str())
                    && !left_out(card)
                {
                    forecast.add(state);
                }
            }
        }
        let days = forecast.finish();
        Ok(SessionSummary {
            figures,
            next_due,
            due_tomorrow: days.get(1).map_or(0, |d| d.total()),
            due_next_week: days.iter().skip(1).map(|d| d.total()).sum(),
        })
    }
}
