//! The supply-chain view (spec "Supply-chain view"): many firms, each estimated on its own,
//! then summed, with how many firms end safe, in layoffs or insolvent.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::errors::ScenarioErrors;
use super::outcome::Outcome;
use super::result::Estimate;
use super::scenario::Scenario;
use crate::money::{Money, MoneyError};

/// How many firms end with each outcome.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeCounts {
    pub safe: u32,
    pub layoffs: u32,
    pub insolvency: u32,
}

impl OutcomeCounts {
    fn count(&mut self, outcome: Outcome) {
        let firms = match outcome {
            Outcome::Safe => &mut self.safe,
            Outcome::Layoffs => &mut self.layoffs,
            Outcome::Insolvency => &mut self.insolvency,
        };
        *firms = firms.saturating_add(1);
    }
}

/// A firm of the chain: its name, where it came from (the CSV line, or its position in a
/// list) and its scenario, or what was wrong with its row.
#[derive(Clone, Debug, PartialEq)]
pub struct FirmRow {
    pub line: u64,
    pub firm: String,
    pub scenario: Result<Scenario, ScenarioErrors>,
}

impl FirmRow {
    pub fn estimate(&self) -> Result<Estimate, ScenarioErrors> {
        self.scenario
            .as_ref()
            .map_err(Clone::clone)
            .and_then(super::estimate)
    }
}

/// The chain's totals over the firms that could be estimated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SupplyChainTotals {
    pub firms: u32,
    pub headcount: u64,
    pub exposed_jobs: u64,
    pub jobs_at_risk_without: u64,
    pub jobs_at_risk_with: u64,
    pub jobs_saved: u64,
    pub government_cost: Money,
    pub employer_cost: Money,
    pub redundancy_cost_exposed: Money,
    /// round(total government cost ÷ total jobs saved); `None` when no job is saved.
    pub cost_per_job_saved: Option<Money>,
    pub outcomes_without: OutcomeCounts,
    pub outcomes_with: OutcomeCounts,
}

impl SupplyChainTotals {
    pub fn of<'a>(
        estimates: impl IntoIterator<Item = &'a Estimate>,
    ) -> Result<SupplyChainTotals, MoneyError> {
        let mut totals = SupplyChainTotals::default();
        for estimate in estimates {
            totals.firms = totals.firms.saturating_add(1);
            totals.headcount += u64::from(estimate.headcount);
            totals.exposed_jobs += u64::from(estimate.exposed_jobs);
            totals.jobs_at_risk_without += u64::from(estimate.without_scheme.jobs_at_risk);
            totals.jobs_at_risk_with += u64::from(estimate.with_scheme.jobs_at_risk);
            totals.jobs_saved += u64::from(estimate.jobs_saved);
            totals.government_cost = totals
                .government_cost
                .checked_add(estimate.government_cost)?;
            totals.employer_cost = totals.employer_cost.checked_add(estimate.employer_cost)?;
            totals.redundancy_cost_exposed = totals
                .redundancy_cost_exposed
                .checked_add(estimate.redundancy_cost_exposed)?;
            totals
                .outcomes_without
                .count(estimate.without_scheme.outcome);
            totals.outcomes_with.count(estimate.with_scheme.outcome);
        }
        if totals.jobs_saved > 0 {
            let per_job = totals
                .government_cost
                .checked_div(Decimal::from(totals.jobs_saved))?
                .round_half_up();
            totals.cost_per_job_saved = Some(per_job);
        }
        Ok(totals)
    }
}
