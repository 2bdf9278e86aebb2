//! Reading one deck file: TOML text → a validated `Deck`, or every problem found in it,
//! each with its line and column.

use super::error::LineIndex;
use super::{
    CardIndex, Deck, DeckError, Fact, FactBody, FactDate, FactIndex, FactKind, Section, Topic,
    cards, parse_number,
};
use serde::Deserialize;
use serde::de::IntoDeserializer;
use std::borrow::Cow;
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
    lines: &'a LineIndex,
    /// Where the piece of text the spans count from starts in the file (0 for the whole).
    base: usize,
    found: Vec<DeckError>,
}

impl<'a> Problems<'a> {
    fn new(file: &'a str, text: &'a str, lines: &'a LineIndex, base: usize) -> Self {
        Problems {
            file,
            text,
            lines,
            base,
            found: Vec::new(),
        }
    }

    fn at(&mut self, span: Range<usize>, message: impl Into<String>) {
        let (line, column) = self.lines.line_column(self.text, self.base + span.start);
        self.found
            .push(DeckError::new(self.file, line, column, message));
    }

    /// The 1-based line of an offset of the piece being read.
    fn line(&self, offset: usize) -> usize {
        self.lines.line(self.base + offset)
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

/// Decks at least this large are read in pieces on several threads; below it, starting
/// threads would cost more than they save.
const PIECES_FROM_BYTES: usize = 1 << 20;

/// At most this many pieces, whatever the number of processors.
const MAX_PIECES: usize = 8;

/// Parses and validates a deck file's text. `file` names it in messages.
pub fn parse_deck(file: &str, text: &str) -> Result<Deck, Vec<DeckError>> {
    let lines = LineIndex::new(text);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(MAX_PIECES);
    if let Some(result) = parse_in_pieces(file, text, &lines, threads) {
        return result;
    }
    parse_whole(file, text, &lines)
}

/// The whole text parsed as one TOML document: the reference every other way of reading
/// a deck must agree with, and the one that words syntax errors.
fn parse_whole(file: &str, text: &str, lines: &LineIndex) -> Result<Deck, Vec<DeckError>> {
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
        .map(|(table, span)| fact_outcome(table, span, &known, &mut problems))
        .collect();
    finish(file, head, vec![outcomes], problems)
}

/// A large deck read in pieces, one thread each (up to `threads`): the part before the first `[[facts]]`
/// header, then runs of whole `[[facts]]` tables. Parsing the TOML is most of the time
/// a large deck takes to load, and the pieces are independent documents.
///
/// `None` whenever the pieces might not mean what the whole text means, or any piece has
/// a problem the pieces cannot word exactly as the whole would (a syntax error, a table
/// other than `[[facts]]` after the first fact, a problem before the first fact): the
/// caller then reads the whole text, so messages never depend on how the text was read.
/// Problems inside facts are worded per fact and come out the same either way.
fn parse_in_pieces(
    file: &str,
    text: &str,
    lines: &LineIndex,
    threads: usize,
) -> Option<Result<Deck, Vec<DeckError>>> {
    // A header line inside a multi-line string would be text, not a header.
    if text.len() < PIECES_FROM_BYTES
        || threads < 2
        || text.contains("\"\"\"")
        || text.contains("'''")
    {
        return None;
    }
    let head_end = facts_header_at_or_after(text, 0)?;
    let mut problems = Problems::new(file, text, lines, 0);
    let root = DeTable::parse(&text[..head_end]).ok()?;
    if root
        .get_ref()
        .iter()
        .any(|(key, _)| key.get_ref() == "facts")
    {
        return None;
    }
    let root_span = root.span();
    let (raw_head, _) = read_root(root.into_inner(), &mut problems);
    if !problems.found.is_empty() {
        return None;
    }
    let head = check_head(raw_head, root_span, text, &mut problems)?;
    let known = head.known_ids();
    let pieces = fact_pieces(text, head_end, threads);
    let results: Vec<Option<Vec<FactOutcome>>> = std::thread::scope(|scope| {
        let known = &known;
        let others: Vec<_> = pieces[1..]
            .iter()
            .map(|piece| scope.spawn(move || read_fact_piece(file, text, lines, piece, known)))
            .collect();
        let first = read_fact_piece(file, text, lines, &pieces[0], known);
        std::iter::once(first)
            .chain(others.into_iter().map(|t| t.join().ok().flatten()))
            .collect()
    });
    let pieces = results.into_iter().collect::<Option<Vec<_>>>()?;
    Some(finish(file, head, pieces, problems))
}

/// The offset of the first line at or after `from` that begins with a `[[facts]]` header.
fn facts_header_at_or_after(text: &str, from: usize) -> Option<usize> {
    if from == 0 && text.starts_with("[[facts]]") {
        return Some(0);
    }
    // From the line break before `from`, so that a header right at `from` is found too.
    let mut from = from.saturating_sub(1).min(text.len());
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text[from..].find("\n[[facts]]").map(|i| from + i + 1)
}

/// The facts part of the text (from `head_end` on) cut into about `count` runs of whole
/// `[[facts]]` tables, each beginning at a header line.
fn fact_pieces(text: &str, head_end: usize, count: usize) -> Vec<Range<usize>> {
    let mut starts = vec![head_end];
    for k in 1..count {
        let aim = head_end + (text.len() - head_end) * k / count;
        match facts_header_at_or_after(text, aim.max(starts[starts.len() - 1] + 1)) {
            Some(start) => starts.push(start),
            None => break,
        }
    }
    starts
        .iter()
        .zip(starts.iter().skip(1).chain(std::iter::once(&text.len())))
        .map(|(start, end)| *start..*end)
        .collect()
}

/// Reads one run of `[[facts]]` tables; `None` if it is anything else or not valid TOML.
fn read_fact_piece(
    file: &str,
    text: &str,
    lines: &LineIndex,
    piece: &Range<usize>,
    known: &KnownIds<'_>,
) -> Option<Vec<FactOutcome>> {
    let root = DeTable::parse(&text[piece.clone()]).ok()?.into_inner();
    if root.len() != 1 {
        return None;
    }
    let (key, value) = root.into_iter().next()?;
    if key.get_ref() != "facts" {
        return None;
    }
    let mut problems = Problems::new(file, text, lines, piece.start);
    let tables = fact_tables(value, &mut problems);
    if !problems.found.is_empty() {
        return None;
    }
    Some(
        tables
            .into_iter()
            .map(|(table, span)| fact_outcome(table, span, known, &mut problems))
            .collect(),
    )
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
            topics_complete: self.topics_complete,
            sections_complete: self.sections_complete,
        }
    }
}

