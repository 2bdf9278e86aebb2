//! Grading a typed date against a fact's date, with the precision the fact has: a year
//! fact wants the year, a month fact the month ("Februar", "Februar 2019", "02/2019"),
//! a day fact day, month and year, a weekday fact the weekday. A part given and wrong
//! makes the answer wrong; a part left out makes it partly right.

use super::normalize::fold;
use super::words::TYPO_MIN_LETTERS;
use super::{Grade, Note, Verdict};
use crate::deck::{FactDate, GERMAN_MONTHS, GERMAN_WEEKDAYS};
use chrono::Datelike;

/// Words around a date that carry nothing ("im Jahr 2013", "seit Februar").
const FILLER: [&str; 9] = [
    "im", "am", "in", "seit", "ab", "bis", "jahr", "jahre", "den",
];

/// A typed date: the parts the learner gave, each with whether it needed a typo forgiven.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct TypedDate {
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    weekday: Option<u32>,
    typo: bool,
}

/// A month or weekday name, full or abbreviated to three letters or more, one typo allowed in
/// names of five letters or more. Returns the number (months from 1, weekdays from 0) and
/// whether a typo was forgiven.
fn name_index(word: &str, names: &[&str], first: u32) -> Option<(u32, bool)> {
    let folded = fold(word);
    // "maerz", "marz" and "märz" are all March.
    let folded = if folded == "marz" {
        "maerz".to_string()
    } else {
        folded
    };
    for (i, name) in names.iter().enumerate() {
        let full = fold(name);
        // "Feb", "Sept", "Donn": any beginning of three letters or more names one month.
        if folded == full || (folded.len() >= 3 && full.starts_with(&folded)) {
            return Some((i as u32 + first, false));
        }
    }
    let close: Vec<usize> = names
        .iter()
        .enumerate()
        .filter(|(_, name)| {
            name.chars().count() >= TYPO_MIN_LETTERS
                && strsim::damerau_levenshtein(&folded, &fold(name)) == 1
        })
        .map(|(i, _)| i)
        .collect();
    match close.as_slice() {
        [i] => Some((*i as u32 + first, true)),
        _ => None,
    }
}

