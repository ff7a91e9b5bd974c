//! The assumptions an estimate actually used, each with where it came from, so the page can
//! show "we assumed X because Y" next to the result (spec: "Show each source next to its
//! default").

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::finances::FirmFinances;
use super::scenario::{Exposure, Finances};
use super::validation::Checked;
use crate::money::Money;

pub const CASH_BUFFER_SOURCE: &str =
    "JPMorgan Chase Institute, \"Cash is King: Flows, Balances, and Buffer Days\" \
    (2016): the median small business holds cash for 27 days of outgoings";
pub const LABOUR_COST_SHARE_SOURCE: &str = "Model specification: labour is roughly a quarter of turnover for \
    automotive parts makers (a rule of thumb, not an official statistic; use the firm's own figure if known)";
pub const OPERATING_MARGIN_SOURCE: &str =
    "Model specification: automotive suppliers' margins are thin, taken as 3% of \
    revenue (a rule of thumb; use the firm's own figure if known)";
pub const VARIABLE_COST_SHARE_SOURCE: &str =
    "Model specification: three quarters of non-pay costs (materials, \
    energy, transport) fall with output (a modelling assumption without a published source)";

/// Where a figure came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AssumptionKind {
    /// Entered in the scenario.
    Given,
    /// Not entered (or entered as the default value): the calculator's default.
    Default,
    /// A legal or published rule the calculation follows.
    Rule,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assumption {
    /// The scenario field it belongs to (`finances.cash_buffer_days`), or the rule's name.
    pub field: String,
    pub label: String,
    pub value: String,
    pub kind: AssumptionKind,
    pub source: String,
}

fn row(field: &str, label: &str, value: String, kind: AssumptionKind, source: &str) -> Assumption {
    Assumption {
        field: field.into(),
        label: label.into(),
        value,
        kind,
        source: source.into(),
    }
}

pub(super) fn assumptions(
    checked: &Checked<'_>,
    firm: &FirmFinances,
    payroll_cost: Money,
    weekly_cap: Money,
) -> Vec<Assumption> {
    use AssumptionKind::{Default, Given, Rule};
    let year = checked.payroll;
    let nic = &year.employer_nic;
    let pension = &year.pension;
    let scheme = checked.scheme;
    let mut rows = vec![
        if checked.tax_year_is_default {
            row("tax_year", "Tax year", year.tax_year.to_string(), Default, "Not given: the newest tax year whose thresholds we hold")
        } else {
            row("tax_year", "Tax year", year.tax_year.to_string(), Given, "Your scenario")
        },
        row("employer_nic", "Employer National Insurance", format!(
            "{}% of weekly pay above {} (categories M, H and Z: above {}; X: none)",
            (nic.rate * Decimal::ONE_HUNDRED).normalize(), pounds(nic.secondary_threshold.weekly), pounds(nic.upper_secondary_threshold.weekly)
        ), Rule, nic.source),
        row("pension", "Employer pension (automatic enrolment minimum)", format!(
            "{}% of weekly pay between {} and {}, for enrolled staff",
            (pension.employer_rate * Decimal::ONE_HUNDRED).normalize(), pounds(pension.lower_threshold.weekly), pounds(pension.upper_threshold.weekly)
        ), Rule, pension.source),
        row("redundancy_cap", "Statutory redundancy weekly pay cap", format!("{} a week", pounds(checked.redundancy_cap.cap)), Rule, checked.redundancy_cap.source),
        row("scheme", "Furlough scheme", format!(
            "Staff get {}% of pay up to {} a month ({} a week); the government pays {}%; NIC {}; pension {}; firm tops up to {}% of pay; {}",
            scheme.employee_floor_pct.normalize(), pounds(scheme.monthly_cap), pounds(weekly_cap), scheme.gov_rate_pct.normalize(),
            if scheme.covers_employer_nic { "paid by the scheme" } else { "paid by the firm" },
            if scheme.covers_pension { "paid by the scheme" } else { "paid by the firm" },
            scheme.top_up_to_pct.normalize(),
            match scheme.max_weeks { Some(weeks) => format!("for up to {weeks} weeks"), None => "for the whole shutdown".into() },
        ), Given, "Your scenario (or the preset you chose)"),
    ];
    if checked.exposure == Exposure::WholeWorkforce {
        rows.push(row(
            "exposure",
            "Exposed jobs",
            "Spread over the whole workforce: a representative cross-section of the roster".into(),
            Given,
            "A roster was used as the workforce",
        ));
    }
    rows.extend(finance_rows(checked.finances, firm, payroll_cost));
    rows
}

