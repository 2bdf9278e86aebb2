//! Reading one deck file: TOML text → a validated `Deck`, or every problem found in it,
//! each with its line and column.

use super::error::{Counted, DeckProblem, Expected, Found, IdOf, LineIndex, count_newlines};
use super::limits::{
    MAX_FACTS, MAX_FIGURE, MAX_ID_CHARS, MAX_LIST_ENTRIES, MAX_SECTIONS, MAX_TOPICS,
    figure_too_large, text_too_long,
};
use super::{
    AnswerHints, Card, CardIndex, Deck, DeckError, Fact, FactBody, FactDate, FactIndex, FactKind,
    NumberClaim, Section, Topic, cards, parse_number,
};
use serde::Deserialize;
use serde::de::IntoDeserializer;
use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

mod fact_events;
mod pieces;

use fact_events::FactFields;

/// The keys every fact may carry, whatever its kind.
const COMMON_KEYS: [&str; 8] = [
    "id", "kind", "topic", "section", "cue", "gloss", "note", "context",
];

/// Keys each kind needs, and keys it may have besides.
fn kind_keys(kind: FactKind) -> (&'static [&'static str], &'static [&'static str]) {
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    id: Spanned<String>,
    title: Spanned<String>,
    description: Option<Spanned<String>>,
    as_of: Option<Spanned<String>>,
    /// The file is the learner's edited copy of the built-in deck with this id, meant to
    /// be studied in its place (written by the window when a built-in fact is edited).
    #[serde(default)]
    replaces_built_in: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopic {
    id: Spanned<String>,
    name: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    id: Spanned<String>,
    title: Spanned<String>,
}

/// Every key a fact may have; which ones a kind needs is checked after reading. Even `id`
/// and `topic` are optional here, so that the reader of plain facts can fill one in as it
/// goes (`fact_events`); `id_and_topic` names the one missing as serde would.
#[derive(Deserialize, Default)]
struct RawFact {
    id: Option<Spanned<String>>,
    topic: Option<Spanned<String>>,
    section: Option<Spanned<String>>,
    cue: Option<Spanned<String>>,
    gloss: Option<Spanned<String>>,
    note: Option<Spanned<String>>,
    #[serde(default)]
    context: bool,
    question: Option<Spanned<String>>,
    value: Option<Spanned<NumberValue>>,
    qualifier: Option<Spanned<String>>,
    unit: Option<Spanned<String>>,
    date: Option<Spanned<String>>,
    event: Option<Spanned<String>>,
    name: Option<Spanned<String>>,
    items: Option<Spanned<Vec<Spanned<String>>>>,
    role: Option<Spanned<String>>,
    ask_role: Option<Spanned<String>>,
    ask_name: Option<Spanned<String>>,
    ask_event: Option<Spanned<String>>,
    ask_place: Option<Spanned<String>>,
    text: Option<Spanned<String>>,
    false_variants: Option<Spanned<Vec<Spanned<String>>>>,
    answer: Option<Spanned<String>>,
    ask_item: Option<Spanned<String>>,
    item_claim: Option<Spanned<String>>,
    category: Option<Spanned<String>>,
    wrong_options: Option<Spanned<Vec<Spanned<String>>>>,
    also_right: Option<Spanned<Vec<Spanned<String>>>>,
}

/// A number as written in the file: a TOML number, or a string such as "120.000".
#[derive(Deserialize)]
#[serde(untagged)]
enum NumberValue {
    Integer(i64),
    Float(f64),
    Text(String),
}

/// Collects the problems of one file, with the file's text to turn offsets into lines.
struct Problems<'a> {
    file: &'a str,
    text: &'a str,
    lines: &'a LineIndex<'a>,
    /// Where the piece of text the spans count from starts in the file (0 for the whole).
    base: usize,
    /// The last offset `line` was asked for, and its line: facts are read in file order, so
    /// their lines are counted on from the one before.
    last_line: (usize, usize),
    found: Vec<DeckError>,
}

impl<'a> Problems<'a> {
    fn new(file: &'a str, text: &'a str, lines: &'a LineIndex<'a>, base: usize) -> Self {
        Problems {
            file,
            text,
            lines,
            base,
            last_line: (0, 1),
            found: Vec::new(),
        }
    }

    fn at(&mut self, span: Range<usize>, problem: DeckProblem) {
        let (line, column) = self.lines.line_column(self.base + span.start);
        self.found
            .push(DeckError::new(self.file, line, column, problem));
    }

    /// The 1-based line of an offset of the piece being read.
    fn line(&mut self, offset: usize) -> usize {
        let offset = (self.base + offset).min(self.text.len());
        let (last_offset, last_line) = self.last_line;
        let line = if offset >= last_offset {
            last_line + count_newlines(&self.text.as_bytes()[last_offset..offset])
        } else {
            self.lines.line(offset)
        };
        self.last_line = (offset, line);
        line
    }

    /// A TOML syntax error, in words a learner editing a deck understands.
    fn syntax(&mut self, error: &toml::de::Error) {
        let span = error.span().unwrap_or(0..0);
        let message = syntax_message(error.message(), self.text, self.base + span.start);
        self.at(span, message);
    }

