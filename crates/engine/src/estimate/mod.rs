//! The estimate engine (`../shared/spec/estimate.md`): what a furlough scheme would cost the
//! government and a firm, and how many of the firm's jobs are at risk with and without it.
//!
//! One idea per module, in the order of the spec's method: `scenario` (inputs) →
//! `validation` → `pay` (step 1) → `exposure` (step 2) → `furlough` (step 3) → `finances`
//! (step 4) → `cash_flow` (step 5) → `outcome` (step 6; step 7 is `crate::redundancy`) →
//! `sensitivity` and `result` (step 8). [`estimate`] runs them; `supply_chain` sums firms.

mod assumptions;
mod cash_flow;
mod csv_cells;
mod csv_problems;
mod errors;
mod exposure;
mod finances;
mod furlough;
pub mod limits;
mod json;
mod outcome;
mod pay;
mod presets;
mod problems;
mod result;
mod roster_csv;
mod scenario;
mod sensitivity;
mod supply_chain;
mod supply_chain_csv;
mod validation;

use rust_decimal::Decimal;

pub use assumptions::{AssumedFigure, Assumption, AssumptionKind};
pub use cash_flow::ShutdownWeek;
pub use csv_problems::{CellProblem, CsvFile, CsvFileProblem};
pub use errors::{ScenarioError, ScenarioErrors};
pub use finances::FirmFinances;
pub use furlough::FurloughCosts;
pub use outcome::Outcome;
pub use pay::WeeklyPay;
pub use presets::SchemePreset;
pub use problems::ScenarioProblem;
pub use result::{CashWeek, Estimate, GroupBreakdown, OutcomeSummary, WeeklyFigures};
pub use roster_csv::{
    read_roster, read_roster_rows, RosterError, RosterProblem, RosterReading, RosterRow, ROSTER_HEADER,
    ROSTER_TEMPLATE,
};
pub use scenario::{Exposure, Finances, Scenario, Scheme, WorkforceGroup, SCENARIO_VERSION};
pub use sensitivity::{SensitivityPoint, SENSITIVITY_WEEKS};
pub use supply_chain::{FirmRow, OutcomeCounts, SupplyChainTotals};
pub use supply_chain_csv::{
    describe_errors, firms_left_out, read_firms, write_results, SupplyChainCsvError, RESULTS_HEADER,
    SUPPLY_CHAIN_HEADER, SUPPLY_CHAIN_TEMPLATE,
};

use crate::money::Money;
use crate::redundancy::statutory_redundancy_pay;
use exposure::PersonFigures;

