//! Decks of facts: the file format, its validation, and the cards each fact yields.
//!
//! A deck is a list of facts, not a list of cards. Each fact has a kind (number, date,
//! list, person, place, statement, reason), and the kind decides which cards it yields
//! (see `cards`). Card ids are `fact-id/variant`, so rewording a fact keeps its progress.

mod cache;
mod cards;
mod date;
mod edit;
mod error;
pub mod limits;
mod load;
mod number;
mod parse;

pub use cache::{CACHED_FROM_BYTES, DeckCache};
pub use cards::answer_text;
pub use cards::{Card, CardId, Variant};
pub use date::{FactDate, GERMAN_MONTHS, GERMAN_WEEKDAYS};
pub use edit::{
    EditError, FactField, FieldValue, fact_fields, marked_as_edited_copy, with_fact_changed,
};
pub use error::{Counted, DateProblem, DeckError, DeckProblem, Expected, Found, IdOf};
pub use load::{
    BUILTIN_DECKS, DeckNotice, LoadedDecks, built_in_text, load_bytes, load_decks,
    load_decks_with_cache, load_file, load_str,
};
pub use number::{Bound, NumberClaim, format_number, parse_number};
use std::borrow::Cow;

/// One deck: its metadata, topics, article sections, facts and the cards they yield.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Deck {
    pub id: String,
    pub title: String,
    pub description: String,
    /// When the article was written, if the author says: no made-up date of a question
    /// lies after it ("2023" is no plausible answer about an article of 2019).
    pub as_of: Option<FactDate>,
    /// Where the deck was read from, for messages ("built-in: decks/x.toml" or a path).
    pub origin: String,
    /// The line of `origin` holding the deck's `id`, for messages about the whole deck
    /// (one deck replacing another names it).
    pub id_line: usize,
    /// The file says it is the learner's own edited copy of the built-in deck with its id
    /// (`replaces_built_in = true` in `[deck]`), so taking that deck's place is intended.
    pub replaces_built_in: bool,
    pub topics: Vec<Topic>,
    pub sections: Vec<Section>,
    pub facts: Vec<Fact>,
    pub cards: Vec<Card>,
    /// The facts by kind and topic, so a question's wrong options are found without
    /// looking at every fact.
    pub by_category: FactIndex,
    /// The cards in the order of their ids, so a card is found without searching.
    pub by_card_id: CardIndex,
    /// Each word of the people's names, folded as answers are compared, with the position
    /// in `facts` of the first person whose name has it and whether another name has it
    /// too: made the first time a question needs it (the quiz asks whether a surname is
    /// someone else's too), never stored.
    #[serde(skip)]
    pub name_words: Derived<std::collections::HashMap<String, (usize, bool)>>,
}

/// Something computed from a deck's facts the first time it is needed and kept with the
/// deck. Two decks are equal whatever of it either has computed: it follows from the facts.
#[derive(Debug, Clone, Default)]
pub struct Derived<T>(std::sync::OnceLock<T>);

impl<T> Derived<T> {
    /// The value, computed by `make` if this is the first time.
    pub fn get_or_init(&self, make: impl FnOnce() -> T) -> &T {
        self.0.get_or_init(make)
    }
}

impl<T> PartialEq for Derived<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// Positions in `facts` of the facts of each kind, grouped by the category their answers
/// belong to (`Fact::option_category`), in deck order: a question's wrong options are
/// looked for only among the facts of its own category.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FactIndex(std::collections::HashMap<(FactKind, String), Vec<usize>>);

impl FactIndex {
    pub fn build(facts: &[Fact]) -> FactIndex {
        let mut index: std::collections::HashMap<(FactKind, String), Vec<usize>> =
            std::collections::HashMap::new();
        for (i, fact) in facts.iter().enumerate() {
            if let Some(category) = fact.option_category() {
                index
                    .entry((fact.kind(), category.into_owned()))
                    .or_default()
                    .push(i);
            }
        }
        FactIndex(index)
    }

    /// The positions of the facts of `kind` whose answers belong to `category`.
    pub fn in_category(&self, kind: FactKind, category: &str) -> &[usize] {
        // A borrowed key cannot be looked up in a map of owned pairs without a copy; the
        // copy of a short category name is cheap beside the work of a question.
        self.0
            .get(&(kind, category.to_string()))
            .map_or(&[], Vec::as_slice)
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

    /// Each topic's place in `topics`, by its id: to sum cards or facts per topic in one
    /// pass.
    pub fn topic_positions(&self) -> std::collections::HashMap<&str, usize> {
        self.topics
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id.as_str(), i))
            .collect()
    }

    /// Each section's place in `sections`, by its id.
    pub fn section_positions(&self) -> std::collections::HashMap<&str, usize> {
        self.sections
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect()
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
    /// What the author says about the fact's answers, for questions.
    pub answers: AnswerHints,
    /// The line of the deck file the fact starts on, for messages.
    pub line: usize,
    pub body: FactBody,
}

/// What a deck's author says about a fact's answers, so that questions about it are fair:
/// which category its wrong options come from, wrong options written by hand, and other
/// answers that are also right.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AnswerHints {
    /// The kind of thing the answer is ("russische Stadt", "Land", "Kim-Familie"): facts
    /// of the same kind and category lend each other wrong options. For a list, the
    /// category of its items.
    pub category: Option<String>,
    /// Wrong answers written by the author: a figure with its qualifier and unit, a date,
    /// a list item, a person's or place's name, a short answer.
    pub wrong_options: Vec<String>,
    /// Other answers that are right: short forms of a name, the real date where the
    /// article is wrong. Accepted when typed, never offered as wrong.
    pub also_right: Vec<String>,
}

impl Fact {
    pub fn kind(&self) -> FactKind {
        self.body.kind()
    }

    /// The category whose facts lend this fact wrong options: the author's category; for
    /// a figure its unit; for a date every other date (read with this one's precision);
    /// for an imported question the deck's other questions. `None` where only the
    /// author's own wrong options may be offered (statements, reasons, and people, places
    /// and lists without a category).
    pub fn option_category(&self) -> Option<Cow<'_, str>> {
        match &self.body {
            FactBody::Number { unit, .. } => Some(Cow::Owned(
                unit.as_deref().map(str::to_lowercase).unwrap_or_default(),
            )),
            FactBody::Date { .. } => Some(Cow::Borrowed("")),
            FactBody::Question { .. } => Some(Cow::Borrowed(
                self.answers.category.as_deref().unwrap_or_default(),
            )),
            FactBody::List { .. } | FactBody::Person { .. } | FactBody::Place { .. } => {
                self.answers.category.as_deref().map(Cow::Borrowed)
            }
            FactBody::Statement { .. } | FactBody::Reason { .. } => None,
        }
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
        /// What the list is ("Ausfuhrverbote").
        name: String,
        items: Vec<String>,
        /// The question for one item, asked as multiple choice ("Welches Land lieferte
        /// Raketentechnik?"); without it no single item is asked.
        ask_item: Option<String>,
        /// A claim with `{}` where an item goes ("Nordkorea darf {} nicht ausführen."), for
        /// true/false questions; without it none are asked.
        item_claim: Option<String>,
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
        /// Authored wrong reasons, for multiple choice; without them a reason is a
        /// flashcard.
        false_variants: Vec<String>,
    },
    /// A plain question and its answer, as flashcards imported from Anki or Quizlet are.
    Question { question: String, answer: String },
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
