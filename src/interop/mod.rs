//! Files shared with other programs: Anki import files, and review logs in the CSV format
//! FSRS tools read.

pub mod anki;
pub mod revlog_csv;
