//! What the employer NIC and pension grants share (claim spec §6): thresholds chosen by the
//! payment date's tax year, prorated to the furloughed days and hours, and the contribution on
//! pay above a threshold.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::error::{ClaimError, ClaimProblem};
use super::flexible::FlexibleHours;
use super::input::PayFrequency;
use super::periods::PayPeriod;
use super::prorate::prorate_days;
use super::tables::TaxYear;
use crate::{Money, MoneyError};

/// A threshold as used for one pay period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Threshold {
    pub tax_year: TaxYear,
    /// The per-period threshold from the table.
    pub per_period: Money,
    /// After proration by furlough days and furloughed hours, where the rules prorate it.
    pub used: Money,
}

impl Threshold {
    /// Claim spec §6: the threshold of `table` for a whole pay period, in the tax year of the
    /// payment date.
    pub fn whole(
        table: fn(TaxYear, PayFrequency) -> Money,
        frequency: PayFrequency,
        payment_date: NaiveDate,
    ) -> Result<Threshold, ClaimError> {
        let tax_year = tax_year_of(payment_date)?;
        let per_period = table(tax_year, frequency);
        Ok(Threshold { tax_year, per_period, used: per_period })
    }

    /// Claim spec §6: the threshold prorated to the furlough days and furloughed hours of a
    /// pay period.
    pub fn prorated(
        table: fn(TaxYear, PayFrequency) -> Money,
        frequency: PayFrequency,
        payment_date: NaiveDate,
        pay_period: &PayPeriod,
        hours: Option<FlexibleHours>,
    ) -> Result<Threshold, ClaimError> {
        let whole = Threshold::whole(table, frequency, payment_date)?;
        Ok(Threshold { used: prorated(whole.per_period, pay_period, hours)?, ..whole })
    }
}

/// Claim spec §6: the tax year of a payment date (before 6 April 2020 is 2019-20).
pub fn tax_year_of(payment_date: NaiveDate) -> Result<TaxYear, ClaimError> {
    TaxYear::of(payment_date).ok_or_else(|| {
        ClaimError::new(
            "last_pay_date",
            ClaimProblem::PaymentDateOutsideTaxYears { payment_date },
        )
    })
}

/// Claim spec §6: the threshold prorated by days for a partial period, then by hours for a
/// flexibly furloughed one, each HALF_UP.
pub fn prorated(
    threshold: Money,
    pay_period: &PayPeriod,
    hours: Option<FlexibleHours>,
) -> Result<Money, MoneyError> {
    let by_days = if pay_period.is_partial() {
        prorate_days(threshold, pay_period.furlough_days(), pay_period.period.days())?
    } else {
        threshold
    };
    hours.map_or(Ok(by_days), |hours| hours.scale(by_days))
}

/// Claim spec §6: HALF_UP((amount − threshold) × rate), or 0 when the amount is not above it.
pub fn above_threshold(amount: Money, threshold: Money, rate: Decimal) -> Result<Money, MoneyError> {
    if amount <= threshold {
        return Ok(Money::ZERO);
    }
    Ok(amount.checked_sub(threshold)?.checked_mul(rate)?.round_half_up())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::tables::{NIC_RATE, PENSION_RATE};

    #[test]
    fn nothing_is_due_at_or_below_the_threshold() {
        assert_eq!(above_threshold(Money::pounds(100), Money::pounds(101), NIC_RATE), Ok(Money::ZERO));
        assert_eq!(above_threshold(Money::pounds(99), Money::pounds(100), PENSION_RATE), Ok(Money::ZERO));
        assert_eq!(above_threshold(Money::pounds(100), Money::pounds(100), NIC_RATE), Ok(Money::ZERO));
    }

    #[test]
    fn the_contribution_above_the_threshold_rounds_half_up() {
        assert_eq!(
            above_threshold(Money::pounds(1000), Money::pounds(100), NIC_RATE),
            Ok(Money::pence(12_420))
        );
        assert_eq!(
            above_threshold(Money::pounds(1000), Money::pounds(100), PENSION_RATE),
            Ok(Money::pounds(27))
        );
        assert_eq!(
            above_threshold(Money::pounds(1600), Money::pounds(719), NIC_RATE),
            Ok(Money::pence(12_158))
        );
    }
}
