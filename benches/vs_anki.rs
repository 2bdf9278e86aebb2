//! factdeck's side of the comparison with Anki that `scripts/bench-vs-anki` runs: the same
//! operations that `scripts/anki_bench.py` times on Anki's backend, on the same synthetic
//! history.
//!
//! ```text
//! vs_anki fixture CARDS DIR            DIR/factdeck (a data folder), and DIR/cards.tsv and
//!                                      DIR/revlog.tsv: the same cards and answers for Anki
//! vs_anki samples CARDS DIR OP COUNT   times OP COUNT times on DIR/factdeck, printing
//!                                      every time (`samples side=factdeck … ms=…,…`)
//! vs_anki serve CARDS DIR              answers on request, in one study session, for
//!                                      `anki_bench.py duel` (see `serve`)
//! vs_anki                              a fixture in a temporary folder and every
//!                                      operation once, at 1k, 10k and 100k cards
//! ```
//!
//! The operations (OP): `open`, `queue_build`, `queue_look`, `answer` and
//! `answer_nofsync`; what each does is beside its code below and in docs/benchmarks.md.
//! The script has the two programs take turns, so that a change in the machine's load
//! falls on both: each `samples` run is a short fresh process, and for the answers `serve`
//! keeps one study session open while `anki_bench.py duel` has the two programs answer
//! ten cards in turn.
//!
//! Run alone: `cargo bench --bench vs_anki`. Beside Anki: `scripts/bench-vs-anki`.

mod common;

use chrono::{DateTime, Duration as Days, FixedOffset};
use common::timing::{mean, percentile, time_each};
use factdeck::clock::{day_start, from_millis, study_day, to_millis};
use factdeck::deck::Deck;
use factdeck::schedule::{CardState, Phase, Rating};
use factdeck::session::queue::{DayProgress, DeckQueue, NextCard, QueueTime};
use factdeck::session::{Collection, QuestionMix, Scope, StudySession, StudyState};
use std::fmt::Write as _;
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];
const ANSWERS_PER_CARD: usize = 10;
const OPERATIONS: [&str; 5] = [
    "open",
    "queue_build",
    "queue_look",
    "answer",
    "answer_nofsync",
];
/// How often `vs_anki` alone times each operation (the script chooses its own counts).
const ALONE: [usize; 5] = [10, 20, 1_000, 300, 300];
/// Answers given untimed before the timed ones in each process, so that the timed ones
/// find SQLite's statements prepared and its pages cached, as in a session under way.
const WARM_UP_ANSWERS: usize = 2;
/// New cards and reviews a day: the highest Anki allows (its deck options stop at 9999),
/// set on both sides so that both queues hold the same cards. (`benches/common` sets no
/// limit.) Learning cards have no daily limit in either program.
const DAILY_LIMIT: usize = 9_999;

fn main() {
    // `cargo bench` adds `--bench`; the words after it are ours.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    match args.as_slice() {
        [command, cards, dir] if command == "fixture" => fixture(size(cards), Path::new(dir)),
        [command, cards, dir, op, count] if command == "samples" => {
            let cards = size(cards);
            let times = run(op, cards, &Path::new(dir).join("factdeck"), size(count));
            print_samples(cards, op, &times);
        }
        [command, cards, dir] if command == "serve" => {
            serve(size(cards), &Path::new(dir).join("factdeck"));
        }
        [] => {
            for cards in SIZES {
                let dir = tempfile::tempdir().expect("temporary folder");
                fixture(cards, dir.path());
                // The disk writes the fixture out first, or the first answers' fsyncs wait
                // on it (as the script does between copying and timing).
                let _ = std::process::Command::new("sync").status();
                for (op, count) in OPERATIONS.into_iter().zip(ALONE) {
                    let times = run(op, cards, &dir.path().join("factdeck"), count);
                    print_result(cards, op, &times);
                }
            }
        }
        _ => {
            eprintln!(
                "usage: vs_anki [fixture CARDS DIR | samples CARDS DIR OP COUNT | serve CARDS DIR]"
            );
            std::process::exit(2);
        }
    }
}

fn size(text: &str) -> usize {
    text.parse().expect("CARDS and COUNT are whole numbers")
}

