use std::str::FromStr;

use furlough_engine::payroll::{NicCategory, TaxYear};

use super::*;

fn pounds(text: &str) -> Money {
    Money::new(number(text))
}

fn number(text: &str) -> Decimal {
    Decimal::from_str(text).expect("a test number")
}

/// One of every scenario problem, with values that show whether they are formatted.
fn every_scenario_problem() -> Vec<ScenarioProblem> {
    use ScenarioProblem::*;
    let year = |text: &str| text.parse::<TaxYear>().expect("a test tax year");
    vec![
        WrongVersion { found: 9 },
        TaxYearNotHeld { held: vec![year("2024-25"), year("2025-26")], chosen: Some(year("2019-20")) },
        Incomplete,
        Calculation(MoneyError::Overflow),
        Calculation(MoneyError::DivisionByZero),
        Input("{not json".into()),
        Cell(CellProblem::NotAWholeNumber),
        NoGroups,
        NoEmployees,
        WorkforceTooLarge { headcount: 11_000_000 },
        EmployeesMissing,
        GroupTooLarge { entered: 2_000_000 },
        AnnualPayMissing,
        AnnualPayNotPositive,
        AnnualPayTooHigh { entered: pounds("12000000") },
        AnnualPayNotInPence,
        AgeOutOfRange { entered: 120 },
        ServiceTooLong { age: 30, most: 15, entered: 20 },
        NicCategoryTooOld { category: NicCategory::M, age: 40 },
        LostOutputMissing,
        LostOutputOutOfRange { entered: number("150") },
        ShutdownWeeksMissing,
        ShutdownWeeksOutOfRange { entered: 200 },
        FloorOutOfRange { entered: number("150") },
        GovRateAboveFloor { floor: number("80"), entered: number("90") },
        MonthlyCapOutOfRange { entered: pounds("200000") },
        MonthlyCapNotInPence,
        TopUpOutOfRange { entered: number("-1") },
        SchemeWeeksOutOfRange { entered: 0 },
        CashReservesOutOfRange { entered: pounds("-5") },
        CashReservesNotInPence,
        CashBufferOutOfRange { entered: number("4000") },
        WeeklyRevenueNotPositive,
        WeeklyRevenueOutOfRange { entered: pounds("1000000000000") },
        WeeklyRevenueNotInPence,
        LabourShareOutOfRange { entered: number("2") },
        MarginOutOfRange { entered: number("0.9") },
        VariableShareOutOfRange { entered: number("3") },
        LabourPlusMarginAboveOne { labour_share: number("0.8"), margin: number("0.4") },
        RevenueBelowPayroll { revenue: pounds("100"), payroll: pounds("6627.7") },
    ]
}

fn every_file_problem() -> Vec<CsvFileProblem> {
    let mut problems = vec![CsvFileProblem::Unreadable("invalid UTF-8 {detail}".into())];
    for file in [CsvFile::Roster, CsvFile::Firms] {
        problems.push(CsvFileProblem::UnknownColumns { file, unknown: vec!["salary".into(), "staff".into()] });
        problems.push(CsvFileProblem::MissingColumns { file, missing: vec!["age", "years_service"] });
    }
    problems
}

fn every_roster_problem() -> Vec<RosterProblem> {
    let mut problems: Vec<RosterProblem> = every_file_problem().into_iter().map(RosterProblem::File).collect();
    problems.extend(
        [
            CellProblem::Empty,
            CellProblem::NotAnAmount,
            CellProblem::NotAWholeNumber,
            CellProblem::NotANumber,
            CellProblem::NotYesOrNo,
            CellProblem::NotANicCategory,
        ]
        .map(RosterProblem::Cell),
    );
    problems.extend(every_scenario_problem().into_iter().map(RosterProblem::Person));
    problems.extend([RosterProblem::MoreProblems(1), RosterProblem::MoreProblems(1_234), RosterProblem::NoEmployees]);
    problems
}

#[test]
fn every_problem_has_catalogue_text_with_no_blank_left_unfilled() {
    let texts: Vec<String> = every_scenario_problem()
        .iter()
        .map(scenario_problem)
        .chain(every_roster_problem().iter().map(roster_problem))
        .chain(every_file_problem().iter().map(file_problem))
        .collect();
    for text in texts {
        assert!(!text.trim().is_empty());
        assert!(!text.contains('{') && !text.contains('}'), "a blank is left in {text:?}");
    }
}

#[test]
fn amounts_entered_are_written_as_money_with_thousands_separators() {
    assert_eq!(
        scenario_problem(&ScenarioProblem::AnnualPayTooHigh { entered: pounds("12000000") }),
        "Annual pay must be at most £10,000,000 a year per person; you entered £12,000,000.00."
    );
    assert_eq!(
        scenario_problem(&ScenarioProblem::RevenueBelowPayroll { revenue: pounds("100"), payroll: pounds("6627.7") }),
        "Weekly revenue of £100.00, less the operating margin, does not cover the weekly payroll of £6,627.70 (pay, \
         employer NIC and pension): check the revenue, the margin or the pay."
    );
    assert!(scenario_problem(&ScenarioProblem::CashReservesOutOfRange { entered: pounds("-5") })
        .ends_with("you entered -£5.00."));
}

