//! The learner's collection: the loaded decks, their progress and the scheduler, behind
//! one interface the window and the command line both use.

use super::daily_backup::{BackupFailure, DailyBackup};
use super::queue::{CardCounts, DayProgress, DeckQueue, NextCard, QueueTime};
use super::{SessionError, StudySettings};
use crate::clock::{Clock, day_start, from_millis, study_day, to_millis};
use crate::deck::{
    Card, Deck, DeckCache, DeckError, DeckNotice, LoadedDecks, load_decks_with_cache,
};
use crate::log::DayTally;
use crate::paths;
use crate::schedule::evaluate::{RatedReview, TrainingItem, training_items};
use crate::schedule::{CardState, DeckStates, Outcome, Phase, Rating, ScheduleSettings, Scheduler};
use crate::store::{
    AnswerCounts, BackupInfo, BackupKind, CardReset, DataDirLock, QuizQuestionRecord, QuizRecord,
    QuizResult, ReviewRecord, Store, StoreError, StoredReview, backup,
};
use chrono::{DateTime, Datelike, Duration, FixedOffset};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Which facts of a deck a session covers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Scope {
    #[default]
    WholeDeck,
    Topic(String),
    Section(String),
}

impl Scope {
    pub fn includes(&self, deck: &Deck, card: &Card) -> bool {
        match self {
            Scope::WholeDeck => true,
            Scope::Topic(topic) => &deck.fact_of(card).topic == topic,
            Scope::Section(section) => deck.fact_of(card).section.as_ref() == Some(section),
        }
    }
}

/// Enough to take an answer back, and what the answer did.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerReceipt {
    pub review_id: i64,
    pub deck_id: String,
    pub card_id: String,
    pub previous: CardState,
    pub rating: Rating,
    /// The card's state after the answer and the wait until it is back (`shown_wait` is
    /// the wait as the rating buttons show it).
    pub outcome: Outcome,
}

/// How a card was asked and what the learner gave, for the log.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerDetails {
    pub question_kind: String,
    pub answer: Option<String>,
    pub elapsed_ms: i64,
}

impl AnswerDetails {
    pub fn flashcard(elapsed_ms: i64) -> Self {
        AnswerDetails {
            question_kind: "flashcard".to_string(),
            answer: None,
            elapsed_ms,
        }
    }
}

/// A backup and the result of checking it: what it holds, or why it is not usable.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedBackup {
    pub info: BackupInfo,
    pub contents: Result<backup::BackupContents, String>,
}

/// Decks, progress and scheduler together.
pub struct Collection {
    /// Sync with the learner's other computers (`sync`). First, so that it is dropped
    /// (its thread's last sync done and its connection closed) before `store`.
    pub(super) sync: super::sync::SyncLink,
    store: Store,
    decks: LoadedDecks,
    /// Card states by deck id, then by the card's position in the deck.
    states: HashMap<String, DeckStates>,
    /// Cards the learner took out of studying, by deck id.
    suspended: HashMap<String, HashSet<String>>,
    /// Each deck's cards sorted for the queue, kept in step with `states`, `suspended` and
    /// the background setting (`held_out`).
    queues: HashMap<String, DeckQueue>,
    /// Today's answers per deck, as last counted from the log, with the start of the study
    /// day they were counted for; `answer` adds to them, so the queue need not count the
    /// day's answers again after each one. Anything else that writes the log forgets them.
    answered_today: RefCell<HashMap<String, (i64, DayProgress)>>,
    scheduler: Scheduler,
    settings: StudySettings,
    clock: Arc<dyn Clock>,
    data_dir: Option<PathBuf>,
    /// This collection's hold on the data directory: while it lives, no other factdeck
    /// writes there. `None` in memory, or when opened read-only.
    lock: Option<DataDirLock>,
    /// Why the progress is open only for reading; `None` when it can be written.
    read_only: Option<ReadOnlyReason>,
    /// A problem with the day's automatic backup, worth showing but not worth refusing
    /// to open over.
    backup_problem: Option<BackupFailure>,
    /// The day's automatic backup, copied on its own thread.
    daily_backup: Option<DailyBackup>,
}

/// Why the progress is open only for reading. Worded (`Display`) in the thread's language.
#[derive(Debug, Clone)]
pub enum ReadOnlyReason {
    /// Another factdeck (the process `holder`, when the lock file names it) holds the
    /// data folder.
    HeldByAnother {
        data_dir: PathBuf,
        holder: Option<u32>,
    },
    /// The data folder's lock could not be taken at all.
    CannotLock {
        data_dir: PathBuf,
        error: Arc<StoreError>,
    },
    /// The progress file itself was opened read-only.
    FileReadOnly,
}

impl std::fmt::Display for ReadOnlyReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            ReadOnlyReason::HeldByAnother {
                data_dir,
                holder: Some(pid),
            } => tr!(
                "read-only-held-by-process",
                data_dir = data_dir.display().to_string(),
                process = pid.to_string()
            ),
            ReadOnlyReason::HeldByAnother {
                data_dir,
                holder: None,
            } => tr!("read-only-held", data_dir = data_dir.display().to_string()),
            ReadOnlyReason::CannotLock { data_dir, error } => tr!(
                "read-only-cannot-lock",
                data_dir = data_dir.display().to_string(),
                reason = error.to_string()
            ),
            ReadOnlyReason::FileReadOnly => tr!("read-only-file"),
        };
        f.write_str(&text)
    }
}

