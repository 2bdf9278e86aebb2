//! Cards and review logs taken in from other programs: Quizlet and Anki exports become a
//! deck the program loads, review logs in the FSRS tools' format go in and out unchanged.

mod common;

use common::{DECK, clock, factdeck, open, study, text};
use factdeck::clock::{Clock, to_millis};
use factdeck::interop::revlog_csv::{LogRow, read_rows, write_rows};
use factdeck::session::Scope;
use std::path::Path;

#[test]
fn a_quizlet_export_becomes_a_deck_the_program_studies() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("Vokabeln Nordkorea.txt");
    std::fs::write(&file, "Kohle\tcoal\nLeiharbeiter\tcontract workers\n").unwrap();
    let out = factdeck(&["import", file.to_str().unwrap()], data.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Kohle  ->  coal"),
        "{}",
        text(&out.stdout)
    );

    let collection = open(data.path(), &clock());
    let deck = collection
        .deck("vokabeln-nordkorea")
        .expect("the imported deck is loaded");
    assert_eq!(deck.title, "Vokabeln Nordkorea");
    assert_eq!(deck.cards.len(), 2);
    assert_eq!(deck.cards[1].prompt, "Leiharbeiter");
    assert_eq!(deck.cards[1].answer, "contract workers");
    let counts = collection
        .counts("vokabeln-nordkorea", &Scope::WholeDeck)
        .unwrap();
    assert_eq!(counts.new, 2);
}

#[test]
fn every_unreadable_line_is_named_and_the_rest_imported() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("karten.txt");
    std::fs::write(&file, "Kohle\tcoal\nnur ein Begriff\nEisen\t\nBlei\tlead\n").unwrap();
    let out = factdeck(&["import", file.to_str().unwrap()], data.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("karten.txt:2: no separator"), "{stderr}");
    assert!(
        stderr.contains("karten.txt:3: the answer is empty"),
        "{stderr}"
    );
    let collection = open(data.path(), &clock());
    assert_eq!(collection.deck("karten").unwrap().cards.len(), 2);
}

#[test]
fn a_dry_run_shows_the_preview_and_writes_nothing() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("karten.txt");
    std::fs::write(&file, "Kohle\tcoal\n").unwrap();
    let out = factdeck(
        &["import", "--dry-run", file.to_str().unwrap()],
        data.path(),
    );
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("Nothing written"));
    assert!(!data.path().join("decks/karten.toml").exists());
}

#[test]
fn a_file_without_any_card_fails_with_a_reason() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("leer.txt");
    std::fs::write(&file, "keine Karte hier\n").unwrap();
    let out = factdeck(&["import", file.to_str().unwrap()], data.path());
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("no card could be read"));
}

#[test]
fn importing_again_keeps_the_progress_of_unchanged_questions() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("karten.txt");
    std::fs::write(&file, "Kohle\tcoal\nEisen\tiron\n").unwrap();
    assert!(
        factdeck(&["import", file.to_str().unwrap()], data.path())
            .status
            .success()
    );
    let clock = clock();
    {
        let mut collection = open(data.path(), &clock);
        collection
            .answer(
                "karten",
                "kohle/answer",
                factdeck::schedule::Rating::Good,
                factdeck::session::AnswerDetails::flashcard(2000),
            )
            .unwrap();
    }
    std::fs::write(&file, "Kohle\tcoal (Steinkohle)\nBlei\tlead\n").unwrap();
    let again = factdeck(&["import", file.to_str().unwrap()], data.path());
    assert!(!again.status.success(), "an existing deck needs --replace");
    let replaced = factdeck(
        &["import", "--replace", file.to_str().unwrap()],
        data.path(),
    );
    assert!(replaced.status.success(), "{}", text(&replaced.stderr));
    let collection = open(data.path(), &clock);
    let state = collection.card_state("karten", "kohle/answer");
    assert_eq!(state.reps, 1, "the answered card kept its progress");
    assert_eq!(
        collection.deck("karten").unwrap().cards[0].answer,
        "coal (Steinkohle)"
    );
}

