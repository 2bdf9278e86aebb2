//! The settings screen: desired retention, the daily limits, how study sessions ask cards
//! and the learner's own scheduler parameters, saved with the progress; and the backups of
//! the progress: make one now, see them, restore one.

use super::{FactdeckApp, Screen};
use crate::schedule::evaluate::{MIN_REVIEWS_TO_OPTIMISE, Optimisation, optimise};
use crate::session::{CheckedBackup, Collection, QuestionMix, RETENTION_RANGE, StudySettings};
use crate::store::KEEP_BACKUPS;
use eframe::egui::{self, RichText};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// The settings being edited, and what happened on the last save.
pub struct SettingsForm {
    draft: StudySettings,
    saved: Option<String>,
    optimising: Option<Receiver<Result<Optimisation, String>>>,
    optimised: Option<String>,
    /// The backups as checked when the screen opened or a backup was made.
    backups: Vec<CheckedBackup>,
    /// Answers in the current progress, for the restore confirmation.
    answers_now: usize,
    backup_message: Option<String>,
    /// The backup the learner asked to restore, awaiting confirmation.
    confirm_restore: Option<CheckedBackup>,
}

impl SettingsForm {
    pub fn new(collection: &Collection) -> Self {
        let mut form = SettingsForm {
            draft: collection.settings().clone(),
            saved: None,
            optimising: None,
            optimised: None,
            backups: Vec::new(),
            answers_now: 0,
            backup_message: None,
            confirm_restore: None,
        };
        form.refresh_backups(collection);
        form
    }

    fn refresh_backups(&mut self, collection: &Collection) {
        match collection.checked_backups() {
            Ok(backups) => self.backups = backups,
            Err(e) => self.backup_message = Some(e.to_string()),
        }
        self.answers_now = collection
            .store()
            .review_count_since(i64::MIN)
            .unwrap_or_default();
    }
}

pub fn show(app: &mut FactdeckApp, ui: &mut egui::Ui) {
    let FactdeckApp {
        collection,
        screen,
        error,
        summary,
        ..
    } = app;
    let (Ok(collection), Screen::Settings(form)) = (collection, screen) else {
        return;
    };
    ui.heading("Settings");
    ui.add_space(8.0);
    egui::Grid::new("settings")
        .num_columns(2)
        .spacing([16.0, 10.0])
        .show(ui, |ui| {
            let label = ui.label("Desired retention");
            let mut percent = form.draft.desired_retention * 100.0;
            let range = RETENTION_RANGE.start() * 100.0..=RETENTION_RANGE.end() * 100.0;
            let slider = egui::Slider::new(&mut percent, range)
                .suffix(" %")
                .fixed_decimals(0);
            if ui.add(slider).labelled_by(label.id).changed() {
                form.draft.desired_retention = (percent.round() / 100.0)
                    .clamp(*RETENTION_RANGE.start(), *RETENTION_RANGE.end());
            }
            ui.end_row();
            ui.label("");
            ui.label(
                RichText::new(
                    "The chance of still knowing a card when it comes back. Higher means \
                     shorter intervals and more reviews each day; 90 % is a good balance.",
                )
                .small()
                .weak(),
            );
            ui.end_row();

            let label = ui.label("New cards per day");
            ui.add(egui::DragValue::new(&mut form.draft.new_per_day).range(0..=9999))
                .labelled_by(label.id);
            ui.end_row();

            let label = ui.label("Reviews per day");
            ui.add(egui::DragValue::new(&mut form.draft.reviews_per_day).range(0..=99999))
                .labelled_by(label.id);
            ui.end_row();

            ui.label("Cards in study sessions");
            ui.horizontal(|ui| {
                ui.radio_value(
                    &mut form.draft.question_mix,
                    QuestionMix::Mixed,
                    "Mixed questions",
                );
                ui.radio_value(
                    &mut form.draft.question_mix,
                    QuestionMix::FlashcardsOnly,
                    "Flashcards only",
                );
            });
            ui.end_row();
            ui.label("");
            ui.label(
                RichText::new(
                    "Mixed: a card is first recognised (multiple choice, true or false), and \
                     once learnt recalled (typed, name all); checked answers are rated for you.",
                )
                .small()
                .weak(),
            );
            ui.end_row();
        });
    ui.add_space(12.0);
    ui.horizontal(|ui| {
        let changed = &form.draft != collection.settings();
        if ui.add_enabled(changed, egui::Button::new("Save")).clicked() {
            match collection.set_settings(form.draft.clone()) {
                Ok(()) => {
                    form.saved = Some("Saved. The new settings apply from the next card.".into());
                    *summary = None;
                }
                Err(e) => *error = Some(e.to_string()),
            }
        }
        if ui
            .add_enabled(changed, egui::Button::new("Revert"))
            .clicked()
        {
            form.draft = collection.settings().clone();
        }
        if ui.button("Defaults").clicked() {
            form.draft = StudySettings::default();
        }
    });
    if let Some(saved) = &form.saved {
        ui.label(saved);
    }
    ui.add_space(16.0);
    scheduler_section(ui, collection, form, error);

    if let Some(dir) = collection.data_dir() {
        ui.add_space(16.0);
        ui.label(RichText::new("Where your progress is stored").strong());
        ui.monospace(dir.display().to_string());
    }
    let restore = backups_section(ui, collection, form);
    if let Some(backup) = restore {
        app.restore_backup(&backup);
    }
}

