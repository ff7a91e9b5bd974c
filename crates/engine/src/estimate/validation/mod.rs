//! Checks a scenario before anything is calculated and reports every problem at once (spec
//! "Interfaces": bad input names the field and never panics). The ranges keep each figure
//! realistic and keep all arithmetic far from overflow. What passes becomes a [`Checked`]
//! scenario: required fields present, defaults resolved, tables looked up.

mod money_settings;
mod workforce;

pub(super) use workforce::person_problems;

use rust_decimal::Decimal;

use super::errors::{ScenarioError, ScenarioErrors};
use super::scenario::{Exposure, Finances, Scenario, Scheme, SCENARIO_VERSION};
use crate::money::Money;
use crate::payroll::{
    newest_payroll_year, payroll_year, supported_tax_years, NicCategory, PayrollYear,
};
use crate::redundancy::{weekly_pay_cap, WeeklyPayCap};

/// Shutdowns and schemes last at most two years.
const MAX_WEEKS: u32 = 104;

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
    let mut add = |field: &str, message: String| problems.push(ScenarioError::new(field, message));

    if scenario.version != SCENARIO_VERSION {
        add(
            "version",
            format!(
                "This scenario is in format version {}; this calculator reads version {SCENARIO_VERSION}. \
                 Re-enter it, or open it with the calculator that saved it.",
                scenario.version
            ),
        );
    }
    let payroll = match scenario.tax_year {
        None => Some(newest_payroll_year()),
        Some(tax_year) => payroll_year(tax_year),
    };
    let redundancy_cap = payroll.and_then(|year| weekly_pay_cap(year.tax_year));
    if payroll.is_none() || redundancy_cap.is_none() {
        let years: Vec<String> = supported_tax_years().map(|y| y.to_string()).collect();
        let chosen = scenario.tax_year.map(|y| y.to_string()).unwrap_or_default();
        add(
            "tax_year",
            format!(
                "We hold payroll thresholds for {} only, so the tax year must be one of those (you chose {chosen}).",
                years.join(" and ")
            ),
        );
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
            .unwrap_or_else(|| ScenarioErrors::one("", "The scenario is incomplete."))),
    }
}

fn check_shutdown(scenario: &Scenario, problems: &mut Vec<ScenarioError>) {
    match scenario.lost_output_pct {
        None => problems.push(ScenarioError::new(
            "lost_output_pct",
            "Enter the share of normal output lost during the shutdown, from 0 to 100 (%).",
        )),
        Some(pct) if !percent_range(pct) => problems.push(ScenarioError::new(
            "lost_output_pct",
            format!(
                "Lost output must be between 0 and 100 (% of normal output lost); you entered {}.",
                pct.normalize()
            ),
        )),
        Some(_) => {}
    }
    match scenario.shutdown_weeks {
        None => problems.push(ScenarioError::new(
            "shutdown_weeks",
            "Enter how many weeks the shutdown is expected to last, from 1 to 104.",
        )),
        Some(weeks) if !(1..=MAX_WEEKS).contains(&weeks) => problems.push(ScenarioError::new(
            "shutdown_weeks",
            format!("The shutdown must last from 1 to 104 weeks (two years); you entered {weeks}."),
        )),
        Some(_) => {}
    }
}

pub(super) fn percent_range(pct: Decimal) -> bool {
    pct >= Decimal::ZERO && pct <= Decimal::ONE_HUNDRED
}

/// The message for an amount outside [low, high] or with fractions of a penny.
pub(super) fn money_problem(
    amount: Money,
    low: Money,
    high: Money,
    what: &str,
    low_text: &str,
    high_text: &str,
) -> Option<String> {
    if amount < low || amount > high {
        Some(format!(
            "{what} must be between {low_text} and {high_text}; you entered £{amount}."
        ))
    } else if amount.amount().normalize().scale() > 2 {
        Some(format!(
            "{what} must be in pounds and pence, with at most 2 decimal places."
        ))
    } else {
        None
    }
}