impl Collection {
    /// Opens the progress in `data_dir` and loads the built-in decks, the data directory's
    /// deck folder (created if missing) and `extra_deck_folders`.
    ///
    /// The collection takes the data directory's lock, so that no second factdeck writes
    /// there; if another factdeck holds it, the progress is opened read-only and
    /// `read_only_reason` says why. Opening takes the day's backup when it is due.
    pub fn open(
        data_dir: &Path,
        extra_deck_folders: &[PathBuf],
        clock: Arc<dyn Clock>,
    ) -> Result<Collection, SessionError> {
        let now = clock.now();
        let progress = paths::progress_file(data_dir);
        let (store, lock, read_only) = match DataDirLock::try_acquire(data_dir) {
            Ok(Some(lock)) => (Store::open_at(&progress, now)?, Some(lock), None),
            Ok(None) => {
                let reason = ReadOnlyReason::HeldByAnother {
                    data_dir: data_dir.to_path_buf(),
                    holder: DataDirLock::holder(data_dir),
                };
                (Store::open_read_only(&progress)?, None, Some(reason))
            }
            Err(e) => {
                let reason = ReadOnlyReason::CannotLock {
                    data_dir: data_dir.to_path_buf(),
                    error: Arc::new(e),
                };
                (Store::open_read_only(&progress)?, None, Some(reason))
            }
        };
        let backups = paths::backups_folder(data_dir);
        let (daily_backup, backup_problem) = match read_only {
            Some(_) => (None, None),
            None => match store.daily_backup_due(&backups, now) {
                Ok(true) => (Some(DailyBackup::start(progress, backups, now)), None),
                Ok(false) => (None, None),
                Err(e) => (None, Some(BackupFailure::Copy(Arc::new(e)))),
            },
        };
        let own_decks = paths::decks_folder(data_dir);
        // Creating the folder shows the learner where their own decks go; if it cannot be
        // created the folder is simply not read.
        let mut folders = Vec::new();
        if std::fs::create_dir_all(&own_decks).is_ok() || own_decks.is_dir() {
            folders.push(own_decks);
        }
        folders.extend(extra_deck_folders.iter().cloned());
        // Only the factdeck holding the folder's lock writes parsed copies of decks there.
        let cache = lock
            .is_some()
            .then(|| DeckCache::new(&paths::deck_cache_folder(data_dir)));
        let decks = load_decks_with_cache(&folders, cache.as_ref());
        let mut collection = Collection::from_parts(store, decks, clock)?;
        collection.refresh_sync_status();
        collection.data_dir = Some(data_dir.to_path_buf());
        collection.lock = lock;
        collection.read_only = read_only;
        collection.backup_problem = backup_problem;
        collection.daily_backup = daily_backup;
        Ok(collection)
    }

    /// A collection over an already opened store and loaded decks.
    pub fn from_parts(
        mut store: Store,
        decks: LoadedDecks,
        clock: Arc<dyn Clock>,
    ) -> Result<Collection, SessionError> {
        // Settings of an earlier version, row by row, become one value each. Should that
        // fail, the old rows still hold them and are read the same way next time.
        let _ = super::settings::move_old_rows(&mut store);
        let settings = StudySettings::load(&store)?;
        let scheduler = Scheduler::new(schedule_settings(&settings))?;
        let states = load_states(&store, &decks)?;
        let suspended = store.suspended_cards()?;
        let queues = build_queues(&decks, &states, &suspended, settings.background_facts);
        Ok(Collection {
            sync: super::sync::SyncLink::default(),
            decks,
            states,
            suspended,
            queues,
            answered_today: RefCell::default(),
            scheduler,
            settings,
            clock,
            data_dir: None,
            lock: None,
            read_only: store_read_only_reason(&store),
            backup_problem: None,
            daily_backup: None,
            store,
        })
    }

    pub fn decks(&self) -> &[Deck] {
        &self.decks.decks
    }

    pub fn deck(&self, deck_id: &str) -> Option<&Deck> {
        self.decks.deck(deck_id)
    }

    /// Problems found in deck files; those decks were skipped.
    pub fn deck_problems(&self) -> &[DeckError] {
        &self.decks.problems
    }

    /// What the learner must be told about the loaded decks (a deck file replacing a
    /// built-in deck).
    pub fn deck_notices(&self) -> &[DeckNotice] {
        &self.decks.notices
    }

    pub fn data_dir(&self) -> Option<&Path> {
        self.data_dir.as_deref()
    }

    /// The store, for the session layer's own modules to read from. Nothing outside
    /// `session/` reaches the store: the window and the commands ask the collection.
    pub(crate) fn store(&self) -> &Store {
        &self.store
    }

    /// The whole review log, oldest first.
    pub fn reviews(&self) -> Result<Vec<StoredReview>, SessionError> {
        Ok(self.store.reviews()?)
    }

    /// The log of one card, oldest first.
    pub fn reviews_of_card(
        &self,
        deck_id: &str,
        card_id: &str,
    ) -> Result<Vec<StoredReview>, SessionError> {
        Ok(self.store.reviews_of_card(deck_id, card_id)?)
    }

    /// The resets of one card, oldest first.
    pub fn resets_of_card(
        &self,
        deck_id: &str,
        card_id: &str,
    ) -> Result<Vec<CardReset>, SessionError> {
        Ok(self.store.resets_of_card(deck_id, card_id)?)
    }

    /// Every finished quiz, oldest first.
    pub fn quiz_results(&self) -> Result<Vec<QuizResult>, SessionError> {
        Ok(self.store.quiz_results()?)
    }

