//! `factdeck sync`: sets or clears the sync folder, syncs once, and says whether and where
//! this computer syncs.

use super::command_data_dir;
use crate::clock::{Clock, SystemClock};
use crate::session::Collection;
use crate::session::sync::{SyncReport, SyncStatus, segment::Unreadable};
use chrono::{DateTime, FixedOffset};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

/// Runs the command: `--off` stops syncing; `--folder DIR` sets the folder (and syncs);
/// without `--status` it syncs once; then it prints the status.
pub fn run(
    data_dir_flag: Option<&Path>,
    deck_folders: &[PathBuf],
    folder: Option<&Path>,
    off: bool,
    status_only: bool,
) -> Result<ExitCode, String> {
    let dir = command_data_dir(data_dir_flag)?;
    let mut collection =
        Collection::open(&dir, deck_folders, Arc::new(SystemClock)).map_err(|e| e.to_string())?;
    if off {
        collection
            .set_sync_folder(None)
            .map_err(|e| e.to_string())?;
        say!("Sync is off; the sync folder and what is in it were left as they are.");
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(folder) = folder {
        collection
            .set_sync_folder(Some(folder))
            .map_err(|e| e.to_string())?;
    }
    if !status_only {
        let report = collection.sync_now().map_err(|e| e.to_string())?;
        for line in report_lines(&report) {
            say!("{line}");
        }
    }
    let status = collection.sync_status().map_err(|e| e.to_string())?;
    for line in status_lines(&status, SystemClock.now()) {
        say!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}

/// What one sync did, in a few lines.
pub fn report_lines(report: &SyncReport) -> Vec<String> {
    let mut lines = Vec::new();
    if report.renewed_id {
        lines.push(
            "This data folder was copied from another computer (or its device id was in use), \
             so it took a new device id; nothing was lost."
                .to_string(),
        );
    }
    lines.push(format!(
        "Synced: {} change(s) written, {} segment(s) read, {} change(s) taken in ({} already here), {} card(s) brought up to date.",
        report.changes_written,
        report.segments_read,
        report.merged.added,
        report.merged.already_here,
        report.merged.cards.len()
    ));
    for skipped in &report.skipped {
        let why = match &skipped.reason {
            Unreadable::Incomplete => "not complete yet (still being copied?)".to_string(),
            Unreadable::BadChecksum => {
                "its checksum does not match (damaged, or being copied)".to_string()
            }
            Unreadable::NewerFormat(v) => format!("written by a newer factdeck (format {v})"),
            Unreadable::Damaged(reason) => format!("damaged: {reason}"),
        };
        lines.push(format!("Left for later: {}: {why}.", skipped.name));
    }
    for file in &report.decks_written {
        lines.push(format!(
            "Deck file updated from another computer: {}.",
            file.display()
        ));
    }
    for conflict in &report.deck_conflicts {
        lines.push(format!(
            "{} was edited on two computers; the latest version is in place, the other is kept as {}.",
            conflict.deck_file.display(),
            conflict.kept_as.display()
        ));
    }
    lines
}

/// Whether and where this computer syncs.
pub fn status_lines(status: &SyncStatus, now: DateTime<FixedOffset>) -> Vec<String> {
    let Some(folder) = &status.folder else {
        return vec!["Sync is off. Turn it on with `factdeck sync --folder DIR`.".to_string()];
    };
    let mut lines = vec![format!("Sync folder: {}", folder.display())];
    if let Some(id) = &status.device_id {
        lines.push(format!("This computer's device id: {id}"));
    }
    lines.push(match status.last_synced {
        Some(at) => {
            let at = crate::clock::from_millis(at, now);
            format!(
                "Last synced: {} with {} other computer(s)",
                at.format("%Y-%m-%d %H:%M"),
                status.peers
            )
        }
        None => "Not synced yet.".to_string(),
    });
    lines.push(format!(
        "Changes not yet written to the folder: {}",
        status.waiting
    ));
    if let Some(problem) = &status.problem {
        lines.push(format!("Problem: {problem}"));
    }
    lines
}
