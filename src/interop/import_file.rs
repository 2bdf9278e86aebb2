//! A file to import, recognised and read: flashcards from Anki or Quizlet, or a review
//! log in the FSRS tools' CSV format; and the cards written as a new deck file of the
//! learner's deck folder. Used by `factdeck import` and the import screen alike.

use crate::bounded_file::{BoundedReadError, read_bounded};
use crate::interop::flashcards::{CardImport, DeckFileError, deck_file, id_from, read_cards};
use crate::interop::revlog_csv::{CsvError, LogFile, RefusedRow, read_rows};
use crate::tr;
use std::path::{Path, PathBuf};

/// Why a file to import could not be read; worded (`Display`) in the thread's language.
#[derive(Debug, thiserror::Error)]
pub enum ImportFileError {
    Unreadable {
        path: PathBuf,
        #[source]
        source: BoundedReadError,
    },
    /// A zero byte on this line: UTF-16 or no text at all.
    ZeroByte {
        path: PathBuf,
        line: usize,
    },
    NotUtf8 {
        path: PathBuf,
    },
    /// A review log whose rows are not reviews.
    Log {
        path: PathBuf,
        #[source]
        source: CsvError,
    },
}

impl std::fmt::Display for ImportFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ImportFileError::Unreadable { path, source } => tr!(
                "import-error-unreadable",
                path = path.display().to_string(),
                reason = source.to_string()
            ),
            ImportFileError::ZeroByte { path, line } => tr!(
                "import-error-zero-byte",
                path = path.display().to_string(),
                line = line.to_string()
            ),
            ImportFileError::NotUtf8 { path } => {
                tr!("import-error-not-utf8", path = path.display().to_string())
            }
            ImportFileError::Log { path, source } => format!("{}: {source}", path.display()),
        };
        f.write_str(&text)
    }
}

/// Why imported cards were not written as a deck; worded (`Display`) in the thread's
/// language. The command line words `Exists` and `IdTaken` with its flags
/// (`--replace`, `--deck-id`); the window offers a choice instead.
#[derive(Debug, thiserror::Error)]
pub enum CardDeckError {
    Deck(#[from] DeckFileError),
    /// A deck file of this name is there already (an earlier import of the same cards).
    Exists {
        path: PathBuf,
    },
    /// Another loaded deck has this id.
    IdTaken {
        deck_id: String,
    },
    CreateFolder {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl std::fmt::Display for CardDeckError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            CardDeckError::Deck(e) => e.to_string(),
            CardDeckError::Exists { path } => {
                tr!("import-error-exists", path = path.display().to_string())
            }
            CardDeckError::IdTaken { deck_id } => {
                tr!("import-error-id-taken", id = deck_id.as_str())
            }
            CardDeckError::CreateFolder { path, source } => tr!(
                "import-error-create-folder",
                path = path.display().to_string(),
                reason = crate::i18n::io_reason(source)
            ),
            CardDeckError::Write { path, source } => tr!(
                "import-error-write",
                path = path.display().to_string(),
                reason = crate::i18n::io_reason(source)
            ),
        };
        f.write_str(&text)
    }
}

/// The largest file imported. A review log of ten years of daily study is some 50 MB,
/// an export of cards that fill a deck file (`deck::limits::MAX_DECK_BYTES`) little more;
/// a larger file is no export of either and is refused before it is read.
pub const MAX_IMPORT_BYTES: u64 = 256 * 1024 * 1024;

/// What a file to import holds, as recognised from its first line.
pub enum ImportFile {
    Cards(CardImport),
    /// The answers, and the rows left out because they cannot be real answers.
    ReviewLog(LogFile),
}

