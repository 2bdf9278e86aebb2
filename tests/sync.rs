//! Sync through a shared folder: what two or three computers that study the same deck end
//! up with, and what the sync engines' ways with files (half-written files, conflict
//! copies, copied data folders, a folder that vanished) do to it. Each computer is a data
//! folder of its own; the shared folder stands for one a sync engine keeps the same on each.

mod common;

use common::sync::{Computer, tree};
use factdeck::schedule::Rating;
use factdeck::session::sync::segment::Unreadable;
use factdeck::session::sync::{SyncProblem, SyncReport};
use factdeck::session::{AnswerDetails, Collection};
use std::path::Path;
use std::sync::Arc;

fn shared() -> tempfile::TempDir {
    tempfile::tempdir().expect("sync folder")
}

/// The segment files under the sync folder, by relative name.
fn segments(folder: &Path) -> Vec<String> {
    tree(folder)
        .into_keys()
        .filter(|n| n.ends_with(".fdsync"))
        .collect()
}

#[test]
fn answers_given_on_two_computers_reach_both_and_their_states_agree() {
    let folder = shared();
    let mut laptop = Computer::new(folder.path());
    let mut desktop = Computer::new(folder.path());
    laptop.answer(0, Rating::Good);
    laptop.answer(1, Rating::Again);
    desktop.answer(2, Rating::Easy);
    laptop.sync();
    desktop.sync();
    laptop.sync();
    assert_eq!(laptop.answers().len(), 3);
    assert_eq!(laptop.answers(), desktop.answers());
    assert_eq!(laptop.states(), desktop.states());
    laptop.assert_consistent();
    desktop.assert_consistent();
}

#[test]
fn the_same_card_answered_on_both_computers_is_two_answers_replayed_in_time_order() {
    let folder = shared();
    let mut laptop = Computer::new(folder.path());
    let mut desktop = Computer::new(folder.path());
    laptop.answer(0, Rating::Good);
    desktop.clock.advance(chrono::Duration::seconds(30));
    desktop.answer(0, Rating::Again);
    laptop.sync();
    desktop.sync();
    laptop.sync();
    assert_eq!(laptop.answers().len(), 2, "{:?}", laptop.answers());
    assert_eq!(laptop.states(), desktop.states());
    let card = common::sync::card_id(&laptop.collection, 0);
    let state = laptop.collection.card_state(common::DECK, &card);
    assert_eq!(state.reps, 2);
    assert_eq!(state.lapses, 0, "Again on a learning card is no lapse");
    laptop.assert_consistent();
    desktop.assert_consistent();
}

#[test]
fn an_answer_seen_twice_is_one_answer() {
    let folder = shared();
    let mut laptop = Computer::new(folder.path());
    let mut desktop = Computer::new(folder.path());
    laptop.answer(0, Rating::Good);
    laptop.sync();
    // The sync engine delivers the segment a second time under another name.
    let name = segments(folder.path()).remove(0);
    let copy = name.replace(".fdsync", " (copy).fdsync");
    std::fs::copy(folder.path().join(&name), folder.path().join(&copy)).unwrap();
    let report = desktop.sync();
    assert_eq!(report.segments_read, 2);
    assert_eq!(report.merged.added, 1);
    assert_eq!(report.merged.already_here, 1);
    assert_eq!(desktop.answers().len(), 1);
}

