//! How well each topic of a deck is mastered: the share of its facts whose predicted
//! recall now, from FSRS, is at least the desired retention on every card.

use crate::deck::{Card, Deck};
use crate::schedule::{CardState, Scheduler};
use chrono::{DateTime, FixedOffset};
use serde::Serialize;

/// Mastery of one topic.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicMastery {
    pub topic_id: String,
    pub name: String,
    /// Facts of the topic with at least one card not suspended.
    pub facts: usize,
    /// Facts every (unsuspended) card of which the learner is predicted to recall now
    /// with at least the desired retention.
    pub mastered: usize,
    /// Facts with at least one card answered.
    pub started: usize,
}

impl TopicMastery {
    /// The share mastered, 0 for a topic without facts.
    pub fn share(&self) -> f32 {
        if self.facts == 0 {
            0.0
        } else {
            self.mastered as f32 / self.facts as f32
        }
    }
}

impl TopicMastery {
    /// The share of the facts the learner has started that are mastered; 0 before any.
    pub fn started_share(&self) -> f32 {
        if self.started == 0 {
            0.0
        } else {
            self.mastered.min(self.started) as f32 / self.started as f32
        }
    }
}

/// The weakest topic of a deck among those the learner has started, and how many were
/// started, so the screen can say what it was chosen among.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WeakestTopic<'a> {
    /// No fact of any topic answered yet: there is nothing to call weak.
    NoneStarted,
    /// Only one topic started: it is the weakest by default, and the screen says so.
    OnlyStarted(&'a TopicMastery),
    /// The topic with the lowest share of its started facts mastered, among `started`
    /// topics (at least two).
    Weakest {
        topic: &'a TopicMastery,
        started: usize,
    },
}

impl<'a> WeakestTopic<'a> {
    /// The topic chosen, if any.
    pub fn topic(&self) -> Option<&'a TopicMastery> {
        match *self {
            WeakestTopic::NoneStarted => None,
            WeakestTopic::OnlyStarted(topic) | WeakestTopic::Weakest { topic, .. } => Some(topic),
        }
    }
}

/// The weakest of the topics the learner has started: the lowest share of started facts
/// mastered (facts never answered say nothing about how well the learner knows a topic,
/// so a topic barely begun is not "weak" for its unseen facts); among equal shares, the
/// one with more started facts not mastered, then the first in the deck.
pub fn weakest_topic(topics: &[TopicMastery]) -> WeakestTopic<'_> {
    let started: Vec<&TopicMastery> = topics.iter().filter(|t| t.started > 0).collect();
    let not_mastered = |t: &TopicMastery| t.started.saturating_sub(t.mastered);
    let weakest = started.iter().copied().reduce(|weakest, topic| {
        let order = topic
            .started_share()
            .total_cmp(&weakest.started_share())
            .then_with(|| not_mastered(weakest).cmp(&not_mastered(topic)));
        if order.is_lt() { topic } else { weakest }
    });
    match (weakest, started.len()) {
        (None, _) => WeakestTopic::NoneStarted,
        (Some(topic), 1) => WeakestTopic::OnlyStarted(topic),
        (Some(topic), started) => WeakestTopic::Weakest { topic, started },
    }
}

/// Where one card of a deck stands: its state if it was ever answered, and whether the
/// learner suspended it.
pub type CardStatus<'a> = (Option<&'a CardState>, bool);

/// Mastery of every topic of a deck, in the deck's order. `cards` holds the status of
/// each of the deck's cards, in the order of `deck.cards`.
///
/// A card never answered is not mastered. Suspended cards are left out: a fact counts by
/// the cards the learner studies, and a fact whose cards are all suspended not at all.
pub fn topic_mastery(
    deck: &Deck,
    cards: &[CardStatus<'_>],
    scheduler: &Scheduler,
    now: DateTime<FixedOffset>,
) -> Vec<TopicMastery> {
    let mut builder = MasteryBuilder::new(deck, scheduler, now);
    for (card, (state, suspended)) in deck.cards.iter().zip(cards) {
        builder.add(card, *state, *suspended);
    }
    builder.finish(deck)
}

/// How well one fact is known, by the same measure as a topic's mastery.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum FactMastery {
    /// No card of the fact answered yet.
    New,
    /// Some card answered, but not every card past its learning steps and predicted to be
    /// recalled now with at least the desired retention.
    Learning,
    /// Every card past its learning steps and predicted to be recalled now with at least
    /// the desired retention.
    Mastered,
    /// Every card of the fact suspended: it does not count.
    Suspended,
}

/// The mastery of each fact of a deck, in the order of `deck.facts`; `cards` as for
/// `topic_mastery`.
pub fn fact_mastery(
    deck: &Deck,
    cards: &[CardStatus<'_>],
    scheduler: &Scheduler,
    now: DateTime<FixedOffset>,
) -> Vec<FactMastery> {
    let mut builder = MasteryBuilder::new(deck, scheduler, now);
    for (card, (state, suspended)) in deck.cards.iter().zip(cards) {
        builder.add(card, *state, *suspended);
    }
    builder.facts()
}

#[derive(Clone, Copy)]
struct FactStatus {
    active_cards: usize,
    recalled: bool,
    started: bool,
}

/// Accumulates mastery card by card, so the statistics need one pass over the cards.
pub struct MasteryBuilder<'s> {
    facts: Vec<FactStatus>,
    scheduler: &'s Scheduler,
    target: f32,
    now: DateTime<FixedOffset>,
}

