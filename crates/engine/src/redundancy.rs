//! Statutory redundancy pay (estimate spec, Method step 7; GOV.UK "Redundancy pay"): what the
//! law obliges an employer to pay someone it makes redundant, and the weekly pay cap table.
//!
//! Rules: none under 2 complete years of service; at most 20 years count, counted back from
//! the employee's age at dismissal; each year earns half a week's pay if the employee was
//! under 22 throughout it, a week if 22 to 40, a week and a half if 41 or over; a week's pay
//! is capped at the figure in force on the dismissal date.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::money::{Money, MoneyError, MoneyResult};
use crate::payroll::TaxYear;

/// Service shorter than this earns nothing.
pub const MINIMUM_YEARS: u32 = 2;
/// Service longer than this counts as this many years.
pub const MAXIMUM_YEARS_COUNTED: u32 = 20;

/// The weekly pay cap in force for dismissals in a tax year (it changes each 6 April).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct WeeklyPayCap {
    pub tax_year: TaxYear,
    pub cap: Money,
    pub source: &'static str,
}

const fn cap(first_year: u16, pounds: u32, source: &'static str) -> WeeklyPayCap {
    WeeklyPayCap {
        tax_year: TaxYear::starting_in(first_year),
        cap: Money::new(Decimal::from_parts(pounds, 0, 0, false, 0)),
        source,
    }
}

/// Great Britain's caps (Northern Ireland sets its own). Each is set by that year's Employment
/// Rights (Increase of Limits) Order and published on GOV.UK's "Redundancy pay" page.
pub static WEEKLY_PAY_CAPS: [WeeklyPayCap; 8] = [
    cap(2019, 525, "Employment Rights (Increase of Limits) Order 2019: £525 a week from 6 April 2019"),
    cap(2020, 538, "Employment Rights (Increase of Limits) Order 2020: £538 a week from 6 April 2020"),
    cap(2021, 544, "Employment Rights (Increase of Limits) Order 2021: £544 a week from 6 April 2021"),
    cap(2022, 571, "Employment Rights (Increase of Limits) Order 2022: £571 a week from 6 April 2022"),
    cap(2023, 643, "Employment Rights (Increase of Limits) Order 2023: £643 a week from 6 April 2023"),
    cap(2024, 700, "Employment Rights (Increase of Limits) Order 2024: £700 a week from 6 April 2024"),
    cap(2025, 719, "GOV.UK \"Redundancy pay\"; Employment Rights (Increase of Limits) Order 2025: £719 a week from 6 April 2025"),
    cap(2026, 751, "GOV.UK \"Redundancy pay\"; Employment Rights (Increase of Limits) Order 2026: £751 a week from 6 April 2026"),
];

/// The cap for dismissals in a tax year, if we hold it.
pub fn weekly_pay_cap(tax_year: TaxYear) -> Option<&'static WeeklyPayCap> {
    WEEKLY_PAY_CAPS.iter().find(|cap| cap.tax_year == tax_year)
}

/// The cap in force on a dismissal date, if we hold it.
pub fn weekly_pay_cap_on(dismissal_date: NaiveDate) -> Option<&'static WeeklyPayCap> {
    TaxYear::containing(dismissal_date).and_then(weekly_pay_cap)
}

/// The number of weeks' pay the law gives for `complete_years` of service at `age`.
/// The year just completed was worked at age − 1, the one before at age − 2, and so on.
pub fn weeks_of_pay(age: u32, complete_years: u32) -> Decimal {
    if complete_years < MINIMUM_YEARS {
        return Decimal::ZERO;
    }
    let half_weeks: u32 = (1..=complete_years.min(MAXIMUM_YEARS_COUNTED))
        .map(|years_back| match age.saturating_sub(years_back) {
            0..=21 => 1,
            22..=40 => 2,
            _ => 3,
        })
        .sum();
    Decimal::new(i64::from(half_weeks) * 5, 1)
}

/// round(weeks of pay × min(weekly pay, cap)), to the penny, half up.
pub fn statutory_redundancy_pay(
    age: u32,
    complete_years: u32,
    weekly_pay: Money,
    cap: Money,
) -> MoneyResult {
    Ok(weekly_pay
        .min(cap)
        .checked_mul(weeks_of_pay(age, complete_years))?
        .round_half_up())
}

/// One employee's case, as GOV.UK's calculator asks for it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RedundancyCase {
    /// Age on the dismissal date.
    pub age: u32,
    pub complete_years_of_service: u32,
    /// Gross weekly pay before the cap.
    pub weekly_pay: Money,
    pub dismissal_date: NaiveDate,
}

/// Why redundancy pay could not be worked out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RedundancyError {
    /// We hold no cap for the tax year of this date.
    NoCapForDate(NaiveDate),
    Money(MoneyError),
}

