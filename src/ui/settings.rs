//! The settings screen: desired retention, the daily limits and how study sessions ask
//! cards, saved with the progress.

use super::{FactdeckApp, Screen};
use crate::session::{Collection, QuestionMix, RETENTION_RANGE, StudySettings};
use eframe::egui::{self, RichText};

/// The settings being edited, and what happened on the last save.
pub struct SettingsForm {
    draft: StudySettings,
    saved: Option<String>,
}

impl SettingsForm {
    pub fn new(collection: &Collection) -> Self {
        SettingsForm {
            draft: collection.settings().clone(),
            saved: None,
        }
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
    if let Some(dir) = collection.data_dir() {
        ui.add_space(16.0);
        ui.label(RichText::new("Where your progress is stored").strong());
        ui.monospace(dir.display().to_string());
    }
}
