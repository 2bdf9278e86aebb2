//! Which card comes next, and how many are waiting today. `DeckQueue` keeps a deck's
//! cards sorted by when they are due and is updated card by card, so an answer costs a
//! few tree operations whatever the deck's size; `due_counts` and `next_card` are the
//! same rules as plain scans, the specification the queue is tested against.
//!
//! Cards held out of studying (suspended ones, and background facts while the learner
//! leaves those out) are in none of the queue's sets: the plain scans leave them out
//! through their scope instead.

use crate::deck::Card;
use crate::schedule::{CardState, DeckStates, Phase};
use std::cell::Cell;
use std::collections::BTreeSet;

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

/// Counts the cards waiting today among those of `cards` `in_scope`.
pub fn due_counts(
    cards: &[Card],
    in_scope: impl Fn(&Card) -> bool,
    states: &DeckStates,
    time: QueueTime,
    limits: DailyLimits,
    progress: DayProgress,
) -> CardCounts {
    let mut counts = CardCounts::default();
    for (position, _) in cards.iter().enumerate().filter(|(_, c)| in_scope(c)) {
        match states.get(position) {
            None => counts.new += 1,
            Some(s) if s.phase == Phase::New => counts.new += 1,
            Some(s) if s.phase.is_learning() && s.due < time.day_end_ms => counts.learning += 1,
            Some(s) if s.phase == Phase::Review && s.due < time.day_end_ms => counts.due += 1,
            Some(_) => {}
        }
    }
    within_limits(counts, limits, progress)
}

fn within_limits(mut counts: CardCounts, limits: DailyLimits, progress: DayProgress) -> CardCounts {
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
    states: &DeckStates,
    time: QueueTime,
    limits: DailyLimits,
    progress: DayProgress,
) -> NextCard<'a> {
    let mut learning: Option<(&Card, i64)> = None;
    let mut review: Option<(&Card, i64)> = None;
    let mut first_new: Option<&Card> = None;
    let mut first_new_reverse: Option<&Card> = None;
    let mut next_due: Option<i64> = None;
    for (position, card) in cards.iter().enumerate().filter(|(_, c)| in_scope(c)) {
        match states.get(position) {
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
    choose(
        learning,
        review,
        first_new.or(first_new_reverse),
        next_due,
        time,
        limits,
        progress,
    )
}

/// The rules of the queue, given the earliest learning card, the earliest review, the
/// first new card (each in scope, with their due times) and the earliest due time after
/// now.
fn choose<'a>(
    learning: Option<(&'a Card, i64)>,
    review: Option<(&'a Card, i64)>,
    new: Option<&'a Card>,
    mut next_due: Option<i64>,
    time: QueueTime,
    limits: DailyLimits,
    progress: DayProgress,
) -> NextCard<'a> {
    let new_allowed = progress.new_done < limits.new_per_day;
    let reviews_allowed = progress.reviews_done < limits.reviews_per_day;
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
    if new_allowed && let Some(card) = new {
        return NextCard::Card(card);
    }
    if let Some((card, due)) = learning
        && due <= time.now_ms + LEARN_AHEAD_MINUTES * 60_000
    {
        return NextCard::Card(card);
    }
    // Cards held back by a daily limit come back when the next study day begins.
    let held_back = (!new_allowed && new.is_some())
        || (!reviews_allowed && review.is_some_and(|(_, due)| due < time.day_end_ms));
    if held_back && next_due.is_none_or(|d| time.day_end_ms < d) {
        next_due = Some(time.day_end_ms);
    }
    NextCard::Done { next_due }
}

/// Where a card stands in the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// Out of studying: suspended, or a background fact left out.
    HeldOut,
    /// Never answered (or reset); `reverse` cards come after all first directions.
    New {
        reverse: bool,
    },
    /// In its learning or relearning steps.
    Learning {
        due: i64,
    },
    Review {
        due: i64,
    },
}

