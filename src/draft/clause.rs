//! Reading one sentence the way the questions need it: which word is its finite verb and
//! what stands before it (the prefield of a German main clause), where the main clause
//! ends, and the two ways a question is made from a sentence:
//!
//! - a **wh-question**, where the answer's phrase is replaced by a question word and moved
//!   to the front („Nordkorea schickt über 120.000 Leiharbeiter …“ → „Wie viele Leiharbeiter
//!   schickt Nordkorea …?“). Only where the sentence's shape is read with confidence;
//! - a **cloze**, the sentence (or its clause) with the answer left out („Ergänze: … schickt
//!   so … Leiharbeiter nach China oder Russland.“), which is always correct German.

use super::text::{Article, Sentence, Token, TokenKind};
use super::words;
use std::ops::Range;

/// Sentences longer than this many words are cut to the clause around a gap.
const CLOZE_MAX_WORDS: usize = 32;

/// One sentence of the article with the helpers the rules use.
#[derive(Clone, Copy)]
pub struct Sent<'a> {
    pub article: &'a Article<'a>,
    pub sentence: &'a Sentence,
    /// Index of the sentence in `article.sentences`.
    pub index: usize,
}

impl<'a> Sent<'a> {
    pub fn new(article: &'a Article<'a>, index: usize) -> Sent<'a> {
        Sent {
            article,
            sentence: &article.sentences[index],
            index,
        }
    }

    pub fn len(&self) -> usize {
        self.sentence.tokens.len()
    }

    pub fn token(&self, i: usize) -> &'a Token {
        &self.sentence.tokens[i]
    }

    /// The text of token `i`; empty past the end.
    pub fn w(&self, i: usize) -> &'a str {
        self.sentence
            .tokens
            .get(i)
            .map_or("", |t| self.article.word(t))
    }

    pub fn lower(&self, i: usize) -> String {
        self.w(i).to_lowercase()
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.sentence
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }

    pub fn is_number(&self, i: usize) -> bool {
        self.sentence
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
    }

    pub fn is_punct(&self, i: usize, mark: &str) -> bool {
        self.sentence
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && self.article.word(t) == mark)
    }

    pub fn is_any_punct(&self, i: usize) -> bool {
        self.sentence
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct)
    }

    /// A word beginning with a capital letter.
    pub fn is_cap(&self, i: usize) -> bool {
        self.is_word(i) && self.w(i).starts_with(char::is_uppercase)
    }

    /// A word beginning with a lowercase letter.
    pub fn is_low(&self, i: usize) -> bool {
        self.is_word(i) && self.w(i).starts_with(char::is_lowercase)
    }

    pub fn lower_in(&self, i: usize, list: &[&str]) -> bool {
        self.is_word(i) && list.contains(&self.lower(i).as_str())
    }

    /// The article's text from the start of token `from` to the end of token `to - 1`.
    pub fn slice(&self, from: usize, to: usize) -> &'a str {
        if from >= to || to > self.len() {
            return "";
        }
        &self.article.text[self.token(from).range.start..self.token(to - 1).range.end]
    }

    /// The byte range of tokens `from..to` in the article.
    pub fn bytes(&self, tokens: Range<usize>) -> Range<usize> {
        self.token(tokens.start).range.start..self.token(tokens.end - 1).range.end
    }

    /// Where token `i` is a quotation mark that opens or closes a quotation.
    pub fn is_quote(&self, i: usize) -> bool {
        self.is_any_punct(i) && matches!(self.w(i), "„" | "“" | "”" | "\"" | "»" | "«" | "‚" | "‘")
    }

    /// For each token, whether it stands inside a quotation.
    pub fn quoted(&self) -> Vec<bool> {
        let mut inside = false;
        let mut marks = Vec::with_capacity(self.len());
        for i in 0..self.len() {
            if self.is_quote(i) {
                let opening = match self.w(i) {
                    "„" | "»" | "‚" => true,
                    "“" | "«" | "‘" => false,
                    _ => !inside,
                };
                marks.push(true);
                inside = opening;
            } else {
                marks.push(inside);
            }
        }
        marks
    }

    /// Whether token `i` begins a noun or name: it stands capitalised inside some sentence
    /// of the article, or is not known in lowercase.
    pub fn is_noun_like(&self, i: usize) -> bool {
        self.is_cap(i)
            && (i > 0 && !self.after_opening(i)
                || self.article.lexicon.capitalised_inside(self.w(i))
                || !self.article.lexicon.seen_lowercase(self.w(i))
                    && !is_function_word(&self.lower(i)))
    }

    /// Whether token `i` stands first in the sentence or right after an opening quote.
    fn after_opening(&self, i: usize) -> bool {
        i == 0 || self.is_quote(i - 1) || self.is_punct(i - 1, ":")
    }

    /// A lowercase word that reads as an adjective before a noun ("ehemalige",
    /// "landwirtschaftlichen"): inflected, and no word that never is one.
    pub fn is_adjective(&self, i: usize) -> bool {
        if !self.is_low(i) {
            return false;
        }
        let word = self.lower(i);
        if is_function_word(&word)
            || words::NOT_VERBS.contains(&word.as_str())
            || words::FINITE_VERBS.contains(&word.as_str())
            || words::SPEECH_VERBS.contains(&word.as_str())
        {
            return false;
        }
        ["e", "en", "er", "es", "em"]
            .iter()
            .any(|e| word.ends_with(e))
    }

    /// Whether an adjective before a noun is one even without an article: ending in -e
    /// ("rote Teppiche"), or -en after a typical adjective stem ("landwirtschaftlichen").
    pub fn is_bare_adjective(&self, i: usize) -> bool {
        if !self.is_adjective(i) {
            return false;
        }
        let word = self.lower(i);
        if word.ends_with('e') {
            return true;
        }
        let stem = word
            .trim_end_matches(['n', 'r', 's', 'm'])
            .trim_end_matches('e');
        [
            "isch", "lich", "ig", "bar", "los", "sam", "haft", "al", "iv", "ell", "är", "ern",
        ]
        .iter()
        .any(|s| stem.ends_with(s))
    }
}

