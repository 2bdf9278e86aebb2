//! Enumerations of things: „Stahl, Aluminium, Düngemittel und Lastwagen“, „weder Kohle noch
//! Mineralien“, „über das Atomprogramm und über die Zusammenarbeit“. Every item is a noun
//! phrase; clauses joined by „und“ are not lists. Two items are proposed only where they
//! are not the article's main actors paired again („Russland und China“), nor people.

use super::Found;
use super::clause::{Sent, cloze, is_function_word, tidy};
use super::words;
use crate::deck::FactBody;
use std::ops::Range;

/// Words the article names this often or more are its main actors.
const MAIN_ACTOR_MENTIONS: u32 = 3;

/// The most items a list is read with.
const MOST_ITEMS: usize = 8;

/// One item: its tokens with any preposition, and without.
#[derive(Debug, Clone)]
struct Item {
    whole: Range<usize>,
    /// Without a leading preposition ("über das Atomprogramm" → "das Atomprogramm").
    text: Range<usize>,
}

/// The lists of one sentence. `people` are the names of the people found.
pub fn lists(s: &Sent<'_>, people: &[String]) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    let mut covered_to = 0;
    for c in 0..s.len() {
        if c < covered_to {
            continue;
        }
        let Some(items) = items_around(s, c) else {
            continue;
        };
        if !worth_a_list(s, &items, people) {
            continue;
        }
        let span = items[0].whole.start..items[items.len() - 1].whole.end;
        covered_to = span.end;
        found.push(fact(s, &items, span));
    }
    found
}

/// The items of a list whose conjunction ("und", "oder", "sowie", "noch") stands at `c`.
fn items_around(s: &Sent<'_>, c: usize) -> Option<Vec<Item>> {
    let conjunction = s.lower(c);
    if !["und", "oder", "sowie", "noch"].contains(&conjunction.as_str()) || !s.is_low(c) {
        return None;
    }
    let last = item_forward(s, c + 1)?;
    let mut items = vec![item_backward(s, c)?, last];
    // Items before commas, as long as they are of the same make.
    while items.len() < MOST_ITEMS {
        let right = &items[0];
        let Some(comma) = previous_item_end(s, right.whole.start) else {
            break;
        };
        match item_backward(s, comma) {
            Some(left) if continues(s, &left, right) => items.insert(0, left),
            _ => break,
        }
    }
    if conjunction == "noch" {
        let before = items[0].whole.start;
        if before == 0 || s.lower(before - 1) != "weder" {
            return None;
        }
        items.truncate(2);
    }
    // A preposition before the last item must repeat the first item's.
    let first_preposition = preposition(s, &items[0]);
    let last_item = &items[items.len() - 1];
    if let Some(p) = preposition(s, last_item)
        && first_preposition.as_deref() != Some(p.as_str())
    {
        return None;
    }
    // "Lohn im Monat sowie eine Arbeitszeit": a last item with an article of its own but no
    // preposition does not go on an enumeration whose first item has one.
    if first_preposition.is_some()
        && preposition(s, last_item).is_none()
        && article_kind(s, last_item) != 0
    {
        return None;
    }
    (items.len() >= 2).then_some(items)
}

/// The kind of article an item has: none, definite, indefinite, possessive or another.
fn article_kind(s: &Sent<'_>, item: &Item) -> u8 {
    let first = s.lower(item.text.start);
    let head = s.lower(item.text.end - 1);
    // "die Türkei", "die USA": a country's article is part of its name.
    let country = words::COUNTRIES.contains(&head.as_str());
    if !words::DETERMINERS.contains(&first.as_str()) || item.text.len() < 2 || country {
        0
    } else if ["der", "die", "das", "den", "dem", "des"].contains(&first.as_str()) {
        1
    } else if first.starts_with("ein") {
        2
    } else if words::POSSESSIVES.contains(&first.as_str()) {
        3
    } else {
        4
    }
}

/// Whether an item before a comma belongs to the enumeration that goes on with `right`:
/// both with the same preposition, or neither with one and the same kind of article; a
/// preposition before the first item alone is allowed without an article („für Mord,
/// Verfolgung und Folter“).
fn continues(s: &Sent<'_>, left: &Item, right: &Item) -> bool {
    match (preposition(s, left), preposition(s, right)) {
        (Some(l), Some(r)) => l == r,
        (Some(_), None) => article_kind(s, left) == 0,
        (None, Some(_)) => false,
        (None, None) => article_kind(s, left) == article_kind(s, right),
    }
}

