//! The keys a fact may have, in one place: those of every kind (`COMMON_KEYS`), those
//! each kind needs and may have besides (`kind_keys`), all of them (`KEYS`), and the table
//! both readers fill by these names (`RawFact`: serde by its field names, the reader of
//! plain facts in `fact_events`). The tests below hold the four to one another.

use super::FactKind;
use serde::Deserialize;
use toml::Spanned;

/// The keys every fact may carry, whatever its kind.
pub(super) const COMMON_KEYS: [&str; 8] = [
    "id", "kind", "topic", "section", "cue", "gloss", "note", "context",
];

/// Keys each kind needs, and keys it may have besides.
pub(super) fn kind_keys(kind: FactKind) -> (&'static [&'static str], &'static [&'static str]) {
    match kind {
        FactKind::Number => (
            &["question", "value"],
            &["qualifier", "unit", "wrong_options"],
        ),
        FactKind::Date => (
            &["question", "date"],
            &["event", "wrong_options", "also_right"],
        ),
        FactKind::List => (
            &["question", "name", "items"],
            &[
                "ask_item",
                "item_claim",
                "category",
                "wrong_options",
                "also_right",
            ],
        ),
        FactKind::Person => (
            &["name", "role"],
            &[
                "ask_role",
                "ask_name",
                "category",
                "wrong_options",
                "also_right",
            ],
        ),
        FactKind::Place => (
            &["name", "event"],
            &[
                "ask_event",
                "ask_place",
                "category",
                "wrong_options",
                "also_right",
            ],
        ),
        FactKind::Statement => (&["question", "text"], &["false_variants"]),
        FactKind::Reason => (&["question", "answer"], &["false_variants"]),
        FactKind::Question => (
            &["question", "answer"],
            &["category", "wrong_options", "also_right"],
        ),
    }
}

/// Every key a fact may have: `COMMON_KEYS` and every kind's keys (a test holds them equal).
pub(super) const KEYS: [&str; 29] = [
    "id",
    "kind",
    "topic",
    "section",
    "cue",
    "gloss",
    "note",
    "context",
    "question",
    "value",
    "qualifier",
    "unit",
    "date",
    "event",
    "name",
    "items",
    "role",
    "ask_role",
    "ask_name",
    "ask_event",
    "ask_place",
    "text",
    "false_variants",
    "answer",
    "ask_item",
    "item_claim",
    "category",
    "wrong_options",
    "also_right",
];

/// Every key a fact may have; which ones a kind needs is checked after reading. Even `id`
/// and `topic` are optional here, so that the reader of plain facts can fill one in as it
/// goes (`fact_events`); `id_and_topic` names the one missing as serde would.
#[derive(Deserialize, Default)]
pub(super) struct RawFact {
    pub(super) id: Option<Spanned<String>>,
    pub(super) topic: Option<Spanned<String>>,
    pub(super) section: Option<Spanned<String>>,
    pub(super) cue: Option<Spanned<String>>,
    pub(super) gloss: Option<Spanned<String>>,
    pub(super) note: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) context: bool,
    pub(super) question: Option<Spanned<String>>,
    pub(super) value: Option<Spanned<NumberValue>>,
    pub(super) qualifier: Option<Spanned<String>>,
    pub(super) unit: Option<Spanned<String>>,
    pub(super) date: Option<Spanned<String>>,
    pub(super) event: Option<Spanned<String>>,
    pub(super) name: Option<Spanned<String>>,
    pub(super) items: Option<Spanned<Vec<Spanned<String>>>>,
    pub(super) role: Option<Spanned<String>>,
    pub(super) ask_role: Option<Spanned<String>>,
    pub(super) ask_name: Option<Spanned<String>>,
    pub(super) ask_event: Option<Spanned<String>>,
    pub(super) ask_place: Option<Spanned<String>>,
    pub(super) text: Option<Spanned<String>>,
    pub(super) false_variants: Option<Spanned<Vec<Spanned<String>>>>,
    pub(super) answer: Option<Spanned<String>>,
    pub(super) ask_item: Option<Spanned<String>>,
    pub(super) item_claim: Option<Spanned<String>>,
    pub(super) category: Option<Spanned<String>>,
    pub(super) wrong_options: Option<Spanned<Vec<Spanned<String>>>>,
    pub(super) also_right: Option<Spanned<Vec<Spanned<String>>>>,
}

/// A number as written in the file: a TOML number, or a string such as "120.000".
#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum NumberValue {
    Integer(i64),
    Float(f64),
    Text(String),
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    const KINDS: [FactKind; 8] = [
        FactKind::Number,
        FactKind::Date,
        FactKind::List,
        FactKind::Person,
        FactKind::Place,
        FactKind::Statement,
        FactKind::Reason,
        FactKind::Question,
    ];

    #[test]
    fn every_key_is_a_common_key_or_one_of_some_kind() {
        let mut of_kinds: BTreeSet<&str> = COMMON_KEYS.into_iter().collect();
        for kind in KINDS {
            let (required, optional) = kind_keys(kind);
            of_kinds.extend(required.iter().chain(optional));
        }
        let keys: BTreeSet<&str> = KEYS.into_iter().collect();
        assert_eq!(keys.len(), KEYS.len(), "a key is listed twice");
        assert_eq!(keys, of_kinds);
    }

    #[test]
    fn serde_reads_every_key_into_the_raw_fact() {
        // A value of no key's type: serde refuses it under a field it knows, and would
        // pass over it silently under one it does not (so the key's value would be lost).
        for key in KEYS {
            if key == "kind" {
                // Read before the rest, to know which keys the fact may have.
                continue;
            }
            let table = format!("{key} = {{ x = 1 }}");
            assert!(toml::from_str::<RawFact>(&table).is_err(), "{key}");
        }
    }
}
