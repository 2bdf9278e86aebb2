//! The answer cycle a learner feels: check the answer, schedule it with FSRS, commit it
//! durably to SQLite, and have the next question ready. Prints mean and percentiles, with
//! `synchronous=FULL` (the program's setting) and without fsync (the CPU floor).
//! Run: `cargo bench --bench answer_latency`.

mod common;

use common::timing::{mean, ms, percentile, time_each};
use factdeck::quiz::{QuestionKind, Response};
use factdeck::session::{Scope, StudySession, StudyState};
use std::time::Duration;

const ANSWERS: usize = 2_000;

fn main() {
    println!(
        "{:<28} {:>8} {:>10} {:>10} {:>10} {:>10}",
        "answer cycle", "cards", "mean", "p50", "p99", "max"
    );
    for cards in [1_000, 10_000, 100_000] {
        for durable in [true, false] {
            let times = measure(cards, durable);
            let label = if durable {
                "durable (synchronous=FULL)"
            } else {
                "without fsync (CPU floor)"
            };
            println!(
                "{label:<28} {cards:>8} {:>10} {:>10} {:>10} {:>10}",
                ms(mean(&times)),
                ms(percentile(&times, 0.50)),
                ms(percentile(&times, 0.99)),
                ms(percentile(&times, 1.0)),
            );
        }
    }
}

fn measure(cards: usize, durable: bool) -> Vec<Duration> {
    let dir = tempfile::tempdir().expect("temporary folder");
    common::data_dir(dir.path(), cards, 10);
    let mut collection = common::open(dir.path());
    if !durable {
        collection
            .without_fsync_for_benchmarks()
            .expect("synchronous off");
    }
    let mut session =
        StudySession::start(&collection, common::DECK, Scope::WholeDeck).expect("session");
    time_each(ANSWERS, |lap| {
        let response = match session.question().map(|q| q.kind) {
            Some(QuestionKind::MultipleChoice) => Some(Response::Choice(0)),
            Some(QuestionKind::TrueFalse) => Some(Response::TrueFalse(true)),
            Some(_) => Some(Response::Typed("Zwei".to_string())),
            None => None,
        };
        lap.start();
        let result = match (session.state().clone(), response) {
            (StudyState::Question { .. }, Some(response)) => session
                .submit(&mut collection, response)
                .and_then(|()| session.proceed(&mut collection)),
            (StudyState::Question { .. }, None) => {
                session.reveal();
                session.rate(&mut collection, factdeck::schedule::Rating::Good)
            }
            _ => return false,
        };
        result.expect("answer saved");
        true
    })
}
