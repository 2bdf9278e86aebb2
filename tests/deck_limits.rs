//! Deck files made to exhaust the program: each limit of `deck::limits` is met where the
//! file is read, named in a message with file and line, and the other decks still load.
//! The limits and why they lie where they do: docs/deck-format.md and docs/reliability.md.

use factdeck::deck::limits::{
    MAX_DECK_BYTES, MAX_FACTS, MAX_LIST_ENTRIES, MAX_TEXT_CHARS, MAX_TOPICS,
};
use factdeck::deck::{DeckError, load_decks, load_str};
use std::fmt::Write;
use std::time::{Duration, Instant};

const HEAD: &str =
    "[deck]\nid = \"gross\"\ntitle = \"Groß\"\n\n[[topics]]\nid = \"t\"\nname = \"Thema\"\n\n";

/// A deck of one question whose answer is `answer`, written on line 14.
fn one_answer(answer: &str) -> String {
    format!(
        "{HEAD}[[facts]]\nid = \"f\"\nkind = \"question\"\ntopic = \"t\"\nquestion = \"Was?\"\nanswer = \"{answer}\"\n"
    )
}

/// A list fact with `items` items, its `items` key on line 15.
fn a_list_of(items: usize) -> String {
    let items: Vec<String> = (0..items).map(|i| format!("\"Punkt {i}\"")).collect();
    format!(
        "{HEAD}[[facts]]\nid = \"l\"\nkind = \"list\"\ntopic = \"t\"\nquestion = \"Was?\"\nname = \"Liste\"\nitems = [{}]\n",
        items.join(", ")
    )
}

fn refused(name: &str, text: &str) -> Vec<DeckError> {
    load_str(name, text).expect_err("the deck is refused")
}

fn only_problem(name: &str, text: &str) -> DeckError {
    let problems = refused(name, text);
    assert_eq!(problems.len(), 1, "{problems:?}");
    problems.into_iter().next().expect("one problem")
}

