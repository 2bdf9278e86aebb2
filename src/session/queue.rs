//! Which card comes next, and how many are waiting today: pure functions over a deck's
//! cards and their states.

use crate::deck::Card;
use crate::schedule::{CardState, Phase};
use std::collections::HashMap;

/// A learning card due within this many minutes is shown early when nothing else is
/// left, so a card answered "Again" comes back within the session (as in Anki).
pub const LEARN_AHEAD_MINUTES: i64 = 20;

/// The learner's daily limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DailyLimits {
    pub new_per_day: usize,
    pub reviews_per_day: usize,
}

/// What the learner already did today in a deck.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayProgress {
    pub new_done: usize,
    pub reviews_done: usize,
}

/// Cards waiting today.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct CardCounts {
    /// New cards that today's limit still allows.
    pub new: usize,
    /// Cards in their first steps (or relearning), due today.
    pub learning: usize,
    /// Graduated cards due today.
    pub due: usize,
}

impl CardCounts {
    pub fn total(&self) -> usize {
        self.new + self.learning + self.due
    }
}

/// The moment the queue is built for.
#[derive(Debug, Clone, Copy)]
pub struct QueueTime {
    pub now_ms: i64,
    /// When the current study day ends (the next rollover).
    pub day_end_ms: i64,
}

/// What the learner should see next.
#[derive(Debug, Clone, PartialEq)]
pub enum NextCard<'a> {
    Card(&'a Card),
    /// Nothing to do now; `next_due` is when the next card is due, if any is scheduled.
    Done {
        next_due: Option<i64>,
    },
}

fn state_of<'s>(states: &'s HashMap<String, CardState>, card: &Card) -> Option<&'s CardState> {
    states.get(card.id.as_str())
}

/// Counts the cards waiting today among `cards`.
pub fn due_counts<'a>(
    cards: impl Iterator<Item = &'a Card>,
    states: &HashMap<String, CardState>,
    time: QueueTime,
    limits: DailyLimits,
    progress: DayProgress,
) -> CardCounts {
    let mut counts = CardCounts::default();
    for card in cards {
        match state_of(states, card) {
            None => counts.new += 1,
            Some(s) if s.phase == Phase::New => counts.new += 1,
            Some(s) if s.phase.is_learning() && s.due < time.day_end_ms => counts.learning += 1,
            Some(s) if s.phase == Phase::Review && s.due < time.day_end_ms => counts.due += 1,
            Some(_) => {}
        }
    }
    counts.new = counts
        .new
        .min(limits.new_per_day.saturating_sub(progress.new_done));
    counts.due = counts
        .due
        .min(limits.reviews_per_day.saturating_sub(progress.reviews_done));
    counts
}

/// The next card to study: learning cards that are due, then reviews due today (oldest
/// first), then new cards within the daily limit (first directions before reverse ones),
/// then learning cards due within the learn-ahead window.
pub fn next_card<'a>(
    cards: &'a [Card],
    in_scope: impl Fn(&Card) -> bool,
    states: &HashMap<String, CardState>,
    time: QueueTime,
    limits: DailyLimits,
    progress: DayProgress,
) -> NextCard<'a> {
    let mut learning: Option<(&Card, i64)> = None;
    let mut review: Option<(&Card, i64)> = None;
    let mut first_new: Option<&Card> = None;
    let mut first_new_reverse: Option<&Card> = None;
    let mut next_due: Option<i64> = None;
    let new_allowed = progress.new_done < limits.new_per_day;
    let reviews_allowed = progress.reviews_done < limits.reviews_per_day;
    for card in cards.iter().filter(|c| in_scope(c)) {
        match state_of(states, card) {
            None => {
                let slot = if card.variant.is_reverse() {
                    &mut first_new_reverse
                } else {
                    &mut first_new
                };
                slot.get_or_insert(card);
            }
            Some(s) if s.phase == Phase::New => {
                first_new.get_or_insert(card);
            }
            Some(s) => {
                let slot = if s.phase.is_learning() {
                    &mut learning
                } else {
                    &mut review
                };
                if slot.is_none_or(|(_, due)| s.due < due) {
                    *slot = Some((card, s.due));
                }
                if s.due > time.now_ms && next_due.is_none_or(|d| s.due < d) {
                    next_due = Some(s.due);
                }
            }
        }
    }
    if let Some((card, due)) = learning
        && due <= time.now_ms
    {
        return NextCard::Card(card);
    }
    if let Some((card, due)) = review
        && due < time.day_end_ms
        && reviews_allowed
    {
        return NextCard::Card(card);
    }
    if new_allowed && let Some(card) = first_new.or(first_new_reverse) {
        return NextCard::Card(card);
    }
    if let Some((card, due)) = learning
        && due <= time.now_ms + LEARN_AHEAD_MINUTES * 60_000
    {
        return NextCard::Card(card);
    }
    // Cards held back by a daily limit come back when the next study day begins.
    let held_back = (!new_allowed && (first_new.is_some() || first_new_reverse.is_some()))
        || (!reviews_allowed && review.is_some_and(|(_, due)| due < time.day_end_ms));
    if held_back && next_due.is_none_or(|d| time.day_end_ms < d) {
        next_due = Some(time.day_end_ms);
    }
    NextCard::Done { next_due }
}
