//! Wrong options for multiple-choice and true/false questions. Every one comes from the
//! answer's own category: the author's wrong options, the answers of other facts of the
//! same kind and category (a city for a city, a role for a role, a figure with the same
//! unit, a date read with the same precision), and for figures and dates made-up values
//! of the same kind. Statements and reasons take only the author's false variants.
//!
//! A candidate is offered only if it is fair (`Asked::is_fair`): never the answer, never
//! contained in it or containing it, never an item of the same list or a form the author
//! lists as also right, and never a figure the answer makes true ("über 30.000" beside
//! „über 120.000“). Where fewer than `FEWEST_WRONG_OPTIONS` remain, the card is not asked
//! as multiple choice: fewer options beat a giveaway.

use super::{ChoiceOption, OptionSource};
use crate::deck::{
    Bound, Card, Deck, Fact, FactBody, FactDate, NumberClaim, Variant, format_number,
};
use crate::grade::answer_key;
use rand::{Rng, RngExt};

/// How many wrong options a multiple-choice question shows at most.
pub const WRONG_OPTIONS: usize = 3;

/// How many fair wrong options a card needs to be asked as multiple choice.
pub const FEWEST_WRONG_OPTIONS: usize = 2;

/// Dates of other facts further than this many years from the answer are not offered:
/// "2013" is no plausible year for the GDR's accession.
const YEARS_APART: i32 = 10;

/// Figures closer than this share to the answer's (for percentages: than this share of a
/// hundred) are too close to call.
const FIGURES_APART: f64 = 0.1;

/// What a card's answer is and what its wrong options must keep clear of.
pub struct Asked<'d> {
    fact: &'d Fact,
    variant: Variant,
    /// The right answer as shown.
    pub answer: String,
    /// Keys (see `key_of`) of answers that are also right: the list's items, the
    /// author's other right forms.
    right_keys: Vec<String>,
    /// True for a statement or a reason: whole sentences, whose leading article is part
    /// of what they say ("Ein großer Durchbruch" is the opposite of "Kein großer …").
    sentence: bool,
    /// The answer as a claim, for a figure.
    claim: Option<NumberClaim>,
    /// The words of the question, folded: an option it names is given away ("Kim Jong Un"
    /// as Kim Jong Un's grandfather).
    prompt_words: Vec<String>,
}

