//! When each card comes back: FSRS-6 (the `fsrs` crate, as in Anki) for the memory model,
//! with short learning steps in minutes for new and forgotten cards.
//!
//! A card's state is a pure function of its answers: `Scheduler::answer` is the only way
//! a state changes, so replaying the review log rebuilds every state exactly.

mod deck_states;
pub mod evaluate;
pub mod workload;

pub use deck_states::DeckStates;

use crate::clock::{day_start, from_millis, study_day, to_millis};
use chrono::{DateTime, Duration, FixedOffset};
use fsrs::{FSRS, MemoryState, NextStates};

/// The learner's answer to a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rating {
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];

    pub fn number(self) -> u8 {
        self as u8
    }

    pub fn from_number(n: i64) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| i64::from(r.number()) == n)
    }

    pub fn name(self) -> &'static str {
        match self {
            Rating::Again => "Again",
            Rating::Hard => "Hard",
            Rating::Good => "Good",
            Rating::Easy => "Easy",
        }
    }

    /// True when the learner remembered (everything but Again).
    pub fn is_pass(self) -> bool {
        self != Rating::Again
    }
}

/// Where a card is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    /// Never answered.
    New,
    /// Answered, still in its first short steps.
    Learning,
    /// Graduated: comes back after days.
    Review,
    /// Forgotten after graduating: back in short steps.
    Relearning,
}

impl Phase {
    pub fn code(self) -> i64 {
        match self {
            Phase::New => 0,
            Phase::Learning => 1,
            Phase::Review => 2,
            Phase::Relearning => 3,
        }
    }

    pub fn from_code(code: i64) -> Option<Phase> {
        [
            Phase::New,
            Phase::Learning,
            Phase::Review,
            Phase::Relearning,
        ]
        .into_iter()
        .find(|p| p.code() == code)
    }

    pub fn is_learning(self) -> bool {
        matches!(self, Phase::Learning | Phase::Relearning)
    }
}

/// Everything the scheduler knows about one card.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CardState {
    pub phase: Phase,
    /// Index into the learning or relearning steps.
    pub step: u32,
    /// FSRS memory state; `None` before the first answer.
    pub memory: Option<MemoryState>,
    /// When the card is next due, in ms since the epoch.
    pub due: i64,
    pub last_review: Option<i64>,
    pub first_review: Option<i64>,
    /// Days until the next review when graduated; 0 in (re)learning.
    pub interval_days: u32,
    pub reps: u32,
    pub lapses: u32,
}

impl CardState {
    /// The state of a card never answered.
    pub fn new_card() -> Self {
        CardState {
            phase: Phase::New,
            step: 0,
            memory: None,
            due: 0,
            last_review: None,
            first_review: None,
            interval_days: 0,
            reps: 0,
            lapses: 0,
        }
    }
}

/// The learner's scheduling preferences.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduleSettings {
    /// The chance of remembering a card when it comes back (0.7–0.99).
    pub desired_retention: f32,
    pub learning_steps: Vec<Duration>,
    pub relearning_steps: Vec<Duration>,
    pub max_interval_days: u32,
    /// FSRS-6 parameters; empty means the published defaults.
    pub parameters: Vec<f32>,
}

impl Default for ScheduleSettings {
    fn default() -> Self {
        ScheduleSettings {
            desired_retention: 0.9,
            learning_steps: vec![Duration::minutes(1), Duration::minutes(10)],
            relearning_steps: vec![Duration::minutes(10)],
            max_interval_days: 36_500,
            parameters: Vec::new(),
        }
    }
}

/// What the scheduler could not do; worded (`Display`) in the thread's language.
#[derive(Debug, thiserror::Error)]
pub enum ScheduleError {
    Parameters(fsrs::FSRSError),
    Model(fsrs::FSRSError),
}

impl std::fmt::Display for ScheduleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            ScheduleError::Parameters(e) => {
                tr!("schedule-error-parameters", reason = e.to_string())
            }
            ScheduleError::Model(e) => tr!("schedule-error-model", reason = e.to_string()),
        };
        f.write_str(&text)
    }
}

/// What one rating would do: the card's next state and how long until it is due.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outcome {
    pub rating: Rating,
    pub state: CardState,
    /// How long until the card comes back.
    pub wait: Duration,
}

impl Outcome {
    /// The wait the learner is told (on a rating button, after a checked question): the
    /// step's wait while the card is learning, its interval in whole days once it has
    /// graduated. A value; the window and the command line word it in their language.
    pub fn shown_wait(&self) -> Duration {
        if self.state.phase.is_learning() {
            self.wait
        } else {
            Duration::days(i64::from(self.state.interval_days))
        }
    }
}

/// FSRS-6 with learning steps.
#[derive(Debug, Clone)]
pub struct Scheduler {
    fsrs: FSRS,
    settings: ScheduleSettings,
}

