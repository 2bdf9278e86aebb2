//! The article as the draft's rules read it: its title, its sections under short heading
//! lines, and its sentences and their tokens, each with its byte range in the article.
//! Sentences are not cut at abbreviations („z. B.“, „Dr.“), at ordinals („17. Juli“), inside
//! numbers („120.000“) or inside quotations.

use super::words;
use std::collections::HashMap;
use std::ops::Range;

/// A heading is a paragraph of one line with at most this many words …
const HEADING_MAX_WORDS: usize = 12;
/// … and at most this many characters.
const HEADING_MAX_CHARS: usize = 100;

/// Words before a full stop that do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "prof", "nr", "st", "bzw", "ca", "usw", "etc", "vgl", "mio", "mrd", "jh", "ggf", "inkl",
    "evtl", "sog", "abs", "art", "str", "tel", "bspw", "zb", "ua", "mr", "mrs", "ms", "jan", "feb",
    "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez", "min", "max", "std",
    "gegr", "geb", "verh", "dt", "engl", "franz", "lat", "hl", "vs", "co", "kg", "km", "mind",
    "rd", "allg",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with digits, hyphens and apostrophes inside ("US-Präsident").
    Word,
    /// Digits, with `.` or `,` between digits ("120.000", "6,12").
    Number,
    /// One character of anything else.
    Punct,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    pub kind: TokenKind,
}

/// One sentence: its tokens (with their ranges in the article), and where it stands.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub tokens: Vec<Token>,
    /// Index into `Article::sections`.
    pub section: usize,
    /// Counts the paragraphs of the whole article.
    pub paragraph: usize,
}

/// A stretch of the article under one heading (the first may have none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionSpan {
    pub title: Option<String>,
}

/// How often each word stands capitalised and in lowercase inside sentences (never at
/// their start), to tell nouns and names from other words.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Lowercased word → (capitalised inside a sentence, lowercase).
    seen: HashMap<String, (u32, u32)>,
    /// Lowercased words that stand right after an article somewhere: common nouns.
    after_article: HashMap<String, u32>,
}

impl Lexicon {
    /// Whether the word stands capitalised inside some sentence: a noun or a name.
    pub fn capitalised_inside(&self, word: &str) -> bool {
        self.seen
            .get(&word.to_lowercase())
            .is_some_and(|(upper, _)| *upper > 0)
    }

    /// Whether the word stands in lowercase somewhere.
    pub fn seen_lowercase(&self, word: &str) -> bool {
        self.seen
            .get(&word.to_lowercase())
            .is_some_and(|(_, lower)| *lower > 0)
    }

    /// Whether the word stands right after an article somewhere ("die Sicht"): a common
    /// noun rather than a name.
    pub fn follows_an_article(&self, word: &str) -> bool {
        self.after_article.contains_key(&word.to_lowercase())
    }

    /// How often the word stands anywhere inside sentences, in any case.
    pub fn count(&self, word: &str) -> u32 {
        self.seen
            .get(&word.to_lowercase())
            .map_or(0, |(upper, lower)| upper + lower)
    }
}

/// The article, cut up.
pub struct Article<'a> {
    pub text: &'a str,
    /// The first heading line, when the text begins with one.
    pub title: Option<String>,
    pub sections: Vec<SectionSpan>,
    pub sentences: Vec<Sentence>,
    pub lexicon: Lexicon,
}

impl<'a> Article<'a> {
    pub fn read(text: &'a str) -> Article<'a> {
        let blocks = blocks(text);
        let mut title = None;
        let mut sections = vec![SectionSpan { title: None }];
        let mut sentences = Vec::new();
        for (index, block) in blocks.iter().enumerate() {
            if is_heading(&text[block.clone()]) && index + 1 < blocks.len() {
                let heading = text[block.clone()].trim().to_string();
                if index == 0 {
                    title = Some(heading);
                    continue;
                }
                let last = sections.len() - 1;
                let opens_first = last == 0 && sections[0].title.is_none() && sentences.is_empty();
                if opens_first {
                    sections[0].title = Some(heading);
                } else {
                    sections.push(SectionSpan {
                        title: Some(heading),
                    });
                }
                continue;
            }
            let section = sections.len() - 1;
            for range in sentence_ranges(text, block.clone()) {
                let tokens = tokenize(text, range.clone());
                if tokens.iter().any(|t| t.kind != TokenKind::Punct) {
                    sentences.push(Sentence {
                        tokens,
                        section,
                        paragraph: index,
                    });
                }
            }
        }
        let lexicon = lexicon(text, &sentences);
        Article {
            text,
            title,
            sections,
            sentences,
            lexicon,
        }
    }

    /// The text of a token.
    pub fn word(&self, token: &Token) -> &'a str {
        &self.text[token.range.clone()]
    }
}

