//! The interface's two languages stay complete: every message exists in English and
//! German, every message the code uses exists, and every message formats. Every problem
//! the core can report (its error values) is worded in German for a German learner, and
//! the command line speaks German when asked to, or when the learner chose German.

mod common;

use factdeck::i18n::{ENGLISH_FTL, FluentArgs, FluentValue, GERMAN_FTL, Language, Messages};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The ids a `.ftl` file defines, in order, with duplicates kept.
fn ids_in(ftl: &str) -> Vec<String> {
    ftl.lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|line| line.split_once('='))
        .map(|(id, _)| id.trim().to_string())
        .collect()
}

/// The text of one message: its first line and every line after it up to the next
/// message, comment or blank line (placeables may close at the start of a line).
fn message_text(ftl: &str, id: &str) -> String {
    let starts_entry = |l: &str| {
        l.trim().is_empty()
            || l.starts_with('#')
            || (l.starts_with(|c: char| c.is_ascii_lowercase()) && l.contains(" ="))
    };
    let mut lines = ftl
        .lines()
        .skip_while(|l| !(l.starts_with(id) && l[id.len()..].trim_start().starts_with('=')));
    let mut text = lines.next().unwrap_or_default().to_string();
    for line in lines.take_while(|l| !starts_entry(l)) {
        text.push('\n');
        text.push_str(line);
    }
    text
}

/// Whether a formatted text still holds a placeholder: Fluent writes a variable it was
/// not given as `{$name}` and a missing message as `{id}`. (`{}` is a deck file's own
/// placeholder, which messages about `item_claim` quote.)
fn unfilled(text: &str) -> bool {
    text.replace("{}", "").contains('{')
}

/// The `$variables` a message refers to.
fn variables(text: &str) -> BTreeSet<String> {
    text.split('$')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect()
        })
        .collect()
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("the source folder reads") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Every id passed to `tr!` as a string literal anywhere in `src/`, with where it is.
fn ids_used_in_source() -> Vec<(String, PathBuf)> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut used = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).expect("a source file reads");
        // Comments (the module's own instructions) are not uses.
        let code: String = source
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for (at, _) in code.match_indices("tr!(") {
            // `include_str!(` ends in `tr!(` too.
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            if let Some(literal) = code[at + 4..].trim_start().strip_prefix('"')
                && let Some(end) = literal.find('"')
            {
                used.push((literal[..end].to_string(), file.clone()));
            }
        }
    }
    used
}

#[test]
fn english_and_german_define_the_same_messages() {
    let english: BTreeSet<String> = ids_in(ENGLISH_FTL).into_iter().collect();
    let german: BTreeSet<String> = ids_in(GERMAN_FTL).into_iter().collect();
    let only_english: Vec<_> = english.difference(&german).collect();
    let only_german: Vec<_> = german.difference(&english).collect();
    assert!(
        only_english.is_empty() && only_german.is_empty(),
        "missing from de.ftl: {only_english:?}; missing from en.ftl: {only_german:?}"
    );
}

#[test]
fn no_message_is_defined_twice_in_a_language() {
    for (name, ftl) in [("en.ftl", ENGLISH_FTL), ("de.ftl", GERMAN_FTL)] {
        let mut seen = BTreeSet::new();
        let twice: Vec<String> = ids_in(ftl)
            .into_iter()
            .filter(|id| !seen.insert(id.clone()))
            .collect();
        assert!(twice.is_empty(), "defined twice in {name}: {twice:?}");
    }
}

#[test]
fn every_message_the_code_uses_exists_in_both_languages() {
    let used = ids_used_in_source();
    assert!(
        used.len() > 100,
        "the scan found only {} uses of tr!",
        used.len()
    );
    for language in Language::ALL {
        let messages = Messages::new(language);
        let missing: Vec<String> = used
            .iter()
            .filter(|(id, _)| !messages.has(id))
            .map(|(id, file)| format!("{id} ({})", file.display()))
            .collect();
        assert!(missing.is_empty(), "missing in {language:?}: {missing:#?}");
    }
}

#[test]
fn every_message_formats_without_errors_in_both_languages() {
    for (language, ftl) in [
        (Language::English, ENGLISH_FTL),
        (Language::German, GERMAN_FTL),
    ] {
        let messages = Messages::new(language);
        for id in ids_in(ftl) {
            let text = message_text(ftl, &id);
            // Once with a singular and once with a plural count, so both branches format.
            for count in [1, 3] {
                let mut args = FluentArgs::new();
                for variable in variables(&text) {
                    args.set(variable, FluentValue::from(count));
                }
                let (formatted, errors) = messages.format(&id, Some(&args));
                assert!(errors.is_empty(), "{language:?} {id}: {errors:?}");
                assert!(!formatted.trim().is_empty(), "{language:?} {id} is empty");
                assert!(
                    !unfilled(&formatted),
                    "{language:?} {id} left a placeholder: {formatted}"
                );
            }
        }
    }
}

#[test]
fn the_shipped_message_files_parse_without_errors() {
    for (name, ftl) in [("en.ftl", ENGLISH_FTL), ("de.ftl", GERMAN_FTL)] {
        if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(ftl.to_string()) {
            panic!("{name} does not parse: {errors:?}");
        }
    }
}

mod every_error_is_worded {
    //! One value of every variant of every error the core forms, worded in English and in
    //! German: the German wording must be a different text, with nothing left unfilled.
    //! Each list is checked against its enum by an exhaustive `match`, so a new variant
    //! does not compile until it is added here (and so worded in both files).

