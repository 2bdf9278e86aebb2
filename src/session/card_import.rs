//! Imported flashcards written as a deck file of the learner's deck folder, under the same
//! rule as every other write: only the factdeck holding the data folder's lock writes.

use super::{Collection, SessionError};
use crate::clock::to_millis;
use crate::interop::flashcards::CardImport;
use crate::interop::import_file::{
    CardImportOptions, ImportFile, ImportFileError, read_import_file, write_card_deck,
};
use crate::paths;
use std::path::{Path, PathBuf};

impl Collection {
    /// Reads an Anki or Quizlet export, or a review log, to be shown before anything is
    /// written; answers dated after now are refused. Reading is allowed in a read-only
    /// window: only writing is not.
    pub fn read_import_file(&self, path: &Path) -> Result<ImportFile, ImportFileError> {
        read_import_file(path, to_millis(self.now()))
    }

    /// Writes the cards of `import` (read from `file`) as a new deck in the data folder's
    /// deck folder; returns the deck file's path. Refused, like an answer or a review log,
    /// while another factdeck holds the folder: a deck written beside it would appear in
    /// that window's deck folder unannounced. A dry run only says where it would go.
    pub fn write_imported_deck(
        &self,
        import: &CardImport,
        file: &Path,
        options: &CardImportOptions<'_>,
    ) -> Result<PathBuf, SessionError> {
        if !options.dry_run {
            self.writable()?;
        }
        let Some(data_dir) = self.data_dir() else {
            return Err(SessionError::NoDataDir);
        };
        let ids: Vec<String> = self.decks().iter().map(|d| d.id.clone()).collect();
        write_card_deck(import, file, &paths::decks_folder(data_dir), &ids, options)
            .map_err(SessionError::CardImport)
    }
}
