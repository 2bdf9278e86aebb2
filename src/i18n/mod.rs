//! The interface's languages: every string of the window in English and German (Fluent
//! files `i18n/en.ftl` and `i18n/de.ftl`, compiled into the program), and numbers, dates and
//! waits written the way each language writes them. Deck content and generated questions
//! are German in both; this module is only about the interface around them. No egui here.
//!
//! # Adding a string
//!
//! 1. Add a message to BOTH `i18n/en.ftl` and `i18n/de.ftl`, with the same id, e.g.
//!    `reading-not-found = { $count -> [one] One fact was *[other] { $count } facts were } not found`
//!    (ids are lower-case words joined by `-`, starting with the screen's name).
//! 2. Use it in the UI with the [`tr!`](crate::tr) macro and a string literal:
//!    `tr!("reading-title")`, or with arguments `tr!("reading-not-found", count = n)`.
//!    Counts are passed as numbers (they select the plural form and are written with the
//!    language's digit grouping); anything else as text, already formatted with
//!    [`format_percent`], [`format_date`] and the like.
//! 3. `cargo test --test i18n` fails if an id used in `src/` is missing from either file,
//!    if the two files' ids differ, or if a message does not format.
//!
//! The language in use belongs to the thread drawing the window ([`set_language`]); the
//! window sets it at the start of every frame from the learner's choice, so tests that
//! drive several windows on several threads never see each other's language.

mod format;

pub use fluent_bundle::{FluentArgs, FluentValue};
pub use format::{
    format_date, format_date_time, format_day_month, format_decimal, format_integer,
    format_interval, format_month_year, format_percent, format_short_date, format_time,
    format_weekday_date,
};

use fluent_bundle::{FluentBundle, FluentResource};
use std::cell::{Cell, OnceCell};
use unic_langid::LanguageIdentifier;

/// The English messages, as shipped.
pub const ENGLISH_FTL: &str = include_str!("../../i18n/en.ftl");
/// The German messages, as shipped.
pub const GERMAN_FTL: &str = include_str!("../../i18n/de.ftl");

/// A language of the interface; saved by its code.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "de")]
    German,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::German];

    /// The code saved with the progress and accepted by `--language`.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" | "english" => Some(Language::English),
            "de" | "german" | "deutsch" => Some(Language::German),
            _ => None,
        }
    }

    /// German for any German locale (`de`, `de-AT`, `de_CH.UTF-8`…), English for all others.
    pub fn from_locale(locale: &str) -> Language {
        let lower = locale.trim().to_ascii_lowercase();
        let language = lower.split(['-', '_', '.', '@']).next().unwrap_or_default();
        if language == "de" {
            Language::German
        } else {
            Language::English
        }
    }

    /// The language of the system's locale, English if it has none.
    pub fn from_system() -> Language {
        sys_locale::get_locale().map_or(Language::English, |l| Language::from_locale(&l))
    }

    /// The language's own name, as offered in the settings ("Deutsch", not "German").
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::German => "Deutsch",
        }
    }

    fn source(self) -> &'static str {
        match self {
            Language::English => ENGLISH_FTL,
            Language::German => GERMAN_FTL,
        }
    }
}

/// The messages of one language, ready to format.
pub struct Messages {
    bundle: FluentBundle<FluentResource>,
}

impl Messages {
    /// Parses the shipped messages of `language`. They are compiled in and tested, so a
    /// syntax error cannot reach a learner; the entries that do parse are used regardless.
    pub fn new(language: Language) -> Messages {
        let resource = FluentResource::try_new(language.source().to_string())
            .unwrap_or_else(|(partial, _errors)| partial);
        let id = LanguageIdentifier::from_parts(
            unic_langid::subtags::Language::from_bytes(language.code().as_bytes())
                .unwrap_or_default(),
            None,
            None,
            &[],
        );
        let mut bundle = FluentBundle::new(vec![id]);
        // Without this, every argument would be wrapped in invisible direction marks that
        // the default fonts draw as boxes.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(match language {
            Language::English => format::fluent_number_english,
            Language::German => format::fluent_number_german,
        }));
        // Ids are unique within each file (tested), so nothing is overridden here.
        let _ = bundle.add_resource(resource);
        Messages { bundle }
    }

    /// Whether the language has a message of this id.
    pub fn has(&self, id: &str) -> bool {
        self.bundle
            .get_message(id)
            .and_then(|m| m.value())
            .is_some()
    }

    /// The message `id` with its arguments; the problems Fluent met, if any, beside it.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> (String, Vec<String>) {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            // A missing message shows its id rather than nothing; the tests keep this from
            // ever reaching a learner.
            return (id.to_string(), vec![format!("no message `{id}`")]);
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        (
            text.into_owned(),
            errors.iter().map(ToString::to_string).collect(),
        )
    }
}

