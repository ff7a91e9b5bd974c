//! Spec step 1: a person's weekly pay and what employing them costs the firm each week.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::{Money, MoneyError};
use crate::payroll::{NicCategory, PayrollYear};

const WEEKS_IN_YEAR: i64 = 52;

/// One person's week: pay and the employer's on-costs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WeeklyPay {
    /// round(annual pay ÷ 52).
    pub pay: Money,
    pub employer_nic: Money,
    pub employer_pension: Money,
    /// pay + NIC + pension.
    pub cost: Money,
}

impl WeeklyPay {
    pub(super) fn of(
        annual_pay: Money,
        category: NicCategory,
        pension_enrolled: bool,
        payroll: &PayrollYear,
    ) -> Result<WeeklyPay, MoneyError> {
        let pay = annual_pay
            .checked_div(Decimal::from(WEEKS_IN_YEAR))?
            .round_half_up();
        let (employer_nic, employer_pension) = on_costs(pay, category, pension_enrolled, payroll)?;
        let cost = pay
            .checked_add(employer_nic)?
            .checked_add(employer_pension)?;
        Ok(WeeklyPay {
            pay,
            employer_nic,
            employer_pension,
            cost,
        })
    }
}

/// The employer's NIC and minimum pension contribution on a week's pay; used for normal pay
/// and again for furlough pay (step 3).
pub(super) fn on_costs(
    weekly_pay: Money,
    category: NicCategory,
    pension_enrolled: bool,
    payroll: &PayrollYear,
) -> Result<(Money, Money), MoneyError> {
    let nic = payroll.employer_nic.weekly(weekly_pay, category)?;
    let pension = if pension_enrolled {
        payroll.pension.weekly(weekly_pay)?
    } else {
        Money::ZERO
    };
    Ok((nic, pension))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::payroll::{payroll_year, TaxYear};

    fn week(annual: i64, category: NicCategory, enrolled: bool) -> WeeklyPay {
        let payroll = payroll_year(TaxYear::starting_in(2025)).unwrap();
        WeeklyPay::of(Money::pounds(annual), category, enrolled, payroll).unwrap()
    }

    #[test]
    fn the_worked_example_costs_708_15_a_week() {
        let w = week(32_000, NicCategory::A, true);
        assert_eq!(
            (w.pay, w.employer_nic, w.employer_pension, w.cost),
            (
                Money::pence(61538),
                Money::pence(7791),
                Money::pence(1486),
                Money::pence(70815)
            )
        );
    }

    #[test]
    fn an_unenrolled_under_21_costs_only_their_pay_below_the_upper_threshold() {
        let w = week(20_000, NicCategory::M, false);
        assert_eq!(
            (w.pay, w.employer_nic, w.employer_pension, w.cost),
            (
                Money::pence(38462),
                Money::ZERO,
                Money::ZERO,
                Money::pence(38462)
            )
        );
    }

    #[test]
    fn an_apprentice_above_the_upper_threshold_pays_nic_on_the_excess_only() {
        // £60,000 ÷ 52 = 1,153.85; 15% × 186.85 = 28.0275; pension capped at 3% × 847.
        let w = week(60_000, NicCategory::H, true);
        assert_eq!(
            (w.pay, w.employer_nic, w.employer_pension, w.cost),
            (
                Money::pence(115385),
                Money::pence(2803),
                Money::pence(2541),
                Money::pence(120729)
            )
        );
    }

    #[test]
    fn category_x_pays_no_nic_but_still_gets_the_pension() {
        let w = week(32_000, NicCategory::X, true);
        assert_eq!(
            (w.employer_nic, w.employer_pension),
            (Money::ZERO, Money::pence(1486))
        );
    }
}
