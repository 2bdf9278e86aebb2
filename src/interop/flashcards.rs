//! Flashcards from other programs: Anki's "Notes in Plain Text" export and Quizlet's export
//! (term, tab, definition, one card per line), read into plain question/answer facts and
//! written as a new deck file. Every line that cannot be read is reported with its number;
//! the readable ones are kept.

use crate::deck::limits::{MAX_DECK_BYTES, MAX_FACTS, text_too_long};
use crate::deck::{DeckError, load_str};
use serde::Serialize;
use std::collections::HashMap;
use std::fmt;

/// The program a file came from, as recognised from its first lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardSource {
    /// Anki's text export: `#separator:…`, `#html:…` and column headers, then notes.
    Anki,
    /// One card per line, term and definition separated by a tab (Quizlet, or Anki's
    /// export without headers).
    TabSeparated,
}

impl fmt::Display for CardSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            CardSource::Anki => crate::tr!("import-source-anki"),
            CardSource::TabSeparated => crate::tr!("import-source-tab-separated"),
        })
    }
}

/// One card read from the file.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedCard {
    /// The line the card starts on, for the preview and for messages.
    pub line: usize,
    pub question: String,
    pub answer: String,
}

/// A line that could not be read, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct LineProblem {
    pub line: usize,
    pub trouble: LineTrouble,
}

/// Why a line gave no card; worded (`Display`) in the thread's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineTrouble {
    /// The CSV reader's own complaint (a quote left open…), as it words it.
    Unreadable(String),
    /// A control character (as a code point) in the question or answer.
    ControlCharacter(u32),
    /// The same question and answer as the card on line `first`.
    Duplicate { first: usize },
    /// One field only: the separator (a tab, a space, or the character) is missing.
    NoSeparator(u8),
    /// The question is empty; the start of the answer.
    EmptyQuestion { answer: String },
    /// The answer is empty; the start of the question.
    EmptyAnswer { question: String },
    /// A cloze deletion `{{cN::…}}` that hides nothing.
    EmptyCloze { number: String },
    /// A question or answer longer than a deck's text may be.
    TooLong(crate::deck::DeckProblem),
}

impl fmt::Display for LineTrouble {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::tr;
        let text = match self {
            LineTrouble::Unreadable(reason) => {
                tr!("import-line-unreadable", reason = reason.as_str())
            }
            LineTrouble::ControlCharacter(code) => tr!(
                "import-line-control-character",
                code = format!("U+{code:04X}")
            ),
            LineTrouble::Duplicate { first } => {
                tr!("import-line-duplicate", first = first.to_string())
            }
            LineTrouble::NoSeparator(separator) => {
                let separator = match separator {
                    b'\t' => tr!("import-separator-tab"),
                    b' ' => tr!("import-separator-space"),
                    other => format!("`{}`", *other as char),
                };
                tr!("import-line-no-separator", separator = separator)
            }
            LineTrouble::EmptyQuestion { answer } => {
                tr!("import-line-empty-question", answer = answer.as_str())
            }
            LineTrouble::EmptyAnswer { question } => {
                tr!("import-line-empty-answer", question = question.as_str())
            }
            LineTrouble::EmptyCloze { number } => {
                tr!("import-line-empty-cloze", number = number.as_str())
            }
            LineTrouble::TooLong(problem) => problem.to_string(),
        };
        f.write_str(&text)
    }
}

/// What a file yielded: the cards, and a message for every line that gave none.
#[derive(Debug, Clone, PartialEq)]
pub struct CardImport {
    pub source: CardSource,
    pub cards: Vec<ImportedCard>,
    pub problems: Vec<LineProblem>,
}

