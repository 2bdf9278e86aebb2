//! The questions each card can be asked as, and the questions about several cards at
//! once (matching, timeline).

use super::wrong_options::{self, Asked, FEWEST_WRONG_OPTIONS};
use super::{
    ChoiceOption, MatchPair, OptionSource, Question, QuestionBody, QuestionKind, TimelineEvent,
};
use crate::deck::{Card, Deck, FactBody, FactDate, Variant};
use crate::grade::{Expected, TextKind, answer_key};
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{Rng, RngExt};

/// The fewest and most pairs of a matching question, and events of a timeline.
pub const GROUP_SIZE: std::ops::RangeInclusive<usize> = 4..=6;

/// The single-card kinds a card can be asked as, in the order recognition first.
pub fn kinds_for_card(deck: &Deck, card: &Card, rng: &mut impl Rng) -> Vec<QuestionKind> {
    [
        QuestionKind::MultipleChoice,
        QuestionKind::TrueFalse,
        QuestionKind::Typed,
        QuestionKind::NameAll,
    ]
    .into_iter()
    .filter(|kind| question_for(deck, card, *kind, rng).is_some())
    .collect()
}

/// A question of one kind about one card; `None` when the card cannot be asked that way
/// (a reason cannot be typed; a statement without false variants is no true/false).
pub fn question_for(
    deck: &Deck,
    card: &Card,
    kind: QuestionKind,
    rng: &mut impl Rng,
) -> Option<Question> {
    match kind {
        QuestionKind::MultipleChoice => choice_question(deck, card, rng),
        QuestionKind::TrueFalse => true_false_question(deck, card, rng),
        QuestionKind::Typed => typed_question(deck, card),
        QuestionKind::NameAll => name_all_question(deck, card),
        QuestionKind::Matching | QuestionKind::Timeline => None,
    }
}

fn single(
    deck: &Deck,
    card: &Card,
    kind: QuestionKind,
    prompt: String,
    body: QuestionBody,
) -> Question {
    Question {
        kind,
        topic: deck.fact_of(card).topic.clone(),
        prompt,
        body,
        cards: vec![card.id.clone()],
    }
}

/// Up to four options, one right, shuffled; `None` where fewer than
/// `FEWEST_WRONG_OPTIONS` fair wrong options exist. A list is asked about one of its
/// items, with the author's `ask_item` question.
pub fn choice_question(deck: &Deck, card: &Card, rng: &mut impl Rng) -> Option<Question> {
    let fact = deck.fact_of(card);
    let (prompt, item) = match &fact.body {
        FactBody::List {
            items, ask_item, ..
        } => (ask_item.clone()?, Some(items.choose(rng)?.as_str())),
        _ => (card.prompt.clone(), None),
    };
    let asked = Asked::new(fact, card, item);
    let mut options = wrong_options::pick(deck, card, &asked, FEWEST_WRONG_OPTIONS, rng)?;
    options.push(ChoiceOption {
        text: asked.answer.clone(),
        source: OptionSource::Answer,
    });
    options.shuffle(rng);
    let correct = options
        .iter()
        .position(|o| o.source == OptionSource::Answer)?;
    Some(single(
        deck,
        card,
        QuestionKind::MultipleChoice,
        prompt,
        QuestionBody::Choice { options, correct },
    ))
}

/// A statement or one of its author's false variants; or the author's claim about a
/// list (`item_claim`) with one of its items, or with a fair wrong option in its place.
pub fn true_false_question(deck: &Deck, card: &Card, rng: &mut impl Rng) -> Option<Question> {
    let fact = deck.fact_of(card);
    let (prompt, claim, truth, correct_text) = match &fact.body {
        FactBody::Statement {
            question,
            text,
            false_variants,
        } => {
            let falsehood = false_variants.choose(rng)?;
            let truth = rng.random_bool(0.5);
            let claim = if truth { text } else { falsehood };
            (question.clone(), claim.clone(), truth, text.clone())
        }
        FactBody::List {
            question,
            items,
            item_claim: Some(item_claim),
            ..
        } => {
            let asked = Asked::new(fact, card, None);
            let outsider = wrong_options::pick(deck, card, &asked, 1, rng)?
                .into_iter()
                .next()?;
            let truth = rng.random_bool(0.5);
            let item = if truth {
                items.choose(rng)?.clone()
            } else {
                outsider.text
            };
            (
                // The author's claim says by whose account it holds ("laut Artikel").
                "Stimmt das?".to_string(),
                item_claim.replacen("{}", &item, 1),
                truth,
                format!("{question} – {}", items.join(", ")),
            )
        }
        _ => return None,
    };
    Some(single(
        deck,
        card,
        QuestionKind::TrueFalse,
        prompt,
        QuestionBody::TrueFalse {
            claim,
            truth,
            correct_text,
        },
    ))
}

