//! Reasons: a clause „weil …“, „da …“ or „denn …“; a sentence „deshalb …“ whose reason is
//! the sentence before; a phrase „aus Angst …“, „aus … Gründen“, „wegen …“, „als Reaktion
//! auf …“; a purpose „um … zu …“ or „damit …“. The question is „Warum …?“ (or „Wozu …?“)
//! made from the rest of the sentence where its shape is clear, else a cloze.

use super::Found;
use super::clause::{
    MainClause, Sent, cloze_one, is_finite_verb, main_clause, noun_phrase, tidy, uppercase_first,
    why_question,
};
use crate::deck::FactBody;
use std::ops::Range;

/// Adverbs that say the sentence follows from the one before.
const THEREFORE: &[&str] = &[
    "deshalb",
    "deswegen",
    "daher",
    "darum",
    "dementsprechend",
    "folglich",
    "somit",
];

/// Words after a comma that start another reason, where a question's clause ends.
const REASON_STARTS: &[&str] = &["weil", "denn", "da", "um", "damit", "sodass"];

/// The reason of one sentence, if it gives one. `previous` is the sentence before it in
/// the same paragraph.
pub fn reason(s: &Sent<'_>, previous: Option<&Sent<'_>>) -> Option<Found> {
    because_clause(s)
        .or_else(|| opening_clause(s))
        .or_else(|| previous.and_then(|p| therefore(s, p)))
        .or_else(|| phrase(s))
        .or_else(|| purpose(s))
}

/// The first comma outside quotations that is followed by one of `starts`.
fn comma_before(s: &Sent<'_>, from: usize, starts: &[&str]) -> Option<usize> {
    let quoted = s.quoted();
    (from..s.len()).find(|&i| s.is_punct(i, ",") && !quoted[i] && s.lower_in(i + 1, starts))
}

/// The sentence's end without its final mark.
fn text_end(s: &Sent<'_>) -> usize {
    let mut end = s.len();
    while end > 0 && s.is_any_punct(end - 1) && !s.is_quote(end - 1) && !s.is_punct(end - 1, ")") {
        end -= 1;
    }
    end
}

fn answer(text: &str) -> String {
    let mut text = uppercase_first(&tidy(text));
    let text_trimmed = text.trim_end_matches([',', ';', ':', ' ']).to_string();
    text = text_trimmed;
    if !text.ends_with(['.', '!', '?']) {
        text.push('.');
    }
    text
}

fn found(s: &Sent<'_>, key: Range<usize>, question: String, answer: String) -> Found {
    let key_end = key.end.min(key.start + 6).max(key.start + 1);
    Found {
        sentence: s.index,
        key: key.start..key_end,
        body: FactBody::Reason {
            question,
            answer,
            false_variants: Vec::new(),
        },
    }
}

/// The main clause read, if the sentence's first clause ends at `comma`.
fn clause_up_to(s: &Sent<'_>, comma: usize) -> Option<MainClause> {
    main_clause(s).filter(|c| c.end <= comma)
}

/// „X, weil Y.“, „X, da Y.“, „X, denn Y.“
fn because_clause(s: &Sent<'_>) -> Option<Found> {
    let comma = comma_before(s, 1, &["weil", "denn", "da"])?;
    let word = s.lower(comma + 1);
    let end = text_end(s);
    if end <= comma + 3 {
        return None;
    }
    let body = s.slice(comma + 2, end);
    let answer = if word == "denn" {
        answer(body)
    } else {
        answer(&format!("{word} {body}"))
    };
    let question = clause_up_to(s, comma)
        .and_then(|clause| why_question(s, &clause, comma, comma..comma, "Warum"))
        .unwrap_or_else(|| cloze_one(s, comma + 2..end, "Ergänze den Grund: "));
    Some(found(s, comma + 1..end, question, answer))
}

