//! The sorted queue a collection keeps (`DeckQueue`) must always choose and count exactly
//! as the plain scans over every card do, however cards change state, are suspended, are
//! background facts left out or let in, or are limited to a scope.

use factdeck::deck::{Card, CardId, CardIndex, Variant};
use factdeck::schedule::{CardState, DeckStates, Phase};
use factdeck::session::queue::{
    DailyLimits, DayProgress, DeckQueue, QueueTime, due_counts, next_card,
};
use proptest::prelude::*;
use std::collections::HashSet;

const NOW: i64 = 1_000_000_000;
const DAY_END: i64 = NOW + 6 * 3_600_000;

fn cards(count: usize) -> Vec<Card> {
    (0..count)
        .map(|i| {
            // Each fact yields a first and a reverse direction, as a person does.
            let variant = if i % 2 == 1 {
                Variant::Name
            } else {
                Variant::Role
            };
            Card {
                id: CardId::new(&format!("f{}", i / 2), variant),
                fact_index: i / 2,
                variant,
                prompt: String::new(),
                answer: String::new(),
            }
        })
        .collect()
}

/// A card's state as a small number: 0 unanswered, then phases with due times spread
/// before now, within the learn-ahead window, later today and after today.
fn state(code: u8) -> Option<CardState> {
    let phase = match code % 4 {
        0 => return None,
        1 => Phase::Learning,
        2 => Phase::Review,
        _ => Phase::Relearning,
    };
    let due = match code / 4 % 5 {
        0 => NOW - 3_600_000,
        1 => NOW,
        2 => NOW + 10 * 60_000,
        3 => NOW + 3 * 3_600_000,
        _ => DAY_END + 86_400_000,
    } + i64::from(code);
    Some(CardState {
        phase,
        due,
        ..CardState::new_card()
    })
}

/// Whether a card stands for a fact from outside the article (`context = true`): a few
/// facts spread over the deck.
fn is_background(card: &Card) -> bool {
    card.fact_index % 7 == 3
}

#[derive(Debug, Clone)]
enum Change {
    State(usize, u8),
    Suspend(usize, bool),
    /// The learner lets background facts in (true) or leaves them out.
    Background(bool),
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (0..40usize, any::<u8>()).prop_map(|(i, c)| Change::State(i, c)),
        (0..40usize, any::<bool>()).prop_map(|(i, s)| Change::Suspend(i, s)),
        any::<bool>().prop_map(Change::Background),
    ]
}

