//! The employer's minimum automatic-enrolment pension contribution (estimate spec, Method
//! step 1): 3% of qualifying earnings, the pay between the lower and upper thresholds.

use rust_decimal::Decimal;
use serde::Serialize;

use super::PeriodThresholds;
use crate::money::{Money, MoneyResult};

/// One tax year's qualifying-earnings band and employer minimum (a row of the table).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PensionMinimum {
    /// The employer's minimum rate, e.g. 0.03.
    pub employer_rate: Decimal,
    pub lower_threshold: PeriodThresholds,
    pub upper_threshold: PeriodThresholds,
    pub source: &'static str,
}

impl PensionMinimum {
    /// round(rate × max(0, min(pay, upper) − lower)) for an enrolled employee's week.
    pub fn weekly(&self, weekly_pay: Money) -> MoneyResult {
        let qualifying = weekly_pay
            .min(self.upper_threshold.weekly)
            .checked_sub(self.lower_threshold.weekly)?
            .max(Money::ZERO);
        Ok(qualifying.checked_mul(self.employer_rate)?.round_half_up())
    }
}

#[cfg(test)]
mod tests {
    use crate::money::Money;
    use crate::payroll::{payroll_year, TaxYear};

    fn pension(pay: i64) -> Money {
        let year = payroll_year(TaxYear::starting_in(2025)).unwrap();
        year.pension.weekly(Money::pence(pay)).unwrap()
    }

    #[test]
    fn three_percent_of_pay_between_120_and_967_pounds() {
        assert_eq!(pension(61538), Money::pence(1486)); // worked example: 14.8614
        assert_eq!(pension(49230), Money::pence(1117)); // 11.169
        assert_eq!(pension(12000), Money::ZERO);
        assert_eq!(pension(10000), Money::ZERO);
    }

    #[test]
    fn pay_above_the_upper_threshold_adds_nothing() {
        assert_eq!(pension(96700), Money::pence(2541)); // 3% of 847.00
        assert_eq!(pension(250000), Money::pence(2541));
    }
}