/// „Weil Y, X.“ and „Damit Y, X.“: the reason first, the main clause after it.
fn opening_clause(s: &Sent<'_>) -> Option<Found> {
    let opener = s.lower(0);
    if !["weil", "da", "damit"].contains(&opener.as_str()) {
        return None;
    }
    let quoted = s.quoted();
    let comma = (1..s.len()).find(|&i| s.is_punct(i, ",") && !quoted[i])?;
    if !is_finite_verb(s.w(comma + 1)) {
        return None;
    }
    let end = comma_before(s, comma + 1, REASON_STARTS).unwrap_or_else(|| text_end(s));
    let wh = if opener == "damit" { "Wozu" } else { "Warum" };
    let question = tidy(&format!("{wh} {}", s.slice(comma + 1, end)));
    let question = format!("{}?", question.trim_end_matches([',', '.', ' ']));
    Some(found(s, 0..comma, question, answer(s.slice(0, comma))))
}

/// „Deshalb X.“ or „X deshalb Y.“: the reason is the sentence before.
fn therefore(s: &Sent<'_>, previous: &Sent<'_>) -> Option<Found> {
    let clause = main_clause(s)?;
    let at = (clause.start..clause.end).find(|&i| s.lower_in(i, THEREFORE))?;
    let prefield_is_it = at == clause.start && clause.verb == clause.start + 1;
    if at != clause.start && at < clause.verb {
        return None;
    }
    let end = comma_before(s, clause.verb, REASON_STARTS).unwrap_or_else(|| text_end(s));
    let question = why_question(s, &clause, end, at..at + 1, "Warum")?;
    let _ = prefield_is_it;
    let reason = previous.slice(0, previous.len());
    if previous.is_quote(0) {
        return None;
    }
    Some(found(s, at..at + 3, question, answer(reason)))
}

/// „aus Angst, …“, „aus symbolpolitischen Gründen“, „wegen …“, „als Reaktion auf …“.
fn phrase(s: &Sent<'_>) -> Option<Found> {
    let (start, end) = (0..s.len()).find_map(|i| reason_phrase(s, i).map(|end| (i, end)))?;
    let question_end = comma_before(s, end, REASON_STARTS).unwrap_or_else(|| text_end(s));
    let question = main_clause(s)
        .filter(|clause| start >= clause.start && (start == clause.start || start > clause.verb))
        .and_then(|clause| {
            let (to, leave_out) = if start > clause.verb && end >= question_end {
                // The phrase ends the sentence: the question stops before it, and before a
                // comma that sets it off („…, zunächst wegen der Annexion“).
                let comma = (clause.verb + 1..start).rev().find(|&k| s.is_punct(k, ","));
                (comma.unwrap_or(start), start..start)
            } else {
                (question_end.max(end), start..end)
            };
            why_question(s, &clause, to, leave_out, "Warum")
        })
        .unwrap_or_else(|| cloze_one(s, start..end, "Ergänze den Grund: "));
    Some(found(s, start..end, question, answer(s.slice(start, end))))
}

/// The end of a reason phrase starting at `i`.
fn reason_phrase(s: &Sent<'_>, i: usize) -> Option<usize> {
    let word = s.lower(i);
    let next = s.lower(i + 1);
    if word == "aus" && ["angst", "sorge", "furcht", "rücksicht"].contains(&next.as_str()) {
        // "aus Angst, angegriffen zu werden" runs to the clause's end; "aus Angst vor X" is
        // a phrase.
        if s.is_punct(i + 2, ",") {
            return Some(text_end(s));
        }
        return Some(noun_phrase(s, i + 1).unwrap_or(i + 2));
    }
    if word == "aus" && s.is_adjective(i + 1) && s.lower(i + 2).ends_with("gründen") {
        return Some(i + 3);
    }
    if word == "wegen" || (word == "als" && next == "reaktion") {
        return noun_phrase(s, i + 1);
    }
    None
}

/// „X, um Y zu Z.“: what X is for.
fn purpose(s: &Sent<'_>) -> Option<Found> {
    let comma = comma_before(s, 1, &["um"])?;
    let end = text_end(s);
    let zu = (comma + 2..end).find(|&i| s.lower(i) == "zu" || s.lower(i).contains("zu"))?;
    let _ = zu;
    let question = clause_up_to(s, comma)
        .and_then(|clause| why_question(s, &clause, comma, comma..comma, "Wozu"))?;
    Some(found(
        s,
        comma + 1..end,
        question,
        answer(s.slice(comma + 1, end)),
    ))
}