impl<'s> MasteryBuilder<'s> {
    pub fn new(deck: &Deck, scheduler: &'s Scheduler, now: DateTime<FixedOffset>) -> Self {
        MasteryBuilder {
            facts: vec![
                FactStatus {
                    active_cards: 0,
                    recalled: true,
                    started: false,
                };
                deck.facts.len()
            ],
            scheduler,
            target: scheduler.settings().desired_retention,
            now,
        }
    }

    /// Counts one card of the deck given to `new`.
    pub fn add(&mut self, card: &Card, state: Option<&CardState>, suspended: bool) {
        if suspended {
            return;
        }
        let Some(status) = self.facts.get_mut(card.fact_index) else {
            return;
        };
        status.active_cards += 1;
        status.started |= state.is_some_and(|s| s.reps > 0);
        // A card still in its learning (or relearning) steps is not mastered, however
        // fresh: just after "Again" its predicted recall is 100 %.
        let recall = state
            .filter(|s| !s.phase.is_learning())
            .and_then(|s| self.scheduler.retrievability(s, self.now));
        if recall.is_none_or(|r| r < self.target) {
            status.recalled = false;
        }
    }

    /// The mastery of each fact of the deck given to `new`, in the deck's order.
    pub fn facts(&self) -> Vec<FactMastery> {
        self.facts
            .iter()
            .map(|status| {
                if status.active_cards == 0 {
                    FactMastery::Suspended
                } else if status.recalled {
                    FactMastery::Mastered
                } else if status.started {
                    FactMastery::Learning
                } else {
                    FactMastery::New
                }
            })
            .collect()
    }

