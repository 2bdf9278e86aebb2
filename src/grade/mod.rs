//! Checking typed answers the way a fair teacher would: numbers exactly (qualifiers and
//! units optional), dates to the precision the fact has, words and names ignoring case,
//! punctuation, umlaut spellings and hyphens, with one typo forgiven in longer words,
//! the core of a term without its qualifiers („Sicherheitsrat“ for „UN-Sicherheitsrat“),
//! and lists item by item in any order. Knows nothing about cards or the window.

mod date;
mod diff;
mod list;
mod normalize;
mod number;
mod short_form;
mod words;

pub use diff::{DiffKind, DiffSpan, answer_marks, char_diff, worth_comparing};
pub use list::split_items;
pub use normalize::fold as fold_word;
pub use normalize::key as answer_key;
pub use short_form::{CORE_MIN_LETTERS, SPECIFIC_LETTERS, short_forms};
pub use words::TYPO_MIN_LETTERS;

use crate::deck::{FactDate, format_number};
use words::WordMatch;

/// How an answer was judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    Right,
    /// Right with one typo forgiven; shown as "almost: …".
    Almost,
    /// Some of it right (some list items, a date without its year).
    Partial,
    Wrong,
}

impl Verdict {
    /// Right or almost right: the learner knew it.
    pub fn is_right(self) -> bool {
        matches!(self, Verdict::Right | Verdict::Almost)
    }

    pub fn name(self) -> &'static str {
        match self {
            Verdict::Right => "right",
            Verdict::Almost => "almost",
            Verdict::Partial => "partly right",
            Verdict::Wrong => "wrong",
        }
    }
}

/// One expected list item and what the learner gave for it.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemGrade {
    pub expected: String,
    /// The typed item matched to it, if any.
    pub given: Option<String>,
    pub verdict: Verdict,
}

/// Why an answer was judged as it was, for the learner. A value rather than text, so the
/// window can word it in the learner's language; what it quotes (the answer, a date, a
/// figure) is deck content and stays German.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// Nothing was typed.
    NoAnswer,
    /// One typo was forgiven; `answer` is how it is spelled.
    Almost { answer: String },
    /// A list: `named` of the `asked` items were named, and `extra` typed items are not on
    /// the list (they do not lower the score, but the answer is not fully right).
    Items {
        named: usize,
        asked: usize,
        extra: usize,
    },
    /// A date with a part left out ("Dezember" for "Dezember 2017"); `full` is the whole
    /// date.
    PartialDate { full: String },
    /// No date could be read in the answer.
    NoDate,
    /// No number could be read in the answer.
    NoNumber,
    /// The figure is right but its qualifier points the other way; `article` is the
    /// qualifier and figure as the article has them ("über 120.000").
    OppositeQualifier { article: String },
    /// The answer is right through one of the accepted alternatives (`also`), not the
    /// answer itself: the real date where the article is wrong, a surname alone, a short
    /// form the deck's author lists. `article` is the answer as the deck has it.
    AcceptedAlso { article: String },
}

/// The judgement of one typed answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Grade {
    pub verdict: Verdict,
    /// Credit from 0 to 1: 1 for right and almost, a share for partial answers.
    pub score: f32,
    /// The right answer as it is shown to the learner.
    pub expected: String,
    /// A short explanation for the learner (a typo forgiven, "2 of 3 items").
    pub note: Option<Note>,
    /// Whether the answer was accepted through one of `also`'s forms rather than the answer
    /// itself, so the window can show the fact's note beside it (why the article's date is
    /// not the real one, say).
    pub accepted_also: bool,
    /// For list answers: every expected item, found or not.
    pub items: Vec<ItemGrade>,
    /// For list answers: typed items that are not on the list.
    pub extra: Vec<String>,
}

impl Grade {
    pub fn new(verdict: Verdict, score: f32, expected: &str) -> Grade {
        Grade {
            verdict,
            score,
            expected: expected.to_string(),
            note: None,
            accepted_also: false,
            items: Vec::new(),
            extra: Vec::new(),
        }
    }
}

/// Whether a typed text is a person's name or a term, which decides how much of it the
/// learner must give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextKind {
    /// A person's name, or an answer that may be one (an imported card's): the whole of
    /// it, or a form in `also`. Leaving words out of a name names someone else („Kim Jong“
    /// is also the start of „Kim Jong Il“).
    Name,
    /// A term or a place: its core is enough („Sicherheitsrat“ for „UN-Sicherheitsrat“,
    /// „Westküste“ for „Westküste der USA“; see [`short_forms`]).
    Term,
}

/// What a typed answer is checked against.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    /// A figure; the qualifier ("über") may be typed but is never required.
    Number {
        value: f64,
        qualifier: Option<String>,
        unit: Option<String>,
    },
    /// A date, to the precision it has; `also` are dates accepted beside it (the real date
    /// where the article is wrong).
    Date { date: FactDate, also: Vec<FactDate> },
    /// A word or name; `also` are other accepted answers (a surname alone, short forms the
    /// deck's author lists); `kind` says whether the core of it is enough.
    Text {
        answer: String,
        also: Vec<String>,
        kind: TextKind,
    },
    /// Every item of a list, in any order.
    List(Vec<String>),
}

impl Expected {
    /// The right answer as the learner sees it.
    pub fn shown(&self) -> String {
        match self {
            Expected::Number {
                value,
                qualifier,
                unit,
            } => [qualifier.clone(), Some(format_number(*value)), unit.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" "),
            Expected::Date { date, .. } => date.to_string(),
            Expected::Text { answer, .. } => answer.clone(),
            Expected::List(items) => items.join(", "),
        }
    }

