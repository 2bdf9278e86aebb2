//! Dates, with only the precision the text gives: a day of a year („am 17. Juli 1997“), a
//! month of a year („im März 2021“), a month („im Februar“, „Ende Oktober“), a year („seit
//! 2014“, „Ende 2019“, „im Sommer 1997“), a day of a month without a year („am 12.
//! November“) or a weekday („am Donnerstag“, „Mittwochmorgen“).

use super::Found;
use super::clause::{Sent, cloze_one, main_clause, wh_question};
use super::words;
use crate::deck::{FactBody, FactDate};
use std::ops::Range;

/// A date as it stands in a sentence.
struct DateAt {
    /// The tokens that give the date ("Juli 1997" in "am 17. Juli 1997").
    date: Range<usize>,
    /// The date with its preposition and modifiers ("seit dem Sommer 1997").
    phrase: Range<usize>,
    value: FactDate,
}

/// The dates of one sentence, and which tokens belong to a date (so no figure is read
/// in them).
pub fn dates(s: &Sent<'_>) -> (Vec<Found>, Vec<bool>) {
    let mut taken = vec![false; s.len()];
    let mut found = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let Some((tokens, value)) = date_at(s, i) else {
            i += 1;
            continue;
        };
        for t in tokens.clone() {
            taken[t] = true;
        }
        if let Some(value) = value {
            let phrase = phrase_start(s, tokens.start)..tokens.end;
            let date = DateAt {
                date: tokens.clone(),
                phrase,
                value,
            };
            found.push(fact(s, &date));
        }
        i = tokens.end;
    }
    (found, taken)
}

fn month_of(word: &str) -> Option<u32> {
    words::MONTHS
        .iter()
        .position(|m| *m == word)
        .map(|m| m as u32 + 1)
}

/// A weekday, alone or with a part of the day ("Mittwochmorgen").
fn weekday_of(word: &str) -> Option<u32> {
    words::WEEKDAYS
        .iter()
        .position(|d| {
            word == *d
                || word
                    .strip_prefix(d)
                    .is_some_and(|rest| words::DAY_PARTS.contains(&rest))
        })
        .map(|d| d as u32)
}

fn year_at(s: &Sent<'_>, i: usize) -> Option<i32> {
    if !s.is_number(i) || s.w(i).len() != 4 {
        return None;
    }
    let year: i32 = s.w(i).parse().ok()?;
    (1000..=2100).contains(&year).then_some(year)
}

/// The date starting at token `i`: its tokens, and its value (`None` for a day that is
/// none, „31. April“, whose tokens are still no figure).
fn date_at(s: &Sent<'_>, i: usize) -> Option<(Range<usize>, Option<FactDate>)> {
    // "17. Juli 1997", "3. Oktober".
    if s.is_number(i) && s.w(i).len() <= 2 && s.is_punct(i + 1, ".") {
        let day: u32 = s.w(i).parse().ok()?;
        let month = month_of(&s.lower(i + 2))?;
        if let Some(year) = year_at(s, i + 3) {
            let date = FactDate::parse(&format!("{year:04}-{month:02}-{day:02}")).ok();
            return Some((i..i + 4, date));
        }
        let date = FactDate::parse(&format!("--{month:02}-{day:02}")).ok();
        return Some((i..i + 3, date));
    }
    if s.is_cap(i) {
        let lower = s.lower(i);
        if let Some(month) = month_of(&lower) {
            if let Some(year) = year_at(s, i + 1) {
                return Some((i..i + 2, Some(FactDate::YearMonth(year, month))));
            }
            let introduced = i > 0
                && s.lower_in(
                    i - 1,
                    &[
                        "im",
                        "seit",
                        "bis",
                        "ab",
                        "ende",
                        "anfang",
                        "mitte",
                        "vom",
                        "zum",
                        "vergangenen",
                        "letzten",
                        "kommenden",
                        "nächsten",
                        "diesen",
                    ],
                );
            return introduced.then(|| (i..i + 1, Some(FactDate::Month(month))));
        }
        if let Some(day) = weekday_of(&lower) {
            return Some((i..i + 1, Some(FactDate::Weekday(day))));
        }
    }
    let year = year_at(s, i)?;
    // "die Saison 2017/18": a span of two years, no date of its own.
    if s.is_punct(i + 1, "/") && s.is_number(i + 2) {
        return Some((i..i + 3, None));
    }
    let context = i > 0 && s.lower_in(i - 1, words::YEAR_CONTEXT);
    let before_a_noun = s.is_cap(i + 1)
        && !words::MONTHS.contains(&s.lower(i + 1).as_str())
        && !s.lower_in(i + 1, words::DETERMINERS);
    (context || !before_a_noun).then(|| (i..i + 1, Some(FactDate::Year(year))))
}

