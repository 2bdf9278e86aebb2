//! Decks as an Anki text import file, so a teacher can hand the article to a class that
//! uses Anki. The file carries Anki's headers (`#separator`, `#html`, `#notetype`, `#deck`,
//! `#tags`, `#guid column`) and one note per fact, with a guid made from the deck, the fact
//! and its kind: importing the file again updates those notes instead of adding new ones.

use crate::deck::{Deck, Fact, FactBody, answer_text};

/// Anki's stock note types, present in every new collection.
const BASIC: &str = "Basic";
const BASIC_REVERSED: &str = "Basic (and reversed card)";
const CLOZE: &str = "Cloze";

/// The whole import file for `decks`.
pub fn anki_text(decks: &[&Deck]) -> String {
    let mut out = String::from(
        "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n",
    );
    for deck in decks {
        for fact in &deck.facts {
            let note = note_for(fact);
            let row = [
                guid(deck, fact),
                note.notetype.to_string(),
                format!("factdeck::{}", field(&deck.title)),
                note.first,
                note.second,
                tags(deck, fact),
            ];
            out.push_str(&row.join("\t"));
            out.push('\n');
        }
    }
    out
}

/// Stable across rewording: the deck, the fact and its kind (a new kind is a new note).
pub fn guid(deck: &Deck, fact: &Fact) -> String {
    format!("factdeck:{}:{}:{}", deck.id, fact.id, fact.kind().name())
}

fn tags(deck: &Deck, fact: &Fact) -> String {
    let mut tags = format!("factdeck {}::{}", deck.id, fact.topic);
    if fact.context {
        tags.push_str(" factdeck::context");
    }
    tags
}

struct Note {
    notetype: &'static str,
    first: String,
    second: String,
}

fn note_for(fact: &Fact) -> Note {
    let extra = back_extra(fact);
    match &fact.body {
        FactBody::Number { question, .. } | FactBody::Date { question, .. } => Note {
            notetype: CLOZE,
            first: format!(
                "{}<br>{{{{c1::{}}}}}",
                field(question),
                field(&answer_text(fact))
            ),
            second: extra,
        },
        FactBody::List {
            question, items, ..
        } => {
            let clozes: Vec<String> = items
                .iter()
                .enumerate()
                .map(|(i, item)| format!("{{{{c{}::{}}}}}", i + 1, field(item)))
                .collect();
            Note {
                notetype: CLOZE,
                first: format!("{}<br>{}", field(question), clozes.join(", ")),
                second: extra,
            }
        }
        FactBody::Person { name, role, .. } => Note {
            notetype: BASIC_REVERSED,
            first: field(name),
            second: with_extra(field(role), &extra),
        },
        FactBody::Place { name, event, .. } => Note {
            notetype: BASIC_REVERSED,
            first: field(name),
            second: with_extra(field(event), &extra),
        },
        FactBody::Statement { question, text, .. } => Note {
            notetype: BASIC,
            first: field(question),
            second: with_extra(field(text), &extra),
        },
        FactBody::Reason {
            question, answer, ..
        }
        | FactBody::Question { question, answer } => Note {
            notetype: BASIC,
            first: field(question),
            second: with_extra(field(answer), &extra),
        },
    }
}

/// The note (a correction) and the English gloss, shown under the answer.
fn back_extra(fact: &Fact) -> String {
    let mut parts = Vec::new();
    if let Some(note) = &fact.note {
        parts.push(format!("<i>{}</i>", field(note)));
    }
    if let Some(gloss) = &fact.gloss {
        parts.push(format!("<small>{}</small>", field(gloss)));
    }
    parts.join("<br>")
}

fn with_extra(answer: String, extra: &str) -> String {
    if extra.is_empty() {
        answer
    } else {
        format!("{answer}<br><br>{extra}")
    }
}

/// Text made safe for an HTML field of a tab-separated file.
fn field(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\t', " ")
        .replace('\n', "<br>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::{BUILTIN_DECKS, load_str};

    fn shipped() -> Deck {
        let (name, text) = BUILTIN_DECKS[0];
        load_str(name, text).expect("the shipped deck loads")
    }

    #[test]
    fn every_fact_becomes_one_row_after_the_headers() {
        let deck = shipped();
        let text = anki_text(&[&deck]);
        let rows: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(rows.len(), deck.facts.len());
        assert!(rows.iter().all(|r| r.split('\t').count() == 6));
        assert!(text.starts_with("#separator:tab\n#html:true\n#guid column:1\n"));
    }

    #[test]
    fn a_list_becomes_a_cloze_per_item() {
        let deck = shipped();
        let text = anki_text(&[&deck]);
        let row = text
            .lines()
            .find(|l| l.starts_with("factdeck:kim-putin-2019:ausfuhrverbote:list\t"))
            .expect("the export-ban list");
        assert!(row.contains("\tCloze\t"));
        assert!(
            row.contains("{{c1::Kohle}}, {{c2::Mineralien}}, {{c3::landwirtschaftliche Produkte}}")
        );
    }

    #[test]
    fn guids_survive_rewording_but_not_a_change_of_kind() {
        let deck = shipped();
        let index = deck
            .facts
            .iter()
            .position(|f| matches!(f.body, FactBody::Reason { .. }))
            .expect("a reason fact");
        let mut changed = deck.clone();
        let FactBody::Reason {
            question, answer, ..
        } = changed.facts[index].body.clone()
        else {
            unreachable!("found above")
        };
        changed.facts[index].body = FactBody::Reason {
            question: format!("{question} (neu formuliert)"),
            answer: answer.clone(),
            false_variants: Vec::new(),
        };
        assert_eq!(
            guid(&deck, &deck.facts[index]),
            guid(&changed, &changed.facts[index])
        );
        changed.facts[index].body = FactBody::Statement {
            question,
            text: answer,
            false_variants: Vec::new(),
        };
        assert_ne!(
            guid(&deck, &deck.facts[index]),
            guid(&changed, &changed.facts[index])
        );
    }

    #[test]
    fn fields_cannot_break_the_tab_separated_row() {
        assert_eq!(
            field("a\tb\n<c> & \"d\""),
            "a b<br>&lt;c&gt; &amp; &quot;d&quot;"
        );
    }
}
