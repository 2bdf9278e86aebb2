//! When the progress cannot be opened, and restoring a backup: the store's recovery
//! (`store::recovery`), handed to the window through the session layer, so that the window
//! never touches the store itself.

use super::{CheckedBackup, SessionError};
use crate::paths;
use crate::store::backup;
use chrono::{DateTime, FixedOffset};
use std::path::{Path, PathBuf};

pub use crate::store::FileChange;
pub use crate::store::recovery::{
    Choice, Finding, GoodBackup, HeldProgress, RecoveryPlan, RecoveryReport,
};

/// What is wrong with the progress file of `data_dir` after opening failed with `error`,
/// and what can be done; `None` when the failure was not about the progress file.
pub fn assess(data_dir: &Path, error: &SessionError) -> Option<RecoveryPlan> {
    match error {
        SessionError::Store(e) => Some(RecoveryPlan::assess(data_dir, e)),
        _ => None,
    }
}

/// Carries out the learner's choice on the recovery screen (see `RecoveryPlan::carry_out`).
pub fn carry_out(
    plan: &RecoveryPlan,
    choice: &Choice,
    now: DateTime<FixedOffset>,
) -> Result<RecoveryReport, SessionError> {
    Ok(plan.carry_out(choice, now)?)
}

/// Puts a backup in place of the progress file of `data_dir`; the current file is moved
/// aside under a dated name, never deleted. Refused while a collection there is open.
pub fn restore_backup(
    data_dir: &Path,
    backup: &Path,
    now: DateTime<FixedOffset>,
) -> Result<RecoveryReport, SessionError> {
    Ok(crate::store::recovery::restore_backup(
        data_dir, backup, now,
    )?)
}

/// The backups of `data_dir`, newest first, each with what it holds or why it cannot be
/// restored (every file is opened: call this when the list is shown).
pub fn checked_backups(data_dir: &Path) -> Result<Vec<CheckedBackup>, SessionError> {
    Ok(backup::list_backups(&paths::backups_folder(data_dir))?
        .into_iter()
        .map(|info| CheckedBackup {
            contents: backup::check_backup(&info.path),
            info,
        })
        .collect())
}

/// The newest backup of `data_dir` that can be restored, if any.
pub fn newest_good_backup(data_dir: &Path) -> Option<PathBuf> {
    crate::store::recovery::good_backups(&paths::backups_folder(data_dir))
        .first()
        .map(|good| good.info.path.clone())
}