/// The paragraphs: runs of non-blank lines, as byte ranges without the line break.
fn blocks(text: &str) -> Vec<Range<usize>> {
    let lines = lines(text);
    let blank_lines = lines.iter().any(|l| l.is_empty());
    let longest = lines
        .iter()
        .map(|l| text[l.clone()].chars().count())
        .max()
        .unwrap_or(0);
    let mut blocks = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    for (index, line) in lines.iter().enumerate() {
        if line.is_empty() {
            if let Some(s) = start.take() {
                blocks.push(s..end);
            }
            continue;
        }
        start.get_or_insert(line.start);
        end = line.end;
        // Without blank lines, a paragraph ends with its line where the line ends a
        // sentence or is a short heading and the next line starts anew.
        let next_starts_anew = lines.get(index + 1).is_some_and(|next| {
            text[next.clone()].starts_with(char::is_uppercase)
                || text[next.clone()].starts_with(['„', '"', '»'])
        });
        let piece = &text[line.clone()];
        let short = piece.chars().count() * 10 < longest * 6 && is_heading(piece);
        let ends_sentence = piece.ends_with(['.', '!', '?', '“', '"', '«', ')']);
        if !blank_lines && next_starts_anew && (short || ends_sentence) {
            blocks.push(start.take().unwrap_or(line.start)..end);
        }
    }
    if let Some(s) = start {
        blocks.push(s..end);
    }
    blocks
}

/// Every line's content (without surrounding white space) as a range; blank lines empty.
fn lines(text: &str) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let leading = line.len() - line.trim_start().len();
        let content = line.trim();
        if content.is_empty() {
            lines.push(at..at);
        } else {
            lines.push(at + leading..at + leading + content.len());
        }
        at += line.len();
    }
    lines
}

/// A short line without a full stop: a title or a section heading.
fn is_heading(block: &str) -> bool {
    let block = block.trim();
    if block.contains('\n') || block.chars().count() > HEADING_MAX_CHARS {
        return false;
    }
    if block.split_whitespace().count() > HEADING_MAX_WORDS {
        return false;
    }
    let unquoted = block.trim_end_matches(['"', '“', '”', '«', '»', '\'']);
    let ends_like_prose = unquoted.ends_with(['.', ',', ';', ':', ')']);
    let starts_lowercase = block.chars().next().is_some_and(char::is_lowercase);
    !ends_like_prose && !starts_lowercase
}

fn opens_quote(c: char) -> bool {
    matches!(c, '„' | '»' | '‚')
}

fn closes_quote(c: char) -> bool {
    matches!(c, '“' | '«' | '‘')
}

