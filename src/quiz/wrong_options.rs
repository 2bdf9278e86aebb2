//! Wrong options for multiple-choice and true/false questions. Every one comes from the
//! answer's own category: the author's wrong options, the answers of other facts of the
//! same kind and category (a city for a city, a role for a role, a figure with the same
//! unit, a date read with the same precision), and for figures and dates made-up values
//! of the same kind. Statements and reasons take only the author's false variants.
//!
//! A candidate is offered only if it is fair (`Asked::is_fair`): never the answer, never
//! contained in it or containing it, never an item of the same list or a form the author
//! lists as also right, and never a figure the answer makes true ("über 30.000" beside
//! „über 120.000“). Where fewer than `FEWEST_WRONG_OPTIONS` remain, the card is not asked
//! as multiple choice: fewer options beat a giveaway.

use super::{ChoiceOption, OptionSource};
use crate::deck::{
    Bound, Card, Deck, Fact, FactBody, FactDate, NumberClaim, Variant, format_number,
};
use crate::grade::{answer_key, fold_word};
use rand::{Rng, RngExt};

/// How many wrong options a multiple-choice question shows at most.
pub const WRONG_OPTIONS: usize = 3;

/// How many fair wrong options a card needs to be asked as multiple choice.
pub const FEWEST_WRONG_OPTIONS: usize = 2;

/// Dates of other facts further than this many years from the answer are not offered:
/// "2013" is no plausible year for the GDR's accession.
const YEARS_APART: i32 = 10;

/// Figures closer than this share to the answer's (for percentages: than this share of a
/// hundred) are too close to call.
const FIGURES_APART: f64 = 0.1;

/// What a card's answer is and what its wrong options must keep clear of.
pub struct Asked<'d> {
    fact: &'d Fact,
    /// The right answer as shown.
    pub answer: String,
    /// Keys (see `key_of`) of answers that are also right: the list's items, the
    /// author's other right forms.
    right_keys: Vec<String>,
    /// True for a statement or a reason: whole sentences, whose leading article is part
    /// of what they say ("Ein großer Durchbruch" is the opposite of "Kein großer …").
    sentence: bool,
    /// The answer as a claim, for a figure.
    claim: Option<NumberClaim>,
    /// The words of the question, folded: an option it names is given away ("Kim Jong Un"
    /// as Kim Jong Un's grandfather).
    prompt_words: Vec<String>,
    /// For a person's role, the key of the person's name: a role naming them is given away.
    subject_key: Option<String>,
}

impl<'d> Asked<'d> {
    /// What `card` asks. For a list, `item` is the item asked about.
    pub fn new(fact: &'d Fact, card: &Card, item: Option<&str>) -> Asked<'d> {
        let answer = item.map_or_else(|| card.answer.clone(), str::to_string);
        let sentence = matches!(
            fact.body,
            FactBody::Statement { .. } | FactBody::Reason { .. }
        );
        let mut right_keys = vec![key_of(&answer, sentence)];
        if let FactBody::List { items, .. } = &fact.body {
            right_keys.extend(items.iter().map(|i| answer_key(i)));
        }
        // The author's other right forms belong to the direction they answer: a person's
        // short name is right for "who", not for "what role".
        if !matches!(card.variant, Variant::Role | Variant::Event) {
            right_keys.extend(fact.answers.also_right.iter().map(|a| answer_key(a)));
        }
        if let FactBody::Date { .. } = &fact.body {
            right_keys.extend(
                fact.answers
                    .also_right
                    .iter()
                    .filter_map(|a| FactDate::parse(a).ok())
                    .map(|d| answer_key(&d.to_string())),
            );
        }
        let prompt = match &fact.body {
            FactBody::List {
                ask_item: Some(ask_item),
                ..
            } => ask_item,
            _ => &card.prompt,
        };
        let claim = match &fact.body {
            FactBody::Number {
                value,
                qualifier,
                unit,
                ..
            } => Some(NumberClaim::new(
                qualifier.as_deref(),
                *value,
                unit.as_deref(),
            )),
            _ => None,
        };
        Asked {
            fact,
            answer,
            right_keys,
            sentence,
            claim,
            prompt_words: folded_words(prompt),
            subject_key: match (&fact.body, card.variant) {
                (FactBody::Person { name, .. }, Variant::Role) => Some(answer_key(name)),
                _ => None,
            },
        }
    }

    /// Whether `option` may be offered as wrong. `Err` says why not, in words for the
    /// question lint.
    pub fn judge(&self, option: &str) -> Result<(), Unfair> {
        self.judge_keyed(option, &key_of(option, self.sentence))
    }

    /// `judge`, given the option's `key_of`.
    fn judge_keyed(&self, option: &str, key: &str) -> Result<(), Unfair> {
        if key.is_empty() {
            return Err(Unfair::Empty);
        }
        for right in &self.right_keys {
            if right == key {
                return Err(Unfair::AlsoRight);
            }
            if contains_words(right, key) || contains_words(key, right) {
                return Err(Unfair::Overlaps);
            }
        }
        if let Some(answer) = &self.claim {
            let Some(offered) = NumberClaim::parse(option) else {
                return Err(Unfair::OtherCategory);
            };
            let unit = |c: &NumberClaim| c.unit.as_deref().map(answer_key);
            if unit(answer) != unit(&offered) {
                return Err(Unfair::OtherCategory);
            }
            if answer.implies(&offered) {
                return Err(Unfair::LogicallyTrue);
            }
            let scale = if is_percent(answer) {
                100.0
            } else {
                answer.value.abs().max(1e-9)
            };
            let apart = (offered.value - answer.value).abs() / scale;
            if apart < FIGURES_APART - 1e-9 || overlaps_unfairly(answer, &offered) {
                return Err(Unfair::TooClose);
            }
        }
        if let Some(subject) = &self.subject_key
            && key.contains(subject.as_str())
        {
            return Err(Unfair::NamesTheSubject);
        }
        if !self.sentence && named_in(&self.prompt_words, &folded_words(option)) {
            return Err(Unfair::NamedInQuestion);
        }
        Ok(())
    }

    pub fn is_fair(&self, option: &str) -> bool {
        self.judge(option).is_ok()
    }

    /// `is_fair`, given the option's `answer_key` (its `key_of` unless it is a sentence).
    fn is_fair_keyed(&self, option: &str, key: &str) -> bool {
        if self.sentence {
            self.judge(option).is_ok()
        } else {
            self.judge_keyed(option, key).is_ok()
        }
    }
}

/// How an answer is compared: folded as typed answers are (`answer_key`), but for a whole
/// sentence with its leading article kept.
fn key_of(text: &str, sentence: bool) -> String {
    if sentence {
        folded_words(text).join(" ")
    } else {
        answer_key(text)
    }
}

/// An overlap that could make the offered figure right: any overlap with an approximate
/// or exact answer, and with a one-sided answer any overlap but a stronger claim the same
/// way ("über 150.000" beside „über 120.000“ claims more than the article does).
fn overlaps_unfairly(answer: &NumberClaim, offered: &NumberClaim) -> bool {
    if !answer.overlaps(offered) {
        return false;
    }
    let same_way_further = match (answer.bound, offered.bound) {
        (Bound::Above { .. }, Bound::Above { .. }) => offered.value > answer.value,
        (Bound::Below { .. }, Bound::Below { .. }) => offered.value < answer.value,
        _ => false,
    };
    !same_way_further
}

/// Whether the question names `option`: its words stand together among the question's,
/// the last one perhaps with an ending ("Kim Jong Uns Großvater" names Kim Jong Un).
fn named_in(prompt: &[String], option: &[String]) -> bool {
    let Some((last, first)) = option.split_last() else {
        return false;
    };
    prompt.windows(option.len()).any(|w| {
        w[..first.len()] == *first && w[first.len()].starts_with(last.as_str()) && {
            let ending = w[first.len()].len() - last.len();
            ending <= 1
        }
    })
}

/// The words of a text, folded as answers are compared, articles kept. (Each word is
/// letters and digits only, so its `answer_key` is the word folded.)
pub fn folded_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold_word)
        .collect()
}

