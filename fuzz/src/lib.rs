//! factdeck's core (decks, scheduling, storage, sessions), compiled from the main crate's
//! own source files but without the window. The fuzz targets exercise exactly the code the
//! program runs, and the instrumented build needs no eframe, which on a two-core machine
//! turns an hour's build into minutes.
//!
//! A new core module that these modules use must be listed here too.

#[path = "../../src/bounded_file.rs"]
pub mod bounded_file;
#[path = "../../src/clock.rs"]
pub mod clock;
#[path = "../../src/deck/mod.rs"]
pub mod deck;
#[path = "../../src/draft/mod.rs"]
pub mod draft;
#[path = "../../src/durable_file.rs"]
pub mod durable_file;
#[path = "../../src/grade/mod.rs"]
pub mod grade;
#[path = "../../src/i18n/mod.rs"]
pub mod i18n;
#[path = "../../src/interop/mod.rs"]
pub mod interop;
#[path = "../../src/log.rs"]
pub mod log;
#[path = "../../src/paths.rs"]
pub mod paths;
#[path = "../../src/quiz/mod.rs"]
pub mod quiz;
#[path = "../../src/reading/mod.rs"]
pub mod reading;
#[path = "../../src/schedule/mod.rs"]
pub mod schedule;
#[path = "../../src/session/mod.rs"]
pub mod session;
#[path = "../../src/stats/mod.rs"]
pub mod stats;
#[path = "../../src/store/mod.rs"]
pub mod store;
