//! The reading screen driven through its accessibility tree: the outline, a fact's cards,
//! editing a fact's wording from its panel, studying one section, and the learner's copy of the article opened from the command
//! line, dropped onto the window (without leaving a study session or a quiz) and
//! remembered across a restart; and the screen in German.

use eframe::egui::{self, Key, PointerButton};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use factdeck::clock::ManualClock;
use factdeck::deck::Deck;
use factdeck::i18n::Language;
use factdeck::reading::fact_words;
use factdeck::ui::{AppOptions, FactdeckApp};
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn open_app<'a>(
    data_dir: &Path,
    clock: &ManualClock,
    article: Option<PathBuf>,
) -> Harness<'a, FactdeckApp> {
    open_app_in(data_dir, clock, article, Language::English)
}

fn open_app_in<'a>(
    data_dir: &Path,
    clock: &ManualClock,
    article: Option<PathBuf>,
    language: Language,
) -> Harness<'a, FactdeckApp> {
    let options = AppOptions {
        data_dir: data_dir.to_path_buf(),
        deck_folders: Vec::new(),
        clock: Arc::new(clock.clone()),
        language: Some(language),
    };
    let mut harness = Harness::builder()
        .with_size([1100.0, 760.0])
        .build_eframe(move |cc| {
            let mut app = FactdeckApp::new(cc, options);
            if let Some(path) = &article {
                app.open_article(path);
            }
            app
        });
    harness.run();
    harness
}

fn clock() -> ManualClock {
    ManualClock::at_utc("2026-11-27T09:00:00Z", 1)
}

fn open_reading(harness: &mut Harness<'_, FactdeckApp>) {
    harness.get_by_label("Reading").click();
    harness.run();
}

fn deck(harness: &Harness<'_, FactdeckApp>) -> Deck {
    harness
        .state()
        .collection()
        .expect("the collection opens")
        .decks()[0]
        .clone()
}

fn words_of(deck: &Deck, fact_id: &str) -> String {
    fact_words(deck.fact(fact_id).expect("the fact is in the deck"))
}

/// A short text with the cues of `chassan` (first, so a click at the text's top left lands
/// on it) and `panzerzug` (across a line break), and no other cue of the deck.
fn write_article(dir: &Path, name: &str, deck: &Deck) -> PathBuf {
    let cue = |id: &str| deck.fact(id).and_then(|f| f.cue.clone()).expect("a cue");
    let panzerzug = cue("panzerzug").replacen(' ', "\n", 1);
    let text = format!(
        "{} war die erste Station.\nDer Machthaber reiste {panzerzug} an.\n",
        cue("chassan")
    );
    let path = dir.join(name);
    std::fs::write(&path, text).expect("the article is written");
    path
}

fn facts_with_a_cue(deck: &Deck) -> usize {
    deck.facts.iter().filter(|f| !f.context).count()
}

/// Clicks a point of the window the way a mouse would.
fn click_at(harness: &mut Harness<'_, FactdeckApp>, pos: egui::Pos2) {
    harness.event(egui::Event::PointerMoved(pos));
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.run();
}

/// Scrolls the `nth` widget labelled `label` into view and clicks it.
fn click_nth(harness: &mut Harness<'_, FactdeckApp>, label: &str, nth: usize) {
    let node = |h: &Harness<'_, FactdeckApp>| {
        h.get_all_by_label(label)
            .nth(nth)
            .unwrap_or_else(|| panic!("no {nth}th widget labelled {label}"))
            .rect()
    };
    harness
        .get_all_by_label(label)
        .nth(nth)
        .unwrap_or_else(|| panic!("no {nth}th widget labelled {label}"))
        .scroll_to_me();
    harness.run();
    let pos = node(harness).center();
    click_at(harness, pos);
}

#[derive(Debug)]
struct DroppedText(PathBuf);

impl egui::DroppedFile for DroppedText {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Shows the card's answer and rates it Good, five seconds later.
fn answer_good(harness: &mut Harness<'_, FactdeckApp>, clock: &ManualClock) {
    harness.key_press(Key::Space);
    harness.run();
    clock.advance(chrono::Duration::seconds(5));
    harness.key_press(Key::Num3);
    harness.run();
}

fn logged_reviews(harness: &Harness<'_, FactdeckApp>) -> Vec<factdeck::store::StoredReview> {
    harness
        .state()
        .collection()
        .expect("the collection opens")
        .reviews()
        .expect("the log reads")
}

fn drop_file(harness: &mut Harness<'_, FactdeckApp>, path: &Path) {
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(DroppedText(path.to_path_buf())));
    harness.run();
}

