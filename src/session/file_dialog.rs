//! The desktop's own file dialog (rfd), run on its own thread so the window keeps drawing
//! while it is open; its answer is picked up in a later frame. It lives here, not in the
//! window, because only the session layer starts threads and chooses files.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A dialog that gives nothing back faster than this failed rather than being cancelled
/// (rfd answers both with `None`).
const TOO_QUICK_TO_CANCEL: Duration = Duration::from_millis(400);

/// What the learner did with the dialog.
pub enum Picked {
    File(PathBuf),
    Cancelled,
    /// No dialog could be shown (no desktop portal or zenity): the caller says what to do
    /// instead.
    Unavailable,
}

/// A file dialog that is open.
pub struct FileDialog {
    /// The file picked, if any, and how long the dialog was open.
    answer: mpsc::Receiver<(Option<PathBuf>, Duration)>,
}

impl FileDialog {
    /// Opens a dialog titled `title` offering `filters` (a name and its file extensions;
    /// `*` for every file). The words are passed in: the interface's language belongs to
    /// the window's thread. `wake` is called from the dialog's thread once it has an
    /// answer (the window asks for a new frame).
    pub fn open(
        title: String,
        filters: Vec<(String, &'static [&'static str])>,
        wake: impl FnOnce() + Send + 'static,
    ) -> std::io::Result<FileDialog> {
        let (sender, answer) = mpsc::channel();
        std::thread::Builder::new()
            .name("file dialog".into())
            .spawn(move || {
                let opened = Instant::now();
                let mut dialog = rfd::FileDialog::new().set_title(title);
                for (name, extensions) in &filters {
                    dialog = dialog.add_filter(name, extensions);
                }
                // The window may have closed meanwhile; then nobody waits for the answer.
                let picked = dialog.pick_file();
                let _ = sender.send((picked, opened.elapsed()));
                wake();
            })?;
        Ok(FileDialog { answer })
    }

    /// The learner's answer, once there is one.
    pub fn answer(&self) -> Option<Picked> {
        let (picked, open_for) = match self.answer.try_recv() {
            Ok(answer) => answer,
            Err(mpsc::TryRecvError::Empty) => return None,
            Err(mpsc::TryRecvError::Disconnected) => return Some(Picked::Unavailable),
        };
        Some(match picked {
            Some(path) => Picked::File(path),
            None if open_for < TOO_QUICK_TO_CANCEL => Picked::Unavailable,
            None => Picked::Cancelled,
        })
    }
}