/// The words of `text` that `variant` changes: what is left of `text` once the words both
/// start and end with are taken away, as a range of word positions in `text`.
pub fn changed_words(text: &[String], variant: &[String]) -> std::ops::Range<usize> {
    let prefix = text.iter().zip(variant).take_while(|(a, b)| a == b).count();
    let suffix = text[prefix..]
        .iter()
        .rev()
        .zip(variant[prefix.min(variant.len())..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    prefix..text.len() - suffix
}

/// Whether false variants change the same place of the statement. Where each changes
/// another place, the true statement is the one that agrees with every variant
/// elsewhere, and multiple choice would give it away to a learner who counts.
fn change_the_same_place(text: &str, variants: &[String]) -> bool {
    let text = folded_words(text);
    let places: Vec<std::ops::Range<usize>> = variants
        .iter()
        .map(|v| changed_words(&text, &folded_words(v)))
        .collect();
    places.iter().enumerate().all(|(i, a)| {
        places[i + 1..]
            .iter()
            .all(|b| a.start.max(b.start) < a.end.min(b.end) || (a.is_empty() || b.is_empty()))
    })
}

/// Whether the words of `part` stand, in order and together, among the words of `whole`
/// ("sowjetunion" in "ehemalige sowjetunion").
fn contains_words(whole: &str, part: &str) -> bool {
    // Keys are words joined by single spaces: `part` must start where a word starts and
    // end where one ends. Judging a candidate does this for every right answer, so it
    // looks in place rather than splitting both into lists.
    let word_starts = std::iter::once(0).chain(whole.match_indices(' ').map(|(i, _)| i + 1));
    word_starts.into_iter().any(|start| {
        let end = start + part.len();
        whole[start..].starts_with(part)
            && (end == whole.len() || whole.as_bytes().get(end) == Some(&b' '))
    })
}

/// Why a wrong option may not be offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unfair {
    Empty,
    /// It reads as the answer, an item of the same list, or an also-right form.
    AlsoRight,
    /// It contains the answer (or an item of the list) or is contained in it.
    Overlaps,
    /// A figure the answer makes true.
    LogicallyTrue,
    /// A figure so near the answer's that it is no clear mistake.
    TooClose,
    /// Not of the answer's kind: no figure, or another unit.
    OtherCategory,
    /// A role that names the person asked about.
    NamesTheSubject,
    /// Something the question itself names.
    NamedInQuestion,
}

impl Unfair {
    /// The reason, for the question lint, in the thread's language.
    pub fn describe(self) -> String {
        use crate::tr;
        match self {
            Unfair::Empty => tr!("unfair-empty"),
            Unfair::AlsoRight => tr!("unfair-also-right"),
            Unfair::Overlaps => tr!("unfair-overlaps"),
            Unfair::LogicallyTrue => tr!("unfair-logically-true"),
            Unfair::TooClose => tr!("unfair-too-close"),
            Unfair::OtherCategory => tr!("unfair-other-category"),
            Unfair::NamesTheSubject => tr!("unfair-names-the-subject"),
            Unfair::NamedInQuestion => tr!("unfair-named-in-question"),
        }
    }
}

/// A possible wrong option. Options from other facts stay borrowed until they are looked
/// at, so picking three costs little even where a category holds thousands of facts.
#[derive(Debug, Clone)]
enum Candidate<'d> {
    /// An option already written: the author's, or a made-up figure or date.
    Made(ChoiceOption),
    /// Another fact's text.
    Text(&'d Fact, &'d str),
    /// Another fact's figure, written with the answer's qualifier and unit.
    Number(&'d Fact, f64),
    /// Another fact's date, read with the precision of the answer.
    Date(&'d Fact, FactDate),
}

impl Candidate<'_> {
    fn option(&self, claim: Option<&NumberClaim>) -> ChoiceOption {
        let from_fact = |fact: &Fact, text: String| ChoiceOption {
            text,
            source: OptionSource::Fact(fact.id.clone()),
        };
        match self {
            Candidate::Made(option) => option.clone(),
            Candidate::Text(fact, text) => from_fact(fact, text.to_string()),
            Candidate::Number(fact, value) => from_fact(
                fact,
                number_text(
                    *value,
                    claim.and_then(|c| c.qualifier.as_deref()),
                    claim.and_then(|c| c.unit.as_deref()),
                ),
            ),
            Candidate::Date(fact, date) => from_fact(fact, date.to_string()),
        }
    }
}

fn authored<'d>(text: &str) -> Candidate<'d> {
    Candidate::Made(ChoiceOption {
        text: text.to_string(),
        source: OptionSource::Authored,
    })
}

fn generated<'d>(text: String) -> Candidate<'d> {
    Candidate::Made(ChoiceOption {
        text,
        source: OptionSource::Generated,
    })
}

/// A card's possible wrong options in two tiers: first the article's own (the author's,
/// and the answers the other facts of its category lend), then made-up figures and dates.
/// The other facts stay positions in the deck until a candidate is wanted, so a question
/// never copies or walks a category of thousands of facts.
struct Candidates<'d> {
    deck: &'d Deck,
    fact: &'d Fact,
    variant: Variant,
    /// The author's wrong options, as shown.
    written: Vec<Candidate<'d>>,
    /// Positions in `deck.facts` of the facts of the card's category (its own among them).
    category: &'d [usize],
    made: Vec<Candidate<'d>>,
}