/// Writes an article file named `name` (see `write_article`) and drops it onto the window.
fn drop_new_article(harness: &mut Harness<'_, FactdeckApp>, dir: &Path, name: &str) -> PathBuf {
    let deck = deck(harness);
    let path = write_article(dir, name, &deck);
    drop_file(harness, &path);
    path
}

/// The article file the collection remembers.
fn remembered_article(harness: &Harness<'_, FactdeckApp>) -> Option<PathBuf> {
    harness
        .state()
        .collection()
        .expect("the collection opens")
        .article_path()
        .expect("the setting reads")
}

#[test]
fn the_outline_lists_the_sections_in_article_order_with_their_facts() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_app(dir.path(), &clock(), None);
    open_reading(&mut harness);
    let deck = deck(&harness);
    let tops: Vec<f32> = deck
        .sections
        .iter()
        .map(|s| harness.get_by_label(&s.title).rect().top())
        .collect();
    assert!(
        tops.windows(2).all(|pair| pair[0] < pair[1]),
        "sections out of order: {tops:?}"
    );
    // Every fact stands below its own section's title and above the next one's.
    for fact in deck.facts.iter().filter(|f| !f.context) {
        let section = fact.section.as_deref().expect("every fact has a section");
        let at = deck
            .sections
            .iter()
            .position(|s| s.id == section)
            .expect("a known section");
        let top = harness.get_by_label(&fact_words(fact)).rect().top();
        assert!(top > tops[at], "{} above its section", fact.id);
        if let Some(next) = tops.get(at + 1) {
            assert!(top < *next, "{} below the next section", fact.id);
        }
    }
}

#[test]
fn ctrl_r_opens_the_reading_screen_from_the_decks() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_app(dir.path(), &clock(), None);
    assert!(harness.query_by_label("Outline").is_none());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::R);
    harness.run();
    harness.get_by_label("Outline");
    harness.get_by_label("Read along in your own copy of the article");
}

#[test]
fn clicking_a_fact_in_the_outline_shows_its_cards() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_app(dir.path(), &clock(), None);
    open_reading(&mut harness);
    let deck = deck(&harness);
    click_nth(&mut harness, &words_of(&deck, "chassan"), 0);
    let fact = deck
        .facts
        .iter()
        .position(|f| f.id == "chassan")
        .expect("chassan");
    let cards: Vec<_> = deck.cards.iter().filter(|c| c.fact_index == fact).collect();
    assert!(cards.len() >= 2, "a place yields cards both ways");
    for card in &cards {
        harness.get_by_label(&card.prompt);
    }
    harness.get_by_label("Close (Esc)");
    // Each card's history, empty so far.
    assert_eq!(
        harness.get_all_by_label("Never answered.").count(),
        cards.len()
    );
}

#[test]
fn a_facts_wording_is_edited_from_its_panel_in_the_card_browsers_form() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_app(dir.path(), &clock(), None);
    open_reading(&mut harness);
    let deck = deck(&harness);
    click_nth(&mut harness, &words_of(&deck, "chassan"), 0);
    harness.get_by_label("Edit wording…").click();
    harness.run();
    // The browser's edit form, on this fact, with the built-in deck's note.
    harness.get_by_label_contains("This fact is in the built-in deck.");
    harness.get_by_label("Save");
    harness.get_by_label("Cancel").click();
    harness.run();
    let title = fact_words(&deck.facts[deck.facts.iter().position(|f| f.id == "chassan").unwrap()]);
    harness.get_by_label(&title);
}

#[test]
fn study_this_section_studies_only_that_sections_cards() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    let mut harness = open_app(dir.path(), &clock, None);
    open_reading(&mut harness);
    let deck = deck(&harness);
    let second = deck.sections[1].id.clone();
    click_nth(&mut harness, "Study this section", 1);
    for _ in 0..6 {
        answer_good(&mut harness, &clock);
    }
    let reviews = logged_reviews(&harness);
    assert_eq!(reviews.len(), 6);
    for review in reviews {
        let card = deck
            .card(&review.record.card_id)
            .expect("a card of the deck");
        assert_eq!(
            deck.fact_of(card).section.as_deref(),
            Some(second.as_str()),
            "{} is not in section {second}",
            review.record.card_id
        );
    }
}