impl std::fmt::Display for RedundancyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RedundancyError::NoCapForDate(date) => {
                let [first, .., last] = &WEEKLY_PAY_CAPS;
                write!(
                    f,
                    "We hold the redundancy pay cap for the tax years {} to {} only; {date} is outside them",
                    first.tax_year, last.tax_year
                )
            }
            RedundancyError::Money(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for RedundancyError {}

/// Statutory redundancy pay for one employee, with the cap in force on the dismissal date.
pub fn statutory_redundancy_pay_on(case: &RedundancyCase) -> Result<Money, RedundancyError> {
    let cap = weekly_pay_cap_on(case.dismissal_date)
        .ok_or(RedundancyError::NoCapForDate(case.dismissal_date))?;
    statutory_redundancy_pay(
        case.age,
        case.complete_years_of_service,
        case.weekly_pay,
        cap.cap,
    )
    .map_err(RedundancyError::Money)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn pay(age: u32, years: u32, weekly_pence: i64, on: NaiveDate) -> Money {
        let case = RedundancyCase {
            age,
            complete_years_of_service: years,
            weekly_pay: Money::pence(weekly_pence),
            dismissal_date: on,
        };
        statutory_redundancy_pay_on(&case).unwrap()
    }

    #[test]
    fn the_cap_table_holds_each_years_gov_uk_figure() {
        let caps: Vec<(String, String)> = WEEKLY_PAY_CAPS
            .iter()
            .map(|c| (c.tax_year.to_string(), c.cap.to_string()))
            .collect();
        let expected = [
            ("2019-20", "525.00"),
            ("2020-21", "538.00"),
            ("2021-22", "544.00"),
            ("2022-23", "571.00"),
            ("2023-24", "643.00"),
            ("2024-25", "700.00"),
            ("2025-26", "719.00"),
            ("2026-27", "751.00"),
        ];
        assert_eq!(caps, expected.map(|(y, c)| (y.to_string(), c.to_string())));
        assert!(WEEKLY_PAY_CAPS
            .iter()
            .all(|c| c.source.contains(&format!("£{} a week", c.cap.amount()))));
    }

    #[test]
    fn the_cap_changes_on_6_april() {
        assert_eq!(
            weekly_pay_cap_on(date(2025, 4, 5)).unwrap().cap,
            Money::pounds(700)
        );
        assert_eq!(
            weekly_pay_cap_on(date(2025, 4, 6)).unwrap().cap,
            Money::pounds(719)
        );
        assert_eq!(
            weekly_pay_cap_on(date(2026, 4, 6)).unwrap().cap,
            Money::pounds(751)
        );
        assert!(weekly_pay_cap_on(date(2019, 4, 5)).is_none());
        assert!(weekly_pay_cap_on(date(2027, 4, 6)).is_none());
    }

    #[test]
    fn the_worked_example_gets_8_weeks_at_615_38() {
        // Age 40, 8 years: worked at ages 32 to 39, a week each.
        assert_eq!(weeks_of_pay(40, 8), Decimal::from(8));
        assert_eq!(pay(40, 8, 61538, date(2025, 10, 1)), Money::pence(492304));
    }

    #[test]
    fn under_two_years_gets_nothing() {
        assert_eq!(weeks_of_pay(45, 0), Decimal::ZERO);
        assert_eq!(weeks_of_pay(45, 1), Decimal::ZERO);
        assert_eq!(weeks_of_pay(45, 2), Decimal::from(3));
    }

    #[test]
    fn years_under_22_earn_half_a_week_and_41_and_over_a_week_and_a_half() {
        // Age 21 with 3 years: ages 18, 19, 20 → 1.5 weeks.
        assert_eq!(weeks_of_pay(21, 3), Decimal::new(15, 1));
        // Age 23 with 2 years: ages 21 (0.5) and 22 (1).
        assert_eq!(weeks_of_pay(23, 2), Decimal::new(15, 1));
        // Age 42 with 2 years: ages 40 (1) and 41 (1.5).
        assert_eq!(weeks_of_pay(42, 2), Decimal::new(25, 1));
        // Age 41 with 2 years: ages 39 and 40, a week each.
        assert_eq!(weeks_of_pay(41, 2), Decimal::from(2));
    }

    #[test]
    fn only_the_last_20_years_count() {
        // Age 50 with 30 years: ages 30–49 count: 11 years at 1 + 9 years at 1.5 = 24.5.
        assert_eq!(weeks_of_pay(50, 30), Decimal::new(245, 1));
        assert_eq!(weeks_of_pay(50, 20), weeks_of_pay(50, 35));
    }

    #[test]
    fn the_gov_uk_maximum_is_30_weeks_at_the_cap() {
        // GOV.UK: the most anyone can get is £21,570 (2025-26) and £22,530 (2026-27).
        assert_eq!(pay(61, 20, 200000, date(2025, 9, 1)), Money::pounds(21_570));
        assert_eq!(pay(64, 25, 90000, date(2026, 9, 1)), Money::pounds(22_530));
        assert_eq!(pay(61, 20, 200000, date(2024, 9, 1)), Money::pounds(21_000));
    }

    #[test]
    fn half_pennies_round_up() {
        // 1.5 weeks × £615.37 = £923.055.
        assert_eq!(
            statutory_redundancy_pay(21, 3, Money::pence(61537), Money::pounds(719)).unwrap(),
            Money::pence(92306)
        );
    }

    #[test]
    fn a_date_outside_the_table_is_an_error_not_a_guess() {
        let case = RedundancyCase {
            age: 40,
            complete_years_of_service: 8,
            weekly_pay: Money::pounds(500),
            dismissal_date: date(2018, 6, 1),
        };
        assert_eq!(
            statutory_redundancy_pay_on(&case),
            Err(RedundancyError::NoCapForDate(date(2018, 6, 1)))
        );
    }
}
