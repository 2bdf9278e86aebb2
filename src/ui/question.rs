//! The question widgets shared by study sessions and quizzes: asking a question of each
//! kind (by keyboard or mouse) and showing how an answer was checked, down to the
//! characters of a typed answer.
//!
//! Keys while asking: 1–4 or A–D choose an option and Enter submits; T and F answer true
//! or false; in a matching, a number picks a left item and a letter its partner; in a
//! timeline, a number picks an event and the Up and Down arrow keys move it; Enter submits a typed answer
//! (Shift+Enter starts a new line in a list).

use crate::grade::{DiffKind, DiffSpan, Note, Verdict, worth_comparing};
use crate::i18n::format_percent;
use crate::quiz::{Checked, Question, QuestionBody, QuestionKind, Response, truth_word};
use crate::tr;
use eframe::egui::{self, Color32, Key, KeyboardShortcut, Modifiers, RichText, text::LayoutJob};

/// The learner's work on a question not yet submitted.
#[derive(Debug, Clone, Default)]
pub struct QuestionInput {
    /// The option chosen (multiple choice).
    pub choice: Option<usize>,
    /// The typed answer.
    pub text: String,
    /// Matching: for each left item, the pair whose right side was given to it.
    pub matches: Vec<Option<usize>>,
    /// Matching: the left item the next letter assigns to.
    pub selected_left: Option<usize>,
    /// Timeline: the events in the learner's order.
    pub order: Vec<usize>,
    /// Timeline: the position picked to be moved with the arrow keys.
    pub selected_position: Option<usize>,
    focused: bool,
}

impl QuestionInput {
    pub fn new(question: &Question) -> QuestionInput {
        let mut input = QuestionInput::default();
        match &question.body {
            QuestionBody::Matching { pairs, .. } => {
                input.matches = vec![None; pairs.len()];
                input.selected_left = Some(0);
            }
            QuestionBody::Timeline { events } => input.order = (0..events.len()).collect(),
            _ => {}
        }
        input
    }
}

const OPTION_KEYS: [(Key, Key); 6] = [
    (Key::Num1, Key::A),
    (Key::Num2, Key::B),
    (Key::Num3, Key::C),
    (Key::Num4, Key::D),
    (Key::Num5, Key::E),
    (Key::Num6, Key::F),
];
const LETTERS: [&str; 6] = ["A", "B", "C", "D", "E", "F"];

/// The key that answers "true": the first letter of the word on the button, W (wahr) in
/// German and T in English. F answers "false" in both.
pub fn true_key() -> Key {
    match crate::i18n::language() {
        crate::i18n::Language::German => Key::W,
        crate::i18n::Language::English => Key::T,
    }
}

pub fn green(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(110, 200, 120)
    } else {
        Color32::from_rgb(30, 130, 60)
    }
}

pub fn red(ui: &egui::Ui) -> Color32 {
    ui.visuals().error_fg_color
}

/// The prompt of a question, large.
pub fn prompt(ui: &mut egui::Ui, question: &Question) {
    prompt_sized(ui, question, 22.0);
}

/// The prompt of a question at a given size (smaller in a list of mistakes).
pub fn prompt_sized(ui: &mut egui::Ui, question: &Question, size: f32) {
    ui.label(RichText::new(&question.prompt).size(size).strong());
    if let QuestionBody::TrueFalse { claim, .. } = &question.body {
        ui.add_space(6.0);
        ui.label(
            RichText::new(format!("„{claim}“"))
                .size(size - 3.0)
                .italics(),
        );
    }
}

