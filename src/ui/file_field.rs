//! The row where the learner names a file to read (an article to draft a deck from, cards
//! or a log to import): a labelled path field with "Read" and "Choose…" after it. In a
//! narrow window or at large text the buttons go below the field instead of out of sight.

use super::layout::READABLE_WIDTH;
use eframe::egui::{self, Key};

/// The widest the path field is drawn, in points.
const FIELD_WIDTH: f32 = 520.0;

/// The narrowest the path field is drawn, in points, however narrow the window.
const FIELD_MIN_WIDTH: f32 = 160.0;

/// What the learner asked for in the row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFieldAction {
    /// Read the file named in the field (its button, or Enter in the field).
    Read,
    /// Open the system's file dialog.
    Choose,
}

/// The words of the row.
pub struct FileFieldTexts {
    pub label: String,
    pub read: String,
    pub choose: String,
}

/// Draws the row. The field takes the keyboard the first time (`focused` then becomes
/// true); "Choose…" is off while a file dialog is open (`can_choose` false).
pub fn file_field(
    ui: &mut egui::Ui,
    texts: FileFieldTexts,
    path: &mut String,
    focused: &mut bool,
    can_choose: bool,
) -> Option<FileFieldAction> {
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(texts.label);
        let room = ui.available_width().min(READABLE_WIDTH);
        let width = room.clamp(FIELD_MIN_WIDTH, FIELD_WIDTH);
        let field = ui
            .add(egui::TextEdit::singleline(path).desired_width(width))
            .labelled_by(label.id);
        if !*focused {
            field.request_focus();
            *focused = true;
        }
        if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            action = Some(FileFieldAction::Read);
        }
        if ui.button(texts.read).clicked() {
            action = Some(FileFieldAction::Read);
        }
        let choose = egui::Button::new(texts.choose);
        if ui.add_enabled(can_choose, choose).clicked() {
            action = Some(FileFieldAction::Choose);
        }
    });
    action
}
