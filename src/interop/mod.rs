//! Files shared with other programs: review logs in the CSV format FSRS tools read.

pub mod revlog_csv;
