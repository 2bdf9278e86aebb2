//! The scheduler measured on a real learner's reviews: FSRS-6 fitted on the past must
//! predict the future better than FSRS-6's defaults, which must beat Anki's SM-2, as in the
//! published benchmark. The log is read from ../shared/data and never copied here.

use factdeck::cli::evaluate;
use std::path::Path;

#[test]
fn on_real_reviews_fitted_fsrs_beats_default_fsrs_which_beats_sm2() {
    let log = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/review_log_pyfsrs.csv");
    if !log.exists() {
        eprintln!("skipped: {} is not here", log.display());
        return;
    }
    // The log ends in October 2024: any later moment leaves none of it in the future.
    let now_ms = 1_795_766_400_000;
    let report = evaluate(&log, 5, now_ms).expect("the log evaluates");
    assert!(report.left_out.is_empty(), "{:?}", report.left_out);
    println!("{}", report.table());
    assert_eq!(report.reviews, 12_580);
    assert_eq!(
        report.items, 6_276,
        "the README's conversion rule gives 6,276 items"
    );
    let loss: Vec<f64> = report.scores.iter().map(|s| s.metrics.log_loss).collect();
    assert!(
        loss[0] < loss[1],
        "fitted {} < default {}",
        loss[0],
        loss[1]
    );
    assert!(loss[1] < loss[2], "default {} < SM-2 {}", loss[1], loss[2]);
    for score in &report.scores {
        assert!(
            score.metrics.auc > 0.5,
            "{} separates recall from forgetting",
            score.model
        );
    }
}
