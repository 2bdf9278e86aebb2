//! Questions generated from a deck's facts: multiple choice, typed answers, true or false,
//! matching, timelines and "name all", and checking the learner's response to one.
//!
//! A question is a presentation of one or more cards (`fact-id/variant`): the cards stay
//! the units of scheduling, and a question says which of its cards the learner got right.
//! Generation is seeded, so the same seed gives the same questions.

mod build;
mod check;
mod generate;
mod groups;
mod lint;
mod wrong_options;

pub use build::{QuizBuilder, QuizLength, QuizSpec, build_quiz, every_question};
pub use check::{Checked, PartResult, Response, check, truth_word};
pub use generate::{
    choice_question, kinds_for_card, matching_question, question_for, timeline_question,
    true_false_question, wrong_option_pool, wrong_option_pool_listed,
};
pub use lint::{Finding, LintProblem, LintRule, lint};
pub use wrong_options::{
    Asked, DRAWN_POSITIONS, FEWEST_WRONG_OPTIONS, LISTED_FACTS, SAMPLED_FROM_FACTS, Unfair,
    WRONG_OPTIONS,
};

use crate::deck::{CardId, Deck, FactDate};
use crate::grade::Expected;

/// The kinds of question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuestionKind {
    MultipleChoice,
    Typed,
    TrueFalse,
    Matching,
    Timeline,
    NameAll,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 6] = [
        QuestionKind::MultipleChoice,
        QuestionKind::Typed,
        QuestionKind::TrueFalse,
        QuestionKind::Matching,
        QuestionKind::Timeline,
        QuestionKind::NameAll,
    ];

    /// The name stored in the review log and written by `factdeck export`.
    pub fn name(self) -> &'static str {
        match self {
            QuestionKind::MultipleChoice => "choice",
            QuestionKind::Typed => "typed",
            QuestionKind::TrueFalse => "true_false",
            QuestionKind::Matching => "matching",
            QuestionKind::Timeline => "timeline",
            QuestionKind::NameAll => "name_all",
        }
    }

    pub fn from_name(name: &str) -> Option<QuestionKind> {
        QuestionKind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// How the kind is called on screen.
    pub fn label(self) -> &'static str {
        match self {
            QuestionKind::MultipleChoice => "Multiple choice",
            QuestionKind::Typed => "Typed answer",
            QuestionKind::TrueFalse => "True or false",
            QuestionKind::Matching => "Matching",
            QuestionKind::Timeline => "Timeline",
            QuestionKind::NameAll => "Name all",
        }
    }

    /// True for questions about several cards at once.
    pub fn is_multi_card(self) -> bool {
        matches!(self, QuestionKind::Matching | QuestionKind::Timeline)
    }

    /// True when the answer is among what the question shows (options, a claim, items
    /// to pair or order): recognising it is easier than recalling it unprompted.
    pub fn is_recognition(self) -> bool {
        !matches!(self, QuestionKind::Typed | QuestionKind::NameAll)
    }
}

/// One question, ready to be shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub kind: QuestionKind,
    /// The topic of the (first) fact asked about.
    pub topic: String,
    /// The question in German.
    pub prompt: String,
    pub body: QuestionBody,
    /// The cards the question asks about, one per part (one for most kinds; a pair each
    /// for matching; an event each for a timeline).
    pub cards: Vec<CardId>,
}

impl Question {
    /// The fact ids the question comes from, in the order of its parts.
    pub fn fact_ids(&self) -> Vec<&str> {
        self.cards.iter().map(CardId::fact_id).collect()
    }

    /// True when the question asks about a fact from outside the article
    /// (`context = true`), so the screen can say so.
    pub fn is_background(&self, deck: &Deck) -> bool {
        self.cards
            .iter()
            .filter_map(|id| deck.card(id.as_str()))
            .any(|card| deck.fact_of(card).context)
    }
}

/// What the learner sees and answers.
#[derive(Debug, Clone, PartialEq)]
pub enum QuestionBody {
    /// Options in the order shown; exactly one is right.
    Choice {
        options: Vec<ChoiceOption>,
        correct: usize,
    },
    /// A typed answer (also "name all", whose expected answer is a list).
    Typed { expected: Expected },
    /// A claim to judge; `correct_text` is what is actually right, shown afterwards.
    TrueFalse {
        claim: String,
        truth: bool,
        correct_text: String,
    },
    /// Pairs to match: the left sides in this order, the right sides in `right_order`
    /// (indices into `pairs`).
    Matching {
        pairs: Vec<MatchPair>,
        right_order: Vec<usize>,
    },
    /// Events in the order shown, to be put in order of time.
    Timeline { events: Vec<TimelineEvent> },
}

/// One option of a multiple-choice question, with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceOption {
    pub text: String,
    pub source: OptionSource,
}

/// Where an option came from: distractors are taken from the deck itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionSource {
    /// The right answer.
    Answer,
    /// A wrong version of the fact written by the deck's author.
    Authored,
    /// The answer of another fact (its id) of the same kind.
    Fact(String),
    /// A plausible value made up for a number or date, where the deck has too few.
    Generated,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MatchPair {
    pub left: String,
    pub right: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TimelineEvent {
    pub label: String,
    pub date: FactDate,
}
