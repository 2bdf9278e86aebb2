//! Two factdecks on one data directory: the first writes, the second opens read-only and
//! says so, and never writes. The lock is the operating system's, so it holds between
//! processes and is released however the first one ends.

mod common;

use common::{clock, logged, open, study};
use factdeck::interop::import_file::{CardImportOptions, ImportFile};
use factdeck::schedule::Rating;
use factdeck::session::{AnswerDetails, SessionError, StudySettings};
use std::process::Command;

#[test]
fn a_second_collection_on_the_same_folder_opens_read_only_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut first = open(dir.path(), &clock);
    study(&mut first, &clock, 2);
    let mut second = open(dir.path(), &clock);
    assert!(first.read_only_reason().is_none());
    let reason = second
        .read_only_reason()
        .expect("the second is read-only")
        .to_string();
    assert!(reason.contains("another factdeck"), "{reason}");
    assert!(
        reason.contains(&format!("process {}", std::process::id())),
        "{reason}"
    );
    assert_eq!(logged(&second), 2, "it shows the progress so far");

    let card = second.deck(common::DECK).unwrap().cards[5]
        .id
        .as_str()
        .to_string();
    let refused = second.answer(
        common::DECK,
        &card,
        Rating::Good,
        AnswerDetails::flashcard(1),
    );
    assert!(
        matches!(refused, Err(SessionError::ReadOnly(_))),
        "{refused:?}"
    );
    let settings = StudySettings {
        new_per_day: 5,
        ..StudySettings::default()
    };
    assert!(matches!(
        second.set_settings(settings),
        Err(SessionError::ReadOnly(_))
    ));
    assert!(matches!(
        second.backup_now(),
        Err(SessionError::ReadOnly(_))
    ));

    // The first keeps writing undisturbed.
    study(&mut first, &clock, 1);
    assert_eq!(logged(&first), 3);
    drop(second);
    drop(first);
    let third = open(dir.path(), &clock);
    assert!(
        third.read_only_reason().is_none(),
        "the lock went with the first"
    );
    assert_eq!(logged(&third), 3);
}

#[test]
fn another_process_on_the_same_folder_only_reads() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut window = open(dir.path(), &clock);
    study(&mut window, &clock, 2);
    let factdeck = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_factdeck"))
            .args(args)
            .arg("--data-dir")
            .arg(dir.path())
            .output()
            .expect("factdeck runs")
    };
    // `stats` only reads, so it works beside the open window…
    let stats = factdeck(&["stats", "--json"]);
    assert!(
        stats.status.success(),
        "{}",
        String::from_utf8_lossy(&stats.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&stats.stdout).unwrap();
    assert_eq!(report["total_reviews"], 2);
    // …and `restore`, which would write, is refused while the window holds the folder.
    let backup = window.backup_now().unwrap();
    let restore = factdeck(&["restore", backup.path.to_str().unwrap()]);
    assert!(!restore.status.success());
    let stderr = String::from_utf8_lossy(&restore.stderr);
    assert!(stderr.contains("another factdeck is using"), "{stderr}");
    study(&mut window, &clock, 1);
    assert_eq!(logged(&window), 3);
}

#[test]
fn a_newer_second_factdeck_cannot_upgrade_a_file_the_first_holds_and_changes_nothing() {
    use factdeck::paths::progress_file;
    use factdeck::session::Collection;
    use factdeck::store::recovery::{Finding, RecoveryPlan};
    use factdeck::store::{DataDirLock, StoreError};
    let dir = tempfile::tempdir().unwrap();
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/progress-v1.sqlite3");
    std::fs::copy(&fixture, progress_file(dir.path())).unwrap();
    let before = common::files(dir.path());
    // An older factdeck has the folder open.
    let _older = DataDirLock::try_acquire(dir.path()).unwrap().expect("lock");
    let clock = clock();
    let error = match Collection::open(dir.path(), &[], std::sync::Arc::new(clock)) {
        Err(SessionError::Store(e)) => e,
        Err(other) => panic!("{other}"),
        Ok(_) => panic!("a format-1 file opened read-only without its upgrade"),
    };
    assert!(
        matches!(error, StoreError::NeedsUpgrade { found: 1, .. }),
        "{error}"
    );
    let plan = RecoveryPlan::assess(dir.path(), &error);
    assert!(
        matches!(plan.finding, Finding::CannotOpen { .. }),
        "{:?}",
        plan.finding
    );
    assert!(
        plan.finding
            .explanation()
            .contains("close the other factdeck")
    );
    assert!(
        plan.choices().is_empty(),
        "the file is fine: only trying again is offered"
    );
    let after: Vec<(String, Vec<u8>)> = common::files(dir.path())
        .into_iter()
        .filter(|(name, _)| name != "factdeck.lock")
        .collect();
    let before: Vec<(String, Vec<u8>)> = before
        .into_iter()
        .filter(|(name, _)| name != "factdeck.lock")
        .collect();
    assert_eq!(after, before, "nothing written");
}

/// Runs `factdeck import` on `data_dir` as another process would.
fn import_as_another_process(data_dir: &std::path::Path, file: &std::path::Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_factdeck"))
        .arg("import")
        .arg(file)
        .arg("--data-dir")
        .arg(data_dir)
        .output()
        .expect("factdeck runs");
    assert!(!out.status.success(), "the import was not refused");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn importing_a_deck_while_another_factdeck_holds_the_folder_is_refused_like_a_review_log() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut window = open(dir.path(), &clock);
    study(&mut window, &clock, 1);
    let cards = dir.path().join("vokabeln.txt");
    std::fs::write(&cards, "Kohle\tcoal\n").unwrap();
    let log = dir.path().join("log.csv");
    std::fs::write(
        &log,
        "card_id,review_rating,review_time,review_duration\n1,3,2026-11-27T08:00:00+00:00,900\n",
    )
    .unwrap();

    let refused_deck = import_as_another_process(dir.path(), &cards);
    let refused_log = import_as_another_process(dir.path(), &log);
    assert!(
        refused_deck.contains("nothing can be saved here: another factdeck"),
        "{refused_deck}"
    );
    assert_eq!(refused_deck, refused_log, "the same message");
    assert!(!dir.path().join("decks/vokabeln.toml").exists());
    assert_eq!(logged(&window), 1);
}

#[test]
fn a_second_collection_reads_an_export_but_writes_no_deck_from_it() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let _first = open(dir.path(), &clock);
    let second = open(dir.path(), &clock);
    let export = dir.path().join("quizlet.txt");
    std::fs::write(&export, "Wo trafen sie sich?\tWladiwostok\n").unwrap();

    let read = second
        .read_import_file(&export)
        .expect("reading is allowed");
    let ImportFile::Cards(import) = read else {
        panic!("the export reads as cards");
    };
    assert_eq!(import.cards.len(), 1);
    let options = CardImportOptions {
        deck_id: Some("quizlet"),
        title: Some("Quizlet"),
        replace: false,
        dry_run: false,
    };
    let refused = second.write_imported_deck(&import, &export, &options);
    assert!(
        matches!(refused, Err(SessionError::ReadOnly(_))),
        "{refused:?}"
    );
    let decks = factdeck::paths::decks_folder(dir.path());
    let written = std::fs::read_dir(&decks).map_or(0, |entries| entries.count());
    assert_eq!(written, 0, "no deck file appears in {}", decks.display());
}
