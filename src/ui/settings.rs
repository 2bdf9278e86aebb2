//! The one settings screen: how studying works (desired retention and what it costs, the
//! daily limits, how study sessions ask cards, whether background facts are asked, the
//! learner's own scheduler parameters), how the window looks and speaks (language, theme,
//! text size), where the progress is stored, and its backups: make one now, see them,
//! restore one. Everything is saved with the progress; the look and language apply the
//! moment they are chosen.

use super::screen::{Asked, Given, Request, View};
use crate::i18n::{Language, format_date_time, format_decimal, format_percent};
use crate::schedule::evaluate::{MIN_REVIEWS_TO_OPTIMISE, Optimisation};
use crate::schedule::workload::review_load_relative_to;
use crate::session::{
    Appearance, BackupKind, CheckedBackup, Collection, Fit, KEEP_BACKUPS, Optimiser, QuestionMix,
    RETENTION_RANGE, StudySettings, Theme,
};
use crate::tr;
use eframe::egui::{self, RichText};
use std::path::PathBuf;

/// The text sizes offered, as a share of the normal size.
const TEXT_SCALES: [f32; 8] = [0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0];

/// The settings being edited, and what happened on the last save.
pub struct SettingsForm {
    draft: StudySettings,
    saved: Option<String>,
    optimising: Option<Optimiser>,
    optimised: Option<String>,
    /// The backups as checked when the screen opened or a backup was made.
    backups: Vec<CheckedBackup>,
    /// Answers in the current progress, for the restore confirmation and whether there
    /// are enough to optimise; counted when the screen opens (nothing is answered on it),
    /// not every frame.
    answers_now: usize,
    backup_message: Option<String>,
    /// The backup the learner asked to restore, awaiting confirmation.
    confirm_restore: Option<CheckedBackup>,
    /// The reviews the draft's retention asks for compared with 90 %, and the retention and
    /// parameters it was computed for (computed again only when they change).
    workload: (f32, usize, f64),
    /// Set when the data folder's path was copied, to say so.
    path_copied: bool,
    /// Set when a restore was just asked for, so the confirmation is scrolled into view.
    reveal_confirmation: bool,
    sync: super::sync::SyncForm,
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
            workload: (f32::NAN, 0, 1.0),
            path_copied: false,
            reveal_confirmation: false,
            sync: super::sync::SyncForm::new(collection),
        };
        form.refresh_backups(collection);
        form
    }

    fn refresh_backups(&mut self, collection: &Collection) {
        match collection.checked_backups() {
            Ok(backups) => self.backups = backups,
            Err(e) => self.backup_message = Some(e.to_string()),
        }
        self.answers_now = collection.answer_count().unwrap_or_default();
    }

    /// The reviews the draft's retention asks for, as a multiple of those at 90 %.
    fn workload(&mut self) -> f64 {
        let retention = self.draft.desired_retention;
        let parameters = self.draft.fsrs_parameters.len();
        if self.workload.0 != retention || self.workload.1 != parameters {
            let load = review_load_relative_to(retention, 0.9, &self.draft.fsrs_parameters);
            self.workload = (retention, parameters, load);
        }
        self.workload.2
    }
}

/// What the learner asked of the settings screen that changes the progress.
pub enum Action {
    /// Save the study settings as edited.
    Save,
    /// Schedule with FSRS's own parameters again.
    UseDefaultParameters,
    /// The optimiser has finished: keep its parameters if they are better.
    Fitted(Result<Optimisation, String>),
    BackupNow,
    Sync(super::sync::SyncAction),
}

impl View for SettingsForm {
    type Action = Action;

    fn show(&mut self, ui: &mut egui::Ui, given: &Given<'_>) -> Option<Asked<Action>> {
        show(ui, given, self)
    }

