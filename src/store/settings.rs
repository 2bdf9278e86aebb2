//! Key–value settings stored beside the progress, so they travel with it.

use super::{Store, StoreError, sync};
use rusqlite::OptionalExtension;

impl Store {
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(StoreError::Read)
    }

    /// Saves a setting that travels to the learner's other computers (when it changed):
    /// the latest change wins everywhere.
    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.setting(key)?.as_deref() == Some(value) {
            return Ok(());
        }
        let tx = self.writer()?.transaction().map_err(StoreError::Write)?;
        upsert(&tx, key, value).map_err(StoreError::Write)?;
        if !sync::is_local_setting(key) {
            let now = crate::clock::to_millis(chrono::Utc::now().fixed_offset());
            sync::record_local_change(&tx, now, sync::SETTING, key, Some(value.as_bytes()), None)
                .map_err(StoreError::Write)?;
        }
        tx.commit().map_err(StoreError::Write)
    }

    /// Saves `value` under `key` and removes the rows of `retired` keys, in one
    /// transaction: a value that took the place of older rows never stands beside them,
    /// and a failure leaves both as they were. A changed value travels to the learner's
    /// other computers like `set_setting`'s; removing the retired rows is this computer's
    /// own tidying (each computer does its own).
    pub fn replace_setting(
        &mut self,
        key: &str,
        value: &str,
        retired: &[&str],
    ) -> Result<(), StoreError> {
        let changed = self.setting(key)?.as_deref() != Some(value);
        let tx = self.writer()?.transaction().map_err(StoreError::Write)?;
        upsert(&tx, key, value).map_err(StoreError::Write)?;
        if changed && !sync::is_local_setting(key) {
            let now = crate::clock::to_millis(chrono::Utc::now().fixed_offset());
            sync::record_local_change(&tx, now, sync::SETTING, key, Some(value.as_bytes()), None)
                .map_err(StoreError::Write)?;
        }
        for old in retired {
            tx.execute("DELETE FROM settings WHERE key = ?1", [old])
                .map_err(StoreError::Write)?;
        }
        tx.commit().map_err(StoreError::Write)
    }
}

/// Saves a setting's value, replacing the one before.
pub(super) fn upsert(conn: &rusqlite::Connection, key: &str, value: &str) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )?
    .execute([key, value])
    .map(|_| ())
}
