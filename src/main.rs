//! The `factdeck` program: the study window by default, or a command without one. This
//! file only reads the command line and hands it on: the window is `ui::run_window`, each
//! command is a file of `cli/`.

use clap::{Parser, Subcommand};
use factdeck::clock::SystemClock;
use factdeck::draft::DraftOptions;
use factdeck::export::ExportFormat;
use factdeck::i18n::Language;
use factdeck::interop::import_file::CardImportOptions;
use factdeck::ui::AppOptions;
use factdeck::{cli, ui};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

/// Learn the facts of a news article with spaced repetition.
#[derive(Parser)]
#[command(name = "factdeck", version, about)]
struct Args {
    /// Where progress and your own decks are kept
    /// [default: $FACTDECK_DATA_DIR, else the platform's data folder]
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,

    /// Also load the decks in this folder (may be given more than once)
    #[arg(long = "decks", global = true, value_name = "DIR")]
    decks: Vec<PathBuf>,

    /// The language of the window and of every command's output, for this run only: en or
    /// de [default: the one saved in Settings, on a first start the system's]
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_language)]
    language: Option<Language>,

    /// Open this text file as your copy of the article, to read along (remembered for next time)
    #[arg(long, value_name = "FILE")]
    article: Option<PathBuf>,

    /// Print the time from start to the first frame on screen, then quit (for benchmarks)
    #[arg(long, hide = true)]
    exit_after_first_frame: bool,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Validate deck files without opening a window; exits non-zero on any problem
    Check {
        /// Deck files or folders of them [default: the built-in decks]
        paths: Vec<PathBuf>,
        /// Also require every fact's cue to stand verbatim in this text file
        #[arg(long, value_name = "FILE")]
        article: Option<PathBuf>,
    },
    /// Draft a deck of facts from an article (a UTF-8 text): figures, dates, people, places,
    /// lists, claims and reasons, each with a question and its cue in the text. Review the
    /// file before studying it (or use File > New deck from an article in the window).
    Draft {
        /// The article's text file
        article: PathBuf,
        /// Where to write the deck (an existing file is not overwritten)
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The deck's id [default: made from its title]
        #[arg(long, value_name = "ID")]
        id: Option<String>,
        /// The deck's title [default: the article's first line, if it is a heading]
        #[arg(long, value_name = "TITLE")]
        title: Option<String>,
    },
    /// Measure how well FSRS-6 (default and fitted) and Anki's SM-2 predict a real review
    /// log (CSV: card_id,review_rating,review_time,review_duration)
    Evaluate {
        /// The review log
        log: PathBuf,
        /// Number of time-series folds (trained on the past, tested on the future)
        #[arg(long, default_value_t = 5)]
        folds: usize,
    },
    /// Print progress figures (reviews, streaks, mastery per topic) without opening a window
    Stats {
        /// Print one JSON object, for scripts
        #[arg(long)]
        json: bool,
    },
    /// List the backups of your progress, or put one back in place of the progress file
    /// (the current file is moved aside under a dated name, never deleted)
    Restore {
        /// The backup: a file name from --list, a path, or `newest` for the newest good one
        backup: Option<String>,
        /// Only list the backups, newest first
        #[arg(long)]
        list: bool,
    },
    /// Write the decks' generated questions (json), Anki notes (anki) or your review log
    /// (revlog) to a file, without opening a window
    Export {
        /// What to write
        #[arg(long, value_enum, default_value = "json")]
        format: ExportFormat,
        /// Only this deck [default: every deck]
        #[arg(long, value_name = "ID")]
        deck: Option<String>,
        /// Write here instead of to standard output
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Sync your progress with your other computers through a folder that Syncthing,
    /// Nextcloud, Dropbox or a USB stick keeps the same on each (see docs/sync.md).
    /// Without options: sync once now
    Sync {
        /// Sync through this folder from now on (and sync once)
        #[arg(long, value_name = "DIR", conflicts_with = "off")]
        folder: Option<PathBuf>,
        /// Stop syncing (the folder and what is in it stay as they are)
        #[arg(long)]
        off: bool,
        /// Only say whether and where this computer syncs, and when it last did
        #[arg(long)]
        status: bool,
    },
    /// Import flashcards from an Anki text export or a Quizlet export (term<TAB>definition)
    /// into a new deck of your deck folder, or a review log (CSV as FSRS tools write it)
    /// into your progress. Shows what it read and every line it could not read.
    Import {
        /// The file to import
        file: PathBuf,
        /// Only show what would be imported; write nothing
        #[arg(long)]
        dry_run: bool,
        /// The new deck's id [default: made from the file name]
        #[arg(long, value_name = "ID")]
        deck_id: Option<String>,
        /// The new deck's title [default: the file name]
        #[arg(long, value_name = "TITLE")]
        title: Option<String>,
        /// Replace a deck file imported earlier under the same id (cards whose question
        /// did not change keep their progress)
        #[arg(long)]
        replace: bool,
    },
}

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    let args = Args::parse();
    let data_dir = args.data_dir.as_deref();
    // The window chooses its language itself (and may save the system's on a first
    // start); a command speaks the learner's saved language, or the system's.
    if args.command.is_some() {
        factdeck::i18n::set_language(cli::language(args.language, data_dir));
    }
    let result = match args.command {
        None => cli::data_dir(data_dir).and_then(|data_dir| {
            let options = AppOptions {
                data_dir,
                deck_folders: args.decks,
                clock: Arc::new(SystemClock),
                language: args.language,
            };
            let timed_from = args.exit_after_first_frame.then_some(started);
            ui::run_window(options, args.article, timed_from).map(|()| ExitCode::SUCCESS)
        }),
        Some(Command::Check { paths, article }) => cli::check::run(&paths, article.as_deref()),
        Some(Command::Draft {
            article,
            out,
            id,
            title,
        }) => cli::draft::run(
            &article,
            &out,
            DraftOptions {
                id,
                title,
                fallback_title: None,
            },
        ),
        Some(Command::Evaluate { log, folds }) => cli::evaluate::run(&log, folds),
        Some(Command::Stats { json }) => cli::stats::run(data_dir, &args.decks, json),
        Some(Command::Restore { backup, list }) => {
            cli::restore::run(data_dir, backup.as_deref(), list)
        }
        Some(Command::Import {
            file,
            dry_run,
            deck_id,
            title,
            replace,
        }) => cli::import::run(
            data_dir,
            &args.decks,
            &file,
            &CardImportOptions {
                deck_id: deck_id.as_deref(),
                title: title.as_deref(),
                replace,
                dry_run,
            },
        ),
        Some(Command::Sync {
            folder,
            off,
            status,
        }) => cli::sync::run(data_dir, &args.decks, folder.as_deref(), off, status),
        Some(Command::Export { format, deck, out }) => cli::export::run(
            data_dir,
            &args.decks,
            format,
            deck.as_deref(),
            out.as_deref(),
        ),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            cli::tell_line(&format!("factdeck: {message}"));
            ExitCode::FAILURE
        }
    }
}

fn parse_language(code: &str) -> Result<Language, String> {
    Language::from_code(code).ok_or_else(|| {
        // clap prints this message itself, past `say!` and `tell!`.
        let code = factdeck::terminal::escape(code);
        format!("`{code}` is not a language of factdeck: use en or de")
    })
}
