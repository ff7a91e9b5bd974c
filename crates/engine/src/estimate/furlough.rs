//! Spec step 3: what furloughing one person costs the government and the firm each week.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::pay::{on_costs, WeeklyPay};
use super::scenario::Scheme;
use crate::money::{Money, MoneyError, MoneyResult};
use crate::payroll::{NicCategory, PayrollYear};

/// The weekly cap: monthly cap × 12 ÷ 52, rounded **down** to the penny (£576.92 for £2,500).
pub(super) fn weekly_cap(monthly_cap: Money) -> MoneyResult {
    Ok(monthly_cap
        .checked_mul(Decimal::from(12))?
        .checked_div(Decimal::from(52))?
        .round_down_to_penny())
}

/// A furloughed week: for one person, or summed over the exposed staff.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FurloughCosts {
    /// Pay the furloughed staff receive: the floor amount plus any voluntary top-up.
    pub furlough_pay: Money,
    /// round(floor amount × gov rate ÷ floor %).
    pub grant: Money,
    /// Employer NIC on the floor amount, when the scheme covers NIC.
    pub government_nic: Money,
    /// Employer pension on the floor amount, when the scheme covers pension.
    pub government_pension: Money,
    /// The floor amount the grant does not pay (Sept/Oct 2020-style schemes).
    pub compulsory_top_up: Money,
    /// What the firm adds above the floor by choice (`top_up_to_pct`).
    pub voluntary_top_up: Money,
    /// Employer NIC the firm still pays on the furlough pay.
    pub firm_nic: Money,
    /// Employer pension the firm still pays on the furlough pay.
    pub firm_pension: Money,
}

impl FurloughCosts {
    pub fn government(&self) -> MoneyResult {
        Money::checked_sum([self.grant, self.government_nic, self.government_pension])
    }

    pub fn firm(&self) -> MoneyResult {
        Money::checked_sum([
            self.compulsory_top_up,
            self.voluntary_top_up,
            self.firm_nic,
            self.firm_pension,
        ])
    }

    /// Each amount × `count` (people), unrounded.
    pub(super) fn times(&self, count: Decimal) -> Result<FurloughCosts, MoneyError> {
        let mut amounts = self.amounts();
        for amount in &mut amounts {
            *amount = amount.checked_mul(count)?;
        }
        Ok(FurloughCosts::from_amounts(amounts))
    }

    pub(super) fn checked_add(&self, other: &FurloughCosts) -> Result<FurloughCosts, MoneyError> {
        let mut sums = self.amounts();
        for (sum, amount) in sums.iter_mut().zip(other.amounts()) {
            *sum = sum.checked_add(amount)?;
        }
        Ok(FurloughCosts::from_amounts(sums))
    }

    /// Each amount passed through `scale` (an unrounded scaling), rounded so that the parts
    /// add up exactly to the rounded totals: the cost parts (all but `furlough_pay`) are
    /// rounded cumulatively, each part being round(running total) − round(previous running
    /// total). So the government's total is its rounded share and the firm's part never
    /// exceeds the rounded whole, just as a whole person's figures never do.
    pub(super) fn scaled_with_exact_totals(
        &self,
        scale: impl Fn(Money) -> MoneyResult,
    ) -> Result<FurloughCosts, MoneyError> {
        let [furlough_pay, costs @ ..] = self.amounts();
        let mut scaled = [scale(furlough_pay)?.round_half_up(); 8];
        let (mut running, mut rounded_so_far) = (Money::ZERO, Money::ZERO);
        for (part, amount) in scaled.iter_mut().skip(1).zip(costs) {
            running = running.checked_add(amount)?;
            let rounded = scale(running)?.round_half_up();
            *part = rounded.checked_sub(rounded_so_far)?;
            rounded_so_far = rounded;
        }
        Ok(FurloughCosts::from_amounts(scaled))
    }

    fn amounts(&self) -> [Money; 8] {
        [
            self.furlough_pay,
            self.grant,
            self.government_nic,
            self.government_pension,
            self.compulsory_top_up,
            self.voluntary_top_up,
            self.firm_nic,
            self.firm_pension,
        ]
    }

