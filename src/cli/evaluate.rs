//! `factdeck evaluate`: how well FSRS-6 (default and fitted) and Anki's SM-2 predict a real
//! review log.

use crate::clock::{Clock, SystemClock};
use std::path::Path;
use std::process::ExitCode;

/// What `factdeck evaluate` measured.
#[derive(Debug)]
pub struct EvaluationReport {
    pub reviews: usize,
    pub cards: usize,
    pub items: usize,
    pub scores: Vec<crate::schedule::evaluate::ModelScore>,
    /// The rows left out, as `file:line: why; left out`.
    pub left_out: Vec<String>,
}

impl EvaluationReport {
    /// The table printed for the learner, one row per model.
    pub fn table(&self) -> String {
        let mut out = crate::tr!(
            "cli-evaluate-summary",
            reviews = self.reviews,
            cards = self.cards,
            items = self.items
        );
        out.push_str("\n\n");
        out.push_str(&format!(
            "{:<48} {:>9} {:>11} {:>7}\n",
            crate::tr!("cli-evaluate-model"),
            "log loss",
            "RMSE(bins)",
            "AUC"
        ));
        for score in &self.scores {
            out.push_str(&format!(
                "{:<48} {:>9.4} {:>11.4} {:>7.4}\n",
                score.model, score.metrics.log_loss, score.metrics.rmse_bins, score.metrics.auc
            ));
        }
        out
    }
}

/// Compares the schedulers on a review log in the FSRS tools' CSV format.
/// Rows that cannot be real answers (see `revlog_csv::RowRefusal`) are left out and named.
pub fn evaluate(path: &Path, folds: usize, now_ms: i64) -> Result<EvaluationReport, String> {
    use crate::interop::import_file::{MAX_IMPORT_BYTES, log_row_problems};
    use crate::interop::revlog_csv::read_reviews;
    use crate::schedule::evaluate::{compare_models, training_items};
    let bytes = crate::bounded_file::read_bounded(path, MAX_IMPORT_BYTES).map_err(|e| {
        crate::tr!(
            "cli-cannot-read",
            path = path.display().to_string(),
            reason = e.to_string()
        )
    })?;
    let (reviews, refused) =
        read_reviews(bytes.as_slice(), now_ms).map_err(|e| format!("{}: {e}", path.display()))?;
    let cards = reviews
        .iter()
        .map(|r| r.card.as_str())
        .collect::<std::collections::HashSet<_>>()
        .len();
    let items = training_items(&reviews);
    let scores = compare_models(&items, folds).map_err(|e| e.to_string())?;
    Ok(EvaluationReport {
        reviews: reviews.len(),
        cards,
        items: items.len(),
        scores,
        left_out: log_row_problems(&refused, path),
    })
}

/// `factdeck evaluate LOG`: the rows left out, then one line per model.
pub fn run(log: &Path, folds: usize) -> Result<ExitCode, String> {
    let now_ms = crate::clock::to_millis(SystemClock.now());
    evaluate(log, folds, now_ms).map(|report| {
        for line in &report.left_out {
            tell!("{line}");
        }
        say!("{}", report.table().trim_end());
        ExitCode::SUCCESS
    })
}
