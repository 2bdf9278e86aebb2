//! What makes a generated question fair, each rule on a small deck of its own: wrong
//! options of the answer's category that are false beside it, the author's own wording,
//! and the export listing every option a question may show.

mod common;

use common::article_deck;

use factdeck::deck::{Deck, load_str};
use factdeck::export::{ExportFormat, export};
use factdeck::quiz::{
    QuestionBody, QuestionKind, choice_question, every_question, question_for, wrong_option_pool,
};
use rand::SeedableRng;
use rand::rngs::StdRng;
use std::collections::HashSet;

fn deck_of(facts: &str) -> Deck {
    let text = format!(
        "[deck]\nid = \"d\"\ntitle = \"D\"\nas_of = \"2019-04\"\n\n\
         [[topics]]\nid = \"t\"\nname = \"T\"\n\n{facts}"
    );
    load_str("test.toml", &text).expect("the deck reads")
}

/// Every option the card's multiple-choice questions show over many draws.
fn options_shown(deck: &Deck, card_id: &str) -> HashSet<String> {
    let card = deck.card(card_id).expect("the card exists");
    let mut shown = HashSet::new();
    for seed in 0..200 {
        if let Some(q) = choice_question(deck, card, &mut StdRng::seed_from_u64(seed))
            && let QuestionBody::Choice { options, .. } = q.body
        {
            shown.extend(options.into_iter().map(|o| o.text));
        }
    }
    shown
}

const PEOPLE: &str = r#"
[[facts]]
id = "kju"
kind = "person"
topic = "t"
name = "Kim Jong Un"
category = "Kim-Familie"
role = "heutiger Machthaber"
ask_name = "Wie heißt der heutige Machthaber?"

[[facts]]
id = "kjil"
kind = "person"
topic = "t"
name = "Kim Jong Il"
category = "Kim-Familie"
role = "Vater des heutigen Machthabers"
ask_name = "Wie hieß Kim Jong Uns Vater?"

[[facts]]
id = "kis"
kind = "person"
topic = "t"
name = "Kim Il Sung"
category = "Kim-Familie"
role = "Großvater des heutigen Machthabers"
ask_name = "Wie hieß Kim Jong Uns Großvater?"

[[facts]]
id = "maassen"
kind = "person"
topic = "t"
name = "Hans-Georg Maaßen"
role = "damaliger Präsident des Verfassungsschutzes"
ask_name = "Welcher Verfassungsschutzpräsident bestätigte die Waffengeschäfte?"
wrong_options = ["Heinz Fromm", "Gerhard Schindler"]
"#;

#[test]
fn wrong_names_come_only_from_the_persons_category_and_the_author() {
    let deck = deck_of(PEOPLE);
    let shown = options_shown(&deck, "maassen/name");
    let expected: HashSet<String> = ["Hans-Georg Maaßen", "Heinz Fromm", "Gerhard Schindler"]
        .map(String::from)
        .into();
    assert_eq!(
        shown, expected,
        "no Kim offered as head of German intelligence"
    );
}

#[test]
fn a_person_the_question_names_is_never_offered() {
    let deck = deck_of(PEOPLE);
    let shown = options_shown(&deck, "kjil/name");
    assert!(!shown.contains("Kim Jong Un"), "{shown:?}");
    // Kim Il Sung is the only fair wrong option left: too few for multiple choice.
    assert!(shown.is_empty(), "{shown:?}");
}

#[test]
fn without_enough_fair_wrong_options_a_card_is_not_asked_as_multiple_choice() {
    let deck = deck_of(
        r#"[[facts]]
id = "pakistan"
kind = "place"
topic = "t"
name = "Pakistan"
event = "Von dort kam die Technik für die Bombe."
ask_place = "Woher kam die Technik für die Bombe?"
wrong_options = ["Iran"]
"#,
    );
    let card = deck.card("pakistan/place").expect("the card");
    assert!(choice_question(&deck, card, &mut StdRng::seed_from_u64(1)).is_none());
    assert!(
        question_for(
            &deck,
            card,
            QuestionKind::Typed,
            &mut StdRng::seed_from_u64(1)
        )
        .is_some(),
        "it is asked another way"
    );
}

