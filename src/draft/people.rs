//! People with their role: a name of two or more words with a role before it („US-Präsident
//! Donald Trump“, „der ehemalige nordkoreanische Banker Kim Kwang-jin“, „dem russischen
//! Präsidenten Wladimir Putin“) or after it („Marta Vidal, Sprecherin des Bauernverbands“).
//! Each person is proposed once, with the most telling of their roles, put in the
//! nominative („der russische Präsident“). A family role („sein Vater“) is said beside the
//! person named before, where that reads well („Vater von Nordkoreas Machthaber“).

use super::Found;
use super::clause::{
    Sent, capitalised_run, cloze, is_function_word, noun_phrase, tidy, uppercase_first,
};
use super::text::Article;
use super::words;
use crate::deck::FactBody;
use std::collections::HashMap;
use std::ops::Range;

/// One place a person is named, with the role the text gives there.
#[derive(Debug, Clone)]
struct Mention {
    sentence: usize,
    name: Range<usize>,
    role: Option<Role>,
}

#[derive(Debug, Clone)]
struct Role {
    /// The role's tokens, from its first word to its noun (a role after the name: to its
    /// end).
    tokens: Range<usize>,
    /// The role noun's token.
    noun: usize,
    text: String,
    /// How telling the role is: modifiers and a genitive count for it, a family role or a
    /// role shared by two names against it.
    score: i32,
    kin: bool,
}

/// Whether a word names a role or an office, in any of its forms.
pub fn is_role(word: &str) -> bool {
    role_base(word).is_some()
}

/// The role noun a word is a form of ("Präsidenten" → "präsident", "Ministerin" →
/// "ministerin"), lowercased.
fn role_base(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    if words::NOT_ROLES.contains(&lower.as_str()) || !word.starts_with(char::is_uppercase) {
        return None;
    }
    let forms = |stem: &str| -> bool { words::ROLE_ENDINGS.iter().any(|e| stem.ends_with(e)) };
    for suffix in ["", "in", "innen", "s", "en", "n", "e", "es"] {
        if let Some(stem) = lower.strip_suffix(suffix)
            && !stem.is_empty()
            && forms(stem)
        {
            return Some(if suffix == "in" || suffix == "innen" {
                format!("{stem}in")
            } else {
                stem.to_string()
            });
        }
    }
    None
}

fn is_kin(word: &str) -> bool {
    role_base(word).is_some_and(|base| {
        words::KIN_ROLES
            .iter()
            .any(|k| base == *k || base.trim_end_matches("in") == *k)
    })
}

/// A word that can be part of a person's name.
fn is_name_word(s: &Sent<'_>, i: usize) -> bool {
    if !s.is_cap(i) {
        return false;
    }
    let word = s.w(i);
    let lower = s.lower(i);
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let acronym = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    if acronym
        || is_function_word(&lower)
        || words::MONTHS.contains(&lower.as_str())
        || words::WEEKDAYS.contains(&lower.as_str())
        || words::TITLES.contains(&lower.as_str())
        || is_role(word)
        || words::COUNTRIES.contains(&lower.as_str())
        || words::PLACES.contains(&lower.as_str())
        || s.article.lexicon.seen_lowercase(word)
    {
        return false;
    }
    let common = [
        "ung", "ungen", "heit", "keit", "schaft", "tion", "ismus", "tät",
    ];
    let place_kind = words::PLACE_KIND_ENDINGS.iter().any(|e| lower.ends_with(e));
    if place_kind || lower.chars().count() >= 6 && common.iter().any(|e| lower.ends_with(e)) {
        return false;
    }
    let first = i == 0 || s.is_quote(i - 1) || s.is_punct(i - 1, ":");
    !first || s.article.lexicon.capitalised_inside(word)
}

/// The names of a sentence: runs of two to four name words, small particles allowed inside
/// ("Ursula von der Leyen").
fn names(s: &Sent<'_>) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < s.len() {
        if !is_name_word(s, i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut words_in = 1;
        let particle = |k: usize| s.lower_in(k, words::NAME_PARTICLES) && s.is_low(k);
        let initial =
            |k: usize| s.is_cap(k) && s.w(k).chars().count() == 1 && s.is_punct(k + 1, ".");
        loop {
            if initial(j) && is_name_word(s, j + 2) {
                // "John F. Kennedy"
                j += 3;
                words_in += 1;
            } else if is_name_word(s, j) {
                j += 1;
                words_in += 1;
            } else if particle(j) && is_name_word(s, j + 1) && !is_name_word(s, j + 2) {
                // "van Gogh", "de Gaulle": a particle and a surname end the name.
                j += 2;
                words_in += 1;
                break;
            } else if ["von der", "van der", "van den", "de la", "de los", "de las"]
                .contains(&format!("{} {}", s.lower(j), s.lower(j + 1)).as_str())
                && s.is_low(j)
                && is_name_word(s, j + 2)
                && !is_name_word(s, j + 3)
            {
                // "Ursula von der Leyen"
                j += 3;
                words_in += 1;
                break;
            } else {
                break;
            }
        }
        if (2..=4).contains(&words_in) {
            found.push(i..j);
        }
        i = j;
    }
    found
}

