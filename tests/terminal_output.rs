//! Text from decks, imports and file names reaches the terminal only with the characters a
//! terminal acts on escaped (`ESC ] 0 ; … BEL` sets its title, `ESC [ 2 J` clears it,
//! U+202E makes text read backwards); ordinary text, umlauts and line breaks stay as they
//! are. See `src/terminal.rs` and docs/reliability.md, "Hostile inputs".

mod common;

use common::{factdeck, text};
use std::path::Path;

const TITLE_ATTACK: &str = "\u{1b}]0;PWNED\u{7}";
const CLEAR_SCREEN: &str = "\u{1b}[2J";

/// Neither an escape character, a bell, a C1 control nor a bidirectional override.
fn assert_inert(output: &[u8]) {
    let shown = text(output);
    let bad: Vec<char> = shown
        .chars()
        .filter(|c| {
            (c.is_control() && !matches!(c, '\n' | '\t'))
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect();
    assert!(bad.is_empty(), "raw {bad:?} in {shown:?}");
}

/// A deck in the data folder whose title and topic name attack the terminal.
fn hostile_deck(data: &Path) {
    let decks = data.join("decks");
    std::fs::create_dir_all(&decks).unwrap();
    std::fs::write(
        decks.join("evil.toml"),
        "[deck]\nid = \"evil\"\ntitle = \"Evil \\u001b]0;PWNED\\u0007 \\u001b[2J deck\"\n\
         [[topics]]\nid = \"t\"\nname = \"Thema \\u202eright-to-left\"\n\
         [[facts]]\nid = \"f\"\nkind = \"question\"\ntopic = \"t\"\n\
         question = \"Frage?\"\nanswer = \"Antwort\"\n",
    )
    .unwrap();
}

#[test]
fn control_characters_from_a_deck_are_escaped_by_check() {
    let data = tempfile::tempdir().unwrap();
    let deck = data.path().join("bad-id.toml");
    std::fs::write(
        &deck,
        "[deck]\nid = \"\\u001b]0;PWNED\\u0007\\u001b[2J\"\ntitle = \"T\"\n",
    )
    .unwrap();
    let out = factdeck(&["check", deck.to_str().unwrap()], data.path());
    assert!(!out.status.success());
    assert_inert(&out.stderr);
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("the deck id `\\u{1b}]0;PWNED\\u{7}\\u{1b}[2J` may only use"),
        "{stderr}"
    );
}

#[test]
fn control_characters_from_a_deck_are_escaped_by_stats() {
    let data = tempfile::tempdir().unwrap();
    hostile_deck(data.path());
    let out = factdeck(&["stats"], data.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_inert(&out.stdout);
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("Evil \\u{1b}]0;PWNED\\u{7} \\u{1b}[2J deck (evil)"),
        "{stdout}"
    );
    // Ordinary text is left alone: the built-in deck's umlauts print as they are.
    assert!(stdout.contains("Atomgespräche"), "{stdout}");
}

#[test]
fn bidi_overrides_in_names_are_escaped_by_stats() {
    let data = tempfile::tempdir().unwrap();
    hostile_deck(data.path());
    let out = factdeck(&["stats"], data.path());
    assert!(
        text(&out.stdout).contains("Thema \\u{202e}right-to-left"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn json_output_escapes_them_and_reads_back_the_same() {
    let data = tempfile::tempdir().unwrap();
    hostile_deck(data.path());
    for args in [&["stats", "--json"][..], &["export", "--deck", "evil"][..]] {
        let out = factdeck(args, data.path());
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_inert(&out.stdout);
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let decks = json["decks"].as_array().expect("decks");
        let title = decks
            .iter()
            .find(|d| d["id"] == "evil")
            .and_then(|d| d["title"].as_str());
        assert_eq!(
            title,
            Some(format!("Evil {TITLE_ATTACK} {CLEAR_SCREEN} deck").as_str()),
            "{args:?}"
        );
    }
}

#[test]
fn control_characters_from_an_import_are_escaped_by_import() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("karten\u{1b}[2J.txt");
    std::fs::write(&file, "Frage \u{202e}eins\tAntwort\n").unwrap();
    let out = factdeck(
        &["import", file.to_str().unwrap(), "--dry-run"],
        data.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_inert(&out.stdout);
    let stdout = text(&out.stdout);
    assert!(stdout.contains("karten\\u{1b}[2J.txt"), "{stdout}");
    assert!(
        stdout.contains("Frage \\u{202e}eins  ->  Antwort"),
        "{stdout}"
    );
}

#[test]
fn control_characters_in_a_file_name_are_escaped_in_error_lines() {
    let data = tempfile::tempdir().unwrap();
    let missing = data.path().join(format!("gone{TITLE_ATTACK}.txt"));
    let out = factdeck(&["import", missing.to_str().unwrap()], data.path());
    assert!(!out.status.success());
    assert_inert(&out.stderr);
    assert!(text(&out.stderr).starts_with("factdeck: cannot read "));
}

#[test]
fn control_characters_in_the_data_folder_are_escaped_by_restore_list() {
    let parent = tempfile::tempdir().unwrap();
    let data = parent.path().join(format!("daten{CLEAR_SCREEN}"));
    let out = factdeck(&["restore", "--list"], &data);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_inert(&out.stdout);
    assert!(text(&out.stdout).contains("daten\\u{1b}[2J"));
}
