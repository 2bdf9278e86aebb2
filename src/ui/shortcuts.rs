//! The keys that work everywhere (moving between screens, the shortcuts overlay) and the
//! overlay itself (`?`), which lists the current screen's keys and the global ones.

use super::app::Screen;
use super::screen::Request;
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

/// What decides which keys work everywhere on this frame.
pub(super) struct KeyContext {
    /// Whether the progress is open (nothing but the overlay works without it).
    pub progress_open: bool,
    /// A study session or a running quiz, which Ctrl+I must not end.
    pub busy: bool,
    pub on_reading: bool,
}

/// Every key that works on every screen, read in one place: `?` (or F1) shows and hides
/// the shortcuts, Esc hides them, Ctrl+1…6 change screen, Ctrl+O opens an article, Ctrl+R
/// the reading screen, Ctrl+I the import screen. While the overlay is open the screen
/// beneath gets no keys, so Esc or a digit does not also act on it.
pub(super) fn global_keys(
    ctx: &egui::Context,
    shortcuts_open: &mut bool,
    on: &KeyContext,
) -> Vec<Request> {
    let mut requests = Vec::new();
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
        let escape = *shortcuts_open && i.consume_key(Modifiers::NONE, Key::Escape);
        let target = NAV_KEYS
            .iter()
            .find(|(key, _)| i.consume_key(Modifiers::COMMAND, *key))
            .map(|(_, target)| *target);
        (toggle, escape, target)
    });
    if toggle {
        *shortcuts_open = !*shortcuts_open;
    } else if escape {
        *shortcuts_open = false;
    }
    if *shortcuts_open {
        // Tab still moves to the overlay's button; nothing else reaches the screen.
        ctx.input_mut(|i| {
            i.events
                .retain(|e| matches!(e, Event::Key { key: Key::Tab, .. }));
        });
    }
    if let Some(target) = target {
        *shortcuts_open = false;
        requests.push(Request::Navigate(target));
    }
    if !on.progress_open {
        return requests;
    }
    let (open, read, import) = ctx.input_mut(|i| {
        (
            i.consume_key(Modifiers::COMMAND, Key::O),
            i.consume_key(Modifiers::COMMAND, Key::R),
            !on.busy && i.consume_key(Modifiers::COMMAND, Key::I),
        )
    });
    if open {
        requests.push(Request::ChooseArticle);
    }
    if read && !on.on_reading {
        requests.push(Request::Navigate(NavTarget::Reading));
    }
    if import {
        requests.push(Request::Import);
    }
    requests
}

/// The name of the screen on show, for the overlay's heading.
fn screen_name(screen: &Screen) -> String {
    match screen {
        Screen::Home(_) => tr!("nav-decks"),
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
fn screen_shortcuts(screen: &Screen) -> Vec<(String, String)> {
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
    match screen {
        Screen::Home(_) => vec![
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
/// Returns whether the learner closed it.
pub(super) fn show_overlay(ctx: &egui::Context, screen: &Screen) -> bool {
    let screen_keys = screen_shortcuts(screen);
    let screen_name = screen_name(screen);
    let mut close = false;
    let modal = super::layout::dialog(ctx, "shortcuts").show(ctx, |ui| {
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
    close || modal.should_close()
}

fn shortcut_rows(ui: &mut egui::Ui, keys: &[(String, String)]) {
    for (key, action) in keys {
        ui.label(RichText::new(key).monospace());
        ui.label(action);
        ui.end_row();
    }
}