    /// The questions of one finished quiz, in the order asked.
    pub fn quiz_questions(&self, quiz_id: i64) -> Result<Vec<QuizQuestionRecord>, SessionError> {
        Ok(self.store.quiz_questions(quiz_id)?)
    }

    /// The log summed per study day, as the statistics read it.
    pub fn day_tallies(&self) -> Result<Vec<DayTally>, SessionError> {
        Ok(self.store.day_tallies()?)
    }

    /// Every card state as saved, by (deck id, card id): what replaying the log must give.
    pub fn saved_card_states(&self) -> Result<HashMap<(String, String), CardState>, SessionError> {
        Ok(self.store.all_card_states()?)
    }

    /// Answers given to a deck since `since_ms`, by the card's phase before the answer.
    pub fn answers_since(
        &self,
        deck_id: &str,
        since_ms: i64,
    ) -> Result<AnswerCounts, SessionError> {
        Ok(self.store.answers_since(deck_id, since_ms)?)
    }

    /// SQLite's full integrity check of the progress file: empty when it is sound.
    pub fn integrity_problems(&self) -> Result<Vec<String>, SessionError> {
        Ok(self.store.integrity_problems()?)
    }

    /// Fault injection for tests: the progress file grows no further, as on a full disk.
    #[doc(hidden)]
    pub fn simulate_full_disk(&self) -> Result<(), SessionError> {
        Ok(self.store.simulate_full_disk()?)
    }

    /// The store, for the session layer's own modules to save into (after `writable`).
    pub(super) fn store_mut(&mut self) -> &mut Store {
        // Whatever is written may be answers: today's must be counted again.
        self.answered_today.get_mut().clear();
        self.local_change();
        &mut self.store
    }

    /// Why studying is not possible here (the progress is open read-only); `None` when
    /// answers can be saved.
    pub fn read_only_reason(&self) -> Option<&ReadOnlyReason> {
        self.read_only.as_ref()
    }

    /// A problem with today's automatic backup, if there was one. The copy runs on a
    /// thread of its own: a failure shows once it has ended.
    pub fn backup_problem(&self) -> Option<String> {
        self.backup_problem
            .clone()
            .or_else(|| self.daily_backup.as_ref().and_then(DailyBackup::problem))
            .map(|e| crate::tr!("backup-daily-failed", reason = e.to_string()))
    }

    /// Waits for the day's automatic backup, if one is being copied, and says how it
    /// ended; `None` when none was due.
    pub fn wait_for_daily_backup(&self) -> Option<Result<BackupInfo, BackupFailure>> {
        self.daily_backup.as_ref().and_then(DailyBackup::wait)
    }

    /// The backups of this collection's data directory, newest first.
    pub fn backups(&self) -> Result<Vec<BackupInfo>, SessionError> {
        match &self.data_dir {
            Some(dir) => Ok(backup::list_backups(&paths::backups_folder(dir))?),
            None => Ok(Vec::new()),
        }
    }

    /// The backups with what each holds, or why it cannot be restored (read now, so call
    /// this when the list is shown, not every frame).
    pub fn checked_backups(&self) -> Result<Vec<CheckedBackup>, SessionError> {
        match &self.data_dir {
            Some(dir) => super::recovery::checked_backups(dir),
            None => Ok(Vec::new()),
        }
    }

    /// Takes a backup now, at the learner's request.
    pub fn backup_now(&self) -> Result<BackupInfo, SessionError> {
        self.writable()?;
        let Some(dir) = &self.data_dir else {
            return Err(SessionError::NoDataDir);
        };
        // Two copies into one folder at once would clear each other's unfinished file.
        self.wait_for_daily_backup();
        Ok(self
            .store
            .backup_into(&paths::backups_folder(dir), self.now(), BackupKind::Manual)?)
    }

    pub(super) fn writable(&self) -> Result<(), SessionError> {
        if let Some(reason) = &self.read_only {
            return Err(SessionError::ReadOnly(reason.clone()));
        }
        // Once the file changed under the store, every write is refused with the reason.
        match (self.store.file_change(), self.store.path()) {
            (Some(change), Some(path)) => Err(SessionError::Store(StoreError::FileChanged {
                path: path.to_path_buf(),
                change,
            })),
            _ => Ok(()),
        }
    }

    /// What happened to the progress file, if another program moved, replaced or removed
    /// it (or its log) while this collection had it open: nothing is saved from then on.
    pub fn file_change(&self) -> Option<crate::store::FileChange> {
        self.store.file_change()
    }

    /// Stops waiting for the disk on each answer; see `Store::without_fsync_for_benchmarks`.
    pub fn without_fsync_for_benchmarks(&mut self) -> Result<(), SessionError> {
        Ok(self.store.without_fsync_for_benchmarks()?)
    }

    pub fn scheduler(&self) -> &Scheduler {
        &self.scheduler
    }

    pub fn now(&self) -> DateTime<FixedOffset> {
        self.clock.now()
    }

    pub fn settings(&self) -> &StudySettings {
        &self.settings
    }

    /// Saves new settings; they take effect at once.
    pub fn set_settings(&mut self, settings: StudySettings) -> Result<(), SessionError> {
        self.writable()?;
        let scheduler = Scheduler::new(schedule_settings(&settings))?;
        settings.save(&mut self.store)?;
        self.local_change();
        let background_changed = settings.background_facts != self.settings.background_facts;
        self.scheduler = scheduler;
        self.settings = settings;
        if background_changed {
            self.requeue_background();
        }
        Ok(())
    }

