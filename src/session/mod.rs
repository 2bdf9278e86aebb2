//! Studying: the collection of decks and progress, the queue of due cards, a study
//! session with its current card, answers and undo, and quizzes.

mod appearance;
mod browse;
mod card_import;
mod collection;
mod daily_backup;
mod draft;
mod fact_edit;
pub mod file_dialog;
mod grading;
mod optimiser;
mod progress;
pub mod queue;
mod quiz;
mod reading;
pub mod recovery;
mod review_log;
pub(crate) mod settings;
mod study;
mod study_more;
pub mod sync;

/// How a backup came about and how many are kept: the settings screen shows both.
pub use crate::store::{BackupKind, KEEP_BACKUPS};
pub use appearance::{Appearance, TEXT_SCALE_RANGE, Theme, saved_language};
pub use browse::{
    CardDetail, CardFilter, CardRow, CardSort, FactPage, HistoryEntry, SortKey, collation_key,
    filter_and_sort,
};
pub use collection::{
    AnswerDetails, AnswerReceipt, CheckedBackup, Collection, ReadOnlyReason, Scope,
};
pub use daily_backup::BackupFailure;
pub use draft::{DraftedArticle, draft_article};
pub use fact_edit::SavedFact;
pub use grading::{QuestionMix, best_rating, fast_threshold_ms, ratings_for, study_question};
pub use optimiser::{Fit, Optimiser};
pub use progress::SessionSummary;
pub use queue::{CardCounts, DailyLimits, NextCard};
pub use quiz::{
    FeedbackMode, Mistake, QuizAnswer, QuizOptions, QuizRun, QuizStage, QuizSummary, TopicScore,
    right_answer,
};
pub use reading::{Article, file_name};
pub use review_log::{IMPORTED_LOG_DECK, LogImport};
pub use settings::{RETENTION_RANGE, StudySettings};
pub use study::{StudyCheck, StudySession, StudyState};
pub use study_more::{Extra, MORE_NEW_CARDS, StudyMore, StudyMoreOffer, TopicOffer};

use crate::schedule::ScheduleError;
use crate::store::StoreError;

/// The one error type of the session layer; its messages reach the screen and the command
/// line, worded (`Display`) in the thread's language.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    Store(#[from] StoreError),
    Schedule(#[from] ScheduleError),
    UnknownDeck(String),
    UnknownCard(String),
    /// Nothing can be saved here, for this reason.
    ReadOnly(ReadOnlyReason),
    NoDataDir,
    EmptyQuiz,
    PathNotUnicode(String),
    Sync(#[from] sync::SyncProblem),
    /// Imported cards could not be written as a deck.
    CardImport(#[from] crate::interop::import_file::CardDeckError),
    Article(#[from] crate::reading::ArticleError),
    Draft(#[from] crate::draft::DraftError),
    DeckIdTaken(String),
    DeckFileExists(String),
    DeckNotWritten {
        path: String,
        #[source]
        reason: std::io::Error,
    },
    DeckNotRead {
        path: String,
        #[source]
        reason: std::io::Error,
    },
    FactEdit(#[from] crate::deck::EditError),
    /// The new wording would not make a valid deck (the first problem found); nothing was
    /// written.
    FactNotSaved {
        problem: Option<crate::deck::DeckProblem>,
    },
}

impl std::fmt::Display for SessionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            SessionError::Store(e) => e.to_string(),
            SessionError::Schedule(e) => e.to_string(),
            SessionError::CardImport(e) => e.to_string(),
            SessionError::Article(e) => e.to_string(),
            SessionError::Draft(e) => e.to_string(),
            SessionError::FactEdit(e) => e.to_string(),
            SessionError::Sync(e) => tr!("sync-header-problem", problem = e.to_string()),
            SessionError::UnknownDeck(id) => tr!("session-error-unknown-deck", id = id.as_str()),
            SessionError::UnknownCard(id) => tr!("session-error-unknown-card", id = id.as_str()),
            SessionError::ReadOnly(reason) => {
                tr!("session-error-read-only", reason = reason.to_string())
            }
            SessionError::NoDataDir => tr!("session-error-no-data-dir"),
            SessionError::EmptyQuiz => tr!("session-error-empty-quiz"),
            SessionError::PathNotUnicode(path) => {
                tr!("session-error-path-not-unicode", path = path.as_str())
            }
            SessionError::DeckIdTaken(id) => tr!("draft-error-id-taken", id = id.as_str()),
            SessionError::DeckFileExists(path) => {
                tr!("draft-error-file-exists", path = path.as_str())
            }
            SessionError::DeckNotWritten { path, reason } => tr!(
                "draft-error-not-written",
                path = path.as_str(),
                reason = crate::i18n::io_reason(reason)
            ),
            SessionError::DeckNotRead { path, reason } => tr!(
                "session-error-deck-not-read",
                path = path.as_str(),
                reason = crate::i18n::io_reason(reason)
            ),
            SessionError::FactNotSaved { problem } => tr!(
                "session-error-fact-not-saved",
                reason = problem
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default()
            ),
        };
        f.write_str(&text)
    }
}

impl SessionError {
    /// What happened to the progress file, when this error is that it was moved,
    /// replaced or lost its log under the open collection.
    pub fn file_change(&self) -> Option<recovery::FileChange> {
        match self {
            SessionError::Store(StoreError::FileChanged { change, .. }) => Some(*change),
            _ => None,
        }
    }
}