impl Scheduler {
    pub fn new(settings: ScheduleSettings) -> Result<Self, ScheduleError> {
        let fsrs = FSRS::new(&settings.parameters).map_err(ScheduleError::Parameters)?;
        Ok(Scheduler { fsrs, settings })
    }

    pub fn settings(&self) -> &ScheduleSettings {
        &self.settings
    }

    /// What each of the four ratings would do to the card now.
    pub fn outcomes(
        &self,
        state: &CardState,
        now: DateTime<FixedOffset>,
    ) -> Result<[Outcome; 4], ScheduleError> {
        let next = self.next_memory_states(state, now)?;
        let intervals = self.review_intervals(state, &next);
        let mut outcomes = Rating::ALL.map(|rating| Outcome {
            rating,
            state: *state,
            wait: Duration::zero(),
        });
        for (outcome, interval) in outcomes.iter_mut().zip(intervals) {
            let memory = match outcome.rating {
                Rating::Again => next.again.memory,
                Rating::Hard => next.hard.memory,
                Rating::Good => next.good.memory,
                Rating::Easy => next.easy.memory,
            };
            outcome.state = self.step(state, outcome.rating, memory, interval, now);
            outcome.wait = Duration::milliseconds(outcome.state.due - to_millis(now));
        }
        Ok(outcomes)
    }

    /// The card's state after answering it with `rating` at `now`.
    pub fn answer(
        &self,
        state: &CardState,
        rating: Rating,
        now: DateTime<FixedOffset>,
    ) -> Result<CardState, ScheduleError> {
        Ok(self.outcome(state, rating, now)?.state)
    }

    /// What answering the card with `rating` at `now` does: its next state and the wait
    /// until it is back.
    pub fn outcome(
        &self,
        state: &CardState,
        rating: Rating,
        now: DateTime<FixedOffset>,
    ) -> Result<Outcome, ScheduleError> {
        let outcomes = self.outcomes(state, now)?;
        Ok(outcomes[usize::from(rating.number() - 1)])
    }

    /// The predicted chance of recalling the card now; `None` for a new card.
    pub fn retrievability(&self, state: &CardState, now: DateTime<FixedOffset>) -> Option<f32> {
        let memory = state.memory?;
        let last = state.last_review?;
        let elapsed_days = (to_millis(now) - last).max(0) as f32 / 86_400_000.0;
        let decay = self.decay();
        Some(fsrs::current_retrievability(memory, elapsed_days, decay))
    }

    fn decay(&self) -> f32 {
        self.settings
            .parameters
            .get(20)
            .copied()
            .unwrap_or(fsrs::FSRS6_DEFAULT_DECAY)
    }

    fn next_memory_states(
        &self,
        state: &CardState,
        now: DateTime<FixedOffset>,
    ) -> Result<NextStates, ScheduleError> {
        let days_elapsed = state.last_review.map_or(0, |last| {
            let days = (study_day(now) - study_day(from_millis(last, now))).num_days();
            days.clamp(0, i64::from(u32::MAX)) as u32
        });
        self.fsrs
            .next_states(state.memory, self.settings.desired_retention, days_elapsed)
            .map_err(ScheduleError::Model)
    }

    /// Days until the next review for Hard, Good and Easy if the card graduates now,
    /// kept in order (Hard < Good < Easy) as Anki does. Index 0 (Again) is unused.
    fn review_intervals(&self, state: &CardState, next: &NextStates) -> [u32; 4] {
        let max = self.settings.max_interval_days.max(1);
        let days = |interval: f32| (interval.round().max(1.0) as u32).min(max);
        let mut hard = days(next.hard.interval);
        let mut good = days(next.good.interval);
        let mut easy = days(next.easy.interval);
        if state.phase == Phase::Review {
            hard = hard.min(good);
            good = good.max(hard + 1).min(max);
        }
        easy = easy.max(good + 1).min(max);
        [0, hard, good, easy]
    }

