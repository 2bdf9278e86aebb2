//! A file to import, recognised and read: flashcards from Anki or Quizlet, or a review
//! log in the FSRS tools' CSV format; and the cards written as a new deck file of the
//! learner's deck folder. Used by `factdeck import` and the import screen alike.

use crate::bounded_file::read_bounded;
use crate::interop::flashcards::{CardImport, deck_file, id_from, read_cards};
use crate::interop::revlog_csv::{LogFile, RefusedRow, read_rows};
use std::path::{Path, PathBuf};

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
pub fn read_import_file(path: &Path, now_ms: i64) -> Result<ImportFile, String> {
    let bytes = read_bounded(path, MAX_IMPORT_BYTES)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    // A zero byte is valid UTF-8 but never text: UTF-16 (every other byte zero) or a
    // binary file would otherwise come in as cards full of invisible characters.
    if let Some(zero) = memchr::memchr(0, &bytes) {
        let line = memchr::memchr_iter(b'\n', &bytes[..zero]).count() + 1;
        return Err(format!(
            "{}:{line}: the file holds a zero byte, so it is not UTF-8 text (perhaps UTF-16, or \
             not text at all); export it from Anki or Quizlet as plain UTF-8 text",
            path.display()
        ));
    }
    let text = String::from_utf8(bytes).map_err(|_| {
        format!(
            "{} is not UTF-8 text; export it from Anki or Quizlet as plain text",
            path.display()
        )
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
        let log =
            read_rows(text.as_bytes(), now_ms).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(ImportFile::ReviewLog(log))
    } else {
        Ok(ImportFile::Cards(read_cards(&text)))
    }
}

/// Every row of a review log left out, as `file:line: why; left out`.
pub fn log_row_problems(refused: &[RefusedRow], file: &Path) -> Vec<String> {
    refused
        .iter()
        .map(|r| format!("{}:{}: {}; left out", file.display(), r.line, r.refusal))
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
        .map(|p| format!("{}:{}: {}", file.display(), p.line, p.message))
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
        .unwrap_or_else(|| "importiert".to_string())
}

/// Writes the cards as a deck file in `decks_folder`; returns its path. Refuses to
/// overwrite a deck file unless `replace`, and a deck id another loaded deck has.
pub fn write_card_deck(
    import: &CardImport,
    file: &Path,
    decks_folder: &Path,
    loaded_deck_ids: &[String],
    options: &CardImportOptions<'_>,
) -> Result<PathBuf, String> {
    let stem = default_title(file);
    let deck_id = options
        .deck_id
        .map_or_else(|| id_from(&stem), str::to_string);
    let title = options.title.unwrap_or(&stem);
    let origin = file
        .file_name()
        .map_or(stem.clone(), |n| n.to_string_lossy().into_owned());
    let text = deck_file(&import.cards, &deck_id, title, &origin).map_err(|e| e.to_string())?;
    let target = decks_folder.join(format!("{deck_id}.toml"));
    if target.exists() && !options.replace {
        return Err(format!(
            "{} exists already: pass --replace to update it (cards whose question is \
             unchanged keep their progress), or --deck-id to make another deck",
            target.display()
        ));
    }
    if !target.exists() && loaded_deck_ids.contains(&deck_id) {
        return Err(format!(
            "a deck with the id `{deck_id}` is loaded already; choose another with --deck-id"
        ));
    }
    if options.dry_run {
        return Ok(target);
    }
    std::fs::create_dir_all(decks_folder)
        .map_err(|e| format!("cannot create {}: {e}", decks_folder.display()))?;
    // Written beside and renamed, so a failed write never leaves half a deck file.
    let partial = target.with_extension("toml.partial");
    std::fs::write(&partial, text)
        .and_then(|()| std::fs::rename(&partial, &target))
        .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    Ok(target)
}