    /// A value of the wrong type or a key that does not belong, in a table read by serde.
    fn value(&mut self, error: &toml::de::Error, fallback: Range<usize>, table: &TableKeys) {
        let span = error.span().unwrap_or(fallback);
        let message = value_message(error.message(), table, span.start);
        self.at(span, message);
    }
}

/// The keys of a table with the spans of their values, to name the key a value error is in.
struct TableKeys<'de> {
    /// How the table is written in a deck file: "[deck]", "[[topics]]".
    name: &'static str,
    /// The keys borrow the file's text where they can: this is made for every table read,
    /// and owned copies of every key were a tenth of the time a large deck took to load.
    entries: Vec<(Cow<'de, str>, Range<usize>)>,
}

impl<'de> TableKeys<'de> {
    fn of(name: &'static str, value: &Spanned<DeValue<'de>>) -> TableKeys<'de> {
        let entries = value
            .get_ref()
            .as_table()
            .map(|t| {
                t.iter()
                    .map(|(k, v)| (k.get_ref().clone(), v.span()))
                    .collect()
            })
            .unwrap_or_default();
        TableKeys { name, entries }
    }

    fn key_at(&self, offset: usize) -> Option<&str> {
        self.entries
            .iter()
            .find(|(_, span)| span.start <= offset && offset < span.end.max(span.start + 1))
            .map(|(key, _)| key.as_ref())
    }
}

/// The TOML parser's messages that read badly, as problems in plain words; others pass as
/// they are.
fn syntax_message(raw: &str, text: &str, offset: usize) -> DeckProblem {
    let raw = raw.trim().replace('\n', " ");
    let here = text.get(offset..).unwrap_or("");
    if raw.starts_with("invalid basic string") || raw.starts_with("invalid literal string") {
        if let Some(c) = here
            .chars()
            .next()
            .filter(|c| c.is_control() && *c != '\n' && *c != '\r')
        {
            return DeckProblem::ControlCharacter(u32::from(c));
        }
        if raw.ends_with("expected `\"`") || raw.ends_with("expected `'`") {
            return DeckProblem::TextNotClosed;
        }
    }
    if raw.starts_with("unclosed table") || raw.starts_with("unclosed array of tables") {
        return DeckProblem::TableHeaderNotClosed;
    }
    if raw == "duplicate key" {
        let key: String = here
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        return DeckProblem::KeyTwice(key);
    }
    if raw.starts_with("key with no value") {
        return DeckProblem::KeyWithoutValue;
    }
    if raw.starts_with("missing escaped value") {
        return DeckProblem::UnknownEscape;
    }
    if raw.starts_with("string values must be quoted") {
        return DeckProblem::ValueMissing;
    }
    if raw.contains("recursion limit") || raw.contains("max recursion depth") {
        return DeckProblem::NestedTooDeeply;
    }
    DeckProblem::Toml(raw)
}

/// serde's "invalid type" and "unknown field" messages as problems that name the key and
/// say what is expected in a deck's terms.
fn value_message(raw: &str, table: &TableKeys, offset: usize) -> DeckProblem {
    let raw = raw.trim().replace('\n', " ");
    if let Some(rest) = raw.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        let expected = match expected {
            "a string" => Expected::Text,
            "a boolean" => Expected::Boolean,
            "a sequence" => Expected::List,
            other => Expected::Other(other.to_string()),
        };
        return DeckProblem::WrongType {
            key: table.key_at(offset).map(str::to_string),
            expected,
            found: describe_found(found),
        };
    }
    if let Some(rest) = raw.strip_prefix("unknown field `")
        && let Some((key, expected)) = rest.split_once('`')
    {
        let allowed = expected
            .split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect();
        return DeckProblem::UnknownKeyInTable {
            key: key.to_string(),
            table: table.name.to_string(),
            allowed,
        };
    }
    if let Some(rest) = raw.strip_prefix("missing field `")
        && let Some((key, _)) = rest.split_once('`')
    {
        return DeckProblem::TableMissingKey {
            table: table.name.to_string(),
            key: key.to_string(),
        };
    }
    DeckProblem::Toml(raw)
}

/// serde's "integer `42`" as the number 42, and so on.
fn describe_found(found: &str) -> Found {
    let unquote = |s: &str| s.trim_matches('`').to_string();
    if let Some(n) = found.strip_prefix("integer ") {
        Found::Number(unquote(n))
    } else if let Some(n) = found.strip_prefix("floating point ") {
        Found::Number(unquote(n))
    } else if let Some(t) = found.strip_prefix("string ") {
        Found::Text(t.to_string())
    } else if let Some(b) = found.strip_prefix("boolean ") {
        Found::Boolean(unquote(b))
    } else if found == "sequence" {
        Found::List
    } else if found == "map" {
        Found::Table
    } else {
        Found::Other(found.to_string())
    }
}

