//! The progress screens driven through the window with a seeded history: the home
//! screen's figures, the statistics screen, the session summary and the card browser.

mod common;

use common::window::open_window;

use chrono::Duration;
use eframe::egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use factdeck::clock::{Clock, ManualClock, to_millis};
use factdeck::schedule::{Phase, Rating};
use factdeck::session::{AnswerDetails, Collection, Scope};
use factdeck::ui::FactdeckApp;
use std::path::Path;
use std::sync::Arc;

const DECK: &str = "kim-putin-2019";

/// Tall enough that every section of the statistics screen is laid out on screen.
fn open_app<'a>(data_dir: &Path, clock: &ManualClock) -> Harness<'a, FactdeckApp> {
    open_window(data_dir, clock, [1100.0, 2600.0])
}

fn open_collection(dir: &Path, clock: &ManualClock) -> Collection {
    Collection::open(dir, &[], Arc::new(clock.clone())).expect("the collection opens")
}

/// Answers the next `n` cards never answered (deck order) with `rating`, 10 s each.
fn learn_new(collection: &mut Collection, clock: &ManualClock, n: usize, rating: Rating) {
    let deck = collection.deck(DECK).expect("built-in deck");
    let fresh: Vec<String> = deck
        .cards
        .iter()
        .map(|c| c.id.as_str().to_string())
        .filter(|id| collection.card_state(DECK, id).phase == Phase::New)
        .take(n)
        .collect();
    for card in fresh {
        clock.advance(Duration::seconds(10));
        collection
            .answer(DECK, &card, rating, AnswerDetails::flashcard(10_000))
            .expect("answer saved");
    }
}

/// Three evenings in a row, five new cards each, the last one today (27 November).
fn three_evenings(dir: &Path) -> ManualClock {
    let clock = ManualClock::at_utc("2026-11-25T18:00:00Z", 1);
    let mut collection = open_collection(dir, &clock);
    for day in 0..3 {
        if day > 0 {
            clock.advance(Duration::days(1));
        }
        learn_new(&mut collection, &clock, 5, Rating::Easy);
    }
    clock
}

/// The built-in deck's cards the figures count: background facts are left out by default.
fn studied_cards(harness: &Harness<'_, FactdeckApp>) -> usize {
    let deck = harness
        .state()
        .collection()
        .and_then(|c| c.deck(DECK))
        .expect("built-in deck");
    deck.cards
        .iter()
        .filter(|c| !deck.fact_of(c).context)
        .count()
}

#[test]
fn the_home_screen_shows_todays_work_the_streak_and_topic_mastery() {
    let dir = tempfile::tempdir().unwrap();
    let clock = three_evenings(dir.path());
    let harness = open_app(dir.path(), &clock);
    harness.get_by_label("Reviews today: 5");
    harness.get_by_label("Left today: 15");
    harness.get_by_label("Streak: 3 days");
    harness.get_by_label("Longest streak: 3 days");
    let collection = harness.state().collection().expect("the collection opens");
    let stats = collection.stats_snapshot().unwrap();
    let first = &stats.mastery[0].topics[0];
    assert!(first.mastered > 0, "cards answered Easy are recalled now");
    harness.get_by_label(&format!("{} of {} facts", first.mastered, first.facts));
}

#[test]
fn the_home_screen_counts_suspended_cards_apart() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at_utc("2026-11-27T18:00:00Z", 1);
    {
        let mut collection = open_collection(dir.path(), &clock);
        learn_new(&mut collection, &clock, 3, Rating::Easy);
        let deck = collection.deck(DECK).expect("built-in deck");
        let first_two: Vec<String> = deck.cards[..2].iter().map(|c| c.id.to_string()).collect();
        for card in &first_two {
            collection.set_suspended(DECK, card, true).unwrap();
        }
    }
    let harness = open_app(dir.path(), &clock);
    let total = studied_cards(&harness);
    // Of the three answered cards, two are suspended: one in review, two suspended.
    harness.get_by_label(&format!(
        "{total} cards: {} new, 0 learning, 1 in review, 2 suspended",
        total - 3
    ));
}

/// What the home screen keeps for each topic, against a fresh count of each topic alone.
fn assert_home_counts_are_fresh(harness: &Harness<'_, FactdeckApp>) {
    let app = harness.state();
    let collection = app.collection().expect("the collection opens");
    let shown = app.home_topic_counts().expect("the home screen counted");
    for (deck_id, counts) in shown {
        let deck = collection.deck(&deck_id).expect("a deck shown is loaded");
        let fresh: Vec<_> = deck
            .topics
            .iter()
            .map(|t| {
                collection
                    .counts(&deck_id, &Scope::Topic(t.id.clone()))
                    .unwrap()
            })
            .collect();
        assert_eq!(counts, fresh, "{deck_id}");
    }
}

