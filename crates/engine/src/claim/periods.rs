//! Periods of days, the furlough window and the pay periods of a claim (claim spec §2).

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::error::{ClaimError, ClaimProblem};
use super::input::{Furlough, PayFrequency};

/// A monthly pay period is at most as long as the longest month.
const LONGEST_MONTHLY_PERIOD_DAYS: u64 = 31;

/// An inclusive run of days, `start` to `end`. Always at least one day long: the fields are
/// private so an empty or reversed period cannot be built.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "PeriodDates")]
pub struct Period {
    start: NaiveDate,
    end: NaiveDate,
}

#[derive(Deserialize)]
struct PeriodDates {
    start: NaiveDate,
    end: NaiveDate,
}

impl TryFrom<PeriodDates> for Period {
    type Error = &'static str;

    fn try_from(dates: PeriodDates) -> Result<Period, Self::Error> {
        Period::new(dates.start, dates.end).ok_or("a period cannot end before it starts")
    }
}

impl Period {
    pub fn new(start: NaiveDate, end: NaiveDate) -> Option<Period> {
        (start <= end).then_some(Period { start, end })
    }

    pub fn start(self) -> NaiveDate {
        self.start
    }

    pub fn end(self) -> NaiveDate {
        self.end
    }

    /// Number of days, counting both ends.
    pub fn days(self) -> u64 {
        days_between(self.start, self.end) + 1
    }

    /// The days both periods share, if any.
    pub fn intersection(self, other: Period) -> Option<Period> {
        Period::new(self.start.max(other.start), self.end.min(other.end))
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    /// The period moved `days` earlier.
    pub fn shifted_back(self, days: u64) -> Option<Period> {
        Some(Period {
            start: self.start.checked_sub_days(Days::new(days))?,
            end: self.end.checked_sub_days(Days::new(days))?,
        })
    }
}

/// Days from `from` to `to` (0 when `to` is not after `from`).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> u64 {
    u64::try_from(to.signed_duration_since(from).num_days()).unwrap_or(0)
}

/// A pay period of the claim with the days of it that fall in the furlough window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayPeriod {
    pub period: Period,
    /// The furloughed days: the whole period for a full period, a part of it for a partial one.
    pub furloughed: Period,
}

impl PayPeriod {
    /// A pay period and its furloughed days, which must lie inside it.
    pub fn new(period: Period, furloughed: Period) -> Option<PayPeriod> {
        (period.contains(furloughed.start) && period.contains(furloughed.end))
            .then_some(PayPeriod { period, furloughed })
    }

    /// Claim spec §2: partial when the furlough window cuts the period.
    pub fn is_partial(&self) -> bool {
        self.furloughed != self.period
    }

    pub fn furlough_days(&self) -> u64 {
        self.furloughed.days()
    }

    /// A full pay period: every day furloughed.
    pub fn full(period: Period) -> PayPeriod {
        PayPeriod { period, furloughed: period }
    }

    /// The pay period with its days inside the furlough window; `None` when it has none, as it
    /// then carries no grant.
    pub fn within(period: Period, window: Period) -> Option<PayPeriod> {
        period.intersection(window).map(|furloughed| PayPeriod { period, furloughed })
    }
}

/// Claim spec §2: the furlough inside the claim, from the later of the claim and furlough starts
/// to the claim end, or to the furlough end if that is earlier. `None` when they do not meet.
pub fn furlough_window(claim: Period, furlough: &Furlough) -> Option<Period> {
    let end = furlough.end.map_or(claim.end, |end| end.min(claim.end));
    Period::new(claim.start.max(furlough.start), end)
}

/// Claim spec §2: pay periods from their end dates, `(previous end + 1 day, end)`; the first
/// date only closes the period before the claim. A period may be shorter than its frequency
/// (a first or last period) but not longer.
pub fn pay_periods_from_end_dates(
    end_dates: &[NaiveDate],
    frequency: PayFrequency,
) -> Result<Vec<Period>, ClaimError> {
    if end_dates.len() < 2 {
        return Err(ClaimError::new(
            "pay_period_end_dates",
            ClaimProblem::PayPeriodEndsMissing,
        ));
    }
    let longest = frequency.days_in_weeks().unwrap_or(LONGEST_MONTHLY_PERIOD_DAYS);
    end_dates
        .windows(2)
        .map(|pair| {
            let period =
                pair[0].succ_opt().and_then(|start| Period::new(start, pair[1])).ok_or_else(|| {
                    ClaimError::new(
                        "pay_period_end_dates",
                        ClaimProblem::PayPeriodsOutOfOrder { earlier: pair[0], later: pair[1] },
                    )
                })?;
            if period.days() > longest {
                return Err(ClaimError::new(
                    "pay_period_end_dates",
                    ClaimProblem::PayPeriodTooLong {
                        start: period.start(),
                        end: period.end(),
                        days: period.days(),
                        frequency,
                    },
                ));
            }
            Ok(period)
        })
        .collect()
}

/// Claim spec §2: payment dates step back from the last pay date, one calendar month per period
/// for monthly pay and 1, 2 or 4 weeks otherwise. Returns one date per period, oldest first.
pub fn payment_dates(
    frequency: PayFrequency,
    last_pay_date: NaiveDate,
    count: usize,
) -> Option<Vec<NaiveDate>> {
    let mut dates = (0..count)
        .map(|steps_back| {
            let steps = u32::try_from(steps_back).ok()?;
            match frequency.days_in_weeks() {
                Some(days) => last_pay_date.checked_sub_days(Days::new(days * u64::from(steps))),
                None => last_pay_date.checked_sub_months(Months::new(steps)),
            }
        })
        .collect::<Option<Vec<_>>>()?;
    dates.reverse();
    Some(dates)
}

#[cfg(test)]
mod tests;