/// Parses and validates a deck file's text. `file` names it in messages.
pub fn parse_deck(file: &str, text: &str) -> Result<Deck, Vec<DeckError>> {
    let lines = LineIndex::new(text);
    let parsed = match pieces::parse_in_pieces(file, text, &lines) {
        Some(result) => result,
        None => parse_whole(file, text, &lines),
    };
    match parsed {
        Ok(deck) if deck.facts.len() > MAX_FACTS => Err(vec![DeckError::new(
            file,
            deck.id_line,
            1,
            DeckProblem::TooMany {
                what: Counted::Facts,
                count: deck.facts.len(),
                most: MAX_FACTS,
            },
        )]),
        Ok(deck) => Ok(deck),
        Err(problems) => Err(at_most_shown(problems)),
    }
}

/// The most problems of one file that are listed; a file with thousands of broken facts
/// is named with its first ones and a count of the rest, not with a list the window and
/// the terminal would take ages to show.
pub const MAX_PROBLEMS_LISTED: usize = 100;

fn at_most_shown(mut problems: Vec<DeckError>) -> Vec<DeckError> {
    if problems.len() > MAX_PROBLEMS_LISTED {
        let more = problems.len() - MAX_PROBLEMS_LISTED;
        problems.truncate(MAX_PROBLEMS_LISTED);
        let last = &problems[MAX_PROBLEMS_LISTED - 1];
        let summary = DeckError::new(
            &last.file,
            last.line,
            last.column,
            DeckProblem::MoreProblems(more),
        );
        problems.push(summary);
    }
    problems
}

/// The whole text parsed as one TOML document: the reference every other way of reading
/// a deck must agree with, and the one that words syntax errors.
fn parse_whole(file: &str, text: &str, lines: &LineIndex<'_>) -> Result<Deck, Vec<DeckError>> {
    let mut problems = Problems::new(file, text, lines, 0);
    let root = match DeTable::parse(text) {
        Ok(root) => root,
        Err(e) => {
            problems.syntax(&e);
            return Err(problems.found);
        }
    };
    let root_span = root.span();
    let (raw_head, raw_facts) = read_root(root.into_inner(), &mut problems);
    let Some(head) = check_head(raw_head, root_span, text, &mut problems) else {
        return Err(problems.found);
    };
    let known = head.known_ids();
    let outcomes: Vec<FactOutcome> = raw_facts
        .into_iter()
        .map(|(table, span)| {
            fact_outcome(&mut problems, |problems| {
                check_fact(table, span, &known, problems)
            })
        })
        .collect();
    finish(file, head, vec![outcomes], problems)
}

/// The tables of the file's top level before they are checked.
struct RawHead {
    meta: Option<RawMeta>,
    topics: Vec<RawTopic>,
    sections: Vec<RawSection>,
    topics_unreadable: bool,
    sections_unreadable: bool,
}

/// The deck's own table, topics and sections, checked.
struct Head {
    meta: RawMeta,
    /// The line of the deck's `id`, for messages about the deck as a whole.
    id_line: usize,
    as_of: Option<FactDate>,
    topics: Vec<Topic>,
    sections: Vec<Section>,
    topics_complete: bool,
    sections_complete: bool,
}

impl Head {
    fn known_ids(&self) -> KnownIds<'_> {
        KnownIds {
            topics: &self.topics,
            sections: &self.sections,
            topic_ids: self.topics.iter().map(|t| t.id.as_str()).collect(),
            section_ids: self.sections.iter().map(|s| s.id.as_str()).collect(),
            topics_complete: self.topics_complete,
            sections_complete: self.sections_complete,
        }
    }
}

/// A fact as checked, with the problems found in it (in the order they were found).
type FactOutcome = (Option<Fact>, Vec<DeckError>);

/// A `[[facts]]` table as parsed, with its span, before it is checked.
type FactTable<'de> = (Spanned<DeValue<'de>>, Range<usize>);

/// Checks one fact with `check`, taking the problems it found into the outcome.
fn fact_outcome<'a>(
    problems: &mut Problems<'a>,
    check: impl FnOnce(&mut Problems<'a>) -> Option<Fact>,
) -> FactOutcome {
    let before = problems.found.len();
    let fact = check(problems);
    (fact, problems.found.split_off(before))
}

/// Sorts the top level's tables; the facts' tables are returned as they are.
fn read_root<'de>(
    root: DeTable<'de>,
    problems: &mut Problems<'_>,
) -> (RawHead, Vec<FactTable<'de>>) {
    let mut head = RawHead {
        meta: None,
        topics: Vec::new(),
        sections: Vec::new(),
        topics_unreadable: false,
        sections_unreadable: false,
    };
    let mut raw_facts = Vec::new();
    // A topic or section that could not be read is reported once; facts naming it are not
    // reported again as naming an unknown one.
    for (key, value) in root {
        match key.get_ref().as_ref() {
            "deck" => head.meta = read::<RawMeta>(value, "[deck]", problems),
            "topics" => {
                (head.topics, head.topics_unreadable) =
                    read_array::<RawTopic>(value, "topics", problems);
            }
            "sections" => {
                (head.sections, head.sections_unreadable) =
                    read_array::<RawSection>(value, "sections", problems);
            }
            "facts" => raw_facts = fact_tables(value, problems),
            other => problems.at(
                key.span(),
                DeckProblem::UnknownTopLevelKey(other.to_string()),
            ),
        }
    }
    (head, raw_facts)
}

