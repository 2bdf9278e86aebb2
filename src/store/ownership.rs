//! Whether a SQLite file is factdeck's own, decided by reading alone, before anything is
//! written to it. Another program's database in place of the progress file must never gain
//! factdeck's tables, a write-ahead log or a new version number.
//!
//! factdeck marks every file it creates in SQLite's `application_id` header field. Files
//! made before that mark existed carry none; they are recognised by their version number
//! together with exactly the tables factdeck's migrations create up to that version (the
//! migrations are append-only, so each version's tables are known for good). A file that
//! is neither is another program's, and so is a file another program marked as its own.

use super::schema::{self, Migration};
use rusqlite::Connection;
use std::collections::BTreeMap;

/// factdeck's mark in SQLite's `application_id` header field: the bytes "FDck".
pub const APPLICATION_ID: i32 = 0x4644_636B;

/// What a SQLite file is, as far as factdeck is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ownership {
    /// No tables, no version and no program's mark: it holds nothing of anyone's.
    Empty,
    /// factdeck's own, at schema `version`; `marked` unless an older factdeck made it.
    Factdeck { version: i64, marked: bool },
    /// Another program's: marked with its `application_id`, or holding `tables` that are
    /// not factdeck's schema of any version.
    Foreign {
        application_id: i32,
        tables: Vec<String>,
    },
}

/// The tables of a database with their column names, and its other schema objects.
#[derive(Debug, Default, PartialEq, Eq)]
struct Shape {
    tables: BTreeMap<String, Vec<String>>,
    indexes: Vec<String>,
}

fn shape(conn: &Connection) -> rusqlite::Result<Shape> {
    let mut shape = Shape::default();
    let mut stmt = conn.prepare(
        "SELECT type, name FROM sqlite_schema
         WHERE name NOT LIKE 'sqlite_%' AND type IN ('table', 'index') ORDER BY name",
    )?;
    let objects: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (kind, name) in objects {
        if kind == "index" {
            shape.indexes.push(name);
            continue;
        }
        let mut columns = conn.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
        let names = columns
            .query_map([&name], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        shape.tables.insert(name, names);
    }
    Ok(shape)
}

/// The shape factdeck's first `version` migrations give an empty database.
fn expected_shape(migrations: &[Migration], version: usize) -> rusqlite::Result<Shape> {
    let mut conn = Connection::open_in_memory()?;
    schema::migrate_with(&mut conn, &migrations[..version])?;
    shape(&conn)
}

/// Reads what `conn` (opened read-only) holds. `migrations` are the ones this build knows.
pub(super) fn identify(conn: &Connection, migrations: &[Migration]) -> rusqlite::Result<Ownership> {
    let application_id: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if application_id == APPLICATION_ID {
        return Ok(Ownership::Factdeck {
            version,
            marked: true,
        });
    }
    let found = shape(conn)?;
    let foreign = |found: Shape| Ownership::Foreign {
        application_id,
        tables: found.tables.into_keys().collect(),
    };
    if application_id != 0 {
        return Ok(foreign(found));
    }
    if version == 0 && found == Shape::default() {
        return Ok(Ownership::Empty);
    }
    // Only the versions unmarked files were written at: every factdeck that writes a
    // newer version marks its files.
    let known = usize::try_from(version)
        .ok()
        .filter(|v| (1..=migrations.len()).contains(v));
    if let Some(v) = known {
        let expected = expected_shape(migrations, v)?;
        // The tables exactly (a table of our name with other columns is not ours); the
        // indexes at least (SQLite's own, such as `ANALYZE` results, are left out above).
        if found.tables == expected.tables
            && expected.indexes.iter().all(|i| found.indexes.contains(i))
        {
            return Ok(Ownership::Factdeck {
                version,
                marked: false,
            });
        }
    }
    Ok(foreign(found))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identified(setup: &str) -> Ownership {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(setup).unwrap();
        identify(&conn, schema::migrations()).unwrap()
    }

    #[test]
    fn an_unmarked_file_with_every_older_versions_exact_tables_is_factdecks() {
        for version in 1..=schema::migrations().len() {
            let mut conn = Connection::open_in_memory().unwrap();
            schema::migrate_with(&mut conn, &schema::migrations()[..version]).unwrap();
            assert_eq!(
                identify(&conn, schema::migrations()).unwrap(),
                Ownership::Factdeck {
                    version: version as i64,
                    marked: false
                },
                "version {version}"
            );
        }
    }

    #[test]
    fn a_table_named_like_ours_does_not_make_a_file_factdecks() {
        let found = identified(
            "CREATE TABLE settings (key TEXT, value TEXT);
             CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);
             PRAGMA user_version = 1;",
        );
        assert_eq!(
            found,
            Ownership::Foreign {
                application_id: 0,
                tables: vec!["notes".to_string(), "settings".to_string()]
            }
        );
    }

    #[test]
    fn another_programs_mark_makes_a_file_foreign_whatever_it_holds() {
        let found = identified("PRAGMA application_id = 1234;");
        assert!(matches!(
            found,
            Ownership::Foreign {
                application_id: 1234,
                ..
            }
        ));
    }

    #[test]
    fn a_database_without_anything_in_it_is_empty() {
        assert_eq!(identified(""), Ownership::Empty);
    }
}
