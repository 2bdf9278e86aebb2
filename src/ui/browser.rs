//! The card browser: every card in a table with search as you type, filters and sort
//! orders; a fact's page with its cards, their FSRS state, predicted recall and history,
//! where a card can be suspended, brought back or reset.

use super::layout::keep_label_with_control;
use super::screen::{Asked, Given, Request, View};
use super::stats::{duration_text, percent};
use super::terms::{category_name, logged_kind_name, rating_name, variant_name};
use crate::clock::{from_millis, study_day};
use crate::deck::{FactField, FieldValue};
use crate::deck::{FactKind, Variant};
use crate::i18n::{format_decimal, format_interval, format_short_date, format_time};
use crate::schedule::Phase;
use crate::session::{
    CardDetail, CardFilter, CardRow, CardSort, Collection, FactPage, HistoryEntry, SortKey,
    filter_and_sort,
};
use crate::stats::CardCategory;
use crate::tr;
use chrono::{DateTime, FixedOffset};
use eframe::egui::{self, Key, Modifiers, RichText};
use egui_extras::{Column, TableBuilder};

/// The browser's rows and what the learner chose to see.
pub struct BrowserState {
    filter: CardFilter,
    sort: CardSort,
    rows: Vec<CardRow>,
    /// Indexes into `rows` to show, and the filter and sort they were computed for.
    shown: Vec<usize>,
    shown_for: Option<(CardFilter, CardSort)>,
    /// The fact page on show, if any.
    page: Option<FactPage>,
    /// A card whose reset waits for confirmation.
    confirm_reset: Option<String>,
    focus_search: bool,
    /// The open fact's wording being edited, if the learner chose to.
    editing: Option<Vec<EditedField>>,
    /// Where the last edit was saved, shown on the fact's page.
    saved: Option<String>,
}

/// One key of a fact in the edit form: lists are edited one item per line.
struct EditedField {
    key: String,
    list: bool,
    text: String,
}

impl EditedField {
    fn from(field: FactField) -> EditedField {
        let (list, text) = match field.value {
            FieldValue::Text(text) => (false, text),
            FieldValue::List(items) => (true, items.join("\n")),
        };
        EditedField {
            key: field.key,
            list,
            text,
        }
    }

    fn to_field(&self) -> FactField {
        let value = if self.list {
            FieldValue::List(self.text.lines().map(str::to_string).collect())
        } else {
            FieldValue::Text(self.text.clone())
        };
        FactField {
            key: self.key.clone(),
            value,
        }
    }
}

impl BrowserState {
    pub fn new(collection: &Collection) -> Self {
        BrowserState {
            filter: CardFilter::default(),
            sort: CardSort::default(),
            rows: collection.card_rows(),
            shown: Vec::new(),
            shown_for: None,
            page: None,
            confirm_reset: None,
            focus_search: true,
            editing: None,
            saved: None,
        }
    }

    /// Opens a fact's page.
    fn open(
        &mut self,
        collection: &Collection,
        deck_id: &str,
        fact_id: &str,
    ) -> Result<(), String> {
        self.page = Some(
            collection
                .fact_page(deck_id, fact_id)
                .map_err(|e| e.to_string())?,
        );
        self.confirm_reset = None;
        self.editing = None;
        Ok(())
    }

    /// The browser on a fact's page with its edit form open.
    pub fn editing(
        collection: &Collection,
        deck_id: &str,
        fact_id: &str,
    ) -> Result<BrowserState, String> {
        let mut browser = BrowserState::new(collection);
        browser.focus_search = false;
        browser.open(collection, deck_id, fact_id)?;
        browser.start_editing(collection)?;
        Ok(browser)
    }

    /// Opens the edit form of the fact on show, filled with its wording.
    fn start_editing(&mut self, collection: &Collection) -> Result<(), String> {
        let Some(page) = &self.page else {
            return Ok(());
        };
        let fields = collection
            .fact_fields(&page.deck_id, &page.fact_id)
            .map_err(|e| e.to_string())?;
        self.editing = Some(fields.into_iter().map(EditedField::from).collect());
        self.saved = None;
        Ok(())
    }

