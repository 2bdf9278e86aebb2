//! Putting cards in groups for the questions about several at once: four to six people
//! to match to their roles, places to their events, dated events to order.
//!
//! The plain way: each group takes, from the cards left in their (random) order, the first
//! ones that do not clash with it (a name or role already in it, a year already on the
//! timeline), up to six. Looking at every card left for each group grew with the square of
//! the deck. Here the cards a group passes over are kept in order ahead of the others, so
//! the next group looks at them first, as the plain way does; but only the last
//! `PASSED_KEPT` of them: older ones go to the back. Up to that many passed cards, the
//! groups are the plain way's exactly; beyond it (a deck where hundreds of cards share one
//! role) each group's work stays bounded.

use super::generate::GROUP_SIZE;
use std::collections::VecDeque;

/// How many cards passed over (clashing with a group) are kept ahead of the others.
pub const PASSED_KEPT: usize = 64;

/// How many times, on average, each card may be taken from the queue in all before
/// grouping gives up: far more than any deck needs (a card comes back only after it was
/// passed over by a crowd of others), and a bound on the work whatever a deck holds.
const LOOKS_PER_CARD: usize = 16;

/// Cards waiting to be grouped: `R` as given, `T` once prepared for grouping (with the
/// keys they clash on), which happens when a group first looks at them.
pub struct Grouping<R, T> {
    /// Cards earlier groups passed over, in their order: ahead of `waiting`.
    passed: VecDeque<T>,
    waiting: VecDeque<R>,
    /// Cards passed over beyond the `PASSED_KEPT` kept ahead: behind `waiting`.
    overflow: VecDeque<T>,
    looks_left: usize,
}

impl<R, T> Grouping<R, T> {
    /// The cards to group, in the (random) order groups take them.
    pub fn new(cards: Vec<R>) -> Grouping<R, T> {
        let looks_left = cards.len().saturating_mul(LOOKS_PER_CARD);
        Grouping {
            passed: VecDeque::new(),
            waiting: cards.into(),
            overflow: VecDeque::new(),
            looks_left,
        }
    }

