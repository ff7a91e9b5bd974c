//! Why a claim could not be calculated: the input field at fault and the rule it breaks, as a
//! [`ClaimProblem`] with its values, so the app can say it in its own words (and, one day, in
//! Welsh) while the CLI prints the English of [`ClaimProblem`]'s `Display`.

use std::fmt;

use chrono::NaiveDate;

use super::input::PayFrequency;
use crate::MoneyError;

/// A claim the engine refuses, naming the input field at fault (claim spec §7, §8). The field
/// names are those of the §7 input so the CLI, the app's form and the message all agree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimError {
    pub field: String,
    pub problem: ClaimProblem,
}

/// The rule a claim breaks (claim spec §2 unless said otherwise), with the dates and numbers
/// the message needs. Dates are the engine's: the app writes them out as people read them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClaimProblem {
    /// A required answer is missing (§7); the field says which, so the message to print is
    /// [`ClaimError::message`] ("Enter …"), not this variant's own `Display`.
    Missing,
    ClaimStartsBeforeScheme,
    ClaimEndsAfterScheme,
    ClaimEndsBeforeStart,
    FurloughEndsBeforeStart,
    /// Before July 2020 a claim ends by 30 June 2020.
    PhaseOneClaimPastJune,
    /// Before July 2020 a furlough lasts at least 21 days.
    PhaseOneFurloughTooShort,
    /// Flexible furlough (hours worked) began on 1 July 2020.
    HoursBeforeFlexibleFurlough,
    ClaimSpansTwoMonths,
    ClaimTooShort,
    /// The pay periods entered leave part of the furlough in the claim uncovered.
    PayPeriodsMissFurlough { first: NaiveDate, last: NaiveDate },
    /// Hours were entered for a pay period the pay period end dates do not have.
    HoursForUnknownPayPeriod { pay_period_end: NaiveDate },
    FurloughOutsideClaim,
    NoFurloughedPayPeriod { first: NaiveDate, last: NaiveDate },
    LastPayDateTooEarly,
    UsualHoursNotPositive { pay_period_end: NaiveDate },
    /// §2: the period before the claim and each period in it need an end date.
    PayPeriodEndsMissing,
    PayPeriodsOutOfOrder { earlier: NaiveDate, later: NaiveDate },
    PayPeriodTooLong { start: NaiveDate, end: NaiveDate, days: u64, frequency: PayFrequency },
    /// §4.2: statutory leave pay is taken out of the reference pay.
    LeavePayAboveTotal,
    LeaveDaysTooMany { days: u64, start: NaiveDate, end: NaiveDate },
    /// §4.2: pay is averaged over the days from the start of employment to the furlough.
    StartedAfterFurlough { furlough_began: NaiveDate },
    /// §4.3: the same period last year is outside the tables held.
    PayPeriodsTooFarBack,
    /// §6: NIC and pension thresholds are held for 2019-20 and 2020-21 only.
    PaymentDateOutsideTaxYears { payment_date: NaiveDate },
    StartDateContradictsAnswer { start: NaiveDate },
    UsualHoursMissing { pay_period_end: NaiveDate },
    WorkedHoursMissing { pay_period_end: NaiveDate },
    /// Arithmetic overflowed: only absurd amounts do that.
    AmountsTooLarge(MoneyError),
    /// Input the CLI's JSON reader could not use (its shape, not a scheme rule); the app builds
    /// claims from its form and never meets these.
    Unreadable(String),
}

impl ClaimError {
    pub fn new(field: impl Into<String>, problem: ClaimProblem) -> ClaimError {
        ClaimError { field: field.into(), problem }
    }

    /// A required field that was not given.
    pub fn missing(field: &str) -> ClaimError {
        ClaimError::new(field, ClaimProblem::Missing)
    }

    /// Input of the wrong shape (JSON reader and case files only).
    pub fn unreadable(field: impl Into<String>, message: impl Into<String>) -> ClaimError {
        ClaimError::new(field, ClaimProblem::Unreadable(message.into()))
    }

    /// The English message the CLI prints.
    pub fn message(&self) -> String {
        match &self.problem {
            ClaimProblem::Missing => format!("Enter {}", self.field.replace('_', " ")),
            problem => problem.to_string(),
        }
    }
}

