//! The states of one deck's cards, kept by each card's position in the deck.

use super::CardState;
use std::collections::HashMap;

/// The saved state of each card of a deck, by the card's position in the deck's `cards`;
/// `None` for a card never answered (or reset). Positions, not ids, so that looking a
/// state up costs nothing and opening a large collection builds no map of ids.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeckStates {
    by_position: Vec<Option<CardState>>,
    /// States of cards the deck no longer has (a fact removed or changed in kind), by
    /// card id: their progress is still there, and comes back with the fact.
    retired: HashMap<String, CardState>,
}

impl DeckStates {
    /// No card of a deck of `cards` cards answered yet.
    pub fn new(cards: usize) -> DeckStates {
        DeckStates {
            by_position: vec![None; cards],
            retired: HashMap::new(),
        }
    }

    /// The state of the card at `position`; `None` if it was never answered.
    pub fn get(&self, position: usize) -> Option<&CardState> {
        self.by_position.get(position).and_then(Option::as_ref)
    }

    /// Sets (or with `None`, forgets) the state of the card at `position`.
    pub fn set(&mut self, position: usize, state: Option<CardState>) {
        if let Some(slot) = self.by_position.get_mut(position) {
            *slot = state;
        }
    }

    /// The answered cards: each one's position and state.
    pub fn answered(&self) -> impl Iterator<Item = (usize, &CardState)> {
        self.by_position
            .iter()
            .enumerate()
            .filter_map(|(position, state)| Some((position, state.as_ref()?)))
    }

    /// The state of a card the deck no longer has.
    pub fn retired(&self, card_id: &str) -> Option<&CardState> {
        self.retired.get(card_id)
    }

    /// Keeps the state of a card the deck no longer has.
    pub fn keep_retired(&mut self, card_id: &str, state: CardState) {
        self.retired.insert(card_id.to_string(), state);
    }
}