/// A fact as checked, with the problems found in it (in the order they were found).
type FactOutcome = (Option<Fact>, Vec<DeckError>);

/// A `[[facts]]` table as parsed, with its span, before it is checked.
type FactTable<'de> = (Spanned<DeValue<'de>>, Range<usize>);

fn fact_outcome(
    table: Spanned<DeValue<'_>>,
    span: Range<usize>,
    known: &KnownIds<'_>,
    problems: &mut Problems<'_>,
) -> FactOutcome {
    let before = problems.found.len();
    let fact = check_fact(table, span, known, problems);
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
                format!("unknown key `{other}`: a deck file has [deck], [[topics]], [[sections]] and [[facts]]"),
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
            let message = if text.trim().is_empty() {
                "the file is empty; a deck starts with a [deck] table giving its id and title"
            } else {
                "the file has no [deck] table with the deck's id and title"
            };
            problems.at(root_span.start..root_span.start, message);
        }
        return None;
    };
    check_id(&meta.id, "deck", problems);
    check_not_empty(&meta.title, "title", problems);

    let topics = check_topics(raw.topics, problems);
    let sections = check_sections(raw.sections, problems);
    if topics.is_empty() && !raw.topics_unreadable {
        problems.at(
            meta.id.span(),
            "the deck has no [[topics]]; every fact needs a topic",
        );
    }
    Some(Head {
        meta,
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
            problems.at(start..start, format!("duplicate fact id `{}`", fact.id));
            continue;
        }
        facts.push(fact);
    }
    if facts.is_empty() && problems.found.is_empty() {
        problems.at(head.meta.id.span(), "the deck has no [[facts]]");
    }
    if !problems.found.is_empty() {
        return Err(problems.found);
    }
    let cards = cards::cards_for(&facts);
    let by_kind_and_topic = FactIndex::build(&facts);
    let by_card_id = CardIndex::build(&cards);
    Ok(Deck {
        id: head.meta.id.into_inner(),
        title: head.meta.title.into_inner(),
        description: head.meta.description,
        origin: file.to_string(),
        topics: head.topics,
        sections: head.sections,
        facts,
        cards,
        by_kind_and_topic,
        by_card_id,
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
) -> Vec<FactTable<'de>> {
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
    let keys: Vec<(&str, Range<usize>)> = table
        .get_ref()
        .as_table()
        .map(|t| {
            t.iter()
                .map(|(k, _)| (k.get_ref().as_ref(), k.span()))
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
            let allowed =
                COMMON_KEYS.contains(key) || required.contains(key) || optional.contains(key);
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
    let line = problems.line(span.start);
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt::Write as _;

    /// A deck of `facts` facts, over a megabyte from about 9,000; `fact` may change any.
    fn deck(facts: usize, fact: impl Fn(usize) -> Option<String>) -> String {
        let mut text = String::from("[deck]\nid = \"gross\"\ntitle = \"Groß\"\n\n");
        text.push_str("[[topics]]\nid = \"t\"\nname = \"Thema\"\n\n");
        for i in 0..facts {
            match fact(i) {
                Some(written) => text.push_str(&written),
                None => {
                    let _ = write!(
                        text,
                        "[[facts]]\nid = \"f{i}\"\ntopic = \"t\"\nkind = \"number\"\n\
                         question = \"Wie viele Dinge zählt Fall {i}?\"\nvalue = {i}\n\
                         unit = \"Dinge\"\n\n"
                    );
                }
            }
        }
        text
    }

    fn read_both(text: &str) -> (Result<Deck, Vec<DeckError>>, Result<Deck, Vec<DeckError>>) {
        assert!(text.len() >= PIECES_FROM_BYTES, "{} bytes", text.len());
        let lines = LineIndex::new(text);
        let pieces = parse_in_pieces("gross.toml", text, &lines, 3).expect("read in pieces");
        (pieces, parse_whole("gross.toml", text, &lines))
    }

    #[test]
    fn a_large_deck_read_in_pieces_is_the_deck_read_whole() {
        let text = deck(10_000, |_| None);
        let (pieces, whole) = read_both(&text);
        let deck = pieces.unwrap();
        assert_eq!(deck.facts.len(), 10_000);
        assert_eq!(
            deck.facts[9_999].line,
            whole.as_ref().unwrap().facts[9_999].line
        );
        assert_eq!(Ok(deck), whole);
    }

    #[test]
    fn problems_in_a_large_deck_read_in_pieces_are_those_of_the_deck_read_whole() {
        let text = deck(10_000, |i| {
            match i {
            10 => Some("[[facts]]\nid = \"f10\"\ntopic = \"nirgends\"\nkind = \"reason\"\nquestion = \"Warum?\"\nanswer = \"Darum.\"\n\n".to_string()),
            5_000 => Some("[[facts]]\nid = \"f5000\"\ntopic = \"t\"\nkind = \"number\"\nquestion = \"Wie viele?\"\nvalue = true\ncolour = \"rot\"\n\n".to_string()),
            9_990 => Some("[[facts]]\nid = \"f12\"\ntopic = \"t\"\nkind = \"reason\"\nquestion = \"Warum?\"\nanswer = \"Darum.\"\n\n".to_string()),
            _ => None,
        }
        });
        let (pieces, whole) = read_both(&text);
        let problems = pieces.unwrap_err();
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[3].message.contains("duplicate fact id `f12`"));
        assert_eq!(Err(problems), whole);
    }

    #[test]
    fn a_large_deck_with_a_table_after_its_facts_is_read_whole() {
        let mut text = deck(10_000, |_| None);
        text.push_str("[deck]\nid = \"noch-einmal\"\n");
        let lines = LineIndex::new(&text);
        assert!(parse_in_pieces("gross.toml", &text, &lines, 3).is_none());
        let problems = parse_deck("gross.toml", &text).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
    }

    #[test]
    fn a_syntax_error_in_a_large_deck_is_worded_as_when_read_whole() {
        let text = deck(10_000, |i| {
            (i == 6_000).then(|| "[[facts]]\nid = \"f6000\ntopic = \"t\"\n\n".to_string())
        });
        let lines = LineIndex::new(&text);
        assert!(parse_in_pieces("gross.toml", &text, &lines, 3).is_none());
        let problems = parse_deck("gross.toml", &text).unwrap_err();
        assert!(problems[0].message.contains("not closed"), "{problems:?}");
    }
}