/// Reads an Anki text export or a Quizlet export. Never fails as a whole: what cannot be
/// read is listed in `problems`, line by line.
pub fn read_cards(text: &str) -> CardImport {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header = AnkiHeader::read(text);
    let source = if header.lines > 0 {
        CardSource::Anki
    } else {
        CardSource::TabSeparated
    };
    let mut import = CardImport {
        source,
        cards: Vec::new(),
        problems: Vec::new(),
    };
    let body: String = text
        .lines()
        .skip(header.lines)
        .collect::<Vec<_>>()
        .join("\n");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(header.separator)
        // Quizlet writes quotes as they are; only Anki quotes fields.
        .quoting(source == CardSource::Anki)
        .from_reader(body.as_bytes());
    let mut first_seen: HashMap<(String, String), usize> = HashMap::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(0, |p| p.line() as usize) + header.lines;
                import.problems.push(LineProblem {
                    line,
                    trouble: LineTrouble::Unreadable(error.to_string()),
                });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize) + header.lines;
        if record.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        match header.cards_of(&record) {
            Ok(cards) => {
                for (question, answer) in cards {
                    // Tabs and line breaks were made spaces; any control character left
                    // (an escape sequence, a bell) is no text and could act on a terminal.
                    if let Some(c) = question
                        .chars()
                        .chain(answer.chars())
                        .find(|c| c.is_control())
                    {
                        import.problems.push(LineProblem {
                            line,
                            trouble: LineTrouble::ControlCharacter(u32::from(c)),
                        });
                        continue;
                    }
                    // A deck refuses texts this long; the card is left out here, not the
                    // whole deck file when it is loaded.
                    if let Some(problem) = text_too_long("question", &question)
                        .or_else(|| text_too_long("answer", &answer))
                    {
                        import.problems.push(LineProblem {
                            line,
                            trouble: LineTrouble::TooLong(problem),
                        });
                        continue;
                    }
                    let key = (question.clone(), answer.clone());
                    if let Some(first) = first_seen.get(&key) {
                        import.problems.push(LineProblem {
                            line,
                            trouble: LineTrouble::Duplicate { first: *first },
                        });
                        continue;
                    }
                    first_seen.insert(key, line);
                    import.cards.push(ImportedCard {
                        line,
                        question,
                        answer,
                    });
                }
            }
            Err(trouble) => import.problems.push(LineProblem { line, trouble }),
        }
    }
    import
}

/// The `#key:value` lines at the top of an Anki export, and what they say.
struct AnkiHeader {
    /// How many lines the header takes.
    lines: usize,
    separator: u8,
    html: bool,
    /// Columns (0-based) that hold the note's guid, note type, deck or tags: not card text.
    skipped_columns: Vec<usize>,
    /// The column naming each note's type, or the type of every note (`#notetype:`).
    notetype_column: Option<usize>,
    notetype: Option<String>,
}

impl AnkiHeader {
    fn read(text: &str) -> AnkiHeader {
        let mut header = AnkiHeader {
            lines: 0,
            separator: b'\t',
            html: false,
            skipped_columns: Vec::new(),
            notetype_column: None,
            notetype: None,
        };
        for line in text.lines() {
            let Some((key, value)) = line.strip_prefix('#').and_then(|rest| rest.split_once(':'))
            else {
                break;
            };
            let value = value.trim();
            match key.trim() {
                "separator" => {
                    header.separator = match value.to_ascii_lowercase().as_str() {
                        "tab" => b'\t',
                        "comma" => b',',
                        "semicolon" => b';',
                        "space" => b' ',
                        "pipe" => b'|',
                        "colon" => b':',
                        _ if value.len() == 1 => value.as_bytes()[0],
                        _ => b'\t',
                    }
                }
                "html" => header.html = value.eq_ignore_ascii_case("true"),
                "notetype" => header.notetype = Some(value.to_string()),
                "guid column" | "notetype column" | "deck column" | "tags column" => {
                    if let Ok(column) = value.parse::<usize>() {
                        header.skipped_columns.push(column.saturating_sub(1));
                        if key.trim() == "notetype column" {
                            header.notetype_column = Some(column.saturating_sub(1));
                        }
                    }
                }
                // `#columns`, `#deck`, `#tags` and future keys change nothing about which
                // text is the question and which the answer.
                _ => {}
            }
            header.lines += 1;
        }
        header
    }

