//! The cards a fact yields. A card's id is `fact-id/variant` and never depends on the
//! wording, so rewording a fact keeps the learner's progress.

use super::{Fact, FactBody, format_number};
use std::fmt;

/// `fact-id/variant`, the key progress is stored under.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct CardId(String);

impl CardId {
    pub fn new(fact_id: &str, variant: Variant) -> Self {
        let variant = variant.name();
        let mut id = String::with_capacity(fact_id.len() + 1 + variant.len());
        id.push_str(fact_id);
        id.push('/');
        id.push_str(variant);
        CardId(id)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The fact part of the id.
    pub fn fact_id(&self) -> &str {
        self.0.split_once('/').map_or(&self.0, |(fact, _)| fact)
    }
}

impl fmt::Display for CardId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Which question of a fact a card asks. Each kind has its own variant names, so a fact
/// whose kind changes gets new cards instead of inheriting progress that no longer fits.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Variant {
    /// A number fact's question, answered by the figure.
    Value,
    /// A date fact's question, answered by the date.
    Date,
    /// A list fact's question, answered by its items.
    Items,
    /// A statement fact's question, answered by the statement.
    Statement,
    /// A reason fact's why-question, answered by the reason.
    Reason,
    /// A plain question's answer.
    Answer,
    /// A person's name, answered by their role.
    Role,
    /// A person's role, answered by their name.
    Name,
    /// A place, answered by what happens there.
    Event,
    /// What happens, answered by the place.
    Place,
}

impl Variant {
    pub const ALL: [Variant; 10] = [
        Variant::Value,
        Variant::Date,
        Variant::Items,
        Variant::Statement,
        Variant::Reason,
        Variant::Answer,
        Variant::Role,
        Variant::Name,
        Variant::Event,
        Variant::Place,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Variant::Value => "value",
            Variant::Date => "date",
            Variant::Items => "items",
            Variant::Statement => "statement",
            Variant::Reason => "reason",
            Variant::Answer => "answer",
            Variant::Role => "role",
            Variant::Name => "name",
            Variant::Event => "event",
            Variant::Place => "place",
        }
    }

    /// True for the second direction of a two-way fact; new cards show these after the
    /// first directions, so the two sides of one fact do not follow each other.
    pub fn is_reverse(self) -> bool {
        matches!(self, Variant::Name | Variant::Place)
    }
}

/// One self-rated flashcard.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Card {
    pub id: CardId,
    /// Index of the fact in its deck's `facts`.
    pub fact_index: usize,
    pub variant: Variant,
    pub prompt: String,
    pub answer: String,
}

/// The answer of a fact as a learner would say it, e.g. "über 120.000 Leiharbeiter".
pub fn answer_text(fact: &Fact) -> String {
    match &fact.body {
        FactBody::Number {
            value,
            qualifier,
            unit,
            ..
        } => [
            qualifier.as_deref(),
            Some(&format_number(*value)),
            unit.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" "),
        FactBody::Date { date, .. } => date.to_string(),
        FactBody::List { items, .. } => items.join(", "),
        FactBody::Person { role, .. } => role.clone(),
        FactBody::Place { event, .. } => event.clone(),
        FactBody::Statement { text, .. } => text.clone(),
        FactBody::Reason { answer, .. } | FactBody::Question { answer, .. } => answer.clone(),
    }
}

