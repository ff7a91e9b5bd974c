//! What an estimate returns: the spec's headline figures (spec step 8 and "Interfaces", in the
//! order of the worked example) and the workings the page shows and charts.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::assumptions::Assumption;
use super::cash_flow::ShutdownWeek;
use super::finances::FirmFinances;
use super::furlough::FurloughCosts;
use super::outcome::Outcome;
use super::pay::WeeklyPay;
use super::sensitivity::SensitivityPoint;
use crate::money::Money;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Estimate {
    // The spec's fields, printed by `furlough estimate`.
    pub exposed_jobs: u32,
    pub headcount: u32,
    pub weekly: WeeklyFigures,
    pub without_scheme: OutcomeSummary,
    pub with_scheme: OutcomeSummary,
    pub jobs_saved: u32,
    /// Weekly government cost × scheme weeks.
    pub government_cost: Money,
    /// The firm's weekly furlough cost × scheme weeks.
    pub employer_cost: Money,
    /// round(government cost ÷ jobs saved); `None` when no job is saved.
    pub cost_per_job_saved: Option<Money>,
    /// Statutory redundancy pay of the exposed staff.
    pub redundancy_cost_exposed: Money,
    pub sensitivity: Vec<SensitivityPoint>,

    // The workings, for the page.
    /// Weeks the scheme pays: min(shutdown, max_weeks).
    pub scheme_weeks: u32,
    /// The monthly cap as a week, rounded down (spec step 3).
    pub weekly_cap: Money,
    pub finances: FirmFinances,
    pub shutdown_week: ShutdownWeek,
    /// What the exposed staff cost a week at work.
    pub exposed_full_cost: Money,
    /// A week of furlough for all exposed staff: who pays what.
    pub weekly_furlough: FurloughCosts,
    pub groups: Vec<GroupBreakdown>,
    /// Cash at the end of each week of the shutdown, from week 0 (the start).
    pub cash_by_week: Vec<CashWeek>,
    pub assumptions: Vec<Assumption>,
}

/// The spec's `weekly` block.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct WeeklyFigures {
    /// P: every employee's weekly cost (pay, employer NIC, pension).
    pub payroll_cost: Money,
    /// R: normal weekly revenue.
    pub revenue: Money,
    /// C: cash at the start (not weekly, but grouped here as in the spec).
    pub cash_reserves: Money,
    pub cash_flow_without_scheme: Money,
    pub cash_flow_with_scheme: Money,
    /// What the government pays a week: grants plus any NIC and pension it covers.
    pub government_grant: Money,
    /// What furlough costs the firm a week: top-ups plus the NIC and pension it still pays.
    pub employer_furlough_cost: Money,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutcomeSummary {
    pub outcome: Outcome,
    pub jobs_at_risk: u32,
    /// Weeks until the cash runs out (two decimals); `None` if it never does.
    pub runway_weeks: Option<Decimal>,
}

/// One group's row of the breakdown table (per-person amounts).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupBreakdown {
    pub label: String,
    pub employees: u32,
    /// Exposed people in the group: whole people, or a share of the whole workforce's
    /// exposed jobs (two decimals) when a roster is used.
    pub exposed: Decimal,
    pub week: WeeklyPay,
    pub furlough: FurloughCosts,
    pub redundancy_pay: Money,
}

/// Cash at the end of a week on each path (the chart).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CashWeek {
    pub week: u32,
    pub without_scheme: Money,
    pub with_scheme: Money,
    /// With the exposed staff made redundant at the start (their redundancy pay paid at week 0).
    pub with_layoffs: Money,
}