/// Checks the deck's table, topics and sections; `None` without a readable `[deck]`.
fn check_head(
    raw: RawHead,
    root_span: Range<usize>,
    text: &str,
    problems: &mut Problems<'_>,
) -> Option<Head> {
    let Some(meta) = raw.meta else {
        if problems.found.is_empty() {
            let problem = if text.trim().is_empty() {
                DeckProblem::EmptyFile
            } else {
                DeckProblem::NoDeckTable
            };
            problems.at(root_span.start..root_span.start, problem);
        }
        return None;
    };
    check_id(&meta.id, IdOf::Deck, problems);
    let id_line = problems.line(meta.id.span().start);
    check_text(&meta.title, "title", problems);
    let as_of = meta
        .as_of
        .as_ref()
        .and_then(|text| match FactDate::parse(text.get_ref()) {
            Ok(date) => Some(date),
            Err(problem) => {
                problems.at(
                    text.span(),
                    DeckProblem::BadDate {
                        key: Some("as_of".to_string()),
                        problem,
                    },
                );
                None
            }
        });

    if let Some(extra) = raw.topics.get(MAX_TOPICS) {
        problems.at(
            extra.id.span(),
            DeckProblem::TooMany {
                what: Counted::Topics,
                count: raw.topics.len(),
                most: MAX_TOPICS,
            },
        );
        return None;
    }
    if let Some(extra) = raw.sections.get(MAX_SECTIONS) {
        problems.at(
            extra.id.span(),
            DeckProblem::TooMany {
                what: Counted::Sections,
                count: raw.sections.len(),
                most: MAX_SECTIONS,
            },
        );
        return None;
    }
    if let Some(description) = &meta.description
        && let Some(message) = text_too_long("description", description.get_ref())
    {
        problems.at(description.span(), message);
    }
    let topics = check_topics(raw.topics, problems);
    let sections = check_sections(raw.sections, problems);
    if topics.is_empty() && !raw.topics_unreadable {
        problems.at(meta.id.span(), DeckProblem::NoTopics);
    }
    Some(Head {
        meta,
        id_line,
        as_of,
        topics,
        sections,
        topics_complete: !raw.topics_unreadable,
        sections_complete: !raw.sections_unreadable,
    })
}

/// Gathers the checked facts in file order, finds duplicate ids and makes the cards.
fn finish(
    file: &str,
    head: Head,
    pieces: Vec<Vec<FactOutcome>>,
    mut problems: Problems<'_>,
) -> Result<Deck, Vec<DeckError>> {
    // Which facts repeat an earlier id, found first by reference so that no id is copied.
    let mut seen_ids = HashSet::new();
    let repeated: Vec<bool> = pieces
        .iter()
        .flatten()
        .filter_map(|(fact, _)| fact.as_ref())
        .map(|fact| !seen_ids.insert(fact.id.as_str()))
        .collect();
    drop(seen_ids);
    let mut repeated = repeated.into_iter();
    let mut facts = Vec::with_capacity(repeated.len());
    for (fact, errors) in pieces.into_iter().flatten() {
        problems.found.extend(errors);
        let Some(fact) = fact else {
            continue;
        };
        if repeated.next() == Some(true) {
            let start = problems.lines.line_start(fact.line);
            problems.at(start..start, DeckProblem::DuplicateFactId(fact.id.clone()));
            continue;
        }
        facts.push(fact);
    }
    if facts.is_empty() && problems.found.is_empty() {
        problems.at(head.meta.id.span(), DeckProblem::NoFacts);
    }
    if !problems.found.is_empty() {
        return Err(problems.found);
    }
    let cards = cards::cards_for(&facts);
    Ok(deck_from(file, head, facts, cards))
}

/// Decks with at least this many cards build their two indexes at once on two threads.
const INDEXES_ON_THREADS_FROM: usize = 10_000;

/// The deck of checked facts and their cards, with its indexes built.
fn deck_from(file: &str, head: Head, facts: Vec<Fact>, cards: Vec<Card>) -> Deck {
    let (by_category, by_card_id) = if cards.len() >= INDEXES_ON_THREADS_FROM {
        std::thread::scope(|scope| {
            let by_category = scope.spawn(|| FactIndex::build(&facts));
            let by_card_id = CardIndex::build(&cards);
            let by_category = by_category
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (by_category, by_card_id)
        })
    } else {
        (FactIndex::build(&facts), CardIndex::build(&cards))
    };
    Deck {
        id: head.meta.id.into_inner(),
        title: head.meta.title.into_inner(),
        description: head
            .meta
            .description
            .map(Spanned::into_inner)
            .unwrap_or_default(),
        as_of: head.as_of,
        origin: file.to_string(),
        id_line: head.id_line,
        replaces_built_in: head.meta.replaces_built_in,
        topics: head.topics,
        sections: head.sections,
        facts,
        cards,
        by_category,
        by_card_id,
        name_words: Default::default(),
    }
}

fn read<'de, T: Deserialize<'de>>(
    value: Spanned<DeValue<'de>>,
    table: &'static str,
    problems: &mut Problems<'_>,
) -> Option<T> {
    let span = value.span();
    let keys = TableKeys::of(table, &value);
    match T::deserialize(value.into_deserializer()) {
        Ok(v) => Some(v),
        Err(e) => {
            problems.value(&e, span, &keys);
            None
        }
    }
}

