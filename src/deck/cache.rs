//! Parsed copies of large deck files, kept in the data folder so that an unchanged deck is
//! not parsed again at every start: the TOML parser needs about 0.6 s for a deck of 100,000
//! facts on a 2-core machine, reading the copy back well under a tenth of that.
//!
//! A copy is used only for the very bytes it was made from, by the very program that made
//! it: it names the file, holds a hash of the file's contents and of itself, and the
//! identity of the executable (a new build may generate cards differently). Anything else
//! — a changed file, another build, a damaged or half-written copy — is a miss, and the
//! deck is parsed as if there were no cache. Only decks without problems are kept, so every
//! problem is still reported, each time.

use super::Deck;
use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Deck files smaller than this are parsed every time: a few milliseconds at most.
pub const CACHED_FROM_BYTES: usize = 1 << 20;

/// The start of every copy; the number is the layout of what follows.
const MAGIC: &[u8; 16] = b"factdeck-deck-1\n";

/// Where parsed decks are kept, and the program they are valid for.
#[derive(Debug)]
pub struct DeckCache {
    folder: PathBuf,
    /// Identifies this executable; `None` when it cannot be known, and then nothing is
    /// cached.
    build: Option<u64>,
    /// The copies asked for since this cache was made: the others belong to deck files
    /// that are gone or have shrunk (see `forget_the_rest`).
    asked: Mutex<HashSet<PathBuf>>,
}

impl DeckCache {
    /// A cache in `folder` (created when the first copy is written).
    pub fn new(folder: &Path) -> DeckCache {
        DeckCache {
            folder: folder.to_path_buf(),
            build: build_identity(),
            asked: Mutex::default(),
        }
    }

    /// The deck parsed earlier from exactly `text` of the file `origin`, if there is a
    /// sound copy of it.
    pub fn get(&self, origin: &str, text: &str) -> Option<Deck> {
        let build = self.build?;
        let copy = self.copy_of(origin);
        if let Ok(mut asked) = self.asked.lock() {
            asked.insert(copy.clone());
        }
        let bytes = std::fs::read(copy).ok()?;
        let rest = bytes.strip_prefix(MAGIC.as_slice())?;
        let (header, payload) = rest.split_at_checked(24)?;
        let word =
            |i: usize| u64::from_le_bytes(header[i * 8..i * 8 + 8].try_into().unwrap_or([0; 8]));
        if word(0) != build || word(1) != hash_of(origin, text) || word(2) != hash_bytes(payload) {
            return None;
        }
        let mut deck: Deck = postcard::from_bytes(payload).ok()?;
        deck.origin = origin.to_string();
        Some(deck)
    }

    /// Keeps a copy of `deck`, parsed from `text` of the file `origin`. Best effort: a
    /// cache that cannot be written only means parsing again next time.
    pub fn put(&self, origin: &str, text: &str, deck: &Deck) {
        let Some(build) = self.build else {
            return;
        };
        let Ok(payload) = postcard::to_stdvec(deck) else {
            return;
        };
        let mut bytes = Vec::with_capacity(MAGIC.len() + 24 + payload.len());
        bytes.extend_from_slice(MAGIC);
        for word in [build, hash_of(origin, text), hash_bytes(&payload)] {
            bytes.extend_from_slice(&word.to_le_bytes());
        }
        bytes.extend_from_slice(&payload);
        let _ = self.write_whole(&self.copy_of(origin), &bytes);
    }

    /// Removes every copy not asked for since this cache was made: after all decks are
    /// loaded, those are copies of deck files that were deleted or are now too small to
    /// be kept. Best effort, like writing them.
    pub fn forget_the_rest(&self) {
        let Ok(asked) = self.asked.lock() else {
            return;
        };
        let Ok(entries) = std::fs::read_dir(&self.folder) else {
            return;
        };
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            let ours = path
                .extension()
                .is_some_and(|e| e == "deck" || e == "partial");
            if ours && !asked.contains(&path) {
                let _ = std::fs::remove_file(path);
            }
        }
    }

    /// The copy of the deck file `origin`: one per file, replaced when the file changes.
    fn copy_of(&self, origin: &str) -> PathBuf {
        let mut hasher = DefaultHasher::new();
        origin.hash(&mut hasher);
        self.folder.join(format!("{:016x}.deck", hasher.finish()))
    }

    /// Writes `bytes` to `path` through a temporary file, so a reader never sees half.
    fn write_whole(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.folder)?;
        let partial = path.with_extension("partial");
        let mut file = std::fs::File::create(&partial)?;
        file.write_all(bytes)?;
        drop(file);
        std::fs::rename(&partial, path)
    }
}

fn hash_of(origin: &str, text: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    origin.hash(&mut hasher);
    text.hash(&mut hasher);
    hasher.finish()
}

fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut hasher = DefaultHasher::new();
    hasher.write(bytes);
    hasher.finish()
}

/// This executable's version, size and modification time: a rebuilt program is another
/// build, whose cards may differ.
fn build_identity() -> Option<u64> {
    let exe = std::env::current_exe().ok()?;
    let meta = std::fs::metadata(exe).ok()?;
    let mut hasher = DefaultHasher::new();
    env!("CARGO_PKG_VERSION").hash(&mut hasher);
    meta.len().hash(&mut hasher);
    meta.modified().ok()?.hash(&mut hasher);
    Some(hasher.finish())
}
