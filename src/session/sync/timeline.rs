//! The scheduler in effect at each place of the log: the scheduling settings (desired
//! retention, the learner's own FSRS parameters) as they were changed, on any computer.
//! Replaying an answer with the settings of its own moment gives the state the computer
//! that took it saved, so every computer that holds the same changes holds the same states.

use crate::schedule::{ScheduleError, Scheduler};
use crate::session::StudySettings;
use crate::session::settings::SCHEDULING_KEYS;
use crate::store::sync::{Position, SettingChange};

/// Schedulers by the place in the order from which each is in effect.
pub struct SchedulerTimeline {
    first: Scheduler,
    changes: Vec<(Position, Scheduler)>,
}

impl SchedulerTimeline {
    /// The timeline of the scheduling settings' `history` (in order).
    pub fn new(history: &[SettingChange]) -> Result<SchedulerTimeline, ScheduleError> {
        let mut settings = StudySettings::default();
        let first = Scheduler::new(super::super::collection::schedule_settings(&settings))?;
        let mut changes: Vec<(Position, Scheduler)> = Vec::new();
        for change in history {
            if !SCHEDULING_KEYS.contains(&change.key.as_str()) {
                continue;
            }
            let before = settings.clone();
            settings.apply(&change.key, &change.value);
            if settings != before {
                let scheduler =
                    Scheduler::new(super::super::collection::schedule_settings(&settings))?;
                changes.push((change.position, scheduler));
            }
        }
        Ok(SchedulerTimeline { first, changes })
    }

    /// The scheduler in effect at `position`: set by the last change before it.
    pub fn at(&self, position: Position) -> &Scheduler {
        let after = self.changes.partition_point(|(from, _)| *from < position);
        match after.checked_sub(1) {
            Some(i) => &self.changes[i].1,
            None => &self.first,
        }
    }
}