/// The sentences of a paragraph, as byte ranges of the article.
fn sentence_ranges(text: &str, block: Range<usize>) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = text[block.clone()]
        .char_indices()
        .map(|(i, c)| (block.start + i, c))
        .collect();
    let mut ranges = Vec::new();
    let mut start = block.start;
    let mut depth = 0_i32;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        match c {
            '"' | '”' => depth = if depth > 0 { depth - 1 } else { 1 },
            c if opens_quote(c) => depth += 1,
            c if closes_quote(c) => depth = (depth - 1).max(0),
            _ => {}
        }
        let ends_here = matches!(c, '.' | '!' | '?' | '…')
            && !(c == '.' && keeps_sentence_going(text, &chars, i));
        if ends_here {
            // Closing quotes and brackets right after the mark belong to the sentence.
            let mut j = i + 1;
            let mut quote_depth = depth;
            while j < chars.len() && matches!(chars[j].1, '"' | '”' | '“' | '«' | '‘' | ')')
            {
                if chars[j].1 != ')' {
                    quote_depth = (quote_depth - 1).max(0);
                }
                j += 1;
            }
            if quote_depth == 0 && starts_new_sentence(&chars, j) {
                let end = chars.get(j).map_or(block.end, |(at, _)| *at);
                ranges.push(start..trim_end(text, start, end));
                depth = 0;
                let next = (j..chars.len()).find(|&k| !chars[k].1.is_whitespace());
                start = next.map_or(block.end, |k| chars[k].0);
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if start < block.end {
        ranges.push(start..trim_end(text, start, block.end));
    }
    ranges.retain(|r| !text[r.clone()].trim().is_empty());
    ranges
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

/// Whether the text after position `j` begins a new sentence: the end of the paragraph, or
/// white space and then a capital, a digit, an opening quote or bracket.
fn starts_new_sentence(chars: &[(usize, char)], j: usize) -> bool {
    if j >= chars.len() {
        return true;
    }
    if !chars[j].1.is_whitespace() {
        return false;
    }
    let next = chars[j..]
        .iter()
        .map(|(_, c)| *c)
        .find(|c| !c.is_whitespace());
    next.is_none_or(|c| {
        c.is_uppercase() || c.is_ascii_digit() || opens_quote(c) || matches!(c, '"' | '(' | '“')
    })
}

/// Whether the full stop at `i` belongs to an abbreviation or an ordinal, not a sentence's
/// end.
fn keeps_sentence_going(text: &str, chars: &[(usize, char)], i: usize) -> bool {
    // The word before the stop.
    let mut k = i;
    while k > 0 && chars[k - 1].1.is_alphanumeric() {
        k -= 1;
    }
    if k == i {
        return false;
    }
    let word = &text[chars[k].0..chars[i].0];
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    let before_is_letter_dot = k >= 2 && chars[k - 1].1 == '.';
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        // "z. B.", "u. a.": single letters with a stop are abbreviations.
        return true;
    }
    if before_is_letter_dot && word.chars().count() <= 2 {
        return true;
    }
    if word.len() <= 2 && word.chars().all(|c| c.is_ascii_digit()) {
        // An ordinal ("17. Juli", "der 3. Gipfel") unless a sentence plainly begins after it.
        let next_word: String = chars[i + 1..]
            .iter()
            .map(|(_, c)| *c)
            .skip_while(|c| c.is_whitespace())
            .take_while(|c| c.is_alphanumeric())
            .collect();
        let next_lower = next_word.to_lowercase();
        let opener = words::DETERMINERS.contains(&next_lower.as_str())
            || words::PRONOUNS.contains(&next_lower.as_str())
            || words::PREPOSITIONS.contains(&next_lower.as_str())
            || words::COORDINATORS.contains(&next_lower.as_str());
        return !(next_word.is_empty() || opener && next_word.starts_with(char::is_uppercase));
    }
    false
}

/// The tokens of a stretch of the article.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let piece = &text[range.clone()];
    let chars: Vec<(usize, char)> = piece.char_indices().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    let next_is =
        |i: usize, test: &dyn Fn(char) -> bool| chars.get(i).is_some_and(|(_, c)| test(*c));
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = at;
        let kind;
        if c.is_ascii_digit() {
            i += 1;
            loop {
                if next_is(i, &|c| c.is_ascii_digit()) {
                    i += 1;
                } else if next_is(i, &|c| c == '.' || c == ',')
                    && next_is(i + 1, &|c| c.is_ascii_digit())
                {
                    i += 2;
                } else {
                    break;
                }
            }
            // "1990er", "3D": digits run into letters.
            if next_is(i, &char::is_alphabetic) {
                while next_is(i, &char::is_alphanumeric) {
                    i += 1;
                }
                kind = TokenKind::Word;
            } else {
                kind = TokenKind::Number;
            }
        } else if c.is_alphabetic() {
            i += 1;
            loop {
                if next_is(i, &char::is_alphanumeric) {
                    i += 1;
                } else if next_is(i, &|c| matches!(c, '-' | '\'' | '’'))
                    && next_is(i + 1, &char::is_alphanumeric)
                {
                    i += 2;
                } else {
                    break;
                }
            }
            kind = TokenKind::Word;
        } else {
            i += 1;
            kind = TokenKind::Punct;
        }
        let end = chars.get(i).map_or(piece.len(), |(at, _)| *at);
        tokens.push(Token {
            range: range.start + start..range.start + end,
            kind,
        });
    }
    tokens
}

