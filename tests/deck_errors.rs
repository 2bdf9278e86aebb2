//! A mistake in a deck file is reported as `file:line:column: message`, and the other
//! decks still load.

use factdeck::deck::{DeckError, load_decks, load_str};

const HEADER: &str = r#"[deck]
id = "probe"
title = "Probe"

[[topics]]
id = "t"
name = "Thema"
"#;

/// The problems of a deck made of HEADER and `facts`, as printed.
fn problems(facts: &str) -> Vec<String> {
    let text = format!("{HEADER}\n{facts}");
    match load_str("probe.toml", &text) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(DeckError::to_string).collect(),
    }
}

fn assert_one_problem(facts: &str, expected_prefix: &str, expected_words: &str) {
    let found = problems(facts);
    assert_eq!(found.len(), 1, "one problem expected, got {found:?}");
    assert!(
        found[0].starts_with(expected_prefix),
        "expected {expected_prefix}…, got {}",
        found[0]
    );
    assert!(
        found[0].contains(expected_words),
        "expected the message to mention {expected_words:?}: {}",
        found[0]
    );
}

const GOOD_FACT: &str = r#"[[facts]]
id = "a"
kind = "reason"
topic = "t"
question = "Warum?"
answer = "Darum."
"#;

#[test]
fn a_valid_deck_loads_with_its_cards() {
    assert!(problems(GOOD_FACT).is_empty());
}

#[test]
fn an_unknown_key_is_named_with_its_line_and_column() {
    let facts = format!("{GOOD_FACT}colour = \"rot\"\n");
    // HEADER is 7 lines, a blank line, then the fact's 6 lines: the key is on line 15.
    assert_one_problem(&facts, "probe.toml:15:1:", "unknown key `colour`");
}

#[test]
fn a_missing_field_names_the_field() {
    let facts = "[[facts]]\nid = \"a\"\nkind = \"reason\"\ntopic = \"t\"\nquestion = \"Warum?\"\n";
    assert_one_problem(facts, "probe.toml:9:", "missing `answer`");
}

#[test]
fn a_duplicate_fact_id_is_reported_where_the_second_one_starts() {
    let facts = format!("{GOOD_FACT}\n{GOOD_FACT}");
    assert_one_problem(&facts, "probe.toml:16:", "duplicate fact id `a`");
}

#[test]
fn an_empty_list_is_refused() {
    let facts = "[[facts]]\nid = \"l\"\nkind = \"list\"\ntopic = \"t\"\nquestion = \"Was?\"\nname = \"Liste\"\nitems = []\n";
    assert_one_problem(facts, "probe.toml:15:9:", "empty list");
}

#[test]
fn a_number_that_does_not_parse_is_refused() {
    let facts = "[[facts]]\nid = \"n\"\nkind = \"number\"\ntopic = \"t\"\nquestion = \"Wie viele?\"\nvalue = \"12o\"\n";
    assert_one_problem(facts, "probe.toml:14:9:", "`12o` is not one");
}

#[test]
fn an_unknown_topic_lists_the_known_ones() {
    let facts = GOOD_FACT.replace("topic = \"t\"", "topic = \"x\"");
    assert_one_problem(
        &facts,
        "probe.toml:12:9:",
        "unknown topic `x`; the deck's topics are: t",
    );
}

#[test]
fn an_unknown_kind_lists_the_kinds() {
    let facts = GOOD_FACT.replace("kind = \"reason\"", "kind = \"riddle\"");
    assert_one_problem(&facts, "probe.toml:11:8:", "unknown fact kind `riddle`");
}

#[test]
fn a_toml_syntax_error_is_placed_exactly() {
    let found = problems("[[facts]]\nid = \"a\nkind = \"reason\"\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("probe.toml:10:"), "{}", found[0]);
}

#[test]
fn a_wrong_type_is_reported_at_the_value() {
    let facts = GOOD_FACT.replace("answer = \"Darum.\"", "answer = 42");
    let found = problems(&facts);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("probe.toml:14:"), "{}", found[0]);
}

#[test]
fn every_problem_of_a_file_is_reported_not_just_the_first() {
    let facts = format!(
        "{}\n{}",
        GOOD_FACT.replace("topic = \"t\"", "topic = \"x\""),
        GOOD_FACT.replace("id = \"a\"", "id = \"B\"")
    );
    assert_eq!(problems(&facts).len(), 2);
}

#[test]
fn a_broken_deck_is_skipped_while_the_other_decks_load() {
    let folder = tempfile::tempdir().expect("temporary folder");
    std::fs::write(
        folder.path().join("good.toml"),
        format!("{HEADER}\n{GOOD_FACT}").replace("probe", "good"),
    )
    .expect("write");
    std::fs::write(folder.path().join("broken.toml"), "[deck\nid = 1").expect("write");
    let loaded = load_decks(&[folder.path().to_path_buf()]);
    let ids: Vec<&str> = loaded.decks.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["kim-putin-2019", "good"]);
    assert_eq!(loaded.problems.len(), 1);
    assert!(
        loaded.problems[0].to_string().contains("broken.toml:1:"),
        "{}",
        loaded.problems[0]
    );
}
