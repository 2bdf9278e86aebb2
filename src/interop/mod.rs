//! Files shared with other programs: Anki import files to write, Anki and Quizlet exports
//! to read, and review logs in the CSV format FSRS tools read.

pub mod anki;
pub mod flashcards;
pub mod import_file;
pub mod revlog_csv;