fn lexicon(text: &str, sentences: &[Sentence]) -> Lexicon {
    let mut lexicon = Lexicon::default();
    for sentence in sentences {
        for (i, token) in sentence.tokens.iter().enumerate() {
            if token.kind != TokenKind::Word {
                continue;
            }
            let word = &text[token.range.clone()];
            // A word after an opening quote or a colon may be capitalised as a start.
            let after_start = i == 0 || {
                let before = &text[sentence.tokens[i - 1].range.clone()];
                before == ":" || before.chars().all(|c| opens_quote(c) || c == '"')
            };
            let article_before = i > 0 && {
                let before = text[sentence.tokens[i - 1].range.clone()].to_lowercase();
                [
                    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
                    "einer", "eines",
                ]
                .contains(&before.as_str())
            };
            if article_before {
                *lexicon
                    .after_article
                    .entry(word.to_lowercase())
                    .or_default() += 1;
            }
            let entry = lexicon.seen.entry(word.to_lowercase()).or_default();
            if word.starts_with(char::is_uppercase) {
                if !after_start {
                    entry.0 += 1;
                }
            } else {
                entry.1 += 1;
            }
        }
    }
    lexicon
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let article = Article::read(text);
        article
            .sentences
            .iter()
            .map(|s| {
                let (first, last) = (&s.tokens[0], &s.tokens[s.tokens.len() - 1]);
                text[first.range.start..last.range.end].to_string()
            })
            .collect()
    }

    #[test]
    fn a_heading_line_opens_a_section_and_the_first_is_the_title() {
        let text = "Titel des Berichts\n\nErster Abschnitt\n\nDer Text beginnt hier. Er geht weiter.\n\nZweiter Abschnitt\n\nNoch ein Satz.\n";
        let article = Article::read(text);
        assert_eq!(article.title.as_deref(), Some("Titel des Berichts"));
        let titles: Vec<Option<&str>> = article
            .sections
            .iter()
            .map(|s| s.title.as_deref())
            .collect();
        assert_eq!(
            titles,
            [Some("Erster Abschnitt"), Some("Zweiter Abschnitt")]
        );
        assert_eq!(article.sentences.len(), 3);
        assert_eq!(article.sentences[2].section, 1);
    }

    #[test]
    fn without_blank_lines_a_short_line_is_still_a_heading() {
        let text = "Titel des Berichts\nErster Abschnitt\nDer Text beginnt hier, er ist lang genug für eine Zeile.\nZweiter Abschnitt\nNoch ein Satz, der die Zeile füllt und weitergeht.\n";
        let article = Article::read(text);
        let titles: Vec<Option<&str>> = article
            .sections
            .iter()
            .map(|s| s.title.as_deref())
            .collect();
        assert_eq!(
            titles,
            [Some("Erster Abschnitt"), Some("Zweiter Abschnitt")]
        );
        assert_eq!(article.sentences.len(), 2);
    }

    #[test]
    fn abbreviations_ordinals_and_numbers_do_not_end_a_sentence() {
        assert_eq!(
            sentences(
                "Am 17. Juli 1997 brach ein Deich. Der Hydrologe Dr. Pablo Serrano zählte u. a. 120.000 Sandsäcke. Es regnete z. B. im Mai."
            ),
            [
                "Am 17. Juli 1997 brach ein Deich.",
                "Der Hydrologe Dr. Pablo Serrano zählte u. a. 120.000 Sandsäcke.",
                "Es regnete z. B. im Mai.",
            ]
        );
    }

    #[test]
    fn a_quotation_with_several_sentences_stays_one_sentence_with_its_speaker() {
        assert_eq!(
            sentences("„Die Deiche sind nass. Sie werden weich“, sagte er. Dann ging er."),
            [
                "„Die Deiche sind nass. Sie werden weich“, sagte er.",
                "Dann ging er."
            ]
        );
        assert_eq!(
            sentences("Er sagte dem Sender: \"Es ist schlimm.\" Die Verträge sind neu."),
            [
                "Er sagte dem Sender: \"Es ist schlimm.\"",
                "Die Verträge sind neu."
            ]
        );
    }

    #[test]
    fn numbers_and_hyphenated_words_are_single_tokens() {
        let text = "US-Präsident zahlte 6,12 und 120.000 Euro im Jahr 1997.";
        let words: Vec<&str> = tokenize(text, 0..text.len())
            .iter()
            .map(|t| &text[t.range.clone()])
            .collect();
        assert_eq!(
            words,
            [
                "US-Präsident",
                "zahlte",
                "6,12",
                "und",
                "120.000",
                "Euro",
                "im",
                "Jahr",
                "1997",
                "."
            ]
        );
    }
}