#[test]
fn conflict_copies_of_syncthing_dropbox_and_nextcloud_are_read_like_any_segment() {
    let folder = shared();
    let mut laptop = Computer::new(folder.path());
    laptop.answer(0, Rating::Good);
    laptop.sync();
    let name = segments(folder.path()).remove(0);
    let original = std::fs::read(folder.path().join(&name)).unwrap();
    // Three conflict copies, each holding another answer of another computer.
    let mut others = Vec::new();
    for (i, conflict) in [
        ".sync-conflict-20261127-101500-ABCDEFG.fdsync",
        " (Desktop's conflicted copy 2026-11-27).fdsync",
        " (conflicted copy 2026-11-27 101500).fdsync",
    ]
    .iter()
    .enumerate()
    {
        let other_folder = shared();
        let mut other = Computer::new(other_folder.path());
        other.answer(i + 1, Rating::Easy);
        other.sync();
        let theirs = segments(other_folder.path()).remove(0);
        let bytes = std::fs::read(other_folder.path().join(&theirs)).unwrap();
        let target = folder.path().join(name.replace(".fdsync", conflict));
        std::fs::write(target, bytes).unwrap();
        others.push(other);
    }
    let mut desktop = Computer::new(folder.path());
    let report = desktop.sync();
    assert_eq!(report.segments_read, 4, "{report:?}");
    assert_eq!(desktop.answers().len(), 4);
    assert_eq!(std::fs::read(folder.path().join(&name)).unwrap(), original);
    desktop.assert_consistent();
}

#[test]
fn a_half_written_segment_is_skipped_until_it_is_whole() {
    let folder = shared();
    let mut laptop = Computer::new(folder.path());
    laptop.answer(0, Rating::Good);
    laptop.answer(1, Rating::Good);
    laptop.sync();
    let name = segments(folder.path()).remove(0);
    let path = folder.path().join(&name);
    let whole = std::fs::read(&path).unwrap();
    std::fs::write(&path, &whole[..whole.len() / 2]).unwrap();
    let mut desktop = Computer::new(folder.path());
    let report = desktop.sync();
    assert_eq!(report.skipped.len(), 1);
    assert_eq!(desktop.answers().len(), 0);
    std::fs::write(&path, &whole).unwrap();
    let report = desktop.sync();
    assert!(report.skipped.is_empty());
    assert_eq!(desktop.answers().len(), 2);
}

#[test]
fn a_segment_with_a_bad_checksum_is_skipped_until_it_is_whole() {
    let folder = shared();
    let mut laptop = Computer::new(folder.path());
    laptop.answer(0, Rating::Good);
    laptop.sync();
    let name = segments(folder.path()).remove(0);
    let path = folder.path().join(&name);
    let whole = std::fs::read(&path).unwrap();
    let mut flipped = whole.clone();
    let last = flipped.len() - 3;
    flipped[last] ^= 0x01;
    std::fs::write(&path, &flipped).unwrap();
    let mut desktop = Computer::new(folder.path());
    let report = desktop.sync();
    assert_eq!(report.skipped[0].reason, Unreadable::BadChecksum);
    assert_eq!(desktop.answers().len(), 0);
    std::fs::write(&path, &whole).unwrap();
    desktop.sync();
    assert_eq!(desktop.answers().len(), 1);
}

#[test]
fn a_data_folder_copied_to_another_computer_takes_a_new_id_and_loses_no_change() {
    let folder = shared();
    let mut laptop = Computer::new(folder.path());
    laptop.answer(0, Rating::Good);
    laptop.sync();
    let laptop_id = laptop.collection.sync_status().unwrap().device_id;
    // The data folder is copied whole (with the laptop's id) to a second computer.
    let copy = tempfile::tempdir().unwrap();
    for (name, bytes) in common::files(laptop.dir.path()) {
        std::fs::write(copy.path().join(name), bytes).unwrap();
    }
    let mut desktop = Computer::in_data_folder(copy, folder.path());
    desktop.answer(1, Rating::Good);
    laptop.answer(2, Rating::Hard);
    let report = desktop.sync();
    assert!(report.renewed_id, "the copy notices it is a copy");
    let desktop_id = desktop.collection.sync_status().unwrap().device_id;
    assert_ne!(desktop_id, laptop_id);
    laptop.sync();
    desktop.sync();
    assert_eq!(
        laptop.collection.sync_status().unwrap().device_id,
        laptop_id
    );
    assert_eq!(laptop.answers().len(), 3);
    assert_eq!(laptop.answers(), desktop.answers());
    assert_eq!(laptop.states(), desktop.states());
    assert_eq!(laptop.collection.sync_status().unwrap().peers, 1);
}

