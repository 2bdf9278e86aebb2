//! Reading one deck file: TOML text → a validated `Deck`, or every problem found in it,
//! each with its line and column.

use super::error::LineIndex;
use super::{
    Deck, DeckError, Fact, FactBody, FactDate, FactKind, Section, Topic, cards, parse_number,
};
use serde::Deserialize;
use serde::de::IntoDeserializer;
use std::collections::HashSet;
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// The keys every fact may carry, whatever its kind.
const COMMON_KEYS: [&str; 8] = [
    "id", "kind", "topic", "section", "cue", "gloss", "note", "context",
];

/// Keys each kind needs, and keys it may have besides.
fn kind_keys(kind: FactKind) -> (&'static [&'static str], &'static [&'static str]) {
    match kind {
        FactKind::Number => (&["question", "value"], &["qualifier", "unit"]),
        FactKind::Date => (&["question", "date"], &["event"]),
        FactKind::List => (&["question", "name", "items"], &[]),
        FactKind::Person => (&["name", "role"], &["ask_role", "ask_name"]),
        FactKind::Place => (&["name", "event"], &["ask_event", "ask_place"]),
        FactKind::Statement => (&["question", "text"], &["false_variants"]),
        FactKind::Reason | FactKind::Question => (&["question", "answer"], &[]),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    id: Spanned<String>,
    title: Spanned<String>,
    #[serde(default)]
    description: String,
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

/// Every key a fact may have; which ones a kind needs is checked after reading.
#[derive(Deserialize)]
struct RawFact {
    id: Spanned<String>,
    topic: Spanned<String>,
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
    lines: LineIndex,
    found: Vec<DeckError>,
}

impl Problems<'_> {
    fn at(&mut self, span: Range<usize>, message: impl Into<String>) {
        let (line, column) = self.lines.line_column(self.text, span.start);
        self.found
            .push(DeckError::new(self.file, line, column, message));
    }

    /// A TOML syntax error, in words a learner editing a deck understands.
    fn syntax(&mut self, error: &toml::de::Error) {
        let span = error.span().unwrap_or(0..0);
        let message = syntax_message(error.message(), self.text, span.start);
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
struct TableKeys {
    /// How the table is written in a deck file: "[deck]", "[[topics]]".
    name: &'static str,
    entries: Vec<(String, Range<usize>)>,
}

impl TableKeys {
    fn of(name: &'static str, value: &Spanned<DeValue<'_>>) -> TableKeys {
        let entries = value
            .get_ref()
            .as_table()
            .map(|t| {
                t.iter()
                    .map(|(k, v)| (k.get_ref().to_string(), v.span()))
                    .collect()
            })
            .unwrap_or_default();
        TableKeys { name, entries }
    }

    fn key_at(&self, offset: usize) -> Option<&str> {
        self.entries
            .iter()
            .find(|(_, span)| span.start <= offset && offset < span.end.max(span.start + 1))
            .map(|(key, _)| key.as_str())
    }
}

/// Rewrites the TOML parser's messages that read badly; others pass as they are.
fn syntax_message(raw: &str, text: &str, offset: usize) -> String {
    let raw = raw.trim().replace('\n', " ");
    let here = text.get(offset..).unwrap_or("");
    if raw.starts_with("invalid basic string") || raw.starts_with("invalid literal string") {
        if let Some(c) = here
            .chars()
            .next()
            .filter(|c| c.is_control() && *c != '\n' && *c != '\r')
        {
            return format!(
                "the text holds an invisible control character (U+{:04X}) here; remove it",
                u32::from(c)
            );
        }
        if raw.ends_with("expected `\"`") || raw.ends_with("expected `'`") {
            return "this text is not closed: the closing quote is missing before the end of the line"
                .to_string();
        }
    }
    if raw.starts_with("unclosed table") || raw.starts_with("unclosed array of tables") {
        return "this table header is not closed: `]` is missing".to_string();
    }
    if raw == "duplicate key" {
        let key: String = here
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        return format!("the key `{key}` stands twice in this table; each key may appear once");
    }
    if raw.starts_with("key with no value") {
        return "`=` and a value are missing after this key".to_string();
    }
    if raw.starts_with("missing escaped value") {
        return "unknown escape after `\\` in this text; write `\\\\` for a backslash".to_string();
    }
    if raw.starts_with("string values must be quoted") {
        return "a value is missing here, or it is text without quotes around it".to_string();
    }
    raw
}

/// Rewrites serde's "invalid type" and "unknown field" messages to name the key and say
/// what is expected in a deck's terms.
fn value_message(raw: &str, table: &TableKeys, offset: usize) -> String {
    let raw = raw.trim().replace('\n', " ");
    if let Some(rest) = raw.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        let found = describe_found(found);
        let expected = match expected {
            "a string" => "text in quotes".to_string(),
            "a boolean" => "true or false".to_string(),
            "a sequence" => "a list in brackets, like [\"a\", \"b\"]".to_string(),
            other => other.to_string(),
        };
        return match table.key_at(offset) {
            Some(key) => format!("`{key}` must be {expected}, not {found}"),
            None => format!("expected {expected} here, not {found}"),
        };
    }
    if let Some(rest) = raw.strip_prefix("unknown field `")
        && let Some((key, expected)) = rest.split_once('`')
    {
        let allowed: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        return format!(
            "unknown key `{key}` in {}; it may have: {} (a key written below a table header \
             belongs to that table)",
            table.name,
            allowed.join(", ")
        );
    }
    if let Some(rest) = raw.strip_prefix("missing field `")
        && let Some((key, _)) = rest.split_once('`')
    {
        return format!("{} is missing `{key}`", table.name);
    }
    raw
}

/// serde's "integer `42`" as "the number 42", and so on.
fn describe_found(found: &str) -> String {
    let unquote = |s: &str| s.trim_matches('`').to_string();
    if let Some(n) = found.strip_prefix("integer ") {
        format!("the number {}", unquote(n))
    } else if let Some(n) = found.strip_prefix("floating point ") {
        format!("the number {}", unquote(n))
    } else if let Some(t) = found.strip_prefix("string ") {
        format!("the text {t}")
    } else if let Some(b) = found.strip_prefix("boolean ") {
        unquote(b)
    } else if found == "sequence" {
        "a list".to_string()
    } else if found == "map" {
        "a table".to_string()
    } else {
        found.to_string()
    }
}

/// Parses and validates a deck file's text. `file` names it in messages.
pub fn parse_deck(file: &str, text: &str) -> Result<Deck, Vec<DeckError>> {
    let mut problems = Problems {
        file,
        text,
        lines: LineIndex::new(text),
        found: Vec::new(),
    };
    let root = match DeTable::parse(text) {
        Ok(root) => root,
        Err(e) => {
            problems.syntax(&e);
            return Err(problems.found);
        }
    };
    let root_span = root.span();
    let root = root.into_inner();

    let mut meta = None;
    let mut topics = Vec::new();
    let mut sections = Vec::new();
    let mut raw_facts = Vec::new();
    // A topic or section that could not be read is reported once; facts naming it are not
    // reported again as naming an unknown one.
    let (mut topics_unreadable, mut sections_unreadable) = (false, false);
    for (key, value) in root {
        match key.get_ref().as_ref() {
            "deck" => meta = read::<RawMeta>(value, "[deck]", &mut problems),
            "topics" => {
                (topics, topics_unreadable) =
                    read_array::<RawTopic>(value, "topics", &mut problems);
            }
            "sections" => {
                (sections, sections_unreadable) =
                    read_array::<RawSection>(value, "sections", &mut problems);
            }
            "facts" => raw_facts = fact_tables(value, &mut problems),
            other => problems.at(
                key.span(),
                format!("unknown key `{other}`: a deck file has [deck], [[topics]], [[sections]] and [[facts]]"),
            ),
        }
    }
    let Some(meta) = meta else {
        if problems.found.is_empty() {
            let message = if text.trim().is_empty() {
                "the file is empty; a deck starts with a [deck] table giving its id and title"
            } else {
                "the file has no [deck] table with the deck's id and title"
            };
            problems.at(root_span.start..root_span.start, message);
        }
        return Err(problems.found);
    };
    check_id(&meta.id, "deck", &mut problems);
    check_not_empty(&meta.title, "title", &mut problems);

    let topics = check_topics(topics, &mut problems);
    let sections = check_sections(sections, &mut problems);
    if topics.is_empty() && !topics_unreadable {
        problems.at(
            meta.id.span(),
            "the deck has no [[topics]]; every fact needs a topic",
        );
    }

    let mut facts = Vec::new();
    let mut seen_ids = HashSet::new();
    for (table, span) in raw_facts {
        let known = KnownIds {
            topics: &topics,
            sections: &sections,
            topics_complete: !topics_unreadable,
            sections_complete: !sections_unreadable,
        };
        if let Some(fact) = check_fact(table, span, &known, &mut problems) {
            if !seen_ids.insert(fact.id.clone()) {
                let start = problems.lines.line_start(fact.line);
                let line_span = start..start;
                problems.at(line_span, format!("duplicate fact id `{}`", fact.id));
                continue;
            }
            facts.push(fact);
        }
    }
    if facts.is_empty() && problems.found.is_empty() {
        problems.at(meta.id.span(), "the deck has no [[facts]]");
    }
    if !problems.found.is_empty() {
        return Err(problems.found);
    }
    let cards = cards::cards_for(&facts);
    Ok(Deck {
        id: meta.id.into_inner(),
        title: meta.title.into_inner(),
        description: meta.description,
        origin: file.to_string(),
        topics,
        sections,
        facts,
        cards,
    })
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
            problems.at(
                span,
                format!("`{what}` must be written as [[{what}]] tables"),
            );
            (Vec::new(), true)
        }
    }
}

