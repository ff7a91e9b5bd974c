//! No input makes the engine panic (a panic in the browser freezes the page): wild scenarios,
//! arbitrary JSON text and arbitrary CSV files all come back as results or as messages.

use furlough_engine::estimate::{
    estimate, read_firms, read_roster, Exposure, Finances, Scenario, Scheme, WorkforceGroup,
};
use furlough_engine::payroll::{NicCategory, TaxYear};
use furlough_engine::Money;
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Any decimal at all, from tiny fractions to the largest `Decimal`.
fn decimal() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (any::<i64>(), 0u32..=28).prop_map(|(mantissa, scale)| Decimal::new(mantissa, scale)),
        (-200i64..200).prop_map(Decimal::from),
        Just(Decimal::MAX),
        Just(Decimal::MIN),
    ]
}

fn money() -> impl Strategy<Value = Money> {
    decimal().prop_map(Money::new)
}

fn count() -> impl Strategy<Value = u32> {
    prop_oneof![0u32..300, any::<u32>()]
}

fn category() -> impl Strategy<Value = NicCategory> {
    prop::sample::select(NicCategory::ALL.to_vec())
}

fn wild_scenario() -> impl Strategy<Value = Scenario> {
    let group = (
        count(),
        prop::option::of(count()),
        prop::option::of(money()),
        count(),
        count(),
        category(),
        any::<bool>(),
    )
        .prop_map(
            |(
                label_number,
                employees,
                annual_pay,
                age,
                years_service,
                nic_category,
                pension_enrolled,
            )| WorkforceGroup {
                label: label_number.to_string(),
                employees,
                annual_pay,
                age,
                years_service,
                nic_category,
                pension_enrolled,
            },
        );
    let scheme = (
        decimal(),
        decimal(),
        money(),
        any::<bool>(),
        any::<bool>(),
        decimal(),
        prop::option::of(count()),
    )
        .prop_map(
            |(
                gov_rate_pct,
                employee_floor_pct,
                monthly_cap,
                nic,
                pension,
                top_up_to_pct,
                max_weeks,
            )| Scheme {
                gov_rate_pct,
                employee_floor_pct,
                monthly_cap,
                covers_employer_nic: nic,
                covers_pension: pension,
                top_up_to_pct,
                max_weeks,
            },
        );
    let finances = (
        prop::option::of(money()),
        decimal(),
        prop::option::of(money()),
        decimal(),
        decimal(),
        decimal(),
    )
        .prop_map(
            |(
                cash_reserves,
                cash_buffer_days,
                weekly_revenue,
                labour_cost_share,
                operating_margin,
                variable_cost_share,
            )| {
                Finances {
                    cash_reserves,
                    cash_buffer_days,
                    weekly_revenue,
                    labour_cost_share,
                    operating_margin,
                    variable_cost_share,
                }
            },
        );
    (
        prop_oneof![Just(1u32), any::<u32>()],
        prop::option::of(prop_oneof![2020u16..2030, any::<u16>()]),
        prop::collection::vec(group, 0..4),
        any::<bool>(),
        prop::option::of(decimal()),
        prop::option::of(count()),
        scheme,
        finances,
    )
        .prop_map(
            |(
                version,
                year,
                workforce,
                whole,
                lost_output_pct,
                shutdown_weeks,
                scheme,
                finances,
            )| Scenario {
                version,
                tax_year: year.map(TaxYear::starting_in),
                workforce,
                exposure: if whole {
                    Exposure::WholeWorkforce
                } else {
                    Exposure::PerGroup
                },
                lost_output_pct,
                shutdown_weeks,
                scheme,
                finances,
            },
        )
}

/// Plausible scenarios nudged to the edges of every range, where overflow would show.
fn edge_scenario() -> impl Strategy<Value = Scenario> {
    (
        prop::sample::select(vec![0u32, 1, 999_999, 1_000_000]),
        prop::sample::select(vec![1i64, 9_999_999, 10_000_000]),
        prop::sample::select(vec![0i64, 50, 100]),
        prop::sample::select(vec![1u32, 104]),
        any::<bool>(),
    )
        .prop_map(|(employees, pay, lost, weeks, rich)| Scenario {
            workforce: vec![
                WorkforceGroup {
                    employees: Some(employees),
                    annual_pay: Some(Money::pounds(pay)),
                    ..WorkforceGroup::default()
                };
                3
            ],
            lost_output_pct: Some(Decimal::from(lost)),
            shutdown_weeks: Some(weeks),
            finances: Finances {
                cash_reserves: Some(Money::pounds(if rich { 999_999_999_999 } else { 0 })),
                ..Finances::default()
            },
            ..Scenario::default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn any_scenario_gives_an_estimate_or_messages(scenario in wild_scenario()) {
        if let Err(errors) = estimate(&scenario) {
            prop_assert!(!errors.errors().is_empty());
            prop_assert!(errors.errors().iter().all(|e| !e.message().is_empty()));
        }
    }

    #[test]
    fn scenarios_at_the_edges_of_every_range_never_panic(scenario in edge_scenario()) {
        let _ = estimate(&scenario);
    }

    #[test]
    fn any_text_read_as_a_scenario_gives_a_scenario_or_a_message(text in ".{0,200}") {
        if let Ok(scenario) = Scenario::from_json(&text) {
            let _ = estimate(&scenario);
        }
    }

    #[test]
    fn json_shaped_text_gives_a_scenario_or_a_message(text in r#"\{("[a-z_]{1,20}":(-?[0-9.e]{1,12}|"[^"]{0,10}"|null|true|\[\{\}\]|\{\}),?){0,6}\}"#) {
        if let Ok(scenario) = Scenario::from_json(&text) {
            let _ = estimate(&scenario);
        }
    }

    #[test]
    fn any_roster_file_gives_groups_or_messages(lines in prop::collection::vec("[a-zA-Z0-9,.£\"# %-]{0,40}", 0..8)) {
        let roster = format!("label,annual_pay,age,years_service,nic_category,pension_enrolled\n{}", lines.join("\n"));
        if let Ok(groups) = read_roster(roster.as_bytes()) {
            let mut scenario = Scenario { lost_output_pct: Some(Decimal::from(50)), shutdown_weeks: Some(4), ..Scenario::default() };
            scenario.use_roster(groups);
            let _ = estimate(&scenario);
        }
        let _ = read_roster(lines.join("\n").as_bytes());
    }

    #[test]
    fn any_supply_chain_file_gives_rows_or_a_message(lines in prop::collection::vec("[a-zA-Z0-9,.£\"# %-]{0,60}", 0..8)) {
        let header = "firm,employees,annual_pay,lost_output_pct,shutdown_weeks,cash_reserves,age,years_service";
        let csv = format!("{header}\n{}", lines.join("\n"));
        if let Ok(firms) = read_firms(csv.as_bytes(), &Scenario::default()) {
            for firm in firms {
                let _ = firm.estimate();
            }
        }
        let _ = read_firms(lines.join("\n").as_bytes(), &Scenario::default());
    }
}