/// The Backups section; returns the backup the learner confirmed restoring.
fn backups_section(
    ui: &mut egui::Ui,
    collection: &Collection,
    form: &mut SettingsForm,
) -> Option<PathBuf> {
    let mut restore = None;
    ui.add_space(16.0);
    ui.separator();
    ui.heading("Backups");
    ui.label(
        RichText::new(format!(
            "factdeck backs up your progress on the first start of each study day and \
             before every upgrade, and keeps the newest {KEEP_BACKUPS}."
        ))
        .weak(),
    );
    ui.add_space(6.0);
    let writable = collection.read_only_reason().is_none();
    if ui
        .add_enabled(writable, egui::Button::new("Make a backup now"))
        .clicked()
    {
        form.backup_message = Some(match collection.backup_now() {
            Ok(made) => format!("Backup made: {}", made.file_name()),
            Err(e) => format!("The backup could not be made: {e}"),
        });
        form.refresh_backups(collection);
    }
    if let Some(message) = &form.backup_message {
        ui.label(message);
    }
    ui.add_space(6.0);
    if form.backups.is_empty() {
        ui.label("No backups yet.");
    }
    egui::Grid::new("backups")
        .striped(true)
        .num_columns(4)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            for backup in &form.backups {
                ui.label(backup.info.taken_at.format("%-d %B %Y, %H:%M").to_string());
                ui.label(backup.info.kind.description());
                match &backup.contents {
                    Ok(contents) => {
                        ui.label(answers(contents.reviews));
                        let button = egui::Button::new("Restore…").small();
                        let response = ui
                            .add_enabled(writable, button)
                            .on_hover_text(backup.info.file_name());
                        if response.clicked() {
                            form.confirm_restore = Some(backup.clone());
                        }
                    }
                    Err(reason) => {
                        ui.colored_label(
                            ui.visuals().warn_fg_color,
                            format!("not usable: {reason}"),
                        );
                        ui.label("");
                    }
                }
                ui.end_row();
            }
        });
    if let Some(chosen) = form.confirm_restore.clone() {
        let held = chosen.contents.as_ref().map_or(0, |c| c.reviews);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(
                RichText::new(format!(
                    "Restore the backup of {}?",
                    chosen.info.taken_at.format("%-d %B %Y, %H:%M")
                ))
                .strong(),
            );
            ui.label(format!(
                "Its {} take the place of your current progress ({}). The current file is \
                 not deleted: it is moved aside and kept in the data folder as \
                 progress-replaced-DATE.sqlite3.",
                answers(held),
                answers(form.answers_now)
            ));
            ui.horizontal(|ui| {
                if ui.button("Restore this backup").clicked() {
                    restore = Some(chosen.info.path.clone());
                    form.confirm_restore = None;
                }
                if ui.button("Cancel").clicked() {
                    form.confirm_restore = None;
                }
            });
        });
    }
    restore
}

