//! Rewording a fact from the window: the learner's deck file is rewritten with the new
//! wording (nothing else of it changes) and the deck is loaded again, its cards keeping
//! their progress through their ids.
//!
//! A fact of the built-in deck is edited as the learner's own copy: the built-in deck's
//! text, with the change, is written to the data folder's `decks/ID.toml` and marked
//! `replaces_built_in`, so it is studied in the built-in deck's place from then on and
//! the home screen says so plainly (not as the warning a stray file with that id gets).
//! Every other fact of the copy stays as the built-in deck has it.
//!
//! Like every write, refused while the progress is open read-only; the file is written
//! under a temporary name, flushed to disk and renamed over the old one, so a crash
//! leaves the old file or the new one, never half of one.

use super::{Collection, SessionError};
use crate::deck::{
    DeckNotice, FactField, built_in_text, fact_fields, load_str, marked_as_edited_copy,
    with_fact_changed,
};
use crate::paths;
use std::path::PathBuf;

/// Where a fact's new wording was saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedFact {
    pub path: PathBuf,
    /// The fact was in the built-in deck: the learner's copy of that deck was made.
    pub made_copy: bool,
}

impl Collection {
    /// Whether a deck is the one built into the program (edits make the learner's copy).
    pub fn is_built_in(&self, deck_id: &str) -> bool {
        self.deck(deck_id)
            .is_some_and(|deck| built_in_text(&deck.origin).is_some())
    }

    /// The wording of a fact as its deck file has it, for the edit form.
    pub fn fact_fields(
        &self,
        deck_id: &str,
        fact_id: &str,
    ) -> Result<Vec<FactField>, SessionError> {
        let (text, _) = self.deck_text(deck_id)?;
        Ok(fact_fields(&text, fact_id)?)
    }

    /// Saves a fact's new wording in its deck file (for a built-in fact, the learner's
    /// copy of the deck) and loads the deck again. Nothing is written when the new
    /// wording does not make a valid deck: the reason is returned instead.
    pub fn save_fact(
        &mut self,
        deck_id: &str,
        fact_id: &str,
        fields: &[FactField],
    ) -> Result<SavedFact, SessionError> {
        self.writable()?;
        let (text, built_in) = self.deck_text(deck_id)?;
        let mut changed = with_fact_changed(&text, fact_id, fields)?;
        let path = if built_in {
            changed = marked_as_edited_copy(&changed)?;
            let data_dir = self.data_dir().ok_or(SessionError::NoDataDir)?;
            let copy = paths::decks_folder(data_dir).join(format!("{deck_id}.toml"));
            // A file of that name that did not replace the built-in deck is another deck
            // (or a broken one): never written over.
            if copy.exists() {
                return Err(SessionError::DeckFileExists(copy.display().to_string()));
            }
            copy
        } else {
            let deck = self.deck_or_error(deck_id)?;
            PathBuf::from(&deck.origin)
        };
        let shown = path.display().to_string();
        let deck = load_str(&shown, &changed).map_err(|problems| SessionError::FactNotSaved {
            problem: problems.into_iter().next().map(|p| p.problem),
        })?;
        crate::durable_file::write_durably(&path, changed.as_bytes()).map_err(|reason| {
            SessionError::DeckNotWritten {
                path: shown,
                reason,
            }
        })?;
        let notice = self
            .deck_notices()
            .iter()
            .find(|n| n.deck_id() == deck_id)
            .cloned();
        let notice = match built_in {
            true => self
                .deck(deck_id)
                .map(|built_in| DeckNotice::replaces_built_in(&deck, built_in)),
            // An edit leaves what the deck file was to the built-in deck as it was.
            false => notice,
        };
        self.replace_deck(deck, notice)?;
        Ok(SavedFact {
            path,
            made_copy: built_in,
        })
    }

