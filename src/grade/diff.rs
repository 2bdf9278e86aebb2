//! What was right and wrong in a typed answer, character by character, for the feedback
//! after grading. Case is not shown as a difference, since grading ignores it.

use similar::{Algorithm, DiffOp, capture_diff_slices};

/// Whether a run of characters stands in both answers, only in the learner's, or only in
/// the expected one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffKind {
    Same,
    /// Typed by the learner, not in the answer.
    Extra,
    /// In the answer, not typed.
    Missing,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffSpan {
    pub kind: DiffKind,
    pub text: String,
}

/// The learner's answer against the expected one, as runs of characters in reading order:
/// where they differ, what was typed comes before what was expected.
pub fn char_diff(given: &str, expected: &str) -> Vec<DiffSpan> {
    let given: Vec<char> = given.trim().chars().collect();
    let expected: Vec<char> = expected.chars().collect();
    let ops = capture_diff_slices(Algorithm::Myers, &lower(&given), &lower(&expected));
    let mut spans: Vec<DiffSpan> = Vec::new();
    let mut push = |kind: DiffKind, chars: &[char]| {
        if chars.is_empty() {
            return;
        }
        let text: String = chars.iter().collect();
        match spans.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(&text),
            _ => spans.push(DiffSpan { kind, text }),
        }
    };
    for op in ops {
        let (old, new) = (op.old_range(), op.new_range());
        match op {
            // Shown as the learner typed it, so their own spelling stays recognisable.
            DiffOp::Equal { .. } => push(DiffKind::Same, &given[old]),
            DiffOp::Delete { .. } => push(DiffKind::Extra, &given[old]),
            DiffOp::Insert { .. } => push(DiffKind::Missing, &expected[new]),
            DiffOp::Replace { .. } => {
                push(DiffKind::Extra, &given[old]);
                push(DiffKind::Missing, &expected[new]);
            }
        }
    }
    spans
}

/// The right answer, character by character, marked with what the learner's answer had
/// (`Same`) and what it lacked (`Missing`), for showing on the right answer's line. Unlike
/// [`char_diff`] nothing typed appears: the line reads as the right answer, and the
/// learner's own text is shown as they typed it elsewhere.
pub fn answer_marks(given: &str, expected: &str) -> Vec<DiffSpan> {
    char_diff_in(given, expected)
        .into_iter()
        .filter(|(kind, _)| *kind != DiffKind::Extra)
        .fold(Vec::new(), |mut spans: Vec<DiffSpan>, (kind, text)| {
            match spans.last_mut() {
                Some(last) if last.kind == kind => last.text.push_str(&text),
                _ => spans.push(DiffSpan { kind, text }),
            }
            spans
        })
}

/// The runs of a diff in reading order, with the characters of the expected answer for
/// the runs both share.
fn char_diff_in(given: &str, expected: &str) -> Vec<(DiffKind, String)> {
    let given: Vec<char> = given.trim().chars().collect();
    let expected: Vec<char> = expected.chars().collect();
    let ops = capture_diff_slices(Algorithm::Myers, &lower(&given), &lower(&expected));
    let mut runs = Vec::new();
    for op in ops {
        let (old, new) = (op.old_range(), op.new_range());
        let text = |chars: &[char]| chars.iter().collect::<String>();
        match op {
            DiffOp::Equal { .. } => runs.push((DiffKind::Same, text(&expected[new]))),
            DiffOp::Delete { .. } => runs.push((DiffKind::Extra, text(&given[old]))),
            DiffOp::Insert { .. } => runs.push((DiffKind::Missing, text(&expected[new]))),
            DiffOp::Replace { .. } => {
                runs.push((DiffKind::Extra, text(&given[old])));
                runs.push((DiffKind::Missing, text(&expected[new])));
            }
        }
    }
    runs
}

fn lower(chars: &[char]) -> Vec<char> {
    chars
        .iter()
        .map(|c| c.to_lowercase().next().unwrap_or(*c))
        .collect()
}

/// Whether two answers are alike enough that a character diff helps the learner see the
/// mistake; for an answer unlike the right one it is only noise.
pub fn worth_comparing(given: &str, expected: &str) -> bool {
    let (given, expected) = (given.trim().to_lowercase(), expected.to_lowercase());
    // Texts of very different lengths are at least that far apart: no need to compare
    // them letter by letter (it is asked every frame the answer is shown).
    let (g, e) = (given.chars().count(), expected.chars().count());
    if g.abs_diff(e) * 2 > g.max(e) {
        return false;
    }
    strsim::normalized_levenshtein(&given, &expected) >= 0.5
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(kind: DiffKind, text: &str) -> DiffSpan {
        DiffSpan {
            kind,
            text: text.into(),
        }
    }

    #[test]
    fn a_missing_letter_is_marked_where_it_belongs() {
        assert_eq!(
            char_diff("Chasan", "Chassan"),
            [
                span(DiffKind::Same, "Chas"),
                span(DiffKind::Missing, "s"),
                span(DiffKind::Same, "an")
            ]
        );
    }

    #[test]
    fn a_wrong_letter_shows_what_was_typed_and_what_was_expected() {
        assert_eq!(
            char_diff("Hanoy", "Hanoi"),
            [
                span(DiffKind::Same, "Hano"),
                span(DiffKind::Extra, "y"),
                span(DiffKind::Missing, "i")
            ]
        );
    }

    #[test]
    fn only_alike_answers_are_compared_character_by_character() {
        assert!(worth_comparing("Chasan", "Chassan"));
        assert!(!worth_comparing("Chasan", "25. April 2019"));
    }

    #[test]
    fn the_right_answer_is_marked_with_what_the_learner_missed() {
        assert_eq!(
            answer_marks("chasan", "Chassan"),
            [
                span(DiffKind::Same, "Chas"),
                span(DiffKind::Missing, "s"),
                span(DiffKind::Same, "an")
            ]
        );
        // A wrong letter typed is left out: the line reads as the right answer.
        assert_eq!(
            answer_marks("Hanoy", "Hanoi"),
            [span(DiffKind::Same, "Hano"), span(DiffKind::Missing, "i")]
        );
    }

    #[test]
    fn case_is_not_a_difference() {
        assert_eq!(char_diff("hanoi", "Hanoi"), [span(DiffKind::Same, "hanoi")]);
    }
}
