//! The built-in article deck (Kim trifft Putin in Wladiwostok) against the demands:
//! every topic has facts, every article fact can be found in the article, corrections and
//! background are marked as such.

use factdeck::deck::{BUILTIN_DECKS, Deck, Fact, FactBody, FactDate, FactKind, load_str};
use std::collections::BTreeMap;
use std::path::Path;

const ARTICLE_DECK_ID: &str = "kim-putin-2019";

fn article_deck() -> Deck {
    let (name, text) = BUILTIN_DECKS
        .iter()
        .find(|(name, _)| name.ends_with("kim-putin-2019.toml"))
        .expect("the article deck is one of the built-in decks");
    match load_str(name, text) {
        Ok(deck) => {
            assert_eq!(deck.id, ARTICLE_DECK_ID);
            deck
        }
        Err(errors) => {
            let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("the article deck does not load:\n{}", shown.join("\n"));
        }
    }
}

fn article_facts(deck: &Deck) -> impl Iterator<Item = &Fact> {
    deck.facts.iter().filter(|f| !f.context)
}

fn date_of(fact: &Fact) -> Option<FactDate> {
    match &fact.body {
        FactBody::Date { date, .. } => Some(*date),
        _ => None,
    }
}

#[test]
fn every_topic_of_the_article_deck_has_facts() {
    let deck = article_deck();
    let mut table: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for fact in &deck.facts {
        *table
            .entry(fact.topic.as_str())
            .or_default()
            .entry(fact.kind().name())
            .or_default() += 1;
    }

    let kinds: Vec<&str> = FactKind::ALL.iter().map(|k| k.name()).collect();
    println!(
        "{:<16} {}  total",
        "topic",
        kinds.iter().map(|k| format!("{k:>10}")).collect::<String>()
    );
    let mut empty = Vec::new();
    for topic in &deck.topics {
        let row = table.get(topic.id.as_str());
        let counts: Vec<usize> = kinds
            .iter()
            .map(|k| row.and_then(|r| r.get(k)).copied().unwrap_or(0))
            .collect();
        let total: usize = counts.iter().sum();
        println!(
            "{:<16} {}  {total:>5}",
            topic.id,
            counts
                .iter()
                .map(|c| format!("{c:>10}"))
                .collect::<String>()
        );
        if total == 0 {
            empty.push(topic.id.as_str());
        }
    }
    println!("{:<16} {} facts", "all", deck.facts.len());
    assert!(empty.is_empty(), "topics without facts: {empty:?}");
}

#[test]
fn the_article_deck_has_well_over_sixty_facts() {
    let deck = article_deck();
    let from_the_article = article_facts(&deck).count();
    assert!(
        from_the_article >= 75,
        "only {from_the_article} facts from the article; the issue expects well over 60"
    );
}

#[test]
fn every_section_of_the_article_has_facts() {
    let deck = article_deck();
    let bare: Vec<&str> = deck
        .sections
        .iter()
        .filter(|s| !article_facts(&deck).any(|f| f.section.as_deref() == Some(s.id.as_str())))
        .map(|s| s.id.as_str())
        .collect();
    assert!(bare.is_empty(), "sections without facts: {bare:?}");
}

#[test]
fn every_article_fact_names_its_section_and_a_cue() {
    let deck = article_deck();
    let lacking: Vec<&str> = article_facts(&deck)
        .filter(|f| f.section.is_none() || f.cue.is_none())
        .map(|f| f.id.as_str())
        .collect();
    assert!(
        lacking.is_empty(),
        "article facts without section or cue: {lacking:?}"
    );
}

#[test]
fn cues_are_a_few_words_not_sentences() {
    let deck = article_deck();
    let long: Vec<(&str, usize)> = deck
        .facts
        .iter()
        .filter_map(|f| {
            f.cue
                .as_deref()
                .map(|c| (f.id.as_str(), c.split_whitespace().count()))
        })
        .filter(|(_, words)| !(2..=7).contains(words))
        .collect();
    assert!(long.is_empty(), "cues that are not 2 to 7 words: {long:?}");
}

#[test]
fn every_cue_stands_verbatim_in_the_article() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/000_5615875bba8a24d2.txt");
    let Ok(article) = std::fs::read_to_string(&path) else {
        println!("skipped: the article is not at {}", path.display());
        return;
    };
    let deck = article_deck();
    let missing: Vec<(&str, &str)> = article_facts(&deck)
        .filter_map(|f| f.cue.as_deref().map(|c| (f.id.as_str(), c)))
        .filter(|(_, cue)| !article.contains(cue))
        .collect();
    assert!(
        missing.is_empty(),
        "cues not found verbatim in the article: {missing:?}"
    );
}

#[test]
fn every_fact_has_an_english_gloss() {
    let deck = article_deck();
    let without: Vec<&str> = deck
        .facts
        .iter()
        .filter(|f| f.gloss.as_deref().is_none_or(|g| g.trim().is_empty()))
        .map(|f| f.id.as_str())
        .collect();
    assert!(without.is_empty(), "facts without a gloss: {without:?}");
}

#[test]
fn the_gdr_date_carries_a_correction_note() {
    let deck = article_deck();
    let gdr = deck
        .facts
        .iter()
        .find(|f| f.cue.as_deref().is_some_and(|c| c.contains("DDR 1989")))
        .expect("a fact on the GDR joining the Federal Republic");
    assert_eq!(
        date_of(gdr),
        Some(FactDate::Year(1989)),
        "the fact keeps the article's year"
    );
    assert!(!gdr.context);
    let note = gdr.note.as_deref().unwrap_or_default();
    assert!(
        note.contains("1990"),
        "the note gives the correct year: {note:?}"
    );
}