    use super::unfilled;
    use factdeck::bounded_file::BoundedReadError;
    use factdeck::cli::RestoreError;
    use factdeck::deck::{
        Counted, DateProblem, DeckError, DeckNotice, DeckProblem, EditError, Expected, Found, IdOf,
    };
    use factdeck::draft::DraftError;
    use factdeck::i18n::{Language, set_language};
    use factdeck::interop::flashcards::{DeckFileError, LineTrouble};
    use factdeck::interop::import_file::{CardDeckError, ImportFileError};
    use factdeck::interop::revlog_csv::{CsvError, RowProblem, RowRefusal};
    use factdeck::quiz::{LintProblem, Unfair};
    use factdeck::reading::ArticleError;
    use factdeck::schedule::ScheduleError;
    use factdeck::schedule::evaluate::EvaluateError;
    use factdeck::session::recovery::{FileChange, Finding, HeldProgress};
    use factdeck::session::sync::SyncProblem;
    use factdeck::session::{BackupFailure, ReadOnlyReason, SessionError};
    use factdeck::store::{FileAction, StoreError};
    use std::path::PathBuf;
    use std::sync::Arc;

    /// Words every value in English and in German; names each one that is not German.
    fn assert_worded_in_german<T>(values: &[T], word: impl Fn(&T) -> String) {
        let mut unworded = Vec::new();
        for value in values {
            set_language(Language::English);
            let english = word(value);
            set_language(Language::German);
            let german = word(value);
            set_language(Language::English);
            if german == english || unfilled(&german) || german.trim().is_empty() {
                unworded.push(format!("{english}  →  {german}"));
            }
        }
        assert!(unworded.is_empty(), "not worded in German: {unworded:#?}");
    }

    fn path() -> PathBuf {
        PathBuf::from("/home/lea/factdeck/progress.sqlite3")
    }

    fn io() -> std::io::Error {
        std::io::Error::from(std::io::ErrorKind::PermissionDenied)
    }