impl Slot {
    fn of(card: &Card, state: Option<&CardState>, held_out: bool) -> Slot {
        match state {
            _ if held_out => Slot::HeldOut,
            None => Slot::New {
                reverse: card.variant.is_reverse(),
            },
            Some(s) if s.phase == Phase::New => Slot::New { reverse: false },
            Some(s) if s.phase.is_learning() => Slot::Learning { due: s.due },
            Some(s) => Slot::Review { due: s.due },
        }
    }
}

/// How many of the whole deck's learning and review cards are due before `day_end_ms`.
#[derive(Debug, Clone, Copy)]
struct DueBefore {
    day_end_ms: i64,
    learning: usize,
    review: usize,
}

/// One deck's cards, sorted the way the queue takes them. Cards are named by their index
/// in the deck's `cards`.
#[derive(Debug, Clone, Default)]
pub struct DeckQueue {
    /// The whole deck's learning and review cards due before a day's end, kept up to date
    /// card by card, so that counting the whole deck after each answer does not walk every
    /// due card (at 100k cards that took 1.5 ms, several times per answer). Counted afresh
    /// when asked about another day.
    due_before: Cell<Option<DueBefore>>,
    slots: Vec<Slot>,
    learning: BTreeSet<(i64, usize)>,
    review: BTreeSet<(i64, usize)>,
    /// First directions (`false`) before reverse ones, each in deck order.
    new: BTreeSet<(bool, usize)>,
}

impl DeckQueue {
    /// The queue of `cards` in `states`, without those `held_out` says are out of
    /// studying (suspended, or background left out).
    pub fn build(
        cards: &[Card],
        states: &DeckStates,
        held_out: impl Fn(&Card) -> bool,
    ) -> DeckQueue {
        let mut queue = DeckQueue {
            slots: Vec::with_capacity(cards.len()),
            ..DeckQueue::default()
        };
        let mut learning = Vec::new();
        let mut review = Vec::new();
        let mut new = Vec::new();
        for (i, card) in cards.iter().enumerate() {
            let slot = Slot::of(card, states.get(i), held_out(card));
            match slot {
                Slot::HeldOut => {}
                Slot::New { reverse } => new.push((reverse, i)),
                Slot::Learning { due } => learning.push((due, i)),
                Slot::Review { due } => review.push((due, i)),
            }
            queue.slots.push(slot);
        }
        // Collecting sorted vectors builds the trees in bulk, far faster than one insert
        // at a time.
        learning.sort_unstable();
        review.sort_unstable();
        new.sort_unstable();
        queue.learning = learning.into_iter().collect();
        queue.review = review.into_iter().collect();
        queue.new = new.into_iter().collect();
        queue
    }

    /// Adds `change` to the whole-deck counts for a card in `slot`.
    fn count(&self, slot: Slot, change: isize) {
        let Some(mut counted) = self.due_before.get() else {
            return;
        };
        match slot {
            Slot::Learning { due } if due < counted.day_end_ms => {
                counted.learning = counted.learning.saturating_add_signed(change);
            }
            Slot::Review { due } if due < counted.day_end_ms => {
                counted.review = counted.review.saturating_add_signed(change);
            }
            _ => return,
        }
        self.due_before.set(Some(counted));
    }

    /// Moves card `index` to where its new state puts it; `held_out` takes it out of
    /// studying (suspended, or a background fact left out).
    pub fn update(&mut self, card: &Card, index: usize, state: Option<&CardState>, held_out: bool) {
        let Some(old) = self.slots.get(index).copied() else {
            return;
        };
        self.count(old, -1);
        match old {
            Slot::HeldOut => {}
            Slot::New { reverse } => {
                self.new.remove(&(reverse, index));
            }
            Slot::Learning { due } => {
                self.learning.remove(&(due, index));
            }
            Slot::Review { due } => {
                self.review.remove(&(due, index));
            }
        }
        let slot = Slot::of(card, state, held_out);
        self.count(slot, 1);
        match slot {
            Slot::HeldOut => {}
            Slot::New { reverse } => {
                self.new.insert((reverse, index));
            }
            Slot::Learning { due } => {
                self.learning.insert((due, index));
            }
            Slot::Review { due } => {
                self.review.insert((due, index));
            }
        }
        self.slots[index] = slot;
    }

