//! Reference pay (claim spec §3): what the employee would have been paid for the furloughed days
//! (and furloughed hours) of a pay period, by the regular or a variable-pay method.

pub mod average;
pub mod cylb;
pub mod regular;

use serde::{Deserialize, Serialize};

use self::average::AverageDailyPay;
use self::cylb::LastYearPay;
use super::error::ClaimError;
use super::flexible::FlexibleHours;
use super::input::{ClaimInput, LastYearPayment, Pay, PayFrequency, PhaseOnePay};
use super::periods::PayPeriod;
use crate::Money;

/// The reference pay of one pay period, step by step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferencePay {
    /// Regular pay only: the pay of one whole period, as entered.
    pub pay_in_period: Option<Money>,
    /// Pay for the furlough days, by the regular or the average method.
    pub for_furlough_days: Money,
    /// Variable pay only, when it applies: the same period last year.
    pub last_year: Option<LastYearPay>,
    /// The higher of the two methods, before any scaling by hours.
    pub before_hours: Money,
    /// The reference pay the grant is 80% of: `before_hours`, scaled to furloughed hours in a
    /// flexibly furloughed period.
    pub value: Money,
    /// Pay for the days of a partial period that were not furloughed (phase-1 NIC).
    pub non_furlough_pay: Option<Money>,
}

/// What the claim's reference pay is worked out from, prepared once per claim.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PayBasis<'a> {
    Regular(Money),
    Variable { average: AverageDailyPay, last_year: Option<LastYearBasis<'a>>, partial_pay: &'a PhaseOnePay },
}

/// The same period last year applies: how far back, and the pay the employer gave for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LastYearBasis<'a> {
    pub frequency: PayFrequency,
    pub years: u32,
    pub payments: &'a [LastYearPayment],
}

impl<'a> PayBasis<'a> {
    /// Chooses the methods for the claim; `first` is its first furloughed pay period.
    pub fn for_claim(input: &'a ClaimInput, first: &PayPeriod) -> Result<PayBasis<'a>, ClaimError> {
        let variable = match &input.pay {
            Pay::Regular { amount } => return Ok(PayBasis::Regular(*amount)),
            Pay::Variable(variable) => variable,
        };
        let claim_start = input.claim_period.start();
        let window = average::reference_window(variable, claim_start, input.furlough.start)?;
        let average = average::average_daily_pay(
            variable.total_pay_in_reference_period,
            window,
            variable.statutory_leave,
        )?;
        let years = cylb::lookback_years(input.claim_period.end());
        let last_year =
            cylb::applies(variable.employee_start, claim_start, input.pay_frequency, first, years).then_some(
                LastYearBasis {
                    frequency: input.pay_frequency,
                    years,
                    payments: &variable.last_year_payments,
                },
            );
        Ok(PayBasis::Variable { average, last_year, partial_pay: &input.phase_one_pay })
    }

    /// Claim spec §3: the reference pay of one pay period.
    pub fn reference_pay(
        &self,
        pay_period: &PayPeriod,
        hours: Option<FlexibleHours>,
    ) -> Result<ReferencePay, ClaimError> {
        let (pay_in_period, for_furlough_days, last_year, non_furlough_pay) = match self {
            PayBasis::Regular(pay) => {
                let regular = regular::regular_pay(*pay, pay_period)?;
                (Some(*pay), regular.reference_pay, None, regular.non_furlough_pay)
            }
            PayBasis::Variable { average, last_year, partial_pay } => {
                let by_average = average::pay_for_days(average.daily, pay_period.furlough_days())?;
                let last_year = last_year
                    .as_ref()
                    .map(|basis| {
                        cylb::last_year_pay(basis.frequency, pay_period, basis.years, basis.payments)
                    })
                    .transpose()?;
                (None, by_average, last_year, variable_non_furlough_pay(pay_period, partial_pay)?)
            }
        };
        let before_hours = last_year
            .as_ref()
            .map_or(for_furlough_days, |last_year| for_furlough_days.max(last_year.reference_pay));
        let value = match hours {
            Some(hours) => hours.scale(before_hours)?,
            None => before_hours,
        };
        Ok(ReferencePay {
            pay_in_period,
            for_furlough_days,
            last_year,
            before_hours,
            value,
            non_furlough_pay,
        })
    }
}

/// Variable pay: the pay entered for the days before furlough started and after it ended within
/// a partial period (0 when not entered).
fn variable_non_furlough_pay(pay_period: &PayPeriod, pay: &PhaseOnePay) -> Result<Option<Money>, ClaimError> {
    if !pay_period.is_partial() {
        return Ok(None);
    }
    let before = if pay_period.furloughed.start() > pay_period.period.start() {
        pay.partial_pay_before_furlough.unwrap_or(Money::ZERO)
    } else {
        Money::ZERO
    };
    let after = if pay_period.furloughed.end() < pay_period.period.end() {
        pay.partial_pay_after_furlough.unwrap_or(Money::ZERO)
    } else {
        Money::ZERO
    };
    Ok(Some(before.checked_add(after)?))
}
