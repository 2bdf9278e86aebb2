//! Claims with their source: a quotation and who said it („„…“, sagte Landrat Holger
//! Wendt.“), reported speech with its speaker at the end („…, hieß es aus dem Krisenstab.“),
//! a speaker and what they said („Der Hydrologe … verweist darauf, dass …“) and a claim
//! „laut …“ or „… zufolge“. The question names the source; the answer is the claim.

use super::Found;
use super::clause::{
    Sent, is_finite_verb, main_clause, moved_prefield, noun_phrase, tidy, uppercase_first,
};
use super::words;
use crate::deck::FactBody;

/// The claim of one sentence, if it reports one. `last_person` is the person named last
/// before it, for „sagte er“.
pub fn claim(s: &Sent<'_>, last_person: Option<&str>, other_facts: bool) -> Option<Found> {
    quotation_first(s, last_person)
        .or_else(|| speaker_last(s, last_person))
        .or_else(|| speaker_first(s, last_person))
        .or_else(|| (!other_facts).then(|| according_to(s)).flatten())
}

fn is_speech_verb(s: &Sent<'_>, i: usize) -> bool {
    s.is_low(i) && words::SPEECH_VERBS.contains(&s.lower(i).as_str())
}

/// Whether a verb of speech takes what was said as its object, so that „Was …?“ asks for
/// it („Was sagte …?“, „Was forderte …?“, but not „Was warnte …?“).
fn asks_what(verb: &str) -> bool {
    let verb = verb.to_lowercase();
    [
        "sag",
        "erklär",
        "beton",
        "bericht",
        "schrieb",
        "schreib",
        "mein",
        "versicher",
        "ergänz",
        "bestätig",
        "forder",
        "kündig",
        "teilt",
        "hieß",
        "heißt",
        "verkünd",
    ]
    .iter()
    .any(|stem| verb.starts_with(stem))
}

/// „sagte er“ with the pronoun replaced by the person named last, or `None` if no one was.
/// A verb that does not take what was said as its object („warnte“, „so“) is asked with
/// „sagte“.
fn attribution(s: &Sent<'_>, from: usize, to: usize, last_person: Option<&str>) -> Option<String> {
    let verb = if asks_what(s.w(from)) {
        s.w(from)
    } else {
        "sagte"
    };
    let mut rest = s.slice(from + 1, to).to_string();
    if s.lower_in(from + 1, &["er", "sie"]) {
        let person = last_person?;
        rest = format!("{person}{}", &s.slice(from + 1, to)[s.w(from + 1).len()..]);
    }
    Some(tidy(&format!("Was {verb} {rest}?")).replace(" ?", "?"))
}

/// The text of a claim as an answer: trimmed of quotes and trailing commas, ending in a
/// full stop.
fn claim_text(text: &str) -> String {
    let text = tidy(text);
    let text = text
        .trim_matches(|c: char| matches!(c, '„' | '“' | '”' | '"' | '»' | '«' | ',' | ' '))
        .to_string();
    let mut text = uppercase_first(&text);
    if !text.ends_with(['.', '!', '?']) {
        text.push('.');
    }
    text
}

/// „„…“, sagte X.“
fn quotation_first(s: &Sent<'_>, last_person: Option<&str>) -> Option<Found> {
    if !s.is_quote(0) {
        return None;
    }
    let quoted = s.quoted();
    let close =
        (1..s.len()).find(|&i| s.is_quote(i) && !quoted.get(i + 1).copied().unwrap_or(false))?;
    let mut verb = close + 1;
    if s.is_punct(verb, ",") {
        verb += 1;
    }
    if !is_speech_verb(s, verb) {
        return None;
    }
    let end = end_before_stop(s);
    let question = attribution(s, verb, end, last_person)?;
    let text = claim_text(s.slice(1, close));
    (text.split_whitespace().count() >= 3).then(|| Found {
        sentence: s.index,
        key: 0..(close + 1).min(6),
        body: FactBody::Statement {
            question,
            text,
            false_variants: Vec::new(),
        },
    })
}

/// The token before the sentence's final mark.
fn end_before_stop(s: &Sent<'_>) -> usize {
    let mut end = s.len();
    while end > 0 && s.is_any_punct(end - 1) && !s.is_punct(end - 1, ")") && !s.is_quote(end - 1) {
        end -= 1;
    }
    end
}

