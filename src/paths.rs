//! Where the learner's files live: the data directory (progress, backups, own decks).

use std::path::{Path, PathBuf};

/// Overrides the data directory when no `--data-dir` is given.
pub const DATA_DIR_ENV: &str = "FACTDECK_DATA_DIR";

/// The progress database inside the data directory.
pub const PROGRESS_FILE: &str = "progress.sqlite3";

/// The folder for the learner's own decks inside the data directory.
pub const DECKS_FOLDER: &str = "decks";

/// The data directory: the `--data-dir` flag, else `FACTDECK_DATA_DIR`, else the platform's
/// data directory (`~/.local/share/factdeck` on Linux).
pub fn data_dir(flag: Option<&Path>) -> Option<PathBuf> {
    if let Some(dir) = flag {
        return Some(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("org", "factdeck", "factdeck")
        .map(|d| d.data_dir().to_path_buf())
}

pub fn progress_file(data_dir: &Path) -> PathBuf {
    data_dir.join(PROGRESS_FILE)
}

pub fn decks_folder(data_dir: &Path) -> PathBuf {
    data_dir.join(DECKS_FOLDER)
}

/// The folder of automatic and manual backups inside the data directory.
pub const BACKUPS_FOLDER: &str = "backups";

/// The lock file that keeps a second factdeck from writing to the same data directory.
pub const LOCK_FILE: &str = "factdeck.lock";

/// Parsed copies of large deck files (see `deck::DeckCache`); deleting it loses nothing.
pub const DECK_CACHE_FOLDER: &str = "cache";

pub fn deck_cache_folder(data_dir: &Path) -> PathBuf {
    data_dir.join(DECK_CACHE_FOLDER)
}

pub fn backups_folder(data_dir: &Path) -> PathBuf {
    data_dir.join(BACKUPS_FOLDER)
}

pub fn lock_file(data_dir: &Path) -> PathBuf {
    data_dir.join(LOCK_FILE)
}
