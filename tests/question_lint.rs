//! The question lint of `factdeck check`: each rule found on a fact that breaks it, and
//! the shipped deck free of findings.

use factdeck::deck::{BUILTIN_DECKS, load_str};
use factdeck::quiz::{LintRule, lint};

/// A deck of one topic with the given facts (TOML `[[facts]]` tables without the header).
fn rules_broken_by(facts: &str) -> Vec<LintRule> {
    let text = format!(
        "[deck]\nid = \"d\"\ntitle = \"D\"\n\n[[topics]]\nid = \"t\"\nname = \"T\"\n\n{facts}"
    );
    let deck = load_str("test.toml", &text).expect("the deck reads");
    lint(&deck).into_iter().map(|f| f.rule).collect()
}

#[test]
fn the_shipped_decks_pass_the_question_lint() {
    for (name, text) in BUILTIN_DECKS {
        let deck = load_str(name, text).expect("the deck loads");
        let findings = lint(&deck);
        assert!(findings.is_empty(), "{name}: {findings:#?}");
    }
}

#[test]
fn a_wrong_option_contained_in_the_answer_is_found() {
    let broken = rules_broken_by(
        r#"[[facts]]
id = "raketen"
kind = "list"
topic = "t"
question = "Woher kam die Raketentechnik?"
name = "Lieferanten"
items = ["die ehemalige Sowjetunion", "China"]
ask_item = "Welches Land lieferte Raketentechnik?"
wrong_options = ["Sowjetunion", "Iran"]
"#,
    );
    assert_eq!(broken, [LintRule::UnfairWrongOption]);
}

#[test]
fn a_lower_figure_beside_ueber_is_found() {
    let broken = rules_broken_by(
        r#"[[facts]]
id = "zahl"
kind = "number"
topic = "t"
question = "Wie viele Leiharbeiter?"
value = 120000
qualifier = "über"
unit = "Leiharbeiter"
wrong_options = ["über 30.000 Leiharbeiter", "über 200.000 Leiharbeiter"]
"#,
    );
    assert_eq!(broken, [LintRule::UnfairWrongOption]);
}

#[test]
fn a_wrong_option_the_author_lists_as_right_is_found() {
    let broken = rules_broken_by(
        r#"[[facts]]
id = "ddr"
kind = "date"
topic = "t"
question = "Wann trat die DDR laut Artikel bei?"
date = "1989"
also_right = ["1990"]
wrong_options = ["1990", "1987"]
"#,
    );
    assert_eq!(broken, [LintRule::UnfairWrongOption]);
}

#[test]
fn a_date_of_another_precision_is_found() {
    let broken = rules_broken_by(
        r#"[[facts]]
id = "seit"
kind = "date"
topic = "t"
question = "Seit welchem Jahr?"
date = "2013"
wrong_options = ["2019-02"]
"#,
    );
    assert_eq!(broken, [LintRule::UnfairWrongOption]);
}

#[test]
fn a_rewritten_false_variant_is_found() {
    let broken = rules_broken_by(
        r#"[[facts]]
id = "empfang"
kind = "statement"
topic = "t"
question = "Wie wird Kim empfangen?"
text = "Man begrüßt ihn mit Blumen, und er schreitet über einen roten Teppich."
false_variants = ["Er wird von Demonstranten mit Protestplakaten erwartet."]
"#,
    );
    assert_eq!(broken, [LintRule::FalseVariantNotMinimal]);
}

#[test]
fn a_false_variant_marked_by_voellig_is_found() {
    let broken = rules_broken_by(
        r#"[[facts]]
id = "grenze"
kind = "statement"
topic = "t"
question = "Wie wären die Käufe zu bewerten?"
text = "Die Käufe wären wohl bedenklich."
false_variants = ["Die Käufe wären völlig unbedenklich."]
"#,
    );
    assert_eq!(broken, [LintRule::FalseVariantAbsolute]);
}

#[test]
fn a_false_variant_that_another_fact_says_is_true_is_found() {
    let broken = rules_broken_by(
        r#"[[facts]]
id = "politik"
kind = "statement"
topic = "t"
question = "Was ist zu erwarten?"
text = "Kaum greifbare Politik."
false_variants = ["Nur wenig."]

[[facts]]
id = "beitrag"
kind = "statement"
topic = "t"
question = "Wie viel trug Moskau bei?"
text = "Nur wenig."
"#,
    );
    assert_eq!(broken, [LintRule::FalseVariantTrueElsewhere]);
}

#[test]
fn a_question_holding_its_own_answer_is_found() {
    let broken = rules_broken_by(
        r#"[[facts]]
id = "chassan"
kind = "place"
topic = "t"
name = "Chassan"
event = "Hier beginnt Kims Auftritt."
ask_place = "In welcher Grenzstadt, Chassan, beginnt Kims Auftritt?"
"#,
    );
    assert_eq!(broken, [LintRule::PromptHoldsAnswer]);
}

#[test]
fn a_person_asked_by_a_template_is_found() {
    let broken = rules_broken_by(
        r#"[[facts]]
id = "maassen"
kind = "person"
topic = "t"
name = "Hans-Georg Maaßen"
role = "damaliger Präsident des Verfassungsschutzes"
"#,
    );
    assert_eq!(broken, [LintRule::TemplateWording]);
}

#[test]
fn a_list_with_wrong_options_but_no_item_question_is_found() {
    let broken = rules_broken_by(
        r#"[[facts]]
id = "ausfuhr"
kind = "list"
topic = "t"
question = "Was darf nicht ausgeführt werden?"
name = "Ausfuhrverbote"
items = ["Kohle", "Mineralien"]
wrong_options = ["Öl", "Gas"]
"#,
    );
    assert_eq!(broken, [LintRule::TemplateWording]);
}

#[test]
fn a_question_saying_nicht_im_artikel_is_found() {
    let broken = rules_broken_by(
        r#"[[facts]]
id = "datum"
kind = "date"
topic = "t"
context = true
question = "An welchem Datum war das Treffen? (nicht im Artikel)"
date = "2019-04-25"
"#,
    );
    assert_eq!(broken, [LintRule::BackgroundInQuestion]);
}

#[test]
fn a_role_naming_another_person_is_found() {
    let broken = rules_broken_by(
        r#"[[facts]]
id = "vater"
kind = "person"
topic = "t"
name = "Kim Jong Il"
role = "Vater von Kim Jong Un"
ask_name = "Wie hieß der Vater des Machthabers?"

[[facts]]
id = "sohn"
kind = "person"
topic = "t"
name = "Kim Jong Un"
role = "der heutige Machthaber"
ask_name = "Wie heißt der heutige Machthaber?"
"#,
    );
    assert_eq!(broken, [LintRule::RoleNamesAnotherPerson]);
}