/// The role right before a name (a title such as „Dr.“ may stand between).
fn role_before(s: &Sent<'_>, name: &Range<usize>) -> Option<Role> {
    let mut r = name.start;
    let mut title = None;
    while r >= 2 && s.is_punct(r - 1, ".") && s.lower_in(r - 2, words::TITLES) {
        r -= 2;
    }
    if r >= 1 && s.lower_in(r - 1, words::TITLES) {
        r -= 1;
        title = Some(r);
    }
    // "die Virologin Professorin Maria Schulz": the role before the title; a title alone
    // ("Professor Hans Meier") is the role.
    let noun = match r.checked_sub(1) {
        Some(noun) if is_role(s.w(noun)) => noun,
        _ => title.filter(|&t| is_role(s.w(t)))?,
    };
    let mut start = noun;
    // Adjectives, and a role before the role ("die Vorsitzende Richterin").
    while start > 0
        && (s.is_adjective(start - 1) || is_role(s.w(start - 1)) && !is_kin(s.w(start - 1)))
        && !s.lower_in(start - 1, &["beiden", "beide"])
    {
        start -= 1;
    }
    let genitive_name = start > 0
        && s.is_cap(start - 1)
        && s.w(start - 1).ends_with('s')
        && !is_role(s.w(start - 1))
        && !is_function_word(&s.lower(start - 1));
    if genitive_name {
        start -= 1;
    }
    let mut plural = false;
    if start > 0 && s.lower_in(start - 1, &["beiden", "beide"]) {
        plural = true;
        start -= 1;
    }
    if start > 0 && s.lower_in(start - 1, words::DETERMINERS) {
        start -= 1;
    }
    let after = attachment_after(s, name.end);
    let text = nominative(s, start..noun + 1, noun, plural, after.as_deref());
    let modifiers = (noun - start) as i32 + i32::from(after.is_some()) * 2;
    let kin = is_kin(s.w(noun));
    Some(Role {
        tokens: start..noun + 1,
        noun,
        text,
        score: 2 + modifiers.min(3) - if kin { 6 } else { 0 } - if plural { 3 } else { 0 },
        kin,
    })
}

/// A role set off before a name by a comma: „Der Sprecher des Auswärtigen Amts, Andreas
/// Meier, …“.
fn role_set_off_before(s: &Sent<'_>, name: &Range<usize>) -> Option<Role> {
    let comma = name.start.checked_sub(1)?;
    let closes = name.end >= s.len() || s.is_punct(name.end, ",") || s.is_punct(name.end, ".");
    if !s.is_punct(comma, ",") || !closes {
        return None;
    }
    // The role noun, then at most a genitive ("des Auswärtigen Amts") up to the comma.
    let noun = (comma.saturating_sub(5)..comma).find(|&k| {
        is_role(s.w(k))
            && (k + 1..comma).all(|g| {
                s.lower_in(g, &["des", "der", "eines", "einer"]) || s.is_cap(g) || s.is_adjective(g)
            })
    })?;
    let mut start = noun;
    while start > 0 && s.is_adjective(start - 1) {
        start -= 1;
    }
    if start > 0 && s.lower_in(start - 1, words::DETERMINERS) {
        start -= 1;
    }
    let rest = (noun + 1 < comma).then(|| s.slice(noun + 1, comma).to_string());
    let text = nominative(s, start..noun + 1, noun, false, rest.as_deref());
    Some(Role {
        tokens: start..comma,
        noun,
        text,
        score: 3 + i32::from(rest.is_some()) * 2,
        kin: false,
    })
}

/// A phrase after a name that says where the person belongs („vom Landesamt für Umwelt“,
/// „von der Universität Barcelona“).
fn attachment_after(s: &Sent<'_>, at: usize) -> Option<String> {
    let belongs =
        s.lower(at) == "vom" || s.lower(at) == "von" && s.lower_in(at + 1, &["der", "dem"]);
    if !belongs {
        return None;
    }
    // One noun phrase, and a „für …“ after it: "vom Landesamt für Umwelt", "von der
    // Berliner Charité" (not what follows it: "… der Deutschen Presse-Agentur").
    let mut end = at + 1;
    if s.lower_in(end, &["der", "dem"]) {
        end += 1;
    }
    while s.is_adjective(end) {
        end += 1;
    }
    let noun = end;
    end = capitalised_run(s, end).min(noun + 3);
    if end == noun {
        return None;
    }
    if s.lower(end) == "für" && s.is_cap(end + 1) {
        end = capitalised_run(s, end + 1).min(end + 3);
    }
    Some(s.slice(at, end).to_string())
}

