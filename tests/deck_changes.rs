//! Decks change under the learner's progress: facts are reworded, reordered, added, moved
//! to renamed topics, removed and put back, or given another kind. Each test edits a deck
//! file in the learner's deck folder between two openings of the real `Collection`.

use chrono::Duration;
use factdeck::clock::ManualClock;
use factdeck::deck::DeckNotice;
use factdeck::paths::decks_folder;
use factdeck::schedule::{CardState, Phase, Rating};
use factdeck::session::{AnswerDetails, Collection, NextCard, Scope};
use std::sync::Arc;

const DECK: &str = "aenderungen";

/// A deck file with the given topics (id, name) and facts (TOML of each `[[facts]]`).
fn deck_text(topics: &[(&str, &str)], facts: &[String]) -> String {
    let mut text = format!("[deck]\nid = \"{DECK}\"\ntitle = \"Änderungen\"\n");
    for (id, name) in topics {
        text.push_str(&format!("\n[[topics]]\nid = \"{id}\"\nname = \"{name}\"\n"));
    }
    for fact in facts {
        text.push_str("\n[[facts]]\n");
        text.push_str(fact);
    }
    text
}

fn number(id: &str, topic: &str, question: &str) -> String {
    format!(
        "id = \"{id}\"\nkind = \"number\"\ntopic = \"{topic}\"\nquestion = \"{question}\"\nvalue = 120000\n"
    )
}

fn reason(id: &str, topic: &str, question: &str) -> String {
    format!(
        "id = \"{id}\"\nkind = \"reason\"\ntopic = \"{topic}\"\nquestion = \"{question}\"\nanswer = \"Als Puffer.\"\n"
    )
}

fn statement(id: &str, topic: &str) -> String {
    format!(
        "id = \"{id}\"\nkind = \"statement\"\ntopic = \"{topic}\"\nquestion = \"Was gilt?\"\ntext = \"Nordkorea ist ein Puffer.\"\n"
    )
}

fn person(id: &str, topic: &str) -> String {
    format!(
        "id = \"{id}\"\nkind = \"person\"\ntopic = \"{topic}\"\nname = \"Hans-Georg Maaßen\"\nrole = \"damaliger Verfassungsschutzpräsident\"\n"
    )
}

/// The three facts the tests start from.
fn original_facts() -> Vec<String> {
    vec![
        number("leiharbeiter", "arbeit", "Wie viele Leiharbeiter?"),
        reason("puffer", "lage", "Warum ist Nordkorea wichtig?"),
        person("maassen", "lage"),
    ]
}

const TOPICS: &[(&str, &str)] = &[("arbeit", "Arbeitsexport"), ("lage", "Lage")];

struct Learner {
    data_dir: tempfile::TempDir,
    clock: ManualClock,
}

impl Learner {
    fn new() -> Learner {
        Learner {
            data_dir: tempfile::tempdir().expect("temporary folder"),
            clock: ManualClock::at_utc("2026-11-27T09:00:00Z", 1),
        }
    }

    fn write_deck(&self, text: &str) {
        let folder = decks_folder(self.data_dir.path());
        std::fs::create_dir_all(&folder).expect("deck folder");
        std::fs::write(folder.join("aenderungen.toml"), text).expect("deck written");
    }

    fn open(&self) -> Collection {
        let collection = Collection::open(self.data_dir.path(), &[], Arc::new(self.clock.clone()))
            .expect("the collection opens");
        assert!(
            collection.deck_problems().is_empty(),
            "{:?}",
            collection.deck_problems()
        );
        assert!(collection.deck(DECK).is_some(), "the deck loads");
        collection
    }

    /// Answers each card twice (Good, then Good ten minutes later), so it graduates.
    fn study(&self, collection: &mut Collection, cards: &[&str]) {
        for round in 0..2 {
            for card in cards {
                collection
                    .answer(DECK, card, Rating::Good, AnswerDetails::flashcard(2000))
                    .unwrap_or_else(|e| panic!("answer {card} (round {round}): {e}"));
            }
            self.clock.advance(Duration::minutes(11));
        }
    }
}

fn states(collection: &Collection, cards: &[&str]) -> Vec<CardState> {
    cards
        .iter()
        .map(|c| collection.card_state(DECK, c))
        .collect()
}

const ALL_CARDS: [&str; 4] = [
    "leiharbeiter/value",
    "puffer/reason",
    "maassen/role",
    "maassen/name",
];

