//! Changing the wording of one fact in a deck file's text, keeping the rest of the file as
//! it was written: comments, the order of keys and facts, blank lines. The fact's id, kind,
//! topic and section are never changed here: the id carries the learner's progress.
//!
//! Nothing here reads or writes files (that is `session::fact_edit`), and nothing checks
//! that the new wording makes a valid deck: the caller parses the new text as any deck is.

use toml_edit::{Array, DocumentMut, Item, Table, Value};

/// Keys that tie a fact to its place in the deck and its progress; never offered.
const FIXED_KEYS: &[&str] = &["id", "kind", "topic", "section", "context"];

/// Optional keys offered for every fact even when the file does not have them yet.
const ALWAYS_OFFERED: &[&str] = &["note", "gloss"];

/// Why a fact's wording could not be read or changed; worded (`Display`) in the thread's
/// language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The TOML reader's complaint, as it words it.
    NotToml(String),
    /// The file has no `[deck]` table.
    NoDeckTable,
    NoSuchFact(String),
    Fixed(String),
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        f.write_str(&match self {
            EditError::NotToml(reason) => tr!("edit-error-not-toml", reason = reason.as_str()),
            EditError::NoDeckTable => tr!("edit-error-no-deck-table"),
            EditError::NoSuchFact(id) => tr!("edit-error-no-such-fact", id = id.as_str()),
            EditError::Fixed(key) => tr!("edit-error-fixed", key = key.as_str()),
        })
    }
}

/// One key of a fact, as its deck file has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactField {
    pub key: String,
    pub value: FieldValue,
}

/// A key's value: one text (a figure is written as text), or a list of texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    Text(String),
    List(Vec<String>),
}

/// The keys of fact `fact_id` the learner may reword, in the file's order, then `note` and
/// `gloss` (empty) where the fact has none.
pub fn fact_fields(text: &str, fact_id: &str) -> Result<Vec<FactField>, EditError> {
    let document = parse(text)?;
    let fact = find_fact(document.as_table(), fact_id)?;
    let mut fields: Vec<FactField> = fact
        .iter()
        .filter(|(key, _)| !FIXED_KEYS.contains(key))
        .filter_map(|(key, item)| {
            let value = match item.as_value()? {
                Value::String(s) => FieldValue::Text(s.value().clone()),
                Value::Integer(i) => FieldValue::Text(i.value().to_string()),
                Value::Float(f) => FieldValue::Text(f.value().to_string()),
                Value::Array(items) => FieldValue::List(
                    items
                        .iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect(),
                ),
                _ => return None,
            };
            Some(FactField {
                key: key.to_string(),
                value,
            })
        })
        .collect();
    for key in ALWAYS_OFFERED {
        if !fact.contains_key(key) {
            fields.push(FactField {
                key: (*key).to_string(),
                value: FieldValue::Text(String::new()),
            });
        }
    }
    Ok(fields)
}

/// The deck text with fact `fact_id` given `fields`: each changed key set, each emptied
/// one removed (a required one then fails when the deck is read, with the usual message),
/// each unchanged one left exactly as written.
pub fn with_fact_changed(
    text: &str,
    fact_id: &str,
    fields: &[FactField],
) -> Result<String, EditError> {
    let mut document = parse(text)?;
    let fact = find_fact_mut(document.as_table_mut(), fact_id)?;
    for field in fields {
        if FIXED_KEYS.contains(&field.key.as_str()) {
            return Err(EditError::Fixed(field.key.clone()));
        }
        let old = fact.get(&field.key).and_then(Item::as_value);
        if old.is_some_and(|old| same(old, &field.value)) {
            continue;
        }
        let empty = match &field.value {
            FieldValue::Text(text) => text.trim().is_empty(),
            FieldValue::List(items) => items.iter().all(|i| i.trim().is_empty()),
        };
        if empty {
            fact.remove(&field.key);
            continue;
        }
        let mut value = match &field.value {
            FieldValue::Text(text) => text_value(old, text.trim()),
            FieldValue::List(items) => {
                let items = items.iter().map(|i| i.trim()).filter(|i| !i.is_empty());
                Value::Array(Array::from_iter(items))
            }
        };
        if let Some(old) = old {
            // The spaces and any comment around the old value stay.
            *value.decor_mut() = old.decor().clone();
        }
        match fact.get_mut(&field.key) {
            // Keeps the key where it stands.
            Some(item) => *item = Item::Value(value),
            None => {
                fact.insert(&field.key, Item::Value(value));
            }
        }
    }
    Ok(document.to_string())
}

/// The deck text marked as the learner's edited copy of the built-in deck with its id
/// (`replaces_built_in = true` in `[deck]`), so the loader takes it as intended.
pub fn marked_as_edited_copy(text: &str) -> Result<String, EditError> {
    let mut document = parse(text)?;
    let deck = document
        .get_mut("deck")
        .and_then(Item::as_table_mut)
        .ok_or(EditError::NoDeckTable)?;
    deck.insert("replaces_built_in", toml_edit::value(true));
    Ok(document.to_string())
}

fn parse(text: &str) -> Result<DocumentMut, EditError> {
    text.parse::<DocumentMut>()
        .map_err(|e| EditError::NotToml(e.message().to_string()))
}

fn is_fact(table: &Table, fact_id: &str) -> bool {
    table.get("id").and_then(Item::as_str) == Some(fact_id)
}