/// What another fact of the category lends a card: nothing, one answer, or the items of a
/// list.
enum Lent<'d> {
    Nothing,
    One(Candidate<'d>),
    Items(&'d Fact, &'d [String]),
}

impl<'d> Candidates<'d> {
    fn of(deck: &'d Deck, fact: &'d Fact, variant: Variant) -> Candidates<'d> {
        let category = match fact.option_category() {
            Some(category) => deck.by_category.in_category(fact.kind(), &category),
            None => &[],
        };
        let mut written: Vec<Candidate<'d>> = Vec::new();
        let mut made: Vec<Candidate<'d>> = Vec::new();
        match &fact.body {
            FactBody::Statement {
                text: answer,
                false_variants,
                ..
            }
            | FactBody::Reason {
                answer,
                false_variants,
                ..
            } => {
                if change_the_same_place(answer, false_variants) {
                    written.extend(false_variants.iter().map(|t| authored(t)));
                }
            }
            FactBody::Number {
                value,
                qualifier,
                unit,
                ..
            } => {
                written.extend(fact.answers.wrong_options.iter().map(|t| authored(t)));
                let claim = NumberClaim::new(qualifier.as_deref(), *value, unit.as_deref());
                made.extend(made_up_figures(&claim).into_iter().map(generated));
            }
            FactBody::Date { date, .. } => {
                written.extend(fact.answers.wrong_options.iter().map(|t| {
                    match FactDate::parse(t) {
                        Ok(d) => authored(&d.to_string()),
                        Err(_) => authored(t),
                    }
                }));
                made.extend(
                    nearby_dates(*date)
                        .into_iter()
                        .filter(|d| !after(*d, deck.as_of))
                        .map(|d| generated(d.to_string())),
                );
            }
            FactBody::List { .. } => {
                written.extend(fact.answers.wrong_options.iter().map(|t| authored(t)));
            }
            FactBody::Person { .. } | FactBody::Place { .. } | FactBody::Question { .. } => {
                // The author's wrong options are names (and short answers): they answer the
                // direction that asks for one.
                if !matches!(variant, Variant::Role | Variant::Event) {
                    written.extend(fact.answers.wrong_options.iter().map(|t| authored(t)));
                }
            }
        }
        Candidates {
            deck,
            fact,
            variant,
            written,
            category,
            made,
        }
    }

    /// What the fact at `position` of the deck lends the card.
    fn lent(&self, position: usize) -> Lent<'d> {
        let Some(other) = self.deck.facts.get(position) else {
            return Lent::Nothing;
        };
        // Background facts lend nothing to the article's: a learner who leaves them out
        // would meet their answers as unknown options.
        if std::ptr::eq(other, self.fact) || (other.context && !self.fact.context) {
            return Lent::Nothing;
        }
        match (&self.fact.body, &other.body) {
            (FactBody::Number { .. }, FactBody::Number { value, .. }) => {
                Lent::One(Candidate::Number(other, *value))
            }
            (FactBody::Date { date, .. }, FactBody::Date { date: d, .. }) => {
                match with_precision_of(*date, *d) {
                    Some(read) if read != *date && years_near(*date, read) => {
                        Lent::One(Candidate::Date(other, read))
                    }
                    _ => Lent::Nothing,
                }
            }
            (FactBody::List { .. }, FactBody::List { items, .. }) => Lent::Items(other, items),
            (FactBody::Person { .. } | FactBody::Place { .. } | FactBody::Question { .. }, _) => {
                match answer_for_variant(other, self.variant) {
                    Some(text) => Lent::One(Candidate::Text(other, text)),
                    None => Lent::Nothing,
                }
            }
            _ => Lent::Nothing,
        }
    }

    /// Every candidate of the first tier, in order: the author's, then what each fact of
    /// the category lends, in deck order.
    fn first_tier(&self) -> Vec<Candidate<'d>> {
        let mut tier = self.written.clone();
        for &position in self.category {
            match self.lent(position) {
                Lent::Nothing => {}
                Lent::One(candidate) => tier.push(candidate),
                Lent::Items(other, items) => {
                    tier.extend(items.iter().map(|i| Candidate::Text(other, i.as_str())));
                }
            }
        }
        tier
    }

    /// How many candidates the first tier holds at most, without looking at the category:
    /// the author's and one for each fact (a list lends each of its items).
    fn first_tier_slots(&self) -> usize {
        self.written.len() + self.category.len()
    }

    /// The first tier's candidate at `slot` (see `first_tier_slots`); a list's items take
    /// one slot, and one of them is drawn.
    fn in_slot(&self, slot: usize, rng: &mut impl Rng) -> Option<Candidate<'d>> {
        if let Some(candidate) = self.written.get(slot) {
            return Some(candidate.clone());
        }
        match self.lent(*self.category.get(slot - self.written.len())?) {
            Lent::Nothing => None,
            Lent::One(candidate) => Some(candidate),
            Lent::Items(other, items) => {
                let item = items.get(rng.random_range(0..items.len().max(1)))?;
                Some(Candidate::Text(other, item.as_str()))
            }
        }
    }
}

