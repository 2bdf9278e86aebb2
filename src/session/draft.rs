//! A deck drafted from an article, for the window: the article's file read and its facts
//! proposed, and the facts the learner accepted saved as a deck of their deck folder
//! (`decks/` in the data folder), where it loads like any other.

use super::{Collection, SessionError};
use crate::draft::{Draft, DraftOptions, draft};
use crate::reading::read_article;
use std::path::{Path, PathBuf};

/// An article read from its file, with the facts proposed for it.
pub struct DraftedArticle {
    pub path: PathBuf,
    pub text: String,
    pub draft: Draft,
}

/// Reads the article at `path` and proposes its facts; a text without a heading for its
/// title is named after its file.
pub fn draft_article(path: &Path, options: &DraftOptions) -> Result<DraftedArticle, SessionError> {
    let text = read_article(path)?;
    let options = DraftOptions {
        fallback_title: path.file_stem().map(|s| s.to_string_lossy().into_owned()),
        ..options.clone()
    };
    let draft = draft(&text, &options)?;
    Ok(DraftedArticle {
        path: path.to_path_buf(),
        text,
        draft,
    })
}

impl Collection {
    /// Saves the proposals of `draft` that `keep` accepts as the deck file `ID.toml` of the
    /// data folder's `decks` folder, and returns its path. Refuses an id another deck has
    /// and never writes over a file. The deck is loaded when the collection is opened next.
    pub fn save_drafted_deck(
        &self,
        draft: &Draft,
        keep: impl Fn(usize) -> bool,
    ) -> Result<PathBuf, SessionError> {
        self.writable()?;
        let data_dir = self.data_dir().ok_or(SessionError::NoDataDir)?;
        let text = draft.deck_text(keep)?;
        if self.deck(&draft.id).is_some() {
            return Err(SessionError::DeckIdTaken(draft.id.clone()));
        }
        let folder = crate::paths::decks_folder(data_dir);
        let target = folder.join(format!("{}.toml", draft.id));
        if target.exists() {
            return Err(SessionError::DeckFileExists(target.display().to_string()));
        }
        let write_failed = |e: std::io::Error| SessionError::DeckNotWritten {
            path: target.display().to_string(),
            reason: e,
        };
        std::fs::create_dir_all(&folder).map_err(write_failed)?;
        crate::durable_file::write_durably(&target, text.as_bytes()).map_err(write_failed)?;
        Ok(target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;
    use std::sync::Arc;

    const ARTICLE: &str = "Hochwasser\n\nDer Pegel steigt\n\nAm Dienstag erreichte der Fluss in Frankfurt einen Stand von 6,12 Metern. Mehr als 12.000 Menschen haben ihre Häuser verlassen.\n";

    fn opened(dir: &Path) -> Collection {
        let clock = Arc::new(ManualClock::at_utc("2026-11-27T09:00:00Z", 1));
        Collection::open(dir, &[], clock).expect("opens")
    }

    fn article(dir: &Path) -> DraftedArticle {
        let path = dir.join("artikel.txt");
        std::fs::write(&path, ARTICLE).expect("written");
        draft_article(&path, &DraftOptions::default()).expect("drafted")
    }

    #[test]
    fn the_accepted_facts_become_a_deck_the_collection_loads() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let drafted = article(dir.path());
        let first_two = |i: usize| i < 2;
        let saved = opened(dir.path())
            .save_drafted_deck(&drafted.draft, first_two)
            .expect("saved");
        assert_eq!(saved, dir.path().join("decks/hochwasser.toml"));
        let collection = opened(dir.path());
        let deck = collection.deck("hochwasser").expect("the deck loads");
        assert_eq!(deck.facts.len(), 2);
    }

    #[test]
    fn a_deck_file_is_never_written_over() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let drafted = article(dir.path());
        let collection = opened(dir.path());
        collection
            .save_drafted_deck(&drafted.draft, |_| true)
            .expect("saved once");
        assert!(matches!(
            collection.save_drafted_deck(&drafted.draft, |_| true),
            Err(SessionError::DeckFileExists(_))
        ));
    }

    #[test]
    fn nothing_accepted_is_nothing_saved() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let drafted = article(dir.path());
        let result = opened(dir.path()).save_drafted_deck(&drafted.draft, |_| false);
        assert!(matches!(
            result,
            Err(SessionError::Draft(
                crate::draft::DraftError::NothingAccepted
            ))
        ));
        assert!(!dir.path().join("decks/hochwasser.toml").exists());
    }
}
