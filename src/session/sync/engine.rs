//! One sync: this computer's new deck versions recorded, the other devices' new segments
//! read and merged, this computer's changes written as a new segment.

use super::segment::{self, Unreadable};
use super::timeline::SchedulerTimeline;
use super::{DECK_CONFLICTS_FOLDER, SYNC_SUBFOLDER, SyncProblem};
use crate::bounded_file::{BoundedReadError, read_bounded};
use crate::clock::from_millis;
use crate::deck::limits::MAX_DECK_BYTES;
use crate::paths;
use crate::session::settings::SCHEDULING_KEYS;
use crate::store::sync::{DeckVersion, Merged, SyncEvent, concurrent_versions, digest};
use crate::store::{ReviewRecord, Store};
use chrono::{DateTime, FixedOffset, Offset};
use std::collections::{BTreeSet, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

/// At most this many changes go in one segment, and in one transaction when merging:
/// the window's answers wait for a merge transaction, so each stays short. But new
/// answers land all over the log's indexes by card and by id, so each commit writes out
/// nearly all of their pages: adding 100,000 answers 5,000 at a time wrote 59 MB to the
/// write-ahead log for a 16 MB table, 20,000 at a time 27 MB (docs/benchmarks.md#sync).
const CHANGES_PER_SEGMENT: usize = 50_000;
const CHANGES_PER_TRANSACTION: usize = 20_000;
const CARDS_PER_TRANSACTION: usize = 2_000;

/// A segment left unread this time, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct SkippedSegment {
    pub name: String,
    pub reason: Unreadable,
}

/// A deck file edited on two computers: both versions are kept.
#[derive(Debug, Clone, PartialEq)]
pub struct DeckConflict {
    /// The deck file in the data folder (now the latest version).
    pub deck_file: PathBuf,
    /// Where the other version is kept.
    pub kept_as: PathBuf,
}

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SyncReport {
    /// Segments of other devices read whole.
    pub segments_read: usize,
    /// This computer's changes written to the sync folder.
    pub changes_written: usize,
    /// What the changes from elsewhere did to the progress.
    pub merged: Merged,
    /// Segments left for later (still being copied, damaged, newer).
    pub skipped: Vec<SkippedSegment>,
    /// Other computers whose segments are in the folder.
    pub peers: usize,
    /// This data folder took a new device id: it was copied, or its id was in use.
    pub renewed_id: bool,
    /// Deck files written or replaced here from other computers.
    pub decks_written: Vec<PathBuf>,
    pub deck_conflicts: Vec<DeckConflict>,
}