#[test]
fn a_lower_figure_is_never_offered_beside_ueber() {
    let deck = deck_of(
        r#"[[facts]]
id = "zahl"
kind = "number"
topic = "t"
question = "Wie viele Leiharbeiter schickt Nordkorea ins Ausland?"
value = 120000
qualifier = "über"
unit = "Leiharbeiter"

[[facts]]
id = "andere"
kind = "number"
topic = "t"
question = "Wie viele Leiharbeiter arbeiten in Polen?"
value = 30000
qualifier = "über"
unit = "Leiharbeiter"
"#,
    );
    let card = deck.card("zahl/value").expect("the card");
    let pool = wrong_option_pool(&deck, card, QuestionKind::MultipleChoice);
    assert!(!pool.is_empty());
    for option in pool {
        let lower_bound_below = option.starts_with("über")
            && factdeck::deck::NumberClaim::parse(&option).is_some_and(|c| c.value <= 120_000.0);
        assert!(!lower_bound_below, "{option} is true beside über 120.000");
    }
}

#[test]
fn a_percentage_is_never_offered_above_a_hundred() {
    let deck = deck_of(
        r#"[[facts]]
id = "anteil"
kind = "number"
topic = "t"
question = "Welcher Anteil des Lohns geht an das Regime?"
value = 80
qualifier = "mindestens"
unit = "Prozent"
"#,
    );
    let card = deck.card("anteil/value").expect("the card");
    for option in wrong_option_pool(&deck, card, QuestionKind::MultipleChoice) {
        let claim = factdeck::deck::NumberClaim::parse(&option).expect("a figure");
        assert!(claim.value < 100.0, "{option}");
        assert_ne!(claim.value, 80.0, "{option}");
    }
}

#[test]
fn an_item_contained_in_the_list_or_listed_as_right_is_never_offered() {
    let deck = deck_of(
        r#"[[facts]]
id = "raketen"
kind = "list"
topic = "t"
question = "Woher kam die Raketentechnik?"
name = "Lieferanten"
items = ["die ehemalige Sowjetunion", "Russland", "China"]
also_right = ["UdSSR"]
category = "Land"
ask_item = "Welches Land lieferte Raketentechnik?"
wrong_options = ["Pakistan", "Iran"]

[[facts]]
id = "verbuendete"
kind = "list"
topic = "t"
question = "Welche Verbündeten hatte Kim Il Sung?"
name = "Verbündete"
items = ["Sowjetunion", "UdSSR", "Vietnam"]
category = "Land"
ask_item = "Welchen Verbündeten hatte Kim Il Sung?"
"#,
    );
    let shown = options_shown(&deck, "raketen/items");
    assert!(
        !shown.contains("Sowjetunion"),
        "contained in an item: {shown:?}"
    );
    assert!(!shown.contains("UdSSR"), "listed as right: {shown:?}");
    assert!(
        shown.contains("Vietnam"),
        "another list's item of the category: {shown:?}"
    );
}

#[test]
fn statements_offer_only_their_own_false_variants() {
    let deck = deck_of(
        r#"[[facts]]
id = "zug"
kind = "statement"
topic = "t"
question = "Wie reist Kim?"
text = "Kim reist mit dem Zug."
false_variants = ["Kim reist mit dem Flugzeug.", "Kim reist mit dem Schiff."]

[[facts]]
id = "hut"
kind = "statement"
topic = "t"
question = "Was trug Kim?"
text = "Kim trug einen Hut."
false_variants = ["Kim trug einen Schal.", "Kim trug einen Orden."]
"#,
    );
    let shown = options_shown(&deck, "zug/statement");
    let expected: HashSet<String> = [
        "Kim reist mit dem Zug.",
        "Kim reist mit dem Flugzeug.",
        "Kim reist mit dem Schiff.",
    ]
    .map(String::from)
    .into();
    assert_eq!(shown, expected);
}