proptest! {
    #[test]
    fn the_queue_agrees_with_a_scan_of_every_card(
        initial in proptest::collection::vec(any::<u8>(), 40),
        changes in proptest::collection::vec(change(), 0..30),
        scope_every in 1..4usize,
        new_limit in 0..5usize,
        review_limit in 0..5usize,
        new_done in 0..3usize,
        reviews_done in 0..3usize,
        background_at_start in any::<bool>(),
        groups in 1..5usize,
    ) {
        let cards = cards(40);
        let mut states = DeckStates::new(cards.len());
        for (position, code) in initial.iter().enumerate() {
            states.set(position, state(*code));
        }
        let mut suspended: HashSet<String> = HashSet::new();
        let mut background = background_at_start;
        let held_out = |c: &Card, suspended: &HashSet<String>, background: bool| {
            suspended.contains(c.id.as_str()) || (!background && is_background(c))
        };
        let mut queue =
            DeckQueue::build(&cards, &states, |c| held_out(c, &suspended, background));
        let time = QueueTime { now_ms: NOW, day_end_ms: DAY_END };
        let limits = DailyLimits { new_per_day: new_limit, reviews_per_day: review_limit };
        let progress = DayProgress { new_done, reviews_done };
        let in_scope = |c: &Card| c.fact_index.is_multiple_of(scope_every);
        let steps = std::iter::once(None).chain(changes.into_iter().map(Some));
        for (step_number, step) in steps.enumerate() {
            if let Some(change) = step {
                let changed: Vec<usize> = match change {
                    Change::State(i, code) => {
                        states.set(i, state(code));
                        vec![i]
                    }
                    Change::Suspend(i, on) => {
                        if on {
                            suspended.insert(cards[i].id.to_string());
                        } else {
                            suspended.remove(cards[i].id.as_str());
                        }
                        vec![i]
                    }
                    // As the collection does: every background card is moved in or out.
                    Change::Background(on) => {
                        background = on;
                        (0..cards.len()).filter(|&i| is_background(&cards[i])).collect()
                    }
                };
                for index in changed {
                    let out = held_out(&cards[index], &suspended, background);
                    queue.update(&cards[index], index, states.get(index), out);
                }
            }
            let studied = |c: &Card| !held_out(c, &suspended, background);
            let scoped = |c: &Card| in_scope(c) && studied(c);
            let scanned_next = next_card(
                &cards,
                scoped,
                &states,
                time,
                limits,
                progress,
            );
            let queued_next = queue.next_card(&cards, in_scope, time, limits, progress);
            prop_assert_eq!(queued_next, scanned_next);
            let scanned_counts =
                due_counts(&cards, scoped, &states, time, limits, progress);
            let queued_counts = queue.counts(&cards, in_scope, time, limits, progress);
            prop_assert_eq!(queued_counts, scanned_counts);
            // Every group (a topic, a section) counted in one pass, as each is counted
            // alone; the last group's cards stand in none.
            let group_of = |c: &Card| Some(c.fact_index % (groups + 1)).filter(|g| *g < groups);
            let grouped = queue.counts_grouped(&cards, groups, group_of, time, limits, progress);
            for (group, counts) in grouped.into_iter().enumerate() {
                let in_group = |c: &Card| group_of(c) == Some(group) && studied(c);
                prop_assert_eq!(
                    counts,
                    due_counts(&cards, in_group, &states, time, limits, progress)
                );
            }
            // The whole deck is counted from running totals, kept per day.
            let tomorrow = QueueTime { now_ms: DAY_END, day_end_ms: DAY_END + 86_400_000 };
            let days = if step_number % 3 == 2 { vec![tomorrow, time] } else { vec![time] };
            for day in days {
                prop_assert_eq!(
                    queue.counts_all(day, limits, progress),
                    due_counts(&cards, studied, &states, day, limits, progress)
                );
            }
        }
    }
}

#[test]
fn a_card_is_found_by_its_id() {
    let cards = cards(6);
    let index = CardIndex::build(&cards);
    assert_eq!(index.position("f2/name"), Some(5));
    assert_eq!(index.position("f9/role"), None);
}

#[test]
fn ids_alike_in_their_first_bytes_are_kept_in_byte_order() {
    // The index sorts by the first eight bytes before the whole id.
    let fact_ids = [
        "sanktionen-kohle",
        "sanktionen-eisen",
        "sanktionen",
        "sank",
        "sanktionen-eisen-2",
        "s",
        "sanktionen\u{0}",
        "z",
    ];
    let cards: Vec<Card> = fact_ids
        .iter()
        .enumerate()
        .map(|(i, fact)| Card {
            id: CardId::new(fact, Variant::Items),
            fact_index: i,
            variant: Variant::Items,
            prompt: String::new(),
            answer: String::new(),
        })
        .collect();
    let index = CardIndex::build(&cards);
    let mut ids: Vec<&str> = cards.iter().map(|c| c.id.as_str()).collect();
    ids.sort_unstable();
    // Stepping through the index in one pass finds every card only if its order is the
    // ids' byte order.
    let mut ascending = index.ascending();
    for id in ids {
        let expected = cards.iter().position(|c| c.id.as_str() == id);
        assert_eq!(ascending.position(id), expected, "{id}");
    }
}

proptest! {
    /// The progress file lists a deck's states in id order, with ids of cards the deck no
    /// longer has among them; each id must still find its own card (or none).
    #[test]
    fn ids_given_in_order_find_the_same_cards_as_a_search(
        count in 0..60usize,
        asked in proptest::collection::vec(0..90usize, 0..80),
        sorted in any::<bool>(),
    ) {
        let cards = cards(count);
        let index = CardIndex::build(&cards);
        let mut ids: Vec<String> = asked
            .iter()
            .map(|&n| format!("f{}/{}", n / 2, if n % 2 == 1 { "name" } else { "role" }))
            .collect();
        if sorted {
            ids.sort();
        }
        let mut ascending = index.ascending();
        for id in &ids {
            let expected = cards.iter().position(|c| c.id.as_str() == id);
            prop_assert_eq!(ascending.position(id), expected, "{}", id);
        }
    }
}
