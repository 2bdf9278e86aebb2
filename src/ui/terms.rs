//! The core's names for things the learner sees (ratings, kinds of question, card states,
//! how a backup came about) in the interface's language. The core keeps its English names
//! for files, logs and the command line.

use crate::quiz::QuestionKind;
use crate::schedule::Rating;
use crate::tr;

pub fn rating_name(rating: Rating) -> String {
    match rating {
        Rating::Again => tr!("rating-again"),
        Rating::Hard => tr!("rating-hard"),
        Rating::Good => tr!("rating-good"),
        Rating::Easy => tr!("rating-easy"),
    }
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
