//! The question lint: the rules of a fair question that a program can check, run over a
//! deck's facts by `factdeck check`. Each finding names the fact and the rule, worded for
//! the deck's author; the rules are in `docs/deck-format.md`.

use super::wrong_options::{Asked, changed_words, folded_words};
use crate::deck::{Card, Deck, Fact, FactBody, FactDate, Variant};
use crate::grade::answer_key;
use std::collections::HashMap;

/// One rule a fair question keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LintRule {
    /// A wrong option the author wrote is right, overlaps the answer, is true beside it,
    /// or is not of the answer's kind.
    UnfairWrongOption,
    /// A statement's false variant is more than one small change of the statement.
    FalseVariantNotMinimal,
    /// A false variant gives itself away by a word such as „völlig“ or „niemand“.
    FalseVariantAbsolute,
    /// A false variant says what another fact of the deck says is true.
    FalseVariantTrueElsewhere,
    /// A card's question holds its own answer.
    PromptHoldsAnswer,
    /// A question would be built from a template: a person without `ask_name`, a place
    /// without `ask_place`, a list with wrong options but no `ask_item`.
    TemplateWording,
    /// A question says "nicht im Artikel" instead of marking the fact `context`.
    BackgroundInQuestion,
    /// A person's role names another person of the deck, which gives matching away.
    RoleNamesAnotherPerson,
}

impl LintRule {
    /// The rule's name, as printed.
    pub fn name(self) -> &'static str {
        match self {
            LintRule::UnfairWrongOption => "unfair-wrong-option",
            LintRule::FalseVariantNotMinimal => "false-variant-not-minimal",
            LintRule::FalseVariantAbsolute => "false-variant-absolute",
            LintRule::FalseVariantTrueElsewhere => "false-variant-true-elsewhere",
            LintRule::PromptHoldsAnswer => "prompt-holds-answer",
            LintRule::TemplateWording => "template-wording",
            LintRule::BackgroundInQuestion => "background-in-question",
            LintRule::RoleNamesAnotherPerson => "role-names-another-person",
        }
    }
}

/// A rule broken by a fact.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub fact_id: String,
    /// The line of the deck file the fact starts on.
    pub line: usize,
    pub rule: LintRule,
    pub problem: LintProblem,
}

/// What a fact does that breaks a rule, with the data its message needs; worded
/// (`Display`) in the thread's language.
#[derive(Debug, Clone, PartialEq)]
pub enum LintProblem {
    /// A wrong option of a date fact written with another precision than the answer.
    OptionPrecision {
        option: String,
    },
    UnfairOption {
        option: String,
        why: super::Unfair,
    },
    PromptHoldsAnswer {
        card: String,
        prompt: String,
        answer: String,
    },
    VariantNotMinimal {
        variant: String,
        text: String,
    },
    VariantAbsolute {
        variant: String,
        word: String,
    },
    VariantTrueElsewhere {
        variant: String,
        fact: String,
    },
    PersonWithoutAskName,
    PlaceWithoutAskPlace,
    ListWithoutAskItem,
    BackgroundInQuestion,
    RoleNamesAnotherPerson {
        other: String,
    },
}

impl std::fmt::Display for LintProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            LintProblem::OptionPrecision { option } => {
                tr!("lint-option-precision", option = option.as_str())
            }
            LintProblem::UnfairOption { option, why } => tr!(
                "lint-unfair-option",
                option = option.as_str(),
                why = why.describe()
            ),
            LintProblem::PromptHoldsAnswer {
                card,
                prompt,
                answer,
            } => tr!(
                "lint-prompt-holds-answer",
                card = card.as_str(),
                prompt = prompt.as_str(),
                answer = answer.as_str()
            ),
            LintProblem::VariantNotMinimal { variant, text } => tr!(
                "lint-variant-not-minimal",
                variant = variant.as_str(),
                text = text.as_str()
            ),
            LintProblem::VariantAbsolute { variant, word } => tr!(
                "lint-variant-absolute",
                variant = variant.as_str(),
                word = word.as_str()
            ),
            LintProblem::VariantTrueElsewhere { variant, fact } => tr!(
                "lint-variant-true-elsewhere",
                variant = variant.as_str(),
                fact = fact.as_str()
            ),
            LintProblem::PersonWithoutAskName => tr!("lint-person-without-ask-name"),
            LintProblem::PlaceWithoutAskPlace => tr!("lint-place-without-ask-place"),
            LintProblem::ListWithoutAskItem => tr!("lint-list-without-ask-item"),
            LintProblem::BackgroundInQuestion => tr!("lint-background-in-question"),
            LintProblem::RoleNamesAnotherPerson { other } => {
                tr!("lint-role-names-another-person", other = other.as_str())
            }
        };
        f.write_str(&text)
    }
}

