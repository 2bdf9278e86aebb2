//! The commands that run without a window, run as a learner would run them.

mod common;

use common::{factdeck, text};
use std::path::Path;

#[test]
fn check_passes_the_shipped_decks() {
    let data = tempfile::tempdir().unwrap();
    let decks = Path::new(env!("CARGO_MANIFEST_DIR")).join("decks");
    let out = factdeck(&["check", decks.to_str().unwrap()], data.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("kim-putin-2019.toml: ok"));
    assert!(
        !text(&out.stderr).contains("replaces"),
        "the built-in deck's own file is no replacement: {}",
        text(&out.stderr)
    );
}

#[test]
fn a_deck_replacing_the_built_in_deck_is_named_by_check_with_file_and_line() {
    let data = tempfile::tempdir().unwrap();
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("decks/kim-putin-2019.toml");
    let copy = data.path().join("kopie.toml");
    let edited = std::fs::read_to_string(shipped).unwrap().replacen(
        "title = \"Kim trifft Putin in Wladiwostok\"",
        "title = \"Kopie\"",
        1,
    );
    std::fs::write(&copy, edited).unwrap();
    let out = factdeck(&["check", copy.to_str().unwrap()], data.path());
    assert!(out.status.success(), "a note, not a problem");
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "{}:6: the deck id `kim-putin-2019` is the built-in deck's, so this file replaces \
             the built-in deck „Kim trifft Putin in Wladiwostok“",
            copy.display()
        )),
        "{stderr}"
    );
}

#[test]
fn the_learners_edited_copy_of_the_built_in_deck_is_named_by_check_as_such() {
    let data = tempfile::tempdir().unwrap();
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("decks/kim-putin-2019.toml");
    let copy = data.path().join("kim-putin-2019.toml");
    let edited = std::fs::read_to_string(shipped).unwrap().replacen(
        "as_of = \"2019-04\"",
        "as_of = \"2019-04\"\nreplaces_built_in = true",
        1,
    );
    std::fs::write(&copy, edited).unwrap();
    let out = factdeck(&["check", copy.to_str().unwrap()], data.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("your edited copy of the built-in deck „Kim trifft Putin in Wladiwostok“"),
        "{stderr}"
    );
    assert!(!stderr.contains("so this file replaces"), "{stderr}");
}

#[test]
fn check_fails_with_file_line_and_column_for_a_broken_deck() {
    let data = tempfile::tempdir().unwrap();
    let deck = data.path().join("broken.toml");
    std::fs::write(
        &deck,
        "[deck]\nid = \"b\"\ntitle = \"B\"\n[[topics]]\nid = \"t\"\nname = \"T\"\n\
         [[facts]]\nid = \"f\"\nkind = \"reason\"\ntopic = \"nope\"\nquestion = \"Warum?\"\nanswer = \"Darum.\"\n",
    )
    .unwrap();
    let out = factdeck(&["check", deck.to_str().unwrap()], data.path());
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!("{}:10:9: unknown topic `nope`", deck.display())),
        "{stderr}"
    );
}

#[test]
fn check_with_an_article_requires_every_cue_to_stand_in_it() {
    let data = tempfile::tempdir().unwrap();
    let article = data.path().join("article.txt");
    std::fs::write(&article, "Ein ganz anderer Text.").unwrap();
    let decks = Path::new(env!("CARGO_MANIFEST_DIR")).join("decks");
    let out = factdeck(
        &[
            "check",
            decks.to_str().unwrap(),
            "--article",
            article.to_str().unwrap(),
        ],
        data.path(),
    );
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("does not stand verbatim in"));
}

#[test]
fn stats_json_reports_reviews_and_cards_per_deck() {
    let data = tempfile::tempdir().unwrap();
    let out = factdeck(&["stats", "--json"], data.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["total_reviews"], 0);
    assert_eq!(report["reviews_today"], 0);
    let deck = &report["decks"][0];
    assert_eq!(deck["id"], "kim-putin-2019");
    assert!(deck["cards"]["new"].as_u64().unwrap() > 15);
    assert_eq!(deck["cards"]["learning"], 0);
    assert_eq!(deck["cards"]["review"], 0);
    assert_eq!(deck["due_today"]["new"], 20);
}

/// A data directory with answers given on two days, so it has a daily backup.
fn progress_with_a_backup(dir: &Path) {
    use factdeck::clock::ManualClock;
    use factdeck::schedule::Rating;
    use factdeck::session::{AnswerDetails, Collection};
    use std::sync::Arc;
    let clock = ManualClock::at_utc("2026-11-27T08:00:00Z", 1);
    for day in 0..2 {
        let mut collection = Collection::open(dir, &[], Arc::new(clock.clone())).unwrap();
        // The day's backup is copied on its own thread: it must hold the day before, not
        // race the answer given next.
        collection.wait_for_daily_backup();
        let card = collection.deck("kim-putin-2019").unwrap().cards[day]
            .id
            .as_str()
            .to_string();
        collection
            .answer(
                "kim-putin-2019",
                &card,
                Rating::Good,
                AnswerDetails::flashcard(1),
            )
            .unwrap();
        drop(collection);
        clock.advance(chrono::Duration::days(1));
    }
}