    /// Puts every card of a background fact where the background setting now places it
    /// (in the queue, or out of it). Decks have few such facts, so this is quick.
    fn requeue_background(&mut self) {
        let background: Vec<(String, usize)> = self
            .decks
            .decks
            .iter()
            .flat_map(|deck| {
                deck.cards
                    .iter()
                    .enumerate()
                    .filter(|(_, card)| deck.fact_of(card).context)
                    .map(|(position, _)| (deck.id.clone(), position))
            })
            .collect();
        for (deck_id, position) in background {
            self.requeue(&deck_id, position);
        }
    }

    /// The saved language, theme and text size (read from the store on each call: call it
    /// when the window opens, not every frame).
    pub fn appearance(&self) -> Result<super::Appearance, SessionError> {
        Ok(super::settings::load(&self.store)?)
    }

    /// Saves the language, theme and text size with the progress (one value, one
    /// transaction).
    pub fn set_appearance(&mut self, appearance: &super::Appearance) -> Result<(), SessionError> {
        self.writable()?;
        super::settings::save(appearance, &mut self.store)?;
        self.local_change();
        Ok(())
    }

    /// The state of a card; a card never answered is new.
    pub fn card_state(&self, deck_id: &str, card_id: &str) -> CardState {
        let states = self.states_in(deck_id);
        let state = match self.deck(deck_id).and_then(|deck| deck.position(card_id)) {
            Some(position) => states.get(position),
            None => states.retired(card_id),
        };
        state.copied().unwrap_or_else(CardState::new_card)
    }

    /// The start of the current study day.
    pub fn today_start(&self) -> DateTime<FixedOffset> {
        let now = self.now();
        day_start(study_day(now), now)
    }

    pub(super) fn queue_time(&self) -> QueueTime {
        let now = self.now();
        let day_end = day_start(study_day(now) + Duration::days(1), now);
        QueueTime {
            now_ms: to_millis(now),
            day_end_ms: to_millis(day_end),
        }
    }

    pub(super) fn day_progress(&self, deck_id: &str) -> Result<DayProgress, SessionError> {
        let day_start = to_millis(self.today_start());
        if let Some(&(counted_from, progress)) = self.answered_today.borrow().get(deck_id)
            && counted_from == day_start
        {
            return Ok(progress);
        }
        let today = self.store.answers_since(deck_id, day_start)?;
        let progress = DayProgress {
            new_done: today.new,
            reviews_done: today.review,
        };
        self.answered_today
            .borrow_mut()
            .insert(deck_id.to_string(), (day_start, progress));
        Ok(progress)
    }

    /// Adds an answer just logged to today's count of its deck (if counted for today).
    fn count_answer_today(&mut self, deck_id: &str, phase_before: Phase) {
        let day_start = to_millis(self.today_start());
        if let Some((counted_from, progress)) = self.answered_today.get_mut().get_mut(deck_id)
            && *counted_from == day_start
        {
            match phase_before {
                Phase::New => progress.new_done += 1,
                Phase::Review => progress.reviews_done += 1,
                Phase::Learning | Phase::Relearning => {}
            }
        }
    }

    /// Cards waiting today in a deck (within the daily limits).
    pub fn counts(&self, deck_id: &str, scope: &Scope) -> Result<CardCounts, SessionError> {
        let deck = self.deck_or_error(deck_id)?;
        if *scope == Scope::WholeDeck {
            return Ok(self.queue(deck_id)?.counts_all(
                self.queue_time(),
                self.settings.limits(),
                self.day_progress(deck_id)?,
            ));
        }
        Ok(self.queue(deck_id)?.counts(
            &deck.cards,
            |c| scope.includes(deck, c),
            self.queue_time(),
            self.settings.limits(),
            self.day_progress(deck_id)?,
        ))
    }

    /// Cards waiting today in each topic of a deck (within the daily limits), in the order
    /// of the deck's topics: `counts` of each topic's scope, all in one pass over the deck's
    /// queue.
    pub fn counts_by_topic(&self, deck_id: &str) -> Result<Vec<CardCounts>, SessionError> {
        let deck = self.deck_or_error(deck_id)?;
        let index = deck.topic_positions();
        self.counts_grouped(deck, deck.topics.len(), |card| {
            index.get(deck.fact_of(card).topic.as_str()).copied()
        })
    }

    /// Cards waiting today in each section of a deck, in the order of the deck's sections:
    /// `counts` of each section's scope, all in one pass over the deck's queue.
    pub fn counts_by_section(&self, deck_id: &str) -> Result<Vec<CardCounts>, SessionError> {
        let deck = self.deck_or_error(deck_id)?;
        let index = deck.section_positions();
        self.counts_grouped(deck, deck.sections.len(), |card| {
            let section = deck.fact_of(card).section.as_deref()?;
            index.get(section).copied()
        })
    }

    fn counts_grouped(
        &self,
        deck: &Deck,
        groups: usize,
        group_of: impl Fn(&Card) -> Option<usize>,
    ) -> Result<Vec<CardCounts>, SessionError> {
        Ok(self.queue(&deck.id)?.counts_grouped(
            &deck.cards,
            groups,
            group_of,
            self.queue_time(),
            self.settings.limits(),
            self.day_progress(&deck.id)?,
        ))
    }

    /// Answers given today, in all decks.
    pub fn reviews_today(&self) -> Result<usize, SessionError> {
        Ok(self
            .store
            .review_count_since(to_millis(self.today_start()))?)
    }

    /// Every answer in the log, in all decks.
    pub fn answer_count(&self) -> Result<usize, SessionError> {
        Ok(self.store.review_count_since(i64::MIN)?)
    }

