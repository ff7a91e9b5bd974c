//! What the chart tests share: the spec's worked example (estimate.md, "Worked example").

use furlough_engine::estimate::{estimate, Estimate, Finances, Scenario, WorkforceGroup};
use furlough_engine::payroll::TaxYear;
use furlough_engine::Money;
use rust_decimal::Decimal;

/// The worked example's estimate, with `cash` pounds of reserves (the spec's is 600,000).
pub fn worked_example(cash: i64) -> Estimate {
    let scenario = Scenario {
        tax_year: Some(TaxYear::starting_in(2025)),
        workforce: vec![WorkforceGroup {
            employees: Some(200),
            annual_pay: Some(Money::pounds(32_000)),
            years_service: 8,
            ..WorkforceGroup::default()
        }],
        lost_output_pct: Some(Decimal::from(60)),
        shutdown_weeks: Some(6),
        finances: Finances { cash_reserves: Some(Money::pounds(cash)), ..Finances::default() },
        ..Scenario::default()
    };
    estimate(&scenario).unwrap()
}
