//! The core of a term: shorter forms of an answer that still name what it names, so a
//! learner who leaves out a qualifier the question already implies is not marked wrong.
//!
//! Two kinds of qualifier are recognised, each a common shape of German names and terms:
//!
//! - a leading abbreviation in capitals, joined by a hyphen or a space: „UN-Sicherheitsrat“
//!   → „Sicherheitsrat“, „US-Präsident“ → „Präsident“, „G20 Gipfel“ → „Gipfel“;
//! - a trailing genitive or prepositional phrase, starting at an article or preposition
//!   that is not the first word: „Westküste der USA“ → „Westküste“, „Frankfurt am Main“ →
//!   „Frankfurt“.
//!
//! What is left must still be substantial: at least [`CORE_MIN_LETTERS`] letters, and
//! either half the letters of the whole answer or a long word of its own (a compound such
//! as „Westküste“ or „Sicherheitsrat“ names enough by itself, see [`SPECIFIC_LETTERS`]).
//! This keeps a short, generic head from standing in for a name whose qualifier is what
//! identifies it („Platz“ is not „Platz des Himmlischen Friedens“), as it keeps „Otto“ from
//! being „Otto von Bismarck“.
//!
//! Compounds are never cut („Pazifik“ for „Pazifikraum“): the rule cannot tell
//! „Pazifikraum“ from „Weltraum“ (which „Welt“ does not name). Such short forms are for the
//! deck's author to list. Nor does this apply to people's names: the caller decides which
//! answers are terms (see [`TextKind`](super::TextKind)).

use super::normalize::{Word, key, words};

/// The fewest letters a short form keeps: „Rat“ does not name „UN-Rat“.
pub const CORE_MIN_LETTERS: usize = 4;

/// A short form this long names enough by itself, however long the qualifier it leaves
/// out („Westküste“ for „Westküste der Vereinigten Staaten“); a shorter one must keep at
/// least half of the answer's letters.
pub const SPECIFIC_LETTERS: usize = 8;

/// Words that begin a trailing qualifier when they stand after the head of the answer:
/// articles (a genitive, „der USA“) and prepositions („am Main“, „von Japan“). Only in
/// lower case, as German writes them inside a name; a capitalised word is part of the name.
/// „und“ is not among them: „Bosnien und Herzegowina“ is one name, not a qualified one.
const QUALIFIER_STARTS: [&str; 27] = [
    "der", "die", "das", "des", "dem", "den", "von", "vom", "im", "in", "am", "an", "auf", "aus",
    "bei", "beim", "zu", "zum", "zur", "für", "mit", "nach", "über", "unter", "vor", "gegen",
    "zwischen",
];

/// Leading articles a deck may write before a name („die Westküste der USA“); the search
/// for a trailing qualifier starts after them.
const ARTICLES: [&str; 6] = ["der", "die", "das", "den", "dem", "des"];

/// The hyphens and dashes that join an abbreviation to its word.
const HYPHENS: [char; 4] = ['-', '‐', '‑', '–'];

/// The shorter forms of `answer` that still name it, shortest qualifier removed first;
/// none when it has no qualifier or what would be left is too little.
pub fn short_forms(answer: &str) -> Vec<String> {
    let answer = answer.trim();
    let unprefixed = without_leading_abbreviation(answer);
    let candidates = [
        unprefixed.clone(),
        without_trailing_qualifier(answer),
        unprefixed.as_deref().and_then(without_trailing_qualifier),
    ];
    let whole = words(answer);
    let whole_key = key(answer);
    let mut forms: Vec<String> = Vec::new();
    for form in candidates.into_iter().flatten() {
        let form_key = key(&form);
        if form_key != whole_key
            && is_substantial(&words(&form), &whole)
            && !forms.iter().any(|f| key(f) == form_key)
        {
            forms.push(form);
        }
    }
    forms
}

fn letters(words: &[Word]) -> usize {
    words.iter().map(|w| w.letters).sum()
}

/// At least `CORE_MIN_LETTERS` letters, and half of the whole answer's or
/// `SPECIFIC_LETTERS`.
fn is_substantial(core: &[Word], whole: &[Word]) -> bool {
    let kept = letters(core);
    kept >= CORE_MIN_LETTERS && (kept * 2 >= letters(whole) || kept >= SPECIFIC_LETTERS)
}

