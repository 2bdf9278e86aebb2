//! Places: a name after a kind of place („die russische Grenzstadt Chassan“, „der Landkreis
//! Märkisch-Oderland“), a place after a preposition („in Wladiwostok“, „aus Pakistan“, „bei
//! Tordera“) known from the gazetteer or read as a proper name, an area named after a known
//! place („im Pazifikraum“, „im Oderbruch“), a coast or border of a country („die Westküste
//! der USA“) and a body that meets somewhere („im UN-Sicherheitsrat“). A country is the
//! setting more than a fact: it is proposed only where the text names it once.

use super::Found;
use super::clause::{Sent, capitalised_run, cloze, is_function_word, tidy, uppercase_first};
use super::people::is_role;
use super::text::Article;
use super::words;
use crate::deck::FactBody;
use std::ops::Range;

/// Sentences longer than this many words give their clause as the place's event.
const EVENT_MAX_WORDS: usize = 30;

/// How a place is named in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Naming {
    /// After a kind of place: the kind stays when the name is left out.
    AfterKind,
    /// After a preposition (and maybe an article): the phrase becomes „dort“.
    AfterPreposition,
    /// A word of its own (an area, a body, a coast).
    Itself,
}

#[derive(Debug, Clone)]
struct PlaceAt {
    /// The tokens of the whole mention ("in Frankfurt (Oder)", "Grenzstadt Chassan").
    mention: Range<usize>,
    /// The tokens of the name.
    name: Range<usize>,
    naming: Naming,
    /// Letters of a case ending on the name's last word ("Niederlanden").
    case_ending: usize,
}

/// Every place of the article, each once. `people` are the names of the people found
/// (none of their words is a place); `in_lists` are token ranges already proposed as a
/// list's items, by sentence.
pub fn places(
    article: &Article<'_>,
    people: &[String],
    in_lists: &[(usize, Range<usize>)],
) -> Vec<Found> {
    let person_words: Vec<&str> = people.iter().flat_map(|p| p.split_whitespace()).collect();
    let mut seen: Vec<String> = Vec::new();
    let mut found = Vec::new();
    for index in 0..article.sentences.len() {
        let s = Sent::new(article, index);
        let mut i = 0;
        while i < s.len() {
            let Some(place) = place_at(&s, i) else {
                i += 1;
                continue;
            };
            i = place.mention.end.max(i + 1);
            let name = name_text(&s, &place);
            // "Frankfurt (Oder)" and "Frankfurt" are one place.
            let key = name.split(" (").next().unwrap_or(&name).to_lowercase();
            // A place in a list is asked with the list, unless a kind of place names it.
            let listed = place.naming != Naming::AfterKind
                && in_lists.iter().any(|(sentence, range)| {
                    *sentence == index
                        && range.start <= place.name.start
                        && place.name.end <= range.end
                });
            let a_person =
                (place.name.start..place.name.end).any(|k| person_words.contains(&s.w(k)));
            if listed || a_person || seen.contains(&key) || !worth_proposing(article, &name) {
                continue;
            }
            seen.push(key);
            found.push(fact(&s, &place, &name));
        }
    }
    found
}

/// A country or region counts only where the text names it once; anything else always.
fn worth_proposing(article: &Article<'_>, name: &str) -> bool {
    let lower = name.to_lowercase();
    if !words::COUNTRIES.contains(&lower.as_str()) || words::PLACES.contains(&lower.as_str()) {
        return true;
    }
    let mentions = article.lexicon.count(name) + article.lexicon.count(&format!("{name}s"));
    mentions <= 1
}

/// The gazetteer entry starting at `j`: its end, and how many letters of a case ending
/// to drop from its last word ("aus den Niederlanden" names „Niederlande“).
fn in_gazetteer(s: &Sent<'_>, j: usize) -> Option<(usize, usize)> {
    if !s.is_cap(j) {
        return None;
    }
    for n in (1..=3).rev() {
        if !(j..j + n).all(|k| s.is_word(k)) {
            continue;
        }
        let joined = (j..j + n).map(|k| s.lower(k)).collect::<Vec<_>>().join(" ");
        for ending in ["", "n", "en"] {
            let Some(form) = joined.strip_suffix(ending) else {
                continue;
            };
            if words::PLACES.contains(&form) || words::COUNTRIES.contains(&form) {
                return Some((j + n, ending.len()));
            }
        }
    }
    None
}