    fn apply(
        &mut self,
        action: Action,
        collection: &mut Collection,
        ctx: &egui::Context,
    ) -> Vec<Request> {
        let mut requests = Vec::new();
        let mut problem = None;
        match action {
            Action::Save => match collection.set_settings(self.draft.clone()) {
                Ok(()) => {
                    self.saved = Some(tr!("settings-saved"));
                    // The home screen's counts follow the new limits.
                    requests.push(Request::ProgressChanged);
                }
                Err(e) => problem = Some(e),
            },
            Action::UseDefaultParameters => match collection.use_fsrs_parameters(Vec::new()) {
                Ok(()) => {
                    self.draft.fsrs_parameters.clear();
                    self.optimised = Some(tr!("settings-back-to-defaults"));
                }
                Err(e) => problem = Some(e),
            },
            Action::Fitted(result) => {
                let outcome = apply_optimisation(collection, self, result, &mut problem);
                self.optimised = Some(outcome);
            }
            Action::BackupNow => {
                self.backup_message = Some(match collection.backup_now() {
                    Ok(made) => tr!("settings-backup-made", file = made.file_name()),
                    Err(e) => tr!("settings-backup-failed", reason = e.to_string()),
                });
                self.refresh_backups(collection);
            }
            Action::Sync(action) => super::sync::apply(action, collection, &mut self.sync, ctx),
        }
        if let Some(e) = problem {
            requests.push(Request::Error(e.to_string()));
        }
        requests
    }
}

fn show(ui: &mut egui::Ui, given: &Given<'_>, form: &mut SettingsForm) -> Option<Asked<Action>> {
    let collection = given.collection;
    ui.heading(tr!("settings-title"));
    ui.add_space(8.0);
    let mut asked = None;
    let mut chosen = None;
    let mut restore = None;
    let mut syncing = None;
    let studying = |ui: &mut egui::Ui, form: &mut SettingsForm| {
        let saved = study_section(ui, collection, form);
        ui.add_space(16.0);
        scheduler_section(ui, collection, form).or(saved)
    };
    // Side by side when there is room, so the backups need no scrolling at normal size;
    // one column at large text sizes.
    if ui.available_width() >= 900.0 {
        ui.columns(2, |columns| {
            // Columns stretch their widgets to the full width; these keep their own.
            asked = columns[0].vertical(|ui| studying(ui, form)).inner;
            columns[1].vertical(|ui| {
                chosen = appearance_section(ui, given.appearance, given.language);
                data_folder_section(ui, collection, form);
                syncing = super::sync::settings_section(ui, collection, &mut form.sync);
                restore = backups_section(ui, collection, form);
            });
        });
    } else {
        asked = studying(ui, form);
        ui.add_space(16.0);
        ui.separator();
        chosen = appearance_section(ui, given.appearance, given.language);
        data_folder_section(ui, collection, form);
        syncing = super::sync::settings_section(ui, collection, &mut form.sync);
        restore = backups_section(ui, collection, form);
    }
    if let Some(appearance) = chosen {
        return Some(Asked::App(Request::SetAppearance(appearance)));
    }
    match restore {
        Some(Restore::Backup(backup)) => Some(Asked::App(Request::RestoreBackup(backup))),
        Some(Restore::BackupNow) => Some(Asked::Screen(Action::BackupNow)),
        None => syncing
            .map(|sync| Asked::Screen(Action::Sync(sync)))
            .or(asked),
    }
}

