//! Reading a file the learner named (a deck, an article, an import) without letting it
//! exhaust or stall the program: only regular files are read, at most a limit of them,
//! and nothing waits on a FIFO or a device. Each layer turns the error into its own.

use std::io::Read;
use std::path::Path;

/// Why a file was not read; worded (`Display`) in the thread's language.
#[derive(Debug, thiserror::Error)]
pub enum BoundedReadError {
    Missing,
    Folder,
    /// A FIFO, a device such as `/dev/zero`, a socket: reading could block or never end.
    NotRegular,
    /// `size` is what was found: the file's length, or the bytes read before the limit
    /// was passed (a file that grew while it was read).
    TooLarge {
        size: u64,
        limit: u64,
    },
    Io(#[from] std::io::Error),
}

impl std::fmt::Display for BoundedReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        f.write_str(&match self {
            BoundedReadError::Missing => tr!("file-missing"),
            BoundedReadError::Folder => tr!("file-folder"),
            BoundedReadError::NotRegular => tr!("file-not-regular"),
            BoundedReadError::TooLarge { size, limit } => tr!(
                "file-too-large",
                size = megabytes(*size).to_string(),
                limit = megabytes(*limit).to_string()
            ),
            BoundedReadError::Io(e) => crate::i18n::io_reason(e),
        })
    }
}

/// Whole megabytes, rounded up, so that a file just over the limit never reads as equal
/// to it.
fn megabytes(bytes: u64) -> u64 {
    bytes.div_ceil(1024 * 1024)
}

/// Reads the whole of `path` if it is a regular file of at most `limit` bytes.
///
/// The type is looked at before opening (a FIFO would block `open` itself), and again on
/// the opened file, which is opened non-blocking: a FIFO put in the file's place between
/// the two can then not block either. The read stops one byte past `limit`, whatever the
/// file claimed its size was.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, BoundedReadError> {
    let metadata = std::fs::metadata(path).map_err(missing_or_io)?;
    check_kind(&metadata, limit)?;
    let file = open_without_blocking(path).map_err(missing_or_io)?;
    let metadata = file.metadata()?;
    check_kind(&metadata, limit)?;
    let mut bytes = Vec::with_capacity(metadata.len().min(limit) as usize);
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(BoundedReadError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

fn check_kind(metadata: &std::fs::Metadata, limit: u64) -> Result<(), BoundedReadError> {
    if metadata.is_dir() {
        return Err(BoundedReadError::Folder);
    }
    if !metadata.is_file() {
        return Err(BoundedReadError::NotRegular);
    }
    if metadata.len() > limit {
        return Err(BoundedReadError::TooLarge {
            size: metadata.len(),
            limit,
        });
    }
    Ok(())
}

fn missing_or_io(error: std::io::Error) -> BoundedReadError {
    if error.kind() == std::io::ErrorKind::NotFound {
        BoundedReadError::Missing
    } else {
        BoundedReadError::Io(error)
    }
}

#[cfg(unix)]
fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    // Reads of a regular file ignore O_NONBLOCK; it only matters for what is refused.
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_at_the_limit_is_read_and_one_byte_more_is_refused() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("f.txt");
        std::fs::write(&path, b"12345").expect("written");
        assert_eq!(read_bounded(&path, 5).expect("read"), b"12345");
        assert!(matches!(
            read_bounded(&path, 4),
            Err(BoundedReadError::TooLarge { size: 5, limit: 4 })
        ));
    }

    #[test]
    fn a_folder_and_a_missing_file_are_named_as_such() {
        let dir = tempfile::tempdir().expect("temporary folder");
        assert!(matches!(
            read_bounded(dir.path(), 10),
            Err(BoundedReadError::Folder)
        ));
        assert!(matches!(
            read_bounded(&dir.path().join("weg"), 10),
            Err(BoundedReadError::Missing)
        ));
    }

    /// The guard against a FIFO put in a file's place after its type was looked at: it
    /// opens at once, and its opened type refuses it.
    #[cfg(unix)]
    #[test]
    fn a_fifo_swapped_in_opens_without_blocking_and_is_refused_by_its_opened_type() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("rohr");
        let name = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).expect("a path");
        // SAFETY: `name` is a valid NUL-terminated path for the duration of the call.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
        let file = open_without_blocking(&path).expect("opened at once");
        let metadata = file.metadata().expect("its type");
        assert!(matches!(
            check_kind(&metadata, 10),
            Err(BoundedReadError::NotRegular)
        ));
    }

    #[test]
    fn megabytes_round_up() {
        assert_eq!(megabytes(1), 1);
        assert_eq!(megabytes(1024 * 1024), 1);
        assert_eq!(megabytes(1024 * 1024 + 1), 2);
    }
}
