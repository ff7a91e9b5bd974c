//! The claim as the engine sees it: typed, with no JSON in sight. The browser app builds a
//! [`ClaimInput`] from its form; the CLI builds one from a §7 JSON line (`claim::json`).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::periods::Period;
use crate::Money;

/// How often the employee is paid (claim spec §2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PayFrequency {
    Weekly,
    Fortnightly,
    #[serde(rename = "fourweekly")]
    FourWeekly,
    Monthly,
}

impl PayFrequency {
    /// As people write it in a sentence.
    pub fn name(self) -> &'static str {
        match self {
            PayFrequency::Weekly => "weekly",
            PayFrequency::Fortnightly => "fortnightly",
            PayFrequency::FourWeekly => "four-weekly",
            PayFrequency::Monthly => "monthly",
        }
    }

    /// Length of a pay period in days, for the frequencies paid in whole weeks.
    pub fn days_in_weeks(self) -> Option<u64> {
        match self {
            PayFrequency::Weekly => Some(7),
            PayFrequency::Fortnightly => Some(14),
            PayFrequency::FourWeekly => Some(28),
            PayFrequency::Monthly => None,
        }
    }
}

/// The furlough: when it started and, if it has ended, its last day (claim spec §2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Furlough {
    pub start: NaiveDate,
    /// `None` while the furlough is ongoing.
    pub end: Option<NaiveDate>,
}

/// Hours, possibly fractional (claim spec §1). Never negative.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "Decimal", into = "Decimal")]
pub struct Hours(Decimal);

impl Hours {
    pub fn new(hours: Decimal) -> Option<Hours> {
        (!hours.is_sign_negative() || hours.is_zero()).then_some(Hours(hours))
    }

    pub fn value(self) -> Decimal {
        self.0
    }
}

impl TryFrom<Decimal> for Hours {
    type Error = &'static str;

    fn try_from(hours: Decimal) -> Result<Hours, Self::Error> {
        Hours::new(hours).ok_or("hours cannot be negative")
    }
}

impl From<Hours> for Decimal {
    fn from(hours: Hours) -> Decimal {
        hours.0
    }
}

/// Flexible furlough (claim spec §3, from July 2020): the usual hours of a pay period and the
/// hours actually worked in it, identified by the pay period's end date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodHours {
    pub pay_period_end: NaiveDate,
    pub usual: Hours,
    pub worked: Hours,
}

/// An amount attached to a pay period by its end date (phase-1 top-ups, additional payments).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodAmount {
    pub pay_period_end: NaiveDate,
    pub amount: Money,
}

/// Pay received on a date in the look-back year (same period last year, claim spec §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastYearPayment {
    pub pay_date: NaiveDate,
    pub amount: Money,
}

/// When a variable-pay employee started (claim spec §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EmployeeStart {
    /// Worked for the employer on or before 1 February 2019.
    OnOrBefore1Feb2019,
    /// Started after 1 February 2019, on this date.
    After1Feb2019(NaiveDate),
}

/// Statutory leave (e.g. maternity) in the average-pay window, removed from the average.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatutoryLeave {
    pub pay: Money,
    pub days: u32,
}

/// What a variable-pay employee's reference pay is worked out from (claim spec §3).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VariablePay {
    pub employee_start: EmployeeStart,
    /// Total gross pay in the average-pay window.
    pub total_pay_in_reference_period: Money,
    pub statutory_leave: Option<StatutoryLeave>,
    /// First day of furlough, when earlier than this furlough's start (ends the average window).
    pub first_furlough_date: Option<NaiveDate>,
    pub last_year_payments: Vec<LastYearPayment>,
    /// Claims from November 2020: on the payroll by 30 October 2020 (else by 2 March 2021).
    pub on_payroll_by_30_oct_2020: Option<bool>,
    /// HMRC's RTI question for starters of 1 February – 19 March 2020, claims from November 2020
    /// (§7 `rti_submission_between_20_mar_and_30_oct_2020`). `Some(false)`, no RTI submission
    /// notifying their pay by 19 March 2020, moves their start to 6 April 2020 (claim spec §3).
    pub rti_submission: Option<bool>,
}

/// How the employee is paid (claim spec §3).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Pay {
    /// Fixed pay: the gross pay of one pay period on the reference date.
    Regular {
        amount: Money,
    },
    Variable(VariablePay),
}

/// Employer NIC category (claim spec §6): letters A, B, C, J pay employer NIC; H, M, Z do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NicCategory {
    Payable,
    NonPayable,
}

/// Whether the employer contributes to a pension for the employee (claim spec §6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PensionStatus {
    Contributes,
    DoesNotContribute,
}

/// Phase-1 pay beyond the furlough grant, which raises the employer's NIC (claim spec §6).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseOnePay {
    pub top_ups: Vec<PeriodAmount>,
    pub additional_payments: Vec<PeriodAmount>,
    /// Pay for the days before furlough in a partial first period (variable pay).
    pub partial_pay_before_furlough: Option<Money>,
    /// Pay for the days after furlough in a partial last period (variable pay).
    pub partial_pay_after_furlough: Option<Money>,
}

/// One claim for one employee (claim spec §7).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimInput {
    pub claim_period: Period,
    pub furlough: Furlough,
    pub pay_frequency: PayFrequency,
    /// Oldest first; the first ends the pay period before the claim.
    pub pay_period_end_dates: Vec<NaiveDate>,
    /// Pay date of the last pay period; needed only for NIC and pension grants.
    pub last_pay_date: Option<NaiveDate>,
    pub pay: Pay,
    pub hours: Vec<PeriodHours>,
    pub nic_category: Option<NicCategory>,
    pub pension_status: Option<PensionStatus>,
    pub phase_one_pay: PhaseOnePay,
}