    /// Reads the rows and the open page again after a card changed.
    fn reload(&mut self, collection: &Collection) -> Result<(), String> {
        self.rows = collection.card_rows();
        self.shown_for = None;
        if let Some(page) = &self.page {
            let (deck_id, fact_id) = (page.deck_id.clone(), page.fact_id.clone());
            self.open(collection, &deck_id, &fact_id)?;
        }
        Ok(())
    }
}

/// What the learner asked for on this frame.
pub enum Action {
    Open {
        deck_id: String,
        fact_id: String,
    },
    Back,
    Suspend {
        deck_id: String,
        card_id: String,
        suspended: bool,
    },
    AskReset(String),
    CancelReset,
    Reset {
        deck_id: String,
        card_id: String,
    },
    /// Opens the edit form of the fact on show.
    Edit,
    CancelEdit,
    SaveEdit,
}

impl View for BrowserState {
    type Action = Action;

    fn show(&mut self, ui: &mut egui::Ui, given: &Given<'_>) -> Option<Asked<Action>> {
        choose(ui, given.collection, self).map(Asked::Screen)
    }

    fn apply(
        &mut self,
        action: Action,
        collection: &mut Collection,
        _: &egui::Context,
    ) -> Vec<Request> {
        apply(self, action, collection)
    }
}

/// "Edit wording…", on a fact's page here and on the Reading screen; off in a read-only
/// window, which shows progress but writes no deck file. True when clicked.
pub(super) fn edit_wording_button(ui: &mut egui::Ui, collection: &Collection) -> bool {
    let reason = collection
        .read_only_reason()
        .map(ToString::to_string)
        .unwrap_or_default();
    ui.add_enabled(reason.is_empty(), egui::Button::new(tr!("browse-edit")))
        .on_hover_text(tr!("browse-edit-hint"))
        .on_disabled_hover_text(tr!("app-read-only", reason = reason))
        .clicked()
}

/// The list of cards or a fact's page, and what the learner chose on it.
fn choose(
    ui: &mut egui::Ui,
    collection: &Collection,
    browser: &mut BrowserState,
) -> Option<Action> {
    match (&browser.page, &mut browser.editing) {
        (Some(page), Some(fields)) => edit_form(ui, collection, page, fields),
        (Some(page), None) => fact_page(
            ui,
            collection,
            page,
            browser.confirm_reset.as_deref(),
            browser.saved.as_deref(),
        ),
        (None, _) => card_list(ui, collection, browser),
    }
}

/// Carries out what the learner chose; a changed card reloads the rows and the page.
fn apply(browser: &mut BrowserState, action: Action, collection: &mut Collection) -> Vec<Request> {
    let mut changed = false;
    let result = match action {
        Action::Open { deck_id, fact_id } => browser.open(collection, &deck_id, &fact_id),
        Action::Back => {
            browser.page = None;
            browser.confirm_reset = None;
            browser.saved = None;
            Ok(())
        }
        Action::Edit => browser.start_editing(collection),
        Action::CancelEdit => {
            browser.editing = None;
            Ok(())
        }
        Action::SaveEdit => match (&browser.page, &browser.editing) {
            (Some(page), Some(fields)) => {
                let fields: Vec<FactField> = fields.iter().map(EditedField::to_field).collect();
                let (deck_id, fact_id) = (page.deck_id.clone(), page.fact_id.clone());
                match collection.save_fact(&deck_id, &fact_id, &fields) {
                    Ok(saved) => {
                        changed = true;
                        browser.editing = None;
                        let path = saved.path.display().to_string();
                        browser.saved = Some(if saved.made_copy {
                            tr!("browse-edit-saved-copy", path = path)
                        } else {
                            tr!("browse-edit-saved", path = path)
                        });
                        Ok(())
                    }
                    // The form stays open with what the learner wrote.
                    Err(e) => Err(tr!("browse-edit-not-saved", reason = e.to_string())),
                }
            }
            _ => Ok(()),
        },
        Action::AskReset(card_id) => {
            browser.confirm_reset = Some(card_id);
            Ok(())
        }
        Action::CancelReset => {
            browser.confirm_reset = None;
            Ok(())
        }
        Action::Suspend {
            deck_id,
            card_id,
            suspended,
        } => {
            changed = true;
            collection
                .set_suspended(&deck_id, &card_id, suspended)
                .map_err(|e| e.to_string())
        }
        Action::Reset { deck_id, card_id } => {
            changed = true;
            browser.confirm_reset = None;
            collection
                .reset_card(&deck_id, &card_id)
                .map_err(|e| e.to_string())
        }
    };
    let result = if changed {
        result.and_then(|()| browser.reload(collection))
    } else {
        result
    };
    let mut requests = Vec::new();
    if let Err(e) = result {
        requests.push(Request::Error(e));
    }
    if changed {
        requests.push(Request::ProgressChanged);
    }
    requests
}

