//! `factdeck import`: flashcards from an Anki or Quizlet export become a new deck, or a
//! review log joins the progress. The output: the preview of the cards a file yields, and
//! what adding a review log did (reading and writing the files is `interop::import_file`).

use super::command_data_dir;
use crate::clock::{Clock, SystemClock};
use crate::interop::flashcards::CardImport;
use crate::interop::revlog_csv::LogRow;
use crate::session::{Collection, LogImport};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

/// How many cards the preview lists before "… and N more".
const PREVIEW_CARDS: usize = 10;

/// The preview of a card import: the cards it found and every line it could not read,
/// as lines to print.
pub fn card_preview(import: &CardImport, file: &Path) -> Vec<String> {
    let mut lines = vec![format!(
        "{} card(s) read from {} ({}):",
        import.cards.len(),
        file.display(),
        import.source
    )];
    for card in import.cards.iter().take(PREVIEW_CARDS) {
        lines.push(format!(
            "  line {:>4}: {}  ->  {}",
            card.line, card.question, card.answer
        ));
    }
    if import.cards.len() > PREVIEW_CARDS {
        lines.push(format!(
            "  … and {} more",
            import.cards.len() - PREVIEW_CARDS
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
    let mut lines = vec![format!(
        "{} answer(s) of {} card(s) added to your progress.",
        report.added, report.cards
    )];
    if report.already_there > 0 {
        lines.push(format!(
            "{} answer(s) were there already and were left alone.",
            report.already_there
        ));
    }
    if report.older_than_own > 0 {
        lines.push(format!(
            "{} answer(s) were left out: they are older than answers you already gave those cards.",
            report.older_than_own
        ));
    }
    if report.to_unknown_cards > 0 {
        lines.push(format!(
            "{} of the answers belong to cards none of your decks has; they count in your \
             statistics and for \"Optimise for me\".",
            report.to_unknown_cards
        ));
    }
    Ok(lines)
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
    match read_import_file(file, now_ms)? {
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
                    "{} line(s) could not be read and were left out",
                    problems.len()
                );
            }
            if import.cards.is_empty() {
                return Err(format!("no card could be read from {}", file.display()));
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
                )?
            } else {
                // Opening the collection takes the data folder's lock, as a review log's
                // import does: while a window holds it, the deck is refused the same way.
                let collection = Collection::open(&dir, deck_folders, Arc::new(SystemClock))
                    .map_err(|e| e.to_string())?;
                collection
                    .write_imported_deck(&import, file, options)
                    .map_err(|e| e.to_string())?
            };
            if options.dry_run {
                say!(
                    "Nothing written (--dry-run); the deck would be {}.",
                    target.display()
                );
            } else {
                say!(
                    "Wrote {} with {} question(s); it is among your decks from the next start.",
                    target.display(),
                    import.cards.len()
                );
            }
        }
        ImportFile::ReviewLog(log) => {
            let rows = log.rows;
            say!("{} answer(s) read from {}.", rows.len(), file.display());
            let left_out = log_row_problems(&log.refused, file);
            for line in &left_out {
                tell!("{line}");
            }
            if !left_out.is_empty() {
                tell!(
                    "{} row(s) were left out: they cannot be real answers (see above); the others are imported",
                    left_out.len()
                );
            }
            if options.dry_run {
                say!("Nothing written (--dry-run).");
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
