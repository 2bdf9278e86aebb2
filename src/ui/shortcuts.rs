//! The keys that work everywhere (moving between screens, the shortcuts overlay) and the
//! overlay itself (`?`), which lists the current screen's keys and the global ones.

use super::{FactdeckApp, Screen, browser, settings, stats};
use crate::tr;
use eframe::egui::{self, Event, Key, Modifiers, RichText};

/// A screen reached from the navigation bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NavTarget {
    Decks,
    Quiz,
    Statistics,
    Browse,
    Settings,
    Reading,
}

/// Ctrl+1 … Ctrl+6, in the order of the navigation bar.
const NAV_KEYS: [(Key, NavTarget); 6] = [
    (Key::Num1, NavTarget::Decks),
    (Key::Num2, NavTarget::Quiz),
    (Key::Num3, NavTarget::Statistics),
    (Key::Num4, NavTarget::Browse),
    (Key::Num5, NavTarget::Settings),
    (Key::Num6, NavTarget::Reading),
];

impl FactdeckApp {
    /// Opens one of the navigation bar's screens (nothing happens while the progress is
    /// not open).
    pub(super) fn open_screen(&mut self, target: NavTarget) {
        let Ok(collection) = &self.collection else {
            return;
        };
        match target {
            NavTarget::Decks => {
                if !matches!(self.screen, Screen::Home) {
                    self.go_home();
                }
            }
            NavTarget::Quiz => {
                let on_quiz = matches!(
                    self.screen,
                    Screen::QuizSetup(_) | Screen::Quiz(_) | Screen::QuizResults(_)
                );
                if !on_quiz && let Some(deck) = collection.decks().get(self.selected_deck) {
                    let deck_id = deck.id.clone();
                    self.start_quiz_setup(&deck_id, None);
                }
            }
            NavTarget::Statistics => {
                if !matches!(self.screen, Screen::Stats(_)) {
                    self.screen = Screen::Stats(stats::StatsView::default());
                }
            }
            NavTarget::Browse => {
                if !matches!(self.screen, Screen::Browser(_)) {
                    self.screen = Screen::Browser(Box::new(browser::BrowserState::new(collection)));
                }
            }
            NavTarget::Settings => {
                if !matches!(self.screen, Screen::Settings(_)) {
                    self.screen = Screen::Settings(settings::SettingsForm::new(collection));
                }
            }
            NavTarget::Reading => {
                if !matches!(self.screen, Screen::Reading(_)) {
                    self.show_reading();
                }
            }
        }
    }

    /// `?` (or F1) shows and hides the shortcuts, Esc hides them, Ctrl+1…6 change screen.
    /// While the overlay is open the screen beneath gets no keys, so Esc or a digit does
    /// not also act on it.
    pub(super) fn global_keys(&mut self, ctx: &egui::Context) {
        let typing = ctx.egui_wants_keyboard_input();
        let (toggle, escape, target) = ctx.input_mut(|i| {
            let question_mark = i.events.iter().any(|e| match e {
                Event::Text(text) => text == "?",
                Event::Key {
                    key, pressed: true, ..
                } => *key == Key::Questionmark,
                _ => false,
            });
            let toggle = (!typing && question_mark) || i.consume_key(Modifiers::NONE, Key::F1);
            let escape = self.shortcuts_open && i.consume_key(Modifiers::NONE, Key::Escape);
            let target = NAV_KEYS
                .iter()
                .find(|(key, _)| i.consume_key(Modifiers::COMMAND, *key))
                .map(|(_, target)| *target);
            (toggle, escape, target)
        });
        if toggle {
            self.shortcuts_open = !self.shortcuts_open;
        } else if escape {
            self.shortcuts_open = false;
        }
        if self.shortcuts_open {
            // Tab still moves to the overlay's button; nothing else reaches the screen.
            ctx.input_mut(|i| {
                i.events
                    .retain(|e| matches!(e, Event::Key { key: Key::Tab, .. }));
            });
        }
        if let Some(target) = target {
            self.shortcuts_open = false;
            self.open_screen(target);
        }
    }

    /// The name of the screen on show, for the overlay's heading.
    fn screen_name(&self) -> String {
        match &self.screen {
            Screen::Home => tr!("nav-decks"),
            Screen::Study(_) => tr!("shortcuts-screen-study"),
            Screen::Settings(_) => tr!("nav-settings"),
            Screen::QuizSetup(_) => tr!("shortcuts-screen-quiz-setup"),
            Screen::Quiz(_) => tr!("nav-quiz"),
            Screen::QuizResults(_) => tr!("shortcuts-screen-quiz-results"),
            Screen::Stats(_) => tr!("nav-statistics"),
            Screen::Browser(_) => tr!("nav-browse"),
            Screen::Reading(_) => tr!("nav-reading"),
            Screen::Import(_) => tr!("import-title"),
            Screen::Draft(_) => tr!("draft-title"),
        }
    }