/// Every wrong option or false claim a card's question of `kind` may show, for an author
/// to review: the options of a multiple-choice question, the false claims of a
/// true/false one. Empty for other kinds.
pub fn wrong_option_pool(deck: &Deck, card: &Card, kind: QuestionKind) -> Vec<String> {
    let fact = deck.fact_of(card);
    match (kind, &fact.body) {
        (QuestionKind::MultipleChoice, _) => wrong_options::pool(deck, card)
            .into_iter()
            .map(|o| o.text)
            .collect(),
        (QuestionKind::TrueFalse, FactBody::Statement { false_variants, .. }) => {
            false_variants.clone()
        }
        (
            QuestionKind::TrueFalse,
            FactBody::List {
                item_claim: Some(item_claim),
                ..
            },
        ) => wrong_options::pool(deck, card)
            .into_iter()
            .map(|o| item_claim.replacen("{}", &o.text, 1))
            .collect(),
        _ => Vec::new(),
    }
}

/// Other accepted answers for a person's name: the surname alone, for a two-word
/// Western name whose surname no other person in the deck shares ("Putin", "Maaßen").
fn surname_alternatives(deck: &Deck, name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let [_, surname] = words.as_slice() else {
        return Vec::new();
    };
    let shared = deck.facts.iter().any(|f| match &f.body {
        FactBody::Person { name: other, .. } if other != name => other
            .split_whitespace()
            .any(|w| answer_key(w) == answer_key(surname)),
        _ => false,
    });
    let long = surname.chars().count() >= crate::grade::TYPO_MIN_LETTERS;
    if shared || !long || surname.contains('-') {
        Vec::new()
    } else {
        vec![surname.to_string()]
    }
}

/// The answer to type: a number, a date, a name, a place, or a short imported answer.
/// Long answers (roles, events, statements, reasons) are not typed.
fn typed_question(deck: &Deck, card: &Card) -> Option<Question> {
    let fact = deck.fact_of(card);
    let expected = match (&fact.body, card.variant) {
        (
            FactBody::Number {
                value,
                qualifier,
                unit,
                ..
            },
            _,
        ) => Expected::Number {
            value: *value,
            qualifier: qualifier.clone(),
            unit: unit.clone(),
        },
        (FactBody::Date { date, .. }, _) => Expected::Date {
            date: *date,
            // The real date where the article is wrong; the deck's reader checked that
            // each parses.
            also: fact
                .answers
                .also_right
                .iter()
                .filter_map(|d| FactDate::parse(d).ok())
                .collect(),
        },
        (FactBody::Person { name, .. }, Variant::Name) => Expected::Text {
            answer: name.clone(),
            also: [
                surname_alternatives(deck, name),
                fact.answers.also_right.clone(),
            ]
            .concat(),
            kind: TextKind::Name,
        },
        (FactBody::Place { name, .. }, Variant::Place) => Expected::Text {
            answer: name.clone(),
            also: fact.answers.also_right.clone(),
            kind: TextKind::Term,
        },
        // Imported vocabulary ("Kohle" → "coal") is worth typing; a sentence is not.
        (FactBody::Question { answer, .. }, _) if is_short_enough_to_type(answer) => {
            Expected::Text {
                answer: answer.clone(),
                also: fact.answers.also_right.clone(),
                // An imported answer may be a person's name: never shortened by rule.
                kind: TextKind::Name,
            }
        }
        _ => return None,
    };
    Some(single(
        deck,
        card,
        QuestionKind::Typed,
        card.prompt.clone(),
        QuestionBody::Typed { expected },
    ))
}

/// At most three words and 30 letters: an answer a learner can type from memory.
fn is_short_enough_to_type(answer: &str) -> bool {
    answer.split_whitespace().count() <= 3 && answer.chars().count() <= 30
}

/// Every item of a list, typed.
fn name_all_question(deck: &Deck, card: &Card) -> Option<Question> {
    let FactBody::List { items, .. } = &deck.fact_of(card).body else {
        return None;
    };
    Some(single(
        deck,
        card,
        QuestionKind::NameAll,
        format!("{} {}", card.prompt, name_all_instruction(items.len())),
        QuestionBody::Typed {
            expected: Expected::List(items.clone()),
        },
    ))
}