/// A role after a name, set off by commas: „Marta Vidal, Sprecherin des Bauernverbands …,“.
fn role_after(s: &Sent<'_>, name: &Range<usize>) -> Option<Role> {
    if !s.is_punct(name.end, ",") {
        return None;
    }
    let start = name.end + 1;
    let mut noun = start;
    if s.lower_in(noun, words::DETERMINERS) {
        noun += 1;
    }
    while s.is_adjective(noun) {
        noun += 1;
    }
    if !is_role(s.w(noun)) || is_kin(s.w(noun)) {
        return None;
    }
    let end = noun_phrase(s, noun).unwrap_or(noun + 1);
    let closes = end >= s.len() || s.is_any_punct(end);
    if !closes {
        return None;
    }
    let rest = (noun + 1 < end).then(|| s.slice(noun + 1, end).to_string());
    let text = nominative(s, start..noun + 1, noun, false, rest.as_deref());
    Some(Role {
        tokens: start..end,
        noun,
        text,
        score: 3 + i32::from(rest.is_some()) * 2,
        kin: false,
    })
}

/// A role phrase in the nominative singular: „dem russischen Präsidenten“ → „der russische
/// Präsident“, „Die beiden Staatschefs“ → „Staatschef“. `rest` follows the noun.
fn nominative(
    s: &Sent<'_>,
    tokens: Range<usize>,
    noun: usize,
    plural: bool,
    rest: Option<&str>,
) -> String {
    let mut parts: Vec<String> = Vec::new();
    let first = s.lower(tokens.start);
    let has_determiner = words::DETERMINERS.contains(&first.as_str()) && tokens.start < noun;
    let oblique = has_determiner
        && (words::OBLIQUE_DETERMINERS.contains(&first.as_str())
            || words::POSSESSIVES.contains(&first.as_str()))
        || plural;
    let noun_word = s.w(noun);
    let base = role_base(noun_word).unwrap_or_else(|| noun_word.to_lowercase());
    let feminine = base.ends_with("in") && base != "cousin";
    // The noun as a role, in the word's own capitalisation: "Präsidenten" → "Präsident".
    let noun_text = match noun_word.get(..base.len()) {
        Some(prefix) if prefix.to_lowercase() == base => prefix.to_string(),
        _ => uppercase_first(&base),
    };
    if has_determiner && !plural {
        parts.push(if feminine { "die" } else { "der" }.to_string());
    }
    for k in tokens.start..noun {
        let word = s.w(k);
        let lower = s.lower(k);
        if words::DETERMINERS.contains(&lower.as_str()) || lower == "beiden" || lower == "beide" {
            continue;
        }
        if s.is_adjective(k) && (oblique || has_determiner) && lower.ends_with("en") {
            parts.push(word[..word.len() - 1].to_string());
        } else if s.is_adjective(k) && has_determiner && lower.ends_with("er") && !oblique {
            // "ein ehemaliger" read with "der": "der ehemalige".
            parts.push(word[..word.len() - 1].to_string());
        } else {
            parts.push(word.to_string());
        }
    }
    parts.push(noun_text);
    if let Some(rest) = rest {
        parts.push(rest.to_string());
    }
    parts.join(" ")
}

/// The people of an article, and who was named last before each sentence.
pub struct People {
    /// Every person with a role, each once, in the order of the text.
    pub found: Vec<Found>,
    /// For each sentence, the person named last before it (by the whole name, or by a
    /// part of it that points to one person), for „sagte er“; `None` where unclear.
    pub named_before: Vec<Option<String>>,
}