/// Articles, prepositions, pronouns, conjunctions: never a noun.
pub fn is_function_word(word: &str) -> bool {
    words::DETERMINERS.contains(&word)
        || words::PREPOSITIONS.contains(&word)
        || words::PRONOUNS.contains(&word)
        || words::SUBORDINATORS.contains(&word)
        || words::COORDINATORS.contains(&word)
}

/// A word that can be a finite verb in second place.
pub fn is_finite_verb(word: &str) -> bool {
    if !word.starts_with(char::is_lowercase) {
        return false;
    }
    let lower = word.to_lowercase();
    let lower = lower.as_str();
    if words::FINITE_VERBS.contains(&lower) {
        return true;
    }
    if is_function_word(lower)
        || words::NOT_VERBS.contains(&lower)
        || ["oben", "unten", "eben", "gern", "innen", "außen", "neben"].contains(&lower)
    {
        return false;
    }
    let stem_adjective = ["isch", "lich", "ig", "bar"].iter().any(|s| {
        lower
            .trim_end_matches(['e', 'n', 'r', 's', 'm'])
            .ends_with(s)
    });
    !stem_adjective
        && ["t", "te", "ten", "en", "et", "st", "ern", "eln"]
            .iter()
            .any(|e| lower.ends_with(e))
}

/// The main clause of a sentence as a German V2 clause: `start` is its first token (after
/// a conjunction such as „Doch“), `verb` its finite verb, `end` the token after its last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MainClause {
    pub start: usize,
    pub verb: usize,
    pub end: usize,
    /// Whether the prefield is a noun phrase or pronoun (usually the subject), as opposed
    /// to an adverbial.
    pub subject_first: bool,
}

/// Reads the sentence's main clause, or `None` where its shape is not clear: it starts
/// with a subordinate clause, a quotation, or anything the rules do not know.
pub fn main_clause(s: &Sent<'_>) -> Option<MainClause> {
    let mut start = 0;
    if s.lower_in(0, words::COORDINATORS) && s.lower(0) != "allein" {
        start = 1;
    }
    if !s.is_word(start) && !s.is_number(start) {
        return None;
    }
    let first = s.lower(start);
    // "Als Reaktion auf …" is a phrase; "Als sein Zug eintraf, …" a clause.
    let phrase_als = first == "als" && s.lower(start + 1) == "reaktion";
    if words::SUBORDINATORS.contains(&first.as_str()) && !phrase_als {
        return None;
    }
    let (verb, subject_first) = prefield(s, start)?;
    if verb >= s.len() || !is_finite_verb(s.w(verb)) {
        return None;
    }
    let end = clause_end(s, verb + 1);
    Some(MainClause {
        start,
        verb,
        end,
        subject_first,
    })
}

