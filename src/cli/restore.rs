//! `factdeck restore`: lists the backups of the progress, or puts one back in place of the
//! progress file (the current file is moved aside under a dated name, never deleted).

use super::command_data_dir;
use crate::clock::{Clock, SystemClock};
use crate::session::SessionError;
use crate::session::recovery::{self, RecoveryReport};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// One line per backup of `data_dir`, newest first: name, kind, and what it holds or why
/// it cannot be used.
pub fn backup_list(data_dir: &Path) -> Vec<String> {
    let backups = match recovery::checked_backups(data_dir) {
        Ok(backups) => backups,
        Err(e) => return vec![e.to_string()],
    };
    backups
        .iter()
        .map(|b| {
            let state = match &b.contents {
                Ok(contents) if contents.reviews == 1 => "1 answer".to_string(),
                Ok(contents) => format!("{} answers", contents.reviews),
                Err(reason) => format!("not usable: {reason}"),
            };
            format!(
                "{}  ({}, {state})",
                b.info.file_name(),
                b.info.kind.description()
            )
        })
        .collect()
}

/// What `factdeck restore NAME` found wrong before changing anything.
#[derive(Debug, thiserror::Error)]
pub enum RestoreError {
    #[error("there is no good backup in {0}")]
    NoGoodBackup(String),
    #[error("there is no backup {0}; `factdeck restore --list` lists them")]
    NotFound(String),
    #[error(transparent)]
    Session(#[from] SessionError),
}

/// Restores a backup of `data_dir`, named by its file name, its path, or `newest`.
pub fn restore(
    data_dir: &Path,
    name: &str,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<RecoveryReport, RestoreError> {
    let folder = crate::paths::backups_folder(data_dir);
    let path = if name == "newest" {
        recovery::newest_good_backup(data_dir)
            .ok_or_else(|| RestoreError::NoGoodBackup(folder.display().to_string()))?
    } else if folder.join(name).is_file() {
        folder.join(name)
    } else if Path::new(name).is_file() {
        PathBuf::from(name)
    } else {
        return Err(RestoreError::NotFound(name.to_string()));
    };
    Ok(recovery::restore_backup(data_dir, &path, now)?)
}

/// `factdeck restore`: lists the backups, or puts the one named in place of the progress.
pub fn run(
    data_dir_flag: Option<&Path>,
    backup: Option<&str>,
    list: bool,
) -> Result<ExitCode, String> {
    let dir = command_data_dir(data_dir_flag)?;
    let backups = backup_list(&dir);
    let chosen = match backup {
        Some(name) if !list => name,
        _ => {
            say!(
                "Backups in {}:",
                crate::paths::backups_folder(&dir).display()
            );
            if backups.is_empty() {
                say!("  (none yet: factdeck makes one each study day you open it)");
            }
            for line in &backups {
                say!("  {line}");
            }
            if !list {
                say!("Restore one with `factdeck restore NAME`, or `factdeck restore newest`.");
            }
            return Ok(ExitCode::SUCCESS);
        }
    };
    let report = restore(&dir, chosen, SystemClock.now()).map_err(|e| e.to_string())?;
    if let Some(restored) = &report.restored {
        say!("Restored {}.", restored.display());
    }
    for kept in &report.set_aside {
        say!("The file it replaced is kept as {}.", kept.display());
    }
    Ok(ExitCode::SUCCESS)
}
