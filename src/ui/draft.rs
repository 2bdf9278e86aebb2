//! The draft screen (File > New deck from an article…): the facts factdeck proposes for an
//! article, beside the article with every proposal's cue highlighted. The learner accepts,
//! edits or drops each proposal and saves the accepted ones as a deck of their own, which is
//! studied like any other. Nothing is written until they press Save.

use super::article::repaint;
use super::file_field::{FileFieldAction, FileFieldTexts, file_field};
use super::highlighted_text::HighlightedText;
use super::screen::{Asked, Given, Request, View};
use crate::deck::FactKind;
use crate::draft::{Draft, DraftOptions, Proposal};
use crate::interop::flashcards::id_from;
use crate::reading::ArticleMap;
use crate::session::file_dialog::{FileDialog, Picked};
use crate::session::{Collection, SessionError, draft_article};
use crate::tr;
use eframe::egui::{self, Align, Color32, Key, RichText, Sense};
use std::path::PathBuf;

/// The article's width: lines longer than this are hard to follow.
const TEXT_WIDTH: f32 = 680.0;
const LIST_WIDTH: f32 = 560.0;

/// What the learner decided about a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decision {
    Open,
    Accepted,
    Dropped,
}

impl Decision {
    fn word(self) -> String {
        match self {
            Decision::Open => tr!("draft-state-open"),
            Decision::Accepted => tr!("draft-state-accepted"),
            Decision::Dropped => tr!("draft-state-dropped"),
        }
    }

    fn color(self) -> Color32 {
        match self {
            Decision::Open => Color32::from_rgb(90, 140, 220),
            Decision::Accepted => Color32::from_rgb(60, 160, 90),
            Decision::Dropped => Color32::from_rgb(140, 140, 140),
        }
    }
}

/// The highlight of the proposal being edited.
const SELECTED_COLOR: Color32 = Color32::from_rgb(226, 150, 40);

/// The screen: the file to read, and what was proposed for it.
#[derive(Default)]
pub struct DraftView {
    path: String,
    /// Whether the file field has had the keyboard focus once (it gets it on opening).
    focused: bool,
    dialog: Option<FileDialog>,
    /// Why reading or saving failed.
    problem: Option<String>,
    drafted: Option<Box<Drafted>>,
}

/// An article with its proposals and the learner's decisions.
struct Drafted {
    file_name: String,
    draft: Draft,
    decisions: Vec<Decision>,
    selected: Option<usize>,
    /// The selected proposal's fields as typed, not yet applied.
    edit: Option<Edit>,
    text: HighlightedText,
    /// Whether the highlights must be coloured again (a decision or the theme changed).
    repaint: bool,
    dark_mode: bool,
    title: String,
    deck_id: String,
    reveal_in_list: Option<usize>,
    reveal_in_text: Option<usize>,
}

/// The text fields of the proposal being edited.
struct Edit {
    question: String,
    answer: String,
    /// A person's role or what happens at a place.
    detail: String,
    problem: Option<String>,
}

impl Edit {
    fn of(proposal: &Proposal) -> Edit {
        Edit {
            question: proposal.question().to_string(),
            answer: proposal.answer(),
            detail: proposal.detail().unwrap_or_default().to_string(),
            problem: None,
        }
    }
}

enum Action {
    Choose,
    Read,
    Select(usize, Reveal),
    Decide(usize, Decision),
    AcceptTheRest,
    Apply,
    Save,
    Back,
}

/// Where a chosen proposal should be brought into view.
#[derive(Clone, Copy)]
enum Reveal {
    InList,
    InText,
}

impl DraftView {
    /// The screen with its file field filled in (the article open for reading, if any).
    pub fn for_file(path: String) -> Self {
        DraftView {
            path,
            ..DraftView::default()
        }
    }
}

/// Saving the accepted proposals as a deck, the one thing on this screen that writes.
pub struct Save;

impl View for DraftView {
    type Action = Save;

    fn show(&mut self, ui: &mut egui::Ui, _: &Given<'_>) -> Option<Asked<Save>> {
        show(ui, self)
    }

