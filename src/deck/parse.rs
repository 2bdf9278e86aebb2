//! Reading one deck file: TOML text → a validated `Deck`, or every problem found in it,
//! each with its line and column. The tables are read here (in pieces for large files:
//! `pieces.rs`, `fact_events.rs`); the keys a fact may have are in `fact_keys.rs`, the
//! checks of what was read in `check.rs`, the wording of problems in `diagnostics.rs`.

use super::error::{Counted, DeckProblem, IdOf, LineIndex};
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
use std::collections::HashSet;
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

mod check;
mod diagnostics;
mod fact_events;
mod fact_keys;
mod pieces;

use check::*;
use diagnostics::*;
use fact_events::FactFields;
use fact_keys::*;

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