/// The tables of a `[[what]]` array, and whether any of them could not be read.
fn read_array<'de, T: Deserialize<'de>>(
    value: Spanned<DeValue<'de>>,
    what: &'static str,
    problems: &mut Problems<'_>,
) -> (Vec<T>, bool) {
    let span = value.span();
    let table = if what == "topics" {
        "[[topics]]"
    } else {
        "[[sections]]"
    };
    match value.into_inner() {
        DeValue::Array(items) => {
            let count = items.len();
            let read: Vec<T> = items
                .into_iter()
                .filter_map(|item| read::<T>(item, table, problems))
                .collect();
            let unreadable = read.len() < count;
            (read, unreadable)
        }
        _ => {
            problems.at(span, DeckProblem::NotTables(what.to_string()));
            (Vec::new(), true)
        }
    }
}

/// The facts' tables, each checked for keys no fact may have.
fn fact_tables<'de>(
    value: Spanned<DeValue<'de>>,
    problems: &mut Problems<'_>,
) -> Vec<FactTable<'de>> {
    let span = value.span();
    let DeValue::Array(items) = value.into_inner() else {
        problems.at(span, DeckProblem::NotTables("facts".to_string()));
        return Vec::new();
    };
    items
        .into_iter()
        .filter_map(|item| {
            let span = item.span();
            if item.get_ref().as_table().is_none() {
                problems.at(span, DeckProblem::FactNotTable);
                return None;
            }
            Some((item, span))
        })
        .collect()
}

fn check_id(id: &Spanned<String>, what: IdOf, problems: &mut Problems<'_>) -> bool {
    if id.get_ref().len() > MAX_ID_CHARS {
        problems.at(
            id.span(),
            DeckProblem::IdTooLong {
                of: what,
                chars: id.get_ref().chars().count(),
                most: MAX_ID_CHARS,
            },
        );
        return false;
    }
    let valid = !id.get_ref().is_empty()
        && id
            .get_ref()
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if id.get_ref().is_empty() {
        problems.at(id.span(), DeckProblem::EmptyId(what));
    } else if !valid {
        problems.at(
            id.span(),
            DeckProblem::BadId {
                of: what,
                id: id.get_ref().clone(),
            },
        );
    }
    valid
}

/// Whether a text is neither empty nor longer than `MAX_TEXT_CHARS`; says which if not.
fn check_text(value: &Spanned<String>, key: &str, problems: &mut Problems<'_>) -> bool {
    if let Some(message) = text_too_long(key, value.get_ref()) {
        problems.at(value.span(), message);
        return false;
    }
    let empty = value.get_ref().trim().is_empty();
    if empty {
        problems.at(value.span(), DeckProblem::EmptyValue(key.to_string()));
    }
    !empty
}

fn check_topics(raw: Vec<RawTopic>, problems: &mut Problems<'_>) -> Vec<Topic> {
    let mut seen = HashSet::new();
    let mut topics = Vec::new();
    for t in raw {
        let ok = check_id(&t.id, IdOf::Topic, problems) & check_text(&t.name, "name", problems);
        if !seen.insert(t.id.get_ref().clone()) {
            problems.at(
                t.id.span(),
                DeckProblem::DuplicateTopicId(t.id.get_ref().clone()),
            );
            continue;
        }
        if ok {
            topics.push(Topic {
                id: t.id.into_inner(),
                name: t.name.into_inner(),
            });
        }
    }
    topics
}

fn check_sections(raw: Vec<RawSection>, problems: &mut Problems<'_>) -> Vec<Section> {
    let mut seen = HashSet::new();
    let mut sections = Vec::new();
    for s in raw {
        let ok = check_id(&s.id, IdOf::Section, problems) & check_text(&s.title, "title", problems);
        if !seen.insert(s.id.get_ref().clone()) {
            problems.at(
                s.id.span(),
                DeckProblem::DuplicateSectionId(s.id.get_ref().clone()),
            );
            continue;
        }
        if ok {
            sections.push(Section {
                id: s.id.into_inner(),
                title: s.title.into_inner(),
            });
        }
    }
    sections
}

/// The topics and sections a fact may name, and whether each list is complete (a topic
/// that could not be read makes "unknown topic" unprovable).
struct KnownIds<'a> {
    topics: &'a [Topic],
    sections: &'a [Section],
    /// The ids of `topics` and `sections`, so that a fact's are found at once in a deck of
    /// thousands.
    topic_ids: HashSet<&'a str>,
    section_ids: HashSet<&'a str>,
    topics_complete: bool,
    sections_complete: bool,
}