#[test]
fn a_segment_another_computer_wrote_under_this_computers_id_makes_it_take_a_new_one() {
    let folder = shared();
    let mut laptop = Computer::new(folder.path());
    laptop.answer(0, Rating::Good);
    laptop.sync();
    let id = laptop.collection.sync_status().unwrap().device_id.unwrap();
    // A segment under the laptop's id that the laptop did not write (a copy on a machine
    // that looks the same, or a backup put back).
    let stranger_folder = shared();
    let mut stranger = Computer::new(stranger_folder.path());
    stranger.answer(1, Rating::Good);
    stranger.sync();
    let theirs = segments(stranger_folder.path()).remove(0);
    let bytes = std::fs::read(stranger_folder.path().join(theirs)).unwrap();
    std::fs::write(
        folder
            .path()
            .join(format!("factdeck/{id}/0000000099.fdsync")),
        bytes,
    )
    .unwrap();
    let report = laptop.sync();
    assert!(report.renewed_id);
    assert_ne!(
        laptop.collection.sync_status().unwrap().device_id.unwrap(),
        id
    );
    assert_eq!(laptop.answers().len(), 2);
}

#[test]
fn nothing_is_written_into_the_sync_folder_but_new_segments_of_ones_own() {
    let folder = shared();
    let mut laptop = Computer::new(folder.path());
    let mut desktop = Computer::new(folder.path());
    laptop.answer(0, Rating::Good);
    laptop.sync();
    let before = tree(folder.path());
    desktop.answer(1, Rating::Good);
    desktop.sync();
    laptop.answer(2, Rating::Good);
    laptop.sync();
    desktop.sync();
    let after = tree(folder.path());
    for (name, bytes) in &before {
        assert_eq!(after.get(name), Some(bytes), "{name} is unchanged");
    }
    let desktop_id = desktop.collection.sync_status().unwrap().device_id.unwrap();
    let laptop_id = laptop.collection.sync_status().unwrap().device_id.unwrap();
    for name in after.keys().filter(|n| !before.contains_key(*n)) {
        assert!(
            name.starts_with(&format!("factdeck/{desktop_id}/"))
                || name.starts_with(&format!("factdeck/{laptop_id}/")),
            "{name}"
        );
        assert!(
            name.ends_with(".fdsync"),
            "no temporary file is left: {name}"
        );
    }
}

#[test]
fn a_sync_folder_that_vanished_is_reported_and_studying_goes_on() {
    let folder = shared();
    let mut laptop = Computer::new(folder.path());
    let gone = folder.path().to_path_buf();
    drop(folder);
    laptop.answer(0, Rating::Good);
    let problem = laptop.collection.sync_now().unwrap_err();
    assert!(
        matches!(
            problem,
            factdeck::session::SessionError::Sync(SyncProblem::FolderMissing(ref p)) if *p == gone
        ),
        "{problem}"
    );
    laptop.answer(1, Rating::Good);
    assert_eq!(laptop.answers().len(), 2);
    let status = laptop.collection.sync_status().unwrap();
    assert_eq!(status.problem, Some(SyncProblem::FolderMissing(gone)));
}

#[test]
fn a_sync_folder_that_cannot_be_written_is_reported_and_studying_goes_on() {
    let folder = shared();
    let mut laptop = Computer::new(folder.path());
    laptop.sync();
    let id = laptop.collection.sync_status().unwrap().device_id.unwrap();
    // Where the device folder should be, a file: nothing can be written there (root, as
    // CI runs, can write in read-only folders, so permission bits would prove nothing).
    let device_folder = folder.path().join(format!("factdeck/{id}"));
    std::fs::create_dir_all(folder.path().join("factdeck")).unwrap();
    std::fs::write(&device_folder, b"not a folder").unwrap();
    laptop.answer(0, Rating::Good);
    let problem = laptop.collection.sync_now().unwrap_err();
    assert!(
        matches!(
            problem,
            factdeck::session::SessionError::Sync(SyncProblem::CannotWrite { .. })
        ),
        "{problem}"
    );
    laptop.answer(1, Rating::Good);
    assert_eq!(laptop.answers().len(), 2);
    std::fs::remove_file(&device_folder).unwrap();
    let report = laptop.sync();
    assert_eq!(report.changes_written, 2, "nothing waiting was lost");
}

