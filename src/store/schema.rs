//! The progress file's schema and its migrations. The version lives in SQLite's
//! `user_version`; each migration runs in its own transaction and bumps it.

use rusqlite::Connection;

/// Migration `i` brings a file from version `i` to `i + 1`. Append, never edit.
const MIGRATIONS: &[&str] = &[
    // 0 → 1: the review log, derived card states, settings.
    "CREATE TABLE reviews (
        id              INTEGER PRIMARY KEY,
        deck_id         TEXT    NOT NULL,
        card_id         TEXT    NOT NULL,
        reviewed_at     INTEGER NOT NULL,
        utc_offset_secs INTEGER NOT NULL,
        rating          INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
        phase_before    INTEGER NOT NULL CHECK (phase_before BETWEEN 0 AND 3),
        elapsed_ms      INTEGER NOT NULL,
        question_kind   TEXT    NOT NULL,
        answer          TEXT
    );
    CREATE INDEX reviews_by_card ON reviews (deck_id, card_id, reviewed_at);
    CREATE INDEX reviews_by_time ON reviews (reviewed_at);
    CREATE TABLE cards (
        deck_id       TEXT    NOT NULL,
        card_id       TEXT    NOT NULL,
        phase         INTEGER NOT NULL,
        step          INTEGER NOT NULL,
        stability     REAL,
        difficulty    REAL,
        due           INTEGER NOT NULL,
        last_review   INTEGER,
        first_review  INTEGER,
        interval_days INTEGER NOT NULL,
        reps          INTEGER NOT NULL,
        lapses        INTEGER NOT NULL,
        PRIMARY KEY (deck_id, card_id)
    ) WITHOUT ROWID;
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;",
    // 1 → 2: learner actions on cards the review log does not hold. A suspension is
    // current state; a reset is an event the replay of the log honours: the card starts
    // afresh after `after_review` (its last review when it was reset; NULL if none).
    "CREATE TABLE suspended_cards (
        deck_id      TEXT    NOT NULL,
        card_id      TEXT    NOT NULL,
        suspended_at INTEGER NOT NULL,
        PRIMARY KEY (deck_id, card_id)
    ) WITHOUT ROWID;
    CREATE TABLE card_resets (
        id           INTEGER PRIMARY KEY,
        deck_id      TEXT    NOT NULL,
        card_id      TEXT    NOT NULL,
        reset_at     INTEGER NOT NULL,
        after_review INTEGER
    );
    CREATE INDEX card_resets_by_card ON card_resets (deck_id, card_id);",
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Applies every migration the file has not seen yet.
pub fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current.max(0) as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_of_the_first_version_gains_suspensions_and_resets_and_keeps_its_log() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute(
            "INSERT INTO reviews (deck_id, card_id, reviewed_at, utc_offset_secs, rating,
                                  phase_before, elapsed_ms, question_kind)
             VALUES ('d', 'f/value', 0, 0, 3, 0, 1000, 'flashcard')",
            [],
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        let reviews: i64 = conn
            .query_row("SELECT COUNT(*) FROM reviews", [], |r| r.get(0))
            .unwrap();
        assert_eq!(reviews, 1);
        for table in ["suspended_cards", "card_resets"] {
            let count: i64 = conn
                .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
                .unwrap();
            assert_eq!(count, 0, "{table} exists and is empty");
        }
    }
}
