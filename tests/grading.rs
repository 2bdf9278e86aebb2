//! The grading table: typed answers to the article's questions and how each must be judged.
//! Every row is something a learner could type; the verdict is what a fair teacher would
//! give.

use factdeck::deck::FactDate;
use factdeck::grade::{DiffKind, Expected, Note, TextKind, Verdict, grade};

use Verdict::{Almost, Partial, Right, Wrong};

fn number(value: f64, qualifier: Option<&str>, unit: Option<&str>) -> Expected {
    Expected::Number {
        value,
        qualifier: qualifier.map(str::to_string),
        unit: unit.map(str::to_string),
    }
}

fn fact_date(text: &str) -> FactDate {
    FactDate::parse(text).expect("a valid date")
}

fn date(text: &str) -> Expected {
    Expected::Date {
        date: fact_date(text),
        also: Vec::new(),
    }
}

/// A date the article gets wrong, with the real one accepted beside it.
fn date_also(article: &str, real: &str) -> Expected {
    Expected::Date {
        date: fact_date(article),
        also: vec![fact_date(real)],
    }
}

/// A term or place: its core is enough.
fn text(answer: &str) -> Expected {
    text_also(answer, &[])
}

fn text_also(answer: &str, also: &[&str]) -> Expected {
    Expected::Text {
        answer: answer.into(),
        also: also.iter().map(|a| a.to_string()).collect(),
        kind: TextKind::Term,
    }
}

/// A person's name, with the forms accepted beside it (a surname alone).
fn person(answer: &str, also: &[&str]) -> Expected {
    Expected::Text {
        answer: answer.into(),
        also: also.iter().map(|a| a.to_string()).collect(),
        kind: TextKind::Name,
    }
}

fn list(items: &[&str]) -> Expected {
    Expected::List(items.iter().map(|i| i.to_string()).collect())
}