/// Draws a question being asked, with its inputs. Returns the response once the learner
/// submits it. `keys` is false while another part of the screen owns the keyboard.
pub fn ask(
    ui: &mut egui::Ui,
    question: &Question,
    input: &mut QuestionInput,
    keys: bool,
) -> Option<Response> {
    prompt(ui, question);
    ui.add_space(12.0);
    match &question.body {
        QuestionBody::Choice { options, .. } => {
            if keys {
                ui.input_mut(|i| {
                    for (index, (number, letter)) in
                        OPTION_KEYS.iter().take(options.len()).enumerate()
                    {
                        if i.consume_key(Modifiers::NONE, *number)
                            || i.consume_key(Modifiers::NONE, *letter)
                        {
                            input.choice = Some(index);
                        }
                    }
                });
            }
            for (index, option) in options.iter().enumerate() {
                let text = format!("{}  {}", index + 1, option.text);
                let button = egui::Button::selectable(
                    input.choice == Some(index),
                    (RichText::new(text).size(17.0), egui::Atom::grow()),
                )
                .wrap()
                .min_size(egui::vec2(ui.available_width(), 34.0));
                if ui.add(button).clicked() {
                    input.choice = Some(index);
                }
            }
            ui.add_space(8.0);
            let ready = input.choice.is_some();
            let submit = ui
                .add_enabled(
                    ready,
                    egui::Button::new(RichText::new(tr!("question-check")).size(17.0)),
                )
                .clicked()
                || (keys && ready && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter)));
            let last = options.len().clamp(1, OPTION_KEYS.len());
            hint(
                ui,
                &tr!(
                    "question-choice-hint",
                    last = last,
                    letter = char::from(b'A' + last as u8 - 1).to_string()
                ),
            );
            input.choice.filter(|_| submit).map(Response::Choice)
        }
        QuestionBody::TrueFalse { .. } => {
            let mut said = None;
            if keys {
                ui.input_mut(|i| {
                    if i.consume_key(Modifiers::NONE, true_key()) {
                        said = Some(true);
                    } else if i.consume_key(Modifiers::NONE, Key::F) {
                        said = Some(false);
                    }
                });
            }
            ui.horizontal_wrapped(|ui| {
                if ui
                    .add(egui::Button::new(
                        RichText::new(tr!("question-true")).size(18.0),
                    ))
                    .clicked()
                {
                    said = Some(true);
                }
                if ui
                    .add(egui::Button::new(
                        RichText::new(tr!("question-false")).size(18.0),
                    ))
                    .clicked()
                {
                    said = Some(false);
                }
            });
            said.map(Response::TrueFalse)
        }
        QuestionBody::Typed { .. } => {
            let list = question.kind == QuestionKind::NameAll;
            let label = ui.label(if list {
                tr!("question-your-list")
            } else {
                tr!("question-your-answer")
            });
            let edit = if list {
                egui::TextEdit::multiline(&mut input.text)
                    .desired_rows(4)
                    .return_key(KeyboardShortcut::new(Modifiers::SHIFT, Key::Enter))
            } else {
                egui::TextEdit::singleline(&mut input.text)
            }
            .char_limit(crate::grade::MAX_ANSWER_CHARS);
            let response = ui
                .add(edit.desired_width(520.0).font(egui::TextStyle::Heading))
                .labelled_by(label.id);
            if !input.focused && keys {
                response.request_focus();
                input.focused = true;
            }
            let entered = ui.input(|i| i.key_pressed(Key::Enter) && !i.modifiers.shift)
                && (response.has_focus() || response.lost_focus());
            ui.add_space(6.0);
            let clicked = ui
                .add(egui::Button::new(
                    RichText::new(tr!("question-check")).size(17.0),
                ))
                .clicked();
            (entered || clicked).then(|| Response::Typed(input.text.clone()))
        }
        QuestionBody::Matching { pairs, right_order } => {
            matching(ui, pairs, right_order, input, keys)
        }
        QuestionBody::Timeline { events } => timeline(ui, events, input, keys),
    }
}

/// The mark beside the topic of a question or card about a fact from outside the article,
/// so the learner knows the article will not back it up.
pub fn background_label(ui: &mut egui::Ui) {
    ui.label(
        RichText::new(tr!("question-background"))
            .small()
            .color(ui.visuals().warn_fg_color),
    );
}

fn hint(ui: &mut egui::Ui, text: &str) {
    ui.label(RichText::new(text).small().weak());
}