    /// The next card to study in a deck.
    pub fn next_card(&self, deck_id: &str, scope: &Scope) -> Result<NextCard<'_>, SessionError> {
        let deck = self.deck_or_error(deck_id)?;
        Ok(self.queue(deck_id)?.next_card(
            &deck.cards,
            |c| scope.includes(deck, c),
            self.queue_time(),
            self.settings.limits(),
            self.day_progress(deck_id)?,
        ))
    }

    /// A deck's queue; every loaded deck has one.
    pub(super) fn queue(&self, deck_id: &str) -> Result<&DeckQueue, SessionError> {
        self.queues
            .get(deck_id)
            .ok_or_else(|| SessionError::UnknownDeck(deck_id.to_string()))
    }

    /// A card of a deck, found by its id without searching the deck.
    pub fn card(&self, deck_id: &str, card_id: &str) -> Option<&Card> {
        self.deck(deck_id)?.card(card_id)
    }

    /// Keeps a card's new state (`None`: it is new again) and moves it in the queue.
    pub(super) fn set_state(&mut self, deck_id: &str, card_id: &str, state: Option<CardState>) {
        let Some(deck) = self.decks.deck(deck_id) else {
            return;
        };
        let Some(position) = deck.position(card_id) else {
            return;
        };
        self.states
            .entry(deck_id.to_string())
            .or_insert_with(|| DeckStates::new(deck.cards.len()))
            .set(position, state);
        self.requeue(deck_id, position);
    }

    /// Puts the card at `position` of a deck where its current state and suspension place
    /// it in the queue.
    fn requeue(&mut self, deck_id: &str, position: usize) {
        let (Some(deck), Some(queue)) = (self.decks.deck(deck_id), self.queues.get_mut(deck_id))
        else {
            return;
        };
        let Some(card) = deck.cards.get(position) else {
            return;
        };
        let state = self.states.get(deck_id).and_then(|s| s.get(position));
        let held_out = held_out(
            deck,
            card,
            self.suspended.get(deck_id),
            self.settings.background_facts,
        );
        queue.update(card, position, state, held_out);
    }

    /// What each rating would do to a card now (for the buttons).
    pub fn outcomes(&self, deck_id: &str, card_id: &str) -> Result<[Outcome; 4], SessionError> {
        let state = self.card_state(deck_id, card_id);
        Ok(self.scheduler.outcomes(&state, self.now())?)
    }

    /// Schedules and saves an answer. When this returns `Ok`, the answer is on disk.
    pub fn answer(
        &mut self,
        deck_id: &str,
        card_id: &str,
        rating: Rating,
        details: AnswerDetails,
    ) -> Result<AnswerReceipt, SessionError> {
        self.writable()?;
        self.known_card(deck_id, card_id)?;
        let now = self.now();
        let previous = self.card_state(deck_id, card_id);
        let outcome = self.scheduler.outcome(&previous, rating, now)?;
        let next = outcome.state;
        let record = ReviewRecord {
            deck_id: deck_id.to_string(),
            card_id: card_id.to_string(),
            reviewed_at: to_millis(now),
            utc_offset_secs: now.offset().local_minus_utc(),
            rating,
            phase_before: previous.phase,
            elapsed_ms: details.elapsed_ms.max(0),
            question_kind: details.question_kind,
            answer: details.answer,
        };
        let review_id = self.store.record_answer(&record, &next)?;
        self.local_change();
        self.count_answer_today(deck_id, previous.phase);
        self.set_state(deck_id, card_id, Some(next));
        Ok(AnswerReceipt {
            review_id,
            deck_id: deck_id.to_string(),
            card_id: card_id.to_string(),
            previous,
            rating,
            outcome,
        })
    }

    /// Takes an answer back: the log forgets it and the card is as it was before.
    pub fn undo(&mut self, receipt: &AnswerReceipt) -> Result<(), SessionError> {
        self.writable()?;
        self.store.undo_answer(
            receipt.review_id,
            &receipt.deck_id,
            &receipt.card_id,
            &receipt.previous,
        )?;
        self.local_change();
        self.answered_today.get_mut().remove(&receipt.deck_id);
        let previous = (receipt.previous.phase != Phase::New).then_some(receipt.previous);
        self.set_state(&receipt.deck_id, &receipt.card_id, previous);
        Ok(())
    }

    /// The cards whose saved state differs from what replaying the review log gives, as
    /// `deck/card: saved … replayed …` lines; empty when progress is consistent. Reads only.
    pub fn replay_differences(&self) -> Result<Vec<String>, SessionError> {
        let timeline = self.scheduler_timeline()?;
        let replayed = self.store.replay_log(|before, review, position| {
            timeline
                .at(position)
                .answer(before, review.rating, self.review_time(review))
        })?;
        let saved = self.store.all_card_states()?;
        let mut differences = Vec::new();
        for (key, state) in &replayed {
            if saved.get(key) != Some(state) {
                differences.push(format!(
                    "{}/{}: saved {:?}, replayed {state:?}",
                    key.0,
                    key.1,
                    saved.get(key)
                ));
            }
        }
        for key in saved.keys().filter(|k| !replayed.contains_key(*k)) {
            differences.push(format!("{}/{}: saved without any answer", key.0, key.1));
        }
        differences.sort();
        Ok(differences)
    }

    /// The moment of a logged answer, in the offset the learner had then.
    fn review_time(&self, review: &ReviewRecord) -> DateTime<FixedOffset> {
        let offset = FixedOffset::east_opt(review.utc_offset_secs)
            .unwrap_or_else(|| *self.clock.now().offset());
        from_millis(review.reviewed_at, self.clock.now()).with_timezone(&offset)
    }

    /// Rebuilds every card state from the review log with the current scheduler, and
    /// reloads them. Returns the number of cards rebuilt.
    pub fn rebuild_from_log(&mut self) -> Result<usize, SessionError> {
        self.writable()?;
        let timeline = self.scheduler_timeline()?;
        let clock = self.clock.clone();
        let rebuilt = self.store.rebuild_card_states(|before, review, position| {
            let offset = FixedOffset::east_opt(review.utc_offset_secs)
                .unwrap_or_else(|| *clock.now().offset());
            let at = from_millis(review.reviewed_at, clock.now()).with_timezone(&offset);
            timeline.at(position).answer(before, review.rating, at)
        })?;
        self.states = load_states(&self.store, &self.decks)?;
        self.queues = build_queues(
            &self.decks,
            &self.states,
            &self.suspended,
            self.settings.background_facts,
        );
        Ok(rebuilt)
    }

    /// The learner's whole history as FSRS training items (days are the learner's own
    /// study days), for fitting their parameters.
    pub fn training_items(&self) -> Result<(usize, Vec<TrainingItem>), SessionError> {
        let reviews: Vec<RatedReview> = self
            .store
            .reviews()?
            .into_iter()
            .map(|r| {
                let r = r.record;
                let offset = FixedOffset::east_opt(r.utc_offset_secs)
                    .unwrap_or_else(|| *self.now().offset());
                let at = from_millis(r.reviewed_at, self.now()).with_timezone(&offset);
                RatedReview {
                    card: format!("{}:{}", r.deck_id, r.card_id),
                    at_ms: r.reviewed_at,
                    day: study_day(at).num_days_from_ce().into(),
                    rating: r.rating,
                }
            })
            .collect();
        let count = reviews.len();
        Ok((count, training_items(&reviews)))
    }

    /// Saves a finished quiz in the history; returns its id.
    pub fn save_quiz(&mut self, quiz: &QuizRecord) -> Result<i64, SessionError> {
        self.writable()?;
        Ok(self.store.save_quiz(quiz)?)
    }

    /// The states of a deck's cards, by their position in the deck.
    pub fn states_in(&self, deck_id: &str) -> &DeckStates {
        static EMPTY: std::sync::LazyLock<DeckStates> =
            std::sync::LazyLock::new(DeckStates::default);
        self.states.get(deck_id).unwrap_or(&EMPTY)
    }

    /// The suspended cards of a deck.
    pub fn suspended_in(&self, deck_id: &str) -> &HashSet<String> {
        static EMPTY: std::sync::LazyLock<HashSet<String>> = std::sync::LazyLock::new(HashSet::new);
        self.suspended.get(deck_id).unwrap_or(&EMPTY)
    }

    pub fn is_suspended(&self, deck_id: &str, card_id: &str) -> bool {
        self.suspended_in(deck_id).contains(card_id)
    }

    /// Takes a card out of studying (it keeps its state and history) or brings it back.
    pub fn set_suspended(
        &mut self,
        deck_id: &str,
        card_id: &str,
        suspended: bool,
    ) -> Result<(), SessionError> {
        self.writable()?;
        self.known_card(deck_id, card_id)?;
        let now = to_millis(self.now());
        self.store.set_suspended(deck_id, card_id, suspended, now)?;
        self.local_change();
        let cards = self.suspended.entry(deck_id.to_string()).or_default();
        if suspended {
            cards.insert(card_id.to_string());
        } else {
            cards.remove(card_id);
        }
        if let Some(position) = self.deck(deck_id).and_then(|d| d.position(card_id)) {
            self.requeue(deck_id, position);
        }
        Ok(())
    }

    /// Starts a card afresh: it is new again, and its earlier answers stay in the log for
    /// its history (replaying the log honours the reset).
    pub fn reset_card(&mut self, deck_id: &str, card_id: &str) -> Result<(), SessionError> {
        self.writable()?;
        self.known_card(deck_id, card_id)?;
        let now = to_millis(self.now());
        self.store.reset_card(deck_id, card_id, now)?;
        self.local_change();
        self.set_state(deck_id, card_id, None);
        Ok(())
    }

    fn known_card(&self, deck_id: &str, card_id: &str) -> Result<(), SessionError> {
        self.deck_or_error(deck_id)?;
        match self.card(deck_id, card_id) {
            Some(_) => Ok(()),
            None => Err(SessionError::UnknownCard(card_id.to_string())),
        }
    }

    pub(super) fn deck_or_error(&self, deck_id: &str) -> Result<&Deck, SessionError> {
        self.deck(deck_id)
            .ok_or_else(|| SessionError::UnknownDeck(deck_id.to_string()))
    }

    /// Puts `deck` in place of the loaded deck with its id (after its file was rewritten),
    /// with `notice` in place of any notice about that id. The cards keep their progress
    /// through their ids: their states are read again for the new deck's card positions.
    pub(super) fn replace_deck(
        &mut self,
        deck: Deck,
        notice: Option<DeckNotice>,
    ) -> Result<(), SessionError> {
        let deck_states = load_deck_states(&self.store, &deck)?;
        let suspended = self.suspended.get(&deck.id);
        let queue = DeckQueue::build(&deck.cards, &deck_states, |card| {
            held_out(&deck, card, suspended, self.settings.background_facts)
        });
        self.decks.notices.retain(|n| n.deck_id() != deck.id);
        self.decks.notices.extend(notice);
        self.states.insert(deck.id.clone(), deck_states);
        self.queues.insert(deck.id.clone(), queue);
        match self.decks.decks.iter_mut().find(|d| d.id == deck.id) {
            Some(loaded) => *loaded = deck,
            None => self.decks.decks.push(deck),
        }
        Ok(())
    }
}

