//! `furlough claim` checked against HMRC's own test cases (`data/cjrs-public.json`), through the
//! built binary, the way payroll staff and the acceptance check use it.

mod common;

use furlough_engine::claim::json::read::exact_decimal;
use serde_json::Value;

const PUBLIC_CASES: &str = include_str!("data/cjrs-public.json");
const END_TO_END_KINDS: [&str; 4] =
    ["end_to_end_claim_amount", "phase1_end_to_end", "phase2_end_to_end", "phase2_end_to_end_tapered_rate"];

struct Output {
    lines: Vec<Value>,
    success: bool,
}

/// Runs `furlough claim` and reads each answer line as JSON.
fn furlough_claim(input: String) -> Output {
    let output = common::run_furlough_claim(input);
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines =
        stdout.lines().map(|line| serde_json::from_str(line).expect("each output line is JSON")).collect();
    Output { lines, success: output.status.success() }
}

fn public_cases() -> Vec<Value> {
    serde_json::from_str(PUBLIC_CASES).unwrap()
}

/// Every field of `expected` in `actual`: numbers equal as decimals (to the penny), text,
/// booleans and nulls equal, lists item by item. Returns the differences found.
fn differences(path: &str, expected: &Value, actual: Option<&Value>, found: &mut Vec<String>) {
    let mut differ = || {
        found.push(format!(
            "{path}: expected {expected}, got {}",
            actual.map_or("nothing".into(), Value::to_string)
        ))
    };
    match (expected, actual) {
        (Value::Object(fields), Some(Value::Object(actual))) => {
            for (name, value) in fields {
                differences(&format!("{path}.{name}"), value, actual.get(name), found);
            }
        }
        (Value::Array(items), Some(Value::Array(actual))) if items.len() == actual.len() => {
            for (index, (item, actual)) in items.iter().zip(actual).enumerate() {
                differences(&format!("{path}[{index}]"), item, Some(actual), found);
            }
        }
        (Value::Number(expected), Some(Value::Number(actual))) => {
            if exact_decimal(expected) != exact_decimal(actual) {
                differ();
            }
        }
        (Value::String(_) | Value::Bool(_) | Value::Null, Some(actual)) if expected == actual => {}
        _ => differ(),
    }
}