fn card_list(
    ui: &mut egui::Ui,
    collection: &Collection,
    browser: &mut BrowserState,
) -> Option<Action> {
    ui.horizontal(|ui| {
        ui.heading(tr!("browse-title"));
        ui.separator();
        let label = ui.label(tr!("browse-search"));
        let search = ui.add(
            egui::TextEdit::singleline(&mut browser.filter.text)
                .hint_text(tr!("browse-search-hint"))
                .desired_width(260.0),
        );
        let search = search.labelled_by(label.id);
        let find = ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::F));
        if browser.focus_search || find {
            search.request_focus();
            browser.focus_search = false;
        }
    });
    // Wrapped, so that at large text sizes no filter is pushed out of the window.
    ui.horizontal_wrapped(|ui| filters(ui, collection, browser));
    if browser
        .shown_for
        .as_ref()
        .is_none_or(|(f, s)| *f != browser.filter || *s != browser.sort)
    {
        browser.shown = filter_and_sort(&browser.rows, &browser.filter, browser.sort);
        browser.shown_for = Some((browser.filter.clone(), browser.sort));
    }
    // Wrapped: the count's hint runs past a narrow window otherwise.
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!(
            "browse-count",
            shown = browser.shown.len(),
            total = browser.rows.len()
        ));
        // The column headers sort; this goes back to the deck's own (the article's) order.
        if browser.sort.key != SortKey::Deck && ui.small_button(tr!("browse-deck-order")).clicked()
        {
            browser.sort = CardSort::default();
        }
    });
    ui.add_space(4.0);

    let now = collection.now();
    let sort = &mut browser.sort;
    let rows = &browser.rows;
    let shown = &browser.shown;
    // At large text sizes the columns are wider than the window: the table scrolls sideways.
    egui::ScrollArea::horizontal()
        .id_salt("card table")
        .show(ui, |ui| card_table(ui, now, sort, rows, shown))
        .inner
}

fn card_table(
    ui: &mut egui::Ui,
    now: DateTime<FixedOffset>,
    sort: &mut CardSort,
    rows: &[CardRow],
    shown: &[usize],
) -> Option<Action> {
    let mut action = None;
    let ui_row_height = ui.text_style_height(&egui::TextStyle::Body);
    TableBuilder::new(ui)
        .striped(true)
        .sense(egui::Sense::click())
        // Each row is two lines high; a question of one line sits in its middle.
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::remainder().at_least(260.0).clip(true))
        .column(Column::initial(170.0).clip(true))
        // Wide enough for the German names ("Begründung", "Schwierigkeit") on one line.
        .column(Column::initial(95.0))
        .column(Column::initial(80.0))
        .column(Column::initial(110.0))
        .column(Column::initial(80.0))
        .column(Column::initial(100.0))
        .column(Column::initial(70.0))
        .header(24.0, |mut header| {
            header.col(|ui| sort_button(ui, sort, SortKey::Question, &tr!("browse-question")));
            header.col(|ui| {
                ui.strong(tr!("home-topic"));
            });
            header.col(|ui| {
                ui.strong(tr!("browse-type"));
            });
            header.col(|ui| {
                ui.strong(tr!("browse-state"));
            });
            header.col(|ui| sort_button(ui, sort, SortKey::Due, &tr!("browse-due")));
            header.col(|ui| sort_button(ui, sort, SortKey::Stability, &tr!("browse-stability")));
            header.col(|ui| sort_button(ui, sort, SortKey::Difficulty, &tr!("browse-difficulty")));
            header.col(|ui| sort_button(ui, sort, SortKey::Lapses, &tr!("browse-lapses")));
        })
        .body(|body| {
            // Two lines a row: a question wraps onto the second rather than being cut at
            // the column's edge; a longer one is whole in its tooltip and on its page.
            let row_height = 2.0 * ui_row_height + 4.0;
            body.rows(row_height, shown.len(), |mut table_row| {
                let Some(row) = shown.get(table_row.index()).and_then(|&i| rows.get(i)) else {
                    return;
                };
                table_row.col(|ui| {
                    let question = ui.add(egui::Label::new(&row.prompt).wrap().selectable(false));
                    if question.rect.height() > row_height {
                        question.on_hover_text(&row.prompt);
                    }
                });
                table_row.col(|ui| {
                    ui.add(
                        egui::Label::new(&row.topic_name)
                            .truncate()
                            .selectable(false),
                    );
                });
                table_row.col(|ui| {
                    ui.add(egui::Label::new(variant_name(row.variant)).selectable(false));
                });
                table_row.col(|ui| {
                    ui.add(egui::Label::new(category_name(row.category)).selectable(false));
                });
                table_row.col(|ui| {
                    ui.add(egui::Label::new(due_text(row, now)).selectable(false));
                });
                table_row.col(|ui| {
                    let text = row
                        .state
                        .memory
                        .map_or("—".to_string(), |m| days_text(m.stability));
                    ui.add(egui::Label::new(text).selectable(false));
                });
                table_row.col(|ui| {
                    let text = row.state.memory.map_or("—".to_string(), |m| {
                        format_decimal(f64::from(m.difficulty), 1)
                    });
                    ui.add(egui::Label::new(text).selectable(false));
                });
                table_row.col(|ui| {
                    ui.add(egui::Label::new(row.state.lapses.to_string()).selectable(false));
                });
                if table_row.response().clicked() {
                    action = Some(Action::Open {
                        deck_id: row.deck_id.clone(),
                        fact_id: row.fact_id.clone(),
                    });
                }
            });
        });
    action
}

