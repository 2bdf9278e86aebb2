//! Studying on once the day's cards are done: more new cards today, the weakest topic the
//! learner has started, or every card ahead of its schedule — instead of "nothing is due"
//! while cards wait unseen.
//!
//! Nothing here bends the schedule: a card answered ahead of time is scheduled by FSRS
//! from the time that really passed since its last answer (a short wait gains less
//! stability than the full interval would have), as every other answer is.

use super::SessionError;
use super::collection::{Collection, Scope, held_out};
use super::queue::{CardCounts, DailyLimits, DayProgress, NextCard};
use crate::clock::to_millis;
use crate::deck::{Card, Deck};
use crate::schedule::{CardState, Phase};
use crate::stats::{CardStatus, WeakestTopic, topic_mastery, weakest_topic};

/// How many more new cards "more new cards" and the weakest topic offer at a time.
pub const MORE_NEW_CARDS: usize = 10;

/// A way to study on after the day's cards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StudyMore {
    /// This many new cards beyond today's limit, from the whole deck.
    NewCards(usize),
    /// One topic: what is due in it, its cards ahead of schedule, then new cards of it
    /// beyond today's limit.
    Topic(String),
    /// Every card of the deck ahead of its schedule, the one most likely forgotten first.
    Ahead,
}

/// What a session takes beyond the day's queue. The default is the day's queue alone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Extra {
    /// Today's limit of new cards for this session, in place of the learner's setting.
    pub new_limit: Option<usize>,
    /// Once nothing is due, cards not yet due (and not answered today) come next.
    pub ahead: bool,
}

impl Extra {
    /// The session's extra for a way of studying on, given what the learner already did
    /// today (`new_done`) under today's `limits`: the new cards allowed are counted from
    /// where the day stands, so "10 more" means 10 more.
    pub fn for_more(more: &StudyMore, limits: DailyLimits, new_done: usize) -> Extra {
        let from = limits.new_per_day.max(new_done);
        match more {
            StudyMore::NewCards(count) => Extra {
                new_limit: Some(from.saturating_add(*count)),
                ahead: false,
            },
            StudyMore::Topic(_) => Extra {
                new_limit: Some(from.saturating_add(MORE_NEW_CARDS)),
                ahead: true,
            },
            StudyMore::Ahead => Extra {
                new_limit: None,
                ahead: true,
            },
        }
    }

    /// The limits a session with this extra studies under.
    pub fn limits(&self, limits: DailyLimits) -> DailyLimits {
        DailyLimits {
            new_per_day: self.new_limit.unwrap_or(limits.new_per_day),
            ..limits
        }
    }

    /// The scope a way of studying on covers.
    pub fn scope(more: &StudyMore) -> Scope {
        match more {
            StudyMore::Topic(topic) => Scope::Topic(topic.clone()),
            StudyMore::NewCards(_) | StudyMore::Ahead => Scope::WholeDeck,
        }
    }
}

/// The weakest topic started, with what studying it would give today.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicOffer {
    pub topic_id: String,
    pub name: String,
    /// Only this topic is started: it is the weakest by default.
    pub only_started: bool,
    /// Its cards ahead of schedule plus the new cards it would bring.
    pub cards: usize,
}

/// What the learner can study on with, once nothing is due in a deck.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StudyMoreOffer {
    /// Cards never seen (not suspended, not background left out).
    pub unseen: usize,
    /// How many new cards "more new cards" gives (at most `MORE_NEW_CARDS`).
    pub more_new: usize,
    /// The weakest topic started; `None` before any topic is started.
    pub weakest: Option<TopicOffer>,
    /// Cards ahead of their schedule: graduated, not due yet, not answered today.
    pub ahead: usize,
}

impl StudyMoreOffer {
    /// Whether there is anything at all to study on with.
    pub fn is_empty(&self) -> bool {
        self.more_new == 0 && self.ahead == 0 && self.weakest.as_ref().is_none_or(|t| t.cards == 0)
    }
}