/// The facts' tables, each checked for keys no fact may have.
fn fact_tables<'de>(
    value: Spanned<DeValue<'de>>,
    problems: &mut Problems<'_>,
) -> Vec<(Spanned<DeValue<'de>>, Range<usize>)> {
    let span = value.span();
    let DeValue::Array(items) = value.into_inner() else {
        problems.at(span, "`facts` must be written as [[facts]] tables");
        return Vec::new();
    };
    items
        .into_iter()
        .filter_map(|item| {
            let span = item.span();
            if item.get_ref().as_table().is_none() {
                problems.at(span, "each fact must be a [[facts]] table");
                return None;
            }
            Some((item, span))
        })
        .collect()
}

fn check_id(id: &Spanned<String>, what: &str, problems: &mut Problems<'_>) -> bool {
    let valid = !id.get_ref().is_empty()
        && id
            .get_ref()
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if id.get_ref().is_empty() {
        problems.at(id.span(), format!("the {what} id is empty"));
    } else if !valid {
        problems.at(
            id.span(),
            format!(
                "the {what} id `{}` may only use lowercase letters a-z, digits, `-` and `_`",
                id.get_ref()
            ),
        );
    }
    valid
}

fn check_not_empty(value: &Spanned<String>, key: &str, problems: &mut Problems<'_>) -> bool {
    let empty = value.get_ref().trim().is_empty();
    if empty {
        problems.at(value.span(), format!("`{key}` is empty"));
    }
    !empty
}

