//! Checking a response to a question: the verdict, the credit, and for each card the
//! question asks about whether the learner got that card's part right.

use super::{Question, QuestionBody};
use crate::deck::CardId;
use crate::grade::{Grade, Verdict, grade};

/// What the learner answered.
#[derive(Debug, Clone, PartialEq)]
pub enum Response {
    /// The index of the option chosen, in the order shown.
    Choice(usize),
    Typed(String),
    TrueFalse(bool),
    /// For each left side, in order, the index of the pair whose right side was matched
    /// to it (`None` if left unmatched).
    Matching(Vec<Option<usize>>),
    /// The events' indices in the order the learner put them.
    Timeline(Vec<usize>),
}

/// One card's part of a checked question.
#[derive(Debug, Clone, PartialEq)]
pub struct PartResult {
    pub card: CardId,
    pub right: bool,
    /// What the learner gave for this part, as text for the log.
    pub given: String,
}

/// A checked response.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub verdict: Verdict,
    /// Credit from 0 to 1.
    pub score: f32,
    /// One per card of the question, in the question's order.
    pub parts: Vec<PartResult>,
    /// The typed answer's grade, with its notes and list items.
    pub grade: Option<Grade>,
    /// The whole response as text.
    pub given: String,
    /// The right answer as text.
    pub right_answer: String,
}

impl Checked {
    fn single(
        question: &Question,
        verdict: Verdict,
        score: f32,
        given: String,
        right_answer: String,
    ) -> Checked {
        Checked {
            verdict,
            score,
            parts: question
                .cards
                .iter()
                .map(|card| PartResult {
                    card: card.clone(),
                    right: verdict.is_right(),
                    given: given.clone(),
                })
                .collect(),
            grade: None,
            given,
            right_answer,
        }
    }

    /// The same result, counted as right: the learner said they were right ("I was
    /// right") and is believed.
    pub fn overruled(&self) -> Checked {
        let mut checked = self.clone();
        checked.verdict = Verdict::Right;
        checked.score = 1.0;
        for part in &mut checked.parts {
            part.right = true;
        }
        checked
    }
}

fn from_parts(parts: Vec<PartResult>, given: String, right_answer: String) -> Checked {
    let right = parts.iter().filter(|p| p.right).count();
    let verdict = if right == parts.len() {
        Verdict::Right
    } else if right <= 1 {
        Verdict::Wrong
    } else {
        Verdict::Partial
    };
    Checked {
        verdict,
        score: right as f32 / parts.len().max(1) as f32,
        parts,
        grade: None,
        given,
        right_answer,
    }
}

/// The words shown for a true/false answer.
pub fn truth_word(value: bool) -> &'static str {
    if value { "True" } else { "False" }
}