#[test]
fn a_ten_megabyte_string_is_refused_naming_file_line_and_limit() {
    let started = Instant::now();
    let problem = only_problem("gross.toml", &one_answer(&"x".repeat(10 << 20)));
    assert_eq!((problem.file.as_str(), problem.line), ("gross.toml", 14));
    assert!(
        problem
            .problem
            .to_string()
            .contains("10,485,760 characters")
            && problem.problem.to_string().contains("at most 10,000"),
        "{problem}"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn a_text_at_the_limit_loads_and_one_character_more_is_refused() {
    let at = "ö".repeat(MAX_TEXT_CHARS);
    assert!(load_str("d.toml", &one_answer(&at)).is_ok());
    let problem = only_problem("d.toml", &one_answer(&format!("{at}ö")));
    assert!(
        problem.problem.to_string().contains("`answer`"),
        "{problem}"
    );
}

#[test]
fn a_long_title_description_topic_name_or_list_item_is_refused_too() {
    let long = "y".repeat(MAX_TEXT_CHARS + 1);
    let title = HEAD.replace("title = \"Groß\"", &format!("title = \"{long}\""));
    let description = HEAD.replace(
        "title = \"Groß\"",
        &format!("title = \"Groß\"\ndescription = \"{long}\""),
    );
    let topic = HEAD.replace("name = \"Thema\"", &format!("name = \"{long}\""));
    let item = a_list_of(3).replace("\"Punkt 1\"", &format!("\"{long}\""));
    for (text, key, line) in [
        (title, "title", 3),
        (description, "description", 4),
        (topic, "name", 7),
        (item, "items", 15),
    ] {
        let problems = refused("d.toml", &text);
        let problem = problems
            .iter()
            .find(|p| p.problem.to_string().contains("characters long"))
            .unwrap_or_else(|| panic!("no length problem for {key}: {problems:?}"));
        assert_eq!(problem.line, line, "{problem}");
        assert!(
            problem.problem.to_string().contains(&format!("`{key}`")),
            "{problem}"
        );
    }
}

#[test]
fn a_long_id_is_refused_without_quoting_it() {
    let text =
        one_answer("Das").replace("id = \"f\"", &format!("id = \"{}\"", "f".repeat(1 << 20)));
    let problem = only_problem("d.toml", &text);
    assert_eq!(problem.line, 10);
    assert!(
        problem.problem.to_string().contains("at most 200"),
        "{problem}"
    );
    assert!(problem.problem.to_string().len() < 200, "{problem}");
}

#[test]
fn a_list_over_the_limit_is_refused_naming_its_line_and_count() {
    assert!(load_str("d.toml", &a_list_of(MAX_LIST_ENTRIES)).is_ok());
    let problem = only_problem("d.toml", &a_list_of(100_000));
    assert_eq!(problem.line, 15);
    assert!(
        problem
            .problem
            .to_string()
            .contains("`items` has 100,000 entries")
            && problem.problem.to_string().contains("at most 100"),
        "{problem}"
    );
}

#[test]
fn too_many_wrong_options_are_refused() {
    let options: Vec<String> = (0..=MAX_LIST_ENTRIES)
        .map(|i| format!("\"Falsch {i}\""))
        .collect();
    let text = format!(
        "{}wrong_options = [{}]\n",
        one_answer("Das"),
        options.join(", ")
    );
    let problem = only_problem("d.toml", &text);
    assert_eq!(problem.line, 15);
    assert!(
        problem
            .problem
            .to_string()
            .contains("`wrong_options` has 101 entries"),
        "{problem}"
    );
}

#[test]
fn too_many_topics_are_refused_at_the_first_topic_beyond_the_limit() {
    let mut text = String::from("[deck]\nid = \"d\"\ntitle = \"D\"\n\n");
    for i in 0..=MAX_TOPICS {
        write!(text, "[[topics]]\nid = \"t{i}\"\nname = \"Thema {i}\"\n\n").expect("written");
    }
    text.push_str("[[facts]]\nid = \"f\"\nkind = \"question\"\ntopic = \"t0\"\nquestion = \"Was?\"\nanswer = \"Das\"\n");
    let problem = only_problem("d.toml", &text);
    assert_eq!(problem.line, 5 + 4 * MAX_TOPICS + 1, "{problem}");
    assert!(
        problem.problem.to_string().contains("10,001 topics"),
        "{problem}"
    );
}

#[test]
fn too_many_facts_are_refused_at_the_deck_id() {
    let mut text = String::from(HEAD);
    for i in 0..=MAX_FACTS {
        write!(
            text,
            "[[facts]]\nid = \"f{i}\"\nkind = \"question\"\ntopic = \"t\"\nquestion = \"F{i}?\"\nanswer = \"A\"\n"
        )
        .expect("written");
    }
    let problem = only_problem("d.toml", &text);
    assert_eq!(problem.line, 2);
    assert!(
        problem.problem.to_string().contains("200,001 facts")
            && problem.problem.to_string().contains("at most 200,000"),
        "{problem}"
    );
}

#[test]
fn thousands_of_broken_facts_are_named_by_their_first_hundred_and_a_count() {
    let mut text = String::from(HEAD);
    for i in 0..5_000 {
        write!(
            text,
            "[[facts]]\nid = \"f{i}\"\nkind = \"question\"\ntopic = \"weg{}\"\nquestion = \"F?\"\nanswer = \"A\"\n",
            "w".repeat(5_000)
        )
        .expect("written");
    }
    let problems = refused("d.toml", &text);
    assert_eq!(problems.len(), 101);
    assert!(
        problems[100]
            .problem
            .to_string()
            .contains("4,900 more problems"),
        "{}",
        problems[100]
    );
    // Each quotes the unknown topic, cut short: 5,000 problems of 5 KB each were 25 MB.
    assert!(problems.iter().all(|p| p.to_string().len() < 1_100));
}

#[test]
fn a_deck_over_a_limit_is_refused_while_the_other_decks_of_the_folder_load() {
    let dir = tempfile::tempdir().expect("temporary folder");
    std::fs::write(
        dir.path().join("a-gross.toml"),
        one_answer(&"x".repeat(10 << 20)),
    )
    .expect("written");
    std::fs::write(dir.path().join("b-liste.toml"), a_list_of(5_000)).expect("written");
    std::fs::write(
        dir.path().join("c-gut.toml"),
        one_answer("Das").replace("id = \"gross\"", "id = \"gut\""),
    )
    .expect("written");
    let loaded = load_decks(&[dir.path().to_path_buf()]);
    assert!(loaded.deck("gut").is_some(), "{:?}", loaded.problems);
    assert!(loaded.deck("gross").is_none());
    assert_eq!(loaded.problems.len(), 2, "{:?}", loaded.problems);
    assert!(loaded.problems[0].to_string().contains("a-gross.toml:14:"));
    assert!(loaded.problems[1].to_string().contains("b-liste.toml:15:"));
}

#[test]
fn a_deck_file_over_the_size_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("riesig.toml");
    let file = std::fs::File::create(&path).expect("created");
    // Sparse: the length is there without the bytes.
    file.set_len(MAX_DECK_BYTES + 1).expect("length set");
    let started = Instant::now();
    let problems = load_decks(&[dir.path().to_path_buf()]).problems;
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].problem.to_string().contains("at most 64 MB"),
        "{}",
        problems[0]
    );
}

