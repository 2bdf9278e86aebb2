//! Finding cards: the rows of the card browser with their state, the search and filters
//! over them, the sort orders, and a fact's page with its cards and their history.

use super::{Collection, SessionError};
use crate::deck::{FactKind, Variant};
use crate::schedule::CardState;
use crate::stats::CardCategory;
use crate::store::StoredReview;
use std::cmp::Ordering;

/// One card as the browser lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct CardRow {
    pub deck_id: String,
    pub card_id: String,
    pub fact_id: String,
    pub topic_id: String,
    pub topic_name: String,
    pub kind: FactKind,
    pub variant: Variant,
    pub prompt: String,
    pub answer: String,
    /// The card's state; a card never answered has the state of a new card.
    pub state: CardState,
    pub category: CardCategory,
    pub suspended: bool,
    /// Predicted chance of recalling the card now; `None` if never answered.
    pub recall: Option<f32>,
    /// Everything search looks in, lower-cased once.
    haystack: String,
    /// The question as it sorts alphabetically (`collation_key`), made once.
    sort_key: String,
}

impl CardRow {
    /// True when every word of `query` occurs in the card's question, answer, fact id or
    /// topic, ignoring case.
    pub fn matches(&self, query: &str) -> bool {
        query
            .split_whitespace()
            .all(|word| self.haystack.contains(&word.to_lowercase()))
    }
}

/// What the browser shows; `None` means any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CardFilter {
    pub text: String,
    pub deck: Option<String>,
    pub topic: Option<String>,
    pub category: Option<CardCategory>,
    pub variant: Option<Variant>,
}

impl CardFilter {
    pub fn admits(&self, row: &CardRow) -> bool {
        self.deck.as_ref().is_none_or(|d| *d == row.deck_id)
            && self.topic.as_ref().is_none_or(|t| *t == row.topic_id)
            && self.category.is_none_or(|c| c == row.category)
            && self.variant.is_none_or(|v| v == row.variant)
            && row.matches(&self.text)
    }
}

/// The orders the browser can list cards in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortKey {
    /// The deck's own order (facts in article order).
    #[default]
    Deck,
    /// The questions alphabetically, as a German reader expects (`collation_key`).
    Question,
    Due,
    Stability,
    Difficulty,
    Lapses,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CardSort {
    pub key: SortKey,
    pub descending: bool,
}

/// The indexes of the rows `filter` admits, in the order `sort` asks for. Cards never
/// answered have no due date, stability or difficulty and come last either way.
pub fn filter_and_sort(rows: &[CardRow], filter: &CardFilter, sort: CardSort) -> Vec<usize> {
    let mut shown: Vec<usize> = (0..rows.len())
        .filter(|&i| filter.admits(&rows[i]))
        .collect();
    let value = |row: &CardRow| -> Option<f64> {
        let answered = row.state.reps > 0;
        match sort.key {
            SortKey::Deck | SortKey::Question => None,
            SortKey::Due => answered.then_some(row.state.due as f64),
            SortKey::Stability => row.state.memory.map(|m| f64::from(m.stability)),
            SortKey::Difficulty => row.state.memory.map(|m| f64::from(m.difficulty)),
            SortKey::Lapses => Some(f64::from(row.state.lapses)),
        }
    };
    if sort.key == SortKey::Question {
        // Equal keys ("Wer?" and "wer?") keep the deck's order, both ways.
        shown.sort_by(|&a, &b| rows[a].sort_key.cmp(&rows[b].sort_key));
        if sort.descending {
            shown.reverse();
            let mut start = 0;
            while start < shown.len() {
                let key = &rows[shown[start]].sort_key;
                let end = start
                    + shown[start..]
                        .iter()
                        .take_while(|&&i| &rows[i].sort_key == key)
                        .count();
                shown[start..end].reverse();
                start = end;
            }
        }
    } else if sort.key != SortKey::Deck {
        // A stable sort keeps the deck's order among equal values.
        shown.sort_by(|&a, &b| match (value(&rows[a]), value(&rows[b])) {
            (Some(x), Some(y)) if sort.descending => y.total_cmp(&x),
            (Some(x), Some(y)) => x.total_cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        });
    } else if sort.descending {
        shown.reverse();
    }
    shown
}

