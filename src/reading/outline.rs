//! The article's outline: the deck's sections in order, each with its facts in the deck's
//! own words and how well each is known.

use super::cues::ArticleMap;
use crate::deck::{Deck, Fact, FactBody, answer_text};
use crate::stats::FactMastery;

/// One fact as the outline lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineFact {
    /// Index into `deck.facts`.
    pub index: usize,
    pub id: String,
    /// The fact in the deck's own words (see `fact_words`).
    pub words: String,
    pub mastery: FactMastery,
    /// Background the article does not state (`context = true`).
    pub background: bool,
}

/// A section of the article with its facts; `id` is `None` for the facts the deck gives
/// no section, listed last.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineSection {
    pub id: Option<String>,
    pub title: Option<String>,
    pub facts: Vec<OutlineFact>,
}

/// The sections of a deck in order, with their facts.
#[derive(Debug, Clone, PartialEq)]
pub struct Outline {
    pub sections: Vec<OutlineSection>,
}

impl Outline {
    /// The outline of `deck`; `mastery` holds each fact's level in the order of
    /// `deck.facts`. With an article open, the facts of a section follow their place in
    /// it (facts not found there after them, in the deck's order); without, the deck's.
    pub fn build(deck: &Deck, mastery: &[FactMastery], article: Option<&ArticleMap>) -> Outline {
        let mut sections: Vec<OutlineSection> = deck
            .sections
            .iter()
            .map(|s| OutlineSection {
                id: Some(s.id.clone()),
                title: Some(s.title.clone()),
                facts: Vec::new(),
            })
            .collect();
        let mut unsectioned = OutlineSection {
            id: None,
            title: None,
            facts: Vec::new(),
        };
        for (index, fact) in deck.facts.iter().enumerate() {
            let entry = OutlineFact {
                index,
                id: fact.id.clone(),
                words: fact_words(fact),
                mastery: mastery.get(index).copied().unwrap_or(FactMastery::New),
                background: fact.context,
            };
            let section = fact
                .section
                .as_ref()
                .and_then(|id| sections.iter_mut().find(|s| s.id.as_ref() == Some(id)));
            match section {
                Some(section) => section.facts.push(entry),
                None => unsectioned.facts.push(entry),
            }
        }
        if !unsectioned.facts.is_empty() {
            sections.push(unsectioned);
        }
        if let Some(map) = article {
            for section in &mut sections {
                // A stable sort keeps the deck's order among facts not in the text.
                section
                    .facts
                    .sort_by_key(|f| map.first_position(f.index).unwrap_or(usize::MAX));
            }
        }
        Outline { sections }
    }

    /// The section holding a fact, if any.
    pub fn section_of(&self, fact_index: usize) -> Option<&OutlineSection> {
        self.sections
            .iter()
            .find(|s| s.facts.iter().any(|f| f.index == fact_index))
    }
}

/// A fact in the deck's own words, as one line: a statement's text, a person's or place's
/// name with their role or event, otherwise the question and its answer.
pub fn fact_words(fact: &Fact) -> String {
    match &fact.body {
        FactBody::Statement { text, .. } => text.clone(),
        FactBody::Person { name, role, .. } => format!("{name}: {role}"),
        FactBody::Place { name, event, .. } => format!("{name}: {event}"),
        FactBody::List { name, items, .. } => format!("{name}: {}", items.join(", ")),
        FactBody::Date {
            event: Some(event), ..
        } => format!("{event}: {}", answer_text(fact)),
        FactBody::Date { question, .. }
        | FactBody::Number { question, .. }
        | FactBody::Reason { question, .. }
        | FactBody::Question { question, .. } => format!("{question} – {}", answer_text(fact)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::load_str;

    const DECK: &str = r#"
[deck]
id = "d"
title = "D"

[[topics]]
id = "t"
name = "T"

[[sections]]
id = "anfang"
title = "Der Anfang"

[[sections]]
id = "ende"
title = "Das Ende"

[[facts]]
id = "spaet"
kind = "statement"
topic = "t"
section = "ende"
cue = "am Ende"
question = "Was passiert am Ende?"
text = "Am Ende reist Kim ab."

[[facts]]
id = "frueh"
kind = "place"
topic = "t"
section = "anfang"
cue = "Chassan"
name = "Chassan"
event = "Kims erste Station"

[[facts]]
id = "ohne"
kind = "reason"
topic = "t"
question = "Warum?"
answer = "Darum."

[[facts]]
id = "zuerst"
kind = "number"
topic = "t"
section = "ende"
cue = "drei Tage"
question = "Wie lange bleibt Kim?"
value = 3
unit = "Tage"
"#;

    fn deck() -> Deck {
        load_str("d.toml", DECK).expect("the test deck loads")
    }

    fn ids(outline: &Outline) -> Vec<(Option<&str>, Vec<&str>)> {
        outline
            .sections
            .iter()
            .map(|s| {
                (
                    s.id.as_deref(),
                    s.facts.iter().map(|f| f.id.as_str()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn sections_come_in_the_decks_order_with_facts_without_a_section_last() {
        let deck = deck();
        let outline = Outline::build(&deck, &[FactMastery::New; 4], None);
        assert_eq!(
            ids(&outline),
            [
                (Some("anfang"), vec!["frueh"]),
                (Some("ende"), vec!["spaet", "zuerst"]),
                (None, vec!["ohne"]),
            ]
        );
    }

    #[test]
    fn with_an_article_open_a_sections_facts_follow_the_text() {
        let deck = deck();
        let map = ArticleMap::build(&deck, "In Chassan. Er bleibt drei Tage. Und am Ende?");
        let outline = Outline::build(&deck, &[FactMastery::New; 4], Some(&map));
        assert_eq!(ids(&outline)[1], (Some("ende"), vec!["zuerst", "spaet"]));
    }

    #[test]
    fn each_fact_carries_its_own_mastery() {
        let deck = deck();
        let levels = [
            FactMastery::Mastered,
            FactMastery::Learning,
            FactMastery::New,
            FactMastery::Suspended,
        ];
        let outline = Outline::build(&deck, &levels, None);
        let level = |id: &str| {
            outline
                .sections
                .iter()
                .flat_map(|s| &s.facts)
                .find(|f| f.id == id)
                .map(|f| f.mastery)
        };
        assert_eq!(level("spaet"), Some(FactMastery::Mastered));
        assert_eq!(level("frueh"), Some(FactMastery::Learning));
        assert_eq!(level("zuerst"), Some(FactMastery::Suspended));
    }

    #[test]
    fn facts_are_put_in_the_decks_own_words() {
        let deck = deck();
        assert_eq!(fact_words(&deck.facts[0]), "Am Ende reist Kim ab.");
        assert_eq!(fact_words(&deck.facts[1]), "Chassan: Kims erste Station");
        assert_eq!(fact_words(&deck.facts[3]), "Wie lange bleibt Kim? – 3 Tage");
    }
}
