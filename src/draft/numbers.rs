//! Figures: a number with its qualifier and unit („mehr als 110.000 Menschen“, „rund 2,3
//! Milliarden Euro“, „zwei Drittel“, „mindestens 80 Prozent“). Years, days of a date,
//! ordinals and labels („Alarmstufe 4“) are not figures; a number word counts only before
//! a magnitude or a fraction („sechs Millionen“, „drei Viertel“).

use super::Found;
use super::clause::{Sent, cloze_one, main_clause, starts_with_qualifier, wh_question};
use super::words;
use crate::deck::{FactBody, parse_number};
use std::ops::Range;

/// A figure as it stands in a sentence.
struct Figure {
    /// The qualifier's first token (or the number's, without one).
    start: usize,
    /// Where the number itself starts and ends (with a magnitude word).
    number: Range<usize>,
    /// The token after the unit.
    end: usize,
    /// The token after a genitive that follows the unit ("80 Prozent des Gehaltes").
    genitive_end: usize,
    qualifier: Option<String>,
    value: f64,
    unit: Option<String>,
    /// Counted in parts of a whole ("zwei Drittel", "die Hälfte"): asked as a cloze only.
    fraction: bool,
}

/// The figures of one sentence; `taken` marks tokens that belong to dates.
pub fn numbers(s: &Sent<'_>, taken: &[bool]) -> Vec<Found> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < s.len() {
        if taken.get(i).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        match figure_at(s, i) {
            Some(figure) => {
                let next = figure.end;
                found.push(fact(s, &figure));
                i = next;
            }
            None => i += 1,
        }
    }
    found
}

fn number_word(word: &str) -> Option<f64> {
    words::NUMBER_WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, v)| *v)
}

fn magnitude(word: &str) -> Option<f64> {
    words::MAGNITUDES
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, v)| *v)
}

/// The figure whose number stands at `i`, if it is one.
fn figure_at(s: &Sent<'_>, i: usize) -> Option<Figure> {
    let lower = s.lower(i);
    // "die Hälfte": half, written as fifty per cent.
    if lower == "hälfte" && s.lower_in(i.wrapping_sub(1), &["die", "der"]) && i > 0 {
        let start = qualifier_before(s, i - 1).unwrap_or(i - 1);
        let qualifier = (start < i - 1).then(|| s.slice(start, i - 1).to_lowercase());
        return Some(Figure {
            start,
            number: i - 1..i + 1,
            end: i + 1,
            genitive_end: genitive_after(s, i + 1),
            qualifier,
            value: 50.0,
            unit: Some("Prozent".to_string()),
            fraction: true,
        });
    }
    let (mut value, spelled) = if s.is_number(i) {
        (parse_number(s.w(i))?, false)
    } else if s.is_word(i) {
        (number_word(&lower)?, true)
    } else {
        return None;
    };
    // "17. Juli", "der 3. Gipfel": a stop right after the number inside the sentence.
    if s.is_punct(i + 1, ".") && i + 2 < s.len() {
        return None;
    }
    // "Alarmstufe 4", "Artikel 5": a label, not a quantity.
    if i > 0 && s.is_cap(i - 1) {
        let before = s.lower(i - 1);
        if words::LABEL_NOUN_ENDINGS
            .iter()
            .any(|e| before.ends_with(e))
        {
            return None;
        }
    }
    let mut j = i + 1;
    let mut magnified = false;
    if let Some(m) = magnitude(&s.lower(j)) {
        value *= m;
        j += 1;
        magnified = true;
        if s.is_punct(j, ".") && s.lower(j - 1).len() <= 3 {
            j += 1;
        }
    }
    let number_end = j;
    let next = s.lower(j);
    let (unit, end, fraction) = if s.is_punct(j, "%") {
        (Some("Prozent".to_string()), j + 1, false)
    } else if s.is_punct(j, "€") {
        (Some("Euro".to_string()), j + 1, false)
    } else if words::FRACTIONS.contains(&next.as_str()) {
        (Some(s.w(j).to_string()), j + 1, true)
    } else {
        // Up to two adjectives and a noun: "200 weitere Gemeinden", "14 Dörfer".
        let mut k = j;
        while k < j + 2
            && (s.is_adjective(k)
                || s.lower_in(k, &["weitere", "weiteren", "zusätzliche", "zusätzlichen"]))
        {
            k += 1;
        }
        let month_or_day = words::MONTHS.contains(&s.lower(k).as_str())
            || words::WEEKDAYS.contains(&s.lower(k).as_str());
        if s.is_cap(k) && !month_or_day && !s.lower_in(k, words::DETERMINERS) {
            // "Liter Regen": the substance a measure measures.
            let substance =
                s.lower_in(k, words::MEASURES) && s.is_cap(k + 1) && !s.is_punct(k + 2, ".")
                    || s.lower_in(k, words::MEASURES) && s.is_cap(k + 1) && s.is_punct(k + 2, ".");
            let k = if substance && s.article.lexicon.capitalised_inside(s.w(k + 1)) {
                k + 1
            } else {
                k
            };
            let unit = s.slice(j, k + 1);
            let plain = words::UNIT_PLAIN_FORMS
                .iter()
                .find(|(form, _)| unit.to_lowercase() == *form)
                .map_or(unit.to_string(), |(_, plain)| plain.to_string());
            (Some(plain), k + 1, false)
        } else {
            (None, j, false)
        }
    };
    if spelled && !magnified && !fraction && unit.as_deref() != Some("Prozent") {
        return None;
    }
    // "um 14 Uhr" is a time of day, not a quantity.
    if unit
        .as_deref()
        .is_some_and(|u| u.eq_ignore_ascii_case("uhr"))
    {
        return None;
    }
    unit.as_ref()?;
    let start = qualifier_before(s, i).unwrap_or(i);
    let qualifier = (start < i).then(|| s.slice(start, i).to_lowercase());
    Some(Figure {
        start,
        number: i..number_end,
        end,
        genitive_end: genitive_after(s, end),
        qualifier,
        value,
        unit,
        fraction,
    })
}

