//! CJRS rules as data: every rate, cap, threshold and key date the claim engine uses, each with
//! the source it comes from. Nothing else in `claim` spells out a number of pounds or a date.
//!
//! Sources (all HMRC / GOV.UK, as published while the scheme ran):
//! - [GUIDE] "Calculate how much you can claim using the Coronavirus Job Retention Scheme"
//! - [EXAMPLES] "Examples of how to work out 80% of your employees' wages"
//! - [DIRECTION] The Coronavirus Act 2020 Functions of HMRC (Coronavirus Job Retention Scheme)
//!   Directions (1st to 6th), HM Treasury
//! - [RATES] "Rates and thresholds for employers 2019 to 2020" and "… 2020 to 2021"
//! - [TPR] The Pensions Regulator, automatic enrolment earnings thresholds 2019-20 and 2020-21
//! - [CALC] HMRC's claim calculator (coronavirus-jrs-calculator-frontend), where it settles a
//!   detail the guidance leaves open.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::input::PayFrequency;
use crate::Money;

/// A date in a table. Evaluated at compile time only (every caller is a `const`), so an invalid
/// date is a build error, never a runtime panic.
const fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => d,
        None => panic!("invalid date in the CJRS tables"),
    }
}

/// Pence in a table.
const fn pence(pence: u32) -> Money {
    Money::new(Decimal::from_parts(pence, 0, 0, false, 2))
}

/// A percentage rate in a table, e.g. `percent(138, 1)` is 13.8% = 0.138.
const fn percent(value: u32, decimals: u32) -> Decimal {
    Decimal::from_parts(value, 0, 0, false, decimals + 2)
}

// Key dates.
/// First day a claim may cover. [DIRECTION] 1st, para 3.
pub const SCHEME_START: NaiveDate = date(2020, 3, 1);
/// Last day a claim may cover. [GUIDE] "The scheme closed on 30 September 2021".
pub const SCHEME_END: NaiveDate = date(2021, 9, 30);
/// Flexible furlough and one-month claims start. [DIRECTION] 2nd, para 7.
pub const FLEXIBLE_FURLOUGH_START: NaiveDate = date(2020, 7, 1);
/// Claims ending on or after this date get no NIC or pension grant. [GUIDE] "From 1 August 2020".
pub const NIC_AND_PENSION_GRANTS_END: NaiveDate = date(2020, 8, 1);
/// The scheme extension: new reference dates and new starters. [DIRECTION] 5th, para 2.
pub const EXTENSION_START: NaiveDate = date(2020, 11, 1);
/// Claims from May 2021: employees on payroll by 2 March 2021. [DIRECTION] 6th, para 2.
pub const MAY_2021_EXTENSION_START: NaiveDate = date(2021, 5, 1);
/// Claim periods ending on or after this date look back two years for the same period last
/// year, because 2020 pay was itself furlough-affected. [GUIDE] "Employees whose pay varied".
pub const TWO_YEAR_LOOKBACK_FROM: NaiveDate = date(2021, 3, 1);
/// Earliest start of the average-pay window: the start of tax year 2019-20. [GUIDE]
pub const AVERAGE_WINDOW_EARLIEST: NaiveDate = date(2019, 4, 6);
/// Latest end of the average-pay window for employees on payroll by 19 March 2020. [GUIDE]
pub const AVERAGE_WINDOW_LATEST_END: NaiveDate = date(2020, 4, 5);
/// Start date given to new starters of tax year 2020-21 for claims from November 2020. [GUIDE]
pub const NEW_STARTER_WINDOW_START: NaiveDate = date(2020, 4, 6);
/// Employees who started from this date to 5 April 2020 count as starting 6 April 2020 for
/// claims from November 2020. [GUIDE] "Employees who started after 19 March 2020".
pub const LATE_MARCH_STARTERS_FROM: NaiveDate = date(2020, 3, 20);
/// Employees who started from this date to 19 March 2020 with no RTI submission by 19 March 2020
/// count as starting 6 April 2020 for claims from November 2020. [GUIDE]
pub const NO_RTI_STARTERS_FROM: NaiveDate = date(2020, 2, 1);
/// Employed on or before this date: the same period last year can always be used. [GUIDE]
pub const LONG_SERVING_BY: NaiveDate = date(2019, 2, 1);
/// Before flexible furlough, only employees who started before 6 April 2019 could use the same
/// period last year. [CALC] `cylbCutoff` for claims before July 2020.
pub const PHASE_ONE_CYLB_CUTOFF: NaiveDate = date(2019, 4, 6);

