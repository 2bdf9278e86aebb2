//! How well a scheduler predicts real recall, measured the way the field does (the
//! srs-benchmark): log loss, RMSE over bins, and AUC, on reviews the model has not seen.
//!
//! Reviews become FSRS training items: per card, ordered by time, one item for every review
//! after the first that falls on a later study day than the one before it; the item holds the
//! history up to and including that review.

use super::Rating;
use fsrs::{
    ComputeParametersInput, FSRS, FSRSItem, FSRSReview, MemoryState, compute_parameters,
    current_retrievability,
};
use std::collections::HashMap;

/// One answer, reduced to what the models need.
#[derive(Debug, Clone, PartialEq)]
pub struct RatedReview {
    pub card: String,
    /// Ordering key within a card (ms since the epoch).
    pub at_ms: i64,
    /// The study day the answer belongs to, as a day number.
    pub day: i64,
    pub rating: Rating,
}

/// A training item and when its last review happened, for splitting past from future.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingItem {
    pub at_ms: i64,
    pub item: FSRSItem,
}

/// Builds training items from reviews in any order, sorted by the time of their last review.
pub fn training_items(reviews: &[RatedReview]) -> Vec<TrainingItem> {
    let mut by_card: HashMap<&str, Vec<&RatedReview>> = HashMap::new();
    for review in reviews {
        by_card.entry(&review.card).or_default().push(review);
    }
    let mut items = Vec::new();
    for history in by_card.values_mut() {
        history.sort_by_key(|r| r.at_ms);
        let mut steps: Vec<FSRSReview> = Vec::with_capacity(history.len());
        let mut previous_day = None;
        for review in history.iter() {
            let delta_t = previous_day.map_or(0, |day: i64| (review.day - day).max(0) as u32);
            previous_day = Some(review.day);
            steps.push(FSRSReview {
                rating: u32::from(review.rating.number()),
                delta_t,
            });
            if steps.len() > 1 && delta_t > 0 {
                items.push(TrainingItem {
                    at_ms: review.at_ms,
                    item: FSRSItem {
                        reviews: steps.clone(),
                    },
                });
            }
        }
    }
    items.sort_by_key(|i| i.at_ms);
    items
}

/// The three figures of the srs-benchmark.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Metrics {
    /// Mean binary cross-entropy of the predicted recall; lower is better.
    pub log_loss: f64,
    /// Root mean square error between predicted and actual recall over bins of similar
    /// reviews (interval, review count, lapses), weighted by bin size; lower is better.
    pub rmse_bins: f64,
    /// Area under the ROC curve: how well predictions separate recalled from forgotten.
    pub auc: f64,
}

/// A prediction for one item: the chance of recall, and whether the learner recalled.
#[derive(Debug, Clone, Copy)]
struct Prediction {
    recall: f64,
    passed: bool,
    bin: (u32, u32, u32),
}

/// A model that predicts the chance of recalling an item's last review.
pub trait RecallModel {
    fn name(&self) -> String;
    fn predict(&self, item: &FSRSItem) -> f64;
}

/// FSRS-6 with given parameters.
pub struct FsrsModel {
    pub label: String,
    fsrs: FSRS,
    decay: f32,
}

impl FsrsModel {
    pub fn new(label: &str, parameters: &[f32]) -> Result<FsrsModel, fsrs::FSRSError> {
        let fsrs = FSRS::new(parameters)?;
        let decay = parameters
            .get(20)
            .copied()
            .unwrap_or(fsrs::FSRS6_DEFAULT_DECAY);
        Ok(FsrsModel {
            label: label.to_string(),
            fsrs,
            decay,
        })
    }
}

impl RecallModel for FsrsModel {
    fn name(&self) -> String {
        self.label.clone()
    }

    fn predict(&self, item: &FSRSItem) -> f64 {
        let (current, history) = match item.reviews.split_last() {
            Some(split) => split,
            None => return 0.5,
        };
        let state = self
            .fsrs
            .memory_state(
                FSRSItem {
                    reviews: history.to_vec(),
                },
                None,
            )
            .unwrap_or(MemoryState {
                stability: 1.0,
                difficulty: 5.0,
            });
        f64::from(current_retrievability(
            state,
            current.delta_t as f32,
            self.decay,
        ))
    }
}

