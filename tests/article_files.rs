//! Article files that would exhaust or stall the program: a device such as `/dev/zero`, a
//! FIFO no one writes to, a file far too large. Every reader of an article (the window's
//! reading screen and `--article`, `check --article`, `draft`) reads it through
//! `reading::read_article`, which reads only regular files, at most `MAX_ARTICLE_BYTES`,
//! and never waits.

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use factdeck::i18n::Language;
use factdeck::reading::{ArticleError, MAX_ARTICLE_BYTES, read_article};
use factdeck::ui::{AppOptions, FactdeckApp};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Far more than refusing takes; far less than reading `/dev/zero` until memory runs out.
const AT_ONCE: Duration = Duration::from_secs(5);

fn fifo(dir: &Path) -> PathBuf {
    let path = dir.join("artikel.txt");
    let name = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).expect("a path");
    // SAFETY: `name` is a valid NUL-terminated path for the duration of the call.
    let made = unsafe { libc::mkfifo(name.as_ptr(), 0o600) };
    assert_eq!(made, 0, "mkfifo failed");
    path
}

/// `read_article(path)`, failing the test if it has not returned within `AT_ONCE` (the
/// reading thread is then left blocked: the test has failed anyway).
fn read_at_once(path: &Path) -> Result<String, ArticleError> {
    let (tx, rx) = std::sync::mpsc::channel();
    let path = path.to_path_buf();
    std::thread::spawn(move || {
        let _ = tx.send(read_article(&path));
    });
    rx.recv_timeout(AT_ONCE)
        .expect("reading the article returned at once")
}

/// Runs factdeck with `args`; fails the test (and ends the program) if it takes longer
/// than `AT_ONCE`. Returns its standard error.
fn factdeck_at_once(args: &[&str], data_dir: &Path) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factdeck"))
        .args(args)
        .env("FACTDECK_DATA_DIR", data_dir)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("factdeck runs");
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("waited") {
            assert!(!status.success(), "{args:?} succeeded");
            break;
        }
        if started.elapsed() > AT_ONCE {
            child.kill().expect("ended");
            panic!("factdeck {args:?} did not return within {AT_ONCE:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().expect("output");
    common::text(&output.stderr)
}

#[test]
fn dev_zero_is_refused_at_once_as_no_regular_file() {
    let error = read_at_once(Path::new("/dev/zero")).expect_err("refused");
    assert!(matches!(error, ArticleError::NotRegular { .. }), "{error}");
    assert!(
        error
            .to_string()
            .contains("/dev/zero is not a regular file")
    );
}

#[test]
fn a_fifo_is_refused_without_waiting_for_a_writer() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let error = read_at_once(&fifo(dir.path())).expect_err("refused");
    assert!(matches!(error, ArticleError::NotRegular { .. }), "{error}");
}

#[test]
fn an_article_over_the_size_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("riesig.txt");
    let file = std::fs::File::create(&path).expect("created");
    file.set_len(MAX_ARTICLE_BYTES + 1).expect("length set");
    let error = read_at_once(&path).expect_err("refused");
    assert!(matches!(error, ArticleError::TooLarge { .. }), "{error}");
    // The limit itself is read.
    file.set_len(MAX_ARTICLE_BYTES).expect("length set");
    assert!(matches!(
        read_at_once(&path),
        Err(ArticleError::NotText { .. })
    ));
}

#[test]
fn check_and_draft_refuse_dev_zero_and_a_fifo_at_once() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let fifo = fifo(dir.path());
    let fifo = fifo.to_str().expect("a path");
    let out = dir.path().join("entwurf.toml");
    let out = out.to_str().expect("a path");
    for article in ["/dev/zero", fifo] {
        for args in [
            vec!["check", "--article", article],
            vec!["draft", article, "--out", out],
        ] {
            let said = factdeck_at_once(&args, dir.path());
            assert!(said.contains("is not a regular file"), "{args:?}: {said}");
        }
    }
    assert!(!Path::new(out).exists());
}

#[test]
fn the_window_refuses_dev_zero_and_a_fifo_as_its_article_and_says_why() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let fifo = fifo(dir.path());
    for article in [PathBuf::from("/dev/zero"), fifo] {
        let options = AppOptions {
            data_dir: dir.path().to_path_buf(),
            deck_folders: Vec::new(),
            clock: Arc::new(common::clock()),
            language: Some(Language::English),
        };
        let started = Instant::now();
        let shown = article.clone();
        let mut harness = Harness::builder()
            .with_size([1100.0, 760.0])
            .build_eframe(move |cc| {
                let mut app = FactdeckApp::new(cc, options);
                assert!(!app.open_article(&shown));
                app
            });
        harness.run();
        assert!(started.elapsed() < AT_ONCE);
        harness.get_by_label_contains(&format!("{} is not a regular file", article.display()));
    }
}
