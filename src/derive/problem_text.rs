//! The engine's problems with an estimate, a roster or a file of firms, in the words of the
//! message catalogue: the engine reports each problem as data (its own English is for the
//! command line), and this is the one place that words it for the page, with the values the user
//! entered formatted by [`crate::format`] (issue 5: all user-facing text from one catalogue, so a
//! Welsh one can be added as data).

use furlough_engine::estimate::{limits, CellProblem, CsvFile, CsvFileProblem, RosterProblem, ScenarioProblem, SCENARIO_VERSION};
use furlough_engine::{Money, MoneyError};
use rust_decimal::Decimal;

use crate::format;
use crate::messages::{
    text, text_count, text_with, CommonText, EstimateProblemText, FileProblemText, SchemeText,
};

/// A problem with a scenario's field, as the page says it.
pub fn scenario_problem(problem: &ScenarioProblem) -> String {
    use ScenarioProblem::*;
    let entered_count = |id: EstimateProblemText, entered: u32| say(id, &[("entered", &whole(entered))]);
    let entered_money = |id: EstimateProblemText, entered: Money| say(id, &[("entered", &format::money(entered))]);
    let entered_number = |id: EstimateProblemText, entered: Decimal| say(id, &[("entered", &format::decimal(entered))]);
    match problem {
        WrongVersion { found } => say(
            EstimateProblemText::WrongVersion,
            &[("found", &whole(*found)), ("version", &whole(SCENARIO_VERSION))],
        ),
        TaxYearNotHeld { held, chosen } => {
            let held: Vec<String> = held.iter().map(|&year| format::tax_year(year)).collect();
            match chosen {
                Some(chosen) => say(
                    EstimateProblemText::TaxYearNotHeld,
                    &[("years", &list(&held)), ("chosen", &format::tax_year(*chosen))],
                ),
                None => say(EstimateProblemText::TaxYearsHeld, &[("years", &list(&held))]),
            }
        }
        Incomplete => say(EstimateProblemText::Incomplete, &[]),
        Calculation(error) => calculation_problem(*error),
        Input(_) => say(EstimateProblemText::InputUnreadable, &[]),
        Cell(problem) => cell_problem(*problem),

        NoGroups => say(EstimateProblemText::NoGroups, &[]),
        NoEmployees => say(EstimateProblemText::NoEmployees, &[]),
        WorkforceTooLarge { headcount } => {
            say(EstimateProblemText::WorkforceTooLarge, &[("headcount", &format::count(*headcount))])
        }
        EmployeesMissing => say(EstimateProblemText::EmployeesMissing, &[]),
        GroupTooLarge { entered } => entered_count(EstimateProblemText::GroupTooLarge, *entered),
        AnnualPayMissing => say(EstimateProblemText::AnnualPayMissing, &[]),
        AnnualPayNotPositive => say(EstimateProblemText::AnnualPayNotPositive, &[]),
        AnnualPayTooHigh { entered } => entered_money(EstimateProblemText::AnnualPayTooHigh, *entered),
        AnnualPayNotInPence => say(EstimateProblemText::AnnualPayNotInPence, &[]),
        AgeOutOfRange { entered } => entered_count(EstimateProblemText::AgeOutOfRange, *entered),
        ServiceTooLong { age, most, entered } => say(
            EstimateProblemText::ServiceTooLong,
            &[
                ("most", &whole(*most)),
                ("age", &whole(*age)),
                ("entered", &whole(*entered)),
            ],
        ),
        NicCategoryTooOld { category, age } => say(
            EstimateProblemText::NicCategoryTooOld,
            &[
                ("category", category.letter()),
                ("description", text(SchemeText::NicCategoryDescription(*category))),
                ("age", &whole(*age)),
            ],
        ),

        LostOutputMissing => say(EstimateProblemText::LostOutputMissing, &[]),
        LostOutputOutOfRange { entered } => entered_number(EstimateProblemText::LostOutputOutOfRange, *entered),
        ShutdownWeeksMissing => say(EstimateProblemText::ShutdownWeeksMissing, &[]),
        ShutdownWeeksOutOfRange { entered } => entered_count(EstimateProblemText::ShutdownWeeksOutOfRange, *entered),

        FloorOutOfRange { entered } => entered_number(EstimateProblemText::FloorOutOfRange, *entered),
        GovRateAboveFloor { floor, entered } => say(
            EstimateProblemText::GovRateAboveFloor,
            &[("floor", &format::percent(*floor)), ("entered", &format::decimal(*entered))],
        ),
        MonthlyCapOutOfRange { entered } => entered_money(EstimateProblemText::MonthlyCapOutOfRange, *entered),
        MonthlyCapNotInPence => say(EstimateProblemText::MonthlyCapNotInPence, &[]),
        TopUpOutOfRange { entered } => entered_number(EstimateProblemText::TopUpOutOfRange, *entered),
        SchemeWeeksOutOfRange { entered } => entered_count(EstimateProblemText::SchemeWeeksOutOfRange, *entered),

        CashReservesOutOfRange { entered } => entered_money(EstimateProblemText::CashReservesOutOfRange, *entered),
        CashReservesNotInPence => say(EstimateProblemText::CashReservesNotInPence, &[]),
        CashBufferOutOfRange { entered } => entered_number(EstimateProblemText::CashBufferOutOfRange, *entered),
        WeeklyRevenueNotPositive => say(EstimateProblemText::WeeklyRevenueNotPositive, &[]),
        WeeklyRevenueOutOfRange { entered } => entered_money(EstimateProblemText::WeeklyRevenueOutOfRange, *entered),
        WeeklyRevenueNotInPence => say(EstimateProblemText::WeeklyRevenueNotInPence, &[]),
        LabourShareOutOfRange { entered } => entered_number(EstimateProblemText::LabourShareOutOfRange, *entered),
        MarginOutOfRange { entered } => entered_number(EstimateProblemText::MarginOutOfRange, *entered),
        VariableShareOutOfRange { entered } => entered_number(EstimateProblemText::VariableShareOutOfRange, *entered),
        LabourPlusMarginAboveOne { labour_share, margin } => say(
            EstimateProblemText::LabourPlusMarginAboveOne,
            &[("labour_share", &format::decimal(*labour_share)), ("margin", &format::decimal(*margin))],
        ),
        RevenueBelowPayroll { revenue, payroll } => say(
            EstimateProblemText::RevenueBelowPayroll,
            &[("revenue", &format::money(*revenue)), ("payroll", &format::money(*payroll))],
        ),
    }
}

