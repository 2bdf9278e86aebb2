//! Any text as a number (`value = "120.000"`) or a date (`date = "2019-04"`) of a deck:
//! parsed or refused, never a panic; what parses is shown again without a panic.

#![no_main]

use factdeck_fuzz::deck::{FactDate, format_number, parse_number};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Some(number) = parse_number(text) {
        let shown = format_number(number);
        assert!(!shown.is_empty());
    }
    if let Ok(date) = FactDate::parse(text) {
        let _ = date.to_string();
        let _ = date.sort_key();
    }
});
