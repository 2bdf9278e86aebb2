//! `factdeck import`: flashcards from an Anki or Quizlet export become a new deck, or a
//! review log joins the progress. The output: the preview of the cards a file yields, and
//! what adding a review log did (reading and writing the files is `interop::import_file`).

use super::command_data_dir;
use crate::clock::{Clock, SystemClock};
use crate::interop::flashcards::CardImport;
use crate::interop::flashcards::DeckFileError;
use crate::interop::import_file::CardDeckError;
use crate::interop::revlog_csv::LogRow;
use crate::session::{Collection, LogImport, SessionError};
use crate::tr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

/// How many cards the preview lists before "… and N more".
const PREVIEW_CARDS: usize = 10;

/// The preview of a card import: the cards it found and every line it could not read,
/// as lines to print.
pub fn card_preview(import: &CardImport, file: &Path) -> Vec<String> {
    let mut lines = vec![tr!(
        "cli-import-cards-read",
        count = import.cards.len(),
        file = file.display().to_string(),
        source = import.source.to_string()
    )];
    for card in import.cards.iter().take(PREVIEW_CARDS) {
        lines.push(tr!(
            "cli-import-card",
            line = format!("{:>4}", card.line),
            question = card.question.as_str(),
            answer = card.answer.as_str()
        ));
    }
    if import.cards.len() > PREVIEW_CARDS {
        lines.push(format!(
            "  {}",
            tr!("import-more", count = import.cards.len() - PREVIEW_CARDS)
        ));
    }
    lines
}

/// Adds a review log to the progress and says what happened, as lines to print.
pub fn import_review_log(
    collection: &mut Collection,
    rows: &[LogRow],
) -> Result<Vec<String>, String> {
    let report: LogImport = collection
        .import_review_log(rows)
        .map_err(|e| e.to_string())?;
    let mut lines = vec![tr!(
        "cli-import-log-added",
        count = report.added,
        cards = report.cards
    )];
    if report.already_there > 0 {
        lines.push(tr!(
            "cli-import-log-already-there",
            count = report.already_there
        ));
    }
    if report.older_than_own > 0 {
        lines.push(tr!(
            "cli-import-log-older-than-own",
            count = report.older_than_own
        ));
    }
    if report.to_unknown_cards > 0 {
        lines.push(tr!(
            "cli-import-log-unknown-cards",
            count = report.to_unknown_cards
        ));
    }
    Ok(lines)
}

/// A deck not written, in the command line's words: its flags name the way out.
fn card_deck_error(error: &CardDeckError) -> String {
    match error {
        CardDeckError::Exists { path } => {
            tr!("cli-import-exists", path = path.display().to_string())
        }
        CardDeckError::IdTaken { deck_id } => {
            tr!("cli-import-id-taken", id = deck_id.as_str())
        }
        CardDeckError::Deck(DeckFileError::BadDeckId(id)) => {
            tr!("cli-import-bad-deck-id", id = id.as_str())
        }
        CardDeckError::Deck(DeckFileError::BadTitle(code)) => {
            tr!("cli-import-bad-title", code = format!("U+{code:04X}"))
        }
        other => other.to_string(),
    }
}

/// `factdeck import FILE`: shows what the file holds and every line it could not read, then
/// writes the deck or adds the review log (not with `--dry-run`).
pub fn run(
    data_dir_flag: Option<&Path>,
    deck_folders: &[PathBuf],
    file: &Path,
    options: &crate::interop::import_file::CardImportOptions<'_>,
) -> Result<ExitCode, String> {
    use crate::interop::import_file::{
        ImportFile, card_problems, log_row_problems, read_import_file, write_card_deck,
    };
    let dir = command_data_dir(data_dir_flag)?;
    let now_ms = crate::clock::to_millis(SystemClock.now());
    match read_import_file(file, now_ms).map_err(|e| e.to_string())? {
        ImportFile::Cards(import) => {
            for line in card_preview(&import, file) {
                say!("{line}");
            }
            let problems = card_problems(&import, file);
            for problem in &problems {
                tell!("{problem}");
            }
            if !problems.is_empty() {
                tell!(
                    "{}",
                    tr!("cli-import-lines-left-out", count = problems.len())
                );
            }
            if import.cards.is_empty() {
                return Err(tr!(
                    "cli-import-no-cards",
                    path = file.display().to_string()
                ));
            }
            let target = if options.dry_run {
                // A dry run writes nothing, not even a progress file: only the decks are read.
                let loaded = super::decks_for_export(Some(&dir), deck_folders);
                let ids: Vec<String> = loaded.decks.iter().map(|d| d.id.clone()).collect();
                write_card_deck(
                    &import,
                    file,
                    &crate::paths::decks_folder(&dir),
                    &ids,
                    options,
                )
                .map_err(|e| card_deck_error(&e))?
            } else {
                // Opening the collection takes the data folder's lock, as a review log's
                // import does: while a window holds it, the deck is refused the same way.
                let collection = Collection::open(&dir, deck_folders, Arc::new(SystemClock))
                    .map_err(|e| e.to_string())?;
                collection
                    .write_imported_deck(&import, file, options)
                    .map_err(|e| match e {
                        SessionError::CardImport(e) => card_deck_error(&e),
                        other => other.to_string(),
                    })?
            };
            if options.dry_run {
                say!(
                    "{}",
                    tr!(
                        "cli-import-dry-run-deck",
                        path = target.display().to_string()
                    )
                );
            } else {
                say!(
                    "{}",
                    tr!(
                        "cli-import-wrote",
                        path = target.display().to_string(),
                        count = import.cards.len()
                    )
                );
            }
        }
        ImportFile::ReviewLog(log) => {
            let rows = log.rows;
            say!(
                "{}",
                tr!(
                    "cli-import-log-read",
                    count = rows.len(),
                    file = file.display().to_string()
                )
            );
            let left_out = log_row_problems(&log.refused, file);
            for line in &left_out {
                tell!("{line}");
            }
            if !left_out.is_empty() {
                tell!(
                    "{}",
                    tr!("cli-import-log-rows-left-out", count = left_out.len())
                );
            }
            if options.dry_run {
                say!("{}", tr!("cli-import-dry-run"));
                return Ok(ExitCode::SUCCESS);
            }
            let mut collection = Collection::open(&dir, deck_folders, Arc::new(SystemClock))
                .map_err(|e| e.to_string())?;
            for line in import_review_log(&mut collection, &rows)? {
                say!("{line}");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