/// Syncs the progress in `store` (of the data folder `data_dir`) with its sync folder.
pub fn sync_once(
    store: &mut Store,
    data_dir: &Path,
    now: DateTime<FixedOffset>,
) -> Result<SyncReport, SyncProblem> {
    let failed = |e: crate::store::StoreError| SyncProblem::Store(e.to_string());
    let mut state = store.sync_state().map_err(failed)?;
    let Some(folder) = state.folder.clone().map(PathBuf::from) else {
        return Err(SyncProblem::NoFolder);
    };
    match std::fs::metadata(&folder) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => return Err(SyncProblem::NotAFolder(folder)),
        Err(_) => return Err(SyncProblem::FolderMissing(folder)),
    }
    let mut report = SyncReport::default();
    let home = home_of(data_dir);
    if state.device_id.is_none() || state.home.as_deref() != Some(home.as_str()) {
        // A data folder copied to another computer (or folder) still has the original's
        // id; the copy takes a new one before it writes anything under the old.
        store
            .renew_device_id(&new_device_id(), &home)
            .map_err(failed)?;
        store.export_everything_again().map_err(failed)?;
        report.renewed_id = state.device_id.is_some();
        state = store.sync_state().map_err(failed)?;
    }
    let millis = crate::clock::to_millis(now);
    replay_pending(store)?;
    record_local_deck_versions(store, data_dir, millis)?;
    let root = folder.join(SYNC_SUBFOLDER);
    let found = list_segments(&root)?;
    let known = store.known_segments().map_err(failed)?;
    let device = state.device_id.clone().unwrap_or_default();
    let mut foreign_in_own_folder = false;
    for (name, size) in &found {
        if known.get(name).is_some_and(|(s, _)| s == size) {
            continue;
        }
        let path = root.join(name);
        let too_large = |bytes: u64| SkippedSegment {
            name: name.clone(),
            reason: Unreadable::TooLarge {
                megabytes: bytes.div_ceil(1024 * 1024),
            },
        };
        if *size > segment::MAX_SEGMENT_BYTES {
            report.skipped.push(too_large(*size));
            continue;
        }
        // Bounded and never blocking: a file that grew, or a pipe put in its place, since
        // the folder was listed cannot stall or exhaust the sync.
        let bytes = match read_bounded(&path, segment::MAX_SEGMENT_BYTES) {
            Ok(bytes) => bytes,
            Err(BoundedReadError::TooLarge { size, .. }) => {
                report.skipped.push(too_large(size));
                continue;
            }
            // Gone or unreadable for now (a sync engine replacing it): next time.
            Err(_) => continue,
        };
        let (header, events) = match segment::decode(&bytes) {
            Ok(read) => read,
            Err(reason) => {
                report.skipped.push(SkippedSegment {
                    name: name.clone(),
                    reason,
                });
                continue;
            }
        };
        let own_folder = name.starts_with(&format!("{device}/"));
        let own = known.get(name).is_some_and(|(_, own)| *own);
        if (own_folder || header.device == device) && !own {
            // A segment under this computer's id that it did not write: another computer
            // holds the same id (a copied data folder, or a backup put back here).
            foreign_in_own_folder = true;
        }
        for chunk in events.chunks(CHANGES_PER_TRANSACTION) {
            let merged = merge(store, chunk)?;
            absorb(&mut report.merged, merged);
        }
        store
            .mark_segment_read(name, *size, &digest(&bytes))
            .map_err(failed)?;
        report.segments_read += 1;
    }
    replay_pending(store)?;
    if foreign_in_own_folder {
        store
            .renew_device_id(&new_device_id(), &home)
            .map_err(failed)?;
        store.export_everything_again().map_err(failed)?;
        report.renewed_id = true;
        state = store.sync_state().map_err(failed)?;
    }
    let device = state.device_id.clone().unwrap_or_default();
    let mut mine: HashSet<&str> = state.formerly.iter().map(String::as_str).collect();
    mine.insert(&device);
    report.peers = found
        .iter()
        .filter_map(|(name, _)| name.split_once('/').map(|(d, _)| d))
        .filter(|d| !mine.contains(d))
        .collect::<BTreeSet<_>>()
        .len();
    apply_deck_versions(store, data_dir, &report.merged.decks.clone(), &mut report)?;
    report.changes_written =
        write_outbox(store, &root, &device, &state.formerly, state.next_sequence)?;
    store.record_sync(millis, report.peers).map_err(failed)?;
    Ok(report)
}

/// Adds one chunk of changes from elsewhere; the cards it touches wait to be replayed.
fn merge(store: &mut Store, events: &[SyncEvent]) -> Result<Merged, SyncProblem> {
    store
        .merge(events, &SCHEDULING_KEYS)
        .map_err(|e| SyncProblem::Store(e.to_string()))
}

/// Replays every card merged changes touched (some may wait from a sync a crash cut
/// short), each answer with the settings of its own place in the order, a few thousand
/// cards per transaction.
fn replay_pending(store: &mut Store) -> Result<(), SyncProblem> {
    loop {
        let replayed = store
            .replay_pending(CARDS_PER_TRANSACTION, &SCHEDULING_KEYS, |history| {
                let timeline = SchedulerTimeline::new(&history);
                move |before: &crate::schedule::CardState, review: &ReviewRecord, position| {
                    let timeline = timeline.as_ref().map_err(|e| e.to_string())?;
                    timeline
                        .at(position)
                        .answer(before, review.rating, review_time(review))
                        .map_err(|e| e.to_string())
                }
            })
            .map_err(|e| SyncProblem::Store(e.to_string()))?;
        if replayed == 0 {
            return Ok(());
        }
    }
}

/// The moment of a logged answer, in the offset the learner had then.
pub(crate) fn review_time(review: &ReviewRecord) -> DateTime<FixedOffset> {
    // An offset no zone has falls back to UTC, the same on every computer.
    let offset = FixedOffset::east_opt(review.utc_offset_secs).unwrap_or(chrono::Utc.fix());
    let zone = DateTime::<chrono::Utc>::from_timestamp_millis(0)
        .unwrap_or_default()
        .with_timezone(&offset);
    from_millis(review.reviewed_at, zone)
}

fn absorb(total: &mut Merged, mut part: Merged) {
    total.added += part.added;
    total.already_here += part.already_here;
    total.cards.append(&mut part.cards);
    total.settings_changed |= part.settings_changed;
    total.suspensions_changed |= part.suspensions_changed;
    total.decks.append(&mut part.decks);
}