/// „…, hieß es aus dem Krisenstab.“: reported speech, its source after the last comma.
fn speaker_last(s: &Sent<'_>, last_person: Option<&str>) -> Option<Found> {
    if s.is_quote(0) {
        return None;
    }
    let quoted = s.quoted();
    let comma = (1..s.len())
        .rev()
        .find(|&i| s.is_punct(i, ",") && !quoted[i] && is_speech_verb(s, i + 1))?;
    let end = end_before_stop(s);
    if end <= comma + 2 {
        return None;
    }
    // What was said is a clause with a verb: "Der Sprecher des Amts, Andreas Meier,
    // bestätigte das Treffen" reports nothing.
    if !(0..comma).any(|k| s.is_low(k) && is_finite_verb(s.w(k))) {
        return None;
    }
    let question = attribution(s, comma + 1, end, last_person)?;
    let text = claim_text(s.slice(0, comma));
    (text.split_whitespace().count() >= 3).then(|| Found {
        sentence: s.index,
        key: comma + 1..(comma + 4).min(end),
        body: FactBody::Statement {
            question,
            text,
            false_variants: Vec::new(),
        },
    })
}

/// „X sagte, dass …“, „X verweist darauf, dass …“, „X sagte: „…““.
fn speaker_first(s: &Sent<'_>, last_person: Option<&str>) -> Option<Found> {
    let clause = main_clause(s)?;
    let verb = clause.verb;
    let speech = is_speech_verb(s, verb) && s.lower(verb) != "so";
    let pointing = (verb + 1..clause.end).find(|&k| s.lower_in(k, &["darauf", "davon"]));
    if !speech && pointing.is_none() {
        return None;
    }
    let after = clause.end;
    let opens_claim = s.is_punct(after, ",") && s.lower(after + 1) == "dass"
        || s.is_punct(after, ":") && s.is_quote(after + 1);
    if !opens_claim {
        return None;
    }
    let mut prefield = moved_prefield(s, &clause);
    if s.lower_in(clause.start, &["er", "sie"]) && clause.verb == clause.start + 1 {
        prefield = last_person?.to_string();
    }
    let (wh, leave_out) = match pointing {
        Some(k) if s.lower(k) == "darauf" => ("Worauf", Some(k)),
        Some(k) => ("Wovon", Some(k)),
        None => ("Was", None),
    };
    let middle: String = (verb + 1..clause.end)
        .filter(|k| Some(*k) != leave_out)
        .map(|k| s.w(k))
        .collect::<Vec<_>>()
        .join(" ");
    // A verb that does not take what was said as its object is asked with „sagte“, and
    // what it governs is left out („warnte … vor einer Spaltung: „…““).
    let question = if wh == "Was" && !asks_what(s.w(verb)) {
        tidy(&format!("Was sagte {prefield}?")).replace(" ?", "?")
    } else {
        tidy(&format!("{wh} {} {prefield} {middle}?", s.w(verb))).replace(" ?", "?")
    };
    let end = end_before_stop(s);
    let claim = if s.is_punct(after, ":") {
        claim_text(s.slice(after + 2, end))
    } else {
        let body = s.slice(after + 1, end);
        match leave_out.map(|k| s.lower(k)) {
            Some(pointer) => claim_text(&format!("{pointer}, {body}")),
            None => claim_text(body),
        }
    };
    (claim.split_whitespace().count() >= 4).then(|| Found {
        sentence: s.index,
        key: clause.start..(clause.verb + 1).min(clause.start + 6),
        body: FactBody::Statement {
            question,
            text: claim,
            false_variants: Vec::new(),
        },
    })
}

/// „Laut X …“, „X zufolge …“, „Nach Angaben des X …“ opening the sentence.
fn according_to(s: &Sent<'_>) -> Option<Found> {
    let clause = main_clause(s)?;
    let source = if s.lower(clause.start) == "laut" {
        let end = noun_phrase(s, clause.start + 1)?;
        (end == clause.verb).then(|| format!("laut {}", s.slice(clause.start + 1, end)))?
    } else if s.lower(clause.verb - 1) == "zufolge" && clause.verb >= clause.start + 2 {
        s.slice(clause.start, clause.verb).to_string()
    } else if s.lower(clause.start) == "nach" && s.lower(clause.start + 1) == "angaben" {
        format!("nach {}", s.slice(clause.start + 1, clause.verb))
    } else {
        return None;
    };
    let question = tidy(&format!("Was gilt {source}?"));
    let text = claim_text(s.slice(clause.start, end_before_stop(s)));
    Some(Found {
        sentence: s.index,
        key: clause.start..clause.verb.min(clause.start + 6),
        body: FactBody::Statement {
            question: uppercase_first(&question),
            text,
            false_variants: Vec::new(),
        },
    })
}
