//! Variable pay, same period last year ("CYLB", claim spec §3): the pay of the same days one
//! year earlier (two years for claim periods ending from 1 March 2021), used when it is higher
//! than the average.

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::claim::error::{ClaimError, ClaimProblem};
use crate::claim::input::{EmployeeStart, LastYearPayment, PayFrequency};
use crate::claim::periods::{days_between, PayPeriod, Period};
use crate::claim::prorate::prorate_days;
use crate::claim::tables;
use crate::Money;

/// Days in a 52-week year: weekly-type pay periods repeat every 364 days.
const DAYS_IN_52_WEEKS: u64 = 364;

/// Claim spec §3: two years for claim periods ending on or after 1 March 2021, else one.
pub fn lookback_years(claim_end: NaiveDate) -> u32 {
    if claim_end >= tables::TWO_YEAR_LOOKBACK_FROM {
        2
    } else {
        1
    }
}

/// How the furlough days of a pay period split between last year's pay periods.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CylbDuration {
    /// Length of last year's pay periods: 7, 14 or 28 days, or the month's days.
    pub full_period_length: u64,
    /// Furlough days that fall in the equivalent period (this period moved back 52 weeks).
    pub equivalent_period_days: u64,
    /// Furlough days that fall in the pay period before the equivalent one.
    pub previous_period_days: u64,
}

/// Claim spec §3: the furlough days are the same calendar dates last year. For weekly-type pay
/// those dates start 2 days (3 for two years, across 29 February 2020) before the equivalent
/// period, so the first days of a period fall in the previous one. Monthly pay maps onto the
/// same month's dates and needs no previous period.
pub fn duration(frequency: PayFrequency, pay_period: &PayPeriod, years: u32) -> Option<CylbDuration> {
    let furlough_days = pay_period.furlough_days();
    let Some(length) = frequency.days_in_weeks() else {
        return Some(CylbDuration {
            full_period_length: pay_period.period.days(),
            equivalent_period_days: furlough_days,
            previous_period_days: 0,
        });
    };
    let start = pay_period.period.start();
    let same_dates = start.checked_sub_months(Months::new(12 * years))?;
    let equivalent_start = start.checked_sub_days(Days::new(DAYS_IN_52_WEEKS * u64::from(years)))?;
    let days_in_previous = days_between(same_dates, equivalent_start);
    let first = days_between(start, pay_period.furloughed.start());
    let last = days_between(start, pay_period.furloughed.end());
    let previous_period_days =
        if first < days_in_previous { last.min(days_in_previous - 1) - first + 1 } else { 0 };
    Some(CylbDuration {
        full_period_length: length,
        equivalent_period_days: furlough_days - previous_period_days,
        previous_period_days,
    })
}

/// One of last year's pay periods that the furlough days fall in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LookbackPeriod {
    pub period: Period,
    /// The date whose pay the employer gives in `last_year_payments`: the period's end.
    pub pay_date: NaiveDate,
    pub days_required: u64,
}

/// Claim spec §3: last year's pay periods the furlough days fall in, earliest first: the
/// previous period (if any day falls in it) and the equivalent period (if any day falls in it).
pub fn lookback_periods(
    frequency: PayFrequency,
    pay_period: &PayPeriod,
    years: u32,
) -> Option<Vec<LookbackPeriod>> {
    let duration = duration(frequency, pay_period, years)?;
    let periods = match frequency.days_in_weeks() {
        None => {
            let months = Months::new(12 * years);
            let period = Period::new(
                pay_period.period.start().checked_sub_months(months)?,
                pay_period.period.end().checked_sub_months(months)?,
            )?;
            vec![(period, duration.equivalent_period_days)]
        }
        Some(length) => {
            let equivalent = pay_period.period.shifted_back(DAYS_IN_52_WEEKS * u64::from(years))?;
            let previous = Period::new(
                equivalent.start().checked_sub_days(Days::new(length))?,
                equivalent.start().pred_opt()?,
            )?;
            vec![(previous, duration.previous_period_days), (equivalent, duration.equivalent_period_days)]
        }
    };
    Some(
        periods
            .into_iter()
            .filter(|&(_, days)| days > 0)
            .map(|(period, days_required)| LookbackPeriod { period, pay_date: period.end(), days_required })
            .collect(),
    )
}

/// Claim spec §3: from July 2020 an employee who started after 1 February 2019 uses the same
/// period last year only if they started before this date: the first day of last year's first
/// look-back period (for the claim's first pay period), plus one day.
pub fn cutoff(frequency: PayFrequency, first_pay_period: &PayPeriod, years: u32) -> Option<NaiveDate> {
    lookback_periods(frequency, first_pay_period, years)?.first()?.period.start().succ_opt()
}

/// Claim spec §3: whether the employee's reference pay may be their pay last year.
pub fn applies(
    start: EmployeeStart,
    claim_start: NaiveDate,
    frequency: PayFrequency,
    first_pay_period: &PayPeriod,
    years: u32,
) -> bool {
    match start {
        EmployeeStart::OnOrBefore1Feb2019 => true,
        EmployeeStart::After1Feb2019(started) if claim_start < tables::FLEXIBLE_FURLOUGH_START => {
            started < tables::PHASE_ONE_CYLB_CUTOFF
        }
        EmployeeStart::After1Feb2019(started) => {
            cutoff(frequency, first_pay_period, years).is_some_and(|cutoff| started < cutoff)
        }
    }
}

/// The share of one of last year's periods: HALF_UP(pay ÷ period length × days required).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastYearPart {
    pub last_year_pay_day: NaiveDate,
    pub period_pay: Money,
    pub days_in_period: u64,
    pub days_required: u64,
    pub reference_pay: Money,
}

/// The same period last year: its parts and their sum.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastYearPay {
    pub parts: Vec<LastYearPart>,
    pub reference_pay: Money,
}

/// Claim spec §3: each look-back period contributes HALF_UP(its pay ÷ its length × days needed
/// from it); the parts are summed. A look-back pay date with no payment entered counts as £0, as
/// in HMRC's calculator: the average then decides, so a gap can never raise the claim.
pub fn last_year_pay(
    frequency: PayFrequency,
    pay_period: &PayPeriod,
    years: u32,
    payments: &[LastYearPayment],
) -> Result<LastYearPay, ClaimError> {
    let out_of_range = || ClaimError::new("pay_period_end_dates", ClaimProblem::PayPeriodsTooFarBack);
    let duration = duration(frequency, pay_period, years).ok_or_else(out_of_range)?;
    let parts = lookback_periods(frequency, pay_period, years)
        .ok_or_else(out_of_range)?
        .into_iter()
        .map(|lookback| {
            let period_pay = payments
                .iter()
                .find(|payment| payment.pay_date == lookback.pay_date)
                .map_or(Money::ZERO, |payment| payment.amount);
            Ok(LastYearPart {
                last_year_pay_day: lookback.pay_date,
                period_pay,
                days_in_period: duration.full_period_length,
                days_required: lookback.days_required,
                reference_pay: prorate_days(period_pay, lookback.days_required, duration.full_period_length)?,
            })
        })
        .collect::<Result<Vec<_>, ClaimError>>()?;
    let reference_pay = Money::checked_sum(parts.iter().map(|part| part.reference_pay))?;
    Ok(LastYearPay { parts, reference_pay })
}

#[cfg(test)]
mod tests;
