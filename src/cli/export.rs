//! `factdeck export`: the decks' generated questions (JSON), Anki notes, or the learner's
//! review log (CSV), to a file or standard output, without opening a window.

use super::{command_data_dir, put_data};
use crate::clock::SystemClock;
use crate::deck::{Deck, LoadedDecks, load_decks};
use crate::export::ExportFormat;
use crate::interop::revlog_csv::write_rows;
use crate::session::Collection;
use crate::tr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

/// The decks `export` reads: the built-in ones, the data directory's own (where there is
/// one) and `--decks` folders. No progress is opened.
pub fn decks_for_export(data_dir: Option<&Path>, deck_folders: &[PathBuf]) -> LoadedDecks {
    let mut folders: Vec<PathBuf> = crate::paths::data_dir(data_dir)
        .map(|dir| crate::paths::decks_folder(&dir))
        .filter(|folder| folder.is_dir())
        .into_iter()
        .collect();
    folders.extend(deck_folders.iter().cloned());
    load_decks(&folders)
}

/// Every loaded deck, or the one with `deck_id`; a clear message if there is no such deck.
pub fn chosen_decks<'d>(
    loaded: &'d LoadedDecks,
    deck_id: Option<&str>,
) -> Result<Vec<&'d Deck>, String> {
    match deck_id {
        None => Ok(loaded.decks.iter().collect()),
        Some(id) => match loaded.deck(id) {
            Some(deck) => Ok(vec![deck]),
            None => {
                let known: Vec<&str> = loaded.decks.iter().map(|d| d.id.as_str()).collect();
                Err(tr!("cli-export-no-deck", id = id, known = known.join(", ")))
            }
        },
    }
}
/// `factdeck export`: writes the decks' questions, Anki notes or the review log.
pub fn run(
    data_dir_flag: Option<&Path>,
    deck_folders: &[PathBuf],
    format: ExportFormat,
    deck_id: Option<&str>,
    out: Option<&Path>,
) -> Result<ExitCode, String> {
    let text = if format == ExportFormat::Revlog {
        let dir = command_data_dir(data_dir_flag)?;
        let collection = Collection::open(&dir, deck_folders, Arc::new(SystemClock))
            .map_err(|e| e.to_string())?;
        let rows = collection.review_log_rows().map_err(|e| e.to_string())?;
        let mut csv = Vec::new();
        write_rows(&rows, &mut csv)
            .map_err(|e| tr!("cli-export-log-not-written", reason = e.to_string()))?;
        tell!("{}", tr!("cli-export-log-answers", count = rows.len()));
        String::from_utf8_lossy(&csv).trim_end().to_string()
    } else {
        let loaded = decks_for_export(data_dir_flag, deck_folders);
        for problem in &loaded.problems {
            tell!("{problem}");
        }
        let decks = chosen_decks(&loaded, deck_id)?;
        let text = crate::export::export(&decks, format)
            .map_err(|e| tr!("cli-export-not-written", reason = e.to_string()))?;
        // JSON escapes mean the same characters, so the file reads back the same and is
        // safe to look at on a terminal.
        match format {
            ExportFormat::Json => crate::terminal::escape_json(&text).into_owned(),
            _ => text,
        }
    };
    match out {
        Some(path) => {
            std::fs::write(path, text + "\n").map_err(|e| {
                tr!(
                    "cli-cannot-write",
                    path = path.display().to_string(),
                    reason = crate::i18n::io_reason(&e)
                )
            })?;
            tell!("{}", tr!("cli-wrote", path = path.display().to_string()));
        }
        None => put_data(&text, format == ExportFormat::Json),
    }
    Ok(ExitCode::SUCCESS)
}
