//! Fills a data folder with weeks of simulated study, to look at the statistics, the
//! home screen and the card browser with a history in them (the screenshots in
//! `assets/screenshots/` were taken this way):
//!
//! ```sh
//! cargo run --example seed_history -- /tmp/factdeck-demo      # 30 days up to now
//! cargo run --example seed_history -- /tmp/factdeck-demo 120  # or another number of days
//! cargo run -- --data-dir /tmp/factdeck-demo
//! ```
//!
//! The simulated learner takes three new cards a day, studies most evenings, remembers each card with the chance FSRS
//! predicts (a bit less for new cards), and takes 4 to 20 seconds per answer. Every answer
//! goes through `Collection::answer`, exactly as in the window. The folder must not hold
//! progress yet.

use chrono::{Duration, Local, Timelike};
use factdeck::clock::{Clock, ManualClock};
use factdeck::schedule::Rating;
use factdeck::session::{AnswerDetails, Collection, NextCard, Scope, StudySettings};
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: seed_history DATA_DIR [DAYS]");
        return ExitCode::FAILURE;
    };
    let days: i64 = match args.next().map(|d| d.parse()) {
        None => 30,
        Some(Ok(days)) if days > 0 => days,
        Some(_) => {
            eprintln!("DAYS must be a positive whole number");
            return ExitCode::FAILURE;
        }
    };
    if dir.join("progress.sqlite3").exists() {
        eprintln!(
            "{} already holds progress; give an empty folder",
            dir.display()
        );
        return ExitCode::FAILURE;
    }
    match seed(&dir, days) {
        Ok(answers) => {
            println!(
                "{answers} answers over {days} days written to {}",
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("seed_history: {message}");
            ExitCode::FAILURE
        }
    }
}

fn seed(dir: &std::path::Path, days: i64) -> Result<usize, String> {
    let now = Local::now().fixed_offset();
    // The first evening at 19:00, `days` days ago.
    let start = (now - Duration::days(days))
        .with_hour(19)
        .and_then(|t| t.with_minute(0))
        .ok_or("cannot compute the start time")?;
    let clock = ManualClock::new(start);
    let mut collection =
        Collection::open(dir, &[], Arc::new(clock.clone())).map_err(|e| e.to_string())?;
    let deck_id = collection
        .decks()
        .first()
        .map(|d| d.id.clone())
        .ok_or("no deck could be loaded")?;
    // A few new cards a day, so that after a few weeks some topics are learned and
    // others not yet begun, as for a real learner part of the way through.
    let settings = collection.settings().clone();
    collection
        .set_settings(StudySettings {
            new_per_day: 3,
            ..settings.clone()
        })
        .map_err(|e| e.to_string())?;
    let mut rng = StdRng::seed_from_u64(2019);
    let mut answers = 0;
    for day in 0..=days {
        // Today's session starts an hour and a half before now, so today's figures show it.
        let evening = (start + Duration::days(day)).min(now - Duration::minutes(90));
        // Skips about one evening in six, but never the last week, so a streak shows.
        if day < days - 7 && rng.random_range(0..6) == 0 {
            continue;
        }
        if evening > clock.now() {
            clock.advance(evening - clock.now());
        }
        answers += study_evening(&mut collection, &deck_id, &clock, &mut rng)?;
    }
    collection
        .set_settings(settings)
        .map_err(|e| e.to_string())?;
    Ok(answers)
}

/// Studies until nothing is due (or 80 answers), like one evening's session.
fn study_evening(
    collection: &mut Collection,
    deck_id: &str,
    clock: &ManualClock,
    rng: &mut StdRng,
) -> Result<usize, String> {
    let mut answers = 0;
    while answers < 80 {
        let card_id = match collection
            .next_card(deck_id, &Scope::WholeDeck)
            .map_err(|e| e.to_string())?
        {
            NextCard::Card(card) => card.id.as_str().to_string(),
            NextCard::Done { .. } => break,
        };
        let state = collection.card_state(deck_id, &card_id);
        let recall = collection
            .scheduler()
            .retrievability(&state, clock.now())
            .unwrap_or(0.7);
        let rating = if rng.random_range(0.0..1.0) > recall {
            Rating::Again
        } else {
            match rng.random_range(0..10) {
                0 => Rating::Hard,
                1 => Rating::Easy,
                _ => Rating::Good,
            }
        };
        let elapsed_ms = rng.random_range(4_000..20_000);
        clock.advance(Duration::milliseconds(elapsed_ms));
        collection
            .answer(
                deck_id,
                &card_id,
                rating,
                AnswerDetails::flashcard(elapsed_ms),
            )
            .map_err(|e| e.to_string())?;
        answers += 1;
        // A learning card comes back after its step; waiting for it is part of a session.
        if let NextCard::Done {
            next_due: Some(due),
        } = collection
            .next_card(deck_id, &Scope::WholeDeck)
            .map_err(|e| e.to_string())?
        {
            let wait = due - clock.now().timestamp_millis();
            if wait > 0 && wait < 20 * 60_000 {
                clock.advance(Duration::milliseconds(wait));
            }
        }
    }
    Ok(answers)
}
