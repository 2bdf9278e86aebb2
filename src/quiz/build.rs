//! Putting a quiz together: the cards of the chosen topics, each asked at most once, as
//! an even mix of the chosen question kinds, in a seeded random order.

use super::generate::{Dated, Matchable, matching_of, question_for, timeline_of};
use super::groups::Grouping;
use super::{Question, QuestionKind};
use crate::deck::{Card, CardId, Deck, Variant};
use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use std::collections::{HashMap, HashSet, VecDeque};

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
}

/// Which cards a spec asks about, with its topics and cards in sets: looking each card's
/// topic up in a list of thousands was a search per card.
struct Chosen<'s> {
    topics: foldhash::HashSet<&'s str>,
    only_cards: Option<foldhash::HashSet<&'s str>>,
    background: bool,
}

impl<'s> Chosen<'s> {
    fn of(spec: &'s QuizSpec) -> Chosen<'s> {
        Chosen {
            topics: spec.topics.iter().map(String::as_str).collect(),
            only_cards: spec
                .only_cards
                .as_ref()
                .map(|only| only.iter().map(CardId::as_str).collect()),
            background: spec.background,
        }
    }

    fn includes(&self, deck: &Deck, card: &Card) -> bool {
        let fact = deck.fact_of(card);
        (self.background || !fact.context)
            && (self.topics.is_empty() || self.topics.contains(fact.topic.as_str()))
            && self
                .only_cards
                .as_ref()
                .is_none_or(|only| only.contains(card.id.as_str()))
    }
}

/// How many cards a kind looks at in one step for its next question, so that a kind none
/// of thousands of cards can be asked as (true or false, in a deck of people) takes several
/// steps, not one long one.
const CARDS_PER_STEP: usize = 4096;

/// What a kind's turn came to.
enum Asking {
    /// A question, with the positions of its cards.
    Asked(Question, Vec<usize>),
    /// No more questions of the kind.
    Exhausted,
    /// None found among the cards looked at in this step; the kind looks on at the next.
    LookingOn,
}

/// A quiz being built, a question at a time, so that a window can build the quiz of a
/// large deck over several frames instead of stopping for it (`build_quiz` builds it at
/// once). It keeps positions in the deck, not references: `step` is given the deck each
/// time, and must be given the deck it was made for.
///
/// Each kind goes through the shuffled cards once: a card passed over for a kind (asked
/// already, or not askable that way) is never looked at for it again, and the cards to
/// match and put on timelines wait in their own queues (`Grouping`). So a quiz of every
/// card of a deck grows with the deck, not with its square.
pub struct QuizBuilder {
    rng: StdRng,
    /// How many cards the deck has, so that another deck is never read by positions.
    deck_cards: usize,
    /// Positions in the deck's cards of the cards the quiz may ask, in a random order.
    cards: Vec<usize>,
    kinds: Vec<QuestionKind>,
    limit: usize,
    /// Where each single-card kind goes on looking in `cards`.
    next: HashMap<QuestionKind, usize>,
    people: Grouping<usize, Matchable>,
    places: Grouping<usize, Matchable>,
    timeline: Grouping<usize, Dated>,
    /// Whether each card of the deck, and each fact, was asked already (by position): both
    /// directions of a fact in one quiz would answer each other.
    asked_cards: Vec<bool>,
    asked_facts: Vec<bool>,
    questions: Vec<Question>,
    exhausted: HashSet<QuestionKind>,
    /// The kinds still to take a turn in this round, in their (random) order.
    turn: VecDeque<QuestionKind>,
}

impl QuizBuilder {
    pub fn new(deck: &Deck, spec: &QuizSpec) -> QuizBuilder {
        let mut rng = StdRng::seed_from_u64(spec.seed);
        let chosen = Chosen::of(spec);
        let mut cards: Vec<usize> = (0..deck.cards.len())
            .filter(|&p| chosen.includes(deck, &deck.cards[p]))
            .collect();
        cards.shuffle(&mut rng);
        let mut kinds: Vec<QuestionKind> = if spec.kinds.is_empty() {
            QuestionKind::ALL.to_vec()
        } else {
            spec.kinds.clone()
        };
        kinds.sort();
        kinds.dedup();
        let of_variant = |variant: Variant| -> Vec<usize> {
            cards
                .iter()
                .copied()
                .filter(|&p| deck.cards[p].variant == variant)
                .collect()
        };
        let (people, places, dates) = (
            of_variant(Variant::Role),
            of_variant(Variant::Event),
            of_variant(Variant::Date),
        );
        QuizBuilder {
            rng,
            deck_cards: deck.cards.len(),
            limit: match spec.length {
                QuizLength::Questions(n) => n,
                QuizLength::All => usize::MAX,
            },
            kinds,
            next: HashMap::new(),
            people: Grouping::new(people),
            places: Grouping::new(places),
            timeline: Grouping::new(dates),
            cards,
            asked_cards: vec![false; deck.cards.len()],
            asked_facts: vec![false; deck.facts.len()],
            questions: Vec::new(),
            exhausted: HashSet::new(),
            turn: VecDeque::new(),
        }
    }