/// A text as it sorts alphabetically for a German reader, close to a dictionary's order
/// (DIN 5007-1): case ignored, an umlaut sorts as its plain vowel ("Ärger" beside
/// "Arbeit"), ß as "ss", accents dropped, and quotation marks, dashes and other signs
/// ignored, so „Warum …“ sorts under W.
pub fn collation_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' | 'à' | 'á' | 'â' | 'ã' | 'å' => key.push('a'),
            'ö' | 'ò' | 'ó' | 'ô' | 'õ' | 'ø' => key.push('o'),
            'ü' | 'ù' | 'ú' | 'û' => key.push('u'),
            'é' | 'è' | 'ê' | 'ë' => key.push('e'),
            'í' | 'ì' | 'î' | 'ï' => key.push('i'),
            'ç' => key.push('c'),
            'ñ' => key.push('n'),
            'ß' => key.push_str("ss"),
            c if c.is_alphanumeric() => key.push(c),
            c if c.is_whitespace() && !key.is_empty() && !key.ends_with(' ') => key.push(' '),
            _ => {}
        }
    }
    key.truncate(key.trim_end().len());
    key
}

/// One event in a card's history.
#[derive(Debug, Clone, PartialEq)]
pub enum HistoryEntry {
    Review(StoredReview),
    /// The learner reset the card at this moment (ms since the epoch).
    Reset(i64),
}

impl HistoryEntry {
    pub fn at(&self) -> i64 {
        match self {
            HistoryEntry::Review(r) => r.record.reviewed_at,
            HistoryEntry::Reset(at) => *at,
        }
    }
}

/// A card on its fact's page.
#[derive(Debug, Clone, PartialEq)]
pub struct CardDetail {
    pub row: CardRow,
    /// Answers and resets, oldest first.
    pub history: Vec<HistoryEntry>,
}

/// A fact with its cards.
#[derive(Debug, Clone, PartialEq)]
pub struct FactPage {
    pub deck_id: String,
    pub fact_id: String,
    /// The fact in words, its title wherever it is shown (never its id).
    pub title: String,
    pub topic_name: String,
    pub kind: FactKind,
    pub note: Option<String>,
    pub cards: Vec<CardDetail>,
}

impl Collection {
    /// Every card of every deck, in deck order.
    pub fn card_rows(&self) -> Vec<CardRow> {
        let now = self.now();
        let mut rows = Vec::new();
        for deck in self.decks() {
            let states = self.states_in(&deck.id);
            let suspended = self.suspended_in(&deck.id);
            for (position, card) in deck.cards.iter().enumerate() {
                let fact = deck.fact_of(card);
                let id = card.id.as_str();
                let stored = states.get(position);
                let is_suspended = suspended.contains(id);
                let topic_name = deck
                    .topic(&fact.topic)
                    .map_or(fact.topic.clone(), |t| t.name.clone());
                let sort_key = collation_key(&card.prompt);
                let haystack = format!(
                    "{}\n{}\n{}\n{}",
                    card.prompt, card.answer, fact.id, topic_name
                )
                .to_lowercase();
                rows.push(CardRow {
                    deck_id: deck.id.clone(),
                    card_id: id.to_string(),
                    fact_id: fact.id.clone(),
                    topic_id: fact.topic.clone(),
                    topic_name,
                    kind: fact.kind(),
                    variant: card.variant,
                    prompt: card.prompt.clone(),
                    answer: card.answer.clone(),
                    state: stored.copied().unwrap_or_else(CardState::new_card),
                    category: CardCategory::of(stored, is_suspended),
                    suspended: is_suspended,
                    recall: stored.and_then(|s| self.scheduler().retrievability(s, now)),
                    haystack,
                    sort_key,
                });
            }
        }
        rows
    }