thread_local! {
    static LANGUAGE: Cell<Language> = const { Cell::new(Language::English) };
    static ENGLISH: OnceCell<Messages> = const { OnceCell::new() };
    static GERMAN: OnceCell<Messages> = const { OnceCell::new() };
}

/// Sets the language this thread's texts are written in.
pub fn set_language(language: Language) {
    LANGUAGE.with(|l| l.set(language));
}

/// The language this thread's texts are written in.
pub fn language() -> Language {
    LANGUAGE.with(Cell::get)
}

/// The message `id` in the current language. Used through [`tr!`](crate::tr).
pub fn text(id: &str, args: Option<&FluentArgs>) -> String {
    let format = |cell: &OnceCell<Messages>, language| {
        cell.get_or_init(|| Messages::new(language))
            .format(id, args)
            .0
    };
    match language() {
        Language::English => ENGLISH.with(|m| format(m, Language::English)),
        Language::German => GERMAN.with(|m| format(m, Language::German)),
    }
}

/// Why the system refused a file operation, in the current language: the kinds a learner
/// can act on in words, with the system's own text after (it names the rarer ones).
pub fn io_reason(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let plain = match error.kind() {
        ErrorKind::NotFound => crate::tr!("io-not-found"),
        ErrorKind::PermissionDenied => crate::tr!("io-permission-denied"),
        ErrorKind::AlreadyExists => crate::tr!("io-already-exists"),
        ErrorKind::StorageFull => crate::tr!("io-storage-full"),
        ErrorKind::ReadOnlyFilesystem => crate::tr!("io-read-only"),
        ErrorKind::IsADirectory => crate::tr!("io-is-a-folder"),
        ErrorKind::NotADirectory => crate::tr!("io-not-a-folder"),
        _ => return error.to_string(),
    };
    format!("{plain} ({error})")
}

/// A message of the interface in the current language: `tr!("id")`, or with arguments
/// `tr!("id", count = 3, name = topic.as_str())`. Numbers select plural forms.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::text($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::FluentValue::from($value)); )+
        $crate::i18n::text($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_german_locale_means_german_and_every_other_english() {
        for locale in ["de", "de-DE", "de_AT.UTF-8", "de-CH", "DE_de"] {
            assert_eq!(Language::from_locale(locale), Language::German, "{locale}");
        }
        for locale in ["en-US", "fr_FR.UTF-8", "C", "POSIX", "", "dk", "nl-DE"] {
            assert_eq!(Language::from_locale(locale), Language::English, "{locale}");
        }
    }

    #[test]
    fn counts_choose_the_plural_form_in_each_language() {
        set_language(Language::English);
        assert_eq!(crate::tr!("count-cards", count = 1), "1 card");
        assert_eq!(crate::tr!("count-cards", count = 3), "3 cards");
        set_language(Language::German);
        assert_eq!(crate::tr!("count-cards", count = 1), "1 Karte");
        assert_eq!(crate::tr!("count-cards", count = 3), "3 Karten");
    }

    #[test]
    fn counts_inside_messages_are_grouped_the_languages_way() {
        set_language(Language::English);
        assert_eq!(crate::tr!("count-cards", count = 120000), "120,000 cards");
        set_language(Language::German);
        assert_eq!(crate::tr!("count-cards", count = 120000), "120.000 Karten");
    }
}
