//! The import screen (File > Import cards, Ctrl+I): flashcards from an Anki or Quizlet
//! export become a new deck, or a review log joins the progress. The file is read first and
//! shown: the cards it yields and every line it could not read; nothing is written until
//! the learner confirms.

use super::article::repaint;
use super::file_field::{FileFieldAction, FileFieldTexts, file_field};
use super::screen::{Asked, Given, Request, View};
use crate::interop::flashcards::id_from;
use crate::interop::import_file::{
    CardDeckError, CardImportOptions, ImportFile, card_problems, default_title,
};
use crate::interop::revlog_csv::RefusedRow;
use crate::session::file_dialog::{FileDialog, Picked};
use crate::session::{Collection, SessionError};
use crate::tr;
use eframe::egui::{self, Key, RichText};
use std::path::{Path, PathBuf};

/// How many cards the preview lists.
const PREVIEW_CARDS: usize = 12;

/// How many of the lines left out the screen lists.
const PREVIEW_PROBLEMS: usize = 20;

/// What the learner has typed and what the file yielded.
#[derive(Default)]
pub struct ImportForm {
    path: String,
    /// The file read, or why it could not be read.
    read: Option<Result<(PathBuf, ImportFile), String>>,
    /// The lines of the file that gave no card, as `file:line: problem` (made once, when
    /// the file is read, not every frame).
    problems: Vec<String>,
    deck_id: String,
    title: String,
    /// Why writing the deck or the log failed.
    problem: Option<String>,
    /// The deck id whose file is there already (an earlier import), while the learner is
    /// offered to replace it.
    replace_offered: Option<String>,
    /// Whether the file field has had the keyboard focus once (it gets it on opening).
    focused: bool,
    /// The desktop's file dialog, while it is open.
    dialog: Option<FileDialog>,
}

enum Action {
    Choose,
    Read,
    /// Write the deck; `true` writes over an earlier import's file of the same id.
    ImportCards(bool),
    ImportLog,
    Back,
}

/// What the learner asked to write: the cards read as a deck, or the log read.
pub enum Import {
    /// `replace`: over an earlier import's deck file of the same id.
    Cards {
        replace: bool,
    },
    Log,
}

impl View for ImportForm {
    type Action = Import;

    fn show(&mut self, ui: &mut egui::Ui, given: &Given<'_>) -> Option<Asked<Import>> {
        show(ui, given, self)
    }

    fn apply(
        &mut self,
        action: Import,
        collection: &mut Collection,
        _: &egui::Context,
    ) -> Vec<Request> {
        match action {
            Import::Cards { replace } => import_cards(self, collection, replace),
            Import::Log => import_log(self, collection),
        }
    }
}