/// A capitalised word that may begin the name of a place the gazetteer does not know.
fn may_name_a_place(s: &Sent<'_>, i: usize) -> bool {
    if !s.is_cap(i) {
        return false;
    }
    let word = s.w(i);
    let lower = s.lower(i);
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let acronym = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    !(acronym
        || is_function_word(&lower)
        || words::NOT_PLACES.contains(&lower.as_str())
        || words::MONTHS.contains(&lower.as_str())
        || words::WEEKDAYS.iter().any(|d| lower.starts_with(d))
        || words::COMMON_NOUN_ENDINGS
            .iter()
            .any(|e| lower.ends_with(e))
        || is_role(word)
        || s.article.lexicon.seen_lowercase(word)
        || s.article.lexicon.follows_an_article(word))
}

/// A capitalised word after a kind of place ("Nachbarregion Aragonien"): any word that is
/// no common word, role or date.
fn names_after_a_kind(s: &Sent<'_>, i: usize) -> bool {
    let lower = s.lower(i);
    s.is_cap(i)
        && !is_function_word(&lower)
        && !words::NOT_PLACES.contains(&lower.as_str())
        && !words::MONTHS.contains(&lower.as_str())
        && !words::WEEKDAYS.iter().any(|d| lower.starts_with(d))
        && !is_role(s.w(i))
        && !s.article.lexicon.seen_lowercase(s.w(i))
}

/// The end of a name, with a short bracket right after it ("Frankfurt (Oder)").
fn with_bracket(s: &Sent<'_>, end: usize) -> usize {
    if s.is_punct(end, "(") && s.is_cap(end + 1) && s.is_punct(end + 2, ")") {
        end + 3
    } else {
        end
    }
}

fn place_at(s: &Sent<'_>, i: usize) -> Option<PlaceAt> {
    let lower = s.lower(i);
    // "Grenzstadt Chassan", "Landkreis Märkisch-Oderland".
    if s.is_cap(i)
        && words::PLACE_KIND_ENDINGS.iter().any(|e| lower.ends_with(e))
        && names_after_a_kind(s, i + 1)
    {
        let end = capitalised_run(s, i + 1).min(i + 5);
        let end = with_bracket(s, end);
        return Some(PlaceAt {
            mention: i..end,
            name: i + 1..end,
            naming: Naming::AfterKind,
            case_ending: 0,
        });
    }
    // "die Westküste der USA".
    if words::SIDE_NOUNS.contains(&lower.as_str())
        && s.lower_in(i + 1, &["der", "des"])
        && let Some((end, _)) = in_gazetteer(s, i + 2)
    {
        return Some(PlaceAt {
            mention: i..end,
            name: i..end,
            naming: Naming::Itself,
            case_ending: 0,
        });
    }
    // "im Pazifikraum", "im Oderbruch", "im UN-Sicherheitsrat".
    if s.is_cap(i) && i > 0 && (area_of_known_place(&lower) || body_that_meets(&lower)) {
        let introduced = s.lower_in(
            i - 1,
            &["im", "in", "ins", "am", "vom", "beim", "zum", "dem", "den"],
        );
        if introduced {
            let mut start = i - 1;
            if start > 0
                && s.lower_in(start - 1, &["in", "aus", "von", "an", "zu"])
                && s.lower_in(i - 1, &["dem", "den"])
            {
                start -= 1;
            }
            return Some(PlaceAt {
                mention: start..i + 1,
                name: i..i + 1,
                naming: Naming::AfterPreposition,
                case_ending: 0,
            });
        }
        return None;
    }
    // "in Wladiwostok", "aus den Niederlanden", "bei Brieskow-Finkenheerd".
    if s.lower_in(i, &["in", "nach", "aus", "bei", "von", "nahe"]) {
        let mut j = i + 1;
        let with_article = s.lower_in(j, &["der", "den", "dem", "die"]);
        if with_article {
            j += 1;
        }
        // After "nach", "nahe" and "von" only a known place: "nach Elektroautos" is no
        // journey, "von Kohle abhängig" no origin.
        let unknown_allowed = !with_article && s.lower_in(i, &["in", "bei", "aus"]);
        let (end, case_ending) = match in_gazetteer(s, j) {
            Some(found) => found,
            None if unknown_allowed && may_name_a_place(s, j) => {
                (capitalised_run(s, j).min(j + 4), 0)
            }
            None => return None,
        };
        let end = with_bracket(s, end);
        return Some(PlaceAt {
            mention: i..end,
            name: j..end,
            naming: Naming::AfterPreposition,
            case_ending,
        });
    }
    None
}