fn matching(
    ui: &mut egui::Ui,
    pairs: &[crate::quiz::MatchPair],
    right_order: &[usize],
    input: &mut QuestionInput,
    keys: bool,
) -> Option<Response> {
    let n = pairs.len();
    let mut submit = false;
    if keys {
        ui.input_mut(|i| {
            for (index, (number, letter)) in OPTION_KEYS.iter().take(n).enumerate() {
                if i.consume_key(Modifiers::NONE, *number) {
                    input.selected_left = Some(index);
                }
                if i.consume_key(Modifiers::NONE, *letter)
                    && let Some(left) = input.selected_left
                {
                    assign(input, left, right_order[index]);
                }
            }
            if (i.consume_key(Modifiers::NONE, Key::Backspace)
                || i.consume_key(Modifiers::NONE, Key::Delete))
                && let Some(left) = input.selected_left
            {
                input.matches[left] = None;
            }
            submit = i.consume_key(Modifiers::NONE, Key::Enter);
        });
    }
    let width = ui.available_width();
    ui.columns(2, |columns| {
        let left_ui = &mut columns[0];
        left_ui.label(RichText::new(tr!("question-match-left")).strong());
        for (index, pair) in pairs.iter().enumerate() {
            let given = input.matches[index]
                .and_then(|p| right_order.iter().position(|&r| r == p))
                .map_or("—".to_string(), |shown| format!("= {}", LETTERS[shown]));
            let text = format!("{}  {}   {given}", index + 1, pair.left);
            let button = egui::Button::selectable(
                input.selected_left == Some(index),
                (RichText::new(text).size(16.0), egui::Atom::grow()),
            )
            .wrap()
            .min_size(egui::vec2(width / 2.0 - 12.0, 32.0));
            if left_ui.add(button).clicked() {
                input.selected_left = Some(index);
            }
        }
        let right_ui = &mut columns[1];
        right_ui.label(RichText::new(tr!("question-match-right")).strong());
        for (shown, &pair_index) in right_order.iter().enumerate() {
            let taken = input.matches.contains(&Some(pair_index));
            let text = format!("{}  {}", LETTERS[shown], pairs[pair_index].right);
            let mut rich = RichText::new(text).size(15.0);
            if taken {
                rich = rich.weak();
            }
            let button = egui::Button::new((rich, egui::Atom::grow()))
                .wrap()
                .min_size(egui::vec2(width / 2.0 - 12.0, 32.0));
            if right_ui.add(button).clicked()
                && let Some(left) = input.selected_left
            {
                assign(input, left, pair_index);
            }
        }
    });
    ui.add_space(8.0);
    let complete = input.matches.iter().all(Option::is_some);
    let clicked = ui
        .add_enabled(
            complete,
            egui::Button::new(RichText::new(tr!("question-check")).size(17.0)),
        )
        .clicked();
    hint(ui, &tr!("question-match-hint"));
    ((submit || clicked) && complete).then(|| Response::Matching(input.matches.clone()))
}

/// Gives the right side `pair` to the left item `left` (taking it from any other), then
/// moves on to the next left item without a partner.
fn assign(input: &mut QuestionInput, left: usize, pair: usize) {
    for m in input.matches.iter_mut() {
        if *m == Some(pair) {
            *m = None;
        }
    }
    input.matches[left] = Some(pair);
    let n = input.matches.len();
    input.selected_left = (1..=n)
        .map(|step| (left + step) % n)
        .find(|&i| input.matches[i].is_none())
        .or(Some(left));
}

/// Three short lines to take hold of a timeline event by. (The default fonts have no
/// glyph for it.)
fn drag_handle(ui: &mut egui::Ui) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(16.0, 18.0), egui::Sense::hover());
    let stroke = egui::Stroke::new(2.0, ui.visuals().weak_text_color());
    for dy in [-5.0, 0.0, 5.0] {
        let y = rect.center().y + dy;
        ui.painter().line_segment(
            [
                egui::pos2(rect.left() + 2.0, y),
                egui::pos2(rect.right() - 2.0, y),
            ],
            stroke,
        );
    }
}

