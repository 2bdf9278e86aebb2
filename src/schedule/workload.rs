//! What a desired retention costs: how many reviews it asks for compared with the
//! default 90 %, for the line beside the setting.

/// The number of reviews a known card needs at `retention`, as a multiple of what it needs
/// at `baseline`. FSRS sets a card's interval so the predicted recall falls to the desired
/// retention: with its forgetting curve `R = (1 + f·t/S)^-d` the interval is proportional to
/// `R^(-1/d) - 1`, and the reviews per year to its inverse. Forgotten cards (more of them at
/// lower retention) are left out, so low retentions look a little cheaper than they are.
pub fn review_load_relative_to(retention: f32, baseline: f32, parameters: &[f32]) -> f64 {
    let decay = parameters
        .get(20)
        .copied()
        .unwrap_or(fsrs::FSRS6_DEFAULT_DECAY)
        .max(0.01) as f64;
    let interval = |r: f32| (f64::from(r).powf(-1.0 / decay) - 1.0).max(f64::EPSILON);
    interval(baseline) / interval(retention)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_higher_retention_asks_for_more_reviews_and_a_lower_for_fewer() {
        let at_95 = review_load_relative_to(0.95, 0.9, &[]);
        let at_80 = review_load_relative_to(0.80, 0.9, &[]);
        assert!((2.0..3.0).contains(&at_95), "{at_95}");
        assert!((0.2..0.5).contains(&at_80), "{at_80}");
        assert!((review_load_relative_to(0.9, 0.9, &[]) - 1.0).abs() < 1e-9);
    }
}