impl<'d> Asked<'d> {
    /// What `card` asks. For a list, `item` is the item asked about.
    pub fn new(fact: &'d Fact, card: &Card, item: Option<&str>) -> Asked<'d> {
        let answer = item.map_or_else(|| card.answer.clone(), str::to_string);
        let sentence = matches!(
            fact.body,
            FactBody::Statement { .. } | FactBody::Reason { .. }
        );
        let mut right_keys = vec![key_of(&answer, sentence)];
        if let FactBody::List { items, .. } = &fact.body {
            right_keys.extend(items.iter().map(|i| answer_key(i)));
        }
        // The author's other right forms belong to the direction they answer: a person's
        // short name is right for "who", not for "what role".
        if !matches!(card.variant, Variant::Role | Variant::Event) {
            right_keys.extend(fact.answers.also_right.iter().map(|a| answer_key(a)));
        }
        if let FactBody::Date { .. } = &fact.body {
            right_keys.extend(
                fact.answers
                    .also_right
                    .iter()
                    .filter_map(|a| FactDate::parse(a).ok())
                    .map(|d| answer_key(&d.to_string())),
            );
        }
        let prompt = match &fact.body {
            FactBody::List {
                ask_item: Some(ask_item),
                ..
            } => ask_item,
            _ => &card.prompt,
        };
        let claim = match &fact.body {
            FactBody::Number {
                value,
                qualifier,
                unit,
                ..
            } => Some(NumberClaim::new(
                qualifier.as_deref(),
                *value,
                unit.as_deref(),
            )),
            _ => None,
        };
        Asked {
            fact,
            variant: card.variant,
            answer,
            right_keys,
            sentence,
            claim,
            prompt_words: folded_words(prompt),
        }
    }

    /// Whether `option` may be offered as wrong. `Err` says why not, in words for the
    /// question lint.
    pub fn judge(&self, option: &str) -> Result<(), Unfair> {
        let key = key_of(option, self.sentence);
        if key.is_empty() {
            return Err(Unfair::Empty);
        }
        for right in &self.right_keys {
            if *right == key {
                return Err(Unfair::AlsoRight);
            }
            if contains_words(right, &key) || contains_words(&key, right) {
                return Err(Unfair::Overlaps);
            }
        }
        if let Some(answer) = &self.claim {
            let Some(offered) = NumberClaim::parse(option) else {
                return Err(Unfair::OtherCategory);
            };
            let unit = |c: &NumberClaim| c.unit.as_deref().map(answer_key);
            if unit(answer) != unit(&offered) {
                return Err(Unfair::OtherCategory);
            }
            if answer.implies(&offered) {
                return Err(Unfair::LogicallyTrue);
            }
            let scale = if is_percent(answer) {
                100.0
            } else {
                answer.value.abs().max(1e-9)
            };
            let apart = (offered.value - answer.value).abs() / scale;
            if apart < FIGURES_APART - 1e-9 || overlaps_unfairly(answer, &offered) {
                return Err(Unfair::TooClose);
            }
        }
        if let (FactBody::Person { name, .. }, Variant::Role) = (&self.fact.body, self.variant)
            && key.contains(&answer_key(name))
        {
            return Err(Unfair::NamesTheSubject);
        }
        if !self.sentence && named_in(&self.prompt_words, &folded_words(option)) {
            return Err(Unfair::NamedInQuestion);
        }
        Ok(())
    }

    pub fn is_fair(&self, option: &str) -> bool {
        self.judge(option).is_ok()
    }
}

/// How an answer is compared: folded as typed answers are (`answer_key`), but for a whole
/// sentence with its leading article kept.
fn key_of(text: &str, sentence: bool) -> String {
    if sentence {
        folded_words(text).join(" ")
    } else {
        answer_key(text)
    }
}

/// An overlap that could make the offered figure right: any overlap with an approximate
/// or exact answer, and with a one-sided answer any overlap but a stronger claim the same
/// way ("über 150.000" beside „über 120.000“ claims more than the article does).
fn overlaps_unfairly(answer: &NumberClaim, offered: &NumberClaim) -> bool {
    if !answer.overlaps(offered) {
        return false;
    }
    let same_way_further = match (answer.bound, offered.bound) {
        (Bound::Above { .. }, Bound::Above { .. }) => offered.value > answer.value,
        (Bound::Below { .. }, Bound::Below { .. }) => offered.value < answer.value,
        _ => false,
    };
    !same_way_further
}

/// Whether the question names `option`: its words stand together among the question's,
/// the last one perhaps with an ending ("Kim Jong Uns Großvater" names Kim Jong Un).
fn named_in(prompt: &[String], option: &[String]) -> bool {
    let Some((last, first)) = option.split_last() else {
        return false;
    };
    prompt.windows(option.len()).any(|w| {
        w[..first.len()] == *first && w[first.len()].starts_with(last.as_str()) && {
            let ending = w[first.len()].len() - last.len();
            ending <= 1
        }
    })
}

/// The words of a text, folded as answers are compared, articles kept.
pub fn folded_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(answer_key)
        .collect()
}

