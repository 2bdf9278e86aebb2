//! Wrong options for multiple-choice questions, taken from the deck itself: the author's
//! false variants, then the answers of other facts of the same kind in the same topic, then
//! in other topics; for numbers and dates, plausible values of the same size where the
//! deck has too few. Never an option twice, never the right answer among them.

use super::{ChoiceOption, OptionSource};
use crate::deck::{Card, Deck, Fact, FactBody, FactDate, Variant, format_number};
use crate::grade::answer_key;
use rand::{Rng, RngExt};

/// How many wrong options a multiple-choice question has.
pub const WRONG_OPTIONS: usize = 3;

/// A possible wrong option. Options from other facts stay borrowed until they are looked
/// at, so a question costs the same in a deck of a hundred facts or of a hundred thousand.
#[derive(Debug, Clone)]
pub enum Candidate<'d> {
    /// An option already written (the author's false variants, made-up values).
    Made(ChoiceOption),
    /// Another fact's text.
    Text(&'d Fact, &'d str),
    /// Another fact's figure, written with the question's qualifier and unit.
    Number(&'d Fact, f64),
    /// Another fact's date, read with the precision of the answer.
    Date(&'d Fact, FactDate),
}

impl Candidate<'_> {
    fn option(&self, qualifier: Option<&str>, unit: Option<&str>) -> ChoiceOption {
        match self {
            Candidate::Made(option) => option.clone(),
            Candidate::Text(fact, text) => from_fact(fact, text.to_string()),
            Candidate::Number(fact, value) => from_fact(fact, number_text(*value, qualifier, unit)),
            Candidate::Date(fact, date) => from_fact(fact, date.to_string()),
        }
    }
}

/// Picks `count` options from the tiers in order, each tier in random order, skipping any
/// that read the same as the right answer, as one already taken, or as one of `excluded`.
/// `None` if too few. Only the candidates looked at are written out.
fn pick<'d>(
    correct: &str,
    tiers: impl IntoIterator<Item = Vec<Candidate<'d>>>,
    count: usize,
    rng: &mut impl Rng,
    excluded: &[String],
    number_words: (Option<&str>, Option<&str>),
) -> Option<Vec<ChoiceOption>> {
    let mut taken = vec![answer_key(correct)];
    let mut picked = Vec::new();
    for mut tier in tiers {
        // A Fisher-Yates shuffle stopped as soon as enough options are found.
        for i in 0..tier.len() {
            if picked.len() == count {
                return Some(picked);
            }
            let j = rng.random_range(i..tier.len());
            tier.swap(i, j);
            let option = tier[i].option(number_words.0, number_words.1);
            let key = answer_key(&option.text);
            if !key.is_empty() && !taken.contains(&key) && !excluded.contains(&key) {
                taken.push(key);
                picked.push(option);
            }
        }
    }
    (picked.len() == count).then_some(picked)
}

/// Other facts of the same kind: those of the same topic first, then (only looked up
/// if the first tier is not enough) the rest.
fn same_kind<'d>(deck: &'d Deck, fact: &'d Fact) -> impl Iterator<Item = Vec<&'d Fact>> + 'd {
    let kind = fact.kind();
    let others = move |positions: &mut dyn Iterator<Item = usize>| -> Vec<&'d Fact> {
        positions
            .map(|i| &deck.facts[i])
            .filter(|f| !std::ptr::eq(*f, fact))
            .collect()
    };
    let index = &deck.by_kind_and_topic;
    std::iter::once_with(move || others(&mut index.in_topic(kind, &fact.topic).iter().copied()))
        .chain(std::iter::once_with(move || {
            others(&mut index.in_other_topics(kind, &fact.topic))
        }))
}

fn from_fact(fact: &Fact, text: String) -> ChoiceOption {
    ChoiceOption {
        text,
        source: OptionSource::Fact(fact.id.clone()),
    }
}

/// The text another fact of the same kind would give as the answer to this card's
/// variant (another person's role, another place's name…).
fn answer_for_variant(other: &Fact, variant: Variant) -> Option<&str> {
    match (&other.body, variant) {
        (FactBody::Person { role, .. }, Variant::Role) => Some(role),
        (FactBody::Person { name, .. }, Variant::Name) => Some(name),
        (FactBody::Place { event, .. }, Variant::Event) => Some(event),
        (FactBody::Place { name, .. }, Variant::Place) => Some(name),
        (FactBody::Statement { text, .. }, Variant::Statement) => Some(text),
        (FactBody::Reason { answer, .. }, Variant::Reason) => Some(answer),
        (FactBody::Question { answer, .. }, Variant::Answer) => Some(answer),
        _ => None,
    }
}