/// The text another fact of the same kind gives as the answer to `variant`.
fn answer_for_variant(other: &Fact, variant: Variant) -> Option<&str> {
    match (&other.body, variant) {
        (FactBody::Person { role, .. }, Variant::Role) => Some(role),
        (FactBody::Person { name, .. }, Variant::Name) => Some(name),
        (FactBody::Place { event, .. }, Variant::Event) => Some(event),
        (FactBody::Place { name, .. }, Variant::Place) => Some(name),
        (FactBody::Question { answer, .. }, Variant::Answer) => Some(answer),
        _ => None,
    }
}

/// Categories of more facts than this are not copied for each question: `pick` draws
/// wrong options from random positions of the category instead.
pub const SAMPLED_FROM_FACTS: usize = 256;

/// How many positions of a large category `pick` draws at most for one question; the
/// made-up figures and dates follow if too few of them were fair.
pub const DRAWN_POSITIONS: usize = 64;

/// The facts of a card's category whose answers an export lists at most, for each
/// question: a reviewer sees the kind of options a category gives from these, and listing
/// all of a category of thousands for each of its thousands of questions made the export
/// grow with the square of it (and run to gigabytes). The author's own wrong options and
/// the made-up figures and dates are always listed.
pub const LISTED_FACTS: usize = 16;

/// A card's wrong options for review, in the order of the tiers, and what was left
/// unlisted.
#[derive(Debug, Clone, PartialEq)]
pub struct Pool {
    pub options: Vec<ChoiceOption>,
    /// Facts of the category not looked at, beyond the `most` the pool was asked to list:
    /// 0 when the pool is complete.
    pub unlisted: usize,
}

/// The wrong options a card's multiple-choice question may show (for a list, whichever
/// item is asked), in the order of the tiers: what an author reviews. Of the facts of the
/// card's category, only the first `most` are looked at; with `usize::MAX`, every one.
pub fn pool_listed(deck: &Deck, card: &Card, most: usize) -> Pool {
    let fact = deck.fact_of(card);
    let asked = Asked::new(fact, card, None);
    let candidates = Candidates::of(deck, fact, card.variant);
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut options = Vec::new();
    let mut consider = |candidate: &Candidate<'_>| {
        let option = candidate.option(asked.claim.as_ref());
        let key = answer_key(&option.text);
        if !seen.contains(&key) && asked.is_fair_keyed(&option.text, &key) {
            seen.insert(key);
            options.push(option);
        }
    };
    candidates.written.iter().for_each(&mut consider);
    let listed = &candidates.category[..candidates.category.len().min(most)];
    for &position in listed {
        match candidates.lent(position) {
            Lent::Nothing => {}
            Lent::One(candidate) => consider(&candidate),
            Lent::Items(other, items) => {
                for item in items {
                    consider(&Candidate::Text(other, item.as_str()));
                }
            }
        }
    }
    candidates.made.iter().for_each(&mut consider);
    Pool {
        options,
        unlisted: candidates.category.len() - listed.len(),
    }
}

/// The wrong options picked so far for a question, with their keys.
struct Picked<'a, 'd> {
    asked: &'a Asked<'d>,
    taken: Vec<String>,
    options: Vec<ChoiceOption>,
}

impl Picked<'_, '_> {
    fn full(&self) -> bool {
        self.options.len() == WRONG_OPTIONS
    }