#[test]
fn rewording_a_fact_keeps_its_progress() {
    let learner = Learner::new();
    learner.write_deck(&deck_text(TOPICS, &original_facts()));
    let before = {
        let mut collection = learner.open();
        learner.study(&mut collection, &ALL_CARDS);
        states(&collection, &ALL_CARDS)
    };
    let mut reworded = original_facts();
    reworded[0] = number(
        "leiharbeiter",
        "arbeit",
        "Wie viele nordkoreanische Leiharbeiter arbeiten in China oder Russland?",
    );
    reworded[1] = reason("puffer", "lage", "Wozu dient Nordkorea Moskau und Peking?");
    learner.write_deck(&deck_text(TOPICS, &reworded));
    let collection = learner.open();
    let deck = collection.deck(DECK).unwrap();
    assert!(
        deck.card("puffer/reason")
            .unwrap()
            .prompt
            .starts_with("Wozu")
    );
    assert_eq!(states(&collection, &ALL_CARDS), before);
    assert!(before.iter().all(|s| s.phase == Phase::Review));
}

#[test]
fn reordering_facts_keeps_every_cards_progress() {
    let learner = Learner::new();
    learner.write_deck(&deck_text(TOPICS, &original_facts()));
    let before = {
        let mut collection = learner.open();
        learner.study(&mut collection, &ALL_CARDS);
        states(&collection, &ALL_CARDS)
    };
    let mut reordered = original_facts();
    reordered.reverse();
    learner.write_deck(&deck_text(TOPICS, &reordered));
    let collection = learner.open();
    assert_eq!(
        collection.deck(DECK).unwrap().cards[0].id.as_str(),
        "maassen/role"
    );
    assert_eq!(states(&collection, &ALL_CARDS), before);
}

#[test]
fn adding_a_fact_keeps_the_others_progress_and_its_cards_start_new() {
    let learner = Learner::new();
    learner.write_deck(&deck_text(TOPICS, &original_facts()));
    let before = {
        let mut collection = learner.open();
        learner.study(&mut collection, &ALL_CARDS);
        states(&collection, &ALL_CARDS)
    };
    let mut more = original_facts();
    // Added in the middle, where it shifts every later fact's position.
    more.insert(1, statement("status", "lage"));
    learner.write_deck(&deck_text(TOPICS, &more));
    let collection = learner.open();
    assert_eq!(states(&collection, &ALL_CARDS), before);
    assert_eq!(
        collection.card_state(DECK, "status/statement"),
        CardState::new_card()
    );
    let counts = collection.counts(DECK, &Scope::WholeDeck).unwrap();
    assert_eq!(counts.new, 1, "only the added fact's card is new");
}

#[test]
fn renaming_a_topic_and_moving_facts_to_it_keeps_their_progress() {
    let learner = Learner::new();
    learner.write_deck(&deck_text(TOPICS, &original_facts()));
    let before = {
        let mut collection = learner.open();
        learner.study(&mut collection, &ALL_CARDS);
        states(&collection, &ALL_CARDS)
    };
    // The topic "lage" becomes "strategie" (id and name); its facts move with it.
    let renamed_topics = [
        ("arbeit", "Arbeitsexport"),
        ("strategie", "Strategische Lage"),
    ];
    let moved: Vec<String> = original_facts()
        .iter()
        .map(|f| f.replace("topic = \"lage\"", "topic = \"strategie\""))
        .collect();
    learner.write_deck(&deck_text(&renamed_topics, &moved));
    let collection = learner.open();
    assert_eq!(states(&collection, &ALL_CARDS), before);
    let deck = collection.deck(DECK).unwrap();
    assert_eq!(deck.fact("puffer").unwrap().topic, "strategie");
    assert_eq!(deck.topic("strategie").unwrap().name, "Strategische Lage");
}

