//! A study session: the current card, revealing it, rating it, undoing the last answers.
//! With the mixed setting a card may be asked as a question (multiple choice, typed…),
//! checked automatically and rated from the result (see `session::quiz`).
//!
//! Undo keeps each answer's question with it and asks that very question again (same
//! kind, same options in the same order, same claim): drawing a new one would let the
//! learner retry a card as an easier question, or one they have just seen answered.

use super::SessionError;
use super::collection::{AnswerDetails, AnswerReceipt, Collection, Scope};
use super::grading::{overrule_checked, ratings_for, record_checked, study_question};
use super::queue::{CardCounts, NextCard};
use super::study_more::{Extra, StudyMore, StudyMoreOffer};
use crate::clock::to_millis;
use crate::quiz::{Checked, Question, Response, check};
use crate::schedule::{Outcome, Rating};
use rand::SeedableRng;
use rand::rngs::StdRng;

/// Where a study session stands.
#[derive(Debug, Clone, PartialEq)]
pub enum StudyState {
    /// A card's question is shown: as a flashcard, or as the question in
    /// `StudySession::question`.
    Question { card_id: String },
    /// The answer is shown: the learner rates a flashcard, or sees how a question was
    /// checked (`StudySession::checked`), its answer already recorded.
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
    undo_stack: Vec<Answered>,
    answered: usize,
    remembered: usize,
    started_at: i64,
    /// The question the current card is asked as; `None` for a plain flashcard. Kept when
    /// the learner reveals the answer instead, so undo can ask it again.
    /// (Boxed, as most cards of a session are not asked as questions.)
    asked: Option<Box<Question>>,
    /// The learner chose to see the answer of the current card instead of answering its
    /// question: it is rated as a flashcard.
    revealed: bool,
    /// The current question's checked answer, once given.
    checked: Option<Box<StudyCheck>>,
    /// Seeds the choice of how each card is asked (and the order of options): the start
    /// time, advanced for every card shown.
    seed: u64,
    /// Cards still waiting today in the session's scope, counted when the card on show
    /// changes (the screen shows it every frame).
    left_today: CardCounts,
    /// What this session takes beyond the day's queue (the learner chose to study more).
    extra: Extra,
    /// Cards ahead of schedule still to come, when studying ahead; counted with
    /// `left_today`.
    ahead_left: usize,
    /// What the learner could study on with, worked out when nothing is left.
    more: Option<Box<StudyMoreOffer>>,
}

/// A question answered in a study session: how it was checked and the rating recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct StudyCheck {
    pub checked: Checked,
    pub rating: Rating,
    pub elapsed_ms: i64,
    /// What the recorded rating did: when the card is back (`Outcome::label`, as the
    /// rating buttons write it).
    pub outcome: Outcome,
}

/// An answer undo can take back, with the question its card was asked as (`None` for a
/// flashcard), to ask the same again.
#[derive(Debug, Clone)]
struct Answered {
    receipt: AnswerReceipt,
    asked: Option<Box<Question>>,
}

impl StudySession {
    /// Starts studying a deck (or part of it) with the first card due.
    pub fn start(
        collection: &Collection,
        deck_id: &str,
        scope: Scope,
    ) -> Result<StudySession, SessionError> {
        StudySession::start_with(collection, deck_id, scope, Extra::default())
    }

    /// Starts studying on once the day's cards are done, the way the learner chose.
    pub fn start_more(
        collection: &Collection,
        deck_id: &str,
        more: StudyMore,
    ) -> Result<StudySession, SessionError> {
        let new_done = collection.day_progress(deck_id)?.new_done;
        let extra = Extra::for_more(&more, collection.settings().limits(), new_done);
        StudySession::start_with(collection, deck_id, Extra::scope(&more), extra)
    }

