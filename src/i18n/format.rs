//! Numbers, dates and waits written the way the current language writes them:
//! `120,000` / `120.000`, `0.90` / `0,90`, `April 25, 2019` / `25. April 2019`,
//! `3 d` / `3 T.`.

use super::{Language, language};
use chrono::{Datelike, Duration, Timelike};
use fluent_bundle::FluentValue;

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// German month names are the deck format's own.
const MONTHS_DE: [&str; 12] = crate::deck::GERMAN_MONTHS;
const SHORT_MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
// Duden's abbreviations: the short months are written out.
const SHORT_MONTHS_DE: [&str; 12] = [
    "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.",
];
const WEEKDAYS_EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const WEEKDAYS_DE: [&str; 7] = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."];

fn separators(language: Language) -> (char, char) {
    match language {
        Language::English => (',', '.'),
        Language::German => ('.', ','),
    }
}

/// `120000` → `120,000` / `120.000`.
pub fn format_integer(value: i64) -> String {
    group(value, separators(language()).0)
}

fn group(value: i64, separator: char) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::new();
    if value < 0 {
        out.push('-');
    }
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// `0.9` with 2 decimals → `0.90` / `0,90`; thousands grouped as in [`format_integer`].
pub fn format_decimal(value: f64, decimals: usize) -> String {
    decimal_in(language(), value, decimals)
}

fn decimal_in(language: Language, value: f64, decimals: usize) -> String {
    let (thousands, point) = separators(language);
    let text = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let whole: i64 = whole.parse().unwrap_or(0);
    // A value that rounds to zero is not written "-0".
    let negative = value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0');
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push_str(&group(whole, thousands));
    if !fraction.is_empty() {
        out.push(point);
        out.push_str(fraction);
    }
    out
}

/// A share as a whole percentage: `0.9` → `90 %` (with a space in both languages, as
/// German requires and the English interface always wrote it).
pub fn format_percent(share: f64) -> String {
    format!("{} %", format_decimal(share * 100.0, 0))
}

/// `April 25, 2019` / `25. April 2019`.
pub fn format_date(date: &impl Datelike) -> String {
    let month = date.month0() as usize;
    match language() {
        Language::English => format!("{} {}, {}", MONTHS_EN[month], date.day(), date.year()),
        Language::German => format!("{}. {} {}", date.day(), MONTHS_DE[month], date.year()),
    }
}

/// `14:05` in both languages.
pub fn format_time(time: &impl Timelike) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// `April 25, 2019, 14:05` / `25. April 2019, 14:05`.
pub fn format_date_time<T: Datelike + Timelike>(at: &T) -> String {
    format!("{}, {}", format_date(at), format_time(at))
}

/// Short, for a plot's axis: `Apr 25` / `25. Apr.`.
pub fn format_day_month(date: &impl Datelike) -> String {
    let month = date.month0() as usize;
    match language() {
        Language::English => format!("{} {}", SHORT_MONTHS_EN[month], date.day()),
        Language::German => format!("{}. {}", date.day(), SHORT_MONTHS_DE[month]),
    }
}

/// Short, for a table: `Apr 25, 2019` / `25. Apr. 2019`.
pub fn format_short_date(date: &impl Datelike) -> String {
    let month = date.month0() as usize;
    match language() {
        Language::English => format!("{} {}, {}", SHORT_MONTHS_EN[month], date.day(), date.year()),
        Language::German => format!("{}. {} {}", date.day(), SHORT_MONTHS_DE[month], date.year()),
    }
}

/// `Apr 2019` / `Apr. 2019`.
pub fn format_month_year(date: &impl Datelike) -> String {
    let month = date.month0() as usize;
    match language() {
        Language::English => format!("{} {}", SHORT_MONTHS_EN[month], date.year()),
        Language::German => format!("{} {}", SHORT_MONTHS_DE[month], date.year()),
    }
}

/// `Thu, Apr 25, 2019` / `Do., 25. Apr. 2019`.
pub fn format_weekday_date(date: &impl Datelike) -> String {
    let month = date.month0() as usize;
    let weekday = date.weekday().num_days_from_monday() as usize;
    match language() {
        Language::English => format!(
            "{}, {} {}, {}",
            WEEKDAYS_EN[weekday],
            SHORT_MONTHS_EN[month],
            date.day(),
            date.year()
        ),
        Language::German => format!(
            "{}, {}. {} {}",
            WEEKDAYS_DE[weekday],
            date.day(),
            SHORT_MONTHS_DE[month],
            date.year()
        ),
    }
}

/// How long until a card comes back, short enough for a button: `10 min`, `3 d`, `2 mo`
/// / `10 Min.`, `3 T.`, `2 Mon.`.
pub fn format_interval(wait: Duration) -> String {
    let german = language() == Language::German;
    let unit = |en: &'static str, de: &'static str| if german { de } else { en };
    let minutes = wait.num_seconds() as f64 / 60.0;
    if minutes < 59.5 {
        return format!("{} {}", minutes.round().max(1.0), unit("min", "Min."));
    }
    let hours = minutes / 60.0;
    if hours < 23.5 {
        return format!("{} {}", hours.round(), unit("h", "Std."));
    }
    let days = hours / 24.0;
    if days < 29.5 {
        return format!("{} {}", days.round(), unit("d", "T."));
    }
    let months = days / 30.44;
    if months < 11.95 {
        return format!("{} {}", one_decimal(months), unit("mo", "Mon."));
    }
    format!("{} {}", one_decimal(days / 365.25), unit("y", "J."))
}

