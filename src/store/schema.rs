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
    // 1 → 2: the quiz history: each finished quiz and each of its questions.
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
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Applies every migration the file has not seen yet.
pub fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    migrate_with(conn, MIGRATIONS)
}

/// The migrations this build applies (tests add to them to act as a newer factdeck).
pub(super) fn migrations() -> &'static [&'static str] {
    MIGRATIONS
}

/// Applies the migrations of `migrations` the file has not seen yet.
pub(super) fn migrate_with(conn: &mut Connection, migrations: &[&str]) -> rusqlite::Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (index, sql) in migrations.iter().enumerate().skip(current.max(0) as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