fn preposition(s: &Sent<'_>, item: &Item) -> Option<String> {
    (item.whole.start < item.text.start)
        .then(|| plain_preposition(&s.lower(item.whole.start)).to_string())
}

/// An adjective-like word inside an item: after an article any inflected word, without one
/// only a plain adjective ("rote Teppiche", not "verstärken schwache Stellen").
fn modifier(s: &Sent<'_>, i: usize, after_article: bool) -> bool {
    if after_article {
        s.is_adjective(i) || s.is_number(i)
    } else {
        s.is_bare_adjective(i)
    }
}

/// An item starting at `i`: [preposition] [article] adjectives noun [genitive].
fn item_forward(s: &Sent<'_>, i: usize) -> Option<Item> {
    let mut j = i;
    if s.lower_in(j, words::PREPOSITIONS) && s.is_low(j) {
        j += 1;
    }
    let text_start = j;
    let article = s.lower_in(j, words::DETERMINERS);
    if article {
        j += 1;
    }
    while modifier(s, j, article) {
        j += 1;
    }
    if !s.is_cap(j) {
        return None;
    }
    j = name_end(s, j);
    j = genitive(s, j);
    Some(Item {
        whole: i..j,
        text: text_start..j,
    })
}

/// Words that begin a name of two words ("Bad Freienwalde", "San Sebastián").
const NAME_STARTS: &[&str] = &[
    "bad", "sankt", "st", "neu", "new", "san", "santa", "los", "las", "el", "la", "le", "groß",
    "klein", "ober", "unter", "nieder", "alt", "hoch", "den",
];

/// The end of the noun (or name) starting at `i`: one capitalised word, two where the
/// first begins a name or the second is a known place or its genitive ("Süden Polens").
fn name_end(s: &Sent<'_>, i: usize) -> usize {
    let next = s.lower(i + 1);
    let known = |w: &str| words::PLACES.contains(&w) || words::COUNTRIES.contains(&w);
    let second = s.is_cap(i + 1)
        && (s.lower_in(i, NAME_STARTS)
            || known(&next)
            || next.strip_suffix('s').is_some_and(known));
    if second { i + 2 } else { i + 1 }
}

/// A genitive after a noun ("Soldaten der Bundeswehr"): its end, or `i` without one.
fn genitive(s: &Sent<'_>, i: usize) -> usize {
    if !s.lower_in(i, &["des", "der", "eines", "einer"]) || !s.is_low(i) {
        return i;
    }
    let mut k = i + 1;
    while s.is_adjective(k) {
        k += 1;
    }
    let noun = k;
    while s.is_cap(k) && k < noun + 3 {
        k += 1;
    }
    if k > noun { k } else { i }
}

/// The item ending right before `end`, read backwards.
fn item_backward(s: &Sent<'_>, end: usize) -> Option<Item> {
    if end == 0 || !s.is_cap(end - 1) {
        return None;
    }
    let mut start = end - 1;
    // A genitive: "Mitarbeiter des Technischen Hilfswerks", "Elite des Landes".
    let mut k = start;
    while k > 0 && start - k < 2 && (s.is_cap(k - 1) || s.is_adjective(k - 1)) {
        k -= 1;
    }
    if k >= 2
        && s.lower_in(k - 1, &["des", "der", "eines", "einer"])
        && s.is_low(k - 1)
        && s.is_cap(k - 2)
    {
        start = k - 2;
    }
    // Adjectives and an article; without an article only plain adjectives.
    let mut m = start;
    while m > 0 && s.is_adjective(m - 1) {
        m -= 1;
    }
    let article = m > 0 && s.lower_in(m - 1, words::DETERMINERS) && (s.is_low(m - 1) || m == 1);
    if article {
        m -= 1;
    } else {
        m = start;
        while m > 0 && s.is_bare_adjective(m - 1) {
            m -= 1;
        }
    }
    let text_start = m;
    let whole_start = if m > 0 && s.lower_in(m - 1, words::PREPOSITIONS) {
        m - 1
    } else {
        m
    };
    Some(Item {
        whole: whole_start..end,
        text: text_start..end,
    })
}

/// Words that may stand between the comma and the next item ("erst aus …, dann aus …").
const SEQUENCE_WORDS: &[&str] = &[
    "dann",
    "danach",
    "später",
    "zuletzt",
    "schließlich",
    "zudem",
    "außerdem",
];

