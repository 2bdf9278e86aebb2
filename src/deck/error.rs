//! The one error type of the deck layer: a problem at a place in a deck file.

use std::fmt;
use std::sync::OnceLock;

/// The longest message of a problem, in bytes; longer ones are cut.
const MAX_MESSAGE_BYTES: usize = 1_000;

/// A problem in a deck file, shown to the learner as `file:line:column: message`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct DeckError {
    pub file: String,
    /// 1-based; 0 when the problem concerns the whole file (it could not be read).
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl DeckError {
    pub fn new(file: &str, line: usize, column: usize, message: impl Into<String>) -> Self {
        let mut message = message.into();
        // Messages quote the file (an unknown key, a repeated item): a quote of megabytes
        // would be carried into every listing of the problem.
        if message.len() > MAX_MESSAGE_BYTES {
            let mut end = MAX_MESSAGE_BYTES;
            while !message.is_char_boundary(end) {
                end -= 1;
            }
            message.truncate(end);
            message.push_str(" …");
        }
        Self {
            file: file.to_string(),
            line,
            column,
            message,
        }
    }

    /// A problem at a byte offset of the file's text.
    pub fn at_offset(file: &str, text: &str, offset: usize, message: impl Into<String>) -> Self {
        let (line, column) = line_column(text, offset);
        Self::new(file, line, column, message)
    }
}

impl fmt::Display for DeckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file, self.line, self.column, self.message
            )
        }
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
        let e = DeckError::new("decks/x.toml", 4, 7, "unknown topic `foo`");
        assert_eq!(e.to_string(), "decks/x.toml:4:7: unknown topic `foo`");
    }
}
