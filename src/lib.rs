//! factdeck: learn the facts of a news article with spaced repetition.
//!
//! The core (`deck`, `draft`, `grade`, `log`, `quiz`, `reading`, `schedule`, `store`,
//! `session`, `stats`) knows nothing about the window; `ui` draws it with egui and only
//! talks to the core through `session`.

pub mod bounded_file;
pub mod cli;
pub mod clock;
pub mod deck;
pub mod draft;
pub mod durable_file;
pub mod export;
pub mod grade;
pub mod i18n;
pub mod interop;
pub mod log;
pub mod paths;
pub mod quiz;
pub mod reading;
pub mod schedule;
pub mod session;
pub mod stats;
pub mod store;
pub mod terminal;
pub mod ui;