#[test]
fn deeply_nested_toml_is_refused_without_overflowing_the_stack() {
    let depth = 100_000;
    for nested in [
        format!("x = {}{}", "[".repeat(depth), "]".repeat(depth)),
        format!("x = {}1{}", "{a=".repeat(depth), "}".repeat(depth)),
        format!("{} = 1", vec!["a"; depth].join(".")),
    ] {
        let text = format!("[deck]\nid = \"d\"\ntitle = \"D\"\n{nested}\n");
        let problems = refused("d.toml", &text);
        assert!(
            problems[0]
                .problem
                .to_string()
                .contains("nested too deeply"),
            "{problems:?}"
        );
    }
}

#[test]
fn figures_beyond_a_thousand_trillion_are_refused_as_they_could_not_be_shown() {
    let number = |value: &str| {
        format!(
            "{HEAD}[[facts]]\nid = \"n\"\nkind = \"number\"\ntopic = \"t\"\nquestion = \"Wie viele?\"\nvalue = {value}\nunit = \"Menschen\"\n"
        )
    };
    assert!(load_str("d.toml", &number("1e15")).is_ok());
    for value in [
        "1e308",
        "-1e16",
        "9223372036854775807",
        &format!("\"{}\"", "9".repeat(400)),
    ] {
        let problem = only_problem("d.toml", &number(value));
        assert_eq!(problem.line, 14, "{value}: {problem}");
        assert!(
            problem
                .problem
                .to_string()
                .contains("1.000.000.000.000.000"),
            "{problem}"
        );
    }
}

#[test]
fn there_is_no_year_zero_in_a_deck() {
    let date = |date: &str| {
        format!(
            "{HEAD}[[facts]]\nid = \"d\"\nkind = \"date\"\ntopic = \"t\"\nquestion = \"Wann?\"\ndate = \"{date}\"\n"
        )
    };
    assert!(load_str("d.toml", &date("0001-01-01")).is_ok());
    assert!(load_str("d.toml", &date("9999-12-31")).is_ok());
    assert_eq!(only_problem("d.toml", &date("0000-01-01")).line, 14);
}

#[test]
fn a_fifo_or_a_symlink_loop_in_the_deck_folder_is_reported_and_never_waited_on() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let fifo = dir.path().join("rohr.toml");
    let name = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).expect("a path");
    // SAFETY: `name` is a valid NUL-terminated path for the duration of the call.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
    std::os::unix::fs::symlink("schleife-b.toml", dir.path().join("schleife-a.toml"))
        .expect("link");
    std::os::unix::fs::symlink("schleife-a.toml", dir.path().join("schleife-b.toml"))
        .expect("link");
    std::fs::write(
        dir.path().join("gut.toml"),
        one_answer("Das").replace("id = \"gross\"", "id = \"gut\""),
    )
    .expect("written");
    let folder = dir.path().to_path_buf();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(load_decks(&[folder]));
    });
    let loaded = rx
        .recv_timeout(Duration::from_secs(10))
        .expect("the decks load without waiting on the FIFO");
    assert!(loaded.deck("gut").is_some());
    let problems: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems[0].contains("rohr.toml") && problems[0].contains("not a regular file"));
    assert!(problems[1].contains("schleife-a.toml"), "{problems:?}");
    assert!(problems[2].contains("schleife-b.toml"), "{problems:?}");
}

#[test]
fn a_folder_of_thousands_of_deck_files_is_loaded_and_checked_in_moments() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let decks = 4_000;
    for d in 0..decks {
        std::fs::write(
            dir.path().join(format!("d{d:05}.toml")),
            one_answer("Das").replace("id = \"gross\"", &format!("id = \"d{d}\"")),
        )
        .expect("written");
    }
    let started = Instant::now();
    let loaded = load_decks(&[dir.path().to_path_buf()]);
    assert_eq!(
        loaded.decks.len(),
        decks + 1,
        "{:?}",
        loaded.problems.first()
    );
    // `check` read the built-in deck once for each file: 18 s for these in a debug build.
    let report = factdeck::cli::check(&[dir.path().to_path_buf()], None, "");
    assert_eq!(report.passed.len(), decks);
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "{:?}",
        started.elapsed()
    );
}