/// Every segment file under `root`, as `device/file` with its size. A missing `root`
/// (nothing synced yet) holds none.
fn list_segments(root: &Path) -> Result<Vec<(String, u64)>, SyncProblem> {
    let cannot_read = |e: std::io::Error| SyncProblem::CannotRead {
        path: root.to_path_buf(),
        reason: crate::i18n::io_reason(&e),
    };
    let devices = match std::fs::read_dir(root) {
        Ok(devices) => devices,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(cannot_read(e)),
    };
    let mut found = Vec::new();
    for device in devices {
        let device = device.map_err(cannot_read)?;
        let Some(device_name) = device.file_name().to_str().map(str::to_string) else {
            continue;
        };
        if device_name.starts_with('.') || !device.path().is_dir() {
            continue;
        }
        let Ok(files) = std::fs::read_dir(device.path()) else {
            continue;
        };
        for file in files.flatten() {
            let Some(name) = file.file_name().to_str().map(str::to_string) else {
                continue;
            };
            if !segment::is_segment(&name) {
                continue;
            }
            if let Ok(meta) = file.metadata()
                && meta.is_file()
            {
                found.push((format!("{device_name}/{name}"), meta.len()));
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Writes this computer's changes not yet written as new segments in its device folder;
/// returns how many.
fn write_outbox(
    store: &mut Store,
    root: &Path,
    device: &str,
    formerly: &[String],
    next_sequence: u64,
) -> Result<usize, SyncProblem> {
    let failed = |e: crate::store::StoreError| SyncProblem::Store(e.to_string());
    let folder = root.join(device);
    let mut written = 0;
    let mut sequence = next_sequence;
    loop {
        let outbox = store.outbox(CHANGES_PER_SEGMENT).map_err(failed)?;
        if outbox.events.is_empty() {
            return Ok(written);
        }
        let cannot_write = |e: std::io::Error| SyncProblem::CannotWrite {
            path: folder.clone(),
            reason: crate::i18n::io_reason(&e),
        };
        std::fs::create_dir_all(&folder).map_err(cannot_write)?;
        // Numbers already taken in the folder (by a copy of this data folder, or a backup
        // put back) are never written over.
        let highest = std::fs::read_dir(&folder)
            .map_err(cannot_write)?
            .flatten()
            .filter_map(|f| f.file_name().to_str().and_then(segment::sequence_of))
            .max()
            .unwrap_or(0);
        sequence = sequence.max(highest + 1);
        let bytes = segment::encode(device, formerly, sequence, &outbox.events);
        let name = write_new_file(&folder, sequence, &bytes).map_err(cannot_write)?;
        sequence = segment::sequence_of(&name).unwrap_or(sequence);
        store
            .mark_outbox_written(
                &outbox,
                &format!("{device}/{name}"),
                bytes.len() as u64,
                &digest(&bytes),
                sequence,
            )
            .map_err(failed)?;
        written += outbox.events.len();
        sequence += 1;
    }
}

/// Writes `bytes` as a new segment file in `folder`: under a temporary name first, synced
/// to the disk, then given its name without ever replacing a file (a number found taken
/// moves on to the next). Returns the file's name.
fn write_new_file(folder: &Path, mut sequence: u64, bytes: &[u8]) -> std::io::Result<String> {
    let temporary = folder.join(format!(".{:016x}.tmp", rand::random::<u64>()));
    let result = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        loop {
            let name = segment::file_name(sequence);
            let target = folder.join(&name);
            match std::fs::hard_link(&temporary, &target) {
                Ok(()) => return Ok(name),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => sequence += 1,
                // File systems without links (a FAT USB stick): a rename, after looking.
                Err(_) if !target.exists() => {
                    std::fs::rename(&temporary, &target)?;
                    return Ok(name);
                }
                Err(_) => sequence += 1,
            }
        }
    })();
    let _ = std::fs::remove_file(&temporary);
    if result.is_ok() {
        // The name itself must reach the disk too; not every system can sync a folder.
        if let Ok(dir) = std::fs::File::open(folder) {
            let _ = dir.sync_all();
        }
    }
    result
}

/// The key under which the digest of a deck file as last synced is kept (a setting of
/// this computer's only).
fn deck_key(name: &str) -> String {
    format!("sync.deck-file.{name}")
}

/// Records a new version of each of the learner's deck files edited here since the last
/// sync, so it travels.
fn record_local_deck_versions(
    store: &mut Store,
    data_dir: &Path,
    now: i64,
) -> Result<(), SyncProblem> {
    let failed = |e: crate::store::StoreError| SyncProblem::Store(e.to_string());
    for (name, bytes) in deck_files(&paths::decks_folder(data_dir)) {
        let Ok(content) = String::from_utf8(bytes) else {
            continue;
        };
        let now_digest = digest(content.as_bytes());
        let known = store.setting(&deck_key(&name)).map_err(failed)?;
        if known.as_deref() == Some(now_digest.as_str()) {
            continue;
        }
        store
            .record_deck_version(&name, &content, known.as_deref(), now)
            .map_err(failed)?;
        store
            .set_setting(&deck_key(&name), &now_digest)
            .map_err(failed)?;
    }
    Ok(())
}

/// The `.toml` files directly in the deck folder, with their bytes.
fn deck_files(folder: &Path) -> Vec<(String, Vec<u8>)> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files: Vec<(String, Vec<u8>)> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_str()?.to_string();
            let path = e.path();
            (is_deck_file_name(&name) && path.is_file())
                .then(|| read_bounded(&path, MAX_DECK_BYTES).ok().map(|b| (name, b)))
                .flatten()
        })
        .collect();
    files.sort();
    files
}

