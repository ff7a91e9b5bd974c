//! The furlough grant: 80% of reference pay up to the cap, the monthly taper of the government's
//! share, and the top-up the employer must then pay (claim spec §5).

use rust_decimal::Decimal;

use super::prorate::prorate;
use super::tables::FURLOUGH_RATE_PERCENT;
use crate::{Money, MoneyError};

/// `percent`% of an amount, not rounded.
pub fn share_of(amount: Money, percent: u32) -> Result<Money, MoneyError> {
    amount.checked_mul(Decimal::from(percent))?.checked_div(Decimal::ONE_HUNDRED)
}

/// Claim spec §5: grant80 = HALF_UP(min(reference pay × 0.8, cap)). The 80% is compared with the
/// cap before any rounding (§1).
pub fn grant_at_80(reference_pay: Money, cap: Money) -> Result<Money, MoneyError> {
    Ok(share_of(reference_pay, FURLOUGH_RATE_PERCENT)?.min(cap).round_half_up())
}

/// Claim spec §5: whether 80% of the reference pay is above the cap.
pub fn is_capped(reference_pay: Money, cap: Money) -> Result<bool, MoneyError> {
    Ok(share_of(reference_pay, FURLOUGH_RATE_PERCENT)? > cap)
}

/// Claim spec §5: the government's share at the month's rate, HALF_UP(amount ÷ 80 × rate). Also
/// used to show a cap or daily cap at the tapered rate.
pub fn at_rate(amount_at_80: Money, rate_percent: u32) -> Result<Money, MoneyError> {
    prorate(amount_at_80, Decimal::from(rate_percent), Decimal::from(FURLOUGH_RATE_PERCENT))
}

/// Claim spec §5: what the employer must add so the employee still gets 80%.
pub fn employer_top_up(grant_at_80: Money, rate_percent: u32) -> Result<Money, MoneyError> {
    grant_at_80.checked_sub(at_rate(grant_at_80, rate_percent)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eighty_percent_is_compared_with_the_cap_before_rounding() {
        assert_eq!(grant_at_80(Money::pence(10_015), Money::pounds(99)), Ok(Money::pence(8_012)));
        assert_eq!(grant_at_80(Money::pence(133_733), Money::pounds(2500)), Ok(Money::pence(106_986)));
        assert_eq!(grant_at_80(Money::pounds(100), Money::pounds(79)), Ok(Money::pounds(79)));
    }

    #[test]
    fn a_fully_capped_month_leaves_the_employer_312_50_at_70_and_625_at_60_percent() {
        assert_eq!(employer_top_up(Money::pounds(2500), 70), Ok(Money::pence(31_250)));
        assert_eq!(employer_top_up(Money::pounds(2500), 60), Ok(Money::pounds(625)));
        assert_eq!(employer_top_up(Money::pounds(2500), 80), Ok(Money::ZERO));
    }

    #[test]
    fn the_tapered_share_rounds_half_up() {
        assert_eq!(at_rate(Money::pence(8_065), 70), Ok(Money::pence(7_057)));
        assert_eq!(at_rate(Money::pence(8_065), 60), Ok(Money::pence(6_049)));
    }
}