fn timeline(
    ui: &mut egui::Ui,
    events: &[crate::quiz::TimelineEvent],
    input: &mut QuestionInput,
    keys: bool,
) -> Option<Response> {
    let n = events.len();
    let mut submit = false;
    if keys {
        ui.input_mut(|i| {
            for (position, (number, _)) in OPTION_KEYS.iter().take(n).enumerate() {
                if i.consume_key(Modifiers::NONE, *number) {
                    input.selected_position = Some(position);
                }
            }
            if let Some(at) = input.selected_position {
                if i.consume_key(Modifiers::NONE, Key::ArrowUp) && at > 0 {
                    input.order.swap(at, at - 1);
                    input.selected_position = Some(at - 1);
                } else if i.consume_key(Modifiers::NONE, Key::ArrowDown) && at + 1 < n {
                    input.order.swap(at, at + 1);
                    input.selected_position = Some(at + 1);
                }
            }
            submit = i.consume_key(Modifiers::NONE, Key::Enter);
        });
    }
    ui.label(RichText::new(tr!("question-earliest")).small().weak());
    let mut moved: Option<(usize, usize)> = None;
    for position in 0..n {
        let event = &events[input.order[position]];
        let frame = egui::Frame::default().inner_margin(egui::Margin::symmetric(4, 2));
        let (_, dropped) = ui.dnd_drop_zone::<usize, _>(frame, |ui| {
            ui.set_width(ui.available_width().min(760.0));
            // The buttons first, at their own width; the event's wording wraps in the rest,
            // so that at large text sizes no button is pushed out of the window.
            egui::Sides::new().shrink_left().show(
                ui,
                |ui| {
                    let id = egui::Id::unique(("timeline-event", position, input.order[position]));
                    ui.dnd_drag_source(id, position, drag_handle)
                        .response
                        .on_hover_text(tr!("question-drag"));
                    let text = format!("{}  {}", position + 1, event.label);
                    let button = egui::Button::selectable(
                        input.selected_position == Some(position),
                        RichText::new(text).size(16.0),
                    )
                    .wrap();
                    if ui.add(button).clicked() {
                        input.selected_position = Some(position);
                    }
                },
                |ui| {
                    if ui
                        .add_enabled(
                            position + 1 < n,
                            egui::Button::new(tr!("question-later")).small(),
                        )
                        .clicked()
                    {
                        moved = Some((position, position + 1));
                    }
                    if ui
                        .add_enabled(
                            position > 0,
                            egui::Button::new(tr!("question-earlier")).small(),
                        )
                        .clicked()
                    {
                        moved = Some((position, position - 1));
                    }
                },
            );
        });
        if let Some(from) = dropped {
            moved = Some((*from, position));
        }
    }
    ui.label(RichText::new(tr!("question-latest")).small().weak());
    if let Some((from, to)) = moved
        && from < n
        && to < n
    {
        let event = input.order.remove(from);
        input.order.insert(to, event);
        input.selected_position = Some(to);
    }
    ui.add_space(8.0);
    let clicked = ui
        .add(egui::Button::new(
            RichText::new(tr!("question-check")).size(17.0),
        ))
        .clicked();
    hint(ui, &tr!("question-timeline-hint"));
    (submit || clicked).then(|| Response::Timeline(input.order.clone()))
}

/// The verdict line: right, almost, partly right or wrong.
pub fn verdict_line(ui: &mut egui::Ui, checked: &Checked, overruled: bool) {
    let (text, color) = if overruled {
        (tr!("question-overruled"), green(ui))
    } else {
        match checked.verdict {
            Verdict::Right => (tr!("question-right"), green(ui)),
            Verdict::Almost => (tr!("question-almost"), green(ui)),
            // Full credit yet partly right: every item of a list and some not on it. A
            // share of 100 % beside "partly" would read as a contradiction; the note says why.
            Verdict::Partial if checked.score >= 1.0 => {
                (tr!("question-partly-plain"), ui.visuals().warn_fg_color)
            }
            Verdict::Partial => (
                tr!(
                    "question-partly",
                    share = format_percent(f64::from(checked.score))
                ),
                ui.visuals().warn_fg_color,
            ),
            Verdict::Wrong => (tr!("question-wrong"), red(ui)),
        }
    };
    ui.label(RichText::new(text).size(20.0).strong().color(color));
}

/// The size of the lines that show a typed answer and the right one.
const ANSWER_SIZE: f32 = 18.0;