#[test]
fn removing_a_fact_keeps_its_history_and_takes_its_cards_out_of_the_queue() {
    let learner = Learner::new();
    learner.write_deck(&deck_text(TOPICS, &original_facts()));
    {
        let mut collection = learner.open();
        // One answer each: every card is in learning and due again within ten minutes.
        for card in ALL_CARDS {
            collection
                .answer(DECK, card, Rating::Good, AnswerDetails::flashcard(2000))
                .unwrap();
        }
    }
    let without_maassen: Vec<String> = original_facts().into_iter().take(2).collect();
    learner.write_deck(&deck_text(TOPICS, &without_maassen));
    learner.clock.advance(Duration::minutes(30));
    let mut collection = learner.open();

    let log = collection.reviews().unwrap();
    let maassen_answers = log
        .iter()
        .filter(|r| r.record.card_id.starts_with("maassen/"))
        .count();
    assert_eq!(
        maassen_answers, 2,
        "the removed fact's answers stay in the log"
    );

    let counts = collection.counts(DECK, &Scope::WholeDeck).unwrap();
    assert_eq!(
        counts.learning, 2,
        "only the two remaining cards are waiting"
    );
    // Study everything that comes up: a removed card never does.
    for _ in 0..10 {
        let card = match collection.next_card(DECK, &Scope::WholeDeck).unwrap() {
            NextCard::Card(card) => card.id.as_str().to_string(),
            NextCard::Done { .. } => break,
        };
        assert!(!card.starts_with("maassen/"), "{card} came up");
        collection
            .answer(DECK, &card, Rating::Good, AnswerDetails::flashcard(1000))
            .unwrap();
    }
    // Answering a removed card is refused rather than logged against nothing.
    assert!(
        collection
            .answer(
                DECK,
                "maassen/role",
                Rating::Good,
                AnswerDetails::flashcard(1)
            )
            .is_err()
    );
    // Rebuilding from the log keeps the removed fact's states too.
    collection.rebuild_from_log().unwrap();
    assert_eq!(collection.card_state(DECK, "maassen/role").reps, 1);
}

#[test]
fn putting_a_removed_fact_back_restores_its_progress() {
    let learner = Learner::new();
    learner.write_deck(&deck_text(TOPICS, &original_facts()));
    let before = {
        let mut collection = learner.open();
        learner.study(&mut collection, &ALL_CARDS);
        states(&collection, &ALL_CARDS)
    };
    let without_maassen: Vec<String> = original_facts().into_iter().take(2).collect();
    learner.write_deck(&deck_text(TOPICS, &without_maassen));
    drop(learner.open());
    learner.write_deck(&deck_text(TOPICS, &original_facts()));
    let collection = learner.open();
    assert_eq!(states(&collection, &ALL_CARDS), before);
    assert_eq!(collection.counts(DECK, &Scope::WholeDeck).unwrap().new, 0);
}

#[test]
fn changing_a_facts_kind_retires_its_old_cards_and_starts_new_ones() {
    let learner = Learner::new();
    learner.write_deck(&deck_text(TOPICS, &original_facts()));
    let puffer_before = {
        let mut collection = learner.open();
        learner.study(&mut collection, &ALL_CARDS);
        collection.card_state(DECK, "puffer/reason")
    };
    let mut changed = original_facts();
    changed[1] = statement("puffer", "lage");
    learner.write_deck(&deck_text(TOPICS, &changed));
    let collection = learner.open();
    let deck = collection.deck(DECK).unwrap();
    assert!(
        deck.card("puffer/reason").is_none(),
        "the old card is retired"
    );
    assert!(deck.card("puffer/statement").is_some());
    assert_eq!(
        collection.card_state(DECK, "puffer/statement"),
        CardState::new_card(),
        "the new card starts new"
    );
    let counts = collection.counts(DECK, &Scope::WholeDeck).unwrap();
    assert_eq!(counts.new, 1);
    // The retired card's history and state stay on disk.
    assert_eq!(collection.card_state(DECK, "puffer/reason"), puffer_before);
    let history = collection.reviews_of_card(DECK, "puffer/reason").unwrap();
    assert_eq!(history.len(), 2);
}

#[test]
fn a_deck_file_with_the_built_in_id_replaces_it_and_says_so_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let folder = decks_folder(dir.path());
    std::fs::create_dir_all(&folder).unwrap();
    let copy = folder.join("meine-kopie.toml");
    std::fs::write(
        &copy,
        "# my copy\n\n[deck]\ntitle = \"Meine Kopie\"\nid = \"kim-putin-2019\"\n\
         [[topics]]\nid = \"t\"\nname = \"T\"\n[[facts]]\nid = \"f\"\nkind = \"reason\"\n\
         topic = \"t\"\nquestion = \"Warum?\"\nanswer = \"Darum.\"\n",
    )
    .unwrap();
    let clock = ManualClock::at_utc("2026-11-27T08:00:00Z", 1);
    let collection = Collection::open(dir.path(), &[], Arc::new(clock)).unwrap();
    assert_eq!(
        collection.decks().len(),
        1,
        "the copy is shown in its place"
    );
    assert_eq!(collection.decks()[0].title, "Meine Kopie");
    assert_eq!(
        collection.deck_notices(),
        [DeckNotice::ReplacesBuiltIn {
            file: copy.display().to_string(),
            line: 5,
            deck_id: "kim-putin-2019".to_string(),
            built_in_title: "Kim trifft Putin in Wladiwostok".to_string(),
        }]
    );
}
