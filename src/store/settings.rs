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
