//! Each thing that can be wrong with a scenario, with the values the user entered, as data: the
//! engine's own English ([`Display`](fmt::Display)) is what the command line prints, and the app
//! turns each problem into the text of its message catalogue, so that a Welsh translation can be
//! added there without the engine knowing (issue 5: all user-facing text from one catalogue).
//! The ranges come from spec "Inputs" and "Interfaces" (bad input names the field).

use std::fmt;

use rust_decimal::Decimal;

use super::csv_problems::CellProblem;
use super::scenario::SCENARIO_VERSION;
use crate::money::{Money, MoneyError};
use crate::payroll::{NicCategory, TaxYear};

/// What is wrong with one field of a scenario (or with the whole of it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScenarioProblem {
    // The scenario as a whole.
    WrongVersion { found: u32 },
    TaxYearNotHeld { held: Vec<TaxYear>, chosen: Option<TaxYear> },
    /// Never reported with other problems: a required value is missing without a message.
    Incomplete,
    /// Validation keeps every amount far below overflow, so this is an impossible failure
    /// reported as a message instead of a crash.
    Calculation(MoneyError),
    /// Only the command line reads scenarios as JSON, so this keeps the reader's own words
    /// (serde's, for a wrong type); the app builds its scenarios itself and never meets one.
    Input(String),
    /// A spreadsheet cell that is not the kind of value its column holds.
    Cell(CellProblem),

    // The workforce (spec "Inputs": groups of employees).
    NoGroups,
    NoEmployees,
    WorkforceTooLarge { headcount: u64 },
    EmployeesMissing,
    GroupTooLarge { entered: u32 },
    AnnualPayMissing,
    AnnualPayNotPositive,
    AnnualPayTooHigh { entered: Money },
    AnnualPayNotInPence,
    AgeOutOfRange { entered: u32 },
    /// `most` is the age less the earliest working age (15).
    ServiceTooLong { age: u32, most: u32, entered: u32 },
    NicCategoryTooOld { category: NicCategory, age: u32 },

    // The shutdown.
    LostOutputMissing,
    LostOutputOutOfRange { entered: Decimal },
    ShutdownWeeksMissing,
    ShutdownWeeksOutOfRange { entered: u32 },

    // The scheme.
    FloorOutOfRange { entered: Decimal },
    GovRateAboveFloor { floor: Decimal, entered: Decimal },
    MonthlyCapOutOfRange { entered: Money },
    MonthlyCapNotInPence,
    TopUpOutOfRange { entered: Decimal },
    SchemeWeeksOutOfRange { entered: u32 },

    // The firm's finances.
    CashReservesOutOfRange { entered: Money },
    CashReservesNotInPence,
    CashBufferOutOfRange { entered: Decimal },
    WeeklyRevenueNotPositive,
    WeeklyRevenueOutOfRange { entered: Money },
    WeeklyRevenueNotInPence,
    LabourShareOutOfRange { entered: Decimal },
    MarginOutOfRange { entered: Decimal },
    VariableShareOutOfRange { entered: Decimal },
    LabourPlusMarginAboveOne { labour_share: Decimal, margin: Decimal },
    /// Revenue less the margin leaves less than the payroll (spec "Method", step 4).
    RevenueBelowPayroll { revenue: Money, payroll: Money },
}

impl From<CellProblem> for ScenarioProblem {
    fn from(problem: CellProblem) -> ScenarioProblem {
        ScenarioProblem::Cell(problem)
    }
}

impl From<MoneyError> for ScenarioProblem {
    fn from(error: MoneyError) -> ScenarioProblem {
        ScenarioProblem::Calculation(error)
    }
}

