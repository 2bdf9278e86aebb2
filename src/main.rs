//! The `factdeck` program: the study window by default, or a command without one.

use clap::{Parser, Subcommand};
use factdeck::clock::{Clock, SystemClock};
use factdeck::export::ExportFormat;
use factdeck::i18n::Language;
use factdeck::interop::revlog_csv::write_rows;
use factdeck::session::Collection;
use factdeck::ui::first_frame::ExitAfterFirstFrame;
use factdeck::ui::{AppOptions, FactdeckApp};
use factdeck::{cli, paths};
use std::path::{Path, PathBuf};
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

    /// The interface language for this run only: en or de
    /// [default: the one saved in Settings, on a first start the system's]
    #[arg(long, value_name = "LANG", value_parser = parse_language)]
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

/// Prints a line of a command's output, with every character a terminal would act on
/// escaped (`terminal::escape`): decks, imports and file names are text from files. When
/// the reader has gone (`factdeck … | head`), the program stops quietly, as command-line
/// tools do, instead of panicking.
macro_rules! say {
    ($($arg:tt)*) => {
        put_out(&factdeck::terminal::escape(&format!($($arg)*)))
    };
}

/// Prints a line on standard error, escaped as `say!` does: messages are read on a
/// terminal too, and a log they were sent to is too, later.
macro_rules! tell {
    ($($arg:tt)*) => {
        eprintln!("{}", factdeck::terminal::escape(&format!($($arg)*)))
    };
}

/// Writes a line to standard output; stops quietly when the reader has gone.
fn put_out(line: &str) {
    use std::io::Write as _;
    if let Err(error) = writeln!(std::io::stdout(), "{line}")
        && error.kind() == std::io::ErrorKind::BrokenPipe
    {
        std::process::exit(0);
    }
}

