//! Folding typed text so that differences a teacher would not count are not counted:
//! case, surrounding spaces and punctuation, `ae/oe/ue/ss` for `ä/ö/ü/ß`, hyphens for
//! spaces, a leading article.

/// German articles a learner may put in front of an answer ("die Sowjetunion").
const ARTICLES: [&str; 12] = [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
];

/// One word of an answer, folded for comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Lowercase, umlauts and ß spelled out (`maassen`).
    pub folded: String,
    /// Letters as written (`Maaßen` has six), which decides whether a typo is forgiven.
    pub letters: usize,
    pub has_digit: bool,
}

/// The words of an answer, folded, without a leading article (unless the article is all
/// there is).
pub fn words(text: &str) -> Vec<Word> {
    let mut spaced = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            // Hyphens, dashes and slashes separate words as a space would ("Kim Kwang-jin").
            '-' | '‐' | '‑' | '–' | '—' | '_' | '/' => spaced.push(' '),
            // Dots and apostrophes vanish inside a word ("U.S.A.", "Kim’s").
            '.' | '\'' | '’' | '‘' | '`' | '´' => {}
            c if c.is_alphanumeric() => spaced.push(c),
            _ => spaced.push(' '),
        }
    }
    let mut words: Vec<Word> = spaced
        .split_whitespace()
        .map(|w| Word {
            folded: fold(w),
            letters: w.chars().filter(|c| c.is_alphabetic()).count(),
            has_digit: w.chars().any(|c| c.is_ascii_digit()),
        })
        .collect();
    if words.len() > 1 && ARTICLES.contains(&words[0].folded.as_str()) {
        words.remove(0);
    }
    words
}

/// The folded words joined by single spaces: two answers that fold to the same key are
/// the same answer.
pub fn key(text: &str) -> String {
    join(&words(text))
}

pub fn join(words: &[Word]) -> String {
    let parts: Vec<&str> = words.iter().map(|w| w.folded.as_str()).collect();
    parts.join(" ")
}

/// Lowercase with umlauts and ß spelled out, so `Maaßen` and `maassen` are one word.
pub fn fold(word: &str) -> String {
    // Most words are ASCII: their lowercase is all there is to it.
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(word.len() + 2);
    for c in word.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umlauts_case_hyphens_and_punctuation_fold_away() {
        assert_eq!(key("  Hans-Georg Maaßen. "), "hans georg maassen");
        assert_eq!(key("hans georg maassen"), "hans georg maassen");
        assert_eq!(key("„Pjöngjang“!"), "pjoengjang");
    }

    #[test]
    fn a_leading_article_is_dropped_but_a_lone_article_is_kept() {
        assert_eq!(key("die Sowjetunion"), "sowjetunion");
        assert_eq!(key("das"), "das");
    }

    #[test]
    fn letters_are_counted_as_written() {
        let maassen = &words("Maaßen")[0];
        assert_eq!(maassen.letters, 6);
        assert_eq!(maassen.folded, "maassen");
    }
}
