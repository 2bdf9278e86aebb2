//! The study screen: a card's question, its answer, the four ratings with the interval
//! each would give, undo, and the "nothing due" screen. With the mixed setting a card may
//! be asked as a question (`question.rs`), checked, and rated from the result.

use super::question::{self, QuestionInput};
use super::screen::{Asked, Given, Request, View};
use super::terms::{question_kind_label, rating_name, wait_text};
use crate::clock::to_millis;
use crate::deck::Deck;
use crate::quiz::{Question, QuestionBody, Response};
use crate::schedule::{Outcome, Rating};
use crate::session::{Collection, Scope, StudyMore, StudySession, StudyState};
use crate::tr;
use eframe::egui::{self, Key, Modifiers, RichText};
use std::time::Duration;

/// A study session on show.
pub struct StudyView {
    session: StudySession,
}

impl StudyView {
    pub fn new(session: StudySession) -> Self {
        StudyView { session }
    }
}

/// What the learner asked for on this frame.
pub enum Action {
    Reveal,
    Rate(Rating),
    Submit(Response),
    /// Moves on from a checked question with the rating it earned.
    Proceed,
    /// "I was right".
    Overrule,
    Undo,
    ToggleGloss,
    Leave,
    /// Study on after the day's cards, the way the learner chose.
    More(StudyMore),
}

impl View for StudyView {
    type Action = Action;

    fn show(&mut self, ui: &mut egui::Ui, given: &Given<'_>) -> Option<Asked<Action>> {
        show(ui, given, &mut self.session)
    }

    fn apply(
        &mut self,
        action: Action,
        collection: &mut Collection,
        ctx: &egui::Context,
    ) -> Vec<Request> {
        apply(&mut self.session, action, collection, ctx)
    }
}

fn show(ui: &mut egui::Ui, given: &Given<'_>, session: &mut StudySession) -> Option<Asked<Action>> {
    let collection = given.collection;
    let show_gloss = given.show_gloss;
    let deck = collection.deck(session.deck_id())?;
    let mut error = None;

    if let StudyState::Finished {
        next_due: Some(due),
    } = session.state()
    {
        let wait = due - to_millis(collection.now());
        if wait <= 0 {
            if let Err(e) = session.refresh(collection) {
                error = Some(e.to_string());
            }
        } else {
            ui.ctx()
                .request_repaint_after(Duration::from_millis(wait as u64));
        }
    }

    let typing = matches!(session.state(), StudyState::Question { .. })
        && session
            .question()
            .is_some_and(|q| matches!(q.body, QuestionBody::Typed { .. }));
    let mut action = keyboard_action(ui, session, typing);
    header(ui, deck, session);
    ui.add_space(12.0);
    let shown = match session.state().clone() {
        StudyState::Question { card_id } if session.question().is_some() => {
            if let Some(chosen) = question_view(ui, collection, deck, session, &card_id) {
                action = Some(chosen);
            }
            CardView::default()
        }
        StudyState::Answer { card_id } if session.checked().is_some() => {
            if let Some(chosen) = checked_view(ui, collection, deck, session, &card_id) {
                action = Some(chosen);
            }
            CardView::default()
        }
        StudyState::Question { card_id } => {
            card_view(ui, collection, deck, &card_id, None, false, show_gloss)
        }
        StudyState::Answer { card_id } => {
            let asked = session.revealed_question();
            let shown = card_view(ui, collection, deck, &card_id, asked, true, show_gloss);
            match collection.outcomes(&deck.id, &card_id) {
                Ok(outcomes) => {
                    if let Some(rating) = rating_buttons(ui, &outcomes) {
                        action = Some(Action::Rate(rating));
                    }
                }
                Err(e) => error = Some(e.to_string()),
            }
            shown
        }
        StudyState::Finished { next_due } => {
            if let Some(more) = super::session_summary::show(ui, collection, session, next_due) {
                action = Some(Action::More(more));
            }
            CardView::default()
        }
    };
    if shown.reveal_clicked {
        action = Some(Action::Reveal);
    }
    if shown.gloss_clicked {
        action = Some(Action::ToggleGloss);
    }

    ui.add_space(16.0);
    ui.horizontal_wrapped(|ui| {
        let undo = ui.add_enabled(session.can_undo(), egui::Button::new(tr!("study-undo")));
        if undo.clicked() {
            action = Some(Action::Undo);
        }
        if ui.button(tr!("study-back")).clicked() {
            action = Some(Action::Leave);
        }
    });

    match (action, error) {
        (Some(Action::ToggleGloss), _) => Some(Asked::App(Request::ToggleGloss)),
        (Some(Action::Leave), _) => Some(Asked::App(Request::Home)),
        (Some(action), _) => Some(Asked::Screen(action)),
        (None, Some(error)) => Some(Asked::App(Request::Error(error))),
        (None, None) => None,
    }
}