fn find_fact<'t>(root: &'t Table, fact_id: &str) -> Result<&'t Table, EditError> {
    root.get("facts")
        .and_then(Item::as_array_of_tables)
        .and_then(|facts| facts.iter().find(|t| is_fact(t, fact_id)))
        .ok_or_else(|| EditError::NoSuchFact(fact_id.to_string()))
}

fn find_fact_mut<'t>(root: &'t mut Table, fact_id: &str) -> Result<&'t mut Table, EditError> {
    root.get_mut("facts")
        .and_then(Item::as_array_of_tables_mut)
        .and_then(|facts| facts.iter_mut().find(|t| is_fact(t, fact_id)))
        .ok_or_else(|| EditError::NoSuchFact(fact_id.to_string()))
}

/// Whether a value in the file says what the field says (then it is left as written).
fn same(old: &Value, new: &FieldValue) -> bool {
    match (old, new) {
        (Value::String(s), FieldValue::Text(t)) => s.value() == t,
        (Value::Integer(i), FieldValue::Text(t)) => i.value().to_string() == *t,
        (Value::Float(f), FieldValue::Text(t)) => f.value().to_string() == *t,
        (Value::Array(items), FieldValue::List(list)) => {
            items.len() == list.len() && items.iter().zip(list).all(|(v, l)| v.as_str() == Some(l))
        }
        _ => false,
    }
}

/// A text as the file should hold it: a figure written as a TOML number stays a number
/// while the new text is one; anything else is a string ("120.000" the German way).
fn text_value(old: Option<&Value>, text: &str) -> Value {
    match old {
        Some(Value::Integer(_)) if let Ok(i) = text.parse::<i64>() => Value::from(i),
        Some(Value::Float(_)) if let Ok(f) = text.parse::<f64>() => Value::from(f),
        _ => Value::from(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DECK: &str = r#"# A comment the learner wrote.
[deck]
id = "d"
title = "D"

[[topics]]
id = "t"
name = "T"

[[facts]]
id = "zahl"
kind = "number"
topic = "t"
question = "Wie viele?"   # keep me
value = 120000
unit = "Leiharbeiter"

# The second fact.
[[facts]]
id = "grund"
kind = "reason"
topic = "t"
question = "Warum?"
answer = "Darum."
false_variants = [
    "Deshalb nicht.",
]
"#;

    fn text(key: &str, value: &str) -> FactField {
        FactField {
            key: key.into(),
            value: FieldValue::Text(value.into()),
        }
    }

    #[test]
    fn a_fact_offers_its_wording_but_never_its_id_kind_or_topic() {
        let fields = fact_fields(DECK, "zahl").expect("read");
        let keys: Vec<&str> = fields.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(keys, ["question", "value", "unit", "note", "gloss"]);
        assert_eq!(fields[1].value, FieldValue::Text("120000".into()));
        let lists = fact_fields(DECK, "grund").expect("read");
        assert_eq!(
            lists[2].value,
            FieldValue::List(vec!["Deshalb nicht.".into()])
        );
    }

    #[test]
    fn a_changed_question_is_the_only_change_in_the_file() {
        let changed = with_fact_changed(DECK, "zahl", &[text("question", "Wie viele Arbeiter?")])
            .expect("changed");
        assert_eq!(
            changed,
            DECK.replace("\"Wie viele?\"", "\"Wie viele Arbeiter?\"")
        );
    }

    #[test]
    fn unchanged_fields_are_left_exactly_as_written() {
        let fields = fact_fields(DECK, "grund").expect("read");
        assert_eq!(
            with_fact_changed(DECK, "grund", &fields).expect("same"),
            DECK
        );
    }

    #[test]
    fn a_new_note_is_added_and_an_emptied_key_removed() {
        let changed = with_fact_changed(
            DECK,
            "grund",
            &[
                text("note", "Eine Anmerkung."),
                FactField {
                    key: "false_variants".into(),
                    value: FieldValue::List(vec![" ".into()]),
                },
            ],
        )
        .expect("changed");
        let fields = fact_fields(&changed, "grund").expect("read");
        assert!(fields.iter().all(|f| f.key != "false_variants"));
        assert!(fields.contains(&text("note", "Eine Anmerkung.")));
        assert!(changed.starts_with("# A comment the learner wrote."));
    }

    #[test]
    fn a_figure_stays_a_number_or_becomes_german_text() {
        let number = with_fact_changed(DECK, "zahl", &[text("value", "130000")]).expect("ok");
        assert!(number.contains("value = 130000\n"), "{number}");
        let german = with_fact_changed(DECK, "zahl", &[text("value", "130.000")]).expect("ok");
        assert!(german.contains("value = \"130.000\"\n"), "{german}");
    }

    #[test]
    fn the_id_is_never_changed_and_an_unknown_fact_is_named() {
        assert_eq!(
            with_fact_changed(DECK, "zahl", &[text("id", "neu")]),
            Err(EditError::Fixed("id".into()))
        );
        assert_eq!(
            fact_fields(DECK, "fehlt"),
            Err(EditError::NoSuchFact("fehlt".into()))
        );
    }

    #[test]
    fn an_edited_copy_says_so_in_its_deck_table() {
        let marked = marked_as_edited_copy(DECK).expect("marked");
        assert!(marked.contains("replaces_built_in = true"));
        let deck = crate::deck::load_str("copy.toml", &marked).expect("still a deck");
        assert!(deck.replaces_built_in);
    }
}
