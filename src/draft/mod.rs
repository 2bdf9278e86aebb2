//! Drafting a deck of facts from any article: the text is cut into sections and sentences,
//! and rules propose facts of every kind the deck format has — figures, dates, people with
//! their roles, places, lists, claims with their source and reasons — each with a question
//! in German made from its sentence, its cue (a few words that stand in the text) and its
//! topic (the section it stands in). The learner accepts, edits or drops each proposal;
//! only what is accepted becomes a deck (`Draft::deck_text`).
//!
//! Everything here is rules and word lists: no model, nothing to download, a few
//! milliseconds for an article. What the rules find and miss is in `docs/draft.md`.

mod claims;
mod clause;
mod dates;
mod deck_file;
mod lists;
mod numbers;
mod people;
mod places;
mod reasons;
mod text;
mod words;

pub use deck_file::{date_in_deck_syntax, parse_date_text};

use crate::deck::{FactBody, FactDate, FactKind, NumberClaim, format_number};
use crate::interop::flashcards::id_from;
use clause::Sent;
use std::ops::Range;
use text::Article;

/// The one error type of the draft: what keeps a text from being drafted or a proposal
/// from being changed or saved, worded (`Display`) in the thread's language.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DraftError {
    NoText,
    BadDeckId(String),
    NoTitle,
    NothingAccepted,
    BadNumber(String),
    BadDate(String),
    ShortList,
    /// A field left empty: `question`, `role`, `event` or the answer.
    Empty(&'static str),
    /// The deck would not load; the deck's problems, worded.
    Invalid(String),
}

impl std::fmt::Display for DraftError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            DraftError::NoText => tr!("draft-error-no-text"),
            DraftError::BadDeckId(id) => tr!("draft-error-bad-id", id = id.as_str()),
            DraftError::NoTitle => tr!("draft-error-no-title"),
            DraftError::NothingAccepted => tr!("draft-error-nothing-accepted"),
            DraftError::BadNumber(text) => tr!("draft-error-number", text = text.as_str()),
            DraftError::BadDate(text) => tr!("draft-error-date", text = text.as_str()),
            DraftError::ShortList => tr!("draft-error-short-list"),
            DraftError::Empty(field) => {
                let field = match *field {
                    "question" => tr!("draft-question"),
                    "role" => tr!("draft-role"),
                    "event" => tr!("draft-event"),
                    _ => tr!("draft-answer"),
                };
                tr!("draft-error-empty", field = field)
            }
            DraftError::Invalid(reason) => tr!("draft-error-invalid", reason = reason.as_str()),
        };
        f.write_str(&text)
    }
}

/// What the learner asks of a draft.
#[derive(Debug, Clone, Default)]
pub struct DraftOptions {
    /// The deck's id [default: made from its title].
    pub id: Option<String>,
    /// The deck's title [default: the article's first line, if it is a heading].
    pub title: Option<String>,
    /// The title where neither is given nor the text begins with a heading (the file's
    /// name) [default: „Entwurf“].
    pub fallback_title: Option<String>,
}

/// A section of the article, which becomes a topic of the deck.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftSection {
    pub id: String,
    pub title: String,
}

/// One proposed fact.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    /// The fact's id in the deck.
    pub id: String,
    /// Index into `Draft::sections`.
    pub section: usize,
    /// A few words that stand verbatim in the article.
    pub cue: String,
    /// Where the cue stands in the article (bytes).
    pub cue_range: Range<usize>,
    /// The fact itself, as the deck holds it.
    pub body: FactBody,
}

/// The facts proposed for one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub id: String,
    pub title: String,
    pub sections: Vec<DraftSection>,
    pub proposals: Vec<Proposal>,
    /// How many proposals were left out because the deck reader or the question lint
    /// would refuse them.
    pub left_out: usize,
}