/// Where the prefield starting at `i` ends (the position of the finite verb), and whether
/// it is a noun phrase or pronoun.
fn prefield(s: &Sent<'_>, i: usize) -> Option<(usize, bool)> {
    let word = s.lower(i);
    if s.is_word(i) && words::PRONOUNS.contains(&word.as_str()) {
        // "Das Land …" is an article; "Das ist …" a pronoun.
        let article_use = words::DETERMINERS.contains(&word.as_str())
            && (s.is_cap(i + 1) || s.is_adjective(i + 1) || s.is_number(i + 1));
        if !article_use {
            return Some((i + 1, true));
        }
    }
    if s.is_word(i) && words::PREPOSITIONS.contains(&word.as_str())
        || (word == "als" && s.lower(i + 1) == "reaktion")
    {
        // "Seit 2014 hat …": a preposition and a year.
        if s.is_number(i + 1) && !s.is_cap(i + 2) {
            return Some((i + 2, false));
        }
        let end = noun_phrase(s, i + 1)?;
        return Some((end, false));
    }
    if s.is_word(i) && (words::DETERMINERS.contains(&word.as_str()) || s.is_noun_like(i))
        || s.is_number(i)
        || starts_with_qualifier(s, i).is_some()
    {
        let end = noun_phrase(s, i)?;
        // A lone first word not known as a noun elsewhere may be an adverb or a participle
        // ("Derzeit sind …", "Betroffen sind …"): only a role or a word with a noun's
        // ending is taken for a noun.
        let unconfirmed = end == i + 1 && !s.article.lexicon.capitalised_inside(s.w(i));
        let noun_ending = [
            "ung", "ungen", "heit", "keit", "schaft", "tion", "ismus", "tät", "ter", "ten",
        ]
        .iter()
        .any(|e| word.ends_with(e));
        let adverb_like = words::NOT_VERBS.contains(&word.as_str())
            || words::ADVERB_ENDINGS.iter().any(|e| word.ends_with(e));
        if unconfirmed && adverb_like {
            return Some((i + 1, false));
        }
        let known_name =
            words::PLACES.contains(&word.as_str()) || words::COUNTRIES.contains(&word.as_str());
        if unconfirmed && !super::people::is_role(s.w(i)) && !noun_ending && !known_name {
            return None;
        }
        return Some((end, true));
    }
    // A single adverb: "Jahrzehntelang", "Zuletzt", "Dort".
    let adverb = s.is_word(i)
        && (s.article.lexicon.seen_lowercase(s.w(i))
            || words::NOT_VERBS.contains(&word.as_str())
            || words::ADVERB_ENDINGS.iter().any(|e| word.ends_with(e)));
    if adverb {
        if s.lower_in(i + 1, words::PREPOSITIONS) {
            // "Allein am Mittwoch …"
            return noun_phrase(s, i + 2).map(|end| (end, false));
        }
        return Some((i + 1, false));
    }
    None
}

/// The number of tokens of a qualifier ("mehr als", "rund") starting at `i`.
pub fn starts_with_qualifier(s: &Sent<'_>, i: usize) -> Option<usize> {
    for qualifier in words::QUALIFIERS {
        let parts: Vec<&str> = qualifier.split(' ').collect();
        let matches = parts.iter().enumerate().all(|(k, part)| {
            let part = part.trim_end_matches('.');
            s.lower(i + k) == part
        });
        if matches {
            let mut n = parts.len();
            if qualifier.ends_with('.') && s.is_punct(i + n, ".") {
                n += 1;
            }
            return Some(n);
        }
    }
    None
}

