//! An assumption of the estimate in the catalogue's words: its label, its value and its source,
//! with every number formatted by `crate::format`.

use furlough_engine::estimate::{AssumedFigure, Assumption, AssumptionKind};
use furlough_engine::payroll::PayrollYear;
use furlough_engine::redundancy::WeeklyPayCap;
use furlough_engine::Money;
use rust_decimal::Decimal;

use crate::format;
use crate::messages::{text, text_count, text_with, AssumptionText};

/// What the assumptions list shows for one assumption.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssumptionLines {
    pub label: &'static str,
    pub value: String,
    pub source: String,
}

pub fn assumption_lines(assumption: &Assumption) -> AssumptionLines {
    AssumptionLines { label: text(label(&assumption.figure)), value: value(&assumption.figure), source: source(assumption) }
}

fn label(figure: &AssumedFigure) -> AssumptionText {
    match figure {
        AssumedFigure::TaxYear(_) => AssumptionText::TaxYearLabel,
        AssumedFigure::EmployerNic(_) => AssumptionText::EmployerNicLabel,
        AssumedFigure::Pension(_) => AssumptionText::PensionLabel,
        AssumedFigure::RedundancyCap(_) => AssumptionText::RedundancyCapLabel,
        AssumedFigure::Scheme { .. } => AssumptionText::SchemeLabel,
        AssumedFigure::WholeWorkforceExposed => AssumptionText::ExposureLabel,
        AssumedFigure::WeeklyRevenue { .. } => AssumptionText::WeeklyRevenueLabel,
        AssumedFigure::LabourCostShare(_) => AssumptionText::LabourCostShareLabel,
        AssumedFigure::OperatingMargin(_) => AssumptionText::OperatingMarginLabel,
        AssumedFigure::VariableCostShare(_) => AssumptionText::VariableCostShareLabel,
        AssumedFigure::CashReserves { .. } => AssumptionText::CashReservesLabel,
        AssumedFigure::CashBufferDays(_) => AssumptionText::CashBufferDaysLabel,
    }
}

/// The engine keeps shares as fractions (0.25); the page speaks in percentages, as its inputs do.
fn share(fraction: Decimal) -> String {
    format::percent(fraction * Decimal::ONE_HUNDRED)
}

fn days(days: Decimal) -> String {
    if days == Decimal::ONE {
        return text(AssumptionText::OneDay).to_string();
    }
    text_with(AssumptionText::DaysValue, &[("days", &format::decimal(days))])
}

fn value(figure: &AssumedFigure) -> String {
    let money = |amount: Money| format::money(amount);
    match figure {
        AssumedFigure::TaxYear(year) => format::tax_year(*year),
        AssumedFigure::EmployerNic(PayrollYear { employer_nic: nic, .. }) => text_with(
            AssumptionText::EmployerNicValue,
            &[
                ("rate", &share(nic.rate)),
                ("threshold", &money(nic.secondary_threshold.weekly)),
                ("upper", &money(nic.upper_secondary_threshold.weekly)),
            ],
        ),
        AssumedFigure::Pension(PayrollYear { pension, .. }) => text_with(
            AssumptionText::PensionValue,
            &[
                ("rate", &share(pension.employer_rate)),
                ("lower", &money(pension.lower_threshold.weekly)),
                ("upper", &money(pension.upper_threshold.weekly)),
            ],
        ),
        AssumedFigure::RedundancyCap(cap) => text_with(AssumptionText::RedundancyCapValue, &[("cap", &money(cap.cap))]),
        AssumedFigure::Scheme { scheme, weekly_cap } => {
            let paid_by = |covered: bool| text(if covered { AssumptionText::PaidByScheme } else { AssumptionText::PaidByFirm });
            let weeks = match scheme.max_weeks {
                Some(weeks) => text_count(AssumptionText::ForUpToOneWeek, AssumptionText::ForUpToWeeks, weeks as usize),
                None => text(AssumptionText::ForWholeShutdown).to_string(),
            };
            text_with(
                AssumptionText::SchemeValue,
                &[
                    ("floor", &format::percent(scheme.employee_floor_pct)),
                    ("monthly_cap", &money(scheme.monthly_cap)),
                    ("weekly_cap", &money(*weekly_cap)),
                    ("gov", &format::percent(scheme.gov_rate_pct)),
                    ("nic", paid_by(scheme.covers_employer_nic)),
                    ("pension", paid_by(scheme.covers_pension)),
                    ("top_up", &format::percent(scheme.top_up_to_pct)),
                    ("weeks", &weeks),
                ],
            )
        }
        AssumedFigure::WholeWorkforceExposed => text(AssumptionText::ExposureValue).to_string(),
        AssumedFigure::WeeklyRevenue { revenue, worked_out_from: None } => money(*revenue),
        AssumedFigure::WeeklyRevenue { revenue, worked_out_from: Some((payroll, labour_share)) } => text_with(
            AssumptionText::WeeklyRevenueWorkedOut,
            &[("revenue", &money(*revenue)), ("payroll", &money(*payroll)), ("share", &share(*labour_share))],
        ),
        AssumedFigure::LabourCostShare(fraction)
        | AssumedFigure::OperatingMargin(fraction)
        | AssumedFigure::VariableCostShare(fraction) => share(*fraction),
        AssumedFigure::CashReserves { cash, buffer_days: None } => money(*cash),
        AssumedFigure::CashReserves { cash, buffer_days: Some(buffer) } => text_with(
            AssumptionText::CashReservesWorkedOut,
            &[("cash", &money(*cash)), ("days", &format::decimal(*buffer))],
        ),
        AssumedFigure::CashBufferDays(buffer) => days(*buffer),
    }
}

