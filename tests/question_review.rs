//! `docs/question-review.md` is a teacher's reading of every question the built-in deck
//! yields, with every wrong option it may show: a verdict and why for each. This test
//! holds the review to the deck and the generator: every question has a row, a row whose
//! question changed since it was read (its fingerprint differs) must be read again, and at
//! least 97 % of the questions are accepted as they are.
//!
//! When it fails, `FACTDECK_REVIEW_ROWS=1 cargo test --test question_review -- --nocapture`
//! prints the rows of the questions to read (with `?` for the verdict; `=all` prints every
//! row): read each question in `factdeck export --format json`, then fill in the verdict
//! and why.

mod common;

use common::article_deck;
use factdeck::deck::Deck;
use factdeck::export::EXPORT_SEED;
use factdeck::grade::Expected;
use factdeck::quiz::{Question, QuestionBody, every_question, wrong_option_pool};
use std::collections::BTreeMap;

const REVIEW: &str = include_str!("../docs/question-review.md");

/// The share of questions that must be accepted as they are.
const ACCEPTED_AT_LEAST: f64 = 0.97;

/// How a question is named in the review: its kind and cards.
fn key(question: &Question) -> String {
    let cards: Vec<&str> = question.cards.iter().map(|c| c.as_str()).collect();
    format!("{} {}", question.kind.name(), cards.join(" "))
}

/// Everything a reviewer read of a question, whichever options a draw shows: the prompt,
/// the right answers and every wrong option or false claim it may ever show.
fn what_was_read(deck: &Deck, question: &Question) -> Vec<String> {
    let mut read = vec![question.prompt.clone()];
    let card = deck.card(question.cards[0].as_str());
    match &question.body {
        QuestionBody::Choice { .. } | QuestionBody::TrueFalse { .. } => {
            if let Some(card) = card {
                read.push(card.answer.clone());
                let mut pool = wrong_option_pool(deck, card, question.kind);
                pool.sort();
                read.extend(pool);
            }
        }
        QuestionBody::Typed { expected } => {
            read.push(expected.shown());
            match expected {
                Expected::Text { also, .. } => read.extend(also.iter().cloned()),
                Expected::Date { also, .. } => read.extend(also.iter().map(|d| d.to_string())),
                _ => {}
            }
        }
        QuestionBody::Matching { pairs, .. } => {
            let mut pairs: Vec<String> = pairs
                .iter()
                .map(|p| format!("{} = {}", p.left, p.right))
                .collect();
            pairs.sort();
            read.extend(pairs);
        }
        QuestionBody::Timeline { events } => {
            let mut events: Vec<String> = events
                .iter()
                .map(|e| format!("{} = {}", e.label, e.date))
                .collect();
            events.sort();
            read.extend(events);
        }
    }
    read
}

/// FNV-1a, 32 bits: a fingerprint that stays the same on every machine and version.
fn fingerprint(parts: &[String]) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in parts.join("\n").bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    format!("{hash:08x}")
}

struct Row {
    fingerprint: String,
    accepted: bool,
}

/// The review's table rows: `| key | fingerprint | accept or reject | why |`.
fn review_rows() -> BTreeMap<String, Row> {
    let mut rows = BTreeMap::new();
    for line in REVIEW.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let [_, key, fingerprint, verdict, why, _] = cells.as_slice() else {
            continue;
        };
        if !key.starts_with('`') {
            continue;
        }
        let accepted = match *verdict {
            "accept" => true,
            "reject" => false,
            other => panic!("{key}: the verdict is `accept` or `reject`, not `{other}`"),
        };
        assert!(!why.is_empty(), "{key}: say why");
        let key = key.trim_matches('`').to_string();
        let fingerprint = fingerprint.trim_matches('`').to_string();
        let duplicate = rows.insert(
            key.clone(),
            Row {
                fingerprint,
                accepted,
            },
        );
        assert!(duplicate.is_none(), "{key} is reviewed twice");
    }
    rows
}

#[test]
fn every_question_of_the_built_in_deck_is_reviewed_as_it_is_now() {
    let deck = article_deck();
    let questions = every_question(&deck, EXPORT_SEED);
    let mut rows = review_rows();
    let mut to_read = Vec::new();
    let mut every_row = Vec::new();
    let mut accepted = 0;
    for question in &questions {
        let key = key(question);
        let now = fingerprint(&what_was_read(&deck, question));
        let row = format!("| `{key}` | `{now}` | ? | |");
        every_row.push(row.clone());
        match rows.remove(&key) {
            Some(row) if row.fingerprint == now => accepted += usize::from(row.accepted),
            _ => to_read.push(row),
        }
    }
    match std::env::var("FACTDECK_REVIEW_ROWS").as_deref() {
        Ok("all") => println!("{}", every_row.join("\n")),
        Ok(_) => println!("{}", to_read.join("\n")),
        Err(_) => {}
    }
    assert!(
        to_read.is_empty(),
        "{} questions are new or changed since docs/question-review.md read them \
         (FACTDECK_REVIEW_ROWS=1 prints their rows):\n{}",
        to_read.len(),
        to_read.join("\n")
    );
    let stale: Vec<&String> = rows.keys().collect();
    assert!(
        stale.is_empty(),
        "the review reads questions the deck no longer has: {stale:?}"
    );
    let share = accepted as f64 / questions.len() as f64;
    assert!(
        share >= ACCEPTED_AT_LEAST,
        "{accepted} of {} questions accepted ({:.1} %), fewer than {} %",
        questions.len(),
        share * 100.0,
        ACCEPTED_AT_LEAST * 100.0
    );
}