    /// Takes `candidate` if it is fair and not taken already.
    fn offer(&mut self, candidate: &Candidate<'_>) {
        let option = candidate.option(self.asked.claim.as_ref());
        let key = answer_key(&option.text);
        if !self.taken.contains(&key) && self.asked.is_fair_keyed(&option.text, &key) {
            self.taken.push(key);
            self.options.push(option);
        }
    }

    /// Takes candidates of `tier` in a random order until enough are taken: a
    /// Fisher-Yates shuffle stopped as soon as they are.
    fn shuffled(&mut self, mut tier: Vec<Candidate<'_>>, rng: &mut impl Rng) {
        for i in 0..tier.len() {
            if self.full() {
                return;
            }
            let j = rng.random_range(i..tier.len());
            tier.swap(i, j);
            self.offer(&tier[i]);
        }
    }

    /// Takes candidates from up to `draws` random slots of the first tier, each slot
    /// once, until enough are taken: the shuffle of `shuffled` over the slots, with only
    /// the slots it moved written down.
    fn drawn(&mut self, candidates: &Candidates<'_>, draws: usize, rng: &mut impl Rng) {
        let slots = candidates.first_tier_slots();
        let mut moved: Vec<(usize, usize)> = Vec::new();
        let at = |moved: &[(usize, usize)], slot: usize| {
            moved
                .iter()
                .find(|(from, _)| *from == slot)
                .map_or(slot, |(_, to)| *to)
        };
        for i in 0..slots.min(draws) {
            if self.full() {
                return;
            }
            let j = rng.random_range(i..slots);
            let (slot, displaced) = (at(&moved, j), at(&moved, i));
            moved.retain(|(from, _)| *from != j);
            moved.push((j, displaced));
            if let Some(candidate) = candidates.in_slot(slot, rng) {
                self.offer(&candidate);
            }
        }
    }
}

/// Up to `WRONG_OPTIONS` fair wrong options for `asked`, taken at random from the first
/// tier and then the next; `None` if fewer than `fewest` can be found. A category of more
/// than `SAMPLED_FROM_FACTS` facts is not shuffled whole: `DRAWN_POSITIONS` of it are drawn.
pub fn pick(
    deck: &Deck,
    card: &Card,
    asked: &Asked<'_>,
    fewest: usize,
    rng: &mut impl Rng,
) -> Option<Vec<ChoiceOption>> {
    pick_with(deck, card, asked, fewest, SAMPLED_FROM_FACTS, rng)
}

/// `pick`, drawing from categories of more than `sampled_from` facts.
pub fn pick_with(
    deck: &Deck,
    card: &Card,
    asked: &Asked<'_>,
    fewest: usize,
    sampled_from: usize,
    rng: &mut impl Rng,
) -> Option<Vec<ChoiceOption>> {
    let candidates = Candidates::of(deck, asked.fact, card.variant);
    let mut picked = Picked {
        asked,
        taken: Vec::new(),
        options: Vec::new(),
    };
    if candidates.category.len() > sampled_from {
        picked.drawn(&candidates, DRAWN_POSITIONS, rng);
    } else {
        picked.shuffled(candidates.first_tier(), rng);
    }
    picked.shuffled(candidates.made.clone(), rng);
    (picked.options.len() >= fewest).then_some(picked.options)
}

/// A figure as a learner would read it in the options: "über 90.000 Leiharbeiter".
pub fn number_text(value: f64, qualifier: Option<&str>, unit: Option<&str>) -> String {
    [qualifier, Some(format_number(value).as_str()), unit]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Rounds to two significant digits, as a text would print a figure of that size.
fn round_plausibly(value: f64) -> f64 {
    if value < 10.0 {
        return value.round();
    }
    let magnitude = 10f64.powi(value.log10().floor() as i32 - 1);
    (value / magnitude).round() * magnitude
}

/// Made-up figures of the answer's unit and size that the answer does not make true:
/// beside a lower bound („über 120.000“) higher bounds, and upper bounds well below it;
/// beside an upper bound the mirror; beside an exact or approximate figure, figures well
/// away from it. Never the whole or more of a share: under 100 Prozent, under 3 Drittel.
fn made_up_figures(answer: &NumberClaim) -> Vec<String> {
    let percent = is_percent(answer);
    let whole = answer.unit.as_deref().and_then(whole_of);
    let qualifier = answer.qualifier.as_deref();
    let unit = answer.unit.as_deref();
    let opposite = qualifier.and_then(opposite_qualifier);
    let scaled = |factors: &[f64]| -> Vec<f64> {
        factors
            .iter()
            .map(|f| round_plausibly(answer.value * f))
            .filter(|v| *v > 0.0 && whole.is_none_or(|whole| *v < whole))
            .collect()
    };
    let (same_way, other_way): (Vec<f64>, Vec<f64>) = match answer.bound {
        Bound::Above { .. } if percent => (
            [90.0, 95.0]
                .into_iter()
                .filter(|v| *v > answer.value)
                .collect(),
            scaled(&[0.25, 0.5]),
        ),
        Bound::Above { .. } => (scaled(&[1.5, 2.0, 2.5, 3.0]), scaled(&[0.25, 0.5])),
        Bound::Below { .. } => (scaled(&[0.25, 0.5, 0.6]), scaled(&[2.0, 3.0])),
        Bound::Exactly | Bound::About | Bound::JustUnder => (
            scaled(&[0.25, 0.5, 0.6, 0.75, 1.25, 1.5, 2.0, 2.5, 3.0]),
            Vec::new(),
        ),
    };
    let mut out: Vec<String> = same_way
        .into_iter()
        .map(|v| number_text(v, qualifier, unit))
        .collect();
    if let Some(opposite) = opposite {
        out.extend(
            other_way
                .into_iter()
                .map(|v| number_text(v, Some(opposite), unit)),
        );
    }
    out
}

/// How many of `unit` make a whole, for units that are shares of something („Prozent“,
/// „Drittel“): an offered figure of that many or more would be a giveaway.
fn whole_of(unit: &str) -> Option<f64> {
    Some(match answer_key(unit).as_str() {
        "prozent" | "%" => 100.0,
        "promille" => 1000.0,
        // Keys spell umlauts out („Hälfte“: haelfte).
        "haelfte" | "haelften" => 2.0,
        "drittel" => 3.0,
        "viertel" => 4.0,
        "fuenftel" => 5.0,
        "sechstel" => 6.0,
        "siebtel" => 7.0,
        "achtel" => 8.0,
        "neuntel" => 9.0,
        "zehntel" => 10.0,
        _ => return None,
    })
}

/// A percentage: a share of which 100 make the whole.
fn is_percent(claim: &NumberClaim) -> bool {
    claim.unit.as_deref().and_then(whole_of) == Some(100.0)
}

/// The qualifier pointing the other way, kept in the answer's register.
fn opposite_qualifier(qualifier: &str) -> Option<&'static str> {
    Some(match qualifier.to_lowercase().as_str() {
        "über" => "unter",
        "unter" => "über",
        "mehr als" => "weniger als",
        "weniger als" => "mehr als",
        "mindestens" => "höchstens",
        "höchstens" => "mindestens",
        _ => return None,
    })
}

