//! Grading a typed number: the figure must be exactly the fact's; a qualifier ("über",
//! "circa") and the unit may be typed or left out, and a thousands word ("120 Tausend")
//! is read. There is no typo allowance: a different number is a different fact.

use super::normalize::fold;
use super::{Grade, Note, Verdict};
use crate::deck::{format_number, parse_number};

/// Which way a qualifier points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Above,
    Below,
    About,
}

/// Qualifiers a learner may type before a number, folded (see `normalize::fold`), longest
/// first so "mehr als" is found before "mehr".
const QUALIFIERS: [(&str, Direction); 17] = [
    ("mindestens", Direction::Above),
    ("ungefaehr", Direction::About),
    ("hoechstens", Direction::Below),
    ("weniger als", Direction::Below),
    ("mehr als", Direction::Above),
    ("zirka", Direction::About),
    ("circa", Direction::About),
    ("etwa", Direction::About),
    ("rund", Direction::About),
    ("ueber", Direction::Above),
    ("knapp", Direction::Below),
    ("unter", Direction::Below),
    ("fast", Direction::Below),
    ("ca.", Direction::About),
    ("ca", Direction::About),
    (">", Direction::Above),
    ("~", Direction::About),
];

/// Words after a number that multiply it.
const MULTIPLIERS: [(&str, f64); 8] = [
    ("tausend", 1e3),
    ("tsd", 1e3),
    ("millionen", 1e6),
    ("million", 1e6),
    ("mio", 1e6),
    ("milliarden", 1e9),
    ("milliarde", 1e9),
    ("mrd", 1e9),
];

fn direction_of(qualifier: &str) -> Option<Direction> {
    let folded = fold(qualifier.trim());
    QUALIFIERS
        .iter()
        .find(|(word, _)| folded == *word || folded == word.trim_end_matches('.'))
        .map(|(_, d)| *d)
}

/// Reads a typed number: the figure, and the direction of any qualifier typed before it.
/// `None` when no figure can be read.
fn read(given: &str) -> Option<(f64, Option<Direction>)> {
    let mut rest = fold(given.trim());
    let mut direction = None;
    'strip: loop {
        rest = rest.trim_start().to_string();
        for (word, d) in QUALIFIERS {
            if let Some(after) = rest.strip_prefix(word) {
                let symbol = !word.chars().any(char::is_alphabetic);
                if symbol
                    || after.is_empty()
                    || after.starts_with(|c: char| c == ' ' || c == '.' || c.is_ascii_digit())
                {
                    direction = Some(d);
                    rest = after.trim_start_matches('.').to_string();
                    continue 'strip;
                }
            }
        }
        break;
    }
    // The figure is the leading run of digits and separators; after it may stand a
    // multiplier and the unit, which is not graded.
    let end = rest
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | ',' | ' ' | '\u{a0}' | '\'')))
        .map_or(rest.len(), |(i, _)| i);
    let (figure, tail) = rest.split_at(end);
    let figure = figure.trim().trim_end_matches(['.', ',']);
    let tail = tail.trim();
    let multiplier = MULTIPLIERS
        .iter()
        .find(|(word, _)| {
            tail.strip_prefix(word)
                .is_some_and(|after| after.is_empty() || after.starts_with([' ', '.']))
        })
        .map_or(1.0, |(_, m)| *m);
    let value = parse_number(figure)?;
    Some((value * multiplier, direction))
}

/// "120,000" is how English writes a hundred and twenty thousand; German would read it as
/// 120. Both readings are tried, since a learner may write either way.
fn english_reading(given: &str) -> Option<f64> {
    let digits: String = given
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .collect();
    let groups: Vec<&str> = digits.split(',').collect();
    let grouped = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3);
    grouped.then(|| groups.concat().parse().ok()).flatten()
}

fn same_number(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

pub fn grade(value: f64, qualifier: Option<&str>, shown: &str, given: &str) -> Grade {
    let wrong = |note: Option<Note>| Grade {
        note,
        ..Grade::new(Verdict::Wrong, 0.0, shown)
    };
    let Some((typed, direction)) = read(given) else {
        return wrong(Some(Note::NoNumber));
    };
    let figure_right = same_number(typed, value)
        || english_reading(given).is_some_and(|english| same_number(english, value));
    if !figure_right {
        return wrong(None);
    }
    let expected = qualifier.and_then(direction_of);
    let contradicts = matches!(
        (direction, expected),
        (Some(Direction::Above), Some(Direction::Below))
            | (Some(Direction::Below), Some(Direction::Above))
    );
    if contradicts {
        let q = qualifier.unwrap_or_default();
        return wrong(Some(Note::OppositeQualifier {
            article: format!("{q} {}", format_number(value)),
        }));
    }
    Grade::new(Verdict::Right, 1.0, shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifiers_and_units_are_read_around_the_figure() {
        assert_eq!(
            read("über 120.000 Leiharbeiter"),
            Some((120_000.0, Some(Direction::Above)))
        );
        assert_eq!(
            read("ca. 40.000 €"),
            Some((40_000.0, Some(Direction::About)))
        );
        assert_eq!(read("80%"), Some((80.0, None)));
        assert_eq!(read("120 Tausend"), Some((120_000.0, None)));
        assert_eq!(read("viele"), None);
    }
}