/// The screen; reading a file changes only the screen, nothing is written here.
fn show(ui: &mut egui::Ui, given: &Given<'_>, form: &mut ImportForm) -> Option<Asked<Import>> {
    // A read-only window (another factdeck holds the data folder) may read a file and show
    // it, but writes neither a deck nor a log (the session refuses it, too).
    let writable = given.writable();
    let mut action = None;
    if let Some(picked) = form.dialog.as_ref().and_then(FileDialog::answer) {
        form.dialog = None;
        match picked {
            Picked::File(path) => {
                form.path = path.display().to_string();
                action = Some(Action::Read);
            }
            Picked::Unavailable => form.problem = Some(tr!("import-no-dialog")),
            Picked::Cancelled => {}
        }
    }
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading(tr!("import-title"));
        ui.label(RichText::new(tr!("import-explained")).weak());
        ui.add_space(8.0);
        let texts = FileFieldTexts {
            label: tr!("import-file"),
            read: tr!("import-read"),
            choose: tr!("import-choose"),
        };
        let can_choose = form.dialog.is_none();
        match file_field(ui, texts, &mut form.path, &mut form.focused, can_choose) {
            Some(FileFieldAction::Read) => action = Some(Action::Read),
            Some(FileFieldAction::Choose) => action = Some(Action::Choose),
            None => {}
        }
        ui.add_space(8.0);
        match &form.read {
            None => {}
            Some(Err(message)) => {
                ui.colored_label(ui.visuals().error_fg_color, message);
            }
            Some(Ok((file, ImportFile::Cards(import)))) => {
                ui.label(
                    RichText::new(tr!(
                        "import-cards-read",
                        count = import.cards.len(),
                        file = file.display().to_string()
                    ))
                    .strong(),
                );
                egui::Grid::new("import preview")
                    .striped(true)
                    .show(ui, |ui| {
                        ui.label(RichText::new(tr!("import-column-line")).weak());
                        ui.label(RichText::new(tr!("import-column-question")).weak());
                        ui.label(RichText::new(tr!("import-column-answer")).weak());
                        ui.end_row();
                        for card in import.cards.iter().take(PREVIEW_CARDS) {
                            ui.label(RichText::new(card.line.to_string()).weak());
                            ui.label(&card.question);
                            ui.label(&card.answer);
                            ui.end_row();
                        }
                    });
                if import.cards.len() > PREVIEW_CARDS {
                    ui.label(tr!(
                        "import-more",
                        count = import.cards.len() - PREVIEW_CARDS
                    ));
                }
                let problems = &form.problems;
                if !problems.is_empty() {
                    ui.add_space(6.0);
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        tr!("import-lines-left-out", count = problems.len()),
                    );
                    problem_lines(ui, problems);
                }
                if !import.cards.is_empty() {
                    ui.add_space(8.0);
                    ui.horizontal_wrapped(|ui| {
                        let label = ui.label(tr!("import-deck-title"));
                        ui.add(egui::TextEdit::singleline(&mut form.title))
                            .labelled_by(label.id);
                        let label = ui.label(tr!("import-deck-id"));
                        ui.add(egui::TextEdit::singleline(&mut form.deck_id))
                            .labelled_by(label.id);
                    });
                    let button = tr!("import-cards-button", count = import.cards.len());
                    if ui
                        .add_enabled(writable, egui::Button::new(button))
                        .clicked()
                    {
                        action = Some(Action::ImportCards(false));
                    }
                    read_only_note(ui, writable);
                }
            }
            Some(Ok((file, ImportFile::ReviewLog(log)))) => {
                ui.label(
                    RichText::new(tr!(
                        "import-log-read",
                        count = log.rows.len(),
                        file = file.display().to_string()
                    ))
                    .strong(),
                );
                let problems = &form.problems;
                if !problems.is_empty() {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        tr!("import-log-rows-left-out", count = problems.len()),
                    );
                    problem_lines(ui, problems);
                }
                ui.label(RichText::new(tr!("import-log-explained")).weak());
                let button = egui::Button::new(tr!("import-log-button"));
                if ui.add_enabled(writable, button).clicked() {
                    action = Some(Action::ImportLog);
                }
                read_only_note(ui, writable);
            }
        }
        if let Some(problem) = &form.problem {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        }
        // Offered only for the id the file was found under: a changed id is a new deck.
        if writable
            && form.replace_offered.as_deref() == Some(form.deck_id.trim())
            && ui.button(tr!("import-replace")).clicked()
        {
            action = Some(Action::ImportCards(true));
        }
        ui.add_space(12.0);
        if ui.button(tr!("import-back")).clicked() {
            action = Some(Action::Back);
        }
    });
    if ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Escape)) {
        action = Some(Action::Back);
    }
    match action? {
        Action::Choose => choose_file(form, ui.ctx()),
        Action::Read => read(form, given.collection),
        Action::ImportCards(replace) => return Some(Asked::Screen(Import::Cards { replace })),
        Action::ImportLog => return Some(Asked::Screen(Import::Log)),
        Action::Back => return Some(Asked::App(Request::Home)),
    }
    None
}

/// The first of the lines a file could not give, and how many more: a file of a million
/// broken lines must not be laid out line by line each frame.
fn problem_lines(ui: &mut egui::Ui, problems: &[String]) {
    for problem in problems.iter().take(PREVIEW_PROBLEMS) {
        ui.add(egui::Label::new(RichText::new(problem).monospace()).wrap());
    }
    if problems.len() > PREVIEW_PROBLEMS {
        ui.label(tr!(
            "import-more",
            count = problems.len() - PREVIEW_PROBLEMS
        ));
    }
}

