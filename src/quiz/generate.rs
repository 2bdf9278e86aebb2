//! The questions each card can be asked as, and the questions about several cards at
//! once (matching, timeline).

use super::wrong_options::{self, Asked, FEWEST_WRONG_OPTIONS};
use super::{
    ChoiceOption, MatchPair, OptionSource, Question, QuestionBody, QuestionKind, TimelineEvent,
};
use crate::deck::{Card, CardId, Deck, FactBody, FactDate, Variant};
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
/// true/false one. Empty for other kinds. Looks at every fact of the card's category
/// (see `wrong_option_pool_listed`).
pub fn wrong_option_pool(deck: &Deck, card: &Card, kind: QuestionKind) -> Vec<String> {
    wrong_option_pool_listed(deck, card, kind, usize::MAX).0
}

/// The wrong options or false claims among the first `most` candidates of a card's pool
/// (see `wrong_option_pool`), and how many candidates were not looked at (0 when the
/// pool is complete).
pub fn wrong_option_pool_listed(
    deck: &Deck,
    card: &Card,
    kind: QuestionKind,
    most: usize,
) -> (Vec<String>, usize) {
    let fact = deck.fact_of(card);
    let texts = |pool: wrong_options::Pool, claim: Option<&str>| {
        let options = pool
            .options
            .into_iter()
            .map(|o| match claim {
                Some(claim) => claim.replacen("{}", &o.text, 1),
                None => o.text,
            })
            .collect();
        (options, pool.unlisted)
    };
    match (kind, &fact.body) {
        (QuestionKind::MultipleChoice, _) => {
            texts(wrong_options::pool_listed(deck, card, most), None)
        }
        (QuestionKind::TrueFalse, FactBody::Statement { false_variants, .. }) => {
            (false_variants.clone(), 0)
        }
        (
            QuestionKind::TrueFalse,
            FactBody::List {
                item_claim: Some(item_claim),
                ..
            },
        ) => texts(
            wrong_options::pool_listed(deck, card, most),
            Some(item_claim),
        ),
        _ => (Vec::new(), 0),
    }
}

/// Other accepted answers for a person's name: the surname alone, for a two-word
/// Western name whose surname no other person in the deck shares ("Putin", "Maaßen").
fn surname_alternatives(deck: &Deck, name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let [_, surname] = words.as_slice() else {
        return Vec::new();
    };
    let long = surname.chars().count() >= crate::grade::TYPO_MIN_LETTERS;
    if !long || surname.contains('-') || surname_shared(deck, name, surname) {
        Vec::new()
    } else {
        vec![surname.to_string()]
    }
}

/// Whether another person's name (one written otherwise than `name`) has a word that reads
/// as `surname`. The deck's index of name words is made once, at the first question that
/// needs it, rather than every name read for every question.
fn surname_shared(deck: &Deck, name: &str, surname: &str) -> bool {
    let words = deck.name_words.get_or_init(|| name_words(deck));
    match words.get(&answer_key(surname)) {
        Some(&(first, others)) => others || person_name(deck, first) != Some(name),
        None => false,
    }
}

fn person_name(deck: &Deck, index: usize) -> Option<&str> {
    match &deck.facts.get(index)?.body {
        FactBody::Person { name, .. } => Some(name),
        _ => None,
    }
}

