//! Decks an attacker might write, made in memory: thousands of people of one category
//! (each lends the others wrong options). A quiz of every card, the export of every
//! question and the question lint must grow with such a deck, never with its square; the
//! figures of a release build are in `docs/benchmarks.md` (`cargo bench --bench hostile`).
//! Here, in a debug build on a busy machine, each is held to a bound the quadratic way
//! missed by far (a quiz of 2,000 people took 7.7 s in a release build, the export 71 s).

use factdeck::cli::question_lint;
use factdeck::deck::{Deck, load_str};
use factdeck::export::questions_of;
use factdeck::quiz::{LISTED_FACTS, QuestionKind, QuizLength, QuizSpec, build_quiz};
use std::time::{Duration, Instant};

/// Far above what the linear way takes in a debug build (a few hundred milliseconds), far
/// below what the quadratic way took even in a release build.
const BOUND: Duration = Duration::from_secs(5);

/// `people` people of one category, each with a question of their own.
fn people(count: usize) -> Deck {
    let mut text = String::from(
        "[deck]\nid = \"leute\"\ntitle = \"Leute\"\n\n[[topics]]\nid = \"t\"\nname = \"T\"\n\n",
    );
    for i in 0..count {
        text.push_str(&format!(
            "[[facts]]\nid = \"p{i}\"\nkind = \"person\"\ntopic = \"t\"\n\
             name = \"Vorname{i} Nachname{i}\"\nrole = \"Rolle Nummer {i}\"\n\
             category = \"Politiker\"\nask_name = \"Wer hat Rolle {i}?\"\n\n"
        ));
    }
    load_str("leute.toml", &text).expect("the deck loads")
}

fn timed<T>(work: impl FnOnce() -> T) -> (T, Duration) {
    let started = Instant::now();
    let out = work();
    (out, started.elapsed())
}

#[test]
fn a_quiz_of_every_card_of_two_thousand_people_of_one_category_takes_a_moment() {
    let deck = people(2_000);
    let (questions, took) = timed(|| build_quiz(&deck, &QuizSpec::new(QuizLength::All, 1)));
    assert!(took < BOUND, "{took:?}");
    // One question for each person (one of their two cards) and nothing lost.
    assert_eq!(
        questions.iter().map(|q| q.cards.len()).sum::<usize>(),
        2_000
    );
    assert!(
        questions
            .iter()
            .any(|q| q.kind == QuestionKind::MultipleChoice),
        "the category still lends wrong options"
    );
}

#[test]
fn the_export_of_two_thousand_people_lists_part_of_each_pool_and_says_how_many_more() {
    let deck = people(2_000);
    let (export, took) = timed(|| questions_of(&[&deck]));
    assert!(took < BOUND, "{took:?}");
    let questions = &export.decks[0].questions;
    let choices: Vec<_> = questions.iter().filter(|q| q.kind == "choice").collect();
    assert!(!choices.is_empty());
    for question in choices {
        let pool = question.wrong_option_pool.as_ref().expect("a pool");
        assert!(!pool.is_empty() && pool.len() <= LISTED_FACTS, "{pool:?}");
        let unlisted = question
            .wrong_option_pool_unlisted
            .expect("says how many more");
        assert!(unlisted >= 2_000 - LISTED_FACTS, "{unlisted}");
    }
}

#[test]
fn the_question_lint_of_two_thousand_people_takes_a_moment() {
    let deck = people(2_000);
    let (findings, took) = timed(|| question_lint(&deck));
    assert!(took < BOUND, "{took:?}");
    assert!(findings.is_empty(), "{findings:?}");
}

#[test]
fn the_longest_list_typed_in_full_or_a_pasted_megabyte_is_graded_in_a_moment() {
    use factdeck::deck::limits::{MAX_LIST_ENTRIES, MAX_TEXT_CHARS};
    use factdeck::grade::{Expected, TextKind, Verdict, grade};
    let items: Vec<String> = (0..MAX_LIST_ENTRIES)
        .map(|i| format!("Ausfuhrgut Nummer {i}"))
        .collect();
    let list = Expected::List(items.clone());
    let (graded, took) = timed(|| grade(&list, &items.join(", ")));
    assert!(took < BOUND, "{took:?}");
    assert_eq!(graded.verdict, Verdict::Right);
    // A megabyte pasted into the answer: graded on its first characters.
    let pasted: String = (0..100_000).map(|i| format!("Wort{i}, ")).collect();
    let (graded, took) = timed(|| grade(&list, &pasted));
    assert!(took < BOUND, "{took:?}");
    assert_eq!(graded.verdict, Verdict::Wrong);
    // An answer of the longest text a deck may hold, and one typed as long.
    let answer = "Wladiwostok ".repeat(MAX_TEXT_CHARS / 12);
    let text = Expected::Text {
        answer: answer.clone(),
        also: Vec::new(),
        kind: TextKind::Term,
    };
    let typed = answer.replacen('W', "V", 1);
    let (_, took) = timed(|| grade(&text, &typed));
    assert!(took < BOUND, "{took:?}");
}