// Caps. [GUIDE] "Maximum wage amount"; [EXAMPLES].
/// The monthly maximum, also the basis of the daily maximum.
pub const MONTHLY_CAP: Money = pence(250_000);

/// The cap for a full pay period, fixed whatever the calendar month (claim spec §4).
pub const fn full_period_cap(frequency: PayFrequency) -> Money {
    match frequency {
        PayFrequency::Weekly => pence(57_692),
        PayFrequency::Fortnightly => pence(115_384),
        PayFrequency::FourWeekly => pence(230_768),
        PayFrequency::Monthly => MONTHLY_CAP,
    }
}

/// Days in a month as HMRC's calculator counts them for the daily maximum: February always has
/// 28 days, even in 2020 ([CALC] `Month.length(false)`). We match the calculator (claim spec §4).
pub fn days_in_month_for_daily_cap(month: u32) -> u32 {
    match month {
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The share of the government grant for claims in a month, in percent of wages. [GUIDE]
/// "Changes to the scheme from 1 September 2020" and "… from 1 July 2021".
pub fn grant_rate_percent(claim_start: NaiveDate) -> u32 {
    match (claim_start.year(), claim_start.month()) {
        (2020, 9) | (2021, 7) => 70,
        (2020, 10) | (2021, 8) | (2021, 9) => 60,
        _ => 80,
    }
}

/// 80%: the share of wages the employee must receive, and the grant before any taper.
pub const FURLOUGH_RATE_PERCENT: u32 = 80;

/// Employer (secondary) Class 1 NIC rate, both tax years. [RATES]
pub const NIC_RATE: Decimal = percent(138, 1);
/// Minimum employer pension contribution under automatic enrolment. [TPR]
pub const PENSION_RATE: Decimal = percent(3, 0);

/// A tax year whose thresholds the NIC and pension grants use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TaxYear {
    Y2019To20,
    Y2020To21,
}

impl TaxYear {
    /// The tax year a payment date falls in; `None` outside the two years the grants span.
    pub fn of(payment_date: NaiveDate) -> Option<TaxYear> {
        if payment_date < date(2019, 4, 6) {
            None
        } else if payment_date < date(2020, 4, 6) {
            Some(TaxYear::Y2019To20)
        } else if payment_date < date(2021, 4, 6) {
            Some(TaxYear::Y2020To21)
        } else {
            None
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            TaxYear::Y2019To20 => "2019-20",
            TaxYear::Y2020To21 => "2020-21",
        }
    }
}

/// Employer NIC secondary threshold per pay period. [RATES] (£8,632 and £8,788 a year).
pub const fn nic_secondary_threshold(year: TaxYear, frequency: PayFrequency) -> Money {
    match (year, frequency) {
        (TaxYear::Y2019To20, PayFrequency::Weekly) => pence(16_600),
        (TaxYear::Y2019To20, PayFrequency::Fortnightly) => pence(33_200),
        (TaxYear::Y2019To20, PayFrequency::FourWeekly) => pence(66_400),
        (TaxYear::Y2019To20, PayFrequency::Monthly) => pence(71_900),
        (TaxYear::Y2020To21, PayFrequency::Weekly) => pence(16_900),
        (TaxYear::Y2020To21, PayFrequency::Fortnightly) => pence(33_800),
        (TaxYear::Y2020To21, PayFrequency::FourWeekly) => pence(67_600),
        (TaxYear::Y2020To21, PayFrequency::Monthly) => pence(73_200),
    }
}

/// Lower level of qualifying earnings per pay period. [TPR] (£6,136 and £6,240 a year).
pub const fn pension_lower_earnings_limit(year: TaxYear, frequency: PayFrequency) -> Money {
    match (year, frequency) {
        (TaxYear::Y2019To20, PayFrequency::Weekly) => pence(11_800),
        (TaxYear::Y2019To20, PayFrequency::Fortnightly) => pence(23_600),
        (TaxYear::Y2019To20, PayFrequency::FourWeekly) => pence(47_200),
        (TaxYear::Y2019To20, PayFrequency::Monthly) => pence(51_200),
        (TaxYear::Y2020To21, PayFrequency::Weekly) => pence(12_000),
        (TaxYear::Y2020To21, PayFrequency::Fortnightly) => pence(24_000),
        (TaxYear::Y2020To21, PayFrequency::FourWeekly) => pence(48_000),
        (TaxYear::Y2020To21, PayFrequency::Monthly) => pence(52_000),
    }
}

#[cfg(test)]
mod tests;
