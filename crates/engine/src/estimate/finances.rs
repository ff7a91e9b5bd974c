//! Spec step 4: the firm's normal week and its cash, from its own figures where it gave them
//! and from the defaults otherwise.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::errors::ScenarioErrors;
use super::problems::ScenarioProblem;
use super::scenario::Finances;
use crate::money::{Money, MoneyError};

const DAYS_IN_WEEK: i64 = 7;

/// The firm's normal week and its cash.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct FirmFinances {
    /// R: `weekly_revenue`, else round(payroll ÷ labour cost share).
    pub revenue: Money,
    /// K = round(R × (1 − margin) − payroll): everything but pay.
    pub non_pay_costs: Money,
    /// round(K × variable cost share): the part that falls with output.
    pub variable_costs: Money,
    /// K − variable: rent, leases, loan payments…
    pub fixed_costs: Money,
    /// C: `cash_reserves`, else round(cash buffer days ÷ 7 × (payroll + K)).
    pub cash_reserves: Money,
}

pub(super) fn firm_finances(
    finances: &Finances,
    payroll: Money,
) -> Result<FirmFinances, ScenarioErrors> {
    let revenue = match finances.weekly_revenue {
        Some(revenue) => revenue,
        None => payroll
            .checked_div(finances.labour_cost_share)?
            .round_half_up(),
    };
    let non_pay_costs = revenue
        .checked_mul(Decimal::ONE - finances.operating_margin)?
        .checked_sub(payroll)?
        .round_half_up();
    if non_pay_costs.is_negative() {
        return Err(ScenarioErrors::one(
            "finances.weekly_revenue",
            ScenarioProblem::RevenueBelowPayroll { revenue, payroll },
        ));
    }
    let variable_costs = non_pay_costs
        .checked_mul(finances.variable_cost_share)?
        .round_half_up();
    let fixed_costs = non_pay_costs.checked_sub(variable_costs)?;
    let cash_reserves = match finances.cash_reserves {
        Some(cash) => cash,
        None => buffer_cash(
            finances.cash_buffer_days,
            payroll.checked_add(non_pay_costs)?,
        )?,
    };
    Ok(FirmFinances {
        revenue,
        non_pay_costs,
        variable_costs,
        fixed_costs,
        cash_reserves,
    })
}

/// round(days ÷ 7 × weekly outgoings); multiplied before dividing so nothing is lost.
fn buffer_cash(days: Decimal, weekly_outgoings: Money) -> Result<Money, MoneyError> {
    Ok(weekly_outgoings
        .checked_mul(days)?
        .checked_div(Decimal::from(DAYS_IN_WEEK))?
        .round_half_up())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worked_example_has_revenue_566520_and_non_pay_costs_407894_40() {
        let finances = Finances {
            cash_reserves: Some(Money::pounds(600_000)),
            ..Finances::default()
        };
        let f = firm_finances(&finances, Money::pounds(141_630)).unwrap();
        assert_eq!(f.revenue, Money::pounds(566_520));
        assert_eq!(f.non_pay_costs, Money::pence(40_789_440));
        assert_eq!(f.variable_costs, Money::pence(30_592_080));
        assert_eq!(f.fixed_costs, Money::pence(10_197_360));
        assert_eq!(f.cash_reserves, Money::pounds(600_000));
    }

    #[test]
    fn without_reserves_cash_is_27_days_of_outgoings() {
        let f = firm_finances(&Finances::default(), Money::pounds(141_630)).unwrap();
        // (141,630 + 407,894.40) × 27 ÷ 7 = 2,119,594.114…
        assert_eq!(f.cash_reserves, Money::pence(211_959_411));
    }

    #[test]
    fn revenue_that_cannot_cover_the_payroll_is_reported_on_the_revenue_field() {
        let finances = Finances {
            weekly_revenue: Some(Money::pounds(100)),
            ..Finances::default()
        };
        let errors = firm_finances(&finances, Money::pounds(1000)).unwrap_err();
        assert_eq!(errors.errors()[0].field, "finances.weekly_revenue");
    }
}
