//! The quiz history: each finished quiz with its score, and each of its questions with
//! what was given and what was right. The answers themselves also stand in the review
//! log, like every other answer; this is the record of the quiz as a whole.

use super::{Store, StoreError};
use rusqlite::params;

/// One question of a finished quiz, as kept in the history.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizQuestionRecord {
    /// Its place in the quiz, from 0.
    pub position: usize,
    pub question_kind: String,
    pub topic: String,
    pub fact_ids: Vec<String>,
    pub prompt: String,
    /// What the learner gave; `None` when time ran out before it was answered.
    pub given: Option<String>,
    pub expected: String,
    /// Credit from 0 to 1.
    pub score: f64,
}

/// A finished quiz, to be saved.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizRecord {
    pub deck_id: String,
    /// ms since the epoch (UTC).
    pub started_at: i64,
    pub finished_at: i64,
    pub utc_offset_secs: i32,
    pub seed: u64,
    pub questions: Vec<QuizQuestionRecord>,
}

/// A quiz in the history, for plotting scores over time.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizResult {
    pub id: i64,
    pub deck_id: String,
    /// ms since the epoch (UTC).
    pub started_at: i64,
    pub finished_at: i64,
    pub question_count: usize,
    /// Credit earned, from 0 to `question_count`.
    pub points: f64,
    /// `points / question_count`, from 0 to 1 (0 for a quiz without questions).
    pub score: f64,
}

impl Store {
    /// Saves a finished quiz and its questions in one transaction; returns its id.
    pub fn save_quiz(&mut self, quiz: &QuizRecord) -> Result<i64, StoreError> {
        let points: f64 = quiz.questions.iter().map(|q| q.score).sum();
        let tx = self.writer()?.transaction().map_err(StoreError::Write)?;
        tx.execute(
            "INSERT INTO quizzes (deck_id, started_at, finished_at, utc_offset_secs,
                                  question_count, points, seed)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                quiz.deck_id,
                quiz.started_at,
                quiz.finished_at,
                quiz.utc_offset_secs,
                quiz.questions.len() as i64,
                points,
                // SQLite integers are signed; the seed's bits are kept as they are.
                quiz.seed as i64,
            ],
        )
        .map_err(StoreError::Write)?;
        let id = tx.last_insert_rowid();
        for q in &quiz.questions {
            tx.execute(
                "INSERT INTO quiz_questions (quiz_id, position, question_kind, topic, fact_ids,
                                             prompt, given, expected, score)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    id,
                    q.position as i64,
                    q.question_kind,
                    q.topic,
                    q.fact_ids.join(" "),
                    q.prompt,
                    q.given,
                    q.expected,
                    q.score.clamp(0.0, 1.0),
                ],
            )
            .map_err(StoreError::Write)?;
        }
        tx.commit().map_err(StoreError::Write)?;
        Ok(id)
    }

    /// Every finished quiz, oldest first.
    pub fn quiz_results(&self) -> Result<Vec<QuizResult>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, deck_id, started_at, finished_at, question_count, points
                 FROM quizzes ORDER BY finished_at, id",
            )
            .map_err(StoreError::Read)?;
        let rows = stmt
            .query_map([], |row| {
                let count: i64 = row.get(4)?;
                let points: f64 = row.get(5)?;
                Ok(QuizResult {
                    id: row.get(0)?,
                    deck_id: row.get(1)?,
                    started_at: row.get(2)?,
                    finished_at: row.get(3)?,
                    question_count: count.max(0) as usize,
                    points,
                    score: if count > 0 {
                        points / count as f64
                    } else {
                        0.0
                    },
                })
            })
            .map_err(StoreError::Read)?;
        rows.collect::<Result<_, _>>().map_err(StoreError::Read)
    }

    /// The questions of one quiz, in order.
    pub fn quiz_questions(&self, quiz_id: i64) -> Result<Vec<QuizQuestionRecord>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT position, question_kind, topic, fact_ids, prompt, given, expected, score
                 FROM quiz_questions WHERE quiz_id = ?1 ORDER BY position",
            )
            .map_err(StoreError::Read)?;
        let rows = stmt
            .query_map([quiz_id], |row| {
                let facts: String = row.get(3)?;
                Ok(QuizQuestionRecord {
                    position: row.get::<_, i64>(0)?.max(0) as usize,
                    question_kind: row.get(1)?,
                    topic: row.get(2)?,
                    fact_ids: facts.split_whitespace().map(str::to_string).collect(),
                    prompt: row.get(4)?,
                    given: row.get(5)?,
                    expected: row.get(6)?,
                    score: row.get(7)?,
                })
            })
            .map_err(StoreError::Read)?;
        rows.collect::<Result<_, _>>().map_err(StoreError::Read)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(position: usize, score: f64) -> QuizQuestionRecord {
        QuizQuestionRecord {
            position,
            question_kind: "typed".into(),
            topic: "sanktionen".into(),
            fact_ids: vec!["sanktionen-seit".into()],
            prompt: "Seit wann?".into(),
            given: Some("2013".into()),
            expected: "2013".into(),
            score,
        }
    }

    #[test]
    fn a_saved_quiz_comes_back_with_its_score_and_questions() {
        let mut store = Store::open_in_memory().unwrap();
        let quiz = QuizRecord {
            deck_id: "kim-putin-2019".into(),
            started_at: 1_000,
            finished_at: 61_000,
            utc_offset_secs: 3600,
            seed: u64::MAX,
            questions: vec![
                question(0, 1.0),
                question(1, 0.5),
                question(2, 0.0),
                question(3, 1.0),
            ],
        };
        let id = store.save_quiz(&quiz).unwrap();
        let results = store.quiz_results().unwrap();
        assert_eq!(results.len(), 1);
        assert_eq!(results[0].id, id);
        assert_eq!(results[0].question_count, 4);
        assert!((results[0].score - 0.625).abs() < 1e-9);
        assert_eq!(store.quiz_questions(id).unwrap(), quiz.questions);
    }
}