#[test]
fn every_answer_in_the_table_gets_the_verdict_a_fair_teacher_would_give() {
    let workers = number(120_000.0, Some("über"), Some("Leiharbeiter"));
    let share = number(80.0, Some("mindestens"), Some("Prozent"));
    let rent = number(40_000.0, Some("circa"), Some("Euro"));
    let since = date("2013");
    let hanoi_month = date("--02");
    let press = date("2017-12");
    let meeting = date("2019-04-25");
    let weekday = date("Donnerstag");
    let banker = person("Kim Kwang-jin", &[]);
    let maassen = person("Hans-Georg Maaßen", &["Maaßen"]);
    let leader = person("Kim Jong Un", &[]);
    let council = text("UN-Sicherheitsrat");
    let coast = text("Westküste der USA");
    let town = text("Chassan");
    let capital = text("Pjöngjang");
    let exports = list(&["Kohle", "Mineralien", "landwirtschaftliche Produkte"]);
    let imports = list(&["Öl", "Gas"]);
    let talks = list(&[
        "Nordkoreas Atomprogramm",
        "wirtschaftliche Zusammenarbeit beider Länder",
    ]);

    let table: &[(&Expected, &str, Verdict)] = &[
        // Numbers: the figure exactly; grouping, qualifier and unit as the learner likes.
        (&workers, "120000", Right),
        (&workers, "120.000", Right),
        (&workers, "120 000", Right),
        (&workers, "über 120.000", Right),
        (&workers, "Über 120.000 Leiharbeiter", Right),
        (&workers, "mehr als 120000", Right),
        (&workers, "120 Tausend", Right),
        (&workers, "120,000", Right),
        (&workers, "ueber 120.000", Right),
        (&workers, "12.000", Wrong),
        (&workers, "120.001", Wrong),
        (&workers, "1200000", Wrong),
        (&workers, "unter 120.000", Wrong),
        (&workers, "viele", Wrong),
        (&workers, "", Wrong),
        (&share, "80", Right),
        (&share, "80 %", Right),
        (&share, "80%", Right),
        (&share, "mindestens 80 Prozent", Right),
        (&share, "höchstens 80 Prozent", Wrong),
        (&share, "90", Wrong),
        (&share, "8", Wrong),
        (&rent, "40.000", Right),
        (&rent, "ca. 40.000 Euro", Right),
        (&rent, "circa 40000 €", Right),
        (&rent, "etwa 40 000", Right),
        (&rent, "4.000", Wrong),
        // Dates: as precise as the fact, in the forms Germans write.
        (&since, "2013", Right),
        (&since, "seit 2013", Right),
        (&since, "im Jahr 2013", Right),
        (&since, "2012", Wrong),
        (&since, "13", Wrong),
        (&hanoi_month, "Februar", Right),
        (&hanoi_month, "februar", Right),
        (&hanoi_month, "im Februar", Right),
        (&hanoi_month, "Feb.", Right),
        (&hanoi_month, "Februar 2019", Right),
        (&hanoi_month, "02/2019", Right),
        (&hanoi_month, "Febraur", Almost),
        (&hanoi_month, "März", Wrong),
        (&press, "Dezember 2017", Right),
        (&press, "12/2017", Right),
        (&press, "2017-12", Right),
        (&press, "Dezember", Partial),
        (&press, "2017", Partial),
        (&press, "Dezember 2018", Wrong),
        (&press, "November 2017", Wrong),
        (&meeting, "25. April 2019", Right),
        (&meeting, "25.04.2019", Right),
        (&meeting, "25.4.2019", Right),
        (&meeting, "2019-04-25", Right),
        (&meeting, "25. April", Partial),
        (&meeting, "26. April 2019", Wrong),
        (&weekday, "Donnerstag", Right),
        (&weekday, "am Donnerstag", Right),
        (&weekday, "Donnerstg", Almost),
        (&weekday, "Freitag", Wrong),
        // Names and words: case, punctuation, umlaut spellings and hyphens do not count;
        // one typo in a word of five letters or more is "almost".
        (&banker, "Kim Kwang-jin", Right),
        (&banker, "kim kwang jin", Right),
        (&banker, "Kim Kwangjin", Almost),
        (&banker, "Kim Kwang-jim", Wrong),
        (&banker, "Kim Jong Un", Wrong),
        (&maassen, "Hans-Georg Maaßen", Right),
        (&maassen, "Hans Georg Maassen", Right),
        (&maassen, "hans-georg maaßen.", Right),
        (&maassen, "Maaßen", Right),
        (&maassen, "Maassen", Right),
        (&maassen, "Masen", Wrong),
        (&maassen, "Maasen", Almost),
        (&maassen, "Hans-Georg Maßen", Almost),
        (&town, "Chassan", Right),
        (&town, "  chassan! ", Right),
        (&town, "Chasan", Almost),
        (&town, "Chassna", Almost),
        (&town, "Chabarowsk", Wrong),
        (&capital, "Pjöngjang", Right),
        (&capital, "Pjoengjang", Right),
        (&capital, "Pjongjang", Almost),
        (&capital, "Pyongyang", Wrong),
        // A person's name is never shortened: „Kim Jong“ could be Kim Jong Il.
        (&leader, "Kim Jong Un", Right),
        (&leader, "Kim Jong", Wrong),
        (&leader, "Jong Un", Wrong),
        // The core of a term is enough: a leading abbreviation or a trailing genitive may
        // be left out, but not the head.
        (&council, "UN-Sicherheitsrat", Right),
        (&council, "Sicherheitsrat", Right),
        (&council, "der Sicherheitsrat", Right),
        (&council, "Sicherheitsrt", Almost),
        (&council, "UN", Wrong),
        (&council, "Rat", Wrong),
        (&coast, "Westküste der USA", Right),
        (&coast, "Westküste", Right),
        (&coast, "die Westkueste", Right),
        (&coast, "Ostküste", Wrong),
        (&coast, "USA", Wrong),
        // Lists: any order, any separator, credit item by item.
        (
            &exports,
            "Kohle, Mineralien, landwirtschaftliche Produkte",
            Right,
        ),
        (
            &exports,
            "landwirtschaftliche Produkte und Kohle und Mineralien",
            Right,
        ),
        (
            &exports,
            "Mineralien\nKohle\nlandwirtschaftliche Produkte",
            Right,
        ),
        (
            &exports,
            "Kohle, Mineralen, landwirtschaftliche Produkte",
            Almost,
        ),
        (&exports, "Kohle, Mineralien", Partial),
        (&exports, "Kohle", Partial),
        (
            &exports,
            "Kohle, Mineralien, landwirtschaftliche Produkte, Waffen",
            Partial,
        ),
        (&exports, "Öl, Gas", Wrong),
        (&imports, "Öl und Gas", Right),
        (&imports, "Oel, Gas", Right),
        (&imports, "Gs, Ol", Wrong),
        (
            &talks,
            "Atomprogramm, wirtschaftliche Zusammenarbeit",
            Right,
        ),
        (&talks, "Nordkoreas", Wrong),
    ];
    assert!(table.len() >= 60, "the table keeps at least 60 cases");
    let mut failures = Vec::new();
    for (expected, given, verdict) in table {
        let got = grade(expected, given);
        if got.verdict != *verdict {
            failures.push(format!(
                "{:?} for {:?}: expected {:?}, got {:?} ({:?})",
                given,
                expected.shown(),
                verdict,
                got.verdict,
                got.note
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases judged wrongly:\n{}",
        failures.len(),
        table.len(),
        failures.join("\n")
    );
}

#[test]
fn a_partly_named_list_shows_each_item_found_or_missing() {
    let exports = list(&["Kohle", "Mineralien", "landwirtschaftliche Produkte"]);
    let graded = grade(&exports, "mineralien, Kohle, Waffen");
    let found: Vec<(&str, Option<&str>)> = graded
        .items
        .iter()
        .map(|i| (i.expected.as_str(), i.given.as_deref()))
        .collect();
    assert_eq!(
        found,
        [
            ("Kohle", Some("Kohle")),
            ("Mineralien", Some("mineralien")),
            ("landwirtschaftliche Produkte", None)
        ]
    );
    assert_eq!(graded.extra, ["Waffen"]);
    assert_eq!(graded.verdict, Verdict::Partial);
}

#[test]
fn a_partly_named_list_scores_the_share_of_the_items_asked() {
    let exports = list(&["Kohle", "Mineralien", "landwirtschaftliche Produkte"]);
    let graded = grade(&exports, "Kohle, Mineralien, Waffen");
    assert!(
        (graded.score - 2.0 / 3.0).abs() < 1e-6,
        "2 of 3 items, whatever else was named: {}",
        graded.score
    );
    assert_eq!(
        graded.note,
        Some(Note::Items {
            named: 2,
            asked: 3,
            extra: 1
        })
    );
}

#[test]
fn an_item_not_on_the_list_costs_no_credit_but_keeps_the_answer_partly_right() {
    let exports = list(&["Kohle", "Mineralien", "landwirtschaftliche Produkte"]);
    let graded = grade(
        &exports,
        "Kohle, Mineralien, landwirtschaftliche Produkte, Öl",
    );
    assert_eq!(graded.score, 1.0);
    assert_eq!(graded.verdict, Verdict::Partial);
    assert_eq!(graded.extra, ["Öl"]);
    assert_eq!(
        graded.note,
        Some(Note::Items {
            named: 3,
            asked: 3,
            extra: 1
        })
    );
}

#[test]
fn an_empty_list_answer_lists_every_item_as_missing() {
    let exports = list(&["Kohle", "Mineralien", "landwirtschaftliche Produkte"]);
    let graded = grade(&exports, "  \n ");
    assert_eq!(graded.verdict, Verdict::Wrong);
    assert_eq!(graded.note, Some(Note::NoAnswer));
    let missing: Vec<(&str, Option<&str>, Verdict)> = graded
        .items
        .iter()
        .map(|i| (i.expected.as_str(), i.given.as_deref(), i.verdict))
        .collect();
    assert_eq!(
        missing,
        [
            ("Kohle", None, Verdict::Wrong),
            ("Mineralien", None, Verdict::Wrong),
            ("landwirtschaftliche Produkte", None, Verdict::Wrong)
        ]
    );
}

#[test]
fn an_empty_typed_answer_is_wrong_and_keeps_the_right_answer() {
    let graded = grade(&text("UN-Sicherheitsrat"), " ");
    assert_eq!(graded.verdict, Verdict::Wrong);
    assert_eq!(graded.note, Some(Note::NoAnswer));
    assert_eq!(graded.expected, "UN-Sicherheitsrat");
}

#[test]
fn a_leading_abbreviation_may_be_left_out() {
    for (answer, core) in [
        ("UN-Sicherheitsrat", "Sicherheitsrat"),
        ("US-Präsident", "Präsident"),
        ("EU-Kommission", "Kommission"),
    ] {
        let graded = grade(&text(answer), core);
        assert_eq!(graded.verdict, Verdict::Right, "{core} for {answer}");
        // Right by rule, not by an alternative: nothing to explain.
        assert_eq!(graded.note, None);
        assert!(!graded.accepted_also);
    }
}

#[test]
fn a_trailing_genitive_may_be_left_out() {
    assert_eq!(
        grade(&text("Westküste der USA"), "Westküste").verdict,
        Verdict::Right
    );
    assert_eq!(
        grade(&text("Frankfurt am Main"), "Frankfurt").verdict,
        Verdict::Right
    );
}

#[test]
fn a_core_too_short_or_too_generic_is_not_enough() {
    assert_eq!(grade(&text("UN-Rat"), "Rat").verdict, Verdict::Wrong);
    assert_eq!(
        grade(&text("Platz des Himmlischen Friedens"), "Platz").verdict,
        Verdict::Wrong
    );
    assert_eq!(grade(&text("U-Boot"), "Boot").verdict, Verdict::Wrong);
}

#[test]
fn a_persons_name_is_never_shortened() {
    assert_eq!(
        grade(&person("Kim Jong Un", &[]), "Kim Jong").verdict,
        Verdict::Wrong
    );
    assert_eq!(
        grade(&person("Ursula von der Leyen", &[]), "Ursula").verdict,
        Verdict::Wrong
    );
    assert_eq!(
        grade(&person("US-Präsident Donald Trump", &[]), "Donald Trump").verdict,
        Verdict::Wrong,
        "a name is given whole or as a form the deck lists"
    );
}

#[test]
fn a_compound_is_not_cut_but_a_short_form_the_author_lists_is_accepted_and_says_so() {
    assert_eq!(
        grade(&text("Pazifikraum"), "Pazifik").verdict,
        Verdict::Wrong
    );
    let graded = grade(&text_also("Pazifikraum", &["Pazifik"]), "Pazifik");
    assert_eq!(graded.verdict, Verdict::Right);
    assert!(graded.accepted_also);
    assert_eq!(
        graded.note,
        Some(Note::AcceptedAlso {
            article: "Pazifikraum".into()
        })
    );
}

#[test]
fn a_surname_alone_is_accepted_through_also_and_says_so() {
    let graded = grade(&person("Hans-Georg Maaßen", &["Maaßen"]), "Maassen");
    assert_eq!(graded.verdict, Verdict::Right);
    assert!(graded.accepted_also);
}

#[test]
fn the_real_date_beside_a_wrong_one_in_the_article_is_right_and_says_so() {
    let reunification = date_also("1989", "1990");
    let graded = grade(&reunification, "1990");
    assert_eq!(graded.verdict, Verdict::Right);
    assert!(graded.accepted_also);
    assert_eq!(
        graded.note,
        Some(Note::AcceptedAlso {
            article: "1989".into()
        })
    );
    assert_eq!(graded.expected, "1989", "the article's date is still shown");
}

#[test]
fn the_articles_own_date_stays_right_when_another_is_accepted() {
    let graded = grade(&date_also("1989", "1990"), "1989");
    assert_eq!(graded.verdict, Verdict::Right);
    assert!(!graded.accepted_also);
    assert_eq!(graded.note, None);
}

#[test]
fn a_date_neither_in_the_article_nor_accepted_beside_it_is_wrong() {
    let graded = grade(&date_also("1989", "1990"), "1991");
    assert_eq!(graded.verdict, Verdict::Wrong);
    assert!(!graded.accepted_also);
}

#[test]
fn an_almost_right_name_says_how_it_is_spelled() {
    let graded = grade(&text("Chassan"), "Chasan");
    assert_eq!(
        graded.note,
        Some(Note::Almost {
            answer: "Chassan".into()
        })
    );
    assert_eq!(graded.score, 1.0);
}

#[test]
fn a_number_with_the_opposite_qualifier_is_explained() {
    let graded = grade(&number(120_000.0, Some("über"), None), "unter 120.000");
    assert_eq!(graded.verdict, Verdict::Wrong);
    assert_eq!(
        graded.note,
        Some(Note::OppositeQualifier {
            article: "über 120.000".into()
        })
    );
}

/// The marked right answer as text, with what the learner lacked in brackets.
fn marked(expected: &Expected, given: &str) -> String {
    expected
        .marks(given)
        .iter()
        .map(|span| match span.kind {
            DiffKind::Missing => format!("[{}]", span.text),
            _ => span.text.clone(),
        })
        .collect()
}

#[test]
fn the_right_answer_is_marked_with_the_letters_the_learner_missed() {
    assert_eq!(marked(&text("Chassan"), "Chasan"), "Chas[s]an");
    assert_eq!(marked(&text("Hanoi"), "Hanoy"), "Hano[i]");
}

#[test]
fn a_qualifier_left_out_is_not_marked_as_missed() {
    assert_eq!(
        marked(&text("UN-Sicherheitsrat"), "Sicherheitsrt"),
        "UN-Sicherheitsr[a]t"
    );
    assert_eq!(
        marked(&person("Hans-Georg Maaßen", &["Maaßen"]), "Maasen"),
        "Hans-Georg Maa[ß]en"
    );
    // A wrong answer is compared with the whole.
    assert!(marked(&text("UN-Sicherheitsrat"), "Sicherheitsamt").starts_with("[UN-]"));
}
