//! The one error type of the deck layer: a problem at a place in a deck file.

use crate::tr;
use std::fmt;
use std::sync::OnceLock;

/// The longest message of a problem, in bytes; longer ones are cut.
const MAX_MESSAGE_BYTES: usize = 1_000;

/// A problem in a deck file, shown to the learner as `file:line:column: problem`, the
/// problem worded (`Display`) in the thread's language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct DeckError {
    pub file: String,
    /// 1-based; 0 when the problem concerns the whole file (it could not be read).
    pub line: usize,
    pub column: usize,
    pub problem: DeckProblem,
}

impl DeckError {
    pub fn new(file: &str, line: usize, column: usize, problem: DeckProblem) -> Self {
        Self {
            file: file.to_string(),
            line,
            column,
            problem,
        }
    }

    /// A problem at a byte offset of the file's text.
    pub fn at_offset(file: &str, text: &str, offset: usize, problem: DeckProblem) -> Self {
        let (line, column) = line_column(text, offset);
        Self::new(file, line, column, problem)
    }
}

impl fmt::Display for DeckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Problems quote the file (an unknown key, a repeated item): a quote of megabytes
        // would be carried into every listing of the problem.
        let mut problem = self.problem.to_string();
        if problem.len() > MAX_MESSAGE_BYTES {
            let mut end = MAX_MESSAGE_BYTES;
            while !problem.is_char_boundary(end) {
                end -= 1;
            }
            problem.truncate(end);
            problem.push_str(" …");
        }
        if self.line == 0 {
            write!(f, "{}: {problem}", self.file)
        } else {
            write!(f, "{}:{}:{}: {problem}", self.file, self.line, self.column)
        }
    }
}

/// Whose id a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdOf {
    Deck,
    Topic,
    Section,
    Fact,
}

/// What a value should have been, in a deck's terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    Text,
    Boolean,
    List,
    /// As the TOML reader words it.
    Other(String),
}

/// What a value was instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Number(String),
    Text(String),
    Boolean(String),
    List,
    Table,
    /// As the TOML reader words it.
    Other(String),
}

/// What a deck has too many of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    Facts,
    Topics,
    Sections,
}

/// Why a date of a deck is not one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateProblem {
    NotADate(String),
    NotADay(String),
}

impl fmt::Display for DateProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            DateProblem::NotADate(text) => tr!("deck-not-a-date", text = text.as_str()),
            DateProblem::NotADay(text) => tr!("deck-not-a-day", text = text.as_str()),
        })
    }
}

/// What is wrong at a place of a deck file: a value with the data its message needs,
/// worded (`Display`) in the thread's language through the message files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeckProblem {
    /// The TOML reader's own message, where no plainer words are known for it.
    Toml(String),
    ControlCharacter(u32),
    TextNotClosed,
    TableHeaderNotClosed,
    KeyTwice(String),
    KeyWithoutValue,
    UnknownEscape,
    ValueMissing,
    /// A value of the wrong type, under `key` where it is known.
    WrongType {
        key: Option<String>,
        expected: Expected,
        found: Found,
    },
    UnknownKeyInTable {
        key: String,
        table: String,
        allowed: Vec<String>,
    },
    TableMissingKey {
        table: String,
        key: String,
    },
    UnknownTopLevelKey(String),
    EmptyFile,
    NoDeckTable,
    NoTopics,
    NoFacts,
    DuplicateFactId(String),
    DuplicateTopicId(String),
    DuplicateSectionId(String),
    /// `topics`, `sections` or `facts` written otherwise than as `[[…]]` tables.
    NotTables(String),
    FactNotTable,
    EmptyId(IdOf),
    BadId {
        of: IdOf,
        id: String,
    },
    EmptyValue(String),
    FactWithoutKind,
    KindNotText,
    FactMissing(String),
    UnknownKind {
        name: String,
        kinds: Vec<String>,
    },
    UnknownKeyForKind {
        key: String,
        kind: String,
        allowed: Vec<String>,
    },
    KindMissingKey {
        kind: String,
        key: String,
    },
    /// `known` names the first of the deck's topics; `more` are not named.
    UnknownTopic {
        topic: String,
        known: Vec<String>,
        more: usize,
    },
    UnknownSection {
        section: String,
        known: Vec<String>,
        more: usize,
    },
    NestedTooDeeply,
    IdTooLong {
        of: IdOf,
        chars: usize,
        most: usize,
    },
    TextTooLong {
        key: String,
        chars: usize,
        most: usize,
    },
    /// A figure beyond the largest a deck may hold, under this key.
    FigureTooLarge(String),
    TooMany {
        what: Counted,
        count: usize,
        most: usize,
    },
    ListTooLong {
        key: String,
        count: usize,
        most: usize,
    },
    /// This many more problems of the file are not listed.
    MoreProblems(usize),
    /// A date that is not one, under `key` where it is not the fact's own `date`.
    BadDate {
        key: Option<String>,
        problem: DateProblem,
    },
    NotAFigure {
        key: String,
        text: String,
    },
    /// `value` of a number fact, as written.
    NotANumber(String),
    ItemClaimPlaceholder,
    EmptyList(String),
    TwiceInList {
        text: String,
        key: String,
    },
    /// The deck's id is another loaded file's.
    IdUsedBy {
        id: String,
        other: String,
    },
    /// A folder that could not be listed; the system's reason, worded.
    DeckFolderUnreadable(String),
    FolderUnreadable(String),
    NoDeckFiles,
    FileUnreadable(String),
    TooLarge {
        megabytes: u64,
        most: u64,
    },
    Utf32,
    Utf16,
    Utf16WithoutMark,
    ZeroByte,
    Latin1 {
        byte: u8,
    },
    BinaryByte {
        byte: u8,
    },
    NotUtf8 {
        byte: u8,
    },
    /// A rule of fair questions broken by a fact (`quiz::lint`); its finding, worded.
    Lint {
        rule: String,
        fact: String,
        finding: String,
    },
    NoCue {
        fact: String,
        article: String,
    },
    CueNotInArticle {
        fact: String,
        cue: String,
        article: String,
    },
}

