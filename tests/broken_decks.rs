//! The corpus of broken deck files in `tests/broken_decks/`: each gives its own
//! `file:line:column: message`, exactly one, at the place of the mistake and in words that
//! say what to fix; and the program still starts with the good decks beside them. Huge
//! files are generated here rather than committed.

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use factdeck::clock::ManualClock;
use factdeck::deck::{DeckError, load_decks, load_file};
use factdeck::ui::{AppOptions, FactdeckApp};
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken_decks")
}

/// Each broken file, where its one problem is, and words its message must contain.
const EXPECTED: &[(&str, &str, &str)] = &[
    (
        "01-unclosed-string.toml",
        "10:8",
        "the closing quote is missing",
    ),
    ("02-unclosed-table-header.toml", "1:6", "`]` is missing"),
    (
        "03-duplicate-key.toml",
        "12:1",
        "the key `kind` stands twice",
    ),
    (
        "04-missing-equals.toml",
        "10:4",
        "`=` and a value are missing",
    ),
    (
        "05-invalid-escape.toml",
        "13:20",
        "write `\\\\` for a backslash",
    ),
    (
        "06-title-is-a-number.toml",
        "3:9",
        "`title` must be text in quotes, not the number 42",
    ),
    (
        "07-items-not-a-list.toml",
        "15:9",
        "`items` must be a list in brackets",
    ),
    (
        "08-number-in-items.toml",
        "15:19",
        "`items` must be text in quotes, not the number 7",
    ),
    (
        "09-context-not-boolean.toml",
        "16:11",
        "`context` must be true or false, not the text \"ja\"",
    ),
    (
        "10-facts-as-one-table.toml",
        "9:1",
        "must be written as [[facts]] tables",
    ),
    (
        "11-unknown-kind.toml",
        "11:8",
        "unknown fact kind `riddle`; the kinds are: number",
    ),
    ("12-kind-not-text.toml", "11:8", "`kind` must be text"),
    ("13-missing-kind.toml", "9:1", "this fact is missing `kind`"),
    ("14-duplicate-fact-id.toml", "16:1", "duplicate fact id `a`"),
    (
        "15-duplicate-topic-id.toml",
        "10:6",
        "duplicate topic id `t`",
    ),
    (
        "16-item-twice.toml",
        "15:19",
        "`kohle` stands twice in `items`",
    ),
    ("17-empty-items.toml", "15:9", "`items` is an empty list"),
    ("18-empty-question.toml", "13:12", "`question` is empty"),
    ("19-no-facts.toml", "2:6", "the deck has no [[facts]]"),
    ("20-no-topics.toml", "2:6", "the deck has no [[topics]]"),
    ("21-no-deck-table.toml", "1:1", "no [deck] table"),
    (
        "22-unknown-topic.toml",
        "12:9",
        "unknown topic `sanktionen`; the deck's topics are: t",
    ),
    (
        "23-unknown-section.toml",
        "16:11",
        "unknown section `kapitel-9`",
    ),
    (
        "24-unknown-top-level-key.toml",
        "9:1",
        "unknown key `author` in [[topics]]",
    ),
    (
        "25-unknown-fact-key.toml",
        "16:1",
        "unknown key `colour` for a reason fact",
    ),
    (
        "26-uppercase-id.toml",
        "10:6",
        "the fact id `Puffer` may only use lowercase",
    ),
    (
        "27-value-not-a-number.toml",
        "14:9",
        "`zwölftausend` is not one",
    ),
    ("28-month-13.toml", "14:8", "`2019-13` is not a date"),
    (
        "29-february-30.toml",
        "14:8",
        "`2019-02-30` is not a day of the calendar",
    ),
    ("31-value-nan.toml", "14:9", "`NaN` is not one"),
    ("32-empty-file.toml", "1:1", "the file is empty"),
    ("33-bom-then-error.toml", "3:9", "a value is missing here"),
    ("34-utf16-le.toml", "1:1", "UTF-16 text; save it as UTF-8"),
    ("35-utf16-be.toml", "1:1", "UTF-16 text; save it as UTF-8"),
    (
        "36-utf16-without-bom.toml",
        "1:1",
        "looks like UTF-16 text without a byte-order mark",
    ),
    (
        "37-latin1.toml",
        "13:14",
        "0xE4 here would be „ä“ in Latin-1",
    ),
    ("38-binary-junk.toml", "3:1", "binary data"),
    (
        "39-control-character.toml",
        "14:14",
        "invisible control character (U+0007)",
    ),
    ("40-utf32-le.toml", "1:1", "UTF-32 text"),
    ("41-empty-deck-id.toml", "2:6", "the deck id is empty"),
    (
        "42-missing-answer.toml",
        "9:1",
        "this reason fact is missing `answer`",
    ),
    ("43-value-infinite.toml", "14:9", "`inf` is not one"),
    (
        "44-fact-not-a-table.toml",
        "9:1",
        "unknown key `facts` in [[topics]]",
    ),
];

