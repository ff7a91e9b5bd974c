//! The one proration step the rules use for days and for hours.

use rust_decimal::Decimal;

use crate::{Money, MoneyError};

/// HALF_UP(amount ÷ whole × part), the order HMRC's calculator divides and multiplies in:
/// pay for the furlough days of a partial period (claim spec §3), a cap or threshold scaled by
/// furloughed hours (§4, §6), last year's pay for the days needed (§3).
pub fn prorate(amount: Money, part: Decimal, whole: Decimal) -> Result<Money, MoneyError> {
    Ok(amount.checked_div(whole)?.checked_mul(part)?.round_half_up())
}

/// [`prorate`] by whole days.
pub fn prorate_days(amount: Money, part_days: u64, whole_days: u64) -> Result<Money, MoneyError> {
    prorate(amount, Decimal::from(part_days), Decimal::from(whole_days))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proration_divides_first_then_rounds_half_up_once() {
        let pay = Money::pence(350_000);
        assert_eq!(prorate_days(pay, 22, 31), Ok(Money::pence(248_387)));
        let odd = Money::new(Decimal::new(3_000_155, 3));
        assert_eq!(prorate_days(odd, 10, 30), Ok(Money::pence(100_005)));
    }

    #[test]
    fn proration_over_nothing_is_an_error_not_a_panic() {
        assert_eq!(prorate_days(Money::pounds(1), 1, 0), Err(MoneyError::DivisionByZero));
    }
}
