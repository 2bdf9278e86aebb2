//! The review log: appending answers, taking the last one back, reading and replaying it.

use super::cards::{delete_all_states, delete_state, write_state};
use super::stats::{count_in_day, recount_days};
use super::sync::{Position, RETRACT, next_position, record_local_change, replay_all};
use super::{AnswerCounts, ReviewRecord, Store, StoreError, StoredReview};
use crate::schedule::{CardState, Phase, Rating};
use rusqlite::{CachedStatement, Connection, OptionalExtension, Row, Statement, params};
use std::collections::HashMap;

impl Store {
    /// Logs an answer and saves the card's new state, in one transaction.
    pub fn record_answer(
        &mut self,
        review: &ReviewRecord,
        state: &CardState,
    ) -> Result<i64, StoreError> {
        let tx = self.writer()?.transaction().map_err(StoreError::Write)?;
        let position = next_position(&tx, review.reviewed_at).map_err(StoreError::Write)?;
        insert_local_review(&tx, review, position).map_err(StoreError::Write)?;
        let id = tx.last_insert_rowid();
        count_in_day(&tx, review, 1).map_err(StoreError::Write)?;
        write_state(&tx, &review.deck_id, &review.card_id, state).map_err(StoreError::Write)?;
        tx.commit().map_err(StoreError::Write)?;
        Ok(id)
    }

    /// Appends many answers in one transaction (an imported log, or a benchmark's history);
    /// card states are not touched; rebuild them afterwards. Returns the number appended.
    pub fn append_reviews(&mut self, reviews: &[ReviewRecord]) -> Result<usize, StoreError> {
        let tx = self.writer()?.transaction().map_err(StoreError::Write)?;
        for review in reviews {
            let position = next_position(&tx, review.reviewed_at).map_err(StoreError::Write)?;
            insert_local_review(&tx, review, position).map_err(StoreError::Write)?;
        }
        tx.commit().map_err(StoreError::Write)?;
        Ok(reviews.len())
    }

    /// Takes back the answer `review_id`: removes it from the log and puts the card back
    /// in `previous`, in one transaction. The undo travels to other computers, which may
    /// have the answer already.
    pub fn undo_answer(
        &mut self,
        review_id: i64,
        deck_id: &str,
        card_id: &str,
        previous: &CardState,
    ) -> Result<(), StoreError> {
        let tx = self.writer()?.transaction().map_err(StoreError::Write)?;
        let taken_back = tx
            .query_row(
                concat!("SELECT ", review_columns!(), " FROM reviews WHERE id = ?1"),
                [review_id],
                read_review,
            )
            .optional()
            .map_err(StoreError::Write)?;
        if let Some(Ok(taken_back)) = taken_back {
            count_in_day(&tx, &taken_back.record, -1).map_err(StoreError::Write)?;
            let uid: i64 = tx
                .query_row("SELECT uid FROM reviews WHERE id = ?1", [review_id], |r| {
                    r.get(0)
                })
                .map_err(StoreError::Write)?;
            let now = taken_back.record.reviewed_at;
            record_local_change(&tx, now, RETRACT, &uid.to_string(), None, None)
                .map_err(StoreError::Write)?;
        }
        tx.execute("DELETE FROM reviews WHERE id = ?1", [review_id])
            .map_err(StoreError::Write)?;
        if previous.phase == Phase::New {
            delete_state(&tx, deck_id, card_id).map_err(StoreError::Write)?;
        } else {
            write_state(&tx, deck_id, card_id, previous).map_err(StoreError::Write)?;
        }
        tx.commit().map_err(StoreError::Write)
    }