/// The words of `text` that `variant` changes: what is left of `text` once the words both
/// start and end with are taken away, as a range of word positions in `text`.
pub fn changed_words(text: &[String], variant: &[String]) -> std::ops::Range<usize> {
    let prefix = text.iter().zip(variant).take_while(|(a, b)| a == b).count();
    let suffix = text[prefix..]
        .iter()
        .rev()
        .zip(variant[prefix.min(variant.len())..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    prefix..text.len() - suffix
}

/// Whether false variants change the same place of the statement. Where each changes
/// another place, the true statement is the one that agrees with every variant
/// elsewhere, and multiple choice would give it away to a learner who counts.
fn change_the_same_place(text: &str, variants: &[String]) -> bool {
    let text = folded_words(text);
    let places: Vec<std::ops::Range<usize>> = variants
        .iter()
        .map(|v| changed_words(&text, &folded_words(v)))
        .collect();
    places.iter().enumerate().all(|(i, a)| {
        places[i + 1..]
            .iter()
            .all(|b| a.start.max(b.start) < a.end.min(b.end) || (a.is_empty() || b.is_empty()))
    })
}

/// Whether the words of `part` stand, in order and together, among the words of `whole`
/// ("sowjetunion" in "ehemalige sowjetunion").
fn contains_words(whole: &str, part: &str) -> bool {
    let whole: Vec<&str> = whole.split(' ').collect();
    let part: Vec<&str> = part.split(' ').collect();
    part.len() <= whole.len() && whole.windows(part.len()).any(|w| w == part.as_slice())
}

/// Why a wrong option may not be offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unfair {
    Empty,
    /// It reads as the answer, an item of the same list, or an also-right form.
    AlsoRight,
    /// It contains the answer (or an item of the list) or is contained in it.
    Overlaps,
    /// A figure the answer makes true.
    LogicallyTrue,
    /// A figure so near the answer's that it is no clear mistake.
    TooClose,
    /// Not of the answer's kind: no figure, or another unit.
    OtherCategory,
    /// A role that names the person asked about.
    NamesTheSubject,
    /// Something the question itself names.
    NamedInQuestion,
}

impl Unfair {
    /// The reason, for the question lint, in the thread's language.
    pub fn describe(self) -> String {
        use crate::tr;
        match self {
            Unfair::Empty => tr!("unfair-empty"),
            Unfair::AlsoRight => tr!("unfair-also-right"),
            Unfair::Overlaps => tr!("unfair-overlaps"),
            Unfair::LogicallyTrue => tr!("unfair-logically-true"),
            Unfair::TooClose => tr!("unfair-too-close"),
            Unfair::OtherCategory => tr!("unfair-other-category"),
            Unfair::NamesTheSubject => tr!("unfair-names-the-subject"),
            Unfair::NamedInQuestion => tr!("unfair-named-in-question"),
        }
    }
}

/// A possible wrong option. Options from other facts stay borrowed until they are looked
/// at, so picking three costs little even where a category holds thousands of facts.
#[derive(Debug, Clone)]
enum Candidate<'d> {
    /// An option already written: the author's, or a made-up figure or date.
    Made(ChoiceOption),
    /// Another fact's text.
    Text(&'d Fact, &'d str),
    /// Another fact's figure, written with the answer's qualifier and unit.
    Number(&'d Fact, f64),
    /// Another fact's date, read with the precision of the answer.
    Date(&'d Fact, FactDate),
}

impl Candidate<'_> {
    fn option(&self, claim: Option<&NumberClaim>) -> ChoiceOption {
        let from_fact = |fact: &Fact, text: String| ChoiceOption {
            text,
            source: OptionSource::Fact(fact.id.clone()),
        };
        match self {
            Candidate::Made(option) => option.clone(),
            Candidate::Text(fact, text) => from_fact(fact, text.to_string()),
            Candidate::Number(fact, value) => from_fact(
                fact,
                number_text(
                    *value,
                    claim.and_then(|c| c.qualifier.as_deref()),
                    claim.and_then(|c| c.unit.as_deref()),
                ),
            ),
            Candidate::Date(fact, date) => from_fact(fact, date.to_string()),
        }
    }
}

fn authored<'d>(text: &str) -> Candidate<'d> {
    Candidate::Made(ChoiceOption {
        text: text.to_string(),
        source: OptionSource::Authored,
    })
}

fn generated<'d>(text: String) -> Candidate<'d> {
    Candidate::Made(ChoiceOption {
        text,
        source: OptionSource::Generated,
    })
}

/// The candidates for a card, in tiers: first the author's and the other facts' (the
/// article's own), then made-up figures and dates.
fn candidate_tiers<'d>(
    deck: &'d Deck,
    fact: &'d Fact,
    variant: Variant,
) -> Vec<Vec<Candidate<'d>>> {
    // Background facts lend nothing to the article's: a learner who leaves them out
    // would meet their answers as unknown options.
    let others = || -> Vec<&'d Fact> {
        match fact.option_category() {
            Some(category) => deck
                .by_category
                .in_category(fact.kind(), &category)
                .iter()
                .map(|&i| &deck.facts[i])
                .filter(|f| !std::ptr::eq(*f, fact) && (fact.context || !f.context))
                .collect(),
            None => Vec::new(),
        }
    };
    let mut first: Vec<Candidate<'d>> = Vec::new();
    let mut made: Vec<Candidate<'d>> = Vec::new();
    match &fact.body {
        FactBody::Statement {
            text: answer,
            false_variants,
            ..
        }
        | FactBody::Reason {
            answer,
            false_variants,
            ..
        } => {
            if change_the_same_place(answer, false_variants) {
                first.extend(false_variants.iter().map(|t| authored(t)));
            }
        }
        FactBody::Number {
            value,
            qualifier,
            unit,
            ..
        } => {
            first.extend(fact.answers.wrong_options.iter().map(|t| authored(t)));
            for other in others() {
                if let FactBody::Number { value: v, .. } = &other.body {
                    first.push(Candidate::Number(other, *v));
                }
            }
            let claim = NumberClaim::new(qualifier.as_deref(), *value, unit.as_deref());
            made.extend(made_up_figures(&claim).into_iter().map(generated));
        }
        FactBody::Date { date, .. } => {
            first.extend(
                fact.answers
                    .wrong_options
                    .iter()
                    .map(|t| match FactDate::parse(t) {
                        Ok(d) => authored(&d.to_string()),
                        Err(_) => authored(t),
                    }),
            );
            for other in others() {
                if let FactBody::Date { date: d, .. } = &other.body
                    && let Some(read) = with_precision_of(*date, *d)
                    && read != *date
                    && years_near(*date, read)
                {
                    first.push(Candidate::Date(other, read));
                }
            }
            made.extend(
                nearby_dates(*date)
                    .into_iter()
                    .filter(|d| !after(*d, deck.as_of))
                    .map(|d| generated(d.to_string())),
            );
        }
        FactBody::List { .. } => {
            first.extend(fact.answers.wrong_options.iter().map(|t| authored(t)));
            for other in others() {
                if let FactBody::List { items, .. } = &other.body {
                    first.extend(items.iter().map(|i| Candidate::Text(other, i.as_str())));
                }
            }
        }
        FactBody::Person { .. } | FactBody::Place { .. } | FactBody::Question { .. } => {
            // The author's wrong options are names (and short answers): they answer the
            // direction that asks for one.
            if !matches!(variant, Variant::Role | Variant::Event) {
                first.extend(fact.answers.wrong_options.iter().map(|t| authored(t)));
            }
            for other in others() {
                if let Some(text) = answer_for_variant(other, variant) {
                    first.push(Candidate::Text(other, text));
                }
            }
        }
    }
    vec![first, made]
}

