//! A restore killed at any step: the child process (this test binary run again with
//! `FACTDECK_RESTORE_CHILD` set) restores a backup over progress whose newest answers are
//! still in its write-ahead log, and prints each step as it reaches it; the parent SIGKILLs
//! it at one step after another. After every kill the next start finds the old progress or
//! the new one in place and whole (never none, never an empty new file), the old one
//! kept whole with its log when it was moved, and no leftovers of the restore.

mod common;

use common::{clock, logged, open, study};
use factdeck::clock::Clock;
use factdeck::paths::{backups_folder, progress_file};
use factdeck::store::backup::check_backup;
use factdeck::store::recovery::{restore_backup, set_restore_step_hook};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const CHILD: &str = "FACTDECK_RESTORE_CHILD";
const TEST_NAME: &str = "a_restore_killed_at_any_step_leaves_the_old_or_the_new_progress_whole";
/// Answers in the progress being replaced (three of them only in its log), and in the backup.
const OLD: usize = 5;
const NEW: usize = 2;

/// Prints the step, and at the step named in the environment waits to be killed.
fn announce(step: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "step {step}");
    let _ = out.flush();
    let stop_at = std::env::var(CHILD).ok().and_then(|spec| {
        spec.rsplit_once('|')
            .map(|(_, stop_at)| stop_at.to_string())
    });
    if stop_at.as_deref() == Some(step) {
        loop {
            std::thread::sleep(std::time::Duration::from_secs(60));
        }
    }
}

fn child(spec: &str) -> ! {
    let mut parts = spec.split('|');
    let (dir, backup) = (parts.next().unwrap(), parts.next().unwrap());
    set_restore_step_hook(announce);
    restore_backup(Path::new(dir), Path::new(backup), clock().now()).expect("the restore");
    std::process::exit(0);
}

/// Progress with `OLD` answers, the last three only in its write-ahead log (as a killed
/// session leaves them), and a backup with `NEW`; returns the backup's file name.
fn template(dir: &Path) -> String {
    let clock = clock();
    let scratch = tempfile::tempdir().unwrap();
    let mut collection = open(scratch.path(), &clock);
    study(&mut collection, &clock, NEW);
    let backup = collection.backup_now().unwrap();
    study(&mut collection, &clock, OLD - NEW);
    // Copied while the collection is open: the answers are in the log, not yet the file.
    for name in ["progress.sqlite3", "progress.sqlite3-wal"] {
        std::fs::copy(scratch.path().join(name), dir.join(name)).unwrap();
    }
    drop(collection);
    std::fs::create_dir(backups_folder(dir)).unwrap();
    let name = backup.file_name();
    std::fs::copy(&backup.path, backups_folder(dir).join(&name)).unwrap();
    name
}

fn copy_folder(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir(&target).unwrap();
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Runs the child on `dir`, killing it at `stop_at`; returns the steps it printed.
fn run_child(dir: &Path, backup: &Path, stop_at: &str) -> Vec<String> {
    let mut process = Command::new(std::env::current_exe().unwrap())
        .args([TEST_NAME, "--exact", "--nocapture", "--test-threads=1"])
        .env(
            CHILD,
            format!("{}|{}|{stop_at}", dir.display(), backup.display()),
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the child starts");
    let mut steps = Vec::new();
    for line in BufReader::new(process.stdout.take().unwrap()).lines() {
        let Ok(line) = line else { break };
        // The test harness's own words may precede the first step on its line.
        if let Some(step) = line.find("step ").map(|at| &line[at + 5..]) {
            steps.push(step.to_string());
            if step == stop_at {
                break;
            }
        }
    }
    process.kill().expect("SIGKILL");
    process.wait().expect("the child ends");
    steps
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_restore_killed_at_any_step_leaves_the_old_or_the_new_progress_whole() {
    if let Ok(spec) = std::env::var(CHILD) {
        child(&spec);
    }
    let started = Instant::now();
    let template_dir = tempfile::tempdir().unwrap();
    let backup_name = template(template_dir.path());
    let fresh = || {
        let dir = tempfile::tempdir().unwrap();
        copy_folder(template_dir.path(), dir.path());
        let backup: PathBuf = backups_folder(dir.path()).join(&backup_name);
        (dir, backup)
    };
    // A run to the end names every step.
    let (dir, backup) = fresh();
    let steps = run_child(dir.path(), &backup, "never");
    for expected in [
        "start",
        "copied",
        "self-contained",
        "checked",
        "journal-written",
        "moved progress.sqlite3-wal",
        "moved progress.sqlite3",
        "in-place",
        "done",
    ] {
        assert!(
            steps.iter().any(|s| s == expected),
            "{expected} in {steps:?}"
        );
    }
    let clock = clock();
    let mut outcomes = Vec::new();
    for stop_at in &steps {
        let (dir, backup) = fresh();
        run_child(dir.path(), &backup, stop_at);
        let collection = open(dir.path(), &clock);
        let answers = logged(&collection);
        drop(collection);
        let names = names_in(dir.path());
        let aside: Vec<&String> = names
            .iter()
            .filter(|n| n.starts_with("progress-replaced-") && n.ends_with(".sqlite3"))
            .collect();
        match answers {
            OLD => assert!(
                aside.is_empty(),
                "{stop_at}: the old file stayed: {names:?}"
            ),
            NEW => {
                assert_eq!(aside.len(), 1, "{stop_at}: {names:?}");
                let kept = check_backup(&dir.path().join(aside[0])).unwrap();
                assert_eq!(kept.reviews, OLD, "{stop_at}: the old file is kept whole");
            }
            other => panic!("{stop_at}: {other} answers in place: {names:?}"),
        }
        assert!(
            !names
                .iter()
                .any(|n| n.contains(".restoring") || n.ends_with("-restore")),
            "{stop_at}: leftovers {names:?}"
        );
        outcomes.push(format!(
            "{stop_at}: {}",
            if answers == OLD { "old" } else { "new" }
        ));
    }
    eprintln!(
        "{} kills, one at each step, in {:.1} s: {}",
        steps.len(),
        started.elapsed().as_secs_f32(),
        outcomes.join("; ")
    );
}

#[test]
fn a_restore_an_older_factdeck_left_between_its_two_renames_is_finished_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let backup = {
        let mut collection = open(dir.path(), &clock);
        study(&mut collection, &clock, NEW);
        let backup = collection.backup_now().unwrap();
        study(&mut collection, &clock, 1);
        backup
    };
    // What a factdeck before the journal left when killed between moving the old file
    // aside and renaming the copy of the backup into its place.
    let path = progress_file(dir.path());
    std::fs::rename(
        &path,
        dir.path()
            .join("progress-replaced-2026-11-27_09-10-00.sqlite3"),
    )
    .unwrap();
    std::fs::copy(&backup.path, dir.path().join("progress.sqlite3.restoring")).unwrap();
    assert_eq!(
        logged(&open(dir.path(), &clock)),
        NEW,
        "the backup, not an empty file"
    );
    assert!(!dir.path().join("progress.sqlite3.restoring").exists());
}
