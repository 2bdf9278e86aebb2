//! How long until a card comes back, written short for a button: "10 min", "3 d", "2 mo"
//! (in the interface's language; the writing lives with the other formats in `i18n`).

pub use crate::i18n::format_interval;
