//! `factdeck sync`: sets or clears the sync folder, syncs once, and says whether and where
//! this computer syncs.

use super::command_data_dir;
use crate::clock::{Clock, SystemClock};
use crate::session::Collection;
use crate::session::sync::segment::{MAX_SEGMENT_BYTES, Unreadable};
use crate::session::sync::{SyncReport, SyncStatus};
use crate::tr;
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
        say!("{}", tr!("cli-sync-off"));
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
        lines.push(tr!("cli-sync-renewed-id"));
    }
    lines.push(tr!(
        "cli-sync-synced",
        written = report.changes_written,
        segments = report.segments_read,
        added = report.merged.added,
        here = report.merged.already_here,
        cards = report.merged.cards.len()
    ));
    for skipped in &report.skipped {
        let why = match &skipped.reason {
            Unreadable::Incomplete => tr!("cli-sync-incomplete"),
            Unreadable::BadChecksum => tr!("cli-sync-bad-checksum"),
            Unreadable::NewerFormat(v) => tr!("cli-sync-newer-format", format = v.to_string()),
            Unreadable::Damaged(reason) => tr!("cli-sync-damaged", reason = reason.as_str()),
            Unreadable::TooLarge { megabytes } => tr!(
                "cli-sync-too-large",
                size = megabytes.to_string(),
                limit = (MAX_SEGMENT_BYTES / (1024 * 1024)).to_string()
            ),
        };
        lines.push(tr!(
            "cli-sync-left-for-later",
            name = skipped.name.as_str(),
            why = why
        ));
    }
    for file in &report.decks_written {
        lines.push(tr!(
            "cli-sync-deck-updated",
            path = file.display().to_string()
        ));
    }
    for conflict in &report.deck_conflicts {
        lines.push(tr!(
            "sync-deck-conflict",
            deck = conflict.deck_file.display().to_string(),
            kept = conflict.kept_as.display().to_string()
        ));
    }
    lines
}

/// Whether and where this computer syncs.
pub fn status_lines(status: &SyncStatus, now: DateTime<FixedOffset>) -> Vec<String> {
    let Some(folder) = &status.folder else {
        return vec![tr!("cli-sync-is-off")];
    };
    let mut lines = vec![tr!("cli-sync-folder", path = folder.display().to_string())];
    if let Some(id) = &status.device_id {
        lines.push(tr!("cli-sync-device-id", id = id.as_str()));
    }
    lines.push(match status.last_synced {
        Some(at) => {
            let at = crate::clock::from_millis(at, now);
            tr!(
                "cli-sync-last-synced",
                when = at.format("%Y-%m-%d %H:%M").to_string(),
                peers = status.peers
            )
        }
        None => tr!("cli-sync-not-yet"),
    });
    lines.push(tr!("cli-sync-waiting", count = status.waiting));
    if let Some(problem) = &status.problem {
        lines.push(tr!("cli-sync-problem", problem = problem.to_string()));
    }
    lines
}
