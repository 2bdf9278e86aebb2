//! Card states: derived from the log, stored so the queue need not replay it.
//!
//! Each state is one small binary value (`pack`), not a column per field: opening a
//! collection reads every answered card, and SQLite hands over one value per row far
//! faster than eleven (100,000 cards: about 20 ms instead of 70 ms).

use super::{Store, StoreError};
use crate::schedule::{CardState, Phase};
use fsrs::MemoryState;
use rusqlite::{Connection, Row, params};
use std::collections::HashMap;

/// The layout of a packed state; a value of another layout is reported, not guessed at.
const STATE_LAYOUT: u8 = 1;

/// Layout 1, little-endian: layout, phase, which optional fields are present (1: memory,
/// 2: last review, 4: first review), step, stability, difficulty, due, last review, first
/// review, interval in days, repetitions, lapses.
const STATE_BYTES: usize = 3 + 4 + 4 + 4 + 8 + 8 + 8 + 4 + 4 + 4;

const HAS_MEMORY: u8 = 1;
const HAS_LAST_REVIEW: u8 = 2;
const HAS_FIRST_REVIEW: u8 = 4;

impl Store {
    /// Calls `each` with the saved state of every answered card of a deck, in the order
    /// of the card ids (byte order), so a caller can match them to cards in one pass.
    pub fn for_each_card_state(
        &self,
        deck_id: &str,
        mut each: impl FnMut(&str, CardState),
    ) -> Result<(), StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT card_id, state FROM card_states WHERE deck_id = ?1 ORDER BY card_id",
            )
            .map_err(StoreError::Read)?;
        let mut rows = stmt.query([deck_id]).map_err(StoreError::Read)?;
        while let Some(row) = rows.next().map_err(StoreError::Read)? {
            let (card_id, state) = read_row(row)?;
            each(card_id, state);
        }
        Ok(())
    }

    /// The saved state of one card; `None` when it is new.
    pub fn card_state(
        &self,
        deck_id: &str,
        card_id: &str,
    ) -> Result<Option<CardState>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT card_id, state FROM card_states WHERE deck_id = ?1 AND card_id = ?2",
            )
            .map_err(StoreError::Read)?;
        let mut rows = stmt.query([deck_id, card_id]).map_err(StoreError::Read)?;
        match rows.next().map_err(StoreError::Read)? {
            Some(row) => Ok(Some(read_row(row)?.1)),
            None => Ok(None),
        }
    }

    /// Every saved card state, of every deck, by (deck, card).
    pub fn all_card_states(&self) -> Result<HashMap<(String, String), CardState>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT card_id, state, deck_id FROM card_states")
            .map_err(StoreError::Read)?;
        let mut rows = stmt.query([]).map_err(StoreError::Read)?;
        let mut states = HashMap::new();
        while let Some(row) = rows.next().map_err(StoreError::Read)? {
            let (card_id, state) = read_row(row)?;
            let deck_id: String = row.get(2).map_err(StoreError::Read)?;
            states.insert((deck_id, card_id.to_string()), state);
        }
        Ok(states)
    }
}

/// Saves a card's state, replacing any earlier one.
pub(super) fn write_state(
    conn: &Connection,
    deck_id: &str,
    card_id: &str,
    state: &CardState,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO card_states (deck_id, card_id, state) VALUES (?1, ?2, ?3)
         ON CONFLICT(deck_id, card_id) DO UPDATE SET state = excluded.state",
    )?
    .execute(params![deck_id, card_id, pack(state).as_slice()])
    .map(|_| ())
}

/// Forgets a card's state: it is new again.
pub(super) fn delete_state(
    conn: &Connection,
    deck_id: &str,
    card_id: &str,
) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM card_states WHERE deck_id = ?1 AND card_id = ?2")?
        .execute([deck_id, card_id])
        .map(|_| ())
}

/// Forgets every card state (before they are rebuilt from the log).
pub(super) fn delete_all_states(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM card_states", []).map(|_| ())
}

/// A `card_states` row's card id and state; a state that does not unpack is reported.
fn read_row<'r>(row: &'r Row<'_>) -> Result<(&'r str, CardState), StoreError> {
    let text = |i| row.get_ref(i).map_err(StoreError::Read);
    let card_id = text(0)?
        .as_str()
        .map_err(|e| StoreError::Corrupt(format!("a card id is not text: {e}")))?;
    let bytes = text(1)?
        .as_blob()
        .map_err(|e| StoreError::Corrupt(format!("the state of {card_id} is not a blob: {e}")))?;
    let state =
        unpack(bytes).map_err(|e| StoreError::Corrupt(format!("the state of {card_id}: {e}")))?;
    Ok((card_id, state))
}

