use serde_json::json;

use super::calculate_breakdown;
use crate::claim::fixtures::november_claim;
use crate::claim::{calculate_claim, ClaimResult};
use crate::Money;

fn calculate(changes: serde_json::Value) -> ClaimResult {
    calculate_claim(&november_claim(changes)).unwrap()
}

#[test]
fn a_full_month_claims_80_percent_of_regular_pay() {
    let result = calculate(json!({}));
    assert_eq!(result.claim_amount, Money::pounds(1600));
    assert_eq!(result.furlough_grant_at_80, Money::pounds(1600));
    assert_eq!(result.employer_top_up, Money::ZERO);
    assert_eq!(result.grant_rate_percent, 80);
    assert_eq!((result.nic_grant, result.pension_grant), (None, None));
    assert_eq!(result.periods.len(), 1);
}

#[test]
fn a_fully_capped_month_at_70_and_60_percent_leaves_the_employer_to_top_up() {
    let month = |start: &str, end: &str, before: &str| {
        calculate(json!({"claim_period_start": start, "claim_period_end": end, "furlough_start": start,
            "regular_pay_amount": 10000, "pay_period_end_dates": [before, end]}))
    };
    let september = month("2020-09-01", "2020-09-30", "2020-08-31");
    assert_eq!(september.grant_rate_percent, 70);
    assert_eq!(september.furlough_grant_at_80, Money::pounds(2500));
    assert_eq!(september.claim_amount, Money::pence(218_750));
    assert_eq!(september.employer_top_up, Money::pence(31_250));
    let october = month("2020-10-01", "2020-10-31", "2020-09-30");
    assert_eq!((october.claim_amount, october.employer_top_up), (Money::pounds(1875), Money::pounds(625)));
}

#[test]
fn a_partial_period_prorates_pay_and_cap_by_furlough_days() {
    let result = calculate(json!({"furlough_start": "2020-11-05", "furlough_status": "FurloughEnded",
        "furlough_end": "2020-11-21", "regular_pay_amount": 6500}));
    let period = &result.periods[0];
    assert!(period.pay_period.is_partial());
    assert_eq!(period.reference_pay.value, Money::pence(368_333));
    assert_eq!(period.cap.value, Money::pence(141_678));
    assert_eq!(result.claim_amount, Money::pence(141_678));
}

#[test]
fn flexible_furlough_scales_pay_and_cap_to_furloughed_hours() {
    let hours = |worked: serde_json::Value| {
        calculate(
            json!({"regular_pay_amount": 6500, "furlough_start": "2020-11-05", "furlough_status": "FurloughEnded",
            "furlough_end": "2020-11-21",
            "usual_hours": [{"pay_period_end": "2020-11-30", "hours": 127.5}],
            "actual_hours_worked": [{"pay_period_end": "2020-11-30", "hours": worked}]}),
        )
    };
    assert_eq!(hours(json!(52.5)).claim_amount, Money::pence(83_340));
    assert_eq!(hours(json!(127.5)).claim_amount, Money::ZERO);
    assert_eq!(hours(json!(130)).claim_amount, Money::ZERO);
}

#[test]
fn zero_usual_hours_are_refused_naming_the_field() {
    let claim = november_claim(json!({"usual_hours": [{"pay_period_end": "2020-11-30", "hours": 0}],
        "actual_hours_worked": [{"pay_period_end": "2020-11-30", "hours": 0}]}));
    assert_eq!(calculate_claim(&claim).unwrap_err().field, "usual_hours");
}

#[test]
fn july_2020_claims_have_nic_and_pension_grants_and_need_their_answers() {
    let july = json!({"claim_period_start": "2020-07-01", "claim_period_end": "2020-07-31", "furlough_start": "2020-07-01",
        "pay_period_end_dates": ["2020-06-30", "2020-07-31"], "last_pay_date": "2020-07-31",
        "nic_category": "payable", "pension_status": "doesContribute"});
    let result = calculate(july.clone());
    assert_eq!(result.nic_grant, Some(Money::pence(11_978)));
    assert_eq!(result.pension_grant, Some(Money::pence(3_240)));

    let mut without_category = july.clone();
    without_category["nic_category"] = serde_json::Value::Null;
    assert_eq!(calculate_claim(&november_claim(without_category)).unwrap_err().field, "nic_category");
    let mut without_pay_date = july;
    without_pay_date["last_pay_date"] = serde_json::Value::Null;
    assert_eq!(calculate_claim(&november_claim(without_pay_date)).unwrap_err().field, "last_pay_date");
}

#[test]
fn pay_periods_without_a_furloughed_day_are_left_out() {
    let result = calculate(json!({"pay_frequency": "weekly", "regular_pay_amount": 500,
        "furlough_start": "2020-11-08", "claim_period_start": "2020-11-01",
        "pay_period_end_dates": ["2020-10-31", "2020-11-07", "2020-11-14", "2020-11-21", "2020-11-28", "2020-12-05"]}));
    let starts: Vec<String> =
        result.periods.iter().map(|p| p.pay_period.period.start().to_string()).collect();
    assert_eq!(starts, ["2020-11-08", "2020-11-15", "2020-11-22", "2020-11-29"]);
}

#[test]
fn a_claim_with_no_furloughed_pay_period_is_refused() {
    let claim = november_claim(json!({"pay_period_end_dates": ["2020-09-30", "2020-10-31"]}));
    assert_eq!(calculate_breakdown(&claim).unwrap_err().field, "pay_period_end_dates");
}

#[test]
fn variable_pay_takes_the_higher_of_the_average_and_last_year() {
    let variable = |last_year: i64| {
        calculate(json!({"pay_method": "variable", "employee_started": "on_or_before_1_feb_2019",
            "variable_pay_total_in_reference_period": 36600, "regular_pay_amount": null,
            "last_year_payments": [{"pay_date": "2019-11-30", "amount": last_year}]}))
    };
    assert_eq!(variable(2000).periods[0].reference_pay.value, Money::pounds(3000));
    assert_eq!(variable(4000).periods[0].reference_pay.value, Money::pounds(4000));
}
