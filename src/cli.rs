//! The commands that work without a window: `check`, `stats`, `evaluate`, `export`,
//! `import` and `restore`.

pub mod import;
pub mod sync;

use crate::deck::{
    BUILTIN_DECKS, Deck, DeckError, DeckNotice, LoadedDecks, load_decks, load_file, load_str,
};
use crate::session::{Collection, Scope, SessionError};
use crate::stats::{PhaseCounts, StatsSnapshot};
use serde::Serialize;
use std::path::{Path, PathBuf};

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
    for (path, result) in results {
        match result {
            Ok(deck) => {
                if let Some(path) = path {
                    report.notices.extend(replaced_built_in(&deck, &path));
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
fn replaced_built_in(deck: &Deck, path: &Path) -> Option<DeckNotice> {
    let (built_in, text) = BUILTIN_DECKS.iter().find_map(|(name, text)| {
        let built_in = load_str(name, text).ok()?;
        (built_in.id == deck.id).then_some((built_in, text))
    })?;
    if std::fs::read(path).is_ok_and(|bytes| bytes == text.as_bytes()) {
        return None;
    }
    Some(DeckNotice::replaces_built_in(deck, &built_in))
}

fn deck_files_under(path: &Path) -> Result<Vec<PathBuf>, DeckError> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let shown = path.display().to_string();
    let entries = std::fs::read_dir(path)
        .map_err(|e| DeckError::new(&shown, 0, 0, format!("cannot read the folder: {e}")))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(DeckError::new(
            &shown,
            0,
            0,
            "the folder holds no .toml deck files",
        ));
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
                format!(
                    "question lint [{}]: fact `{}`: {}",
                    f.rule.name(),
                    f.fact_id,
                    f.message
                ),
            )
        })
        .collect()
}

/// Every fact that is not marked as context must have a cue found verbatim in `article`.
pub fn check_cues(deck: &Deck, article: &str, article_name: &str) -> Vec<DeckError> {
    let mut problems = Vec::new();
    for fact in deck.facts.iter().filter(|f| !f.context) {
        let message = match &fact.cue {
            None => format!(
                "fact `{}` has no `cue`; give a few words that stand verbatim in {article_name}, or mark it `context = true`",
                fact.id
            ),
            Some(cue) if !article.contains(cue.as_str()) => format!(
                "the cue of fact `{}` (\"{cue}\") does not stand verbatim in {article_name}",
                fact.id
            ),
            Some(_) => continue,
        };
        problems.push(DeckError::new(&deck.origin, fact.line, 1, message));
    }
    problems
}

/// `factdeck stats --json`: the same figures the window shows.
#[derive(Debug, Serialize)]
pub struct StatsReport {
    pub data_dir: Option<String>,
    pub total_reviews: usize,
    pub reviews_today: usize,
    pub decks: Vec<DeckStats>,
    pub deck_problems: Vec<String>,
    /// What the learner must know about the decks loaded (a file replacing a built-in deck).
    pub deck_notices: Vec<String>,
    /// Every figure of the statistics screen: history by day, streaks, retention, due
    /// forecast, card states, stability and mastery per topic.
    pub statistics: StatsSnapshot,
}

#[derive(Debug, Serialize)]
pub struct DeckStats {
    pub id: String,
    pub title: String,
    pub facts: usize,
    /// Cards by phase: never answered, learning, in review.
    pub cards: PhaseCounts,
    /// Cards waiting today, within the daily limits.
    pub due_today: crate::session::CardCounts,
}

pub fn stats(collection: &Collection) -> Result<StatsReport, SessionError> {
    let mut decks = Vec::new();
    for deck in collection.decks() {
        decks.push(DeckStats {
            id: deck.id.clone(),
            title: deck.title.clone(),
            facts: deck.facts.len(),
            cards: collection.phase_counts(&deck.id),
            due_today: collection.counts(&deck.id, &Scope::WholeDeck)?,
        });
    }
    Ok(StatsReport {
        data_dir: collection.data_dir().map(|d| d.display().to_string()),
        total_reviews: collection.store().review_count_since(i64::MIN)?,
        reviews_today: collection.reviews_today()?,
        decks,
        deck_problems: collection
            .deck_problems()
            .iter()
            .map(ToString::to_string)
            .collect(),
        deck_notices: collection
            .deck_notices()
            .iter()
            .map(ToString::to_string)
            .collect(),
        statistics: collection.stats_snapshot()?,
    })
}

/// One line per backup of `data_dir`, newest first: name, kind, and what it holds or why
/// it cannot be used.
pub fn backup_list(data_dir: &Path) -> Vec<String> {
    let folder = crate::paths::backups_folder(data_dir);
    let backups = match crate::store::backup::list_backups(&folder) {
        Ok(backups) => backups,
        Err(e) => return vec![e.to_string()],
    };
    backups
        .iter()
        .map(|b| {
            let state = match crate::store::backup::check_backup(&b.path) {
                Ok(contents) if contents.reviews == 1 => "1 answer".to_string(),
                Ok(contents) => format!("{} answers", contents.reviews),
                Err(reason) => format!("not usable: {reason}"),
            };
            format!("{}  ({}, {state})", b.file_name(), b.kind.description())
        })
        .collect()
}