/// The text another fact of the same kind gives as the answer to `variant`.
fn answer_for_variant(other: &Fact, variant: Variant) -> Option<&str> {
    match (&other.body, variant) {
        (FactBody::Person { role, .. }, Variant::Role) => Some(role),
        (FactBody::Person { name, .. }, Variant::Name) => Some(name),
        (FactBody::Place { event, .. }, Variant::Event) => Some(event),
        (FactBody::Place { name, .. }, Variant::Place) => Some(name),
        (FactBody::Question { answer, .. }, Variant::Answer) => Some(answer),
        _ => None,
    }
}

/// Every wrong option a card's multiple-choice question may show (for a list, whichever
/// item is asked), in the order of the tiers: what an author reviews.
pub fn pool(deck: &Deck, card: &Card) -> Vec<ChoiceOption> {
    let fact = deck.fact_of(card);
    let asked = Asked::new(fact, card, None);
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for tier in candidate_tiers(deck, fact, card.variant) {
        for candidate in tier {
            let option = candidate.option(asked.claim.as_ref());
            let key = answer_key(&option.text);
            if asked.is_fair(&option.text) && !seen.contains(&key) {
                seen.push(key);
                out.push(option);
            }
        }
    }
    out
}

/// Up to `WRONG_OPTIONS` fair wrong options for `asked`, taken at random from the first
/// tier and then the next; `None` if fewer than `fewest` can be found.
pub fn pick(
    deck: &Deck,
    card: &Card,
    asked: &Asked<'_>,
    fewest: usize,
    rng: &mut impl Rng,
) -> Option<Vec<ChoiceOption>> {
    let mut taken: Vec<String> = Vec::new();
    let mut picked = Vec::new();
    for mut tier in candidate_tiers(deck, asked.fact, card.variant) {
        // A Fisher-Yates shuffle stopped as soon as enough options are found.
        for i in 0..tier.len() {
            if picked.len() == WRONG_OPTIONS {
                return Some(picked);
            }
            let j = rng.random_range(i..tier.len());
            tier.swap(i, j);
            let option = tier[i].option(asked.claim.as_ref());
            let key = answer_key(&option.text);
            if !taken.contains(&key) && asked.is_fair(&option.text) {
                taken.push(key);
                picked.push(option);
            }
        }
    }
    (picked.len() >= fewest).then_some(picked)
}

