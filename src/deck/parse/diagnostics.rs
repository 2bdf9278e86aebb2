//! The problems of a deck file as the learner reads them: each at its line and column, the
//! TOML parser's and serde's messages reworded in a deck's terms.

use super::super::error::{DeckProblem, Expected, Found, LineIndex, count_newlines};
use super::DeckError;
use std::borrow::Cow;
use std::ops::Range;
use toml::Spanned;
use toml::de::DeValue;

/// Collects the problems of one file, with the file's text to turn offsets into lines.
pub(super) struct Problems<'a> {
    pub(super) file: &'a str,
    pub(super) text: &'a str,
    pub(super) lines: &'a LineIndex<'a>,
    /// Where the piece of text the spans count from starts in the file (0 for the whole).
    pub(super) base: usize,
    /// The last offset `line` was asked for, and its line: facts are read in file order, so
    /// their lines are counted on from the one before.
    pub(super) last_line: (usize, usize),
    pub(super) found: Vec<DeckError>,
}

impl<'a> Problems<'a> {
    pub(super) fn new(file: &'a str, text: &'a str, lines: &'a LineIndex<'a>, base: usize) -> Self {
        Problems {
            file,
            text,
            lines,
            base,
            last_line: (0, 1),
            found: Vec::new(),
        }
    }

    pub(super) fn at(&mut self, span: Range<usize>, problem: DeckProblem) {
        let (line, column) = self.lines.line_column(self.base + span.start);
        self.found
            .push(DeckError::new(self.file, line, column, problem));
    }

    /// The 1-based line of an offset of the piece being read.
    pub(super) fn line(&mut self, offset: usize) -> usize {
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
    pub(super) fn syntax(&mut self, error: &toml::de::Error) {
        let span = error.span().unwrap_or(0..0);
        let message = syntax_message(error.message(), self.text, self.base + span.start);
        self.at(span, message);
    }

    /// A value of the wrong type or a key that does not belong, in a table read by serde.
    pub(super) fn value(
        &mut self,
        error: &toml::de::Error,
        fallback: Range<usize>,
        table: &TableKeys,
    ) {
        let span = error.span().unwrap_or(fallback);
        let message = value_message(error.message(), table, span.start);
        self.at(span, message);
    }
}

/// The keys of a table with the spans of their values, to name the key a value error is in.
pub(super) struct TableKeys<'de> {
    /// How the table is written in a deck file: "[deck]", "[[topics]]".
    pub(super) name: &'static str,
    /// The keys borrow the file's text where they can: this is made for every table read,
    /// and owned copies of every key were a tenth of the time a large deck took to load.
    pub(super) entries: Vec<(Cow<'de, str>, Range<usize>)>,
}

impl<'de> TableKeys<'de> {
    pub(super) fn of(name: &'static str, value: &Spanned<DeValue<'de>>) -> TableKeys<'de> {
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

    pub(super) fn key_at(&self, offset: usize) -> Option<&str> {
        self.entries
            .iter()
            .find(|(_, span)| span.start <= offset && offset < span.end.max(span.start + 1))
            .map(|(key, _)| key.as_ref())
    }
}

/// The TOML parser's messages that read badly, as problems in plain words; others pass as
/// they are.
pub(super) fn syntax_message(raw: &str, text: &str, offset: usize) -> DeckProblem {
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
pub(super) fn value_message(raw: &str, table: &TableKeys, offset: usize) -> DeckProblem {
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
pub(super) fn describe_found(found: &str) -> Found {
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