/// 2.0 → "2", 1.54 → "1.5" / "1,5".
fn one_decimal(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format_decimal(rounded, 0)
    } else {
        format_decimal(rounded, 1)
    }
}

/// Fluent's own number formatting knows no grouping or decimal comma; these replace it.
pub(super) fn fluent_number_english<M>(value: &FluentValue, _: &M) -> Option<String> {
    fluent_number(Language::English, value)
}

pub(super) fn fluent_number_german<M>(value: &FluentValue, _: &M) -> Option<String> {
    fluent_number(Language::German, value)
}

fn fluent_number(language: Language, value: &FluentValue) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let decimals = match number.options.minimum_fraction_digits {
        Some(digits) => digits,
        None if number.value.fract() == 0.0 => 0,
        None => 2,
    };
    Some(decimal_in(language, number.value, decimals))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::set_language;
    use chrono::{NaiveDate, NaiveDateTime};

    fn summit() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2019, 4, 25)
            .and_then(|d| d.and_hms_opt(14, 5, 0))
            .expect("a real date")
    }

    #[test]
    fn dates_are_written_day_first_in_german_and_month_first_in_english() {
        set_language(Language::German);
        assert_eq!(format_date(&summit()), "25. April 2019");
        assert_eq!(format_date_time(&summit()), "25. April 2019, 14:05");
        assert_eq!(format_day_month(&summit()), "25. Apr.");
        assert_eq!(format_short_date(&summit()), "25. Apr. 2019");
        assert_eq!(format_weekday_date(&summit()), "Do., 25. Apr. 2019");
        set_language(Language::English);
        assert_eq!(format_date(&summit()), "April 25, 2019");
        assert_eq!(format_date_time(&summit()), "April 25, 2019, 14:05");
        assert_eq!(format_day_month(&summit()), "Apr 25");
        assert_eq!(format_short_date(&summit()), "Apr 25, 2019");
        assert_eq!(format_weekday_date(&summit()), "Thu, Apr 25, 2019");
    }

    #[test]
    fn german_months_keep_their_umlauts() {
        set_language(Language::German);
        let march = NaiveDate::from_ymd_opt(2019, 3, 1).expect("a real date");
        assert_eq!(format_date(&march), "1. März 2019");
        assert_eq!(format_month_year(&march), "März 2019");
    }

    #[test]
    fn large_numbers_are_grouped_by_thousands_in_each_languages_way() {
        set_language(Language::German);
        assert_eq!(format_integer(120_000), "120.000");
        assert_eq!(format_integer(1_234_567), "1.234.567");
        assert_eq!(format_integer(999), "999");
        set_language(Language::English);
        assert_eq!(format_integer(120_000), "120,000");
        assert_eq!(format_integer(-1_000), "-1,000");
    }

    #[test]
    fn german_writes_a_decimal_comma_and_english_a_decimal_point() {
        set_language(Language::German);
        assert_eq!(format_decimal(0.9, 2), "0,90");
        assert_eq!(format_decimal(1234.5, 1), "1.234,5");
        assert_eq!(format_percent(0.9), "90 %");
        set_language(Language::English);
        assert_eq!(format_decimal(0.9, 2), "0.90");
        assert_eq!(format_decimal(1234.5, 1), "1,234.5");
        assert_eq!(format_percent(0.9), "90 %");
    }

    #[test]
    fn a_value_rounding_to_zero_has_no_minus_sign() {
        set_language(Language::English);
        assert_eq!(format_decimal(-0.001, 2), "0.00");
    }

    #[test]
    fn waits_are_written_in_the_largest_sensible_unit_in_each_language() {
        set_language(Language::English);
        assert_eq!(format_interval(Duration::seconds(20)), "1 min");
        assert_eq!(format_interval(Duration::minutes(10)), "10 min");
        assert_eq!(format_interval(Duration::hours(5)), "5 h");
        assert_eq!(format_interval(Duration::days(3)), "3 d");
        assert_eq!(format_interval(Duration::days(61)), "2 mo");
        assert_eq!(format_interval(Duration::days(45)), "1.5 mo");
        assert_eq!(format_interval(Duration::days(800)), "2.2 y");
        set_language(Language::German);
        assert_eq!(format_interval(Duration::minutes(10)), "10 Min.");
        assert_eq!(format_interval(Duration::hours(5)), "5 Std.");
        assert_eq!(format_interval(Duration::days(3)), "3 T.");
        assert_eq!(format_interval(Duration::days(45)), "1,5 Mon.");
        assert_eq!(format_interval(Duration::days(800)), "2,2 J.");
    }
}
