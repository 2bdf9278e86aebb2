//! The figures on the home screen, computed once when progress changes rather than on
//! every frame.

use crate::clock::to_millis;
use crate::session::{CardCounts, Collection, Scope, SessionError};
use crate::stats::PhaseCounts;

pub struct TopicRow {
    pub id: String,
    pub name: String,
    pub counts: CardCounts,
}

pub struct DeckRow {
    pub id: String,
    pub title: String,
    pub counts: CardCounts,
    pub phases: PhaseCounts,
    pub topics: Vec<TopicRow>,
}

pub struct HomeSummary {
    pub decks: Vec<DeckRow>,
    pub reviews_today: usize,
    /// When these figures may change without the learner doing anything (a learning card
    /// falling due, a new day), in ms since the epoch.
    pub valid_until: i64,
}

impl HomeSummary {
    pub fn compute(collection: &Collection) -> Result<HomeSummary, SessionError> {
        let mut decks = Vec::new();
        let mut valid_until = to_millis(collection.today_start()) + 24 * 3_600_000;
        let now = to_millis(collection.now());
        for deck in collection.decks() {
            let topics = deck
                .topics
                .iter()
                .zip(collection.counts_by_topic(&deck.id)?)
                .map(|(topic, counts)| TopicRow {
                    id: topic.id.clone(),
                    name: topic.name.clone(),
                    counts,
                })
                .collect();
            let states = collection.states_in(&deck.id);
            for (_, state) in states.answered() {
                if state.due > now && state.phase.is_learning() {
                    valid_until = valid_until.min(state.due);
                }
            }
            decks.push(DeckRow {
                id: deck.id.clone(),
                title: deck.title.clone(),
                counts: collection.counts(&deck.id, &Scope::WholeDeck)?,
                phases: collection.phase_counts(&deck.id),
                topics,
            });
        }
        Ok(HomeSummary {
            decks,
            reviews_today: collection.reviews_today()?,
            valid_until,
        })
    }
}