#[test]
fn quiz_this_section_sets_up_a_quiz_of_that_section_only() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_app(dir.path(), &clock(), None);
    open_reading(&mut harness);
    let deck = deck(&harness);
    click_nth(&mut harness, "Quiz this section", 2);
    harness.get_by_label(&format!("Only the section „{}“", deck.sections[2].title));
}

#[test]
fn an_article_given_at_start_is_highlighted_and_missing_cues_are_listed_as_not_found() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let deck = {
        let harness = open_app(dir.path(), &clock(), None);
        deck(&harness)
    };
    let path = write_article(dir.path(), "mein-artikel.txt", &deck);
    let mut harness = open_app(dir.path(), &clock(), Some(path));
    open_reading(&mut harness);
    harness.get_by_label("mein-artikel.txt");
    let expected = facts_with_a_cue(&deck);
    harness.get_by_label(&format!("2 of {expected} facts found in this text"));
    harness.get_by_label(&format!("Not found in this text ({})", expected - 2));
    // A fact whose cue is missing stands in the outline and again under "not found".
    let pompeo = words_of(&deck, "pompeo");
    assert_eq!(harness.get_all_by_label(&pompeo).count(), 2);
    assert_eq!(
        harness
            .get_all_by_label(&words_of(&deck, "chassan"))
            .count(),
        1
    );

    // Clicking the highlight at the start of the text opens its fact.
    let text = harness
        .get_by_label_contains("war die erste Station")
        .rect();
    click_at(&mut harness, text.min + egui::vec2(6.0, 10.0));
    harness.get_by_label("Back to the text (Esc)");
    let chassan = deck
        .facts
        .iter()
        .position(|f| f.id == "chassan")
        .expect("chassan");
    let card = deck
        .cards
        .iter()
        .find(|c| c.fact_index == chassan)
        .expect("a card");
    harness.get_by_label(&card.prompt);
    harness.key_press(Key::Escape);
    harness.run();
    harness.get_by_label_contains("war die erste Station");
}

#[test]
fn clicking_the_text_outside_a_highlight_opens_nothing() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let deck = {
        let harness = open_app(dir.path(), &clock(), None);
        deck(&harness)
    };
    let path = write_article(dir.path(), "artikel.txt", &deck);
    let mut harness = open_app(dir.path(), &clock(), Some(path));
    open_reading(&mut harness);
    let text = harness
        .get_by_label_contains("war die erste Station")
        .rect();
    // The second line starts with "Der Machthaber", no cue.
    click_at(&mut harness, text.min + egui::vec2(6.0, 34.0));
    assert!(harness.query_by_label("Back to the text (Esc)").is_none());
}

#[test]
fn a_text_file_dropped_onto_the_window_opens_in_the_reading_screen() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_app(dir.path(), &clock(), None);
    drop_new_article(&mut harness, dir.path(), "gezogen.txt");
    harness.get_by_label("gezogen.txt");
    harness.get_by_label_contains("2 of ");
}

#[test]
fn the_article_is_opened_again_after_a_restart() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    {
        let mut harness = open_app(dir.path(), &clock, None);
        drop_new_article(&mut harness, dir.path(), "gemerkt.txt");
        harness.get_by_label("gemerkt.txt");
    }
    let mut harness = open_app(dir.path(), &clock, None);
    open_reading(&mut harness);
    harness.get_by_label("gemerkt.txt");
    harness.get_by_label_contains("2 of ");
}

#[test]
fn a_file_that_is_not_text_is_refused_by_name_and_the_open_article_stays() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_app(dir.path(), &clock(), None);
    drop_new_article(&mut harness, dir.path(), "gut.txt");
    let bad = dir.path().join("latin1.txt");
    std::fs::write(&bad, b"Gr\xf6\xdfe aus Chassan").expect("written");
    drop_file(&mut harness, &bad);
    harness.get_by_label_contains("latin1.txt is not plain text in UTF-8");
    harness.get_by_label("gut.txt");
    // The article remembered is still the one that opened.
    let remembered = remembered_article(&harness).expect("a path is remembered");
    assert!(remembered.ends_with("gut.txt"), "{}", remembered.display());
}

