use super::*;
use furlough_engine::estimate::{estimate, Finances, Scenario, WorkforceGroup};
use furlough_engine::payroll::TaxYear;

/// The spec's worked example (estimate.md, "Worked example").
fn worked_example() -> Scenario {
    Scenario {
        tax_year: Some(TaxYear::starting_in(2025)),
        workforce: vec![WorkforceGroup {
            employees: Some(200),
            annual_pay: Some(Money::pounds(32_000)),
            age: 40,
            years_service: 8,
            ..WorkforceGroup::default()
        }],
        lost_output_pct: Some(Decimal::from(60)),
        shutdown_weeks: Some(6),
        finances: Finances { cash_reserves: Some(Money::pounds(600_000)), ..Finances::default() },
        ..Scenario::default()
    }
}

fn pence(amount: i64) -> Decimal {
    Decimal::new(amount, 2)
}

fn values(series: &Series) -> Vec<Decimal> {
    series.points.iter().map(|p| p.value).collect()
}

#[test]
fn the_cash_chart_draws_the_worked_examples_weeks_0_to_6_on_each_path() {
    let chart = cash_position_chart(&estimate(&worked_example()).unwrap());
    let names: Vec<&str> = chart.series.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Without the scheme", "With the scheme", "Making the exposed staff redundant"]);
    let weeks: Vec<u32> = chart.series[0].points.iter().map(|p| p.week).collect();
    assert_eq!(weeks, [0, 1, 2, 3, 4, 5, 6]);
    // C = 600,000; CF0 = −139,363.92; CF1 = −62,860.32 (spec table).
    assert_eq!(
        values(&chart.series[0]),
        [60_000_000, 46_063_608, 32_127_216, 18_190_824, 4_254_432, -9_681_960, -23_618_352].map(pence)
    );
    assert_eq!(values(&chart.series[1])[6], pence(60_000_000 - 6 * 6_286_032));
    // Redundancy of 590,764.80 paid at week 0; then CF0 + 120 × 708.15 = −54,385.92 a week.
    assert_eq!(values(&chart.series[2])[..2], [pence(923_520), pence(923_520 - 5_438_592)]);
    assert_eq!(
        chart.summary,
        "Without the scheme the firm's cash runs out in week 5; with it, the cash lasts the whole shutdown."
    );
    assert_eq!(chart.shape, LineShape::Straight);
    assert!(chart.below_zero_label.is_some());
}

#[test]
fn the_jobs_chart_steps_from_0_to_200_at_5_weeks_without_the_scheme_and_10_with_it() {
    // Runways of 4.31 and 9.54 weeks; redundancies do not save the firm, so all 200 jobs.
    let chart = jobs_at_risk_chart(&estimate(&worked_example()).unwrap());
    assert_eq!(chart.series[0].points.len(), 52);
    let at = |series: &Series, weeks: u32| series.points[weeks as usize - 1].value;
    let (without, with) = (&chart.series[0], &chart.series[1]);
    assert_eq!(
        (at(without, 4), at(without, 5), at(without, 52)),
        (Decimal::ZERO, Decimal::from(200), Decimal::from(200))
    );
    assert_eq!((at(with, 9), at(with, 10)), (Decimal::ZERO, Decimal::from(200)));
    assert_eq!(
        chart.summary,
        "Without the scheme jobs are at risk if the shutdown lasts 5 weeks or more; with it, if it lasts 10 weeks or more."
    );
    assert_eq!((chart.shape, chart.values.unit), (LineShape::Steps, ValueUnit::Count));
}

#[test]
fn the_cost_chart_splits_a_week_between_the_government_and_the_firm() {
    let chart = weekly_cost_chart(&estimate(&worked_example()).unwrap());
    let bars: Vec<(&str, Decimal)> = chart.bars.iter().map(|b| (b.label.as_str(), b.value)).collect();
    assert_eq!(bars, [("The government", pence(5_907_600)), ("Your firm", pence(847_440))]);
    // 59,076 ÷ 67,550.40 = 87.45%.
    assert_eq!(
        chart.summary,
        "The government pays £59,076.00 a week and your firm £8,474.40: the government pays 87% of the cost."
    );
}

#[test]
fn summaries_say_when_the_cash_lasts_and_no_job_is_at_risk() {
    let mut rich = worked_example();
    rich.finances.cash_reserves = Some(Money::pounds(100_000_000));
    let estimate = estimate(&rich).unwrap();
    assert_eq!(
        cash_position_chart(&estimate).summary,
        "The firm's cash lasts the whole shutdown, with or without the scheme."
    );
    assert_eq!(
        jobs_at_risk_chart(&estimate).summary,
        "No jobs are at risk in a shutdown of up to 52 weeks, with or without the scheme."
    );
}

#[test]
fn summaries_say_when_the_cash_runs_out_on_both_paths() {
    let mut poor = worked_example();
    poor.finances.cash_reserves = Some(Money::pounds(100_000));
    let estimate = estimate(&poor).unwrap();
    // 100,000 − 62,860.32 × 2 < 0; 100,000 − 139,363.92 < 0.
    assert_eq!(
        cash_position_chart(&estimate).summary,
        "Without the scheme the firm's cash runs out in week 1; with it, in week 2."
    );
    assert_eq!(
        jobs_at_risk_chart(&estimate).summary,
        "Without the scheme jobs are at risk if the shutdown lasts 1 week or more; with it, if it lasts 2 weeks or more."
    );
}

#[test]
fn nobody_furloughed_costs_nothing_a_week() {
    let mut untouched = worked_example();
    untouched.lost_output_pct = Some(Decimal::ZERO);
    let estimate = estimate(&untouched).unwrap();
    assert_eq!(weekly_cost_chart(&estimate).summary, "No one is furloughed, so furlough costs nothing a week.");
}
