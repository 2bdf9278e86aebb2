//! Any typed answer against any expected answer (a number, a date, a word or name, a
//! list): the grader gives a verdict with a score between 0 and 1 and never panics, and
//! spaces around the answer never change the verdict.

#![no_main]

use factdeck_fuzz::deck::FactDate;
use factdeck_fuzz::grade::{Expected, TextKind, answer_marks, char_diff, grade};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u8, f64, String, Vec<String>, String)| {
    let (kind, value, text, items, given) = input;
    let expected = match kind % 4 {
        0 if value.is_finite() => Expected::Number {
            value,
            qualifier: items.first().cloned(),
            unit: items.get(1).cloned(),
        },
        1 => match FactDate::parse(&text) {
            Ok(date) => Expected::Date {
                date,
                also: items.iter().filter_map(|i| FactDate::parse(i).ok()).collect(),
            },
            Err(_) => return,
        },
        2 if !text.trim().is_empty() => Expected::Text {
            answer: text,
            also: items,
            kind: if value.is_sign_negative() {
                TextKind::Name
            } else {
                TextKind::Term
            },
        },
        3 if !items.is_empty() => Expected::List(items),
        _ => return,
    };
    let verdict = grade(&expected, &given);
    assert!(
        verdict.score.is_finite() && (0.0..=1.0).contains(&verdict.score),
        "score {}",
        verdict.score
    );
    let padded = grade(&expected, &format!("  {given}\t"));
    assert_eq!(
        verdict.verdict, padded.verdict,
        "spaces around {given:?} changed the verdict"
    );
    let _ = expected.accepted_examples();
    let _ = char_diff(&given, &expected.shown());
    let _ = answer_marks(&given, &expected.shown());
});