    /// A deck's source text, and whether it is the built-in one.
    fn deck_text(&self, deck_id: &str) -> Result<(String, bool), SessionError> {
        let deck = self.deck_or_error(deck_id)?;
        if let Some(text) = built_in_text(&deck.origin) {
            return Ok((text.to_string(), true));
        }
        std::fs::read_to_string(&deck.origin)
            .map(|text| (text, false))
            .map_err(|reason| SessionError::DeckNotRead {
                path: deck.origin.clone(),
                reason,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;
    use crate::deck::FieldValue;
    use crate::schedule::Rating;
    use crate::session::AnswerDetails;
    use std::path::Path;
    use std::sync::Arc;

    const DECK: &str = "kim-putin-2019";

    fn open(dir: &Path, clock: &ManualClock) -> Collection {
        Collection::open(dir, &[], Arc::new(clock.clone())).expect("opens")
    }

    fn clock() -> ManualClock {
        ManualClock::at_utc("2026-11-27T09:00:00Z", 1)
    }

    fn question(text: &str) -> FactField {
        FactField {
            key: "question".into(),
            value: FieldValue::Text(text.into()),
        }
    }

    /// The first fact of the built-in deck with a `question`, its first card, and that
    /// card answered once.
    fn answered_fact(collection: &mut Collection) -> (String, String) {
        let deck = collection.deck(DECK).expect("built in");
        let card = deck
            .cards
            .iter()
            .find(|c| {
                fact_fields(built_in_text(&deck.origin).unwrap(), &deck.fact_of(c).id)
                    .unwrap()
                    .iter()
                    .any(|f| f.key == "question")
            })
            .expect("a fact with a question");
        let (fact, card) = (deck.fact_of(card).id.clone(), card.id.as_str().to_string());
        collection
            .answer(DECK, &card, Rating::Easy, AnswerDetails::flashcard(3000))
            .expect("saved");
        (fact, card)
    }

    #[test]
    fn editing_a_built_in_fact_makes_the_learners_copy_and_keeps_the_progress() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let clock = clock();
        let mut collection = open(dir.path(), &clock);
        let (fact, card) = answered_fact(&mut collection);
        let before = collection.card_state(DECK, &card);
        let facts = collection.deck(DECK).expect("deck").facts.len();
        let saved = collection
            .save_fact(DECK, &fact, &[question("Neu gefragt?")])
            .expect("saved");
        assert!(saved.made_copy);
        assert_eq!(saved.path, dir.path().join("decks/kim-putin-2019.toml"));
        // In this window at once, and after a restart.
        for collection in [collection, open(dir.path(), &clock)] {
            let deck = collection.deck(DECK).expect("deck");
            assert_eq!(deck.facts.len(), facts, "every unedited fact is kept");
            assert!(!collection.is_built_in(DECK));
            assert!(deck.cards.iter().any(|c| c.prompt == "Neu gefragt?"));
            assert_eq!(collection.card_state(DECK, &card), before);
            assert!(matches!(
                collection.deck_notices(),
                [DeckNotice::EditedCopy { .. }]
            ));
        }
    }

    #[test]
    fn a_second_edit_rewrites_the_learners_copy() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let clock = clock();
        let mut collection = open(dir.path(), &clock);
        let (fact, _) = answered_fact(&mut collection);
        collection
            .save_fact(DECK, &fact, &[question("Erst so?")])
            .expect("saved");
        let saved = collection
            .save_fact(DECK, &fact, &[question("Dann so?")])
            .expect("saved again");
        assert!(!saved.made_copy);
        let text = std::fs::read_to_string(&saved.path).expect("reads");
        assert!(text.contains("\"Dann so?\"") && !text.contains("Erst so?"));
        assert!(!saved.path.with_extension("toml.partial").exists());
    }

    #[test]
    fn a_wording_that_breaks_the_deck_is_refused_and_nothing_written() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let clock = clock();
        let mut collection = open(dir.path(), &clock);
        let (fact, _) = answered_fact(&mut collection);
        let result = collection.save_fact(DECK, &fact, &[question("")]);
        assert!(
            matches!(result, Err(SessionError::FactNotSaved { .. })),
            "{result:?}"
        );
        assert!(!dir.path().join("decks/kim-putin-2019.toml").exists());
        assert!(collection.is_built_in(DECK));
    }

    #[test]
    fn a_read_only_window_refuses_to_edit() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let clock = clock();
        let mut first = open(dir.path(), &clock);
        let (fact, _) = answered_fact(&mut first);
        let mut second = open(dir.path(), &clock);
        assert!(second.read_only_reason().is_some());
        let result = second.save_fact(DECK, &fact, &[question("Nicht hier?")]);
        assert!(
            matches!(result, Err(SessionError::ReadOnly(_))),
            "{result:?}"
        );
        assert!(!dir.path().join("decks/kim-putin-2019.toml").exists());
    }

    #[test]
    fn a_file_with_the_copys_name_is_never_written_over() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let clock = clock();
        let mut collection = open(dir.path(), &clock);
        let (fact, _) = answered_fact(&mut collection);
        let other = dir.path().join("decks/kim-putin-2019.toml");
        std::fs::write(&other, "not a deck").expect("written");
        let result = collection.save_fact(DECK, &fact, &[question("Neu?")]);
        assert!(
            matches!(result, Err(SessionError::DeckFileExists(_))),
            "{result:?}"
        );
        assert_eq!(std::fs::read_to_string(&other).unwrap(), "not a deck");
    }
}
