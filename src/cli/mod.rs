//! The commands that work without a window, one file each: `check`, `draft`, `evaluate`,
//! `export`, `import`, `restore`, `stats` and `sync`. Each has its work (a report, testable without a
//! terminal) and its `run`, which prints the report; `main.rs` only parses the command
//! line and calls `run`. Every line printed goes through `say!` or `tell!`.

/// Prints a line of a command's output, with every character a terminal would act on
/// escaped (`terminal::escape`): decks, imports and file names are text from files. When
/// the reader has gone (`factdeck … | head`), the program stops quietly, as command-line
/// tools do, instead of panicking.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::cli::put_out(&$crate::terminal::escape(&format!($($arg)*)))
    };
}

/// Prints a line on standard error, escaped as `say!` does: messages are read on a
/// terminal too, and a log they were sent to is too, later.
macro_rules! tell {
    ($($arg:tt)*) => {
        $crate::cli::tell_line(&format!($($arg)*))
    };
}

pub mod check;
pub mod draft;
pub mod evaluate;
pub mod export;
pub mod import;
pub mod restore;
pub mod stats;
pub mod sync;

pub use check::{CheckReport, check, check_cues, question_lint};
pub use draft::draft;
pub use evaluate::{EvaluationReport, evaluate};
pub use export::{chosen_decks, decks_for_export};
pub use restore::{RestoreError, backup_list, restore};
pub use stats::{DeckStats, StatsReport, stats};

use crate::i18n::Language;
use crate::tr;
use std::path::{Path, PathBuf};

/// The language a command speaks: `--language`, else the one the learner saved in the
/// window's Settings (read from the progress in the data folder), else the system's.
pub fn language(flag: Option<Language>, data_dir_flag: Option<&Path>) -> Language {
    flag.or_else(|| {
        crate::paths::data_dir(data_dir_flag).and_then(|dir| crate::session::saved_language(&dir))
    })
    .unwrap_or_else(Language::from_system)
}

/// Writes a line to standard output; stops quietly when the reader has gone.
pub fn put_out(line: &str) {
    use std::io::Write as _;
    if let Err(error) = writeln!(std::io::stdout(), "{line}")
        && error.kind() == std::io::ErrorKind::BrokenPipe
    {
        std::process::exit(0);
    }
}

/// Writes a line on standard error, escaped (`terminal::escape`).
pub fn tell_line(line: &str) {
    eprintln!("{}", crate::terminal::escape(line));
}

/// Writes data a command was asked for (an export, `--json`) to standard output. JSON is
/// always escaped the JSON way, which changes nothing it means; other data is escaped only
/// when it reaches a terminal, so a file it is redirected to holds it byte for byte.
fn put_data(text: &str, json: bool) {
    use std::io::IsTerminal as _;
    if json {
        put_out(&crate::terminal::escape_json(text));
    } else if std::io::stdout().is_terminal() {
        put_out(&crate::terminal::escape(text));
    } else {
        put_out(text);
    }
}

/// The data folder: `--data-dir`, else `$FACTDECK_DATA_DIR`, else the platform's.
pub fn data_dir(flag: Option<&Path>) -> Result<PathBuf, String> {
    crate::paths::data_dir(flag).ok_or_else(|| tr!("cli-no-data-dir"))
}

/// The data folder for a command: refused, with the reason, when the path is a file, so
/// that no command goes on to report a progress file "inside" it. (The window opens
/// anyway and explains on its own screen.)
fn command_data_dir(flag: Option<&Path>) -> Result<PathBuf, String> {
    let dir = data_dir(flag)?;
    if dir.exists() && !dir.is_dir() {
        return Err(tr!(
            "cli-data-dir-is-file",
            path = dir.display().to_string()
        ));
    }
    Ok(dir)
}
