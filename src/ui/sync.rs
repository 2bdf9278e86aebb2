//! Sync in the window: the line in the header (when it last synced, with how many other
//! computers, or the one-line problem), the Settings → Sync section, and taking in what
//! the session's sync thread reports. The syncing itself happens off the frame, in
//! `session::sync`.

use super::{FactdeckApp, Screen};
use crate::i18n::format_date_time;
use crate::session::Collection;
use crate::session::sync::{SyncProblem, SyncStatus};
use crate::tr;
use eframe::egui::{self, RichText};
use std::path::PathBuf;
use std::sync::Arc;

/// Starts the collection's sync thread, which asks for a frame when it has news.
pub(super) fn start(collection: &mut Collection, ctx: &egui::Context) {
    let ctx = ctx.clone();
    collection.start_sync(Arc::new(move || ctx.request_repaint()));
}

/// Takes in what the sync thread did (every frame; nothing to do most of the time).
pub(super) fn every_frame(app: &mut FactdeckApp, ctx: &egui::Context) {
    let Ok(collection) = &mut app.collection else {
        return;
    };
    let reports = collection.poll_sync();
    if reports.is_empty() {
        return;
    }
    if reports.iter().any(|r| r.merged.added > 0) {
        app.progress_changed();
    }
    // The language, theme or text size chosen on another computer applies here too.
    if reports.iter().any(|r| r.merged.settings_changed)
        && let Ok(collection) = &app.collection
        && let Ok(appearance) = collection.appearance()
        && appearance != app.appearance
    {
        app.appearance = appearance;
        app.appearance_pending = true;
    }
    let conflicts: Vec<String> = reports
        .iter()
        .flat_map(|r| &r.deck_conflicts)
        .map(|c| {
            tr!(
                "sync-deck-conflict",
                deck = c.deck_file.display().to_string(),
                kept = c.kept_as.display().to_string()
            )
        })
        .collect();
    let decks_changed = reports.iter().any(|r| !r.decks_written.is_empty());
    if !conflicts.is_empty() {
        app.notice = Some(conflicts.join(" "));
    }
    // New deck files are loaded by opening the collection again, as after an import;
    // never in the middle of a study session or a quiz.
    if decks_changed && matches!(app.screen, Screen::Home | Screen::Settings(_)) {
        app.open_collection();
        if let Ok(collection) = &mut app.collection {
            start(collection, ctx);
        }
        if app.notice.is_none() {
            app.notice = Some(tr!("sync-decks-updated"));
        }
    }
}

/// The header's line about sync: one line, whatever happened; nothing when sync is off.
pub(super) fn header(app: &FactdeckApp, ui: &mut egui::Ui) {
    let Ok(collection) = &app.collection else {
        return;
    };
    let status = collection.sync_status_cached();
    if status.folder.is_none() {
        return;
    }
    let now = app.options.clock.now();
    let (text, problem) = match (&status.problem, status.syncing) {
        (Some(problem), _) => (
            tr!("sync-header-problem", problem = problem_text(problem)),
            true,
        ),
        (None, true) => (tr!("sync-header-syncing"), false),
        (None, false) => (status_line(status, now), false),
    };
    let label = if problem {
        RichText::new(&text).color(ui.visuals().warn_fg_color)
    } else {
        RichText::new(&text).weak()
    };
    ui.add(egui::Label::new(label).truncate())
        .on_hover_text(&text);
}

/// "Synced 3 min ago with 1 other computer".
fn status_line(status: &SyncStatus, now: chrono::DateTime<chrono::FixedOffset>) -> String {
    let Some(at) = status.last_synced else {
        return tr!("sync-header-never");
    };
    let minutes = (crate::clock::to_millis(now) - at).max(0) / 60_000;
    let when = if minutes < 1 {
        tr!("sync-when-just-now")
    } else if minutes < 60 {
        tr!("sync-when-minutes", minutes = minutes)
    } else {
        tr!(
            "sync-when-at",
            time = format_date_time(&crate::clock::from_millis(at, now))
        )
    };
    tr!("sync-header-synced", when = when, peers = status.peers)
}

/// Why a sync failed, in the learner's language.
pub(super) fn problem_text(problem: &SyncProblem) -> String {
    problem.to_string()
}

/// The Settings → Sync section's own state.
#[derive(Default)]
pub struct SyncForm {
    /// The folder as typed.
    folder: String,
    message: Option<String>,
}

impl SyncForm {
    pub fn new(collection: &Collection) -> SyncForm {
        let folder = collection
            .sync_status()
            .ok()
            .and_then(|s| s.folder)
            .map(|f| f.display().to_string())
            .unwrap_or_default();
        SyncForm {
            folder,
            message: None,
        }
    }
}

/// Settings → Sync: the folder, turning sync on and off, syncing now, and the state.
pub(super) fn settings_section(
    ui: &mut egui::Ui,
    collection: &mut Collection,
    form: &mut SyncForm,
    now: chrono::DateTime<chrono::FixedOffset>,
) {
    ui.add_space(16.0);
    ui.separator();
    ui.heading(tr!("settings-sync"));
    ui.label(RichText::new(tr!("settings-sync-explained")).weak());
    let status = collection.sync_status_cached().clone();
    let writable = collection.read_only_reason().is_none();
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr!("settings-sync-folder"));
        ui.add(egui::TextEdit::singleline(&mut form.folder).desired_width(280.0))
            .labelled_by(label.id);
        let typed = PathBuf::from(form.folder.trim());
        let changed = status.folder.as_ref() != Some(&typed) && !form.folder.trim().is_empty();
        if ui
            .add_enabled(
                writable && changed,
                egui::Button::new(tr!("settings-sync-use")),
            )
            .clicked()
        {
            form.message = Some(match collection.set_sync_folder(Some(&typed)) {
                Ok(()) => {
                    start(collection, ui.ctx());
                    tr!("settings-sync-on")
                }
                Err(crate::session::SessionError::Sync(problem)) => problem_text(&problem),
                Err(e) => e.to_string(),
            });
        }
    });
    match &status.folder {
        None => {
            ui.label(tr!("settings-sync-is-off"));
        }
        Some(_) => {
            ui.label(match &status.problem {
                Some(problem) => problem_text(problem),
                None => status_line(&status, now),
            });
            if let Some(id) = &status.device_id {
                ui.label(RichText::new(tr!("settings-sync-device", id = id.as_str())).weak());
            }
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(writable, egui::Button::new(tr!("settings-sync-now")))
                    .clicked()
                {
                    collection.sync_soon();
                }
                if ui
                    .add_enabled(writable, egui::Button::new(tr!("settings-sync-stop")))
                    .clicked()
                {
                    form.message = Some(match collection.set_sync_folder(None) {
                        Ok(()) => tr!("settings-sync-stopped"),
                        Err(e) => e.to_string(),
                    });
                    form.folder.clear();
                }
            });
        }
    }
    if let Some(message) = &form.message {
        ui.label(message);
    }
}