/// Carries out an action on the session; an answer that could not be saved leaves the card
/// on screen, so nothing is lost, and says why.
fn apply(
    session: &mut StudySession,
    action: Action,
    collection: &mut Collection,
    ctx: &egui::Context,
) -> Vec<Request> {
    let result = match action {
        Action::Reveal => {
            session.reveal();
            Ok(())
        }
        Action::Rate(rating) => session.rate(collection, rating).map_err(not_saved),
        Action::Submit(response) => session.submit(collection, response).map_err(not_saved),
        Action::Proceed => session.proceed(collection).map_err(|e| e.to_string()),
        Action::Overrule => session.overrule(collection).map_err(not_saved),
        Action::Undo => session
            .undo(collection)
            .map(|undone| {
                // The card is asked again from the start, not with the answer given
                // before (which would otherwise come back from egui's memory).
                if undone && let StudyState::Question { card_id } = session.state() {
                    let id = input_id(session, card_id);
                    ctx.data_mut(|d| d.remove::<QuestionInput>(id));
                }
            })
            .map_err(|e| e.to_string()),
        Action::More(more) => StudySession::start_more(collection, session.deck_id(), more)
            .map(|more| *session = more)
            .map_err(|e| e.to_string()),
        // The app's, passed on by `show`.
        Action::ToggleGloss => Ok(()),
        Action::Leave => Ok(()),
    };
    match result {
        Ok(()) => Vec::new(),
        // The answer was not saved: the card stays on screen so nothing is lost.
        Err(message) => vec![Request::Error(message)],
    }
}

/// What the learner reads when an answer could not be saved.
fn not_saved(e: crate::session::SessionError) -> String {
    // Why nothing is saved any more stands in the banner above every screen.
    if e.file_change().is_some() {
        return tr!("study-not-saved-file-changed");
    }
    tr!("study-not-saved", reason = capitalised(&e.to_string()))
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect::<String>() + ".",
        None => String::new(),
    }
}

fn keyboard_action(ui: &egui::Ui, session: &StudySession, typing: bool) -> Option<Action> {
    let state = session.state();
    ui.input_mut(|i| {
        if i.consume_key(Modifiers::COMMAND, Key::Z) {
            return Some(Action::Undo);
        }
        if i.consume_key(Modifiers::NONE, Key::Escape) {
            return Some(Action::Leave);
        }
        // While an answer is typed, every other key belongs to the text (Space too), but
        // for "don't know", which a text field has no use for.
        if typing {
            return i
                .consume_key(Modifiers::COMMAND, Key::Enter)
                .then_some(Action::Reveal);
        }
        if i.consume_key(Modifiers::NONE, Key::U) {
            return Some(Action::Undo);
        }
        if i.consume_key(Modifiers::NONE, Key::G) {
            return Some(Action::ToggleGloss);
        }
        let asked = session.question().is_some();
        let checked = session.checked();
        if let (StudyState::Answer { .. }, Some(done)) = (state, checked)
            && !done.checked.verdict.is_right()
            && i.consume_key(Modifiers::NONE, Key::R)
        {
            return Some(Action::Overrule);
        }
        // Enter submits a question's answer (the question widget reads it); Space shows
        // the card's answer instead, to rate it oneself.
        let confirm = i.consume_key(Modifiers::NONE, Key::Space)
            || (!(asked && matches!(state, StudyState::Question { .. }))
                && i.consume_key(Modifiers::NONE, Key::Enter));
        match state {
            StudyState::Question { .. } if confirm => Some(Action::Reveal),
            StudyState::Answer { .. } => {
                let keys = [
                    (Key::Num1, Rating::Again),
                    (Key::Num2, Rating::Hard),
                    (Key::Num3, Rating::Good),
                    (Key::Num4, Rating::Easy),
                ];
                let rated = keys
                    .into_iter()
                    .find(|(key, _)| i.consume_key(Modifiers::NONE, *key))
                    .map(|(_, rating)| Action::Rate(rating));
                match checked {
                    Some(_) => rated.or(confirm.then_some(Action::Proceed)),
                    None => rated.or(confirm.then_some(Action::Rate(Rating::Good))),
                }
            }
            _ => None,
        }
    })
}