/// Every person of the article with a role, each once.
pub fn people(article: &Article<'_>) -> People {
    let mut mentions: Vec<Mention> = Vec::new();
    // The person named last before each mention, for "sein Vater".
    let mut last_named: Option<String> = None;
    let mut named_before = Vec::with_capacity(article.sentences.len());
    let mut times_named: HashMap<String, usize> = HashMap::new();
    let mut best_role: HashMap<String, Role> = HashMap::new();
    for index in 0..article.sentences.len() {
        named_before.push(last_named.clone());
        let s = Sent::new(article, index);
        let mut previous: Option<(Range<usize>, Option<Role>)> = None;
        for name in names(&s) {
            let name_text = name_of(&s, &name);
            let mut role = role_before(&s, &name)
                .or_else(|| role_after(&s, &name))
                .or_else(|| role_set_off_before(&s, &name));
            if role.is_none()
                && let Some((before, Some(shared))) = &previous
                && before.end + 1 == name.start
                && s.lower(before.end) == "und"
            {
                role = Some(Role {
                    score: shared.score.min(1),
                    ..shared.clone()
                });
            }
            if let Some(r) = &mut role
                && r.kin
                && let Some(other) = &last_named
                && other != &name_text
            {
                let kin_noun =
                    uppercase_first(&role_base(s.w(r.tokens.end - 1)).unwrap_or_default());
                match best_role.get(other) {
                    Some(theirs) if !theirs.kin && !starts_with_article(&theirs.text) => {
                        r.text = format!("{kin_noun} von {}", theirs.text);
                        r.score = 2;
                    }
                    _ => r.text = kin_noun,
                }
            }
            if let Some(r) = &role {
                let better = best_role.get(&name_text).is_none_or(|b| r.score > b.score);
                if better {
                    best_role.insert(name_text.clone(), r.clone());
                }
            }
            if role.is_some() || best_role.contains_key(&name_text) {
                last_named = Some(name_text.clone());
                *times_named.entry(name_text.clone()).or_default() += 1;
            }
            previous = Some((name.clone(), role.clone()));
            mentions.push(Mention {
                sentence: index,
                name,
                role,
            });
        }
        // A part of a name alone ("Putin", "Kim") also makes its person the one named last:
        // of several with that part, the one named most often, if one is.
        let whole_names = names(&s);
        // Only what stands after the last whole name can change who was named last.
        let after_last_name = whole_names.iter().map(|n| n.end).max().unwrap_or(0);
        for i in after_last_name..s.len() {
            if !s.is_cap(i) || whole_names.iter().any(|n| n.contains(&i)) {
                continue;
            }
            let word = s.w(i);
            let mut matching: Vec<(usize, &String)> = best_role
                .keys()
                .filter(|n| {
                    let parts: Vec<&str> = n.split_whitespace().collect();
                    parts.first() == Some(&word) || parts.last() == Some(&word)
                })
                .map(|n| (times_named.get(n).copied().unwrap_or(0), n))
                .collect();
            matching.sort();
            last_named = match matching.as_slice() {
                [] => continue,
                [(_, only)] => Some((*only).clone()),
                [.., (second, _), (most, name)] if most > second => Some((*name).clone()),
                _ => None,
            };
        }
    }
    let mut chosen: Vec<(String, Mention)> = Vec::new();
    for mention in mentions {
        let Some(role) = &mention.role else {
            continue;
        };
        let s = Sent::new(article, mention.sentence);
        let name = name_of(&s, &mention.name);
        match chosen.iter_mut().find(|(n, _)| *n == name) {
            Some((_, best)) => {
                let best_score = best.role.as_ref().map_or(i32::MIN, |r| r.score);
                if role.score > best_score {
                    *best = mention.clone();
                }
            }
            None => chosen.push((name, mention.clone())),
        }
    }
    chosen.sort_by_key(|(_, m)| (m.sentence, m.name.start));
    let found = chosen
        .into_iter()
        .filter_map(|(name, mention)| {
            let s = Sent::new(article, mention.sentence);
            let role = mention.role?;
            let gaps = name_gaps(&s, &name);
            let ask_name = cloze(&s, &gaps, "Ergänze den Namen: ");
            // The cue: the role noun and the name, or the name where the role follows it.
            let key_start = role.noun.min(mention.name.start);
            Some(Found {
                sentence: mention.sentence,
                key: key_start..mention.name.end,
                body: FactBody::Person {
                    name,
                    role: role.text,
                    ask_role: None,
                    ask_name: Some(ask_name),
                },
            })
        })
        .collect();
    People {
        found,
        named_before,
    }
}

fn starts_with_article(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    words::DETERMINERS.contains(&first.as_str())
}

/// A name as written, its words joined by single spaces.
fn name_of(s: &Sent<'_>, name: &Range<usize>) -> String {
    tidy(s.slice(name.start, name.end))
}

/// Every place in the sentence where the name, or its last word, stands.
fn name_gaps(s: &Sent<'_>, name: &str) -> Vec<Range<usize>> {
    let surname = name
        .split_whitespace()
        .last()
        .unwrap_or("")
        .trim_end_matches('.');
    let mut gaps = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let whole = (i + 1..=(i + 10).min(s.len())).find(|&j| tidy(s.slice(i, j)) == name);
        if let Some(j) = whole {
            gaps.push(i..j);
            i = j;
        } else if s.w(i) == surname || s.w(i).strip_suffix('s') == Some(surname) {
            gaps.push(i..i + 1);
            i += 1;
        } else {
            i += 1;
        }
    }
    gaps
}