/// The end of a noun phrase starting at `i`: determiner or figure, adjectives, one or more
/// capitalised words, then genitives, prepositional phrases and coordinated nouns.
pub fn noun_phrase(s: &Sent<'_>, i: usize) -> Option<usize> {
    let mut j = i;
    if let Some(n) = starts_with_qualifier(s, j) {
        j += n;
    }
    if s.lower_in(j, words::DETERMINERS) {
        j += 1;
    }
    let mut modifiers = 0;
    while modifiers < 4
        && (s.is_adjective(j)
            || s.is_number(j)
            || s.lower_in(j, &["mehr", "als", "rund", "etwa", "knapp", "über", "gut"])
            || words::NUMBER_WORDS.iter().any(|(w, _)| s.lower(j) == *w))
    {
        j += 1;
        modifiers += 1;
    }
    let head = j;
    j = capitalised_run(s, j);
    if j == head {
        return None;
    }
    loop {
        let before = j;
        if s.is_punct(j, "(")
            && let Some(close) = (j + 1..(j + 5).min(s.len())).find(|&k| s.is_punct(k, ")"))
        {
            j = close + 1;
            continue;
        }
        let attaches = s.lower_in(j, &["des", "der", "eines", "einer"])
            || s.lower_in(
                j,
                &[
                    "von", "vom", "aus", "in", "im", "für", "bei", "zu", "zur", "zum", "mit", "an",
                    "am", "auf", "über", "gegen", "zwischen", "nach", "und", "oder", "sowie",
                ],
            );
        if attaches {
            let mut k = j + 1;
            if s.lower_in(k, words::DETERMINERS) {
                k += 1;
            }
            while s.is_adjective(k) {
                k += 1;
            }
            let noun = k;
            k = capitalised_run(s, k);
            if k > noun {
                j = k;
            }
        }
        if j == before {
            break;
        }
    }
    Some(j)
}

/// The end of a run of capitalised words starting at `i`, with figures after its first word
/// ("Frühjahr 2019") and small particles between ("Unió de Pagesos").
pub fn capitalised_run(s: &Sent<'_>, i: usize) -> usize {
    let mut j = i;
    loop {
        if s.is_cap(j) || (j > i && s.is_number(j)) {
            j += 1;
        } else if j > i
            && s.is_low(j)
            && s.lower_in(j, &["de", "del", "da", "di", "van", "la", "y"])
            && s.is_cap(j + 1)
        {
            j += 2;
        } else {
            return j;
        }
    }
}

/// The first token after the clause starting at `from`: at a comma, colon, semicolon,
/// dash or the sentence's end that is not inside a quotation or brackets.
pub fn clause_end(s: &Sent<'_>, from: usize) -> usize {
    let quoted = s.quoted();
    let mut brackets = 0;
    for (i, &inside) in quoted.iter().enumerate().skip(from) {
        if inside || s.is_quote(i) {
            continue;
        }
        if s.is_punct(i, "(") {
            brackets += 1;
            continue;
        }
        if s.is_punct(i, ")") {
            brackets -= 1;
            continue;
        }
        if brackets > 0 {
            continue;
        }
        // A stop with words after it belongs to an ordinal or an abbreviation ("ihr 14.
        // Sanktionspaket", "z. B.").
        let inner_stop =
            s.is_punct(i, ".") && (i + 1..s.len()).any(|k| s.is_word(k) || s.is_number(k));
        if s.is_any_punct(i)
            && matches!(s.w(i), "," | ";" | ":" | "–" | "—" | "-" | "." | "!" | "?")
            && !inner_stop
        {
            return i;
        }
    }
    s.len()
}

/// The clause boundaries of a sentence (token positions of commas, dashes and the like
/// outside quotations), for cutting long sentences.
fn boundaries(s: &Sent<'_>) -> Vec<usize> {
    let quoted = s.quoted();
    (0..s.len())
        .filter(|&i| {
            !quoted[i] && s.is_any_punct(i) && matches!(s.w(i), "," | ";" | ":" | "–" | "—")
        })
        .collect()
}

/// The finite verb as a question asks it: reported speech's subjunctive in the indicative
/// ("seien" → "sind").
fn question_verb(verb: &str) -> &str {
    words::SUBJUNCTIVE_TO_INDICATIVE
        .iter()
        .find(|(subjunctive, _)| *subjunctive == verb)
        .map_or(verb, |(_, indicative)| indicative)
}