#[test]
fn the_latest_settings_change_wins_on_every_computer() {
    let folder = shared();
    let mut laptop = Computer::new(folder.path());
    let mut desktop = Computer::new(folder.path());
    let mut settings = laptop.collection.settings().clone();
    settings.new_per_day = 5;
    laptop.collection.set_settings(settings).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    let mut settings = desktop.collection.settings().clone();
    settings.new_per_day = 7;
    desktop.collection.set_settings(settings).unwrap();
    laptop.sync();
    desktop.sync();
    laptop.sync();
    assert_eq!(laptop.collection.settings().new_per_day, 7);
    assert_eq!(desktop.collection.settings().new_per_day, 7);
}

#[test]
fn a_retention_changed_on_one_computer_schedules_the_later_answers_of_both_alike() {
    let folder = shared();
    let mut laptop = Computer::new(folder.path());
    let mut desktop = Computer::new(folder.path());
    laptop.answer(0, Rating::Good);
    laptop.sync();
    desktop.sync();
    let mut settings = desktop.collection.settings().clone();
    settings.desired_retention = 0.8;
    desktop.collection.set_settings(settings).unwrap();
    desktop.clock.advance(chrono::Duration::minutes(20));
    desktop.answer(0, Rating::Good);
    laptop.clock.advance(chrono::Duration::minutes(30));
    laptop.answer(1, Rating::Good);
    desktop.sync();
    laptop.sync();
    desktop.sync();
    assert_eq!(laptop.collection.settings().desired_retention, 0.8);
    assert_eq!(laptop.states(), desktop.states());
    laptop.assert_consistent();
    desktop.assert_consistent();
}

#[test]
fn a_suspension_reaches_the_other_computer() {
    let folder = shared();
    let mut laptop = Computer::new(folder.path());
    let mut desktop = Computer::new(folder.path());
    let card = common::sync::card_id(&laptop.collection, 3);
    laptop
        .collection
        .set_suspended(common::DECK, &card, true)
        .unwrap();
    laptop.sync();
    desktop.sync();
    assert!(desktop.collection.is_suspended(common::DECK, &card));
    desktop
        .collection
        .set_suspended(common::DECK, &card, false)
        .unwrap();
    desktop.sync();
    laptop.sync();
    assert!(!laptop.collection.is_suspended(common::DECK, &card));
}

#[test]
fn an_answer_undone_after_it_was_synced_is_undone_on_the_other_computer_too() {
    let folder = shared();
    let mut laptop = Computer::new(folder.path());
    let mut desktop = Computer::new(folder.path());
    let card = common::sync::card_id(&laptop.collection, 0);
    let receipt = laptop
        .collection
        .answer(
            common::DECK,
            &card,
            Rating::Again,
            factdeck::session::AnswerDetails::flashcard(3000),
        )
        .unwrap();
    laptop.sync();
    desktop.sync();
    assert_eq!(desktop.answers().len(), 1);
    laptop.collection.undo(&receipt).unwrap();
    laptop.sync();
    desktop.sync();
    assert!(desktop.answers().is_empty());
    assert_eq!(desktop.states(), laptop.states());
}

#[test]
fn an_answer_given_after_a_synced_one_was_undone_reaches_the_other_computer() {
    let folder = shared();
    let mut laptop = Computer::new(folder.path());
    let mut desktop = Computer::new(folder.path());
    let card = common::sync::card_id(&laptop.collection, 0);
    let receipt = laptop
        .collection
        .answer(
            common::DECK,
            &card,
            Rating::Again,
            factdeck::session::AnswerDetails::flashcard(3000),
        )
        .unwrap();
    laptop.sync();
    laptop.collection.undo(&receipt).unwrap();
    // The next answer may take the undone answer's row in the log.
    laptop.answer(0, Rating::Easy);
    laptop.sync();
    desktop.sync();
    assert_eq!(desktop.answers(), laptop.answers());
    assert_eq!(desktop.answers().len(), 1);
    assert_eq!(desktop.states(), laptop.states());
}

