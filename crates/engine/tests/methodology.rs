//! The methodology page quotes the worked example's figures; this keeps the page and the
//! engine in step, so the text the app shows never disagrees with the numbers it shows.

use furlough_engine::estimate::{estimate, Scenario};
use furlough_engine::Money;

const METHODOLOGY: &str = include_str!("../../../docs/methodology.md");

/// `£141,630.00` (negative amounts as `−£139,363.92`, with the minus sign the page uses).
fn pounds(amount: Money) -> String {
    let text = amount.to_string();
    let (sign, digits) = text.strip_prefix('-').map_or(("", text.as_str()), |rest| ("−", rest));
    let (whole, pence) = digits.split_once('.').unwrap();
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{sign}£{grouped}.{pence}")
}

#[test]
fn the_methodology_page_quotes_the_engines_figures_for_the_worked_example() {
    let scenario = Scenario::from_json(
        r#"{"tax_year":"2025-26","workforce":[{"employees":200,"annual_pay":"32000","age":40,"years_service":8}],
            "lost_output_pct":60,"shutdown_weeks":6,"finances":{"cash_reserves":"600000"}}"#,
    )
    .unwrap();
    let e = estimate(&scenario).unwrap();
    let group = &e.groups[0];
    let figures = [
        group.week.pay,
        group.week.employer_nic,
        group.week.employer_pension,
        group.week.cost,
        e.weekly.payroll_cost,
        e.weekly_cap,
        group.furlough.grant,
        group.furlough.firm().unwrap(),
        e.weekly.government_grant,
        e.weekly.employer_furlough_cost,
        e.weekly.revenue,
        e.finances.non_pay_costs,
        e.finances.variable_costs,
        e.finances.fixed_costs,
        e.weekly.cash_reserves,
        e.shutdown_week.revenue,
        e.shutdown_week.non_pay_costs,
        e.weekly.cash_flow_without_scheme,
        e.weekly.cash_flow_with_scheme,
        e.shutdown_week.after_layoffs,
        e.exposed_full_cost,
        group.redundancy_pay,
        e.redundancy_cost_exposed,
        e.government_cost,
        e.employer_cost,
        e.cost_per_job_saved.unwrap(),
    ];
    for amount in figures {
        let text = pounds(amount);
        assert!(METHODOLOGY.contains(&text), "the methodology page does not show {text}");
    }
    for runway in [e.without_scheme.runway_weeks.unwrap(), e.with_scheme.runway_weeks.unwrap()] {
        assert!(METHODOLOGY.contains(&format!("**{runway} weeks**")), "runway {runway}");
    }
    assert!(METHODOLOGY.contains(&format!("**{}** exposed jobs", e.exposed_jobs)));
}

#[test]
fn the_methodology_page_uses_only_the_markdown_the_app_renders() {
    for line in METHODOLOGY.lines() {
        assert!(!line.starts_with("```") && !line.starts_with('>') && !line.contains("]("), "{line}");
        assert!(!line.starts_with("####"), "{line}");
    }
}
