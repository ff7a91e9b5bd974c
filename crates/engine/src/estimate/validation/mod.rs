//! Checks a scenario before anything is calculated and reports every problem at once (spec
//! "Interfaces": bad input names the field and never panics). The ranges keep each figure
//! realistic and keep all arithmetic far from overflow. What passes becomes a [`Checked`]
//! scenario: required fields present, defaults resolved, tables looked up.

mod money_settings;
mod workforce;

pub(super) use workforce::person_problems;

use std::ops::RangeInclusive;

use rust_decimal::Decimal;

use super::errors::{ScenarioError, ScenarioErrors};
use super::problems::ScenarioProblem;
use super::scenario::{Exposure, Finances, Scenario, Scheme, SCENARIO_VERSION};
use crate::money::Money;
use crate::payroll::{
    newest_payroll_year, payroll_year, supported_tax_years, NicCategory, PayrollYear,
};
use crate::redundancy::{weekly_pay_cap, WeeklyPayCap};

/// Shutdowns and schemes last at most two years.
use super::limits::MAX_WEEKS;

/// A scenario that passed every check.
pub(super) struct Checked<'a> {
    pub payroll: &'static PayrollYear,
    pub tax_year_is_default: bool,
    pub redundancy_cap: &'static WeeklyPayCap,
    pub groups: Vec<CheckedGroup<'a>>,
    pub headcount: u32,
    pub exposure: Exposure,
    pub lost_output_pct: Decimal,
    pub shutdown_weeks: u32,
    pub scheme: &'a Scheme,
    pub finances: &'a Finances,
}

#[derive(Clone, Copy)]
pub(super) struct CheckedGroup<'a> {
    pub label: &'a str,
    pub employees: u32,
    pub annual_pay: Money,
    pub age: u32,
    pub years_service: u32,
    pub nic_category: NicCategory,
    pub pension_enrolled: bool,
}

pub(super) fn check(scenario: &Scenario) -> Result<Checked<'_>, ScenarioErrors> {
    let mut problems = Vec::new();

    if scenario.version != SCENARIO_VERSION {
        problems.push(ScenarioError::new(
            "version",
            ScenarioProblem::WrongVersion {
                found: scenario.version,
            },
        ));
    }
    let payroll = match scenario.tax_year {
        None => Some(newest_payroll_year()),
        Some(tax_year) => payroll_year(tax_year),
    };
    let redundancy_cap = payroll.and_then(|year| weekly_pay_cap(year.tax_year));
    if payroll.is_none() || redundancy_cap.is_none() {
        problems.push(ScenarioError::new(
            "tax_year",
            ScenarioProblem::TaxYearNotHeld {
                held: supported_tax_years().collect(),
                chosen: scenario.tax_year,
            },
        ));
    }

    let (groups, headcount) = workforce::check_workforce(scenario, &mut problems);
    check_shutdown(scenario, &mut problems);
    money_settings::check_scheme(&scenario.scheme, &mut problems);
    money_settings::check_finances(&scenario.finances, &mut problems);

    match (
        payroll,
        redundancy_cap,
        scenario.lost_output_pct,
        scenario.shutdown_weeks,
    ) {
        (Some(payroll), Some(redundancy_cap), Some(lost_output_pct), Some(shutdown_weeks))
            if problems.is_empty() =>
        {
            Ok(Checked {
                payroll,
                tax_year_is_default: scenario.tax_year.is_none(),
                redundancy_cap,
                groups,
                headcount,
                exposure: scenario.exposure,
                lost_output_pct,
                shutdown_weeks,
                scheme: &scenario.scheme,
                finances: &scenario.finances,
            })
        }
        _ => Err(ScenarioErrors::from_list(problems)
            .unwrap_or_else(|| ScenarioErrors::one("", ScenarioProblem::Incomplete))),
    }
}

fn check_shutdown(scenario: &Scenario, problems: &mut Vec<ScenarioError>) {
    let mut add = |field: &str, problem| problems.push(ScenarioError::new(field, problem));
    match scenario.lost_output_pct {
        None => add("lost_output_pct", ScenarioProblem::LostOutputMissing),
        Some(pct) if !percent_range(pct) => add(
            "lost_output_pct",
            ScenarioProblem::LostOutputOutOfRange { entered: pct },
        ),
        Some(_) => {}
    }
    match scenario.shutdown_weeks {
        None => add("shutdown_weeks", ScenarioProblem::ShutdownWeeksMissing),
        Some(weeks) if !(1..=MAX_WEEKS).contains(&weeks) => add(
            "shutdown_weeks",
            ScenarioProblem::ShutdownWeeksOutOfRange { entered: weeks },
        ),
        Some(_) => {}
    }
}

pub(super) fn percent_range(pct: Decimal) -> bool {
    pct >= Decimal::ZERO && pct <= Decimal::ONE_HUNDRED
}

/// The problem of an amount outside `range` (`out_of_range`) or with fractions of a penny
/// (`not_in_pence`), if any.
pub(super) fn money_problem(
    amount: Money,
    range: RangeInclusive<Money>,
    out_of_range: fn(Money) -> ScenarioProblem,
    not_in_pence: ScenarioProblem,
) -> Option<ScenarioProblem> {
    if !range.contains(&amount) {
        Some(out_of_range(amount))
    } else if amount.amount().normalize().scale() > 2 {
        Some(not_in_pence)
    } else {
        None
    }
}
