//! Grading a list answer: the items in any order, separated by commas, "und" or new
//! lines, each matched to at most one expected item; credit item by item, as a share of
//! the items asked. Items that are not on the list are named apart: they cost no credit,
//! but an answer with one is not fully right.

use super::words::{WordMatch, compare_item};
use super::{Grade, ItemGrade, Note, Verdict};
use crate::grade::normalize::key;

/// Words that join items rather than belong to them.
const JOINING_WORDS: [&str; 5] = ["und", "sowie", "oder", "&", "+"];

/// Splits a typed list into its items: at new lines, commas and semicolons, and at the
/// words "und", "sowie" and "oder".
pub fn split_items(given: &str) -> Vec<String> {
    let mut items = Vec::new();
    for part in given.split(['\n', ',', ';']) {
        let mut words: Vec<&str> = Vec::new();
        for word in part.split_whitespace() {
            if JOINING_WORDS.contains(&word.to_lowercase().as_str()) {
                items.push(words.join(" "));
                words.clear();
            } else {
                words.push(word);
            }
        }
        items.push(words.join(" "));
    }
    items.retain(|i| !key(i).is_empty());
    items
}

pub fn grade(expected: &[String], shown: &str, given: &str) -> Grade {
    let typed = split_items(given);
    // Every possible pairing, best matches first, so an exact match is never taken away
    // by a typo match that happened to come earlier.
    let mut pairs: Vec<(WordMatch, usize, usize)> = Vec::new();
    for (g, typed_item) in typed.iter().enumerate() {
        for (e, item) in expected.iter().enumerate() {
            let quality = compare_item(typed_item, item);
            if quality != WordMatch::No {
                pairs.push((quality, g, e));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut given_for: Vec<Option<(usize, WordMatch)>> = vec![None; expected.len()];
    let mut used = vec![false; typed.len()];
    for (quality, g, e) in pairs {
        if !used[g] && given_for[e].is_none() {
            used[g] = true;
            given_for[e] = Some((g, quality));
        }
    }
    let items: Vec<ItemGrade> = expected
        .iter()
        .zip(&given_for)
        .map(|(item, found)| ItemGrade {
            expected: item.clone(),
            given: found.map(|(g, _)| typed[g].clone()),
            verdict: match found {
                Some((_, WordMatch::Typo)) => Verdict::Almost,
                Some(_) => Verdict::Right,
                None => Verdict::Wrong,
            },
        })
        .collect();
    // A repeated item is not an extra; anything else left over is.
    let mut seen_keys: std::collections::HashSet<String> = items
        .iter()
        .filter_map(|i| i.given.as_deref().map(key))
        .collect();
    let mut extra: Vec<String> = Vec::new();
    for (g, item) in typed.iter().enumerate() {
        if !used[g] && seen_keys.insert(key(item)) {
            extra.push(item.clone());
        }
    }
    let found = items.iter().filter(|i| i.given.is_some()).count();
    let verdict = if found == 0 {
        Verdict::Wrong
    } else if found < expected.len() || !extra.is_empty() {
        Verdict::Partial
    } else if items.iter().any(|i| i.verdict == Verdict::Almost) {
        Verdict::Almost
    } else {
        Verdict::Right
    };
    // Extras never lower the score: the learner is credited for what they knew, and the
    // verdict (partly right) and the note say that something was wrong.
    let score = found as f32 / expected.len().max(1) as f32;
    let mut grade = Grade::new(verdict, score, shown);
    grade.note = match verdict {
        Verdict::Right => None,
        Verdict::Almost => Some(Note::Almost {
            answer: shown.to_string(),
        }),
        Verdict::Partial | Verdict::Wrong => Some(Note::Items {
            named: found,
            asked: expected.len(),
            extra: extra.len(),
        }),
    };
    grade.items = items;
    grade.extra = extra;
    grade
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_split_at_commas_und_and_new_lines() {
        assert_eq!(
            split_items("Kohle, Mineralien und\nlandwirtschaftliche Produkte"),
            ["Kohle", "Mineralien", "landwirtschaftliche Produkte"]
        );
        assert_eq!(split_items("Öl UND Gas"), ["Öl", "Gas"]);
    }
}