    /// Answers given to a deck since `since_ms`, by the card's phase before the answer.
    /// (`+deck_id` keeps SQLite on the time index: today's answers are few, a deck's
    /// answers may be millions.)
    pub fn answers_since(&self, deck_id: &str, since_ms: i64) -> Result<AnswerCounts, StoreError> {
        self.conn
            .query_row(
                "SELECT COUNT(*),
                        COALESCE(SUM(phase_before = 0), 0),
                        COALESCE(SUM(phase_before = 2), 0)
                 FROM reviews WHERE +deck_id = ?1 AND reviewed_at >= ?2",
                params![deck_id, since_ms],
                |r| {
                    Ok(AnswerCounts {
                        total: r.get::<_, i64>(0)? as usize,
                        new: r.get::<_, i64>(1)? as usize,
                        review: r.get::<_, i64>(2)? as usize,
                    })
                },
            )
            .map_err(StoreError::Read)
    }

    /// Number of answers in the log (all decks) since `since_ms`.
    pub fn review_count_since(&self, since_ms: i64) -> Result<usize, StoreError> {
        self.conn
            .query_row(
                "SELECT COUNT(*) FROM reviews WHERE reviewed_at >= ?1",
                [since_ms],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n as usize)
            .map_err(StoreError::Read)
    }

    /// The whole log, oldest first.
    pub fn reviews(&self) -> Result<Vec<StoredReview>, StoreError> {
        self.query_reviews(
            concat!(
                "SELECT ",
                review_columns!(),
                " FROM reviews ORDER BY reviewed_at, id"
            ),
            [],
        )
    }

    /// The log of one card, oldest first.
    pub fn reviews_of_card(
        &self,
        deck_id: &str,
        card_id: &str,
    ) -> Result<Vec<StoredReview>, StoreError> {
        self.query_reviews(
            concat!(
                "SELECT ",
                review_columns!(),
                " FROM reviews WHERE deck_id = ?1 AND card_id = ?2 ORDER BY reviewed_at, id"
            ),
            [deck_id, card_id],
        )
    }

    pub(super) fn query_reviews<P: rusqlite::Params>(
        &self,
        sql: &str,
        params: P,
    ) -> Result<Vec<StoredReview>, StoreError> {
        let mut stmt = self.conn.prepare_cached(sql).map_err(StoreError::Read)?;
        let rows = stmt
            .query_map(params, read_review)
            .map_err(StoreError::Read)?;
        let mut out = Vec::new();
        for row in rows {
            out.push(
                row.map_err(StoreError::Read)?
                    .map_err(StoreError::Corrupt)?,
            );
        }
        Ok(out)
    }

    /// Replays the whole log through `answer`, in the order all computers agree on (see
    /// `sync::Position`: a computer's own answers in the order they were given, not by time
    /// stamp, since a clock set back between two answers must not reorder them), and
    /// returns every card's state by (deck, card). A card reset starts afresh there.
    /// `answer` is told each answer's place, so it can use the settings in effect there.
    /// Reads only.
    pub fn replay_log<E: std::fmt::Display>(
        &self,
        mut answer: impl FnMut(&CardState, &ReviewRecord, Position) -> Result<CardState, E>,
    ) -> Result<HashMap<(String, String), CardState>, StoreError> {
        replay_all(&self.conn, &mut answer)
    }

    /// Rebuilds every card state by replaying the log through `answer` (see `replay_log`),
    /// replacing the saved states in one transaction. Returns the number of cards with a
    /// state.
    pub fn rebuild_card_states<E: std::fmt::Display>(
        &mut self,
        answer: impl FnMut(&CardState, &ReviewRecord, Position) -> Result<CardState, E>,
    ) -> Result<usize, StoreError> {
        let states = self.replay_log(answer)?;
        let tx = self.writer()?.transaction().map_err(StoreError::Write)?;
        delete_all_states(&tx).map_err(StoreError::Write)?;
        recount_days(&tx).map_err(StoreError::Write)?;
        for ((deck_id, card_id), state) in &states {
            write_state(&tx, deck_id, card_id, state).map_err(StoreError::Write)?;
        }
        tx.commit().map_err(StoreError::Write)?;
        Ok(states.len())
    }
}