/// A fact found in a sentence, before it has its cue and id.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub sentence: usize,
    /// The tokens the fact is about, from which its cue is made.
    pub key: Range<usize>,
    pub body: FactBody,
}

/// The words a cue has at least and at most.
const CUE_WORDS: Range<usize> = 2..7;

/// Proposes the facts of `text`. Every proposal passes `factdeck check` with the text as
/// its article: a proposal the deck reader or the question lint would refuse is left out.
pub fn draft(text: &str, options: &DraftOptions) -> Result<Draft, DraftError> {
    let article = Article::read(text);
    if article.sentences.is_empty() {
        return Err(DraftError::NoText);
    }
    let title = options
        .title
        .clone()
        .or_else(|| article.title.clone())
        .or_else(|| options.fallback_title.clone())
        .unwrap_or_else(|| "Entwurf".to_string());
    let id = options.id.clone().unwrap_or_else(|| id_from(&title));
    if !valid_id(&id) {
        return Err(DraftError::BadDeckId(id));
    }
    let sections = sections(&article);
    let found = find_facts(&article);
    let mut proposals = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    for fact in found {
        let sentence = &article.sentences[fact.sentence];
        let Some(cue_range) = cue(&article, fact.sentence, &fact.key) else {
            continue;
        };
        let id = unique_id(&mut ids, &fact.body);
        proposals.push(Proposal {
            id,
            section: sentence.section,
            cue: text[cue_range.clone()].to_string(),
            cue_range,
            body: fact.body,
        });
    }
    let mut draft = Draft {
        id,
        title,
        sections,
        proposals,
        left_out: 0,
    };
    let found = draft.proposals.len();
    deck_file::keep_what_passes(&mut draft, text);
    draft.left_out = found - draft.proposals.len();
    Ok(draft)
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// The article's sections, with unique ids; the first without a heading is the
/// introduction.
fn sections(article: &Article<'_>) -> Vec<DraftSection> {
    let mut sections: Vec<DraftSection> = Vec::new();
    for span in &article.sections {
        let title = span
            .title
            .clone()
            .unwrap_or_else(|| "Einleitung".to_string());
        let title = title
            .trim_matches(|c: char| matches!(c, '"' | '„' | '“' | '”'))
            .to_string();
        let base = id_from(&title);
        let mut id = base.clone();
        let mut n = 2;
        while sections.iter().any(|s| s.id == id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        sections.push(DraftSection { id, title });
    }
    sections
}

/// Every fact the rules find, in the order of the text.
fn find_facts(article: &Article<'_>) -> Vec<Found> {
    let people::People {
        found: people,
        named_before,
    } = people::people(article);
    let names: Vec<String> = people
        .iter()
        .filter_map(|f| match &f.body {
            FactBody::Person { name, .. } => Some(name.clone()),
            _ => None,
        })
        .collect();
    let mut found: Vec<Found> = Vec::new();
    let mut list_spans: Vec<(usize, Range<usize>)> = Vec::new();
    let mut per_sentence: Vec<Vec<Found>> = Vec::new();
    for index in 0..article.sentences.len() {
        let s = Sent::new(article, index);
        let (dates, taken) = dates::dates(&s);
        let mut here = dates;
        here.extend(numbers::numbers(&s, &taken));
        for list in lists::lists(&s, &names) {
            list_spans.push((index, list.key.start..list_end(&list, &s)));
            here.push(list);
        }
        per_sentence.push(here);
    }
    let places = places::places(article, &names, &list_spans);
    for index in 0..article.sentences.len() {
        let s = Sent::new(article, index);
        let mut here = std::mem::take(&mut per_sentence[index]);
        here.extend(people.iter().filter(|f| f.sentence == index).cloned());
        here.extend(places.iter().filter(|f| f.sentence == index).cloned());
        let previous = (index > 0
            && article.sentences[index - 1].paragraph == article.sentences[index].paragraph)
            .then(|| Sent::new(article, index - 1));
        let other_facts = !here.is_empty();
        if let Some(claim) = claims::claim(&s, named_before[index].as_deref(), other_facts) {
            here.push(claim);
        }
        if let Some(reason) = reasons::reason(&s, previous.as_ref()) {
            here.push(reason);
        }
        here.sort_by_key(|f| (f.key.start, kind_order(f.body.kind())));
        found.extend(here);
    }
    drop_repeated_dates(article, &mut found);
    found
}

/// The token after a list's last item (its key may be shorter).
fn list_end(list: &Found, s: &Sent<'_>) -> usize {
    match &list.body {
        FactBody::List { items, .. } => {
            let last = items.last().map(String::as_str).unwrap_or("");
            (list.key.start..s.len())
                .find(|&i| s.slice(list.key.start, i + 1).ends_with(last))
                .map_or(list.key.end, |i| i + 1)
        }
        _ => list.key.end,
    }
}

fn kind_order(kind: FactKind) -> usize {
    FactKind::ALL.iter().position(|k| *k == kind).unwrap_or(0)
}

/// A date the text gives twice for the same event („am Donnerstag“ in a caption and in
/// the text) is proposed once: same date, and the two sentences share a name or noun.
fn drop_repeated_dates(article: &Article<'_>, found: &mut Vec<Found>) {
    let nouns = |sentence: usize| -> Vec<String> {
        let s = Sent::new(article, sentence);
        (1..s.len())
            .filter(|&i| s.is_cap(i) && !s.is_quote(i - 1))
            .map(|i| s.w(i).to_string())
            .filter(|w| {
                !words::WEEKDAYS.contains(&w.to_lowercase().as_str())
                    && !words::MONTHS.contains(&w.to_lowercase().as_str())
            })
            .collect()
    };
    let mut kept: Vec<(FactDate, usize)> = Vec::new();
    found.retain(|f| {
        let FactBody::Date { date, .. } = &f.body else {
            return true;
        };
        let mine = nouns(f.sentence);
        let repeated = kept.iter().any(|(other, sentence)| {
            other == date
                && (*sentence == f.sentence || nouns(*sentence).iter().any(|n| mine.contains(n)))
        });
        if !repeated {
            kept.push((*date, f.sentence));
        }
        !repeated
    });
}

/// The cue of a fact: its key tokens, grown to at least two words and, while the words
/// stand elsewhere too, up to seven; never across a line break.
fn cue(article: &Article<'_>, sentence: usize, key: &Range<usize>) -> Option<Range<usize>> {
    let s = Sent::new(article, sentence);
    if key.is_empty() || key.end > s.len() {
        return None;
    }
    let (mut from, mut to) = (key.start, key.end);
    let words_in = |from: usize, to: usize| (from..to).filter(|&i| !s.is_any_punct(i)).count();
    while words_in(from, to) < CUE_WORDS.start && (to < s.len() || from > 0) {
        if to < s.len() && !s.is_punct(to, ".") {
            to += 1;
        } else if from > 0 {
            from -= 1;
        } else {
            to = (to + 1).min(s.len());
        }
        if words_in(from, to) == 0 && from == 0 && to == s.len() {
            break;
        }
    }
    let text = article.text;
    while words_in(from, to) < CUE_WORDS.end
        && to < s.len()
        && !s.is_any_punct(to)
        && text.matches(&text[s.bytes(from..to)]).count() > 1
    {
        to += 1;
    }
    // Never starting or ending on a mark.
    while from < to && s.is_any_punct(from) {
        from += 1;
    }
    while to > from && s.is_any_punct(to - 1) && !s.is_punct(to - 1, ")") {
        to -= 1;
    }
    while words_in(from, to) > CUE_WORDS.end {
        to -= 1;
    }
    if from >= to {
        return None;
    }
    let range = s.bytes(from..to);
    let piece = &text[range.clone()];
    match piece.find('\n') {
        None => Some(range),
        // A cue on two lines: the line that holds the key's first word.
        Some(_) => {
            let key_start = s.token(key.start).range.start;
            let line_start = text[..key_start].rfind('\n').map_or(0, |i| i + 1);
            let line_end = text[key_start..]
                .find('\n')
                .map_or(text.len(), |i| key_start + i);
            let start = range.start.max(line_start);
            let end = range.end.min(line_end);
            // Without the line's own white space (a carriage return before the break).
            let piece = text.get(start..end)?;
            let start = start + (piece.len() - piece.trim_start().len());
            let end = start + piece.trim().len();
            (start < end).then_some(start..end)
        }
    }
}

/// An id for a fact from its kind and answer, unique among `taken`.
fn unique_id(taken: &mut Vec<String>, body: &FactBody) -> String {
    let (prefix, words): (&str, String) = match body {
        FactBody::Number { value, unit, .. } => (
            "zahl",
            format!(
                "{} {}",
                format_number(*value),
                unit.clone().unwrap_or_default()
            ),
        ),
        FactBody::Date { date, .. } => ("datum", date.to_string()),
        FactBody::List { items, .. } => (
            "liste",
            items.iter().take(2).cloned().collect::<Vec<_>>().join(" "),
        ),
        FactBody::Person { name, .. } => ("person", name.clone()),
        FactBody::Place { name, .. } => ("ort", name.clone()),
        FactBody::Statement { text, .. } => (
            "aussage",
            text.split_whitespace()
                .take(4)
                .collect::<Vec<_>>()
                .join(" "),
        ),
        FactBody::Reason { answer, .. } => (
            "grund",
            answer
                .split_whitespace()
                .take(4)
                .collect::<Vec<_>>()
                .join(" "),
        ),
        FactBody::Question { question, .. } => ("frage", question.clone()),
    };
    let mut base = id_from(&plain_letters(&format!("{prefix} {words}")));
    base.truncate(40);
    let base = base.trim_end_matches('-').to_string();
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.push(id.clone());
    id
}

/// Letters of other languages as the nearest plain letter, for ids ("Słubice" → "Slubice").
fn plain_letters(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ã' | 'å' | 'ą' => 'a',
            'Á' | 'À' | 'Â' | 'Ã' | 'Å' | 'Ą' => 'A',
            'é' | 'è' | 'ê' | 'ë' | 'ę' | 'ě' => 'e',
            'É' | 'È' | 'Ê' | 'Ë' | 'Ę' | 'Ě' => 'E',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'Í' | 'Ì' | 'Î' | 'Ï' => 'I',
            'ó' | 'ò' | 'ô' | 'õ' | 'ø' => 'o',
            'Ó' | 'Ò' | 'Ô' | 'Õ' | 'Ø' => 'O',
            'ú' | 'ù' | 'û' | 'ů' => 'u',
            'Ú' | 'Ù' | 'Û' | 'Ů' => 'U',
            'ł' => 'l',
            'Ł' => 'L',
            'ñ' | 'ń' | 'ň' => 'n',
            'Ñ' | 'Ń' | 'Ň' => 'N',
            'ç' | 'ć' | 'č' => 'c',
            'Ç' | 'Ć' | 'Č' => 'C',
            'ś' | 'š' => 's',
            'Ś' | 'Š' => 'S',
            'ź' | 'ż' | 'ž' => 'z',
            'Ź' | 'Ż' | 'Ž' => 'Z',
            'ř' => 'r',
            'Ř' => 'R',
            'ý' => 'y',
            other => other,
        })
        .collect()
}

