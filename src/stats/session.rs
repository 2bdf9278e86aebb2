//! What one study session amounted to: answers, cards, accuracy and time, from the part
//! of the log the session wrote.

use crate::log::MAX_COUNTED_ANSWER_MS;
use crate::log::ReviewRecord;
use crate::schedule::Rating;
use serde::Serialize;
use std::collections::HashSet;

/// The figures of a finished session.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SessionFigures {
    pub answers: usize,
    /// Different cards answered.
    pub cards: usize,
    /// Answers rated Hard, Good or Easy.
    pub passed: usize,
    /// Answers per rating, Again to Easy.
    pub by_rating: [usize; 4],
    /// Time spent answering, each answer counted up to a minute.
    pub time_ms: i64,
}

impl SessionFigures {
    pub fn from_reviews<'a>(reviews: impl IntoIterator<Item = &'a ReviewRecord>) -> Self {
        let mut figures = SessionFigures::default();
        let mut cards = HashSet::new();
        for review in reviews {
            figures.answers += 1;
            figures.by_rating[usize::from(review.rating.number() - 1)] += 1;
            figures.passed += usize::from(review.rating.is_pass());
            figures.time_ms += review.elapsed_ms.clamp(0, MAX_COUNTED_ANSWER_MS);
            cards.insert((review.deck_id.as_str(), review.card_id.as_str()));
        }
        figures.cards = cards.len();
        figures
    }

    /// The share of answers remembered, `None` without answers.
    pub fn accuracy(&self) -> Option<f32> {
        (self.answers > 0).then(|| self.passed as f32 / self.answers as f32)
    }

    pub fn count(&self, rating: Rating) -> usize {
        self.by_rating[usize::from(rating.number() - 1)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::Phase;

    fn answer(card: &str, rating: Rating, elapsed_ms: i64) -> ReviewRecord {
        ReviewRecord {
            deck_id: "d".into(),
            card_id: card.into(),
            reviewed_at: 0,
            utc_offset_secs: 0,
            rating,
            phase_before: Phase::New,
            elapsed_ms,
            question_kind: "flashcard".into(),
            answer: None,
        }
    }

    #[test]
    fn a_card_forgotten_and_then_remembered_counts_once_with_two_answers() {
        let log = [
            answer("a/value", Rating::Again, 4_000),
            answer("b/value", Rating::Good, 6_000),
            answer("a/value", Rating::Good, 90_000),
        ];
        let figures = SessionFigures::from_reviews(&log);
        assert_eq!(figures.answers, 3);
        assert_eq!(figures.cards, 2);
        assert_eq!(figures.passed, 2);
        assert_eq!(figures.count(Rating::Again), 1);
        assert_eq!(figures.count(Rating::Good), 2);
        assert_eq!(figures.time_ms, 4_000 + 6_000 + 60_000);
        assert_eq!(figures.accuracy(), Some(2.0 / 3.0));
    }

    #[test]
    fn an_empty_session_has_no_accuracy() {
        assert_eq!(SessionFigures::from_reviews(&[]).accuracy(), None);
    }
}