/// The one file that is only broken when checked against the article.
const MISSING_CUE: &str = "30-missing-cue.toml";

fn assert_one_problem(path: &Path, problems: &[DeckError], place: &str, words: &str) {
    let shown: Vec<String> = problems.iter().map(DeckError::to_string).collect();
    assert_eq!(
        shown.len(),
        1,
        "{}: one problem expected: {shown:#?}",
        path.display()
    );
    let prefix = format!("{}:{place}: ", path.display());
    assert!(
        shown[0].starts_with(&prefix),
        "expected {prefix}…, got {}",
        shown[0]
    );
    assert!(
        shown[0].contains(words),
        "expected {words:?} in {}",
        shown[0]
    );
}

#[test]
fn every_broken_deck_file_gives_its_own_line_column_and_message() {
    let mut checked = 0;
    for (name, place, words) in EXPECTED {
        let path = corpus().join(name);
        let problems = load_file(&path).expect_err(name);
        assert_one_problem(&path, &problems, place, words);
        checked += 1;
    }
    assert!(checked >= 30, "the corpus has {checked} files");
}

#[test]
fn the_table_covers_every_file_of_the_corpus() {
    let mut on_disk: Vec<String> = std::fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = EXPECTED.iter().map(|(n, _, _)| n.to_string()).collect();
    listed.push(MISSING_CUE.to_string());
    listed.sort();
    assert_eq!(on_disk, listed);
}

#[test]
fn a_fact_without_a_cue_is_reported_when_checked_against_the_article() {
    let path = corpus().join(MISSING_CUE);
    let report = factdeck::cli::check(
        std::slice::from_ref(&path),
        Some("Nordkorea dient Moskau als Puffer zum Westen."),
        "artikel.txt",
    );
    assert!(report.passed.is_empty());
    assert_one_problem(&path, &report.problems, "9:1", "fact `puffer` has no `cue`");
}

#[test]
fn the_good_decks_still_load_beside_the_whole_corpus() {
    let good = tempfile::tempdir().unwrap();
    std::fs::write(
        good.path().join("gut.toml"),
        "[deck]\nid = \"gut\"\ntitle = \"Gut\"\n[[topics]]\nid = \"t\"\nname = \"T\"\n\
         [[facts]]\nid = \"f\"\nkind = \"reason\"\ntopic = \"t\"\nquestion = \"Warum?\"\nanswer = \"Darum.\"\n",
    )
    .unwrap();
    let loaded = load_decks(&[corpus(), good.path().to_path_buf()]);
    let ids: Vec<&str> = loaded.decks.iter().map(|d| d.id.as_str()).collect();
    // The file missing only a cue is a valid deck when no article is given.
    assert_eq!(ids, ["kim-putin-2019", "kaputt", "gut"]);
    assert_eq!(loaded.problems.len(), EXPECTED.len());
}

