//! Numbers written the German way: `120.000` is a hundred and twenty thousand, `1,5` is
//! one and a half.

/// Reads a number written as a German reader would: `.`, spaces and thin spaces group
/// thousands, `,` marks decimals. A `.` that does not group three digits is taken as a
/// decimal point, so `1.5` still reads as one and a half.
pub fn parse_number(text: &str) -> Option<f64> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let cleaned: String = digits
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\''))
        .collect();
    if cleaned.is_empty()
        || !cleaned
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let (integer, fraction) = match cleaned.split_once(',') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (cleaned.clone(), None),
    };
    if fraction.as_deref().is_some_and(|f| f.contains(['.', ','])) {
        return None;
    }
    let integer = if integer.contains('.') {
        let groups: Vec<&str> = integer.split('.').collect();
        let grouped_thousands = groups[0].len() <= 3
            && !groups[0].is_empty()
            && groups[1..].iter().all(|g| g.len() == 3);
        if grouped_thousands {
            groups.concat()
        } else if groups.len() == 2 && fraction.is_none() {
            // "1.5": a decimal point written the English way.
            return parse_plain(&format!("{}.{}", groups[0], groups[1]), negative);
        } else {
            return None;
        }
    } else {
        integer
    };
    let plain = match fraction {
        Some(f) => format!("{integer}.{f}"),
        None => integer,
    };
    parse_plain(&plain, negative)
}

fn parse_plain(text: &str, negative: bool) -> Option<f64> {
    let value: f64 = text.parse().ok()?;
    Some(if negative { -value } else { value })
}

/// Writes a number the German way: `120.000`, `1,5`, `80`.
pub fn format_number(value: f64) -> String {
    let negative = value < 0.0;
    let value = value.abs();
    let whole = value.trunc() as u64;
    let fraction = value - value.trunc();
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) && digits.len() > 3 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    if fraction > 1e-9 {
        let decimals = format!("{fraction:.3}");
        let decimals = decimals.trim_start_matches('0').trim_start_matches('.');
        let decimals = decimals.trim_end_matches('0');
        if !decimals.is_empty() {
            grouped.push(',');
            grouped.push_str(decimals);
        }
    }
    if negative {
        format!("-{grouped}")
    } else {
        grouped
    }
}

/// Which values a figure with its qualifier allows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bound {
    /// No qualifier: the figure itself.
    Exactly,
    /// "über", "mehr als" (`inclusive: false`); "mindestens" (`inclusive: true`).
    Above { inclusive: bool },
    /// "unter", "weniger als"; "höchstens".
    Below { inclusive: bool },
    /// "circa", "etwa", "rund", "ungefähr": a tenth either way.
    About,
    /// "knapp", "fast": a little under the figure.
    JustUnder,
}

/// Qualifiers as written in decks, lowercase, longest first so "mehr als" wins over "mehr".
const BOUNDS: [(&str, Bound); 14] = [
    ("mindestens", Bound::Above { inclusive: true }),
    ("höchstens", Bound::Below { inclusive: true }),
    ("weniger als", Bound::Below { inclusive: false }),
    ("ungefähr", Bound::About),
    ("mehr als", Bound::Above { inclusive: false }),
    ("zirka", Bound::About),
    ("circa", Bound::About),
    ("über", Bound::Above { inclusive: false }),
    ("unter", Bound::Below { inclusive: false }),
    ("knapp", Bound::JustUnder),
    ("etwa", Bound::About),
    ("rund", Bound::About),
    ("fast", Bound::JustUnder),
    ("ca.", Bound::About),
];

/// A figure as a claim, such as "über 120.000 Leiharbeiter": its qualifier, value and unit,
/// and the values it allows, so that a wrong option is never one the right answer makes
/// true ("über 30.000" is true when "über 120.000" is).
#[derive(Debug, Clone, PartialEq)]
pub struct NumberClaim {
    pub qualifier: Option<String>,
    pub bound: Bound,
    pub value: f64,
    pub unit: Option<String>,
}

impl NumberClaim {
    /// The claim of a qualifier, figure and unit as a fact holds them. An unknown
    /// qualifier is read as "about", the loosest claim.
    pub fn new(qualifier: Option<&str>, value: f64, unit: Option<&str>) -> NumberClaim {
        let bound = match qualifier {
            None => Bound::Exactly,
            Some(q) => bound_of(q).unwrap_or(Bound::About),
        };
        NumberClaim {
            qualifier: qualifier.map(str::to_string),
            bound,
            value,
            unit: unit.map(str::to_string),
        }
    }