    fn apply(&mut self, _: Save, collection: &mut Collection, _: &egui::Context) -> Vec<Request> {
        save(self, collection).into_iter().collect()
    }
}

/// The screen; reading an article and deciding about proposals change only the screen.
fn show(ui: &mut egui::Ui, view: &mut DraftView) -> Option<Asked<Save>> {
    let dark = ui.visuals().dark_mode;
    let mut action = None;
    if let Some(picked) = view.dialog.as_ref().and_then(FileDialog::answer) {
        view.dialog = None;
        match picked {
            Picked::File(path) => {
                view.path = path.display().to_string();
                action = Some(Action::Read);
            }
            Picked::Unavailable => view.problem = Some(tr!("draft-no-dialog")),
            Picked::Cancelled => {}
        }
    }
    if ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Escape)) {
        match view.drafted.as_mut() {
            Some(drafted) if drafted.selected.is_some() => {
                drafted.selected = None;
                drafted.edit = None;
                drafted.repaint = true;
            }
            _ => action = Some(Action::Back),
        }
    }
    if let Some(drafted) = view.drafted.as_mut()
        && (drafted.repaint || drafted.dark_mode != dark)
    {
        paint(drafted, dark);
    }
    let chosen = match view.drafted.as_mut() {
        None => file_form(ui, view),
        Some(_) => proposals_screen(ui, view),
    };
    action = action.or(chosen);
    match action? {
        Action::Choose => choose_file(view, ui.ctx()),
        Action::Read => read(view),
        Action::Select(index, reveal) => select(view, index, reveal),
        Action::Decide(index, decision) => decide(view, index, decision),
        Action::AcceptTheRest => accept_the_rest(view),
        Action::Apply => apply(view),
        Action::Save => return Some(Asked::Screen(Save)),
        Action::Back => return Some(Asked::App(Request::Home)),
    }
    None
}

/// The file field, before an article is read.
fn file_form(ui: &mut egui::Ui, view: &mut DraftView) -> Option<Action> {
    let mut action = None;
    ui.heading(tr!("draft-title"));
    ui.label(RichText::new(tr!("draft-explained")).weak());
    ui.add_space(8.0);
    let texts = FileFieldTexts {
        label: tr!("draft-file"),
        read: tr!("draft-read"),
        choose: tr!("draft-choose"),
    };
    let can_choose = view.dialog.is_none();
    match file_field(ui, texts, &mut view.path, &mut view.focused, can_choose) {
        Some(FileFieldAction::Read) => action = Some(Action::Read),
        Some(FileFieldAction::Choose) => action = Some(Action::Choose),
        None => {}
    }
    if let Some(problem) = &view.problem {
        ui.add_space(6.0);
        ui.colored_label(ui.visuals().error_fg_color, problem);
    }
    ui.add_space(12.0);
    if ui.button(tr!("draft-back")).clicked() {
        action = Some(Action::Back);
    }
    action
}

/// The proposals on the left, the article on the right.
fn proposals_screen(ui: &mut egui::Ui, view: &mut DraftView) -> Option<Action> {
    let mut action = None;
    let problem = view.problem.clone();
    let drafted = view.drafted.as_mut()?;
    egui::Panel::left("draft proposals")
        .resizable(true)
        .default_size(LIST_WIDTH)
        .min_size(360.0)
        .show(ui, |ui| {
            if let Some(chosen) = proposals_panel(ui, drafted, problem.as_deref()) {
                action = Some(chosen);
            }
        });
    let frame = egui::Frame::NONE.inner_margin(egui::Margin::symmetric(10, 0));
    egui::CentralPanel::default().frame(frame).show(ui, |ui| {
        ui.add_space(6.0);
        ui.heading(&drafted.file_name);
        ui.label(RichText::new(tr!("draft-text-hint")).weak());
        ui.add_space(4.0);
        let reveal = drafted.reveal_in_text.take();
        egui::ScrollArea::vertical()
            .id_salt("draft article")
            .auto_shrink(false)
            .show(ui, |ui| {
                let shown = drafted.text.show(ui, TEXT_WIDTH, reveal);
                if let Some(highlight) = shown.hovered {
                    let proposals = &drafted.text.map.highlights[highlight].facts;
                    let questions: Vec<&str> = proposals
                        .iter()
                        .filter_map(|&i| drafted.draft.proposals.get(i))
                        .map(Proposal::question)
                        .collect();
                    if shown.clicked.is_some() {
                        action = Some(Action::Select(proposals[0], Reveal::InList));
                    }
                    shown
                        .response
                        .on_hover_cursor(egui::CursorIcon::PointingHand)
                        .on_hover_text_at_pointer(questions.join("\n"));
                }
            });
    });
    action
}

