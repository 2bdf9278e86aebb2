//! The problems of a deck file as the learner reads them: each at its line and column, the
//! TOML parser's and serde's messages reworded in a deck's terms.

use super::super::error::{LineIndex, count_newlines};
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

    pub(super) fn at(&mut self, span: Range<usize>, message: impl Into<String>) {
        let (line, column) = self.lines.line_column(self.base + span.start);
        self.found
            .push(DeckError::new(self.file, line, column, message));
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

/// Rewrites the TOML parser's messages that read badly; others pass as they are.
pub(super) fn syntax_message(raw: &str, text: &str, offset: usize) -> String {
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
    if raw.contains("recursion limit") || raw.contains("max recursion depth") {
        return "tables, lists or dotted keys are nested too deeply here; a deck nests no \
                deeper than a list in a [[facts]] table"
            .to_string();
    }
    raw
}

/// Rewrites serde's "invalid type" and "unknown field" messages to name the key and say
/// what is expected in a deck's terms.
pub(super) fn value_message(raw: &str, table: &TableKeys, offset: usize) -> String {
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
pub(super) fn describe_found(found: &str) -> String {
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