/// The synthetic data folder (`benches/common`), set to ask every card as a flashcard as
/// Anki does and to Anki's highest daily limits, and the same cards and answers written
/// out for Anki's fixture.
fn fixture(cards: usize, dir: &Path) {
    let data = dir.join("factdeck");
    common::data_dir(&data, cards, ANSWERS_PER_CARD);
    let mut collection = common::open(&data);
    let mut settings = collection.settings().clone();
    settings.question_mix = QuestionMix::FlashcardsOnly;
    settings.new_per_day = DAILY_LIMIT;
    settings.reviews_per_day = DAILY_LIMIT;
    collection.set_settings(settings).expect("settings");
    write_cards(&collection, &dir.join("cards.tsv"));
    write_revlog(&collection, cards, &dir.join("revlog.tsv"));
}

fn deck(collection: &Collection) -> &Deck {
    collection.deck(common::DECK).expect("the synthetic deck")
}

/// One line per card: its state at the benchmark's "now", with times relative to it (Anki
/// studies at the real time, so its fixture shifts them to its own now).
fn write_cards(collection: &Collection, path: &Path) {
    let now = collection.now();
    let today = study_day(now);
    let states = collection.states_in(common::DECK);
    let mut text = String::from(
        "card\tphase\tstep\tdue_ms\tdue_day\tlast_review_ms\tinterval_days\tstability\t\
         difficulty\treps\tlapses\tprompt\tanswer\n",
    );
    for (i, card) in deck(collection).cards.iter().enumerate() {
        let state = states.get(i).copied().unwrap_or_else(CardState::new_card);
        let due = from_millis(state.due, now);
        let (stability, difficulty) = state
            .memory
            .map_or((0.0, 0.0), |m| (m.stability, m.difficulty));
        let _ = writeln!(
            text,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            card.id.as_str(),
            state.phase.code(),
            state.step,
            state.due - to_millis(now),
            (study_day(due) - today).num_days(),
            state.last_review.map_or(0, |at| at - to_millis(now)),
            state.interval_days,
            stability,
            difficulty,
            state.reps,
            state.lapses,
            one_line(&card.prompt),
            one_line(&card.answer),
        );
    }
    std::fs::write(path, text).expect("cards.tsv");
}

fn one_line(text: &str) -> String {
    text.replace(['\t', '\n', '\r'], " ")
}

/// One line per logged answer, in Anki's terms (`revlog`: kind 0 learning, 1 review,
/// 2 relearning; intervals in days, or negative seconds while in steps; the FSRS
/// difficulty as Anki logs it), found by replaying each card's answers with factdeck's
/// scheduler, as the fixture's card states were. The replay must end in the saved state.
fn write_revlog(collection: &Collection, cards: usize, path: &Path) {
    let now = collection.now();
    let deck = deck(collection);
    let states = collection.states_in(common::DECK);
    let mut text =
        String::from("card\tat_ms\trating\tkind\tinterval\tlast_interval\tfactor\ttaken_ms\n");
    let history = common::history(cards, ANSWERS_PER_CARD);
    for answers in history.chunk_by(|a, b| a.card_id == b.card_id) {
        let card_id = &answers[0].card_id;
        let mut state = CardState::new_card();
        for answer in answers {
            let offset = FixedOffset::east_opt(answer.utc_offset_secs).expect("an offset");
            let at = from_millis(answer.reviewed_at, now).with_timezone(&offset);
            let next = collection
                .scheduler()
                .answer(&state, answer.rating, at)
                .expect("replay");
            let kind = match state.phase {
                Phase::New | Phase::Learning => 0,
                Phase::Review => 1,
                Phase::Relearning => 2,
            };
            let difficulty = next.memory.map_or(0.0, |m| m.difficulty);
            let _ = writeln!(
                text,
                "{card_id}\t{}\t{}\t{kind}\t{}\t{}\t{}\t{}",
                answer.reviewed_at - to_millis(now),
                answer.rating.number(),
                anki_interval(&next),
                anki_interval(&state),
                (((difficulty - 1.0) / 9.0 + 0.1) * 1000.0).round() as i64,
                answer.elapsed_ms,
            );
            state = next;
        }
        let position = deck.position(card_id).expect("a card of the deck");
        assert_eq!(
            states.get(position),
            Some(&state),
            "replaying {card_id} gives its saved state"
        );
    }
    std::fs::write(path, text).expect("revlog.tsv");
}