/// Retention, limits, the question mix and background facts, saved together with Save.
fn study_section(
    ui: &mut egui::Ui,
    collection: &Collection,
    form: &mut SettingsForm,
) -> Option<Asked<Action>> {
    let mut asked = None;
    ui.label(RichText::new(tr!("settings-studying")).strong());
    egui::Grid::new("settings")
        .num_columns(2)
        .spacing([16.0, 10.0])
        .show(ui, |ui| {
            let label = ui.label(tr!("settings-retention"));
            let mut percent = form.draft.desired_retention * 100.0;
            let range = RETENTION_RANGE.start() * 100.0..=RETENTION_RANGE.end() * 100.0;
            let slider = egui::Slider::new(&mut percent, range)
                .suffix(" %")
                .fixed_decimals(0)
                .custom_formatter(|value, _| format_decimal(value, 0));
            if ui.add(slider).labelled_by(label.id).changed() {
                form.draft.desired_retention = (percent.round() / 100.0)
                    .clamp(*RETENTION_RANGE.start(), *RETENTION_RANGE.end());
            }
            ui.end_row();
            ui.label("");
            let load = form.workload();
            ui.vertical(|ui| {
                ui.label(
                    RichText::new(tr!("settings-retention-explained"))
                        .small()
                        .weak(),
                );
                ui.label(RichText::new(workload_line(form.draft.desired_retention, load)).small());
            });
            ui.end_row();

            let label = ui.label(tr!("settings-new-per-day"));
            ui.add(egui::DragValue::new(&mut form.draft.new_per_day).range(0..=9999))
                .labelled_by(label.id);
            ui.end_row();

            let label = ui.label(tr!("settings-reviews-per-day"));
            ui.add(egui::DragValue::new(&mut form.draft.reviews_per_day).range(0..=99999))
                .labelled_by(label.id);
            ui.end_row();

            ui.label(tr!("settings-question-mix"));
            ui.horizontal_wrapped(|ui| {
                ui.radio_value(
                    &mut form.draft.question_mix,
                    QuestionMix::Mixed,
                    tr!("settings-mix-mixed"),
                );
                ui.radio_value(
                    &mut form.draft.question_mix,
                    QuestionMix::FlashcardsOnly,
                    tr!("settings-mix-flashcards"),
                );
            });
            ui.end_row();
            ui.label("");
            // In a column of its own the text wraps instead of running into the next.
            ui.vertical(|ui| {
                ui.label(RichText::new(tr!("settings-mix-explained")).small().weak());
            });
            ui.end_row();

            ui.label(tr!("settings-beyond-article"));
            ui.checkbox(
                &mut form.draft.background_facts,
                tr!("settings-background-facts"),
            );
            ui.end_row();
            ui.label("");
            ui.vertical(|ui| {
                ui.label(
                    RichText::new(tr!("settings-background-explained"))
                        .small()
                        .weak(),
                );
            });
            ui.end_row();
        });
    ui.add_space(12.0);
    ui.horizontal(|ui| {
        let changed = &form.draft != collection.settings();
        if ui
            .add_enabled(changed, egui::Button::new(tr!("settings-save")))
            .clicked()
        {
            asked = Some(Asked::Screen(Action::Save));
        }
        if ui
            .add_enabled(changed, egui::Button::new(tr!("settings-revert")))
            .clicked()
        {
            form.draft = collection.settings().clone();
        }
        if ui.button(tr!("settings-defaults")).clicked() {
            form.draft = StudySettings::default();
        }
    });
    if let Some(saved) = &form.saved {
        ui.label(saved);
    }
    asked
}

/// "At 95 %: about 2.5 times the reviews of 90 %."
fn workload_line(retention: f32, load: f64) -> String {
    let retention = format_percent(f64::from(retention));
    if (load - 1.0).abs() < 0.05 {
        tr!("settings-workload-same", retention = retention)
    } else if load > 1.0 {
        tr!(
            "settings-workload-more",
            retention = retention,
            factor = format_decimal(load, 1)
        )
    } else {
        tr!(
            "settings-workload-fewer",
            retention = retention,
            share = format_percent(load)
        )
    }
}

/// Language, theme and text size; returns a new appearance when the learner chose one.
fn appearance_section(
    ui: &mut egui::Ui,
    appearance: Appearance,
    language: Language,
) -> Option<Appearance> {
    let mut chosen = None;
    ui.heading(tr!("settings-appearance"));
    egui::Grid::new("appearance")
        .num_columns(2)
        .spacing([16.0, 10.0])
        .show(ui, |ui| {
            ui.label(tr!("settings-language"));
            ui.horizontal_wrapped(|ui| {
                for option in Language::ALL {
                    if ui.radio(language == option, option.native_name()).clicked()
                        && language != option
                    {
                        chosen = Some(Appearance {
                            language: Some(option),
                            ..appearance
                        });
                    }
                }
            });
            ui.end_row();

            ui.label(tr!("settings-theme"));
            ui.horizontal_wrapped(|ui| {
                for theme in Theme::ALL {
                    let name = match theme {
                        Theme::System => tr!("settings-theme-system"),
                        Theme::Light => tr!("settings-theme-light"),
                        Theme::Dark => tr!("settings-theme-dark"),
                    };
                    if ui.radio(appearance.theme == theme, name).clicked()
                        && appearance.theme != theme
                    {
                        chosen = Some(Appearance {
                            theme,
                            ..appearance
                        });
                    }
                }
            });
            ui.end_row();

            ui.label(tr!("settings-text-size"));
            ui.horizontal_wrapped(|ui| {
                for scale in TEXT_SCALES {
                    let selected = (appearance.text_scale - scale).abs() < 0.01;
                    let text = format_percent(f64::from(scale));
                    let button = ui
                        .selectable_label(selected, text)
                        .on_hover_text(tr!("settings-text-size-hint"));
                    if button.clicked() && !selected {
                        chosen = Some(Appearance {
                            text_scale: scale,
                            ..appearance
                        });
                    }
                }
            });
            ui.end_row();
        });
    chosen
}