/// A column header that sorts by its key; clicked again it turns the order round.
fn sort_button(ui: &mut egui::Ui, sort: &mut CardSort, key: SortKey, name: &str) {
    let active = sort.key == key;
    // The proportional font has no arrows; the monospace one does.
    let arrow = match (active, sort.descending) {
        (true, false) => "▲",
        (true, true) => "▼",
        (false, _) => "",
    };
    let mut text = egui::Atoms::new(RichText::new(name).strong());
    if !arrow.is_empty() {
        text.push_right(RichText::new(arrow).monospace());
    }
    if ui
        .add(egui::Button::new(text).frame(false))
        .on_hover_text(tr!("browse-sort-by", column = name))
        .clicked()
    {
        if active {
            sort.descending = !sort.descending;
        } else {
            *sort = CardSort {
                key,
                descending: false,
            };
        }
    }
}

fn filters(ui: &mut egui::Ui, collection: &Collection, browser: &mut BrowserState) {
    let filter = &mut browser.filter;
    let any = tr!("browse-any");
    let any = any.as_str();
    let labelled = |ui: &mut egui::Ui, text: String, width: f32| {
        keep_label_with_control(ui, &text, width);
        ui.label(text)
    };
    let label = labelled(ui, tr!("browse-deck"), 170.0);
    let deck_name = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| collection.deck(id))
            .map_or(any.to_string(), |d| d.title.clone())
    };
    egui::ComboBox::from_id_salt("deck filter")
        .selected_text(deck_name(&filter.deck))
        .width(170.0)
        .show_ui(ui, |ui| {
            if ui.selectable_value(&mut filter.deck, None, any).clicked() {
                filter.topic = None;
            }
            for deck in collection.decks() {
                let value = Some(deck.id.clone());
                if ui
                    .selectable_value(&mut filter.deck, value, &deck.title)
                    .clicked()
                {
                    filter.topic = None;
                }
            }
        })
        .response
        .labelled_by(label.id);

    let label = labelled(ui, tr!("home-topic"), 190.0);
    let topics: Vec<(String, String)> = collection
        .decks()
        .iter()
        .filter(|d| filter.deck.as_ref().is_none_or(|id| *id == d.id))
        .flat_map(|d| d.topics.iter().map(|t| (t.id.clone(), t.name.clone())))
        .collect();
    let topic_name = filter
        .topic
        .as_ref()
        .and_then(|id| topics.iter().find(|(t, _)| t == id))
        .map_or(any.to_string(), |(_, name)| name.clone());
    egui::ComboBox::from_id_salt("topic filter")
        .selected_text(topic_name)
        .width(190.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut filter.topic, None, any);
            for (id, name) in &topics {
                ui.selectable_value(&mut filter.topic, Some(id.clone()), name);
            }
        })
        .response
        .labelled_by(label.id);

    let label = labelled(ui, tr!("browse-state"), ui.spacing().combo_width);
    egui::ComboBox::from_id_salt("state filter")
        .selected_text(filter.category.map_or(any.to_string(), category_name))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut filter.category, None, any);
            for category in CardCategory::ALL {
                ui.selectable_value(
                    &mut filter.category,
                    Some(category),
                    category_name(category),
                );
            }
        })
        .response
        .labelled_by(label.id);

    let label = labelled(ui, tr!("browse-question-type"), ui.spacing().combo_width);
    egui::ComboBox::from_id_salt("type filter")
        .selected_text(filter.variant.map_or(any.to_string(), variant_name))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut filter.variant, None, any);
            for variant in VARIANTS {
                ui.selectable_value(&mut filter.variant, Some(variant), variant_name(variant));
            }
        })
        .response
        .labelled_by(label.id);
}

