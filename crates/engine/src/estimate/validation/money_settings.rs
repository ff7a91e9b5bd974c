//! Checks of the scheme's parameters and the firm's finances.

use rust_decimal::Decimal;

use super::{money_problem, percent_range, ScenarioError, ScenarioProblem, MAX_WEEKS};
use crate::estimate::limits::{MAX_CASH_BUFFER_DAYS, MAX_CASH_POUNDS, MAX_MONTHLY_CAP_POUNDS, MAX_WEEKLY_REVENUE_POUNDS};
use crate::estimate::scenario::{Finances, Scheme};
use crate::money::Money;

pub(super) fn check_scheme(scheme: &Scheme, problems: &mut Vec<ScenarioError>) {
    let mut add = |field: &str, problem| {
        problems.push(ScenarioError::new(format!("scheme.{field}"), problem))
    };
    let floor = scheme.employee_floor_pct;
    let floor_ok = floor > Decimal::ZERO && floor <= Decimal::ONE_HUNDRED;
    if !floor_ok {
        add(
            "employee_floor_pct",
            ScenarioProblem::FloorOutOfRange { entered: floor },
        );
    }
    let gov = scheme.gov_rate_pct;
    if gov < Decimal::ZERO || (floor_ok && gov > floor) || (!floor_ok && gov > Decimal::ONE_HUNDRED)
    {
        add(
            "gov_rate_pct",
            ScenarioProblem::GovRateAboveFloor {
                floor,
                entered: gov,
            },
        );
    }
    if let Some(problem) = money_problem(
        scheme.monthly_cap,
        Money::ZERO..=Money::pounds(MAX_MONTHLY_CAP_POUNDS),
        |entered| ScenarioProblem::MonthlyCapOutOfRange { entered },
        ScenarioProblem::MonthlyCapNotInPence,
    ) {
        add("monthly_cap", problem);
    }
    if !percent_range(scheme.top_up_to_pct) {
        add(
            "top_up_to_pct",
            ScenarioProblem::TopUpOutOfRange {
                entered: scheme.top_up_to_pct,
            },
        );
    }
    if let Some(weeks) = scheme.max_weeks {
        if !(1..=MAX_WEEKS).contains(&weeks) {
            add(
                "max_weeks",
                ScenarioProblem::SchemeWeeksOutOfRange { entered: weeks },
            );
        }
    }
}

pub(super) fn check_finances(finances: &Finances, problems: &mut Vec<ScenarioError>) {
    let mut add = |field: &str, problem| {
        problems.push(ScenarioError::new(format!("finances.{field}"), problem))
    };
    if let Some(cash) = finances.cash_reserves {
        if let Some(problem) = money_problem(
            cash,
            Money::ZERO..=Money::pounds(MAX_CASH_POUNDS),
            |entered| ScenarioProblem::CashReservesOutOfRange { entered },
            ScenarioProblem::CashReservesNotInPence,
        ) {
            add("cash_reserves", problem);
        }
    }
    if finances.cash_buffer_days < Decimal::ZERO || finances.cash_buffer_days > Decimal::from(MAX_CASH_BUFFER_DAYS)
    {
        add(
            "cash_buffer_days",
            ScenarioProblem::CashBufferOutOfRange {
                entered: finances.cash_buffer_days,
            },
        );
    }
    if let Some(revenue) = finances.weekly_revenue {
        if revenue <= Money::ZERO {
            add("weekly_revenue", ScenarioProblem::WeeklyRevenueNotPositive);
        } else if let Some(problem) = money_problem(
            revenue,
            Money::ZERO..=Money::pounds(MAX_WEEKLY_REVENUE_POUNDS),
            |entered| ScenarioProblem::WeeklyRevenueOutOfRange { entered },
            ScenarioProblem::WeeklyRevenueNotInPence,
        ) {
            add("weekly_revenue", problem);
        }
    }
    let share_ok =
        finances.labour_cost_share > Decimal::ZERO && finances.labour_cost_share <= Decimal::ONE;
    if !share_ok {
        add(
            "labour_cost_share",
            ScenarioProblem::LabourShareOutOfRange {
                entered: finances.labour_cost_share,
            },
        );
    }
    let half = Decimal::new(5, 1);
    let margin_ok = finances.operating_margin >= -half && finances.operating_margin <= half;
    if !margin_ok {
        add(
            "operating_margin",
            ScenarioProblem::MarginOutOfRange {
                entered: finances.operating_margin,
            },
        );
    }
    if finances.variable_cost_share < Decimal::ZERO || finances.variable_cost_share > Decimal::ONE {
        add(
            "variable_cost_share",
            ScenarioProblem::VariableShareOutOfRange {
                entered: finances.variable_cost_share,
            },
        );
    }
    if finances.weekly_revenue.is_none()
        && share_ok
        && margin_ok
        && finances.labour_cost_share + finances.operating_margin > Decimal::ONE
    {
        add(
            "labour_cost_share",
            ScenarioProblem::LabourPlusMarginAboveOne {
                labour_share: finances.labour_cost_share,
                margin: finances.operating_margin,
            },
        );
    }
}
