//! The maximum wage amount of a pay period (claim spec §4).

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::input::PayFrequency;
use super::periods::{PayPeriod, Period};
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
        let month_end = last_day_of_month(from).unwrap_or(period.end()).min(period.end());
        let part = Period::new(from, month_end).ok_or(MoneyError::Overflow)?;
        shares.push(MonthShare {
            month: from.month(),
            days: part.days(),
            daily_cap: daily_max(from.month())?,
        });
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
mod tests {
    use super::*;

    fn period(start: (i32, u32, u32), end: (i32, u32, u32)) -> Period {
        let d = |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        Period::new(d(start), d(end)).unwrap()
    }

    #[test]
    fn the_daily_maximum_is_rounded_up_to_the_penny() {
        assert_eq!(daily_max(3), Ok(Money::pence(8_065)));
        assert_eq!(daily_max(4), Ok(Money::pence(8_334)));
        assert_eq!(daily_max(2), Ok(Money::pence(8_929)));
    }

    #[test]
    fn a_full_weekly_period_has_the_fixed_cap_even_across_two_months() {
        let cap = full_period_cap(PayFrequency::Weekly, period((2020, 3, 29), (2020, 4, 4))).unwrap();
        assert_eq!(cap, Cap { value: Money::pence(57_692), basis: CapBasis::FullPeriod });
    }

    #[test]
    fn a_monthly_period_across_two_months_is_capped_month_by_month_and_can_exceed_2500() {
        let cap = full_period_cap(PayFrequency::Monthly, period((2020, 3, 15), (2020, 4, 15))).unwrap();
        assert_eq!(cap.value, Money::pence(262_115));
        assert_eq!(
            cap.basis,
            CapBasis::PeriodSpansMonths(vec![
                MonthShare { month: 3, days: 17, daily_cap: Money::pence(8_065) },
                MonthShare { month: 4, days: 15, daily_cap: Money::pence(8_334) },
            ])
        );
    }

    #[test]
    fn a_partial_period_is_capped_by_furlough_days_times_the_daily_maximum() {
        let cap = partial_period_cap(period((2020, 3, 10), (2020, 3, 31))).unwrap();
        assert_eq!(cap.value, Money::pence(177_430));
        assert_eq!(
            cap.basis,
            CapBasis::PartialPeriod(MonthShare { month: 3, days: 22, daily_cap: Money::pence(8_065) })
        );
    }

    #[test]
    fn february_2020_days_use_the_28_day_daily_maximum() {
        let cap = partial_period_cap(period((2020, 2, 27), (2020, 3, 1))).unwrap();
        assert_eq!(cap.value, Money::pence(3 * 8_929 + 8_065));
    }
}