impl Proposal {
    pub fn kind(&self) -> FactKind {
        self.body.kind()
    }

    /// The question the proposal asks: for a person the question for their name, for a
    /// place the question for the place.
    pub fn question(&self) -> &str {
        match &self.body {
            FactBody::Number { question, .. }
            | FactBody::Date { question, .. }
            | FactBody::List { question, .. }
            | FactBody::Statement { question, .. }
            | FactBody::Reason { question, .. }
            | FactBody::Question { question, .. } => question,
            FactBody::Person { ask_name, .. } => ask_name.as_deref().unwrap_or(""),
            FactBody::Place { ask_place, .. } => ask_place.as_deref().unwrap_or(""),
        }
    }

    pub fn set_question(&mut self, text: &str) -> Result<(), DraftError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(DraftError::Empty("question"));
        }
        match &mut self.body {
            FactBody::Number { question, .. }
            | FactBody::Date { question, .. }
            | FactBody::List { question, .. }
            | FactBody::Statement { question, .. }
            | FactBody::Reason { question, .. }
            | FactBody::Question { question, .. } => *question = text.to_string(),
            FactBody::Person { ask_name, .. } => *ask_name = Some(text.to_string()),
            FactBody::Place { ask_place, .. } => *ask_place = Some(text.to_string()),
        }
        Ok(())
    }

    /// The answer to `question`, as the learner would edit it: a figure with qualifier
    /// and unit, a date in German, a list's items separated by commas, a name, a claim.
    pub fn answer(&self) -> String {
        match &self.body {
            FactBody::Number {
                value,
                qualifier,
                unit,
                ..
            } => [qualifier.clone(), Some(format_number(*value)), unit.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" "),
            FactBody::Date { date, .. } => date.to_string(),
            FactBody::List { items, .. } => items.join(", "),
            FactBody::Person { name, .. } | FactBody::Place { name, .. } => name.clone(),
            FactBody::Statement { text, .. } => text.clone(),
            FactBody::Reason { answer, .. } | FactBody::Question { answer, .. } => answer.clone(),
        }
    }

    /// Changes the answer; refuses what the fact's kind cannot hold.
    pub fn set_answer(&mut self, text: &str) -> Result<(), DraftError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(DraftError::Empty("answer"));
        }
        match &mut self.body {
            FactBody::Number {
                value,
                qualifier,
                unit,
                ..
            } => {
                let claim = NumberClaim::parse(text)
                    .ok_or_else(|| DraftError::BadNumber(text.to_string()))?;
                *value = claim.value;
                *qualifier = claim.qualifier.map(|q| q.to_lowercase());
                *unit = claim.unit;
            }
            FactBody::Date { date, .. } => {
                *date =
                    parse_date_text(text).ok_or_else(|| DraftError::BadDate(text.to_string()))?;
            }
            FactBody::List { items, .. } => {
                let new: Vec<String> = text
                    .split([',', ';', '\n'])
                    .map(|i| i.trim().to_string())
                    .filter(|i| !i.is_empty())
                    .collect();
                if new.len() < 2 {
                    return Err(DraftError::ShortList);
                }
                *items = new;
            }
            FactBody::Person { name, .. } | FactBody::Place { name, .. } => {
                *name = text.to_string()
            }
            FactBody::Statement { text: claim, .. } => *claim = text.to_string(),
            FactBody::Reason { answer, .. } | FactBody::Question { answer, .. } => {
                *answer = text.to_string();
            }
        }
        Ok(())
    }

    /// A person's role or what happens at a place: the other side of their cards.
    pub fn detail(&self) -> Option<&str> {
        match &self.body {
            FactBody::Person { role, .. } => Some(role),
            FactBody::Place { event, .. } => Some(event),
            _ => None,
        }
    }

    pub fn set_detail(&mut self, text: &str) -> Result<(), DraftError> {
        let text = text.trim();
        match &mut self.body {
            FactBody::Person { role, .. } if !text.is_empty() => *role = text.to_string(),
            FactBody::Place { event, .. } if !text.is_empty() => *event = text.to_string(),
            FactBody::Person { .. } => return Err(DraftError::Empty("role")),
            FactBody::Place { .. } => return Err(DraftError::Empty("event")),
            _ => {}
        }
        Ok(())
    }
}