fn check_topics(raw: Vec<RawTopic>, problems: &mut Problems<'_>) -> Vec<Topic> {
    let mut seen = HashSet::new();
    let mut topics = Vec::new();
    for t in raw {
        let ok = check_id(&t.id, "topic", problems) & check_not_empty(&t.name, "name", problems);
        if !seen.insert(t.id.get_ref().clone()) {
            problems.at(
                t.id.span(),
                format!("duplicate topic id `{}`", t.id.get_ref()),
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
        let ok =
            check_id(&s.id, "section", problems) & check_not_empty(&s.title, "title", problems);
        if !seen.insert(s.id.get_ref().clone()) {
            problems.at(
                s.id.span(),
                format!("duplicate section id `{}`", s.id.get_ref()),
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
    topics_complete: bool,
    sections_complete: bool,
}

fn check_fact(
    table: Spanned<DeValue<'_>>,
    span: Range<usize>,
    known: &KnownIds<'_>,
    problems: &mut Problems<'_>,
) -> Option<Fact> {
    let (topics, sections) = (known.topics, known.sections);
    let before = problems.found.len();
    // Which keys are present, with their spans, before serde reads the values.
    let keys: Vec<(String, Range<usize>)> = table
        .get_ref()
        .as_table()
        .map(|t| {
            t.iter()
                .map(|(k, _)| (k.get_ref().to_string(), k.span()))
                .collect()
        })
        .unwrap_or_default();
    let kind_value = match table.get_ref().get("kind") {
        None => {
            problems.at(span.clone(), "this fact is missing `kind`");
            None
        }
        Some(k) => match k.get_ref().as_str() {
            Some(name) => Some((name.to_string(), k.span())),
            None => {
                problems.at(
                    k.span(),
                    "`kind` must be text such as \"number\" or \"list\"",
                );
                None
            }
        },
    };

    let kind = match &kind_value {
        Some((name, kind_span)) => match FactKind::from_name(name) {
            Some(kind) => Some(kind),
            None => {
                let known: Vec<&str> = FactKind::ALL.iter().map(|k| k.name()).collect();
                problems.at(
                    kind_span.clone(),
                    format!(
                        "unknown fact kind `{name}`; the kinds are: {}",
                        known.join(", ")
                    ),
                );
                None
            }
        },
        None => None,
    };
    if let Some(kind) = kind {
        let (required, optional) = kind_keys(kind);
        for (key, key_span) in &keys {
            let allowed = COMMON_KEYS.contains(&key.as_str())
                || required.contains(&key.as_str())
                || optional.contains(&key.as_str());
            if !allowed {
                let mut allowed_keys: Vec<&str> =
                    required.iter().chain(optional).copied().collect();
                allowed_keys.sort_unstable();
                problems.at(
                    key_span.clone(),
                    format!(
                        "unknown key `{key}` for a {} fact; it may have: {}",
                        kind.name(),
                        allowed_keys.join(", ")
                    ),
                );
            }
        }
        for key in required {
            if !keys.iter().any(|(k, _)| k == key) {
                problems.at(
                    span.clone(),
                    format!("this {} fact is missing `{key}`", kind.name()),
                );
            }
        }
    }

    let raw: RawFact = read(table, "[[facts]]", problems)?;
    let kind = kind?;
    if problems.found.len() > before {
        return None;
    }
    if !check_id(&raw.id, "fact", problems) {
        return None;
    }
    if known.topics_complete && topics.iter().all(|t| &t.id != raw.topic.get_ref()) {
        let known: Vec<&str> = topics.iter().map(|t| t.id.as_str()).collect();
        problems.at(
            raw.topic.span(),
            format!(
                "unknown topic `{}`; the deck's topics are: {}",
                raw.topic.get_ref(),
                known.join(", ")
            ),
        );
    }
    if let Some(section) = &raw.section
        && known.sections_complete
        && sections.iter().all(|s| &s.id != section.get_ref())
    {
        let known: Vec<&str> = sections.iter().map(|s| s.id.as_str()).collect();
        problems.at(
            section.span(),
            format!(
                "unknown section `{}`; the deck's sections are: {}",
                section.get_ref(),
                if known.is_empty() {
                    "(none)".to_string()
                } else {
                    known.join(", ")
                }
            ),
        );
    }
    let body = fact_body(kind, &raw, problems)?;
    if problems.found.len() > before {
        return None;
    }
    let line = problems.lines.line_column(problems.text, span.start).0;
    let cue = optional_text(&raw.cue, "cue", problems);
    let gloss = optional_text(&raw.gloss, "gloss", problems);
    let note = optional_text(&raw.note, "note", problems);
    if problems.found.len() > before {
        return None;
    }
    Some(Fact {
        id: raw.id.into_inner(),
        topic: raw.topic.into_inner(),
        section: raw.section.map(Spanned::into_inner),
        cue,
        gloss,
        note,
        context: raw.context,
        line,
        body,
    })
}

/// Text a kind requires; presence was checked already, so `None` only means "skip".
fn required_text(
    v: &Option<Spanned<String>>,
    key: &str,
    problems: &mut Problems<'_>,
) -> Option<String> {
    let v = v.as_ref()?;
    check_not_empty(v, key, problems).then(|| v.get_ref().trim().to_string())
}

fn optional_text(
    v: &Option<Spanned<String>>,
    key: &str,
    problems: &mut Problems<'_>,
) -> Option<String> {
    required_text(v, key, problems)
}

fn text_list(
    v: &Option<Spanned<Vec<Spanned<String>>>>,
    key: &str,
    may_be_empty: bool,
    problems: &mut Problems<'_>,
) -> Option<Vec<String>> {
    let Some(list) = v else {
        return Some(Vec::new());
    };
    if list.get_ref().is_empty() && !may_be_empty {
        problems.at(list.span(), format!("`{key}` is an empty list"));
        return None;
    }
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for item in list.get_ref() {
        if !check_not_empty(item, key, problems) {
            continue;
        }
        let text = item.get_ref().trim().to_string();
        if !seen.insert(text.to_lowercase()) {
            problems.at(item.span(), format!("`{text}` stands twice in `{key}`"));
            continue;
        }
        out.push(text);
    }
    Some(out)
}

fn fact_body(kind: FactKind, raw: &RawFact, problems: &mut Problems<'_>) -> Option<FactBody> {
    Some(match kind {
        FactKind::Number => {
            let question = required_text(&raw.question, "question", problems)?;
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
                problems.at(
                    value.span(),
                    format!(
                        "`value` must be a number such as 120000 or \"120.000\"; {shown} is not one"
                    ),
                );
                return None;
            };
            FactBody::Number {
                question,
                value: number,
                qualifier: optional_text(&raw.qualifier, "qualifier", problems),
                unit: optional_text(&raw.unit, "unit", problems),
            }
        }
        FactKind::Date => {
            let question = required_text(&raw.question, "question", problems)?;
            let date_text = raw.date.as_ref()?;
            let date = match FactDate::parse(date_text.get_ref()) {
                Ok(d) => d,
                Err(message) => {
                    problems.at(date_text.span(), message);
                    return None;
                }
            };
            FactBody::Date {
                question,
                date,
                event: optional_text(&raw.event, "event", problems),
            }
        }
        FactKind::List => FactBody::List {
            question: required_text(&raw.question, "question", problems)?,
            name: required_text(&raw.name, "name", problems)?,
            items: text_list(&raw.items, "items", false, problems)?,
        },
        FactKind::Person => FactBody::Person {
            name: required_text(&raw.name, "name", problems)?,
            role: required_text(&raw.role, "role", problems)?,
            ask_role: optional_text(&raw.ask_role, "ask_role", problems),
            ask_name: optional_text(&raw.ask_name, "ask_name", problems),
        },
        FactKind::Place => FactBody::Place {
            name: required_text(&raw.name, "name", problems)?,
            event: required_text(&raw.event, "event", problems)?,
            ask_event: optional_text(&raw.ask_event, "ask_event", problems),
            ask_place: optional_text(&raw.ask_place, "ask_place", problems),
        },
        FactKind::Statement => FactBody::Statement {
            question: required_text(&raw.question, "question", problems)?,
            text: required_text(&raw.text, "text", problems)?,
            false_variants: text_list(&raw.false_variants, "false_variants", true, problems)?,
        },
        FactKind::Reason => FactBody::Reason {
            question: required_text(&raw.question, "question", problems)?,
            answer: required_text(&raw.answer, "answer", problems)?,
        },
        FactKind::Question => FactBody::Question {
            question: required_text(&raw.question, "question", problems)?,
            answer: required_text(&raw.answer, "answer", problems)?,
        },
    })
}
