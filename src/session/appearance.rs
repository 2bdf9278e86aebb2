//! How the window looks and speaks: the interface language, the theme and the text size,
//! saved with the progress like the study settings (one value, see `settings.rs`), so they
//! travel with it.

use super::settings::SettingsGroup;
use crate::i18n::Language;

/// Light, dark, or whatever the system uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn name(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_name(name: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// The text sizes offered, as a share of the normal size.
pub const TEXT_SCALE_RANGE: std::ops::RangeInclusive<f32> = 0.75..=2.0;

/// The window's look and language.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Appearance {
    /// `None` until the learner chooses one: then the window uses the system's language.
    pub language: Option<Language>,
    pub theme: Theme,
    /// 1.0 is the normal size; see [`TEXT_SCALE_RANGE`].
    pub text_scale: f32,
}

impl Default for Appearance {
    fn default() -> Self {
        Appearance {
            language: None,
            theme: Theme::System,
            text_scale: 1.0,
        }
    }
}

impl SettingsGroup for Appearance {
    const KEY: &'static str = "appearance";
    const OLD_KEYS: &'static [&'static str] = &["interface_language", "theme", "text_scale"];

    fn from_old_rows(read: &dyn Fn(&str) -> Option<String>) -> Self {
        let defaults = Appearance::default();
        Appearance {
            language: read("interface_language").and_then(|code| Language::from_code(&code)),
            theme: read("theme")
                .and_then(|name| Theme::from_name(&name))
                .unwrap_or(defaults.theme),
            text_scale: read("text_scale")
                .and_then(|v| v.parse().ok())
                .unwrap_or(defaults.text_scale),
        }
    }

    fn usable(self) -> Self {
        Appearance {
            text_scale: Some(self.text_scale)
                .filter(|s| TEXT_SCALE_RANGE.contains(s))
                .unwrap_or(Appearance::default().text_scale),
            ..self
        }
    }
}

/// The language saved with the progress in `data_dir`, for a command that speaks to the
/// learner without a window. Only peeked at (no file is left beside the progress), and
/// `None` when there is no usable progress file or no language was chosen: the command
/// then speaks the system's language.
pub fn saved_language(data_dir: &std::path::Path) -> Option<Language> {
    let progress = crate::paths::progress_file(data_dir);
    if !progress.is_file() {
        return None;
    }
    let store = crate::store::Store::open_to_peek(&progress).ok()?;
    super::settings::load::<Appearance>(&store).ok()?.language
}