/// Words that mark a false claim as false without changing what it is about.
const ABSOLUTE_WORDS: [&str; 20] = [
    "voellig",
    "niemand",
    "niemanden",
    "nie",
    "niemals",
    "stets",
    "immer",
    "ausschliesslich",
    "keinerlei",
    "ueberhaupt",
    "jede",
    "jeder",
    "jedes",
    "jeden",
    "alle",
    "saemtliche",
    "vollstaendig",
    "uneingeschraenkt",
    "absolut",
    "garantiert",
];

/// The most words a false variant may change in a row, or a share of the statement's
/// words for long statements.
const MINIMAL_CHANGE_WORDS: usize = 3;
const MINIMAL_CHANGE_SHARE: f64 = 0.4;

/// Every finding of the question lint in `deck`. Each rule looks at one fact at a time;
/// what a rule needs of the others (their cards, their true texts, the people's names) is
/// gathered once, so the lint grows with the deck, not with its square.
pub fn lint(deck: &Deck) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut cards_of: Vec<Vec<&Card>> = vec![Vec::new(); deck.facts.len()];
    for card in &deck.cards {
        if let Some(cards) = cards_of.get_mut(card.fact_index) {
            cards.push(card);
        }
    }
    let true_texts = true_texts(deck);
    let people = People::of(deck);
    for (index, fact) in deck.facts.iter().enumerate() {
        let mut found = |rule: LintRule, problem: LintProblem| {
            findings.push(Finding {
                fact_id: fact.id.clone(),
                line: fact.line,
                rule,
                problem,
            });
        };
        let cards = &cards_of[index];
        for card in cards {
            wrong_options_of(fact, card, &mut found);
            prompt_holds_answer(fact, card, &mut found);
        }
        false_variants_of(deck, index, &true_texts, &mut found);
        template_wording(fact, &mut found);
        if cards
            .iter()
            .any(|c| answer_key(&c.prompt).contains("nicht im artikel"))
        {
            found(
                LintRule::BackgroundInQuestion,
                LintProblem::BackgroundInQuestion,
            );
        }
        if let FactBody::Person { name, role, .. } = &fact.body {
            for other in people.named_in(role) {
                let Some(FactBody::Person {
                    name: other_name, ..
                }) = deck.facts.get(other).map(|f| &f.body)
                else {
                    continue;
                };
                if other != index && other_name != name {
                    found(
                        LintRule::RoleNamesAnotherPerson,
                        LintProblem::RoleNamesAnotherPerson {
                            other: other_name.clone(),
                        },
                    );
                }
            }
        }
    }
    findings
}

/// The people of a deck by the words that name them: each whole name (folded words
/// joined), and each surname of five letters or more ("Putin"; "Kim" alone names too many).
struct People {
    by_name: HashMap<String, Vec<usize>>,
    by_surname: HashMap<String, Vec<usize>>,
    /// The numbers of words the names have, to look for each in a text.
    name_lengths: Vec<usize>,
}

impl People {
    fn of(deck: &Deck) -> People {
        let mut people = People {
            by_name: HashMap::new(),
            by_surname: HashMap::new(),
            name_lengths: Vec::new(),
        };
        for (index, fact) in deck.facts.iter().enumerate() {
            let FactBody::Person { name, .. } = &fact.body else {
                continue;
            };
            let words = folded_words(name);
            if let Some(surname) = words.last().filter(|w| w.chars().count() >= 5) {
                people
                    .by_surname
                    .entry(surname.clone())
                    .or_default()
                    .push(index);
            }
            if !people.name_lengths.contains(&words.len()) {
                people.name_lengths.push(words.len());
            }
            people
                .by_name
                .entry(words.join(" "))
                .or_default()
                .push(index);
        }
        people
    }