fn id_of(of: IdOf) -> String {
    match of {
        IdOf::Deck => tr!("deck-id-of-deck"),
        IdOf::Topic => tr!("deck-id-of-topic"),
        IdOf::Section => tr!("deck-id-of-section"),
        IdOf::Fact => tr!("deck-id-of-fact"),
    }
}

impl fmt::Display for DeckProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |items: &[String]| items.join(", ");
        // The first ids, and how many more there are.
        let some = |items: &[String], more: usize| match (items.is_empty(), more) {
            (true, 0) => tr!("deck-none"),
            (_, 0) => list(items),
            _ => tr!("deck-ids-and-more", ids = list(items), count = more),
        };
        let hex = |byte: &u8| format!("0x{byte:02X}");
        let text = match self {
            DeckProblem::Toml(message) => tr!("deck-toml", message = message.as_str()),
            DeckProblem::ControlCharacter(code) => {
                tr!("deck-control-character", code = format!("U+{code:04X}"))
            }
            DeckProblem::TextNotClosed => tr!("deck-text-not-closed"),
            DeckProblem::TableHeaderNotClosed => tr!("deck-table-header-not-closed"),
            DeckProblem::KeyTwice(key) => tr!("deck-key-twice", key = key.as_str()),
            DeckProblem::KeyWithoutValue => tr!("deck-key-without-value"),
            DeckProblem::UnknownEscape => tr!("deck-unknown-escape"),
            DeckProblem::ValueMissing => tr!("deck-value-missing"),
            DeckProblem::WrongType {
                key,
                expected,
                found,
            } => {
                let expected = match expected {
                    Expected::Text => tr!("deck-expected-text"),
                    Expected::Boolean => tr!("deck-expected-boolean"),
                    Expected::List => tr!("deck-expected-list"),
                    Expected::Other(other) => other.clone(),
                };
                let found = match found {
                    Found::Number(n) => tr!("deck-found-number", number = n.as_str()),
                    Found::Text(t) => tr!("deck-found-text", text = t.as_str()),
                    Found::Boolean(b) => b.clone(),
                    Found::List => tr!("deck-found-list"),
                    Found::Table => tr!("deck-found-table"),
                    Found::Other(other) => other.clone(),
                };
                match key {
                    Some(key) => tr!(
                        "deck-key-wrong-type",
                        key = key.as_str(),
                        expected = expected,
                        found = found
                    ),
                    None => tr!("deck-wrong-type", expected = expected, found = found),
                }
            }
            DeckProblem::UnknownKeyInTable {
                key,
                table,
                allowed,
            } => tr!(
                "deck-unknown-key-in-table",
                key = key.as_str(),
                table = table.as_str(),
                allowed = list(allowed)
            ),
            DeckProblem::TableMissingKey { table, key } => tr!(
                "deck-table-missing-key",
                table = table.as_str(),
                key = key.as_str()
            ),
            DeckProblem::UnknownTopLevelKey(key) => {
                tr!("deck-unknown-top-level-key", key = key.as_str())
            }
            DeckProblem::EmptyFile => tr!("deck-empty-file"),
            DeckProblem::NoDeckTable => tr!("deck-no-deck-table"),
            DeckProblem::NoTopics => tr!("deck-no-topics"),
            DeckProblem::NoFacts => tr!("deck-no-facts"),
            DeckProblem::DuplicateFactId(id) => tr!("deck-duplicate-fact-id", id = id.as_str()),
            DeckProblem::DuplicateTopicId(id) => {
                tr!("deck-duplicate-topic-id", id = id.as_str())
            }
            DeckProblem::DuplicateSectionId(id) => {
                tr!("deck-duplicate-section-id", id = id.as_str())
            }
            DeckProblem::NotTables(what) => tr!("deck-not-tables", what = what.as_str()),
            DeckProblem::FactNotTable => tr!("deck-fact-not-table"),
            DeckProblem::EmptyId(of) => tr!("deck-empty-id", of = id_of(*of)),
            DeckProblem::BadId { of, id } => {
                tr!("deck-bad-id", of = id_of(*of), id = id.as_str())
            }
            DeckProblem::EmptyValue(key) => tr!("deck-empty-value", key = key.as_str()),
            DeckProblem::FactWithoutKind => tr!("deck-fact-without-kind"),
            DeckProblem::KindNotText => tr!("deck-kind-not-text"),
            DeckProblem::FactMissing(key) => tr!("deck-fact-missing", key = key.as_str()),
            DeckProblem::UnknownKind { name, kinds } => tr!(
                "deck-unknown-kind",
                name = name.as_str(),
                kinds = list(kinds)
            ),
            DeckProblem::UnknownKeyForKind { key, kind, allowed } => tr!(
                "deck-unknown-key-for-kind",
                key = key.as_str(),
                kind = kind.as_str(),
                allowed = list(allowed)
            ),
            DeckProblem::KindMissingKey { kind, key } => tr!(
                "deck-kind-missing-key",
                kind = kind.as_str(),
                key = key.as_str()
            ),
            DeckProblem::UnknownTopic { topic, known, more } => tr!(
                "deck-unknown-topic",
                topic = topic.as_str(),
                known = some(known, *more)
            ),
            DeckProblem::UnknownSection {
                section,
                known,
                more,
            } => tr!(
                "deck-unknown-section",
                section = section.as_str(),
                known = some(known, *more)
            ),
            DeckProblem::NestedTooDeeply => tr!("deck-nested-too-deeply"),
            DeckProblem::IdTooLong { of, chars, most } => tr!(
                "deck-id-too-long",
                of = id_of(*of),
                chars = *chars,
                most = *most
            ),
            DeckProblem::TextTooLong { key, chars, most } => tr!(
                "deck-text-too-long",
                key = key.as_str(),
                chars = *chars,
                most = *most
            ),
            DeckProblem::FigureTooLarge(key) => tr!("deck-figure-too-large", key = key.as_str()),
            DeckProblem::TooMany { what, count, most } => match what {
                Counted::Facts => tr!("deck-too-many-facts", count = *count, most = *most),
                Counted::Topics => tr!("deck-too-many-topics", count = *count, most = *most),
                Counted::Sections => {
                    tr!("deck-too-many-sections", count = *count, most = *most)
                }
            },
            DeckProblem::ListTooLong { key, count, most } => tr!(
                "deck-list-too-long",
                key = key.as_str(),
                count = *count,
                most = *most
            ),
            DeckProblem::MoreProblems(more) => tr!("deck-more-problems", count = *more),
            DeckProblem::BadDate { key: None, problem } => problem.to_string(),
            DeckProblem::BadDate {
                key: Some(key),
                problem,
            } => format!("`{key}`: {problem}"),
            DeckProblem::NotAFigure { key, text } => tr!(
                "deck-not-a-figure",
                key = key.as_str(),
                text = text.as_str()
            ),
            DeckProblem::NotANumber(shown) => tr!("deck-not-a-number", shown = shown.as_str()),
            DeckProblem::ItemClaimPlaceholder => tr!("deck-item-claim-placeholder"),
            DeckProblem::EmptyList(key) => tr!("deck-empty-list", key = key.as_str()),
            DeckProblem::TwiceInList { text, key } => tr!(
                "deck-twice-in-list",
                text = text.as_str(),
                key = key.as_str()
            ),
            DeckProblem::IdUsedBy { id, other } => {
                tr!("deck-id-used-by", id = id.as_str(), other = other.as_str())
            }
            DeckProblem::DeckFolderUnreadable(reason) => {
                tr!("deck-deck-folder-unreadable", reason = reason.as_str())
            }
            DeckProblem::FolderUnreadable(reason) => {
                tr!("deck-folder-unreadable", reason = reason.as_str())
            }
            DeckProblem::NoDeckFiles => tr!("deck-no-deck-files"),
            DeckProblem::FileUnreadable(reason) => {
                tr!("deck-file-unreadable", reason = reason.as_str())
            }
            DeckProblem::TooLarge { megabytes, most } => tr!(
                "deck-too-large",
                megabytes = megabytes.to_string(),
                most = most.to_string()
            ),
            DeckProblem::Utf32 => tr!("deck-utf32"),
            DeckProblem::Utf16 => tr!("deck-utf16"),
            DeckProblem::Utf16WithoutMark => tr!("deck-utf16-without-mark"),
            DeckProblem::ZeroByte => tr!("deck-zero-byte"),
            DeckProblem::Latin1 { byte } => tr!(
                "deck-latin1",
                byte = hex(byte),
                char = char::from(*byte).to_string()
            ),
            DeckProblem::BinaryByte { byte } => tr!("deck-binary-byte", byte = hex(byte)),
            DeckProblem::NotUtf8 { byte } => tr!("deck-not-utf8", byte = hex(byte)),
            DeckProblem::Lint {
                rule,
                fact,
                finding,
            } => tr!(
                "deck-lint",
                rule = rule.as_str(),
                fact = fact.as_str(),
                finding = finding.as_str()
            ),
            DeckProblem::NoCue { fact, article } => tr!(
                "deck-no-cue",
                fact = fact.as_str(),
                article = article.as_str()
            ),
            DeckProblem::CueNotInArticle { fact, cue, article } => tr!(
                "deck-cue-not-in-article",
                fact = fact.as_str(),
                cue = cue.as_str(),
                article = article.as_str()
            ),
        };
        f.write_str(&text)
    }
}