/// A card asked as a question. The learner's unfinished answer is kept in egui's memory,
/// one per card shown.
fn question_view(
    ui: &mut egui::Ui,
    collection: &Collection,
    deck: &Deck,
    session: &StudySession,
    card_id: &str,
) -> Option<Action> {
    let question = session.question()?;
    let id = input_id(session, card_id);
    let mut input = ui
        .data_mut(|d| d.get_temp::<QuestionInput>(id))
        .unwrap_or_else(|| QuestionInput::new(question));
    let topic = collection
        .card(&deck.id, card_id)
        .and_then(|c| deck.topic(&deck.fact_of(c).topic))
        .map_or("", |t| t.name.as_str());
    let mut response = None;
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(18))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(format!("{topic} · {}", question_kind_label(question.kind)))
                        .small()
                        .weak(),
                );
                if question.is_background(deck) {
                    question::background_label(ui);
                }
            });
            ui.add_space(6.0);
            response = question::ask(ui, question, &mut input, true);
        });
    ui.data_mut(|d| d.insert_temp(id, input));
    ui.add_space(8.0);
    let typed = matches!(question.body, QuestionBody::Typed { .. });
    let (hint, show) = if typed {
        (tr!("study-dont-know-typed"), tr!("study-show-answer-typed"))
    } else {
        (tr!("study-dont-know"), tr!("study-show-answer"))
    };
    ui.label(RichText::new(hint).small().weak());
    if ui.button(show).clicked() {
        return Some(Action::Reveal);
    }
    response.map(Action::Submit)
}

/// Where the learner's unfinished answer to the card on show is kept in egui's memory.
fn input_id(session: &StudySession, card_id: &str) -> egui::Id {
    egui::Id::unique(("study-question", session.answered(), card_id))
}

/// A checked question: how it went, the rating it earned, when the card is back, and the
/// way on.
fn checked_view(
    ui: &mut egui::Ui,
    collection: &Collection,
    deck: &Deck,
    session: &StudySession,
    card_id: &str,
) -> Option<Action> {
    let (question, done) = (session.question()?, session.checked()?);
    let mut action = None;
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(18))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            question::feedback(ui, question, &done.checked, false);
            if let Some(note) = collection
                .card(&deck.id, card_id)
                .and_then(|c| deck.fact_of(c).note.as_ref())
            {
                ui.add_space(6.0);
                ui.label(RichText::new(tr!("study-note", note = note.as_str())).italics());
            }
        });
    ui.add_space(10.0);
    ui.label(tr!(
        "study-counted-as",
        rating = rating_name(done.rating),
        wait = wait_text(&done.outcome)
    ));
    ui.horizontal_wrapped(|ui| {
        let next = egui::Button::new(RichText::new(tr!("study-continue")).size(18.0));
        if ui.add(next).clicked() {
            action = Some(Action::Proceed);
        }
        if !done.checked.verdict.is_right() && ui.button(tr!("study-i-was-right")).clicked() {
            action = Some(Action::Overrule);
        }
    });
    action
}