/// The row id of the next answer: after every row, and after every row already written
/// to the sync folder. An undone answer's row is deleted, and SQLite would give its id to
/// the next answer, which the sync folder's mark (`sync_state.exported_review`, "written
/// up to this id") would then pass over for ever.
const NEXT_REVIEW_ID: &str = "(SELECT MAX(COALESCE((SELECT MAX(id) FROM reviews), 0),
                                 (SELECT exported_review FROM sync_state)) + 1)";

/// Appends one answer made here to the log (the statement is prepared once per
/// connection).
fn insert_local_review(
    conn: &Connection,
    review: &ReviewRecord,
    position: Position,
) -> rusqlite::Result<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO reviews (id, deck_id, card_id, reviewed_at, utc_offset_secs, rating,
                              phase_before, elapsed_ms, question_kind, answer, uid, sync_at,
                              origin)
         VALUES ({NEXT_REVIEW_ID}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0)"
    ))?
    .execute(params![
        review.deck_id,
        review.card_id,
        review.reviewed_at,
        review.utc_offset_secs,
        review.rating.number(),
        review.phase_before.code(),
        review.elapsed_ms,
        review.question_kind,
        review.answer,
        position.uid,
        position.at,
    ])?;
    Ok(())
}

/// The statement adding an answer from another computer (see `insert_review`), prepared
/// once for a whole merge.
pub(super) fn insert_review_statement(conn: &Connection) -> rusqlite::Result<CachedStatement<'_>> {
    conn.prepare_cached(&format!(
        "INSERT INTO reviews (id, deck_id, card_id, reviewed_at, utc_offset_secs, rating,
                              phase_before, elapsed_ms, question_kind, answer, uid,
                              sync_at, origin)
         VALUES ({NEXT_REVIEW_ID}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT(uid) DO NOTHING"
    ))
}

/// Adds an answer from another computer unless its id is already here; true if added.
/// `insert` is the statement of `insert_review_statement`.
pub(super) fn insert_review(
    insert: &mut Statement<'_>,
    review: &ReviewRecord,
    position: Position,
    origin: i64,
) -> rusqlite::Result<bool> {
    let added = insert.execute(params![
        review.deck_id,
        review.card_id,
        review.reviewed_at,
        review.utc_offset_secs,
        review.rating.number(),
        review.phase_before.code(),
        review.elapsed_ms,
        review.question_kind,
        review.answer,
        position.uid,
        position.at,
        origin,
    ])?;
    Ok(added > 0)
}

/// The columns of `reviews` that `read_review` and `sync::read_position` read, in the
/// order they read them: by place, since looking each column up by its name took longer
/// than the rest of reading a row.
macro_rules! review_columns {
    () => {
        "id, deck_id, card_id, reviewed_at, utc_offset_secs, rating, phase_before, elapsed_ms,
         question_kind, answer, sync_at, uid"
    };
}
pub(super) use review_columns;

/// An answer of a row selected with `review_columns!()`.
pub(super) fn read_review(row: &Row<'_>) -> rusqlite::Result<Result<StoredReview, String>> {
    let rating_number: i64 = row.get(5)?;
    let phase_code: i64 = row.get(6)?;
    let (Some(rating), Some(phase_before)) = (
        Rating::from_number(rating_number),
        Phase::from_code(phase_code),
    ) else {
        return Ok(Err(format!(
            "review has rating {rating_number} and phase {phase_code}"
        )));
    };
    Ok(Ok(StoredReview {
        id: row.get(0)?,
        record: ReviewRecord {
            deck_id: row.get(1)?,
            card_id: row.get(2)?,
            reviewed_at: row.get(3)?,
            utc_offset_secs: row.get(4)?,
            rating,
            phase_before,
            elapsed_ms: row.get(7)?,
            question_kind: row.get(8)?,
            answer: row.get(9)?,
        },
    }))
}