/// Reads a file to import: a review log when its header is the FSRS tools' one, else
/// flashcards (an Anki text export or Quizlet's term<TAB>definition lines). `now_ms` is
/// the present, which no answer of a review log may lie far beyond.
pub fn read_import_file(path: &Path, now_ms: i64) -> Result<ImportFile, ImportFileError> {
    let bytes =
        read_bounded(path, MAX_IMPORT_BYTES).map_err(|source| ImportFileError::Unreadable {
            path: path.to_path_buf(),
            source,
        })?;
    // A zero byte is valid UTF-8 but never text: UTF-16 (every other byte zero) or a
    // binary file would otherwise come in as cards full of invisible characters.
    if let Some(zero) = memchr::memchr(0, &bytes) {
        let line = memchr::memchr_iter(b'\n', &bytes[..zero]).count() + 1;
        return Err(ImportFileError::ZeroByte {
            path: path.to_path_buf(),
            line,
        });
    }
    let text = String::from_utf8(bytes).map_err(|_| ImportFileError::NotUtf8 {
        path: path.to_path_buf(),
    })?;
    let first_line = text
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or("");
    if first_line
        .replace(' ', "")
        .starts_with("card_id,review_rating")
    {
        let log = read_rows(text.as_bytes(), now_ms).map_err(|source| ImportFileError::Log {
            path: path.to_path_buf(),
            source,
        })?;
        Ok(ImportFile::ReviewLog(log))
    } else {
        Ok(ImportFile::Cards(read_cards(&text)))
    }
}

/// Every row of a review log left out, as `file:line: why; left out`.
pub fn log_row_problems(refused: &[RefusedRow], file: &Path) -> Vec<String> {
    refused
        .iter()
        .map(|r| {
            tr!(
                "import-log-row-left-out",
                file = file.display().to_string(),
                line = r.line.to_string(),
                why = r.refusal.to_string()
            )
        })
        .collect()
}

/// What the learner asked of a card import.
pub struct CardImportOptions<'a> {
    pub deck_id: Option<&'a str>,
    pub title: Option<&'a str>,
    /// Write over a deck file of the same name (a newer export of the same cards).
    pub replace: bool,
    /// Only show what would be imported.
    pub dry_run: bool,
}

/// Every line that gave no card, as `file:line: problem`.
pub fn card_problems(import: &CardImport, file: &Path) -> Vec<String> {
    import
        .problems
        .iter()
        .map(|p| format!("{}:{}: {}", file.display(), p.line, p.trouble))
        .collect()
}

/// The title a deck imported from `file` gets unless the learner gives one: the file's
/// name without its extension. Control characters in a name (Linux allows them) are left
/// out: they would be carried into every screen and listing of the deck.
pub fn default_title(file: &Path) -> String {
    file.file_stem()
        .map(|s| {
            s.to_string_lossy()
                .chars()
                .filter(|c| !c.is_control())
                .collect()
        })
        .unwrap_or_else(|| tr!("import-default-title"))
}

/// Writes the cards as a deck file in `decks_folder`; returns its path. Refuses to
/// overwrite a deck file unless `replace`, and a deck id another loaded deck has.
pub fn write_card_deck(
    import: &CardImport,
    file: &Path,
    decks_folder: &Path,
    loaded_deck_ids: &[String],
    options: &CardImportOptions<'_>,
) -> Result<PathBuf, CardDeckError> {
    let stem = default_title(file);
    let deck_id = options
        .deck_id
        .map_or_else(|| id_from(&stem), str::to_string);
    let title = options.title.unwrap_or(&stem);
    let origin = file
        .file_name()
        .map_or(stem.clone(), |n| n.to_string_lossy().into_owned());
    let text = deck_file(&import.cards, &deck_id, title, &origin)?;
    let target = decks_folder.join(format!("{deck_id}.toml"));
    if target.exists() && !options.replace {
        return Err(CardDeckError::Exists { path: target });
    }
    if !target.exists() && loaded_deck_ids.contains(&deck_id) {
        return Err(CardDeckError::IdTaken { deck_id });
    }
    if options.dry_run {
        return Ok(target);
    }
    std::fs::create_dir_all(decks_folder).map_err(|source| CardDeckError::CreateFolder {
        path: decks_folder.to_path_buf(),
        source,
    })?;
    crate::durable_file::write_durably(&target, text.as_bytes()).map_err(|source| {
        CardDeckError::Write {
            path: target.clone(),
            source,
        }
    })?;
    Ok(target)
}
