//! How the window looks and speaks: the interface language, the theme and the text size,
//! saved with the progress like the study settings, so they travel with it.

use crate::i18n::Language;
use crate::store::{Store, StoreError};

/// Light, dark, or whatever the system uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
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
#[derive(Debug, Clone, Copy, PartialEq)]
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

const LANGUAGE: &str = "interface_language";
const THEME: &str = "theme";
const TEXT_SCALE: &str = "text_scale";

impl Appearance {
    /// Reads the saved appearance; anything missing or unreadable keeps its default.
    pub fn load(store: &Store) -> Result<Appearance, StoreError> {
        let defaults = Appearance::default();
        Ok(Appearance {
            language: store
                .setting(LANGUAGE)?
                .and_then(|code| Language::from_code(&code)),
            theme: store
                .setting(THEME)?
                .and_then(|name| Theme::from_name(&name))
                .unwrap_or(defaults.theme),
            text_scale: store
                .setting(TEXT_SCALE)?
                .and_then(|v| v.parse::<f32>().ok())
                .filter(|s| TEXT_SCALE_RANGE.contains(s))
                .unwrap_or(defaults.text_scale),
        })
    }

    pub fn save(&self, store: &mut Store) -> Result<(), StoreError> {
        if let Some(language) = self.language {
            store.set_setting(LANGUAGE, language.code())?;
        }
        store.set_setting(THEME, self.theme.name())?;
        store.set_setting(TEXT_SCALE, &self.text_scale.to_string())
    }
}
