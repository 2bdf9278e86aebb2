//! Finding and loading decks: the ones compiled into the program and the `.toml` files of
//! deck folders. A broken file is reported and skipped; the others still load.

use super::cache::{CACHED_FROM_BYTES, DeckCache};
use super::limits::MAX_DECK_BYTES;
use super::{Deck, DeckError, DeckProblem, parse::parse_deck};
use crate::bounded_file::{BoundedReadError, read_bounded};
use crate::i18n::io_reason;
use std::path::{Path, PathBuf};

/// The decks shipped with the program, compiled in so it runs from any folder.
pub const BUILTIN_DECKS: &[(&str, &str)] = &[(
    "decks/kim-putin-2019.toml",
    include_str!("../../decks/kim-putin-2019.toml"),
)];

/// The text of the built-in deck read as `origin`, if `origin` names one.
pub fn built_in_text(origin: &str) -> Option<&'static str> {
    BUILTIN_DECKS
        .iter()
        .find(|(name, _)| *name == origin)
        .map(|(_, text)| *text)
}

/// The outcome of loading every deck: the good ones, and what was wrong with the rest.
#[derive(Debug, Default, Clone)]
pub struct LoadedDecks {
    pub decks: Vec<Deck>,
    pub problems: Vec<DeckError>,
    /// Things worth knowing that are not errors (a folder deck replacing a built-in one).
    pub notices: Vec<DeckNotice>,
}

/// Something about the loaded decks the learner must be told, though nothing is wrong
/// with any file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeckNotice {
    /// A deck file uses the id of a built-in deck and is shown in its place, with that
    /// deck's progress (cards keep their ids). Meant for editing a copy of the built-in
    /// deck; a file dropped in by accident would otherwise hide the article's deck unseen.
    ReplacesBuiltIn {
        /// The replacing file, and the line of its `id`.
        file: String,
        line: usize,
        deck_id: String,
        /// The built-in deck's title, as the learner knows it.
        built_in_title: String,
    },
    /// The learner's own edited copy of a built-in deck (it says `replaces_built_in`) is
    /// studied in that deck's place, with its progress: what the learner asked for, told
    /// plainly so they know where their copy is and how to have the original back.
    EditedCopy {
        /// The learner's copy.
        file: String,
        deck_id: String,
        built_in_title: String,
    },
}

impl std::fmt::Display for DeckNotice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DeckNotice::ReplacesBuiltIn {
                file,
                line,
                deck_id,
                built_in_title,
            } => write!(
                f,
                "{file}:{line}: {}",
                crate::tr!(
                    "deck-replaces-built-in",
                    id = deck_id.as_str(),
                    title = built_in_title.as_str()
                )
            ),
            DeckNotice::EditedCopy {
                file,
                built_in_title,
                ..
            } => write!(
                f,
                "{file}: {}",
                crate::tr!("deck-edited-copy", title = built_in_title.as_str())
            ),
        }
    }
}

impl DeckNotice {
    /// The notice for `deck` taking the place of `built_in`: the learner's edited copy
    /// when the file says it is one, else a replacement to be warned about.
    pub fn replaces_built_in(deck: &Deck, built_in: &Deck) -> DeckNotice {
        if deck.replaces_built_in {
            return DeckNotice::EditedCopy {
                file: deck.origin.clone(),
                deck_id: deck.id.clone(),
                built_in_title: built_in.title.clone(),
            };
        }
        DeckNotice::ReplacesBuiltIn {
            file: deck.origin.clone(),
            line: deck.id_line,
            deck_id: deck.id.clone(),
            built_in_title: built_in.title.clone(),
        }
    }
}

impl DeckNotice {
    /// The deck the notice is about.
    pub fn deck_id(&self) -> &str {
        match self {
            DeckNotice::ReplacesBuiltIn { deck_id, .. }
            | DeckNotice::EditedCopy { deck_id, .. } => deck_id,
        }
    }

    /// Whether the notice warns of something the learner may not have meant.
    pub fn is_warning(&self) -> bool {
        matches!(self, DeckNotice::ReplacesBuiltIn { .. })
    }
}

impl LoadedDecks {
    pub fn deck(&self, id: &str) -> Option<&Deck> {
        self.decks.iter().find(|d| d.id == id)
    }
}

/// Loads the built-in decks, then every `*.toml` file of each folder, in name order.
///
/// A folder deck with the id of a built-in deck replaces it (so a learner can edit a copy);
/// two folder decks with one id are a problem, and the second is skipped.
pub fn load_decks(folders: &[PathBuf]) -> LoadedDecks {
    load_decks_with_cache(folders, None)
}

/// As `load_decks`, taking large deck files that have not changed since they were last
/// read from `cache` instead of parsing them again.
pub fn load_decks_with_cache(folders: &[PathBuf], cache: Option<&DeckCache>) -> LoadedDecks {
    let mut loaded = LoadedDecks::default();
    for (name, text) in BUILTIN_DECKS {
        match load_str(name, text) {
            Ok(deck) => loaded.decks.push(deck),
            Err(errors) => loaded.problems.extend(errors),
        }
    }
    // Built-in decks not yet replaced by a folder deck of the same id.
    let mut replaceable: Vec<String> = loaded.decks.iter().map(|d| d.id.clone()).collect();
    for folder in folders {
        let files = match deck_files(folder) {
            Ok(files) => files,
            Err(problem) => {
                loaded.problems.push(problem);
                continue;
            }
        };
        for file in files {
            let deck = match load_file_with_cache(&file, cache) {
                Ok(deck) => deck,
                Err(errors) => {
                    loaded.problems.extend(errors);
                    continue;
                }
            };
            match loaded.decks.iter().position(|d| d.id == deck.id) {
                Some(i) if replaceable.contains(&deck.id) => {
                    replaceable.retain(|id| id != &deck.id);
                    loaded
                        .notices
                        .push(DeckNotice::replaces_built_in(&deck, &loaded.decks[i]));
                    loaded.decks[i] = deck;
                }
                Some(i) => loaded.problems.push(DeckError::new(
                    &deck.origin,
                    deck.id_line,
                    1,
                    DeckProblem::IdUsedBy {
                        id: deck.id.clone(),
                        other: loaded.decks[i].origin.clone(),
                    },
                )),
                None => loaded.decks.push(deck),
            }
        }
    }
    if let Some(cache) = cache {
        cache.forget_the_rest();
    }
    loaded
}

