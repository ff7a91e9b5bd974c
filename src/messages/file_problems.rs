//! What is wrong with a spreadsheet the user gives (a roster, a list of firms) before its
//! figures are checked: a cell that is not the kind of value its column holds, or a file whose
//! columns are not the format's. Column names stay as the file must spell them.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileProblemText {
    CellEmpty,
    CellNotAnAmount,
    CellNotAWholeNumber,
    CellNotANumber,
    CellNotYesOrNo,
    CellNotANicCategory,
    FileUnreadable,
    RosterUnknownColumns,
    RosterMissingColumns,
    FirmsUnknownColumns,
    FirmsMissingColumns,
    RosterNoEmployees,
    MoreProblemsOne,
    MoreProblems,
}

pub(super) fn english(id: FileProblemText) -> &'static str {
    use FileProblemText::*;
    match id {
        CellEmpty => "This cell is empty; fill it in.",
        CellNotAnAmount => "Enter an amount in pounds, like 32000 or £32,000.50.",
        CellNotAWholeNumber => "Enter a whole number, like 12.",
        CellNotANumber => "Enter a number, like 60 or 0.25.",
        CellNotYesOrNo => "Enter yes or no.",
        CellNotANicCategory => "Enter one of the NIC category letters A, M, H, Z or X.",
        FileUnreadable => "The file could not be read: save it from your spreadsheet as a CSV file and try again.",
        RosterUnknownColumns => "Unknown column(s) {unknown}: the roster's columns are {columns}.",
        RosterMissingColumns => "The roster needs the column(s) {missing}: its columns are {columns}.",
        FirmsUnknownColumns => "Unknown column(s) {unknown}: the columns are {columns}.",
        FirmsMissingColumns => "The file needs the column(s) {missing}: the columns are {columns}.",
        RosterNoEmployees => "The roster has no employees: add one row per employee under the header.",
        MoreProblemsOne => "… and 1 more problem.",
        MoreProblems => "… and {count} more problems.",
    }
}