/// Checks a response. A response that does not fit the question (an option that does not
/// exist) is wrong, never a panic.
pub fn check(question: &Question, response: &Response) -> Checked {
    match (&question.body, response) {
        (QuestionBody::Choice { options, correct }, Response::Choice(chosen)) => {
            let right_text = options.get(*correct).map_or("", |o| o.text.as_str());
            let given = options.get(*chosen).map_or("", |o| o.text.as_str());
            let verdict = if chosen == correct {
                Verdict::Right
            } else {
                Verdict::Wrong
            };
            let score = if verdict.is_right() { 1.0 } else { 0.0 };
            Checked::single(
                question,
                verdict,
                score,
                given.to_string(),
                right_text.to_string(),
            )
        }
        (QuestionBody::Typed { expected }, Response::Typed(text)) => {
            let graded = grade(expected, text);
            let mut checked = Checked::single(
                question,
                graded.verdict,
                graded.score,
                text.trim().to_string(),
                graded.expected.clone(),
            );
            checked.grade = Some(graded);
            checked
        }
        (
            QuestionBody::TrueFalse {
                truth,
                correct_text,
                ..
            },
            Response::TrueFalse(said),
        ) => {
            let verdict = if said == truth {
                Verdict::Right
            } else {
                Verdict::Wrong
            };
            let score = if verdict.is_right() { 1.0 } else { 0.0 };
            Checked::single(
                question,
                verdict,
                score,
                truth_word(*said).to_string(),
                correct_text.clone(),
            )
        }
        (QuestionBody::Matching { pairs, .. }, Response::Matching(chosen)) => {
            let parts: Vec<PartResult> = question
                .cards
                .iter()
                .enumerate()
                .map(|(i, card)| {
                    let pick = chosen.get(i).copied().flatten();
                    PartResult {
                        card: card.clone(),
                        right: pick == Some(i),
                        given: pick
                            .and_then(|p| pairs.get(p))
                            .map_or_else(String::new, |p| p.right.clone()),
                    }
                })
                .collect();
            let given = pairs
                .iter()
                .zip(&parts)
                .map(|(pair, part)| format!("{}: {}", pair.left, part.given))
                .collect::<Vec<_>>()
                .join("\n");
            let right_answer = pairs
                .iter()
                .map(|p| format!("{}: {}", p.left, p.right))
                .collect::<Vec<_>>()
                .join("\n");
            from_parts(parts, given, right_answer)
        }
        (QuestionBody::Timeline { events }, Response::Timeline(order)) => {
            let valid = {
                let mut sorted = order.clone();
                sorted.sort_unstable();
                sorted == (0..events.len()).collect::<Vec<_>>()
            };
            let mut correct: Vec<usize> = (0..events.len()).collect();
            correct.sort_by_key(|&e| events[e].date.sort_key());
            let rank = |e: usize| correct.iter().position(|&c| c == e).unwrap_or(0);
            let in_place = if valid {
                longest_rising(&order.iter().map(|&e| rank(e)).collect::<Vec<_>>())
                    .into_iter()
                    .map(|k| order[k])
                    .collect()
            } else {
                Vec::new()
            };
            let parts = question
                .cards
                .iter()
                .enumerate()
                .map(|(e, card)| PartResult {
                    card: card.clone(),
                    right: in_place.contains(&e),
                    given: order
                        .iter()
                        .position(|&o| o == e)
                        .map_or_else(String::new, |p| format!("position {}", p + 1)),
                })
                .collect();
            let list = |indices: &[usize]| {
                indices
                    .iter()
                    .filter_map(|&e| events.get(e))
                    .map(|e| format!("{} ({})", e.label, e.date))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            from_parts(parts, list(order), list(&correct))
        }
        _ => {
            let verdict = Verdict::Wrong;
            Checked::single(question, verdict, 0.0, String::new(), String::new())
        }
    }
}

/// The positions of a longest strictly rising run (not necessarily contiguous) in
/// `ranks`: the events already in the right order relative to each other. Every other
/// event is one the learner has to move.
fn longest_rising(ranks: &[usize]) -> Vec<usize> {
    let n = ranks.len();
    let mut length = vec![1usize; n];
    let mut previous: Vec<Option<usize>> = vec![None; n];
    for i in 0..n {
        for j in 0..i {
            if ranks[j] < ranks[i] && length[j] + 1 > length[i] {
                length[i] = length[j] + 1;
                previous[i] = Some(j);
            }
        }
    }
    let Some(mut at) = (0..n).max_by_key(|&i| (length[i], std::cmp::Reverse(i))) else {
        return Vec::new();
    };
    let mut run = vec![at];
    while let Some(p) = previous[at] {
        run.push(p);
        at = p;
    }
    run.reverse();
    run
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_rising_run_keeps_events_already_in_order() {
        assert_eq!(longest_rising(&[0, 1, 2, 3]), [0, 1, 2, 3]);
        // The last event put first: the other three are still in order.
        assert_eq!(longest_rising(&[3, 0, 1, 2]), [1, 2, 3]);
        assert_eq!(longest_rising(&[3, 2, 1, 0]).len(), 1);
    }
}