/// Where the progress is, how to copy the path, and how to keep it elsewhere.
fn data_folder_section(ui: &mut egui::Ui, collection: &Collection, form: &mut SettingsForm) {
    let Some(dir) = collection.data_dir() else {
        return;
    };
    ui.add_space(16.0);
    ui.separator();
    ui.heading(tr!("settings-data-folder"));
    let path = dir.display().to_string();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&path).monospace());
        if ui.button(tr!("settings-copy-path")).clicked() {
            ui.ctx().copy_text(path.clone());
            form.path_copied = true;
        }
        if form.path_copied {
            ui.label(tr!("settings-path-copied"));
        }
    });
    ui.label(RichText::new(tr!("settings-data-folder-explained")).weak());
}

/// What the learner asked of the Backups section.
enum Restore {
    BackupNow,
    /// Restore this backup (confirmed).
    Backup(PathBuf),
}

/// The Backups section.
fn backups_section(
    ui: &mut egui::Ui,
    collection: &Collection,
    form: &mut SettingsForm,
) -> Option<Restore> {
    let mut restore = None;
    ui.add_space(16.0);
    ui.separator();
    ui.heading(tr!("settings-backups"));
    ui.label(RichText::new(tr!("settings-backups-explained", keep = KEEP_BACKUPS)).weak());
    ui.add_space(6.0);
    let writable = collection.read_only_reason().is_none();
    if ui
        .add_enabled(writable, egui::Button::new(tr!("settings-backup-now")))
        .clicked()
    {
        restore = Some(Restore::BackupNow);
    }
    if let Some(message) = &form.backup_message {
        ui.label(message);
    }
    ui.add_space(6.0);
    if form.backups.is_empty() {
        ui.label(tr!("settings-no-backups"));
    }
    egui::Grid::new("backups")
        .striped(true)
        .num_columns(4)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            for backup in &form.backups {
                ui.label(format_date_time(&backup.info.taken_at));
                ui.label(backup_kind(backup.info.kind));
                match &backup.contents {
                    Ok(contents) => {
                        ui.label(tr!("count-answers", count = contents.reviews));
                        let button = egui::Button::new(tr!("settings-restore")).small();
                        let response = ui
                            .add_enabled(writable, button)
                            .on_hover_text(backup.info.file_name());
                        if response.clicked() {
                            form.confirm_restore = Some(backup.clone());
                            form.reveal_confirmation = true;
                        }
                    }
                    Err(reason) => {
                        ui.colored_label(
                            ui.visuals().warn_fg_color,
                            tr!("settings-backup-unusable", reason = reason.to_string()),
                        );
                        ui.label("");
                    }
                }
                ui.end_row();
            }
        });
    if let Some(chosen) = form.confirm_restore.clone() {
        let held = chosen.contents.as_ref().map_or(0, |c| c.reviews);
        let frame = egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(
                RichText::new(tr!(
                    "settings-restore-question",
                    taken = format_date_time(&chosen.info.taken_at)
                ))
                .strong(),
            );
            ui.label(tr!(
                "settings-restore-explained",
                held = tr!("count-answers", count = held),
                now = tr!("count-answers", count = form.answers_now)
            ));
            ui.horizontal(|ui| {
                if ui.button(tr!("settings-restore-confirm")).clicked() {
                    restore = Some(Restore::Backup(chosen.info.path.clone()));
                    form.confirm_restore = None;
                }
                if ui.button(tr!("common-cancel")).clicked() {
                    form.confirm_restore = None;
                }
            });
        });
        // The page is long: the question would otherwise appear below the window's edge.
        if std::mem::take(&mut form.reveal_confirmation) {
            frame.response.scroll_to_me(Some(egui::Align::Center));
        }
    }
    restore
}

