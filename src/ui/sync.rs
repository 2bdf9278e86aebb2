//! Sync in the window: the line in the header (when it last synced, with how many other
//! computers, or the one-line problem) and the Settings → Sync section. The app takes in
//! what the session's sync thread reports (`FactdeckApp::take_sync_news`); the syncing
//! itself happens off the frame, in `session::sync`.

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

/// The header's line about sync: one line, whatever happened; nothing when sync is off.
pub(super) fn header(ui: &mut egui::Ui, collection: &Collection) {
    let status = collection.sync_status_cached();
    if status.folder.is_none() {
        return;
    }
    let now = collection.now();
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

/// What the learner asked of Settings → Sync.
pub enum SyncAction {
    UseFolder(PathBuf),
    SyncNow,
    Stop,
}

/// Settings → Sync: the folder, turning sync on and off, syncing now, and the state.
pub(super) fn settings_section(
    ui: &mut egui::Ui,
    collection: &Collection,
    form: &mut SyncForm,
) -> Option<SyncAction> {
    let mut action = None;
    let now = collection.now();
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
            action = Some(SyncAction::UseFolder(typed));
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
                    action = Some(SyncAction::SyncNow);
                }
                if ui
                    .add_enabled(writable, egui::Button::new(tr!("settings-sync-stop")))
                    .clicked()
                {
                    action = Some(SyncAction::Stop);
                }
            });
        }
    }
    if let Some(message) = &form.message {
        ui.label(message);
    }
    action
}

/// Carries out what the learner asked of Settings → Sync.
pub(super) fn apply(
    action: SyncAction,
    collection: &mut Collection,
    form: &mut SyncForm,
    ctx: &egui::Context,
) {
    match action {
        SyncAction::UseFolder(folder) => {
            form.message = Some(match collection.set_sync_folder(Some(&folder)) {
                Ok(()) => {
                    start(collection, ctx);
                    tr!("settings-sync-on")
                }
                Err(crate::session::SessionError::Sync(problem)) => problem_text(&problem),
                Err(e) => e.to_string(),
            });
        }
        SyncAction::SyncNow => collection.sync_soon(),
        SyncAction::Stop => {
            form.message = Some(match collection.set_sync_folder(None) {
                Ok(()) => tr!("settings-sync-stopped"),
                Err(e) => e.to_string(),
            });
            form.folder.clear();
        }
    }
}
