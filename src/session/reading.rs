//! What the reading screen needs from the collection: each fact's mastery, and the
//! learner's copy of the article, read from its file and remembered with the progress.

use super::{Collection, SessionError};
use crate::reading::ArticleError;
use crate::stats::{CardStatus, FactMastery, fact_mastery};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The learner's copy of the article, as read from its file.
pub struct Article {
    /// The file, as an absolute path (what is remembered for the next start).
    pub path: PathBuf,
    pub text: Arc<str>,
}

impl Article {
    /// Reads the article file at `path`.
    pub fn read(path: &Path) -> Result<Article, ArticleError> {
        let text = crate::reading::read_article(path)?;
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        Ok(Article {
            path,
            text: text.into(),
        })
    }

    /// The file's name without its folder, as the screens show it.
    pub fn file_name(&self) -> String {
        file_name(&self.path)
    }
}

/// A path's file name without its folder (the whole path when it has none).
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or(path.display().to_string(), |n| n.to_string_lossy().into())
}

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
