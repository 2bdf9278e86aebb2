//! Learner actions on cards that the review log does not hold: suspending a card (taking
//! it out of studying) and resetting it (starting it afresh while its history stays).

use super::{Store, StoreError, sync};
use rusqlite::{OptionalExtension, params};
use std::collections::{HashMap, HashSet};

/// A card the learner reset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardReset {
    pub deck_id: String,
    pub card_id: String,
    /// When, ms since the epoch.
    pub reset_at: i64,
    /// The card's last review before the reset; replay starts the card afresh after it.
    pub after_review: Option<i64>,
}

impl Store {
    /// Suspended cards, by deck id.
    pub fn suspended_cards(&self) -> Result<HashMap<String, HashSet<String>>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT deck_id, card_id FROM suspended_cards")
            .map_err(StoreError::Read)?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .map_err(StoreError::Read)?;
        let mut suspended: HashMap<String, HashSet<String>> = HashMap::new();
        for row in rows {
            let (deck, card) = row.map_err(StoreError::Read)?;
            suspended.entry(deck).or_default().insert(card);
        }
        Ok(suspended)
    }

    /// Suspends a card (taking it out of studying) or brings it back.
    pub fn set_suspended(
        &mut self,
        deck_id: &str,
        card_id: &str,
        suspended: bool,
        at_ms: i64,
    ) -> Result<(), StoreError> {
        let tx = self.writer()?.transaction().map_err(StoreError::Write)?;
        let changed = if suspended {
            tx.execute(
                "INSERT INTO suspended_cards (deck_id, card_id, suspended_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT(deck_id, card_id) DO NOTHING",
                params![deck_id, card_id, at_ms],
            )
        } else {
            tx.execute(
                "DELETE FROM suspended_cards WHERE deck_id = ?1 AND card_id = ?2",
                params![deck_id, card_id],
            )
        }
        .map_err(StoreError::Write)?;
        // Only a real change travels: the latest change wins on every computer.
        if changed > 0 {
            let key = sync::suspension_key(deck_id, card_id);
            let value: &[u8] = if suspended { b"1" } else { b"0" };
            sync::record_local_change(&tx, at_ms, sync::SUSPEND, &key, Some(value), None)
                .map_err(StoreError::Write)?;
        }
        tx.commit().map_err(StoreError::Write)
    }

    /// Resets a card: records the reset and forgets its derived state, in one
    /// transaction. Its reviews stay in the log.
    pub fn reset_card(
        &mut self,
        deck_id: &str,
        card_id: &str,
        at_ms: i64,
    ) -> Result<(), StoreError> {
        let tx = self.writer()?.transaction().map_err(StoreError::Write)?;
        let after_review: Option<i64> = tx
            .query_row(
                "SELECT MAX(id) FROM reviews WHERE deck_id = ?1 AND card_id = ?2",
                [deck_id, card_id],
                |r| r.get(0),
            )
            .optional()
            .map_err(StoreError::Write)?
            .flatten();
        let position = sync::next_position(&tx, at_ms).map_err(StoreError::Write)?;
        tx.execute(
            "INSERT INTO card_resets (deck_id, card_id, reset_at, after_review, uid, sync_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                deck_id,
                card_id,
                at_ms,
                after_review,
                position.uid,
                position.at
            ],
        )
        .map_err(StoreError::Write)?;
        super::cards::delete_state(&tx, deck_id, card_id).map_err(StoreError::Write)?;
        tx.commit().map_err(StoreError::Write)
    }

    /// Every reset, oldest first.
    pub fn card_resets(&self) -> Result<Vec<CardReset>, StoreError> {
        self.query_resets(
            "SELECT deck_id, card_id, reset_at, after_review FROM card_resets
             ORDER BY reset_at, id",
            [],
        )
    }

    /// The resets of one card, oldest first.
    pub fn resets_of_card(
        &self,
        deck_id: &str,
        card_id: &str,
    ) -> Result<Vec<CardReset>, StoreError> {
        self.query_resets(
            "SELECT deck_id, card_id, reset_at, after_review FROM card_resets
             WHERE deck_id = ?1 AND card_id = ?2 ORDER BY reset_at, id",
            [deck_id, card_id],
        )
    }

    fn query_resets<P: rusqlite::Params>(
        &self,
        sql: &str,
        params: P,
    ) -> Result<Vec<CardReset>, StoreError> {
        let mut stmt = self.conn.prepare_cached(sql).map_err(StoreError::Read)?;
        let rows = stmt
            .query_map(params, |r| {
                Ok(CardReset {
                    deck_id: r.get(0)?,
                    card_id: r.get(1)?,
                    reset_at: r.get(2)?,
                    after_review: r.get(3)?,
                })
            })
            .map_err(StoreError::Read)?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(StoreError::Read)
    }
}