    fn sqlite() -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(13), None)
    }

    fn texts(items: &[&str]) -> Vec<String> {
        items.iter().map(ToString::to_string).collect()
    }

    fn deck_problems() -> Vec<DeckProblem> {
        let wrong_type = |key: Option<&str>, expected, found| DeckProblem::WrongType {
            key: key.map(str::to_string),
            expected,
            found,
        };
        vec![
            DeckProblem::Toml("invalid table header".to_string()),
            DeckProblem::ControlCharacter(0x1b),
            DeckProblem::TextNotClosed,
            DeckProblem::TableHeaderNotClosed,
            DeckProblem::KeyTwice("cue".to_string()),
            DeckProblem::KeyWithoutValue,
            DeckProblem::UnknownEscape,
            DeckProblem::ValueMissing,
            wrong_type(Some("cue"), Expected::Text, Found::Number("42".to_string())),
            wrong_type(None, Expected::Boolean, Found::Text("\"ja\"".to_string())),
            wrong_type(Some("items"), Expected::List, Found::Table),
            wrong_type(Some("cue"), Expected::Text, Found::List),
            DeckProblem::UnknownKeyInTable {
                key: "titel".to_string(),
                table: "[deck]".to_string(),
                allowed: texts(&["id", "title"]),
            },
            DeckProblem::TableMissingKey {
                table: "[deck]".to_string(),
                key: "title".to_string(),
            },
            DeckProblem::UnknownTopLevelKey("fakten".to_string()),
            DeckProblem::EmptyFile,
            DeckProblem::NoDeckTable,
            DeckProblem::NoTopics,
            DeckProblem::NoFacts,
            DeckProblem::DuplicateFactId("gipfel".to_string()),
            DeckProblem::DuplicateTopicId("orte".to_string()),
            DeckProblem::DuplicateSectionId("s1".to_string()),
            DeckProblem::NotTables("topics".to_string()),
            DeckProblem::FactNotTable,
            DeckProblem::EmptyId(IdOf::Topic),
            DeckProblem::BadId {
                of: IdOf::Fact,
                id: "Gipfel".to_string(),
            },
            DeckProblem::EmptyValue("question".to_string()),
            DeckProblem::FactWithoutKind,
            DeckProblem::KindNotText,
            DeckProblem::FactMissing("topic".to_string()),
            DeckProblem::UnknownKind {
                name: "zahl".to_string(),
                kinds: texts(&["number", "date"]),
            },
            DeckProblem::UnknownKeyForKind {
                key: "unit".to_string(),
                kind: "date".to_string(),
                allowed: texts(&["date", "question"]),
            },
            DeckProblem::KindMissingKey {
                kind: "number".to_string(),
                key: "value".to_string(),
            },
            DeckProblem::UnknownTopic {
                topic: "nope".to_string(),
                known: texts(&["orte"]),
                more: 0,
            },
            DeckProblem::UnknownTopic {
                topic: "nope".to_string(),
                known: texts(&["orte"]),
                more: 30,
            },
            DeckProblem::UnknownSection {
                section: "s9".to_string(),
                known: Vec::new(),
                more: 0,
            },
            DeckProblem::NestedTooDeeply,
            DeckProblem::IdTooLong {
                of: IdOf::Deck,
                chars: 201,
                most: 200,
            },
            DeckProblem::TextTooLong {
                key: "question".to_string(),
                chars: 10_001,
                most: 10_000,
            },
            DeckProblem::FigureTooLarge("value".to_string()),
            DeckProblem::TooMany {
                what: Counted::Facts,
                count: 200_001,
                most: 200_000,
            },
            DeckProblem::TooMany {
                what: Counted::Topics,
                count: 10_001,
                most: 10_000,
            },
            DeckProblem::TooMany {
                what: Counted::Sections,
                count: 10_001,
                most: 10_000,
            },
            DeckProblem::ListTooLong {
                key: "items".to_string(),
                count: 101,
                most: 100,
            },
            DeckProblem::MoreProblems(900),
            DeckProblem::BadDate {
                key: None,
                problem: DateProblem::NotADate("Frühling".to_string()),
            },
            DeckProblem::BadDate {
                key: Some("as_of".to_string()),
                problem: DateProblem::NotADay("2019-02-30".to_string()),
            },
            DeckProblem::NotAFigure {
                key: "wrong_options".to_string(),
                text: "viele".to_string(),
            },
            DeckProblem::NotANumber("`viele`".to_string()),
            DeckProblem::ItemClaimPlaceholder,
            DeckProblem::EmptyList("items".to_string()),
            DeckProblem::TwiceInList {
                text: "Kohle".to_string(),
                key: "items".to_string(),
            },
            DeckProblem::IdUsedBy {
                id: "kim".to_string(),
                other: "decks/a.toml".to_string(),
            },
            DeckProblem::DeckFolderUnreadable("permission denied".to_string()),
            DeckProblem::FolderUnreadable("permission denied".to_string()),
            DeckProblem::NoDeckFiles,
            DeckProblem::FileUnreadable("permission denied".to_string()),
            DeckProblem::TooLarge {
                megabytes: 70,
                most: 64,
            },
            DeckProblem::Utf32,
            DeckProblem::Utf16,
            DeckProblem::Utf16WithoutMark,
            DeckProblem::ZeroByte,
            DeckProblem::Latin1 { byte: 0xE4 },
            DeckProblem::BinaryByte { byte: 0x89 },
            DeckProblem::NotUtf8 { byte: 0x80 },
            DeckProblem::Lint {
                rule: "prompt-holds-answer".to_string(),
                fact: "gipfel".to_string(),
                finding: "the prompt holds the answer".to_string(),
            },
            DeckProblem::NoCue {
                fact: "gipfel".to_string(),
                article: "artikel.txt".to_string(),
            },
            DeckProblem::CueNotInArticle {
                fact: "gipfel".to_string(),
                cue: "Gipfel".to_string(),
                article: "artikel.txt".to_string(),
            },
        ]
    }

    /// Fails to compile when `DeckProblem` gains a variant `deck_problems` may lack.
    fn _every_deck_problem_is_listed(problem: &DeckProblem) {
        match problem {
            DeckProblem::Toml(_)
            | DeckProblem::ControlCharacter(_)
            | DeckProblem::TextNotClosed
            | DeckProblem::TableHeaderNotClosed
            | DeckProblem::KeyTwice(_)
            | DeckProblem::KeyWithoutValue
            | DeckProblem::UnknownEscape
            | DeckProblem::ValueMissing
            | DeckProblem::WrongType { .. }
            | DeckProblem::UnknownKeyInTable { .. }
            | DeckProblem::TableMissingKey { .. }
            | DeckProblem::UnknownTopLevelKey(_)
            | DeckProblem::EmptyFile
            | DeckProblem::NoDeckTable
            | DeckProblem::NoTopics
            | DeckProblem::NoFacts
            | DeckProblem::DuplicateFactId(_)
            | DeckProblem::DuplicateTopicId(_)
            | DeckProblem::DuplicateSectionId(_)
            | DeckProblem::NotTables(_)
            | DeckProblem::FactNotTable
            | DeckProblem::EmptyId(_)
            | DeckProblem::BadId { .. }
            | DeckProblem::EmptyValue(_)
            | DeckProblem::FactWithoutKind
            | DeckProblem::KindNotText
            | DeckProblem::FactMissing(_)
            | DeckProblem::UnknownKind { .. }
            | DeckProblem::UnknownKeyForKind { .. }
            | DeckProblem::KindMissingKey { .. }
            | DeckProblem::UnknownTopic { .. }
            | DeckProblem::UnknownSection { .. }
            | DeckProblem::BadDate { .. }
            | DeckProblem::NotAFigure { .. }
            | DeckProblem::NotANumber(_)
            | DeckProblem::ItemClaimPlaceholder
            | DeckProblem::EmptyList(_)
            | DeckProblem::TwiceInList { .. }
            | DeckProblem::IdUsedBy { .. }
            | DeckProblem::DeckFolderUnreadable(_)
            | DeckProblem::FolderUnreadable(_)
            | DeckProblem::NoDeckFiles
            | DeckProblem::FileUnreadable(_)
            | DeckProblem::TooLarge { .. }
            | DeckProblem::Utf32
            | DeckProblem::Utf16
            | DeckProblem::Utf16WithoutMark
            | DeckProblem::ZeroByte
            | DeckProblem::Latin1 { .. }
            | DeckProblem::BinaryByte { .. }
            | DeckProblem::NotUtf8 { .. }
            | DeckProblem::Lint { .. }
            | DeckProblem::NoCue { .. }
            | DeckProblem::CueNotInArticle { .. }
            | DeckProblem::NestedTooDeeply
            | DeckProblem::IdTooLong { .. }
            | DeckProblem::TextTooLong { .. }
            | DeckProblem::FigureTooLarge(_)
            | DeckProblem::TooMany { .. }
            | DeckProblem::ListTooLong { .. }
            | DeckProblem::MoreProblems(_) => {}
        }
    }

    #[test]
    fn every_deck_problem_is_worded_in_german() {
        assert_worded_in_german(&deck_problems(), ToString::to_string);
        let errors: Vec<DeckError> = deck_problems()
            .into_iter()
            .map(|problem| DeckError::new("decks/eigener.toml", 3, 1, problem))
            .collect();
        assert_worded_in_german(&errors, ToString::to_string);
        let notice = DeckNotice::ReplacesBuiltIn {
            file: "decks/kim.toml".to_string(),
            line: 2,
            deck_id: "kim-putin-2019".to_string(),
            built_in_title: "Kim trifft Putin".to_string(),
        };
        let copy = DeckNotice::EditedCopy {
            file: "decks/kim-putin-2019.toml".to_string(),
            deck_id: "kim-putin-2019".to_string(),
            built_in_title: "Kim trifft Putin".to_string(),
        };
        match &notice {
            DeckNotice::ReplacesBuiltIn { .. } | DeckNotice::EditedCopy { .. } => {}
        }
        assert_worded_in_german(&[notice, copy], ToString::to_string);
    }

    fn lint_problems() -> Vec<LintProblem> {
        let unfair = [
            Unfair::Empty,
            Unfair::AlsoRight,
            Unfair::Overlaps,
            Unfair::LogicallyTrue,
            Unfair::TooClose,
            Unfair::OtherCategory,
            Unfair::NamesTheSubject,
            Unfair::NamedInQuestion,
        ];
        let variant = || "Kim kommt mit dem Flugzeug.".to_string();
        let mut problems: Vec<LintProblem> = unfair
            .into_iter()
            .map(|why| LintProblem::UnfairOption {
                option: "über 30.000".to_string(),
                why,
            })
            .collect();
        problems.extend([
            LintProblem::OptionPrecision {
                option: "2019".to_string(),
            },
            LintProblem::PromptHoldsAnswer {
                card: "ort/event".to_string(),
                prompt: "Was geschah in Wladiwostok?".to_string(),
                answer: "Wladiwostok".to_string(),
            },
            LintProblem::VariantNotMinimal {
                variant: variant(),
                text: "Kim kommt mit dem Zug.".to_string(),
            },
            LintProblem::VariantAbsolute {
                variant: variant(),
                word: "nie".to_string(),
            },
            LintProblem::VariantTrueElsewhere {
                variant: variant(),
                fact: "anreise".to_string(),
            },
            LintProblem::PersonWithoutAskName,
            LintProblem::PlaceWithoutAskPlace,
            LintProblem::ListWithoutAskItem,
            LintProblem::BackgroundInQuestion,
            LintProblem::RoleNamesAnotherPerson {
                other: "Wladimir Putin".to_string(),
            },
        ]);
        problems
    }

    fn _every_lint_problem_is_listed(problem: &LintProblem) {
        match problem {
            LintProblem::UnfairOption { why, .. } => match why {
                Unfair::Empty
                | Unfair::AlsoRight
                | Unfair::Overlaps
                | Unfair::LogicallyTrue
                | Unfair::TooClose
                | Unfair::OtherCategory
                | Unfair::NamesTheSubject
                | Unfair::NamedInQuestion => {}
            },
            LintProblem::OptionPrecision { .. }
            | LintProblem::PromptHoldsAnswer { .. }
            | LintProblem::VariantNotMinimal { .. }
            | LintProblem::VariantAbsolute { .. }
            | LintProblem::VariantTrueElsewhere { .. }
            | LintProblem::PersonWithoutAskName
            | LintProblem::PlaceWithoutAskPlace
            | LintProblem::ListWithoutAskItem
            | LintProblem::BackgroundInQuestion
            | LintProblem::RoleNamesAnotherPerson { .. } => {}
        }
    }

    #[test]
    fn every_question_lint_finding_is_worded_in_german() {
        assert_worded_in_german(&lint_problems(), ToString::to_string);
    }

    fn findings() -> Vec<Finding> {
        vec![
            Finding::NotSqlite,
            Finding::Foreign {
                tables: texts(&["notes"]),
                marked: false,
            },
            Finding::Foreign {
                tables: Vec::new(),
                marked: false,
            },
            Finding::Foreign {
                tables: Vec::new(),
                marked: true,
            },
            Finding::Emptied {
                held: HeldProgress::ClosedAt { bytes: 40960 },
            },
            Finding::Emptied {
                held: HeldProgress::Backup { answers: 12 },
            },
            Finding::Truncated {
                expected: 8192,
                actual: 4096,
            },
            Finding::Damaged {
                details: "page 3".to_string(),
            },
            Finding::NewerVersion {
                found: 9,
                supported: 7,
            },
            Finding::Locked,
            Finding::CannotOpen {
                reason: "I/O".to_string(),
            },
        ]
    }

    fn _every_finding_is_listed(finding: &Finding) {
        match finding {
            Finding::NotSqlite
            | Finding::Foreign { .. }
            | Finding::Emptied { .. }
            | Finding::Truncated { .. }
            | Finding::Damaged { .. }
            | Finding::NewerVersion { .. }
            | Finding::Locked
            | Finding::CannotOpen { .. } => {}
        }
    }

    #[test]
    fn every_recovery_finding_is_worded_in_german() {
        assert_worded_in_german(&findings(), Finding::headline);
        assert_worded_in_german(&findings(), Finding::explanation);
        let changes = [
            FileChange::LogRemoved { kept: true },
            FileChange::LogRemoved { kept: false },
            FileChange::FileReplaced,
        ];
        assert_worded_in_german(&changes, |change| change.worded());
    }

    fn store_errors() -> Vec<StoreError> {
        let file = |action| StoreError::File {
            action,
            path: path(),
            source: io(),
        };
        vec![
            StoreError::CreateFolder {
                path: path(),
                source: io(),
            },
            StoreError::Unreadable {
                path: path(),
                source: sqlite(),
            },
            StoreError::Unusable {
                path: path(),
                finding: Finding::Locked,
            },
            StoreError::Damaged {
                path: path(),
                details: "page 3".to_string(),
            },
            StoreError::Busy { path: path() },
            StoreError::NewerVersion {
                path: path(),
                found: 9,
                supported: 7,
            },
            StoreError::Write(sqlite()),
            StoreError::Read(sqlite()),
            StoreError::Corrupt("review 3".to_string()),
            StoreError::Backup {
                path: path(),
                source: sqlite(),
            },
            file(FileAction::CopyBackup),
            file(FileAction::CreateBackupsFolder),
            file(FileAction::Lock),
            file(FileAction::MoveAside),
            file(FileAction::OpenLockFile),
            file(FileAction::PutBackupInPlace),
            file(FileAction::ReadBackupsFolder),
            file(FileAction::ReadRestoreJournal),
            file(FileAction::RemoveOldBackup),
            file(FileAction::WriteBackup),
            file(FileAction::WriteRestoreJournal),
            StoreError::InUse { data_dir: path() },
            StoreError::NeedsUpgrade {
                path: path(),
                found: 5,
                current: 7,
            },
            StoreError::BadBackup {
                path: path(),
                reason: "no reviews".to_string(),
            },
            StoreError::FileChanged {
                path: path(),
                change: FileChange::FileReplaced,
            },
            StoreError::LockIsLink { path: path() },
        ]
    }

    fn _every_store_error_is_listed(error: &StoreError) {
        match error {
            StoreError::CreateFolder { .. }
            | StoreError::Unreadable { .. }
            | StoreError::Unusable { .. }
            | StoreError::Damaged { .. }
            | StoreError::Busy { .. }
            | StoreError::NewerVersion { .. }
            | StoreError::Write(_)
            | StoreError::Read(_)
            | StoreError::Corrupt(_)
            | StoreError::Backup { .. }
            | StoreError::File { .. }
            | StoreError::InUse { .. }
            | StoreError::NeedsUpgrade { .. }
            | StoreError::BadBackup { .. }
            | StoreError::FileChanged { .. }
            | StoreError::LockIsLink { .. } => {}
        }
        if let StoreError::File { action, .. } = error {
            match action {
                FileAction::CopyBackup
                | FileAction::CreateBackupsFolder
                | FileAction::Lock
                | FileAction::MoveAside
                | FileAction::OpenLockFile
                | FileAction::PutBackupInPlace
                | FileAction::ReadBackupsFolder
                | FileAction::ReadRestoreJournal
                | FileAction::RemoveOldBackup
                | FileAction::WriteBackup
                | FileAction::WriteRestoreJournal => {}
            }
        }
    }

    #[test]
    fn every_store_error_is_worded_in_german() {
        assert_worded_in_german(&store_errors(), ToString::to_string);
    }

    #[test]
    fn every_failure_of_the_daily_backup_is_worded_in_german() {
        let failures = [
            BackupFailure::Copy(Arc::new(StoreError::Busy { path: path() })),
            BackupFailure::NotStarted(Arc::new(io())),
            BackupFailure::Stopped,
        ];
        match &failures[0] {
            BackupFailure::Copy(_) | BackupFailure::NotStarted(_) | BackupFailure::Stopped => {}
        }
        assert_worded_in_german(&failures, ToString::to_string);
    }

    fn session_errors() -> Vec<SessionError> {
        vec![
            SessionError::Store(StoreError::Busy { path: path() }),
            SessionError::Schedule(ScheduleError::Model(fsrs::FSRSError::InvalidInput)),
            SessionError::UnknownDeck("nope".to_string()),
            SessionError::UnknownCard("gipfel/datum".to_string()),
            SessionError::ReadOnly(ReadOnlyReason::FileReadOnly),
            SessionError::NoDataDir,
            SessionError::EmptyQuiz,
            SessionError::PathNotUnicode("/tmp/a".to_string()),
            SessionError::CardImport(CardDeckError::IdTaken {
                deck_id: "vokabeln".to_string(),
            }),
            SessionError::Article(ArticleError::NotText { path: path() }),
            SessionError::Draft(DraftError::NoTitle),
            SessionError::DeckIdTaken("vokabeln".to_string()),
            SessionError::DeckFileExists("decks/vokabeln.toml".to_string()),
            SessionError::DeckNotWritten {
                path: "decks/vokabeln.toml".to_string(),
                reason: io(),
            },
            SessionError::DeckNotRead {
                path: "decks/vokabeln.toml".to_string(),
                reason: io(),
            },
            SessionError::FactEdit(EditError::Fixed("id".to_string())),
            SessionError::FactNotSaved {
                problem: Some(DeckProblem::NoFacts),
            },
        ]
    }

    fn _every_session_error_is_listed(error: &SessionError) {
        match error {
            SessionError::Store(_)
            | SessionError::Schedule(_)
            | SessionError::UnknownDeck(_)
            | SessionError::UnknownCard(_)
            | SessionError::ReadOnly(_)
            | SessionError::NoDataDir
            | SessionError::EmptyQuiz
            | SessionError::PathNotUnicode(_)
            | SessionError::CardImport(_)
            | SessionError::Article(_)
            | SessionError::Draft(_)
            | SessionError::DeckIdTaken(_)
            | SessionError::DeckFileExists(_)
            | SessionError::DeckNotWritten { .. }
            | SessionError::DeckNotRead { .. }
            | SessionError::FactEdit(_)
            | SessionError::FactNotSaved { .. }
            | SessionError::Sync(_) => {}
        }
    }

    #[test]
    fn every_sync_problem_is_worded_in_german() {
        let problems = [
            SyncProblem::NoFolder,
            SyncProblem::FolderMissing(path()),
            SyncProblem::NotAFolder(path()),
            SyncProblem::CannotWrite {
                path: path(),
                reason: "read-only".to_string(),
            },
            SyncProblem::CannotRead {
                path: path(),
                reason: "read-only".to_string(),
            },
            SyncProblem::Store("locked".to_string()),
            SyncProblem::Decks("locked".to_string()),
            SyncProblem::NoThread("no memory".to_string()),
        ];
        match &problems[0] {
            SyncProblem::NoFolder
            | SyncProblem::FolderMissing(_)
            | SyncProblem::NotAFolder(_)
            | SyncProblem::CannotWrite { .. }
            | SyncProblem::CannotRead { .. }
            | SyncProblem::Store(_)
            | SyncProblem::Decks(_)
            | SyncProblem::NoThread(_) => {}
        }
        assert_worded_in_german(&problems, ToString::to_string);
        let in_session = [SessionError::Sync(SyncProblem::NoFolder)];
        assert_worded_in_german(&in_session, ToString::to_string);
    }

    #[test]
    fn every_problem_of_editing_a_fact_is_worded_in_german() {
        let problems = [
            EditError::NotToml("expected `=`".to_string()),
            EditError::NoDeckTable,
            EditError::NoSuchFact("gipfel".to_string()),
            EditError::Fixed("id".to_string()),
        ];
        match &problems[0] {
            EditError::NotToml(_)
            | EditError::NoDeckTable
            | EditError::NoSuchFact(_)
            | EditError::Fixed(_) => {}
        }
        assert_worded_in_german(&problems, ToString::to_string);
    }

    #[test]
    fn every_session_error_and_read_only_reason_is_worded_in_german() {
        assert_worded_in_german(&session_errors(), ToString::to_string);
        let reasons = [
            ReadOnlyReason::HeldByAnother {
                data_dir: path(),
                holder: Some(4242),
            },
            ReadOnlyReason::HeldByAnother {
                data_dir: path(),
                holder: None,
            },
            ReadOnlyReason::CannotLock {
                data_dir: path(),
                error: Arc::new(StoreError::LockIsLink { path: path() }),
            },
            ReadOnlyReason::FileReadOnly,
        ];
        assert_worded_in_german(&reasons, ToString::to_string);
        let schedule = [
            ScheduleError::Parameters(fsrs::FSRSError::InvalidParameters),
            ScheduleError::Model(fsrs::FSRSError::InvalidInput),
        ];
        assert_worded_in_german(&schedule, ToString::to_string);
        let evaluate = [
            EvaluateError::NotEnoughData(3, 100),
            EvaluateError::Fitting(fsrs::FSRSError::NotEnoughData),
        ];
        assert_worded_in_german(&evaluate, ToString::to_string);
    }

    #[test]
    fn every_article_and_draft_problem_is_worded_in_german() {
        let article = [
            ArticleError::Missing { path: path() },
            ArticleError::Folder { path: path() },
            ArticleError::Unreadable {
                path: path(),
                source: io(),
            },
            ArticleError::TooLarge {
                path: path(),
                limit: 5_242_880,
            },
            ArticleError::NotRegular { path: path() },
            ArticleError::NotText { path: path() },
        ];
        assert_worded_in_german(&article, ToString::to_string);
        let draft = [
            DraftError::NoText,
            DraftError::BadDeckId("Mein Stapel".to_string()),
            DraftError::NoTitle,
            DraftError::NothingAccepted,
            DraftError::BadNumber("viele".to_string()),
            DraftError::BadDate("bald".to_string()),
            DraftError::ShortList,
            DraftError::Empty("question"),
            DraftError::Invalid("d.toml:3:1: …".to_string()),
        ];
        assert_worded_in_german(&draft, ToString::to_string);
    }

    fn line_troubles() -> Vec<LineTrouble> {
        vec![
            LineTrouble::Unreadable("unclosed quote".to_string()),
            LineTrouble::ControlCharacter(0x1b),
            LineTrouble::Duplicate { first: 3 },
            LineTrouble::NoSeparator(b'\t'),
            LineTrouble::NoSeparator(b' '),
            LineTrouble::NoSeparator(b';'),
            LineTrouble::EmptyQuestion {
                answer: "coal".to_string(),
            },
            LineTrouble::EmptyAnswer {
                question: "Kohle".to_string(),
            },
            LineTrouble::EmptyCloze {
                number: "2".to_string(),
            },
            LineTrouble::TooLong(DeckProblem::FigureTooLarge("value".to_string())),
        ]
    }

    fn _every_line_trouble_is_listed(trouble: &LineTrouble) {
        match trouble {
            LineTrouble::Unreadable(_)
            | LineTrouble::ControlCharacter(_)
            | LineTrouble::Duplicate { .. }
            | LineTrouble::NoSeparator(_)
            | LineTrouble::EmptyQuestion { .. }
            | LineTrouble::EmptyAnswer { .. }
            | LineTrouble::EmptyCloze { .. }
            | LineTrouble::TooLong(_) => {}
        }
    }

    #[test]
    fn every_import_problem_is_worded_in_german() {
        assert_worded_in_german(&line_troubles(), ToString::to_string);
        let serialise: toml::ser::Error = serde::ser::Error::custom("no");
        let deck_file = [
            DeckFileError::NoCards,
            DeckFileError::BadDeckId("A B".to_string()),
            DeckFileError::BadTitle(0x1b),
            DeckFileError::Invalid("…".to_string()),
            DeckFileError::Serialise(serialise),
            DeckFileError::TooManyCards(200_001),
            DeckFileError::TooLarge(70_000_000),
        ];
        assert_worded_in_german(&deck_file, ToString::to_string);
        let card_deck = [
            CardDeckError::Deck(DeckFileError::NoCards),
            CardDeckError::Exists { path: path() },
            CardDeckError::IdTaken {
                deck_id: "vokabeln".to_string(),
            },
            CardDeckError::CreateFolder {
                path: path(),
                source: io(),
            },
            CardDeckError::Write {
                path: path(),
                source: io(),
            },
        ];
        assert_worded_in_german(&card_deck, ToString::to_string);
        let csv = || CsvError::Row {
            line: 4,
            problem: RowProblem::Rating(7),
        };
        let files = [
            ImportFileError::Unreadable {
                path: path(),
                source: BoundedReadError::Io(io()),
            },
            ImportFileError::ZeroByte {
                path: path(),
                line: 2,
            },
            ImportFileError::NotUtf8 { path: path() },
            ImportFileError::Log {
                path: path(),
                source: csv(),
            },
        ];
        assert_worded_in_german(&files, ToString::to_string);
        let bounded = [
            BoundedReadError::Missing,
            BoundedReadError::Folder,
            BoundedReadError::NotRegular,
            BoundedReadError::TooLarge {
                size: 300_000_000,
                limit: 268_435_456,
            },
            BoundedReadError::Io(io()),
        ];
        match &bounded[0] {
            BoundedReadError::Missing
            | BoundedReadError::Folder
            | BoundedReadError::NotRegular
            | BoundedReadError::TooLarge { .. }
            | BoundedReadError::Io(_) => {}
        }
        assert_worded_in_german(&bounded, ToString::to_string);
    }

    #[test]
    fn every_review_log_problem_is_worded_in_german() {
        let csv = [
            CsvError::Row {
                line: 4,
                problem: RowProblem::Rating(7),
            },
            CsvError::Row {
                line: 4,
                problem: RowProblem::Time {
                    text: "gestern".to_string(),
                    reason: "input contains invalid characters".to_string(),
                },
            },
            CsvError::Row {
                line: 4,
                problem: RowProblem::Fields("missing field".to_string()),
            },
            CsvError::Read("stream did not contain valid UTF-8".to_string()),
        ];
        assert_worded_in_german(&csv, ToString::to_string);
        let refusals = [
            RowRefusal::TooEarly { at_ms: 0 },
            RowRefusal::InTheFuture {
                at_ms: 4_102_444_800_000,
            },
            RowRefusal::NegativeDuration { duration_ms: -5 },
            RowRefusal::DurationOverADay {
                duration_ms: 90_000_000,
            },
        ];
        assert_worded_in_german(&refusals, ToString::to_string);
        let restore = [
            RestoreError::NoGoodBackup("/home/lea/backups".to_string()),
            RestoreError::NotFound("progress-1999.sqlite3".to_string()),
            RestoreError::Session(SessionError::Store(StoreError::Busy { path: path() })),
        ];
        assert_worded_in_german(&restore, ToString::to_string);
    }
}