/// Wrong options for a card whose answer is a text (person, place, statement, reason).
pub fn for_text(deck: &Deck, card: &Card, rng: &mut impl Rng) -> Option<Vec<ChoiceOption>> {
    let fact = deck.fact_of(card);
    let mut tiers = Vec::new();
    if let FactBody::Statement { false_variants, .. } = &fact.body {
        tiers.push(
            false_variants
                .iter()
                .map(|text| {
                    Candidate::Made(ChoiceOption {
                        text: text.clone(),
                        source: OptionSource::Authored,
                    })
                })
                .collect(),
        );
    }
    for group in same_kind(deck, fact) {
        tiers.push(
            group
                .into_iter()
                .filter_map(|f| answer_for_variant(f, card.variant).map(|t| Candidate::Text(f, t)))
                .collect(),
        );
    }
    pick(&card.answer, tiers, WRONG_OPTIONS, rng, &[], (None, None))
}

/// Items of other lists, those of the same topic first. Items that are also on the
/// asking list are among them: leave them out with `is_own_item`.
pub fn items_of_other_lists<'d>(
    deck: &'d Deck,
    fact: &'d Fact,
) -> impl Iterator<Item = Vec<Candidate<'d>>> + 'd {
    same_kind(deck, fact).map(|group| {
        group
            .into_iter()
            .flat_map(|f| match &f.body {
                FactBody::List { items, .. } => items
                    .iter()
                    .map(|i| Candidate::Text(f, i.as_str()))
                    .collect(),
                _ => Vec::new(),
            })
            .collect()
    })
}

/// A random item of another list that is not on `items`, from the same topic if one is
/// there.
pub fn outsider_item(
    deck: &Deck,
    fact: &Fact,
    items: &[String],
    rng: &mut impl Rng,
) -> Option<String> {
    let own: Vec<String> = items.iter().map(|i| answer_key(i)).collect();
    let tiers = items_of_other_lists(deck, fact);
    pick("", tiers, 1, rng, &own, (None, None))
        .and_then(|mut picked| picked.pop())
        .map(|option| option.text)
}

/// Wrong options for one item of a list: items of other lists.
pub fn for_list_item(
    deck: &Deck,
    fact: &Fact,
    items: &[String],
    correct: &str,
    rng: &mut impl Rng,
) -> Option<Vec<ChoiceOption>> {
    let own: Vec<String> = items.iter().map(|i| answer_key(i)).collect();
    let tiers = items_of_other_lists(deck, fact);
    pick(correct, tiers, WRONG_OPTIONS, rng, &own, (None, None))
}