/// A card's interval as Anki's log writes it: days once graduated, negative seconds while
/// in steps, 0 when new.
fn anki_interval(state: &CardState) -> i64 {
    match state.phase {
        Phase::New => 0,
        Phase::Review => i64::from(state.interval_days),
        Phase::Learning | Phase::Relearning => {
            -(state.due - state.last_review.unwrap_or(state.due)) / 1000
        }
    }
}

/// Times `op` `count` times on the data folder `data`.
fn run(op: &str, cards: usize, data: &Path, count: usize) -> Vec<Duration> {
    match op {
        "open" => open(cards, data, count),
        "queue_build" => queue_build(&common::open(data), count),
        "queue_look" => {
            let collection = common::open(data);
            look(&collection);
            time_each(count, |_| {
                black_box(look(&collection));
                true
            })
        }
        "answer" | "answer_nofsync" => {
            let mut collection = common::open(data);
            if op == "answer_nofsync" {
                collection
                    .without_fsync_for_benchmarks()
                    .expect("synchronous off");
            }
            let times = answer_cards(&mut collection, count);
            print_queue(&collection, cards, op);
            times
        }
        _ => panic!("no operation {op}; there are {OPERATIONS:?}"),
    }
}

/// Opening as the window does at start: the decks (a 100k deck from its parsed copy), the
/// progress, today's queue built from it, and the first look at the queue. One untimed
/// opening first reads the files into the page cache.
fn open(cards: usize, data: &Path, count: usize) -> Vec<Duration> {
    let collection = open_and_look(data);
    print_queue(&collection, cards, "open");
    let mut opened = Some(collection);
    time_each(count, |lap| {
        // The last opening is closed first, untimed: only one factdeck may hold the folder.
        drop(opened.take());
        lap.start();
        opened = Some(open_and_look(data));
        true
    })
}

/// What today's queue holds after `op`, for the script to check that Anki's held the same.
fn print_queue(collection: &Collection, cards: usize, op: &str) {
    let counts = collection
        .counts(common::DECK, &Scope::WholeDeck)
        .expect("counts");
    println!(
        "info side=factdeck cards={cards} after={op} new={} learning={} review={}",
        counts.new, counts.learning, counts.due
    );
}

/// Today's queue built from the card states in memory (as opening does), with today's
/// answers counted from the log (as the first look of a day does): the counts and the
/// next card.
fn queue_build(collection: &Collection, count: usize) -> Vec<Duration> {
    let deck = deck(collection);
    let states = collection.states_in(common::DECK);
    let settings = collection.settings().clone();
    // As the collection builds it: a suspended card, or a background fact while those are
    // left out, is not queued.
    let suspended = collection.suspended_in(common::DECK);
    let held_out = |card: &factdeck::deck::Card| {
        suspended.contains(card.id.as_str())
            || (!settings.background_facts && deck.fact_of(card).context)
    };
    let mut built = None;
    time_each(count, |lap| {
        // The last queue is freed first, untimed.
        drop(built.take());
        lap.start();
        let queue = DeckQueue::build(&deck.cards, states, held_out);
        let today = collection
            .answers_since(common::DECK, to_millis(collection.today_start()))
            .expect("today's answers");
        let progress = DayProgress {
            new_done: today.new,
            reviews_done: today.review,
        };
        let time = queue_time(collection.now());
        let counts = queue.counts_all(time, settings.limits(), progress);
        let next = queue.next_card(&deck.cards, |_| true, time, settings.limits(), progress);
        black_box((counts, matches!(next, NextCard::Card(_))));
        built = Some(queue);
        true
    })
}

// Not inlined, so that a profiler can be pointed at it (docs/benchmarks.md: callgrind's
// `--toggle-collect`).
#[inline(never)]
fn open_and_look(data: &Path) -> Collection {
    let collection = common::open(data);
    black_box(look(&collection));
    collection
}

