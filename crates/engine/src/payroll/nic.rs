//! Employer (secondary Class 1) National Insurance: the categories the calculator offers and
//! the weekly amount an employer pays (estimate spec, Method step 1).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::PeriodThresholds;
use crate::money::{Money, MoneyResult};

/// The employee's National Insurance category letter, as on a payslip. Only the letters the
/// spec names; they decide which threshold the employer's 15% starts above.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum NicCategory {
    /// Standard.
    #[default]
    A,
    /// Under 21.
    M,
    /// Apprentice under 25.
    H,
    /// Under 21, deferred.
    Z,
    /// No National Insurance due (e.g. under 16).
    X,
}

impl NicCategory {
    pub const ALL: [NicCategory; 5] = [
        NicCategory::A,
        NicCategory::M,
        NicCategory::H,
        NicCategory::Z,
        NicCategory::X,
    ];

    pub fn letter(self) -> &'static str {
        match self {
            NicCategory::A => "A",
            NicCategory::M => "M",
            NicCategory::H => "H",
            NicCategory::Z => "Z",
            NicCategory::X => "X",
        }
    }

    /// Reads a letter typed in a spreadsheet: `a`, ` M `; anything else is `None`.
    pub fn from_letter(text: &str) -> Option<NicCategory> {
        let text = text.trim();
        NicCategory::ALL
            .into_iter()
            .find(|category| category.letter().eq_ignore_ascii_case(text))
    }

    pub fn description(self) -> &'static str {
        match self {
            NicCategory::A => "standard",
            NicCategory::M => "under 21",
            NicCategory::H => "apprentice under 25",
            NicCategory::Z => "under 21, deferred",
            NicCategory::X => "no National Insurance due",
        }
    }

    /// The age an employee must be under to be in this category (HMRC's category rules), so a
    /// 40-year-old entered as `M` is caught instead of silently paying no NIC.
    pub fn under_age(self) -> Option<u32> {
        match self {
            NicCategory::M | NicCategory::Z => Some(21),
            NicCategory::H => Some(25),
            NicCategory::A | NicCategory::X => None,
        }
    }
}

/// One tax year's employer NIC parameters (a row of the table in `payroll`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EmployerNic {
    /// The employer's rate, e.g. 0.15.
    pub rate: Decimal,
    /// Secondary threshold: category A pays above it.
    pub secondary_threshold: PeriodThresholds,
    /// Upper secondary threshold (and the apprentice one, equal to it): categories M, H and Z
    /// pay nothing below it.
    pub upper_secondary_threshold: PeriodThresholds,
    pub source: &'static str,
}

impl EmployerNic {
    /// The employer's NIC on a week's pay: round(rate × max(0, pay − threshold)), the
    /// threshold depending on the category; category X pays none (spec step 1).
    pub fn weekly(&self, weekly_pay: Money, category: NicCategory) -> MoneyResult {
        let threshold = match category {
            NicCategory::A => self.secondary_threshold.weekly,
            NicCategory::M | NicCategory::H | NicCategory::Z => {
                self.upper_secondary_threshold.weekly
            }
            NicCategory::X => return Ok(Money::ZERO),
        };
        let above = weekly_pay.checked_sub(threshold)?.max(Money::ZERO);
        Ok(above.checked_mul(self.rate)?.round_half_up())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::payroll::{payroll_year, TaxYear};

    fn nic(pay: i64, category: NicCategory) -> Money {
        let year = payroll_year(TaxYear::starting_in(2025)).unwrap();
        year.employer_nic
            .weekly(Money::pence(pay), category)
            .unwrap()
    }

    #[test]
    fn category_a_pays_15_percent_above_96_pounds_rounded_half_up() {
        assert_eq!(nic(61538, NicCategory::A), Money::pence(7791)); // worked example: 77.907
        assert_eq!(nic(49230, NicCategory::A), Money::pence(5945)); // 59.445 rounds up
        assert_eq!(nic(9600, NicCategory::A), Money::ZERO);
        assert_eq!(nic(5000, NicCategory::A), Money::ZERO);
    }

    #[test]
    fn under_21s_and_apprentices_pay_only_above_the_upper_threshold() {
        for category in [NicCategory::M, NicCategory::H, NicCategory::Z] {
            assert_eq!(nic(61538, category), Money::ZERO, "{category:?}");
            assert_eq!(nic(96700, category), Money::ZERO, "{category:?}");
            assert_eq!(nic(100000, category), Money::pence(495), "{category:?}");
            // 15% of 33.00
        }
    }

    #[test]
    fn category_x_pays_no_nic() {
        assert_eq!(nic(500000, NicCategory::X), Money::ZERO);
    }

    #[test]
    fn letters_are_read_case_insensitively() {
        assert_eq!(NicCategory::from_letter(" m "), Some(NicCategory::M));
        assert_eq!(NicCategory::from_letter("Z"), Some(NicCategory::Z));
        assert_eq!(NicCategory::from_letter("B"), None);
        assert_eq!(NicCategory::from_letter(""), None);
    }
}