/// "Your answer:" and what the learner typed, verbatim: red when it was wrong.
fn your_answer_line(ui: &mut egui::Ui, given: &str, right: bool) {
    let font = egui::FontId::proportional(ANSWER_SIZE);
    let label = egui::TextFormat {
        font_id: font.clone(),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let typed = egui::TextFormat {
        color: if right {
            ui.visuals().strong_text_color()
        } else {
            red(ui)
        },
        ..label.clone()
    };
    let mut job = LayoutJob::default();
    job.append(&tr!("question-your-answer-colon"), 0.0, label.clone());
    job.append(" ", 0.0, label);
    job.append(given, 0.0, typed);
    ui.label(job);
}

/// "Right answer:" and the right answer in green; with `marks` (the answer's text, marked),
/// the letters the learner's answer lacked are underlined and a line below says so.
/// "true" or "false" in the window's language.
pub fn truth_shown(value: bool) -> String {
    if value {
        tr!("question-true-word")
    } else {
        tr!("question-false-word")
    }
}

fn right_answer_line(ui: &mut egui::Ui, right_answer: &str, marks: Option<Vec<DiffSpan>>) {
    let color = green(ui);
    let plain = egui::TextFormat {
        font_id: egui::FontId::proportional(ANSWER_SIZE),
        color,
        ..Default::default()
    };
    let mut job = LayoutJob::default();
    job.append(&tr!("question-right-answer-colon"), 0.0, plain.clone());
    job.append(" ", 0.0, plain.clone());
    let marked = marks.is_some();
    match marks {
        Some(marks) => {
            for span in marks {
                let mut format = plain.clone();
                if span.kind == DiffKind::Missing {
                    format.underline = egui::Stroke::new(2.0, color);
                    format.color = ui.visuals().strong_text_color();
                    format.background = color.gamma_multiply(0.25);
                }
                job.append(&span.text, 0.0, format);
            }
        }
        None => job.append(right_answer, 0.0, plain),
    }
    ui.label(job);
    if marked {
        ui.label(RichText::new(tr!("question-marks-legend")).weak());
    }
}

/// A grade's note in the learner's language. What it quotes (the answer, a date, a
/// figure) comes from the deck and stays as the deck writes it.
pub fn note_text(note: &Note) -> String {
    match note {
        Note::NoAnswer => tr!("question-no-answer"),
        Note::Almost { answer } => tr!("question-note-almost", answer = answer.as_str()),
        Note::Items {
            named,
            asked,
            extra,
        } => tr!(
            "question-note-items",
            named = *named,
            asked = *asked,
            extra = *extra
        ),
        Note::PartialDate { full } => tr!("question-note-partial-date", full = full.as_str()),
        Note::NoDate => tr!("question-note-no-date"),
        Note::NoNumber => tr!("question-note-no-number"),
        Note::OppositeQualifier { article } => {
            tr!("question-note-opposite", article = article.as_str())
        }
        Note::AcceptedAlso { article } => {
            tr!("question-note-accepted-also", article = article.as_str())
        }
    }
}

/// Shows how a question was checked: the verdict and, by kind, what was right and wrong.
pub fn feedback(ui: &mut egui::Ui, question: &Question, checked: &Checked, overruled: bool) {
    prompt(ui, question);
    ui.add_space(10.0);
    verdict_line(ui, checked, overruled);
    ui.add_space(6.0);
    details(ui, question, checked);
}

/// The parts of the feedback below the verdict (also used on the results screen).
pub fn details(ui: &mut egui::Ui, question: &Question, checked: &Checked) {
    match &question.body {
        QuestionBody::Choice { options, correct } => {
            for (index, option) in options.iter().enumerate() {
                let chosen = checked.given == option.text;
                let (mark, color) = if index == *correct {
                    ("√", Some(green(ui)))
                } else if chosen {
                    ("×", Some(red(ui)))
                } else {
                    ("  ", None)
                };
                let mut text = RichText::new(format!("{mark} {}  {}", index + 1, option.text));
                if let Some(color) = color {
                    text = text.color(color);
                }
                if chosen {
                    text = text.strong();
                }
                ui.label(text);
            }
        }
        QuestionBody::TrueFalse {
            truth,
            correct_text,
            ..
        } => {
            let said = truth_shown(checked.given == truth_word(true));
            let is = truth_shown(*truth);
            ui.label(tr!("question-you-said", said = said, truth = is));
            if !truth {
                ui.label(
                    RichText::new(tr!("question-correct", text = correct_text.as_str()))
                        .color(green(ui)),
                );
            }
        }
        QuestionBody::Typed { .. } if question.kind == QuestionKind::NameAll => {
            if let Some(grade) = &checked.grade {
                if checked.given.trim().is_empty() {
                    ui.label(tr!("question-no-answer"));
                }
                // Every item, named or missing, so a wrong or empty answer shows the list.
                for item in &grade.items {
                    let (text, color) = match (&item.given, item.verdict) {
                        (Some(_), Verdict::Right) => (format!("√ {}", item.expected), green(ui)),
                        (Some(given), _) => (
                            tr!(
                                "question-item-you-wrote",
                                item = item.expected.as_str(),
                                given = given.as_str()
                            ),
                            green(ui),
                        ),
                        (None, _) => (
                            tr!("question-item-missing", item = item.expected.as_str()),
                            red(ui),
                        ),
                    };
                    ui.label(RichText::new(text).size(17.0).color(color));
                }
                if !grade.extra.is_empty() {
                    ui.label(
                        RichText::new(tr!("question-not-on-list", items = grade.extra.join(", ")))
                            .color(red(ui)),
                    );
                }
                if let Some(note @ Note::Items { .. }) = &grade.note {
                    ui.label(RichText::new(note_text(note)).italics());
                }
            }
        }
        QuestionBody::Typed { expected } => {
            let given = checked.given.trim();
            let grade = checked.grade.as_ref();
            if given.is_empty() {
                ui.label(tr!("question-no-answer"));
            } else {
                your_answer_line(ui, given, checked.verdict.is_right());
            }
            // An answer right as typed needs no comparison; one with a mistake in it is
            // compared on the right answer's line, so "Your answer" stays as typed.
            let compare = !given.is_empty()
                && checked.verdict != Verdict::Right
                && worth_comparing(given, &checked.right_answer);
            // Accepted through an alternative (the real date where the article is wrong):
            // the note says what the article has instead of calling that the right answer.
            let accepted_also =
                checked.verdict == Verdict::Right && grade.is_some_and(|g| g.accepted_also);
            if !accepted_also {
                let marks = compare.then(|| expected.marks(given));
                right_answer_line(ui, &checked.right_answer, marks);
            }
            // "No answer" is said above, and an almost-right answer's spelling is marked on
            // the right answer's line.
            if let Some(note) = grade.and_then(|g| g.note.as_ref())
                && !matches!(note, Note::NoAnswer | Note::Almost { .. })
            {
                ui.label(RichText::new(note_text(note)).italics());
            }
        }
        QuestionBody::Matching { pairs, .. } => {
            for (pair, part) in pairs.iter().zip(&checked.parts) {
                if part.right {
                    ui.label(
                        RichText::new(format!("√ {}: {}", pair.left, pair.right)).color(green(ui)),
                    );
                } else {
                    ui.label(
                        RichText::new(format!("× {}: {}", pair.left, part.given)).color(red(ui)),
                    );
                    ui.label(
                        RichText::new(tr!("question-pair-right", right = pair.right.as_str()))
                            .color(green(ui)),
                    );
                }
            }
        }
        QuestionBody::Timeline { events } => {
            let mut order: Vec<usize> = (0..events.len()).collect();
            order.sort_by_key(|&e| events[e].date.sort_key());
            ui.label(tr!("question-in-order"));
            for (rank, &e) in order.iter().enumerate() {
                let part = &checked.parts[e];
                let (mark, color) = if part.right {
                    ("√", green(ui))
                } else {
                    ("×", red(ui))
                };
                let yours = if part.right {
                    String::new()
                } else {
                    // The core writes "position 3"; only the number is shown.
                    let position = part.given.strip_prefix("position ").unwrap_or(&part.given);
                    tr!("question-you-had-it", position = position)
                };
                ui.label(
                    RichText::new(format!(
                        "{mark} {}. {} — {}{yours}",
                        rank + 1,
                        events[e].label,
                        events[e].date
                    ))
                    .color(color),
                );
            }
        }
    }
}
