//! Problems with rows of a CSV file (a roster, a list of firms): each names its row as a
//! spreadsheet numbers it, so the user can find it, and the rest of the file still counts.

use crate::messages::{text, text_with, CommonText};
use crate::state::FieldError;

/// How many row problems the error summary lists one by one; the rest are in the list under
/// the box, so the summary stays short enough to read.
pub const SUMMARY_ROWS: usize = 10;

/// A row left out of the calculation and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    /// The row (the file's line, notes included); 0 when the problem is not about one row.
    pub row: u64,
    /// The column's name in the file, or empty.
    pub column: String,
    pub message: String,
}

impl RowProblem {
    /// "Row 7, age: Enter a whole number, like 12."
    pub fn describe(&self) -> String {
        let row = self.row.to_string();
        match (self.row, self.column.as_str()) {
            (0, _) => self.message.clone(),
            (_, "") => text_with(CommonText::RowProblem, &[("row", &row), ("message", &self.message)]),
            (_, column) => text_with(
                CommonText::RowColumnProblem,
                &[("row", &row), ("column", column), ("message", &self.message)],
            ),
        }
    }
}

/// The error summary's entries for a file's row problems: the first few, each linking to the
/// box the file is in, then one entry linking to the full list.
pub fn summary_entries(problems: &[RowProblem], box_id: &str, list_id: &str) -> Vec<FieldError> {
    let mut entries: Vec<FieldError> = problems
        .iter()
        .take(SUMMARY_ROWS)
        .map(|problem| FieldError::new(box_id, problem.describe()))
        .collect();
    if problems.len() > SUMMARY_ROWS {
        entries.push(FieldError::new(list_id, text(CommonText::MoreRowProblems)));
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(row: u64, column: &str) -> RowProblem {
        RowProblem { row, column: column.into(), message: "Enter a whole number, like 12.".into() }
    }

    #[test]
    fn a_problem_names_its_row_and_column() {
        assert_eq!(problem(7, "age").describe(), "Row 7, age: Enter a whole number, like 12.");
        assert_eq!(problem(7, "").describe(), "Row 7: Enter a whole number, like 12.");
        assert_eq!(problem(0, "").describe(), "Enter a whole number, like 12.");
    }

    #[test]
    fn the_summary_lists_the_first_rows_and_links_to_the_full_list_for_the_rest() {
        let few: Vec<RowProblem> = (2..5).map(|row| problem(row, "age")).collect();
        let entries = summary_entries(&few, "box", "list");
        assert_eq!(entries.len(), 3);
        assert!(entries.iter().all(|entry| entry.field_id == "box"));

        let many: Vec<RowProblem> = (2..40).map(|row| problem(row, "age")).collect();
        let entries = summary_entries(&many, "box", "list");
        assert_eq!(entries.len(), SUMMARY_ROWS + 1);
        assert_eq!(entries[SUMMARY_ROWS].field_id, "list");
    }
}
