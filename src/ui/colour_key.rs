//! A colour's square and its name, as in a chart's legend or the reading screen's mastery
//! levels: one piece, so that a row that wraps at large text never leaves a square at the
//! end of one line and its name at the start of the next.

use eframe::egui::{self, Color32, Sense, TextStyle, TextWrapMode, WidgetText};

/// Draws the square and the name side by side, as one widget named `name` for screen
/// readers.
pub fn colour_key(
    ui: &mut egui::Ui,
    color: Color32,
    name: impl Into<WidgetText>,
) -> egui::Response {
    let name: WidgetText = name.into();
    let text = name.text().to_string();
    let galley = name.into_galley(
        ui,
        Some(TextWrapMode::Extend),
        f32::INFINITY,
        TextStyle::Body,
    );
    // The square as tall as a capital letter of the name, never smaller than 10 points.
    let square = (galley.size().y * 0.7).max(10.0);
    let gap = ui.spacing().icon_spacing.max(4.0);
    let size = egui::vec2(square + gap + galley.size().x, galley.size().y.max(square));
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    if ui.is_rect_visible(rect) {
        let square_rect = egui::Rect::from_center_size(
            egui::pos2(rect.left() + square / 2.0, rect.center().y),
            egui::vec2(square, square),
        );
        ui.painter().rect_filled(square_rect, 2.0, color);
        let text_pos = egui::pos2(
            rect.left() + square + gap,
            rect.center().y - galley.size().y / 2.0,
        );
        ui.painter()
            .galley(text_pos, galley, ui.visuals().text_color());
    }
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Label, ui.is_enabled(), text.clone())
    });
    response
}
