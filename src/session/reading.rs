//! What the reading screen needs from the collection: each fact's mastery and the
//! learner's article file, remembered with the progress.

use super::{Collection, SessionError};
use crate::stats::{CardStatus, FactMastery, fact_mastery};
use std::path::{Path, PathBuf};

/// The setting that holds the path of the learner's copy of the article.
const ARTICLE_PATH: &str = "reading.article_path";

impl Collection {
    /// How well each fact of a deck is known now, in the order of its facts (the measure
    /// of the statistics' mastery). An unknown deck has none.
    pub fn fact_mastery(&self, deck_id: &str) -> Vec<FactMastery> {
        let Some(deck) = self.deck(deck_id) else {
            return Vec::new();
        };
        let states = self.states_in(deck_id);
        let suspended = self.suspended_in(deck_id);
        let cards: Vec<CardStatus<'_>> = deck
            .cards
            .iter()
            .enumerate()
            .map(|(i, c)| (states.get(i), suspended.contains(c.id.as_str())))
            .collect();
        fact_mastery(deck, &cards, self.scheduler(), self.now())
    }

    /// The article file the learner opened last, if any.
    pub fn article_path(&self) -> Result<Option<PathBuf>, SessionError> {
        Ok(self.store().setting(ARTICLE_PATH)?.map(PathBuf::from))
    }

    /// Remembers the article file, to open it again on the next start.
    pub fn remember_article_path(&mut self, path: &Path) -> Result<(), SessionError> {
        self.writable()?;
        let text = path
            .to_str()
            .ok_or_else(|| SessionError::PathNotUnicode(path.display().to_string()))?;
        self.store_mut().set_setting(ARTICLE_PATH, text)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;
    use std::sync::Arc;

    #[test]
    fn the_article_path_is_remembered_with_the_progress() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let clock = Arc::new(ManualClock::at_utc("2026-11-27T09:00:00Z", 1));
        let path = dir.path().join("mein artikel.txt");
        {
            let mut collection = Collection::open(dir.path(), &[], clock.clone()).expect("opens");
            assert_eq!(collection.article_path().expect("reads"), None);
            collection.remember_article_path(&path).expect("saved");
        }
        let collection = Collection::open(dir.path(), &[], clock).expect("opens again");
        assert_eq!(collection.article_path().expect("reads"), Some(path));
    }
}