/// Why the import button is greyed out, in a read-only window.
fn read_only_note(ui: &mut egui::Ui, writable: bool) {
    if !writable {
        ui.colored_label(ui.visuals().warn_fg_color, tr!("import-read-only"));
    }
}

/// Opens the desktop's file dialog; the file picked is read when the answer comes.
fn choose_file(form: &mut ImportForm, ctx: &egui::Context) {
    form.problem = None;
    let filters = vec![
        (
            tr!("import-dialog-exports"),
            ["txt", "csv", "tsv"].as_slice(),
        ),
        (tr!("reading-dialog-all-files"), ["*"].as_slice()),
    ];
    match FileDialog::open(tr!("import-dialog-title"), filters, repaint(ctx)) {
        Ok(dialog) => form.dialog = Some(dialog),
        Err(e) => form.problem = Some(tr!("reading-dialog-failed", reason = e.to_string())),
    }
}

fn read(form: &mut ImportForm, collection: &Collection) {
    let path = PathBuf::from(form.path.trim());
    form.problem = None;
    form.replace_offered = None;
    let read = collection.read_import_file(&path);
    form.problems = match &read {
        Ok(ImportFile::Cards(import)) => card_problems(import, &path),
        Ok(ImportFile::ReviewLog(log)) => log
            .refused
            .iter()
            .map(|row| refused_row_text(row, &path))
            .collect(),
        Err(_) => Vec::new(),
    };
    form.read = Some(
        read.map(|file| (path.clone(), file))
            .map_err(|e| e.to_string()),
    );
    let stem = default_title(&path);
    form.title = stem.clone();
    form.deck_id = id_from(&stem);
}

/// Writes the cards read as a new deck (`replace`: over an earlier import's file of the
/// same id); the app then loads it.
fn import_cards(form: &mut ImportForm, collection: &Collection, replace: bool) -> Vec<Request> {
    let Some(Ok((file, ImportFile::Cards(import)))) = &form.read else {
        return Vec::new();
    };
    let options = CardImportOptions {
        deck_id: Some(form.deck_id.trim()),
        title: Some(form.title.trim()),
        replace,
        dry_run: false,
    };
    form.replace_offered = None;
    match collection.write_imported_deck(import, file, &options) {
        Ok(_) => {
            let message = tr!(
                "import-cards-done",
                count = import.cards.len(),
                title = form.title.trim()
            );
            let deck_id = form.deck_id.trim().to_string();
            return vec![Request::DeckWritten {
                deck_id,
                notice: message,
            }];
        }
        Err(SessionError::ReadOnly(_)) => form.problem = Some(tr!("import-read-only")),
        Err(e) => {
            if let SessionError::CardImport(CardDeckError::Exists { .. }) = e {
                form.replace_offered = Some(form.deck_id.trim().to_string());
            }
            form.problem = Some(e.to_string());
        }
    }
    Vec::new()
}

/// Adds the log read to the progress.
fn import_log(form: &mut ImportForm, collection: &mut Collection) -> Vec<Request> {
    let Some(Ok((_, ImportFile::ReviewLog(log)))) = &form.read else {
        return Vec::new();
    };
    match collection.import_review_log(&log.rows) {
        Ok(report) => {
            let notice = tr!(
                "import-log-done",
                added = report.added,
                skipped = report.already_there + report.older_than_own
            );
            return vec![Request::Notice(notice), Request::Home];
        }
        Err(SessionError::ReadOnly(_)) => form.problem = Some(tr!("import-read-only")),
        Err(e) => form.problem = Some(e.to_string()),
    }
    Vec::new()
}

/// A review log's row left out, as `file:line: why`, in the learner's language.
fn refused_row_text(row: &RefusedRow, file: &Path) -> String {
    format!("{}:{}: {}", file.display(), row.line, row.refusal)
}
