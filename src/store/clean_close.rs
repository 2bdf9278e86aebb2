//! The record that factdeck closed the progress file cleanly, so that opening it again can
//! skip SQLite's `quick_check`, which reads every page of the file (over half a second for
//! a million answers on the development machine).
//!
//! The record lies beside the file (`progress.sqlite3-clean`). It holds the file's size,
//! modification time and a fingerprint of its first 64 KiB as they were when factdeck
//! closed it, and when the file last passed the full check. Opening trusts it only when
//! all of that still holds, no write-ahead log is left beside the file, and the full check
//! is less than a day old; otherwise the full check runs as before. Opening for writing
//! removes the record before the first write, so a crash or a kill never leaves one behind.

use super::recovery::with_suffix;
use std::hash::{DefaultHasher, Hasher};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The first line of a record; a record of another form is ignored (the file is checked).
const HEADER: &str = "factdeck clean close 1";

/// However often the file is opened, the full check runs at least this often, so that
/// damage that changes neither size, time nor the first pages (a failing disk) is still
/// found within a day.
const FULL_CHECK_EVERY: Duration = Duration::from_secs(24 * 60 * 60);

/// How much of the start of the file the fingerprint covers: the header, the schema and
/// the first pages, which change with nearly every checkpoint.
const FINGERPRINT_BYTES: u64 = 64 * 1024;

/// What identifies the file's contents without reading all of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileIdentity {
    len: u64,
    modified_ns: u128,
    fingerprint: u64,
}

/// The record's contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct CleanClose {
    file: FileIdentity,
    checked_at_secs: u64,
}

/// Where the record of `progress` lies.
pub(super) fn record_path(progress: &Path) -> PathBuf {
    with_suffix(progress, "-clean")
}

/// When the file last passed the full check, if factdeck closed it cleanly since, nothing
/// changed it afterwards and that check is less than a day old at `now`. `None` means the
/// file must be checked now.
pub(super) fn trusted_check_time(progress: &Path, now: SystemTime) -> Option<SystemTime> {
    let text = std::fs::read_to_string(record_path(progress)).ok()?;
    let record = parse(&text)?;
    // A log left beside the file means a session did not end cleanly after all.
    let wal = std::fs::metadata(with_suffix(progress, "-wal")).map_or(0, |m| m.len());
    if wal > 0 || identity(progress).ok()? != record.file {
        return None;
    }
    let checked = UNIX_EPOCH + Duration::from_secs(record.checked_at_secs);
    // A check "in the future" means the clock was set back: check again.
    let age = now.duration_since(checked).ok()?;
    (age < FULL_CHECK_EVERY).then_some(checked)
}

/// Removes the record, before the file is written to.
pub(super) fn forget(progress: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(record_path(progress)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Records that the file, as it is now, was closed cleanly and last passed the full check
/// at `checked_at`. Call only once every change is in the main file (after a checkpoint).
pub(super) fn record(progress: &Path, checked_at: SystemTime) -> std::io::Result<()> {
    let file = identity(progress)?;
    let checked_at_secs = checked_at
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let text = format!(
        "{HEADER}\nlen {}\nmodified_ns {}\nfingerprint {}\nchecked_at {checked_at_secs}\n",
        file.len, file.modified_ns, file.fingerprint
    );
    // Written whole under a temporary name that must not exist (so never through a link
    // someone left there), then renamed over the record, which replaces a link itself.
    let record = record_path(progress);
    let partial = with_suffix(&record, ".partial");
    let _ = std::fs::remove_file(&partial);
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&partial)?;
    file.write_all(text.as_bytes())?;
    drop(file);
    std::fs::rename(&partial, &record)
}

/// The length of the file as factdeck last closed it cleanly, from the record (whatever
/// the file is now); `None` without a readable record.
pub(super) fn recorded_len(progress: &Path) -> Option<u64> {
    let text = std::fs::read_to_string(record_path(progress)).ok()?;
    parse(&text).map(|record| record.file.len)
}

fn identity(path: &Path) -> std::io::Result<FileIdentity> {
    let meta = std::fs::metadata(path)?;
    let modified_ns = meta
        .modified()?
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut head = Vec::new();
    std::fs::File::open(path)?
        .take(FINGERPRINT_BYTES)
        .read_to_end(&mut head)?;
    // The standard hasher may change between Rust releases; a record written by another
    // build then merely fails to match, and the file is checked in full once.
    let mut hasher = DefaultHasher::new();
    hasher.write(&head);
    Ok(FileIdentity {
        len: meta.len(),
        modified_ns,
        fingerprint: hasher.finish(),
    })
}

fn parse(text: &str) -> Option<CleanClose> {
    let mut lines = text.lines();
    if lines.next()? != HEADER {
        return None;
    }
    let mut value = |key: &str| -> Option<&str> {
        let (k, v) = lines.next()?.split_once(' ')?;
        (k == key).then_some(v)
    };
    let len = value("len")?.parse().ok()?;
    let modified_ns = value("modified_ns")?.parse().ok()?;
    let fingerprint = value("fingerprint")?.parse().ok()?;
    let checked_at_secs = value("checked_at")?.parse().ok()?;
    Some(CleanClose {
        file: FileIdentity {
            len,
            modified_ns,
            fingerprint,
        },
        checked_at_secs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file_with(dir: &Path, bytes: &[u8]) -> PathBuf {
        let path = dir.join("progress.sqlite3");
        std::fs::write(&path, bytes).unwrap();
        path
    }

    #[test]
    fn an_unchanged_file_is_trusted_until_its_full_check_is_a_day_old() {
        let dir = tempfile::tempdir().unwrap();
        let path = file_with(dir.path(), b"the progress");
        let checked = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        record(&path, checked).unwrap();
        let hours = |h: u64| checked + Duration::from_secs(h * 3600);
        assert_eq!(trusted_check_time(&path, hours(23)), Some(checked));
        assert_eq!(trusted_check_time(&path, hours(24)), None);
        assert_eq!(
            trusted_check_time(&path, checked - Duration::from_secs(60)),
            None,
            "a clock set back is no reason to trust the record"
        );
    }

    #[test]
    fn a_file_changed_after_the_record_is_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let path = file_with(dir.path(), b"the progress");
        let now = SystemTime::now();
        record(&path, now).unwrap();
        // Same size, and possibly the same coarse modification time: the fingerprint differs.
        std::fs::write(&path, b"the pregress").unwrap();
        assert_eq!(trusted_check_time(&path, now), None);
    }

    #[test]
    fn a_write_ahead_log_beside_the_file_means_it_was_not_closed_cleanly() {
        let dir = tempfile::tempdir().unwrap();
        let path = file_with(dir.path(), b"the progress");
        let now = SystemTime::now();
        record(&path, now).unwrap();
        std::fs::write(with_suffix(&path, "-wal"), b"answers").unwrap();
        assert_eq!(trusted_check_time(&path, now), None);
    }

    #[test]
    fn a_forgotten_or_unreadable_record_is_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let path = file_with(dir.path(), b"the progress");
        let now = SystemTime::now();
        record(&path, now).unwrap();
        forget(&path).unwrap();
        assert_eq!(trusted_check_time(&path, now), None);
        forget(&path).unwrap();
        std::fs::write(record_path(&path), "factdeck clean close 1\nlen x\n").unwrap();
        assert_eq!(trusted_check_time(&path, now), None);
    }
}