/// The answer without a leading abbreviation in capitals („UN-“, „US “, „G20-“): two to
/// four characters, the first a capital letter, the rest capitals or digits. A single
/// capital is not one: „U-Boot“ is not a kind of „Boot“, nor „E-Mail“ of „Mail“.
fn without_leading_abbreviation(answer: &str) -> Option<String> {
    let (at, separator) = answer
        .char_indices()
        .find(|&(_, c)| c == ' ' || HYPHENS.contains(&c))?;
    let prefix = &answer[..at];
    let rest = answer[at + separator.len_utf8()..].trim_start();
    let mut chars = prefix.chars();
    let first_is_capital = chars.next().is_some_and(char::is_uppercase);
    let length = prefix.chars().count();
    let abbreviation = first_is_capital
        && (2..=4).contains(&length)
        && chars.all(|c| c.is_uppercase() || c.is_ascii_digit());
    (abbreviation && !rest.is_empty()).then(|| rest.to_string())
}

/// The answer up to a trailing qualifier: the words before the first lower-case article or
/// preposition that follows the head („Westküste der USA“ → „Westküste“).
fn without_trailing_qualifier(answer: &str) -> Option<String> {
    let raw: Vec<&str> = answer.split_whitespace().collect();
    let head = match raw.first() {
        Some(first) if raw.len() > 1 && ARTICLES.contains(&first.to_lowercase().as_str()) => 1,
        _ => 0,
    };
    let start = (head + 1..raw.len()).find(|&i| {
        let word = raw[i].trim_matches(|c: char| !c.is_alphanumeric());
        QUALIFIER_STARTS.contains(&word)
    })?;
    Some(raw[..start].join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(answer: &str) -> Vec<String> {
        short_forms(answer)
    }

    #[test]
    fn a_leading_abbreviation_may_be_left_out() {
        assert_eq!(forms("UN-Sicherheitsrat"), ["Sicherheitsrat"]);
        assert_eq!(forms("US-Präsident"), ["Präsident"]);
        assert_eq!(forms("EU Kommission"), ["Kommission"]);
        assert_eq!(forms("G20-Gipfel"), ["Gipfel"]);
        assert_eq!(forms("NATO-Gipfel"), ["Gipfel"]);
    }

    #[test]
    fn a_single_capital_or_a_capitalised_word_is_not_an_abbreviation() {
        assert!(forms("U-Boot").is_empty());
        assert!(forms("E-Mail").is_empty());
        assert!(forms("Nord-Stream").is_empty());
        assert!(forms("Hans-Georg Maaßen").is_empty());
        // Five capitals are more than an abbreviation joined to a word.
        assert!(forms("ABCDE-Vertrag").is_empty());
    }

    #[test]
    fn a_trailing_genitive_may_be_left_out() {
        assert_eq!(forms("Westküste der USA"), ["Westküste"]);
        assert_eq!(forms("die Westküste der USA"), ["die Westküste"]);
        assert_eq!(
            forms("Sicherheitsrat der Vereinten Nationen"),
            ["Sicherheitsrat"]
        );
        assert_eq!(forms("Westküste der Vereinigten Staaten"), ["Westküste"]);
    }

    #[test]
    fn a_trailing_prepositional_phrase_may_be_left_out() {
        assert_eq!(forms("Frankfurt am Main"), ["Frankfurt"]);
        assert_eq!(forms("Universität von Wladiwostok"), ["Universität"]);
        assert_eq!(forms("Gipfeltreffen in Hanoi"), ["Gipfeltreffen"]);
    }

    #[test]
    fn both_qualifiers_may_be_left_out_together() {
        assert_eq!(
            forms("UN-Sicherheitsrat in New York"),
            [
                "Sicherheitsrat in New York",
                "UN-Sicherheitsrat",
                "Sicherheitsrat"
            ]
        );
    }

    #[test]
    fn a_core_of_fewer_than_four_letters_is_not_enough() {
        assert!(forms("UN-Rat").is_empty());
        assert!(forms("Tor zum Osten").is_empty());
    }

    #[test]
    fn a_generic_head_does_not_stand_for_the_name_its_qualifier_makes() {
        assert!(forms("Platz des Himmlischen Friedens").is_empty());
        assert!(forms("Haus der Kulturen der Welt").is_empty());
        assert!(forms("Museum für Naturkunde").is_empty());
        assert!(forms("Otto von Bismarck").is_empty());
    }

    #[test]
    fn an_article_that_begins_the_answer_is_not_a_qualifier() {
        assert!(forms("Der Spiegel").is_empty());
        assert!(forms("die Sowjetunion").is_empty());
    }

    #[test]
    fn names_and_terms_without_a_qualifier_have_no_short_form() {
        assert!(forms("Kim Jong Un").is_empty());
        assert!(forms("Kim Il Sung").is_empty());
        assert!(forms("Bosnien und Herzegowina").is_empty());
        assert!(forms("Pazifikraum").is_empty());
        assert!(forms("Wladiwostok").is_empty());
    }
}