impl Collection {
    /// The next card of a session with `extra`: the day's queue, then, studying ahead,
    /// the card ahead of schedule most likely forgotten, then new cards beyond today's
    /// limit up to the session's own.
    pub fn next_card_with(
        &self,
        deck_id: &str,
        scope: &Scope,
        extra: &Extra,
    ) -> Result<NextCard<'_>, SessionError> {
        let deck = self.deck_or_error(deck_id)?;
        let (queue, time) = (self.queue(deck_id)?, self.queue_time());
        let limits = self.settings().limits();
        let progress = self.day_progress(deck_id)?;
        let in_scope = |c: &Card| scope.includes(deck, c);
        let day = queue.next_card(&deck.cards, in_scope, time, limits, progress);
        if let NextCard::Card(_) = day {
            return Ok(day);
        }
        if extra.ahead
            && let Some(card) = self.ahead_cards(deck, scope).first().copied()
        {
            return Ok(NextCard::Card(card));
        }
        if extra.new_limit.is_some() {
            let more = extra.limits(limits);
            return Ok(queue.next_card(&deck.cards, in_scope, time, more, progress));
        }
        Ok(day)
    }

    /// Cards left today in a session with `extra` (its own limit of new cards) and how
    /// many cards ahead of schedule it would go on with.
    pub fn counts_with(
        &self,
        deck_id: &str,
        scope: &Scope,
        extra: &Extra,
    ) -> Result<(CardCounts, usize), SessionError> {
        let deck = self.deck_or_error(deck_id)?;
        let (queue, time) = (self.queue(deck_id)?, self.queue_time());
        let limits = extra.limits(self.settings().limits());
        let progress = self.day_progress(deck_id)?;
        // The whole deck has its own count, which need not walk every due card.
        let counts = match scope {
            Scope::WholeDeck => queue.counts_all(time, limits, progress),
            _ => queue.counts(
                &deck.cards,
                |c| scope.includes(deck, c),
                time,
                limits,
                progress,
            ),
        };
        let ahead = if extra.ahead {
            self.ahead_count(deck, scope)
        } else {
            0
        };
        Ok((counts, ahead))
    }

    /// What the learner could study on with in a deck now.
    pub fn study_more_offer(&self, deck_id: &str) -> Result<StudyMoreOffer, SessionError> {
        let deck = self.deck_or_error(deck_id)?;
        let unseen_in = |scope: &Scope| -> Result<usize, SessionError> {
            let unlimited = DailyLimits {
                new_per_day: usize::MAX,
                reviews_per_day: usize::MAX,
            };
            Ok(self
                .queue(deck_id)?
                .counts(
                    &deck.cards,
                    |c| scope.includes(deck, c),
                    self.queue_time(),
                    unlimited,
                    DayProgress::default(),
                )
                .new)
        };
        let unseen = unseen_in(&Scope::WholeDeck)?;
        let states = self.states_in(deck_id);
        let suspended = self.suspended_in(deck_id);
        let statuses: Vec<CardStatus<'_>> = deck
            .cards
            .iter()
            .enumerate()
            .map(|(position, card)| (states.get(position), suspended.contains(card.id.as_str())))
            .collect();
        let topics = topic_mastery(deck, &statuses, self.scheduler(), self.now());
        let weakest = match weakest_topic(&topics) {
            WeakestTopic::NoneStarted => None,
            chosen => chosen.topic().map(|topic| {
                let scope = Scope::Topic(topic.topic_id.clone());
                let new = unseen_in(&scope).unwrap_or(0).min(MORE_NEW_CARDS);
                TopicOffer {
                    topic_id: topic.topic_id.clone(),
                    name: topic.name.clone(),
                    only_started: matches!(chosen, WeakestTopic::OnlyStarted(_)),
                    cards: self.ahead_count(deck, &scope) + new,
                }
            }),
        };
        Ok(StudyMoreOffer {
            unseen,
            more_new: unseen.min(MORE_NEW_CARDS),
            weakest,
            ahead: self.ahead_count(deck, &Scope::WholeDeck),
        })
    }

    /// The cards of `scope` ahead of their schedule, the one with the lowest predicted
    /// recall now first (then the one due soonest, then deck order): graduated cards,
    /// held in no daily queue, not answered since today began (answering a card twice a
    /// day teaches FSRS nothing), whose due time has not come. One pass over the deck's
    /// cards, made only when the day's queue is empty.
    fn ahead_cards<'d>(&self, deck: &'d Deck, scope: &Scope) -> Vec<&'d Card> {
        let mut ahead = self.ahead_with_recall(deck, scope);
        ahead.sort_by(|(a, a_recall, a_due), (b, b_recall, b_due)| {
            a_recall
                .total_cmp(b_recall)
                .then(a_due.cmp(b_due))
                .then(a.cmp(b))
        });
        ahead
            .into_iter()
            .filter_map(|(position, _, _)| deck.cards.get(position))
            .collect()
    }

    /// How many cards of `scope` are ahead of their schedule. Counted without predicting
    /// each one's recall: the count follows every answer while studying ahead.
    fn ahead_count(&self, deck: &Deck, scope: &Scope) -> usize {
        self.ahead_states(deck, scope).count()
    }

    /// The cards ahead of schedule as (position, recall now, due).
    fn ahead_with_recall(&self, deck: &Deck, scope: &Scope) -> Vec<(usize, f32, i64)> {
        let now = self.now();
        self.ahead_states(deck, scope)
            .map(|(position, state)| {
                let recall = self.scheduler().retrievability(state, now).unwrap_or(0.0);
                (position, recall, state.due)
            })
            .collect()
    }

    /// The cards of `scope` ahead of their schedule, by position, with their states.
    fn ahead_states<'a>(
        &'a self,
        deck: &'a Deck,
        scope: &'a Scope,
    ) -> impl Iterator<Item = (usize, &'a CardState)> + 'a {
        let now_ms = to_millis(self.now());
        let today_start = to_millis(self.today_start());
        let states = self.states_in(&deck.id);
        let suspended = self.suspended_in(&deck.id);
        let background = self.settings().background_facts;
        deck.cards
            .iter()
            .enumerate()
            .filter(move |(_, card)| scope.includes(deck, card))
            .filter(move |(_, card)| !held_out(deck, card, Some(suspended), background))
            .filter_map(move |(position, _)| {
                let state = states.get(position)?;
                let answered_today = state.last_review.is_some_and(|at| at >= today_start);
                let ahead = state.phase == Phase::Review && !answered_today && state.due > now_ms;
                ahead.then_some((position, state))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{Clock, ManualClock};
    use crate::deck::{LoadedDecks, load_str};
    use crate::schedule::Rating;
    use crate::session::{AnswerDetails, QuestionMix, StudySession, StudySettings, StudyState};
    use crate::store::Store;
    use chrono::Duration;
    use std::sync::Arc;

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
id = "a"
kind = "reason"
topic = "orte"
question = "Warum A?"
answer = "A"

[[facts]]
id = "b"
kind = "reason"
topic = "orte"
question = "Warum B?"
answer = "B"

[[facts]]
id = "c"
kind = "reason"
topic = "gruende"
question = "Warum C?"
answer = "C"

[[facts]]
id = "d"
kind = "reason"
topic = "gruende"
question = "Warum D?"
answer = "D"

[[facts]]
id = "e"
kind = "reason"
topic = "gruende"
question = "Warum E?"
answer = "E"
"#;

    /// A collection of the five-card deck above, allowing `new_per_day` new cards a day.
    fn collection(clock: &ManualClock, new_per_day: usize) -> Collection {
        let deck = load_str("d.toml", DECK).expect("the test deck loads");
        let decks = LoadedDecks {
            decks: vec![deck],
            ..LoadedDecks::default()
        };
        let store = Store::open_in_memory().expect("in memory");
        let mut collection =
            Collection::from_parts(store, decks, Arc::new(clock.clone())).expect("opens");
        collection
            .set_settings(StudySettings {
                new_per_day,
                question_mix: QuestionMix::FlashcardsOnly,
                ..StudySettings::default()
            })
            .expect("saved");
        collection
    }

    /// No new cards from now on: only what is due, and cards ahead of schedule.
    fn no_new_cards(collection: &mut Collection) {
        let settings = StudySettings {
            new_per_day: 0,
            ..collection.settings().clone()
        };
        collection.set_settings(settings).expect("saved");
    }

    fn answer(collection: &mut Collection, card: &str, rating: Rating) {
        collection
            .answer("d", card, rating, AnswerDetails::flashcard(2000))
            .expect("saved");
    }

    fn next(collection: &Collection, scope: &Scope, extra: &Extra) -> Option<String> {
        match collection.next_card_with("d", scope, extra).expect("queue") {
            NextCard::Card(card) => Some(card.id.as_str().to_string()),
            NextCard::Done { .. } => None,
        }
    }

    #[test]
    fn more_new_cards_are_counted_from_where_the_day_stands() {
        let limits = DailyLimits {
            new_per_day: 2,
            reviews_per_day: 100,
        };
        let more = StudyMore::NewCards(3);
        assert_eq!(Extra::for_more(&more, limits, 2).new_limit, Some(5));
        // A limit lowered after the day's cards were studied still gives three more.
        assert_eq!(Extra::for_more(&more, limits, 4).new_limit, Some(7));
        assert!(!Extra::for_more(&more, limits, 2).ahead);
        assert_eq!(
            Extra::for_more(&StudyMore::Ahead, limits, 2).new_limit,
            None
        );
    }

    #[test]
    fn after_the_days_new_cards_the_offer_counts_the_cards_still_unseen() {
        let clock = ManualClock::at_utc("2026-03-10T09:00:00Z", 1);
        let mut collection = collection(&clock, 2);
        answer(&mut collection, "a/reason", Rating::Easy);
        answer(&mut collection, "b/reason", Rating::Easy);
        assert_eq!(
            next(&collection, &Scope::WholeDeck, &Extra::default()),
            None
        );
        let offer = collection.study_more_offer("d").expect("offer");
        assert_eq!(offer.unseen, 3);
        assert_eq!(offer.more_new, 3);
        // Both cards were answered today: none is studied ahead the same day.
        assert_eq!(offer.ahead, 0);
        assert!(!offer.is_empty());
    }

    #[test]
    fn more_new_cards_go_on_with_the_next_unseen_card_up_to_the_number_asked() {
        let clock = ManualClock::at_utc("2026-03-10T09:00:00Z", 1);
        let mut collection = collection(&clock, 2);
        answer(&mut collection, "a/reason", Rating::Easy);
        answer(&mut collection, "b/reason", Rating::Easy);
        let limits = collection.settings().limits();
        let extra = Extra::for_more(&StudyMore::NewCards(1), limits, 2);
        assert_eq!(
            next(&collection, &Scope::WholeDeck, &extra).as_deref(),
            Some("c/reason")
        );
        answer(&mut collection, "c/reason", Rating::Easy);
        assert_eq!(next(&collection, &Scope::WholeDeck, &extra), None);
    }

    #[test]
    fn studying_ahead_takes_the_card_most_likely_forgotten_first() {
        let clock = ManualClock::at_utc("2026-03-10T09:00:00Z", 1);
        let mut collection = collection(&clock, 5);
        answer(&mut collection, "a/reason", Rating::Easy);
        clock.advance(Duration::days(1));
        answer(&mut collection, "b/reason", Rating::Easy);
        clock.advance(Duration::days(1));
        let recall = |card: &str| {
            let state = collection.card_state("d", card);
            collection.scheduler().retrievability(&state, clock.now())
        };
        assert!(
            recall("a/reason") < recall("b/reason"),
            "a was answered earlier"
        );
        no_new_cards(&mut collection);
        let ahead = Extra {
            new_limit: None,
            ahead: true,
        };
        assert_eq!(
            next(&collection, &Scope::WholeDeck, &ahead).as_deref(),
            Some("a/reason")
        );
        assert_eq!(collection.study_more_offer("d").expect("offer").ahead, 2);
        // Without asking to study ahead, nothing is due.
        let day = Extra::default();
        assert_eq!(next(&collection, &Scope::WholeDeck, &day), None);
    }

    #[test]
    fn a_card_answered_ahead_is_not_offered_again_the_same_day() {
        let clock = ManualClock::at_utc("2026-03-10T09:00:00Z", 1);
        let mut collection = collection(&clock, 1);
        answer(&mut collection, "a/reason", Rating::Easy);
        clock.advance(Duration::days(1));
        no_new_cards(&mut collection);
        let ahead = Extra {
            new_limit: None,
            ahead: true,
        };
        assert_eq!(
            next(&collection, &Scope::WholeDeck, &ahead).as_deref(),
            Some("a/reason")
        );
        answer(&mut collection, "a/reason", Rating::Good);
        assert_eq!(next(&collection, &Scope::WholeDeck, &ahead), None);
    }

    #[test]
    fn an_answer_ahead_of_schedule_is_scheduled_from_the_time_really_passed() {
        let clock = ManualClock::at_utc("2026-03-10T09:00:00Z", 1);
        let mut collection = collection(&clock, 1);
        answer(&mut collection, "a/reason", Rating::Easy);
        let learned = collection.card_state("d", "a/reason");
        assert!(learned.interval_days > 3, "Easy gives more than three days");
        clock.advance(Duration::days(2));
        answer(&mut collection, "a/reason", Rating::Good);
        let after = collection.card_state("d", "a/reason");
        // What FSRS itself gives for a Good answer two days after the last one.
        let fsrs = fsrs::FSRS::new(&[]).expect("the published model");
        let expected = fsrs
            .next_states(learned.memory, 0.9, 2)
            .expect("next states")
            .good
            .memory;
        let stability = after.memory.expect("memory").stability;
        assert!((stability - expected.stability).abs() < 1e-3);
        // Less than on time: an early answer says less about memory.
        let on_time = fsrs
            .next_states(learned.memory, 0.9, learned.interval_days)
            .expect("next states")
            .good
            .memory;
        assert!(stability < on_time.stability);
    }

    #[test]
    fn the_weakest_topic_offer_names_the_only_topic_started() {
        let clock = ManualClock::at_utc("2026-03-10T09:00:00Z", 1);
        let mut collection = collection(&clock, 1);
        answer(&mut collection, "c/reason", Rating::Again);
        let offer = collection.study_more_offer("d").expect("offer");
        let topic = offer.weakest.expect("a topic is started");
        assert_eq!(topic.topic_id, "gruende");
        assert!(topic.only_started);
        // Its two unseen cards (c is in its learning steps, not ahead).
        assert_eq!(topic.cards, 2);
    }

    #[test]
    fn before_any_answer_no_weakest_topic_is_offered() {
        let clock = ManualClock::at_utc("2026-03-10T09:00:00Z", 1);
        let collection = collection(&clock, 1);
        assert_eq!(
            collection.study_more_offer("d").expect("offer").weakest,
            None
        );
    }

    #[test]
    fn a_session_studying_the_weakest_topic_takes_only_its_cards() {
        let clock = ManualClock::at_utc("2026-03-10T09:00:00Z", 1);
        let mut collection = collection(&clock, 1);
        answer(&mut collection, "c/reason", Rating::Easy);
        let mut session =
            StudySession::start_more(&collection, "d", StudyMore::Topic("gruende".into()))
                .expect("starts");
        let mut seen = Vec::new();
        while let StudyState::Question { card_id } = session.state().clone() {
            seen.push(card_id);
            session.reveal();
            session.rate(&mut collection, Rating::Easy).expect("saved");
        }
        assert_eq!(seen, ["d/reason", "e/reason"]);
    }

    #[test]
    fn nothing_to_offer_once_every_card_is_seen_and_answered_today() {
        let clock = ManualClock::at_utc("2026-03-10T09:00:00Z", 1);
        let mut collection = collection(&clock, 5);
        for card in ["a", "b", "c", "d", "e"] {
            answer(&mut collection, &format!("{card}/reason"), Rating::Easy);
        }
        let offer = collection.study_more_offer("d").expect("offer");
        assert_eq!((offer.unseen, offer.ahead), (0, 0));
        assert!(offer.is_empty());
    }

    #[test]
    fn the_weakest_topic_goes_over_its_cards_ahead_before_new_ones() {
        let clock = ManualClock::at_utc("2026-03-10T09:00:00Z", 1);
        let mut collection = collection(&clock, 1);
        answer(&mut collection, "c/reason", Rating::Easy);
        clock.advance(Duration::days(1));
        let limits = collection.settings().limits();
        let extra = Extra::for_more(&StudyMore::Topic("gruende".into()), limits, 1);
        let topic = Scope::Topic("gruende".into());
        // The day's one new card first (within the limit), then c ahead, then new ones.
        assert_eq!(
            next(&collection, &topic, &extra).as_deref(),
            Some("d/reason")
        );
        answer(&mut collection, "d/reason", Rating::Easy);
        assert_eq!(
            next(&collection, &topic, &extra).as_deref(),
            Some("c/reason")
        );
        answer(&mut collection, "c/reason", Rating::Good);
        assert_eq!(
            next(&collection, &topic, &extra).as_deref(),
            Some("e/reason")
        );
    }
}