/// A plain file name of a deck: no folder, no leading dot, ending in `.toml`. A name from
/// another computer that is anything else is never written.
fn is_deck_file_name(name: &str) -> bool {
    !name.starts_with('.')
        && name.ends_with(".toml")
        && name.len() > ".toml".len()
        && !name.contains(['/', '\\', '\0'])
        && Path::new(name).file_name().and_then(|n| n.to_str()) == Some(name)
}

/// Puts the latest version of each deck file that changed elsewhere in the deck folder,
/// and keeps every version edited at the same time on two computers beside it.
fn apply_deck_versions(
    store: &mut Store,
    data_dir: &Path,
    names: &BTreeSet<String>,
    report: &mut SyncReport,
) -> Result<(), SyncProblem> {
    let failed = |e: crate::store::StoreError| SyncProblem::Store(e.to_string());
    let folder = paths::decks_folder(data_dir);
    for name in names.iter().filter(|n| is_deck_file_name(n)) {
        let versions: Vec<DeckVersion> = store.deck_versions(name).map_err(failed)?;
        let (Some(winner), losers) = concurrent_versions(&versions) else {
            continue;
        };
        let deck_file = folder.join(name);
        let cannot = |e: std::io::Error| {
            SyncProblem::Decks(format!(
                "{}: {}",
                deck_file.display(),
                crate::i18n::io_reason(&e)
            ))
        };
        let on_disk = std::fs::read(&deck_file).ok();
        if on_disk.as_deref() != Some(winner.content.as_bytes()) {
            std::fs::create_dir_all(&folder).map_err(cannot)?;
            crate::durable_file::write_durably(&deck_file, winner.content.as_bytes())
                .map_err(cannot)?;
            report.decks_written.push(deck_file.clone());
        }
        store
            .set_setting(&deck_key(name), &digest(winner.content.as_bytes()))
            .map_err(failed)?;
        let stem = name.trim_end_matches(".toml");
        for loser in losers {
            let kept_as = folder
                .join(DECK_CONFLICTS_FOLDER)
                .join(format!("{stem}.{:016x}.toml", loser.position.uid as u64));
            if kept_as.exists() {
                continue;
            }
            std::fs::create_dir_all(folder.join(DECK_CONFLICTS_FOLDER)).map_err(cannot)?;
            crate::durable_file::write_durably(&kept_as, loser.content.as_bytes())
                .map_err(cannot)?;
            report.deck_conflicts.push(DeckConflict {
                deck_file: deck_file.clone(),
                kept_as,
            });
        }
    }
    Ok(())
}

/// A new random device id.
pub(crate) fn new_device_id() -> String {
    format!("{:016x}", rand::random::<u64>())
}

/// Which computer and data folder a device id belongs to: the machine's id (or its name)
/// and the data folder's full path. A copy of the data folder on another computer, or in
/// another folder, has another.
pub(crate) fn home_of(data_dir: &Path) -> String {
    let machine = ["/etc/machine-id", "/var/lib/dbus/machine-id"]
        .iter()
        .find_map(|p| std::fs::read_to_string(p).ok())
        .map(|id| id.trim().to_string())
        .filter(|id| !id.is_empty())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_default();
    let folder = std::fs::canonicalize(data_dir).unwrap_or_else(|_| data_dir.to_path_buf());
    format!("{machine}|{}", folder.display())
}
