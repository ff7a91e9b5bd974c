//! Spreadsheets in and out: a box to paste a CSV into (or a file to choose, or a template to
//! start from), the list of its rows left out, and results saved as a CSV file. Everything
//! stays in the browser.

mod csv_input;
mod download_button;
mod row_problems;

pub use csv_input::CsvInput;
pub use download_button::{csv_data_url, download_button, DownloadButtonProps};
pub use row_problems::{RowProblems, RowProblemsProps};
