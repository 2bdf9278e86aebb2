//! Any bytes as a deck file: the loader returns a deck or `file:line:column` problems,
//! and never panics.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    match factdeck_fuzz::deck::load_bytes("fuzz.toml", bytes) {
        Ok(deck) => {
            assert!(!deck.cards.is_empty(), "a deck that loads has cards");
        }
        Err(problems) => {
            assert!(!problems.is_empty(), "a refused deck names a problem");
            for problem in &problems {
                assert!(!problem.problem.to_string().is_empty(), "a problem is worded");
                let _ = problem.to_string();
            }
        }
    }
});
