//! The assumptions an estimate actually used, each with where it came from, so the page can
//! show "we assumed X because Y" next to the result (spec: "Show each source next to its
//! default"). They are figures, not sentences: the app words them from its message catalogue,
//! the CLI in the English of [`english`].

mod english;

use rust_decimal::Decimal;
use serde::Serialize;

use super::finances::FirmFinances;
use super::scenario::{Exposure, Finances, Scheme};
use super::validation::Checked;
use crate::money::Money;
use crate::payroll::{PayrollYear, TaxYear};
use crate::redundancy::WeeklyPayCap;

/// Where a figure came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AssumptionKind {
    /// Entered in the scenario.
    Given,
    /// Not entered (or entered as the default value): the calculator's default.
    Default,
    /// A legal or published rule the calculation follows.
    Rule,
}

/// One figure the estimate rests on and where it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Assumption {
    pub figure: AssumedFigure,
    pub kind: AssumptionKind,
}

/// The figures an estimate rests on (estimate spec, "Inputs" and steps 1–7), with the values
/// the page shows. The payroll rules carry their data row, which names its published source.
#[derive(Clone, Debug, PartialEq)]
pub enum AssumedFigure {
    TaxYear(TaxYear),
    /// The tax year's employer NIC rate and thresholds.
    EmployerNic(&'static PayrollYear),
    /// The tax year's automatic enrolment minimum.
    Pension(&'static PayrollYear),
    RedundancyCap(&'static WeeklyPayCap),
    Scheme { scheme: Scheme, weekly_cap: Money },
    /// A roster stands for the whole workforce, so the exposed jobs are a cross-section of it.
    WholeWorkforceExposed,
    /// Given, or worked out as the weekly payroll ÷ the labour cost share (spec step 4).
    WeeklyRevenue { revenue: Money, worked_out_from: Option<(Money, Decimal)> },
    LabourCostShare(Decimal),
    OperatingMargin(Decimal),
    VariableCostShare(Decimal),
    /// Given, or worked out from this many days of normal outgoings (spec step 4).
    CashReserves { cash: Money, buffer_days: Option<Decimal> },
    CashBufferDays(Decimal),
}

pub(super) fn assumptions(
    checked: &Checked<'_>,
    firm: &FirmFinances,
    payroll_cost: Money,
    weekly_cap: Money,
) -> Vec<Assumption> {
    use AssumptionKind::{Default, Given, Rule};
    let year = checked.payroll;
    let row = |figure, kind| Assumption { figure, kind };
    let mut rows = vec![
        row(AssumedFigure::TaxYear(year.tax_year), if checked.tax_year_is_default { Default } else { Given }),
        row(AssumedFigure::EmployerNic(year), Rule),
        row(AssumedFigure::Pension(year), Rule),
        row(AssumedFigure::RedundancyCap(checked.redundancy_cap), Rule),
        row(AssumedFigure::Scheme { scheme: checked.scheme.clone(), weekly_cap }, Given),
    ];
    if checked.exposure == Exposure::WholeWorkforce {
        rows.push(row(AssumedFigure::WholeWorkforceExposed, Given));
    }
    rows.extend(finance_rows(checked.finances, firm, payroll_cost));
    rows
}

fn finance_rows(finances: &Finances, firm: &FirmFinances, payroll_cost: Money) -> Vec<Assumption> {
    use AssumptionKind::{Default, Given};
    let defaults = Finances::default();
    let share = |figure: fn(Decimal) -> AssumedFigure, value: Decimal, default: Decimal| Assumption {
        figure: figure(value.normalize()),
        kind: if value == default { Default } else { Given },
    };
    let mut rows = vec![match finances.weekly_revenue {
        Some(revenue) => Assumption {
            figure: AssumedFigure::WeeklyRevenue { revenue, worked_out_from: None },
            kind: Given,
        },
        None => Assumption {
            figure: AssumedFigure::WeeklyRevenue {
                revenue: firm.revenue,
                worked_out_from: Some((payroll_cost, finances.labour_cost_share.normalize())),
            },
            kind: Default,
        },
    }];
    if finances.weekly_revenue.is_none() {
        rows.push(share(AssumedFigure::LabourCostShare, finances.labour_cost_share, defaults.labour_cost_share));
    }
    rows.push(share(AssumedFigure::OperatingMargin, finances.operating_margin, defaults.operating_margin));
    rows.push(share(AssumedFigure::VariableCostShare, finances.variable_cost_share, defaults.variable_cost_share));
    rows.push(match finances.cash_reserves {
        Some(cash) => Assumption { figure: AssumedFigure::CashReserves { cash, buffer_days: None }, kind: Given },
        None => Assumption {
            figure: AssumedFigure::CashReserves {
                cash: firm.cash_reserves,
                buffer_days: Some(finances.cash_buffer_days.normalize()),
            },
            kind: Default,
        },
    });
    if finances.cash_reserves.is_none() {
        rows.push(share(AssumedFigure::CashBufferDays, finances.cash_buffer_days, defaults.cash_buffer_days));
    }
    rows
}
