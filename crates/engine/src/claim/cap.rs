//! The maximum wage amount of a pay period (claim spec §4).

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::input::PayFrequency;
use super::periods::{days_between, PayPeriod, Period};
use super::tables;
use crate::{Money, MoneyError};

/// The days of a capped period that fall in one calendar month, and that month's daily maximum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthShare {
    pub month: u32,
    pub days: u64,
    pub daily_cap: Money,
}

/// How a cap was worked out, so the breakdown shows the sum.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CapBasis {
    /// The fixed cap of a full pay period.
    FullPeriod,
    /// Furlough days × the daily maximum of the one month they fall in.
    PartialPeriod(MonthShare),
    /// Σ days in each month × that month's daily maximum.
    PeriodSpansMonths(Vec<MonthShare>),
}

/// A cap by days, before any flexible-furlough scaling.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cap {
    pub value: Money,
    pub basis: CapBasis,
}

/// Claim spec §1: £2,500 ÷ days in the month, rounded **up** to the penny. February counts 28
/// days even in 2020, as HMRC's calculator does (see [`tables::days_in_month_for_daily_cap`]).
pub fn daily_max(month: u32) -> Result<Money, MoneyError> {
    let days = Decimal::from(tables::days_in_month_for_daily_cap(month));
    Ok(tables::MONTHLY_CAP.checked_div(days)?.round_up_to_penny())
}

/// Claim spec §4: the cap of a pay period, by whether it is full or partial.
pub fn period_cap(frequency: PayFrequency, pay_period: &PayPeriod) -> Result<Cap, MoneyError> {
    if pay_period.is_partial() {
        partial_period_cap(pay_period.furloughed)
    } else {
        full_period_cap(frequency, pay_period.period)
    }
}

/// Claim spec §4: the fixed cap, except that a monthly period spanning two calendar months is
/// capped month by month (so it can exceed £2,500).
pub fn full_period_cap(frequency: PayFrequency, period: Period) -> Result<Cap, MoneyError> {
    if frequency == PayFrequency::Monthly && spans_months(period) {
        month_by_month_cap(period)
    } else {
        Ok(Cap { value: tables::full_period_cap(frequency), basis: CapBasis::FullPeriod })
    }
}

/// Claim spec §4: the furlough days of a partial period × the daily maximum, month by month.
pub fn partial_period_cap(furloughed: Period) -> Result<Cap, MoneyError> {
    if spans_months(furloughed) {
        return month_by_month_cap(furloughed);
    }
    let share = MonthShare {
        month: furloughed.start().month(),
        days: furloughed.days(),
        daily_cap: daily_max(furloughed.start().month())?,
    };
    let value = share.daily_cap.checked_mul(Decimal::from(share.days))?.round_half_up();
    Ok(Cap { value, basis: CapBasis::PartialPeriod(share) })
}

fn spans_months(period: Period) -> bool {
    (period.start().year(), period.start().month()) != (period.end().year(), period.end().month())
}

/// HALF_UP(Σ days in month × daily maximum of month), rounded once after the sum.
fn month_by_month_cap(period: Period) -> Result<Cap, MoneyError> {
    let shares = month_shares(period)?;
    let total = Money::checked_sum(
        shares
            .iter()
            .map(|share| share.daily_cap.checked_mul(Decimal::from(share.days)))
            .collect::<Result<Vec<_>, _>>()?,
    )?;
    Ok(Cap { value: total.round_half_up(), basis: CapBasis::PeriodSpansMonths(shares) })
}

fn month_shares(period: Period) -> Result<Vec<MonthShare>, MoneyError> {
    let mut shares = Vec::new();
    let mut from = period.start();
    loop {
        let month_end = last_day_of_month(from).map_or(period.end(), |end| end.min(period.end()));
        let days = days_between(from, month_end) + 1;
        shares.push(MonthShare { month: from.month(), days, daily_cap: daily_max(from.month())? });
        match month_end.succ_opt() {
            Some(next) if month_end < period.end() => from = next,
            _ => return Ok(shares),
        }
    }
}

fn last_day_of_month(date: NaiveDate) -> Option<NaiveDate> {
    date.with_day(1)?.checked_add_months(Months::new(1))?.pred_opt()
}

#[cfg(test)]
mod tests;