/// A calculation that could not be done. Validation keeps amounts far from overflow, so this is
/// only said instead of a crash.
pub fn calculation_problem(error: MoneyError) -> String {
    text(match error {
        MoneyError::Overflow => EstimateProblemText::CalculationOverflow,
        MoneyError::DivisionByZero => EstimateProblemText::CalculationDividedByZero,
    })
    .to_string()
}

/// A problem with a roster or one of its rows.
pub fn roster_problem(problem: &RosterProblem) -> String {
    match problem {
        RosterProblem::File(problem) => file_problem(problem),
        RosterProblem::Cell(problem) => cell_problem(*problem),
        RosterProblem::Person(problem) => scenario_problem(problem),
        RosterProblem::MoreProblems(more) => text_count(FileProblemText::MoreProblemsOne, FileProblemText::MoreProblems, *more),
        RosterProblem::NoEmployees => text(FileProblemText::RosterNoEmployees).to_string(),
    }
}

/// A problem with a file as a whole. The columns are named as the file must spell them, with a
/// space after each comma so the list wraps on a narrow screen (the header line as it is would
/// be one unbreakable word, wider than the page).
pub fn file_problem(problem: &CsvFileProblem) -> String {
    let columns = |file: &CsvFile| file.header().replace(',', ", ");
    match problem {
        // The csv reader's words are English; the page says what to do instead.
        CsvFileProblem::Unreadable(_) => text(FileProblemText::FileUnreadable).to_string(),
        CsvFileProblem::UnknownColumns { file, unknown } => {
            let id = match file {
                CsvFile::Roster => FileProblemText::RosterUnknownColumns,
                CsvFile::Firms => FileProblemText::FirmsUnknownColumns,
            };
            text_with(id, &[("unknown", &unknown.join(", ")), ("columns", &columns(file))])
        }
        CsvFileProblem::MissingColumns { file, missing } => {
            let id = match file {
                CsvFile::Roster => FileProblemText::RosterMissingColumns,
                CsvFile::Firms => FileProblemText::FirmsMissingColumns,
            };
            text_with(id, &[("missing", &missing.join(", ")), ("columns", &columns(file))])
        }
    }
}

fn cell_problem(problem: CellProblem) -> String {
    text(match problem {
        CellProblem::Empty => FileProblemText::CellEmpty,
        CellProblem::NotAnAmount => FileProblemText::CellNotAnAmount,
        CellProblem::NotAWholeNumber => FileProblemText::CellNotAWholeNumber,
        CellProblem::NotANumber => FileProblemText::CellNotANumber,
        CellProblem::NotYesOrNo => FileProblemText::CellNotYesOrNo,
        CellProblem::NotANicCategory => FileProblemText::CellNotANicCategory,
    })
    .to_string()
}

/// A message about a scenario's figures, with the engine's bounds (`limits`) filled in wherever
/// it states them, so the page says the bounds the engine enforces.
fn say(id: EstimateProblemText, values: &[(&str, &str)]) -> String {
    let pounds = |amount: i64| format::money_whole_pounds(Money::pounds(amount));
    let bounds = [
        ("max_headcount", format::count(limits::MAX_HEADCOUNT)),
        ("max_group", whole(limits::MAX_GROUP_EMPLOYEES)),
        ("max_pay", pounds(limits::MAX_ANNUAL_PAY_POUNDS)),
        ("youngest", whole(limits::YOUNGEST)),
        ("oldest", whole(limits::OLDEST)),
        ("earliest_age", whole(limits::EARLIEST_WORKING_AGE)),
        ("max_weeks", whole(limits::MAX_WEEKS)),
        ("max_cap", pounds(limits::MAX_MONTHLY_CAP_POUNDS)),
        ("max_cash", pounds(limits::MAX_CASH_POUNDS)),
        ("max_revenue", pounds(limits::MAX_WEEKLY_REVENUE_POUNDS)),
        ("max_buffer_days", whole(limits::MAX_CASH_BUFFER_DAYS)),
    ];
    let all: Vec<(&str, &str)> =
        values.iter().copied().chain(bounds.iter().map(|(name, value)| (*name, value.as_str()))).collect();
    text_with(id, &all)
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
        [rest @ .., last] => {
            format!("{} {} {last}", rest.join(text(CommonText::ListSeparator)), text(EstimateProblemText::ListAnd))
        }
    }
}

#[cfg(test)]
mod tests;
