//! The learner's copy of the article as the window holds it, and the ways to open one:
//! File > Open article (the desktop's dialog), a file dropped onto the window, `--article
//! FILE`, or the file remembered from the last start. Reading the file and remembering it
//! are the session's (`session::Article`); the app opens it (`FactdeckApp::open_article`).

use crate::reading::ArticleError;
use crate::session::Article;
use crate::session::file_dialog::FileDialog;
use crate::tr;
use eframe::egui::{self, Color32, FontId};
use std::path::PathBuf;

/// The article open for reading, whatever the screen.
pub struct OpenArticle {
    pub article: Article,
    /// Counts the articles opened, so the reading screen sees when to lay the text out again.
    pub generation: u64,
}

/// Asks the desktop for the article's file; the answer arrives in a later frame.
pub fn open_dialog(ctx: &egui::Context) -> Result<FileDialog, String> {
    let filters = vec![
        (
            tr!("reading-dialog-text-files"),
            ["txt", "text", "md"].as_slice(),
        ),
        (tr!("reading-dialog-all-files"), ["*"].as_slice()),
    ];
    FileDialog::open(tr!("reading-dialog-title"), filters, repaint(ctx))
        .map_err(|e| tr!("reading-dialog-failed", reason = e.to_string()))
}

/// A call that asks for a new frame, for work that ends on another thread.
pub fn repaint(ctx: &egui::Context) -> impl FnOnce() + Send + 'static {
    let ctx = ctx.clone();
    move || ctx.request_repaint()
}

/// A file dropped onto the window on this frame, if any; while one is dragged over the
/// window, a hint says what dropping it does.
pub fn dropped_file(ctx: &egui::Context) -> Option<PathBuf> {
    let (dropped, hovering) = ctx.input(|i| {
        (
            i.raw.dropped_files.first().map(|f| f.path().to_path_buf()),
            !i.raw.hovered_files.is_empty(),
        )
    });
    if hovering {
        drop_hint(ctx);
    }
    dropped
}

fn drop_hint(ctx: &egui::Context) {
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop hint"),
    ));
    painter.rect_filled(screen, 0.0, Color32::from_black_alpha(150));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        tr!("reading-drop-hint"),
        FontId::proportional(22.0),
        Color32::WHITE,
    );
}

/// An article file's problem in the interface's language.
pub fn article_error_text(error: &ArticleError) -> String {
    error.to_string()
}
