//! The window: an eframe `App` (`app.rs`) with one file per screen, each of the one shape
//! of `screen.rs`. The UI reads and calls the `session` layer and never touches SQL, files
//! or threads itself (`tests/architecture.rs` holds it to that).

mod app;
mod article;
mod article_layout;
mod browser;
mod colour_key;
mod draft;
mod file_field;
pub mod first_frame;
mod highlighted_text;
mod home;
mod import;
mod layout;
mod question;
mod quiz_results;
mod quiz_run;
mod quiz_setup;
mod reading;
mod recovery;
mod screen;
mod session_summary;
mod settings;
mod shortcuts;
mod stats;
mod study;
mod summary;
mod sync;
mod terms;
mod window;

use crate::clock::{Clock, SystemClock};
use crate::i18n::Language;
use eframe::egui;
use std::path::PathBuf;
use std::sync::Arc;

pub use app::FactdeckApp;
pub use window::run_window;

/// What the window needs to start.
#[derive(Clone)]
pub struct AppOptions {
    pub data_dir: PathBuf,
    /// Deck folders beyond the data directory's own (`--decks`).
    pub deck_folders: Vec<PathBuf>,
    pub clock: Arc<dyn Clock>,
    /// The interface language for this run whatever Settings say (`--language`), until the
    /// learner chooses one in Settings; `None`: the one chosen in Settings, else the
    /// system's. Tests pass English so they can find widgets by their English labels.
    pub language: Option<Language>,
}

impl AppOptions {
    /// Options for a window in English (the real program passes `language: None`).
    pub fn new(data_dir: PathBuf) -> Self {
        AppOptions {
            data_dir,
            deck_folders: Vec::new(),
            clock: Arc::new(SystemClock),
            language: Some(Language::English),
        }
    }
}

/// The spacing and fonts of every screen.
fn style(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        layout::readable_small_text(style);
    });
    // egui's text font has no arrows ("log loss 0.45 → 0.44", "Settings → Backups"); its
    // monospace font, already built in, has them, so it backs the text font up.
    let mut fonts = egui::FontDefinitions::default();
    if let Some(text) = fonts.families.get_mut(&egui::FontFamily::Proportional) {
        text.push("Hack".to_owned());
    }
    ctx.set_fonts(fonts);
}
