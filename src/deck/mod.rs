//! Decks of facts: the file format, its validation, and the cards each fact yields.
//!
//! A deck is a list of facts, not a list of cards. Each fact has a kind (number, date,
//! list, person, place, statement, reason), and the kind decides which cards it yields
//! (see `cards`). Card ids are `fact-id/variant`, so rewording a fact keeps its progress.

mod cache;
mod cards;
mod date;
mod error;
mod load;
mod number;
mod parse;

pub use cache::{CACHED_FROM_BYTES, DeckCache};
pub use cards::answer_text;
pub use cards::{Card, CardId, Variant};
pub use date::{FactDate, GERMAN_MONTHS, GERMAN_WEEKDAYS};
pub use error::DeckError;
pub use load::{
    BUILTIN_DECKS, LoadedDecks, load_bytes, load_decks, load_decks_with_cache, load_file, load_str,
};
pub use number::{format_number, parse_number};

/// One deck: its metadata, topics, article sections, facts and the cards they yield.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Deck {
    pub id: String,
    pub title: String,
    pub description: String,
    /// Where the deck was read from, for messages ("built-in: decks/x.toml" or a path).
    pub origin: String,
    pub topics: Vec<Topic>,
    pub sections: Vec<Section>,
    pub facts: Vec<Fact>,
    pub cards: Vec<Card>,
    /// The facts by kind and topic, so a question's wrong options are found without
    /// looking at every fact.
    pub by_kind_and_topic: FactIndex,
    /// The cards in the order of their ids, so a card is found without searching.
    pub by_card_id: CardIndex,
}

/// Positions in `facts` of the facts of each kind, grouped by topic, in deck order.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FactIndex(std::collections::HashMap<FactKind, Vec<(String, Vec<usize>)>>);

impl FactIndex {
    pub fn build(facts: &[Fact]) -> FactIndex {
        let mut index: std::collections::HashMap<FactKind, Vec<(String, Vec<usize>)>> =
            std::collections::HashMap::new();
        for (i, fact) in facts.iter().enumerate() {
            let topics = index.entry(fact.kind()).or_default();
            match topics.iter_mut().find(|(topic, _)| *topic == fact.topic) {
                Some((_, positions)) => positions.push(i),
                None => topics.push((fact.topic.clone(), vec![i])),
            }
        }
        FactIndex(index)
    }

    /// The positions of the facts of `kind` in `topic`.
    pub fn in_topic(&self, kind: FactKind, topic: &str) -> &[usize] {
        self.0
            .get(&kind)
            .and_then(|topics| topics.iter().find(|(t, _)| t == topic))
            .map_or(&[], |(_, positions)| positions.as_slice())
    }

    /// The positions of the facts of `kind` in every topic but `topic`.
    pub fn in_other_topics(&self, kind: FactKind, topic: &str) -> impl Iterator<Item = usize> {
        self.0
            .get(&kind)
            .into_iter()
            .flatten()
            .filter(move |(t, _)| t != topic)
            .flat_map(|(_, positions)| positions.iter().copied())
    }
}

/// The deck's card ids in ascending order (byte order, as SQLite's default collation sorts
/// text), each with its card's position in `cards`: a card is found by binary search, and
/// ids arriving in that order, as the progress file lists them, are matched to cards in a
/// single pass. The ids are copied end to end into one string, so that pass reads memory
/// in order instead of following a pointer to each card.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CardIndex {
    ids: String,
    /// Where each id ends in `ids`.
    ends: Vec<u32>,
    /// The position in `cards` of each id.
    positions: Vec<u32>,
}

impl CardIndex {
    pub fn build(cards: &[Card]) -> CardIndex {
        let id = |p: u32| cards[p as usize].id.as_str();
        // Sorted by the ids' first eight bytes first: comparing two numbers instead of
        // following two pointers to two strings made building the index of a 100,000-card
        // deck several times faster. Zero bytes pad short ids, which keeps byte order.
        let first_bytes = |id: &str| {
            let mut bytes = [0u8; 8];
            let n = id.len().min(8);
            bytes[..n].copy_from_slice(&id.as_bytes()[..n]);
            u64::from_be_bytes(bytes)
        };
        let mut keyed: Vec<(u64, u32)> = (0..cards.len() as u32)
            .map(|p| (first_bytes(id(p)), p))
            .collect();
        keyed.sort_unstable_by(|&(a_key, a), &(b_key, b)| {
            a_key.cmp(&b_key).then_with(|| id(a).cmp(id(b)))
        });
        let positions: Vec<u32> = keyed.into_iter().map(|(_, p)| p).collect();
        let mut ids = String::with_capacity(positions.iter().map(|&p| id(p).len()).sum());
        let mut ends = Vec::with_capacity(positions.len());
        for &p in &positions {
            ids.push_str(id(p));
            ends.push(ids.len() as u32);
        }
        CardIndex {
            ids,
            ends,
            positions,
        }
    }

    /// The `i`th id in ascending order.
    fn id(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.ids[start..self.ends[i] as usize]
    }

