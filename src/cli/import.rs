//! `factdeck import`'s output: the preview of the cards a file yields, and what adding a
//! review log did (reading and writing the files is `interop::import_file`).

use crate::interop::flashcards::CardImport;
use crate::interop::revlog_csv::LogRow;
use crate::session::{Collection, LogImport};
use std::path::Path;

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