/// The saved states of every deck's cards. The store lists them in card id order, as the
/// deck's `by_card_id` index has them, so each is matched to its card in one pass.
fn load_states(
    store: &Store,
    decks: &LoadedDecks,
) -> Result<HashMap<String, DeckStates>, SessionError> {
    let mut states = HashMap::with_capacity(decks.decks.len());
    for deck in &decks.decks {
        states.insert(deck.id.clone(), load_deck_states(store, deck)?);
    }
    Ok(states)
}

/// The saved states of one deck's cards, by their position in the deck.
fn load_deck_states(store: &Store, deck: &Deck) -> Result<DeckStates, SessionError> {
    let mut deck_states = DeckStates::new(deck.cards.len());
    let mut cards = deck.by_card_id.ascending();
    store.for_each_card_state(&deck.id, |card_id, state| match cards.position(card_id) {
        Some(position) => deck_states.set(position, Some(state)),
        None => deck_states.keep_retired(card_id, state),
    })?;
    Ok(deck_states)
}

/// Whether a card is out of studying: suspended, or a fact from outside the article while
/// the learner leaves `background` facts out.
pub(super) fn held_out(
    deck: &Deck,
    card: &Card,
    suspended: Option<&HashSet<String>>,
    background: bool,
) -> bool {
    suspended.is_some_and(|s| !s.is_empty() && s.contains(card.id.as_str()))
        || (!background && deck.fact_of(card).context)
}

