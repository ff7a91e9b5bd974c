//! No input panics the claim engine or `furlough claim`: absurd dates, amounts and hours, JSON of
//! any shape, and acceptance cases with their inputs scrambled all get an answer or an error.

mod common;

use chrono::{Datelike, NaiveDate};
use furlough_engine::claim::json::parse_claim;
use furlough_engine::claim::{
    calculate_breakdown, calculate_claim, ClaimInput, EmployeeStart, Furlough, Hours, LastYearPayment,
    NicCategory, Pay, PayFrequency, PensionStatus, Period, PeriodAmount, PeriodHours, PhaseOnePay,
    StatutoryLeave, VariablePay,
};
use furlough_engine::Money;
use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{FileFailurePersistence, TestRunner};
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

const CASES: u32 = 10_000;
const PUBLIC_CASES: &str = include_str!("data/cjrs-public.json");

/// Any date chrono can hold, but mostly near the scheme so more code is reached.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    let near = (737_000i32..738_500).prop_map(|days| NaiveDate::from_num_days_from_ce_opt(days).unwrap());
    let anywhere = (NaiveDate::MIN.num_days_from_ce()..=NaiveDate::MAX.num_days_from_ce())
        .prop_map(|days| NaiveDate::from_num_days_from_ce_opt(days).unwrap());
    prop_oneof![4 => near, 1 => anywhere]
}

/// Any decimal, from pennies to the largest rust_decimal holds, either sign, any scale.
fn any_decimal() -> impl Strategy<Value = Decimal> {
    let small = (-1_000_000_000i64..1_000_000_000, 0u32..4).prop_map(|(n, scale)| Decimal::new(n, scale));
    let any = (any::<u32>(), any::<u32>(), any::<u32>(), any::<bool>(), 0u32..=28)
        .prop_map(|(lo, mid, hi, negative, scale)| Decimal::from_parts(lo, mid, hi, negative, scale));
    prop_oneof![3 => small, 1 => any]
}

fn any_money() -> impl Strategy<Value = Money> {
    any_decimal().prop_map(Money::new)
}

fn any_hours() -> impl Strategy<Value = Hours> {
    any_decimal().prop_map(|hours| Hours::new(hours.abs()).unwrap())
}

fn any_claim() -> impl Strategy<Value = ClaimInput> {
    let dates = (any_date(), any_date(), any_date(), proptest::option::of(any_date()));
    let pay = prop_oneof![
        any_money().prop_map(|amount| Pay::Regular { amount }),
        (
            proptest::option::of(any_date()),
            any_money(),
            proptest::option::of((any_money(), any::<u32>())),
            proptest::option::of(any_date()),
            vec((any_date(), any_money()), 0..6),
            proptest::option::of(any::<bool>()),
            proptest::option::of(any::<bool>()),
        )
            .prop_map(|(start, total, leave, first, payments, payroll, rti)| {
                Pay::Variable(VariablePay {
                    employee_start: start
                        .map_or(EmployeeStart::OnOrBefore1Feb2019, EmployeeStart::After1Feb2019),
                    total_pay_in_reference_period: total,
                    statutory_leave: leave.map(|(pay, days)| StatutoryLeave { pay, days }),
                    first_furlough_date: first,
                    last_year_payments: payments
                        .into_iter()
                        .map(|(pay_date, amount)| LastYearPayment { pay_date, amount })
                        .collect(),
                    on_payroll_by_30_oct_2020: payroll,
                    rti_submission: rti,
                })
            }),
    ];
    let frequency = prop_oneof![
        Just(PayFrequency::Weekly),
        Just(PayFrequency::Fortnightly),
        Just(PayFrequency::FourWeekly),
        Just(PayFrequency::Monthly)
    ];
    let extras = (
        vec((any_date(), any_money()), 0..3),
        vec((any_date(), any_money()), 0..3),
        proptest::option::of(any_money()),
        proptest::option::of(any_money()),
    );
    (
        dates,
        frequency,
        vec(any_date(), 0..8),
        proptest::option::of(any_date()),
        pay,
        vec((any_date(), any_hours(), any_hours()), 0..4),
        proptest::option::of(prop_oneof![Just(NicCategory::Payable), Just(NicCategory::NonPayable)]),
        proptest::option::of(prop_oneof![
            Just(PensionStatus::Contributes),
            Just(PensionStatus::DoesNotContribute)
        ]),
        extras,
    )
        .prop_map(
            |(
                (a, b, furlough_start, furlough_end),
                frequency,
                mut ends,
                last_pay_date,
                pay,
                hours,
                nic,
                pension,
                extras,
            )| {
                ends.sort();
                let period_amounts = |entries: Vec<(NaiveDate, Money)>| {
                    entries
                        .into_iter()
                        .map(|(pay_period_end, amount)| PeriodAmount { pay_period_end, amount })
                        .collect()
                };
                ClaimInput {
                    claim_period: Period::new(a.min(b), a.max(b)).unwrap(),
                    furlough: Furlough { start: furlough_start, end: furlough_end },
                    pay_frequency: frequency,
                    pay_period_end_dates: ends,
                    last_pay_date,
                    pay,
                    hours: hours
                        .into_iter()
                        .map(|(pay_period_end, usual, worked)| PeriodHours { pay_period_end, usual, worked })
                        .collect(),
                    nic_category: nic,
                    pension_status: pension,
                    phase_one_pay: PhaseOnePay {
                        top_ups: period_amounts(extras.0),
                        additional_payments: period_amounts(extras.1),
                        partial_pay_before_furlough: extras.2,
                        partial_pay_after_furlough: extras.3,
                    },
                }
            },
        )
}