/// SM-2 as Anki schedules with it (default options: graduating interval 1 day, easy
/// interval 4 days, starting ease 250 %, hard ×1.2, easy bonus ×1.3, lapses back to 1 day),
/// predicting recall with Anki's assumption that 90 % are recalled after one interval.
pub struct AnkiSm2;

impl AnkiSm2 {
    /// The interval in days Anki's SM-2 would have scheduled after `history`.
    pub fn interval_after(history: &[FSRSReview]) -> f64 {
        let mut interval = 0.0_f64;
        let mut ease = 2.5_f64;
        for (index, review) in history.iter().enumerate() {
            let delta = f64::from(review.delta_t);
            if index == 0 {
                interval = if review.rating == 4 { 4.0 } else { 1.0 };
                continue;
            }
            if review.delta_t == 0 {
                // A same-day answer is a learning step: only forgetting resets the card.
                if review.rating == 1 {
                    interval = 1.0;
                }
                continue;
            }
            let late = (delta - interval).max(0.0);
            interval = match review.rating {
                1 => {
                    ease = (ease - 0.2).max(1.3);
                    1.0
                }
                2 => {
                    ease = (ease - 0.15).max(1.3);
                    (interval * 1.2).max(interval + 1.0)
                }
                3 => ((interval + late / 2.0) * ease).max(interval + 1.0),
                _ => {
                    let next = ((interval + late) * ease * 1.3).max(interval + 1.0);
                    ease += 0.15;
                    next
                }
            };
            interval = interval.min(36_500.0);
        }
        interval.max(1.0)
    }
}

impl RecallModel for AnkiSm2 {
    fn name(&self) -> String {
        crate::tr!("evaluate-model-sm2")
    }

    fn predict(&self, item: &FSRSItem) -> f64 {
        let (current, history) = match item.reviews.split_last() {
            Some(split) => split,
            None => return 0.5,
        };
        let interval = AnkiSm2::interval_after(history);
        0.9_f64.powf(f64::from(current.delta_t) / interval)
    }
}

/// The bin of an item for RMSE(bins), as the fsrs crate and the srs-benchmark define it.
fn bin_of(item: &FSRSItem) -> (u32, u32, u32) {
    let Some((current, history)) = item.reviews.split_last() else {
        return (0, 0, 0);
    };
    let delta_t = f64::from(current.delta_t.max(1));
    let delta_t_bin = (2.48 * 3.62f64.powf(delta_t.log(3.62).floor()) * 100.0).round() as u32;
    let long_term = item.reviews.iter().filter(|r| r.delta_t > 0).count() as f64 + 1.0;
    let length_bin = (1.99 * 1.89f64.powf(long_term.log(1.89).floor())).round() as u32;
    let lapses = history
        .iter()
        .filter(|r| r.rating == 1 && r.delta_t > 0)
        .count();
    let lapse_bin = if lapses == 0 {
        0
    } else {
        (1.65 * 1.73f64.powf((lapses as f64).log(1.73).floor())).round() as u32
    };
    (delta_t_bin, length_bin, lapse_bin)
}

fn predictions(model: &dyn RecallModel, items: &[TrainingItem]) -> Vec<Prediction> {
    items
        .iter()
        .map(|t| Prediction {
            recall: model.predict(&t.item).clamp(1e-4, 1.0 - 1e-4),
            passed: t.item.reviews.last().is_some_and(|r| r.rating > 1),
            bin: bin_of(&t.item),
        })
        .collect()
}

fn metrics(predictions: &[Prediction]) -> Metrics {
    let n = predictions.len().max(1) as f64;
    let log_loss = predictions
        .iter()
        .map(|p| {
            if p.passed {
                -p.recall.ln()
            } else {
                -(1.0 - p.recall).ln()
            }
        })
        .sum::<f64>()
        / n;

    let mut bins: HashMap<(u32, u32, u32), (f64, f64, f64)> = HashMap::new();
    for p in predictions {
        let entry = bins.entry(p.bin).or_default();
        entry.0 += p.recall;
        entry.1 += f64::from(u8::from(p.passed));
        entry.2 += 1.0;
    }
    let squared: f64 = bins
        .values()
        .map(|(predicted, actual, count)| (predicted / count - actual / count).powi(2) * count)
        .sum();
    let rmse_bins = (squared / n).sqrt();

    Metrics {
        log_loss,
        rmse_bins,
        auc: auc(predictions),
    }
}