/// A figure as a learner would read it in the options: "über 90.000 Leiharbeiter".
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

/// Made-up figures of the answer's unit and size that the answer does not make true:
/// beside a lower bound („über 120.000“) higher bounds, and upper bounds well below it;
/// beside an upper bound the mirror; beside an exact or approximate figure, figures well
/// away from it. Never above 100 for a percentage.
fn made_up_figures(answer: &NumberClaim) -> Vec<String> {
    let percent = is_percent(answer);
    let qualifier = answer.qualifier.as_deref();
    let unit = answer.unit.as_deref();
    let opposite = qualifier.and_then(opposite_qualifier);
    let scaled = |factors: &[f64]| -> Vec<f64> {
        factors
            .iter()
            .map(|f| round_plausibly(answer.value * f))
            .filter(|v| *v > 0.0 && (!percent || *v < 100.0))
            .collect()
    };
    let (same_way, other_way): (Vec<f64>, Vec<f64>) = match answer.bound {
        Bound::Above { .. } if percent => (
            [90.0, 95.0]
                .into_iter()
                .filter(|v| *v > answer.value)
                .collect(),
            scaled(&[0.25, 0.5]),
        ),
        Bound::Above { .. } => (scaled(&[1.5, 2.0, 2.5, 3.0]), scaled(&[0.25, 0.5])),
        Bound::Below { .. } => (scaled(&[0.25, 0.5, 0.6]), scaled(&[2.0, 3.0])),
        Bound::Exactly | Bound::About | Bound::JustUnder => (
            scaled(&[0.25, 0.5, 0.6, 0.75, 1.25, 1.5, 2.0, 2.5, 3.0]),
            Vec::new(),
        ),
    };
    let mut out: Vec<String> = same_way
        .into_iter()
        .map(|v| number_text(v, qualifier, unit))
        .collect();
    if let Some(opposite) = opposite {
        out.extend(
            other_way
                .into_iter()
                .map(|v| number_text(v, Some(opposite), unit)),
        );
    }
    out
}

fn is_percent(claim: &NumberClaim) -> bool {
    claim
        .unit
        .as_deref()
        .is_some_and(|u| matches!(answer_key(u).as_str(), "prozent" | "%"))
}

