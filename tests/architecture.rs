//! The layers' rules, checked on the source so that they hold from now on: the window
//! (`src/ui/`) never reaches past `session` to the store, SQLite, files or threads; nothing
//! but `session` names the store; and no module below the window names egui. See
//! docs/architecture.md.

use std::path::{Path, PathBuf};

/// What the window must never name: the store and SQLite are `session`'s, and so are files
/// and threads.
const FORBIDDEN_IN_UI: [&str; 5] = [
    "store::",
    "rusqlite",
    "std::fs",
    "std::thread",
    "File::open",
];

/// Every `.rs` file under `dir`, in a stable order.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries = std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("{} cannot be listed: {e}", folder.display()));
        for entry in entries {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The code of a source file without its comments (`//`, `///`, `//!` to the end of the
/// line): a module may explain in words that it does not use egui.
fn code_of(source: &str) -> String {
    source
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Each `file:line: name` where the code of a file under `files` names one of `names`.
fn places_naming(files: &[PathBuf], names: &[&str]) -> Vec<String> {
    let mut places = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(file)
            .unwrap_or_else(|e| panic!("{} cannot be read: {e}", file.display()));
        for (number, line) in code_of(&source).lines().enumerate() {
            for name in names {
                if names_word(line, name) {
                    places.push(format!("{}:{}: {name}", file.display(), number + 1));
                }
            }
        }
    }
    places
}

/// Whether `line` holds `name` as a name of its own: `Restore::` does not name `store::`.
fn names_word(line: &str, name: &str) -> bool {
    line.match_indices(name).any(|(at, _)| {
        !line[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn the_window_never_names_the_store_sqlite_files_or_threads() {
    let ui = rust_files(&src().join("ui"));
    assert!(ui.len() > 10, "the window's files were not found");
    let places = places_naming(&ui, &FORBIDDEN_IN_UI);
    assert!(
        places.is_empty(),
        "the window reaches past `session`; ask the collection or a session function \
         instead:\n{}",
        places.join("\n")
    );
}

#[test]
fn only_the_session_layer_names_the_store() {
    let (store, session) = (src().join("store"), src().join("session"));
    let others: Vec<PathBuf> = rust_files(&src())
        .into_iter()
        .filter(|file| !file.starts_with(&store) && !file.starts_with(&session))
        .collect();
    let places = places_naming(&others, &["store::", "rusqlite"]);
    assert!(
        places.is_empty(),
        "the store is the session's; ask the collection or a session function:\n{}",
        places.join("\n")
    );
}

#[test]
fn no_module_below_the_window_names_egui() {
    let ui = src().join("ui");
    let core: Vec<PathBuf> = rust_files(&src())
        .into_iter()
        .filter(|file| !file.starts_with(&ui))
        .collect();
    assert!(core.len() > 50, "the core's files were not found");
    let places = places_naming(&core, &["egui"]);
    assert!(
        places.is_empty(),
        "only `src/ui/` draws; the core returns values:\n{}",
        places.join("\n")
    );
}

#[test]
fn a_name_is_found_in_code_and_not_in_a_comment() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("screen.rs");
    std::fs::write(
        &file,
        "//! Never std::fs here.\nuse crate::tr; // not std::thread\nRestore::A; mystd::fs;\nlet t = std::fs::read(p);\n",
    )
    .expect("written");
    let places = places_naming(&[file], &["std::fs", "std::thread", "store::"]);
    assert_eq!(places.len(), 1, "{places:?}");
    assert!(places[0].ends_with(":4: std::fs"), "{places:?}");
}
