//! What can be wrong with a spreadsheet (the roster and supply-chain CSV files) before its
//! figures are checked: a cell that is not the kind of value its column holds, or a file whose
//! header is not the one the format needs. As data, so the app can say it in the words of its
//! message catalogue; the [`Display`](fmt::Display) text is the command line's.

use std::fmt;

use super::roster_csv::ROSTER_HEADER;
use super::supply_chain_csv::SUPPLY_CHAIN_HEADER;

/// A cell that could not be read: says what belongs there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellProblem {
    Empty,
    NotAnAmount,
    NotAWholeNumber,
    NotANumber,
    NotYesOrNo,
    NotANicCategory,
}

impl fmt::Display for CellProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CellProblem::Empty => "This cell is empty; fill it in.",
            CellProblem::NotAnAmount => "Enter an amount in pounds, like 32000 or £32,000.50.",
            CellProblem::NotAWholeNumber => "Enter a whole number, like 12.",
            CellProblem::NotANumber => "Enter a number, like 60 or 0.25.",
            CellProblem::NotYesOrNo => "Enter yes or no.",
            CellProblem::NotANicCategory => "Enter one of the NIC category letters A, M, H, Z or X.",
        })
    }
}

/// Which file format a file problem is about: each has its own columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvFile {
    Roster,
    Firms,
}

impl CsvFile {
    /// The file's columns, as its header line.
    pub fn header(self) -> &'static str {
        match self {
            CsvFile::Roster => ROSTER_HEADER,
            CsvFile::Firms => SUPPLY_CHAIN_HEADER,
        }
    }
}

/// A problem with a file as a whole: nothing in it can be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvFileProblem {
    /// Not CSV text; the csv reader's own words, which only the command line shows.
    Unreadable(String),
    /// Header names that are not columns of the format (a misspelt column is not ignored).
    UnknownColumns { file: CsvFile, unknown: Vec<String> },
    /// Required columns the header does not have.
    MissingColumns { file: CsvFile, missing: Vec<&'static str> },
}

impl fmt::Display for CsvFileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CsvFileProblem::Unreadable(detail) => write!(f, "The file could not be read: {detail}"),
            CsvFileProblem::UnknownColumns { file, unknown } => {
                let columns = match file {
                    CsvFile::Roster => "the roster's columns",
                    CsvFile::Firms => "the columns",
                };
                write!(f, "Unknown column(s) {}: {columns} are {}.", unknown.join(", "), file.header())
            }
            CsvFileProblem::MissingColumns { file, missing } => {
                let (needs, columns) = match file {
                    CsvFile::Roster => ("The roster needs", "its columns"),
                    CsvFile::Firms => ("The file needs", "the columns"),
                };
                write!(f, "{needs} the column(s) {}: {columns} are {}.", missing.join(", "), file.header())
            }
        }
    }
}