    /// The question/answer pairs of one note: one for a basic note, two for a note type
    /// with a reversed card ("Basic (and reversed card)", "Einfach (mit umgekehrter
    /// Karte)"), one per cloze deletion for a cloze note.
    fn cards_of(&self, record: &csv::StringRecord) -> Result<Vec<(String, String)>, LineTrouble> {
        let fields: Vec<String> = record
            .iter()
            .enumerate()
            .filter(|(column, _)| !self.skipped_columns.contains(column))
            .map(|(_, field)| self.plain(field))
            .collect();
        let front = fields.first().map(String::as_str).unwrap_or_default();
        if has_cloze(front) {
            return cloze_cards(front);
        }
        match fields.as_slice() {
            [] | [_] => Err(LineTrouble::NoSeparator(self.separator)),
            [question, answer, ..] if question.is_empty() => Err(LineTrouble::EmptyQuestion {
                answer: shorten(answer),
            }),
            [question, answer, ..] if answer.is_empty() => Err(LineTrouble::EmptyAnswer {
                question: shorten(question),
            }),
            [question, answer, ..] if self.is_reversed(record) => Ok(vec![
                (question.clone(), answer.clone()),
                (answer.clone(), question.clone()),
            ]),
            [question, answer, ..] => Ok(vec![(question.clone(), answer.clone())]),
        }
    }

    /// Whether the note's type asks both ways, by its name in English or German.
    fn is_reversed(&self, record: &csv::StringRecord) -> bool {
        let name = self
            .notetype_column
            .and_then(|column| record.get(column))
            .or(self.notetype.as_deref())
            .unwrap_or_default()
            .to_lowercase();
        name.contains("reverse") || name.contains("umgekehrt")
    }