    fn start_with(
        collection: &Collection,
        deck_id: &str,
        scope: Scope,
        extra: Extra,
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
            asked: None,
            revealed: false,
            checked: None,
            seed: now as u64,
            left_today: CardCounts::default(),
            extra,
            ahead_left: 0,
            more: None,
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

    /// The question the current card is asked as; `None` for a flashcard (or a question
    /// whose answer the learner revealed, to rate it themselves).
    pub fn question(&self) -> Option<&Question> {
        self.asked.as_deref().filter(|_| !self.revealed)
    }

    /// The question the current card was asked as, once the learner revealed its answer to
    /// rate it themselves: the screen keeps showing its prompt, so the question does not
    /// change under the answer.
    pub fn revealed_question(&self) -> Option<&Question> {
        self.asked.as_deref().filter(|_| self.revealed)
    }

    /// How the current question's answer was checked, once given.
    pub fn checked(&self) -> Option<&StudyCheck> {
        self.checked.as_deref()
    }

    /// Shows the answer of the current card. A card asked as a question becomes a
    /// flashcard, to be rated by the learner ("I don't know, show me").
    pub fn reveal(&mut self) {
        if let StudyState::Question { card_id } = &self.state {
            self.revealed = true;
            self.state = StudyState::Answer {
                card_id: card_id.clone(),
            };
        }
    }

    /// Answers the current question: checks it, records the rating it earns, and shows
    /// how it was checked. Does nothing unless a question is asked.
    pub fn submit(
        &mut self,
        collection: &mut Collection,
        response: Response,
    ) -> Result<(), SessionError> {
        let (StudyState::Question { card_id }, Some(question)) = (&self.state, self.question())
        else {
            return Ok(());
        };
        let elapsed_ms = (to_millis(collection.now()) - self.shown_at).max(0);
        let checked = check(question, &response);
        let ratings = ratings_for(question, &checked, elapsed_ms, |card| {
            collection.card_state(&self.deck_id, card.as_str())
        });
        let receipts = record_checked(
            collection,
            &self.deck_id,
            question,
            &checked,
            &ratings,
            elapsed_ms,
        )?;
        let card_id = card_id.clone();
        // A question in a study session is about its one card.
        let Some(outcome) = receipts.first().map(|r| r.outcome) else {
            return Ok(());
        };
        let rating = outcome.rating;
        self.answered += 1;
        if rating.is_pass() {
            self.remembered += 1;
        }
        self.remember(receipts);
        self.state = StudyState::Answer { card_id };
        self.checked = Some(Box::new(StudyCheck {
            checked,
            rating,
            elapsed_ms,
            outcome,
        }));
        self.recount(collection);
        Ok(())
    }

    /// Keeps answers just recorded for undo, with the question the card was asked as.
    fn remember(&mut self, receipts: Vec<AnswerReceipt>) {
        for receipt in receipts {
            self.undo_stack.push(Answered {
                receipt,
                asked: self.asked.clone(),
            });
        }
    }

    /// "I was right": the checked answer counts as right and is rated Good instead.
    pub fn overrule(&mut self, collection: &mut Collection) -> Result<(), SessionError> {
        let question = self.asked.as_deref().filter(|_| !self.revealed);
        let (Some(question), Some(done)) = (question, self.checked.as_deref()) else {
            return Ok(());
        };
        if done.checked.verdict.is_right() {
            return Ok(());
        }
        let Some(answered) = self.undo_stack.pop() else {
            return Ok(());
        };
        let mut receipts = vec![answered.receipt];
        let new = overrule_checked(
            collection,
            &self.deck_id,
            question,
            &done.checked,
            &mut receipts,
            done.elapsed_ms,
        );
        let was_pass = done.rating.is_pass();
        // A receipt not taken back stays undoable.
        self.remember(receipts);
        let new = new?;
        if !was_pass {
            self.remembered += 1;
        }
        let outcome = new.first().map(|r| r.outcome);
        self.remember(new);
        if let Some(done) = &mut self.checked {
            done.checked = done.checked.overruled();
            done.rating = Rating::Good;
            if let Some(outcome) = outcome {
                done.outcome = outcome;
            }
        }
        self.recount(collection);
        Ok(())
    }

    /// Moves on from a checked question. A rating other than the one recorded replaces
    /// it first.
    fn continue_checked(
        &mut self,
        collection: &mut Collection,
        rating: Rating,
    ) -> Result<(), SessionError> {
        let recorded = self.checked.as_ref().map(|c| c.rating);
        if recorded != Some(rating)
            && let Some(answered) = self.undo_stack.pop()
        {
            let receipt = &answered.receipt;
            if let Err(e) = collection.undo(receipt) {
                self.undo_stack.push(answered);
                return Err(e);
            }
            let details = AnswerDetails {
                question_kind: self
                    .question()
                    .map_or("flashcard", |q| q.kind.name())
                    .to_string(),
                answer: self.checked.as_ref().map(|c| c.checked.given.clone()),
                elapsed_ms: self.checked.as_ref().map_or(0, |c| c.elapsed_ms),
            };
            let new = collection.answer(&self.deck_id, &receipt.card_id, rating, details)?;
            if receipt.rating.is_pass() != rating.is_pass() {
                if rating.is_pass() {
                    self.remembered += 1;
                } else {
                    self.remembered = self.remembered.saturating_sub(1);
                }
            }
            self.undo_stack.push(Answered {
                receipt: new,
                asked: answered.asked,
            });
        }
        self.advance(collection)
    }

    /// Rates the shown card and moves on. Does nothing unless the answer is shown. After
    /// a checked question the rating it earned is already recorded: rating it the same
    /// just moves on, rating it otherwise replaces the recorded rating.
    pub fn rate(
        &mut self,
        collection: &mut Collection,
        rating: Rating,
    ) -> Result<(), SessionError> {
        if self.checked.is_some() {
            return self.continue_checked(collection, rating);
        }
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
        self.remember(vec![receipt]);
        self.advance(collection)
    }

    /// Moves on from a checked question, keeping the rating it earned.
    pub fn proceed(&mut self, collection: &mut Collection) -> Result<(), SessionError> {
        match self.checked.as_ref().map(|c| c.rating) {
            Some(rating) => self.continue_checked(collection, rating),
            None => Ok(()),
        }
    }

    /// Takes back the last answer of this session and shows that card again, asked the
    /// way it was asked then. Returns false when there is nothing to undo.
    pub fn undo(&mut self, collection: &mut Collection) -> Result<bool, SessionError> {
        let Some(answered) = self.undo_stack.pop() else {
            return Ok(false);
        };
        if let Err(e) = collection.undo(&answered.receipt) {
            self.undo_stack.push(answered);
            return Err(e);
        }
        let receipt = answered.receipt;
        self.answered = self.answered.saturating_sub(1);
        if receipt.rating.is_pass() {
            self.remembered = self.remembered.saturating_sub(1);
        }
        self.show(collection, receipt.card_id, answered.asked);
        Ok(true)
    }

    /// Looks again for a due card, e.g. after waiting on the finished screen.
    pub fn refresh(&mut self, collection: &Collection) -> Result<(), SessionError> {
        if matches!(self.state, StudyState::Finished { .. }) {
            self.advance(collection)?;
        }
        Ok(())
    }

    /// Cards still waiting today in the session's scope (within the daily limits).
    pub fn left_today(&self) -> CardCounts {
        self.left_today
    }

    /// Whether this session studies cards ahead of their schedule once nothing is due.
    pub fn studies_ahead(&self) -> bool {
        self.extra.ahead
    }

    /// Cards ahead of schedule still to come in this session (0 unless studying ahead).
    pub fn ahead_left(&self) -> usize {
        self.ahead_left
    }

    /// Once the session has nothing left: what the learner could study on with.
    pub fn study_more(&self) -> Option<&StudyMoreOffer> {
        self.more.as_deref()
    }

    fn advance(&mut self, collection: &Collection) -> Result<(), SessionError> {
        match collection.next_card_with(&self.deck_id, &self.scope, &self.extra)? {
            NextCard::Card(card) => {
                let card_id = card.id.as_str().to_string();
                self.more = None;
                self.present(collection, card_id);
            }
            NextCard::Done { next_due } => {
                self.state = StudyState::Finished { next_due };
                // Only shown, so a problem working it out leaves just the summary.
                self.more = collection
                    .study_more_offer(&self.deck_id)
                    .ok()
                    .map(Box::new);
                self.recount(collection);
                self.asked = None;
                self.revealed = false;
                self.checked = None;
                self.shown_at = to_millis(collection.now());
            }
        }
        Ok(())
    }

    /// Counts the cards left today again, after an answer changed them. A count that
    /// cannot be made keeps the last one: it is only shown.
    fn recount(&mut self, collection: &Collection) {
        if let Ok((counts, ahead)) = collection.counts_with(&self.deck_id, &self.scope, &self.extra)
        {
            self.left_today = counts;
            self.ahead_left = ahead;
        }
    }

    /// Shows a card: as a question where the mix setting and the card allow, else as a
    /// flashcard.
    fn present(&mut self, collection: &Collection, card_id: String) {
        self.seed = self.seed.wrapping_add(1);
        let mut rng = StdRng::seed_from_u64(self.seed);
        let asked = collection.deck(&self.deck_id).and_then(|deck| {
            let card = collection.card(&self.deck_id, &card_id)?;
            let state = collection.card_state(&self.deck_id, &card_id);
            let mix = collection.settings().question_mix;
            study_question(deck, card, &state, mix, &mut rng).map(Box::new)
        });
        self.show(collection, card_id, asked);
    }

    /// Shows a card asked as `asked` (`None`: as a flashcard).
    fn show(&mut self, collection: &Collection, card_id: String, asked: Option<Box<Question>>) {
        self.recount(collection);
        self.checked = None;
        self.asked = asked;
        self.revealed = false;
        self.state = StudyState::Question { card_id };
        self.shown_at = to_millis(collection.now());
    }
}