/// Another date seen with the precision of `like` ("Juni 2018" from 12 June 2018 when the
/// answer is a month of a year); `None` where it has no such reading.
fn with_precision_of(like: FactDate, other: FactDate) -> Option<FactDate> {
    match like {
        FactDate::Year(_) => other.year().map(FactDate::Year),
        FactDate::YearMonth(..) => Some(FactDate::YearMonth(other.year()?, other.month()?)),
        FactDate::Month(_) => other.month().map(FactDate::Month),
        FactDate::Day(..) => matches!(other, FactDate::Day(..)).then_some(other),
        FactDate::Weekday(_) => matches!(other, FactDate::Weekday(_)).then_some(other),
        FactDate::MonthDay(..) => match other {
            FactDate::MonthDay(..) => Some(other),
            FactDate::Day(_, m, d) => Some(FactDate::MonthDay(m, d)),
            _ => None,
        },
    }
}

/// Whether `date` lies after the time the article was written, as far as both say.
fn after(date: FactDate, as_of: Option<FactDate>) -> bool {
    let Some(as_of) = as_of else {
        return false;
    };
    match (date.year(), as_of.year()) {
        (Some(y), Some(a)) if y != a => y > a,
        (Some(_), Some(_)) => match (date.month(), as_of.month()) {
            (Some(m), Some(a)) => m > a,
            _ => false,
        },
        _ => false,
    }
}

/// Whether two dates lie near enough in time to be confused.
fn years_near(a: FactDate, b: FactDate) -> bool {
    match (a.year(), b.year()) {
        (Some(x), Some(y)) => (x - y).abs() <= YEARS_APART,
        _ => true,
    }
}

/// Dates near `date` with its precision, for when the deck has too few of its own; only
/// years a deck can hold (1 to 9999), so an answer in the year 1 or 9999 gets no option
/// in the year 0 or 10000.
fn nearby_dates(date: FactDate) -> Vec<FactDate> {
    let mut dates = dates_near(date);
    dates.retain(|d| d.year().is_none_or(|y| (1..=9999).contains(&y)));
    dates
}