/// How a backup came about, in the interface's language.
pub(super) fn backup_kind(kind: BackupKind) -> String {
    match kind {
        BackupKind::Daily => tr!("backup-kind-daily"),
        BackupKind::BeforeMigration => tr!("backup-kind-before-upgrade"),
        BackupKind::Manual => tr!("backup-kind-manual"),
    }
}

/// "Optimise for me": fits the learner's own FSRS parameters on a background thread and
/// keeps them only when they predict the learner's history better.
fn scheduler_section(
    ui: &mut egui::Ui,
    collection: &Collection,
    form: &mut SettingsForm,
) -> Option<Asked<Action>> {
    let mut asked = None;
    ui.label(RichText::new(tr!("settings-scheduler")).strong());
    let own = !collection.settings().fsrs_parameters.is_empty();
    ui.label(if own {
        tr!("settings-scheduler-own")
    } else {
        tr!("settings-scheduler-default")
    });
    if let Some(optimiser) = &form.optimising {
        match optimiser.poll() {
            Fit::Done(result) => {
                form.optimising = None;
                return Some(Asked::Screen(Action::Fitted(result)));
            }
            Fit::Running => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(tr!("settings-fitting"));
                });
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_millis(200));
                return None;
            }
            Fit::Stopped => {
                form.optimising = None;
                form.optimised = Some(tr!("settings-optimiser-stopped"));
            }
        }
    }
    let reviews = form.answers_now;
    ui.horizontal(|ui| {
        let enough = reviews >= MIN_REVIEWS_TO_OPTIMISE;
        let button = ui
            .add_enabled(enough, egui::Button::new(tr!("settings-optimise")))
            .on_disabled_hover_text(tr!(
                "settings-optimise-needs",
                reviews = reviews,
                needed = MIN_REVIEWS_TO_OPTIMISE
            ));
        if button.clicked() {
            let ctx = ui.ctx().clone();
            match Optimiser::start(collection, move || ctx.request_repaint()) {
                Ok(optimiser) => {
                    form.optimising = Some(optimiser);
                    form.optimised = None;
                }
                Err(e) => asked = Some(Asked::App(Request::Error(e.to_string()))),
            }
        }
        if own && ui.button(tr!("settings-use-defaults")).clicked() {
            asked = Some(Asked::Screen(Action::UseDefaultParameters));
        }
    });
    if reviews < MIN_REVIEWS_TO_OPTIMISE {
        ui.label(
            RichText::new(tr!(
                "settings-optimise-later",
                needed = MIN_REVIEWS_TO_OPTIMISE,
                reviews = reviews
            ))
            .weak(),
        );
    }
    if let Some(outcome) = &form.optimised {
        ui.label(outcome);
    }
    asked
}

/// Keeps the fitted parameters when they predict the learner's history better; says what
/// became of them.
fn apply_optimisation(
    collection: &mut Collection,
    form: &mut SettingsForm,
    result: Result<Optimisation, String>,
    problem: &mut Option<crate::session::SessionError>,
) -> String {
    let optimisation = match result {
        Ok(o) => o,
        Err(e) => return tr!("settings-fitting-failed", reason = e),
    };
    let (before, after) = (optimisation.before.log_loss, optimisation.after.log_loss);
    let (before, after) = (format_decimal(before, 4), format_decimal(after, 4));
    if !optimisation.is_better() {
        return tr!("settings-fit-not-better", before = before, after = after);
    }
    match collection.use_fsrs_parameters(optimisation.fitted.clone()) {
        Ok(()) => {
            form.draft.fsrs_parameters = optimisation.fitted;
            tr!("settings-fit-better", before = before, after = after)
        }
        Err(e) => {
            *problem = Some(e);
            tr!("settings-fit-not-saved")
        }
    }
}
