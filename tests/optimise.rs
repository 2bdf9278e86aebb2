//! "Optimise for me": a learner's own history becomes training items, and fitted
//! parameters are offered only when they predict that history better.

use chrono::Duration;
use factdeck::clock::ManualClock;
use factdeck::deck::load_decks;
use factdeck::schedule::Rating;
use factdeck::schedule::evaluate::{MIN_REVIEWS_TO_OPTIMISE, optimise};
use factdeck::session::{Collection, Scope, StudySession, StudyState};
use factdeck::store::Store;
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use std::sync::Arc;

/// A learner who studies every day for two months, forgetting a fifth of the time.
fn studied_collection(clock: &ManualClock) -> Collection {
    let store = Store::open_in_memory().unwrap();
    let mut collection =
        Collection::from_parts(store, load_decks(&[]), Arc::new(clock.clone())).unwrap();
    let mut rng = StdRng::seed_from_u64(7);
    for _ in 0..60 {
        let mut session =
            StudySession::start(&collection, "kim-putin-2019", Scope::WholeDeck).unwrap();
        while let StudyState::Question { .. } = session.state() {
            session.reveal();
            let rating = if rng.random::<f32>() < 0.2 {
                Rating::Again
            } else {
                Rating::Good
            };
            session.rate(&mut collection, rating).unwrap();
            clock.advance(Duration::seconds(20));
        }
        clock.advance(Duration::days(1));
    }
    collection
}

#[test]
fn a_learners_history_becomes_training_items_and_can_be_fitted() {
    let clock = ManualClock::at_utc("2026-01-05T07:00:00Z", 1);
    let collection = studied_collection(&clock);
    let (reviews, items) = collection.training_items().unwrap();
    assert!(reviews >= MIN_REVIEWS_TO_OPTIMISE, "{reviews} reviews");
    assert!(!items.is_empty());
    // Every item ends with a review on a later day than the one before it.
    assert!(
        items
            .iter()
            .all(|i| i.item.reviews.last().unwrap().delta_t > 0)
    );
    let outcome = optimise(&items, &[]).unwrap();
    assert_eq!(outcome.fitted.len(), 21);
    assert!(outcome.after.log_loss.is_finite() && outcome.before.log_loss.is_finite());
}

#[test]
fn fitted_parameters_are_not_better_than_themselves() {
    let clock = ManualClock::at_utc("2026-01-05T07:00:00Z", 1);
    let collection = studied_collection(&clock);
    let (_, items) = collection.training_items().unwrap();
    let first = optimise(&items, &[]).unwrap();
    let again = optimise(&items, &first.fitted).unwrap();
    // Fitting the same history again gives the same parameters: nothing to gain, so the
    // learner's parameters would stay as they are.
    assert_eq!(again.fitted, first.fitted);
    assert!(!again.is_better());
}