/// The token before which the item preceding the one starting at `start` ends: its comma
/// (and a word of sequence after it), if the item is one of an enumeration.
fn previous_item_end(s: &Sent<'_>, start: usize) -> Option<usize> {
    if start >= 2 && s.is_punct(start - 1, ",") {
        return Some(start - 1);
    }
    if start >= 3 && s.lower_in(start - 1, SEQUENCE_WORDS) && s.is_punct(start - 2, ",") {
        return Some(start - 2);
    }
    None
}

/// A preposition and its contraction with an article read as one ("im" is "in").
fn plain_preposition(word: &str) -> &str {
    match word {
        "im" | "ins" => "in",
        "am" | "ans" => "an",
        "vom" => "von",
        "zum" | "zur" => "zu",
        "beim" => "bei",
        other => other,
    }
}

/// Whether the items make a list worth learning.
fn worth_a_list(s: &Sent<'_>, items: &[Item], people: &[String]) -> bool {
    let person_words: Vec<&str> = people.iter().flat_map(|p| p.split_whitespace()).collect();
    let texts: Vec<String> = items.iter().map(|i| item_text(s, i)).collect();
    let heads: Vec<String> = items
        .iter()
        .map(|i| s.w(i.text.end - 1).to_string())
        .collect();
    let names_a_person = items
        .iter()
        .any(|item| (item.text.clone()).any(|k| person_words.contains(&s.w(k))));
    let pronoun = items.iter().any(|item| {
        item.text.len() == 1 && words::PRONOUNS.contains(&s.lower(item.text.start).as_str())
    });
    let dated = heads.iter().any(|h| {
        let lower = h.to_lowercase();
        words::MONTHS.contains(&lower.as_str()) || words::WEEKDAYS.contains(&lower.as_str())
    });
    let mut distinct = texts.clone();
    distinct.sort();
    distinct.dedup();
    // "Kinder unter fünf Jahren sowie Menschen über 60": a measure, not an item.
    let counted = items.iter().any(|item| {
        item.text.start > 0 && {
            let before = item.text.start - 1;
            s.is_number(before)
                || words::NUMBER_WORDS
                    .iter()
                    .any(|(w, _)| s.lower(before) == *w)
        }
    });
    let all_roles = heads.iter().all(|h| super::people::is_role(h));
    if names_a_person || pronoun || dated || all_roles || counted || distinct.len() < texts.len() {
        return false;
    }
    // "pro Kopf und Tag": a unit, not a list.
    if preposition(s, &items[0]).as_deref() == Some("pro") {
        return false;
    }
    if items.len() == 2 {
        let main_actors = heads.iter().all(|h| {
            let lexicon = &s.article.lexicon;
            let mentions = match h.strip_suffix('s') {
                // A genitive ("Russlands") counts with its noun.
                Some(noun) => lexicon.count(h) + lexicon.count(noun),
                None => lexicon.count(h) + lexicon.count(&format!("{h}s")),
            };
            mentions >= MAIN_ACTOR_MENTIONS
        });
        if main_actors {
            return false;
        }
    }
    !heads.iter().any(|h| is_function_word(&h.to_lowercase()))
}

fn item_text(s: &Sent<'_>, item: &Item) -> String {
    tidy(s.slice(item.text.start, item.text.end))
}

fn fact(s: &Sent<'_>, items: &[Item], span: Range<usize>) -> Found {
    let texts: Vec<String> = items.iter().map(|i| item_text(s, i)).collect();
    let gaps: Vec<Range<usize>> = items.iter().map(|i| i.text.clone()).collect();
    let question = cloze(s, &gaps, "Ergänze die Aufzählung: ");
    // The list is named by what leads up to it in its clause.
    let quoted = s.quoted();
    let lead_start = (0..span.start)
        .rev()
        .find(|&k| !quoted[k] && s.is_any_punct(k) && matches!(s.w(k), "," | ";" | ":" | "–"))
        .map_or(0, |k| k + 1);
    let lead_words: Vec<usize> = (lead_start..span.start).collect();
    let from = lead_words.len().saturating_sub(8);
    let lead = tidy(s.slice(lead_start + from, span.start));
    let lead = lead
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_string();
    let lead = lead.strip_suffix(" weder").unwrap_or(&lead).to_string();
    let name = if lead.split_whitespace().count() >= 2 {
        let shown = if from > 0 {
            format!("… {lead}")
        } else {
            lead
        };
        super::clause::uppercase_first(&shown)
    } else {
        "Aufzählung".to_string()
    };
    let key_end = span.end.min(span.start + 6);
    Found {
        sentence: s.index,
        key: span.start..key_end,
        body: FactBody::List {
            question,
            name,
            items: texts,
            ask_item: None,
            item_claim: None,
        },
    }
}