fn finance_rows(finances: &Finances, firm: &FirmFinances, payroll_cost: Money) -> Vec<Assumption> {
    use AssumptionKind::{Default, Given};
    let defaults = Finances::default();
    let share = |field: &str, label: &str, value: Decimal, default: Decimal, source: &str| {
        let kind = if value == default { Default } else { Given };
        row(
            field,
            label,
            value.normalize().to_string(),
            kind,
            if kind == Default {
                source
            } else {
                "Your scenario"
            },
        )
    };
    let mut rows = Vec::new();
    rows.push(match finances.weekly_revenue {
        Some(revenue) => row(
            "finances.weekly_revenue",
            "Weekly revenue",
            pounds(revenue),
            Given,
            "Your scenario",
        ),
        None => row(
            "finances.weekly_revenue",
            "Weekly revenue",
            format!(
                "{} (the weekly payroll {} ÷ the labour cost share {})",
                pounds(firm.revenue),
                pounds(payroll_cost),
                finances.labour_cost_share.normalize()
            ),
            Default,
            "Worked out from the payroll and the labour cost share",
        ),
    });
    if finances.weekly_revenue.is_none() {
        rows.push(share(
            "finances.labour_cost_share",
            "Labour cost share of revenue",
            finances.labour_cost_share,
            defaults.labour_cost_share,
            LABOUR_COST_SHARE_SOURCE,
        ));
    }
    rows.push(share(
        "finances.operating_margin",
        "Operating margin",
        finances.operating_margin,
        defaults.operating_margin,
        OPERATING_MARGIN_SOURCE,
    ));
    rows.push(share(
        "finances.variable_cost_share",
        "Share of non-pay costs that falls with output",
        finances.variable_cost_share,
        defaults.variable_cost_share,
        VARIABLE_COST_SHARE_SOURCE,
    ));
    rows.push(match finances.cash_reserves {
        Some(cash) => row(
            "finances.cash_reserves",
            "Cash reserves",
            pounds(cash),
            Given,
            "Your scenario",
        ),
        None => row(
            "finances.cash_reserves",
            "Cash reserves",
            format!(
                "{} ({} days of normal outgoings)",
                pounds(firm.cash_reserves),
                finances.cash_buffer_days.normalize()
            ),
            Default,
            "Worked out from the cash buffer days",
        ),
    });
    if finances.cash_reserves.is_none() {
        rows.push(share(
            "finances.cash_buffer_days",
            "Cash buffer (days of outgoings)",
            finances.cash_buffer_days,
            defaults.cash_buffer_days,
            CASH_BUFFER_SOURCE,
        ));
    }
    rows
}

/// `£1,234.56`: for people, unlike `Money`'s machine format.
fn pounds(amount: Money) -> String {
    let text = amount.to_string();
    let (sign, digits) = text
        .strip_prefix('-')
        .map_or(("", text.as_str()), |rest| ("-", rest));
    let (whole, pence) = digits.split_once('.').unwrap_or((digits, "00"));
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{sign}£{grouped}.{pence}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pounds_are_written_with_thousands_separators() {
        assert_eq!(pounds(Money::pence(56_652_000)), "£566,520.00");
        assert_eq!(pounds(Money::pence(9_600)), "£96.00");
        assert_eq!(pounds(Money::pence(-123_456_789)), "-£1,234,567.89");
        assert_eq!(pounds(Money::ZERO), "£0.00");
    }
}