const VARIANTS: [Variant; 10] = Variant::ALL;

/// The form to reword a fact: one field per key of its deck file, Save and Cancel.
fn edit_form(
    ui: &mut egui::Ui,
    collection: &Collection,
    page: &FactPage,
    fields: &mut [EditedField],
) -> Option<Action> {
    let mut action = None;
    if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
        action = Some(Action::CancelEdit);
    }
    ui.add(egui::Label::new(RichText::new(page.title.as_str()).heading()).wrap());
    let explained = if collection.is_built_in(&page.deck_id) {
        tr!("browse-edit-built-in")
    } else {
        tr!("browse-edit-own")
    };
    ui.add(egui::Label::new(explained).wrap());
    ui.add_space(6.0);
    egui::ScrollArea::vertical()
        .id_salt("edit fact")
        .max_height(ui.available_height() - 48.0)
        .show(ui, |ui| {
            egui::Grid::new("edit fact grid")
                .num_columns(2)
                .spacing([12.0, 8.0])
                .show(ui, |ui| {
                    for field in fields.iter_mut() {
                        let label = ui.label(field_name(&field.key));
                        let width = (ui.available_width() - 12.0).max(240.0);
                        let edit = if field.list || field.text.len() > 70 {
                            egui::TextEdit::multiline(&mut field.text).desired_rows(2)
                        } else {
                            egui::TextEdit::singleline(&mut field.text)
                        };
                        let edit = ui.add(edit.desired_width(width)).labelled_by(label.id);
                        if field.list {
                            edit.on_hover_text(tr!("browse-edit-one-per-line"));
                        }
                        ui.end_row();
                    }
                });
        });
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        if ui.button(tr!("browse-edit-save")).clicked() {
            action = Some(Action::SaveEdit);
        }
        if ui.button(tr!("common-cancel")).clicked() {
            action = Some(Action::CancelEdit);
        }
    });
    action
}

/// A deck file's key as the learner reads it.
fn field_name(key: &str) -> String {
    match key {
        "question" => tr!("edit-key-question"),
        "answer" => tr!("edit-key-answer"),
        "text" => tr!("edit-key-text"),
        "name" => tr!("edit-key-name"),
        "role" => tr!("edit-key-role"),
        "event" => tr!("edit-key-event"),
        "value" => tr!("edit-key-value"),
        "qualifier" => tr!("edit-key-qualifier"),
        "unit" => tr!("edit-key-unit"),
        "date" => tr!("edit-key-date"),
        "items" => tr!("edit-key-items"),
        "ask_role" => tr!("edit-key-ask-role"),
        "ask_name" => tr!("edit-key-ask-name"),
        "ask_event" => tr!("edit-key-ask-event"),
        "ask_place" => tr!("edit-key-ask-place"),
        "ask_item" => tr!("edit-key-ask-item"),
        "item_claim" => tr!("edit-key-item-claim"),
        "false_variants" => tr!("edit-key-false-variants"),
        "category" => tr!("edit-key-category"),
        "wrong_options" => tr!("edit-key-wrong-options"),
        "also_right" => tr!("edit-key-also-right"),
        "note" => tr!("edit-key-note"),
        "gloss" => tr!("edit-key-gloss"),
        "cue" => tr!("edit-key-cue"),
        other => other.to_string(),
    }
}