    fn from_amounts(amounts: [Money; 8]) -> FurloughCosts {
        let [furlough_pay, grant, government_nic, government_pension, compulsory_top_up, voluntary_top_up, firm_nic, firm_pension] =
            amounts;
        FurloughCosts {
            furlough_pay,
            grant,
            government_nic,
            government_pension,
            compulsory_top_up,
            voluntary_top_up,
            firm_nic,
            firm_pension,
        }
    }
}

/// One furloughed person's week. floor = round(min(floor % × pay, weekly cap)); the grant pays
/// gov rate ÷ floor % of it and the firm the rest; the firm may top up to `top_up_to_pct` of
/// pay. NIC and pension on the furlough pay fall on the firm unless the scheme covers them;
/// a scheme that covers them pays those on the floor amount, not on the firm's voluntary
/// top-up (as the 2020 CJRS NIC and pension grants did).
pub(super) fn furlough_week(
    week: &WeeklyPay,
    category: NicCategory,
    pension_enrolled: bool,
    scheme: &Scheme,
    weekly_cap: Money,
    payroll: &PayrollYear,
) -> Result<FurloughCosts, MoneyError> {
    let floor = percent_of(week.pay, scheme.employee_floor_pct)?
        .min(weekly_cap)
        .round_half_up();
    let grant = if scheme.employee_floor_pct.is_zero() {
        Money::ZERO
    } else {
        floor
            .checked_mul(scheme.gov_rate_pct)?
            .checked_div(scheme.employee_floor_pct)?
            .round_half_up()
    };
    let compulsory_top_up = floor.checked_sub(grant)?;
    let voluntary_top_up = percent_of(week.pay, scheme.top_up_to_pct)?
        .round_half_up()
        .checked_sub(floor)?
        .max(Money::ZERO);
    let furlough_pay = floor.checked_add(voluntary_top_up)?;

    let (nic_on_pay, pension_on_pay) = on_costs(furlough_pay, category, pension_enrolled, payroll)?;
    let (nic_on_floor, pension_on_floor) = on_costs(floor, category, pension_enrolled, payroll)?;
    let (government_nic, firm_nic) = split(scheme.covers_employer_nic, nic_on_floor, nic_on_pay)?;
    let (government_pension, firm_pension) =
        split(scheme.covers_pension, pension_on_floor, pension_on_pay)?;
    Ok(FurloughCosts {
        furlough_pay,
        grant,
        government_nic,
        government_pension,
        compulsory_top_up,
        voluntary_top_up,
        firm_nic,
        firm_pension,
    })
}

fn percent_of(amount: Money, pct: Decimal) -> MoneyResult {
    amount.checked_mul(pct)?.checked_div(Decimal::ONE_HUNDRED)
}