/// The deck files of a folder, sorted by name.
fn deck_files(folder: &Path) -> Result<Vec<PathBuf>, DeckError> {
    let shown = folder.display().to_string();
    let entries = std::fs::read_dir(folder).map_err(|e| {
        DeckError::new(
            &shown,
            0,
            0,
            DeckProblem::DeckFolderUnreadable(io_reason(&e)),
        )
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        // Not only regular files: a pipe or a broken link named `.toml` is reported when it
        // cannot be read, not passed over without a word.
        .filter(|p| !p.is_dir() && p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    Ok(files)
}

/// Reads and validates one deck file from disk.
pub fn load_file(path: &Path) -> Result<Deck, Vec<DeckError>> {
    load_file_with_cache(path, None)
}

fn load_file_with_cache(path: &Path, cache: Option<&DeckCache>) -> Result<Deck, Vec<DeckError>> {
    let shown = path.display().to_string();
    let bytes = read_bounded(path, MAX_DECK_BYTES).map_err(|e| {
        let problem = match e {
            BoundedReadError::TooLarge { size, .. } => DeckProblem::TooLarge {
                megabytes: size.div_ceil(1024 * 1024),
                most: MAX_DECK_BYTES / (1024 * 1024),
            },
            other => DeckProblem::FileUnreadable(other.to_string()),
        };
        vec![DeckError::new(&shown, 1, 1, problem)]
    })?;
    load_bytes_with_cache(&shown, &bytes, cache)
}

/// Validates a deck file's raw bytes: they must be UTF-8 text. A UTF-8 byte-order mark
/// is accepted and skipped (Windows editors write one); any other encoding is named, with
/// the place of the first byte that is not UTF-8, so the learner knows what to fix.
pub fn load_bytes(name: &str, bytes: &[u8]) -> Result<Deck, Vec<DeckError>> {
    load_bytes_with_cache(name, bytes, None)
}

fn load_bytes_with_cache(
    name: &str,
    bytes: &[u8],
    cache: Option<&DeckCache>,
) -> Result<Deck, Vec<DeckError>> {
    let at_start = |problem| Err(vec![DeckError::new(name, 1, 1, problem)]);
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) || bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return at_start(DeckProblem::Utf32);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return at_start(DeckProblem::Utf16);
    }
    if looks_like_utf16(bytes) {
        return at_start(DeckProblem::Utf16WithoutMark);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let sample = &bytes[..bytes.len().min(8192)];
    if let Some(nul) = sample.iter().position(|b| *b == 0) {
        return Err(vec![at_byte(name, bytes, nul, DeckProblem::ZeroByte)]);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => match cache.filter(|_| text.len() >= CACHED_FROM_BYTES) {
            Some(cache) => cache.get_or_parse(name, text, || parse_deck(name, text)),
            None => load_str(name, text),
        },
        Err(e) => {
            let offset = e.valid_up_to();
            let byte = bytes[offset];
            let problem = if e.error_len().is_some() && byte >= 0xA0 && mostly_text(bytes) {
                DeckProblem::Latin1 { byte }
            } else if !mostly_text(bytes) {
                DeckProblem::BinaryByte { byte }
            } else {
                DeckProblem::NotUtf8 { byte }
            };
            Err(vec![at_byte(name, bytes, offset, problem)])
        }
    }
}

/// A problem at a byte offset of text that is valid UTF-8 up to there.
fn at_byte(name: &str, bytes: &[u8], offset: usize, problem: DeckProblem) -> DeckError {
    let text = String::from_utf8_lossy(&bytes[..offset]);
    DeckError::at_offset(name, &text, text.len(), problem)
}

/// UTF-16 without a byte-order mark: ASCII text with a zero byte beside each character.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(512)];
    if sample.len() < 8 {
        return false;
    }
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .enumerate()
            .filter(|(i, b)| i % 2 == parity && **b == 0)
            .count()
    };
    let half = sample.len() / 2;
    zeros_at(0) * 10 >= half * 9 || zeros_at(1) * 10 >= half * 9
}

/// Whether most bytes are printable ASCII or whitespace, as in any text file.
fn mostly_text(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    let texty = sample
        .iter()
        .filter(|b| {
            b.is_ascii_graphic() || matches!(b, b' ' | b'\n' | b'\r' | b'\t') || **b >= 0x80
        })
        .count();
    let ascii = sample
        .iter()
        .filter(|b| b.is_ascii_graphic() || **b == b' ')
        .count();
    texty == sample.len() && ascii * 10 >= sample.len() * 8
}

/// Validates a deck file's text.
pub fn load_str(name: &str, text: &str) -> Result<Deck, Vec<DeckError>> {
    parse_deck(name, text)
}
