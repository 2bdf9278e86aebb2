//! Sync through a shared folder, the store's side: every change that travels between
//! computers (answers, resets, suspensions, settings, undone answers, the learner's deck
//! files) has an id unique across computers and a place in one order every computer agrees
//! on; changes from elsewhere are added once, and the cards they touch are replayed.
//!
//! The order is `Position`: a hybrid logical clock value (`at`, milliseconds: the change's
//! own time, but always after every change this computer had seen when it was made) with
//! the random id as tie-break. A computer's own changes are thus in the order it made them
//! even when its clock is set back, and two computers that hold the same changes sort them
//! the same way, whatever order they arrived in.

use super::cards::{delete_state, write_state};
use super::log::{insert_review, insert_review_statement, read_review, review_columns};
use super::stats::DayCounts;
use super::{ReviewRecord, Store, StoreError, StoredReview};
use crate::schedule::CardState;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Made on this computer.
const LOCAL: i64 = 0;
/// Came from another computer through the sync folder: never written out again.
const FROM_ELSEWHERE: i64 = 1;

/// Settings that belong to this computer and never travel: a path to a file here, and
/// sync's own bookkeeping (keys beginning with `sync.`).
const LOCAL_SETTINGS: &[&str] = &["reading.article_path"];

/// Whether a setting belongs to this computer only.
pub fn is_local_setting(key: &str) -> bool {
    LOCAL_SETTINGS.contains(&key) || key.starts_with("sync.")
}

/// Where a change stands in the order all computers agree on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// Hybrid logical clock, ms since the epoch.
    pub at: i64,
    /// The change's id, unique across computers (random); breaks ties of `at`.
    pub uid: i64,
}

/// One change that travels between computers.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Answer(ReviewRecord),
    Reset {
        deck_id: String,
        card_id: String,
        reset_at: i64,
    },
    Suspend {
        deck_id: String,
        card_id: String,
        suspended: bool,
    },
    Setting {
        key: String,
        value: String,
    },
    /// An answer taken back (undo): it is removed wherever it arrived.
    Retract {
        answer: i64,
    },
    /// A new version of one of the learner's deck files; `base` is the digest of the
    /// version it was edited from.
    Deck {
        name: String,
        content: String,
        base: Option<String>,
    },
}

/// A change with its place in the order.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncEvent {
    pub position: Position,
    pub change: Change,
}

/// This computer as a sync device.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SyncState {
    /// Random, made when a sync folder is first set; `None` before.
    pub device_id: Option<String>,
    /// Which computer and data folder the id belongs to: a copy elsewhere has another.
    pub home: Option<String>,
    pub folder: Option<String>,
    /// Ids this data folder had before (a copy of it took a new one).
    pub formerly: Vec<String>,
    /// The number of the next segment this device writes.
    pub next_sequence: u64,
    /// When the last sync succeeded, ms since the epoch.
    pub last_synced: Option<i64>,
    /// How many other computers the last sync found.
    pub peers: usize,
}

/// This computer's changes not yet written to the sync folder.
#[derive(Debug, Default)]
pub struct Outbox {
    pub events: Vec<SyncEvent>,
    /// The last row of each table included (reviews, resets, changes).
    marks: (i64, i64, i64),
}

/// A setting's change, for the settings in effect at any place in the order.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingChange {
    pub position: Position,
    pub key: String,
    pub value: String,
}

/// One version of a deck file that travelled.
#[derive(Debug, Clone, PartialEq)]
pub struct DeckVersion {
    pub position: Position,
    pub content: String,
    pub base: Option<String>,
}

/// What adding changes from elsewhere did.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Merged {
    /// Changes added.
    pub added: usize,
    /// Changes already here (seen before, or the same change twice), left alone.
    pub already_here: usize,
    /// The cards replayed, by (deck, card).
    pub cards: BTreeSet<(String, String)>,
    pub settings_changed: bool,
    pub suspensions_changed: bool,
    /// Deck files with a new version.
    pub decks: BTreeSet<String>,
}

/// The key under which a card's suspension is kept in `sync_changes`.
fn card_key(deck_id: &str, card_id: &str) -> String {
    format!("{deck_id}\u{1f}{card_id}")
}

/// A random id, never 0 (0 marks rows made before ids existed).
pub(super) fn new_uid() -> i64 {
    loop {
        let uid: i64 = rand::random();
        if uid != 0 {
            return uid;
        }
    }
}

/// The next place in the order for a change made here at `time`: after everything seen.
pub(super) fn next_position(conn: &Connection, time: i64) -> rusqlite::Result<Position> {
    let clock: i64 = conn
        .prepare_cached("SELECT clock FROM sync_state")?
        .query_row([], |r| r.get(0))?;
    let at = time.max(clock.saturating_add(1));
    conn.prepare_cached("UPDATE sync_state SET clock = ?1")?
        .execute([at])?;
    Ok(Position { at, uid: new_uid() })
}

