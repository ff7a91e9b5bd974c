//! Checks a scenario before anything is calculated and reports every problem at once (spec
//! "Interfaces": bad input names the field and never panics). The ranges keep each figure
//! realistic and keep all arithmetic far from overflow. What passes becomes a [`Checked`]
//! scenario: required fields present, defaults resolved, tables looked up.

use rust_decimal::Decimal;

use super::errors::{ScenarioError, ScenarioErrors};
use super::scenario::{Exposure, Finances, Scenario, Scheme, SCENARIO_VERSION};
use crate::money::Money;
use crate::payroll::{newest_payroll_year, payroll_year, supported_tax_years, NicCategory, PayrollYear};
use crate::redundancy::{weekly_pay_cap, WeeklyPayCap};

const MAX_GROUP_EMPLOYEES: u32 = 1_000_000;
const MAX_HEADCOUNT: u64 = 10_000_000;
const MAX_ANNUAL_PAY: i64 = 10_000_000;
const MAX_MONTHLY_CAP: i64 = 100_000;
const MAX_CASH: i64 = 1_000_000_000_000;
const MAX_WEEKLY_REVENUE: i64 = 100_000_000_000;
const AGES: std::ops::RangeInclusive<u32> = 16..=99;
/// Nobody in a UK firm has worked there since before the age of 15.
const EARLIEST_WORKING_AGE: u32 = 15;
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

    let (groups, headcount) = check_workforce(scenario, &mut problems);
    check_shutdown(scenario, &mut problems);
    check_scheme(&scenario.scheme, &mut problems);
    check_finances(&scenario.finances, &mut problems);

    match (payroll, redundancy_cap, scenario.lost_output_pct, scenario.shutdown_weeks) {
        (Some(payroll), Some(redundancy_cap), Some(lost_output_pct), Some(shutdown_weeks)) if problems.is_empty() => {
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

fn check_workforce<'a>(scenario: &'a Scenario, problems: &mut Vec<ScenarioError>) -> (Vec<CheckedGroup<'a>>, u32) {
    let mut add = |index: usize, field: &str, message: String| {
        problems.push(ScenarioError::new(format!("workforce[{index}].{field}"), message));
    };
    let mut groups = Vec::with_capacity(scenario.workforce.len());
    let mut headcount: u64 = 0;
    for (i, group) in scenario.workforce.iter().enumerate() {
        let employees = match group.employees {
            None => {
                add(i, "employees", "Enter how many employees are in this group.".into());
                None
            }
            Some(n) if n > MAX_GROUP_EMPLOYEES => {
                add(i, "employees", format!("A group can have at most 1,000,000 employees; you entered {n}."));
                None
            }
            Some(n) => Some(n),
        };
        let annual_pay = match group.annual_pay {
            None => {
                add(i, "annual_pay", "Enter one person's annual pay before tax, in pounds (for example 32000).".into());
                None
            }
            Some(pay) if pay <= Money::ZERO => {
                add(i, "annual_pay", "Annual pay must be more than £0: enter one person's yearly pay before tax, for example 32000.".into());
                None
            }
            Some(pay) if pay > Money::pounds(MAX_ANNUAL_PAY) => {
                add(i, "annual_pay", format!("Annual pay must be at most £10,000,000 a year per person; you entered £{pay}."));
                None
            }
            Some(pay) if pay.amount().normalize().scale() > 2 => {
                add(i, "annual_pay", "Annual pay must be in pounds and pence, with at most 2 decimal places.".into());
                None
            }
            Some(pay) => Some(pay),
        };
        let age_ok = AGES.contains(&group.age);
        if !age_ok {
            add(i, "age", format!(
                "Age must be between 16 and 99 (the age at the start of the shutdown; it sets redundancy pay); you entered {}.",
                group.age
            ));
        }
        if age_ok && group.years_service > group.age - EARLIEST_WORKING_AGE {
            add(i, "years_service", format!(
                "Years of service can be at most the age minus 15 ({} for someone aged {}: nobody starts work before \
                 15); you entered {}.",
                group.age - EARLIEST_WORKING_AGE, group.age, group.years_service
            ));
        }
        if let Some(limit) = group.nic_category.under_age() {
            if age_ok && group.age >= limit {
                add(i, "nic_category", format!(
                    "NIC category {} is for employees {}, but this group's age is {}: use category A, or correct the age.",
                    group.nic_category.letter(), group.nic_category.description(), group.age
                ));
            }
        }
        if let (Some(employees), Some(annual_pay)) = (employees, annual_pay) {
            headcount += u64::from(employees);
            groups.push(CheckedGroup {
                label: &group.label,
                employees,
                annual_pay,
                age: group.age,
                years_service: group.years_service,
                nic_category: group.nic_category,
                pension_enrolled: group.pension_enrolled,
            });
        }
    }
    let all_groups_read = groups.len() == scenario.workforce.len();
    if scenario.workforce.is_empty() {
        problems.push(ScenarioError::new("workforce", "Add at least one group of employees: how many people and their annual pay."));
    } else if all_groups_read && headcount == 0 {
        problems.push(ScenarioError::new("workforce", "The workforce has no employees: enter at least one person in a group."));
    } else if headcount > MAX_HEADCOUNT {
        problems.push(ScenarioError::new("workforce", format!(
            "The workforce adds up to {headcount} people; the calculator handles up to 10,000,000 (more than any UK employer)."
        )));
    }
    (groups, u32::try_from(headcount).unwrap_or(u32::MAX))
}

fn check_shutdown(scenario: &Scenario, problems: &mut Vec<ScenarioError>) {
    match scenario.lost_output_pct {
        None => problems.push(ScenarioError::new(
            "lost_output_pct",
            "Enter the share of normal output lost during the shutdown, from 0 to 100 (%).",
        )),
        Some(pct) if !percent_range(pct) => problems.push(ScenarioError::new(
            "lost_output_pct",
            format!("Lost output must be between 0 and 100 (% of normal output lost); you entered {}.", pct.normalize()),
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

fn check_scheme(scheme: &Scheme, problems: &mut Vec<ScenarioError>) {
    let mut add = |field: &str, message: String| problems.push(ScenarioError::new(format!("scheme.{field}"), message));
    let floor = scheme.employee_floor_pct;
    let floor_ok = floor > Decimal::ZERO && floor <= Decimal::ONE_HUNDRED;
    if !floor_ok {
        add("employee_floor_pct", format!(
            "The employee floor must be more than 0 and at most 100 (the % of pay furloughed staff receive); you entered {}.",
            floor.normalize()
        ));
    }
    let gov = scheme.gov_rate_pct;
    if gov < Decimal::ZERO || (floor_ok && gov > floor) || (!floor_ok && gov > Decimal::ONE_HUNDRED) {
        add("gov_rate_pct", format!(
            "The government rate must be between 0 and the employee floor ({}%): the government pays part of the floor \
             and the firm the rest. You entered {}.",
            floor.normalize(), gov.normalize()
        ));
    }
    if let Some(message) = money_problem(scheme.monthly_cap, Money::ZERO, Money::pounds(MAX_MONTHLY_CAP), "The monthly cap", "£0", "£100,000") {
        add("monthly_cap", message);
    }
    if !percent_range(scheme.top_up_to_pct) {
        add("top_up_to_pct", format!(
            "The top-up must be between 0 and 100 (the % of full pay the firm tops furloughed staff up to; 0 means no \
             top-up); you entered {}.",
            scheme.top_up_to_pct.normalize()
        ));
    }
    if let Some(weeks) = scheme.max_weeks {
        if !(1..=MAX_WEEKS).contains(&weeks) {
            add("max_weeks", format!(
                "The scheme's length must be from 1 to 104 weeks, or empty for the whole shutdown; you entered {weeks}."
            ));
        }
    }
}

fn check_finances(finances: &Finances, problems: &mut Vec<ScenarioError>) {
    let mut add = |field: &str, message: String| problems.push(ScenarioError::new(format!("finances.{field}"), message));
    if let Some(cash) = finances.cash_reserves {
        if let Some(message) = money_problem(cash, Money::ZERO, Money::pounds(MAX_CASH), "Cash reserves", "£0 (enter 0 if the firm is overdrawn)", "£1,000,000,000,000") {
            add("cash_reserves", message);
        }
    }
    if finances.cash_buffer_days < Decimal::ZERO || finances.cash_buffer_days > Decimal::from(3650) {
        add("cash_buffer_days", format!(
            "The cash buffer must be between 0 and 3,650 days (how many days of normal spending the firm's cash covers); you entered {}.",
            finances.cash_buffer_days.normalize()
        ));
    }
    if let Some(revenue) = finances.weekly_revenue {
        if revenue <= Money::ZERO {
            add("weekly_revenue", "Weekly revenue must be more than £0; leave it empty to estimate it from the payroll.".into());
        } else if let Some(message) = money_problem(revenue, Money::ZERO, Money::pounds(MAX_WEEKLY_REVENUE), "Weekly revenue", "£0", "£100,000,000,000") {
            add("weekly_revenue", message);
        }
    }
    let share_ok = finances.labour_cost_share > Decimal::ZERO && finances.labour_cost_share <= Decimal::ONE;
    if !share_ok {
        add("labour_cost_share", format!(
            "The labour cost share must be more than 0 and at most 1 (the fraction of revenue spent on pay, e.g. 0.25 for \
             a quarter); you entered {}.",
            finances.labour_cost_share.normalize()
        ));
    }
    let half = Decimal::new(5, 1);
    let margin_ok = finances.operating_margin >= -half && finances.operating_margin <= half;
    if !margin_ok {
        add("operating_margin", format!(
            "The operating margin must be between -0.5 and 0.5 (profit as a fraction of revenue, e.g. 0.03 for 3%); you entered {}.",
            finances.operating_margin.normalize()
        ));
    }
    if finances.variable_cost_share < Decimal::ZERO || finances.variable_cost_share > Decimal::ONE {
        add("variable_cost_share", format!(
            "The variable cost share must be between 0 and 1 (the fraction of non-pay costs that falls with output, e.g. \
             0.75); you entered {}.",
            finances.variable_cost_share.normalize()
        ));
    }
    if finances.weekly_revenue.is_none() && share_ok && margin_ok
        && finances.labour_cost_share + finances.operating_margin > Decimal::ONE
    {
        add("labour_cost_share", format!(
            "The labour cost share ({}) plus the operating margin ({}) can't be more than 1: pay is part of the firm's costs, \
             and costs plus profit make up revenue.",
            finances.labour_cost_share.normalize(), finances.operating_margin.normalize()
        ));
    }
}

fn percent_range(pct: Decimal) -> bool {
    pct >= Decimal::ZERO && pct <= Decimal::ONE_HUNDRED
}

/// The message for an amount outside [low, high] or with fractions of a penny.
fn money_problem(amount: Money, low: Money, high: Money, what: &str, low_text: &str, high_text: &str) -> Option<String> {
    if amount < low || amount > high {
        Some(format!("{what} must be between {low_text} and {high_text}; you entered £{amount}."))
    } else if amount.amount().normalize().scale() > 2 {
        Some(format!("{what} must be in pounds and pence, with at most 2 decimal places."))
    } else {
        None
    }
}