#[test]
fn the_home_screens_counts_per_topic_are_counted_again_after_answers_and_settings() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let mut harness = open_app(dir.path(), &clock);
    assert_home_counts_are_fresh(&harness);
    harness.get_by_label("Settings").click();
    harness.run();
    harness.get_by_label("New cards per day").focus();
    harness.run();
    harness.key_press_modifiers(eframe::egui::Modifiers::COMMAND, Key::A);
    harness.get_by_label("New cards per day").type_text("3");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    harness.get_by_label("Decks").click();
    harness.run();
    assert_home_counts_are_fresh(&harness);
    harness.key_press(Key::Enter);
    harness.run();
    for _ in 0..2 {
        harness.key_press(Key::Space);
        harness.run();
        clock.advance(Duration::seconds(8));
        harness.key_press(Key::Num3);
        harness.run();
    }
    harness.key_press(Key::Escape);
    harness.run();
    assert_home_counts_are_fresh(&harness);
}

#[test]
fn a_weak_topic_is_one_click_from_studying_just_it() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    {
        let mut collection = open_collection(dir.path(), &clock);
        // One card forgotten: its fact is not mastered, so its topic is weak.
        learn_new(&mut collection, &clock, 1, Rating::Again);
    }
    let mut harness = open_app(dir.path(), &clock);
    let collection = harness.state().collection().unwrap();
    let deck = collection.deck(DECK).unwrap();
    let topic = deck.topic(&deck.fact_of(&deck.cards[0]).topic).unwrap();
    let topic_name = topic.name.clone();
    harness.get_by_label_contains(&format!("Only one topic started so far: {topic_name}"));
    // The weakest topic's own Study button sits first, before the table's.
    harness.get_all_by_label("Study").next().unwrap().click();
    harness.run();
    harness.get_by_label_contains(&format!("· {topic_name}"));
}

#[test]
fn before_any_study_the_home_screen_says_no_topic_is_started() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let harness = open_app(dir.path(), &clock);
    harness.get_by_label_contains("No topic started yet");
}

#[test]
fn the_weakest_topic_is_chosen_among_the_topics_started_and_says_how_many() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let (weak, strong);
    {
        let mut collection = open_collection(dir.path(), &clock);
        let deck = collection.deck(DECK).unwrap().clone();
        // One card of the first topic forgotten, one card of the last topic known well.
        let first_of = |topic: &str| {
            deck.cards
                .iter()
                .find(|c| deck.fact_of(c).topic == topic)
                .map(|c| c.id.as_str().to_string())
                .unwrap()
        };
        let (first, last) = (&deck.topics[0], deck.topics.last().unwrap());
        weak = first.name.clone();
        strong = last.name.clone();
        for (card, rating) in [
            (first_of(&first.id), Rating::Again),
            (first_of(&last.id), Rating::Easy),
        ] {
            clock.advance(Duration::seconds(10));
            collection
                .answer(DECK, &card, rating, AnswerDetails::flashcard(10_000))
                .unwrap();
        }
    }
    clock.advance(Duration::hours(1));
    let harness = open_app(dir.path(), &clock);
    harness.get_by_label_contains(&format!(
        "Weakest of the 2 topics you have started: {weak} (0 of 1 started facts mastered)"
    ));
    assert!(
        harness
            .query_by_label_contains(&format!("started: {strong}"))
            .is_none()
    );
}

#[test]
fn with_nothing_due_in_it_the_weakest_topic_is_studied_ahead_from_the_home_screen() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let topic;
    {
        let mut collection = open_collection(dir.path(), &clock);
        learn_new(&mut collection, &clock, 2, Rating::Easy);
        let deck = collection.deck(DECK).unwrap();
        topic = deck
            .topic(&deck.fact_of(&deck.cards[0]).topic)
            .unwrap()
            .name
            .clone();
        let mut settings = collection.settings().clone();
        settings.new_per_day = 0;
        collection.set_settings(settings).unwrap();
    }
    clock.advance(Duration::days(1));
    let mut harness = open_app(dir.path(), &clock);
    harness.get_by_label_contains(&format!("Only one topic started so far: {topic}"));
    harness.get_by_label("Study ahead").click();
    harness.run();
    harness.get_by_label_contains(&format!("· {topic}"));
    harness.get_by_label("Ahead of schedule: 2");
}

