//! Today's payroll parameters as data: one row per tax year, each citing its source, so a new
//! year is a new row and a reviewer can check every figure against the page it came from.
//!
//! The weekly figures drive the estimate; the monthly and annual ones are kept because payroll
//! staff check against them and the sources publish all three together.

mod nic;
mod pension;
mod tax_year;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::money::Money;

pub use nic::{EmployerNic, NicCategory};
pub use pension::PensionMinimum;
pub use tax_year::{TaxYear, TaxYearParseError};

/// A threshold as published for each pay period.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct PeriodThresholds {
    pub weekly: Money,
    pub monthly: Money,
    pub annual: Money,
}

/// The employer's payroll parameters for one tax year.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PayrollYear {
    pub tax_year: TaxYear,
    pub employer_nic: EmployerNic,
    pub pension: PensionMinimum,
}

const fn pounds(amount: u32) -> Money {
    Money::new(Decimal::from_parts(amount, 0, 0, false, 0))
}

const fn percent(rate: u32) -> Decimal {
    Decimal::from_parts(rate, 0, 0, false, 2)
}

const fn thresholds(weekly: u32, monthly: u32, annual: u32) -> PeriodThresholds {
    PeriodThresholds {
        weekly: pounds(weekly),
        monthly: pounds(monthly),
        annual: pounds(annual),
    }
}

/// The 2025-26 and 2026-27 parameters. The secondary threshold fell to £96 a week (£5,000 a
/// year) and the rate rose to 15% on 6 April 2025; both stay for 2026-27.
pub static PAYROLL_YEARS: [PayrollYear; 2] = [
    PayrollYear {
        tax_year: TaxYear::starting_in(2025),
        employer_nic: EmployerNic {
            rate: percent(15),
            secondary_threshold: thresholds(96, 417, 5_000),
            upper_secondary_threshold: thresholds(967, 4_189, 50_270),
            source: "GOV.UK, \"Rates and thresholds for employers 2025 to 2026\": Class 1 \
                     secondary threshold £96 a week (£417 a month, £5,000 a year), employer rate \
                     15%; upper secondary and apprentice upper secondary thresholds £967 a week \
                     (£4,189 a month, £50,270 a year)",
        },
        pension: PensionMinimum {
            employer_rate: percent(3),
            lower_threshold: thresholds(120, 520, 6_240),
            upper_threshold: thresholds(967, 4_189, 50_270),
            source: "The Pensions Regulator, automatic enrolment earnings thresholds 2025-26: \
                     qualifying earnings £120 to £967 a week (£520 to £4,189 a month, £6,240 to \
                     £50,270 a year); employer minimum contribution 3%",
        },
    },
    PayrollYear {
        tax_year: TaxYear::starting_in(2026),
        employer_nic: EmployerNic {
            rate: percent(15),
            secondary_threshold: thresholds(96, 417, 5_000),
            upper_secondary_threshold: thresholds(967, 4_189, 50_270),
            source: "GOV.UK, \"Rates and thresholds for employers 2026 to 2027\": Class 1 \
                     secondary threshold £96 a week (£417 a month, £5,000 a year), employer rate \
                     15%; upper secondary and apprentice upper secondary thresholds £967 a week \
                     (£4,189 a month, £50,270 a year)",
        },
        pension: PensionMinimum {
            employer_rate: percent(3),
            lower_threshold: thresholds(120, 520, 6_240),
            upper_threshold: thresholds(967, 4_189, 50_270),
            source: "The Pensions Regulator, automatic enrolment earnings thresholds 2026-27: \
                     qualifying earnings £120 to £967 a week (£520 to £4,189 a month, £6,240 to \
                     £50,270 a year); employer minimum contribution 3%",
        },
    },
];

/// The parameters for a tax year, if we hold them.
pub fn payroll_year(tax_year: TaxYear) -> Option<&'static PayrollYear> {
    PAYROLL_YEARS.iter().find(|year| year.tax_year == tax_year)
}

/// The newest tax year we hold. A scenario without a tax year uses it: the engine has no
/// clock, and while the table is kept up to date this is the year containing today.
pub fn newest_payroll_year() -> &'static PayrollYear {
    let [.., newest] = &PAYROLL_YEARS;
    newest
}

/// The tax years we hold, for messages and the app's year picker.
pub fn supported_tax_years() -> impl Iterator<Item = TaxYear> {
    PAYROLL_YEARS.iter().map(|year| year.tax_year)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year(first: u16) -> &'static PayrollYear {
        payroll_year(TaxYear::starting_in(first)).unwrap()
    }

    #[test]
    fn employer_nic_is_15_percent_above_96_a_week_417_a_month_5000_a_year_in_both_years() {
        for first in [2025, 2026] {
            let nic = &year(first).employer_nic;
            assert_eq!(nic.rate, Decimal::new(15, 2));
            assert_eq!(nic.secondary_threshold, thresholds(96, 417, 5_000));
            assert_eq!(
                nic.upper_secondary_threshold,
                thresholds(967, 4_189, 50_270)
            );
            assert!(nic.source.contains(&format!("{} to {}", first, first + 1)));
        }
    }

    #[test]
    fn pension_is_3_percent_between_120_and_967_a_week_520_and_4189_a_month_in_both_years() {
        for first in [2025, 2026] {
            let pension = &year(first).pension;
            assert_eq!(pension.employer_rate, Decimal::new(3, 2));
            assert_eq!(pension.lower_threshold, thresholds(120, 520, 6_240));
            assert_eq!(pension.upper_threshold, thresholds(967, 4_189, 50_270));
            assert!(pension.source.contains("The Pensions Regulator"));
        }
    }

    #[test]
    fn years_we_do_not_hold_are_none_and_the_newest_is_2026_27() {
        assert!(payroll_year(TaxYear::starting_in(2024)).is_none());
        assert!(payroll_year(TaxYear::starting_in(2027)).is_none());
        assert_eq!(newest_payroll_year().tax_year, TaxYear::starting_in(2026));
        let years: Vec<String> = supported_tax_years().map(|y| y.to_string()).collect();
        assert_eq!(years, ["2025-26", "2026-27"]);
    }
}
