//! Parsed copies of large deck files, kept in the data folder so that an unchanged deck is
//! not parsed again at every start: parsing a deck of 100,000 facts takes 150–250 ms on a
//! 2-core machine, reading the copy back about half of that on one core.
//!
//! A copy is used only for the very bytes it was made from, by the very program that made
//! it: it names the file, holds a hash of the file's contents and of itself, and the
//! identity of the executable (a new build may generate cards differently). Anything else
//! — a changed file, another build, a damaged or half-written copy — is a miss, and the
//! deck is parsed as if there were no cache. Only decks without problems are kept, so every
//! problem is still reported, each time.

use super::{Deck, DeckError};
use std::collections::HashSet;
use std::hash::{BuildHasher, DefaultHasher, Hash, Hasher};
use std::io::{Read, Write};
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

    /// The deck of `text` of the file `origin`: from its copy if there is a sound one,
    /// else parsed by `parse` and kept when it has no problems.
    pub fn get_or_parse(
        &self,
        origin: &str,
        text: &str,
        parse: impl FnOnce() -> Result<Deck, Vec<DeckError>>,
    ) -> Result<Deck, Vec<DeckError>> {
        let text_hash = hash_of(origin, text);
        if let Some(deck) = self.copy_for(origin, text_hash) {
            return Ok(deck);
        }
        let deck = parse()?;
        self.keep(origin, text_hash, &deck);
        Ok(deck)
    }

    /// The deck parsed earlier from exactly `text` of the file `origin`, if there is a
    /// sound copy of it.
    pub fn get(&self, origin: &str, text: &str) -> Option<Deck> {
        self.copy_for(origin, hash_of(origin, text))
    }

    fn copy_for(&self, origin: &str, text_hash: u64) -> Option<Deck> {
        let build = self.build?;
        let copy = self.copy_of(origin);
        if let Ok(mut asked) = self.asked.lock() {
            asked.insert(copy.clone());
        }
        // The header first: a copy of another text or build is not read any further.
        let mut file = std::fs::File::open(copy).ok()?;
        let mut header = [0u8; MAGIC.len() + 24];
        file.read_exact(&mut header).ok()?;
        let words = header.strip_prefix(MAGIC.as_slice())?;
        let word =
            |i: usize| u64::from_le_bytes(words[i * 8..i * 8 + 8].try_into().unwrap_or([0; 8]));
        if word(0) != build || word(1) != text_hash {
            return None;
        }
        let mut payload = Vec::new();
        file.read_to_end(&mut payload).ok()?;
        if word(2) != hash_bytes(&payload) {
            return None;
        }
        let mut deck: Deck = postcard::from_bytes(&payload).ok()?;
        deck.origin = origin.to_string();
        Some(deck)
    }

    /// Keeps a copy of `deck`, parsed from the text hashed to `text_hash`. Best effort: a
    /// cache that cannot be written only means parsing again next time.
    fn keep(&self, origin: &str, text_hash: u64, deck: &Deck) {
        let Some(build) = self.build else {
            return;
        };
        let Ok(payload) = postcard::to_stdvec(deck) else {
            return;
        };
        let mut bytes = Vec::with_capacity(MAGIC.len() + 24 + payload.len());
        bytes.extend_from_slice(MAGIC);
        for word in [build, text_hash, hash_bytes(&payload)] {
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

/// Hashes of deck texts and copies: fixed, so that the next start computes the same, and
/// quick over megabytes (SipHash took 15 ms a hash for a 100k-fact deck). Not a defence
/// against tampering, only against accidents: a changed file or a damaged copy.
fn content_hasher() -> impl Hasher {
    foldhash::fast::FixedState::default().build_hasher()
}

fn hash_of(origin: &str, text: &str) -> u64 {
    let mut hasher = content_hasher();
    origin.hash(&mut hasher);
    text.hash(&mut hasher);
    hasher.finish()
}

fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut hasher = content_hasher();
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