pub(super) fn build_queues(
    decks: &LoadedDecks,
    states: &HashMap<String, DeckStates>,
    suspended: &HashMap<String, HashSet<String>>,
    background: bool,
) -> HashMap<String, DeckQueue> {
    let no_states = DeckStates::default();
    decks
        .decks
        .iter()
        .map(|deck| {
            let suspended = suspended.get(&deck.id);
            let queue = DeckQueue::build(
                &deck.cards,
                states.get(&deck.id).unwrap_or(&no_states),
                |card| held_out(deck, card, suspended, background),
            );
            (deck.id.clone(), queue)
        })
        .collect()
}

fn store_read_only_reason(store: &Store) -> Option<ReadOnlyReason> {
    store.is_read_only().then_some(ReadOnlyReason::FileReadOnly)
}

pub(super) fn schedule_settings(settings: &StudySettings) -> ScheduleSettings {
    ScheduleSettings {
        desired_retention: settings.desired_retention,
        parameters: settings.fsrs_parameters.clone(),
        ..ScheduleSettings::default()
    }
}

/// Syncing with the learner's other computers (see `session::sync`).
impl Collection {
    fn local_change(&self) {
        self.sync.local_change();
    }

    /// The scheduler in effect at each place of the log (see `sync::SchedulerTimeline`).
    fn scheduler_timeline(&self) -> Result<super::sync::SchedulerTimeline, SessionError> {
        let history = self
            .store
            .setting_history(&super::settings::SCHEDULING_KEYS)?;
        Ok(super::sync::SchedulerTimeline::new(&history)?)
    }

    /// The sync status as read after the last sync (cheap: for every frame).
    pub fn sync_status_cached(&self) -> &super::sync::SyncStatus {
        &self.sync.cached
    }

    /// Reads the status again for `sync_status_cached`.
    fn refresh_sync_status(&mut self) {
        if let Ok(status) = self.sync_status() {
            self.sync.cached = status;
        }
    }

    /// Whether and where this computer syncs, when it last did, and any problem.
    pub fn sync_status(&self) -> Result<super::sync::SyncStatus, SessionError> {
        let state = self.store.sync_state()?;
        // Counting what waits walks every answer not yet written, which without a folder
        // is the whole log (40 ms at a million answers, on every start); nothing shows it
        // then.
        let waiting = match state.folder {
            Some(_) => self.store.outbox_len()?,
            None => 0,
        };
        Ok(super::sync::SyncStatus {
            folder: state.folder.map(PathBuf::from),
            device_id: state.device_id,
            last_synced: state.last_synced,
            peers: state.peers,
            syncing: self.sync.syncing,
            problem: self.sync.problem.clone(),
            waiting,
        })
    }