/// The qualifier pointing the other way, kept in the answer's register.
fn opposite_qualifier(qualifier: &str) -> Option<&'static str> {
    Some(match qualifier.to_lowercase().as_str() {
        "über" => "unter",
        "unter" => "über",
        "mehr als" => "weniger als",
        "weniger als" => "mehr als",
        "mindestens" => "höchstens",
        "höchstens" => "mindestens",
        _ => return None,
    })
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

/// Whether `date` lies after the time the article was written, as far as both say.
fn after(date: FactDate, as_of: Option<FactDate>) -> bool {
    let Some(as_of) = as_of else {
        return false;
    };
    match (date.year(), as_of.year()) {
        (Some(y), Some(a)) if y != a => y > a,
        (Some(_), Some(_)) => match (date.month(), as_of.month()) {
            (Some(m), Some(a)) => m > a,
            _ => false,
        },
        _ => false,
    }
}

/// Whether two dates lie near enough in time to be confused.
fn years_near(a: FactDate, b: FactDate) -> bool {
    match (a.year(), b.year()) {
        (Some(x), Some(y)) => (x - y).abs() <= YEARS_APART,
        _ => true,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(text: &str) -> NumberClaim {
        NumberClaim::parse(text).expect("a figure")
    }

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

    #[test]
    fn no_made_up_figure_is_true_beside_its_answer() {
        for answer in [
            "über 120.000 Leiharbeiter",
            "mindestens 80 Prozent",
            "circa 40.000 Euro",
            "höchstens 20 Prozent",
            "7",
        ] {
            let answer = claim(answer);
            let figures = made_up_figures(&answer);
            assert!(figures.len() >= 2, "{answer:?}: {figures:?}");
            for figure in figures {
                let offered = claim(&figure);
                assert!(!answer.implies(&offered), "{figure} beside {answer:?}");
                assert!(
                    !overlaps_unfairly(&answer, &offered),
                    "{figure} beside {answer:?}"
                );
            }
        }
    }

    #[test]
    fn variants_changing_different_places_are_told_apart() {
        let text = "Kim reist mit dem Zug nach Russland.";
        let same = [
            "Kim reist mit dem Flugzeug nach Russland.".to_string(),
            "Kim reist mit dem Schiff nach Russland.".to_string(),
        ];
        let different = [
            "Kim reist mit dem Flugzeug nach Russland.".to_string(),
            "Kim reist mit dem Zug nach China.".to_string(),
        ];
        assert!(change_the_same_place(text, &same));
        assert!(!change_the_same_place(text, &different));
    }

    #[test]
    fn a_question_names_an_option_even_with_an_ending() {
        let prompt = folded_words("Wer war Kim Jong Uns Großvater?");
        assert!(named_in(&prompt, &folded_words("Kim Jong Un")));
        assert!(!named_in(&prompt, &folded_words("Kim Jong Il")));
        assert!(!named_in(
            &folded_words("Wo liegt Chassan?"),
            &folded_words("Chassanowka")
        ));
    }

    #[test]
    fn a_statement_turned_by_its_article_is_no_overlap() {
        let deck = crate::deck::load_str(
            "t.toml",
            "[deck]\nid = \"d\"\ntitle = \"D\"\n[[topics]]\nid = \"t\"\nname = \"T\"\n\
             [[facts]]\nid = \"f\"\nkind = \"statement\"\ntopic = \"t\"\n\
             question = \"Was ist zu erwarten?\"\ntext = \"Kein großer Durchbruch.\"\n",
        )
        .expect("the deck reads");
        let asked = Asked::new(&deck.facts[0], &deck.cards[0], None);
        assert_eq!(asked.judge("Ein großer Durchbruch."), Ok(()));
        assert_eq!(
            asked.judge("kein großer Durchbruch"),
            Err(Unfair::AlsoRight)
        );
    }

    #[test]
    fn words_are_contained_only_as_a_run() {
        assert!(contains_words("ehemalige sowjetunion", "sowjetunion"));
        assert!(!contains_words("sowjetunion", "ehemalige sowjetunion"));
        assert!(!contains_words("kim jong un", "kim un"));
    }
}
