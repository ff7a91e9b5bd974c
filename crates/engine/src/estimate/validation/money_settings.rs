//! Checks of the scheme's parameters and the firm's finances.

use rust_decimal::Decimal;

use super::{money_problem, percent_range, ScenarioError, MAX_WEEKS};
use crate::estimate::scenario::{Finances, Scheme};
use crate::money::Money;

const MAX_MONTHLY_CAP: i64 = 100_000;
const MAX_CASH: i64 = 1_000_000_000_000;
const MAX_WEEKLY_REVENUE: i64 = 100_000_000_000;

pub(super) fn check_scheme(scheme: &Scheme, problems: &mut Vec<ScenarioError>) {
    let mut add = |field: &str, message: String| {
        problems.push(ScenarioError::new(format!("scheme.{field}"), message))
    };
    let floor = scheme.employee_floor_pct;
    let floor_ok = floor > Decimal::ZERO && floor <= Decimal::ONE_HUNDRED;
    if !floor_ok {
        add("employee_floor_pct", format!(
            "The employee floor must be more than 0 and at most 100 (the % of pay furloughed staff receive); you entered {}.",
            floor.normalize()
        ));
    }
    let gov = scheme.gov_rate_pct;
    if gov < Decimal::ZERO || (floor_ok && gov > floor) || (!floor_ok && gov > Decimal::ONE_HUNDRED)
    {
        add("gov_rate_pct", format!(
            "The government rate must be between 0 and the employee floor ({}%): the government pays part of the floor \
             and the firm the rest. You entered {}.",
            floor.normalize(), gov.normalize()
        ));
    }
    if let Some(message) = money_problem(
        scheme.monthly_cap,
        Money::ZERO,
        Money::pounds(MAX_MONTHLY_CAP),
        "The monthly cap",
        "£0",
        "£100,000",
    ) {
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

pub(super) fn check_finances(finances: &Finances, problems: &mut Vec<ScenarioError>) {
    let mut add = |field: &str, message: String| {
        problems.push(ScenarioError::new(format!("finances.{field}"), message))
    };
    if let Some(cash) = finances.cash_reserves {
        if let Some(message) = money_problem(
            cash,
            Money::ZERO,
            Money::pounds(MAX_CASH),
            "Cash reserves",
            "£0 (enter 0 if the firm is overdrawn)",
            "£1,000,000,000,000",
        ) {
            add("cash_reserves", message);
        }
    }
    if finances.cash_buffer_days < Decimal::ZERO || finances.cash_buffer_days > Decimal::from(3650)
    {
        add("cash_buffer_days", format!(
            "The cash buffer must be between 0 and 3,650 days (how many days of normal spending the firm's cash covers); you entered {}.",
            finances.cash_buffer_days.normalize()
        ));
    }
    if let Some(revenue) = finances.weekly_revenue {
        if revenue <= Money::ZERO {
            add("weekly_revenue", "Weekly revenue must be more than £0; leave it empty to estimate it from the payroll.".into());
        } else if let Some(message) = money_problem(
            revenue,
            Money::ZERO,
            Money::pounds(MAX_WEEKLY_REVENUE),
            "Weekly revenue",
            "£0",
            "£100,000,000,000",
        ) {
            add("weekly_revenue", message);
        }
    }
    let share_ok =
        finances.labour_cost_share > Decimal::ZERO && finances.labour_cost_share <= Decimal::ONE;
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
    if finances.weekly_revenue.is_none()
        && share_ok
        && margin_ok
        && finances.labour_cost_share + finances.operating_margin > Decimal::ONE
    {
        add("labour_cost_share", format!(
            "The labour cost share ({}) plus the operating margin ({}) can't be more than 1: pay is part of the firm's costs, \
             and costs plus profit make up revenue.",
            finances.labour_cost_share.normalize(), finances.operating_margin.normalize()
        ));
    }
}
