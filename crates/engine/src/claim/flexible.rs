//! Flexible furlough (claim spec §3, §4; from 1 July 2020): an employee works some of their
//! usual hours and is furloughed for the rest, so pay and cap are scaled to furloughed hours.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::input::Hours;
use super::prorate::prorate;
use crate::{Money, MoneyError};

/// The hours of one flexibly furloughed pay period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlexibleHours {
    pub usual: Hours,
    pub worked: Hours,
}

impl FlexibleHours {
    /// Claim spec §3: max(usual − worked, 0).
    pub fn furloughed(self) -> Decimal {
        (self.usual.value() - self.worked.value()).max(Decimal::ZERO)
    }

    /// Claim spec §3, §4: HALF_UP(amount ÷ usual hours × furloughed hours). Zero usual hours is
    /// a division by zero; the input checks reject it first.
    pub fn scale(self, amount: Money) -> Result<Money, MoneyError> {
        prorate(amount, self.furloughed(), self.usual.value())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hours(usual: i64, worked: i64) -> FlexibleHours {
        let h = |n: i64| Hours::new(Decimal::from(n)).unwrap();
        FlexibleHours { usual: h(usual), worked: h(worked) }
    }

    #[test]
    fn furloughed_hours_are_usual_less_worked_and_never_negative() {
        assert_eq!(hours(40, 15).furloughed(), Decimal::from(25));
        assert_eq!(hours(40, 45).furloughed(), Decimal::ZERO);
    }

    #[test]
    fn pay_is_scaled_to_furloughed_hours_rounding_half_up() {
        assert_eq!(hours(42, 24).scale(Money::pounds(700)), Ok(Money::pounds(300)));
        assert_eq!(hours(40, 40).scale(Money::pounds(700)), Ok(Money::ZERO));
    }
}
