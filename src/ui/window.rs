//! Opening the desktop window: its title, size and icon, with the app inside, and with
//! `--article` the article opened; `--exit-after-first-frame` wraps the app to time it.

use super::first_frame::ExitAfterFirstFrame;
use super::{AppOptions, FactdeckApp};
use eframe::egui;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// Opens the window and returns when it is closed.
pub fn run_window(
    options: AppOptions,
    article: Option<PathBuf>,
    timed_from: Option<Instant>,
) -> Result<(), String> {
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("factdeck")
            .with_app_id("factdeck")
            .with_inner_size([1100.0, 720.0])
            .with_min_inner_size([640.0, 420.0])
            .with_icon(window_icon()),
        ..Default::default()
    };
    eframe::run_native(
        "factdeck",
        native,
        Box::new(move |cc| {
            let mut app = FactdeckApp::new(cc, options);
            if let Some(path) = &article {
                app.open_article(path);
            }
            Ok(match timed_from {
                Some(started) => Box::new(ExitAfterFirstFrame::new(app, started)),
                None => Box::new(app),
            })
        }),
    )
    .map_err(|e| format!("the window could not be opened: {e}"))
}

/// The program's icon, compiled in; a broken image only costs the icon.
fn window_icon() -> Arc<egui::IconData> {
    let png = include_bytes!("../../assets/factdeck.png");
    Arc::new(eframe::icon_data::from_png_bytes(png).unwrap_or_default())
}
