//! Questions generated from the shipped deck: the same seed gives the same quiz, every
//! multiple-choice question is fair (three or four distinct options, the answer exactly
//! once, every wrong option of the answer's kind and category and judged fair), and
//! quizzes respect the learner's choices.

mod common;

use common::article_deck;
use factdeck::deck::{Deck, FactBody, Variant};
use factdeck::grade::answer_key;
use factdeck::quiz::{
    Asked, OptionSource, QuestionBody, QuestionKind, QuizLength, QuizSpec, Response, build_quiz,
    check, choice_question, every_question, question_for,
};
use rand::SeedableRng;
use rand::rngs::StdRng;
use std::collections::HashSet;

#[test]
fn the_same_seed_gives_the_same_quiz() {
    let deck = article_deck();
    let spec = QuizSpec::new(QuizLength::Questions(20), 7);
    assert_eq!(build_quiz(&deck, &spec), build_quiz(&deck, &spec));
    let other = QuizSpec::new(QuizLength::Questions(20), 8);
    assert_ne!(build_quiz(&deck, &spec), build_quiz(&deck, &other));
}

#[test]
fn every_multiple_choice_question_of_the_shipped_deck_is_fair() {
    let deck = article_deck();
    for seed in 0..8 {
        let mut rng = StdRng::seed_from_u64(seed);
        for card in &deck.cards {
            let fact = deck.fact_of(card);
            let Some(question) = choice_question(&deck, card, &mut rng) else {
                continue;
            };
            let QuestionBody::Choice { options, correct } = &question.body else {
                panic!("{} is not a choice", card.id);
            };
            assert!(
                (3..=4).contains(&options.len()),
                "{}: three or four options",
                card.id
            );
            let keys: HashSet<String> = options.iter().map(|o| answer_key(&o.text)).collect();
            assert_eq!(
                keys.len(),
                options.len(),
                "{}: options all differ: {options:?}",
                card.id
            );
            let answers = options
                .iter()
                .filter(|o| o.source == OptionSource::Answer)
                .count();
            assert_eq!(answers, 1, "{}: the answer stands once", card.id);
            assert_eq!(options[*correct].source, OptionSource::Answer);
            let right = &options[*correct].text;
            let item = match &fact.body {
                FactBody::List { items, .. } => {
                    assert!(items.contains(right), "{}: an item of the list", card.id);
                    Some(right.as_str())
                }
                _ => {
                    assert_eq!(right, &card.answer, "{}: the card's answer", card.id);
                    None
                }
            };
            let asked = Asked::new(fact, card, item);
            for option in options.iter().filter(|o| o.source != OptionSource::Answer) {
                assert_eq!(
                    asked.judge(&option.text),
                    Ok(()),
                    "{}: {:?}",
                    card.id,
                    option.text
                );
                match &option.source {
                    OptionSource::Fact(id) => {
                        let other = deck.fact(id).expect("the source fact exists");
                        assert_eq!(other.kind(), fact.kind(), "{}: same kind", card.id);
                        assert_eq!(
                            other.option_category(),
                            fact.option_category(),
                            "{}: same category",
                            card.id
                        );
                        assert_ne!(other.id, fact.id);
                    }
                    OptionSource::Authored => {}
                    OptionSource::Generated => assert!(
                        matches!(fact.body, FactBody::Number { .. } | FactBody::Date { .. }),
                        "{}: only numbers and dates get made-up options",
                        card.id
                    ),
                    OptionSource::Answer => {}
                }
            }
        }
    }
}

#[test]
fn every_figure_date_name_and_place_of_the_shipped_deck_is_asked_as_multiple_choice() {
    let deck = article_deck();
    let mut rng = StdRng::seed_from_u64(3);
    for card in &deck.cards {
        let asks_for_a_name = matches!(
            card.variant,
            Variant::Value | Variant::Date | Variant::Name | Variant::Place
        );
        if asks_for_a_name {
            assert!(
                choice_question(&deck, card, &mut rng).is_some(),
                "{} has too few fair wrong options",
                card.id
            );
        }
    }
}

#[test]
fn statement_options_use_the_authors_false_variants_first() {
    let deck = article_deck();
    let card = deck.card("panzerzug/statement").expect("the card exists");
    let question = choice_question(&deck, card, &mut StdRng::seed_from_u64(1)).expect("a question");
    let QuestionBody::Choice { options, .. } = &question.body else {
        panic!("a choice");
    };
    let authored = options
        .iter()
        .filter(|o| o.source == OptionSource::Authored)
        .count();
    assert_eq!(authored, 2, "both authored false variants are used");
}

#[test]
fn a_quiz_asks_the_chosen_number_of_questions_each_card_once() {
    let deck = article_deck();
    let questions = build_quiz(&deck, &QuizSpec::new(QuizLength::Questions(20), 3));
    assert_eq!(questions.len(), 20);
    let cards: Vec<_> = questions.iter().flat_map(|q| q.cards.clone()).collect();
    let distinct: HashSet<_> = cards.iter().collect();
    assert_eq!(cards.len(), distinct.len(), "no card is asked twice");
}

/// The facts that some question can ask about (a reason without false variants is a
/// flashcard only).
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

#[test]
fn a_quiz_of_everything_asks_about_every_askable_fact_once() {
    let deck = article_deck();
    let mut spec = QuizSpec::new(QuizLength::All, 5);
    spec.background = true;
    let questions = build_quiz(&deck, &spec);
    let facts: Vec<&str> = questions.iter().flat_map(|q| q.fact_ids()).collect();
    let distinct: HashSet<&str> = facts.iter().copied().collect();
    assert_eq!(facts.len(), distinct.len(), "no fact is asked twice");
    assert_eq!(
        distinct,
        askable_facts(&deck),
        "every fact with a question is asked"
    );
}