fn fact_page(
    ui: &mut egui::Ui,
    collection: &Collection,
    page: &FactPage,
    confirm_reset: Option<&str>,
    saved: Option<&str>,
) -> Option<Action> {
    let mut action = None;
    if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
        action = Some(Action::Back);
    }
    ui.horizontal(|ui| {
        if ui.button(tr!("browse-back")).clicked() {
            action = Some(Action::Back);
        }
        if edit_wording_button(ui, collection) {
            action = Some(Action::Edit);
        }
    });
    if let Some(saved) = saved {
        ui.add(egui::Label::new(RichText::new(saved).weak()).wrap());
    }
    // Titled in words (a statement can be long): wrapped, never cut.
    ui.add(egui::Label::new(RichText::new(page.title.as_str()).heading()).wrap());
    ui.label(tr!(
        "browse-fact-line",
        topic = page.topic_name.as_str(),
        kind = kind_name(page.kind),
        cards = page.cards.len()
    ));
    if let Some(note) = &page.note {
        ui.label(RichText::new(tr!("study-note", note = note.as_str())).italics());
    }
    ui.add_space(6.0);
    let now = collection.now();
    egui::ScrollArea::vertical()
        .id_salt("fact page")
        .auto_shrink(false)
        .show(ui, |ui| {
            for card in &page.cards {
                if let Some(chosen) = card_panel(ui, card, now, confirm_reset) {
                    action = Some(chosen);
                }
                ui.add_space(8.0);
            }
        });
    action
}

/// The least width the history of a card needs beside its state without being clipped.
const HISTORY_MIN_WIDTH: f32 = 420.0;

fn card_panel(
    ui: &mut egui::Ui,
    card: &CardDetail,
    now: DateTime<FixedOffset>,
    confirm_reset: Option<&str>,
) -> Option<Action> {
    let mut action = None;
    let row = &card.row;
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(12))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(&row.prompt).strong().size(17.0));
            ui.label(RichText::new(&row.answer).size(15.0));
            ui.label(
                RichText::new(tr!("browse-asked-as", variant = variant_name(row.variant)))
                    .small()
                    .weak(),
            );
            ui.add_space(6.0);
            // Side by side only where the history has room; it is clipped otherwise.
            super::layout::columns_or_stacked(
                ui,
                HISTORY_MIN_WIDTH,
                |ui| state_grid(ui, row, now),
                |ui| history(ui, card, now),
            );
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let deck_id = row.deck_id.clone();
                let card_id = row.card_id.clone();
                let (label, hint) = if row.suspended {
                    (tr!("browse-unsuspend"), tr!("browse-unsuspend-hint"))
                } else {
                    (tr!("browse-suspend"), tr!("browse-suspend-hint"))
                };
                if ui.button(label).on_hover_text(hint).clicked() {
                    action = Some(Action::Suspend {
                        deck_id: deck_id.clone(),
                        card_id: card_id.clone(),
                        suspended: !row.suspended,
                    });
                }
                if confirm_reset == Some(row.card_id.as_str()) {
                    ui.label(tr!("browse-reset-question"));
                    if ui.button(tr!("browse-reset-confirm")).clicked() {
                        action = Some(Action::Reset { deck_id, card_id });
                    }
                    if ui.button(tr!("common-cancel")).clicked() {
                        action = Some(Action::CancelReset);
                    }
                } else {
                    let reset = ui
                        .add_enabled(row.state.reps > 0, egui::Button::new(tr!("browse-reset")))
                        .on_hover_text(tr!("browse-reset-hint"));
                    if reset.clicked() {
                        action = Some(Action::AskReset(card_id));
                    }
                }
            });
        });
    action
}

