//! How an auto-graded answer counts, for study sessions and quizzes alike: the rating each
//! checked answer earns, its review-log entries, "I was right", and how a study session asks
//! a card (a question while it is young, the flashcard otherwise). Checking the answer
//! itself is `grade/` and `quiz::check`; this is what the check becomes.
//!
//! A checked answer becomes one rating per card it involves (wrong → Again, partly right
//! → Hard, right → Good, right and fast → Easy), recorded through `Collection::answer` with
//! the question kind and the answer given, exactly as a self-rated card is. Recognising a
//! card not yet learnt (picking it among options) is Good at best: Easy would send it away
//! for days before it was ever recalled. "I was right" takes those answers back and
//! records them again as Good.

use super::SessionError;
use super::collection::{AnswerDetails, AnswerReceipt, Collection};
use crate::deck::{Card, CardId, Deck};
use crate::grade::Verdict;
use crate::quiz::{Checked, Question, QuestionBody, QuestionKind, question_for};
use crate::schedule::{CardState, Phase, Rating};
use rand::{Rng, RngExt};

/// How long an answer may take and still count as fast (rated Easy when right): enough
/// to read the question and the options and answer without hesitating.
pub fn fast_threshold_ms(question: &Question) -> i64 {
    let read = |text: &str| text.chars().count() as i64 * 25;
    let prompt = read(&question.prompt);
    match &question.body {
        QuestionBody::Choice { options, .. } => {
            2_500 + prompt + options.iter().map(|o| read(&o.text)).sum::<i64>()
        }
        QuestionBody::TrueFalse { claim, .. } => 2_000 + prompt + read(claim),
        // Typing takes time: a quarter of a second for each character of the answer.
        QuestionBody::Typed { expected } => {
            3_000 + prompt + expected.shown().chars().count() as i64 * 250
        }
        QuestionBody::Matching { pairs, .. } => {
            4_000
                + pairs
                    .iter()
                    .map(|p| read(&p.left) + read(&p.right))
                    .sum::<i64>()
        }
        QuestionBody::Timeline { events } => {
            4_000 + events.iter().map(|e| read(&e.label) * 2).sum::<i64>()
        }
    }
}

/// The best rating an answer of `kind` can earn for a card that was in state `before`.
/// Recognition (multiple choice, true or false, matching, timelines) of a card that is new
/// or still in its (re)learning steps is Good at best: picking an answer among options
/// says less than recalling it, and Easy would graduate the card for days before the
/// learner ever recalled it. Recall, and any answer about a learnt card, may be Easy.
pub fn best_rating(kind: QuestionKind, before: &CardState) -> Rating {
    if kind.is_recognition() && before.phase != Phase::Review {
        Rating::Good
    } else {
        Rating::Easy
    }
}

/// The rating each card of a checked question gets. A question about one card is rated by
/// its verdict; a question about several rates each card by whether its own part was
/// right. `before` gives each card's state before this answer (see `best_rating`).
pub fn ratings_for(
    question: &Question,
    checked: &Checked,
    elapsed_ms: i64,
    before: impl Fn(&CardId) -> CardState,
) -> Vec<Rating> {
    if let [card] = question.cards.as_slice() {
        let rating = match checked.verdict {
            Verdict::Right if elapsed_ms <= fast_threshold_ms(question) => Rating::Easy,
            Verdict::Right | Verdict::Almost => Rating::Good,
            Verdict::Partial => Rating::Hard,
            Verdict::Wrong => Rating::Again,
        };
        return vec![rating.min(best_rating(question.kind, &before(card)))];
    }
    checked
        .parts
        .iter()
        .map(|p| {
            let rating = if p.right { Rating::Good } else { Rating::Again };
            rating.min(best_rating(question.kind, &before(&p.card)))
        })
        .collect()
}

/// Records a checked question in the review log, one answer per card. If one cannot be
/// saved, those already saved are taken back, so a question counts whole or not at all.
pub fn record_checked(
    collection: &mut Collection,
    deck_id: &str,
    question: &Question,
    checked: &Checked,
    ratings: &[Rating],
    elapsed_ms: i64,
) -> Result<Vec<AnswerReceipt>, SessionError> {
    let share = elapsed_ms / checked.parts.len().max(1) as i64;
    let mut receipts = Vec::new();
    for (part, rating) in checked.parts.iter().zip(ratings) {
        let details = AnswerDetails {
            question_kind: question.kind.name().to_string(),
            answer: Some(part.given.clone()),
            elapsed_ms: share,
        };
        match collection.answer(deck_id, part.card.as_str(), *rating, details) {
            Ok(receipt) => receipts.push(receipt),
            Err(e) => {
                undo_all(collection, &mut receipts)?;
                return Err(e);
            }
        }
    }
    Ok(receipts)
}

fn undo_all(
    collection: &mut Collection,
    receipts: &mut Vec<AnswerReceipt>,
) -> Result<(), SessionError> {
    while let Some(receipt) = receipts.pop() {
        if let Err(e) = collection.undo(&receipt) {
            receipts.push(receipt);
            return Err(e);
        }
    }
    Ok(())
}

/// "I was right": takes the question's answers back and records them again as right
/// (Good). Returns the new receipts.
pub fn overrule_checked(
    collection: &mut Collection,
    deck_id: &str,
    question: &Question,
    checked: &Checked,
    receipts: &mut Vec<AnswerReceipt>,
    elapsed_ms: i64,
) -> Result<Vec<AnswerReceipt>, SessionError> {
    undo_all(collection, receipts)?;
    let overruled = checked.overruled();
    let ratings = vec![Rating::Good; overruled.parts.len()];
    record_checked(
        collection, deck_id, question, &overruled, &ratings, elapsed_ms,
    )
}

/// Whether a study session asks its cards as flashcards only, or as questions too; saved
/// by its `name`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum QuestionMix {
    #[serde(rename = "flashcards")]
    FlashcardsOnly,
    /// A card's first reviews are recognition (multiple choice, true or false); once it
    /// is learnt, recall (typed, name all), or the flashcard where nothing can be typed.
    #[default]
    #[serde(rename = "mixed")]
    Mixed,
}

impl QuestionMix {
    pub fn name(self) -> &'static str {
        match self {
            QuestionMix::FlashcardsOnly => "flashcards",
            QuestionMix::Mixed => "mixed",
        }
    }

    pub fn from_name(name: &str) -> Option<QuestionMix> {
        [QuestionMix::FlashcardsOnly, QuestionMix::Mixed]
            .into_iter()
            .find(|m| m.name() == name)
    }
}

/// How a study session presents a card: a question, or `None` for the flashcard. While a
/// card is new or still in its learning steps, or has been answered fewer than twice, it
/// is recognised; after that it is recalled.
pub fn study_question(
    deck: &Deck,
    card: &Card,
    state: &CardState,
    mix: QuestionMix,
    rng: &mut impl Rng,
) -> Option<Question> {
    if mix == QuestionMix::FlashcardsOnly {
        return None;
    }
    let recognising = state.reps < 2 || state.phase != Phase::Review;
    let kinds: &[QuestionKind] = if recognising {
        &[QuestionKind::MultipleChoice, QuestionKind::TrueFalse]
    } else {
        &[QuestionKind::Typed, QuestionKind::NameAll]
    };
    let mut possible: Vec<Question> = kinds
        .iter()
        .filter_map(|k| question_for(deck, card, *k, rng))
        .collect();
    let chosen = rng.random_range(0..possible.len().max(1));
    (chosen < possible.len()).then(|| possible.swap_remove(chosen))
}
