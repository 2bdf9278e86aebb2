//! The quiz of every card, on decks of any shape: generated decks of people, places,
//! dates and lists, with names, roles and years shared among them (which decide what may
//! stand in one matching or timeline) and with large categories (whose wrong options are
//! drawn rather than shuffled whole).
//!
//! `build_quiz` no longer looks at every card left for every question; these properties
//! hold it to what the plain way promised: each card and fact once, every fact with a
//! question asked, every matching and timeline sound.

use factdeck::deck::{Deck, load_str};
use factdeck::grade::answer_key;
use factdeck::quiz::{QuestionBody, QuestionKind, QuizLength, QuizSpec, build_quiz, question_for};
use proptest::prelude::*;
use rand::SeedableRng;
use rand::rngs::StdRng;
use std::collections::HashSet;

/// A fact of a generated deck: its kind and a small number that decides its answer, so
/// that answers repeat.
#[derive(Debug, Clone)]
enum Fact {
    Person { name: u8, role: u8 },
    Place { name: u8, event: u8 },
    Date { year: u16 },
    List { item: u8 },
    Statement,
}

fn fact() -> impl Strategy<Value = Fact> {
    prop_oneof![
        (0u8..30, 0u8..30).prop_map(|(name, role)| Fact::Person { name, role }),
        (0u8..30, 0u8..30).prop_map(|(name, event)| Fact::Place { name, event }),
        (1980u16..2000).prop_map(|year| Fact::Date { year }),
        (0u8..10).prop_map(|item| Fact::List { item }),
        Just(Fact::Statement),
    ]
}

fn deck_of(facts: &[Fact]) -> Deck {
    let mut text = String::from(
        "[deck]\nid = \"d\"\ntitle = \"D\"\n\n[[topics]]\nid = \"a\"\nname = \"A\"\n\n\
         [[topics]]\nid = \"b\"\nname = \"B\"\n\n",
    );
    for (i, fact) in facts.iter().enumerate() {
        let topic = if i % 3 == 0 { "a" } else { "b" };
        let body = match fact {
            Fact::Person { name, role } => format!(
                "kind = \"person\"\nname = \"Vorname{name} Nachname{name}\"\n\
                 role = \"Rolle {role}\"\ncategory = \"Leute\"\nask_name = \"Wer ist {i}?\"\n"
            ),
            Fact::Place { name, event } => format!(
                "kind = \"place\"\nname = \"Ort{name}\"\nevent = \"Ereignis {event}\"\n\
                 category = \"Orte\"\nask_place = \"Wo ist {i}?\"\n"
            ),
            Fact::Date { year } => format!(
                "kind = \"date\"\nquestion = \"Wann war {i}?\"\ndate = \"{year}\"\n\
                 event = \"Ereignis {i}\"\n"
            ),
            Fact::List { item } => format!(
                "kind = \"list\"\nquestion = \"Was gehört zu {i}?\"\nname = \"Liste {i}\"\n\
                 items = [\"Ware{item}\", \"Gut{i}\"]\ncategory = \"Waren\"\n\
                 ask_item = \"Welche Ware gehört zu {i}?\"\n\
                 item_claim = \"Zu {i} gehört {{}}.\"\n"
            ),
            Fact::Statement => format!(
                "kind = \"statement\"\nquestion = \"Was gilt für {i}?\"\n\
                 text = \"Fall {i} ist wahr.\"\nfalse_variants = [\"Fall {i} ist falsch.\"]\n"
            ),
        };
        text.push_str(&format!(
            "[[facts]]\nid = \"f{i}\"\ntopic = \"{topic}\"\n{body}\n"
        ));
    }
    load_str("d.toml", &text).expect("the generated deck loads")
}

/// The facts some single-card question can ask about, and the facts of cards that can be
/// matched or put on a timeline.
fn askable_facts(deck: &Deck) -> HashSet<&str> {
    let mut rng = StdRng::seed_from_u64(0);
    deck.cards
        .iter()
        .filter(|card| {
            QuestionKind::ALL
                .iter()
                .any(|k| question_for(deck, card, *k, &mut rng).is_some())
        })
        .map(|card| card.id.fact_id())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_quiz_of_every_card_asks_each_card_and_fact_once_and_every_askable_fact(
        facts in prop::collection::vec(fact(), 1..80),
        seed in any::<u64>(),
    ) {
        let deck = deck_of(&facts);
        let questions = build_quiz(&deck, &QuizSpec::new(QuizLength::All, seed));
        let cards: Vec<&str> = questions.iter().flat_map(|q| &q.cards).map(|c| c.as_str()).collect();
        let distinct: HashSet<&str> = cards.iter().copied().collect();
        prop_assert_eq!(cards.len(), distinct.len(), "a card asked twice");
        let facts: Vec<&str> = questions.iter().flat_map(|q| q.fact_ids()).collect();
        let asked: HashSet<&str> = facts.iter().copied().collect();
        prop_assert_eq!(facts.len(), asked.len(), "a fact asked twice");
        prop_assert_eq!(asked, askable_facts(&deck), "a fact with a question left out");
    }

    #[test]
    fn every_matching_and_timeline_of_a_quiz_is_sound(
        facts in prop::collection::vec(fact(), 1..80),
        seed in any::<u64>(),
    ) {
        let deck = deck_of(&facts);
        let mut spec = QuizSpec::new(QuizLength::All, seed);
        spec.kinds = vec![QuestionKind::Matching, QuestionKind::Timeline];
        for question in build_quiz(&deck, &spec) {
            match &question.body {
                QuestionBody::Matching { pairs, right_order } => {
                    prop_assert!((4..=6).contains(&pairs.len()));
                    let lefts: HashSet<String> = pairs.iter().map(|p| answer_key(&p.left)).collect();
                    let rights: HashSet<String> = pairs.iter().map(|p| answer_key(&p.right)).collect();
                    prop_assert_eq!(lefts.len(), pairs.len(), "a name twice: {:?}", pairs);
                    prop_assert_eq!(rights.len(), pairs.len(), "a role twice: {:?}", pairs);
                    prop_assert!(right_order.iter().enumerate().any(|(i, r)| i != *r));
                }
                QuestionBody::Timeline { events } => {
                    prop_assert!((4..=6).contains(&events.len()));
                    let years: HashSet<Option<i32>> = events.iter().map(|e| e.date.year()).collect();
                    prop_assert_eq!(years.len(), events.len(), "a year twice: {:?}", events);
                }
                other => prop_assert!(false, "{:?} is no group", other),
            }
        }
    }
}