/// Each word of the people's names (see `Deck::name_words`).
fn name_words(deck: &Deck) -> std::collections::HashMap<String, (usize, bool)> {
    let mut words: std::collections::HashMap<String, (usize, bool)> =
        std::collections::HashMap::new();
    for (index, fact) in deck.facts.iter().enumerate() {
        let FactBody::Person { name, .. } = &fact.body else {
            continue;
        };
        for word in name.split_whitespace() {
            let entry = words.entry(answer_key(word)).or_insert((index, false));
            if !entry.1 && person_name(deck, entry.0) != Some(name.as_str()) {
                entry.1 = true;
            }
        }
    }
    words
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

/// A card that can be matched: a person's role card or a place's event card (at
/// `position` in the deck's cards), with its pair and the keys it clashes on (two people
/// of one name, or two of one role, would make a matching ambiguous).
pub(super) struct Matchable {
    pub position: usize,
    pub pair: MatchPair,
    keys: (String, String),
}

impl Matchable {
    pub fn of(deck: &Deck, position: usize) -> Option<Matchable> {
        let card = deck.cards.get(position)?;
        let pair = match (&deck.fact_of(card).body, card.variant) {
            (FactBody::Person { name, role, .. }, Variant::Role) => MatchPair {
                left: name.clone(),
                right: role.clone(),
            },
            (FactBody::Place { name, event, .. }, Variant::Event) => MatchPair {
                left: name.clone(),
                right: event.clone(),
            },
            _ => return None,
        };
        let keys = (answer_key(&pair.left), answer_key(&pair.right));
        Some(Matchable {
            position,
            pair,
            keys,
        })
    }

    /// Whether the two cannot stand in one matching.
    pub fn clashes(&self, other: &Matchable) -> bool {
        self.keys.0 == other.keys.0 || self.keys.1 == other.keys.1
    }
}

/// The positions in the deck's cards of `cards`.
fn positions(deck: &Deck, cards: &[&Card]) -> Vec<usize> {
    cards
        .iter()
        .filter_map(|card| deck.position(card.id.as_str()))
        .collect()
}

/// Matches people to roles (from `person/role` cards) or places to what happens there
/// (from `place/event` cards): four to six of `cards`, chosen at random. `None` when fewer
/// than four such cards are given.
pub fn matching_question(deck: &Deck, cards: &[&Card], rng: &mut impl Rng) -> Option<Question> {
    let mut usable: Vec<Matchable> = positions(deck, cards)
        .into_iter()
        .filter_map(|position| Matchable::of(deck, position))
        .collect();
    usable.shuffle(rng);
    // People and places are never mixed: take the variant of the first card drawn.
    let variant = |m: &Matchable| deck.cards[m.position].variant;
    let first = variant(usable.first()?);
    usable.retain(|m| variant(m) == first);
    let mut chosen: Vec<Matchable> = Vec::new();
    for matchable in usable {
        if !chosen.iter().any(|c| c.clashes(&matchable)) && chosen.len() < *GROUP_SIZE.end() {
            chosen.push(matchable);
        }
    }
    (chosen.len() >= *GROUP_SIZE.start()).then(|| matching_of(deck, chosen, rng))
}

/// The matching question of cards of one variant that do not clash.
pub(super) fn matching_of(deck: &Deck, chosen: Vec<Matchable>, rng: &mut impl Rng) -> Question {
    let mut right_order: Vec<usize> = (0..chosen.len()).collect();
    while chosen.len() > 1 && right_order.iter().enumerate().all(|(i, r)| i == *r) {
        right_order.shuffle(rng);
    }
    let first = chosen.first().and_then(|m| deck.cards.get(m.position));
    let prompt = match first.map(|card| card.variant) {
        Some(Variant::Role) => "Ordne jeder Person ihre Rolle zu.",
        _ => "Ordne jedem Ort zu, was dort geschieht.",
    };
    Question {
        kind: QuestionKind::Matching,
        topic: first
            .map(|card| deck.fact_of(card).topic.clone())
            .unwrap_or_default(),
        prompt: prompt.to_string(),
        cards: card_ids(deck, chosen.iter().map(|m| m.position)),
        body: QuestionBody::Matching {
            pairs: chosen.into_iter().map(|m| m.pair).collect(),
            right_order,
        },
    }
}

fn card_ids(deck: &Deck, positions: impl Iterator<Item = usize>) -> Vec<CardId> {
    positions
        .filter_map(|position| deck.cards.get(position))
        .map(|card| card.id.clone())
        .collect()
}

/// A card that can stand on a timeline (at `position` in the deck's cards): a date with a
/// year, and its event.
pub(super) struct Dated {
    pub position: usize,
    pub event: TimelineEvent,
}

impl Dated {
    pub fn of(deck: &Deck, position: usize) -> Option<Dated> {
        let card = deck.cards.get(position)?;
        match &deck.fact_of(card).body {
            FactBody::Date {
                date,
                event,
                question,
            } if date.year().is_some() => Some(Dated {
                position,
                event: TimelineEvent {
                    label: event.clone().unwrap_or_else(|| question.clone()),
                    date: *date,
                },
            }),
            _ => None,
        }
    }

    /// Whether the two cannot stand on one timeline: each year once, so the order is
    /// never in doubt.
    pub fn clashes(&self, other: &Dated) -> bool {
        self.event.date.year() == other.event.date.year()
    }
}

/// Four to six dated events of `cards` (dates with a year, each year once, so the order
/// is never in doubt), shown out of order.
pub fn timeline_question(deck: &Deck, cards: &[&Card], rng: &mut impl Rng) -> Option<Question> {
    let mut dated: Vec<Dated> = positions(deck, cards)
        .into_iter()
        .filter_map(|position| Dated::of(deck, position))
        .collect();
    dated.shuffle(rng);
    let mut chosen: Vec<Dated> = Vec::new();
    for event in dated {
        if !chosen.iter().any(|c| c.clashes(&event)) && chosen.len() < *GROUP_SIZE.end() {
            chosen.push(event);
        }
    }
    (chosen.len() >= *GROUP_SIZE.start()).then(|| timeline_of(deck, chosen, rng))
}

/// The timeline question of dated cards of different years.
pub(super) fn timeline_of(deck: &Deck, mut chosen: Vec<Dated>, rng: &mut impl Rng) -> Question {
    // Shown in an order that is not already the answer.
    while chosen.len() > 1
        && chosen
            .windows(2)
            .all(|w| w[0].event.date.sort_key() < w[1].event.date.sort_key())
    {
        chosen.shuffle(rng);
    }
    let first = chosen.first().and_then(|d| deck.cards.get(d.position));
    Question {
        kind: QuestionKind::Timeline,
        topic: first
            .map(|card| deck.fact_of(card).topic.clone())
            .unwrap_or_default(),
        prompt: "Bringe die Ereignisse in die zeitliche Reihenfolge – das früheste zuerst."
            .to_string(),
        cards: card_ids(deck, chosen.iter().map(|d| d.position)),
        body: QuestionBody::Timeline {
            events: chosen.into_iter().map(|d| d.event).collect(),
        },
    }
}
