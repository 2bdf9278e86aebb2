//! The real window, driven through its accessibility tree as a learner would use it.

use eframe::egui::Key;
use egui_kittest::Harness;
use factdeck::clock::ManualClock;
use factdeck::i18n::Language;
use factdeck::ui::{AppOptions, FactdeckApp};
use std::path::Path;
use std::sync::Arc;

/// The window on `data_dir` at the learner's `clock`, `size` points large, in English so
/// widgets are found by their English labels; the first frame is drawn.
pub fn open_window<'a>(
    data_dir: &Path,
    clock: &ManualClock,
    size: [f32; 2],
) -> Harness<'a, FactdeckApp> {
    open_window_in(data_dir, clock, size, Language::English)
}

/// The window as `open_window` opens it, speaking `language`.
pub fn open_window_in<'a>(
    data_dir: &Path,
    clock: &ManualClock,
    size: [f32; 2],
    language: Language,
) -> Harness<'a, FactdeckApp> {
    let options = AppOptions {
        data_dir: data_dir.to_path_buf(),
        deck_folders: Vec::new(),
        clock: Arc::new(clock.clone()),
        language: Some(language),
    };
    let mut harness = Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| FactdeckApp::new(cc, options));
    harness.run();
    harness
}

/// Presses a key and lets the window answer it.
pub fn press(harness: &mut Harness<'_, FactdeckApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}