#[test]
fn variants_changing_different_places_are_asked_only_as_true_or_false() {
    let deck = deck_of(
        r#"[[facts]]
id = "zug"
kind = "statement"
topic = "t"
question = "Wie reist Kim?"
text = "Kim reist mit dem Zug nach Russland."
false_variants = ["Kim reist mit dem Flugzeug nach Russland.", "Kim reist mit dem Zug nach China."]
"#,
    );
    let card = deck.card("zug/statement").expect("the card");
    assert!(choice_question(&deck, card, &mut StdRng::seed_from_u64(2)).is_none());
    assert!(
        question_for(
            &deck,
            card,
            QuestionKind::TrueFalse,
            &mut StdRng::seed_from_u64(2)
        )
        .is_some()
    );
}

const EXPORTS: &str = r#"
[[facts]]
id = "ausfuhr"
kind = "list"
topic = "t"
question = "Was darf Nordkorea nicht ausführen?"
name = "Ausfuhrverbote"
items = ["Kohle", "Mineralien"]
ask_item = "Welche Ware darf Nordkorea laut Artikel nicht ausführen?"
item_claim = "Laut Artikel darf Nordkorea {} nicht ausführen."
wrong_options = ["Öl", "Gas"]
"#;

#[test]
fn a_list_item_is_asked_with_the_authors_question() {
    let deck = deck_of(EXPORTS);
    let card = deck.card("ausfuhr/items").expect("the card");
    let q = choice_question(&deck, card, &mut StdRng::seed_from_u64(5)).expect("a question");
    assert_eq!(
        q.prompt,
        "Welche Ware darf Nordkorea laut Artikel nicht ausführen?"
    );
}

#[test]
fn a_list_claim_puts_an_item_or_a_wrong_option_into_the_authors_sentence() {
    let deck = deck_of(EXPORTS);
    let card = deck.card("ausfuhr/items").expect("the card");
    let mut claims = HashSet::new();
    for seed in 0..60 {
        let q = question_for(
            &deck,
            card,
            QuestionKind::TrueFalse,
            &mut StdRng::seed_from_u64(seed),
        )
        .expect("a true/false question");
        let QuestionBody::TrueFalse { claim, truth, .. } = q.body else {
            panic!("true/false");
        };
        let item = claim
            .strip_prefix("Laut Artikel darf Nordkorea ")
            .and_then(|c| c.strip_suffix(" nicht ausführen."))
            .expect("the author's sentence")
            .to_string();
        assert_eq!(
            truth,
            ["Kohle", "Mineralien"].contains(&item.as_str()),
            "{claim}"
        );
        claims.insert(item);
    }
    let all: HashSet<String> = ["Kohle", "Mineralien", "Öl", "Gas"]
        .map(String::from)
        .into();
    assert_eq!(claims, all);
}

#[test]
fn a_list_without_the_authors_question_is_not_asked_item_by_item() {
    let deck = deck_of(
        r#"[[facts]]
id = "themen"
kind = "list"
topic = "t"
question = "Worüber wird gesprochen?"
name = "Themen"
items = ["Atomprogramm", "Wirtschaft"]
"#,
    );
    let card = deck.card("themen/items").expect("the card");
    let mut rng = StdRng::seed_from_u64(1);
    assert!(choice_question(&deck, card, &mut rng).is_none());
    assert!(question_for(&deck, card, QuestionKind::TrueFalse, &mut rng).is_none());
    assert!(question_for(&deck, card, QuestionKind::NameAll, &mut rng).is_some());
}