/// A wh-question from the main clause: `answer` (token range) is replaced by `wh`, which
/// moves to the front. `None` where the answer does not stand in the main clause.
pub fn wh_question(
    s: &Sent<'_>,
    clause: &MainClause,
    answer: Range<usize>,
    wh: &str,
) -> Option<String> {
    let verb = question_verb(s.w(clause.verb));
    let after_verb = |from: usize, to: usize| s.slice(from, to);
    // "für Barcelona und mehr als 200 Gemeinden": one part of a coordination cannot move.
    let conjunction =
        |i: usize| s.lower_in(i, &["und", "oder", "sowie", "noch"]) || s.is_punct(i, ",");
    if answer.start > 0 && conjunction(answer.start - 1) || conjunction(answer.end) {
        return None;
    }
    let question = if answer.start == clause.start && answer.end == clause.verb {
        format!("{wh} {verb} {}", after_verb(clause.verb + 1, clause.end))
    } else if answer.start == clause.start && answer.end < clause.verb {
        format!(
            "{wh} {} {verb} {}",
            s.slice(answer.end, clause.verb),
            after_verb(clause.verb + 1, clause.end)
        )
    } else if answer.start > clause.verb && answer.end <= clause.end {
        // "begann am 4. April und dauerte mehr als 40 Tage": the answer belongs to a second
        // verb, which the question cannot ask with the first.
        let second_verb = (clause.verb + 1..answer.start).any(|k| {
            s.lower_in(k, &["und", "oder", "aber", "sondern"])
                && (k + 1..answer.start).any(|v| is_finite_verb(s.w(v)))
        });
        if second_verb {
            return None;
        }
        let prefield = moved_prefield(s, clause);
        let after = pronouns_after_verb(s, clause).min(answer.start);
        format!(
            "{wh} {verb} {} {prefield} {} {}",
            s.slice(clause.verb + 1, after),
            s.slice(after, answer.start),
            s.slice(answer.end, clause.end)
        )
    } else {
        return None;
    };
    let question = tidy(&question);
    let words = question.split_whitespace().count();
    (words >= 3).then(|| format!("{}?", question.trim_end_matches([',', '.', ';', ':', ' '])))
}

/// A reason question: `wh` („Warum“, „Wozu“) and the main clause (with what follows it up
/// to `end`), without the tokens in `leave_out`.
pub fn why_question(
    s: &Sent<'_>,
    clause: &MainClause,
    end: usize,
    leave_out: Range<usize>,
    wh: &str,
) -> Option<String> {
    let verb = question_verb(s.w(clause.verb));
    let rest = |from: usize, to: usize| -> String {
        if leave_out.start >= from && leave_out.end <= to {
            format!(
                "{} {}",
                s.slice(from, leave_out.start),
                s.slice(leave_out.end, to)
            )
        } else {
            s.slice(from, to).to_string()
        }
    };
    let prefield_is_reason = leave_out.start == clause.start && leave_out.end == clause.verb;
    let question = if prefield_is_reason {
        format!("{wh} {verb} {}", rest(clause.verb + 1, end))
    } else {
        let after = pronouns_after_verb(s, clause).min(leave_out.start.max(clause.verb + 1));
        format!(
            "{wh} {verb} {} {} {}",
            s.slice(clause.verb + 1, after),
            moved_prefield(s, clause),
            rest(after, end)
        )
    };
    let question = tidy(&question);
    (question.split_whitespace().count() >= 3)
        .then(|| format!("{}?", question.trim_end_matches([',', '.', ';', ':', ' '])))
}

/// Where the unstressed pronouns right after the verb end („ergibt sich …“): a moved
/// adverbial goes after them, a subject before.
fn pronouns_after_verb(s: &Sent<'_>, clause: &MainClause) -> usize {
    let mut at = clause.verb + 1;
    if clause.subject_first {
        return at;
    }
    while at < clause.end
        && s.lower_in(
            at,
            &[
                "sich", "es", "er", "sie", "ihn", "ihm", "ihr", "ihnen", "uns", "mir", "mich",
                "man",
            ],
        )
    {
        at += 1;
    }
    at
}

/// The prefield as it reads after the verb: its first letter in lowercase unless it begins
/// with a noun or a name.
pub fn moved_prefield(s: &Sent<'_>, clause: &MainClause) -> String {
    let text = s.slice(clause.start, clause.verb).to_string();
    let first = clause.start;
    let keep_capital = s.is_cap(first)
        && !is_function_word(&s.lower(first))
        && (s.article.lexicon.capitalised_inside(s.w(first))
            || !s.article.lexicon.seen_lowercase(s.w(first))
                && !words::NOT_VERBS.contains(&s.lower(first).as_str())
                && !words::ADVERB_ENDINGS
                    .iter()
                    .any(|e| s.lower(first).ends_with(e))
                && clause.subject_first);
    if keep_capital {
        text
    } else {
        lowercase_first(&text)
    }
}