/// All cards of a deck's facts, in fact order.
pub fn cards_for(facts: &[Fact]) -> Vec<Card> {
    let mut cards = Vec::with_capacity(facts.len());
    for (fact_index, fact) in facts.iter().enumerate() {
        let mut add = |variant: Variant, prompt: String, answer: String| {
            cards.push(Card {
                id: CardId::new(&fact.id, variant),
                fact_index,
                variant,
                prompt,
                answer,
            });
        };
        match &fact.body {
            FactBody::Number { question, .. } => {
                add(Variant::Value, question.clone(), answer_text(fact));
            }
            FactBody::Date { question, .. } => {
                add(Variant::Date, question.clone(), answer_text(fact));
            }
            FactBody::List { question, .. } => {
                add(Variant::Items, question.clone(), answer_text(fact));
            }
            FactBody::Statement { question, .. } => {
                add(Variant::Statement, question.clone(), answer_text(fact));
            }
            FactBody::Reason { question, .. } => {
                add(Variant::Reason, question.clone(), answer_text(fact));
            }
            FactBody::Question { question, .. } => {
                add(Variant::Answer, question.clone(), answer_text(fact));
            }
            FactBody::Person {
                name,
                role,
                ask_role,
                ask_name,
            } => {
                let who = ask_role
                    .clone()
                    .unwrap_or_else(|| format!("Wer ist {name}?"));
                add(Variant::Role, who, role.clone());
                let named = ask_name
                    .clone()
                    .unwrap_or_else(|| format!("Wer ist gemeint? – {role}"));
                add(Variant::Name, named, name.clone());
            }
            FactBody::Place {
                name,
                event,
                ask_event,
                ask_place,
            } => {
                let what = ask_event
                    .clone()
                    .unwrap_or_else(|| format!("Was geschieht laut Artikel in {name}?"));
                add(Variant::Event, what, event.clone());
                let place = ask_place
                    .clone()
                    .unwrap_or_else(|| format!("Wo? – {event}"));
                add(Variant::Place, place, name.clone());
            }
        }
    }
    cards
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::FactBody;

    fn fact(id: &str, body: FactBody) -> Fact {
        Fact {
            id: id.into(),
            topic: "t".into(),
            section: None,
            cue: None,
            gloss: None,
            note: None,
            context: false,
            answers: Default::default(),
            line: 1,
            body,
        }
    }

    #[test]
    fn a_person_yields_a_card_in_each_direction() {
        let facts = [fact(
            "maassen",
            FactBody::Person {
                name: "Hans-Georg Maaßen".into(),
                role: "damaliger Verfassungsschutzpräsident".into(),
                ask_role: None,
                ask_name: None,
            },
        )];
        let cards = cards_for(&facts);
        let ids: Vec<&str> = cards.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["maassen/role", "maassen/name"]);
        assert_eq!(cards[1].answer, "Hans-Georg Maaßen");
    }

    #[test]
    fn a_number_answer_keeps_its_qualifier_and_unit() {
        let facts = [fact(
            "leiharbeiter",
            FactBody::Number {
                question: "Wie viele?".into(),
                value: 120_000.0,
                qualifier: Some("über".into()),
                unit: Some("Leiharbeiter".into()),
            },
        )];
        assert_eq!(cards_for(&facts)[0].answer, "über 120.000 Leiharbeiter");
    }

    #[test]
    fn changing_a_facts_kind_gives_it_new_card_ids() {
        let as_reason = fact(
            "puffer",
            FactBody::Reason {
                question: "Warum?".into(),
                answer: "Puffer".into(),
                false_variants: Vec::new(),
            },
        );
        let as_statement = fact(
            "puffer",
            FactBody::Statement {
                question: "Was?".into(),
                text: "Nordkorea ist ein Puffer.".into(),
                false_variants: Vec::new(),
            },
        );
        assert_ne!(
            cards_for(&[as_reason])[0].id,
            cards_for(&[as_statement])[0].id
        );
    }

    #[test]
    fn card_ids_do_not_depend_on_the_wording() {
        let reason = |question: &str| {
            fact(
                "puffer",
                FactBody::Reason {
                    question: question.into(),
                    answer: "Puffer zum Westen".into(),
                    false_variants: Vec::new(),
                },
            )
        };
        let before = cards_for(&[reason("Warum ist Nordkorea wichtig?")]);
        let after = cards_for(&[reason("Wozu dient Nordkorea Moskau und Peking?")]);
        assert_eq!(before[0].id, after[0].id);
    }
}