fn dates_near(date: FactDate) -> Vec<FactDate> {
    let shift_month = |y: i32, m: u32, by: i32| {
        let index = y * 12 + m as i32 - 1 + by;
        (index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
    };
    match date {
        FactDate::Year(y) => (1..=6)
            .flat_map(|d| [y - d, y + d])
            .map(FactDate::Year)
            .collect(),
        FactDate::YearMonth(y, m) => [-12, -6, -3, -2, -1, 1, 2, 3, 6, 12]
            .into_iter()
            .map(|by| {
                let (y, m) = shift_month(y, m, by);
                FactDate::YearMonth(y, m)
            })
            .collect(),
        FactDate::Month(m) => (1..=12).filter(|o| *o != m).map(FactDate::Month).collect(),
        FactDate::Day(y, m, d) => {
            let Some(day) = chrono::NaiveDate::from_ymd_opt(y, m, d) else {
                return Vec::new();
            };
            [-365, -60, -30, -14, -7, 7, 14, 30, 60, 365]
                .into_iter()
                .filter_map(|by| day.checked_add_signed(chrono::Duration::days(by)))
                .map(|other| {
                    use chrono::Datelike;
                    FactDate::Day(other.year(), other.month(), other.day())
                })
                .collect()
        }
        FactDate::Weekday(w) => (0..7).filter(|o| *o != w).map(FactDate::Weekday).collect(),
        // In a leap year, so that the 29th of February has neighbours too.
        FactDate::MonthDay(m, d) => {
            let Some(day) = chrono::NaiveDate::from_ymd_opt(2000, m, d) else {
                return Vec::new();
            };
            [-60, -30, -14, -7, 7, 14, 30, 60]
                .into_iter()
                .filter_map(|by| day.checked_add_signed(chrono::Duration::days(by)))
                .map(|other| {
                    use chrono::Datelike;
                    FactDate::MonthDay(other.month(), other.day())
                })
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(text: &str) -> NumberClaim {
        NumberClaim::parse(text).expect("a figure")
    }

    #[test]
    fn made_up_figures_are_rounded_like_printed_ones() {
        assert_eq!(round_plausibly(120_000.0 * 0.75), 90_000.0);
        assert_eq!(round_plausibly(40_000.0 * 0.6), 24_000.0);
        assert_eq!(round_plausibly(123_456.0), 120_000.0);
    }

    #[test]
    fn nearby_dates_stay_within_the_years_a_deck_can_hold() {
        for date in [
            FactDate::Year(1),
            FactDate::YearMonth(9999, 12),
            FactDate::Day(1, 1, 1),
        ] {
            let years: Vec<i32> = nearby_dates(date).iter().filter_map(|d| d.year()).collect();
            assert!(!years.is_empty(), "{date:?}");
            assert!(
                years.iter().all(|y| (1..=9999).contains(y)),
                "{date:?}: {years:?}"
            );
        }
    }

    #[test]
    fn nearby_months_cross_the_year_boundary() {
        let near = nearby_dates(FactDate::YearMonth(2017, 12));
        assert!(near.contains(&FactDate::YearMonth(2018, 1)));
        assert!(near.contains(&FactDate::YearMonth(2016, 12)));
    }

    #[test]
    fn no_made_up_share_is_the_whole_or_more() {
        for (answer, whole) in [
            ("etwa 2 Drittel", 3.0),
            ("3 Viertel", 4.0),
            ("mehr als 1 Drittel", 3.0),
            ("rund 60 Prozent", 100.0),
        ] {
            for figure in made_up_figures(&claim(answer)) {
                let offered = claim(&figure);
                assert!(offered.value < whole, "{figure} beside {answer}");
            }
        }
    }

    #[test]
    fn no_made_up_figure_is_true_beside_its_answer() {
        for answer in [
            "über 120.000 Leiharbeiter",
            "mindestens 80 Prozent",
            "circa 40.000 Euro",
            "höchstens 20 Prozent",
            "7",
        ] {
            let answer = claim(answer);
            let figures = made_up_figures(&answer);
            assert!(figures.len() >= 2, "{answer:?}: {figures:?}");
            for figure in figures {
                let offered = claim(&figure);
                assert!(!answer.implies(&offered), "{figure} beside {answer:?}");
                assert!(
                    !overlaps_unfairly(&answer, &offered),
                    "{figure} beside {answer:?}"
                );
            }
        }
    }

    #[test]
    fn variants_changing_different_places_are_told_apart() {
        let text = "Kim reist mit dem Zug nach Russland.";
        let same = [
            "Kim reist mit dem Flugzeug nach Russland.".to_string(),
            "Kim reist mit dem Schiff nach Russland.".to_string(),
        ];
        let different = [
            "Kim reist mit dem Flugzeug nach Russland.".to_string(),
            "Kim reist mit dem Zug nach China.".to_string(),
        ];
        assert!(change_the_same_place(text, &same));
        assert!(!change_the_same_place(text, &different));
    }

    #[test]
    fn a_question_names_an_option_even_with_an_ending() {
        let prompt = folded_words("Wer war Kim Jong Uns Großvater?");
        assert!(named_in(&prompt, &folded_words("Kim Jong Un")));
        assert!(!named_in(&prompt, &folded_words("Kim Jong Il")));
        assert!(!named_in(
            &folded_words("Wo liegt Chassan?"),
            &folded_words("Chassanowka")
        ));
    }

    #[test]
    fn a_statement_turned_by_its_article_is_no_overlap() {
        let deck = crate::deck::load_str(
            "t.toml",
            "[deck]\nid = \"d\"\ntitle = \"D\"\n[[topics]]\nid = \"t\"\nname = \"T\"\n\
             [[facts]]\nid = \"f\"\nkind = \"statement\"\ntopic = \"t\"\n\
             question = \"Was ist zu erwarten?\"\ntext = \"Kein großer Durchbruch.\"\n",
        )
        .expect("the deck reads");
        let asked = Asked::new(&deck.facts[0], &deck.cards[0], None);
        assert_eq!(asked.judge("Ein großer Durchbruch."), Ok(()));
        assert_eq!(
            asked.judge("kein großer Durchbruch"),
            Err(Unfair::AlsoRight)
        );
    }

    #[test]
    fn words_are_contained_only_as_a_run() {
        assert!(contains_words("ehemalige sowjetunion", "sowjetunion"));
        assert!(!contains_words("sowjetunion", "ehemalige sowjetunion"));
        assert!(!contains_words("kim jong un", "kim un"));
    }

    /// A deck of one category of people, places or lists, some sharing an answer with
    /// another (so that some candidates are unfair), some of them background.
    fn category_deck(kind: &str, answers: &[(u8, bool)]) -> crate::deck::Deck {
        let mut text = String::from(
            "[deck]\nid = \"d\"\ntitle = \"D\"\n\n[[topics]]\nid = \"t\"\nname = \"T\"\n\n",
        );
        for (i, (answer, background)) in answers.iter().enumerate() {
            let body = match kind {
                "person" => format!(
                    "kind = \"person\"\nname = \"Vorname{answer} Nachname{answer}\"\nrole = \"Rolle {i}\"\nask_name = \"Wer spielt Rolle {i}?\"\n"
                ),
                "place" => format!(
                    "kind = \"place\"\nname = \"Ort{answer}\"\nevent = \"Ereignis {i}\"\nask_place = \"Wo geschah {i}?\"\n"
                ),
                _ => format!(
                    "kind = \"list\"\nquestion = \"Was gehört zu {i}?\"\nname = \"Liste {i}\"\nitems = [\"Ware{answer}\", \"Gut{i}\"]\nask_item = \"Welche Ware {i}?\"\n"
                ),
            };
            text.push_str(&format!(
                "[[facts]]\nid = \"f{i}\"\ntopic = \"t\"\ncategory = \"C\"\ncontext = {background}\n{body}\n"
            ));
        }
        crate::deck::load_str("d.toml", &text).expect("the deck loads")
    }

    use proptest::prelude::*;
    use rand::SeedableRng;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Whatever the figure, its made-up neighbours read as figures of its unit, and
        /// those a question may offer (not the answer again, not made true by it, not
        /// overlapping it unfairly) are never the whole or more of a share, and enough of
        /// them for a question with options.
        #[test]
        fn made_up_figures_are_fair_beside_any_answer(
            qualifier in prop::sample::select(vec![
                "", "über ", "unter ", "mehr als ", "weniger als ", "mindestens ",
                "höchstens ", "rund ", "etwa ", "circa ", "fast ", "knapp ",
            ]),
            value in prop_oneof![1u64..20, 20u64..1_000, 1_000u64..100_000_000],
            unit in prop::sample::select(vec![
                "", " Prozent", " Drittel", " Viertel", " Leiharbeiter", " Euro", " Meter",
            ]),
        ) {
            let text = format!("{qualifier}{}{unit}", crate::deck::format_number(value as f64));
            let Some(answer) = NumberClaim::parse(&text) else {
                return Ok(());
            };
            let whole = answer.unit.as_deref().and_then(whole_of);
            if whole.is_some_and(|whole| answer.value >= whole) {
                // Not a share a deck would state („5 Drittel“).
                return Ok(());
            }
            let mut fair = std::collections::BTreeSet::new();
            for figure in made_up_figures(&answer) {
                let offered = NumberClaim::parse(&figure);
                prop_assert!(offered.is_some(), "{figure} beside {text} reads as a figure");
                let offered = offered.unwrap();
                prop_assert_eq!(&offered.unit, &answer.unit, "{} beside {}", figure, text);
                let offerable = offered.value != answer.value
                    && !answer.implies(&offered)
                    && !overlaps_unfairly(&answer, &offered);
                if offerable {
                    if let Some(whole) = whole {
                        prop_assert!(offered.value < whole, "{figure} beside {text}");
                    }
                    fair.insert(figure);
                }
            }
            if whole.is_none() {
                prop_assert!(fair.len() >= FEWEST_WRONG_OPTIONS, "{text}: {fair:?}");
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Drawing from positions of a large category (the fast way) offers only what
        /// the plain way may offer, and where it can draw every position it finds enough
        /// exactly when the plain way does.
        #[test]
        fn options_drawn_from_a_category_are_the_plain_ways_and_found_as_often(
            kind in prop::sample::select(vec!["person", "place", "list"]),
            answers in prop::collection::vec((0u8..6, prop::bool::weighted(0.2)), 2..40),
            asked in 0usize..40,
            seed in any::<u64>(),
        ) {
            let deck = category_deck(kind, &answers);
            let card = &deck.cards[asked % deck.cards.len()];
            let fact = deck.fact_of(card);
            let item = match &fact.body {
                FactBody::List { items, .. } => Some(items[0].as_str()),
                _ => None,
            };
            let asked = Asked::new(fact, card, item);
            let pool: Vec<String> = pool_listed(&deck, card, usize::MAX)
                .options
                .into_iter()
                .map(|o| o.text)
                .collect();
            let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
            let drawn = pick_with(&deck, card, &asked, FEWEST_WRONG_OPTIONS, 0, &mut rng);
            let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
            let plain = pick_with(&deck, card, &asked, FEWEST_WRONG_OPTIONS, usize::MAX, &mut rng);
            for option in drawn.iter().flatten() {
                prop_assert!(pool.contains(&option.text), "{} not in {:?}", option.text, pool);
            }
            let keys: std::collections::HashSet<String> =
                drawn.iter().flatten().map(|o| answer_key(&o.text)).collect();
            prop_assert_eq!(keys.len(), drawn.as_ref().map_or(0, Vec::len), "each once");
            let slots = Candidates::of(&deck, fact, card.variant).first_tier_slots();
            // A list lends one item a draw; its other items count only in the plain way.
            if slots <= DRAWN_POSITIONS && kind != "list" {
                prop_assert_eq!(drawn.is_some(), plain.is_some());
            }
        }
    }

    #[test]
    fn a_category_of_thousands_still_gives_three_options_from_few_draws() {
        let answers: Vec<(u8, bool)> = (0..2_000).map(|i| ((i % 200) as u8, false)).collect();
        let deck = category_deck("person", &answers);
        let card = deck
            .cards
            .iter()
            .find(|c| c.variant == Variant::Name)
            .expect("a name card");
        let asked = Asked::new(deck.fact_of(card), card, None);
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        let options = pick(&deck, card, &asked, FEWEST_WRONG_OPTIONS, &mut rng).expect("options");
        assert_eq!(options.len(), WRONG_OPTIONS);
    }
}