    /// The position in `cards` of the card `id`.
    pub fn position(&self, id: &str) -> Option<usize> {
        let (mut low, mut high) = (0, self.ends.len());
        while low < high {
            let middle = low + (high - low) / 2;
            match self.id(middle).cmp(id) {
                std::cmp::Ordering::Less => low = middle + 1,
                std::cmp::Ordering::Greater => high = middle,
                std::cmp::Ordering::Equal => return Some(self.positions[middle] as usize),
            }
        }
        None
    }

    /// A matcher for ids given in ascending order (any other order still works, at the
    /// cost of a search for each id that goes backwards).
    pub fn ascending(&self) -> AscendingIds<'_> {
        AscendingIds {
            index: self,
            next: 0,
        }
    }
}

/// Finds cards by ids that come in ascending order, stepping through `CardIndex` once.
pub struct AscendingIds<'a> {
    index: &'a CardIndex,
    /// The first entry of the index whose id is not below the last id asked for.
    next: usize,
}

impl AscendingIds<'_> {
    /// The position in `cards` of the card `id`; `None` when the deck has no such card.
    pub fn position(&mut self, id: &str) -> Option<usize> {
        let index = self.index;
        if self.next > 0 && index.id(self.next - 1) >= id {
            return index.position(id);
        }
        while self.next < index.ends.len() && index.id(self.next) < id {
            self.next += 1;
        }
        let found = self.next < index.ends.len() && index.id(self.next) == id;
        found.then(|| index.positions[self.next] as usize)
    }
}

impl Deck {
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }

    pub fn card(&self, id: &str) -> Option<&Card> {
        self.cards.get(self.position(id)?)
    }

    /// The position of the card `id` in `cards`.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_card_id.position(id)
    }

    /// The fact a card was generated from.
    pub fn fact_of(&self, card: &Card) -> &Fact {
        &self.facts[card.fact_index]
    }
}

/// A group of facts the learner can see mastery for ("Sanktionen", "Arbeitsexport").
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Topic {
    pub id: String,
    pub name: String,
}

/// A section of the article, in the article's order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Section {
    pub id: String,
    pub title: String,
}

/// One fact of the article, written in the deck's own words.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Fact {
    pub id: String,
    pub topic: String,
    pub section: Option<String>,
    /// A few words that stand verbatim in the article, to find the fact in the text.
    pub cue: Option<String>,
    /// A short English rendering of question and answer for learners still learning German.
    pub gloss: Option<String>,
    /// A correction or remark, where the article is imprecise.
    pub note: Option<String>,
    /// True for background the article does not state itself.
    pub context: bool,
    /// The line of the deck file the fact starts on, for messages.
    pub line: usize,
    pub body: FactBody,
}

impl Fact {
    pub fn kind(&self) -> FactKind {
        self.body.kind()
    }
}

/// What a fact says, by kind.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum FactBody {
    Number {
        question: String,
        value: f64,
        /// "über", "mindestens", "circa": kept in the answer, never required when typing.
        qualifier: Option<String>,
        unit: Option<String>,
    },
    Date {
        question: String,
        date: FactDate,
        /// A short name for the event, used when dates are put in order.
        event: Option<String>,
    },
    List {
        question: String,
        /// What the list is ("Ausfuhrverbote"), for "is X on the list" questions.
        name: String,
        items: Vec<String>,
    },
    Person {
        name: String,
        role: String,
        ask_role: Option<String>,
        ask_name: Option<String>,
    },
    Place {
        name: String,
        event: String,
        ask_event: Option<String>,
        ask_place: Option<String>,
    },
    Statement {
        question: String,
        text: String,
        /// Authored wrong versions of the statement, for true/false questions.
        false_variants: Vec<String>,
    },
    Reason {
        question: String,
        answer: String,
    },
    /// A plain question and its answer, as flashcards imported from Anki or Quizlet are.
    Question {
        question: String,
        answer: String,
    },
}

impl FactBody {
    pub fn kind(&self) -> FactKind {
        match self {
            FactBody::Number { .. } => FactKind::Number,
            FactBody::Date { .. } => FactKind::Date,
            FactBody::List { .. } => FactKind::List,
            FactBody::Person { .. } => FactKind::Person,
            FactBody::Place { .. } => FactKind::Place,
            FactBody::Statement { .. } => FactKind::Statement,
            FactBody::Reason { .. } => FactKind::Reason,
            FactBody::Question { .. } => FactKind::Question,
        }
    }
}

/// The kinds of fact a deck file may contain.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum FactKind {
    Number,
    Date,
    List,
    Person,
    Place,
    Statement,
    Reason,
    Question,
}

impl FactKind {
    pub const ALL: [FactKind; 8] = [
        FactKind::Number,
        FactKind::Date,
        FactKind::List,
        FactKind::Person,
        FactKind::Place,
        FactKind::Statement,
        FactKind::Reason,
        FactKind::Question,
    ];

    /// The name used for the kind in deck files.
    pub fn name(self) -> &'static str {
        match self {
            FactKind::Number => "number",
            FactKind::Date => "date",
            FactKind::List => "list",
            FactKind::Person => "person",
            FactKind::Place => "place",
            FactKind::Statement => "statement",
            FactKind::Reason => "reason",
            FactKind::Question => "question",
        }
    }

    pub fn from_name(name: &str) -> Option<FactKind> {
        FactKind::ALL.into_iter().find(|k| k.name() == name)
    }
}