fn check_fact(
    table: Spanned<DeValue<'_>>,
    span: Range<usize>,
    known: &KnownIds<'_>,
    problems: &mut Problems<'_>,
) -> Option<Fact> {
    let before = problems.found.len();
    let kind = match table.get_ref().get("kind") {
        None => {
            problems.at(span.clone(), DeckProblem::FactWithoutKind);
            None
        }
        Some(k) => match k.get_ref().as_str() {
            Some(name) => kind_named(name, k.span(), problems),
            None => {
                problems.at(k.span(), DeckProblem::KindNotText);
                None
            }
        },
    };
    if let Some(kind) = kind {
        // Which keys are present, with their spans, before serde reads the values; in the
        // order they are written, which the parsed table does not keep.
        let mut keys: Vec<(&str, Range<usize>)> = table
            .get_ref()
            .as_table()
            .map(|t| {
                t.iter()
                    .map(|(k, _)| (k.get_ref().as_ref(), k.span()))
                    .collect()
            })
            .unwrap_or_default();
        keys.sort_by_key(|(_, span)| span.start);
        check_keys(kind, &keys, &span, problems);
    }
    let mut raw: RawFact = read(table, "[[facts]]", problems)?;
    check_values(kind, &mut raw, span, before, known, problems)
}

/// The same checks as `check_fact`, of a fact read from the parser's events.
fn check_fact_fields(
    mut fields: FactFields<'_>,
    known: &KnownIds<'_>,
    problems: &mut Problems<'_>,
) -> Option<Fact> {
    let before = problems.found.len();
    let kind = match &fields.kind {
        Some(kind) => kind_named(kind.get_ref(), kind.span(), problems),
        None => {
            problems.at(fields.span.clone(), DeckProblem::FactWithoutKind);
            None
        }
    };
    if let Some(kind) = kind {
        check_keys(kind, fields.keys, &fields.span, problems);
    }
    check_values(kind, &mut fields.raw, fields.span, before, known, problems)
}

/// The fact's id and topic, taken out of it; a missing one is named as serde names a
/// missing field: the first of them, and only if every value had the right type.
fn id_and_topic(
    raw: &mut RawFact,
    span: &Range<usize>,
    problems: &mut Problems<'_>,
) -> Option<(Spanned<String>, Spanned<String>)> {
    let missing = match (raw.id.take(), raw.topic.take()) {
        (Some(id), Some(topic)) => return Some((id, topic)),
        (None, _) => "id",
        (Some(_), None) => "topic",
    };
    problems.at(span.clone(), DeckProblem::FactMissing(missing.to_string()));
    None
}

fn kind_named(name: &str, span: Range<usize>, problems: &mut Problems<'_>) -> Option<FactKind> {
    let kind = FactKind::from_name(name);
    if kind.is_none() {
        let kinds = FactKind::ALL.iter().map(|k| k.name().to_string()).collect();
        problems.at(
            span,
            DeckProblem::UnknownKind {
                name: name.to_string(),
                kinds,
            },
        );
    }
    kind
}

/// Keys the fact's kind does not have, and keys it needs that are missing.
fn check_keys(
    kind: FactKind,
    keys: &[(&str, Range<usize>)],
    span: &Range<usize>,
    problems: &mut Problems<'_>,
) {
    let (required, optional) = kind_keys(kind);
    for (key, key_span) in keys {
        let allowed = COMMON_KEYS.contains(key) || required.contains(key) || optional.contains(key);
        if !allowed {
            let mut allowed_keys: Vec<&str> = required.iter().chain(optional).copied().collect();
            allowed_keys.sort_unstable();
            problems.at(
                key_span.clone(),
                DeckProblem::UnknownKeyForKind {
                    key: key.to_string(),
                    kind: kind.name().to_string(),
                    allowed: allowed_keys.iter().map(|k| k.to_string()).collect(),
                },
            );
        }
    }
    for key in required {
        if !keys.iter().any(|(k, _)| k == key) {
            problems.at(
                span.clone(),
                DeckProblem::KindMissingKey {
                    kind: kind.name().to_string(),
                    key: key.to_string(),
                },
            );
        }
    }
}

/// Checks a fact's values once its kind and keys are checked (`kind` is `None` if they
/// could not be); `before` is the number of problems found before this fact.
fn check_values(
    kind: Option<FactKind>,
    raw: &mut RawFact,
    span: Range<usize>,
    before: usize,
    known: &KnownIds<'_>,
    problems: &mut Problems<'_>,
) -> Option<Fact> {
    let (topics, sections) = (known.topics, known.sections);
    let (id, topic) = id_and_topic(raw, &span, problems)?;
    let kind = kind?;
    if problems.found.len() > before {
        return None;
    }
    if !check_id(&id, IdOf::Fact, problems) {
        return None;
    }
    if known.topics_complete && !known.topic_ids.contains(topic.get_ref().as_str()) {
        let (known, more) = some_ids(topics.iter().map(|t| t.id.as_str()));
        problems.at(
            topic.span(),
            DeckProblem::UnknownTopic {
                topic: topic.get_ref().clone(),
                known,
                more,
            },
        );
    }
    if let Some(section) = &raw.section
        && known.sections_complete
        && !known.section_ids.contains(section.get_ref().as_str())
    {
        let (known, more) = some_ids(sections.iter().map(|s| s.id.as_str()));
        problems.at(
            section.span(),
            DeckProblem::UnknownSection {
                section: section.get_ref().clone(),
                known,
                more,
            },
        );
    }
    let body = fact_body(kind, raw, problems)?;
    let answers = answer_hints(&body, raw, problems)?;
    if problems.found.len() > before {
        return None;
    }
    let line = problems.line(span.start);
    let cue = optional_text(&mut raw.cue, "cue", problems);
    let gloss = optional_text(&mut raw.gloss, "gloss", problems);
    let note = optional_text(&mut raw.note, "note", problems);
    if problems.found.len() > before {
        return None;
    }
    Some(Fact {
        id: id.into_inner(),
        topic: topic.into_inner(),
        section: raw.section.take().map(Spanned::into_inner),
        cue,
        gloss,
        note,
        context: raw.context,
        answers,
        line,
        body,
    })
}