/// Records a change that travels as a row of `sync_changes`; false when its id is there.
fn insert_change(
    conn: &Connection,
    position: Position,
    kind: &str,
    key: &str,
    value: Option<&[u8]>,
    base: Option<&str>,
    origin: i64,
) -> rusqlite::Result<bool> {
    let added = conn
        .prepare_cached(
            "INSERT INTO sync_changes (uid, sync_at, kind, key, value, base, origin)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(uid) DO NOTHING",
        )?
        .execute(params![
            position.uid,
            position.at,
            kind,
            key,
            value,
            base,
            origin
        ])?;
    Ok(added > 0)
}

/// Whether `position` is the latest change of (`kind`, `key`): the latest change wins.
fn is_latest(
    conn: &Connection,
    kind: &str,
    key: &str,
    position: Position,
) -> rusqlite::Result<bool> {
    let latest: Option<(i64, i64)> = conn
        .prepare_cached(
            "SELECT sync_at, uid FROM sync_changes WHERE kind = ?1 AND key = ?2
             ORDER BY sync_at DESC, uid DESC LIMIT 1",
        )?
        .query_row(params![kind, key], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(latest == Some((position.at, position.uid)))
}

/// A local change to a setting, suspension or deck, recorded to travel.
pub(super) fn record_local_change(
    conn: &Connection,
    time: i64,
    kind: &str,
    key: &str,
    value: Option<&[u8]>,
    base: Option<&str>,
) -> rusqlite::Result<()> {
    let position = next_position(conn, time)?;
    insert_change(conn, position, kind, key, value, base, LOCAL).map(|_| ())
}

pub(super) const SUSPEND: &str = "suspend";
pub(super) const SETTING: &str = "setting";
pub(super) const RETRACT: &str = "retract";
pub(super) const DECK: &str = "deck";

pub(super) fn suspension_key(deck_id: &str, card_id: &str) -> String {
    card_key(deck_id, card_id)
}

impl Store {
    /// This computer as a sync device.
    pub fn sync_state(&self) -> Result<SyncState, StoreError> {
        self.conn
            .query_row(
                "SELECT device_id, home, folder, formerly, next_sequence, last_synced, peers
                 FROM sync_state",
                [],
                |r| {
                    let formerly: String = r.get(3)?;
                    Ok(SyncState {
                        device_id: r.get(0)?,
                        home: r.get(1)?,
                        folder: r.get(2)?,
                        formerly: formerly
                            .split(',')
                            .filter(|s| !s.is_empty())
                            .map(str::to_string)
                            .collect(),
                        next_sequence: r.get::<_, i64>(4)?.max(1) as u64,
                        last_synced: r.get(5)?,
                        peers: r.get::<_, i64>(6)?.max(0) as usize,
                    })
                },
            )
            .map_err(StoreError::Read)
    }

    /// Sets (or with `None` forgets) the sync folder. The first time, this computer gets
    /// its device id, made from `new_id`, and its `home`.
    pub fn set_sync_folder(
        &mut self,
        folder: Option<&str>,
        new_id: &str,
        home: &str,
    ) -> Result<(), StoreError> {
        let tx = self.writer()?.transaction().map_err(StoreError::Write)?;
        tx.execute(
            "UPDATE sync_state SET folder = ?1,
                 device_id = COALESCE(device_id, ?2), home = COALESCE(home, ?3)",
            params![folder, new_id, home],
        )
        .map_err(StoreError::Write)?;
        tx.commit().map_err(StoreError::Write)
    }

    /// Takes a new device id (this data folder was copied, or its id is used by another
    /// computer): the old one is remembered, numbering starts again in the new device
    /// folder, and every change made here is written out again under the new id, so that
    /// nothing depends on files the other holder of the old id may also write.
    pub fn renew_device_id(&mut self, new_id: &str, home: &str) -> Result<(), StoreError> {
        let tx = self.writer()?.transaction().map_err(StoreError::Write)?;
        tx.execute(
            "UPDATE sync_state SET
                 formerly = CASE WHEN device_id IS NULL THEN formerly
                                 WHEN formerly = '' THEN device_id
                                 ELSE formerly || ',' || device_id END,
                 device_id = ?1, home = ?2, next_sequence = 1",
            params![new_id, home],
        )
        .map_err(StoreError::Write)?;
        tx.commit().map_err(StoreError::Write)
    }

    /// Notes a successful sync at `now` with `peers` other computers.
    pub fn record_sync(&mut self, now: i64, peers: usize) -> Result<(), StoreError> {
        self.writer()?
            .execute(
                "UPDATE sync_state SET last_synced = ?1, peers = ?2",
                params![now, peers as i64],
            )
            .map(|_| ())
            .map_err(StoreError::Write)
    }

    /// The segments already read or written, by name (relative to the sync folder), with
    /// their size, and whether this computer wrote them.
    pub fn known_segments(&self) -> Result<HashMap<String, (u64, bool)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT name, size, own FROM sync_segments")
            .map_err(StoreError::Read)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    (r.get::<_, i64>(1)?.max(0) as u64, r.get::<_, i64>(2)? != 0),
                ))
            })
            .map_err(StoreError::Read)?;
        rows.collect::<Result<_, _>>().map_err(StoreError::Read)
    }

    /// Notes a segment read whole (its changes are in the store).
    pub fn mark_segment_read(
        &mut self,
        name: &str,
        size: u64,
        digest: &str,
    ) -> Result<(), StoreError> {
        self.writer()?
            .execute(
                "INSERT INTO sync_segments (name, size, digest, own) VALUES (?1, ?2, ?3, 0)
                 ON CONFLICT(name) DO UPDATE SET size = excluded.size, digest = excluded.digest",
                params![name, size as i64, digest],
            )
            .map(|_| ())
            .map_err(StoreError::Write)
    }

    /// This computer's changes not yet written to the sync folder, at most `limit`.
    pub fn outbox(&self, limit: usize) -> Result<Outbox, StoreError> {
        let (review_mark, reset_mark, change_mark): (i64, i64, i64) = self
            .conn
            .query_row(
                "SELECT exported_review, exported_reset, exported_change FROM sync_state",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .map_err(StoreError::Read)?;
        let mut outbox = Outbox {
            events: Vec::new(),
            marks: (review_mark, reset_mark, change_mark),
        };
        let read = |e| StoreError::Read(e);
        let mut stmt = self
            .conn
            .prepare_cached(concat!(
                "SELECT ",
                review_columns!(),
                " FROM reviews WHERE id > ?1 AND origin = 0 ORDER BY id LIMIT ?2"
            ))
            .map_err(read)?;
        let mut rows = stmt
            .query(params![review_mark, limit as i64])
            .map_err(read)?;
        while let Some(row) = rows.next().map_err(read)? {
            let review = read_review(row)
                .map_err(read)?
                .map_err(StoreError::Corrupt)?;
            let position = read_position(row).map_err(read)?;
            outbox.marks.0 = review.id;
            outbox.events.push(SyncEvent {
                position,
                change: Change::Answer(review.record),
            });
        }
        let room = limit.saturating_sub(outbox.events.len()) as i64;
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, deck_id, card_id, reset_at, sync_at, uid FROM card_resets
                 WHERE id > ?1 AND origin = 0 ORDER BY id LIMIT ?2",
            )
            .map_err(read)?;
        let mut rows = stmt.query(params![reset_mark, room]).map_err(read)?;
        while let Some(row) = rows.next().map_err(read)? {
            outbox.marks.1 = row.get(0).map_err(read)?;
            outbox.events.push(SyncEvent {
                position: Position {
                    at: row.get(4).map_err(read)?,
                    uid: row.get(5).map_err(read)?,
                },
                change: Change::Reset {
                    deck_id: row.get(1).map_err(read)?,
                    card_id: row.get(2).map_err(read)?,
                    reset_at: row.get(3).map_err(read)?,
                },
            });
        }
        let room = limit.saturating_sub(outbox.events.len()) as i64;
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, sync_at, uid, kind, key, value, base FROM sync_changes
                 WHERE id > ?1 AND origin = 0 ORDER BY id LIMIT ?2",
            )
            .map_err(read)?;
        let mut rows = stmt.query(params![change_mark, room]).map_err(read)?;
        while let Some(row) = rows.next().map_err(read)? {
            outbox.marks.2 = row.get(0).map_err(read)?;
            let position = Position {
                at: row.get(1).map_err(read)?,
                uid: row.get(2).map_err(read)?,
            };
            let kind: String = row.get(3).map_err(read)?;
            let key: String = row.get(4).map_err(read)?;
            let value: Option<Vec<u8>> = row.get(5).map_err(read)?;
            let base: Option<String> = row.get(6).map_err(read)?;
            if let Some(change) = change_from_row(&kind, key, value, base) {
                outbox.events.push(SyncEvent { position, change });
            }
        }
        Ok(outbox)
    }

    /// How many changes made here are not yet written to the sync folder.
    pub fn outbox_len(&self) -> Result<usize, StoreError> {
        self.conn
            .query_row(
                "SELECT (SELECT COUNT(*) FROM reviews
                         WHERE id > s.exported_review AND origin = 0)
                      + (SELECT COUNT(*) FROM card_resets
                         WHERE id > s.exported_reset AND origin = 0)
                      + (SELECT COUNT(*) FROM sync_changes
                         WHERE id > s.exported_change AND origin = 0)
                 FROM sync_state AS s",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n.max(0) as usize)
            .map_err(StoreError::Read)
    }

    /// Notes that the outbox's changes were written as the segment `name`, numbered
    /// `sequence`: they are not written again, and the file is known as this computer's.
    pub fn mark_outbox_written(
        &mut self,
        outbox: &Outbox,
        name: &str,
        size: u64,
        digest: &str,
        sequence: u64,
    ) -> Result<(), StoreError> {
        let tx = self.writer()?.transaction().map_err(StoreError::Write)?;
        tx.execute(
            "UPDATE sync_state SET exported_review = ?1, exported_reset = ?2,
                 exported_change = ?3, next_sequence = ?4",
            params![
                outbox.marks.0,
                outbox.marks.1,
                outbox.marks.2,
                sequence as i64 + 1
            ],
        )
        .map_err(StoreError::Write)?;
        tx.execute(
            "INSERT INTO sync_segments (name, size, digest, own) VALUES (?1, ?2, ?3, 1)
             ON CONFLICT(name) DO UPDATE SET size = excluded.size, digest = excluded.digest,
                 own = 1",
            params![name, size as i64, digest],
        )
        .map_err(StoreError::Write)?;
        tx.commit().map_err(StoreError::Write)
    }

    /// Writes every change made here out again (after taking a new device id).
    pub fn export_everything_again(&mut self) -> Result<(), StoreError> {
        self.writer()?
            .execute(
                "UPDATE sync_state SET exported_review = 0, exported_reset = 0,
                     exported_change = 0",
                [],
            )
            .map(|_| ())
            .map_err(StoreError::Write)
    }

    /// Every change of the settings named in `keys`, in order.
    pub fn setting_history(&self, keys: &[&str]) -> Result<Vec<SettingChange>, StoreError> {
        setting_history(&self.conn, keys).map_err(StoreError::Read)
    }

    /// The versions of a deck file that travelled, in order.
    pub fn deck_versions(&self, name: &str) -> Result<Vec<DeckVersion>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT sync_at, uid, value, base FROM sync_changes
                 WHERE kind = 'deck' AND key = ?1 ORDER BY sync_at, uid",
            )
            .map_err(StoreError::Read)?;
        let rows = stmt
            .query_map([name], |r| {
                let content: Option<Vec<u8>> = r.get(2)?;
                Ok(DeckVersion {
                    position: Position {
                        at: r.get(0)?,
                        uid: r.get(1)?,
                    },
                    content: String::from_utf8_lossy(&content.unwrap_or_default()).into_owned(),
                    base: r.get(3)?,
                })
            })
            .map_err(StoreError::Read)?;
        rows.collect::<Result<_, _>>().map_err(StoreError::Read)
    }

    /// Records a version of a deck file made here, edited from `base`, to travel.
    pub fn record_deck_version(
        &mut self,
        name: &str,
        content: &str,
        base: Option<&str>,
        now: i64,
    ) -> Result<(), StoreError> {
        let tx = self.writer()?.transaction().map_err(StoreError::Write)?;
        record_local_change(&tx, now, DECK, name, Some(content.as_bytes()), base)
            .map_err(StoreError::Write)?;
        tx.commit().map_err(StoreError::Write)
    }

    /// Adds changes from other computers, each once, in one transaction. A setting or
    /// suspension takes effect only if it is the latest of its kind; a scheduling setting
    /// (`scheduling_keys`) placed before answers already here touches every card answered
    /// after it. The touched cards wait, in the same transaction, to be replayed
    /// (`replay_pending`), so a crash in between leaves them waiting, not wrong.
    pub fn merge(
        &mut self,
        events: &[SyncEvent],
        scheduling_keys: &[&str],
    ) -> Result<Merged, StoreError> {
        let tx = self.writer()?.transaction().map_err(StoreError::Write)?;
        let merged = merge_in(&tx, events, scheduling_keys)?;
        tx.commit().map_err(StoreError::Write)?;
        Ok(merged)
    }

    /// Replays up to `limit` of the cards merged changes touched, in one transaction;
    /// returns how many (0: none waits). `answerer` is given the history of the
    /// scheduling settings (`scheduling_keys`) and returns how one answer changes a card
    /// at its place in the order.
    pub fn replay_pending<A>(
        &mut self,
        limit: usize,
        scheduling_keys: &[&str],
        answerer: impl FnOnce(Vec<SettingChange>) -> A,
    ) -> Result<usize, StoreError>
    where
        A: FnMut(&CardState, &ReviewRecord, Position) -> Result<CardState, String>,
    {
        let write = StoreError::Write;
        let tx = self.writer()?.transaction().map_err(write)?;
        let cards: Vec<(String, String)> = tx
            .prepare_cached("SELECT deck_id, card_id FROM sync_pending_cards LIMIT ?1")
            .and_then(|mut s| {
                s.query_map([limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<_>>()
            })
            .map_err(write)?;
        if cards.is_empty() {
            return Ok(0);
        }
        let history = setting_history(&tx, scheduling_keys).map_err(write)?;
        let mut answer = answerer(history);
        for (deck_id, card_id) in &cards {
            let state = replay_card(&tx, deck_id, card_id, &mut answer)?;
            save_state(&tx, deck_id, card_id, state.as_ref()).map_err(write)?;
            tx.prepare_cached("DELETE FROM sync_pending_cards WHERE deck_id = ?1 AND card_id = ?2")
                .and_then(|mut s| s.execute([deck_id, card_id]))
                .map_err(write)?;
        }
        tx.commit().map_err(write)?;
        Ok(cards.len())
    }

    /// Replays the log of the given cards (see `replay_log`) and saves their states.
    pub fn replay_cards<E: std::fmt::Display>(
        &mut self,
        cards: &BTreeSet<(String, String)>,
        mut answer: impl FnMut(&CardState, &ReviewRecord, Position) -> Result<CardState, E>,
    ) -> Result<(), StoreError> {
        let tx = self.writer()?.transaction().map_err(StoreError::Write)?;
        for (deck_id, card_id) in cards {
            let state = replay_card(&tx, deck_id, card_id, &mut answer)?;
            save_state(&tx, deck_id, card_id, state.as_ref()).map_err(StoreError::Write)?;
        }
        tx.commit().map_err(StoreError::Write)
    }

    /// The cards this computer answered, reset or undid after `review_mark` and
    /// `reset_mark` (rows of their tables), for replaying what another connection
    /// merged meanwhile; and the marks now.
    pub fn local_marks(&self) -> Result<(i64, i64), StoreError> {
        self.conn
            .query_row(
                "SELECT (SELECT COALESCE(MAX(id), 0) FROM reviews),
                        (SELECT COALESCE(MAX(id), 0) FROM card_resets)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(StoreError::Read)
    }
}

fn merge_in(
    tx: &Transaction<'_>,
    events: &[SyncEvent],
    scheduling_keys: &[&str],
) -> Result<Merged, StoreError> {
    let write = StoreError::Write;
    let mut merged = Merged::default();
    let mut scheduling_from: Option<Position> = None;
    let mut latest_seen = i64::MIN;
    let mut insert = insert_review_statement(tx).map_err(write)?;
    let mut day_counts = DayCounts::default();
    // Answers undone anywhere (few), so that none is added again.
    let mut retracted: HashSet<i64> = tx
        .prepare_cached("SELECT key FROM sync_changes WHERE kind = 'retract'")
        .and_then(|mut s| {
            s.query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<String>>>()
        })
        .map_err(write)?
        .iter()
        .filter_map(|k| k.parse().ok())
        .collect();
    for event in events {
        let position = event.position;
        latest_seen = latest_seen.max(position.at);
        let added = match &event.change {
            Change::Answer(review) => {
                let added = !retracted.contains(&position.uid)
                    && insert_review(&mut insert, review, position, FROM_ELSEWHERE)
                        .map_err(write)?;
                if added {
                    day_counts.add(review, 1);
                    merged
                        .cards
                        .insert((review.deck_id.clone(), review.card_id.clone()));
                }
                added
            }
            Change::Reset {
                deck_id,
                card_id,
                reset_at,
            } => {
                let added = tx
                    .prepare_cached(
                        "INSERT INTO card_resets (deck_id, card_id, reset_at, after_review,
                                                  uid, sync_at, origin)
                         VALUES (?1, ?2, ?3, NULL, ?4, ?5, ?6) ON CONFLICT(uid) DO NOTHING",
                    )
                    .and_then(|mut s| {
                        s.execute(params![
                            deck_id,
                            card_id,
                            reset_at,
                            position.uid,
                            position.at,
                            FROM_ELSEWHERE
                        ])
                    })
                    .map_err(write)?
                    > 0;
                if added {
                    merged.cards.insert((deck_id.clone(), card_id.clone()));
                }
                added
            }
            Change::Retract { answer } => {
                retracted.insert(*answer);
                let key = answer.to_string();
                let added = insert_change(tx, position, RETRACT, &key, None, None, FROM_ELSEWHERE)
                    .map_err(write)?;
                if added {
                    let taken_back = tx
                        .prepare_cached(concat!(
                            "SELECT ",
                            review_columns!(),
                            " FROM reviews WHERE uid = ?1"
                        ))
                        .and_then(|mut s| s.query_row([answer], read_review).optional())
                        .map_err(write)?;
                    if let Some(Ok(review)) = taken_back {
                        day_counts.add(&review.record, -1);
                        tx.execute("DELETE FROM reviews WHERE id = ?1", [review.id])
                            .map_err(write)?;
                        merged
                            .cards
                            .insert((review.record.deck_id, review.record.card_id));
                    }
                }
                added
            }
            Change::Suspend {
                deck_id,
                card_id,
                suspended,
            } => {
                let key = card_key(deck_id, card_id);
                let value: &[u8] = if *suspended { b"1" } else { b"0" };
                let added = insert_change(
                    tx,
                    position,
                    SUSPEND,
                    &key,
                    Some(value),
                    None,
                    FROM_ELSEWHERE,
                )
                .map_err(write)?;
                if added && is_latest(tx, SUSPEND, &key, position).map_err(write)? {
                    apply_suspension(tx, deck_id, card_id, *suspended, position.at)
                        .map_err(write)?;
                    merged.suspensions_changed = true;
                }
                added
            }
            Change::Setting { key, value } => {
                let added = insert_change(
                    tx,
                    position,
                    SETTING,
                    key,
                    Some(value.as_bytes()),
                    None,
                    FROM_ELSEWHERE,
                )
                .map_err(write)?;
                if added && is_local_setting(key) {
                    // Another computer's local path means nothing here.
                } else if added && is_latest(tx, SETTING, key, position).map_err(write)? {
                    super::settings::upsert(tx, key, value).map_err(write)?;
                    merged.settings_changed = true;
                }
                if added && scheduling_keys.contains(&key.as_str()) {
                    scheduling_from = Some(scheduling_from.map_or(position, |p| p.min(position)));
                }
                added
            }
            Change::Deck {
                name,
                content,
                base,
            } => {
                let added = insert_change(
                    tx,
                    position,
                    DECK,
                    name,
                    Some(content.as_bytes()),
                    base.as_deref(),
                    FROM_ELSEWHERE,
                )
                .map_err(write)?;
                if added {
                    merged.decks.insert(name.clone());
                }
                added
            }
        };
        if added {
            merged.added += 1;
        } else {
            merged.already_here += 1;
        }
    }
    day_counts.write(tx).map_err(write)?;
    if let Some(from) = scheduling_from {
        // Every answer after the setting was scheduled with the setting it replaced.
        let mut stmt = tx
            .prepare("SELECT DISTINCT deck_id, card_id FROM reviews WHERE sync_at >= ?1")
            .map_err(write)?;
        let rows = stmt
            .query_map([from.at], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(write)?;
        for row in rows {
            merged.cards.insert(row.map_err(write)?);
        }
    }
    if latest_seen > i64::MIN {
        tx.execute(
            "UPDATE sync_state SET clock = MAX(clock, ?1)",
            [latest_seen],
        )
        .map_err(write)?;
    }
    // Rows from elsewhere are never written out; when nothing made here waits, the marks
    // move past them, so that finding what waits never reads through them again.
    tx.execute_batch(
        "UPDATE sync_state SET exported_review = (SELECT COALESCE(MAX(id), 0) FROM reviews)
             WHERE NOT EXISTS (SELECT 1 FROM reviews
                               WHERE id > sync_state.exported_review AND origin = 0);
         UPDATE sync_state SET exported_reset = (SELECT COALESCE(MAX(id), 0) FROM card_resets)
             WHERE NOT EXISTS (SELECT 1 FROM card_resets
                               WHERE id > sync_state.exported_reset AND origin = 0);
         UPDATE sync_state SET exported_change = (SELECT COALESCE(MAX(id), 0) FROM sync_changes)
             WHERE NOT EXISTS (SELECT 1 FROM sync_changes
                               WHERE id > sync_state.exported_change AND origin = 0);",
    )
    .map_err(write)?;
    let mut pending = tx
        .prepare_cached(
            "INSERT INTO sync_pending_cards (deck_id, card_id) VALUES (?1, ?2)
             ON CONFLICT DO NOTHING",
        )
        .map_err(write)?;
    for (deck_id, card_id) in &merged.cards {
        pending.execute([deck_id, card_id]).map_err(write)?;
    }
    Ok(merged)
}

fn save_state(
    conn: &Connection,
    deck_id: &str,
    card_id: &str,
    state: Option<&CardState>,
) -> rusqlite::Result<()> {
    match state {
        Some(state) => write_state(conn, deck_id, card_id, state),
        None => delete_state(conn, deck_id, card_id),
    }
}

fn apply_suspension(
    conn: &Connection,
    deck_id: &str,
    card_id: &str,
    suspended: bool,
    at: i64,
) -> rusqlite::Result<()> {
    if suspended {
        conn.execute(
            "INSERT INTO suspended_cards (deck_id, card_id, suspended_at) VALUES (?1, ?2, ?3)
             ON CONFLICT(deck_id, card_id) DO NOTHING",
            params![deck_id, card_id, at],
        )?;
    } else {
        conn.execute(
            "DELETE FROM suspended_cards WHERE deck_id = ?1 AND card_id = ?2",
            params![deck_id, card_id],
        )?;
    }
    Ok(())
}

fn setting_history(conn: &Connection, keys: &[&str]) -> rusqlite::Result<Vec<SettingChange>> {
    let mut stmt = conn.prepare_cached(
        "SELECT sync_at, uid, key, value FROM sync_changes
         WHERE kind = 'setting' AND key = ?1",
    )?;
    let mut history = Vec::new();
    for key in keys {
        let rows = stmt.query_map([key], |r| {
            let value: Option<Vec<u8>> = r.get(3)?;
            Ok(SettingChange {
                position: Position {
                    at: r.get(0)?,
                    uid: r.get(1)?,
                },
                key: r.get(2)?,
                value: String::from_utf8_lossy(&value.unwrap_or_default()).into_owned(),
            })
        })?;
        for row in rows {
            history.push(row?);
        }
    }
    history.sort_by_key(|c| c.position);
    Ok(history)
}

fn change_from_row(
    kind: &str,
    key: String,
    value: Option<Vec<u8>>,
    base: Option<String>,
) -> Option<Change> {
    let text = |v: Option<Vec<u8>>| String::from_utf8_lossy(&v.unwrap_or_default()).into_owned();
    match kind {
        SUSPEND => {
            let (deck_id, card_id) = key.split_once('\u{1f}')?;
            Some(Change::Suspend {
                deck_id: deck_id.to_string(),
                card_id: card_id.to_string(),
                suspended: value.as_deref() == Some(b"1"),
            })
        }
        SETTING => Some(Change::Setting {
            value: text(value),
            key,
        }),
        RETRACT => Some(Change::Retract {
            answer: key.parse().ok()?,
        }),
        DECK => Some(Change::Deck {
            name: key,
            content: text(value),
            base,
        }),
        _ => None,
    }
}

/// The place in the order of a row selected with `review_columns!()`.
pub(super) fn read_position(row: &rusqlite::Row<'_>) -> rusqlite::Result<Position> {
    Ok(Position {
        at: row.get(10)?,
        uid: row.get(11)?,
    })
}

/// One card's answers and resets, in order.
enum Step {
    Answer(StoredReview),
    Reset,
}

/// Replays one card's log in order; `None`: it is new (never answered, or reset last).
fn replay_card<E: std::fmt::Display>(
    conn: &Connection,
    deck_id: &str,
    card_id: &str,
    answer: &mut impl FnMut(&CardState, &ReviewRecord, Position) -> Result<CardState, E>,
) -> Result<Option<CardState>, StoreError> {
    let read = StoreError::Read;
    let mut steps: Vec<(Position, Step)> = Vec::new();
    let mut stmt = conn
        .prepare_cached(concat!(
            "SELECT ",
            review_columns!(),
            " FROM reviews WHERE deck_id = ?1 AND card_id = ?2"
        ))
        .map_err(read)?;
    let mut rows = stmt.query([deck_id, card_id]).map_err(read)?;
    while let Some(row) = rows.next().map_err(read)? {
        let review = read_review(row)
            .map_err(read)?
            .map_err(StoreError::Corrupt)?;
        steps.push((read_position(row).map_err(read)?, Step::Answer(review)));
    }
    let mut stmt = conn
        .prepare_cached("SELECT sync_at, uid FROM card_resets WHERE deck_id = ?1 AND card_id = ?2")
        .map_err(read)?;
    let resets = stmt
        .query_map([deck_id, card_id], |r| {
            Ok(Position {
                at: r.get(0)?,
                uid: r.get(1)?,
            })
        })
        .map_err(read)?;
    for reset in resets {
        steps.push((reset.map_err(read)?, Step::Reset));
    }
    steps.sort_by_key(|(position, _)| *position);
    let mut state: Option<CardState> = None;
    for (position, step) in &steps {
        match step {
            Step::Reset => state = None,
            Step::Answer(review) => {
                let before = state.unwrap_or_else(CardState::new_card);
                state = Some(answer(&before, &review.record, *position).map_err(|e| {
                    StoreError::Corrupt(format!("review {} cannot be replayed: {e}", review.id))
                })?);
            }
        }
    }
    Ok(state)
}

/// Replays the whole log in order (answers and resets), returning every card's state.
pub(super) fn replay_all<E: std::fmt::Display>(
    conn: &Connection,
    answer: &mut impl FnMut(&CardState, &ReviewRecord, Position) -> Result<CardState, E>,
) -> Result<HashMap<(String, String), CardState>, StoreError> {
    let read = StoreError::Read;
    let mut steps: Vec<(Position, (String, String), Option<StoredReview>)> = Vec::new();
    let mut stmt = conn
        .prepare_cached(concat!("SELECT ", review_columns!(), " FROM reviews"))
        .map_err(read)?;
    let mut rows = stmt.query([]).map_err(read)?;
    while let Some(row) = rows.next().map_err(read)? {
        let review = read_review(row)
            .map_err(read)?
            .map_err(StoreError::Corrupt)?;
        let key = (review.record.deck_id.clone(), review.record.card_id.clone());
        steps.push((read_position(row).map_err(read)?, key, Some(review)));
    }
    let mut stmt = conn
        .prepare_cached("SELECT sync_at, uid, deck_id, card_id FROM card_resets")
        .map_err(read)?;
    let resets = stmt
        .query_map([], |r| {
            Ok((
                Position {
                    at: r.get(0)?,
                    uid: r.get(1)?,
                },
                (r.get(2)?, r.get(3)?),
                None,
            ))
        })
        .map_err(read)?;
    for reset in resets {
        steps.push(reset.map_err(read)?);
    }
    steps.sort_by_key(|(position, ..)| *position);
    let mut states: HashMap<(String, String), CardState> = HashMap::new();
    for (position, key, review) in steps {
        match review {
            None => {
                states.remove(&key);
            }
            Some(review) => {
                let before = states
                    .get(&key)
                    .copied()
                    .unwrap_or_else(CardState::new_card);
                let after = answer(&before, &review.record, position).map_err(|e| {
                    StoreError::Corrupt(format!("review {} cannot be replayed: {e}", review.id))
                })?;
                states.insert(key, after);
            }
        }
    }
    Ok(states)
}

/// Schema 5 → 6: gives every answer and reset made before sync existed an id and a place
/// in the order they were made (answers by row id, each reset right after the answer it
/// followed), records the settings and suspensions as changes that travel, and starts the
/// clock after them.
pub(super) fn number_existing_changes(conn: &Connection) -> rusqlite::Result<()> {
    // (reset's after_review or -1, reset id) sorted, to place each after its answer.
    let mut resets: Vec<(i64, i64, i64)> = conn
        .prepare("SELECT COALESCE(after_review, -1), id, reset_at FROM card_resets")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    resets.sort();
    let mut clock = i64::MIN;
    let mut place = |time: i64| {
        clock = time.max(clock.saturating_add(1));
        clock
    };
    let mut update_review =
        conn.prepare("UPDATE reviews SET uid = ?1, sync_at = ?2 WHERE id = ?3")?;
    let mut update_reset =
        conn.prepare("UPDATE card_resets SET uid = ?1, sync_at = ?2 WHERE id = ?3")?;
    let reviews: Vec<(i64, i64)> = conn
        .prepare("SELECT id, reviewed_at FROM reviews ORDER BY id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut next_reset = resets.iter().peekable();
    for (id, reviewed_at) in reviews {
        while let Some((_, reset_id, reset_at)) = next_reset.next_if(|(after, ..)| *after < id) {
            update_reset.execute(params![new_uid(), place(*reset_at), reset_id])?;
        }
        update_review.execute(params![new_uid(), place(reviewed_at), id])?;
    }
    for (_, reset_id, reset_at) in next_reset {
        update_reset.execute(params![new_uid(), place(*reset_at), reset_id])?;
    }
    conn.execute_batch(
        "CREATE UNIQUE INDEX reviews_by_uid ON reviews (uid);
         CREATE UNIQUE INDEX card_resets_by_uid ON card_resets (uid);",
    )?;
    // The settings so far count as set before any answer: a change made anywhere later wins.
    let settings: Vec<(String, String)> = conn
        .prepare("SELECT key, value FROM settings")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (key, value) in settings {
        if is_local_setting(&key) {
            continue;
        }
        let position = Position {
            at: 0,
            uid: new_uid(),
        };
        insert_change(
            conn,
            position,
            SETTING,
            &key,
            Some(value.as_bytes()),
            None,
            LOCAL,
        )?;
    }
    let suspended: Vec<(String, String, i64)> = conn
        .prepare("SELECT deck_id, card_id, suspended_at FROM suspended_cards")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (deck_id, card_id, at) in suspended {
        let position = Position { at, uid: new_uid() };
        let key = card_key(&deck_id, &card_id);
        insert_change(conn, position, SUSPEND, &key, Some(b"1"), None, LOCAL)?;
        clock = clock.max(at);
    }
    conn.execute(
        "INSERT INTO sync_state (singleton, clock) VALUES (1, ?1)",
        [clock.max(0)],
    )?;
    Ok(())
}

/// The digest naming a version of a file's bytes: length and CRC-32.
pub fn digest(bytes: &[u8]) -> String {
    format!("{:x}-{:08x}", bytes.len(), crc32fast::hash(bytes))
}

/// Ids of versions in `versions` that are not the winner (the latest) nor one it was
/// edited from: edits made on two computers at once. Deterministic for the same set.
pub fn concurrent_versions(versions: &[DeckVersion]) -> (Option<&DeckVersion>, Vec<&DeckVersion>) {
    let Some(winner) = versions.iter().max_by_key(|v| v.position) else {
        return (None, Vec::new());
    };
    let by_digest: BTreeMap<String, &DeckVersion> = versions
        .iter()
        .map(|v| (digest(v.content.as_bytes()), v))
        .collect();
    let mut ancestry: HashSet<String> = HashSet::new();
    let mut next = Some(winner);
    while let Some(version) = next {
        if !ancestry.insert(digest(version.content.as_bytes())) {
            break;
        }
        next = version
            .base
            .as_ref()
            .and_then(|b| by_digest.get(b).copied());
    }
    let losers = versions
        .iter()
        .filter(|v| !ancestry.contains(&digest(v.content.as_bytes())))
        .collect();
    (Some(winner), losers)
}