/// Estimates one firm's scenario: the spec's method, steps 1 to 8. Every problem with the
/// scenario comes back at once, each naming its field; it never panics.
pub fn estimate(scenario: &Scenario) -> Result<Estimate, ScenarioErrors> {
    let checked = validation::check(scenario)?;
    let weekly_cap = furlough::weekly_cap(checked.scheme.monthly_cap)?;

    // Steps 1, 3 and 7, per person in each group.
    let mut people = Vec::with_capacity(checked.groups.len());
    let mut payroll_cost = Money::ZERO;
    for group in &checked.groups {
        let week = WeeklyPay::of(
            group.annual_pay,
            group.nic_category,
            group.pension_enrolled,
            checked.payroll,
        )?;
        let furlough = furlough::furlough_week(
            &week,
            group.nic_category,
            group.pension_enrolled,
            checked.scheme,
            weekly_cap,
            checked.payroll,
        )?;
        let redundancy_pay = statutory_redundancy_pay(
            group.age,
            group.years_service,
            week.pay,
            checked.redundancy_cap.cap,
        )?;
        payroll_cost =
            payroll_cost.checked_add(week.cost.checked_mul(Decimal::from(group.employees))?)?;
        people.push(PersonFigures {
            week,
            furlough,
            redundancy_pay,
        });
    }

    // Step 2.
    let exposed = exposure::exposed_staff(
        checked.exposure,
        checked.lost_output_pct,
        checked.headcount,
        checked
            .groups
            .iter()
            .zip(&people)
            .map(|(group, person)| (group.employees, person)),
    )?;

    // Steps 4 to 6.
    let firm = finances::firm_finances(checked.finances, payroll_cost)?;
    let week = cash_flow::shutdown_week(&firm, checked.lost_output_pct, payroll_cost, &exposed)?;
    let shutdown_weeks = checked.shutdown_weeks;
    let max_weeks = checked.scheme.max_weeks;
    let horizon = shutdown_weeks.max(sensitivity::SENSITIVITY_WEEKS);
    let paths = outcome::CashPaths::new(
        firm.cash_reserves,
        exposed.redundancy,
        &week,
        max_weeks,
        horizon,
    )?;
    let summary = |with_scheme: bool, runway| {
        let outcome = paths.outcome(with_scheme, shutdown_weeks);
        OutcomeSummary {
            outcome,
            jobs_at_risk: outcome.jobs_at_risk(exposed.jobs, checked.headcount),
            runway_weeks: runway,
        }
    };
    let without_scheme = summary(
        false,
        outcome::runway(
            firm.cash_reserves,
            week.without_scheme,
            None,
            week.without_scheme,
        )?,
    );
    let with_scheme = summary(
        true,
        outcome::runway(
            firm.cash_reserves,
            week.with_scheme,
            max_weeks,
            week.without_scheme,
        )?,
    );

    // Step 8.
    let scheme_weeks = max_weeks.map_or(shutdown_weeks, |max| max.min(shutdown_weeks));
    let government_weekly = exposed.furlough.government()?;
    let firm_weekly = exposed.furlough.firm()?;
    let government_cost = government_weekly.checked_mul(Decimal::from(scheme_weeks))?;
    let employer_cost = firm_weekly.checked_mul(Decimal::from(scheme_weeks))?;
    let jobs_saved = without_scheme
        .jobs_at_risk
        .saturating_sub(with_scheme.jobs_at_risk);
    let cost_per_job_saved = match jobs_saved {
        0 => None,
        saved => Some(
            government_cost
                .checked_div(Decimal::from(saved))?
                .round_half_up(),
        ),
    };

    let groups = checked
        .groups
        .iter()
        .zip(&people)
        .zip(&exposed.per_group)
        .map(|((group, person), &exposed)| GroupBreakdown {
            label: group.label.to_owned(),
            employees: group.employees,
            exposed,
            week: person.week,
            furlough: person.furlough,
            redundancy_pay: person.redundancy_pay,
        })
        .collect();
    let cash_by_week = (0..=shutdown_weeks)
        .zip(&paths.without_scheme)
        .zip(&paths.with_scheme)
        .zip(&paths.with_layoffs)
        .map(
            |(((week, &without_scheme), &with_scheme), &with_layoffs)| CashWeek {
                week,
                without_scheme,
                with_scheme,
                with_layoffs,
            },
        )
        .collect();

    Ok(Estimate {
        exposed_jobs: exposed.jobs,
        headcount: checked.headcount,
        weekly: WeeklyFigures {
            payroll_cost,
            revenue: firm.revenue,
            cash_reserves: firm.cash_reserves,
            cash_flow_without_scheme: week.without_scheme,
            cash_flow_with_scheme: week.with_scheme,
            government_grant: government_weekly,
            employer_furlough_cost: firm_weekly,
        },
        without_scheme,
        with_scheme,
        jobs_saved,
        government_cost,
        employer_cost,
        cost_per_job_saved,
        redundancy_cost_exposed: exposed.redundancy,
        sensitivity: sensitivity::sensitivity(&paths, exposed.jobs, checked.headcount),
        scheme_weeks,
        weekly_cap,
        assumptions: assumptions::assumptions(&checked, &firm, payroll_cost, weekly_cap),
        finances: firm,
        shutdown_week: week,
        exposed_full_cost: exposed.full_cost,
        weekly_furlough: exposed.furlough,
        groups,
        cash_by_week,
    })
}