/// Writes data a command was asked for (an export, `--json`) to standard output. JSON is
/// always escaped the JSON way, which changes nothing it means; other data is escaped only
/// when it reaches a terminal, so a file it is redirected to holds it byte for byte.
fn put_data(text: &str, json: bool) {
    use std::io::IsTerminal as _;
    if json {
        put_out(&factdeck::terminal::escape_json(text));
    } else if std::io::stdout().is_terminal() {
        put_out(&factdeck::terminal::escape(text));
    } else {
        put_out(text);
    }
}

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    let args = Args::parse();
    let result = match args.command {
        None => run_window(
            args.data_dir.as_deref(),
            args.decks,
            args.language,
            args.article,
            args.exit_after_first_frame.then_some(started),
        ),
        Some(Command::Check { paths, article }) => run_check(&paths, article.as_deref()),
        Some(Command::Evaluate { log, folds }) => {
            let now_ms = factdeck::clock::to_millis(SystemClock.now());
            cli::evaluate(&log, folds, now_ms).map(|report| {
                for line in &report.left_out {
                    tell!("{line}");
                }
                say!("{}", report.table().trim_end());
                ExitCode::SUCCESS
            })
        }
        Some(Command::Stats { json }) => run_stats(args.data_dir.as_deref(), &args.decks, json),
        Some(Command::Restore { backup, list }) => {
            run_restore(args.data_dir.as_deref(), backup.as_deref(), list)
        }
        Some(Command::Import {
            file,
            dry_run,
            deck_id,
            title,
            replace,
        }) => run_import(
            args.data_dir.as_deref(),
            &args.decks,
            &file,
            &factdeck::interop::import_file::CardImportOptions {
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
        }) => run_sync(
            args.data_dir.as_deref(),
            &args.decks,
            folder.as_deref(),
            off,
            status,
        ),
        Some(Command::Export { format, deck, out }) => run_export(
            args.data_dir.as_deref(),
            &args.decks,
            format,
            deck.as_deref(),
            out.as_deref(),
        ),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            tell!("factdeck: {message}");
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

fn data_dir(flag: Option<&Path>) -> Result<PathBuf, String> {
    paths::data_dir(flag).ok_or_else(|| {
        "no data folder could be found for this user; pass --data-dir DIR".to_string()
    })
}

/// The data folder for a command: refused, with the reason, when the path is a file, so
/// that no command goes on to report a progress file "inside" it. (The window opens
/// anyway and explains on its own screen.)
fn command_data_dir(flag: Option<&Path>) -> Result<PathBuf, String> {
    let dir = data_dir(flag)?;
    if dir.exists() && !dir.is_dir() {
        return Err(format!(
            "{} is a file, not a folder: --data-dir (or FACTDECK_DATA_DIR) must name the \
             folder that holds your progress; nothing was changed",
            dir.display()
        ));
    }
    Ok(dir)
}

fn run_window(
    data_dir_flag: Option<&Path>,
    deck_folders: Vec<PathBuf>,
    language: Option<Language>,
    article: Option<PathBuf>,
    timed_from: Option<std::time::Instant>,
) -> Result<ExitCode, String> {
    let options = AppOptions {
        data_dir: data_dir(data_dir_flag)?,
        deck_folders,
        clock: Arc::new(SystemClock),
        language,
    };
    let native = eframe::NativeOptions {
        viewport: eframe::egui::ViewportBuilder::default()
            .with_title("factdeck")
            .with_app_id("factdeck")
            .with_inner_size([1100.0, 720.0])
            .with_min_inner_size([640.0, 420.0])
            .with_icon(window_icon()),
        ..Default::default()
    };
    eframe::run_native(
        "factdeck",
        native,
        Box::new(move |cc| {
            let mut app = FactdeckApp::new(cc, options);
            if let Some(path) = &article {
                app.open_article(path);
            }
            Ok(match timed_from {
                Some(started) => Box::new(ExitAfterFirstFrame::new(app, started)),
                None => Box::new(app),
            })
        }),
    )
    .map_err(|e| format!("the window could not be opened: {e}"))?;
    Ok(ExitCode::SUCCESS)
}

/// The program's icon, compiled in; a broken image only costs the icon.
fn window_icon() -> Arc<eframe::egui::IconData> {
    let png = include_bytes!("../assets/factdeck.png");
    Arc::new(eframe::icon_data::from_png_bytes(png).unwrap_or_default())
}

fn run_check(deck_paths: &[PathBuf], article: Option<&Path>) -> Result<ExitCode, String> {
    let article_text = match article {
        Some(path) => Some(
            std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read the article {}: {e}", path.display()))?,
        ),
        None => None,
    };
    let article_name = article.map_or(String::new(), |p| p.display().to_string());
    let report = cli::check(deck_paths, article_text.as_deref(), &article_name);
    for deck in &report.passed {
        say!(
            "{}: ok ({} facts, {} cards)",
            deck.origin,
            deck.facts.len(),
            deck.cards.len()
        );
    }
    for notice in &report.notices {
        tell!("{notice}");
    }
    for problem in &report.problems {
        tell!("{problem}");
    }
    if report.problems.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        tell!("{} problem(s) found", report.problems.len());
        Ok(ExitCode::FAILURE)
    }
}

