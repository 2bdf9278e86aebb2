//! Card states: derived from the log, stored so the queue need not replay it.

use super::{Store, StoreError};
use crate::schedule::{CardState, Phase};
use fsrs::MemoryState;
use rusqlite::{Connection, Row, params};
use std::collections::HashMap;

impl Store {
    /// The saved state of every answered card of a deck.
    pub fn card_states(&self, deck_id: &str) -> Result<HashMap<String, CardState>, StoreError> {
        self.card_states_sized(deck_id, 0)
    }

    /// The saved state of every answered card of a deck, with room for `expected` states
    /// made up front (the deck's number of cards): growing the map step by step hashed
    /// every card id several times over, a sizeable part of opening a large collection.
    pub fn card_states_sized(
        &self,
        deck_id: &str,
        expected: usize,
    ) -> Result<HashMap<String, CardState>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT card_id, phase, step, stability, difficulty, due, last_review,
                        first_review, interval_days, reps, lapses
                 FROM cards WHERE deck_id = ?1",
            )
            .map_err(StoreError::Read)?;
        let rows = stmt
            .query_map([deck_id], |row| {
                Ok((row.get::<_, String>(0)?, read_state(row)?))
            })
            .map_err(StoreError::Read)?;
        let mut states = HashMap::with_capacity(expected);
        for row in rows {
            let (id, state) = row.map_err(StoreError::Read)?;
            let state = state.map_err(StoreError::Corrupt)?;
            states.insert(id, state);
        }
        Ok(states)
    }
}

impl Store {
    /// Every saved card state, of every deck, by (deck, card).
    pub fn all_card_states(&self) -> Result<HashMap<(String, String), CardState>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT card_id, phase, step, stability, difficulty, due, last_review,
                        first_review, interval_days, reps, lapses, deck_id
                 FROM cards",
            )
            .map_err(StoreError::Read)?;
        let rows = stmt
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>(11)?,
                    row.get::<_, String>(0)?,
                    read_state(row)?,
                ))
            })
            .map_err(StoreError::Read)?;
        let mut states = HashMap::new();
        for row in rows {
            let (deck, card, state) = row.map_err(StoreError::Read)?;
            states.insert((deck, card), state.map_err(StoreError::Corrupt)?);
        }
        Ok(states)
    }
}

pub(super) fn write_state(
    conn: &Connection,
    deck_id: &str,
    card_id: &str,
    s: &CardState,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO cards (deck_id, card_id, phase, step, stability, difficulty, due,
                            last_review, first_review, interval_days, reps, lapses)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT(deck_id, card_id) DO UPDATE SET
            phase = excluded.phase, step = excluded.step, stability = excluded.stability,
            difficulty = excluded.difficulty, due = excluded.due,
            last_review = excluded.last_review, first_review = excluded.first_review,
            interval_days = excluded.interval_days, reps = excluded.reps,
            lapses = excluded.lapses",
        params![
            deck_id,
            card_id,
            s.phase.code(),
            s.step,
            s.memory.map(|m| f64::from(m.stability)),
            s.memory.map(|m| f64::from(m.difficulty)),
            s.due,
            s.last_review,
            s.first_review,
            s.interval_days,
            s.reps,
            s.lapses,
        ],
    )
    .map(|_| ())
}

/// A card row, columns from `phase` on; a bad value is reported, not trusted.
fn read_state(row: &Row<'_>) -> rusqlite::Result<Result<CardState, String>> {
    let phase_code: i64 = row.get(1)?;
    let Some(phase) = Phase::from_code(phase_code) else {
        return Ok(Err(format!("unknown card phase {phase_code}")));
    };
    let stability: Option<f64> = row.get(3)?;
    let difficulty: Option<f64> = row.get(4)?;
    let memory = match (stability, difficulty) {
        (Some(s), Some(d)) => Some(MemoryState {
            stability: s as f32,
            difficulty: d as f32,
        }),
        _ => None,
    };
    Ok(Ok(CardState {
        phase,
        step: row.get(2)?,
        memory,
        due: row.get(5)?,
        last_review: row.get(6)?,
        first_review: row.get(7)?,
        interval_days: row.get(8)?,
        reps: row.get(9)?,
        lapses: row.get(10)?,
    }))
}