fn answers(n: usize) -> String {
    if n == 1 {
        "1 answer".to_string()
    } else {
        format!("{n} answers")
    }
}

/// "Optimise for me": fits the learner's own FSRS parameters on a background thread and
/// keeps them only when they predict the learner's history better.
fn scheduler_section(
    ui: &mut egui::Ui,
    collection: &mut Collection,
    form: &mut SettingsForm,
    error: &mut Option<String>,
) {
    ui.label(RichText::new("Scheduler").strong());
    let own = !collection.settings().fsrs_parameters.is_empty();
    ui.label(if own {
        "FSRS-6 with parameters fitted to your own reviews."
    } else {
        "FSRS-6 with the published default parameters."
    });
    if let Some(receiver) = &form.optimising {
        match receiver.try_recv() {
            Ok(result) => {
                form.optimising = None;
                form.optimised = Some(apply_optimisation(collection, form, result, error));
            }
            Err(TryRecvError::Empty) => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label("Fitting your parameters…");
                });
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_millis(200));
                return;
            }
            Err(TryRecvError::Disconnected) => {
                form.optimising = None;
                form.optimised =
                    Some("The optimiser stopped unexpectedly; nothing was changed.".into());
            }
        }
    }
    let reviews = collection.store().review_count_since(i64::MIN).unwrap_or(0);
    ui.horizontal(|ui| {
        let enough = reviews >= MIN_REVIEWS_TO_OPTIMISE;
        let button = ui
            .add_enabled(enough, egui::Button::new("Optimise for me"))
            .on_disabled_hover_text(format!(
                "You have {reviews} reviews; fitting needs at least {MIN_REVIEWS_TO_OPTIMISE}."
            ));
        if button.clicked() {
            match collection.training_items() {
                Ok((_, items)) => {
                    let current = collection.settings().fsrs_parameters.clone();
                    let (sender, receiver) = channel();
                    let ctx = ui.ctx().clone();
                    std::thread::spawn(move || {
                        let result = optimise(&items, &current).map_err(|e| e.to_string());
                        // The window may be gone; then nobody needs the result.
                        let _ = sender.send(result);
                        ctx.request_repaint();
                    });
                    form.optimising = Some(receiver);
                    form.optimised = None;
                }
                Err(e) => *error = Some(e.to_string()),
            }
        }
        if own && ui.button("Use default parameters").clicked() {
            let mut settings = collection.settings().clone();
            settings.fsrs_parameters.clear();
            match collection.set_settings(settings) {
                Ok(()) => {
                    form.draft.fsrs_parameters.clear();
                    form.optimised = Some("Back to the default parameters.".into());
                }
                Err(e) => *error = Some(e.to_string()),
            }
        }
    });
    if reviews < MIN_REVIEWS_TO_OPTIMISE {
        ui.label(
            RichText::new(format!(
                "With {MIN_REVIEWS_TO_OPTIMISE} reviews factdeck can fit the scheduler to your memory ({reviews} so far)."
            ))
            .weak(),
        );
    }
    if let Some(outcome) = &form.optimised {
        ui.label(outcome);
    }
}

fn apply_optimisation(
    collection: &mut Collection,
    form: &mut SettingsForm,
    result: Result<Optimisation, String>,
    error: &mut Option<String>,
) -> String {
    let optimisation = match result {
        Ok(o) => o,
        Err(e) => return format!("Fitting failed: {e}. Nothing was changed."),
    };
    let (before, after) = (optimisation.before.log_loss, optimisation.after.log_loss);
    if !optimisation.is_better() {
        return format!(
            "The fitted parameters do not predict your reviews better (log loss {before:.4} → {after:.4}), so nothing was changed."
        );
    }
    let mut settings = collection.settings().clone();
    settings.fsrs_parameters = optimisation.fitted.clone();
    match collection.set_settings(settings) {
        Ok(()) => {
            form.draft.fsrs_parameters = optimisation.fitted;
            format!(
                "Your own parameters predict your reviews better (log loss {before:.4} → {after:.4}) and are now in use."
            )
        }
        Err(e) => {
            *error = Some(e.to_string());
            "The new parameters could not be saved; nothing was changed.".into()
        }
    }
}