/// The chance that a recalled item got a higher prediction than a forgotten one (ties
/// count half), computed from ranks.
fn auc(predictions: &[Prediction]) -> f64 {
    let mut sorted: Vec<&Prediction> = predictions.iter().collect();
    sorted.sort_by(|a, b| a.recall.total_cmp(&b.recall));
    let positives = sorted.iter().filter(|p| p.passed).count() as f64;
    let negatives = sorted.len() as f64 - positives;
    if positives == 0.0 || negatives == 0.0 {
        return 0.5;
    }
    let mut rank_sum = 0.0;
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j + 1 < sorted.len() && sorted[j + 1].recall == sorted[i].recall {
            j += 1;
        }
        let average_rank = (i + j) as f64 / 2.0 + 1.0;
        rank_sum += average_rank * sorted[i..=j].iter().filter(|p| p.passed).count() as f64;
        i = j + 1;
    }
    (rank_sum - positives * (positives + 1.0) / 2.0) / (positives * negatives)
}

/// One row of the comparison table.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelScore {
    pub model: String,
    pub metrics: Metrics,
}

/// Why a log could not be evaluated or fitted; worded (`Display`) in the thread's language.
#[derive(Debug, thiserror::Error)]
pub enum EvaluateError {
    /// Items found, items needed.
    NotEnoughData(usize, usize),
    Fitting(fsrs::FSRSError),
}

impl std::fmt::Display for EvaluateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            EvaluateError::NotEnoughData(found, needed) => tr!(
                "evaluate-error-not-enough-data",
                found = *found,
                needed = *needed
            ),
            EvaluateError::Fitting(e) => tr!("evaluate-error-fitting", reason = e.to_string()),
        };
        f.write_str(&text)
    }
}

/// Fits FSRS-6 parameters to items (Anki's optimiser, from the fsrs crate).
pub fn fit_parameters(items: &[TrainingItem]) -> Result<Vec<f32>, EvaluateError> {
    compute_parameters(ComputeParametersInput {
        train_set: items.iter().map(|t| t.item.clone()).collect(),
        ..ComputeParametersInput::default()
    })
    .map_err(EvaluateError::Fitting)
}

/// Compares FSRS-6 with default parameters, FSRS-6 fitted on the past and Anki's SM-2 with
/// a time-series split: the items (sorted by time) are cut into `folds + 1` segments; for each
/// fold the fitted model is trained on every segment before the test segment. All models
/// are scored on the same test items, the union of the test segments.
pub fn compare_models(
    items: &[TrainingItem],
    folds: usize,
) -> Result<Vec<ModelScore>, EvaluateError> {
    let folds = folds.max(1);
    let segment = items.len() / (folds + 1);
    let needed = (folds + 1) * 10;
    if segment < 10 {
        return Err(EvaluateError::NotEnoughData(items.len(), needed));
    }
    let default = FsrsModel::new(&crate::tr!("evaluate-model-default"), &[])
        .map_err(EvaluateError::Fitting)?;
    let mut fitted_predictions = Vec::new();
    let mut test_items = Vec::new();
    for fold in 0..folds {
        let test_start = (fold + 1) * segment;
        let test_end = if fold + 1 == folds {
            items.len()
        } else {
            (fold + 2) * segment
        };
        let parameters = fit_parameters(&items[..test_start])?;
        let fitted = FsrsModel::new("fitted", &parameters).map_err(EvaluateError::Fitting)?;
        let test = &items[test_start..test_end];
        fitted_predictions.extend(predictions(&fitted, test));
        test_items.extend_from_slice(test);
    }
    Ok(vec![
        ModelScore {
            model: crate::tr!("evaluate-model-fitted"),
            metrics: metrics(&fitted_predictions),
        },
        ModelScore {
            model: default.name(),
            metrics: metrics(&predictions(&default, &test_items)),
        },
        ModelScore {
            model: AnkiSm2.name(),
            metrics: metrics(&predictions(&AnkiSm2, &test_items)),
        },
    ])
}