    /// Examples of answers that are accepted, for reviewing a deck outside the program.
    pub fn accepted_examples(&self) -> Vec<String> {
        let mut out = vec![self.shown()];
        match self {
            Expected::Number { value, .. } => {
                let plain = format_number(*value).replace('.', "");
                out.push(format_number(*value));
                out.push(plain);
            }
            Expected::Date { date, also } => {
                for date in std::iter::once(date).chain(also) {
                    out.push(date.to_string());
                    match *date {
                        FactDate::Year(_) | FactDate::Month(_) | FactDate::Weekday(_) => {}
                        FactDate::YearMonth(y, m) => out.push(format!("{m:02}/{y}")),
                        FactDate::Day(y, m, d) => out.push(format!("{d}.{m}.{y}")),
                        FactDate::MonthDay(m, d) => out.push(format!("{d}.{m}.")),
                    }
                }
            }
            Expected::Text { answer, also, kind } => {
                if *kind == TextKind::Term {
                    out.extend(short_forms(answer));
                }
                out.extend(also.iter().cloned());
            }
            Expected::List(items) => out.push(items.join("\n")),
        }
        let mut seen = Vec::new();
        out.retain(|a| {
            let fresh = !seen.contains(a);
            seen.push(a.clone());
            fresh
        });
        out
    }

    /// The right answer as shown, marked with what `given` lacked (see [`answer_marks`]).
    /// An answer that aimed at a shorter accepted form (a term's core, a surname) is
    /// compared with that form only: the rest of the answer was not needed, so leaving it
    /// out is not marked as a mistake.
    pub fn marks(&self, given: &str) -> Vec<DiffSpan> {
        let shown = self.shown();
        let Expected::Text { answer, also, kind } = self else {
            return answer_marks(given, &shown);
        };
        let short = match kind {
            TextKind::Term => short_forms(answer),
            TextKind::Name => Vec::new(),
        };
        let aimed_at = short
            .iter()
            .chain(also)
            .map(|form| (words::compare(given, form), form))
            .filter(|(quality, _)| *quality != WordMatch::No)
            .max_by_key(|(quality, _)| *quality)
            .filter(|(quality, _)| *quality > words::compare(given, answer));
        // Marked in place when the form stands in the answer as written; a form that does
        // not (a different spelling) is no help in reading the answer.
        let placed = aimed_at.and_then(|(_, form)| Some((shown.find(form.as_str())?, form)));
        let Some((at, form)) = placed else {
            return answer_marks(given, &shown);
        };
        let same = |text: &str| DiffSpan {
            kind: DiffKind::Same,
            text: text.to_string(),
        };
        let mut spans = vec![same(&shown[..at])];
        spans.extend(answer_marks(given, form));
        spans.push(same(&shown[at + form.len()..]));
        spans.retain(|span| !span.text.is_empty());
        spans.dedup_by(|next, previous| {
            let joined = next.kind == previous.kind;
            if joined {
                previous.text.push_str(&next.text);
            }
            joined
        });
        spans
    }
}

/// The longest typed answer graded, in characters: far more than any answer, even every
/// item of the longest list a deck may have (100 items of some 40 letters). Beyond it a
/// pasted text is cut: comparing a megabyte with each item of a list froze the window.
pub const MAX_ANSWER_CHARS: usize = 5_000;

/// Grades a typed answer (its first `MAX_ANSWER_CHARS` characters).
pub fn grade(expected: &Expected, given: &str) -> Grade {
    let given = match given.char_indices().nth(MAX_ANSWER_CHARS) {
        Some((end, _)) => &given[..end],
        None => given,
    };
    let shown = expected.shown();
    if given.trim().is_empty() {
        // A list still says which items there were, so the learner sees every one of them.
        let mut grade = match expected {
            Expected::List(items) => list::grade(items, &shown, ""),
            _ => Grade::new(Verdict::Wrong, 0.0, &shown),
        };
        grade.note = Some(Note::NoAnswer);
        return grade;
    }
    match expected {
        Expected::Number {
            value, qualifier, ..
        } => number::grade(*value, qualifier.as_deref(), &shown, given),
        Expected::Date { date, also } => date::grade_with_also(*date, also, &shown, given),
        Expected::Text { answer, also, kind } => text(answer, also, *kind, &shown, given),
        Expected::List(items) => list::grade(items, &shown, given),
    }
}

/// A word or name: the answer itself, its core (for terms), or one of `also`'s forms.
fn text(answer: &str, also: &[String], kind: TextKind, shown: &str, given: &str) -> Grade {
    let short = match kind {
        TextKind::Term => short_forms(answer),
        TextKind::Name => Vec::new(),
    };
    let own = std::iter::once(answer)
        .chain(short.iter().map(String::as_str))
        .map(|form| (words::compare(given, form), false));
    let alternatives = also.iter().map(|form| (words::compare(given, form), true));
    // The best match; at the same quality the answer's own forms win, so a form that is
    // both (a surname the rule would also find) is not reported as an alternative.
    let (best, through_also) = own
        .chain(alternatives)
        .max_by_key(|&(quality, through_also)| (quality, !through_also))
        .unwrap_or((WordMatch::No, false));
    let mut grade = match best {
        WordMatch::Exact | WordMatch::Shortened => {
            let mut grade = Grade::new(Verdict::Right, 1.0, shown);
            if through_also {
                grade.note = Some(Note::AcceptedAlso {
                    article: shown.to_string(),
                });
            }
            grade
        }
        WordMatch::Typo => {
            let mut grade = Grade::new(Verdict::Almost, 1.0, shown);
            grade.note = Some(Note::Almost {
                answer: shown.to_string(),
            });
            grade
        }
        WordMatch::No => return Grade::new(Verdict::Wrong, 0.0, shown),
    };
    grade.accepted_also = through_also;
    grade
}