impl fmt::Display for ClaimProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ClaimProblem::*;
        match self {
            Missing => f.write_str("A required answer is missing"),
            ClaimStartsBeforeScheme => f.write_str("The claim period cannot start before 1 March 2020"),
            ClaimEndsAfterScheme => f.write_str("The claim period cannot end after 30 September 2021"),
            ClaimEndsBeforeStart => f.write_str("The claim period cannot end before it starts"),
            FurloughEndsBeforeStart => f.write_str("The furlough cannot end before it starts"),
            PhaseOneClaimPastJune => f.write_str("A claim period starting before 1 July 2020 must end by 30 June 2020"),
            PhaseOneFurloughTooShort => f.write_str("Furlough before 1 July 2020 must last at least 21 days"),
            HoursBeforeFlexibleFurlough => f.write_str(
                "Flexible furlough started on 1 July 2020: a claim before then cannot include hours worked",
            ),
            ClaimSpansTwoMonths => {
                f.write_str("A claim period from 1 July 2020 must start and end in the same calendar month")
            }
            ClaimTooShort => f.write_str(
                "A claim period must be at least 7 days long, unless it starts on the 1st or ends on the last day of the month",
            ),
            PayPeriodsMissFurlough { first, last } => {
                write!(f, "The pay periods must cover every furloughed day of the claim, {first} to {last}")
            }
            HoursForUnknownPayPeriod { pay_period_end } => {
                write!(f, "Hours were given for a pay period ending {pay_period_end}, but no pay period ends then")
            }
            FurloughOutsideClaim => f.write_str("The furlough does not include any day of the claim period"),
            NoFurloughedPayPeriod { first, last } => {
                write!(f, "No pay period includes a furloughed day of the claim ({first} to {last})")
            }
            LastPayDateTooEarly => f.write_str("The last pay date is too early"),
            UsualHoursNotPositive { pay_period_end } => {
                write!(f, "Usual hours for the pay period ending {pay_period_end} must be more than 0")
            }
            PayPeriodEndsMissing => {
                f.write_str("Enter the end date of the pay period before the claim and of each pay period in it")
            }
            PayPeriodsOutOfOrder { earlier, later } => {
                write!(f, "Pay period end dates must be in order: {earlier} comes after {later}")
            }
            PayPeriodTooLong { start, end, days, frequency } => write!(
                f,
                "The pay period {start} to {end} is {days} days long, longer than a {} pay period",
                frequency.name()
            ),
            LeavePayAboveTotal => {
                f.write_str("Statutory leave pay cannot be more than the total pay in the reference period")
            }
            LeaveDaysTooMany { days, start, end } => {
                write!(f, "Statutory leave days must be fewer than the {days} days from {start} to {end}")
            }
            StartedAfterFurlough { furlough_began } => write!(
                f,
                "The employee must have started before furlough began on {furlough_began} to average their pay"
            ),
            PayPeriodsTooFarBack => f.write_str("The pay periods are too far in the past"),
            PaymentDateOutsideTaxYears { payment_date } => {
                write!(f, "The payment date {payment_date} is outside tax years 2019-20 and 2020-21")
            }
            StartDateContradictsAnswer { start } => {
                write!(f, "The start date {start} contradicts employee_started")
            }
            UsualHoursMissing { pay_period_end } => {
                write!(f, "Enter the usual hours for the pay period ending {pay_period_end}")
            }
            WorkedHoursMissing { pay_period_end } => {
                write!(f, "Enter the hours worked in the pay period ending {pay_period_end}")
            }
            AmountsTooLarge(error) => write!(f, "Check the amounts entered: {error}"),
            Unreadable(message) => f.write_str(message),
        }
    }
}

impl fmt::Display for ClaimError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message())
    }
}

impl std::error::Error for ClaimError {}

/// Arithmetic can only fail on absurd amounts; the amounts entered are then the field at fault.
impl From<MoneyError> for ClaimError {
    fn from(error: MoneyError) -> ClaimError {
        ClaimError::new("amounts", ClaimProblem::AmountsTooLarge(error))
    }
}