    /// The keys of the screen on show: (keys, what they do).
    fn screen_shortcuts(&self) -> Vec<(String, String)> {
        let question = || {
            vec![
                (tr!("keys-choose-option"), tr!("shortcut-choose-option")),
                (tr!("keys-true-false"), tr!("shortcut-true-false")),
                (tr!("keys-enter"), tr!("shortcut-check-typed")),
                (tr!("keys-dont-know"), tr!("shortcut-dont-know")),
                (tr!("keys-match"), tr!("shortcut-match")),
                (tr!("keys-timeline"), tr!("shortcut-timeline")),
                (tr!("keys-go-on"), tr!("shortcut-go-on")),
            ]
        };
        match &self.screen {
            Screen::Home => vec![
                (tr!("keys-enter"), tr!("shortcut-study-deck")),
                ("Q".into(), tr!("shortcut-quiz-deck")),
                (tr!("keys-up-down"), tr!("shortcut-select-deck")),
            ],
            Screen::Study(_) => {
                let mut keys = vec![
                    (tr!("keys-space-enter"), tr!("shortcut-show-answer")),
                    ("1 2 3 4".into(), tr!("shortcut-rate")),
                    (tr!("keys-undo"), tr!("shortcut-undo")),
                    ("G".into(), tr!("shortcut-gloss")),
                    (tr!("keys-escape"), tr!("shortcut-back-to-decks")),
                ];
                keys.extend(question());
                keys
            }
            Screen::QuizSetup(_) => vec![
                (tr!("keys-enter"), tr!("shortcut-start-quiz")),
                (tr!("keys-escape"), tr!("shortcut-back")),
            ],
            Screen::Quiz(_) => {
                let mut keys = question();
                keys.push((tr!("keys-escape"), tr!("shortcut-end-quiz")));
                keys
            }
            Screen::QuizResults(_) => vec![
                ("P".into(), tr!("shortcut-practise-mistakes")),
                ("N".into(), tr!("shortcut-new-quiz")),
                (tr!("keys-escape"), tr!("shortcut-back-to-decks")),
            ],
            Screen::Browser(_) => vec![
                (tr!("keys-find"), tr!("shortcut-search")),
                (tr!("keys-escape"), tr!("shortcut-back-to-list")),
            ],
            Screen::Reading(_) => vec![(tr!("keys-escape"), tr!("shortcut-back-to-text"))],
            Screen::Import(_) => vec![
                (tr!("keys-enter"), tr!("shortcut-import-read")),
                (tr!("keys-escape"), tr!("shortcut-back-to-decks")),
            ],
            Screen::Draft(_) => vec![
                (tr!("keys-enter"), tr!("shortcut-draft-read")),
                (tr!("keys-escape"), tr!("shortcut-draft-escape")),
            ],
            Screen::Stats(_) | Screen::Settings(_) => Vec::new(),
        }
    }
}

/// The keys that work on every screen.
fn global_shortcuts() -> Vec<(String, String)> {
    vec![
        (tr!("keys-nav-decks"), tr!("nav-decks")),
        (tr!("keys-nav-quiz"), tr!("nav-quiz")),
        (tr!("keys-nav-statistics"), tr!("nav-statistics")),
        (tr!("keys-nav-browse"), tr!("nav-browse")),
        (tr!("keys-nav-settings"), tr!("nav-settings")),
        (tr!("keys-nav-reading"), tr!("nav-reading")),
        (tr!("keys-open-article"), tr!("shortcut-open-article")),
        (tr!("keys-import"), tr!("shortcut-import")),
        (tr!("keys-tab"), tr!("shortcut-tab")),
        (tr!("keys-space-enter"), tr!("shortcut-press-focused")),
        (tr!("keys-zoom"), tr!("shortcut-zoom")),
        (tr!("keys-shortcuts"), tr!("shortcut-shortcuts")),
    ]
}

/// The overlay listing the shortcuts; Esc, `?` or its button close it.
pub(super) fn show_overlay(app: &mut FactdeckApp, ctx: &egui::Context) {
    let screen_keys = app.screen_shortcuts();
    let screen_name = app.screen_name();
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("shortcuts")).show(ctx, |ui| {
        // At 200 % text the list is taller than the window: it scrolls.
        let max_height = ctx.content_rect().height() * 0.8;
        ui.set_max_width(ctx.content_rect().width() * 0.8);
        ui.heading(tr!("shortcuts-title"));
        egui::ScrollArea::vertical()
            .max_height(max_height - 80.0)
            .show(ui, |ui| {
                // One grid for both lists, so their keys and actions line up.
                egui::Grid::new("shortcuts grid")
                    .num_columns(2)
                    .spacing([16.0, 4.0])
                    .show(ui, |ui| {
                        let this_screen = tr!("shortcuts-this-screen", screen = screen_name);
                        ui.label(RichText::new(this_screen).strong());
                        ui.end_row();
                        if screen_keys.is_empty() {
                            ui.label(tr!("shortcuts-none-here"));
                            ui.end_row();
                        }
                        shortcut_rows(ui, &screen_keys);
                        ui.label(RichText::new(tr!("shortcuts-everywhere")).strong());
                        ui.end_row();
                        shortcut_rows(ui, &global_shortcuts());
                    });
            });
        ui.add_space(6.0);
        if ui.button(tr!("shortcuts-close")).clicked() {
            close = true;
        }
    });
    if close || modal.should_close() {
        app.shortcuts_open = false;
    }
}

fn shortcut_rows(ui: &mut egui::Ui, keys: &[(String, String)]) {
    for (key, action) in keys {
        ui.label(RichText::new(key).monospace());
        ui.label(action);
        ui.end_row();
    }
}