    /// The positions of the people `text` names, in deck order, each once: by the whole
    /// name, or by the surname.
    fn named_in(&self, text: &str) -> Vec<usize> {
        let words = folded_words(text);
        let mut named: Vec<usize> = Vec::new();
        for word in &words {
            named.extend(self.by_surname.get(word).into_iter().flatten());
        }
        for &length in &self.name_lengths {
            // A name of no words stands in a text of none ("" is the whole of "").
            let runs: Vec<String> = if length == 0 {
                if words.is_empty() {
                    vec![String::new()]
                } else {
                    Vec::new()
                }
            } else {
                words.windows(length).map(|run| run.join(" ")).collect()
            };
            for run in runs {
                named.extend(self.by_name.get(&run).into_iter().flatten());
            }
        }
        named.sort_unstable();
        named.dedup();
        named
    }
}

/// The deck's facts by the key of what they say is true (a statement's text, a reason's
/// answer, a place's event, a person's role), for finding a false variant that is true
/// elsewhere.
fn true_texts(deck: &Deck) -> HashMap<String, Vec<usize>> {
    let mut texts: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, fact) in deck.facts.iter().enumerate() {
        let true_text = match &fact.body {
            FactBody::Statement { text, .. } => text,
            FactBody::Reason { answer, .. } => answer,
            FactBody::Place { event, .. } => event,
            FactBody::Person { role, .. } => role,
            _ => continue,
        };
        texts.entry(answer_key(true_text)).or_default().push(index);
    }
    texts
}

/// The author's wrong options, each judged as the question would judge it.
fn wrong_options_of(fact: &Fact, card: &Card, found: &mut impl FnMut(LintRule, LintProblem)) {
    let authored: &[String] = match (&fact.body, card.variant) {
        (FactBody::Statement { false_variants, .. }, _)
        | (FactBody::Reason { false_variants, .. }, _) => false_variants,
        // A person's or place's wrong options are names: they belong to the direction
        // that asks for one.
        (_, Variant::Role | Variant::Event) => &[],
        _ => &fact.answers.wrong_options,
    };
    let asked = Asked::new(fact, card, None);
    for option in authored {
        let shown = match &fact.body {
            FactBody::Date { date, .. } => match FactDate::parse(option) {
                Ok(d) if std::mem::discriminant(&d) != std::mem::discriminant(date) => {
                    found(
                        LintRule::UnfairWrongOption,
                        LintProblem::OptionPrecision {
                            option: option.clone(),
                        },
                    );
                    continue;
                }
                Ok(d) => d.to_string(),
                Err(_) => option.clone(),
            },
            _ => option.clone(),
        };
        if let Err(why) = asked.judge(&shown) {
            found(
                LintRule::UnfairWrongOption,
                LintProblem::UnfairOption {
                    option: option.clone(),
                    why,
                },
            );
        }
    }
}

/// Whether a card's prompt states its own answer.
fn prompt_holds_answer(fact: &Fact, card: &Card, found: &mut impl FnMut(LintRule, LintProblem)) {
    let answer = match (&fact.body, card.variant) {
        // A list's answer is several items; a statement's or reason's a whole sentence
        // that may well repeat words of its question.
        (FactBody::List { .. } | FactBody::Statement { .. } | FactBody::Reason { .. }, _) => {
            return;
        }
        _ => &card.answer,
    };
    let key = answer_key(answer);
    if !key.is_empty() && word_run_in(&answer_key(&card.prompt), &key) {
        found(
            LintRule::PromptHoldsAnswer,
            LintProblem::PromptHoldsAnswer {
                card: card.id.to_string(),
                prompt: card.prompt.clone(),
                answer: answer.clone(),
            },
        );
    }
}