    /// The next group: the first cards left that do not clash with one another, up to
    /// six. Cards `prepare` finds unfit for grouping, or `keep` refuses (asked already by
    /// another question), leave for good. `None` when fewer than four are found, having
    /// looked at every card left once.
    pub fn next_group(
        &mut self,
        prepare: impl Fn(R) -> Option<T>,
        keep: impl Fn(&T) -> bool,
        clash: impl Fn(&T, &T) -> bool,
    ) -> Option<Vec<T>> {
        let full = *GROUP_SIZE.end();
        let mut group: Vec<T> = Vec::with_capacity(full);
        let mut passed = VecDeque::with_capacity(self.passed.len());
        let consider = |card: T, group: &mut Vec<T>, passed: &mut VecDeque<T>| {
            if !keep(&card) {
                return;
            }
            if group.len() < full && !group.iter().any(|member| clash(member, &card)) {
                group.push(card);
            } else {
                passed.push_back(card);
            }
        };
        for card in std::mem::take(&mut self.passed) {
            consider(card, &mut group, &mut passed);
        }
        // Each card waiting now is taken once at most: the waiting ones, then those passed
        // over long ago.
        let mut to_look_at = self.waiting.len() + self.overflow.len();
        while group.len() < full && to_look_at > 0 && self.looks_left > 0 {
            to_look_at -= 1;
            self.looks_left -= 1;
            if let Some(card) = self.waiting.pop_front() {
                if let Some(card) = prepare(card) {
                    consider(card, &mut group, &mut passed);
                }
            } else if let Some(card) = self.overflow.pop_front() {
                consider(card, &mut group, &mut passed);
            }
        }
        let beyond = passed.len().saturating_sub(PASSED_KEPT);
        self.overflow.extend(passed.drain(..beyond));
        self.passed = passed;
        if group.len() >= *GROUP_SIZE.start() {
            return Some(group);
        }
        self.passed.extend(group);
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A card to match: a name and a role, clashing with another on either.
    type Pair = (u16, u16);

    fn clash(a: &Pair, b: &Pair) -> bool {
        a.0 == b.0 || a.1 == b.1
    }

    /// Every group there is, as `every_question` takes them.
    fn all_groups(cards: Vec<Pair>) -> (Vec<Vec<Pair>>, Vec<Pair>) {
        let mut grouping = Grouping::new(cards);
        let mut groups = Vec::new();
        while let Some(group) = grouping.next_group(Some, |_| true, clash) {
            groups.push(group);
        }
        let left = (grouping.passed.into_iter())
            .chain(grouping.waiting)
            .chain(grouping.overflow)
            .collect();
        (groups, left)
    }

    /// The plain way it was done before: the first four to six cards of those left that
    /// do not clash, found by looking at every card left for each group.
    fn plain_groups(mut left: Vec<Pair>) -> Vec<Vec<Pair>> {
        let mut groups = Vec::new();
        loop {
            let mut group: Vec<Pair> = Vec::new();
            for card in &left {
                if group.len() < *GROUP_SIZE.end() && !group.iter().any(|m| clash(m, card)) {
                    group.push(*card);
                }
            }
            if group.len() < *GROUP_SIZE.start() {
                return groups;
            }
            left.retain(|c| !group.contains(c));
            groups.push(group);
        }
    }

    fn sizes(groups: &[Vec<Pair>]) -> Vec<usize> {
        groups.iter().map(Vec::len).collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn every_group_holds_four_to_six_cards_that_do_not_clash_each_once(
            cards in prop::collection::vec((0u16..12, 0u16..12), 0..80),
        ) {
            let mut cards = cards;
            cards.sort_unstable();
            cards.dedup();
            let (groups, left) = all_groups(cards.clone());
            let mut seen: Vec<Pair> = groups.iter().flatten().copied().chain(left).collect();
            seen.sort_unstable();
            prop_assert_eq!(&seen, &cards, "each card once, grouped or left");
            for group in &groups {
                prop_assert!(GROUP_SIZE.contains(&group.len()), "{:?}", group);
                for (i, a) in group.iter().enumerate() {
                    for b in &group[i + 1..] {
                        prop_assert!(!clash(a, b), "{:?} clash in {:?}", (a, b), group);
                    }
                }
            }
        }

        #[test]
        fn up_to_the_cards_kept_passed_the_groups_are_the_plain_ways(
            cards in prop::collection::vec((0u16..10, 0u16..10), 0..PASSED_KEPT),
        ) {
            // Each card once, in the order given.
            let mut seen = std::collections::HashSet::new();
            let cards: Vec<Pair> = cards.into_iter().filter(|c| seen.insert(*c)).collect();
            let (groups, _) = all_groups(cards.clone());
            prop_assert_eq!(groups, plain_groups(cards));
        }

        #[test]
        fn beyond_them_the_groups_are_sound_and_cards_that_never_clash_all_grouped(
            count in PASSED_KEPT..400,
        ) {
            let cards: Vec<Pair> = (0..count as u16).map(|i| (i, 1000 + i)).collect();
            let (groups, left) = all_groups(cards.clone());
            prop_assert_eq!(sizes(&groups), sizes(&plain_groups(cards)));
            prop_assert!(left.len() < *GROUP_SIZE.start());
        }
    }

    #[test]
    fn a_deck_of_one_role_and_a_few_others_is_grouped_in_few_looks() {
        // 20,000 cards of one role beside 50 of their own: each group takes one of the
        // many, and the rest wait without being looked at again and again.
        let mut cards: Vec<(u32, u32)> = (0..20_000).map(|i| (i, 0)).collect();
        cards.extend((0..50).map(|i| (100_000 + i, 1 + i)));
        let mut grouping = Grouping::new(cards);
        let mut groups = 0;
        while grouping
            .next_group(Some, |_| true, |a: &(u32, u32), b| a.0 == b.0 || a.1 == b.1)
            .is_some()
        {
            groups += 1;
        }
        assert_eq!(
            groups, 10,
            "each group with one card of the role, until the others run out"
        );
        assert!(grouping.looks_left > 0, "grouping ran out of looks");
    }
}