fn proposals_panel(
    ui: &mut egui::Ui,
    drafted: &mut Drafted,
    problem: Option<&str>,
) -> Option<Action> {
    let mut action = None;
    ui.add_space(6.0);
    ui.heading(tr!("draft-title"));
    let count = drafted.draft.proposals.len();
    ui.label(tr!(
        "draft-proposed",
        count = count,
        file = drafted.file_name.as_str()
    ));
    if drafted.draft.left_out > 0 {
        ui.label(RichText::new(tr!("draft-left-out", count = drafted.draft.left_out)).weak());
    }
    let accepted = drafted
        .decisions
        .iter()
        .filter(|d| **d == Decision::Accepted)
        .count();
    let dropped = drafted
        .decisions
        .iter()
        .filter(|d| **d == Decision::Dropped)
        .count();
    ui.label(
        RichText::new(tr!(
            "draft-counts",
            accepted = accepted,
            dropped = dropped,
            open = count - accepted - dropped
        ))
        .strong(),
    );
    egui::Grid::new("draft deck").num_columns(2).show(ui, |ui| {
        let label = ui.label(tr!("draft-deck-title"));
        ui.add(egui::TextEdit::singleline(&mut drafted.title).desired_width(300.0))
            .labelled_by(label.id);
        ui.end_row();
        let label = ui.label(tr!("draft-deck-id"));
        ui.add(egui::TextEdit::singleline(&mut drafted.deck_id).desired_width(300.0))
            .labelled_by(label.id);
        ui.end_row();
    });
    ui.horizontal_wrapped(|ui| {
        let save = egui::Button::new(tr!("draft-save", count = accepted));
        if ui.add_enabled(accepted > 0, save).clicked() {
            action = Some(Action::Save);
        }
        if ui.button(tr!("draft-accept-rest")).clicked() {
            action = Some(Action::AcceptTheRest);
        }
        if ui.button(tr!("draft-back")).clicked() {
            action = Some(Action::Back);
        }
    });
    if let Some(problem) = problem {
        ui.colored_label(ui.visuals().error_fg_color, problem);
    }
    ui.label(RichText::new(tr!("draft-edit-hint")).small().weak());
    ui.separator();
    let reveal = drafted.reveal_in_list.take();
    egui::ScrollArea::vertical()
        .id_salt("draft list")
        .auto_shrink(false)
        .show(ui, |ui| {
            for index in 0..drafted.draft.proposals.len() {
                let frame = egui::Frame::group(ui.style()).inner_margin(egui::Margin::same(8));
                let card = frame.show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    proposal_card(ui, drafted, index)
                });
                if reveal == Some(index) {
                    card.response.scroll_to_me(Some(Align::Center));
                }
                if let Some(chosen) = card.inner {
                    action = Some(chosen);
                }
                ui.add_space(4.0);
            }
        });
    action
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