    /// Reads "über 150.000 Leiharbeiter", "mindestens 90 Prozent", "40.000": a known
    /// qualifier or none, a figure written the German way, and the rest as the unit.
    /// `None` when no figure stands where it should.
    pub fn parse(text: &str) -> Option<NumberClaim> {
        let text = text.trim();
        let lower = text.to_lowercase();
        let (qualifier, rest) = match BOUNDS.iter().find(|(word, _)| {
            lower
                .strip_prefix(word)
                .is_some_and(|after| after.starts_with(' '))
        }) {
            Some((word, _)) => (Some(&text[..word.len()]), text[word.len()..].trim_start()),
            None => (None, text),
        };
        let end = rest
            .char_indices()
            .find(|(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | ',')))
            .map_or(rest.len(), |(i, _)| i);
        let (figure, unit) = rest.split_at(end);
        let value = parse_number(figure)?;
        let unit = unit.trim();
        Some(NumberClaim::new(
            qualifier,
            value,
            (!unit.is_empty()).then_some(unit),
        ))
    }

    /// The values the claim allows, as (low, high) with whether each end is included.
    pub fn range(&self) -> ((f64, bool), (f64, bool)) {
        let v = self.value;
        match self.bound {
            Bound::Exactly => ((v, true), (v, true)),
            Bound::Above { inclusive } => ((v, inclusive), (f64::INFINITY, false)),
            Bound::Below { inclusive } => ((f64::NEG_INFINITY, false), (v, inclusive)),
            Bound::About => ((v * 0.9, true), (v * 1.1, true)),
            Bound::JustUnder => ((v * 0.9, true), (v, false)),
        }
    }

    /// True when every value this claim allows is allowed by `other` too: `other` is then
    /// right whenever this claim is.
    pub fn implies(&self, other: &NumberClaim) -> bool {
        let ((low, low_in), (high, high_in)) = self.range();
        let ((o_low, o_low_in), (o_high, o_high_in)) = other.range();
        let low_inside = low > o_low || (low == o_low && (o_low_in || !low_in));
        let high_inside = high < o_high || (high == o_high && (o_high_in || !high_in));
        low_inside && high_inside
    }

    /// True when some value is allowed by both claims.
    pub fn overlaps(&self, other: &NumberClaim) -> bool {
        let ((low, low_in), (high, high_in)) = self.range();
        let ((o_low, o_low_in), (o_high, o_high_in)) = other.range();
        let below = high < o_low || (high == o_low && !(high_in && o_low_in));
        let above = low > o_high || (low == o_high && !(low_in && o_high_in));
        !(below || above)
    }
}

/// The bound of a qualifier written in a deck, in any case.
fn bound_of(qualifier: &str) -> Option<Bound> {
    let lower = qualifier.trim().to_lowercase();
    BOUNDS
        .iter()
        .find(|(word, _)| *word == lower || word.trim_end_matches('.') == lower)
        .map(|(_, bound)| *bound)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_thousands_and_decimals_are_read() {
        assert_eq!(parse_number("120.000"), Some(120_000.0));
        assert_eq!(parse_number("120 000"), Some(120_000.0));
        assert_eq!(parse_number("120000"), Some(120_000.0));
        assert_eq!(parse_number("1.234.567"), Some(1_234_567.0));
        assert_eq!(parse_number("1,5"), Some(1.5));
        assert_eq!(parse_number("1.234,5"), Some(1234.5));
        assert_eq!(parse_number("1.5"), Some(1.5));
        assert_eq!(parse_number("-3"), Some(-3.0));
    }

    #[test]
    fn text_that_is_not_a_number_is_refused() {
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("zwölf"), None);
        assert_eq!(parse_number("12o"), None);
        assert_eq!(parse_number("1.23.4"), None);
        assert_eq!(parse_number("1,2,3"), None);
    }

    #[test]
    fn numbers_are_written_the_german_way() {
        assert_eq!(format_number(120_000.0), "120.000");
        assert_eq!(format_number(40_000.0), "40.000");
        assert_eq!(format_number(80.0), "80");
        assert_eq!(format_number(1.5), "1,5");
        assert_eq!(format_number(1_234_567.0), "1.234.567");
        assert_eq!(format_number(999.0), "999");
    }

    fn claim(text: &str) -> NumberClaim {
        NumberClaim::parse(text).expect("a figure")
    }

    #[test]
    fn a_claim_is_read_with_its_qualifier_and_unit() {
        let c = claim("über 150.000 Leiharbeiter");
        assert_eq!(c.qualifier.as_deref(), Some("über"));
        assert_eq!(c.value, 150_000.0);
        assert_eq!(c.unit.as_deref(), Some("Leiharbeiter"));
        assert_eq!(
            claim("Mindestens 80 Prozent").bound,
            Bound::Above { inclusive: true }
        );
        assert_eq!(claim("40.000").bound, Bound::Exactly);
        assert!(NumberClaim::parse("die Hälfte").is_none());
    }

    #[test]
    fn a_lower_bound_implies_every_lower_bound_below_it() {
        assert!(claim("über 120.000").implies(&claim("über 30.000")));
        assert!(claim("mindestens 80 Prozent").implies(&claim("mindestens 20 Prozent")));
        assert!(!claim("über 120.000").implies(&claim("über 150.000")));
        assert!(claim("höchstens 20 Prozent").implies(&claim("unter 50 Prozent")));
    }

    #[test]
    fn an_approximate_figure_overlaps_only_figures_near_it() {
        assert!(claim("circa 40.000").overlaps(&claim("circa 42.000")));
        assert!(!claim("circa 40.000").overlaps(&claim("circa 30.000")));
        assert!(!claim("mindestens 80").overlaps(&claim("höchstens 20")));
        assert!(claim("mindestens 80").overlaps(&claim("höchstens 80")));
        assert!(!claim("über 80").overlaps(&claim("höchstens 80")));
    }
}
