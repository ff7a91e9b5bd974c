//! The engine's problems with an estimate, a roster or a file of firms, in the words of the
//! message catalogue: the engine reports each problem as data (its own English is for the
//! command line), and this is the one place that words it for the page, with the values the user
//! entered formatted by [`crate::format`] (issue 5: all user-facing text from one catalogue, so a
//! Welsh one can be added as data).

use furlough_engine::estimate::{CellProblem, CsvFile, CsvFileProblem, RosterProblem, ScenarioProblem, SCENARIO_VERSION};
use furlough_engine::{Money, MoneyError};
use rust_decimal::Decimal;

use crate::format;
use crate::messages::{
    text, text_count, text_with, EstimateProblemText as Estimate, FileProblemText as File, SchemeText,
};

/// A problem with a scenario's field, as the page says it.
pub fn scenario_problem(problem: &ScenarioProblem) -> String {
    use ScenarioProblem::*;
    let entered_count = |id: Estimate, entered: &u32| text_with(id, &[("entered", &whole(*entered))]);
    let entered_money = |id: Estimate, entered: Money| text_with(id, &[("entered", &format::money(entered))]);
    let entered_number = |id: Estimate, entered: Decimal| text_with(id, &[("entered", &format::decimal(entered))]);
    match problem {
        WrongVersion { found } => text_with(
            Estimate::WrongVersion,
            &[("found", &whole(*found)), ("version", &whole(SCENARIO_VERSION))],
        ),
        TaxYearNotHeld { held, chosen } => {
            let held: Vec<String> = held.iter().map(ToString::to_string).collect();
            let chosen = chosen.map(|year| year.to_string()).unwrap_or_default();
            text_with(Estimate::TaxYearNotHeld, &[("years", &list(&held)), ("chosen", &chosen)])
        }
        Incomplete => text(Estimate::Incomplete).to_string(),
        Calculation(error) => calculation_problem(*error),
        Input(_) => text(Estimate::InputUnreadable).to_string(),
        Cell(problem) => cell_problem(*problem),

        NoGroups => text(Estimate::NoGroups).to_string(),
        NoEmployees => text(Estimate::NoEmployees).to_string(),
        WorkforceTooLarge { headcount } => {
            text_with(Estimate::WorkforceTooLarge, &[("headcount", &format::count(*headcount))])
        }
        EmployeesMissing => text(Estimate::EmployeesMissing).to_string(),
        GroupTooLarge { entered } => entered_count(Estimate::GroupTooLarge, entered),
        AnnualPayMissing => text(Estimate::AnnualPayMissing).to_string(),
        AnnualPayNotPositive => text(Estimate::AnnualPayNotPositive).to_string(),
        AnnualPayTooHigh { entered } => entered_money(Estimate::AnnualPayTooHigh, *entered),
        AnnualPayNotInPence => text(Estimate::AnnualPayNotInPence).to_string(),
        AgeOutOfRange { entered } => entered_count(Estimate::AgeOutOfRange, entered),
        ServiceTooLong { age, most, entered } => text_with(
            Estimate::ServiceTooLong,
            &[
                ("most", &whole(*most)),
                ("age", &whole(*age)),
                ("entered", &whole(*entered)),
            ],
        ),
        NicCategoryTooOld { category, age } => text_with(
            Estimate::NicCategoryTooOld,
            &[
                ("category", category.letter()),
                ("description", text(SchemeText::NicCategoryDescription(*category))),
                ("age", &whole(*age)),
            ],
        ),

        LostOutputMissing => text(Estimate::LostOutputMissing).to_string(),
        LostOutputOutOfRange { entered } => entered_number(Estimate::LostOutputOutOfRange, *entered),
        ShutdownWeeksMissing => text(Estimate::ShutdownWeeksMissing).to_string(),
        ShutdownWeeksOutOfRange { entered } => entered_count(Estimate::ShutdownWeeksOutOfRange, entered),

        FloorOutOfRange { entered } => entered_number(Estimate::FloorOutOfRange, *entered),
        GovRateAboveFloor { floor, entered } => text_with(
            Estimate::GovRateAboveFloor,
            &[("floor", &format::percent(*floor)), ("entered", &format::decimal(*entered))],
        ),
        MonthlyCapOutOfRange { entered } => entered_money(Estimate::MonthlyCapOutOfRange, *entered),
        MonthlyCapNotInPence => text(Estimate::MonthlyCapNotInPence).to_string(),
        TopUpOutOfRange { entered } => entered_number(Estimate::TopUpOutOfRange, *entered),
        SchemeWeeksOutOfRange { entered } => entered_count(Estimate::SchemeWeeksOutOfRange, entered),

        CashReservesOutOfRange { entered } => entered_money(Estimate::CashReservesOutOfRange, *entered),
        CashReservesNotInPence => text(Estimate::CashReservesNotInPence).to_string(),
        CashBufferOutOfRange { entered } => entered_number(Estimate::CashBufferOutOfRange, *entered),
        WeeklyRevenueNotPositive => text(Estimate::WeeklyRevenueNotPositive).to_string(),
        WeeklyRevenueOutOfRange { entered } => entered_money(Estimate::WeeklyRevenueOutOfRange, *entered),
        WeeklyRevenueNotInPence => text(Estimate::WeeklyRevenueNotInPence).to_string(),
        LabourShareOutOfRange { entered } => entered_number(Estimate::LabourShareOutOfRange, *entered),
        MarginOutOfRange { entered } => entered_number(Estimate::MarginOutOfRange, *entered),
        VariableShareOutOfRange { entered } => entered_number(Estimate::VariableShareOutOfRange, *entered),
        LabourPlusMarginAboveOne { labour_share, margin } => text_with(
            Estimate::LabourPlusMarginAboveOne,
            &[("labour_share", &format::decimal(*labour_share)), ("margin", &format::decimal(*margin))],
        ),
        RevenueBelowPayroll { revenue, payroll } => text_with(
            Estimate::RevenueBelowPayroll,
            &[("revenue", &format::money(*revenue)), ("payroll", &format::money(*payroll))],
        ),
    }
}