#[test]
fn the_misspelled_vladivostok_caption_carries_a_note() {
    let deck = article_deck();
    let caption = deck
        .facts
        .iter()
        .find(|f| f.cue.as_deref().is_some_and(|c| c.contains("Wlodiwostok")))
        .expect("a fact on the photo caption that misspells Vladivostok");
    let note = caption.note.as_deref().unwrap_or_default();
    assert!(
        note.contains("Wlodiwostok") && note.contains("Wladiwostok"),
        "the note names the misspelling and the right name: {note:?}"
    );
}

#[test]
fn context_facts_are_marked_as_context() {
    let deck = article_deck();
    let meeting_day = FactDate::parse("2019-04-25").unwrap();
    let dated: Vec<&Fact> = deck
        .facts
        .iter()
        .filter(|f| date_of(f) == Some(meeting_day))
        .collect();
    assert!(
        !dated.is_empty(),
        "the deck gives the date of the meeting as background"
    );
    for fact in dated {
        assert!(
            fact.context,
            "`{}`: the article never gives the date",
            fact.id
        );
    }
    for fact in deck.facts.iter().filter(|f| f.context) {
        assert!(
            fact.cue.is_none(),
            "`{}` is background, so it has no cue",
            fact.id
        );
    }
}

#[test]
fn every_dated_fact_with_a_year_names_its_event() {
    let deck = article_deck();
    let unnamed: Vec<&str> = deck
        .facts
        .iter()
        .filter(|f| match &f.body {
            FactBody::Date { date, event, .. } => date.year().is_some() && event.is_none(),
            _ => false,
        })
        .map(|f| f.id.as_str())
        .collect();
    assert!(
        unnamed.is_empty(),
        "dates with a year but no event: {unnamed:?}"
    );
}

#[test]
fn the_article_figures_keep_their_qualifiers_and_units() {
    let deck = article_deck();
    let numbers: Vec<(f64, Option<&str>, Option<&str>)> = deck
        .facts
        .iter()
        .filter_map(|f| match &f.body {
            FactBody::Number {
                value,
                qualifier,
                unit,
                ..
            } => Some((*value, qualifier.as_deref(), unit.as_deref())),
            _ => None,
        })
        .collect();
    for expected in [
        (120_000.0, Some("über"), Some("Leiharbeiter")),
        (80.0, Some("mindestens"), Some("Prozent")),
        (40_000.0, Some("circa"), Some("Euro")),
    ] {
        assert!(
            numbers.contains(&expected),
            "missing figure {expected:?}; the deck has {numbers:?}"
        );
    }
}

#[test]
fn list_items_are_single_items() {
    let deck = article_deck();
    let mut joined = Vec::new();
    for fact in &deck.facts {
        if let FactBody::List { items, .. } = &fact.body {
            assert!(
                items.len() >= 2,
                "`{}`: a list needs at least two items",
                fact.id
            );
            for item in items {
                if item.contains(',') || item.contains(" und ") || item.contains(" oder ") {
                    joined.push(format!("{}: {item}", fact.id));
                }
            }
        }
    }
    assert!(
        joined.is_empty(),
        "list items that hold several items: {joined:?}"
    );
}

#[test]
fn the_sanctions_are_separate_items_of_their_lists() {
    let deck = article_deck();
    let items_of = |id: &str| -> Vec<String> {
        match deck.fact(id).map(|f| &f.body) {
            Some(FactBody::List { items, .. }) => items.clone(),
            other => panic!("`{id}` should be a list fact, found {other:?}"),
        }
    };
    assert_eq!(items_of("embargo-listen").len(), 4);
    assert_eq!(items_of("einfuhr-eingeschraenkt").len(), 2);
    assert_eq!(items_of("ausfuhrverbote").len(), 3);
    assert_eq!(items_of("kaufwuensche").len(), 3);
}

/// Statements no fair false version could be written for: each minimal change made a
/// claim that is arguably true as well (the tests threaten South Korea and Japan too).
const STATEMENTS_ASKED_ONLY_AS_FLASHCARDS: [&str; 1] = ["atomtests-bedrohung"];

#[test]
fn every_statement_has_one_to_three_false_variants_unlike_itself() {
    let deck = article_deck();
    for fact in &deck.facts {
        if let FactBody::Statement {
            text,
            false_variants,
            ..
        } = &fact.body
        {
            let fewest = if STATEMENTS_ASKED_ONLY_AS_FLASHCARDS.contains(&fact.id.as_str()) {
                0
            } else {
                1
            };
            assert!(
                (fewest..=3).contains(&false_variants.len()),
                "`{}` has {} false variants",
                fact.id,
                false_variants.len()
            );
            assert!(
                !false_variants.contains(text),
                "`{}` lists its own text as false",
                fact.id
            );
        }
    }
}

#[test]
fn the_people_of_the_article_each_have_a_fact() {
    let deck = article_deck();
    let people: Vec<&str> = deck
        .facts
        .iter()
        .filter_map(|f| match &f.body {
            FactBody::Person { name, .. } => Some(name.as_str()),
            _ => None,
        })
        .collect();
    for name in [
        "Kim Jong Un",
        "Wladimir Putin",
        "Donald Trump",
        "Kim Il Sung",
        "Kim Jong Il",
        "Mike Pompeo",
        "Kim Kwang-jin",
        "Hans-Georg Maaßen",
    ] {
        assert!(
            people.contains(&name),
            "no person fact for {name}; the deck has {people:?}"
        );
    }
}