/// A compound naming an area after a known place: "Pazifikraum", "Ebro-Delta".
fn area_of_known_place(lower: &str) -> bool {
    words::AREA_ENDINGS.iter().any(|ending| {
        lower.strip_suffix(ending).is_some_and(|prefix| {
            let prefix = prefix.trim_end_matches('-');
            prefix.chars().count() >= 3
                && (words::PLACES.contains(&prefix) || words::COUNTRIES.contains(&prefix))
        })
    })
}

/// A body that meets somewhere: "UN-Sicherheitsrat", "Regionalparlament".
fn body_that_meets(lower: &str) -> bool {
    words::INSTITUTION_ENDINGS
        .iter()
        .any(|e| lower.ends_with(e))
}

fn name_text(s: &Sent<'_>, place: &PlaceAt) -> String {
    let text = tidy(s.slice(place.name.start, place.name.end));
    text[..text.len() - place.case_ending].to_string()
}

fn fact(s: &Sent<'_>, place: &PlaceAt, name: &str) -> Found {
    let gaps = occurrences(s, place, name);
    let ask_place = cloze(s, &gaps, "Ergänze den Ort: ");
    Found {
        sentence: s.index,
        key: place.mention.clone(),
        body: FactBody::Place {
            name: name.to_string(),
            event: event(s, place, name),
            ask_event: Some(format!("Was berichtet der Artikel über {name}?")),
            ask_place: Some(ask_place),
        },
    }
}

/// Every place in the sentence where the name stands.
fn occurrences(s: &Sent<'_>, place: &PlaceAt, name: &str) -> Vec<Range<usize>> {
    let length = place.name.len();
    let mut gaps = vec![place.name.clone()];
    let mut i = 0;
    while i + length <= s.len() {
        if i != place.name.start && tidy(s.slice(i, i + length)).starts_with(name) {
            gaps.push(i..i + length);
            i += length;
        } else {
            i += 1;
        }
    }
    gaps
}

/// What happens at the place: its sentence (or clause) with the place left out, as a
/// statement of its own.
fn event(s: &Sent<'_>, place: &PlaceAt, name: &str) -> String {
    let words_in = s.sentence.tokens.len();
    let (mut from, mut to) = (0, s.len());
    if words_in > EVENT_MAX_WORDS {
        let quoted = s.quoted();
        let cut =
            |i: usize| !quoted[i] && s.is_any_punct(i) && matches!(s.w(i), "," | ";" | ":" | "–");
        if let Some(b) = (0..place.mention.start).rev().find(|&i| cut(i)) {
            from = b + 1;
        }
        if let Some(b) = (place.mention.end..s.len()).find(|&i| cut(i)) {
            to = b;
        }
    }
    let replacement = match place.naming {
        Naming::AfterKind => String::new(),
        Naming::AfterPreposition => match s.lower(place.mention.start).as_str() {
            "nach" => "dorthin".to_string(),
            "aus" | "von" | "vom" => "von dort".to_string(),
            "nahe" => "in der Nähe".to_string(),
            _ => "dort".to_string(),
        },
        Naming::Itself => "dieses Gebiet".to_string(),
    };
    let (replace_from, replace_to) = match place.naming {
        Naming::AfterKind => (place.name.start, place.name.end),
        Naming::Itself => {
            let start = if place.mention.start > 0
                && s.lower_in(place.mention.start - 1, words::DETERMINERS)
            {
                place.mention.start - 1
            } else {
                place.mention.start
            };
            (start, place.mention.end)
        }
        Naming::AfterPreposition => (place.mention.start, place.mention.end),
    };
    let mut text = String::new();
    if replace_from >= from && replace_to <= to {
        text.push_str(s.slice(from, replace_from));
        text.push(' ');
        text.push_str(&replacement);
        text.push(' ');
        text.push_str(s.slice(replace_to, to));
    } else {
        text.push_str(s.slice(from, to));
    }
    let mut text = replace_word(&tidy(&text), name, "dieser Ort");
    text = text.trim_end_matches([',', ';', ':', '–', ' ']).to_string();
    if let Some(at) = text.rfind("(Quelle")
        && text.ends_with(')')
    {
        text.truncate(at);
        text = text.trim_end().to_string();
    }
    if !text.ends_with(['.', '!', '?', '“', '"']) {
        text.push('.');
    }
    uppercase_first(&text)
}

/// `text` with every whole-word occurrence of `word` replaced.
fn replace_word(text: &str, word: &str, by: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(word) {
        let before_ok = rest[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = &rest[at + word.len()..];
        let after_ok = after.chars().next().is_none_or(|c| !c.is_alphanumeric());
        out.push_str(&rest[..at]);
        out.push_str(if before_ok && after_ok { by } else { word });
        rest = after;
    }
    out.push_str(rest);
    out
}