#[test]
fn a_reset_reaches_the_other_computer() {
    let folder = shared();
    let mut laptop = Computer::new(folder.path());
    let mut desktop = Computer::new(folder.path());
    laptop.answer(0, Rating::Good);
    laptop.answer(0, Rating::Good);
    let card = common::sync::card_id(&laptop.collection, 0);
    laptop.collection.reset_card(common::DECK, &card).unwrap();
    laptop.sync();
    desktop.sync();
    assert_eq!(desktop.collection.card_state(common::DECK, &card).reps, 0);
    assert_eq!(desktop.answers().len(), 2, "the history stays");
    desktop.assert_consistent();
}

#[test]
fn a_deck_edited_on_both_computers_keeps_both_versions_and_says_so() {
    let folder = shared();
    let mut laptop = Computer::new(folder.path());
    let mut desktop = Computer::new(folder.path());
    let deck = |title: &str| {
        format!(
            "[deck]\nid = \"own\"\ntitle = \"{title}\"\n\n[[topics]]\nid = \"t\"\nname = \"T\"\n\n\
             [[facts]]\nid = \"f\"\ntopic = \"t\"\nkind = \"question\"\nquestion = \"Q?\"\nanswer = \"A\"\n"
        )
    };
    let own = |c: &Computer| c.path().join("decks/own.toml");
    std::fs::write(own(&laptop), deck("First")).unwrap();
    laptop.sync();
    desktop.sync();
    assert_eq!(
        std::fs::read_to_string(own(&desktop)).unwrap(),
        deck("First")
    );
    std::fs::write(own(&laptop), deck("Laptop")).unwrap();
    laptop.sync();
    std::fs::write(own(&desktop), deck("Desktop")).unwrap();
    let report = desktop.sync();
    laptop.sync();
    assert_eq!(report.deck_conflicts.len(), 1, "{report:?}");
    // Both computers end with the same deck in place and the other version kept.
    let in_place = std::fs::read_to_string(own(&laptop)).unwrap();
    assert_eq!(in_place, std::fs::read_to_string(own(&desktop)).unwrap());
    let kept = |c: &Computer| tree(&c.path().join("decks/conflicts"));
    assert_eq!(kept(&laptop), kept(&desktop));
    let versions: Vec<String> = kept(&laptop)
        .into_values()
        .map(|b| String::from_utf8(b).unwrap())
        .chain([in_place])
        .collect();
    assert!(versions.contains(&deck("Laptop")) && versions.contains(&deck("Desktop")));
}

#[test]
fn which_deck_files_a_computer_has_synced_stays_on_that_computer() {
    let folder = shared();
    let mut laptop = Computer::new(folder.path());
    std::fs::write(
        laptop.path().join("decks/own.toml"),
        "[deck]\nid = \"own\"\ntitle = \"Own\"\n",
    )
    .unwrap();
    laptop.sync();
    let written: Vec<u8> = tree(folder.path()).into_values().flatten().collect();
    let written = String::from_utf8_lossy(&written);
    assert!(written.contains("own.toml"), "the deck travels");
    assert!(
        !written.contains("sync.deck-file"),
        "the note of its digest does not: {written}"
    );
}

#[test]
fn three_computers_that_saw_the_same_changes_hold_the_same_states() {
    let folder = shared();
    let mut computers: Vec<Computer> = (0..3).map(|_| Computer::new(folder.path())).collect();
    for round in 0..3 {
        for (i, computer) in computers.iter_mut().enumerate() {
            computer.answer(
                (round + i) % 4,
                [Rating::Good, Rating::Again, Rating::Easy][i],
            );
            computer.sync();
        }
    }
    for computer in &mut computers {
        computer.sync();
    }
    let first = computers[0].states();
    for computer in &computers {
        assert_eq!(computer.answers().len(), 9);
        assert_eq!(computer.states(), first);
        computer.assert_consistent();
        assert_eq!(computer.collection.sync_status().unwrap().peers, 2);
    }
}