    /// Cards waiting today among those `in_scope` (within the daily limits).
    pub fn counts(
        &self,
        cards: &[Card],
        in_scope: impl Fn(&Card) -> bool,
        time: QueueTime,
        limits: DailyLimits,
        progress: DayProgress,
    ) -> CardCounts {
        let due_today = |set: &BTreeSet<(i64, usize)>| {
            set.range(..(time.day_end_ms, 0))
                .filter(|(_, i)| in_scope(&cards[*i]))
                .count()
        };
        let counts = CardCounts {
            new: self
                .new
                .iter()
                .filter(|(_, i)| in_scope(&cards[*i]))
                .count(),
            learning: due_today(&self.learning),
            due: due_today(&self.review),
        };
        within_limits(counts, limits, progress)
    }

    /// Cards waiting today in each of `groups` groups of cards (within the daily limits,
    /// each group on its own): `counts` for every group at once, in one pass over the
    /// queue, where counting each group apart walked the queue once per group. `group_of`
    /// says which group a card belongs to, if any.
    pub fn counts_grouped(
        &self,
        cards: &[Card],
        groups: usize,
        group_of: impl Fn(&Card) -> Option<usize>,
        time: QueueTime,
        limits: DailyLimits,
        progress: DayProgress,
    ) -> Vec<CardCounts> {
        let mut counts = vec![CardCounts::default(); groups];
        let mut count = |index: usize, field: fn(&mut CardCounts) -> &mut usize| {
            if let Some(c) = cards
                .get(index)
                .and_then(&group_of)
                .and_then(|g| counts.get_mut(g))
            {
                *field(c) += 1;
            }
        };
        for (_, i) in &self.new {
            count(*i, |c| &mut c.new);
        }
        for (_, i) in self.learning.range(..(time.day_end_ms, 0)) {
            count(*i, |c| &mut c.learning);
        }
        for (_, i) in self.review.range(..(time.day_end_ms, 0)) {
            count(*i, |c| &mut c.due);
        }
        counts
            .into_iter()
            .map(|c| within_limits(c, limits, progress))
            .collect()
    }

    /// Cards waiting today in the whole deck (within the daily limits): `counts` for a
    /// scope that takes every card, without walking the due cards but once a day.
    pub fn counts_all(
        &self,
        time: QueueTime,
        limits: DailyLimits,
        progress: DayProgress,
    ) -> CardCounts {
        let counted = match self.due_before.get() {
            Some(counted) if counted.day_end_ms == time.day_end_ms => counted,
            _ => {
                let due = |set: &BTreeSet<(i64, usize)>| set.range(..(time.day_end_ms, 0)).count();
                let counted = DueBefore {
                    day_end_ms: time.day_end_ms,
                    learning: due(&self.learning),
                    review: due(&self.review),
                };
                self.due_before.set(Some(counted));
                counted
            }
        };
        let counts = CardCounts {
            new: self.new.len(),
            learning: counted.learning,
            due: counted.review,
        };
        within_limits(counts, limits, progress)
    }

    /// The next card to study among those `in_scope`, by the rules of `next_card`.
    pub fn next_card<'a>(
        &self,
        cards: &'a [Card],
        in_scope: impl Fn(&Card) -> bool,
        time: QueueTime,
        limits: DailyLimits,
        progress: DayProgress,
    ) -> NextCard<'a> {
        let first = |set: &BTreeSet<(i64, usize)>, from: i64| {
            set.range((from, 0)..)
                .find(|(_, i)| in_scope(&cards[*i]))
                .copied()
        };
        let learning = first(&self.learning, i64::MIN);
        let review = first(&self.review, i64::MIN);
        let new = self
            .new
            .iter()
            .find(|(_, i)| in_scope(&cards[*i]))
            .map(|(_, i)| &cards[*i]);
        let later = |set| first(set, time.now_ms.saturating_add(1)).map(|(due, _)| due);
        let next_due = match (later(&self.learning), later(&self.review)) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        choose(
            learning.map(|(due, i)| (&cards[i], due)),
            review.map(|(due, i)| (&cards[i], due)),
            new,
            next_due,
            time,
            limits,
            progress,
        )
    }
}