#[test]
fn a_remembered_article_that_has_gone_is_reported_and_still_remembered() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    let path = {
        let mut harness = open_app(dir.path(), &clock, None);
        drop_new_article(&mut harness, dir.path(), "verschoben.txt")
    };
    std::fs::remove_file(&path).expect("removed");
    let harness = open_app(dir.path(), &clock, None);
    harness.get_by_label_contains("verschoben.txt does not exist");
    let remembered = remembered_article(&harness);
    assert_eq!(remembered.as_deref(), Some(path.as_path()));
}

#[test]
fn ctrl_6_opens_the_reading_screen_as_the_last_entry_of_the_navigation_bar() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_app(dir.path(), &clock(), None);
    let reading = harness.get_by_label("Reading").rect().left();
    let settings = harness.get_by_label("Settings").rect().left();
    assert!(reading > settings, "Reading stands after Settings");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Num6);
    harness.run();
    harness.get_by_label("Outline");
}

#[test]
fn a_file_dropped_during_a_study_session_opens_without_leaving_the_session() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let clock = clock();
    let mut harness = open_app(dir.path(), &clock, None);
    let deck = deck(&harness);
    let path = write_article(dir.path(), "beim-lernen.txt", &deck);
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("Show answer (Space)");
    drop_file(&mut harness, &path);
    // Still the same card, its answer not yet shown, and a word where the article went.
    harness.get_by_label("Show answer (Space)");
    assert!(harness.query_by_label("Outline").is_none());
    harness.get_by_label("beim-lernen.txt is now open on the Reading screen (Ctrl+R).");
    // The session goes on: the card is answered and logged.
    answer_good(&mut harness, &clock);
    let reviews = logged_reviews(&harness);
    assert_eq!(reviews.len(), 1);
    // And the article is there when the learner goes to read.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::R);
    harness.run();
    harness.get_by_label("beim-lernen.txt");
}

#[test]
fn a_file_dropped_during_a_quiz_opens_without_ending_the_quiz() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_app(dir.path(), &clock(), None);
    let deck = deck(&harness);
    let path = write_article(dir.path(), "im-quiz.txt", &deck);
    harness.key_press(Key::Q);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("Question 1 of 10");
    drop_file(&mut harness, &path);
    harness.get_by_label("Question 1 of 10");
    harness.get_by_label("End quiz (Esc)");
    assert!(harness.query_by_label("Outline").is_none());
    harness.get_by_label("im-quiz.txt is now open on the Reading screen (Ctrl+R).");
    let remembered = remembered_article(&harness).expect("a path is remembered");
    assert!(
        remembered.ends_with("im-quiz.txt"),
        "{}",
        remembered.display()
    );
}

#[test]
fn the_reading_screen_speaks_german_when_the_language_is_german() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let deck = {
        let harness = open_app(dir.path(), &clock(), None);
        deck(&harness)
    };
    let mut harness = open_app_in(dir.path(), &clock(), None, Language::German);
    harness.get_by_label("Lesen").click();
    harness.run();
    harness.get_by_label("Gliederung");
    harness.get_by_label("Lies mit in deiner eigenen Kopie des Artikels");
    harness.get_by_label("Artikel öffnen…  (Strg+O)");
    assert_eq!(
        harness.get_all_by_label("Abschnitt lernen").count(),
        deck.sections.len()
    );
    assert_eq!(
        harness.get_all_by_label("Abschnitt abfragen").count(),
        deck.sections.len()
    );
    assert!(harness.query_by_label("Outline").is_none());
    assert!(harness.query_by_label("Study this section").is_none());

    let path = write_article(dir.path(), "artikel.txt", &deck);
    drop_file(&mut harness, &path);
    let expected = facts_with_a_cue(&deck);
    harness.get_by_label(&format!("2 von {expected} Fakten im Text gefunden"));
    harness.get_by_label(&format!("Im Text nicht gefunden ({})", expected - 2));
    click_nth(&mut harness, &words_of(&deck, "chassan"), 0);
    harness.get_by_label("Zurück zum Text (Esc)");
}

#[test]
fn a_refused_file_is_explained_in_german_when_the_language_is_german() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = open_app_in(dir.path(), &clock(), None, Language::German);
    let bad = dir.path().join("latin1.txt");
    std::fs::write(&bad, b"Gr\xf6\xdfe aus Chassan").expect("written");
    drop_file(&mut harness, &bad);
    harness.get_by_label_contains("Der Artikel wurde nicht geöffnet:");
    harness.get_by_label_contains("latin1.txt ist kein reiner Text in UTF-8");
}
