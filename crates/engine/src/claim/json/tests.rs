use serde_json::{json, Value};

use super::parse_claim;
use crate::claim::error::ClaimError;
use crate::claim::fixtures::november_json;
use crate::claim::input::{EmployeeStart, Pay};
use crate::Money;

/// The November 2020 claim with £1,153.84 a month, then `changes`.
fn with(changes: Value) -> Value {
    let mut all = json!({"regular_pay_amount": 1153.84});
    if let (Value::Object(all), Value::Object(changes)) = (&mut all, changes) {
        all.extend(changes);
    }
    november_json(all)
}

fn error(changes: Value) -> ClaimError {
    parse_claim(&with(changes)).unwrap_err()
}

fn regular_pay(changes: Value) -> Money {
    match parse_claim(&with(changes)).unwrap().pay {
        Pay::Regular { amount } => amount,
        Pay::Variable(_) => panic!("expected regular pay"),
    }
}

#[test]
fn json_numbers_are_read_exactly_as_written() {
    assert_eq!(regular_pay(json!({})), Money::pence(115_384));
    assert_eq!(regular_pay(json!({"regular_pay_amount": 0.1})), Money::pence(10));
    assert_eq!(regular_pay(json!({"regular_pay_amount": 19564.4})), Money::pence(1_956_440));
}

#[test]
fn amounts_may_be_typed_text_with_a_pound_sign_and_commas() {
    assert_eq!(regular_pay(json!({"regular_pay_amount": "£1,153.84"})), Money::pence(115_384));
}

#[test]
fn amounts_in_scientific_notation_nan_or_with_underscores_are_refused_naming_the_field() {
    for text in ["1e5", "NaN", "1_000", "12.345", "-5"] {
        let refused = error(json!({"regular_pay_amount": text}));
        assert_eq!(refused.field, "regular_pay_amount", "{text}");
    }
    assert_eq!(error(json!({"regular_pay_amount": -5})).field, "regular_pay_amount");
    assert_eq!(error(json!({"regular_pay_amount": 12.345})).field, "regular_pay_amount");
    assert_eq!(error(json!({"regular_pay_amount": true})).field, "regular_pay_amount");
}

#[test]
fn a_missing_or_malformed_field_is_named() {
    assert_eq!(error(json!({"claim_period_start": null})).field, "claim_period_start");
    assert_eq!(error(json!({"claim_period_end": "30/11/2020"})).field, "claim_period_end");
    assert_eq!(error(json!({"pay_frequency": "daily"})).field, "pay_frequency");
    assert_eq!(error(json!({"regular_pay_amount": null})).field, "regular_pay_amount");
    assert_eq!(
        error(json!({"pay_period_end_dates": ["2020-10-31", "soon"]})).field,
        "pay_period_end_dates[1]"
    );
    assert_eq!(parse_claim(&json!([1, 2])).unwrap_err().field, "claim");
}

#[test]
fn a_claim_period_ending_before_it_starts_is_refused() {
    assert_eq!(error(json!({"claim_period_end": "2020-10-31"})).field, "claim_period_end");
}

#[test]
fn the_furlough_end_counts_only_when_the_furlough_has_ended() {
    let ongoing = parse_claim(&with(json!({"furlough_end": "2020-11-27"}))).unwrap();
    assert_eq!(ongoing.furlough.end, None);
    assert_eq!(error(json!({"furlough_status": "FurloughEnded"})).field, "furlough_end");
    let early = error(json!({"furlough_status": "FurloughEnded", "furlough_end": "2020-10-01"}));
    assert_eq!(early.field, "furlough_end");
}

#[test]
fn usual_and_worked_hours_pair_up_by_pay_period() {
    let claim = parse_claim(&with(json!({
        "usual_hours": [{"pay_period_end": "2020-11-30", "hours": 127.5}],
        "actual_hours_worked": [{"pay_period_end": "2020-11-30", "hours": 52.5}]
    })))
    .unwrap();
    assert_eq!(claim.hours.len(), 1);
    assert_eq!(claim.hours[0].usual.value().to_string(), "127.5");
    let unpaired = error(json!({"usual_hours": [{"pay_period_end": "2020-11-30", "hours": 127.5}]}));
    assert_eq!(unpaired.field, "actual_hours_worked");
    let negative = error(json!({
        "usual_hours": [{"pay_period_end": "2020-11-30", "hours": -1}],
        "actual_hours_worked": [{"pay_period_end": "2020-11-30", "hours": 1}]
    }));
    assert_eq!(negative.field, "usual_hours[0].hours");
}

fn variable(changes: Value) -> Value {
    let mut claim = with(json!({"pay_method": "variable", "variable_pay_total_in_reference_period": 10000}));
    if let (Value::Object(claim), Value::Object(changes)) = (&mut claim, changes) {
        claim.extend(changes);
    }
    claim
}

fn employee_start(changes: Value) -> Result<EmployeeStart, ClaimError> {
    parse_claim(&variable(changes)).map(|claim| match claim.pay {
        Pay::Variable(variable) => variable.employee_start,
        Pay::Regular { .. } => panic!("expected variable pay"),
    })
}

#[test]
fn the_employee_start_comes_from_either_answer_and_both_must_agree() {
    assert_eq!(
        employee_start(json!({"employee_started": "on_or_before_1_feb_2019"})),
        Ok(EmployeeStart::OnOrBefore1Feb2019)
    );
    let date = chrono::NaiveDate::from_ymd_opt(2019, 8, 1).unwrap();
    assert_eq!(
        employee_start(json!({"employee_start_date": "2019-08-01"})),
        Ok(EmployeeStart::After1Feb2019(date))
    );
    let contradiction = employee_start(
        json!({"employee_started": "on_or_before_1_feb_2019", "employee_start_date": "2019-08-01"}),
    );
    assert_eq!(contradiction.unwrap_err().field, "employee_start_date");
    assert_eq!(
        employee_start(json!({"employee_started": "after_1_feb_2019"})).unwrap_err().field,
        "employee_start_date"
    );
    assert_eq!(employee_start(json!({})).unwrap_err().field, "employee_started");
}

#[test]
fn statutory_leave_counts_only_when_both_its_pay_and_days_are_given() {
    let leave = |changes: Value| match parse_claim(&variable(changes)).unwrap().pay {
        Pay::Variable(variable) => variable.statutory_leave,
        Pay::Regular { .. } => panic!("expected variable pay"),
    };
    let started = json!({"employee_started": "on_or_before_1_feb_2019", "statutory_leave_pay": 9243.0});
    assert_eq!(leave(started), None);
    let both = json!({"employee_started": "on_or_before_1_feb_2019", "statutory_leave_pay": 200, "statutory_leave_days": 5});
    assert_eq!(leave(both).map(|l| (l.pay, l.days)), Some((Money::pounds(200), 5)));
}

#[test]
fn question_flow_and_unknown_fields_are_ignored() {
    let claim =
        with(json!({"has_worked_during_claim": true, "pay_periods_list_confirmed": true, "shoe_size": 9}));
    assert!(parse_claim(&claim).is_ok());
}
