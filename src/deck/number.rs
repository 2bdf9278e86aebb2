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
}