    fn step(
        &self,
        state: &CardState,
        rating: Rating,
        memory: MemoryState,
        interval_days: u32,
        now: DateTime<FixedOffset>,
    ) -> CardState {
        let now_ms = to_millis(now);
        let mut next = CardState {
            memory: Some(memory),
            last_review: Some(now_ms),
            first_review: state.first_review.or(Some(now_ms)),
            reps: state.reps + 1,
            ..*state
        };
        let in_minutes = |delay: Duration| now_ms + delay.num_milliseconds();
        let graduate = |next: &mut CardState, days: u32| {
            next.phase = Phase::Review;
            next.step = 0;
            next.interval_days = days;
            let due_day = study_day(now) + Duration::days(i64::from(days));
            next.due = to_millis(day_start(due_day, now));
        };
        let steps = match state.phase {
            Phase::Relearning => &self.settings.relearning_steps,
            _ => &self.settings.learning_steps,
        };
        match (state.phase, rating) {
            (Phase::Review, Rating::Again) => {
                next.lapses += 1;
                next.interval_days = 0;
                if let Some(first) = self.settings.relearning_steps.first() {
                    next.phase = Phase::Relearning;
                    next.step = 0;
                    next.due = in_minutes(*first);
                } else {
                    graduate(&mut next, 1);
                }
            }
            (Phase::Review, _) => graduate(&mut next, interval_days),
            (_, Rating::Easy) => graduate(&mut next, interval_days),
            (phase, rating) => {
                let learning_phase = if phase == Phase::New {
                    Phase::Learning
                } else {
                    phase
                };
                let current = if phase == Phase::New {
                    0
                } else {
                    state.step as usize
                };
                let delay = match rating {
                    Rating::Again => steps.first().map(|d| (0, *d)),
                    Rating::Hard => hard_delay(steps, current).map(|d| (current, d)),
                    _ => steps.get(current + 1).map(|d| (current + 1, *d)),
                };
                match delay {
                    Some((step, delay)) => {
                        next.phase = learning_phase;
                        next.step = step as u32;
                        next.interval_days = 0;
                        next.due = in_minutes(delay);
                    }
                    None => graduate(&mut next, interval_days),
                }
            }
        }
        next
    }
}

/// Hard repeats the current step; on the first of several steps it waits halfway between
/// the first two, as Anki does.
fn hard_delay(steps: &[Duration], current: usize) -> Option<Duration> {
    match (steps.get(current), steps.get(current + 1)) {
        (Some(a), Some(b)) if current == 0 => Some((*a + *b) / 2),
        (Some(a), _) => Some(*a),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{Clock, ManualClock};

    fn scheduler() -> Scheduler {
        Scheduler::new(ScheduleSettings::default()).expect("default parameters are valid")
    }

    #[test]
    fn a_new_card_shows_its_learning_steps_on_the_buttons() {
        let clock = ManualClock::at_utc("2026-03-10T10:00:00Z", 1);
        let outcomes = scheduler()
            .outcomes(&CardState::new_card(), clock.now())
            .unwrap();
        let waits: Vec<Duration> = outcomes.iter().map(Outcome::shown_wait).collect();
        assert_eq!(waits[0], Duration::minutes(1));
        assert!(waits[0] < waits[1] && waits[1] < waits[2], "{waits:?}");
        assert_eq!(waits[2], Duration::minutes(10));
        assert!(waits[3] >= Duration::days(1), "Easy graduates: {waits:?}");
    }

    #[test]
    fn good_through_the_steps_graduates_the_card() {
        let clock = ManualClock::at_utc("2026-03-10T10:00:00Z", 0);
        let s = scheduler();
        let first = s
            .answer(&CardState::new_card(), Rating::Good, clock.now())
            .unwrap();
        assert_eq!(first.phase, Phase::Learning);
        clock.advance(Duration::minutes(10));
        let second = s.answer(&first, Rating::Good, clock.now()).unwrap();
        assert_eq!(second.phase, Phase::Review);
        assert!(second.interval_days >= 1);
        assert!(second.due > to_millis(clock.now()));
    }

    #[test]
    fn forgetting_a_review_card_counts_a_lapse_and_relearns_it() {
        let clock = ManualClock::at_utc("2026-03-10T10:00:00Z", 0);
        let s = scheduler();
        let graduated = s
            .answer(&CardState::new_card(), Rating::Easy, clock.now())
            .unwrap();
        clock.advance(Duration::days(graduated.interval_days.into()));
        let forgotten = s.answer(&graduated, Rating::Again, clock.now()).unwrap();
        assert_eq!(forgotten.phase, Phase::Relearning);
        assert_eq!(forgotten.lapses, 1);
        assert_eq!(forgotten.due - to_millis(clock.now()), 10 * 60 * 1000);
    }

    #[test]
    fn review_intervals_are_ordered_hard_good_easy() {
        let clock = ManualClock::at_utc("2026-03-10T10:00:00Z", 0);
        let s = scheduler();
        let mut state = s
            .answer(&CardState::new_card(), Rating::Good, clock.now())
            .unwrap();
        clock.advance(Duration::minutes(10));
        state = s.answer(&state, Rating::Good, clock.now()).unwrap();
        clock.advance(Duration::days(state.interval_days.into()));
        let o = s.outcomes(&state, clock.now()).unwrap();
        let days = |r: Rating| o[usize::from(r.number() - 1)].state.interval_days;
        assert!(days(Rating::Hard) < days(Rating::Good));
        assert!(days(Rating::Good) < days(Rating::Easy));
    }
}