    /// Sets the sync folder (`None`: stop syncing). The first time, the device gets its
    /// id and every card's state is rebuilt from the log with the settings of each
    /// answer's moment, the way every computer computes them from then on. A running sync
    /// thread stops; `start_sync` starts it with the new folder.
    pub fn set_sync_folder(&mut self, folder: Option<&Path>) -> Result<(), SessionError> {
        use super::sync::SyncProblem;
        self.writable()?;
        let Some(data_dir) = self.data_dir.clone() else {
            return Err(SessionError::NoDataDir);
        };
        let folder = match folder {
            Some(folder) => {
                let meta = std::fs::metadata(folder)
                    .map_err(|_| SyncProblem::FolderMissing(folder.to_path_buf()))?;
                if !meta.is_dir() {
                    return Err(SyncProblem::NotAFolder(folder.to_path_buf()).into());
                }
                let full = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_path_buf());
                if full.starts_with(std::fs::canonicalize(&data_dir).unwrap_or(data_dir.clone())) {
                    return Err(SyncProblem::CannotWrite {
                        path: full,
                        reason: crate::tr!("sync-inside-data-folder"),
                    }
                    .into());
                }
                Some(
                    full.to_str()
                        .ok_or_else(|| SessionError::PathNotUnicode(full.display().to_string()))?
                        .to_string(),
                )
            }
            None => None,
        };
        self.sync.worker = None;
        self.sync.problem = None;
        let first = self.store.sync_state()?.device_id.is_none();
        self.store.set_sync_folder(
            folder.as_deref(),
            &super::sync::new_device_id(),
            &super::sync::home_of(&data_dir),
        )?;
        if first && folder.is_some() {
            self.rebuild_from_log()?;
        }
        self.refresh_sync_status();
        Ok(())
    }

    /// Syncs now and waits for it (the command line). The progress takes in what came.
    pub fn sync_now(&mut self) -> Result<super::sync::SyncReport, SessionError> {
        self.writable()?;
        let Some(data_dir) = self.data_dir.clone() else {
            return Err(SessionError::NoDataDir);
        };
        let now = self.now();
        let result = super::sync::sync_once(&mut self.store, &data_dir, now);
        self.sync.problem = result.as_ref().err().cloned();
        self.refresh_sync_status();
        let report = result?;
        self.take_in(&report, false)?;
        Ok(report)
    }

    /// Starts the window's sync thread when a sync folder is set and the progress can be
    /// written; `wake` is called when there is news (the window asks for a frame).
    pub fn start_sync(&mut self, wake: std::sync::Arc<dyn Fn() + Send + Sync>) {
        self.start_sync_batching(wake, super::sync::ANSWER_BATCH);
    }

    /// `start_sync`, writing answers out at most every `batch` instead of every 30 s (for
    /// tests that cannot wait that long).
    pub fn start_sync_batching(
        &mut self,
        wake: std::sync::Arc<dyn Fn() + Send + Sync>,
        batch: std::time::Duration,
    ) {
        if self.sync.worker.is_some() || self.writable().is_err() {
            return;
        }
        let (Some(data_dir), Ok(state)) = (self.data_dir.clone(), self.store.sync_state()) else {
            return;
        };
        let Some(folder) = state.folder.map(PathBuf::from) else {
            return;
        };
        match super::sync::SyncWorker::start(
            &self.store,
            &data_dir,
            &folder,
            self.clock.clone(),
            self.sync.local_writes.clone(),
            wake,
            batch,
        ) {
            Ok(worker) => self.sync.worker = Some(worker),
            Err(problem) => self.sync.problem = Some(problem),
        }
        self.refresh_sync_status();
    }

    /// Asks the sync thread to sync as soon as it can (a study session or quiz ended).
    pub fn sync_soon(&self) {
        if let Some(worker) = &self.sync.worker {
            worker.sync_now();
        }
    }

    /// Takes in what the sync thread did since the last call; cheap when nothing
    /// happened, so the window calls it every frame. Returns the reports of syncs that
    /// ended (the window reopens the collection when deck files changed).
    pub fn poll_sync(&mut self) -> Vec<super::sync::SyncReport> {
        use super::sync::WorkerNews;
        let news = match &self.sync.worker {
            Some(worker) => worker.news(),
            None => return Vec::new(),
        };
        let mut reports = Vec::new();
        for item in news {
            match item {
                WorkerNews::Started => self.sync.syncing = true,
                WorkerNews::Finished {
                    result,
                    local_writes_at_start,
                } => {
                    self.sync.syncing = false;
                    match result {
                        Ok(report) => {
                            self.sync.problem = None;
                            // Answers given here while the thread merged were saved on
                            // states it may have changed: those cards are replayed here.
                            let raced = self.sync.writes() != local_writes_at_start;
                            if let Err(e) = self.take_in(&report, raced) {
                                self.sync.problem =
                                    Some(super::sync::SyncProblem::Store(e.to_string()));
                            }
                            reports.push(report);
                        }
                        Err(problem) => self.sync.problem = Some(problem),
                    }
                }
            }
            self.refresh_sync_status();
        }
        reports
    }

    /// Brings the in-memory states, suspensions, settings and queues in line with what a
    /// sync merged into the store; with `replay`, the touched cards are replayed first.
    fn take_in(
        &mut self,
        report: &super::sync::SyncReport,
        replay: bool,
    ) -> Result<(), SessionError> {
        let merged = &report.merged;
        if merged.added == 0 {
            return Ok(());
        }
        if replay && !merged.cards.is_empty() {
            let timeline = self.scheduler_timeline()?;
            self.store
                .replay_cards(&merged.cards, |before, review, position| {
                    timeline.at(position).answer(
                        before,
                        review.rating,
                        super::sync::review_time(review),
                    )
                })?;
        }
        self.answered_today.get_mut().clear();
        if merged.settings_changed {
            self.settings = StudySettings::load(&self.store)?;
            self.scheduler = Scheduler::new(schedule_settings(&self.settings))?;
        }
        if merged.suspensions_changed {
            self.suspended = self.store.suspended_cards()?;
        }
        for (deck_id, card_id) in &merged.cards {
            let state = self.store.card_state(deck_id, card_id)?;
            self.set_state(deck_id, card_id, state);
        }
        if merged.settings_changed || merged.suspensions_changed {
            self.queues = build_queues(
                &self.decks,
                &self.states,
                &self.suspended,
                self.settings.background_facts,
            );
        }
        Ok(())
    }
}