fn source(assumption: &Assumption) -> String {
    let default = assumption.kind == AssumptionKind::Default;
    let id = match &assumption.figure {
        AssumedFigure::EmployerNic(year) => return nic_source(year),
        AssumedFigure::Pension(year) => return pension_source(year),
        AssumedFigure::RedundancyCap(cap) => return redundancy_cap_source(cap),
        AssumedFigure::TaxYear(_) if default => AssumptionText::SourceTaxYearDefault,
        AssumedFigure::Scheme { .. } => AssumptionText::SourceScheme,
        AssumedFigure::WholeWorkforceExposed => AssumptionText::SourceExposure,
        AssumedFigure::WeeklyRevenue { .. } if default => AssumptionText::SourceRevenueWorkedOut,
        AssumedFigure::LabourCostShare(_) if default => AssumptionText::SourceLabourCostShare,
        AssumedFigure::OperatingMargin(_) if default => AssumptionText::SourceOperatingMargin,
        AssumedFigure::VariableCostShare(_) if default => AssumptionText::SourceVariableCostShare,
        AssumedFigure::CashReserves { .. } if default => AssumptionText::SourceCashWorkedOut,
        AssumedFigure::CashBufferDays(_) if default => AssumptionText::SourceCashBuffer,
        _ => AssumptionText::SourceYourScenario,
    };
    text(id).to_string()
}

fn nic_source(year: &PayrollYear) -> String {
    let pounds = |amount: Money| format::money_whole_pounds(amount);
    let nic = &year.employer_nic;
    let (low, high) = (&nic.secondary_threshold, &nic.upper_secondary_threshold);
    text_with(
        AssumptionText::SourceEmployerNic,
        &[
            ("years", &format::tax_year(year.tax_year)),
            ("weekly", &pounds(low.weekly)),
            ("monthly", &pounds(low.monthly)),
            ("annual", &pounds(low.annual)),
            ("rate", &share(nic.rate)),
            ("upper_weekly", &pounds(high.weekly)),
            ("upper_monthly", &pounds(high.monthly)),
            ("upper_annual", &pounds(high.annual)),
        ],
    )
}

fn pension_source(year: &PayrollYear) -> String {
    let pounds = |amount: Money| format::money_whole_pounds(amount);
    let pension = &year.pension;
    let (low, high) = (&pension.lower_threshold, &pension.upper_threshold);
    text_with(
        AssumptionText::SourcePension,
        &[
            ("tax_year", &format::tax_year_short(year.tax_year)),
            ("lower_weekly", &pounds(low.weekly)),
            ("upper_weekly", &pounds(high.weekly)),
            ("lower_monthly", &pounds(low.monthly)),
            ("upper_monthly", &pounds(high.monthly)),
            ("lower_annual", &pounds(low.annual)),
            ("upper_annual", &pounds(high.annual)),
            ("rate", &share(pension.employer_rate)),
        ],
    )
}