#[test]
fn an_anki_export_of_the_article_deck_imports_as_questions() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("kim-anki.txt");
    let out = factdeck(
        &[
            "export",
            "--format",
            "anki",
            "--out",
            file.to_str().unwrap(),
        ],
        data.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let imported = factdeck(
        &[
            "import",
            "--deck-id",
            "kim-aus-anki",
            file.to_str().unwrap(),
        ],
        data.path(),
    );
    assert!(imported.status.success(), "{}", text(&imported.stderr));
    assert_eq!(text(&imported.stderr), "", "every note is readable");
    let collection = open(data.path(), &clock());
    let original = collection.deck(DECK).unwrap();
    let copy = collection.deck("kim-aus-anki").unwrap();
    assert!(
        copy.cards.len() >= original.facts.len(),
        "{} cards from {} facts",
        copy.cards.len(),
        original.facts.len()
    );
    assert!(
        copy.cards
            .iter()
            .any(|c| c.prompt.contains("[…]") && c.answer.contains("120.000")),
        "cloze notes become one card per gap"
    );
    assert!(
        copy.cards.iter().all(|c| !c.prompt.contains('<')),
        "no HTML left in the questions"
    );
}

#[test]
fn a_review_log_exported_and_imported_gives_the_same_card_states() {
    let clock = clock();
    let first = tempfile::tempdir().unwrap();
    let rows = {
        let mut collection = open(first.path(), &clock);
        study(&mut collection, &clock, 12);
        collection.review_log_rows().unwrap()
    };
    assert_eq!(rows.len(), 12);
    let mut csv = Vec::new();
    write_rows(&rows, &mut csv).unwrap();
    let read_back = read_rows(csv.as_slice(), to_millis(clock.now()))
        .unwrap()
        .rows;

    let second = tempfile::tempdir().unwrap();
    let mut fresh = open(second.path(), &clock);
    let report = fresh.import_review_log(&read_back).unwrap();
    assert_eq!(report.added, 12);
    assert_eq!(
        report.to_unknown_cards, 0,
        "the cards are recognised by number"
    );
    let original = open_read_only_states(first.path(), &clock);
    assert!(!original.is_empty());
    for (card, state) in original {
        assert_eq!(fresh.card_state(DECK, &card), state, "{card}");
    }
}

fn open_read_only_states(
    dir: &Path,
    clock: &factdeck::clock::ManualClock,
) -> Vec<(String, factdeck::schedule::CardState)> {
    let collection = open(dir, clock);
    let cards = &collection.deck(DECK).expect("the article deck").cards;
    collection
        .states_in(DECK)
        .answered()
        .map(|(position, state)| (cards[position].id.to_string(), *state))
        .collect()
}