impl fmt::Display for ScenarioProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ScenarioProblem::*;
        match self {
            WrongVersion { found } => write!(
                f,
                "This scenario is in format version {found}; this calculator reads version {SCENARIO_VERSION}. \
                 Re-enter it, or open it with the calculator that saved it."
            ),
            TaxYearNotHeld { held, chosen } => {
                let held: Vec<String> = held.iter().map(ToString::to_string).collect();
                let chosen = chosen.map(|year| year.to_string()).unwrap_or_default();
                write!(
                    f,
                    "We hold payroll thresholds for {} only, so the tax year must be one of those (you chose {chosen}).",
                    held.join(" and ")
                )
            }
            Incomplete => f.write_str("The scenario is incomplete."),
            Calculation(error) => write!(f, "The figures could not be calculated: {error}"),
            Input(message) => f.write_str(message),
            Cell(problem) => problem.fmt(f),

            NoGroups => f.write_str("Add at least one group of employees: how many people and their annual pay."),
            NoEmployees => f.write_str("The workforce has no employees: enter at least one person in a group."),
            WorkforceTooLarge { headcount } => write!(
                f,
                "The workforce adds up to {headcount} people; the calculator handles up to 10,000,000 (more than any UK employer)."
            ),
            EmployeesMissing => f.write_str("Enter how many employees are in this group."),
            GroupTooLarge { entered } => {
                write!(f, "A group can have at most 1,000,000 employees; you entered {entered}.")
            }
            AnnualPayMissing => {
                f.write_str("Enter one person's annual pay before tax, in pounds (for example 32000).")
            }
            AnnualPayNotPositive => f.write_str(
                "Annual pay must be more than £0: enter one person's yearly pay before tax, for example 32000.",
            ),
            AnnualPayTooHigh { entered } => write!(
                f,
                "Annual pay must be at most £10,000,000 a year per person; you entered £{entered}."
            ),
            AnnualPayNotInPence => not_in_pence(f, "Annual pay"),
            AgeOutOfRange { entered } => write!(
                f,
                "Age must be between 16 and 99 (the age at the start of the shutdown; it sets redundancy pay); you entered {entered}."
            ),
            ServiceTooLong { age, most, entered } => write!(
                f,
                "Years of service can be at most the age minus 15 ({most} for someone aged {age}: nobody starts work \
                 before 15); you entered {entered}."
            ),
            NicCategoryTooOld { category, age } => write!(
                f,
                "NIC category {} is for employees {}, but the age given is {age}: use category A, or correct the age.",
                category.letter(),
                category.description()
            ),

            LostOutputMissing => {
                f.write_str("Enter the share of normal output lost during the shutdown, from 0 to 100 (%).")
            }
            LostOutputOutOfRange { entered } => write!(
                f,
                "Lost output must be between 0 and 100 (% of normal output lost); you entered {}.",
                entered.normalize()
            ),
            ShutdownWeeksMissing => {
                f.write_str("Enter how many weeks the shutdown is expected to last, from 1 to 104.")
            }
            ShutdownWeeksOutOfRange { entered } => write!(
                f,
                "The shutdown must last from 1 to 104 weeks (two years); you entered {entered}."
            ),

            FloorOutOfRange { entered } => write!(
                f,
                "The employee floor must be more than 0 and at most 100 (the % of pay furloughed staff receive); you entered {}.",
                entered.normalize()
            ),
            GovRateAboveFloor { floor, entered } => write!(
                f,
                "The government rate must be between 0 and the employee floor ({}%): the government pays part of the floor \
                 and the firm the rest. You entered {}.",
                floor.normalize(),
                entered.normalize()
            ),
            MonthlyCapOutOfRange { entered } => out_of_range(f, "The monthly cap", "£0", "£100,000", *entered),
            MonthlyCapNotInPence => not_in_pence(f, "The monthly cap"),
            TopUpOutOfRange { entered } => write!(
                f,
                "The top-up must be between 0 and 100 (the % of full pay the firm tops furloughed staff up to; 0 means no \
                 top-up); you entered {}.",
                entered.normalize()
            ),
            SchemeWeeksOutOfRange { entered } => write!(
                f,
                "The scheme's length must be from 1 to 104 weeks, or empty for the whole shutdown; you entered {entered}."
            ),

            CashReservesOutOfRange { entered } => out_of_range(
                f,
                "Cash reserves",
                "£0 (enter 0 if the firm is overdrawn)",
                "£1,000,000,000,000",
                *entered,
            ),
            CashReservesNotInPence => not_in_pence(f, "Cash reserves"),
            CashBufferOutOfRange { entered } => write!(
                f,
                "The cash buffer must be between 0 and 3,650 days (how many days of normal spending the firm's cash covers); you entered {}.",
                entered.normalize()
            ),
            WeeklyRevenueNotPositive => f.write_str(
                "Weekly revenue must be more than £0; leave it empty to estimate it from the payroll.",
            ),
            WeeklyRevenueOutOfRange { entered } => {
                out_of_range(f, "Weekly revenue", "£0", "£100,000,000,000", *entered)
            }
            WeeklyRevenueNotInPence => not_in_pence(f, "Weekly revenue"),
            LabourShareOutOfRange { entered } => write!(
                f,
                "The labour cost share must be more than 0 and at most 1 (the fraction of revenue spent on pay, e.g. 0.25 for \
                 a quarter); you entered {}.",
                entered.normalize()
            ),
            MarginOutOfRange { entered } => write!(
                f,
                "The operating margin must be between -0.5 and 0.5 (profit as a fraction of revenue, e.g. 0.03 for 3%); you entered {}.",
                entered.normalize()
            ),
            VariableShareOutOfRange { entered } => write!(
                f,
                "The variable cost share must be between 0 and 1 (the fraction of non-pay costs that falls with output, e.g. \
                 0.75); you entered {}.",
                entered.normalize()
            ),
            LabourPlusMarginAboveOne { labour_share, margin } => write!(
                f,
                "The labour cost share ({}) plus the operating margin ({}) can't be more than 1: pay is part of the firm's costs, \
                 and costs plus profit make up revenue.",
                labour_share.normalize(),
                margin.normalize()
            ),
            RevenueBelowPayroll { revenue, payroll } => write!(
                f,
                "Weekly revenue of £{revenue}, less the operating margin, does not cover the weekly payroll of £{payroll} \
                 (pay, employer NIC and pension): check the revenue, the margin or the pay."
            ),
        }
    }
}

fn out_of_range(f: &mut fmt::Formatter<'_>, what: &str, low: &str, high: &str, entered: Money) -> fmt::Result {
    write!(f, "{what} must be between {low} and {high}; you entered £{entered}.")
}

fn not_in_pence(f: &mut fmt::Formatter<'_>, what: &str) -> fmt::Result {
    write!(f, "{what} must be in pounds and pence, with at most 2 decimal places.")
}
