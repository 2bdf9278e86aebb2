//! How long until a card comes back, written short for a button: "10 min", "3 d", "2 mo".

use chrono::Duration;

pub fn format_interval(wait: Duration) -> String {
    let minutes = wait.num_seconds() as f64 / 60.0;
    if minutes < 59.5 {
        return format!("{} min", minutes.round().max(1.0));
    }
    let hours = minutes / 60.0;
    if hours < 23.5 {
        return format!("{} h", hours.round());
    }
    let days = hours / 24.0;
    if days < 29.5 {
        return format!("{} d", days.round());
    }
    let months = days / 30.44;
    if months < 11.95 {
        return format!("{} mo", one_decimal(months));
    }
    format!("{} y", one_decimal(days / 365.25))
}

/// 2.0 → "2", 1.54 → "1.5".
fn one_decimal(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_are_written_in_the_largest_sensible_unit() {
        assert_eq!(format_interval(Duration::seconds(20)), "1 min");
        assert_eq!(format_interval(Duration::minutes(10)), "10 min");
        assert_eq!(format_interval(Duration::hours(5)), "5 h");
        assert_eq!(format_interval(Duration::days(3)), "3 d");
        assert_eq!(format_interval(Duration::days(61)), "2 mo");
        assert_eq!(format_interval(Duration::days(45)), "1.5 mo");
        assert_eq!(format_interval(Duration::days(800)), "2.2 y");
    }
}
