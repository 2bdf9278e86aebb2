//! How large a deck may be. Every limit is far above any real deck (the article's deck has
//! about 150 facts, texts of a sentence, lists of a dozen items), so only a file made or
//! gone wrong meets one: it is refused where it is read, naming file and line, instead of
//! exhausting the window later (one string of 10 MB made it take gigabytes). Imports are
//! held to the same limits before they write a deck file (`interop::import_file`).

/// The largest deck file read.
pub const MAX_DECK_BYTES: u64 = 64 * 1024 * 1024;

/// The longest text (a question, an answer, a name, a list item, a title…), in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;

/// The longest id (of the deck, a topic, a section or a fact), in characters.
pub const MAX_ID_CHARS: usize = 200;

/// The most facts in one deck (the benchmarks' largest deck has 100,000).
pub const MAX_FACTS: usize = 200_000;

/// The most topics, and the most sections, in one deck.
pub const MAX_TOPICS: usize = 10_000;
pub const MAX_SECTIONS: usize = 10_000;

/// The most entries of one list of a fact: its items, wrong options, other right answers
/// or false variants (a list in the news has a dozen items; a typed answer naming all
/// of them is compared with each).
pub const MAX_LIST_ENTRIES: usize = 100;

/// The largest figure (its amount, either sign): a thousand trillion, beyond any count of
/// people, money or things in the news, and still shown to the last digit (a larger one
/// was shown as 18.446.744.073.709.551.615 whatever it was).
pub const MAX_FIGURE: f64 = 1e15;

/// The problem of a figure over `MAX_FIGURE` in `key`.
pub fn figure_too_large(key: &str) -> super::DeckProblem {
    super::DeckProblem::FigureTooLarge(key.to_string())
}

/// A count as people read it: 10,000 and 1,000,000 with separators.
pub fn counted(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// The problem of a text over `MAX_TEXT_CHARS`, if `text` is; `what` names it (`question`).
pub fn text_too_long(what: &str, text: &str) -> Option<super::DeckProblem> {
    // Few texts are near the limit in bytes: only those are counted in characters.
    if text.len() <= MAX_TEXT_CHARS {
        return None;
    }
    let chars = text.chars().count();
    (chars > MAX_TEXT_CHARS).then(|| super::DeckProblem::TextTooLong {
        key: what.to_string(),
        chars,
        most: MAX_TEXT_CHARS,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_written_with_separators() {
        assert_eq!(counted(0), "0");
        assert_eq!(counted(999), "999");
        assert_eq!(counted(1_000), "1,000");
        assert_eq!(counted(1_000_000), "1,000,000");
    }

    #[test]
    fn a_text_at_the_limit_passes_and_one_character_more_does_not() {
        let at = "ä".repeat(MAX_TEXT_CHARS);
        assert_eq!(text_too_long("question", &at), None);
        let over = format!("{at}x");
        let message = text_too_long("question", &over)
            .expect("too long")
            .to_string();
        assert!(message.contains("10,001 characters"), "{message}");
        assert!(message.contains("at most 10,000"), "{message}");
    }
}