/// Where each line of a text starts, so that many offsets can be turned into lines without
/// scanning the text again for each (a deck of 20,000 facts took minutes that way). It is
/// built the first time it is asked: a sound deck needs no line and column of a problem,
/// and the lines of its facts are counted as they are read.
pub struct LineIndex<'t> {
    text: &'t str,
    starts: OnceLock<Vec<usize>>,
}

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        LineIndex {
            text,
            starts: OnceLock::new(),
        }
    }

    fn starts(&self) -> &[usize] {
        self.starts.get_or_init(|| {
            let mut starts = Vec::with_capacity(count_newlines(self.text.as_bytes()) + 1);
            starts.push(0);
            starts.extend(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i + 1));
            starts
        })
    }

    /// The 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.starts().partition_point(|start| *start <= offset)
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let text = self.text;
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let starts = self.starts();
        let line = starts.partition_point(|start| *start <= offset);
        let line_start = starts[line - 1];
        let column = text[line_start..offset].chars().count() + 1;
        (line, column)
    }

    /// The byte offset where a 1-based line starts.
    pub fn line_start(&self, line: usize) -> usize {
        let starts = self.starts();
        starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or_else(|| starts.last().copied().unwrap_or(0))
    }
}

/// The number of line breaks in `bytes`.
pub fn count_newlines(bytes: &[u8]) -> usize {
    memchr::memchr_iter(b'\n', bytes).count()
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_one_based_lines_and_columns() {
        let text = "ab\ncäd\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        // 'd' comes after the two-byte 'ä': byte 6, character column 3.
        assert_eq!(line_column(text, 6), (2, 3));
    }

    #[test]
    fn the_line_index_agrees_with_scanning_the_text() {
        let text = "ab\ncäd\n\nx";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(
                index.line_column(offset),
                line_column(text, offset),
                "{offset}"
            );
            assert_eq!(index.line(offset), line_column(text, offset).0, "{offset}");
        }
        assert_eq!(index.line_start(2), 3);
    }

    #[test]
    fn the_message_names_file_line_and_column() {
        let problem = DeckProblem::UnknownTopic {
            topic: "foo".to_string(),
            known: vec!["bar".to_string()],
            more: 0,
        };
        let e = DeckError::new("decks/x.toml", 4, 7, problem);
        assert_eq!(
            e.to_string(),
            "decks/x.toml:4:7: unknown topic `foo`; the deck's topics are: bar"
        );
    }
}