/// One proposal: its kind and state, its question and answer (fields while it is being
/// edited), where it stands, and the buttons to accept or drop it.
fn proposal_card(ui: &mut egui::Ui, drafted: &mut Drafted, index: usize) -> Option<Action> {
    let mut action = None;
    let decision = drafted.decisions[index];
    let selected = drafted.selected == Some(index);
    let proposal = &drafted.draft.proposals[index];
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), Sense::hover());
        ui.painter().rect_filled(rect, 2.0, decision.color());
        ui.label(
            RichText::new(format!(
                "{} · {}",
                kind_name(proposal.kind()),
                decision.word()
            ))
            .small()
            .weak(),
        );
        ui.with_layout(egui::Layout::right_to_left(Align::Center), |ui| {
            if ui
                .selectable_label(decision == Decision::Dropped, tr!("draft-drop"))
                .clicked()
            {
                action = Some(Action::Decide(index, Decision::Dropped));
            }
            if ui
                .selectable_label(decision == Decision::Accepted, tr!("draft-accept"))
                .clicked()
            {
                action = Some(Action::Decide(index, Decision::Accepted));
            }
        });
    });
    if selected && let Some(edit) = drafted.edit.as_mut() {
        let label = ui.label(tr!("draft-question"));
        ui.add(
            egui::TextEdit::multiline(&mut edit.question)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        let label = ui.label(tr!("draft-answer"));
        let sentence = matches!(proposal.kind(), FactKind::Statement | FactKind::Reason);
        let answer = if sentence {
            egui::TextEdit::multiline(&mut edit.answer).desired_rows(2)
        } else {
            egui::TextEdit::singleline(&mut edit.answer)
        };
        ui.add(answer.desired_width(f32::INFINITY))
            .labelled_by(label.id);
        let detail_label = match proposal.kind() {
            FactKind::Person => Some(tr!("draft-role")),
            FactKind::Place => Some(tr!("draft-event")),
            _ => None,
        };
        if let Some(detail_label) = detail_label {
            let label = ui.label(detail_label);
            ui.add(
                egui::TextEdit::multiline(&mut edit.detail)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        }
        if let Some(problem) = &edit.problem {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        }
        if ui.button(tr!("draft-apply")).clicked() {
            action = Some(Action::Apply);
        }
    } else {
        let question = egui::Button::selectable(
            selected,
            (
                RichText::new(proposal.question()).strong(),
                egui::Atom::grow(),
            ),
        )
        .wrap()
        .min_size(egui::vec2(ui.available_width(), 0.0));
        if ui.add(question).clicked() {
            action = Some(Action::Select(index, Reveal::InText));
        }
        ui.label(proposal.answer());
        if let Some(detail) = proposal.detail() {
            ui.label(RichText::new(detail).weak());
        }
    }
    ui.label(
        RichText::new(tr!("draft-in-article", cue = proposal.cue.as_str()))
            .small()
            .italics(),
    );
    action
}

/// Colours every highlight by its proposal's decision; the selected one stands out.
fn paint(drafted: &mut Drafted, dark: bool) {
    let decisions = drafted.decisions.clone();
    let selected = drafted.selected;
    drafted.text.paint(
        |highlight| {
            let first = highlight.facts[0];
            if highlight.facts.iter().any(|f| Some(*f) == selected) {
                SELECTED_COLOR
            } else {
                decisions
                    .get(first)
                    .copied()
                    .unwrap_or(Decision::Open)
                    .color()
            }
        },
        dark,
    );
    drafted.dark_mode = dark;
    drafted.repaint = false;
}

/// Opens the desktop's file dialog; the file picked is read when the answer comes.
fn choose_file(view: &mut DraftView, ctx: &egui::Context) {
    view.problem = None;
    let filters = vec![
        (
            tr!("reading-dialog-text-files"),
            ["txt", "text", "md"].as_slice(),
        ),
        (tr!("reading-dialog-all-files"), ["*"].as_slice()),
    ];
    match FileDialog::open(tr!("draft-dialog-title"), filters, repaint(ctx)) {
        Ok(dialog) => view.dialog = Some(dialog),
        Err(e) => view.problem = Some(tr!("reading-dialog-failed", reason = e.to_string())),
    }
}

fn read(view: &mut DraftView) {
    let path = PathBuf::from(view.path.trim());
    view.problem = None;
    match draft_article(&path, &DraftOptions::default()) {
        Ok(article) if article.draft.proposals.is_empty() => {
            view.problem = Some(tr!("draft-nothing-found"));
        }
        Ok(article) => {
            let map = ArticleMap::from_cues(
                article.draft.proposals.iter().map(|p| p.cue.as_str()),
                &article.text,
            );
            let count = article.draft.proposals.len();
            view.drafted = Some(Box::new(Drafted {
                file_name: crate::session::file_name(&article.path),
                title: article.draft.title.clone(),
                deck_id: article.draft.id.clone(),
                draft: article.draft,
                decisions: vec![Decision::Open; count],
                selected: None,
                edit: None,
                text: HighlightedText::new(&article.text, map),
                repaint: true,
                dark_mode: false,
                reveal_in_list: None,
                reveal_in_text: None,
            }));
        }
        Err(e) => view.problem = Some(error_text(&e)),
    }
}

fn select(view: &mut DraftView, index: usize, reveal: Reveal) {
    let Some(drafted) = view.drafted.as_mut() else {
        return;
    };
    let Some(proposal) = drafted.draft.proposals.get(index) else {
        return;
    };
    drafted.edit = Some(Edit::of(proposal));
    drafted.selected = Some(index);
    drafted.repaint = true;
    match reveal {
        Reveal::InList => drafted.reveal_in_list = Some(index),
        Reveal::InText => drafted.reveal_in_text = Some(index),
    }
}

fn decide(view: &mut DraftView, index: usize, decision: Decision) {
    if let Some(drafted) = view.drafted.as_mut()
        && let Some(current) = drafted.decisions.get_mut(index)
    {
        // Pressing the chosen button again takes the decision back.
        *current = if *current == decision {
            Decision::Open
        } else {
            decision
        };
        drafted.repaint = true;
    }
}

fn accept_the_rest(view: &mut DraftView) {
    if let Some(drafted) = view.drafted.as_mut() {
        for decision in &mut drafted.decisions {
            if *decision == Decision::Open {
                *decision = Decision::Accepted;
            }
        }
        drafted.repaint = true;
    }
}

/// Applies the typed question and answer to the selected proposal, which is then
/// accepted; what its kind cannot hold is refused with the reason.
fn apply(view: &mut DraftView) {
    let Some(drafted) = view.drafted.as_mut() else {
        return;
    };
    let (Some(index), Some(edit)) = (drafted.selected, drafted.edit.as_mut()) else {
        return;
    };
    let mut changed = drafted.draft.proposals[index].clone();
    let result = changed
        .set_question(&edit.question)
        .and_then(|()| changed.set_answer(&edit.answer))
        .and_then(|()| {
            if changed.detail().is_some() {
                changed.set_detail(&edit.detail)
            } else {
                Ok(())
            }
        });
    match result {
        Ok(()) => {
            drafted.draft.proposals[index] = changed;
            drafted.decisions[index] = Decision::Accepted;
            drafted.selected = None;
            drafted.edit = None;
            drafted.repaint = true;
        }
        Err(e) => edit.problem = Some(e.to_string()),
    }
}

/// Writes the accepted proposals as a deck of the learner's; the app then loads it.
fn save(view: &mut DraftView, collection: &Collection) -> Option<Request> {
    let drafted = view.drafted.as_mut()?;
    let mut draft = drafted.draft.clone();
    draft.title = drafted.title.trim().to_string();
    draft.id = drafted.deck_id.trim().to_string();
    if draft.id.is_empty() {
        draft.id = id_from(&draft.title);
    }
    let decisions = drafted.decisions.clone();
    let accepted = decisions
        .iter()
        .filter(|d| **d == Decision::Accepted)
        .count();
    match collection.save_drafted_deck(&draft, |i| decisions[i] == Decision::Accepted) {
        Ok(_) => {
            let message = tr!(
                "draft-saved",
                count = accepted,
                title = draft.title.as_str()
            );
            Some(Request::DeckWritten {
                deck_id: draft.id,
                notice: message,
            })
        }
        Err(e) => {
            view.problem = Some(error_text(&e));
            None
        }
    }
}

/// A problem of the session in the interface's language.
fn error_text(error: &SessionError) -> String {
    error.to_string()
}