/// Ids for a message: all of a few, the first of many with a count of the rest.
fn some_ids<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> (Vec<String>, usize) {
    const NAMED: usize = 20;
    let count = ids.len();
    let named: Vec<String> = ids.take(NAMED).map(str::to_string).collect();
    let more = count - named.len();
    (named, more)
}

/// The author's category, wrong options and other right answers. Dates and figures among
/// them must read as dates and figures.
fn answer_hints(
    body: &FactBody,
    raw: &mut RawFact,
    problems: &mut Problems<'_>,
) -> Option<AnswerHints> {
    let wrong_span = raw.wrong_options.as_ref().map(Spanned::span);
    let also_span = raw.also_right.as_ref().map(Spanned::span);
    let hints = AnswerHints {
        category: optional_text(&mut raw.category, "category", problems),
        wrong_options: text_list(&mut raw.wrong_options, "wrong_options", false, problems)?,
        also_right: text_list(&mut raw.also_right, "also_right", false, problems)?,
    };
    let lists = [
        ("wrong_options", &hints.wrong_options, wrong_span),
        ("also_right", &hints.also_right, also_span),
    ];
    for (key, list, span) in lists {
        let span = span.unwrap_or_default();
        for text in list {
            match body {
                FactBody::Date { .. } => {
                    if let Err(problem) = FactDate::parse(text) {
                        problems.at(
                            span.clone(),
                            DeckProblem::BadDate {
                                key: Some(key.to_string()),
                                problem,
                            },
                        );
                    }
                }
                FactBody::Number { .. }
                    if NumberClaim::parse(text).is_some_and(|c| c.value.abs() > MAX_FIGURE) =>
                {
                    problems.at(span.clone(), figure_too_large(key));
                }
                FactBody::Number { .. } if NumberClaim::parse(text).is_none() => {
                    problems.at(
                        span.clone(),
                        DeckProblem::NotAFigure {
                            key: key.to_string(),
                            text: text.clone(),
                        },
                    );
                }
                _ => {}
            }
        }
    }
    Some(hints)
}

/// Text a kind requires, taken out of the fact as read; presence was checked already, so
/// `None` only means "skip".
fn required_text(
    v: &mut Option<Spanned<String>>,
    key: &str,
    problems: &mut Problems<'_>,
) -> Option<String> {
    let v = v.take()?;
    check_text(&v, key, problems).then(|| trimmed(v.into_inner()))
}

/// The text without surrounding whitespace; copied only if it has any.
fn trimmed(text: String) -> String {
    if text.trim().len() == text.len() {
        text
    } else {
        text.trim().to_string()
    }
}

fn optional_text(
    v: &mut Option<Spanned<String>>,
    key: &str,
    problems: &mut Problems<'_>,
) -> Option<String> {
    required_text(v, key, problems)
}

fn text_list(
    v: &mut Option<Spanned<Vec<Spanned<String>>>>,
    key: &str,
    may_be_empty: bool,
    problems: &mut Problems<'_>,
) -> Option<Vec<String>> {
    let Some(list) = v.take() else {
        return Some(Vec::new());
    };
    let span = list.span();
    let list = list.into_inner();
    let list_len = list.len();
    if list_len > MAX_LIST_ENTRIES {
        problems.at(
            span,
            DeckProblem::ListTooLong {
                key: key.to_string(),
                count: list_len,
                most: MAX_LIST_ENTRIES,
            },
        );
        return None;
    }
    if list.is_empty() && !may_be_empty {
        problems.at(span, DeckProblem::EmptyList(key.to_string()));
        return None;
    }
    // Most lists are short: comparing each item with the ones before is quicker than
    // hashing them all, and the set is there for the long ones.
    let mut seen = HashSet::new();
    let mut out: Vec<String> = Vec::with_capacity(list.len());
    for item in list {
        if !check_text(&item, key, problems) {
            continue;
        }
        let span = item.span();
        let text = trimmed(item.into_inner());
        let repeated = if list_len <= SHORT_LIST {
            out.iter().any(|earlier| same_ignoring_case(earlier, &text))
        } else {
            !seen.insert(text.to_lowercase())
        };
        if repeated {
            problems.at(
                span,
                DeckProblem::TwiceInList {
                    text: text.clone(),
                    key: key.to_string(),
                },
            );
            continue;
        }
        out.push(text);
    }
    Some(out)
}

/// Lists up to this long are checked for repeats by comparing items pairwise.
const SHORT_LIST: usize = 16;