    /// A field as plain text: HTML tags and sound references removed, entities decoded,
    /// white space collapsed.
    fn plain(&self, field: &str) -> String {
        let text = if self.html {
            let with_breaks = field
                .replace("<br>", " ")
                .replace("<br/>", " ")
                .replace("<br />", " ")
                .replace("</div>", " ");
            html_escape::decode_html_entities(&strip_tags(&with_breaks)).into_owned()
        } else {
            field.to_string()
        };
        strip_sounds(&text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn shorten(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Removes Anki's `[sound:file.mp3]` references, which mean nothing outside Anki.
fn strip_sounds(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("[sound:") {
        out.push_str(&rest[..start]);
        match rest[start..].find(']') {
            Some(end) => rest = &rest[start + end + 1..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

fn has_cloze(text: &str) -> bool {
    clozes(text).next().is_some()
}

/// A cloze deletion `{{cN::answer}}` or `{{cN::answer::hint}}` in a note's text.
struct Cloze<'a> {
    /// Byte range of the whole `{{…}}`.
    start: usize,
    end: usize,
    number: u32,
    answer: &'a str,
    hint: Option<&'a str>,
}

fn clozes(text: &str) -> impl Iterator<Item = Cloze<'_>> {
    let mut from = 0;
    std::iter::from_fn(move || {
        loop {
            let start = from + text.get(from..)?.find("{{c")?;
            let end = start + text[start..].find("}}")? + 2;
            from = start + 3;
            let inner = &text[start + 3..end - 2];
            let Some((number, rest)) = inner.split_once("::") else {
                continue;
            };
            let Ok(number) = number.parse::<u32>() else {
                continue;
            };
            let (answer, hint) = match rest.split_once("::") {
                Some((answer, hint)) => (answer, Some(hint)),
                None => (rest, None),
            };
            from = end;
            return Some(Cloze {
                start,
                end,
                number,
                answer,
                hint,
            });
        }
    })
}

/// One card per cloze number: that deletion hidden (as `[…]` or `[hint]`), the others
/// shown; the answer is the hidden text.
fn cloze_cards(text: &str) -> Result<Vec<(String, String)>, LineTrouble> {
    let mut numbers: Vec<u32> = clozes(text).map(|c| c.number).collect();
    numbers.sort_unstable();
    numbers.dedup();
    let mut cards = Vec::new();
    for number in numbers {
        let mut question = String::new();
        let mut answers = Vec::new();
        let mut last = 0;
        for cloze in clozes(text) {
            question.push_str(&text[last..cloze.start]);
            if cloze.number == number {
                question.push_str(&format!("[{}]", cloze.hint.unwrap_or("…")));
                answers.push(cloze.answer.trim().to_string());
            } else {
                question.push_str(cloze.answer);
            }
            last = cloze.end;
        }
        question.push_str(&text[last..]);
        let answer = answers.join(", ");
        if answer.is_empty() {
            return Err(LineTrouble::EmptyCloze {
                number: number.to_string(),
            });
        }
        cards.push((question.trim().to_string(), answer));
    }
    Ok(cards)
}

/// A deck file made of imported cards.
#[derive(Serialize)]
struct DeckFile<'a> {
    deck: DeckMeta<'a>,
    topics: [TopicEntry; 1],
    facts: Vec<FactEntry<'a>>,
}

#[derive(Serialize)]
struct DeckMeta<'a> {
    id: &'a str,
    title: &'a str,
    description: String,
}

#[derive(Serialize)]
struct TopicEntry {
    id: &'static str,
    name: String,
}

#[derive(Serialize)]
struct FactEntry<'a> {
    id: String,
    kind: &'static str,
    topic: &'static str,
    question: &'a str,
    answer: &'a str,
}

/// Why imported cards could not be made into a deck file; worded (`Display`) in the
/// thread's language.
#[derive(Debug, thiserror::Error)]
pub enum DeckFileError {
    NoCards,
    BadDeckId(String),
    /// The title holds this control character (as a code point).
    BadTitle(u32),
    /// The file holds more cards than a deck may have facts.
    TooManyCards(usize),
    /// The deck file would be this many bytes, more than a deck file may be.
    TooLarge(u64),
    /// The file written does not load back, which is a bug; the deck's problems, worded.
    Invalid(String),
    Serialise(#[from] toml::ser::Error),
}

impl fmt::Display for DeckFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::tr;
        let text = match self {
            DeckFileError::NoCards => tr!("import-error-no-cards"),
            DeckFileError::BadDeckId(id) => tr!("import-error-bad-deck-id", id = id.as_str()),
            DeckFileError::BadTitle(code) => {
                tr!("import-error-bad-title", code = format!("U+{code:04X}"))
            }
            DeckFileError::TooManyCards(cards) => {
                tr!(
                    "import-error-too-many-cards",
                    count = *cards,
                    most = MAX_FACTS
                )
            }
            DeckFileError::TooLarge(bytes) => tr!(
                "import-error-too-large",
                megabytes = bytes.div_ceil(1024 * 1024),
                most = MAX_DECK_BYTES / (1024 * 1024)
            ),
            DeckFileError::Invalid(problems) => {
                tr!("import-error-invalid", problems = problems.as_str())
            }
            DeckFileError::Serialise(e) => tr!("import-error-serialise", reason = e.to_string()),
        };
        f.write_str(&text)
    }
}

/// The text of a deck file holding `cards` as plain question/answer facts, checked by
/// loading it back. Fact ids come from the questions, so importing an edited export again
/// keeps the progress of every card whose question did not change.
pub fn deck_file(
    cards: &[ImportedCard],
    deck_id: &str,
    title: &str,
    origin: &str,
) -> Result<String, DeckFileError> {
    if cards.is_empty() {
        return Err(DeckFileError::NoCards);
    }
    // The loader's limits, checked before anything is written: a deck the loader would
    // refuse is no import.
    if cards.len() > MAX_FACTS {
        return Err(DeckFileError::TooManyCards(cards.len()));
    }
    if let Some(c) = title.chars().find(|c| c.is_control()) {
        return Err(DeckFileError::BadTitle(u32::from(c)));
    }
    if deck_id.is_empty()
        || !deck_id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
    {
        return Err(DeckFileError::BadDeckId(deck_id.to_string()));
    }
    let mut taken: HashMap<String, usize> = HashMap::new();
    let facts = cards
        .iter()
        .map(|card| {
            let base = id_from(&card.question);
            let count = taken.entry(base.clone()).or_insert(0);
            *count += 1;
            let id = if *count == 1 {
                base
            } else {
                format!("{base}-{count}")
            };
            FactEntry {
                id,
                kind: "question",
                topic: "importiert",
                question: &card.question,
                answer: &card.answer,
            }
        })
        .collect();
    let file = DeckFile {
        deck: DeckMeta {
            id: deck_id,
            title,
            // Written in the learner's language: the deck is theirs, and its one topic is
            // named on every screen that lists topics.
            description: crate::tr!("import-deck-description", origin = origin),
        },
        topics: [TopicEntry {
            id: "importiert",
            name: crate::tr!("import-topic-name"),
        }],
        facts,
    };
    let text = toml::to_string(&file)?;
    if text.len() as u64 > MAX_DECK_BYTES {
        return Err(DeckFileError::TooLarge(text.len() as u64));
    }
    load_str("import", &text).map_err(|errors: Vec<DeckError>| {
        DeckFileError::Invalid(
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
        )
    })?;
    Ok(text)
}

/// A deck or fact id made from free text: lowercase ASCII, German letters spelled out,
/// everything else a hyphen, at most 48 characters.
pub fn id_from(text: &str) -> String {
    let mut id = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let spelled = match c {
            'ä' => "ae",
            'ö' => "oe",
            'ü' => "ue",
            'ß' => "ss",
            c if c.is_ascii_alphanumeric() => {
                id.push(c);
                continue;
            }
            _ => "-",
        };
        if spelled == "-" && (id.is_empty() || id.ends_with('-')) {
            continue;
        }
        id.push_str(spelled);
        if id.len() >= 48 {
            break;
        }
    }
    let id = id.trim_end_matches('-').to_string();
    if id.is_empty() {
        "karte".to_string()
    } else {
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(import: &CardImport) -> Vec<(&str, &str)> {
        import
            .cards
            .iter()
            .map(|c| (c.question.as_str(), c.answer.as_str()))
            .collect()
    }

    #[test]
    fn quizlet_lines_become_cards() {
        let import = read_cards("Kohle\tcoal\nEisen\tiron\n");
        assert_eq!(import.source, CardSource::TabSeparated);
        assert_eq!(pairs(&import), [("Kohle", "coal"), ("Eisen", "iron")]);
        assert!(import.problems.is_empty());
    }

    #[test]
    fn a_line_without_a_tab_is_reported_and_the_others_kept() {
        let import = read_cards("Kohle\tcoal\nEisen iron\nBlei\tlead\n");
        assert_eq!(import.cards.len(), 2);
        assert_eq!(import.problems.len(), 1);
        assert_eq!(import.problems[0].line, 2);
        assert_eq!(import.problems[0].trouble, LineTrouble::NoSeparator(b'\t'));
    }

    #[test]
    fn quizlet_quotes_are_text() {
        let import = read_cards("Das \"Schlange stehen\"\tqueueing\n");
        assert_eq!(pairs(&import), [("Das \"Schlange stehen\"", "queueing")]);
    }

    #[test]
    fn anki_headers_choose_the_columns_and_html_is_removed() {
        let text = "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n\
                    #deck column:3\n#tags column:6\n\
                    abc\tBasic\tArtikel\tWer ist <b>Maaßen</b>?\tVerfassungsschutz&shy;präsident<br>damals\tpersonen\n";
        let import = read_cards(text);
        assert_eq!(import.source, CardSource::Anki);
        assert_eq!(
            pairs(&import),
            [("Wer ist Maaßen?", "Verfassungsschutz\u{ad}präsident damals")]
        );
        assert_eq!(import.cards[0].line, 7);
    }

    #[test]
    fn anki_quoted_fields_may_hold_the_separator_and_line_breaks() {
        let text =
            "#separator:comma\n#html:false\n\"Frage, mit Komma\",\"Antwort\nzweite Zeile\"\n";
        let import = read_cards(text);
        assert_eq!(
            pairs(&import),
            [("Frage, mit Komma", "Antwort zweite Zeile")]
        );
    }

    #[test]
    fn a_reversed_note_gives_a_card_each_way() {
        let text = "#separator:tab\n#notetype column:1\n\
                    Basic (and reversed card)\tChassan\tGrenzstadt\n\
                    Basic\tKohle\tcoal\n";
        let import = read_cards(text);
        assert_eq!(
            pairs(&import),
            [
                ("Chassan", "Grenzstadt"),
                ("Grenzstadt", "Chassan"),
                ("Kohle", "coal")
            ]
        );
    }

    #[test]
    fn a_cloze_note_gives_one_card_per_deletion() {
        let text = "#separator:tab\n#html:true\n\
                    Nordkorea schickt {{c1::über 120.000}} Arbeiter nach {{c2::Russland::Land}}.\t\n";
        let import = read_cards(text);
        assert_eq!(
            pairs(&import),
            [
                (
                    "Nordkorea schickt […] Arbeiter nach Russland.",
                    "über 120.000"
                ),
                (
                    "Nordkorea schickt über 120.000 Arbeiter nach [Land].",
                    "Russland"
                ),
            ]
        );
    }

    #[test]
    fn an_empty_answer_is_reported() {
        let import = read_cards("Kohle\t\n");
        assert!(import.cards.is_empty());
        assert_eq!(
            import.problems[0].trouble,
            LineTrouble::EmptyAnswer {
                question: "Kohle".to_string()
            }
        );
    }

    #[test]
    fn a_repeated_card_is_kept_once() {
        let import = read_cards("Kohle\tcoal\nKohle\tcoal\n");
        assert_eq!(import.cards.len(), 1);
        assert_eq!(
            import.problems[0].trouble,
            LineTrouble::Duplicate { first: 1 }
        );
    }

    #[test]
    fn a_card_with_a_control_character_is_left_out_with_its_line() {
        let import = read_cards("Kohle\tcoal\nFrage \u{1b}[2J\tAntwort\nEisen\tiron\u{7}\n");
        assert_eq!(pairs(&import), [("Kohle", "coal")]);
        let lines: Vec<usize> = import.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [2, 3]);
        assert_eq!(
            import.problems[0].trouble,
            LineTrouble::ControlCharacter(0x1b)
        );
    }

    #[test]
    fn sound_references_are_dropped() {
        let import = read_cards("Kohle [sound:kohle.mp3]\tcoal\n");
        assert_eq!(pairs(&import), [("Kohle", "coal")]);
    }

    #[test]
    fn the_deck_file_loads_as_question_facts() {
        let import = read_cards("Was ist Kohle?\tcoal\nWas ist Kohle?\tcarbon\n");
        let text = deck_file(&import.cards, "vokabeln", "Vokabeln", "vokabeln.txt").unwrap();
        let deck = load_str("vokabeln.toml", &text).unwrap();
        assert_eq!(deck.facts.len(), 2);
        assert_eq!(deck.facts[0].id, "was-ist-kohle");
        assert_eq!(deck.facts[1].id, "was-ist-kohle-2");
        assert_eq!(deck.cards[0].id.as_str(), "was-ist-kohle/answer");
        assert_eq!(deck.cards[1].answer, "carbon");
    }

    #[test]
    fn an_unusable_deck_id_is_refused() {
        let import = read_cards("a\tb\n");
        assert!(matches!(
            deck_file(&import.cards, "Meine Karten", "t", "x"),
            Err(DeckFileError::BadDeckId(_))
        ));
    }

    #[test]
    fn a_title_with_a_control_character_is_refused() {
        let import = read_cards("a\tb\n");
        assert!(matches!(
            deck_file(&import.cards, "d", "Titel\u{1b}[2J", "x"),
            Err(DeckFileError::BadTitle(0x1b))
        ));
    }

    #[test]
    fn ids_spell_out_german_letters() {
        assert_eq!(id_from("Größe der Öl-Importe?"), "groesse-der-oel-importe");
        assert_eq!(id_from("???"), "karte");
    }
}
