//! Large deck files are parsed once and then read from a copy in the data folder, until the
//! file changes. The copy must never show the learner anything but what the file says now.

use factdeck::deck::{CACHED_FROM_BYTES, DeckCache, LoadedDecks, load_decks_with_cache};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// A deck file just over the size from which decks are cached; `answer` is the answer of
/// its first fact.
fn large_deck(answer: &str) -> String {
    let mut text = String::from(
        "[deck]\nid = \"gross\"\ntitle = \"Großes Deck\"\n\n[[topics]]\nid = \"t\"\nname = \"Thema\"\n\n",
    );
    let mut i = 0;
    while text.len() <= CACHED_FROM_BYTES {
        let answer = if i == 0 {
            answer.to_string()
        } else {
            format!("Antwort {i}")
        };
        let _ = write!(
            text,
            "[[facts]]\nid = \"f{i}\"\ntopic = \"t\"\nkind = \"reason\"\n\
             question = \"Warum geschah Ereignis {i} im Jahr nach dem Treffen?\"\nanswer = \"{answer}\"\n\n"
        );
        i += 1;
    }
    text
}

struct Folders {
    _root: tempfile::TempDir,
    decks: PathBuf,
    cache: PathBuf,
}

impl Folders {
    fn new() -> Folders {
        let root = tempfile::tempdir().unwrap();
        let decks = root.path().join("decks");
        std::fs::create_dir(&decks).unwrap();
        Folders {
            decks,
            cache: root.path().join("cache"),
            _root: root,
        }
    }

    fn write(&self, text: &str) -> PathBuf {
        let file = self.decks.join("gross.toml");
        std::fs::write(&file, text).unwrap();
        file
    }

    fn load(&self) -> LoadedDecks {
        load_decks_with_cache(
            std::slice::from_ref(&self.decks),
            Some(&DeckCache::new(&self.cache)),
        )
    }

    fn copies(&self) -> Vec<PathBuf> {
        match std::fs::read_dir(&self.cache) {
            Ok(entries) => entries.map(|e| e.unwrap().path()).collect(),
            Err(_) => Vec::new(),
        }
    }
}

fn origin(file: &Path) -> String {
    file.display().to_string()
}

fn first_answer(loaded: &LoadedDecks) -> String {
    let deck = loaded.deck("gross").expect("the large deck loads");
    deck.cards[0].answer.clone()
}

#[test]
fn a_large_deck_read_again_comes_from_its_copy_exactly_as_parsed() {
    let folders = Folders::new();
    let text = large_deck("Wegen des Wetters.");
    let file = folders.write(&text);
    let parsed = folders.load();
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    assert_eq!(folders.copies().len(), 1, "one copy is kept");
    let copy = DeckCache::new(&folders.cache)
        .get(&origin(&file), &text)
        .expect("the copy is used for the same text");
    assert_eq!(Some(&copy), parsed.deck("gross"));
    assert_eq!(folders.load().deck("gross"), parsed.deck("gross"));
}

#[test]
fn a_changed_deck_file_is_read_anew() {
    let folders = Folders::new();
    folders.write(&large_deck("Wegen des Wetters."));
    assert_eq!(first_answer(&folders.load()), "Wegen des Wetters.");
    // Same length, other words: only the contents tell the two apart.
    folders.write(&large_deck("Wegen der Reise."));
    assert_eq!(first_answer(&folders.load()), "Wegen der Reise.");
    assert_eq!(folders.copies().len(), 1, "the old copy is replaced");
}

#[test]
fn a_damaged_copy_is_ignored_and_replaced() {
    let folders = Folders::new();
    let text = large_deck("Wegen des Wetters.");
    let file = folders.write(&text);
    let parsed = folders.load();
    let copy = folders.copies().remove(0);
    let mut bytes = std::fs::read(&copy).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x55;
    std::fs::write(&copy, &bytes).unwrap();
    assert_eq!(
        DeckCache::new(&folders.cache).get(&origin(&file), &text),
        None
    );
    assert_eq!(folders.load().deck("gross"), parsed.deck("gross"));
    assert!(
        DeckCache::new(&folders.cache)
            .get(&origin(&file), &text)
            .is_some(),
        "a sound copy is written again"
    );
}

#[test]
fn a_deck_with_problems_is_not_kept_and_its_problems_are_named_every_time() {
    let folders = Folders::new();
    let broken = large_deck("Wegen des Wetters.").replace("kind = \"reason\"", "kind = \"grund\"");
    folders.write(&broken);
    for _ in 0..2 {
        let loaded = folders.load();
        assert!(loaded.deck("gross").is_none());
        assert!(
            loaded
                .problems
                .iter()
                .any(|p| p.to_string().contains("grund")),
            "{:?}",
            loaded.problems
        );
    }
    assert!(folders.copies().is_empty());
}

#[test]
fn small_decks_are_parsed_every_time_without_a_copy() {
    let folders = Folders::new();
    let small = "[deck]\nid = \"klein\"\ntitle = \"Klein\"\n\n[[topics]]\nid = \"t\"\nname = \"T\"\n\n\
                 [[facts]]\nid = \"a\"\ntopic = \"t\"\nkind = \"reason\"\nquestion = \"Warum?\"\nanswer = \"Darum.\"\n";
    std::fs::write(folders.decks.join("klein.toml"), small).unwrap();
    assert!(folders.load().deck("klein").is_some());
    assert!(folders.copies().is_empty());
}

#[test]
fn the_copy_of_a_deleted_deck_file_is_removed_at_the_next_load() {
    let folders = Folders::new();
    let file = folders.write(&large_deck("Wegen des Wetters."));
    folders.load();
    assert_eq!(folders.copies().len(), 1);
    std::fs::remove_file(file).unwrap();
    assert!(folders.load().deck("gross").is_none());
    assert!(folders.copies().is_empty(), "{:?}", folders.copies());
}
