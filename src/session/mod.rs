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
pub use appearance::{Appearance, TEXT_SCALE_RANGE, Theme};
pub use browse::{
    CardDetail, CardFilter, CardRow, CardSort, FactPage, HistoryEntry, SortKey, collation_key,
    filter_and_sort,
};
pub use collection::{AnswerDetails, AnswerReceipt, CheckedBackup, Collection, Scope};
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

/// The one error type of the session layer; its messages reach the screen.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Schedule(#[from] ScheduleError),
    #[error("there is no deck with the id `{0}`")]
    UnknownDeck(String),
    #[error("the deck has no card `{0}`")]
    UnknownCard(String),
    #[error("nothing can be saved here: {0}")]
    ReadOnly(String),
    #[error("this collection has no data folder")]
    NoDataDir,
    #[error("no question can be made from the chosen topics and kinds of question")]
    EmptyQuiz,
    #[error("the path {0} cannot be remembered: it is not valid Unicode")]
    PathNotUnicode(String),
    #[error("sync: {0}")]
    Sync(#[from] sync::SyncProblem),
    /// Imported cards could not be written as a deck; the message says why.
    #[error("{0}")]
    CardImport(String),
    #[error(transparent)]
    Article(#[from] crate::reading::ArticleError),
    #[error(transparent)]
    Draft(#[from] crate::draft::DraftError),
    #[error("a deck with the id `{0}` is loaded already; choose another id")]
    DeckIdTaken(String),
    #[error("{0} exists already; choose another id")]
    DeckFileExists(String),
    #[error("{path} could not be written: {reason}")]
    DeckNotWritten { path: String, reason: String },
    #[error("{path} could not be read: {reason}")]
    DeckNotRead { path: String, reason: String },
    #[error(transparent)]
    FactEdit(#[from] crate::deck::EditError),
    /// The new wording would not make a valid deck; nothing was written.
    #[error("the new wording does not make a valid deck: {reason}")]
    FactNotSaved { reason: String },
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
