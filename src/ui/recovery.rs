//! The screen shown instead of everything else when the progress file cannot be opened:
//! what was found, in plain words, and the learner's choice of what to do about it.
//! The decisions and the file work are the core's (`session::recovery`); this only asks.

use super::screen::Request;
use crate::i18n::format_date_time;
use crate::session::recovery::{self as core, Choice, GoodBackup, RecoveryPlan, RecoveryReport};
use crate::tr;
use eframe::egui::{self, RichText};

/// The assessment on show.
pub struct RecoveryDialog {
    plan: RecoveryPlan,
}

impl RecoveryDialog {
    pub fn new(plan: RecoveryPlan) -> Self {
        RecoveryDialog { plan }
    }

    /// What was found and what can be done.
    pub fn plan(&self) -> &RecoveryPlan {
        &self.plan
    }

    /// The screen, drawn instead of every other while there is no collection to give them;
    /// returns the learner's choice, which the app carries out.
    pub fn show(&mut self, ui: &mut egui::Ui) -> Option<Request> {
        show(ui, &self.plan)
    }
}

/// What the learner chose on this frame.
enum Action {
    CarryOut(Choice),
    TryAgain,
    Close,
}

fn show(ui: &mut egui::Ui, plan: &RecoveryPlan) -> Option<Request> {
    let mut action = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(16.0);
        ui.heading(plan.finding.headline());
        ui.add_space(8.0);
        ui.label(plan.finding.explanation());
        ui.add_space(6.0);
        ui.label(RichText::new(plan.progress_file.display().to_string()).monospace());
        ui.add_space(14.0);
        if plan.finding.sets_file_aside() {
            ui.label(tr!("recovery-set-aside"));
            ui.add_space(10.0);
            match plan.newest_backup() {
                Some(newest) => {
                    ui.label(RichText::new(tr!("recovery-newest-backup")).strong());
                    ui.label(backup_line(newest));
                    if plan.backups.len() > 1 {
                        ui.label(
                            RichText::new(tr!(
                                "recovery-older-backups",
                                count = plan.backups.len() - 1
                            ))
                            .weak(),
                        );
                    }
                }
                None => {
                    ui.label(tr!("recovery-no-backup"));
                }
            }
            ui.add_space(12.0);
            ui.horizontal(|ui| {
                for choice in plan.choices() {
                    let text = match &choice {
                        Choice::RestoreBackup(_) => tr!("recovery-restore-newest"),
                        Choice::StartFresh => tr!("recovery-start-fresh"),
                    };
                    if ui.button(RichText::new(text).size(17.0)).clicked() {
                        action = Some(Action::CarryOut(choice));
                    }
                }
                if ui.button(tr!("recovery-close")).clicked() {
                    action = Some(Action::Close);
                }
            });
        } else {
            ui.horizontal(|ui| {
                if ui
                    .button(RichText::new(tr!("recovery-try-again")).size(17.0))
                    .clicked()
                {
                    action = Some(Action::TryAgain);
                }
                if ui.button(tr!("recovery-close")).clicked() {
                    action = Some(Action::Close);
                }
            });
        }
    });

    Some(match action? {
        Action::CarryOut(choice) => Request::Recover(choice),
        Action::TryAgain => Request::OpenAgain,
        Action::Close => Request::CloseWindow,
    })
}

/// "28 November 2026, 09:01 (daily), 412 answers".
pub fn backup_line(backup: &GoodBackup) -> String {
    format!(
        "{} ({}), {}",
        format_date_time(&backup.info.taken_at),
        super::settings::backup_kind(backup.info.kind),
        tr!("count-answers", count = backup.contents.reviews)
    )
}

/// What was done, for the notice on the home screen.
pub fn report_text(report: &RecoveryReport) -> String {
    let mut parts = Vec::new();
    if let Some(restored) = &report.restored {
        let name = restored.file_name().map_or_else(
            || restored.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        parts.push(tr!("recovery-restored", file = name));
    } else {
        parts.push(tr!("recovery-started-fresh"));
    }
    if let Some(main) = report.set_aside.last() {
        parts.push(tr!(
            "recovery-old-file-kept",
            file = main.display().to_string()
        ));
    }
    parts.join(" ")
}

/// What happened to the progress file under the open window, in the learner's language.
pub fn file_change_text(change: core::FileChange) -> String {
    change.worded()
}