/// Where the date's phrase begins: its preposition, article and modifiers ("seit dem
/// Sommer", "im Jahr", "bis Ende").
fn phrase_start(s: &Sent<'_>, date: usize) -> usize {
    let mut start = date;
    while start > 0 && start + 4 > date {
        let before = s.lower(start - 1);
        let modifier = [
            "jahr",
            "jahres",
            "ende",
            "anfang",
            "mitte",
            "frühjahr",
            "frühling",
            "sommer",
            "herbst",
            "winter",
            "dem",
            "des",
            "der",
            "erst",
            "bereits",
            "schon",
            "spätestens",
            "frühestens",
            "noch",
        ]
        .contains(&before.as_str());
        let preposition = [
            "im", "am", "seit", "bis", "ab", "vom", "zum", "um", "in", "von", "vor", "nach",
        ]
        .contains(&before.as_str());
        if modifier {
            start -= 1;
        } else if preposition {
            start -= 1;
            break;
        } else {
            break;
        }
    }
    start
}

/// Whether the date may belong to the noun before it rather than to the verb: it ends the
/// clause right after a noun („der erste Besuch … in Russland seit 2011“). Asking „Seit
/// wann …?“ would then change what the sentence says.
fn attached_to_a_noun(s: &Sent<'_>, clause: &super::clause::MainClause, date: &DateAt) -> bool {
    let start = date.phrase.start;
    start > clause.verb + 1 && date.phrase.end >= clause.end && s.is_cap(start - 1)
}

/// The question word for a date phrase.
fn when(s: &Sent<'_>, date: &DateAt) -> Option<String> {
    let first = s.lower(date.phrase.start);
    let modified = (date.phrase.start..date.date.start).any(|k| {
        s.lower_in(
            k,
            &[
                "ende",
                "anfang",
                "mitte",
                "frühjahr",
                "frühling",
                "sommer",
                "herbst",
                "winter",
            ],
        )
    });
    let wh = match first.as_str() {
        "seit" => "Seit wann",
        "bis" => "Bis wann",
        "ab" => "Ab wann",
        "von" | "vor" | "nach" | "um" | "zum" | "vom" => return None,
        _ if modified => "Wann",
        _ => match date.value {
            FactDate::Weekday(_) => "An welchem Tag",
            FactDate::Year(_) => "In welchem Jahr",
            FactDate::Month(_) => "In welchem Monat",
            FactDate::YearMonth(..) | FactDate::Day(..) | FactDate::MonthDay(..) => "Wann",
        },
    };
    Some(wh.to_string())
}

fn fact(s: &Sent<'_>, date: &DateAt) -> Found {
    let question = main_clause(s)
        .filter(|clause| !attached_to_a_noun(s, clause, date))
        .zip(when(s, date))
        .and_then(|(clause, wh)| wh_question(s, &clause, date.phrase.clone(), &wh));
    let question = question.unwrap_or_else(|| {
        // The gap holds the date; its preposition and modifiers stay.
        let gap_start = if matches!(date.value, FactDate::Day(..) | FactDate::MonthDay(..)) {
            date.date.start
        } else {
            date.date.start.max(date.phrase.start)
        };
        cloze_one(s, gap_start..date.date.end, "Ergänze: ")
    });
    Found {
        sentence: s.index,
        key: date.phrase.clone(),
        body: FactBody::Date {
            question,
            date: date.value,
            event: None,
        },
    }
}
