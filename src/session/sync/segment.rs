//! A segment: one file of changes one device wrote to the sync folder, never changed after.
//!
//! The first line is a header (JSON): the format and its version, the device that wrote
//! it, its number, how many changes follow, and the length and CRC-32 of everything after
//! the header. Then one change per line (JSON). A file cut short by a sync engine that is
//! still copying it, or damaged, fails the length or the checksum and is read later.

use crate::schedule::{Phase, Rating};
use crate::store::ReviewRecord;
use crate::store::sync::{Change, Position, SyncEvent};
use serde::{Deserialize, Serialize};

/// What a segment's name ends with. Sync engines keep it on their conflict copies
/// (`0000000006.sync-conflict-20261127-101500-ABCDEFG.fdsync`, `0000000006 (conflicted
/// copy 2026-11-27).fdsync`), so those are read like any segment.
pub const EXTENSION: &str = "fdsync";

/// The largest segment read. factdeck writes at most 50,000 changes to a segment (a few
/// megabytes of answers, or a few of the learner's decks, each at most 64 MB); a larger
/// file in the sync folder is left unread, so that no stray or hostile file can take the
/// memory of every computer that syncs.
pub const MAX_SEGMENT_BYTES: u64 = 256 * 1024 * 1024;

const FORMAT: &str = "factdeck-sync";
const VERSION: u32 = 1;

/// The header line of a segment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Header {
    pub format: String,
    pub version: u32,
    /// The device that wrote it.
    pub device: String,
    /// Ids the device had before (a copy of its data folder took a new one).
    #[serde(default)]
    pub formerly: Vec<String>,
    pub sequence: u64,
    pub changes: usize,
    pub body_bytes: usize,
    pub body_crc32: u32,
}

/// Why a segment was not read (this time).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Shorter than its header says: still being copied, or cut short.
    Incomplete,
    /// Whole, but its bytes are not the ones written.
    BadChecksum,
    /// Written by a newer factdeck, in a format this one does not know.
    NewerFormat(u32),
    /// Not a factdeck segment, or a change in it cannot be read.
    Damaged(String),
    /// Larger than any segment factdeck writes (`MAX_SEGMENT_BYTES`): never read.
    TooLarge { megabytes: u64 },
}

/// The segment's file name for a device's `sequence`-th segment.
pub fn file_name(sequence: u64) -> String {
    format!("{sequence:010}.{EXTENSION}")
}