/// A calculation that could not be done. Validation keeps amounts far from overflow, so this is
/// only said instead of a crash.
pub fn calculation_problem(error: MoneyError) -> String {
    text(match error {
        MoneyError::Overflow => Estimate::CalculationOverflow,
        MoneyError::DivisionByZero => Estimate::CalculationDividedByZero,
    })
    .to_string()
}

/// A problem with a roster or one of its rows.
pub fn roster_problem(problem: &RosterProblem) -> String {
    match problem {
        RosterProblem::File(problem) => file_problem(problem),
        RosterProblem::Cell(problem) => cell_problem(*problem),
        RosterProblem::Person(problem) => scenario_problem(problem),
        RosterProblem::MoreProblems(more) => text_count(File::MoreProblemsOne, File::MoreProblems, *more),
        RosterProblem::NoEmployees => text(File::RosterNoEmployees).to_string(),
    }
}

/// A problem with a file as a whole. The columns are named as the file must spell them.
pub fn file_problem(problem: &CsvFileProblem) -> String {
    match problem {
        // The csv reader's words are English; the page says what to do instead.
        CsvFileProblem::Unreadable(_) => text(File::FileUnreadable).to_string(),
        CsvFileProblem::UnknownColumns { file, unknown } => {
            let id = match file {
                CsvFile::Roster => File::RosterUnknownColumns,
                CsvFile::Firms => File::FirmsUnknownColumns,
            };
            text_with(id, &[("unknown", &unknown.join(", ")), ("columns", file.header())])
        }
        CsvFileProblem::MissingColumns { file, missing } => {
            let id = match file {
                CsvFile::Roster => File::RosterMissingColumns,
                CsvFile::Firms => File::FirmsMissingColumns,
            };
            text_with(id, &[("missing", &missing.join(", ")), ("columns", file.header())])
        }
    }
}

fn cell_problem(problem: CellProblem) -> String {
    text(match problem {
        CellProblem::Empty => File::CellEmpty,
        CellProblem::NotAnAmount => File::CellNotAnAmount,
        CellProblem::NotAWholeNumber => File::CellNotAWholeNumber,
        CellProblem::NotANumber => File::CellNotANumber,
        CellProblem::NotYesOrNo => File::CellNotYesOrNo,
        CellProblem::NotANicCategory => File::CellNotANicCategory,
    })
    .to_string()
}

/// A number of people, years or weeks: `1,000`.
fn whole(n: u32) -> String {
    format::count(u64::from(n))
}

/// `a`, `a and b`, `a, b and c`.
fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), text(Estimate::ListAnd)),
    }
}

#[cfg(test)]
mod tests;