fn word_run_in(whole: &str, part: &str) -> bool {
    let whole: Vec<&str> = whole.split(' ').collect();
    let part: Vec<&str> = part.split(' ').collect();
    part.len() <= whole.len() && whole.windows(part.len()).any(|w| w == part.as_slice())
}

/// The rules for statements' and reasons' false variants.
fn false_variants_of(
    deck: &Deck,
    index: usize,
    true_texts: &HashMap<String, Vec<usize>>,
    found: &mut impl FnMut(LintRule, LintProblem),
) {
    let Some(fact) = deck.facts.get(index) else {
        return;
    };
    let (text, variants, is_statement) = match &fact.body {
        FactBody::Statement {
            text,
            false_variants,
            ..
        } => (text, false_variants, true),
        FactBody::Reason {
            answer,
            false_variants,
            ..
        } => (answer, false_variants, false),
        _ => return,
    };
    let text_words = folded_words(text);
    for variant in variants {
        let words = folded_words(variant);
        if is_statement && !is_minimal_change(&text_words, &words) {
            found(
                LintRule::FalseVariantNotMinimal,
                LintProblem::VariantNotMinimal {
                    variant: variant.clone(),
                    text: text.clone(),
                },
            );
        }
        if let Some(word) = words
            .iter()
            .find(|w| ABSOLUTE_WORDS.contains(&w.as_str()) && !text_words.contains(w))
        {
            found(
                LintRule::FalseVariantAbsolute,
                LintProblem::VariantAbsolute {
                    variant: variant.clone(),
                    word: word.clone(),
                },
            );
        }
        let elsewhere = true_texts.get(&answer_key(variant)).into_iter().flatten();
        for other in elsewhere.filter(|&&other| other != index) {
            let Some(other) = deck.facts.get(*other) else {
                continue;
            };
            found(
                LintRule::FalseVariantTrueElsewhere,
                LintProblem::VariantTrueElsewhere {
                    variant: variant.clone(),
                    fact: other.id.clone(),
                },
            );
        }
    }
}

/// Whether `variant` differs from `text` in one run of a few words: what is left once the
/// words both start and end with are taken away.
pub fn is_minimal_change(text: &[String], variant: &[String]) -> bool {
    let changed = changed_words(text, variant);
    let removed = changed.len();
    let added = variant.len() - (text.len() - removed);
    let allowed = MINIMAL_CHANGE_WORDS.max((text.len() as f64 * MINIMAL_CHANGE_SHARE) as usize);
    removed.max(added) <= allowed && removed + added > 0
}

/// Questions that would be built from a template sentence.
fn template_wording(fact: &Fact, found: &mut impl FnMut(LintRule, LintProblem)) {
    let problem = match &fact.body {
        FactBody::Person { ask_name: None, .. } => LintProblem::PersonWithoutAskName,
        FactBody::Place {
            ask_place: None, ..
        } => LintProblem::PlaceWithoutAskPlace,
        FactBody::List { ask_item: None, .. }
            if !fact.answers.wrong_options.is_empty() || fact.answers.category.is_some() =>
        {
            LintProblem::ListWithoutAskItem
        }
        _ => return,
    };
    found(LintRule::TemplateWording, problem);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        folded_words(text)
    }

    #[test]
    fn one_changed_run_of_words_is_a_minimal_change() {
        assert!(is_minimal_change(
            &words("Kim kommt mit seinem gepanzerten Sonderzug nach Russland."),
            &words("Kim kommt mit seiner Regierungsmaschine nach Russland."),
        ));
        assert!(is_minimal_change(
            &words("Kein großer Durchbruch."),
            &words("Ein großer Durchbruch."),
        ));
    }

    #[test]
    fn a_rewritten_sentence_is_no_minimal_change() {
        assert!(!is_minimal_change(
            &words("Man begrüßt ihn mit Blumen, und er schreitet über einen roten Teppich."),
            &words("Er wird von Demonstranten mit Protestplakaten erwartet."),
        ));
        assert!(!is_minimal_change(&words("Es gilt."), &words("Es gilt.")));
    }
}