#[test]
fn the_window_starts_with_the_good_decks_and_lists_the_broken_files() {
    let data = tempfile::tempdir().unwrap();
    let options = AppOptions {
        data_dir: data.path().to_path_buf(),
        deck_folders: vec![corpus()],
        clock: Arc::new(ManualClock::at_utc("2026-11-27T08:00:00Z", 1)),
        // English, so widgets are found by their English labels.
        language: Some(factdeck::i18n::Language::English),
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1100.0, 760.0))
        .build_eframe(move |cc| FactdeckApp::new(cc, options));
    harness.run();
    harness.get_by_label_contains("Kim trifft Putin in Wladiwostok\n20 new");
    harness.get_by_label(&format!(
        "{} problems in deck files; those decks were skipped:",
        EXPECTED.len()
    ));
    harness.get_by_label_contains("06-title-is-a-number.toml:3:9: `title` must be text");
}

/// A deck of `facts` valid reason facts, as text.
fn big_deck(facts: usize) -> String {
    let mut text = String::from(
        "[deck]\nid = \"gross\"\ntitle = \"Groß\"\n[[topics]]\nid = \"t\"\nname = \"T\"\n",
    );
    for i in 0..facts {
        text.push_str(&format!(
            "[[facts]]\nid = \"f{i}\"\nkind = \"reason\"\ntopic = \"t\"\nquestion = \"Warum {i}?\"\nanswer = \"Darum.\"\n"
        ));
    }
    text
}

#[test]
fn a_huge_deck_with_one_mistake_at_the_end_names_its_line() {
    let facts = 20_000;
    let mut text = big_deck(facts);
    text.push_str("[[facts]]\nid = \"kaputt\"\nkind = \"reason\"\ntopic = \"nirgends\"\nquestion = \"?\"\nanswer = \"!\"\n");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gross.toml");
    std::fs::write(&path, &text).unwrap();
    let started = std::time::Instant::now();
    let problems = load_file(&path).expect_err("broken");
    let line = 6 + facts * 6 + 4;
    assert_one_problem(
        &path,
        &problems,
        &format!("{line}:9"),
        "unknown topic `nirgends`",
    );
    eprintln!("{facts} facts read and checked in {:?}", started.elapsed());
    // Linear, not quadratic: turning offsets into lines once took minutes at this size.
    assert!(
        started.elapsed().as_secs() < 10,
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn a_file_larger_than_any_deck_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("riesig.toml");
    // A sparse file: 65 MB long, no disk used.
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(65 * 1024 * 1024).unwrap();
    let problems = load_file(&path).expect_err("refused");
    assert_one_problem(
        &path,
        &problems,
        "1:1",
        "the file is 65 MB; deck files may be at most 64 MB",
    );
}

#[test]
fn a_mistake_after_a_megabyte_long_line_names_its_column() {
    let long = "x".repeat(1_000_000);
    let text = format!("[deck]\nid = \"lang\"\ntitle = \"{long}\" und mehr\n");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lang.toml");
    std::fs::write(&path, &text).unwrap();
    let problems = load_file(&path).expect_err("broken");
    let column = "title = \"".len() + long.len() + 2 + 1;
    let shown = problems[0].to_string();
    assert!(
        shown.contains(&format!(":3:{column}: ")),
        "{}",
        &shown[shown.len().saturating_sub(200)..]
    );
}

#[test]
fn brackets_nested_a_hundred_thousand_deep_are_refused_without_a_crash() {
    let depth = 100_000;
    let text = format!(
        "[deck]\nid = \"tief\"\ntitle = \"Tief\"\ndescription = {}{}\n",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tief.toml");
    std::fs::write(&path, &text).unwrap();
    let problems = load_file(&path).expect_err("refused");
    assert!(!problems.is_empty());
    let shown = problems[0].to_string();
    assert!(
        shown.starts_with(&format!("{}:4:", path.display())),
        "{shown}"
    );
}