mod the_command_line_speaks_the_learners_language {
    //! The `factdeck` program run with `--language de`, or for a learner who chose German
    //! in the window: every line it prints is German.

    use super::common::{factdeck, text};
    use std::path::Path;

    /// A deck with a fact under a topic it does not have, beside a sound one.
    fn broken_deck(dir: &Path) -> std::path::PathBuf {
        let deck = dir.join("kaputt.toml");
        std::fs::write(
            &deck,
            "[deck]\nid = \"kaputt\"\ntitle = \"Kaputt\"\n\n[[topics]]\nid = \"orte\"\n\
             name = \"Orte\"\n\n[[facts]]\nid = \"ort\"\ntopic = \"nope\"\nkind = \"place\"\n\
             name = \"Wladiwostok\"\nevent = \"Gipfel\"\n",
        )
        .unwrap();
        deck
    }

    #[test]
    fn check_names_deck_problems_in_german() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let deck = broken_deck(dir.path());
        let out = factdeck(
            &["--language", "de", "check", deck.to_str().unwrap()],
            dir.path(),
        );
        let stderr = text(&out.stderr);
        assert!(!out.status.success());
        assert!(
            stderr.contains("unbekanntes Thema `nope`; die Themen des Stapels sind: orte"),
            "{stderr}"
        );
        assert!(stderr.contains("1 Problem gefunden"), "{stderr}");
        assert!(!stderr.contains("unknown topic"), "{stderr}");
    }

    #[test]
    fn check_of_a_sound_deck_says_so_in_german() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let out = factdeck(&["check", "--language", "de"], dir.path());
        let stdout = text(&out.stdout);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(stdout.contains(": in Ordnung ("), "{stdout}");
        assert!(stdout.contains(" Fakten, "), "{stdout}");
        assert!(!stdout.contains("ok ("), "{stdout}");
    }

    #[test]
    fn a_bad_import_is_reported_in_german() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let file = dir.path().join("karten.txt");
        std::fs::write(&file, "Kohle\tcoal\nnur ein Begriff\nEisen\t\n").unwrap();
        let out = factdeck(
            &[
                "--language",
                "de",
                "import",
                "--dry-run",
                file.to_str().unwrap(),
            ],
            dir.path(),
        );
        let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
        assert!(out.status.success(), "{stderr}");
        assert!(stdout.contains("1 Karte aus "), "{stdout}");
        assert!(stdout.contains("Zeile    1: Kohle  ->  coal"), "{stdout}");
        assert!(
            stdout.contains("Nichts geschrieben (--dry-run)"),
            "{stdout}"
        );
        assert!(
            stderr.contains(
                "karten.txt:2: kein Trennzeichen (ein Tabulator) zwischen Frage und Antwort"
            ),
            "{stderr}"
        );
        assert!(
            stderr.contains("karten.txt:3: die Antwort ist leer"),
            "{stderr}"
        );
        assert!(
            stderr.contains("2 Zeilen ließen sich nicht lesen und wurden ausgelassen"),
            "{stderr}"
        );
    }

    #[test]
    fn an_unreadable_file_to_import_is_named_in_german() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let file = dir.path().join("utf16.txt");
        std::fs::write(&file, b"K\0o\0h\0l\0e\0").unwrap();
        let out = factdeck(
            &["--language", "de", "import", file.to_str().unwrap()],
            dir.path(),
        );
        let stderr = text(&out.stderr);
        assert!(!out.status.success());
        assert!(stderr.contains("enthält ein Null-Byte"), "{stderr}");
    }

    #[test]
    fn the_language_chosen_in_the_window_is_the_commands_language() {
        let dir = tempfile::tempdir().expect("temporary folder");
        {
            let mut collection = factdeck::session::Collection::open(
                dir.path(),
                &[],
                std::sync::Arc::new(factdeck::clock::SystemClock),
            )
            .expect("the collection opens");
            let appearance = factdeck::session::Appearance {
                language: Some(factdeck::i18n::Language::German),
                ..factdeck::session::Appearance::default()
            };
            collection.set_appearance(&appearance).expect("saved");
        }
        let out = factdeck(&["stats"], dir.path());
        let stdout = text(&out.stdout);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(stdout.contains("Fortschritt in "), "{stdout}");
        assert!(
            stdout.contains("Wiederholungen: 0 insgesamt, 0 heute"),
            "{stdout}"
        );
        assert!(stdout.contains("Heute: 0 beantwortet"), "{stdout}");
        assert!(!stdout.contains("Reviews:"), "{stdout}");
        // --language still wins for one run.
        let out = factdeck(&["stats", "--language", "en"], dir.path());
        assert!(text(&out.stdout).contains("Reviews: 0 in all"));
    }

    #[test]
    fn reading_the_saved_language_leaves_no_file_beside_the_progress() {
        let dir = tempfile::tempdir().expect("temporary folder");
        drop(
            factdeck::session::Collection::open(
                dir.path(),
                &[],
                std::sync::Arc::new(factdeck::clock::SystemClock),
            )
            .expect("the collection opens"),
        );
        let before = super::common::files(dir.path());
        let out = factdeck(&["check"], dir.path());
        assert!(out.status.success(), "{}", text(&out.stderr));
        let after = super::common::files(dir.path());
        let names = |files: &[(String, Vec<u8>)]| -> Vec<String> {
            files.iter().map(|(name, _)| name.clone()).collect()
        };
        assert_eq!(names(&after), names(&before));
        assert!(after == before, "a file beside the progress changed");
    }

    #[test]
    fn sync_says_in_german_that_it_is_off() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let out = factdeck(&["--language", "de", "sync", "--status"], dir.path());
        let stdout = text(&out.stdout);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(stdout.contains("Der Abgleich ist aus."), "{stdout}");
    }

    #[test]
    fn restore_lists_backups_in_german() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let out = factdeck(&["--language", "de", "restore", "--list"], dir.path());
        let stdout = text(&out.stdout);
        assert!(stdout.contains("Sicherungen in "), "{stdout}");
        assert!(stdout.contains("(noch keine:"), "{stdout}");
        let out = factdeck(&["--language", "de", "restore", "gibtsnicht"], dir.path());
        assert!(
            text(&out.stderr).contains("es gibt keine Sicherung gibtsnicht"),
            "{}",
            text(&out.stderr)
        );
    }
}