fn header(ui: &mut egui::Ui, deck: &Deck, session: &StudySession) {
    let scope = match session.scope() {
        Scope::WholeDeck => String::new(),
        Scope::Topic(id) => deck
            .topic(id)
            .map(|t| format!(" · {}", t.name))
            .unwrap_or_default(),
        Scope::Section(id) => deck
            .sections
            .iter()
            .find(|s| &s.id == id)
            .map(|s| format!(" · {}", s.title))
            .unwrap_or_default(),
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("{}{scope}", deck.title)).strong());
        ui.separator();
        let counts = session.left_today();
        ui.label(tr!(
            "study-left-today",
            new = counts.new,
            learning = counts.learning,
            due = counts.due
        ));
        if session.studies_ahead() {
            ui.separator();
            ui.label(tr!("study-ahead-left", count = session.ahead_left()));
        }
        ui.separator();
        ui.label(tr!("study-answered", count = session.answered()));
    });
}

#[derive(Default)]
struct CardView {
    reveal_clicked: bool,
    gloss_clicked: bool,
}

/// A card as a flashcard: its prompt, and once revealed its answer. A card that was asked
/// as a question before its answer was revealed keeps that question's prompt (and claim).
fn card_view(
    ui: &mut egui::Ui,
    collection: &Collection,
    deck: &Deck,
    card_id: &str,
    asked: Option<&Question>,
    revealed: bool,
    show_gloss: bool,
) -> CardView {
    let mut view = CardView::default();
    let Some(card) = collection.card(&deck.id, card_id) else {
        ui.label(tr!("study-card-gone"));
        return view;
    };
    let fact = deck.fact_of(card);
    let topic = deck.topic(&fact.topic).map_or("", |t| t.name.as_str());
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(18))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(topic).small().weak());
                if fact.context {
                    question::background_label(ui);
                }
            });
            ui.add_space(6.0);
            match asked {
                Some(question) => question::prompt_sized(ui, question, 24.0),
                None => {
                    ui.label(RichText::new(&card.prompt).size(24.0).strong());
                }
            }
            if revealed {
                ui.add_space(10.0);
                ui.separator();
                ui.add_space(6.0);
                ui.label(RichText::new(&card.answer).size(22.0).strong());
                if let Some(note) = &fact.note {
                    ui.add_space(6.0);
                    ui.label(RichText::new(tr!("study-note", note = note.as_str())).italics());
                }
            }
            if let Some(gloss) = &fact.gloss {
                ui.add_space(8.0);
                if show_gloss {
                    let shown = visible_gloss(gloss, revealed, card.variant.is_reverse());
                    ui.label(RichText::new(shown).weak());
                }
                let label = if show_gloss {
                    tr!("study-hide-english")
                } else {
                    tr!("study-show-english")
                };
                view.gloss_clicked = ui.small_button(label).clicked();
            }
        });
    ui.add_space(12.0);
    if !revealed {
        let button = egui::Button::new(RichText::new(tr!("study-show-answer")).size(18.0));
        view.reveal_clicked = ui.add(button).clicked();
    }
    view
}

/// The part of a gloss ("Question? — Answer.") that may be shown: before the answer is
/// revealed only the question, and for a reverse card nothing, since its English question
/// names the answer.
fn visible_gloss(gloss: &str, revealed: bool, reverse: bool) -> String {
    if revealed {
        return gloss.to_string();
    }
    match gloss.split_once(" — ") {
        Some((question, _)) if !reverse => question.to_string(),
        _ => tr!("study-english-later"),
    }
}

fn rating_buttons(ui: &mut egui::Ui, outcomes: &[Outcome; 4]) -> Option<Rating> {
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        for outcome in outcomes {
            let text = format!(
                "{} {} · {}",
                outcome.rating.number(),
                rating_name(outcome.rating),
                wait_text(outcome)
            );
            if ui
                .add(egui::Button::new(RichText::new(text).size(17.0)))
                .clicked()
            {
                chosen = Some(outcome.rating);
            }
        }
    });
    ui.label(RichText::new(tr!("study-keys-hint")).small().weak());
    chosen
}
