//! Dates as the article gives them: a year, a month of a year, a month alone, a full date,
//! a day of a month without a year, or a weekday.

use std::fmt;

pub const GERMAN_MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

pub const GERMAN_WEEKDAYS: [&str; 7] = [
    "Montag",
    "Dienstag",
    "Mittwoch",
    "Donnerstag",
    "Freitag",
    "Samstag",
    "Sonntag",
];

/// A date with only the precision the source gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum FactDate {
    Year(i32),
    YearMonth(i32, u32),
    /// A month without a year ("im Februar").
    Month(u32),
    Day(i32, u32, u32),
    /// A weekday without a date ("am Donnerstag"); 0 is Monday.
    Weekday(u32),
    /// A day of a month without a year ("am 12. November"): month, then day.
    MonthDay(u32, u32),
}

impl FactDate {
    /// Reads `2013`, `2019-02`, `--02` (a month alone), `2019-04-25`, `--04-25` (a day of
    /// a month, no year) or a German weekday.
    pub fn parse(text: &str) -> Result<FactDate, super::DateProblem> {
        let text = text.trim();
        if let Some(index) = GERMAN_WEEKDAYS
            .iter()
            .position(|d| d.eq_ignore_ascii_case(text))
        {
            return Ok(FactDate::Weekday(index as u32));
        }
        let invalid = || super::DateProblem::NotADate(text.to_string());
        if let Some(without_year) = text.strip_prefix("--") {
            return match without_year.split_once('-') {
                None => parse_month(without_year)
                    .map(FactDate::Month)
                    .ok_or_else(invalid),
                Some((month, day)) => {
                    let month = parse_month(month).ok_or_else(invalid)?;
                    let day: u32 = (day.len() == 2)
                        .then(|| day.parse().ok())
                        .flatten()
                        .ok_or_else(invalid)?;
                    // Some year has a 29th of February.
                    if chrono::NaiveDate::from_ymd_opt(2000, month, day).is_none() {
                        return Err(super::DateProblem::NotADay(text.to_string()));
                    }
                    Ok(FactDate::MonthDay(month, day))
                }
            };
        }
        let parts: Vec<&str> = text.split('-').collect();
        let year = |s: &str| -> Option<i32> {
            // There is no year 0: the year before 1 is 1 BC, which no deck writes.
            (s.len() == 4 && s.chars().all(|c| c.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
                .filter(|y| *y > 0)
        };
        match parts.as_slice() {
            [y] => year(y).map(FactDate::Year).ok_or_else(invalid),
            [y, m] => match (year(y), parse_month(m)) {
                (Some(y), Some(m)) => Ok(FactDate::YearMonth(y, m)),
                _ => Err(invalid()),
            },
            [y, m, d] => {
                let (Some(y), Some(m)) = (year(y), parse_month(m)) else {
                    return Err(invalid());
                };
                let d: u32 = d.parse().map_err(|_| invalid())?;
                if chrono::NaiveDate::from_ymd_opt(y, m, d).is_none() {
                    return Err(super::DateProblem::NotADay(text.to_string()));
                }
                Ok(FactDate::Day(y, m, d))
            }
            _ => Err(invalid()),
        }
    }

    /// The year, where the date has one.
    pub fn year(&self) -> Option<i32> {
        match *self {
            FactDate::Year(y) | FactDate::YearMonth(y, _) | FactDate::Day(y, _, _) => Some(y),
            FactDate::Month(_) | FactDate::Weekday(_) | FactDate::MonthDay(..) => None,
        }
    }

    pub fn month(&self) -> Option<u32> {
        match *self {
            FactDate::YearMonth(_, m)
            | FactDate::Month(m)
            | FactDate::Day(_, m, _)
            | FactDate::MonthDay(m, _) => Some(m),
            FactDate::Year(_) | FactDate::Weekday(_) => None,
        }
    }

    /// A key that puts dated events in order (earliest first); `None` without a year.
    pub fn sort_key(&self) -> Option<(i32, u32, u32)> {
        match *self {
            FactDate::Year(y) => Some((y, 0, 0)),
            FactDate::YearMonth(y, m) => Some((y, m, 0)),
            FactDate::Day(y, m, d) => Some((y, m, d)),
            FactDate::Month(_) | FactDate::Weekday(_) | FactDate::MonthDay(..) => None,
        }
    }
}

fn parse_month(text: &str) -> Option<u32> {
    let m: u32 = text.parse().ok()?;
    (text.len() == 2 && (1..=12).contains(&m)).then_some(m)
}

/// German, as a reader would write it: `2013`, `Februar 2019`, `25. April 2019`,
/// `25. April`.
impl fmt::Display for FactDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let month = |m: u32| GERMAN_MONTHS[(m as usize).saturating_sub(1).min(11)];
        match *self {
            FactDate::Year(y) => write!(f, "{y}"),
            FactDate::YearMonth(y, m) => write!(f, "{} {y}", month(m)),
            FactDate::Month(m) => write!(f, "{}", month(m)),
            FactDate::Day(y, m, d) => write!(f, "{d}. {} {y}", month(m)),
            FactDate::Weekday(d) => write!(f, "{}", GERMAN_WEEKDAYS[(d as usize).min(6)]),
            FactDate::MonthDay(m, d) => write!(f, "{d}. {}", month(m)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_precision_is_read_and_written_in_german() {
        let shown = |s: &str| FactDate::parse(s).map(|d| d.to_string());
        assert_eq!(shown("2013"), Ok("2013".into()));
        assert_eq!(shown("2019-02"), Ok("Februar 2019".into()));
        assert_eq!(shown("--02"), Ok("Februar".into()));
        assert_eq!(shown("2019-04-25"), Ok("25. April 2019".into()));
        assert_eq!(shown("Donnerstag"), Ok("Donnerstag".into()));
        assert_eq!(shown("--11-12"), Ok("12. November".into()));
        assert_eq!(shown("--02-29"), Ok("29. Februar".into()));
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert!(FactDate::parse("2019-13").is_err());
        assert!(FactDate::parse("2019-02-30").is_err());
        assert!(FactDate::parse("19").is_err());
        assert!(FactDate::parse("Frühling").is_err());
        assert!(FactDate::parse("--02-30").is_err());
        assert!(FactDate::parse("--13-01").is_err());
        assert!(FactDate::parse("--11-1").is_err());
    }
}