/// What `factdeck restore NAME` found wrong before changing anything.
#[derive(Debug, thiserror::Error)]
pub enum RestoreError {
    #[error("there is no good backup in {0}")]
    NoGoodBackup(String),
    #[error("there is no backup {0}; `factdeck restore --list` lists them")]
    NotFound(String),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

/// Restores a backup of `data_dir`, named by its file name, its path, or `newest`.
pub fn restore(
    data_dir: &Path,
    name: &str,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<crate::store::recovery::RecoveryReport, RestoreError> {
    let folder = crate::paths::backups_folder(data_dir);
    let path = if name == "newest" {
        crate::store::recovery::good_backups(&folder)
            .first()
            .map(|b| b.info.path.clone())
            .ok_or_else(|| RestoreError::NoGoodBackup(folder.display().to_string()))?
    } else if folder.join(name).is_file() {
        folder.join(name)
    } else if Path::new(name).is_file() {
        PathBuf::from(name)
    } else {
        return Err(RestoreError::NotFound(name.to_string()));
    };
    Ok(crate::store::recovery::restore_backup(
        data_dir, &path, now,
    )?)
}

/// What `factdeck evaluate` measured.
#[derive(Debug)]
pub struct EvaluationReport {
    pub reviews: usize,
    pub cards: usize,
    pub items: usize,
    pub scores: Vec<crate::schedule::evaluate::ModelScore>,
    /// The rows left out, as `file:line: why; left out`.
    pub left_out: Vec<String>,
}

impl EvaluationReport {
    /// The table printed for the learner, one row per model.
    pub fn table(&self) -> String {
        let mut out = format!(
            "{} reviews of {} cards, {} training items; scored on reviews after each training period\n\n",
            self.reviews, self.cards, self.items
        );
        out.push_str(&format!(
            "{:<48} {:>9} {:>11} {:>7}\n",
            "model", "log loss", "RMSE(bins)", "AUC"
        ));
        for score in &self.scores {
            out.push_str(&format!(
                "{:<48} {:>9.4} {:>11.4} {:>7.4}\n",
                score.model, score.metrics.log_loss, score.metrics.rmse_bins, score.metrics.auc
            ));
        }
        out
    }
}

/// Compares the schedulers on a review log in the FSRS tools' CSV format.
/// Rows that cannot be real answers (see `revlog_csv::RowRefusal`) are left out and named.
pub fn evaluate(path: &Path, folds: usize, now_ms: i64) -> Result<EvaluationReport, String> {
    use crate::interop::import_file::log_row_problems;
    use crate::interop::revlog_csv::read_reviews;
    use crate::schedule::evaluate::{compare_models, training_items};
    let file =
        std::fs::File::open(path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    let (reviews, refused) = read_reviews(std::io::BufReader::new(file), now_ms)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let cards = reviews
        .iter()
        .map(|r| r.card.as_str())
        .collect::<std::collections::HashSet<_>>()
        .len();
    let items = training_items(&reviews);
    let scores = compare_models(&items, folds).map_err(|e| e.to_string())?;
    Ok(EvaluationReport {
        reviews: reviews.len(),
        cards,
        items: items.len(),
        scores,
        left_out: log_row_problems(&refused, path),
    })
}

/// The decks `export` reads: the built-in ones, the data directory's own (where there is
/// one) and `--decks` folders. No progress is opened.
pub fn decks_for_export(data_dir: Option<&Path>, deck_folders: &[PathBuf]) -> LoadedDecks {
    let mut folders: Vec<PathBuf> = crate::paths::data_dir(data_dir)
        .map(|dir| crate::paths::decks_folder(&dir))
        .filter(|folder| folder.is_dir())
        .into_iter()
        .collect();
    folders.extend(deck_folders.iter().cloned());
    load_decks(&folders)
}

/// Every loaded deck, or the one with `deck_id`; a clear message if there is no such deck.
pub fn chosen_decks<'d>(
    loaded: &'d LoadedDecks,
    deck_id: Option<&str>,
) -> Result<Vec<&'d Deck>, String> {
    match deck_id {
        None => Ok(loaded.decks.iter().collect()),
        Some(id) => match loaded.deck(id) {
            Some(deck) => Ok(vec![deck]),
            None => {
                let known: Vec<&str> = loaded.decks.iter().map(|d| d.id.as_str()).collect();
                Err(format!(
                    "there is no deck `{id}`; the decks are: {}",
                    known.join(", ")
                ))
            }
        },
    }
}
