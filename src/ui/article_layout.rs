//! The article prepared for the reading screen: the facts' cues placed in the learner's
//! text (`HighlightedText`, which lays it out) and coloured by how well each fact is
//! known, with what was not found; and the colour and word of each level of mastery.

use super::highlighted_text::HighlightedText;
use crate::reading::ArticleMap;
use crate::stats::FactMastery;
use crate::tr;
use eframe::egui::Color32;
use std::path::Path;

/// The level of a fact as colour and word, so colour is never the only signal.
pub fn level(mastery: FactMastery) -> (String, Color32) {
    (level_word(mastery), level_color(mastery))
}

pub fn level_word(mastery: FactMastery) -> String {
    match mastery {
        FactMastery::Mastered => tr!("reading-level-mastered"),
        FactMastery::Learning => tr!("reading-level-learning"),
        FactMastery::New => tr!("reading-level-new"),
        FactMastery::Suspended => tr!("reading-level-suspended"),
    }
}

pub fn level_color(mastery: FactMastery) -> Color32 {
    match mastery {
        FactMastery::Mastered => Color32::from_rgb(60, 160, 90),
        FactMastery::Learning => Color32::from_rgb(226, 150, 40),
        FactMastery::New => Color32::from_rgb(90, 140, 220),
        FactMastery::Suspended => Color32::from_rgb(140, 140, 140),
    }
}

pub const LEVELS: [FactMastery; 4] = [
    FactMastery::Mastered,
    FactMastery::Learning,
    FactMastery::New,
    FactMastery::Suspended,
];

/// The article prepared for drawing: the facts' highlights placed in the text, coloured
/// by mastery, with what was not found.
pub struct ArticleLayout {
    pub file_name: String,
    pub text: HighlightedText,
    /// "N of M facts found in this text".
    pub found_text: String,
    /// The facts whose cue is not in the text, with their words, in deck order.
    pub not_found: Vec<(usize, String)>,
    /// How many facts are background, not in the article.
    pub background: usize,
    pub dark_mode: bool,
}

impl ArticleLayout {
    pub fn new(
        path: &Path,
        text: &str,
        map: ArticleMap,
        words: &[String],
        mastery: &[FactMastery],
        dark_mode: bool,
    ) -> ArticleLayout {
        let background = map.background().count();
        let found_text = tr!(
            "reading-found",
            found = map.found_count(),
            total = map.placements.len() - background
        );
        let not_found = map
            .not_found()
            .map(|index| (index, words.get(index).cloned().unwrap_or_default()))
            .collect();
        let mut layout = ArticleLayout {
            file_name: crate::session::file_name(path),
            text: HighlightedText::new(text, map),
            found_text,
            not_found,
            background,
            dark_mode,
        };
        layout.paint(mastery, dark_mode);
        layout
    }

    /// Colours each highlight by the mastery of its first fact.
    pub fn paint(&mut self, mastery: &[FactMastery], dark_mode: bool) {
        self.dark_mode = dark_mode;
        self.text.paint(
            |highlight| {
                let fact_level = mastery
                    .get(highlight.facts[0])
                    .copied()
                    .unwrap_or(FactMastery::New);
                level_color(fact_level)
            },
            dark_mode,
        );
    }
}