/// Names the engine and the case adapters read, so generated objects reach deep code.
const NAMES: [&str; 40] = [
    "claim_period_start",
    "claim_period_end",
    "furlough_start",
    "furlough_end",
    "furlough_status",
    "pay_frequency",
    "pay_method",
    "pay_period_end_dates",
    "last_pay_date",
    "regular_pay_amount",
    "employee_started",
    "employee_start_date",
    "variable_pay_total_in_reference_period",
    "last_year_payments",
    "first_furlough_date",
    "statutory_leave_pay",
    "statutory_leave_days",
    "usual_hours",
    "actual_hours_worked",
    "nic_category",
    "pension_status",
    "top_ups",
    "additional_payments",
    "pay_date",
    "amount",
    "hours",
    "pay_period_end",
    "pay_period",
    "furlough_part",
    "period",
    "periods",
    "cases",
    "start",
    "end",
    "reference_pay",
    "regular_pay",
    "annual_pay",
    "prior_furlough_period",
    "cap",
    "rate",
];

/// Text a claim might hold: dates (real or not), amounts, the words the fields take, or anything.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "20[0-9]{2}-[01][0-9]-[0-3][0-9]",
        "-?£?[0-9,]{1,16}(\\.[0-9]{1,4})?",
        prop::sample::select(vec![
            "monthly",
            "weekly",
            "fortnightly",
            "fourweekly",
            "regular",
            "variable",
            "FurloughOngoing",
            "FurloughEnded",
            "payable",
            "nonpayable",
            "doesContribute",
            "on_or_before_1_feb_2019",
            "after_1_feb_2019",
            "full",
            "partial",
            "partialFurloughCap",
            "NI 13.8%",
            "MARCH",
            "1e5",
            "NaN",
        ])
        .prop_map(str::to_owned),
        ".{0,12}",
    ]
}

fn any_json() -> impl Strategy<Value = Value> {
    let number = "-?[0-9]{1,30}(\\.[0-9]{1,30})?([eE][-+]?[0-9]{1,3})?"
        .prop_filter_map("a JSON number serde_json reads", |text| serde_json::from_str::<Value>(&text).ok());
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number,
        any_text().prop_map(Value::String)
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..5).prop_map(Value::Array),
            btree_map(prop::sample::select(NAMES.to_vec()), inner, 0..6).prop_map(|members| Value::Object(
                members.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
            )),
        ]
    })
}

/// A real public case or a valid claim with some fields replaced by anything.
fn scrambled(seeds: &[Value]) -> impl Strategy<Value = Value> {
    let seeds = seeds.to_vec();
    (prop::sample::select(seeds), btree_map(prop::sample::select(NAMES.to_vec()), any_json(), 1..4)).prop_map(
        |(mut seed, changes)| {
            let target = if seed.get("inputs").is_some() { &mut seed["inputs"] } else { &mut seed };
            if let Value::Object(fields) = target {
                for (name, value) in changes {
                    fields.insert(name.to_owned(), value);
                }
            }
            seed
        },
    )
}

fn seeds() -> Vec<Value> {
    let cases: Vec<Value> = serde_json::from_str(PUBLIC_CASES).unwrap();
    let inputs = cases
        .iter()
        .filter(|case| case["inputs"].get("claim_period_start").is_some())
        .map(|case| case["inputs"].clone());
    cases.iter().cloned().chain(inputs).collect()
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::with_cases(CASES)
    })]

    #[test]
    fn no_claim_input_panics_the_engine(input in any_claim()) {
        let _ = calculate_claim(&input);
        let _ = calculate_breakdown(&input);
    }

    #[test]
    fn no_json_panics_the_claim_reader(value in any_json(), changes in btree_map(prop::sample::select(NAMES.to_vec()), any_json(), 0..4)) {
        let _ = parse_claim(&value).map(|input| calculate_breakdown(&input));
        let mut claim = json!({"claim_period_start": "2020-11-01", "claim_period_end": "2020-11-30",
            "furlough_start": "2020-11-01", "furlough_status": "FurloughOngoing", "pay_frequency": "monthly",
            "pay_method": "variable", "employee_started": "on_or_before_1_feb_2019",
            "variable_pay_total_in_reference_period": 1000, "pay_period_end_dates": ["2020-10-31", "2020-11-30"]});
        let fields: &mut Map<String, Value> = claim.as_object_mut().unwrap();
        fields.extend(changes.into_iter().map(|(name, value)| (name.to_owned(), value)));
        let _ = parse_claim(&claim).map(|input| (calculate_claim(&input), calculate_breakdown(&input)));
    }
}

#[test]
fn no_line_panics_furlough_claim_and_every_line_is_answered() {
    let seeds = seeds();
    let lines = prop_oneof![3 => scrambled(&seeds), 1 => any_json()];
    let mut runner = TestRunner::deterministic();
    let mut input = String::new();
    for _ in 0..CASES {
        input.push_str(&lines.new_tree(&mut runner).unwrap().current().to_string());
        input.push('\n');
    }
    input.push_str("{\"unclosed\": \n[1, 2\n\u{0}\n");

    let output = common::run_furlough_claim(input);

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "furlough claim panicked: {stderr}");
    assert!(matches!(output.status.code(), Some(0 | 1)), "exit status {:?}: {stderr}", output.status);
    let answers = String::from_utf8(output.stdout).unwrap();
    assert_eq!(answers.lines().count(), CASES as usize + 3, "one answer per line");
    assert!(answers.lines().all(|line| serde_json::from_str::<Value>(line).is_ok()));
}
