//! The progress file's schema and its migrations. The version lives in SQLite's
//! `user_version`; each migration runs in its own transaction and bumps it.

use rusqlite::Connection;

/// One step of the schema: SQL, and for a step SQL cannot express, Rust run after the SQL
/// in the same transaction.
#[derive(Clone, Copy)]
pub(super) struct Migration {
    pub sql: &'static str,
    pub then: Option<fn(&Connection) -> rusqlite::Result<()>>,
}

impl Migration {
    pub const fn sql(sql: &'static str) -> Migration {
        Migration { sql, then: None }
    }
}

/// Migration `i` brings a file from version `i` to `i + 1`. Append, never edit.
const MIGRATIONS: &[Migration] = &[
    // 0 → 1: the review log, derived card states, settings.
    Migration::sql(
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
    ),
    // 1 → 2: the quiz history: each finished quiz and each of its questions.
    Migration::sql(
        "CREATE TABLE quizzes (
        id              INTEGER PRIMARY KEY,
        deck_id         TEXT    NOT NULL,
        started_at      INTEGER NOT NULL,
        finished_at     INTEGER NOT NULL,
        utc_offset_secs INTEGER NOT NULL,
        question_count  INTEGER NOT NULL CHECK (question_count >= 0),
        points          REAL    NOT NULL CHECK (points >= 0),
        seed            INTEGER NOT NULL
    );
    CREATE INDEX quizzes_by_time ON quizzes (finished_at);
    CREATE TABLE quiz_questions (
        quiz_id       INTEGER NOT NULL REFERENCES quizzes (id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        question_kind TEXT    NOT NULL,
        topic         TEXT    NOT NULL,
        fact_ids      TEXT    NOT NULL,
        prompt        TEXT    NOT NULL,
        given         TEXT,
        expected      TEXT    NOT NULL,
        score         REAL    NOT NULL CHECK (score BETWEEN 0 AND 1),
        PRIMARY KEY (quiz_id, position)
    ) WITHOUT ROWID;",
    ),
    // 2 → 3: learner actions on cards the review log does not hold. A suspension is
    // current state; a reset is an event the replay of the log honours: the card starts
    // afresh after `after_review` (its last review when it was reset; NULL if none).
    Migration::sql(
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
    ),
    // 3 → 4: the log summed per study day, and an index for today's answers per deck.
    Migration::sql(
        "-- The log summed per study day, kept with each answer so that statistics do not read
    -- a million rows. `day` is days since 1970-01-01 of the local time less the 04:00
    -- rollover; answers count for at most 60 s (see `stats::days`).
    CREATE TABLE review_days (
        day          INTEGER NOT NULL,
        rating       INTEGER NOT NULL,
        phase_before INTEGER NOT NULL,
        reviews      INTEGER NOT NULL,
        counted_ms   INTEGER NOT NULL,
        PRIMARY KEY (day, rating, phase_before)
    ) WITHOUT ROWID;
    INSERT INTO review_days (day, rating, phase_before, reviews, counted_ms)
        SELECT (shifted - ((shifted % 86400000) + 86400000) % 86400000) / 86400000,
               rating, phase_before, COUNT(*), SUM(MIN(MAX(elapsed_ms, 0), 60000))
        FROM (SELECT reviewed_at + utc_offset_secs * 1000 - 14400000 AS shifted,
                     rating, phase_before, elapsed_ms FROM reviews)
        GROUP BY 1, 2, 3;
    -- Today's answers per deck (daily limits) without scanning the deck's whole log.
    CREATE INDEX reviews_by_deck_time ON reviews (deck_id, reviewed_at);",
    ),
    // 4 → 5: card states packed into one value per card, so opening reads them quickly
    // (see `cards::pack`); the rows of `cards` are moved over unchanged.
    Migration {
        sql: "CREATE TABLE card_states (
            deck_id TEXT NOT NULL,
            card_id TEXT NOT NULL,
            state   BLOB NOT NULL,
            PRIMARY KEY (deck_id, card_id)
        ) WITHOUT ROWID;",
        then: Some(super::cards::pack_old_card_rows),
    },
    // 5 → 6: sync through a shared folder (see `sync`). Every change that travels gets an
    // id unique across computers (`uid`, random) and a place in one order all computers
    // agree on (`sync_at`, a hybrid logical clock: the change's time, but always after
    // every change this computer had seen). `origin` 1 marks what came from another
    // computer, so it is never written out again. Suspensions, settings, undone answers
    // and the learner's deck files travel as rows of `sync_changes`. Cards that merged
    // changes touched wait in `sync_pending_cards` until replayed. The old rows get
    // ids and places in the order they were made (`sync::number_existing_changes`).
    Migration {
        sql: "ALTER TABLE reviews ADD COLUMN uid INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE reviews ADD COLUMN sync_at INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE reviews ADD COLUMN origin INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE card_resets ADD COLUMN uid INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE card_resets ADD COLUMN sync_at INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE card_resets ADD COLUMN origin INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE sync_changes (
            id      INTEGER PRIMARY KEY,
            uid     INTEGER NOT NULL UNIQUE,
            sync_at INTEGER NOT NULL,
            kind    TEXT    NOT NULL,
            key     TEXT    NOT NULL,
            value   BLOB,
            base    TEXT,
            origin  INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX sync_changes_by_key ON sync_changes (kind, key, sync_at);
        CREATE TABLE sync_state (
            singleton       INTEGER PRIMARY KEY CHECK (singleton = 1),
            clock           INTEGER NOT NULL,
            device_id       TEXT,
            home            TEXT,
            folder          TEXT,
            formerly        TEXT    NOT NULL DEFAULT '',
            next_sequence   INTEGER NOT NULL DEFAULT 1,
            exported_review INTEGER NOT NULL DEFAULT 0,
            exported_reset  INTEGER NOT NULL DEFAULT 0,
            exported_change INTEGER NOT NULL DEFAULT 0,
            last_synced     INTEGER,
            peers           INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE sync_pending_cards (
            deck_id TEXT NOT NULL,
            card_id TEXT NOT NULL,
            PRIMARY KEY (deck_id, card_id)
        ) WITHOUT ROWID;
        CREATE TABLE sync_segments (
            name   TEXT    PRIMARY KEY,
            size   INTEGER NOT NULL,
            digest TEXT    NOT NULL,
            own    INTEGER NOT NULL
        ) WITHOUT ROWID;",
        then: Some(super::sync::number_existing_changes),
    },
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Applies every migration the file has not seen yet.
pub fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    migrate_with(conn, MIGRATIONS)
}

/// The migrations this build applies (tests add to them to act as a newer factdeck).
pub(super) fn migrations() -> &'static [Migration] {
    MIGRATIONS
}

/// Applies the migrations of `migrations` the file has not seen yet.
pub(super) fn migrate_with(
    conn: &mut Connection,
    migrations: &[Migration],
) -> rusqlite::Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (index, step) in migrations.iter().enumerate().skip(current.max(0) as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(step.sql)?;
        if let Some(then) = step.then {
            then(&tx)?;
        }
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_of_the_first_version_gains_the_new_tables_and_keeps_its_log() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0].sql).unwrap();
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
        let day: (i64, i64, i64) = conn
            .query_row(
                "SELECT day, reviews, counted_ms FROM review_days",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        // 1970-01-01 00:00 UTC is before that day's 04:00 rollover: the study day before.
        assert_eq!(day, (-1, 1, 1000));
        for table in ["suspended_cards", "card_resets"] {
            let count: i64 = conn
                .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
                .unwrap();
            assert_eq!(count, 0, "{table} exists and is empty");
        }
    }
}
