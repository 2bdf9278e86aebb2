//! `factdeck check`: validates deck files (their TOML, their facts, the question lint and,
//! with `--article`, every cue against the article) without opening a window.

use crate::deck::{BUILTIN_DECKS, Deck, DeckError, DeckNotice, DeckProblem, load_file, load_str};
use crate::tr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What `factdeck check` found.
#[derive(Debug, Default)]
pub struct CheckReport {
    /// Decks that passed, with their origin.
    pub passed: Vec<Deck>,
    pub problems: Vec<DeckError>,
    /// What loading these decks beside the built-in ones would change unasked: a file with
    /// a built-in deck's id takes its place.
    pub notices: Vec<DeckNotice>,
}

/// Validates deck files (or every `.toml` file of folders); without paths, the built-in
/// decks. With `article`, every fact's cue must stand verbatim in that text. Every deck
/// that reads also goes through the question lint (`quiz::lint`).
pub fn check(paths: &[PathBuf], article: Option<&str>, article_name: &str) -> CheckReport {
    let mut report = CheckReport::default();
    let mut results = Vec::new();
    if paths.is_empty() {
        for (name, text) in BUILTIN_DECKS {
            results.push((None, load_str(name, text)));
        }
    }
    for path in paths {
        match deck_files_under(path) {
            Ok(files) => results.extend(files.into_iter().map(|f| {
                let deck = load_file(&f);
                (Some(f), deck)
            })),
            Err(problem) => report.problems.push(problem),
        }
    }
    // Read once, not once for each file checked: a folder of 10,000 decks took 45 s so.
    let built_in: Vec<(Deck, &str)> = BUILTIN_DECKS
        .iter()
        .filter_map(|(name, text)| Some((load_str(name, text).ok()?, *text)))
        .collect();
    for (path, result) in results {
        match result {
            Ok(deck) => {
                if let Some(path) = path {
                    report
                        .notices
                        .extend(replaced_built_in(&deck, &path, &built_in));
                }
                let mut problems = article
                    .map(|text| check_cues(&deck, text, article_name))
                    .unwrap_or_default();
                problems.extend(question_lint(&deck));
                if problems.is_empty() {
                    report.passed.push(deck);
                } else {
                    report.problems.extend(problems);
                }
            }
            Err(errors) => report.problems.extend(errors),
        }
    }
    report
}

/// The notice that `deck`, read from `path`, would take a built-in deck's place; none for
/// the built-in deck's own file (the repository's `decks/`), which replaces it by itself.
fn replaced_built_in(deck: &Deck, path: &Path, built_in: &[(Deck, &str)]) -> Option<DeckNotice> {
    let (built_in, text) = built_in.iter().find(|(b, _)| b.id == deck.id)?;
    let same = crate::bounded_file::read_bounded(path, text.len() as u64)
        .is_ok_and(|bytes| bytes == text.as_bytes());
    if same {
        return None;
    }
    Some(DeckNotice::replaces_built_in(deck, built_in))
}

fn deck_files_under(path: &Path) -> Result<Vec<PathBuf>, DeckError> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let shown = path.display().to_string();
    let entries = std::fs::read_dir(path).map_err(|e| {
        DeckError::new(
            &shown,
            0,
            0,
            DeckProblem::FolderUnreadable(crate::i18n::io_reason(&e)),
        )
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(DeckError::new(&shown, 0, 0, DeckProblem::NoDeckFiles));
    }
    Ok(files)
}

/// The question lint's findings, as problems at the line of their fact.
pub fn question_lint(deck: &Deck) -> Vec<DeckError> {
    crate::quiz::lint(deck)
        .into_iter()
        .map(|f| {
            DeckError::new(
                &deck.origin,
                f.line,
                1,
                DeckProblem::Lint {
                    rule: f.rule.name().to_string(),
                    fact: f.fact_id,
                    finding: f.problem.to_string(),
                },
            )
        })
        .collect()
}

/// Every fact that is not marked as context must have a cue found verbatim in `article`.
pub fn check_cues(deck: &Deck, article: &str, article_name: &str) -> Vec<DeckError> {
    let mut problems = Vec::new();
    for fact in deck.facts.iter().filter(|f| !f.context) {
        let problem = match &fact.cue {
            None => DeckProblem::NoCue {
                fact: fact.id.clone(),
                article: article_name.to_string(),
            },
            Some(cue) if !article.contains(cue.as_str()) => DeckProblem::CueNotInArticle {
                fact: fact.id.clone(),
                cue: cue.clone(),
                article: article_name.to_string(),
            },
            Some(_) => continue,
        };
        problems.push(DeckError::new(&deck.origin, fact.line, 1, problem));
    }
    problems
}

/// `factdeck check`: prints each deck that passed, then every notice and problem.
pub fn run(deck_paths: &[PathBuf], article: Option<&Path>) -> Result<ExitCode, String> {
    let article_text = match article {
        Some(path) => Some(crate::reading::read_article(path).map_err(|e| e.to_string())?),
        None => None,
    };
    let article_name = article.map_or(String::new(), |p| p.display().to_string());
    let report = check(deck_paths, article_text.as_deref(), &article_name);
    for deck in &report.passed {
        say!(
            "{}",
            tr!(
                "cli-check-passed",
                origin = deck.origin.as_str(),
                facts = deck.facts.len(),
                cards = deck.cards.len()
            )
        );
    }
    for notice in &report.notices {
        tell!("{notice}");
    }
    for problem in &report.problems {
        tell!("{problem}");
    }
    if report.problems.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        tell!(
            "{}",
            tr!("cli-check-problems", count = report.problems.len())
        );
        Ok(ExitCode::FAILURE)
    }
}