fn number(text: &str, digits: std::ops::RangeInclusive<usize>) -> Option<u32> {
    (digits.contains(&text.len()) && text.chars().all(|c| c.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// Reads a typed date; `None` when some part of it is not a date.
fn read(given: &str) -> Option<TypedDate> {
    let mut text = given.trim().trim_end_matches(['.', '!', '?']).trim();
    // "am 12.11.", "seit 02/2019": the words before a numeric date carry nothing.
    while let Some((first, rest)) = text.split_once(' ')
        && FILLER.contains(&fold(first).as_str())
    {
        text = rest.trim_start();
    }
    let mut date = TypedDate::default();
    // Numeric forms first: 2019-02-25, 2019-02, 25.04.2019, 02/2019, 02.2019, 25.4.
    let numeric: Vec<&str> = text.split(['-', '.', '/']).collect();
    if numeric.len() > 1
        && numeric
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    {
        let year = |s: &str| number(s, 4..=4).map(|y| y as i32);
        let month = |s: &str| number(s, 1..=2).filter(|m| (1..=12).contains(m));
        let day = |s: &str| number(s, 1..=2).filter(|d| (1..=31).contains(d));
        match numeric.as_slice() {
            [y, m] if year(y).is_some() => (date.year, date.month) = (year(y), Some(month(m)?)),
            [m, y] if year(y).is_some() => (date.month, date.year) = (Some(month(m)?), year(y)),
            [d, m] => (date.day, date.month) = (Some(day(d)?), Some(month(m)?)),
            [y, m, d] if year(y).is_some() => {
                (date.year, date.month, date.day) = (year(y), Some(month(m)?), Some(day(d)?));
            }
            [d, m, y] => {
                (date.day, date.month, date.year) =
                    (Some(day(d)?), Some(month(m)?), Some(year(y)?));
            }
            _ => return None,
        }
        return Some(date);
    }
    // Words: "25. April 2019", "Februar 2019", "im Februar", "am Donnerstag", "2013".
    for word in text.split([' ', ',']).filter(|w| !w.is_empty()) {
        let bare = word.trim_end_matches('.');
        if FILLER.contains(&fold(bare).as_str()) {
            continue;
        }
        if let Some(y) = number(bare, 4..=4) {
            date.year.replace(y as i32).is_none().then_some(())?;
        } else if let Some(d) = number(bare, 1..=2).filter(|d| (1..=31).contains(d)) {
            date.day.replace(d).is_none().then_some(())?;
        } else if let Some((m, typo)) = name_index(bare, &GERMAN_MONTHS, 1) {
            date.month.replace(m).is_none().then_some(())?;
            date.typo |= typo;
        } else if let Some((w, typo)) = name_index(bare, &GERMAN_WEEKDAYS, 0) {
            date.weekday.replace(w).is_none().then_some(())?;
            date.typo |= typo;
        } else {
            return None;
        }
    }
    (date != TypedDate::default()).then_some(date)
}

/// Grades a date against the fact's date and the dates accepted beside it (`also`, the
/// real date where the article is wrong). The fact's own date wins a tie; an answer that
/// fits an alternative better is graded by it and says so.
pub fn grade_with_also(expected: FactDate, also: &[FactDate], shown: &str, given: &str) -> Grade {
    let own = grade(expected, shown, given);
    let rank = |verdict: Verdict| match verdict {
        Verdict::Wrong => 0,
        Verdict::Partial => 1,
        Verdict::Almost => 2,
        Verdict::Right => 3,
    };
    let mut best = own;
    for alternative in also {
        let candidate = grade(*alternative, &alternative.to_string(), given);
        if rank(candidate.verdict) > rank(best.verdict) {
            best = Grade {
                expected: shown.to_string(),
                accepted_also: true,
                note: match candidate.verdict {
                    Verdict::Right => Some(Note::AcceptedAlso {
                        article: shown.to_string(),
                    }),
                    _ => candidate.note.clone(),
                },
                ..candidate
            };
        }
    }
    best
}

pub fn grade(expected: FactDate, shown: &str, given: &str) -> Grade {
    let wrong = |note: Option<Note>| Grade {
        note,
        ..Grade::new(Verdict::Wrong, 0.0, shown)
    };
    let Some(typed) = read(given) else {
        return wrong(Some(Note::NoDate));
    };
    // The parts the fact has, each compared with what was typed.
    let (year, month, day, weekday) = match expected {
        FactDate::Year(y) => (Some(y), None, None, None),
        FactDate::YearMonth(y, m) => (Some(y), Some(m), None, None),
        FactDate::Month(m) => (None, Some(m), None, None),
        FactDate::Day(y, m, d) => {
            let weekday = chrono::NaiveDate::from_ymd_opt(y, m, d)
                .map(|date| date.weekday().num_days_from_monday());
            (Some(y), Some(m), Some(d), weekday)
        }
        FactDate::Weekday(w) => (None, None, None, Some(w)),
        FactDate::MonthDay(m, d) => (None, Some(m), Some(d), None),
    };
    let parts = [
        (year.map(|y| y as u32), typed.year.map(|y| y as u32)),
        (month, typed.month),
        (day, typed.day),
    ];
    let mut needed = 0;
    let mut matched = 0;
    for (want, got) in parts {
        match (want, got) {
            (Some(w), Some(g)) if w != g => return wrong(None),
            (Some(_), Some(_)) => {
                needed += 1;
                matched += 1;
            }
            (Some(_), None) => needed += 1,
            // A part the fact does not have cannot be checked, and is not held against
            // the learner ("Februar 2019" for a fact that says only "im Februar").
            (None, _) => {}
        }
    }
    match (weekday, typed.weekday) {
        (Some(w), Some(g)) if w != g => return wrong(None),
        (Some(_), Some(_)) if matches!(expected, FactDate::Weekday(_)) => {
            needed += 1;
            matched += 1;
        }
        (Some(_), None) if matches!(expected, FactDate::Weekday(_)) => needed += 1,
        _ => {}
    }
    if matched == 0 {
        return wrong(None);
    }
    if matched < needed {
        let mut grade = Grade::new(Verdict::Partial, matched as f32 / needed as f32, shown);
        grade.note = Some(Note::PartialDate {
            full: shown.to_string(),
        });
        return grade;
    }
    if typed.typo {
        let mut grade = Grade::new(Verdict::Almost, 1.0, shown);
        grade.note = Some(Note::Almost {
            answer: shown.to_string(),
        });
        return grade;
    }
    Grade::new(Verdict::Right, 1.0, shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_and_written_forms_are_read() {
        let feb_2019 = TypedDate {
            year: Some(2019),
            month: Some(2),
            ..TypedDate::default()
        };
        assert_eq!(read("02/2019"), Some(feb_2019));
        assert_eq!(read("2019-02"), Some(feb_2019));
        assert_eq!(read("Februar 2019"), Some(feb_2019));
        assert_eq!(read("im Feb. 2019"), Some(feb_2019));
        assert_eq!(read("Frühjahr"), None);
    }

    #[test]
    fn a_day_of_a_month_without_a_year_wants_day_and_month() {
        let expected = FactDate::MonthDay(11, 12);
        let verdict = |given: &str| grade(expected, "12. November", given).verdict;
        assert_eq!(verdict("12. November"), Verdict::Right);
        assert_eq!(verdict("am 12.11."), Verdict::Right);
        assert_eq!(
            verdict("12.11.2019"),
            Verdict::Right,
            "a year is not held against"
        );
        assert_eq!(verdict("November"), Verdict::Partial);
        assert_eq!(verdict("13. November"), Verdict::Wrong);
        assert_eq!(verdict("12. Oktober"), Verdict::Wrong);
    }
}
