//! `factdeck export`: the decks' questions written out for use outside the program. JSON
//! holds every generated question (kind, prompt, options, accepted answers, facts), so a
//! deck's author can review them without opening the window.

use crate::deck::Deck;
use crate::quiz::{
    LISTED_FACTS, Question, QuestionBody, QuestionKind, every_question, wrong_option_pool_listed,
};
use serde::Serialize;

/// The formats `factdeck export` writes. New formats are added here and in `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// Every generated question of every deck, as one JSON document
    Json,
    /// One Anki note per fact, in Anki's text import format (File → Import in Anki)
    Anki,
    /// Your review log as CSV (card_id,review_rating,review_time,review_duration), the
    /// format FSRS tools read
    Revlog,
}

/// The seed of exported questions, so an export of an unchanged deck is unchanged.
pub const EXPORT_SEED: u64 = 2019;

#[derive(Debug, Serialize)]
pub struct QuestionExport {
    pub format: &'static str,
    pub version: u32,
    pub decks: Vec<DeckExport>,
}

#[derive(Debug, Serialize)]
pub struct DeckExport {
    pub id: String,
    pub title: String,
    pub questions: Vec<ExportedQuestion>,
}

#[derive(Debug, Serialize)]
pub struct ExportedQuestion {
    /// `choice`, `typed`, `true_false`, `matching`, `timeline` or `name_all`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub topic: String,
    pub prompt: String,
    /// For true/false: the claim to judge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim: Option<String>,
    /// For matching: the left sides; for a timeline: the events as shown.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
    /// The options as shown (multiple choice; the right sides of a matching).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
    /// Answers that are graded right (for typed answers, examples of the accepted forms;
    /// for a matching, each pair; for a timeline, the events in order).
    pub accepted_answers: Vec<String>,
    /// Every wrong option the question may ever show, whichever are drawn this time (for
    /// true/false: every false claim it may put), so an author can review them all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wrong_option_pool: Option<Vec<String>>,
    /// Where the pool is not complete: how many more facts of the answer's category lend
    /// wrong options that are not listed. An export looks at the first `LISTED_FACTS`
    /// facts of each question's category (and every wrong option the author wrote); a
    /// category of thousands is sampled, not listed whole for each of its questions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wrong_option_pool_unlisted: Option<usize>,
    /// True for a question about background the article does not state itself.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub background: bool,
    pub fact_ids: Vec<String>,
    pub card_ids: Vec<String>,
}

fn exported(deck: &Deck, question: &Question) -> ExportedQuestion {
    let single_card = match question.cards.as_slice() {
        [card] => deck.card(card.as_str()),
        _ => None,
    };
    let (wrong_option_pool, unlisted) = match (question.kind, single_card) {
        (QuestionKind::MultipleChoice | QuestionKind::TrueFalse, Some(card)) => {
            let (pool, unlisted) =
                wrong_option_pool_listed(deck, card, question.kind, LISTED_FACTS);
            (Some(pool), unlisted)
        }
        _ => (None, 0),
    };
    let background = question
        .cards
        .iter()
        .filter_map(|c| deck.card(c.as_str()))
        .any(|c| deck.fact_of(c).context);
    let mut out = ExportedQuestion {
        kind: question.kind.name(),
        topic: question.topic.clone(),
        prompt: question.prompt.clone(),
        claim: None,
        items: Vec::new(),
        options: Vec::new(),
        accepted_answers: Vec::new(),
        wrong_option_pool,
        wrong_option_pool_unlisted: (unlisted > 0).then_some(unlisted),
        background,
        fact_ids: question.fact_ids().iter().map(|f| f.to_string()).collect(),
        card_ids: question.cards.iter().map(|c| c.to_string()).collect(),
    };
    match &question.body {
        QuestionBody::Choice { options, correct } => {
            out.options = options.iter().map(|o| o.text.clone()).collect();
            out.accepted_answers = options
                .get(*correct)
                .map(|o| o.text.clone())
                .into_iter()
                .collect();
        }
        QuestionBody::Typed { expected } => out.accepted_answers = expected.accepted_examples(),
        QuestionBody::TrueFalse { claim, truth, .. } => {
            out.claim = Some(claim.clone());
            out.options = vec!["true".into(), "false".into()];
            out.accepted_answers = vec![truth.to_string()];
        }
        QuestionBody::Matching { pairs, right_order } => {
            out.items = pairs.iter().map(|p| p.left.clone()).collect();
            out.options = right_order
                .iter()
                .filter_map(|&i| pairs.get(i))
                .map(|p| p.right.clone())
                .collect();
            out.accepted_answers = pairs
                .iter()
                .map(|p| format!("{}: {}", p.left, p.right))
                .collect();
        }
        QuestionBody::Timeline { events } => {
            out.items = events
                .iter()
                .map(|e| format!("{} ({})", e.label, e.date))
                .collect();
            let mut ordered: Vec<_> = events.iter().collect();
            ordered.sort_by_key(|e| e.date.sort_key());
            out.accepted_answers = ordered
                .iter()
                .map(|e| format!("{} ({})", e.label, e.date))
                .collect();
        }
    }
    out
}

/// Every generated question of `decks`.
pub fn questions_of(decks: &[&Deck]) -> QuestionExport {
    QuestionExport {
        format: "factdeck-questions",
        // 3: a pool may list part of a large category (`wrong_option_pool_unlisted`).
        version: 3,
        decks: decks
            .iter()
            .map(|deck| DeckExport {
                id: deck.id.clone(),
                title: deck.title.clone(),
                questions: every_question(deck, EXPORT_SEED)
                    .iter()
                    .map(|q| exported(deck, q))
                    .collect(),
            })
            .collect(),
    }
}

/// The decks exported in `format`, as the text of the file to write. The review log is
/// not made from decks but from the progress (`Collection::review_log_rows`).
pub fn export(decks: &[&Deck], format: ExportFormat) -> Result<String, String> {
    match format {
        ExportFormat::Json => {
            serde_json::to_string_pretty(&questions_of(decks)).map_err(|e| e.to_string())
        }
        ExportFormat::Anki => Ok(crate::interop::anki::anki_text(decks)),
        ExportFormat::Revlog => Err("the review log is written from the progress".to_string()),
    }
}
