//! Spec step 6: week by week from the firm's cash, does it get through the shutdown, and if
//! not, do redundancies of the exposed staff save the rest of the firm?

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use super::cash_flow::ShutdownWeek;
use crate::money::{Money, MoneyError};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Cash never goes below zero: no job at risk.
    Safe,
    /// Cash runs out unless the exposed staff are made redundant at the start: their jobs
    /// are at risk.
    Layoffs,
    /// Cash runs out even after those redundancies: every job is at risk.
    Insolvency,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Safe => "safe",
            Outcome::Layoffs => "layoffs",
            Outcome::Insolvency => "insolvency",
        }
    }

    pub fn jobs_at_risk(self, exposed_jobs: u32, headcount: u32) -> u32 {
        match self {
            Outcome::Safe => 0,
            Outcome::Layoffs => exposed_jobs,
            Outcome::Insolvency => headcount,
        }
    }
}

/// The firm's cash at the end of weeks 0, 1, … on each of the three paths. A path's weekly
/// flow does not depend on how long the shutdown lasts, so one set of paths answers every
/// shutdown length up to the horizon (the outcome, the chart and the sensitivity curve).
pub(super) struct CashPaths {
    pub without_scheme: Vec<Money>,
    /// CF1 while the scheme pays (`max_weeks`), CF0 after.
    pub with_scheme: Vec<Money>,
    /// Statutory redundancy paid at week 0, then CF0 + the exposed staff's full cost.
    pub with_layoffs: Vec<Money>,
    first_negative: [Option<u32>; 3],
}

impl CashPaths {
    pub fn new(
        cash: Money,
        redundancy_cost: Money,
        week: &ShutdownWeek,
        max_weeks: Option<u32>,
        horizon: u32,
    ) -> Result<CashPaths, MoneyError> {
        let scheme_flow = |w: u32| match max_weeks {
            Some(max) if w > max => week.without_scheme,
            _ => week.with_scheme,
        };
        let without_scheme = path(cash, horizon, |_| week.without_scheme)?;
        let with_scheme = path(cash, horizon, scheme_flow)?;
        let with_layoffs = path(cash.checked_sub(redundancy_cost)?, horizon, |_| {
            week.after_layoffs
        })?;
        let first_negative =
            [&without_scheme, &with_scheme, &with_layoffs].map(|p| first_negative_week(p));
        Ok(CashPaths {
            without_scheme,
            with_scheme,
            with_layoffs,
            first_negative,
        })
    }

    /// The outcome of a shutdown of `weeks` weeks (at most the horizon).
    pub fn outcome(&self, with_scheme: bool, weeks: u32) -> Outcome {
        let [without, with, layoffs] = self
            .first_negative
            .map(|week| week.is_none_or(|w| w > weeks));
        let keeps_everyone = if with_scheme { with } else { without };
        if keeps_everyone {
            Outcome::Safe
        } else if layoffs {
            Outcome::Layoffs
        } else {
            Outcome::Insolvency
        }
    }
}

fn path(start: Money, horizon: u32, flow: impl Fn(u32) -> Money) -> Result<Vec<Money>, MoneyError> {
    let mut cash = Vec::with_capacity(horizon as usize + 1);
    let mut balance = start;
    cash.push(balance);
    for week in 1..=horizon {
        balance = balance.checked_add(flow(week))?;
        cash.push(balance);
    }
    Ok(cash)
}

fn first_negative_week(path: &[Money]) -> Option<u32> {
    path.iter()
        .position(|cash| cash.is_negative())
        .and_then(|week| u32::try_from(week).ok())
}

/// Runway in weeks (two decimals): how long the cash lasts at `first` a week for `first_weeks`
/// weeks (all the time when `None`) and `then` a week after; `None` if it never runs out.
/// Without the scheme: C ÷ −CF0 (spec step 6). With it, the scheme's weeks are followed by CF0.
pub(super) fn runway(
    cash: Money,
    first: Money,
    first_weeks: Option<u32>,
    then: Money,
) -> Result<Option<Decimal>, MoneyError> {
    let weeks = match first_weeks {
        None => weeks_until_empty(cash, first)?,
        Some(scheme_weeks) => {
            let after_scheme = cash.checked_add(first.checked_mul(Decimal::from(scheme_weeks))?)?;
            if after_scheme.is_negative() {
                weeks_until_empty(cash, first)?
            } else {
                weeks_until_empty(after_scheme, then)?.map(|w| w + Decimal::from(scheme_weeks))
            }
        }
    };
    Ok(weeks.map(|w| {
        let mut rounded = w.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        rounded.rescale(2);
        rounded
    }))
}

