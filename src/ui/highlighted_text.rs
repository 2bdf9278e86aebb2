//! An article's text with stretches highlighted, laid out once and drawn in a scroll area:
//! the reading screen marks every fact's cue by how well it is known, the draft screen every
//! proposal's cue by what the learner decided. A click or hover names the highlight under
//! the pointer; a highlight can be scrolled into view.

use crate::reading::{ArticleMap, Highlight};
use eframe::egui::{
    self, Align, Color32, FontId, Sense, text::CCursor, text::LayoutJob, text::TextFormat,
};
use std::ops::Range;
use std::sync::Arc;

/// The text's size and line height: comfortable for reading a page of German.
const TEXT_SIZE: f32 = 16.0;
const LINE_HEIGHT: f32 = 24.0;

/// The text as shown, its highlights, and its layout for the last width drawn.
pub struct HighlightedText {
    pub map: ArticleMap,
    /// The text as shown: runs of blank lines folded to one.
    shown: String,
    /// The highlights' ranges in `shown`, parallel to `map.highlights`.
    shown_ranges: Vec<Range<usize>>,
    /// Byte offset in `shown` of each character, for turning a galley cursor into a byte.
    char_starts: Vec<usize>,
    job: Arc<LayoutJob>,
    /// The galley for the last width it was laid out at.
    galley: Option<(f32, Arc<egui::Galley>)>,
}

/// What happened to the text on this frame.
pub struct Shown {
    /// The highlight under the pointer, if any.
    pub hovered: Option<usize>,
    /// The highlight clicked, if any.
    pub clicked: Option<usize>,
    pub response: egui::Response,
}

impl HighlightedText {
    /// The text with `map`'s highlights, not yet coloured (see `paint`).
    pub fn new(text: &str, map: ArticleMap) -> HighlightedText {
        let (shown, origin_to_shown) = fold_blank_lines(text);
        let shown_ranges = map
            .highlights
            .iter()
            .map(|h| origin_to_shown[h.range.start]..origin_to_shown[h.range.end])
            .collect();
        let char_starts = shown.char_indices().map(|(at, _)| at).collect();
        HighlightedText {
            map,
            shown,
            shown_ranges,
            char_starts,
            job: Arc::new(LayoutJob::default()),
            galley: None,
        }
    }

    /// Colours every highlight with `color_of` (a light fill and an underline of it), the
    /// text in the theme's colour.
    pub fn paint(&mut self, color_of: impl Fn(&Highlight) -> Color32, dark_mode: bool) {
        let text_color = if dark_mode {
            Color32::from_gray(225)
        } else {
            Color32::from_gray(25)
        };
        let plain = TextFormat {
            font_id: FontId::proportional(TEXT_SIZE),
            line_height: Some(LINE_HEIGHT),
            color: text_color,
            ..TextFormat::default()
        };
        let mut job = LayoutJob::default();
        let mut at = 0;
        for (highlight, range) in self.map.highlights.iter().zip(&self.shown_ranges) {
            if range.start > at {
                job.append(&self.shown[at..range.start], 0.0, plain.clone());
            }
            let color = color_of(highlight);
            let marked = TextFormat {
                background: Color32::from_rgba_unmultiplied(color.r(), color.g(), color.b(), 90),
                underline: egui::Stroke::new(1.5, color),
                ..plain.clone()
            };
            job.append(&self.shown[range.clone()], 0.0, marked);
            at = range.end;
        }
        if at < self.shown.len() {
            job.append(&self.shown[at..], 0.0, plain);
        }
        self.job = Arc::new(job);
        self.galley = None;
    }

    /// The galley for `width`, laid out again only when the width changes.
    fn galley(&mut self, ui: &egui::Ui, width: f32) -> Arc<egui::Galley> {
        if let Some((laid_out_for, galley)) = &self.galley
            && (*laid_out_for - width).abs() < 0.5
        {
            return galley.clone();
        }
        let mut job = (*self.job).clone();
        job.wrap.max_width = width;
        let galley = ui.fonts_mut(|fonts| fonts.layout_job(job));
        self.galley = Some((width, galley.clone()));
        galley
    }

    /// The highlight under a point of the galley (relative to its top left), if any.
    fn highlight_at(&self, galley: &egui::Galley, pos: egui::Vec2) -> Option<usize> {
        let cursor = galley.cursor_from_pos(pos);
        let mut index = cursor.index.0;
        // The cursor sits between characters; left of it means the character before.
        if index > 0 && pos.x < galley.pos_from_cursor(cursor).min.x {
            index -= 1;
        }
        let byte = *self.char_starts.get(index)?;
        let found = self.shown_ranges.partition_point(|r| r.end <= byte);
        self.shown_ranges
            .get(found)
            .filter(|r| r.contains(&byte))
            .map(|_| found)
    }

    /// Where a fact (or proposal) first stands in the galley, relative to its top left.
    fn fact_rect(&self, galley: &egui::Galley, fact_index: usize) -> Option<egui::Rect> {
        let at = self
            .map
            .highlights
            .iter()
            .position(|h| h.facts.contains(&fact_index))?;
        let byte = self.shown_ranges[at].start;
        let char_index = self.char_starts.partition_point(|&b| b < byte);
        Some(galley.pos_from_cursor(CCursor::new(char_index)))
    }

    /// Draws the text at most `max_width` wide (the reader's label for screen readers is
    /// the text itself), scrolling `reveal` (a fact's index) into view.
    pub fn show(&mut self, ui: &mut egui::Ui, max_width: f32, reveal: Option<usize>) -> Shown {
        let width = ui.available_width().min(max_width);
        let galley = self.galley(ui, width);
        let (rect, response) = ui.allocate_exact_size(galley.size(), Sense::click());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, galley.text()));
        ui.painter()
            .galley(rect.min, galley.clone(), ui.visuals().text_color());
        if let Some(fact_index) = reveal
            && let Some(at) = self.fact_rect(&galley, fact_index)
        {
            ui.scroll_to_rect(at.translate(rect.min.to_vec2()), Some(Align::Center));
        }
        let hovered = response
            .hover_pos()
            .and_then(|pos| self.highlight_at(&galley, pos - rect.min));
        let clicked = hovered.filter(|_| response.clicked());
        Shown {
            hovered,
            clicked,
            response,
        }
    }
}

/// The text with runs of blank lines folded to one blank line and carriage returns
/// dropped, and for each byte offset of the original (and its end) the offset in the
/// folded text.
fn fold_blank_lines(text: &str) -> (String, Vec<usize>) {
    let mut shown = String::with_capacity(text.len());
    let mut origin_to_shown = Vec::with_capacity(text.len() + 1);
    let mut blank_run = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        blank_run = if blank { blank_run + 1 } else { 0 };
        let keep = !blank || (blank_run == 1 && !shown.is_empty());
        for (_, c) in line.char_indices() {
            let here = shown.len();
            for _ in 0..c.len_utf8() {
                origin_to_shown.push(here);
            }
            let dropped = c == '\r' || (blank && c != '\n');
            if keep && !dropped {
                shown.push(c);
            }
        }
    }
    origin_to_shown.push(shown.len());
    (shown, origin_to_shown)
}
