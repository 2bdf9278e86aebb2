//! The one error type of the deck layer: a problem at a place in a deck file.

use std::fmt;

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
        Self {
            file: file.to_string(),
            line,
            column,
            message: message.into(),
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
/// scanning the text again for each (a deck of 20,000 facts took minutes that way).
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|start| *start <= offset)
    }

    /// 1-based line and column (in characters) of a byte offset of `text`.
    pub fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|start| *start <= offset);
        let line_start = self.starts[line - 1];
        let column = text[line_start..offset].chars().count() + 1;
        (line, column)
    }

    /// The byte offset where a 1-based line starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or_else(|| self.starts.last().copied().unwrap_or(0))
    }
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
                index.line_column(text, offset),
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