    /// A fact's page: its cards with their state and history.
    pub fn fact_page(&self, deck_id: &str, fact_id: &str) -> Result<FactPage, SessionError> {
        let deck = self
            .deck(deck_id)
            .ok_or_else(|| SessionError::UnknownDeck(deck_id.to_string()))?;
        let fact = deck
            .fact(fact_id)
            .ok_or_else(|| SessionError::UnknownCard(fact_id.to_string()))?;
        let mut cards = Vec::new();
        for row in self
            .card_rows()
            .into_iter()
            .filter(|r| r.deck_id == deck_id && r.fact_id == fact_id)
        {
            let mut history: Vec<HistoryEntry> = self
                .store()
                .reviews_of_card(deck_id, &row.card_id)?
                .into_iter()
                .map(HistoryEntry::Review)
                .collect();
            history.extend(
                self.store()
                    .resets_of_card(deck_id, &row.card_id)?
                    .into_iter()
                    .map(|r| HistoryEntry::Reset(r.reset_at)),
            );
            history.sort_by_key(HistoryEntry::at);
            cards.push(CardDetail { row, history });
        }
        Ok(FactPage {
            deck_id: deck_id.to_string(),
            fact_id: fact_id.to_string(),
            title: crate::reading::fact_words(fact),
            topic_name: deck
                .topic(&fact.topic)
                .map_or(fact.topic.clone(), |t| t.name.clone()),
            kind: fact.kind(),
            note: fact.note.clone(),
            cards,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::Phase;
    use fsrs::MemoryState;

    fn row(id: &str, prompt: &str, reps: u32, stability: Option<f32>, lapses: u32) -> CardRow {
        let state = CardState {
            phase: if reps > 0 { Phase::Review } else { Phase::New },
            interval_days: 5,
            reps,
            lapses,
            due: i64::from(reps) * 1000,
            memory: stability.map(|s| MemoryState {
                stability: s,
                difficulty: 10.0 - s,
            }),
            ..CardState::new_card()
        };
        CardRow {
            deck_id: "d".into(),
            card_id: format!("{id}/reason"),
            fact_id: id.into(),
            topic_id: "t".into(),
            topic_name: "Sanktionen".into(),
            kind: FactKind::Reason,
            variant: Variant::Reason,
            prompt: prompt.into(),
            answer: "Antwort".into(),
            state,
            category: CardCategory::of(Some(&state), false),
            suspended: false,
            recall: None,
            haystack: format!("{prompt}\nantwort\n{id}\nsanktionen").to_lowercase(),
            sort_key: collation_key(prompt),
        }
    }

    fn rows() -> Vec<CardRow> {
        vec![
            row("kohle", "Welche Güter sind verboten?", 3, Some(4.0), 1),
            row("neu", "Wer ist Maaßen?", 0, None, 0),
            row("hanoi", "Wann war der Gipfel in Hanoi?", 1, Some(9.0), 0),
            row("lohn", "Wohin geht der Lohn?", 2, Some(1.0), 3),
        ]
    }

    #[test]
    fn search_finds_every_word_ignoring_case_and_umlauts_stay_intact() {
        let rows = rows();
        let filter = |text: &str| CardFilter {
            text: text.into(),
            ..CardFilter::default()
        };
        let sort = CardSort::default();
        assert_eq!(filter_and_sort(&rows, &filter("GÜTER"), sort), [0]);
        assert_eq!(filter_and_sort(&rows, &filter("maaßen"), sort), [1]);
        assert_eq!(filter_and_sort(&rows, &filter("wann hanoi"), sort), [2]);
        assert!(filter_and_sort(&rows, &filter("wann kohle"), sort).is_empty());
        assert_eq!(filter_and_sort(&rows, &filter(""), sort).len(), 4);
    }

    #[test]
    fn sorting_puts_cards_never_answered_last_both_ways() {
        let rows = rows();
        let all = CardFilter::default();
        let by = |key, descending| filter_and_sort(&rows, &all, CardSort { key, descending });
        assert_eq!(by(SortKey::Stability, false), [3, 0, 2, 1]);
        assert_eq!(by(SortKey::Stability, true), [2, 0, 3, 1]);
        assert_eq!(by(SortKey::Due, false), [2, 3, 0, 1]);
        assert_eq!(by(SortKey::Difficulty, false), [2, 0, 3, 1]);
        assert_eq!(by(SortKey::Lapses, true), [3, 0, 1, 2]);
        assert_eq!(by(SortKey::Deck, true), [3, 2, 1, 0]);
    }

    #[test]
    fn filters_narrow_by_state_and_question_type() {
        let rows = rows();
        let new_only = CardFilter {
            category: Some(CardCategory::New),
            ..CardFilter::default()
        };
        assert_eq!(filter_and_sort(&rows, &new_only, CardSort::default()), [1]);
        let persons = CardFilter {
            variant: Some(Variant::Role),
            ..CardFilter::default()
        };
        assert!(filter_and_sort(&rows, &persons, CardSort::default()).is_empty());
    }

    #[test]
    fn german_collation_ignores_case_umlauts_and_quotation_marks() {
        assert_eq!(
            collation_key("Ärger über Öl"),
            collation_key("arger uber ol")
        );
        assert_eq!(collation_key("„Warum?“"), "warum");
        assert_eq!(collation_key("Maaßen"), "maassen");
        assert!(collation_key("Ärger") < collation_key("Atom"));
        assert!(collation_key("über") < collation_key("Vertrag"));
    }

    #[test]
    fn sorting_by_question_is_alphabetical_the_german_way_both_ways() {
        let rows = vec![
            row("w", "Wohin geht der Lohn?", 0, None, 0),
            row("u", "Über welche Stadt?", 0, None, 0),
            row("a", "„Atom“ – was heißt das?", 0, None, 0),
            row("ae", "Ärger mit wem?", 0, None, 0),
            row("k", "kohle: wer kauft?", 0, None, 0),
        ];
        let all = CardFilter::default();
        let by = |descending| {
            let sort = CardSort {
                key: SortKey::Question,
                descending,
            };
            filter_and_sort(&rows, &all, sort)
        };
        // Ärger, Atom, kohle, Über, Wohin.
        assert_eq!(by(false), [3, 2, 4, 1, 0]);
        assert_eq!(by(true), [0, 1, 4, 2, 3]);
    }
}
