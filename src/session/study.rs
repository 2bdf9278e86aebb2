//! A study session: the current card, revealing it, rating it, undoing the last answers.

use super::SessionError;
use super::collection::{AnswerDetails, AnswerReceipt, Collection, Scope};
use super::queue::NextCard;
use crate::clock::to_millis;
use crate::schedule::Rating;

/// Where a study session stands.
#[derive(Debug, Clone, PartialEq)]
pub enum StudyState {
    /// A card's question is shown.
    Question { card_id: String },
    /// The answer is shown; the learner rates it.
    Answer { card_id: String },
    /// Nothing is due now; `next_due` is when the next card is (ms since the epoch).
    Finished { next_due: Option<i64> },
}

/// One sitting of studying a deck.
pub struct StudySession {
    deck_id: String,
    scope: Scope,
    state: StudyState,
    /// When the current card was shown, ms since the epoch, to log the time taken.
    shown_at: i64,
    undo_stack: Vec<AnswerReceipt>,
    answered: usize,
    remembered: usize,
    started_at: i64,
}

impl StudySession {
    /// Starts studying a deck (or part of it) with the first card due.
    pub fn start(
        collection: &Collection,
        deck_id: &str,
        scope: Scope,
    ) -> Result<StudySession, SessionError> {
        let now = to_millis(collection.now());
        let mut session = StudySession {
            deck_id: deck_id.to_string(),
            scope,
            state: StudyState::Finished { next_due: None },
            shown_at: now,
            undo_stack: Vec::new(),
            answered: 0,
            remembered: 0,
            started_at: now,
        };
        session.advance(collection)?;
        Ok(session)
    }

    pub fn deck_id(&self) -> &str {
        &self.deck_id
    }

    pub fn scope(&self) -> &Scope {
        &self.scope
    }

    pub fn state(&self) -> &StudyState {
        &self.state
    }

    /// Answers given in this session (undone ones not counted).
    pub fn answered(&self) -> usize {
        self.answered
    }

    /// Answers in this session rated Hard, Good or Easy.
    pub fn remembered(&self) -> usize {
        self.remembered
    }

    pub fn started_at(&self) -> i64 {
        self.started_at
    }

    pub fn can_undo(&self) -> bool {
        !self.undo_stack.is_empty()
    }

    /// Shows the answer of the current card.
    pub fn reveal(&mut self) {
        if let StudyState::Question { card_id } = &self.state {
            self.state = StudyState::Answer {
                card_id: card_id.clone(),
            };
        }
    }

    /// Rates the shown card and moves on. Does nothing unless the answer is shown.
    pub fn rate(
        &mut self,
        collection: &mut Collection,
        rating: Rating,
    ) -> Result<(), SessionError> {
        let StudyState::Answer { card_id } = &self.state else {
            return Ok(());
        };
        let elapsed = to_millis(collection.now()) - self.shown_at;
        let receipt = collection.answer(
            &self.deck_id,
            card_id,
            rating,
            AnswerDetails::flashcard(elapsed),
        )?;
        self.answered += 1;
        if rating.is_pass() {
            self.remembered += 1;
        }
        self.undo_stack.push(receipt);
        self.advance(collection)
    }

    /// Takes back the last answer of this session and shows that card again.
    /// Returns false when there is nothing to undo.
    pub fn undo(&mut self, collection: &mut Collection) -> Result<bool, SessionError> {
        let Some(receipt) = self.undo_stack.pop() else {
            return Ok(false);
        };
        if let Err(e) = collection.undo(&receipt) {
            self.undo_stack.push(receipt);
            return Err(e);
        }
        self.answered = self.answered.saturating_sub(1);
        if receipt.rating.is_pass() {
            self.remembered = self.remembered.saturating_sub(1);
        }
        self.state = StudyState::Question {
            card_id: receipt.card_id,
        };
        self.shown_at = to_millis(collection.now());
        Ok(true)
    }

    /// Looks again for a due card, e.g. after waiting on the finished screen.
    pub fn refresh(&mut self, collection: &Collection) -> Result<(), SessionError> {
        if matches!(self.state, StudyState::Finished { .. }) {
            self.advance(collection)?;
        }
        Ok(())
    }

    fn advance(&mut self, collection: &Collection) -> Result<(), SessionError> {
        self.state = match collection.next_card(&self.deck_id, &self.scope)? {
            NextCard::Card(card) => StudyState::Question {
                card_id: card.id.as_str().to_string(),
            },
            NextCard::Done { next_due } => StudyState::Finished { next_due },
        };
        self.shown_at = to_millis(collection.now());
        Ok(())
    }
}
