//! Sync converges, whatever the sync engine does to the files (proptest): computers answer
//! the same cards (with clocks set back now and then, undos, resets, suspensions and a
//! changed retention), write their changes in segments, and a computer receives those
//! segments in any order, some twice (as conflict copies), some first half-written or
//! damaged. It always ends with exactly the answers, states, suspensions and settings
//! another computer gets from receiving every segment once in order: the replay of the
//! union.

mod common;

use chrono::Duration;
use common::sync::{Computer, tree};
use factdeck::schedule::Rating;
use proptest::prelude::*;
use rand::SeedableRng;
use rand::seq::SliceRandom;
use std::path::Path;

#[derive(Debug, Clone)]
enum Act {
    /// Answer one of the first cards, after the clock moved (seconds; negative: set back).
    Answer { card: usize, rating: u8, wait: i64 },
    /// Take the last answer back.
    Undo,
    /// Reset one of the first cards.
    Reset { card: usize },
    /// Suspend or unsuspend one of the first cards.
    Suspend { card: usize, on: bool },
    /// Change the desired retention (per cent).
    Retention { percent: u8 },
    /// Write what is new as a segment.
    Sync,
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        6 => (0usize..4, 1u8..=4, -600i64..4000)
            .prop_map(|(card, rating, wait)| Act::Answer { card, rating, wait }),
        1 => Just(Act::Undo),
        1 => (0usize..4).prop_map(|card| Act::Reset { card }),
        1 => (0usize..4, any::<bool>()).prop_map(|(card, on)| Act::Suspend { card, on }),
        1 => (70u8..=97).prop_map(|percent| Act::Retention { percent }),
        2 => Just(Act::Sync),
    ]
}

/// How a segment is delivered to the receiving computer.
#[derive(Debug, Clone, Copy)]
struct Delivery {
    twice: bool,
    torn_first: bool,
    damaged_first: bool,
}

/// Plays `acts` on a computer syncing into a folder of its own; returns its segments.
fn play(acts: &[Act]) -> (tempfile::TempDir, Vec<String>) {
    let folder = tempfile::tempdir().expect("folder");
    let mut computer = Computer::new(folder.path());
    let mut receipts = Vec::new();
    for act in acts {
        match act {
            Act::Answer { card, rating, wait } => {
                computer.clock.advance(Duration::seconds(*wait));
                let id = common::sync::card_id(&computer.collection, *card);
                let rating = Rating::from_number((*rating).into()).expect("a rating");
                receipts.push(
                    computer
                        .collection
                        .answer(
                            common::DECK,
                            &id,
                            rating,
                            factdeck::session::AnswerDetails::flashcard(2000),
                        )
                        .expect("saved"),
                );
            }
            Act::Undo => {
                if let Some(receipt) = receipts.pop() {
                    computer.collection.undo(&receipt).expect("undone");
                }
            }
            Act::Reset { card } => {
                let id = common::sync::card_id(&computer.collection, *card);
                computer
                    .collection
                    .reset_card(common::DECK, &id)
                    .expect("reset");
                // An answer before the reset is no longer the last thing to undo.
                receipts.clear();
            }
            Act::Suspend { card, on } => {
                let id = common::sync::card_id(&computer.collection, *card);
                computer
                    .collection
                    .set_suspended(common::DECK, &id, *on)
                    .expect("suspended");
            }
            Act::Retention { percent } => {
                let mut settings = computer.collection.settings().clone();
                settings.desired_retention = f32::from(*percent) / 100.0;
                computer
                    .collection
                    .set_settings(settings)
                    .expect("settings");
            }
            Act::Sync => {
                computer.sync();
            }
        }
        computer.clock.advance(Duration::seconds(1));
    }
    computer.sync();
    let names = tree(folder.path())
        .into_keys()
        .filter(|n| n.ends_with(".fdsync"))
        .collect();
    (folder, names)
}

/// What arrives of a segment.
#[derive(Clone, Copy)]
enum Arrival {
    Whole,
    /// The first half only (a sync engine still copying it).
    Torn,
    /// Whole in length, with one byte of the last change altered (damaged on the way).
    Damaged,
}

fn deliver(from: &Path, name: &str, to: &Path, as_name: &str, arrival: Arrival) {
    let mut bytes = std::fs::read(from.join(name)).expect("segment");
    let target = to.join(as_name);
    std::fs::create_dir_all(target.parent().expect("in a folder")).expect("folder");
    match arrival {
        Arrival::Whole => {}
        Arrival::Torn => bytes.truncate(bytes.len() / 2),
        Arrival::Damaged => {
            let last = bytes.len() - 2;
            bytes[last] = if bytes[last] == b'0' { b'1' } else { b'0' };
        }
    }
    std::fs::write(target, &bytes).expect("written");
}

/// Every suspension and every synced setting of a computer.
fn suspensions_and_settings(computer: &Computer) -> (Vec<String>, String) {
    let mut suspended: Vec<String> = computer
        .collection
        .suspended_in(common::DECK)
        .iter()
        .cloned()
        .collect();
    suspended.sort();
    (suspended, format!("{:?}", computer.collection.settings()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn any_arrival_order_duplicates_torn_and_damaged_files_converge_to_the_replay_of_the_union(
        histories in proptest::collection::vec(proptest::collection::vec(act(), 1..10), 2..=3),
        deliveries in proptest::collection::vec(
            (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(twice, torn_first, damaged_first)| {
                Delivery { twice, torn_first, damaged_first }
            }),
            40,
        ),
        seed in any::<u64>(),
    ) {
        let played: Vec<(tempfile::TempDir, Vec<String>)> = histories.iter().map(|h| play(h)).collect();
        let mut all: Vec<(usize, String)> = played
            .iter()
            .enumerate()
            .flat_map(|(i, (_, names))| names.iter().map(move |n| (i, n.clone())))
            .collect();
        // The reference: every segment once, in order, then one sync.
        let in_order = tempfile::tempdir().expect("folder");
        for (i, name) in &all {
            deliver(played[*i].0.path(), name, in_order.path(), name, Arrival::Whole);
        }
        let mut reference = Computer::new(in_order.path());
        reference.sync();
        // The receiver: shuffled, some twice under a conflict copy's name, some torn or
        // damaged first, a sync after each arrival.
        let shuffled = tempfile::tempdir().expect("folder");
        let mut receiver = Computer::new(shuffled.path());
        all.shuffle(&mut rand::rngs::StdRng::seed_from_u64(seed));
        for (n, (i, name)) in all.iter().enumerate() {
            let how = deliveries[n % deliveries.len()];
            let from = played[*i].0.path();
            if how.torn_first {
                deliver(from, name, shuffled.path(), name, Arrival::Torn);
                receiver.sync();
            }
            if how.damaged_first {
                deliver(from, name, shuffled.path(), name, Arrival::Damaged);
                receiver.sync();
            }
            deliver(from, name, shuffled.path(), name, Arrival::Whole);
            receiver.sync();
            if how.twice {
                let copy = name.replace(".fdsync", ".sync-conflict-20261127-101500-ABCDEFG.fdsync");
                deliver(from, name, shuffled.path(), &copy, Arrival::Whole);
                receiver.sync();
            }
        }
        prop_assert_eq!(receiver.answers(), reference.answers());
        prop_assert_eq!(receiver.states(), reference.states());
        prop_assert_eq!(suspensions_and_settings(&receiver), suspensions_and_settings(&reference));
        receiver.assert_consistent();
        reference.assert_consistent();
    }
}