pub(super) fn state_grid(ui: &mut egui::Ui, row: &CardRow, now: DateTime<FixedOffset>) {
    let s = &row.state;
    egui::Grid::new(("state", &row.card_id))
        .num_columns(2)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            let mut line = |name: &str, value: String| {
                ui.label(RichText::new(name).weak());
                ui.label(value);
                ui.end_row();
            };
            let category = category_name(row.category);
            let phase = phase_name(s.phase);
            let state = if category == phase {
                category
            } else {
                format!("{category} ({phase})")
            };
            line(&tr!("browse-state"), state);
            line(&tr!("browse-due"), due_text(row, now));
            if s.phase == Phase::Review {
                line(
                    &tr!("browse-interval"),
                    format_interval(chrono::Duration::days(i64::from(s.interval_days))),
                );
            }
            line(
                &tr!("browse-stability"),
                s.memory.map_or("—".into(), |m| days_text(m.stability)),
            );
            line(
                &tr!("browse-difficulty"),
                s.memory.map_or("—".into(), |m| {
                    tr!(
                        "browse-difficulty-of-10",
                        difficulty = format_decimal(f64::from(m.difficulty), 1)
                    )
                }),
            );
            line(
                &tr!("browse-recall-now"),
                row.recall
                    .map_or(tr!("browse-never-answered-dash"), percent),
            );
            line(&tr!("browse-answers"), s.reps.to_string());
            line(&tr!("browse-lapses"), s.lapses.to_string());
        });
}

pub(super) fn history(ui: &mut egui::Ui, card: &CardDetail, now: DateTime<FixedOffset>) {
    ui.label(RichText::new(tr!("browse-history")).strong());
    if card.history.is_empty() {
        ui.label(tr!("browse-never-answered"));
        return;
    }
    // Sideways too: an answer typed at length is wider than any column.
    egui::ScrollArea::both()
        .id_salt(("history", &card.row.card_id))
        .max_height(170.0)
        .show(ui, |ui| {
            egui::Grid::new(("history grid", &card.row.card_id))
                .striped(true)
                .num_columns(4)
                .spacing([12.0, 3.0])
                .show(ui, |ui| {
                    for entry in card.history.iter().rev() {
                        ui.label(when_text(entry.at(), now));
                        match entry {
                            HistoryEntry::Review(review) => {
                                let r = &review.record;
                                ui.label(rating_name(r.rating));
                                ui.label(duration_text(r.elapsed_ms));
                                let mut asked = tr!(
                                    "browse-asked-was",
                                    kind = logged_kind_name(&r.question_kind),
                                    phase = phase_name(r.phase_before)
                                );
                                if let Some(answer) = &r.answer {
                                    asked.push_str(&format!(": “{answer}”"));
                                }
                                ui.label(asked);
                            }
                            HistoryEntry::Reset(_) => {
                                ui.label(RichText::new(tr!("browse-reset-entry")).italics());
                                ui.label("");
                                ui.label(tr!("browse-started-afresh"));
                            }
                        }
                        ui.end_row();
                    }
                });
        });
}

fn due_text(row: &CardRow, now: DateTime<FixedOffset>) -> String {
    if row.state.reps == 0 {
        return "—".to_string();
    }
    let due = from_millis(row.state.due, now);
    if row.state.due <= now.timestamp_millis() {
        tr!("browse-due-now")
    } else if study_day(due) == study_day(now) {
        tr!("browse-due-today", time = format_time(&due))
    } else {
        format_short_date(&due)
    }
}

fn when_text(ms: i64, now: DateTime<FixedOffset>) -> String {
    let at = from_millis(ms, now);
    format!("{} {}", format_short_date(&at), format_time(&at))
}

fn days_text(days: f32) -> String {
    if days < 1.0 {
        tr!(
            "browse-hours",
            hours = format_decimal(f64::from(days) * 24.0, 0)
        )
    } else if days < 100.0 {
        tr!("browse-days", days = format_decimal(f64::from(days), 1))
    } else {
        tr!("browse-days", days = format_decimal(f64::from(days), 0))
    }
}

fn phase_name(phase: Phase) -> String {
    match phase {
        Phase::New => tr!("state-new"),
        Phase::Learning => tr!("state-learning"),
        Phase::Review => tr!("phase-review"),
        Phase::Relearning => tr!("phase-relearning"),
    }
}

fn kind_name(kind: FactKind) -> String {
    match kind {
        FactKind::Number => tr!("fact-number"),
        FactKind::Date => tr!("fact-date"),
        FactKind::List => tr!("fact-list"),
        FactKind::Person => tr!("fact-person"),
        FactKind::Place => tr!("fact-place"),
        FactKind::Statement => tr!("fact-statement"),
        FactKind::Reason => tr!("fact-reason"),
        FactKind::Question => tr!("fact-question"),
    }
}