/// (government's part, firm's part) of an on-cost.
fn split(covered: bool, on_floor: Money, on_pay: Money) -> Result<(Money, Money), MoneyError> {
    if covered {
        Ok((on_floor, on_pay.checked_sub(on_floor)?))
    } else {
        Ok((Money::ZERO, on_pay))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::payroll::{payroll_year, TaxYear};

    fn furlough(annual: i64, scheme: &Scheme) -> FurloughCosts {
        let payroll = payroll_year(TaxYear::starting_in(2025)).unwrap();
        let week = WeeklyPay::of(Money::pounds(annual), NicCategory::A, true, payroll).unwrap();
        furlough_week(
            &week,
            NicCategory::A,
            true,
            scheme,
            weekly_cap(scheme.monthly_cap).unwrap(),
            payroll,
        )
        .unwrap()
    }

    #[test]
    fn the_weekly_cap_for_2500_a_month_is_576_92() {
        assert_eq!(
            weekly_cap(Money::pounds(2500)).unwrap(),
            Money::pence(57692)
        );
    }

    #[test]
    fn the_worked_example_grant_is_492_30_and_the_firm_pays_nic_and_pension_on_it() {
        let f = furlough(32_000, &Scheme::default());
        assert_eq!(
            (
                f.furlough_pay,
                f.grant,
                f.compulsory_top_up,
                f.voluntary_top_up
            ),
            (
                Money::pence(49230),
                Money::pence(49230),
                Money::ZERO,
                Money::ZERO
            )
        );
        assert_eq!(
            (f.firm_nic, f.firm_pension),
            (Money::pence(5945), Money::pence(1117))
        );
        assert_eq!(f.government().unwrap(), Money::pence(49230));
        assert_eq!(f.firm().unwrap(), Money::pence(7062));
    }

    #[test]
    fn high_earners_get_the_cap() {
        let f = furlough(52_000, &Scheme::default()); // 80% of £1,000 = £800 > £576.92
        assert_eq!(
            (f.furlough_pay, f.grant),
            (Money::pence(57692), Money::pence(57692))
        );
    }

    #[test]
    fn at_a_60_percent_government_rate_the_firm_pays_a_quarter_of_the_floor() {
        let scheme = Scheme {
            gov_rate_pct: Decimal::from(60),
            ..Scheme::default()
        };
        let f = furlough(32_000, &scheme);
        // 492.30 × 60 ÷ 80 = 369.225 → 369.23; the firm pays 123.07.
        assert_eq!(
            (f.grant, f.compulsory_top_up),
            (Money::pence(36923), Money::pence(12307))
        );
    }

    #[test]
    fn topping_up_to_100_percent_pays_full_pay_and_the_nic_on_it() {
        let scheme = Scheme {
            top_up_to_pct: Decimal::ONE_HUNDRED,
            ..Scheme::default()
        };
        let f = furlough(32_000, &scheme);
        assert_eq!(
            (f.furlough_pay, f.voluntary_top_up),
            (Money::pence(61538), Money::pence(12308))
        );
        assert_eq!(
            (f.firm_nic, f.firm_pension),
            (Money::pence(7791), Money::pence(1486))
        );
        assert_eq!(f.firm().unwrap(), Money::pence(12308 + 7791 + 1486));
    }

    #[test]
    fn a_scheme_covering_nic_and_pension_pays_those_on_the_floor_and_the_firm_the_rest() {
        let covered = Scheme {
            covers_employer_nic: true,
            covers_pension: true,
            ..Scheme::default()
        };
        let f = furlough(32_000, &covered);
        assert_eq!(
            (
                f.government_nic,
                f.government_pension,
                f.firm_nic,
                f.firm_pension
            ),
            (
                Money::pence(5945),
                Money::pence(1117),
                Money::ZERO,
                Money::ZERO
            )
        );
        assert_eq!(f.government().unwrap(), Money::pence(49230 + 5945 + 1117));

        let topped_up = Scheme {
            top_up_to_pct: Decimal::ONE_HUNDRED,
            ..covered
        };
        let f = furlough(32_000, &topped_up);
        assert_eq!(
            (f.government_nic, f.firm_nic),
            (Money::pence(5945), Money::pence(7791 - 5945))
        );
        assert_eq!(
            (f.government_pension, f.firm_pension),
            (Money::pence(1117), Money::pence(1486 - 1117))
        );
    }

    #[test]
    fn scaled_parts_add_up_to_the_rounded_totals() {
        // A third of 0.01 + 0.01 + 0.01 (firm's parts) rounds to 0.01 as a whole, though each
        // part alone would round to 0.00; the government's 1.00 becomes 0.33.
        let costs = FurloughCosts {
            grant: Money::pounds(1),
            compulsory_top_up: Money::pence(1),
            voluntary_top_up: Money::pence(1),
            firm_nic: Money::pence(1),
            ..FurloughCosts::default()
        };
        let third = costs
            .scaled_with_exact_totals(|m| m.checked_div(Decimal::from(3)))
            .unwrap();
        assert_eq!(third.government().unwrap(), Money::pence(33));
        assert_eq!(third.firm().unwrap(), Money::pence(1));
        assert_eq!(
            third
                .government()
                .unwrap()
                .checked_add(third.firm().unwrap())
                .unwrap(),
            Money::pence(34) // round(1.03 ÷ 3)
        );
    }

    #[test]
    fn a_top_up_below_the_floor_adds_nothing() {
        let scheme = Scheme {
            top_up_to_pct: Decimal::from(50),
            ..Scheme::default()
        };
        assert_eq!(furlough(32_000, &scheme).voluntary_top_up, Money::ZERO);
    }
}
