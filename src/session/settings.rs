//! The learner's study settings, saved with the progress so they travel with it.

use crate::session::QuestionMix;
use crate::session::queue::DailyLimits;
use crate::store::{Store, StoreError};

/// Settings that change how studying works.
#[derive(Debug, Clone, PartialEq)]
pub struct StudySettings {
    /// The chance of still knowing a card when it comes back; higher means more reviews.
    pub desired_retention: f32,
    pub new_per_day: usize,
    pub reviews_per_day: usize,
    /// The learner's own FSRS-6 parameters; empty means the published defaults.
    pub fsrs_parameters: Vec<f32>,
    /// Flashcards only, or questions (multiple choice, typed…) as well.
    pub question_mix: QuestionMix,
    /// Whether facts from outside the article (`context = true` in the deck) are studied
    /// and quizzed. Off by default: the article is what the learner has to know.
    pub background_facts: bool,
}

impl Default for StudySettings {
    fn default() -> Self {
        StudySettings {
            desired_retention: 0.9,
            new_per_day: 20,
            reviews_per_day: 200,
            fsrs_parameters: Vec::new(),
            question_mix: QuestionMix::default(),
            background_facts: false,
        }
    }
}

pub const RETENTION_RANGE: std::ops::RangeInclusive<f32> = 0.70..=0.99;

const DESIRED_RETENTION: &str = "desired_retention";
const NEW_PER_DAY: &str = "new_per_day";
const REVIEWS_PER_DAY: &str = "reviews_per_day";
const FSRS_PARAMETERS: &str = "fsrs_parameters";
const QUESTION_MIX: &str = "question_mix";
const BACKGROUND_FACTS: &str = "background_facts";
const KEYS: [&str; 6] = [
    DESIRED_RETENTION,
    NEW_PER_DAY,
    REVIEWS_PER_DAY,
    FSRS_PARAMETERS,
    QUESTION_MIX,
    BACKGROUND_FACTS,
];

/// The settings that change how an answer schedules a card: replaying the log uses the
/// ones in effect at each answer.
pub const SCHEDULING_KEYS: [&str; 2] = [DESIRED_RETENTION, FSRS_PARAMETERS];

impl StudySettings {
    /// Reads the saved settings; anything missing or unreadable keeps its default.
    pub fn load(store: &Store) -> Result<StudySettings, StoreError> {
        let mut settings = StudySettings::default();
        for key in KEYS {
            if let Some(value) = store.setting(key)? {
                settings.apply(key, &value);
            }
        }
        Ok(settings)
    }

    /// Takes one saved setting's value; an unreadable one leaves the setting as it was.
    /// (Replaying the log applies the changes of the scheduling settings one by one.)
    pub fn apply(&mut self, key: &str, value: &str) {
        match key {
            DESIRED_RETENTION => {
                if let Some(r) = value
                    .parse::<f32>()
                    .ok()
                    .filter(|r| RETENTION_RANGE.contains(r))
                {
                    self.desired_retention = r;
                }
            }
            NEW_PER_DAY => {
                if let Ok(n) = value.parse() {
                    self.new_per_day = n;
                }
            }
            REVIEWS_PER_DAY => {
                if let Ok(n) = value.parse() {
                    self.reviews_per_day = n;
                }
            }
            FSRS_PARAMETERS => {
                if let Some(p) = parse_parameters(value) {
                    self.fsrs_parameters = p;
                }
            }
            QUESTION_MIX => {
                if let Some(mix) = QuestionMix::from_name(value) {
                    self.question_mix = mix;
                }
            }
            BACKGROUND_FACTS => {
                if let Ok(b) = value.parse() {
                    self.background_facts = b;
                }
            }
            _ => {}
        }
    }

    pub fn save(&self, store: &mut Store) -> Result<(), StoreError> {
        store.set_setting(DESIRED_RETENTION, &self.desired_retention.to_string())?;
        store.set_setting(NEW_PER_DAY, &self.new_per_day.to_string())?;
        store.set_setting(REVIEWS_PER_DAY, &self.reviews_per_day.to_string())?;
        let parameters: Vec<String> = self.fsrs_parameters.iter().map(f32::to_string).collect();
        store.set_setting(FSRS_PARAMETERS, &parameters.join(","))?;
        store.set_setting(QUESTION_MIX, self.question_mix.name())?;
        store.set_setting(BACKGROUND_FACTS, &self.background_facts.to_string())
    }

    pub fn limits(&self) -> DailyLimits {
        DailyLimits {
            new_per_day: self.new_per_day,
            reviews_per_day: self.reviews_per_day,
        }
    }
}

/// Comma-separated parameters; anything unreadable means "use the defaults".
fn parse_parameters(text: &str) -> Option<Vec<f32>> {
    if text.trim().is_empty() {
        return Some(Vec::new());
    }
    let parameters: Option<Vec<f32>> = text.split(',').map(|p| p.trim().parse().ok()).collect();
    parameters.filter(|p| fsrs::FSRS::new(p).is_ok())
}
