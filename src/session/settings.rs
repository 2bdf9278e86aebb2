//! The learner's study settings, saved with the progress so they travel with it.
//!
//! A group of settings (the study settings here, the appearance in `appearance.rs`) is one
//! `#[serde(default)]` struct, saved as one JSON value under one key in one transaction, so
//! a save never leaves half of a group written. Progress files of earlier versions kept
//! each setting in a row of its own; those rows are read when the group's value is not
//! there yet, and `move_old_rows` puts them into the value once, on the first writable open.

use crate::session::QuestionMix;
use crate::session::queue::DailyLimits;
use crate::store::{Store, StoreError};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Settings that change how studying works.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
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

/// The settings changes that change how an answer schedules a card (the study settings'
/// value, and the rows of earlier versions for retention and parameters): replaying the
/// log uses the settings in effect at each answer (`sync::SchedulerTimeline`).
pub const SCHEDULING_KEYS: [&str; 3] = [
    <StudySettings as SettingsGroup>::KEY,
    "desired_retention",
    "fsrs_parameters",
];

/// A group of settings saved as one value.
pub(super) trait SettingsGroup: Serialize + DeserializeOwned + Default {
    /// The key the group's value is saved under.
    const KEY: &'static str;
    /// The rows earlier versions kept the group's settings in, one per setting.
    const OLD_KEYS: &'static [&'static str];
    /// The group as the old rows hold it (`read` gives a row's value, if it is there).
    fn from_old_rows(read: &dyn Fn(&str) -> Option<String>) -> Self;
    /// The group with every value it cannot use (out of range, not valid) at its default.
    fn usable(self) -> Self;
}

/// Reads a group; anything missing or unreadable keeps its default (a value that cannot
/// be read as a whole gives the defaults, and is replaced on the next save).
pub(super) fn load<G: SettingsGroup>(store: &Store) -> Result<G, StoreError> {
    if let Some(saved) = store.setting(G::KEY)? {
        return Ok(serde_json::from_str::<G>(&saved)
            .unwrap_or_default()
            .usable());
    }
    let mut old = Vec::new();
    for key in G::OLD_KEYS {
        if let Some(value) = store.setting(key)? {
            old.push((*key, value));
        }
    }
    let read = |key: &str| old.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone());
    Ok(G::from_old_rows(&read).usable())
}

/// Saves a group as one value, in one transaction that also removes its old rows.
pub(super) fn save<G: SettingsGroup>(group: &G, store: &mut Store) -> Result<(), StoreError> {
    // Plain numbers, strings and lists: serde_json cannot fail on them.
    let value = serde_json::to_string(group).unwrap_or_default();
    store.replace_setting(G::KEY, &value, G::OLD_KEYS)
}