#[test]
fn every_public_case_passes_through_the_cli() {
    let cases = public_cases();
    let input: Vec<String> = cases.iter().map(Value::to_string).collect();
    let output = furlough_claim(input.join("\n"));
    assert_eq!(output.lines.len(), cases.len(), "one answer per case");

    let mut failures = Vec::new();
    for (case, answer) in cases.iter().zip(&output.lines) {
        let id = case["id"].as_str().unwrap();
        assert_eq!(answer["id"], case["id"], "answers come in order");
        let mut found = Vec::new();
        differences("", &case["expected"], Some(answer), &mut found);
        if !found.is_empty() {
            failures.push(format!("{id} ({}): {}", case["kind"], found.join("; ")));
        }
    }
    let passed = cases.len() - failures.len();
    println!("{passed}/{} public cases pass through `furlough claim`", cases.len());
    for failure in &failures {
        println!("FAILED {failure}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} public cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    assert_eq!(passed, 192);
    assert!(output.success, "the CLI exits with success when every line is answered");
}

/// A claim period the scheme refuses: across calendar months from July 2020, or after it closed.
fn claim_period_refused_by_the_scheme(inputs: &Value) -> bool {
    let (start, end) =
        (inputs["claim_period_start"].as_str().unwrap(), inputs["claim_period_end"].as_str().unwrap());
    (start >= "2020-07-01" && start[..7] != end[..7]) || end > "2021-09-30"
}

#[test]
fn the_inputs_of_end_to_end_cases_are_ordinary_claims_with_the_same_amounts() {
    let cases: Vec<Value> = public_cases()
        .into_iter()
        .filter(|case| END_TO_END_KINDS.contains(&case["kind"].as_str().unwrap()))
        .collect();
    let output =
        furlough_claim(cases.iter().map(|case| case["inputs"].to_string()).collect::<Vec<_>>().join("\n"));
    assert_eq!(output.lines.len(), cases.len());

    let mut failures = Vec::new();
    let mut refused = Vec::new();
    for (case, answer) in cases.iter().zip(&output.lines) {
        let (id, expected) = (case["id"].as_str().unwrap(), &case["expected"]);
        if let Some(error) = answer.get("error") {
            assert!(
                error["field"].as_str().unwrap().starts_with("claim_period")
                    && claim_period_refused_by_the_scheme(&case["inputs"]),
                "{id} was refused: {error}"
            );
            refused.push(id);
            continue;
        }
        let checks = [
            ("claim_amount", "claim_amount"),
            ("furlough_total", "furlough_grant_at_80"),
            ("furlough_total_at_80pct", "furlough_grant_at_80"),
            ("grant_rate_percent", "grant_rate_percent"),
            ("nic_grant", "nic_grant"),
            ("nic_total", "nic_grant"),
            ("pension_grant", "pension_grant"),
            ("pension_total", "pension_grant"),
        ];
        for (expected_name, claim_name) in checks {
            let Some(value) = expected.get(expected_name) else { continue };
            let mut found = Vec::new();
            if value.is_null() {
                differences(
                    claim_name,
                    &Value::Bool(false),
                    answer.get("nic_and_pension_grants_apply"),
                    &mut found,
                );
            } else {
                differences(claim_name, value, answer.get(claim_name), &mut found);
            }
            failures.extend(found.into_iter().map(|difference| format!("{id}: {difference}")));
        }
    }
    println!(
        "{} end-to-end inputs answered as claims; refused by the claim-period rules: {refused:?}",
        cases.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(refused.len() < 3, "only HMRC's view-test inputs with impossible claim periods are refused");
}

#[test]
fn a_refused_line_is_answered_with_its_field_and_the_other_lines_still_are() {
    let good = public_cases().into_iter().find(|case| case["kind"] == "end_to_end_claim_amount").unwrap();
    let mut good_claim = good["inputs"].clone();
    good_claim["id"] = "employee 42".into();
    let input =
        format!("{good_claim}\n\n   \n{{\"claim_period_start\": \"2020-11-01\"}}\nnot json\n{good_claim}\n");
    let output = furlough_claim(input);

    assert_eq!(output.lines.len(), 4, "blank lines are skipped, every other line answered");
    assert_eq!(output.lines[0]["id"], "employee 42");
    assert_eq!(output.lines[0]["claim_amount"], good["expected"]["claim_amount"]);
    assert_eq!(output.lines[1]["error"]["field"], "claim_period_end");
    assert!(output.lines[1]["error"]["message"].as_str().unwrap().starts_with("Enter"));
    assert_eq!(output.lines[2]["error"]["field"], "line");
    assert_eq!(output.lines[3]["claim_amount"], good["expected"]["claim_amount"]);
    assert!(!output.success, "a refused line makes the exit status non-zero");
}

#[test]
fn a_claim_result_carries_a_breakdown_of_every_pay_period() {
    let case =
        public_cases().into_iter().find(|case| case["id"] == "it-may-may-fixed-weekly-scenarios-4").unwrap();
    let output = furlough_claim(case["inputs"].to_string());
    let answer = &output.lines[0];
    let periods = answer["periods"].as_array().unwrap();
    assert_eq!(periods.len(), 4);
    assert_eq!(periods[0]["type"], "partial");
    assert_eq!(periods[0]["furlough_days"], 5);
    assert_eq!(periods[0]["furloughed_hours"], 27);
    assert_eq!(periods[1]["type"], "full");
    assert_eq!(periods[1]["cap"]["value"].to_string(), "576.92");
    for field in ["reference_pay", "cap", "grant_at_80", "claim", "nic", "pension"] {
        assert!(periods[0].get(field).is_some(), "each period shows {field}");
    }
    assert_eq!(answer["claim_amount"].to_string(), "1673.88");
}
