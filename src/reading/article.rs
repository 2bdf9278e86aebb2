//! Reading the learner's copy of the article from a text file, with a message naming the
//! file for everything that can go wrong.

use crate::bounded_file::{BoundedReadError, read_bounded};
use std::path::{Path, PathBuf};

/// Larger than any article: a file this big was opened by mistake (a video, a disk image).
pub const MAX_ARTICLE_BYTES: u64 = 5 * 1024 * 1024;

/// Why an article file could not be opened; worded (`Display`) in the thread's language
/// for the learner, who sees it.
#[derive(Debug, thiserror::Error)]
pub enum ArticleError {
    Missing {
        path: PathBuf,
    },
    Folder {
        path: PathBuf,
    },
    NotRegular {
        path: PathBuf,
    },
    Unreadable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    TooLarge {
        path: PathBuf,
        limit: u64,
    },
    NotText {
        path: PathBuf,
    },
}

impl std::fmt::Display for ArticleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            ArticleError::Missing { path } => {
                tr!("reading-article-missing", path = path.display().to_string())
            }
            ArticleError::Folder { path } => {
                tr!("reading-article-folder", path = path.display().to_string())
            }
            ArticleError::NotRegular { path } => tr!(
                "reading-article-not-regular",
                path = path.display().to_string()
            ),
            ArticleError::Unreadable { path, source } => tr!(
                "reading-article-unreadable",
                path = path.display().to_string(),
                reason = crate::i18n::io_reason(source)
            ),
            ArticleError::TooLarge { path, limit } => tr!(
                "reading-article-too-large",
                path = path.display().to_string(),
                limit = *limit
            ),
            ArticleError::NotText { path } => {
                tr!(
                    "reading-article-not-text",
                    path = path.display().to_string()
                )
            }
        };
        f.write_str(&text)
    }
}

/// Reads an article: a regular UTF-8 text file of at most `MAX_ARTICLE_BYTES` (a
/// byte-order mark is allowed and dropped). Every reader of an article (the window's
/// reading screen, `--article`, `check --article`, `draft`) reads it here.
pub fn read_article(path: &Path) -> Result<String, ArticleError> {
    let path = path.to_path_buf();
    let bytes = match read_bounded(&path, MAX_ARTICLE_BYTES) {
        Ok(bytes) => bytes,
        Err(BoundedReadError::Missing) => return Err(ArticleError::Missing { path }),
        Err(BoundedReadError::Folder) => return Err(ArticleError::Folder { path }),
        Err(BoundedReadError::NotRegular) => return Err(ArticleError::NotRegular { path }),
        Err(BoundedReadError::TooLarge { limit, .. }) => {
            return Err(ArticleError::TooLarge { path, limit });
        }
        Err(BoundedReadError::Io(source)) => return Err(ArticleError::Unreadable { path, source }),
    };
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(ArticleError::NotText { path });
    };
    // NUL never stands in a text file; it does in binary files that happen to be UTF-8.
    if text.contains('\0') {
        return Err(ArticleError::NotText { path });
    }
    Ok(text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_utf8_file_is_read_without_its_byte_order_mark() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("artikel.txt");
        std::fs::write(&path, "\u{feff}Kim trifft Putin.\n").expect("written");
        assert_eq!(read_article(&path).expect("read"), "Kim trifft Putin.\n");
    }

    #[test]
    fn a_latin1_file_is_refused_with_a_message_naming_it() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("artikel-latin1.txt");
        std::fs::write(&path, b"Gr\xf6\xdfe").expect("written");
        let message = read_article(&path).expect_err("refused").to_string();
        assert!(message.contains("artikel-latin1.txt"), "{message}");
        assert!(message.contains("UTF-8"), "{message}");
    }

    #[test]
    fn a_missing_file_is_reported_as_missing() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("weg.txt");
        let error = read_article(&path).expect_err("refused");
        assert!(matches!(error, ArticleError::Missing { .. }));
        assert!(error.to_string().contains("weg.txt"));
    }

    #[test]
    fn a_folder_is_not_taken_for_an_article() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let error = read_article(dir.path()).expect_err("refused");
        assert!(matches!(error, ArticleError::Folder { .. }));
    }
}
