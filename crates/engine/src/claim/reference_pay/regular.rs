//! Reference pay for regular (fixed) pay (claim spec §3).

use serde::{Deserialize, Serialize};

use crate::claim::periods::PayPeriod;
use crate::claim::prorate::prorate_days;
use crate::{Money, MoneyError};

/// The pay of the furloughed days of a period, and of the other days when it is partial.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegularPay {
    pub reference_pay: Money,
    /// Pay for the days not furloughed; `None` for a full period.
    pub non_furlough_pay: Option<Money>,
}

/// Claim spec §3: the period's pay for a full period; HALF_UP(pay ÷ days in period × furlough
/// days) for a partial one, the rest being non-furlough pay.
pub fn regular_pay(pay: Money, pay_period: &PayPeriod) -> Result<RegularPay, MoneyError> {
    if !pay_period.is_partial() {
        return Ok(RegularPay { reference_pay: pay, non_furlough_pay: None });
    }
    let reference_pay = prorate_days(pay, pay_period.furlough_days(), pay_period.period.days())?;
    Ok(RegularPay { reference_pay, non_furlough_pay: Some(pay.checked_sub(reference_pay)?) })
}