#[test]
fn importing_the_same_log_twice_adds_nothing_the_second_time() {
    let clock = clock();
    let rows = vec![
        LogRow {
            card_id: 42,
            rating: factdeck::schedule::Rating::Good,
            at_ms: 1_700_000_000_000,
            duration_ms: 3000,
        },
        LogRow {
            card_id: 42,
            rating: factdeck::schedule::Rating::Again,
            at_ms: 1_700_090_000_000,
            duration_ms: 3000,
        },
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut collection = open(dir.path(), &clock);
    let first = collection.import_review_log(&rows).unwrap();
    assert_eq!((first.added, first.to_unknown_cards), (2, 2));
    let second = collection.import_review_log(&rows).unwrap();
    assert_eq!((second.added, second.already_there), (0, 2));
    assert_eq!(common::logged(&collection), 2);
}

#[test]
fn the_shared_review_log_goes_in_and_comes_out_unchanged() {
    let log = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/review_log_pyfsrs.csv");
    let Ok(file) = std::fs::File::open(&log) else {
        eprintln!("skipped: {} is not there", log.display());
        return;
    };
    let rows = read_rows(file, to_millis(clock().now())).unwrap().rows;
    let dir = tempfile::tempdir().unwrap();
    let mut collection = open(dir.path(), &clock());
    let report = collection.import_review_log(&rows).unwrap();
    assert_eq!(report.added, 12_580);
    assert_eq!(report.cards, 1_205);
    let mut before: Vec<LogRow> = rows;
    let mut after = collection.review_log_rows().unwrap();
    let key = |r: &LogRow| (r.card_id, r.at_ms);
    before.sort_by_key(key);
    after.sort_by_key(key);
    assert_eq!(before, after);
}

/// A review log whose rows 2 to 5 cannot be real answers; rows 6 and 7 are.
const IMPLAUSIBLE_LOG: &str = "card_id,review_rating,review_time,review_duration\n\
    1,3,0001-01-01T00:00:00+00:00,1000\n\
    2,3,9999-12-31T23:59:59+00:00,1000\n\
    3,3,2024-03-29T20:32:32+00:00,9223372036854775807\n\
    4,3,2024-03-29T20:32:32+00:00,-9223372036854775808\n\
    5,3,2024-03-29T20:32:32+00:00,2000\n\
    5,1,2024-03-30T20:32:32+00:00,0\n";

/// Imports `IMPLAUSIBLE_LOG` with `factdeck import`; returns its standard error and the
/// answers the progress holds afterwards.
fn import_implausible_log() -> (String, Vec<LogRow>) {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("log.csv");
    std::fs::write(&log, IMPLAUSIBLE_LOG).unwrap();
    let out = factdeck(&["import", log.to_str().unwrap()], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let rows = open(dir.path(), &clock()).review_log_rows().unwrap();
    (text(&out.stderr), rows)
}

#[test]
fn review_log_rows_dated_year_1_or_9999_are_left_out_naming_file_and_line() {
    let (stderr, rows) = import_implausible_log();
    assert!(
        stderr.contains("log.csv:2: the answer is dated 0001-01-01 00:00 UTC, before 1987"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "log.csv:3: the answer is dated 9999-12-31 23:59 UTC, more than a day from now"
        ),
        "{stderr}"
    );
    assert!(rows.iter().all(|r| r.card_id != 1 && r.card_id != 2));
}

#[test]
fn review_log_durations_negative_or_at_the_integer_limits_are_left_out_naming_file_and_line() {
    let (stderr, rows) = import_implausible_log();
    assert!(
        stderr.contains("log.csv:4: the answer took 9223372036854775807 ms, more than a day"),
        "{stderr}"
    );
    assert!(
        stderr.contains("log.csv:5: the answer took -9223372036854775808 ms, less than nothing"),
        "{stderr}"
    );
    assert!(rows.iter().all(|r| r.card_id != 3 && r.card_id != 4));
}

#[test]
fn the_rest_of_a_review_log_is_imported_and_the_rows_left_out_are_counted() {
    let (stderr, rows) = import_implausible_log();
    assert!(
        stderr.contains("4 rows were left out: they cannot be real answers"),
        "{stderr}"
    );
    let kept: Vec<(i64, i64)> = rows.iter().map(|r| (r.card_id, r.duration_ms)).collect();
    assert_eq!(kept, [(5, 2000), (5, 0)]);
}

#[test]
fn an_export_with_zero_bytes_is_refused_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("anki.txt");
    std::fs::write(&file, "#separator:tab\n#html:false\nFra\0ge\tAntwort\n").unwrap();
    let out = factdeck(&["import", file.to_str().unwrap()], dir.path());
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "{}:3: the file holds a zero byte, so it is not UTF-8 text",
            file.display()
        )),
        "{stderr}"
    );
    assert!(!dir.path().join("decks/anki.toml").exists());
}

#[test]
fn a_utf16_export_is_refused_not_read_as_cards() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("quizlet.txt");
    let utf16: Vec<u8> = "Kohle\tcoal\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    std::fs::write(&file, utf16).unwrap();
    let out = factdeck(&["import", file.to_str().unwrap(), "--dry-run"], dir.path());
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("perhaps UTF-16"));
}

#[test]
fn a_card_with_a_control_character_is_left_out_naming_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("karten.txt");
    std::fs::write(&file, "Kohle\tcoal\nFrage\u{1b}]0;x\u{7}\tAntwort\n").unwrap();
    let out = factdeck(&["import", file.to_str().unwrap()], dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains(&format!(
            "{}:2: holds the control character U+001B, which is no text",
            file.display()
        )),
        "{}",
        text(&out.stderr)
    );
    let deck = std::fs::read_to_string(dir.path().join("decks/karten.toml")).unwrap();
    assert!(deck.contains("Kohle") && !deck.contains("Frage"), "{deck}");
}