/// Scores one model on items it may have seen (for comparing a learner's old and new
/// parameters on their own history).
pub fn score(model: &dyn RecallModel, items: &[TrainingItem]) -> Metrics {
    metrics(&predictions(model, items))
}

/// Reviews needed before a learner's own parameters are fitted; with fewer, the fit mostly
/// learns noise.
pub const MIN_REVIEWS_TO_OPTIMISE: usize = 400;

/// The outcome of fitting a learner's own parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct Optimisation {
    /// How well the parameters in use predict the learner's history.
    pub before: Metrics,
    /// How well the newly fitted parameters predict it.
    pub after: Metrics,
    pub fitted: Vec<f32>,
}

impl Optimisation {
    /// New parameters are kept only when they predict the history better.
    pub fn is_better(&self) -> bool {
        self.after.log_loss < self.before.log_loss
    }
}

/// Fits parameters to a learner's history and scores them against the current ones on
/// the same history, as Anki does before offering them.
pub fn optimise(items: &[TrainingItem], current: &[f32]) -> Result<Optimisation, EvaluateError> {
    if items.len() < 2 {
        return Err(EvaluateError::NotEnoughData(items.len(), 2));
    }
    let fitted = fit_parameters(items)?;
    let before = FsrsModel::new("current", current).map_err(EvaluateError::Fitting)?;
    let after = FsrsModel::new("fitted", &fitted).map_err(EvaluateError::Fitting)?;
    Ok(Optimisation {
        before: score(&before, items),
        after: score(&after, items),
        fitted,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn review(card: &str, day: i64, rating: Rating) -> RatedReview {
        RatedReview {
            card: card.to_string(),
            at_ms: day * 86_400_000,
            day,
            rating,
        }
    }

    #[test]
    fn items_are_made_for_every_later_day_review_after_the_first() {
        let reviews = [
            review("a", 0, Rating::Again),
            review("a", 0, Rating::Good),
            review("a", 1, Rating::Good),
            review("a", 4, Rating::Again),
            review("b", 2, Rating::Good),
        ];
        let items = training_items(&reviews);
        let deltas: Vec<Vec<u32>> = items
            .iter()
            .map(|i| i.item.reviews.iter().map(|r| r.delta_t).collect())
            .collect();
        assert_eq!(deltas, [vec![0, 0, 1], vec![0, 0, 1, 3]]);
    }

    #[test]
    fn auc_is_one_for_perfect_separation_and_a_half_for_none() {
        let p = |recall, passed| Prediction {
            recall,
            passed,
            bin: (0, 0, 0),
        };
        assert_eq!(auc(&[p(0.9, true), p(0.8, true), p(0.2, false)]), 1.0);
        assert_eq!(auc(&[p(0.5, true), p(0.5, false)]), 0.5);
    }

    #[test]
    fn sm2_grows_the_interval_by_the_ease_on_good() {
        let history = [
            FSRSReview {
                rating: 3,
                delta_t: 0,
            },
            FSRSReview {
                rating: 3,
                delta_t: 1,
            },
            FSRSReview {
                rating: 3,
                delta_t: 3,
            },
        ];
        // The second answer came on time after 1 day: 1 × 2.5 = 2.5 days. The third came
        // 3 days later, half a day late: (2.5 + 0.5 / 2) × 2.5 = 6.875 days.
        let interval = AnkiSm2::interval_after(&history);
        assert!((interval - 6.875).abs() < 1e-9, "{interval}");
    }

    #[test]
    fn a_good_model_beats_a_coin_on_log_loss() {
        let p = |recall, passed| Prediction {
            recall,
            passed,
            bin: (0, 0, 0),
        };
        let good = metrics(&[p(0.9, true), p(0.1, false)]);
        let coin = metrics(&[p(0.5, true), p(0.5, false)]);
        assert!(good.log_loss < coin.log_loss);
    }
}