#[test]
fn counts_and_numbers_entered_are_formatted_in_one_place() {
    assert_eq!(
        scenario_problem(&ScenarioProblem::WorkforceTooLarge { headcount: 11_000_000 }),
        "The workforce adds up to 11,000,000 people; the calculator handles up to 10,000,000 (more than any UK \
         employer)."
    );
    assert_eq!(
        scenario_problem(&ScenarioProblem::GovRateAboveFloor { floor: number("80.0"), entered: number("90") }),
        "The government rate must be between 0 and the employee floor (80%): the government pays part of the floor \
         and the firm the rest. You entered 90."
    );
    assert_eq!(
        scenario_problem(&ScenarioProblem::ServiceTooLong { age: 30, most: 15, entered: 20 }),
        "Years of service can be at most the age minus 15 (15 for someone aged 30: nobody starts work before 15); \
         you entered 20."
    );
    assert!(scenario_problem(&ScenarioProblem::CashBufferOutOfRange { entered: number("4000") })
        .ends_with("you entered 4,000."));
}

#[test]
fn the_tax_years_held_are_listed_in_words() {
    let year = |text: &str| text.parse::<TaxYear>().expect("a test tax year");
    let problem =
        ScenarioProblem::TaxYearNotHeld { held: vec![year("2024-25"), year("2025-26")], chosen: Some(year("2019-20")) };
    assert_eq!(
        scenario_problem(&problem),
        "We hold payroll thresholds for 2024 to 2025 and 2025 to 2026 only, so the tax year must be one of those \
         (you chose 2019 to 2020)."
    );
    let none_chosen = ScenarioProblem::TaxYearNotHeld { held: vec![year("2025-26")], chosen: None };
    assert_eq!(
        scenario_problem(&none_chosen),
        "We hold payroll thresholds for 2025 to 2026 only, so the tax year must be one of those."
    );
    let three = ["a", "b", "c"].map(String::from);
    assert_eq!(list(&three), "a, b and c");
}

#[test]
fn a_nic_category_for_younger_employees_is_described_from_the_catalogue() {
    assert_eq!(
        scenario_problem(&ScenarioProblem::NicCategoryTooOld { category: NicCategory::M, age: 40 }),
        "NIC category M is for employees under 21, but the age given is 40: use category A, or correct the age."
    );
}

#[test]
fn file_problems_name_the_columns_as_the_file_spells_them_in_a_list_that_wraps() {
    let unknown = vec!["company".into(), "staff".into()];
    let unknown = CsvFileProblem::UnknownColumns { file: CsvFile::Firms, unknown };
    assert_eq!(
        file_problem(&unknown),
        "Unknown column(s) company, staff: the columns are firm, employees, annual_pay, lost_output_pct, \
         shutdown_weeks, cash_reserves, cash_buffer_days, weekly_revenue, labour_cost_share, operating_margin, \
         variable_cost_share, age, years_service, nic_category, pension_enrolled."
    );
    let missing = CsvFileProblem::MissingColumns { file: CsvFile::Roster, missing: vec!["age", "years_service"] };
    assert_eq!(
        file_problem(&missing),
        "The roster needs the column(s) age, years_service: its columns are label, annual_pay, age, \
         years_service, nic_category, pension_enrolled."
    );
    let unreadable = CsvFileProblem::Unreadable("stream did not contain valid UTF-8".into());
    assert_eq!(file_problem(&unreadable), text(FileProblemText::FileUnreadable));
}

#[test]
fn problems_beyond_the_listed_ones_are_counted_with_one_said_in_the_singular() {
    assert_eq!(roster_problem(&RosterProblem::MoreProblems(1)), "… and 1 more problem.");
    assert_eq!(roster_problem(&RosterProblem::MoreProblems(1_234)), "… and 1,234 more problems.");
}

#[test]
fn where_the_formatting_agrees_the_page_says_what_the_command_line_says() {
    let problems = [
        ScenarioProblem::ShutdownWeeksOutOfRange { entered: 200 },
        ScenarioProblem::LostOutputOutOfRange { entered: number("150") },
        ScenarioProblem::AnnualPayNotPositive,
        ScenarioProblem::NicCategoryTooOld { category: NicCategory::H, age: 30 },
        ScenarioProblem::Cell(CellProblem::NotANicCategory),
    ];
    for problem in problems {
        assert_eq!(scenario_problem(&problem), problem.to_string());
    }
    for problem in [RosterProblem::NoEmployees, RosterProblem::Cell(CellProblem::Empty)] {
        assert_eq!(roster_problem(&problem), problem.to_string());
    }
}