    /// How many questions the quiz has so far.
    pub fn len(&self) -> usize {
        self.questions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.questions.is_empty()
    }

    /// Lets the next kind in turn ask its next question; `false` once the quiz is complete
    /// (and for a deck other than the one it was made for).
    pub fn step(&mut self, deck: &Deck) -> bool {
        if deck.cards.len() != self.deck_cards {
            return false;
        }
        loop {
            let full = self.questions.len() >= self.limit;
            if let Some(kind) = self.turn.pop_front() {
                if full || self.exhausted.contains(&kind) {
                    continue;
                }
                match self.ask(deck, kind) {
                    Asking::Asked(question, positions) => {
                        for position in positions {
                            self.asked_cards[position] = true;
                            if let Some(fact) =
                                self.asked_facts.get_mut(deck.cards[position].fact_index)
                            {
                                *fact = true;
                            }
                        }
                        self.questions.push(question);
                    }
                    Asking::Exhausted => {
                        self.exhausted.insert(kind);
                    }
                    // Its turn goes on at the next step.
                    Asking::LookingOn => self.turn.push_front(kind),
                }
                return true;
            }
            if full || self.exhausted.len() >= self.kinds.len() {
                return false;
            }
            let mut turn = self.kinds.clone();
            turn.shuffle(&mut self.rng);
            self.turn = turn.into();
        }
    }

    /// The quiz, in a random order.
    pub fn finish(mut self) -> Vec<Question> {
        self.questions.shuffle(&mut self.rng);
        self.questions
    }

    /// The next question of `kind`, with the positions of its cards.
    fn ask(&mut self, deck: &Deck, kind: QuestionKind) -> Asking {
        let (asked_cards, asked_facts) = (&self.asked_cards, &self.asked_facts);
        let free = |position: usize| {
            !asked_cards[position]
                && !asked_facts
                    .get(deck.cards[position].fact_index)
                    .copied()
                    .unwrap_or(true)
        };
        match kind {
            QuestionKind::Matching => {
                // People and places take turns being matched, whichever still has enough.
                let mut order = [&mut self.people, &mut self.places];
                order.shuffle(&mut self.rng);
                let [first, second] = order;
                let prepare = |p: usize| Matchable::of(deck, p);
                let keep = |m: &Matchable| free(m.position);
                let group = first
                    .next_group(prepare, keep, Matchable::clashes)
                    .or_else(|| second.next_group(prepare, keep, Matchable::clashes));
                let Some(group) = group else {
                    return Asking::Exhausted;
                };
                let positions = group.iter().map(|m| m.position).collect();
                Asking::Asked(matching_of(deck, group, &mut self.rng), positions)
            }
            QuestionKind::Timeline => {
                let group = self.timeline.next_group(
                    |p| Dated::of(deck, p),
                    |d| free(d.position),
                    Dated::clashes,
                );
                let Some(group) = group else {
                    return Asking::Exhausted;
                };
                let positions = group.iter().map(|d| d.position).collect();
                Asking::Asked(timeline_of(deck, group, &mut self.rng), positions)
            }
            _ => {
                let from = self.next.entry(kind).or_insert(0);
                let end = self.cards.len().min(*from + CARDS_PER_STEP);
                while *from < end {
                    let position = self.cards[*from];
                    *from += 1;
                    if free(position)
                        && let Some(q) =
                            question_for(deck, &deck.cards[position], kind, &mut self.rng)
                    {
                        return Asking::Asked(q, vec![position]);
                    }
                }
                if *from < self.cards.len() {
                    Asking::LookingOn
                } else {
                    Asking::Exhausted
                }
            }
        }
    }
}

/// The questions of a quiz. Each card is asked at most once; the kinds take turns so the
/// quiz is an even mix; the same spec gives the same quiz. See `QuizBuilder`.
pub fn build_quiz(deck: &Deck, spec: &QuizSpec) -> Vec<Question> {
    let mut builder = QuizBuilder::new(deck, spec);
    while builder.step(deck) {}
    builder.finish()
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
        let mut cards: Vec<Matchable> = (0..deck.cards.len())
            .filter(|&p| deck.cards[p].variant == variant)
            .filter_map(|p| Matchable::of(deck, p))
            .collect();
        cards.shuffle(&mut rng);
        let mut grouping = Grouping::new(cards);
        while let Some(group) = grouping.next_group(Some, |_| true, Matchable::clashes) {
            questions.push(matching_of(deck, group, &mut rng));
        }
    }
    let mut dated: Vec<Dated> = (0..deck.cards.len())
        .filter_map(|p| Dated::of(deck, p))
        .collect();
    dated.shuffle(&mut rng);
    let mut grouping = Grouping::new(dated);
    while let Some(group) = grouping.next_group(Some, |_| true, Dated::clashes) {
        questions.push(timeline_of(deck, group, &mut rng));
    }
    questions
}