/// Whether two texts are the same when both are lowercased.
fn same_ignoring_case(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

fn fact_body(kind: FactKind, raw: &mut RawFact, problems: &mut Problems<'_>) -> Option<FactBody> {
    Some(match kind {
        FactKind::Number => {
            let question = required_text(&mut raw.question, "question", problems)?;
            let value = raw.value.as_ref()?;
            let number = match value.get_ref() {
                NumberValue::Integer(i) => Some(*i as f64),
                NumberValue::Float(f) if f.is_finite() => Some(*f),
                NumberValue::Float(_) => None,
                NumberValue::Text(t) => parse_number(t),
            };
            let Some(number) = number else {
                let shown = match value.get_ref() {
                    NumberValue::Text(t) => format!("`{t}`"),
                    NumberValue::Float(f) => format!("`{f}`"),
                    NumberValue::Integer(i) => format!("`{i}`"),
                };
                problems.at(value.span(), DeckProblem::NotANumber(shown));
                return None;
            };
            if number.abs() > MAX_FIGURE {
                problems.at(value.span(), figure_too_large("value"));
                return None;
            }
            FactBody::Number {
                question,
                value: number,
                qualifier: optional_text(&mut raw.qualifier, "qualifier", problems),
                unit: optional_text(&mut raw.unit, "unit", problems),
            }
        }
        FactKind::Date => {
            let question = required_text(&mut raw.question, "question", problems)?;
            let date_text = raw.date.as_ref()?;
            let date = match FactDate::parse(date_text.get_ref()) {
                Ok(d) => d,
                Err(problem) => {
                    problems.at(
                        date_text.span(),
                        DeckProblem::BadDate { key: None, problem },
                    );
                    return None;
                }
            };
            FactBody::Date {
                question,
                date,
                event: optional_text(&mut raw.event, "event", problems),
            }
        }
        FactKind::List => {
            let claim_span = raw.item_claim.as_ref().map(Spanned::span);
            let item_claim = optional_text(&mut raw.item_claim, "item_claim", problems);
            if let (Some(claim), Some(span)) = (&item_claim, claim_span)
                && claim.matches("{}").count() != 1
            {
                problems.at(span, DeckProblem::ItemClaimPlaceholder);
            }
            FactBody::List {
                question: required_text(&mut raw.question, "question", problems)?,
                name: required_text(&mut raw.name, "name", problems)?,
                items: text_list(&mut raw.items, "items", false, problems)?,
                ask_item: optional_text(&mut raw.ask_item, "ask_item", problems),
                item_claim,
            }
        }
        FactKind::Person => FactBody::Person {
            name: required_text(&mut raw.name, "name", problems)?,
            role: required_text(&mut raw.role, "role", problems)?,
            ask_role: optional_text(&mut raw.ask_role, "ask_role", problems),
            ask_name: optional_text(&mut raw.ask_name, "ask_name", problems),
        },
        FactKind::Place => FactBody::Place {
            name: required_text(&mut raw.name, "name", problems)?,
            event: required_text(&mut raw.event, "event", problems)?,
            ask_event: optional_text(&mut raw.ask_event, "ask_event", problems),
            ask_place: optional_text(&mut raw.ask_place, "ask_place", problems),
        },
        FactKind::Statement => FactBody::Statement {
            question: required_text(&mut raw.question, "question", problems)?,
            text: required_text(&mut raw.text, "text", problems)?,
            false_variants: text_list(&mut raw.false_variants, "false_variants", true, problems)?,
        },
        FactKind::Reason => FactBody::Reason {
            question: required_text(&mut raw.question, "question", problems)?,
            answer: required_text(&mut raw.answer, "answer", problems)?,
            false_variants: text_list(&mut raw.false_variants, "false_variants", true, problems)?,
        },
        FactKind::Question => FactBody::Question {
            question: required_text(&mut raw.question, "question", problems)?,
            answer: required_text(&mut raw.answer, "answer", problems)?,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list_deck(items: &[String]) -> String {
        let items: Vec<String> = items.iter().map(|i| format!("\"{i}\"")).collect();
        format!(
            "[deck]\nid = \"d\"\ntitle = \"D\"\n\n[[topics]]\nid = \"t\"\nname = \"T\"\n\n\
             [[facts]]\nid = \"l\"\ntopic = \"t\"\nkind = \"list\"\nquestion = \"Was?\"\n\
             name = \"Liste\"\nitems = [{}]\n",
            items.join(", ")
        )
    }

    #[test]
    fn an_item_repeated_in_other_letters_is_found_in_short_and_long_lists() {
        for length in [3, SHORT_LIST + 20] {
            let mut items: Vec<String> = (0..length).map(|i| format!("Posten {i}")).collect();
            items.push("POSTEN 1".to_string());
            let problems = parse_deck("d.toml", &list_deck(&items)).unwrap_err();
            assert_eq!(problems.len(), 1, "{problems:?}");
            assert!(
                problems[0]
                    .to_string()
                    .contains("`POSTEN 1` stands twice in `items`"),
                "{problems:?}"
            );
            items.pop();
            assert!(parse_deck("d.toml", &list_deck(&items)).is_ok(), "{length}");
        }
    }
}