/// The answer cycle `count` times in a new study session, after `WARM_UP_ANSWERS`.
fn answer_cards(collection: &mut Collection, count: usize) -> Vec<Duration> {
    let mut session = start_answering(collection);
    answer_turn(&mut session, collection, count)
}

/// A study session of the whole deck, its first answers given untimed.
fn start_answering(collection: &mut Collection) -> StudySession {
    let mut session =
        StudySession::start(collection, common::DECK, Scope::WholeDeck).expect("session");
    for _ in 0..WARM_UP_ANSWERS {
        answer_one(&mut session, collection);
    }
    session
}

/// The answer cycle, `count` times (fewer if the cards due run out), timing each. (Not
/// inlined, for a profiler, as `open_and_look`.)
#[inline(never)]
fn answer_turn(
    session: &mut StudySession,
    collection: &mut Collection,
    count: usize,
) -> Vec<Duration> {
    time_each(count, |_| answer_one(session, collection))
}

/// One answer cycle: the shown card answered Good and committed (with synchronous=FULL,
/// the program's setting, that is one fsync of the write-ahead log), and the next card and
/// today's counts ready. False when no card is shown.
fn answer_one(session: &mut StudySession, collection: &mut Collection) -> bool {
    if !matches!(session.state(), StudyState::Question { .. }) {
        return false;
    }
    session.reveal();
    session
        .rate(collection, Rating::Good)
        .expect("answer saved");
    true
}

/// Answers on request for `scripts/anki_bench.py duel`, which has Anki answer in between,
/// in one study session: each line `OP COUNT` read (OP `answer`, then `answer_nofsync`)
/// times COUNT answers and prints them as a `samples` line; at the end of the input, what
/// today's queue holds. The session stays open throughout, so that the write-ahead log
/// fills and is moved into the file every 1,000 pages, as in a study session.
fn serve(cards: usize, data: &Path) {
    let mut collection = common::open(data);
    let mut session = start_answering(&mut collection);
    let mut durable = true;
    for line in std::io::stdin().lines() {
        let line = line.expect("a request");
        let (op, count) = line.split_once(' ').expect("OP COUNT");
        match op {
            "answer" => assert!(durable, "durable answers come first"),
            "answer_nofsync" if durable => {
                collection
                    .without_fsync_for_benchmarks()
                    .expect("synchronous off");
                durable = false;
            }
            "answer_nofsync" => {}
            _ => panic!("no operation {op} to serve"),
        }
        let times = answer_turn(&mut session, &mut collection, size(count));
        print_samples(cards, op, &times);
    }
    print_queue(&collection, cards, "answers");
}

/// Today's counts and the next card, as a screen asks for them.
fn look(collection: &Collection) -> (usize, bool) {
    let counts = collection
        .counts(common::DECK, &Scope::WholeDeck)
        .expect("counts");
    let next = collection
        .next_card(common::DECK, &Scope::WholeDeck)
        .expect("next card");
    (counts.total(), matches!(next, NextCard::Card(_)))
}

/// Now and the end of the study day, as the collection's queue takes them.
fn queue_time(now: DateTime<FixedOffset>) -> QueueTime {
    let day_end = day_start(study_day(now) + Days::days(1), now);
    QueueTime {
        now_ms: to_millis(now),
        day_end_ms: to_millis(day_end),
    }
}

fn print_samples(cards: usize, op: &str, times: &[Duration]) {
    let ms: Vec<String> = times
        .iter()
        .map(|t| format!("{:.6}", t.as_secs_f64() * 1000.0))
        .collect();
    println!(
        "samples side=factdeck cards={cards} op={op} ms={}",
        ms.join(",")
    );
}

fn print_result(cards: usize, op: &str, times: &[Duration]) {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "result side=factdeck cards={cards} op={op} n={} mean_ms={:.6} p50_ms={:.6} \
         p99_ms={:.6} max_ms={:.6}",
        times.len(),
        ms(mean(times)),
        ms(percentile(times, 0.50)),
        ms(percentile(times, 0.99)),
        ms(percentile(times, 1.0)),
    );
}