#[test]
fn background_facts_lend_no_wrong_options_to_the_articles_facts() {
    let deck = deck_of(
        r#"[[facts]]
id = "seit"
kind = "date"
topic = "t"
question = "Seit wann werden die Sanktionen verschärft?"
date = "2013-05"

[[facts]]
id = "gipfel"
kind = "date"
topic = "t"
context = true
question = "Wann war der erste Gipfel?"
date = "2014-08-12"
"#,
    );
    let card = deck.card("seit/date").expect("the card");
    let pool = wrong_option_pool(&deck, card, QuestionKind::MultipleChoice);
    assert!(!pool.is_empty());
    assert!(
        !pool.contains(&"August 2014".to_string()),
        "August 2014 comes only from a background fact here: {pool:?}"
    );
}

#[test]
fn no_made_up_date_lies_after_the_article() {
    let deck = deck_of(
        r#"[[facts]]
id = "bestaetigt"
kind = "date"
topic = "t"
question = "Wann bestätigte Maaßen die Waffengeschäfte?"
date = "2018"
"#,
    );
    let card = deck.card("bestaetigt/date").expect("the card");
    for option in wrong_option_pool(&deck, card, QuestionKind::MultipleChoice) {
        let year: i32 = option.parse().expect("a year");
        assert!(year <= 2019, "{option} lies after the article (April 2019)");
    }
}

#[test]
fn the_export_lists_every_wrong_option_a_question_may_show() {
    let deck = article_deck();
    let json = export(&[&deck], ExportFormat::Json).expect("an export");
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let exported = value["decks"][0]["questions"]
        .as_array()
        .expect("questions");
    for (question, data) in every_question(&deck, factdeck::export::EXPORT_SEED)
        .iter()
        .zip(exported)
    {
        let pool: Option<HashSet<String>> = data["wrong_option_pool"].as_array().map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        });
        match question.kind {
            QuestionKind::MultipleChoice => {
                let pool = pool.expect("a choice question carries its pool");
                let card = question.cards[0].as_str();
                let right: Vec<&str> = data["accepted_answers"]
                    .as_array()
                    .expect("answers")
                    .iter()
                    .filter_map(|v| v.as_str())
                    .collect();
                for option in options_shown(&deck, card) {
                    let is_an_answer = right.contains(&option.as_str())
                        || deck
                            .card(card)
                            .is_some_and(|c| c.answer.split(", ").any(|i| i == option));
                    assert!(
                        is_an_answer || pool.contains(&option),
                        "{card}: {option} is shown but not in the pool {pool:?}"
                    );
                }
            }
            QuestionKind::TrueFalse => assert!(pool.is_some(), "{:?}", question.cards),
            _ => assert!(pool.is_none()),
        }
    }
}

/// Checks a typed answer to the typed question of `card_id` in the shipped deck.
fn typed(card_id: &str, answer: &str) -> factdeck::quiz::Checked {
    let deck = article_deck();
    let card = deck.card(card_id).expect("the card");
    let question = question_for(
        &deck,
        card,
        QuestionKind::Typed,
        &mut StdRng::seed_from_u64(0),
    )
    .expect("a typed question");
    factdeck::quiz::check(&question, &factdeck::quiz::Response::Typed(answer.into()))
}

#[test]
fn the_real_year_is_right_where_the_article_is_wrong() {
    let checked = typed("ddr-beitritt/date", "1990");
    assert!(checked.verdict.is_right());
    let grade = checked.grade.expect("a typed answer's grade");
    assert!(grade.accepted_also, "the window shows the note with it");
    assert!(typed("ddr-beitritt/date", "1989").verdict.is_right());
    assert!(!typed("ddr-beitritt/date", "1991").verdict.is_right());
}

#[test]
fn the_core_of_a_place_and_the_authors_short_forms_are_right() {
    assert!(
        typed("un-sicherheitsrat/place", "Sicherheitsrat")
            .verdict
            .is_right()
    );
    assert!(typed("westkueste/place", "Westküste").verdict.is_right());
    assert!(typed("pazifikraum/place", "Pazifik").verdict.is_right());
    assert!(typed("pjoengjang/place", "Pyongyang").verdict.is_right());
    assert!(!typed("westkueste/place", "Ostküste").verdict.is_right());
}
