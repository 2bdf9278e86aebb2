//! Crash safety: a child process studies through the real collection and store and prints
//! the id of every answer once `answer` has returned (the moment the window would show the
//! next card). The parent kills it with SIGKILL at a random moment, 200 times over, and
//! after each kill checks that every acknowledged answer is in the log, that nothing is
//! half-written (the saved card states are exactly what replaying the log gives) and that
//! `PRAGMA integrity_check` says ok.
//!
//! The child is this test binary run again with `FACTDECK_CRASH_CHILD` set. A SIGKILL
//! ends the process but not the operating system, so this proves atomic transactions and
//! acknowledgement after commit; it does not simulate a power cut.

mod common;

use chrono::Duration;
use factdeck::clock::{Clock, ManualClock};
use factdeck::deck::LoadedDecks;
use factdeck::paths::progress_file;
use factdeck::schedule::Rating;
use factdeck::session::{AnswerDetails, Collection};
use factdeck::store::{DataDirLock, Store};
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Instant;

const CHILD: &str = "FACTDECK_CRASH_CHILD";
const KILLS: usize = 200;
const TEST_NAME: &str = "answers_acknowledged_before_a_kill_are_never_lost";

/// The learner's clock for run `run`: an hour further each run, so study days change and
/// the daily backup is sometimes under way when the kill comes.
fn clock_for(run: u64) -> ManualClock {
    let clock = ManualClock::at_utc("2026-11-27T08:00:00Z", 1);
    clock.advance(Duration::hours(run as i64));
    clock
}

/// The child: studies until killed, printing `ack ID` after each saved answer, and
/// `undoing ID` before and `undone ID` after each undo (an undo under way when the kill
/// comes may or may not have happened; both are right).
fn child(data_dir: &str, run: u64) -> ! {
    let clock = clock_for(run);
    let mut collection = Collection::open(data_dir.as_ref(), &[], Arc::new(clock.clone()))
        .expect("the child opens the collection");
    assert!(
        collection.read_only_reason().is_none(),
        "the killed child left no lock"
    );
    let cards: Vec<String> = collection
        .deck(common::DECK)
        .expect("built-in deck")
        .cards
        .iter()
        .take(30)
        .map(|c| c.id.as_str().to_string())
        .collect();
    let mut rng = StdRng::seed_from_u64(run);
    let mut receipts: Vec<factdeck::session::AnswerReceipt> = Vec::new();
    let stdout = std::io::stdout();
    loop {
        if rng.random_range(0..8) == 0
            && let Some(receipt) = receipts.pop()
        {
            let _ = writeln!(stdout.lock(), "undoing {}", receipt.review_id);
            collection.undo(&receipt).expect("undo");
            let _ = writeln!(stdout.lock(), "undone {}", receipt.review_id);
            continue;
        }
        let card = &cards[rng.random_range(0..cards.len())];
        let rating = Rating::ALL[rng.random_range(0..4)];
        let receipt = collection
            .answer(common::DECK, card, rating, AnswerDetails::flashcard(2000))
            .expect("the answer is saved");
        let _ = writeln!(stdout.lock(), "ack {}", receipt.review_id);
        receipts.push(receipt);
        clock.advance(Duration::seconds(rng.random_range(5..900)));
    }
}

#[test]
fn answers_acknowledged_before_a_kill_are_never_lost() {
    if let Ok(spec) = std::env::var(CHILD) {
        let (dir, run) = spec.rsplit_once('|').expect("dir|run");
        child(dir, run.parse().expect("run number"));
    }
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().to_str().unwrap().to_string();
    let mut rng = StdRng::seed_from_u64(20190425);
    let mut expected: BTreeSet<i64> = BTreeSet::new();
    let (mut acknowledged, mut unacknowledged_in_log, mut integrity_ok) = (0usize, 0usize, 0usize);
    let mut killed_before_first_answer = 0;
    let started = Instant::now();
    for run in 0..KILLS as u64 {
        let mut process = Command::new(std::env::current_exe().unwrap())
            .args([TEST_NAME, "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD, format!("{dir}|{run}"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the child starts");
        let mut lines = BufReader::new(process.stdout.take().unwrap()).lines();
        // Kill after a random number of answers (0: while it is still opening the file),
        // then a random fraction of a millisecond more, to land inside a transaction.
        let wait_for = rng.random_range(0..12);
        let mut seen = Vec::new();
        while seen.len() < wait_for {
            match lines.next() {
                Some(Ok(line)) if line.starts_with("ack ") || line.starts_with("undone ") => {
                    seen.push(line)
                }
                Some(Ok(line)) if line.starts_with("undoing ") => seen.push(line),
                Some(Ok(_)) => {}
                _ => break,
            }
        }
        std::thread::sleep(std::time::Duration::from_micros(rng.random_range(0..3000)));
        process.kill().expect("SIGKILL");
        process.wait().expect("the child ends");
        seen.extend(lines.map_while(Result::ok));
        if !seen.iter().any(|l| l.starts_with("ack ")) {
            killed_before_first_answer += 1;
        }
        let mut undo_under_way = None;
        for line in &seen {
            if let Some(id) = line.strip_prefix("ack ") {
                expected.insert(id.parse().unwrap());
                acknowledged += 1;
                undo_under_way = None;
            } else if let Some(id) = line.strip_prefix("undoing ") {
                undo_under_way = Some(id.parse::<i64>().unwrap());
            } else if let Some(id) = line.strip_prefix("undone ") {
                expected.remove(&id.parse::<i64>().unwrap());
                undo_under_way = None;
            }
        }

        let lock = DataDirLock::try_acquire(data.path()).unwrap();
        assert!(lock.is_some(), "run {run}: the lock outlived the child");
        let clock = clock_for(run);
        let store = Store::open_at(&progress_file(data.path()), clock.now()).unwrap_or_else(|e| {
            panic!("run {run}: the progress does not open after the kill: {e}")
        });
        // No decks are needed to compare the log with the saved states.
        let collection = Collection::from_parts(store, LoadedDecks::default(), Arc::new(clock))
            .expect("collection");
        let logged: BTreeSet<i64> = collection.reviews().unwrap().iter().map(|r| r.id).collect();
        let lost: Vec<&i64> = expected
            .difference(&logged)
            .filter(|id| Some(**id) != undo_under_way)
            .collect();
        assert!(
            lost.is_empty(),
            "run {run}: acknowledged answers lost: {lost:?}"
        );
        // Answers committed in the instant before the kill, not yet acknowledged, are kept
        // too: from now on they count as given.
        unacknowledged_in_log += logged.difference(&expected).count();
        expected = logged;
        let problems = collection.integrity_problems().unwrap();
        assert!(
            problems.is_empty(),
            "run {run}: integrity_check: {problems:?}"
        );
        integrity_ok += 1;
        let differences = collection.replay_differences().unwrap();
        assert!(
            differences.is_empty(),
            "run {run}: half-written: {differences:?}"
        );
    }
    eprintln!(
        "{KILLS} kills in {:.1} s: {acknowledged} answers acknowledged, 0 lost; \
         {unacknowledged_in_log} committed just before a kill and kept; integrity ok \
         {integrity_ok}/{KILLS}; {killed_before_first_answer} kills before the first answer \
         (while opening); {} answers in the log at the end",
        started.elapsed().as_secs_f32(),
        expected.len()
    );
    assert!(
        acknowledged > KILLS * 3,
        "the children answered too little to prove much"
    );
}