/// Whether a group is still kept in the old rows (and not yet in its value).
fn in_old_rows<G: SettingsGroup>(store: &Store) -> Result<bool, StoreError> {
    if store.setting(G::KEY)?.is_some() {
        return Ok(false);
    }
    for key in G::OLD_KEYS {
        if store.setting(key)?.is_some() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Puts the settings a progress file of an earlier version kept row by row into their
/// groups' values, once. A file open read-only keeps its rows; they are read as before.
pub(super) fn move_old_rows(store: &mut Store) -> Result<(), StoreError> {
    if store.is_read_only() {
        return Ok(());
    }
    if in_old_rows::<StudySettings>(store)? {
        let settings: StudySettings = load(store)?;
        save(&settings, store)?;
    }
    if in_old_rows::<super::Appearance>(store)? {
        let appearance: super::Appearance = load(store)?;
        save(&appearance, store)?;
    }
    Ok(())
}

impl SettingsGroup for StudySettings {
    const KEY: &'static str = "study_settings";
    const OLD_KEYS: &'static [&'static str] = &[
        "desired_retention",
        "new_per_day",
        "reviews_per_day",
        "fsrs_parameters",
        "question_mix",
        "background_facts",
    ];

    fn from_old_rows(read: &dyn Fn(&str) -> Option<String>) -> Self {
        let defaults = StudySettings::default();
        StudySettings {
            desired_retention: read("desired_retention")
                .and_then(|v| v.parse().ok())
                .unwrap_or(defaults.desired_retention),
            new_per_day: read("new_per_day")
                .and_then(|v| v.parse().ok())
                .unwrap_or(defaults.new_per_day),
            reviews_per_day: read("reviews_per_day")
                .and_then(|v| v.parse().ok())
                .unwrap_or(defaults.reviews_per_day),
            fsrs_parameters: read("fsrs_parameters")
                .and_then(|v| parse_parameters(&v))
                .unwrap_or(defaults.fsrs_parameters),
            question_mix: read("question_mix")
                .and_then(|v| QuestionMix::from_name(&v))
                .unwrap_or(defaults.question_mix),
            background_facts: read("background_facts")
                .and_then(|v| v.parse().ok())
                .unwrap_or(defaults.background_facts),
        }
    }

    fn usable(self) -> Self {
        let defaults = StudySettings::default();
        StudySettings {
            desired_retention: Some(self.desired_retention)
                .filter(|r| RETENTION_RANGE.contains(r))
                .unwrap_or(defaults.desired_retention),
            fsrs_parameters: Some(self.fsrs_parameters)
                .filter(|p| p.is_empty() || fsrs::FSRS::new(p).is_ok())
                .unwrap_or(defaults.fsrs_parameters),
            ..self
        }
    }
}

impl StudySettings {
    /// Reads the saved settings; anything missing or unreadable keeps its default.
    pub fn load(store: &Store) -> Result<StudySettings, StoreError> {
        load(store)
    }

    /// Takes one change of the settings, as replaying the log meets them: the group's
    /// whole value, or a row of an earlier version (retention, parameters). An unreadable
    /// one leaves the settings as they were.
    pub fn apply(&mut self, key: &str, value: &str) {
        match key {
            <StudySettings as SettingsGroup>::KEY => {
                if let Ok(settings) = serde_json::from_str::<StudySettings>(value) {
                    *self = settings.usable();
                }
            }
            "desired_retention" => {
                if let Some(r) = value
                    .parse::<f32>()
                    .ok()
                    .filter(|r| RETENTION_RANGE.contains(r))
                {
                    self.desired_retention = r;
                }
            }
            "fsrs_parameters" => {
                if let Some(p) = parse_parameters(value) {
                    self.fsrs_parameters = p;
                }
            }
            _ => {}
        }
    }

    /// Saves the settings as one value, in one transaction.
    pub fn save(&self, store: &mut Store) -> Result<(), StoreError> {
        save(self, store)
    }

    pub fn limits(&self) -> DailyLimits {
        DailyLimits {
            new_per_day: self.new_per_day,
            reviews_per_day: self.reviews_per_day,
        }
    }
}

/// Comma-separated parameters (as the old rows kept them); anything unreadable means "use
/// the defaults".
fn parse_parameters(text: &str) -> Option<Vec<f32>> {
    if text.trim().is_empty() {
        return Some(Vec::new());
    }
    text.split(',').map(|p| p.trim().parse().ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn old_rows(rows: &[(&str, &str)]) -> Store {
        let mut store = Store::open_in_memory().expect("in memory");
        for (key, value) in rows {
            store.set_setting(key, value).expect("saved");
        }
        store
    }

    #[test]
    fn settings_are_one_value_and_read_back_the_same() {
        let mut store = Store::open_in_memory().expect("in memory");
        let settings = StudySettings {
            desired_retention: 0.85,
            new_per_day: 7,
            fsrs_parameters: fsrs::DEFAULT_PARAMETERS.to_vec(),
            question_mix: QuestionMix::FlashcardsOnly,
            background_facts: true,
            ..StudySettings::default()
        };
        settings.save(&mut store).expect("saved");
        assert_eq!(StudySettings::load(&store).expect("read"), settings);
        let saved = store.setting("study_settings").expect("read");
        assert!(saved.is_some_and(|v| v.contains("\"question_mix\":\"flashcards\"")));
    }

    #[test]
    fn a_value_missing_a_setting_or_holding_an_unusable_one_keeps_its_default() {
        let mut store = Store::open_in_memory().expect("in memory");
        store
            .set_setting(
                "study_settings",
                r#"{"new_per_day": 5, "desired_retention": 0.2, "fsrs_parameters": [1.0]}"#,
            )
            .expect("saved");
        let settings = StudySettings::load(&store).expect("read");
        assert_eq!(
            settings,
            StudySettings {
                new_per_day: 5,
                ..StudySettings::default()
            }
        );
        store
            .set_setting("study_settings", "not json")
            .expect("saved");
        assert_eq!(
            StudySettings::load(&store).expect("read"),
            StudySettings::default()
        );
    }

    #[test]
    fn the_old_rows_are_read_and_moved_into_one_value_once() {
        let mut store = old_rows(&[
            ("desired_retention", "0.8"),
            ("new_per_day", "12"),
            ("question_mix", "flashcards"),
            ("background_facts", "true"),
            ("reviews_per_day", "many"),
            ("theme", "dark"),
            ("text_scale", "1.5"),
            ("interface_language", "de"),
            ("reading.article_path", "/tmp/artikel.txt"),
        ]);
        let expected = StudySettings {
            desired_retention: 0.8,
            new_per_day: 12,
            question_mix: QuestionMix::FlashcardsOnly,
            background_facts: true,
            ..StudySettings::default()
        };
        assert_eq!(StudySettings::load(&store).expect("read"), expected);
        move_old_rows(&mut store).expect("moved");
        assert_eq!(StudySettings::load(&store).expect("read"), expected);
        for key in StudySettings::OLD_KEYS {
            assert_eq!(store.setting(key).expect("read"), None, "{key}");
        }
        let appearance: super::super::Appearance = load(&store).expect("read");
        assert_eq!(appearance.text_scale, 1.5);
        assert_eq!(store.setting("theme").expect("read"), None);
        // Not a group's setting: left where it is.
        assert!(
            store
                .setting("reading.article_path")
                .expect("read")
                .is_some()
        );
    }
}
