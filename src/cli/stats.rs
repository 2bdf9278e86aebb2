//! `factdeck stats`: the progress figures the window shows (reviews, streaks, mastery per
//! topic), printed, or as one JSON object for scripts.

use super::{command_data_dir, put_data};
use crate::clock::SystemClock;
use crate::session::{Collection, Scope, SessionError};
use crate::stats::{PhaseCounts, StatsSnapshot};
use crate::tr;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

/// `factdeck stats --json`: the same figures the window shows.
#[derive(Debug, Serialize)]
pub struct StatsReport {
    pub data_dir: Option<String>,
    pub total_reviews: usize,
    pub reviews_today: usize,
    pub decks: Vec<DeckStats>,
    pub deck_problems: Vec<String>,
    /// What the learner must know about the decks loaded (a file replacing a built-in deck).
    pub deck_notices: Vec<String>,
    /// Every figure of the statistics screen: history by day, streaks, retention, due
    /// forecast, card states, stability and mastery per topic.
    pub statistics: StatsSnapshot,
}

#[derive(Debug, Serialize)]
pub struct DeckStats {
    pub id: String,
    pub title: String,
    pub facts: usize,
    /// Cards by phase: never answered, learning, in review.
    pub cards: PhaseCounts,
    /// Cards waiting today, within the daily limits.
    pub due_today: crate::session::CardCounts,
}

pub fn stats(collection: &Collection) -> Result<StatsReport, SessionError> {
    let mut decks = Vec::new();
    for deck in collection.decks() {
        decks.push(DeckStats {
            id: deck.id.clone(),
            title: deck.title.clone(),
            facts: deck.facts.len(),
            cards: collection.phase_counts(&deck.id),
            due_today: collection.counts(&deck.id, &Scope::WholeDeck)?,
        });
    }
    Ok(StatsReport {
        data_dir: collection.data_dir().map(|d| d.display().to_string()),
        total_reviews: collection.answer_count()?,
        reviews_today: collection.reviews_today()?,
        decks,
        deck_problems: collection
            .deck_problems()
            .iter()
            .map(ToString::to_string)
            .collect(),
        deck_notices: collection
            .deck_notices()
            .iter()
            .map(ToString::to_string)
            .collect(),
        statistics: collection.stats_snapshot()?,
    })
}

/// `factdeck stats`: the figures as lines, or with `--json` as one JSON object.
pub fn run(
    data_dir_flag: Option<&Path>,
    decks: &[PathBuf],
    json: bool,
) -> Result<ExitCode, String> {
    let dir = command_data_dir(data_dir_flag)?;
    let collection =
        Collection::open(&dir, decks, Arc::new(SystemClock)).map_err(|e| e.to_string())?;
    let report = stats(&collection).map_err(|e| e.to_string())?;
    if json {
        let text = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
        put_data(&text, true);
    } else {
        say!(
            "{}",
            tr!("cli-stats-progress-in", path = dir.display().to_string())
        );
        say!(
            "{}",
            tr!(
                "cli-stats-reviews",
                total = report.total_reviews,
                today = report.reviews_today
            )
        );
        for deck in &report.decks {
            say!(
                "{}",
                tr!(
                    "cli-stats-deck",
                    title = deck.title.as_str(),
                    id = deck.id.as_str(),
                    new = deck.cards.new,
                    learning = deck.cards.learning,
                    review = deck.cards.review,
                    due_new = deck.due_today.new,
                    due_learning = deck.due_today.learning,
                    due = deck.due_today.due
                )
            );
        }
        let stats = &report.statistics;
        say!(
            "{}",
            tr!(
                "cli-stats-today",
                done = stats.today_figures.reviews_done,
                remaining = stats.today_figures.remaining,
                streak = stats.streaks.current_days,
                longest = stats.streaks.longest_days
            )
        );
        if let Some(share) = stats.retention_last_7_days.share() {
            say!(
                "{}",
                tr!(
                    "cli-stats-retention",
                    share = crate::i18n::format_percent(f64::from(share)),
                    target = crate::i18n::format_percent(f64::from(stats.desired_retention))
                )
            );
        }
        for deck in &stats.mastery {
            say!("{}", tr!("cli-stats-mastery", title = deck.title.as_str()));
            for topic in &deck.topics {
                say!(
                    "{}",
                    tr!(
                        "cli-stats-topic",
                        mastered = format!("{:>3}", topic.mastered),
                        facts = format!("{:>3}", topic.facts),
                        name = topic.name.as_str()
                    )
                );
            }
        }
        for notice in &report.deck_notices {
            tell!("{notice}");
        }
        for problem in &report.deck_problems {
            tell!("{problem}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