fn pack(s: &CardState) -> [u8; STATE_BYTES] {
    let mut flags = 0;
    if s.memory.is_some() {
        flags |= HAS_MEMORY;
    }
    if s.last_review.is_some() {
        flags |= HAS_LAST_REVIEW;
    }
    if s.first_review.is_some() {
        flags |= HAS_FIRST_REVIEW;
    }
    let memory = s.memory.unwrap_or(MemoryState {
        stability: 0.0,
        difficulty: 0.0,
    });
    let mut out = [0u8; STATE_BYTES];
    let mut at = 0;
    let mut put = |bytes: &[u8]| {
        out[at..at + bytes.len()].copy_from_slice(bytes);
        at += bytes.len();
    };
    put(&[STATE_LAYOUT, s.phase.code() as u8, flags]);
    put(&s.step.to_le_bytes());
    put(&memory.stability.to_le_bytes());
    put(&memory.difficulty.to_le_bytes());
    put(&s.due.to_le_bytes());
    put(&s.last_review.unwrap_or(0).to_le_bytes());
    put(&s.first_review.unwrap_or(0).to_le_bytes());
    put(&s.interval_days.to_le_bytes());
    put(&s.reps.to_le_bytes());
    put(&s.lapses.to_le_bytes());
    out
}

fn unpack(bytes: &[u8]) -> Result<CardState, String> {
    let bytes: &[u8; STATE_BYTES] = bytes
        .try_into()
        .map_err(|_| format!("{} bytes where {STATE_BYTES} were expected", bytes.len()))?;
    let [layout, phase_code, flags, ..] = *bytes;
    if layout != STATE_LAYOUT {
        return Err(format!("unknown layout {layout}"));
    }
    let phase = Phase::from_code(phase_code.into())
        .ok_or_else(|| format!("unknown card phase {phase_code}"))?;
    let mut at = 3;
    let mut take = |n: usize| {
        at += n;
        &bytes[at - n..at]
    };
    let u32_at = |b: &[u8]| u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
    let f32_at = |b: &[u8]| f32::from_le_bytes([b[0], b[1], b[2], b[3]]);
    let i64_at = |b: &[u8]| i64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]);
    let step = u32_at(take(4));
    let stability = f32_at(take(4));
    let difficulty = f32_at(take(4));
    let due = i64_at(take(8));
    let last_review = i64_at(take(8));
    let first_review = i64_at(take(8));
    let interval_days = u32_at(take(4));
    let reps = u32_at(take(4));
    let lapses = u32_at(take(4));
    let present = |flag: u8| flags & flag != 0;
    Ok(CardState {
        phase,
        step,
        memory: present(HAS_MEMORY).then_some(MemoryState {
            stability,
            difficulty,
        }),
        due,
        last_review: present(HAS_LAST_REVIEW).then_some(last_review),
        first_review: present(HAS_FIRST_REVIEW).then_some(first_review),
        interval_days,
        reps,
        lapses,
    })
}

/// Schema 4 → 5: moves the states from the column-per-field `cards` table into
/// `card_states`, unchanged, and drops the old table.
pub(super) fn pack_old_card_rows(conn: &Connection) -> rusqlite::Result<()> {
    let mut old = conn.prepare(
        "SELECT deck_id, card_id, phase, step, stability, difficulty, due, last_review,
                first_review, interval_days, reps, lapses
         FROM cards",
    )?;
    let mut rows = old.query([])?;
    while let Some(row) = rows.next()? {
        let deck_id: String = row.get(0)?;
        let card_id: String = row.get(1)?;
        // A row whose phase this build does not know cannot be packed faithfully; it is
        // left out, and the card's state comes back from the log on a rebuild.
        if let Some(state) = read_old_state(row)? {
            write_state(conn, &deck_id, &card_id, &state)?;
        }
    }
    drop(rows);
    drop(old);
    conn.execute_batch("DROP TABLE cards;")
}

/// A row of the old `cards` table, columns from `phase` (2) on.
fn read_old_state(row: &Row<'_>) -> rusqlite::Result<Option<CardState>> {
    let Some(phase) = Phase::from_code(row.get(2)?) else {
        return Ok(None);
    };
    let stability: Option<f64> = row.get(4)?;
    let difficulty: Option<f64> = row.get(5)?;
    Ok(Some(CardState {
        phase,
        step: row.get(3)?,
        memory: stability
            .zip(difficulty)
            .map(|(stability, difficulty)| MemoryState {
                stability: stability as f32,
                difficulty: difficulty as f32,
            }),
        due: row.get(6)?,
        last_review: row.get(7)?,
        first_review: row.get(8)?,
        interval_days: row.get(9)?,
        reps: row.get(10)?,
        lapses: row.get(11)?,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reviewed() -> CardState {
        CardState {
            phase: Phase::Relearning,
            step: 1,
            memory: Some(MemoryState {
                stability: 3.25,
                difficulty: 7.5,
            }),
            due: 1_795_766_400_000,
            last_review: Some(1_795_700_000_000),
            first_review: Some(-5),
            interval_days: 12,
            reps: 9,
            lapses: 2,
        }
    }

    #[test]
    fn a_packed_state_unpacks_to_the_same_state() {
        for state in [reviewed(), CardState::new_card()] {
            assert_eq!(unpack(&pack(&state)), Ok(state));
        }
    }

    #[test]
    fn a_state_of_the_wrong_size_or_layout_is_reported_not_guessed() {
        let packed = pack(&reviewed());
        assert!(unpack(&packed[..10]).unwrap_err().contains("10 bytes"));
        let mut other_layout = packed;
        other_layout[0] = 9;
        assert!(unpack(&other_layout).unwrap_err().contains("layout 9"));
        let mut bad_phase = packed;
        bad_phase[1] = 7;
        assert!(unpack(&bad_phase).unwrap_err().contains("phase 7"));
    }
}