/// The start of a qualifier that ends right before `i` ("mehr als", "rund", "bis zu").
fn qualifier_before(s: &Sent<'_>, i: usize) -> Option<usize> {
    (1..=3)
        .filter(|&n| n <= i)
        .map(|n| i - n)
        .find(|&start| starts_with_qualifier(s, start) == Some(i - start))
}

/// The token after a genitive phrase starting at `i` ("des Gehaltes", "der Deiche").
fn genitive_after(s: &Sent<'_>, i: usize) -> usize {
    if !s.lower_in(i, &["des", "der", "eines", "einer"]) {
        return i;
    }
    let mut k = i + 1;
    while s.is_adjective(k) {
        k += 1;
    }
    if s.is_cap(k) { k + 1 } else { i }
}

/// The question word for a figure's unit.
fn how_many(unit: &str, verb: &str) -> String {
    let lower = unit.to_lowercase();
    let last = lower.split_whitespace().last().unwrap_or("");
    if last == "prozent" || last == "prozentpunkte" {
        return format!("Wie viel {unit}");
    }
    if words::CURRENCIES.contains(&last) {
        let measuring = [
            "beträgt", "betrug", "betragen", "betrugen", "kostet", "kostete", "kosten",
        ];
        return if measuring.contains(&verb) {
            "Wie viel".to_string()
        } else {
            "Wie viel Geld".to_string()
        };
    }
    format!("Wie viele {unit}")
}

fn fact(s: &Sent<'_>, figure: &Figure) -> Found {
    let unit = figure.unit.clone().unwrap_or_default();
    // "von 6,12 Metern", "auf deutlich unter 2 Grad", "die 14 Dörfer": the figure belongs
    // to a phrase that a question word cannot replace.
    let spoken_by_preposition = (figure.start.saturating_sub(2)..figure.start).any(|k| {
        s.lower_in(k, words::PREPOSITIONS)
            || (k + 1 == figure.start && s.lower_in(k, words::DETERMINERS))
    });
    // "liegt unter 40 Prozent": "unter" is the verb's preposition there, and „Wie viel
    // Prozent liegt …?“ would not be German.
    let prepositional_verb = |verb: &str| {
        [
            "liegt", "lag", "liegen", "lagen", "steigt", "stieg", "sinkt", "sank", "fällt", "fiel",
        ]
        .contains(&verb)
    };
    let bound = figure
        .qualifier
        .as_deref()
        .is_some_and(|q| ["über", "unter", "bis zu"].contains(&q));
    let measured = ["prozent", "prozentpunkte"].contains(&unit.to_lowercase().as_str())
        || words::CURRENCIES.contains(&unit.to_lowercase().as_str());
    let wh_question = (!figure.fraction && !spoken_by_preposition)
        .then(|| main_clause(s))
        .flatten()
        .filter(|clause| {
            let verb = s.lower(clause.verb);
            !(prepositional_verb(&verb) || bound && measured)
        })
        .and_then(|clause| {
            let verb = s.lower(clause.verb);
            if figure.start == clause.start {
                // The figure opens the sentence: only the figure itself is replaced.
                wh_question(
                    s,
                    &clause,
                    figure.start..figure.end,
                    &how_many(&unit, &verb),
                )
            } else {
                let genitive = s.slice(figure.end, figure.genitive_end);
                let wh = format!("{} {genitive}", how_many(&unit, &verb));
                wh_question(s, &clause, figure.start..figure.genitive_end, wh.trim())
            }
        });
    let question = wh_question.unwrap_or_else(|| {
        // The gap holds the qualifier and the figure; the unit stays to be read.
        let gap_end = if figure.fraction && s.lower(figure.number.start) == "die" {
            figure.end
        } else {
            figure.number.end
        };
        cloze_one(s, figure.start..gap_end, "Ergänze: ")
    });
    Found {
        sentence: s.index,
        key: figure.start..figure.end,
        body: FactBody::Number {
            question,
            value: figure.value,
            qualifier: figure.qualifier.clone(),
            unit: figure.unit.clone(),
        },
    }
}