#[test]
fn the_statistics_screen_shows_each_plot_with_its_title_and_reading() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at_utc("2026-11-10T18:00:00Z", 1);
    let due;
    {
        let mut collection = open_collection(dir.path(), &clock);
        learn_new(&mut collection, &clock, 4, Rating::Easy);
        let deck = collection.deck(DECK).unwrap();
        let cards: Vec<String> = deck.cards[..4]
            .iter()
            .map(|c| c.id.as_str().to_string())
            .collect();
        due = cards
            .iter()
            .map(|c| collection.card_state(DECK, c).due)
            .max()
            .unwrap();
        // The day the last of them is due, three are remembered and one is forgotten.
        clock.advance(Duration::milliseconds(due - to_millis(clock.now())) + Duration::hours(14));
        for (i, card) in cards.iter().enumerate() {
            let rating = if i == 0 { Rating::Again } else { Rating::Good };
            collection
                .answer(DECK, card, rating, AnswerDetails::flashcard(20_000))
                .unwrap();
        }
    }
    let mut harness = open_app(dir.path(), &clock);
    harness.get_by_label("Statistics").click();
    harness.run();
    for title in [
        "Reviews per day",
        "Time spent per day",
        "Retention per week",
        "Due in the next 30 days",
        "Card states",
        "Memory stability",
        "Study days",
        "Mastery by topic: Kim trifft Putin in Wladiwostok",
    ] {
        harness.get_by_label(title);
    }
    harness
        .get_by_label("You answered 8 times on 2 of the last 30 days, 4 a day when you studied.");
    harness.get_by_label("You passed 75 % of reviews in the last 7 days; your target is 90 %.");
    harness.get_by_label("You studied 2 min in the last 30 days, 1 min on each day you studied.");
    let total = studied_cards(&harness);
    harness.get_by_label_contains(&format!("Of {total} cards, "));
    harness.get_by_label_contains("1 learning and");
    harness.get_by_label(
        "You studied on 2 days in all; your current streak is 1 day, your longest 1 day.",
    );
    // A year's range widens the reading.
    harness.get_by_label("1 year").click();
    harness.run();
    harness
        .get_by_label("You answered 8 times on 2 of the last 365 days, 4 a day when you studied.");
}

#[test]
fn a_finished_session_shows_its_cards_accuracy_time_and_what_is_due_next() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let mut harness = open_app(dir.path(), &clock);
    harness.get_by_label("Settings").click();
    harness.run();
    harness.get_by_label("New cards per day").focus();
    harness.run();
    harness.key_press_modifiers(eframe::egui::Modifiers::COMMAND, Key::A);
    harness.get_by_label("New cards per day").type_text("3");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    harness.get_by_label("Decks").click();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    for key in [Key::Num4, Key::Num4, Key::Num1] {
        harness.key_press(Key::Space);
        harness.run();
        clock.advance(Duration::seconds(8));
        harness.key_press(key);
        harness.run();
    }
    // The forgotten card comes back within the session and is remembered.
    harness.key_press(Key::Space);
    harness.run();
    clock.advance(Duration::seconds(8));
    harness.key_press(Key::Num4);
    harness.run();
    harness.get_by_label("Today's cards are done.");
    harness.get_by_label("Cards: 3 (4 answers)");
    harness.get_by_label("Accuracy: 75 % remembered (3 of 4)");
    harness.get_by_label("Time: 32 s");
    harness.get_by_label("The next card is due tomorrow at 04:00.");
}

#[test]
fn the_browser_finds_a_card_and_its_fact_page_suspends_and_resets_it() {
    let dir = tempfile::tempdir().unwrap();
    let clock = three_evenings(dir.path());
    let mut harness = open_app(dir.path(), &clock);
    let collection = harness.state().collection().unwrap();
    let deck = collection.deck(DECK).unwrap();
    // The first answered card whose fact has no other card.
    let card = deck
        .cards
        .iter()
        .find(|c| {
            deck.cards
                .iter()
                .filter(|o| o.fact_index == c.fact_index)
                .count()
                == 1
        })
        .unwrap();
    let (card_id, prompt) = (card.id.as_str().to_string(), card.prompt.clone());
    let fact_id = card.id.fact_id().to_string();
    let fact_title = factdeck::reading::fact_words(deck.fact_of(card));
    let total = deck.cards.len();

    harness.get_by_label("Browse").click();
    harness.run();
    harness.get_by_label(&format!(
        "{total} of {total} cards · click a card to see its fact, state and history"
    ));
    harness.get_by_label("Search").type_text(&prompt);
    harness.run();
    harness.get_by_label_contains(&format!("1 of {total} cards"));
    harness.get_by_label(&prompt).click();
    harness.run();
    // Titled in words; the fact's and the card's ids appear nowhere.
    harness.get_by_label(&fact_title);
    assert!(harness.query_by_label_contains(&fact_id).is_none());
    harness.get_by_label_contains("Asked as ");
    harness.get_by_label("Predicted recall now");
    harness.get_by_label_contains("flashcard, was new");

    harness.get_by_label("Suspend").click();
    harness.run();
    assert!(
        harness
            .state()
            .collection()
            .unwrap()
            .is_suspended(DECK, &card_id)
    );
    harness.get_by_label("suspended (review)");
    harness.get_by_label("Unsuspend").click();
    harness.run();
    assert!(
        !harness
            .state()
            .collection()
            .unwrap()
            .is_suspended(DECK, &card_id)
    );

    harness.get_by_label("Reset…").click();
    harness.run();
    harness.get_by_label("Yes, reset").click();
    harness.run();
    let state = harness
        .state()
        .collection()
        .unwrap()
        .card_state(DECK, &card_id);
    assert_eq!(state.phase, Phase::New);
    harness.get_by_label("started afresh as new");
    harness.get_by_label_contains("flashcard, was new");

    harness.key_press(Key::Escape);
    harness.run();
    harness.get_by_label("Browse cards");
}

