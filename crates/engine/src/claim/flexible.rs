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
mod tests;
