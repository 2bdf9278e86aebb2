//! Writing a file the learner keeps (a deck drafted, imported, edited or synced) so that
//! it is always either the old file or the whole new one, and the new one survives a
//! power cut once the call returns.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path`: to a hidden temporary file beside it, flushed to the disk,
/// renamed over `path`, and the folder flushed so that the rename itself is kept. A
/// failure leaves `path` as it was and no temporary file behind.
pub fn write_durably(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.{:016x}.tmp", rand::random::<u64>()));
    let written = (|| {
        let mut file = std::fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
        return written;
    }
    sync_folder_of(path);
    Ok(())
}

/// Flushes the folder holding `path`, where the platform allows opening a folder; the
/// file's own content is already on the disk, so a failure here loses at most the rename.
fn sync_folder_of(path: &Path) {
    #[cfg(unix)]
    if let Some(folder) = path.parent()
        && let Ok(dir) = std::fs::File::open(folder)
    {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = path;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_new_content_replaces_the_old_and_nothing_else_is_left() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deck.toml");
        std::fs::write(&path, "old").unwrap();
        write_durably(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deck.toml");
        std::fs::write(&path, "old").unwrap();
        // A folder in the temporary file's place cannot be renamed over a file.
        let blocked = dir.path().join("missing-folder").join("deck.toml");
        assert!(write_durably(&blocked, b"new").is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
        assert_eq!(names.len(), 1);
    }
}
