//! `factdeck restore`: lists the backups of the progress, or puts one back in place of the
//! progress file (the current file is moved aside under a dated name, never deleted).

use super::command_data_dir;
use crate::clock::{Clock, SystemClock};
use crate::session::SessionError;
use crate::session::recovery::{self, RecoveryReport};
use crate::tr;
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
                Ok(contents) => tr!("count-answers", count = contents.reviews),
                Err(reason) => tr!("settings-backup-unusable", reason = reason),
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
/// Worded (`Display`) in the thread's language.
#[derive(Debug, thiserror::Error)]
pub enum RestoreError {
    NoGoodBackup(String),
    NotFound(String),
    Session(#[from] SessionError),
}

impl std::fmt::Display for RestoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            RestoreError::NoGoodBackup(folder) => {
                tr!("cli-restore-no-good-backup", folder = folder.as_str())
            }
            RestoreError::NotFound(name) => tr!("cli-restore-not-found", name = name.as_str()),
            RestoreError::Session(e) => e.to_string(),
        };
        f.write_str(&text)
    }
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
                "{}",
                tr!(
                    "cli-restore-backups-in",
                    folder = crate::paths::backups_folder(&dir).display().to_string()
                )
            );
            if backups.is_empty() {
                say!("  {}", tr!("cli-restore-none-yet"));
            }
            for line in &backups {
                say!("  {line}");
            }
            if !list {
                say!("{}", tr!("cli-restore-how"));
            }
            return Ok(ExitCode::SUCCESS);
        }
    };
    let report = restore(&dir, chosen, SystemClock.now()).map_err(|e| e.to_string())?;
    if let Some(restored) = &report.restored {
        say!(
            "{}",
            tr!("cli-restored", path = restored.display().to_string())
        );
    }
    for kept in &report.set_aside {
        say!(
            "{}",
            tr!("cli-restore-kept", path = kept.display().to_string())
        );
    }
    Ok(ExitCode::SUCCESS)
}
