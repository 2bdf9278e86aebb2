//! The learner's review log given to and taken from other FSRS tools: every answer as a
//! CSV row (`card_id,review_rating,review_time,review_duration`), cards named by a stable
//! number. An imported log adds only answers that are not there yet, so importing the
//! same file twice changes nothing.

use super::{Collection, SessionError};
use crate::clock::from_millis;
use crate::interop::revlog_csv::{LogRow, card_number};
use crate::log::ReviewRecord;
use crate::schedule::CardState;
use std::collections::{HashMap, HashSet};

/// Where answers to cards that no loaded deck has are kept: their history still counts
/// for the statistics and for fitting the learner's own parameters.
pub const IMPORTED_LOG_DECK: &str = "imported-log";

/// The question kind an imported answer is logged with.
const IMPORTED_KIND: &str = "imported";

/// What importing a review log did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LogImport {
    /// Answers added to the log.
    pub added: usize,
    /// Answers already in the log (same card, same moment), left alone.
    pub already_there: usize,
    /// Answers older than the card's latest answer here, left out: slipping them in
    /// before answers already given would rewrite the card's history.
    pub older_than_own: usize,
    /// Of the answers added, those to cards no loaded deck has (kept under the deck
    /// `imported-log`).
    pub to_unknown_cards: usize,
    /// Different cards the added answers belong to.
    pub cards: usize,
}

impl Collection {
    /// Every answer in the log, oldest first, as rows for the CSV file.
    pub fn review_log_rows(&self) -> Result<Vec<LogRow>, SessionError> {
        Ok(self
            .store()
            .reviews()?
            .into_iter()
            .map(|review| {
                let r = review.record;
                LogRow {
                    card_id: exported_card_number(&r.deck_id, &r.card_id),
                    rating: r.rating,
                    at_ms: r.reviewed_at,
                    duration_ms: r.elapsed_ms,
                }
            })
            .collect())
    }

    /// Adds the answers of a review log: those of cards the loaded decks have go to those
    /// cards, the others to the deck `imported-log`. Card states are then rebuilt from
    /// the whole log.
    pub fn import_review_log(&mut self, rows: &[LogRow]) -> Result<LogImport, SessionError> {
        self.writable()?;
        let known: HashMap<i64, (String, String)> = self
            .decks()
            .iter()
            .flat_map(|deck| {
                deck.cards.iter().map(|card| {
                    (
                        card_number(&deck.id, card.id.as_str()),
                        (deck.id.clone(), card.id.as_str().to_string()),
                    )
                })
            })
            .collect();
        let mut seen: HashSet<(String, String, i64)> = HashSet::new();
        let mut latest: HashMap<(String, String), i64> = HashMap::new();
        for review in self.store().reviews()? {
            let r = review.record;
            let key = (r.deck_id, r.card_id);
            seen.insert((key.0.clone(), key.1.clone(), r.reviewed_at));
            let at = latest.entry(key).or_insert(r.reviewed_at);
            *at = (*at).max(r.reviewed_at);
        }
        let mut sorted = rows.to_vec();
        sorted.sort_by_key(|row| row.at_ms);
        let mut report = LogImport::default();
        let mut states: HashMap<(String, String), CardState> = HashMap::new();
        let mut records = Vec::new();
        let mut cards = HashSet::new();
        let offset = *self.now().offset();
        for row in &sorted {
            let (deck_id, card_id) = known
                .get(&row.card_id)
                .cloned()
                .unwrap_or_else(|| (IMPORTED_LOG_DECK.to_string(), row.card_id.to_string()));
            if !seen.insert((deck_id.clone(), card_id.clone(), row.at_ms)) {
                report.already_there += 1;
                continue;
            }
            let key = (deck_id, card_id);
            if latest.get(&key).is_some_and(|own| row.at_ms < *own) {
                report.older_than_own += 1;
                continue;
            }
            let before = match states.get(&key) {
                Some(state) => *state,
                None => self.card_state(&key.0, &key.1),
            };
            let at = from_millis(row.at_ms, self.now()).with_timezone(&offset);
            let after = self.scheduler().answer(&before, row.rating, at)?;
            if key.0 == IMPORTED_LOG_DECK {
                report.to_unknown_cards += 1;
            }
            records.push(ReviewRecord {
                deck_id: key.0.clone(),
                card_id: key.1.clone(),
                reviewed_at: row.at_ms,
                utc_offset_secs: offset.local_minus_utc(),
                rating: row.rating,
                phase_before: before.phase,
                elapsed_ms: row.duration_ms.max(0),
                question_kind: IMPORTED_KIND.to_string(),
                answer: None,
            });
            cards.insert(key.clone());
            states.insert(key, after);
        }
        report.added = records.len();
        report.cards = cards.len();
        if !records.is_empty() {
            self.store_mut().append_reviews(&records)?;
            self.rebuild_from_log()?;
        }
        Ok(report)
    }
}

/// The number a card is exported under: answers imported from another tool keep the
/// number they came with, so a round trip gives the same file.
fn exported_card_number(deck_id: &str, card_id: &str) -> i64 {
    if deck_id == IMPORTED_LOG_DECK
        && let Ok(number) = card_id.parse()
    {
        return number;
    }
    card_number(deck_id, card_id)
}
