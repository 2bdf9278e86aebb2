//! Putting a quiz together: the cards of the chosen topics, each asked at most once, as
//! an even mix of the chosen question kinds, in a seeded random order.

use super::generate::{matching_question, question_for, timeline_question};
use super::{Question, QuestionKind};
use crate::deck::{Card, CardId, Deck, Variant};
use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use std::collections::HashSet;

/// How many questions a quiz has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizLength {
    Questions(usize),
    /// As many as the chosen topics and kinds allow, each card once.
    All,
}

/// What the learner chose for a quiz.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizSpec {
    pub length: QuizLength,
    /// Topic ids to ask about; empty means every topic.
    pub topics: Vec<String>,
    /// The kinds of question to use; empty means every kind.
    pub kinds: Vec<QuestionKind>,
    /// Only these cards, when set (to practise the mistakes of a quiz).
    pub only_cards: Option<Vec<CardId>>,
    /// Whether facts from outside the article (`context = true`) are asked too; the
    /// learner's setting, off unless they turned it on.
    pub background: bool,
    pub seed: u64,
}

impl QuizSpec {
    pub fn new(length: QuizLength, seed: u64) -> QuizSpec {
        QuizSpec {
            length,
            topics: Vec::new(),
            kinds: QuestionKind::ALL.to_vec(),
            only_cards: None,
            background: false,
            seed,
        }
    }

    fn includes(&self, deck: &Deck, card: &Card) -> bool {
        let fact = deck.fact_of(card);
        let topic = &fact.topic;
        (self.background || !fact.context)
            && (self.topics.is_empty() || self.topics.contains(topic))
            && self
                .only_cards
                .as_ref()
                .is_none_or(|only| only.contains(&card.id))
    }
}

/// The questions of a quiz. Each card is asked at most once; the kinds take turns so the
/// quiz is an even mix; the same spec gives the same quiz.
pub fn build_quiz(deck: &Deck, spec: &QuizSpec) -> Vec<Question> {
    let mut rng = StdRng::seed_from_u64(spec.seed);
    let mut cards: Vec<&Card> = deck
        .cards
        .iter()
        .filter(|c| spec.includes(deck, c))
        .collect();
    cards.shuffle(&mut rng);
    let mut kinds: Vec<QuestionKind> = if spec.kinds.is_empty() {
        QuestionKind::ALL.to_vec()
    } else {
        spec.kinds.clone()
    };
    kinds.sort();
    kinds.dedup();
    let limit = match spec.length {
        QuizLength::Questions(n) => n,
        QuizLength::All => usize::MAX,
    };
    let mut used: HashSet<CardId> = HashSet::new();
    // Both directions of a fact in one quiz would answer each other.
    let mut used_facts: HashSet<String> = HashSet::new();
    let mut questions = Vec::new();
    let mut exhausted: HashSet<QuestionKind> = HashSet::new();
    while questions.len() < limit && exhausted.len() < kinds.len() {
        let mut turn = kinds.clone();
        turn.shuffle(&mut rng);
        for kind in turn {
            if questions.len() >= limit || exhausted.contains(&kind) {
                continue;
            }
            let free: Vec<&Card> = cards
                .iter()
                .copied()
                .filter(|c| !used.contains(&c.id) && !used_facts.contains(c.id.fact_id()))
                .collect();
            let question = if kind.is_multi_card() {
                multi_card_question(deck, kind, &free, &mut rng)
            } else {
                free.iter()
                    .find_map(|card| question_for(deck, card, kind, &mut rng))
            };
            match question {
                Some(q) => {
                    for card in &q.cards {
                        used.insert(card.clone());
                        used_facts.insert(card.fact_id().to_string());
                    }
                    questions.push(q);
                }
                None => {
                    exhausted.insert(kind);
                }
            }
        }
    }
    questions.shuffle(&mut rng);
    questions
}

fn multi_card_question(
    deck: &Deck,
    kind: QuestionKind,
    free: &[&Card],
    rng: &mut StdRng,
) -> Option<Question> {
    match kind {
        QuestionKind::Timeline => timeline_question(deck, free, rng),
        QuestionKind::Matching => {
            // People and places take turns being matched, whichever still has enough.
            let people: Vec<&Card> = free
                .iter()
                .copied()
                .filter(|c| c.variant == Variant::Role)
                .collect();
            let places: Vec<&Card> = free
                .iter()
                .copied()
                .filter(|c| c.variant == Variant::Event)
                .collect();
            let mut groups = [people, places];
            groups.shuffle(rng);
            groups
                .iter()
                .find_map(|group| matching_question(deck, group, rng))
        }
        _ => None,
    }
}

/// Every question the deck's facts allow, for reviewing a deck outside the program: each
/// card in every single-card kind it supports, the people and the places matched in
/// groups, and the dated events on timelines. Seeded, so the export is the same each time.
pub fn every_question(deck: &Deck, seed: u64) -> Vec<Question> {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut questions = Vec::new();
    for card in &deck.cards {
        for kind in QuestionKind::ALL.into_iter().filter(|k| !k.is_multi_card()) {
            if let Some(q) = question_for(deck, card, kind, &mut rng) {
                questions.push(q);
            }
        }
    }
    // The groups draw from their own generator, so that a change to one card's question
    // does not regroup every matching and timeline.
    let mut rng = StdRng::seed_from_u64(seed.wrapping_add(1));
    for variant in [Variant::Role, Variant::Event] {
        let mut left: Vec<&Card> = deck.cards.iter().filter(|c| c.variant == variant).collect();
        while let Some(q) = matching_question(deck, &left, &mut rng) {
            left.retain(|c| !q.cards.contains(&c.id));
            questions.push(q);
        }
    }
    let mut left: Vec<&Card> = deck.cards.iter().collect();
    while let Some(q) = timeline_question(deck, &left, &mut rng) {
        left.retain(|c| !q.cards.contains(&c.id));
        questions.push(q);
    }
    questions
}