pub fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub fn uppercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A cloze: `prefix` and the sentence with every token range of `gaps` replaced by „…“.
/// A long sentence is cut to the clauses holding the gaps, the cut marked „[…]“.
pub fn cloze(s: &Sent<'_>, gaps: &[Range<usize>], prefix: &str) -> String {
    let mut gaps: Vec<Range<usize>> = gaps.iter().filter(|g| !g.is_empty()).cloned().collect();
    gaps.sort_by_key(|g| g.start);
    let (mut from, mut to) = (0, s.len());
    let word_count = s
        .sentence
        .tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .count();
    if let (Some(first), Some(last)) = (gaps.first(), gaps.last())
        && word_count > CLOZE_MAX_WORDS
    {
        let cuts = boundaries(s);
        if let Some(&cut) = cuts.iter().rev().find(|&&b| b < first.start) {
            from = cut + 1;
        }
        if let Some(&cut) = cuts.iter().find(|&&b| b >= last.end) {
            to = cut;
        }
    }
    let mut text = String::new();
    if from > 0 {
        text.push_str("[…] ");
    }
    let mut at = from;
    for gap in &gaps {
        if gap.start < at || gap.end > to {
            continue;
        }
        text.push_str(s.slice(at, gap.start));
        text.push_str(" … ");
        at = gap.end;
    }
    text.push_str(s.slice(at, to));
    if to < s.len() {
        text.push_str(" […]");
    }
    let text = tidy(&text);
    format!("{prefix}{}", drop_source_note(&text))
}

/// A cloze with one gap.
pub fn cloze_one(s: &Sent<'_>, gap: Range<usize>, prefix: &str) -> String {
    cloze(s, std::slice::from_ref(&gap), prefix)
}

/// A sentence with its trailing "(Quelle: …)" removed.
fn drop_source_note(text: &str) -> &str {
    match text.rfind("(Quelle") {
        Some(at) if text.ends_with(')') => text[..at].trim_end(),
        _ => text,
    }
}

/// Single spaces, none before punctuation or after an opening quote or bracket.
pub fn tidy(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(joined.len());
    let chars: Vec<char> = joined.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' {
            let next = chars.get(i + 1).copied();
            let prev = out.chars().last();
            let before_mark =
                next.is_some_and(|n| matches!(n, ',' | '.' | ';' | ':' | '?' | '!' | ')' | '“'));
            let after_opening = prev.is_some_and(|p| matches!(p, '„' | '(' | '»'));
            if before_mark || after_opening {
                continue;
            }
        }
        out.push(c);
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_sentence<T>(text: &str, run: impl FnOnce(&Sent<'_>) -> T) -> T {
        let article = Article::read(text);
        let s = Sent::new(&article, 0);
        run(&s)
    }

    fn position(s: &Sent<'_>, word: &str) -> usize {
        (0..s.len())
            .find(|&i| s.w(i) == word)
            .expect("the word is there")
    }

    #[test]
    fn the_finite_verb_follows_a_noun_phrase_with_its_attachments() {
        with_sentence(
            "Der Hydrologe Markus Brenner vom Landesamt für Umwelt warnt dennoch vor zu viel Zuversicht.",
            |s| {
                let clause = main_clause(s).expect("a main clause");
                assert_eq!(s.w(clause.verb), "warnt");
            },
        );
    }

    #[test]
    fn a_figure_in_the_middle_field_becomes_a_how_many_question() {
        with_sentence(
            "Nordkorea schickt so über 120.000 Leiharbeiter nach China oder Russland.",
            |s| {
                let clause = main_clause(s).expect("a main clause");
                let start = position(s, "über");
                let end = position(s, "Leiharbeiter") + 1;
                assert_eq!(
                    wh_question(s, &clause, start..end, "Wie viele Leiharbeiter").as_deref(),
                    Some("Wie viele Leiharbeiter schickt Nordkorea so nach China oder Russland?")
                );
            },
        );
    }

    #[test]
    fn a_sentence_opening_with_a_subordinate_clause_has_no_main_clause_read() {
        with_sentence(
            "Als sein Zug in Wladiwostok eintraf, stieg Kim lachend aus.",
            |s| assert_eq!(main_clause(s), None),
        );
    }

    #[test]
    fn a_cloze_keeps_the_unit_and_marks_the_gap() {
        with_sentence(
            "Nordkorea schickt so über 120.000 Leiharbeiter nach China oder Russland.",
            |s| {
                let start = position(s, "über");
                assert_eq!(
                    cloze_one(s, start..start + 2, "Ergänze: "),
                    "Ergänze: Nordkorea schickt so … Leiharbeiter nach China oder Russland."
                );
            },
        );
    }
}
