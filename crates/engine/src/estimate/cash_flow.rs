//! Spec step 5: the firm's weekly cash flow during the shutdown, without the scheme, with it,
//! and after making the exposed staff redundant.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::exposure::ExposedStaff;
use super::finances::FirmFinances;
use crate::money::{Money, MoneyError, MoneyResult};

/// A shutdown week's cash flows (negative: cash going out).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShutdownWeek {
    /// R' = round(R × (1 − lost output)).
    pub revenue: Money,
    /// K' = fixed costs + round(variable costs × (1 − lost output)).
    pub non_pay_costs: Money,
    /// CF0 = R' − K' − payroll: everyone kept on full pay. Also the flow after the scheme ends.
    pub without_scheme: Money,
    /// CF1 = R' − K' − (payroll − exposed staff's full cost) − firm's furlough cost.
    pub with_scheme: Money,
    /// CF0 + exposed staff's full cost: the exposed staff made redundant.
    pub after_layoffs: Money,
}

pub(super) fn shutdown_week(
    finances: &FirmFinances,
    lost_output_pct: Decimal,
    payroll: Money,
    exposed: &ExposedStaff,
) -> Result<ShutdownWeek, MoneyError> {
    let still_made = Decimal::ONE_HUNDRED - lost_output_pct;
    let remaining = |amount: Money| -> MoneyResult {
        Ok(amount
            .checked_mul(still_made)?
            .checked_div(Decimal::ONE_HUNDRED)?
            .round_half_up())
    };
    let revenue = remaining(finances.revenue)?;
    let non_pay_costs = finances
        .fixed_costs
        .checked_add(remaining(finances.variable_costs)?)?;
    let trading = revenue.checked_sub(non_pay_costs)?;
    let without_scheme = trading.checked_sub(payroll)?;
    let with_scheme = trading
        .checked_sub(payroll.checked_sub(exposed.full_cost)?)?
        .checked_sub(exposed.furlough.firm()?)?;
    let after_layoffs = without_scheme.checked_add(exposed.full_cost)?;
    Ok(ShutdownWeek {
        revenue,
        non_pay_costs,
        without_scheme,
        with_scheme,
        after_layoffs,
    })
}