/// The number at the start of a segment's (or a conflict copy's) name.
pub fn sequence_of(name: &str) -> Option<u64> {
    let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Whether a file in a device folder is a segment to read: the right extension, and not a
/// sync engine's or our own temporary file (those start with a dot or a tilde).
pub fn is_segment(name: &str) -> bool {
    !name.starts_with('.') && !name.starts_with('~') && name.ends_with(&format!(".{EXTENSION}"))
}

/// A segment's bytes.
pub fn encode(device: &str, formerly: &[String], sequence: u64, events: &[SyncEvent]) -> Vec<u8> {
    let mut body = Vec::with_capacity(events.len() * 160);
    for event in events {
        // Serialising plain data into memory cannot fail.
        if serde_json::to_writer(&mut body, &WireEvent::from(event)).is_ok() {
            body.push(b'\n');
        }
    }
    let header = Header {
        format: FORMAT.to_string(),
        version: VERSION,
        device: device.to_string(),
        formerly: formerly.to_vec(),
        sequence,
        changes: events.len(),
        body_bytes: body.len(),
        body_crc32: crc32fast::hash(&body),
    };
    let mut bytes = serde_json::to_vec(&header).unwrap_or_default();
    bytes.push(b'\n');
    bytes.extend_from_slice(&body);
    bytes
}

/// Reads a segment's header and changes.
pub fn decode(bytes: &[u8]) -> Result<(Header, Vec<SyncEvent>), Unreadable> {
    let Some(end) = bytes.iter().position(|&b| b == b'\n') else {
        return Err(Unreadable::Incomplete);
    };
    let header: Header = serde_json::from_slice(&bytes[..end])
        .map_err(|e| Unreadable::Damaged(format!("the header cannot be read: {e}")))?;
    if header.format != FORMAT {
        return Err(Unreadable::Damaged(format!(
            "not a factdeck segment ({})",
            header.format
        )));
    }
    if header.version > VERSION {
        return Err(Unreadable::NewerFormat(header.version));
    }
    let body = &bytes[end + 1..];
    if body.len() < header.body_bytes {
        return Err(Unreadable::Incomplete);
    }
    if body.len() > header.body_bytes || crc32fast::hash(body) != header.body_crc32 {
        return Err(Unreadable::BadChecksum);
    }
    // The header's count is checked against the lines before anything is made for it: a
    // forged count must not size an allocation.
    let lines = body
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .count();
    if lines != header.changes {
        return Err(Unreadable::Damaged(format!(
            "{lines} changes where the header says {}",
            header.changes
        )));
    }
    let mut events = Vec::with_capacity(lines);
    for (i, line) in body.split(|&b| b == b'\n').enumerate() {
        if line.is_empty() {
            continue;
        }
        let wire: WireEvent = serde_json::from_slice(line)
            .map_err(|e| Unreadable::Damaged(format!("change {}: {e}", i + 1)))?;
        events.push(
            wire.into_event()
                .map_err(|e| Unreadable::Damaged(format!("change {}: {e}", i + 1)))?,
        );
    }
    Ok((header, events))
}

/// A change as it is written.
#[derive(Debug, Serialize, Deserialize)]
struct WireEvent {
    id: i64,
    at: i64,
    change: WireChange,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum WireChange {
    Answer {
        deck: String,
        card: String,
        time: i64,
        offset: i32,
        rating: i64,
        phase: i64,
        ms: i64,
        asked: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        given: Option<String>,
    },
    Reset {
        deck: String,
        card: String,
        time: i64,
    },
    Suspend {
        deck: String,
        card: String,
        suspended: bool,
    },
    Setting {
        key: String,
        value: String,
    },
    Retract {
        answer: i64,
    },
    Deck {
        name: String,
        content: String,
        #[serde(default)]
        base: Option<String>,
    },
}

impl From<&SyncEvent> for WireEvent {
    fn from(event: &SyncEvent) -> WireEvent {
        let change = match &event.change {
            Change::Answer(r) => WireChange::Answer {
                deck: r.deck_id.clone(),
                card: r.card_id.clone(),
                time: r.reviewed_at,
                offset: r.utc_offset_secs,
                rating: r.rating.number().into(),
                phase: r.phase_before.code(),
                ms: r.elapsed_ms,
                asked: r.question_kind.clone(),
                given: r.answer.clone(),
            },
            Change::Reset {
                deck_id,
                card_id,
                reset_at,
            } => WireChange::Reset {
                deck: deck_id.clone(),
                card: card_id.clone(),
                time: *reset_at,
            },
            Change::Suspend {
                deck_id,
                card_id,
                suspended,
            } => WireChange::Suspend {
                deck: deck_id.clone(),
                card: card_id.clone(),
                suspended: *suspended,
            },
            Change::Setting { key, value } => WireChange::Setting {
                key: key.clone(),
                value: value.clone(),
            },
            Change::Retract { answer } => WireChange::Retract { answer: *answer },
            Change::Deck {
                name,
                content,
                base,
            } => WireChange::Deck {
                name: name.clone(),
                content: content.clone(),
                base: base.clone(),
            },
        };
        WireEvent {
            id: event.position.uid,
            at: event.position.at,
            change,
        }
    }
}

impl WireEvent {
    fn into_event(self) -> Result<SyncEvent, String> {
        let change = match self.change {
            WireChange::Answer {
                deck,
                card,
                time,
                offset,
                rating,
                phase,
                ms,
                asked,
                given,
            } => Change::Answer(ReviewRecord {
                deck_id: deck,
                card_id: card,
                reviewed_at: time,
                utc_offset_secs: offset,
                rating: Rating::from_number(rating)
                    .ok_or_else(|| format!("there is no rating {rating}"))?,
                phase_before: Phase::from_code(phase)
                    .ok_or_else(|| format!("there is no card phase {phase}"))?,
                elapsed_ms: ms,
                question_kind: asked,
                answer: given,
            }),
            WireChange::Reset { deck, card, time } => Change::Reset {
                deck_id: deck,
                card_id: card,
                reset_at: time,
            },
            WireChange::Suspend {
                deck,
                card,
                suspended,
            } => Change::Suspend {
                deck_id: deck,
                card_id: card,
                suspended,
            },
            WireChange::Setting { key, value } => Change::Setting { key, value },
            WireChange::Retract { answer } => Change::Retract { answer },
            WireChange::Deck {
                name,
                content,
                base,
            } => Change::Deck {
                name,
                content,
                base,
            },
        };
        if self.id == 0 {
            return Err("a change without an id".to_string());
        }
        Ok(SyncEvent {
            position: Position {
                at: self.at,
                uid: self.id,
            },
            change,
        })
    }
}
