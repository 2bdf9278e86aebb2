//! Decks an attacker might write: thousands of facts of one category, tens of thousands of
//! topics. What a learner waits for on them must grow with the deck, never with its
//! square. Run: `cargo bench --bench hostile`.

mod common;

use divan::Bencher;
use factdeck::deck::{Deck, load_str};
use factdeck::export::questions_of;
use factdeck::quiz::{QuizLength, QuizSpec, build_quiz};

const PEOPLE: [usize; 4] = [1_000, 2_000, 4_000, 20_000];

fn main() {
    divan::main();
}

fn people(count: usize) -> Deck {
    load_str("people.toml", &common::people_deck_text(count, 10)).expect("the deck loads")
}

/// Pressing Q: the quiz setup counts the questions a quiz of everything would have.
#[divan::bench(args = PEOPLE, sample_count = 5)]
fn quiz_of_every_card_of_people_of_one_category(bencher: Bencher, count: usize) {
    let deck = people(count);
    let spec = QuizSpec::new(QuizLength::All, 0);
    bencher.bench(|| build_quiz(&deck, divan::black_box(&spec)).len());
}

/// The same on the synthetic deck of five kinds (`common::deck_text`).
#[divan::bench(args = [10_000, 100_000], sample_count = 5)]
fn quiz_of_every_card_of_a_synthetic_deck(bencher: Bencher, facts: usize) {
    let deck = load_str("synthetic.toml", &common::deck_text(facts)).expect("the deck loads");
    let spec = QuizSpec::new(QuizLength::All, 0);
    bencher.bench(|| build_quiz(&deck, divan::black_box(&spec)).len());
}

/// `factdeck export --format json`, without writing the text.
#[divan::bench(args = PEOPLE, sample_count = 5)]
fn export_the_questions_of_people_of_one_category(bencher: Bencher, count: usize) {
    let deck = people(count);
    bencher.bench(|| questions_of(&[divan::black_box(&deck)]).decks.len());
}