    /// Mastery per topic of the deck given to `new`, in the deck's order.
    pub fn finish(self, deck: &Deck) -> Vec<TopicMastery> {
        let mut topics: Vec<TopicMastery> = deck
            .topics
            .iter()
            .map(|topic| TopicMastery {
                topic_id: topic.id.clone(),
                name: topic.name.clone(),
                facts: 0,
                mastered: 0,
                started: 0,
            })
            .collect();
        let index = deck.topic_positions();
        for (fact, status) in deck.facts.iter().zip(&self.facts) {
            let Some(mastery) = index.get(fact.topic.as_str()).map(|&i| &mut topics[i]) else {
                continue;
            };
            if status.active_cards == 0 {
                continue;
            }
            mastery.facts += 1;
            mastery.mastered += usize::from(status.recalled);
            mastery.started += usize::from(status.started);
        }
        topics
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{Clock, ManualClock};
    use crate::deck::load_str;
    use crate::schedule::{Rating, ScheduleSettings};
    use std::collections::HashMap;

    const DECK: &str = r#"
[deck]
id = "d"
title = "D"

[[topics]]
id = "orte"
name = "Orte"

[[topics]]
id = "gruende"
name = "Gründe"

[[facts]]
id = "chassan"
kind = "place"
topic = "orte"
name = "Chassan"
event = "Kims erste Station"

[[facts]]
id = "puffer"
kind = "reason"
topic = "gruende"
question = "Warum?"
answer = "Puffer"

[[facts]]
id = "devisen"
kind = "reason"
topic = "gruende"
question = "Wozu?"
answer = "Devisen"
"#;

    fn deck() -> Deck {
        load_str("d.toml", DECK).expect("the test deck loads")
    }

    fn scheduler() -> Scheduler {
        Scheduler::new(ScheduleSettings::default()).unwrap()
    }

    /// A card answered Easy once at the clock's time: graduated with days of stability.
    fn learned(clock: &ManualClock) -> CardState {
        scheduler()
            .answer(&CardState::new_card(), Rating::Easy, clock.now())
            .unwrap()
    }

    fn mastery(
        states: &HashMap<&str, CardState>,
        suspended: &[&str],
        clock: &ManualClock,
    ) -> Vec<TopicMastery> {
        let deck = deck();
        let cards: Vec<CardStatus<'_>> = deck
            .cards
            .iter()
            .map(|c| {
                let id = c.id.as_str();
                (states.get(id), suspended.contains(&id))
            })
            .collect();
        topic_mastery(&deck, &cards, &scheduler(), clock.now())
    }

    #[test]
    fn a_fact_is_mastered_only_when_every_card_is_recalled() {
        let clock = ManualClock::at_utc("2026-03-10T09:00:00Z", 1);
        let mut states = HashMap::new();
        states.insert("chassan/event", learned(&clock));
        states.insert("puffer/reason", learned(&clock));
        clock.advance(chrono::Duration::hours(1));
        let topics = mastery(&states, &[], &clock);
        // Chassan's reverse card (place) was never answered.
        assert_eq!((topics[0].facts, topics[0].mastered), (1, 0));
        assert_eq!(topics[0].started, 1);
        assert_eq!((topics[1].facts, topics[1].mastered), (2, 1));
        assert_eq!(topics[1].share(), 0.5);
    }

    #[test]
    fn a_card_still_in_its_learning_steps_is_not_mastered_however_fresh() {
        let clock = ManualClock::at_utc("2026-03-10T09:00:00Z", 1);
        let mut states = HashMap::new();
        let forgotten = scheduler()
            .answer(&learned(&clock), Rating::Again, clock.now())
            .unwrap();
        assert!(
            forgotten.phase.is_learning(),
            "Again sends the card back to its steps"
        );
        states.insert("puffer/reason", forgotten);
        assert_eq!(mastery(&states, &[], &clock)[1].mastered, 0);
        assert_eq!(mastery(&states, &[], &clock)[1].started, 1);
    }

    #[test]
    fn mastery_fades_when_predicted_recall_drops_below_the_target() {
        let clock = ManualClock::at_utc("2026-03-10T09:00:00Z", 1);
        let mut states = HashMap::new();
        states.insert("puffer/reason", learned(&clock));
        clock.advance(chrono::Duration::hours(1));
        assert_eq!(mastery(&states, &[], &clock)[1].mastered, 1);
        // Stability is the time to fall to 90 % recall; twice that is well below it.
        let stability = states["puffer/reason"].memory.unwrap().stability;
        clock.advance(chrono::Duration::days(2 * stability.ceil() as i64));
        assert_eq!(mastery(&states, &[], &clock)[1].mastered, 0);
    }

    #[test]
    fn a_fact_is_new_until_answered_learning_until_every_card_is_recalled_then_mastered() {
        let clock = ManualClock::at_utc("2026-03-10T09:00:00Z", 1);
        let deck = deck();
        let levels = |states: &HashMap<&str, CardState>, suspended: &[&str]| {
            let cards: Vec<CardStatus<'_>> = deck
                .cards
                .iter()
                .map(|c| {
                    (
                        states.get(c.id.as_str()),
                        suspended.contains(&c.id.as_str()),
                    )
                })
                .collect();
            fact_mastery(&deck, &cards, &scheduler(), clock.now())
        };
        let mut states = HashMap::new();
        use FactMastery::*;
        assert_eq!(levels(&states, &[]), [New, New, New]);
        states.insert("chassan/event", learned(&clock));
        states.insert("puffer/reason", learned(&clock));
        assert_eq!(levels(&states, &[]), [Learning, Mastered, New]);
        assert_eq!(
            levels(&states, &["chassan/place", "devisen/reason"]),
            [Mastered, Mastered, Suspended]
        );
    }

    #[test]
    fn suspended_cards_do_not_hold_a_fact_back() {
        let clock = ManualClock::at_utc("2026-03-10T09:00:00Z", 1);
        let mut states = HashMap::new();
        states.insert("chassan/event", learned(&clock));
        let topics = mastery(&states, &["chassan/place"], &clock);
        assert_eq!((topics[0].facts, topics[0].mastered), (1, 1));
        let all_suspended = mastery(&states, &["chassan/place", "chassan/event"], &clock);
        assert_eq!(all_suspended[0].facts, 0);
        assert_eq!(all_suspended[0].share(), 0.0);
    }

    fn topic(id: &str, facts: usize, started: usize, mastered: usize) -> TopicMastery {
        TopicMastery {
            topic_id: id.into(),
            name: id.into(),
            facts,
            mastered,
            started,
        }
    }

    #[test]
    fn no_topic_is_weakest_before_any_is_started() {
        let topics = [topic("a", 5, 0, 0), topic("b", 3, 0, 0)];
        assert_eq!(weakest_topic(&topics), WeakestTopic::NoneStarted);
        assert_eq!(weakest_topic(&[]), WeakestTopic::NoneStarted);
    }

    #[test]
    fn a_single_started_topic_is_named_as_the_only_one_started() {
        let topics = [topic("a", 5, 0, 0), topic("b", 3, 2, 2)];
        assert_eq!(
            weakest_topic(&topics),
            WeakestTopic::OnlyStarted(&topics[1])
        );
    }

    #[test]
    fn the_weakest_is_chosen_among_started_topics_by_their_started_facts() {
        // "a" has most facts unseen, yet of what was started all is mastered; "b" is
        // half forgotten; "c" was never started and is not a candidate.
        let topics = [
            topic("a", 10, 1, 1),
            topic("b", 4, 4, 2),
            topic("c", 6, 0, 0),
        ];
        assert_eq!(
            weakest_topic(&topics),
            WeakestTopic::Weakest {
                topic: &topics[1],
                started: 2
            }
        );
    }

    #[test]
    fn among_equal_shares_the_topic_with_more_facts_to_relearn_is_weaker() {
        let topics = [topic("a", 4, 2, 1), topic("b", 8, 6, 3)];
        assert_eq!(weakest_topic(&topics).topic(), Some(&topics[1]));
    }
}