/// A number as a learner would read it in the options: "über 90.000 Leiharbeiter".
pub fn number_text(value: f64, qualifier: Option<&str>, unit: Option<&str>) -> String {
    [qualifier, Some(format_number(value).as_str()), unit]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Rounds to two significant digits, as a text would print a figure of that size.
fn round_plausibly(value: f64) -> f64 {
    if value < 10.0 {
        return value.round();
    }
    let magnitude = 10f64.powi(value.log10().floor() as i32 - 1);
    (value / magnitude).round() * magnitude
}

/// Wrong options for a number: other facts' figures of the same unit and size, then
/// made-up figures of the same size (never above 100 for a percentage).
pub fn for_number(deck: &Deck, card: &Card, rng: &mut impl Rng) -> Option<Vec<ChoiceOption>> {
    let fact = deck.fact_of(card);
    let FactBody::Number {
        value,
        qualifier,
        unit,
        ..
    } = &fact.body
    else {
        return None;
    };
    let (value, qualifier, unit) = (*value, qualifier.as_deref(), unit.as_deref());
    let unit_key = unit.map(answer_key);
    let mut tiers: Vec<Vec<Candidate<'_>>> = Vec::new();
    for group in same_kind(deck, fact) {
        tiers.push(
            group
                .into_iter()
                .filter_map(|f| match &f.body {
                    // The size first: it is cheaper to compare than the unit.
                    FactBody::Number {
                        value: other,
                        unit: other_unit,
                        ..
                    } if *other > value / 10.0
                        && *other < value * 10.0
                        && (other_unit.as_deref() == unit
                            || other_unit.as_deref().map(answer_key) == unit_key) =>
                    {
                        Some(Candidate::Number(f, *other))
                    }
                    _ => None,
                })
                .collect(),
        );
    }
    let percent = unit_key
        .as_deref()
        .is_some_and(|u| u == "prozent" || u == "%");
    let factors = [0.25, 0.5, 0.6, 0.75, 1.25, 1.5, 2.0, 2.5, 3.0];
    tiers.push(
        factors
            .iter()
            .map(|f| round_plausibly(value * f))
            .filter(|v| *v > 0.0 && (*v - value).abs() > f64::EPSILON)
            .filter(|v| !percent || *v <= 100.0)
            .map(|v| {
                Candidate::Made(ChoiceOption {
                    text: number_text(v, qualifier, unit),
                    source: OptionSource::Generated,
                })
            })
            .collect(),
    );
    pick(
        &card.answer,
        tiers,
        WRONG_OPTIONS,
        rng,
        &[],
        (qualifier, unit),
    )
}

/// Another date seen with the precision of `like` ("Juni 2018" from 12 June 2018 when the
/// answer is a month of a year); `None` where it has no such reading.
fn with_precision_of(like: FactDate, other: FactDate) -> Option<FactDate> {
    match like {
        FactDate::Year(_) => other.year().map(FactDate::Year),
        FactDate::YearMonth(..) => Some(FactDate::YearMonth(other.year()?, other.month()?)),
        FactDate::Month(_) => other.month().map(FactDate::Month),
        FactDate::Day(..) => matches!(other, FactDate::Day(..)).then_some(other),
        FactDate::Weekday(_) => matches!(other, FactDate::Weekday(_)).then_some(other),
    }
}

/// Dates near `date` with its precision, for when the deck has too few of its own.
fn nearby_dates(date: FactDate) -> Vec<FactDate> {
    let shift_month = |y: i32, m: u32, by: i32| {
        let index = y * 12 + m as i32 - 1 + by;
        (index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
    };
    match date {
        FactDate::Year(y) => (1..=6)
            .flat_map(|d| [y - d, y + d])
            .map(FactDate::Year)
            .collect(),
        FactDate::YearMonth(y, m) => [-12, -6, -3, -2, -1, 1, 2, 3, 6, 12]
            .into_iter()
            .map(|by| {
                let (y, m) = shift_month(y, m, by);
                FactDate::YearMonth(y, m)
            })
            .collect(),
        FactDate::Month(m) => (1..=12).filter(|o| *o != m).map(FactDate::Month).collect(),
        FactDate::Day(y, m, d) => {
            let Some(day) = chrono::NaiveDate::from_ymd_opt(y, m, d) else {
                return Vec::new();
            };
            [-365, -60, -30, -14, -7, 7, 14, 30, 60, 365]
                .into_iter()
                .filter_map(|by| day.checked_add_signed(chrono::Duration::days(by)))
                .map(|other| {
                    use chrono::Datelike;
                    FactDate::Day(other.year(), other.month(), other.day())
                })
                .collect()
        }
        FactDate::Weekday(w) => (0..7).filter(|o| *o != w).map(FactDate::Weekday).collect(),
    }
}

/// Wrong options for a date: other facts' dates read with the same precision, then
/// nearby dates.
pub fn for_date(deck: &Deck, card: &Card, rng: &mut impl Rng) -> Option<Vec<ChoiceOption>> {
    let fact = deck.fact_of(card);
    let FactBody::Date { date, .. } = &fact.body else {
        return None;
    };
    let mut tiers: Vec<Vec<Candidate<'_>>> = Vec::new();
    for group in same_kind(deck, fact) {
        tiers.push(
            group
                .into_iter()
                .filter_map(|f| match &f.body {
                    FactBody::Date { date: other, .. } => with_precision_of(*date, *other)
                        .filter(|d| d != date)
                        .map(|d| Candidate::Date(f, d)),
                    _ => None,
                })
                .collect(),
        );
    }
    tiers.push(
        nearby_dates(*date)
            .into_iter()
            .map(|d| {
                Candidate::Made(ChoiceOption {
                    text: d.to_string(),
                    source: OptionSource::Generated,
                })
            })
            .collect(),
    );
    pick(&card.answer, tiers, WRONG_OPTIONS, rng, &[], (None, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn made_up_figures_are_rounded_like_printed_ones() {
        assert_eq!(round_plausibly(120_000.0 * 0.75), 90_000.0);
        assert_eq!(round_plausibly(40_000.0 * 0.6), 24_000.0);
        assert_eq!(round_plausibly(123_456.0), 120_000.0);
    }

    #[test]
    fn nearby_months_cross_the_year_boundary() {
        let near = nearby_dates(FactDate::YearMonth(2017, 12));
        assert!(near.contains(&FactDate::YearMonth(2018, 1)));
        assert!(near.contains(&FactDate::YearMonth(2016, 12)));
    }
}