#[test]
fn a_progress_file_of_an_older_factdeck_shares_every_answer_at_its_first_sync() {
    let folder = shared();
    let dir = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/progress-v5.sqlite3");
    std::fs::copy(fixture, factdeck::paths::progress_file(dir.path())).unwrap();
    let mut old = Computer::in_data_folder(dir, folder.path());
    assert_eq!(old.answers().len(), 12);
    old.sync();
    let mut new = Computer::new(folder.path());
    new.sync();
    assert_eq!(new.answers(), old.answers());
    assert_eq!(new.states(), old.states());
    assert_eq!(
        new.collection.settings().new_per_day,
        15,
        "its settings travel too"
    );
}

#[test]
fn answers_given_before_syncing_was_turned_on_wait_for_the_first_sync() {
    let folder = shared();
    let dir = tempfile::tempdir().unwrap();
    let clock = common::clock();
    let mut collection = Collection::open(dir.path(), &[], Arc::new(clock.clone())).expect("opens");
    for n in 0..3 {
        let card = common::sync::card_id(&collection, n);
        collection
            .answer(
                common::DECK,
                &card,
                Rating::Good,
                AnswerDetails::flashcard(4000),
            )
            .expect("the answer is saved");
    }
    assert_eq!(
        collection.sync_status().expect("status").waiting,
        0,
        "without a sync folder nothing is said to wait"
    );
    drop(collection);
    let mut laptop = Computer::in_data_folder(dir, folder.path());
    assert_eq!(laptop.collection.sync_status().expect("status").waiting, 3);
    laptop.sync();
    assert_eq!(laptop.collection.sync_status().expect("status").waiting, 0);
}

/// A laptop's answer in the sync folder beside a file `put` writes as another computer's
/// first segment; a new desktop then syncs. Its report and how many answers it took in.
fn sync_beside_a_strangers_file(put: impl FnOnce(&Path)) -> (SyncReport, usize) {
    let folder = shared();
    let mut laptop = Computer::new(folder.path());
    laptop.answer(0, Rating::Good);
    laptop.sync();
    let stranger = folder.path().join("factdeck/stranger");
    std::fs::create_dir_all(&stranger).unwrap();
    put(&stranger.join("0000000001.fdsync"));
    let mut desktop = Computer::new(folder.path());
    let report = desktop.sync();
    (report, desktop.answers().len())
}

#[test]
fn a_segment_larger_than_any_factdeck_writes_is_never_read_and_the_rest_are() {
    let (report, answers) = sync_beside_a_strangers_file(|path| {
        // Sparse: it takes no room on the disk, but reading it would take 300 MB of memory.
        let huge = std::fs::File::create(path).unwrap();
        huge.set_len(300 * 1024 * 1024).unwrap();
    });
    assert_eq!(
        report.skipped[0].reason,
        Unreadable::TooLarge { megabytes: 300 }
    );
    assert_eq!(answers, 1);
}

#[cfg(unix)]
#[test]
fn a_pipe_named_like_a_segment_never_stalls_the_sync() {
    let (_, answers) = sync_beside_a_strangers_file(|path| {
        let made = std::process::Command::new("mkfifo")
            .arg(path)
            .status()
            .expect("mkfifo runs");
        assert!(made.success());
    });
    assert_eq!(answers, 1);
}

#[test]
fn a_segment_whose_header_claims_countless_changes_is_left_unread_and_the_rest_are() {
    let (report, answers) = sync_beside_a_strangers_file(|path| {
        // A whole, checksummed segment with no change in it, whose header claims 2^60.
        let forged = concat!(
            r#"{"format":"factdeck-sync","version":1,"device":"stranger","sequence":1,"#,
            r#""changes":1152921504606846976,"body_bytes":0,"body_crc32":0}"#,
            "\n"
        );
        std::fs::write(path, forged).unwrap();
    });
    assert!(matches!(report.skipped[0].reason, Unreadable::Damaged(_)));
    assert_eq!(answers, 1);
}