fn redundancy_cap_source(cap: &WeeklyPayCap) -> String {
    text_with(
        AssumptionText::SourceRedundancyCap,
        &[("year", &cap.tax_year.first_year().to_string()), ("cap", &format::money_whole_pounds(cap.cap))],
    )
}

#[cfg(test)]
mod tests {
    use furlough_engine::estimate::{estimate, Scenario};
    use furlough_engine::payroll::{supported_tax_years, TaxYear};

    use super::*;

    fn assumptions_of(json: &str) -> Vec<Assumption> {
        let scenario = Scenario::from_json(json).expect("a valid scenario");
        estimate(&scenario).expect("an estimate").assumptions
    }

    /// The spec's worked example, with the finance defaults left to the calculator.
    const DEFAULT_FINANCES: &str = r#"{"version":1,"tax_year":"2025-26","workforce":[{"employees":200,"annual_pay":"32000","age":40,"years_service":8}],"lost_output_pct":60,"shutdown_weeks":6}"#;

    #[test]
    fn every_assumption_is_worded_with_no_blank_left_unfilled() {
        for json in [DEFAULT_FINANCES, r#"{"version":1,"workforce":[{"employees":20,"annual_pay":"32000","age":40,"years_service":8}],"lost_output_pct":60,"shutdown_weeks":6,"exposure":"whole_workforce","scheme":{"max_weeks":null,"covers_pension":true},"finances":{"weekly_revenue":"50000","cash_reserves":"10000"}}"#] {
            for assumption in assumptions_of(json) {
                let lines = assumption_lines(&assumption);
                for line in [lines.label, &lines.value, &lines.source] {
                    assert!(!line.is_empty() && !line.contains('{'), "{:?}: {line:?}", assumption.figure);
                }
            }
        }
    }

    #[test]
    fn shares_are_shown_as_percentages_like_the_inputs_that_set_them() {
        let lines: Vec<AssumptionLines> = assumptions_of(DEFAULT_FINANCES).iter().map(assumption_lines).collect();
        let value_of = |label: AssumptionText| lines.iter().find(|l| l.label == text(label)).map(|l| l.value.clone());
        assert_eq!(value_of(AssumptionText::LabourCostShareLabel).as_deref(), Some("25%"));
        assert_eq!(value_of(AssumptionText::OperatingMarginLabel).as_deref(), Some("3%"));
        assert_eq!(value_of(AssumptionText::CashBufferDaysLabel).as_deref(), Some("27 days"));
        assert_eq!(value_of(AssumptionText::RedundancyCapLabel).as_deref(), Some("£719.00 a week"));
        assert_eq!(value_of(AssumptionText::TaxYearLabel).as_deref(), Some("2025 to 2026"));
        assert_eq!(
            value_of(AssumptionText::EmployerNicLabel).as_deref(),
            Some("15% of weekly pay above £96.00 (categories M, H and Z: above £967.00; X: none)")
        );
    }

    /// The citations are templates for the years an estimate can use (those whose payroll
    /// thresholds are held), so every such year is checked against its data row.
    #[test]
    fn the_payroll_rules_cite_the_same_published_figures_as_the_engine_s_data_in_every_year_held() {
        let plain_quotes = |text: String| text.replace(['“', '”'], "\"");
        let in_year = |year: TaxYear| DEFAULT_FINANCES.replace("2025-26", &year.to_string());
        let assumptions = supported_tax_years().flat_map(|year| assumptions_of(&in_year(year)));
        let mut checked = 0;
        for assumption in assumptions {
            let cited = match &assumption.figure {
                AssumedFigure::EmployerNic(year) => year.employer_nic.source,
                AssumedFigure::Pension(year) => year.pension.source,
                AssumedFigure::RedundancyCap(cap) => cap.source,
                _ => continue,
            };
            assert_eq!(plain_quotes(assumption_lines(&assumption).source), cited);
            checked += 1;
        }
        assert_eq!(checked, 3 * supported_tax_years().count(), "NIC, pension and redundancy cap, each year");
    }
}
