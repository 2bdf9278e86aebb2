//! The core's names for things the learner sees (ratings, kinds of question, card states,
//! how a backup came about) in the interface's language. The core keeps its English names
//! for files, logs and the command line.

use crate::deck::Variant;
use crate::i18n::format_interval;
use crate::quiz::QuestionKind;
use crate::schedule::{Outcome, Rating};
use crate::stats::CardCategory;
use crate::tr;

pub fn rating_name(rating: Rating) -> String {
    match rating {
        Rating::Again => tr!("rating-again"),
        Rating::Hard => tr!("rating-hard"),
        Rating::Good => tr!("rating-good"),
        Rating::Easy => tr!("rating-easy"),
    }
}

/// When a card comes back after an answer, short for a button: "10 min", "3 d", "2 mo".
pub fn wait_text(outcome: &Outcome) -> String {
    format_interval(outcome.shown_wait())
}

pub fn question_kind_label(kind: QuestionKind) -> String {
    match kind {
        QuestionKind::MultipleChoice => tr!("kind-choice"),
        QuestionKind::Typed => tr!("kind-typed"),
        QuestionKind::TrueFalse => tr!("kind-true-false"),
        QuestionKind::Matching => tr!("kind-matching"),
        QuestionKind::Timeline => tr!("kind-timeline"),
        QuestionKind::NameAll => tr!("kind-name-all"),
    }
}

/// A card state, as in the browser's filter and the statistics.
pub fn category_name(category: CardCategory) -> String {
    match category {
        CardCategory::New => tr!("state-new"),
        CardCategory::Learning => tr!("state-learning"),
        CardCategory::Young => tr!("state-young"),
        CardCategory::Mature => tr!("state-mature"),
        CardCategory::Suspended => tr!("state-suspended"),
    }
}

/// What a card asks about its fact.
pub fn variant_name(variant: Variant) -> String {
    match variant {
        Variant::Value => tr!("variant-value"),
        Variant::Date => tr!("variant-date"),
        Variant::Items => tr!("variant-items"),
        Variant::Statement => tr!("variant-statement"),
        Variant::Reason => tr!("variant-reason"),
        Variant::Answer => tr!("variant-answer"),
        Variant::Role => tr!("variant-role"),
        Variant::Name => tr!("variant-name"),
        Variant::Event => tr!("variant-event"),
        Variant::Place => tr!("variant-place"),
    }
}

/// How an answer in the log was asked (`flashcard`, or a kind of question by its name).
pub fn logged_kind_name(name: &str) -> String {
    match QuestionKind::from_name(name) {
        Some(kind) => question_kind_label(kind),
        None if name == "flashcard" => tr!("kind-flashcard"),
        None => name.to_string(),
    }
}
