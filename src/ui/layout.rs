//! How every screen sits in the window at any size: centred in a column no wider than
//! reads well, two columns that stack when the window is narrow, dialogs over a darkened
//! screen, and the smallest size any text is drawn at.

use eframe::egui;

/// The widest a column of running text, a card or a form is drawn, in points: about 90
/// characters of body text, the most a line reads well at.
pub const READABLE_WIDTH: f32 = 820.0;

/// The widest the screens of tables and charts (browser, statistics, reading, draft) are
/// drawn: they use the room, but at 1920 pixels they still sit in the middle.
pub const WIDE_WIDTH: f32 = 1280.0;

/// The smallest text the window draws (egui's "small" style: hints, notes, captions), in
/// points. egui's own default, 9, is hard to read.
pub const SMALLEST_TEXT: f32 = 12.5;

/// Draws `add` in a column at most `max_width` wide, centred in the space left; the column
/// keeps the full height, so screens that scroll or fill the height still do.
pub fn centred<R>(ui: &mut egui::Ui, max_width: f32, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let available = ui.available_rect_before_wrap();
    let width = available.width().min(max_width);
    let left = available.left() + (available.width() - width) / 2.0;
    let rect = egui::Rect::from_min_size(
        egui::pos2(left, available.top()),
        egui::vec2(width, available.height()),
    );
    ui.scope_builder(
        egui::UiBuilder::new().max_rect(rect).layout(*ui.layout()),
        |ui| {
            ui.set_width(width);
            add(ui)
        },
    )
    .inner
}

/// Two columns side by side when each can be at least `min_column_width` wide, else one
/// above the other, so that nothing in either is cut off in a narrow window.
pub fn columns_or_stacked(
    ui: &mut egui::Ui,
    min_column_width: f32,
    left: impl FnOnce(&mut egui::Ui),
    right: impl FnOnce(&mut egui::Ui),
) {
    if ui.available_width() >= 2.0 * min_column_width + ui.spacing().item_spacing.x {
        ui.columns(2, |columns| {
            left(&mut columns[0]);
            right(&mut columns[1]);
        });
    } else {
        left(ui);
        ui.add_space(ui.spacing().item_spacing.y);
        right(ui);
    }
}

/// In a wrapping row, before a label and the control it names (`control_width` wide):
/// starts the next row unless both fit in what is left of this one, so that a label never
/// ends one row with its control at the start of the next.
pub fn keep_label_with_control(ui: &mut egui::Ui, label: &str, control_width: f32) {
    let label_width = egui::WidgetText::from(label)
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
        .size()
        .x;
    let needed = label_width + 2.0 * ui.spacing().item_spacing.x + control_width;
    let at_row_start = ui.cursor().min.x <= ui.max_rect().min.x + 0.5;
    if !at_row_start && ui.available_size_before_wrap().x < needed {
        ui.end_row();
    }
}

/// A dialog in the middle of the window. The screen behind it is clearly darkened (egui's
/// default shade barely shows on the dark theme, where the dialog then looked like part of
/// the screen), and the dialog has room around its text.
pub fn dialog(ctx: &egui::Context, id: &str) -> egui::Modal {
    egui::Modal::new(egui::Id::unique(id))
        .backdrop_color(egui::Color32::from_black_alpha(170))
        .frame(egui::Frame::popup(&ctx.global_style()).inner_margin(18))
}

/// Raises egui's small text style to [`SMALLEST_TEXT`].
pub fn readable_small_text(style: &mut egui::Style) {
    if let Some(small) = style.text_styles.get_mut(&egui::TextStyle::Small) {
        small.size = small.size.max(SMALLEST_TEXT);
    }
}