impl Draft {
    /// The deck file of the proposals `keep` accepts, under the draft's id and title;
    /// checked by the deck reader before it is returned.
    pub fn deck_text(&self, keep: impl Fn(usize) -> bool) -> Result<String, DraftError> {
        deck_file::deck_text(self, keep)
    }

    /// How many proposals there are of each kind, in `FactKind::ALL` order (kinds with none
    /// left out).
    pub fn counts(&self) -> Vec<(FactKind, usize)> {
        FactKind::ALL
            .iter()
            .map(|k| (*k, self.proposals.iter().filter(|p| p.kind() == *k).count()))
            .filter(|(_, n)| *n > 0)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft_of(text: &str) -> Draft {
        draft(text, &DraftOptions::default()).expect("a draft")
    }

    fn of_kind(draft: &Draft, kind: FactKind) -> Vec<&Proposal> {
        draft
            .proposals
            .iter()
            .filter(|p| p.kind() == kind)
            .collect()
    }

    #[test]
    fn a_figure_with_qualifier_and_unit_becomes_a_number_fact() {
        let d = draft_of(
            "Titel\n\nNordkorea schickt so über 120.000 Leiharbeiter nach China oder Russland.\n",
        );
        let numbers = of_kind(&d, FactKind::Number);
        assert_eq!(numbers.len(), 1);
        assert_eq!(numbers[0].answer(), "über 120.000 Leiharbeiter");
        assert_eq!(
            numbers[0].question(),
            "Wie viele Leiharbeiter schickt Nordkorea so nach China oder Russland?"
        );
        assert_eq!(numbers[0].cue, "über 120.000 Leiharbeiter");
    }

    #[test]
    fn a_spelled_fraction_is_a_figure_asked_as_a_cloze() {
        let d = draft_of("Titel\n\nEtwa zwei Drittel der Deiche gelten inzwischen als saniert.\n");
        let numbers = of_kind(&d, FactKind::Number);
        assert_eq!(numbers[0].answer(), "etwa 2 Drittel");
        assert_eq!(
            numbers[0].question(),
            "Ergänze: … Drittel der Deiche gelten inzwischen als saniert."
        );
    }

    #[test]
    fn a_year_after_seit_is_a_date_and_no_figure() {
        let d = draft_of("Titel\n\nDie Sanktionen werden seit 2013 immer weiter verschärft.\n");
        assert!(of_kind(&d, FactKind::Number).is_empty());
        let dates = of_kind(&d, FactKind::Date);
        assert_eq!(dates[0].answer(), "2013");
        assert_eq!(
            dates[0].question(),
            "Seit wann werden die Sanktionen immer weiter verschärft?"
        );
    }

    #[test]
    fn a_day_of_a_month_without_a_year_is_a_date_and_no_figure() {
        let d = draft_of("Titel\n\nDas neue Gesetz tritt am 12. November in Kraft.\n");
        assert!(of_kind(&d, FactKind::Number).is_empty());
        let dates = of_kind(&d, FactKind::Date);
        assert_eq!(dates.len(), 1, "{dates:?}");
        assert_eq!(dates[0].answer(), "12. November");
    }

    #[test]
    fn a_person_is_named_with_the_role_before_the_name_in_the_nominative() {
        let d = draft_of(
            "Titel\n\nNordkoreas Machthaber Kim Jong Un trifft erstmals den russischen Präsidenten Wladimir Putin.\n",
        );
        let people: Vec<(String, String)> = of_kind(&d, FactKind::Person)
            .iter()
            .map(|p| (p.answer(), p.detail().unwrap_or_default().to_string()))
            .collect();
        assert_eq!(
            people,
            [
                (
                    "Kim Jong Un".to_string(),
                    "Nordkoreas Machthaber".to_string()
                ),
                (
                    "Wladimir Putin".to_string(),
                    "der russische Präsident".to_string()
                ),
            ]
        );
    }

    #[test]
    fn a_place_after_a_kind_of_place_is_proposed_with_a_cloze_for_it() {
        let d = draft_of("Titel\n\nDie Show begann in der russischen Grenzstadt Chassan.\n");
        let places = of_kind(&d, FactKind::Place);
        assert_eq!(places[0].answer(), "Chassan");
        assert_eq!(
            places[0].question(),
            "Ergänze den Ort: Die Show begann in der russischen Grenzstadt …."
        );
    }

    #[test]
    fn an_enumeration_of_nouns_is_a_list_and_a_run_of_verbs_is_not() {
        let d = draft_of(
            "Titel\n\nAuf den Listen stehen Stahl, Aluminium, Düngemittel und Lastwagen. Sie füllen Säcke, verstärken Dämme und kontrollieren die Deiche.\n",
        );
        let lists = of_kind(&d, FactKind::List);
        assert_eq!(lists.len(), 1);
        assert_eq!(
            lists[0].answer(),
            "Stahl, Aluminium, Düngemittel, Lastwagen"
        );
    }

    #[test]
    fn a_quotation_is_a_claim_asked_by_its_speaker() {
        let d =
            draft_of("Titel\n\n„Wir können kein Risiko eingehen“, sagte Landrat Holger Wendt.\n");
        let claims = of_kind(&d, FactKind::Statement);
        assert_eq!(claims[0].question(), "Was sagte Landrat Holger Wendt?");
        assert_eq!(claims[0].answer(), "Wir können kein Risiko eingehen.");
    }

    #[test]
    fn a_because_clause_is_a_reason_asked_with_warum() {
        let d = draft_of(
            "Titel\n\nDas Regime möchte den Kontakt zu anderen Staaten minimieren, weil die Angst besteht, unterwandert zu werden.\n",
        );
        let reasons = of_kind(&d, FactKind::Reason);
        assert_eq!(
            reasons[0].question(),
            "Warum möchte das Regime den Kontakt zu anderen Staaten minimieren?"
        );
        assert_eq!(
            reasons[0].answer(),
            "Weil die Angst besteht, unterwandert zu werden."
        );
    }

    #[test]
    fn an_ordinal_inside_a_sentence_does_not_end_its_clause() {
        let d = draft_of(
            "Titel\n\nDie Union hat am Donnerstag ihr 14. Sanktionspaket gegen Russland beschlossen.\n",
        );
        assert_eq!(
            of_kind(&d, FactKind::Date)[0].question(),
            "An welchem Tag hat die Union ihr 14. Sanktionspaket gegen Russland beschlossen?"
        );
    }

    #[test]
    fn a_speaker_who_warns_is_asked_what_they_said() {
        let d = draft_of(
            "Titel\n\nDer frühere Diplomat Wolfgang Ischinger warnte vor einer Spaltung: „Die Einigkeit ist unsere stärkste Waffe.“\n",
        );
        let claim = of_kind(&d, FactKind::Statement)[0];
        assert_eq!(
            claim.question(),
            "Was sagte der frühere Diplomat Wolfgang Ischinger?"
        );
        assert_eq!(claim.answer(), "Die Einigkeit ist unsere stärkste Waffe.");
    }

    #[test]
    fn a_country_with_its_article_belongs_to_a_list_of_countries() {
        let d = draft_of(
            "Titel\n\nWaren gelangen über Drittstaaten wie die Türkei, Kasachstan und Armenien nach Russland.\n",
        );
        assert_eq!(
            of_kind(&d, FactKind::List)[0].answer(),
            "die Türkei, Kasachstan, Armenien"
        );
    }

    #[test]
    fn names_keep_their_initials_and_particles() {
        let d = draft_of(
            "Titel\n\nEU-Kommissionspräsidentin Ursula von der Leyen traf den früheren US-Präsidenten John F. Kennedy in Brüssel.\n",
        );
        let names: Vec<String> = of_kind(&d, FactKind::Person)
            .iter()
            .map(|p| p.answer())
            .collect();
        assert_eq!(names, ["Ursula von der Leyen", "John F. Kennedy"]);
    }

    #[test]
    fn a_title_between_role_and_name_is_skipped_and_the_place_of_work_kept() {
        let d = draft_of(
            "Titel\n\n„Die Lage ist angespannt“, sagte die Virologin Professorin Maria Schulz von der Berliner Charité der Deutschen Presse-Agentur.\n",
        );
        let people = of_kind(&d, FactKind::Person);
        assert_eq!(people[0].answer(), "Maria Schulz");
        assert_eq!(
            people[0].detail(),
            Some("die Virologin von der Berliner Charité")
        );
    }

    #[test]
    fn a_season_of_two_years_and_a_measure_are_no_date_and_no_list() {
        let d = draft_of(
            "Titel\n\nIn der Saison 2017/18 erkrankten vor allem Kinder unter fünf Jahren sowie Menschen über 60.\n",
        );
        assert!(of_kind(&d, FactKind::Date).is_empty());
        assert!(of_kind(&d, FactKind::List).is_empty());
    }

    #[test]
    fn a_phrase_after_a_preposition_and_one_with_its_own_article_are_no_list() {
        let d = draft_of(
            "Titel\n\nDie Gewerkschaft verlangt mehr Lohn im Monat sowie eine kürzere Arbeitszeit.\n",
        );
        assert!(of_kind(&d, FactKind::List).is_empty());
    }

    #[test]
    fn a_material_after_von_is_no_place() {
        let d = draft_of(
            "Titel\n\nDas Land ist noch zu 60 Prozent von Kohle abhängig, sagte der Minister in Warschau.\n",
        );
        let places: Vec<String> = of_kind(&d, FactKind::Place)
            .iter()
            .map(|p| p.answer())
            .collect();
        assert!(!places.iter().any(|p| p == "Kohle"), "{places:?}");
    }

    #[test]
    fn a_figure_of_a_second_verb_is_asked_as_a_cloze() {
        let d = draft_of(
            "Titel\n\nDer Prozess begann im April und dauerte mehr als 40 Verhandlungstage.\n",
        );
        assert_eq!(
            of_kind(&d, FactKind::Number)[0].question(),
            "Ergänze: Der Prozess begann im April und dauerte … Verhandlungstage."
        );
    }

    #[test]
    fn two_roles_before_a_name_are_one_role() {
        let d = draft_of(
            "Titel\n\nDas sagte die Vorsitzende Richterin Anke Röhl in der Urteilsbegründung.\n",
        );
        assert_eq!(
            of_kind(&d, FactKind::Person)[0].detail(),
            Some("die Vorsitzende Richterin")
        );
    }

    #[test]
    fn a_role_set_off_by_commas_before_the_name_is_the_person_s_role() {
        let d = draft_of(
            "Titel\n\nDer Sprecher des Auswärtigen Amts, Andreas Meier, bestätigte das Treffen.\n",
        );
        let people = of_kind(&d, FactKind::Person);
        assert_eq!(
            people[0].detail(),
            Some("der Sprecher des Auswärtigen Amts")
        );
        assert!(
            of_kind(&d, FactKind::Statement).is_empty(),
            "a speaker set off by commas reports nothing"
        );
    }

    #[test]
    fn an_edited_answer_is_read_by_the_fact_s_kind() {
        let d = draft_of(
            "Titel\n\nNordkorea schickt so über 120.000 Leiharbeiter nach China oder Russland.\n",
        );
        let mut number = of_kind(&d, FactKind::Number)[0].clone();
        number
            .set_answer("mindestens 90 Prozent")
            .expect("a figure");
        assert_eq!(number.answer(), "mindestens 90 Prozent");
        assert!(matches!(
            number.set_answer("viele"),
            Err(DraftError::BadNumber(_))
        ));
    }
}