#[test]
fn a_ten_question_quiz_mixes_every_kind_of_question() {
    let deck = article_deck();
    let questions = build_quiz(&deck, &QuizSpec::new(QuizLength::Questions(10), 11));
    let kinds: HashSet<QuestionKind> = questions.iter().map(|q| q.kind).collect();
    assert_eq!(kinds.len(), QuestionKind::ALL.len(), "{kinds:?}");
}

#[test]
fn a_quiz_keeps_to_the_chosen_topics_and_kinds() {
    let deck = article_deck();
    let mut spec = QuizSpec::new(QuizLength::All, 2);
    spec.topics = vec!["sanktionen".into(), "botschaft".into()];
    spec.kinds = vec![QuestionKind::TrueFalse, QuestionKind::Typed];
    let questions = build_quiz(&deck, &spec);
    assert!(!questions.is_empty());
    for q in &questions {
        assert!(
            spec.topics.contains(&q.topic),
            "{} from {}",
            q.prompt,
            q.topic
        );
        assert!(spec.kinds.contains(&q.kind), "{:?}", q.kind);
    }
}

#[test]
fn matching_pairs_four_to_six_people_or_places_shown_out_of_order() {
    let deck = article_deck();
    for seed in 0..10 {
        let mut spec = QuizSpec::new(QuizLength::Questions(2), seed);
        spec.kinds = vec![QuestionKind::Matching];
        for q in build_quiz(&deck, &spec) {
            let QuestionBody::Matching { pairs, right_order } = &q.body else {
                panic!("a matching question");
            };
            assert!((4..=6).contains(&pairs.len()));
            assert_eq!(q.cards.len(), pairs.len());
            let variants: HashSet<&str> = q
                .cards
                .iter()
                .map(|c| &c.as_str()[c.fact_id().len()..])
                .collect();
            assert_eq!(variants.len(), 1, "people and places are not mixed");
            assert!(right_order.iter().enumerate().any(|(i, r)| i != *r));
        }
    }
}

#[test]
fn a_timeline_has_one_event_a_year_and_is_not_shown_in_order() {
    let deck = article_deck();
    for seed in 0..10 {
        let mut spec = QuizSpec::new(QuizLength::Questions(1), seed);
        spec.kinds = vec![QuestionKind::Timeline];
        let questions = build_quiz(&deck, &spec);
        let QuestionBody::Timeline { events } = &questions[0].body else {
            panic!("a timeline");
        };
        assert!((4..=6).contains(&events.len()));
        let years: HashSet<i32> = events.iter().filter_map(|e| e.date.year()).collect();
        assert_eq!(years.len(), events.len());
        assert!(
            events
                .windows(2)
                .any(|w| w[0].date.sort_key() > w[1].date.sort_key())
        );
    }
}

#[test]
fn a_timeline_with_one_event_misplaced_counts_the_others_right() {
    let deck = article_deck();
    let mut spec = QuizSpec::new(QuizLength::Questions(1), 4);
    spec.kinds = vec![QuestionKind::Timeline];
    let question = &build_quiz(&deck, &spec)[0];
    let QuestionBody::Timeline { events } = &question.body else {
        panic!("a timeline");
    };
    let mut order: Vec<usize> = (0..events.len()).collect();
    order.sort_by_key(|&e| events[e].date.sort_key());
    let right = check(question, &Response::Timeline(order.clone()));
    assert!(right.parts.iter().all(|p| p.right));
    // The latest event moved to the front: only it is out of place.
    let last = order.pop().expect("events");
    order.insert(0, last);
    let checked = check(question, &Response::Timeline(order));
    let wrong: Vec<bool> = checked.parts.iter().map(|p| p.right).collect();
    assert_eq!(wrong.iter().filter(|r| !**r).count(), 1);
    assert!(!checked.parts[last].right);
}

#[test]
fn a_true_false_question_claims_the_statement_or_an_authored_false_variant() {
    let deck = article_deck();
    let card = deck.card("hut/statement").expect("the card exists");
    let FactBody::Statement {
        text,
        false_variants,
        ..
    } = &deck.fact_of(card).body
    else {
        panic!("a statement");
    };
    let mut seen = HashSet::new();
    for seed in 0..20 {
        let q = question_for(
            &deck,
            card,
            QuestionKind::TrueFalse,
            &mut StdRng::seed_from_u64(seed),
        )
        .expect("a true/false question");
        let QuestionBody::TrueFalse { claim, truth, .. } = &q.body else {
            panic!("true/false");
        };
        assert_eq!(*truth, claim == text);
        assert!(claim == text || false_variants.contains(claim));
        seen.insert(*truth);
        let checked = check(&q, &Response::TrueFalse(*truth));
        assert!(checked.verdict.is_right());
    }
    assert_eq!(seen.len(), 2, "both true and false claims occur");
}

#[test]
fn the_export_holds_every_kind_of_question_for_every_askable_fact() {
    let deck = article_deck();
    let questions = every_question(&deck, 1);
    let kinds: HashSet<QuestionKind> = questions.iter().map(|q| q.kind).collect();
    assert_eq!(kinds.len(), QuestionKind::ALL.len());
    let facts: HashSet<&str> = questions.iter().flat_map(|q| q.fact_ids()).collect();
    assert_eq!(facts, askable_facts(&deck));
}