/// "Nenne beide.", "Nenne alle drei.": how many items the learner is to name, in words
/// up to twelve as German prints them.
fn name_all_instruction(count: usize) -> String {
    const WORDS: [&str; 11] = [
        "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "",
    ];
    match count {
        0 | 1 => "Nenne es.".to_string(),
        2 => "Nenne beide.".to_string(),
        n if n <= 12 => format!("Nenne alle {}.", WORDS[n - 3]),
        n => format!("Nenne alle {n}."),
    }
}

/// Matches people to roles (from `person/role` cards) or places to what happens there
/// (from `place/event` cards): four to six of `cards`, chosen at random. `None` when fewer
/// than four such cards are given.
pub fn matching_question(deck: &Deck, cards: &[&Card], rng: &mut impl Rng) -> Option<Question> {
    let mut usable: Vec<(&Card, MatchPair)> = cards
        .iter()
        .filter_map(|card| match (&deck.fact_of(card).body, card.variant) {
            (FactBody::Person { name, role, .. }, Variant::Role) => Some((
                *card,
                MatchPair {
                    left: name.clone(),
                    right: role.clone(),
                },
            )),
            (FactBody::Place { name, event, .. }, Variant::Event) => Some((
                *card,
                MatchPair {
                    left: name.clone(),
                    right: event.clone(),
                },
            )),
            _ => None,
        })
        .collect();
    usable.shuffle(rng);
    // People and places are never mixed: take the variant of the first card drawn.
    let variant = usable.first()?.0.variant;
    usable.retain(|(c, _)| c.variant == variant);
    let mut chosen: Vec<(&Card, MatchPair)> = Vec::new();
    for (card, pair) in usable {
        let clash = chosen.iter().any(|(_, p)| {
            answer_key(&p.left) == answer_key(&pair.left)
                || answer_key(&p.right) == answer_key(&pair.right)
        });
        if !clash && chosen.len() < *GROUP_SIZE.end() {
            chosen.push((card, pair));
        }
    }
    if chosen.len() < *GROUP_SIZE.start() {
        return None;
    }
    let mut right_order: Vec<usize> = (0..chosen.len()).collect();
    while right_order.iter().enumerate().all(|(i, r)| i == *r) {
        right_order.shuffle(rng);
    }
    let prompt = match variant {
        Variant::Role => "Ordne jeder Person ihre Rolle zu.",
        _ => "Ordne jedem Ort zu, was dort geschieht.",
    };
    let topic = deck.fact_of(chosen[0].0).topic.clone();
    Some(Question {
        kind: QuestionKind::Matching,
        topic,
        prompt: prompt.to_string(),
        cards: chosen.iter().map(|(c, _)| c.id.clone()).collect(),
        body: QuestionBody::Matching {
            pairs: chosen.into_iter().map(|(_, p)| p).collect(),
            right_order,
        },
    })
}

/// Four to six dated events of `cards` (dates with a year, each year once, so the order
/// is never in doubt), shown out of order.
pub fn timeline_question(deck: &Deck, cards: &[&Card], rng: &mut impl Rng) -> Option<Question> {
    let mut dated: Vec<(&Card, TimelineEvent)> = cards
        .iter()
        .filter_map(|card| match &deck.fact_of(card).body {
            FactBody::Date {
                date,
                event,
                question,
            } if date.year().is_some() => Some((
                *card,
                TimelineEvent {
                    label: event.clone().unwrap_or_else(|| question.clone()),
                    date: *date,
                },
            )),
            _ => None,
        })
        .collect();
    dated.shuffle(rng);
    let mut chosen: Vec<(&Card, TimelineEvent)> = Vec::new();
    for (card, event) in dated {
        let clash = chosen
            .iter()
            .any(|(_, e)| e.date.year() == event.date.year());
        if !clash && chosen.len() < *GROUP_SIZE.end() {
            chosen.push((card, event));
        }
    }
    if chosen.len() < *GROUP_SIZE.start() {
        return None;
    }
    // Shown in an order that is not already the answer.
    while chosen
        .windows(2)
        .all(|w| w[0].1.date.sort_key() < w[1].1.date.sort_key())
    {
        chosen.shuffle(rng);
    }
    let topic = deck.fact_of(chosen[0].0).topic.clone();
    Some(Question {
        kind: QuestionKind::Timeline,
        topic,
        prompt: "Bringe die Ereignisse in die zeitliche Reihenfolge – das früheste zuerst."
            .to_string(),
        cards: chosen.iter().map(|(c, _)| c.id.clone()).collect(),
        body: QuestionBody::Timeline {
            events: chosen.into_iter().map(|(_, e)| e).collect(),
        },
    })
}
