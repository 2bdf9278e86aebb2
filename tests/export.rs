//! `factdeck export`: the generated questions written out without a window.

mod common;

use common::{factdeck, text};

#[test]
fn export_json_writes_every_kind_of_question_with_its_answers_and_facts() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("questions.json");
    let out = factdeck(
        &[
            "export",
            "--format",
            "json",
            "--out",
            file.to_str().unwrap(),
        ],
        data.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let deck = &json["decks"][0];
    assert_eq!(deck["id"], "kim-putin-2019");
    let questions = deck["questions"].as_array().unwrap();
    for kind in [
        "choice",
        "typed",
        "true_false",
        "matching",
        "timeline",
        "name_all",
    ] {
        assert!(
            questions.iter().any(|q| q["type"] == kind),
            "a {kind} question is exported"
        );
    }
    let typed_workers = questions
        .iter()
        .find(|q| q["type"] == "typed" && q["fact_ids"][0] == "leiharbeiter-zahl")
        .expect("the figure of contract workers can be typed");
    let accepted: Vec<&str> = typed_workers["accepted_answers"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a.as_str())
        .collect();
    assert!(accepted.contains(&"über 120.000 Leiharbeiter"));
    assert!(accepted.contains(&"120000"));
    for q in questions {
        assert!(!q["prompt"].as_str().unwrap().is_empty());
        assert!(!q["accepted_answers"].as_array().unwrap().is_empty());
        assert!(!q["fact_ids"].as_array().unwrap().is_empty());
        if q["type"] == "choice" {
            let options = q["options"].as_array().unwrap();
            assert!((3..=4).contains(&options.len()), "{q}");
            assert!(options.contains(&q["accepted_answers"][0]));
        }
    }
}

#[test]
fn export_of_an_unknown_deck_names_the_decks_there_are() {
    let data = tempfile::tempdir().unwrap();
    let out = factdeck(&["export", "--deck", "nope"], data.path());
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(stderr.contains("no deck `nope`"), "{stderr}");
    assert!(stderr.contains("kim-putin-2019"), "{stderr}");
}

#[test]
fn export_is_the_same_each_time() {
    let data = tempfile::tempdir().unwrap();
    let first = factdeck(&["export", "--deck", "kim-putin-2019"], data.path());
    let second = factdeck(&["export", "--deck", "kim-putin-2019"], data.path());
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert_eq!(first.stdout, second.stdout);
}