#[test]
fn restore_list_shows_each_backup_with_its_answers() {
    let data = tempfile::tempdir().unwrap();
    progress_with_a_backup(data.path());
    let out = factdeck(&["restore", "--list"], data.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let listing = text(&out.stdout);
    assert!(
        listing.contains("progress-2026-11-28_09-00-00_daily.sqlite3  (daily, 1 answer)"),
        "{listing}"
    );
}

#[test]
fn restore_newest_puts_the_backup_in_place_and_keeps_the_old_file() {
    let data = tempfile::tempdir().unwrap();
    progress_with_a_backup(data.path());
    let out = factdeck(
        &[
            "--data-dir",
            data.path().to_str().unwrap(),
            "restore",
            "newest",
        ],
        Path::new("/nonexistent-env-dir"),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.contains("Restored "), "{said}");
    assert!(said.contains("The file it replaced is kept as "), "{said}");
    let stats = factdeck(&["stats", "--json"], data.path());
    let report: serde_json::Value = serde_json::from_slice(&stats.stdout).expect("JSON");
    assert_eq!(
        report["total_reviews"], 1,
        "the backup had the first day's answer"
    );
}

#[test]
fn restore_of_an_unknown_backup_changes_nothing() {
    let data = tempfile::tempdir().unwrap();
    progress_with_a_backup(data.path());
    let out = factdeck(&["restore", "progress-1999.sqlite3"], data.path());
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("there is no backup progress-1999.sqlite3"));
    let stats = factdeck(&["stats", "--json"], data.path());
    let report: serde_json::Value = serde_json::from_slice(&stats.stdout).expect("JSON");
    assert_eq!(report["total_reviews"], 2);
}

#[test]
fn stats_json_carries_the_figures_of_the_statistics_screen() {
    use factdeck::clock::SystemClock;
    use factdeck::schedule::Rating;
    use factdeck::session::{AnswerDetails, Collection};
    use std::sync::Arc;

    let data = tempfile::tempdir().unwrap();
    {
        let mut collection =
            Collection::open(data.path(), &[], Arc::new(SystemClock)).expect("opens");
        let deck = collection.deck("kim-putin-2019").unwrap();
        let cards: Vec<String> = deck.cards[..2]
            .iter()
            .map(|c| c.id.as_str().to_string())
            .collect();
        for card in &cards {
            collection
                .answer(
                    "kim-putin-2019",
                    card,
                    Rating::Easy,
                    AnswerDetails::flashcard(5000),
                )
                .unwrap();
        }
    }
    let out = factdeck(&["stats", "--json"], data.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["total_reviews"], 2);
    let stats = &report["statistics"];
    assert_eq!(stats["total_reviews"], 2);
    assert_eq!(stats["today_figures"]["reviews_done"], 2);
    assert_eq!(stats["streaks"]["current_days"], 1);
    assert_eq!(stats["days"].as_array().unwrap().len(), 365);
    assert_eq!(stats["days"][364]["easy"], 2);
    assert_eq!(stats["forecast"].as_array().unwrap().len(), 30);
    assert_eq!(stats["cards"]["young"], 2);
    assert_eq!(stats["desired_retention"], 0.9);
    let topics = stats["mastery"][0]["topics"].as_array().unwrap();
    assert_eq!(topics.len(), 10);
    assert!(topics[0]["name"].as_str().is_some());
}

#[test]
fn output_into_a_reader_that_has_gone_ends_quietly() {
    let data = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_factdeck"))
        .args(["export", "--format", "json"])
        .env("FACTDECK_DATA_DIR", data.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Like `factdeck export | head -1`: the reader closes before the output is written.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        !text(&out.stderr).contains("panicked"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_data_dir_that_is_a_file_is_refused_by_every_command_and_left_as_it_is() {
    let parent = tempfile::tempdir().unwrap();
    let file = parent.path().join("notes.txt");
    std::fs::write(&file, "my notes").unwrap();
    for args in [
        &["stats"][..],
        &["restore", "--list"],
        &["export", "--format", "revlog"],
    ] {
        let out = factdeck(args, &file);
        assert!(!out.status.success(), "{args:?}");
        let stderr = text(&out.stderr);
        assert!(
            stderr.contains("is a file, not a folder: --data-dir (or FACTDECK_DATA_DIR)"),
            "{args:?}: {stderr}"
        );
    }
    assert_eq!(std::fs::read(&file).unwrap(), b"my notes");
}

#[test]
fn sync_sets_the_folder_takes_in_another_computers_answers_and_tells_its_status() {
    let folder = tempfile::tempdir().unwrap();
    let mut laptop = common::sync::Computer::new(folder.path());
    laptop.answer(0, factdeck::schedule::Rating::Good);
    laptop.sync();
    let desktop = tempfile::tempdir().unwrap();
    let shared = folder.path().to_str().unwrap();
    let out = factdeck(&["sync", "--status"], desktop.path());
    assert!(
        text(&out.stdout).contains("Sync is off"),
        "{}",
        text(&out.stdout)
    );
    // Setting the folder syncs at once.
    let out = factdeck(&["sync", "--folder", shared], desktop.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("1 change(s) taken in"),
        "{}",
        text(&out.stdout)
    );
    laptop.answer(1, factdeck::schedule::Rating::Again);
    laptop.sync();
    let out = factdeck(&["sync"], desktop.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("1 change(s) taken in"),
        "{}",
        text(&out.stdout)
    );
    let out = factdeck(&["sync", "--status"], desktop.path());
    let status = text(&out.stdout);
    assert!(
        status.contains(&format!("Sync folder: {shared}")),
        "{status}"
    );
    assert!(status.contains("with 1 other computer(s)"), "{status}");
}