fn run_stats(
    data_dir_flag: Option<&Path>,
    decks: &[PathBuf],
    json: bool,
) -> Result<ExitCode, String> {
    let dir = command_data_dir(data_dir_flag)?;
    let collection =
        Collection::open(&dir, decks, Arc::new(SystemClock)).map_err(|e| e.to_string())?;
    let report = cli::stats(&collection).map_err(|e| e.to_string())?;
    if json {
        let text = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
        put_data(&text, true);
    } else {
        say!("Progress in {}", dir.display());
        say!(
            "Reviews: {} in all, {} today",
            report.total_reviews,
            report.reviews_today
        );
        for deck in &report.decks {
            say!(
                "{} ({}): {} new, {} learning, {} in review; due today: {} new, {} learning, {} due",
                deck.title,
                deck.id,
                deck.cards.new,
                deck.cards.learning,
                deck.cards.review,
                deck.due_today.new,
                deck.due_today.learning,
                deck.due_today.due
            );
        }
        let stats = &report.statistics;
        say!(
            "Today: {} answered, {} still waiting. Streak: {} day(s), longest {}.",
            stats.today_figures.reviews_done,
            stats.today_figures.remaining,
            stats.streaks.current_days,
            stats.streaks.longest_days
        );
        if let Some(share) = stats.retention_last_7_days.share() {
            say!(
                "Retention over the last 7 days: {:.0} % (target {:.0} %)",
                share * 100.0,
                stats.desired_retention * 100.0
            );
        }
        for deck in &stats.mastery {
            say!("Mastery in {}:", deck.title);
            for topic in &deck.topics {
                say!(
                    "  {:>3} of {:>3} facts  {}",
                    topic.mastered,
                    topic.facts,
                    topic.name
                );
            }
        }
        for notice in &report.deck_notices {
            tell!("{notice}");
        }
        for problem in &report.deck_problems {
            tell!("{problem}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn run_restore(
    data_dir_flag: Option<&Path>,
    backup: Option<&str>,
    list: bool,
) -> Result<ExitCode, String> {
    let dir = command_data_dir(data_dir_flag)?;
    let backups = cli::backup_list(&dir);
    let chosen = match backup {
        Some(name) if !list => name,
        _ => {
            say!("Backups in {}:", paths::backups_folder(&dir).display());
            if backups.is_empty() {
                say!("  (none yet: factdeck makes one each study day you open it)");
            }
            for line in &backups {
                say!("  {line}");
            }
            if !list {
                say!("Restore one with `factdeck restore NAME`, or `factdeck restore newest`.");
            }
            return Ok(ExitCode::SUCCESS);
        }
    };
    let report = cli::restore(&dir, chosen, SystemClock.now()).map_err(|e| e.to_string())?;
    if let Some(restored) = &report.restored {
        say!("Restored {}.", restored.display());
    }
    for kept in &report.set_aside {
        say!("The file it replaced is kept as {}.", kept.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn run_sync(
    data_dir_flag: Option<&Path>,
    deck_folders: &[PathBuf],
    folder: Option<&Path>,
    off: bool,
    status_only: bool,
) -> Result<ExitCode, String> {
    let dir = command_data_dir(data_dir_flag)?;
    let mut collection =
        Collection::open(&dir, deck_folders, Arc::new(SystemClock)).map_err(|e| e.to_string())?;
    if off {
        collection
            .set_sync_folder(None)
            .map_err(|e| e.to_string())?;
        say!("Sync is off; the sync folder and what is in it were left as they are.");
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(folder) = folder {
        collection
            .set_sync_folder(Some(folder))
            .map_err(|e| e.to_string())?;
    }
    if !status_only {
        let report = collection.sync_now().map_err(|e| e.to_string())?;
        for line in cli::sync::report_lines(&report) {
            say!("{line}");
        }
    }
    let status = collection.sync_status().map_err(|e| e.to_string())?;
    for line in cli::sync::status_lines(&status, SystemClock.now()) {
        say!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}

fn run_export(
    data_dir_flag: Option<&Path>,
    deck_folders: &[PathBuf],
    format: ExportFormat,
    deck_id: Option<&str>,
    out: Option<&Path>,
) -> Result<ExitCode, String> {
    let text = if format == ExportFormat::Revlog {
        let dir = command_data_dir(data_dir_flag)?;
        let collection = Collection::open(&dir, deck_folders, Arc::new(SystemClock))
            .map_err(|e| e.to_string())?;
        let rows = collection.review_log_rows().map_err(|e| e.to_string())?;
        let mut csv = Vec::new();
        write_rows(&rows, &mut csv).map_err(|e| format!("the log could not be written: {e}"))?;
        tell!("{} answer(s) in the log", rows.len());
        String::from_utf8_lossy(&csv).trim_end().to_string()
    } else {
        let loaded = cli::decks_for_export(data_dir_flag, deck_folders);
        for problem in &loaded.problems {
            tell!("{problem}");
        }
        let decks = cli::chosen_decks(&loaded, deck_id)?;
        let text = factdeck::export::export(&decks, format)
            .map_err(|e| format!("the export could not be written: {e}"))?;
        // JSON escapes mean the same characters, so the file reads back the same and is
        // safe to look at on a terminal.
        match format {
            ExportFormat::Json => factdeck::terminal::escape_json(&text).into_owned(),
            _ => text,
        }
    };
    match out {
        Some(path) => {
            std::fs::write(path, text + "\n")
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            tell!("wrote {}", path.display());
        }
        None => put_data(&text, format == ExportFormat::Json),
    }
    Ok(ExitCode::SUCCESS)
}

fn run_import(
    data_dir_flag: Option<&Path>,
    deck_folders: &[PathBuf],
    file: &Path,
    options: &factdeck::interop::import_file::CardImportOptions<'_>,
) -> Result<ExitCode, String> {
    use cli::import::card_preview;
    use factdeck::interop::import_file::{
        ImportFile, card_problems, log_row_problems, read_import_file, write_card_deck,
    };
    let dir = command_data_dir(data_dir_flag)?;
    let now_ms = factdeck::clock::to_millis(SystemClock.now());
    match read_import_file(file, now_ms)? {
        ImportFile::Cards(import) => {
            for line in card_preview(&import, file) {
                say!("{line}");
            }
            let problems = card_problems(&import, file);
            for problem in &problems {
                tell!("{problem}");
            }
            if !problems.is_empty() {
                tell!(
                    "{} line(s) could not be read and were left out",
                    problems.len()
                );
            }
            if import.cards.is_empty() {
                return Err(format!("no card could be read from {}", file.display()));
            }
            let target = if options.dry_run {
                // A dry run writes nothing, not even a progress file: only the decks are read.
                let loaded = cli::decks_for_export(Some(&dir), deck_folders);
                let ids: Vec<String> = loaded.decks.iter().map(|d| d.id.clone()).collect();
                write_card_deck(&import, file, &paths::decks_folder(&dir), &ids, options)?
            } else {
                // Opening the collection takes the data folder's lock, as a review log's
                // import does: while a window holds it, the deck is refused the same way.
                let collection = Collection::open(&dir, deck_folders, Arc::new(SystemClock))
                    .map_err(|e| e.to_string())?;
                collection
                    .write_imported_deck(&import, file, options)
                    .map_err(|e| e.to_string())?
            };
            if options.dry_run {
                say!(
                    "Nothing written (--dry-run); the deck would be {}.",
                    target.display()
                );
            } else {
                say!(
                    "Wrote {} with {} question(s); it is among your decks from the next start.",
                    target.display(),
                    import.cards.len()
                );
            }
        }
        ImportFile::ReviewLog(log) => {
            let rows = log.rows;
            say!("{} answer(s) read from {}.", rows.len(), file.display());
            let left_out = log_row_problems(&log.refused, file);
            for line in &left_out {
                tell!("{line}");
            }
            if !left_out.is_empty() {
                tell!(
                    "{} row(s) were left out: they cannot be real answers (see above); the others are imported",
                    left_out.len()
                );
            }
            if options.dry_run {
                say!("Nothing written (--dry-run).");
                return Ok(ExitCode::SUCCESS);
            }
            let mut collection = Collection::open(&dir, deck_folders, Arc::new(SystemClock))
                .map_err(|e| e.to_string())?;
            for line in cli::import::import_review_log(&mut collection, &rows)? {
                say!("{line}");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
