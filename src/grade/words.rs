//! Comparing a typed word or name with the expected one: equal once folded, or one typo
//! away in a word of five letters or more. Numbers never get a typo allowance.

use super::normalize::{Word, join, words};

/// The smallest word in which one typo is forgiven.
pub const TYPO_MIN_LETTERS: usize = 5;

/// How a typed text matches an expected one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum WordMatch {
    No,
    /// One typo in a long enough word.
    Typo,
    /// Only words were left out that the expected text can do without ("Sowjetunion" for
    /// "ehemalige Sowjetunion"); used for list items.
    Shortened,
    Exact,
}

/// Compares `given` with `expected` as whole answers.
pub fn compare(given: &str, expected: &str) -> WordMatch {
    compare_words(&words(given), &words(expected))
}

pub fn compare_words(given: &[Word], expected: &[Word]) -> WordMatch {
    if given.is_empty() || expected.is_empty() {
        return WordMatch::No;
    }
    let (g, e) = (join(given), join(expected));
    if g == e {
        return WordMatch::Exact;
    }
    if !one_edit_apart(&g, &e) {
        return WordMatch::No;
    }
    let forgivable = |w: &Word| w.letters >= TYPO_MIN_LETTERS && !w.has_digit;
    if given.len() == expected.len() {
        let differing: Vec<usize> = (0..given.len())
            .filter(|&i| given[i].folded != expected[i].folded)
            .collect();
        return match differing.as_slice() {
            [i] if forgivable(&expected[*i]) && !given[*i].has_digit => WordMatch::Typo,
            _ => WordMatch::No,
        };
    }
    // A space too many or too few ("KimKwang jin"): forgiven when the words it joins or
    // splits are long enough together and hold no digits.
    let letters: usize = expected.iter().map(|w| w.letters).sum();
    let digits = expected.iter().chain(given).any(|w| w.has_digit);
    if letters >= TYPO_MIN_LETTERS && !digits {
        WordMatch::Typo
    } else {
        WordMatch::No
    }
}

/// Whether two different texts are one edit apart: a letter changed, added, left out, or
/// two neighbours swapped (a Damerau-Levenshtein distance of 1). In one pass: the
/// distance itself takes time and memory of the product of the lengths, which for an
/// answer of 10,000 characters and a pasted one of as many was 800 MB.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let start = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        if start == short.len() {
            return false;
        }
        // One letter changed, or it and the next swapped.
        let rest_equal = |from: usize| short[from..] == long[from..];
        return rest_equal(start + 1)
            || (start + 1 < short.len()
                && short[start] == long[start + 1]
                && short[start + 1] == long[start]
                && rest_equal(start + 2));
    }
    // One letter more in `long`, at `start`.
    short[start..] == long[start + 1..]
}

/// Compares a list item: as `compare`, and also accepts the item with words left out, as
/// long as what is given stands in the item in order and keeps at least half of its
/// letters ("wirtschaftliche Zusammenarbeit" for "wirtschaftliche Zusammenarbeit beider
/// Länder", but not "Produkte" for "landwirtschaftliche Produkte").
pub fn compare_item(given: &str, expected: &str) -> WordMatch {
    let (g, e) = (words(given), words(expected));
    let whole = compare_words(&g, &e);
    if whole != WordMatch::No || g.is_empty() || g.len() >= e.len() {
        return whole;
    }
    let mut rest = e.iter();
    let in_order = g.iter().all(|gw| rest.any(|ew| ew.folded == gw.folded));
    let kept: usize = g.iter().map(|w| w.letters).sum();
    let all: usize = e.iter().map(|w| w.letters).sum();
    if in_order && kept * 2 >= all {
        WordMatch::Shortened
    } else {
        WordMatch::No
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_is_forgiven_only_in_words_of_five_letters_or_more() {
        assert_eq!(compare("Chasan", "Chassan"), WordMatch::Typo);
        assert_eq!(compare("Hnoi", "Hanoi"), WordMatch::Typo);
        assert_eq!(compare("Gs", "Gas"), WordMatch::No);
        assert_eq!(compare("Hanio", "Hanoi"), WordMatch::Typo);
    }

    #[test]
    fn one_edit_apart_is_a_damerau_levenshtein_distance_of_one() {
        let words = [
            "", "a", "ab", "ba", "abc", "acb", "bac", "abd", "abcd", "abdc", "xbc", "aab", "aba",
            "bb", "ca", "hanoi", "hnoi", "hanio", "chassan", "chasan", "chasn", "ümlaut", "umlaut",
            "ümluat",
        ];
        for a in words {
            for b in words {
                let plain = a != b && strsim::damerau_levenshtein(a, b) == 1;
                assert_eq!(one_edit_apart(a, b), plain, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn two_typos_are_not_forgiven() {
        assert_eq!(compare("Chasn", "Chassan"), WordMatch::No);
    }

    #[test]
    fn a_shortened_item_must_keep_its_head_word() {
        assert_eq!(
            compare_item(
                "wirtschaftliche Zusammenarbeit",
                "wirtschaftliche Zusammenarbeit beider Länder"
            ),
            WordMatch::Shortened
        );
        assert_eq!(
            compare_item("Produkte", "landwirtschaftliche Produkte"),
            WordMatch::No
        );
    }
}
