//! Key–value settings stored beside the progress, so they travel with it.

use super::{Store, StoreError};
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

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.writer()?
            .execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
            .map(|_| ())
            .map_err(StoreError::Write)
    }

    /// Saves `value` under `key` and removes the rows of `retired` keys, in one
    /// transaction: a value that took the place of older rows never stands beside them,
    /// and a failure leaves both as they were.
    pub fn replace_setting(
        &mut self,
        key: &str,
        value: &str,
        retired: &[&str],
    ) -> Result<(), StoreError> {
        let tx = self.writer()?.transaction().map_err(StoreError::Write)?;
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
        .map_err(StoreError::Write)?;
        for old in retired {
            tx.execute("DELETE FROM settings WHERE key = ?1", [old])
                .map_err(StoreError::Write)?;
        }
        tx.commit().map_err(StoreError::Write)
    }
}