#[test]
fn the_statistics_screen_plots_quiz_scores_over_time() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at_utc("2026-11-20T18:00:00Z", 1);
    {
        let mut collection = open_collection(dir.path(), &clock);
        for (day, right) in [(0, 6), (2, 9)] {
            clock.advance(Duration::days(day));
            let now = to_millis(clock.now());
            let questions = (0..10)
                .map(|position| factdeck::store::QuizQuestionRecord {
                    position,
                    question_kind: "choice".to_string(),
                    topic: "sanktionen".to_string(),
                    fact_ids: vec!["ausfuhrverbote".to_string()],
                    prompt: "Was darf Nordkorea nicht ausführen?".to_string(),
                    given: Some("Kohle".to_string()),
                    expected: "Kohle".to_string(),
                    score: if position < right { 1.0 } else { 0.0 },
                })
                .collect();
            collection
                .save_quiz(&factdeck::store::QuizRecord {
                    deck_id: DECK.to_string(),
                    started_at: now - 300_000,
                    finished_at: now,
                    utc_offset_secs: 3600,
                    seed: 1,
                    questions,
                })
                .unwrap();
        }
    }
    let mut harness = open_app(dir.path(), &clock);
    harness.get_by_label("Statistics").click();
    harness.run();
    harness.get_by_label("Quiz scores");
    harness.get_by_label("Your last quiz: 90 % (10 questions). The last 2 quizzes averaged 75 %.");
}

#[test]
fn a_deck_replacing_the_built_in_deck_is_named_on_the_home_screen() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("decks");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("dropped.toml"),
        "[deck]\nid = \"kim-putin-2019\"\ntitle = \"Vokabeln\"\n[[topics]]\nid = \"t\"\n\
         name = \"T\"\n[[facts]]\nid = \"f\"\nkind = \"reason\"\ntopic = \"t\"\n\
         question = \"Warum?\"\nanswer = \"Darum.\"\n",
    )
    .unwrap();
    let clock = ManualClock::at_utc("2026-11-27T08:00:00Z", 1);
    let harness = open_app(dir.path(), &clock);
    harness.get_by_label_contains(
        "dropped.toml (line 2) has the id “kim-putin-2019” of the built-in deck \
         “Kim trifft Putin in Wladiwostok” and is shown in its place",
    );
}

#[test]
fn the_browser_sorts_questions_alphabetically_the_german_way() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::at_utc("2026-11-27T09:00:00Z", 1);
    let mut harness = open_app(dir.path(), &clock);
    let mut prompts: Vec<String> = {
        let collection = harness.state().collection().unwrap();
        let deck = collection.deck(DECK).unwrap();
        deck.cards.iter().map(|c| c.prompt.clone()).collect()
    };
    prompts.sort_by_key(|p| factdeck::session::collation_key(p));
    prompts.dedup();
    harness.get_by_label("Browse").click();
    harness.run();
    harness.get_by_label("Question").click();
    harness.run();
    let top = |harness: &Harness<'_, FactdeckApp>, prompt: &str| {
        harness
            .get_all_by_label(prompt)
            .next()
            .unwrap()
            .rect()
            .top()
    };
    // The first questions alphabetically stand at the top, in order.
    let first = top(&harness, &prompts[0]);
    let second = top(&harness, &prompts[1]);
    let third = top(&harness, &prompts[2]);
    assert!(first <= second && second <= third, "{:?}", &prompts[..3]);
    // Clicked again, the order turns round: the last question comes first.
    harness.get_by_label("Question ▲").click();
    harness.run();
    let last = prompts.last().unwrap();
    assert!(top(&harness, last) < top(&harness, &prompts[prompts.len() - 2]));
    // And back to the deck's own order.
    harness.get_by_label("Deck order").click();
    harness.run();
    assert!(harness.query_by_label("Deck order").is_none());
}
