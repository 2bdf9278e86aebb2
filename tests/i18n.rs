//! The interface's two languages stay complete: every message exists in English and
//! German, every message the code uses exists, and every message formats.

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
                    !formatted.contains('{'),
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
