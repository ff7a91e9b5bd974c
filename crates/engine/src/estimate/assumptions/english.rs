//! The CLI's English for an assumption: the `{field, label, value, kind, source}` rows that
//! `furlough estimate --detail` prints. The app words the same figures from its catalogue.

use rust_decimal::Decimal;
use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::{AssumedFigure, Assumption, AssumptionKind};

const CASH_BUFFER_SOURCE: &str =
    "JPMorgan Chase Institute, \"Cash is King: Flows, Balances, and Buffer Days\" \
    (2016): the median small business holds cash for 27 days of outgoings";
const LABOUR_COST_SHARE_SOURCE: &str = "Model specification: labour is roughly a quarter of turnover for \
    automotive parts makers (a rule of thumb, not an official statistic; use the firm's own figure if known)";
const OPERATING_MARGIN_SOURCE: &str =
    "Model specification: automotive suppliers' margins are thin, taken as 3% of \
    revenue (a rule of thumb; use the firm's own figure if known)";
const VARIABLE_COST_SHARE_SOURCE: &str =
    "Model specification: three quarters of non-pay costs (materials, \
    energy, transport) fall with output (a modelling assumption without a published source)";

const YOUR_SCENARIO: &str = "Your scenario";

impl Assumption {
    /// The scenario field it belongs to (`finances.cash_buffer_days`), or the rule's name.
    pub fn field(&self) -> &'static str {
        match self.figure {
            AssumedFigure::TaxYear(_) => "tax_year",
            AssumedFigure::EmployerNic(_) => "employer_nic",
            AssumedFigure::Pension(_) => "pension",
            AssumedFigure::RedundancyCap(_) => "redundancy_cap",
            AssumedFigure::Scheme { .. } => "scheme",
            AssumedFigure::WholeWorkforceExposed => "exposure",
            AssumedFigure::WeeklyRevenue { .. } => "finances.weekly_revenue",
            AssumedFigure::LabourCostShare(_) => "finances.labour_cost_share",
            AssumedFigure::OperatingMargin(_) => "finances.operating_margin",
            AssumedFigure::VariableCostShare(_) => "finances.variable_cost_share",
            AssumedFigure::CashReserves { .. } => "finances.cash_reserves",
            AssumedFigure::CashBufferDays(_) => "finances.cash_buffer_days",
        }
    }

    pub fn label(&self) -> &'static str {
        match self.figure {
            AssumedFigure::TaxYear(_) => "Tax year",
            AssumedFigure::EmployerNic(_) => "Employer National Insurance",
            AssumedFigure::Pension(_) => "Employer pension (automatic enrolment minimum)",
            AssumedFigure::RedundancyCap(_) => "Statutory redundancy weekly pay cap",
            AssumedFigure::Scheme { .. } => "Furlough scheme",
            AssumedFigure::WholeWorkforceExposed => "Exposed jobs",
            AssumedFigure::WeeklyRevenue { .. } => "Weekly revenue",
            AssumedFigure::LabourCostShare(_) => "Labour cost share of revenue",
            AssumedFigure::OperatingMargin(_) => "Operating margin",
            AssumedFigure::VariableCostShare(_) => "Share of non-pay costs that falls with output",
            AssumedFigure::CashReserves { .. } => "Cash reserves",
            AssumedFigure::CashBufferDays(_) => "Cash buffer (days of outgoings)",
        }
    }

    pub fn value(&self) -> String {
        let percent = |rate: Decimal| (rate * Decimal::ONE_HUNDRED).normalize();
        match &self.figure {
            AssumedFigure::TaxYear(year) => year.to_string(),
            AssumedFigure::EmployerNic(year) => format!(
                "{}% of weekly pay above {} (categories M, H and Z: above {}; X: none)",
                percent(year.employer_nic.rate),
                year.employer_nic.secondary_threshold.weekly.pounds_text(),
                year.employer_nic.upper_secondary_threshold.weekly.pounds_text()
            ),
            AssumedFigure::Pension(year) => format!(
                "{}% of weekly pay between {} and {}, for enrolled staff",
                percent(year.pension.employer_rate),
                year.pension.lower_threshold.weekly.pounds_text(),
                year.pension.upper_threshold.weekly.pounds_text()
            ),
            AssumedFigure::RedundancyCap(cap) => format!("{} a week", cap.cap.pounds_text()),
            AssumedFigure::Scheme { scheme, weekly_cap } => format!(
                "Staff get {}% of pay up to {} a month ({} a week); the government pays {}%; NIC {}; pension {}; firm tops up to {}% of pay; {}",
                scheme.employee_floor_pct.normalize(),
                scheme.monthly_cap.pounds_text(),
                weekly_cap.pounds_text(),
                scheme.gov_rate_pct.normalize(),
                paid_by(scheme.covers_employer_nic),
                paid_by(scheme.covers_pension),
                scheme.top_up_to_pct.normalize(),
                match scheme.max_weeks {
                    Some(weeks) => format!("for up to {weeks} weeks"),
                    None => "for the whole shutdown".into(),
                },
            ),
            AssumedFigure::WholeWorkforceExposed => {
                "Spread over the whole workforce: a representative cross-section of the roster".into()
            }
            AssumedFigure::WeeklyRevenue { revenue, worked_out_from: None } => revenue.pounds_text(),
            AssumedFigure::WeeklyRevenue { revenue, worked_out_from: Some((payroll, share)) } => format!(
                "{} (the weekly payroll {} ÷ the labour cost share {share})",
                revenue.pounds_text(),
                payroll.pounds_text()
            ),
            AssumedFigure::LabourCostShare(value)
            | AssumedFigure::OperatingMargin(value)
            | AssumedFigure::VariableCostShare(value)
            | AssumedFigure::CashBufferDays(value) => value.to_string(),
            AssumedFigure::CashReserves { cash, buffer_days: None } => cash.pounds_text(),
            AssumedFigure::CashReserves { cash, buffer_days: Some(days) } => {
                format!("{} ({days} days of normal outgoings)", cash.pounds_text())
            }
        }
    }

    pub fn source(&self) -> &'static str {
        let default = self.kind == AssumptionKind::Default;
        match &self.figure {
            AssumedFigure::TaxYear(_) if default => "Not given: the newest tax year whose thresholds we hold",
            AssumedFigure::EmployerNic(year) => year.employer_nic.source,
            AssumedFigure::Pension(year) => year.pension.source,
            AssumedFigure::RedundancyCap(cap) => cap.source,
            AssumedFigure::Scheme { .. } => "Your scenario (or the preset you chose)",
            AssumedFigure::WholeWorkforceExposed => "A roster was used as the workforce",
            AssumedFigure::WeeklyRevenue { .. } if default => "Worked out from the payroll and the labour cost share",
            AssumedFigure::LabourCostShare(_) if default => LABOUR_COST_SHARE_SOURCE,
            AssumedFigure::OperatingMargin(_) if default => OPERATING_MARGIN_SOURCE,
            AssumedFigure::VariableCostShare(_) if default => VARIABLE_COST_SHARE_SOURCE,
            AssumedFigure::CashReserves { .. } if default => "Worked out from the cash buffer days",
            AssumedFigure::CashBufferDays(_) if default => CASH_BUFFER_SOURCE,
            _ => YOUR_SCENARIO,
        }
    }
}

fn paid_by(covered: bool) -> &'static str {
    if covered {
        "paid by the scheme"
    } else {
        "paid by the firm"
    }
}

/// The row the CLI prints: `{field, label, value, kind, source}`.
impl Serialize for Assumption {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut row = serializer.serialize_struct("Assumption", 5)?;
        row.serialize_field("field", self.field())?;
        row.serialize_field("label", self.label())?;
        row.serialize_field("value", &self.value())?;
        row.serialize_field("kind", &self.kind)?;
        row.serialize_field("source", self.source())?;
        row.end()
    }
}