fn weeks_until_empty(cash: Money, flow: Money) -> Result<Option<Decimal>, MoneyError> {
    if flow.is_negative() {
        Ok(Some(cash.checked_ratio(Money::ZERO.checked_sub(flow)?)?))
    } else {
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn week(without: i64, with: i64, layoffs: i64) -> ShutdownWeek {
        ShutdownWeek {
            revenue: Money::ZERO,
            non_pay_costs: Money::ZERO,
            without_scheme: Money::pounds(without),
            with_scheme: Money::pounds(with),
            after_layoffs: Money::pounds(layoffs),
        }
    }

    fn paths(cash: i64, redundancy: i64, w: ShutdownWeek, max_weeks: Option<u32>) -> CashPaths {
        CashPaths::new(
            Money::pounds(cash),
            Money::pounds(redundancy),
            &w,
            max_weeks,
            52,
        )
        .unwrap()
    }

    #[test]
    fn cash_that_lasts_the_shutdown_is_safe_and_cash_that_does_not_is_not() {
        let p = paths(1000, 0, week(-100, -50, -100), None);
        assert_eq!(p.outcome(false, 10), Outcome::Safe); // 1000 − 10 × 100 = 0: not below zero
        assert_eq!(p.outcome(false, 11), Outcome::Insolvency);
        assert_eq!(p.outcome(true, 20), Outcome::Safe);
        assert_eq!(p.outcome(true, 21), Outcome::Insolvency);
    }

    #[test]
    fn layoffs_when_redundancies_at_the_start_keep_the_cash_above_zero() {
        let p = paths(1000, 400, week(-100, -100, -20), None);
        assert_eq!(p.outcome(false, 30), Outcome::Layoffs); // 600 − 30 × 20 = 0
        assert_eq!(p.outcome(false, 31), Outcome::Insolvency);
        let unaffordable = paths(1000, 1001, week(-100, -100, 50), None);
        assert_eq!(unaffordable.outcome(false, 20), Outcome::Insolvency);
    }

    #[test]
    fn after_max_weeks_the_scheme_path_goes_back_to_cf0() {
        let p = paths(1000, 0, week(-100, 0, -100), Some(4));
        assert_eq!(p.with_scheme[4], Money::pounds(1000));
        assert_eq!(p.with_scheme[6], Money::pounds(800));
        assert_eq!(p.outcome(true, 14), Outcome::Safe);
        assert_eq!(p.outcome(true, 15), Outcome::Insolvency);
    }

    #[test]
    fn runway_is_cash_over_the_weekly_outflow() {
        let r = |cash, first, weeks, then| {
            runway(
                Money::pence(cash),
                Money::pence(first),
                weeks,
                Money::pence(then),
            )
            .unwrap()
        };
        assert_eq!(
            r(60_000_000, -13_936_392, None, 0),
            Some(Decimal::new(431, 2))
        );
        assert_eq!(
            r(60_000_000, -6_286_032, Some(26), -13_936_392),
            Some(Decimal::new(954, 2))
        );
        assert_eq!(r(100, 0, None, 0), None);
        // 10 weeks at +£1 then −£2 a week from £100 + £10: 10 + 55 = 65 weeks.
        assert_eq!(r(10_000, 100, Some(10), -200), Some(Decimal::new(6500, 2)));
        assert_eq!(r(10_000, 100, Some(10), 0), None);
        assert_eq!(
            r(0, -100, None, 0).map(|d| d.to_string()),
            Some("0.00".to_string())
        );
    }

    #[test]
    fn jobs_at_risk_follow_the_outcome() {
        assert_eq!(Outcome::Safe.jobs_at_risk(120, 200), 0);
        assert_eq!(Outcome::Layoffs.jobs_at_risk(120, 200), 120);
        assert_eq!(Outcome::Insolvency.jobs_at_risk(120, 200), 200);
    }
}
