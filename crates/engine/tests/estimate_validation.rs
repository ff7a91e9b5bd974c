//! What the calculator says about a scenario it cannot estimate: every problem at once, each
//! on its field's path, in words a non-accountant can act on.

use furlough_engine::estimate::{estimate, Scenario, ScenarioError};

fn problems(json: &str) -> Vec<ScenarioError> {
    let scenario = Scenario::from_json(json).unwrap_or_else(|e| panic!("{json}: {e}"));
    estimate(&scenario).expect_err(json).errors().to_vec()
}

fn fields(json: &str) -> Vec<String> {
    problems(json).into_iter().map(|e| e.field).collect()
}

#[test]
fn every_problem_is_reported_at_once_with_its_field_path() {
    let found = fields(
        r#"{"tax_year":"2024-25","workforce":[{"employees":10,"annual_pay":"30000"},{"employees":5,"annual_pay":"0","age":12}],
            "lost_output_pct":120,"shutdown_weeks":0,
            "scheme":{"gov_rate_pct":90,"employee_floor_pct":80,"top_up_to_pct":101,"max_weeks":0,"monthly_cap":"-1"},
            "finances":{"cash_reserves":"-5","labour_cost_share":0,"operating_margin":0.9,"variable_cost_share":2,"cash_buffer_days":-1}}"#,
    );
    assert_eq!(
        found,
        [
            "tax_year",
            "workforce[1].annual_pay",
            "workforce[1].age",
            "lost_output_pct",
            "shutdown_weeks",
            "scheme.gov_rate_pct",
            "scheme.monthly_cap",
            "scheme.top_up_to_pct",
            "scheme.max_weeks",
            "finances.cash_reserves",
            "finances.cash_buffer_days",
            "finances.labour_cost_share",
            "finances.operating_margin",
            "finances.variable_cost_share",
        ]
    );
}

#[test]
fn messages_say_which_field_what_range_and_why() {
    let all = problems(
        r#"{"workforce":[{"employees":10,"annual_pay":"0"}],"lost_output_pct":120,"shutdown_weeks":6}"#,
    );
    assert_eq!(all[0].message(), "Annual pay must be more than £0: enter one person's yearly pay before tax, for example 32000.");
    assert_eq!(
        all[1].message(),
        "Lost output must be between 0 and 100 (% of normal output lost); you entered 120."
    );
}

#[test]
fn missing_required_fields_are_asked_for() {
    let all = problems(r#"{"workforce":[{}]}"#);
    let found: Vec<&str> = all.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        found,
        [
            "workforce[0].employees",
            "workforce[0].annual_pay",
            "lost_output_pct",
            "shutdown_weeks"
        ]
    );
    assert_eq!(
        all[0].message(),
        "Enter how many employees are in this group."
    );
    assert_eq!(
        fields(r#"{"lost_output_pct":5,"shutdown_weeks":5}"#),
        ["workforce"]
    );
}

#[test]
fn a_workforce_of_nobody_is_refused() {
    let all = problems(
        r#"{"workforce":[{"employees":0,"annual_pay":"30000"}],"lost_output_pct":5,"shutdown_weeks":5}"#,
    );
    assert_eq!(all[0].field, "workforce");
    assert!(all[0].message().contains("no employees"));
}

#[test]
fn a_nic_category_that_does_not_fit_the_age_is_caught() {
    let all = problems(
        r#"{"workforce":[{"employees":1,"annual_pay":"30000","nic_category":"M"}],"lost_output_pct":5,"shutdown_weeks":5}"#,
    );
    assert_eq!(all[0].field, "workforce[0].nic_category");
    assert_eq!(all[0].message(), "NIC category M is for employees under 21, but the age given is 40: use category A, or correct the age.");
}

#[test]
fn more_years_of_service_than_a_working_life_is_caught() {
    let all = problems(
        r#"{"workforce":[{"employees":1,"annual_pay":"30000","age":30,"years_service":20}],"lost_output_pct":5,"shutdown_weeks":5}"#,
    );
    assert_eq!(all[0].field, "workforce[0].years_service");
    assert_eq!(
        all[0].message(),
        "Years of service can be at most the age minus 15 (15 for someone aged 30: nobody starts work before 15); you entered 20."
    );
}

#[test]
fn the_government_cannot_pay_more_than_the_floor() {
    let all = problems(
        r#"{"workforce":[{"employees":1,"annual_pay":"30000"}],"lost_output_pct":5,"shutdown_weeks":5,"scheme":{"gov_rate_pct":81}}"#,
    );
    assert_eq!(all[0].field, "scheme.gov_rate_pct");
    assert!(
        all[0]
            .message()
            .contains("between 0 and the employee floor (80%)"),
        "{}",
        all[0].message()
    );
}

#[test]
fn labour_cost_and_margin_that_exceed_revenue_are_caught() {
    let all = problems(
        r#"{"workforce":[{"employees":1,"annual_pay":"30000"}],"lost_output_pct":5,"shutdown_weeks":5,
        "finances":{"labour_cost_share":0.99,"operating_margin":0.05}}"#,
    );
    assert_eq!(all[0].field, "finances.labour_cost_share");
    assert!(
        all[0].message().contains("can't be more than 1"),
        "{}",
        all[0].message()
    );
}

#[test]
fn revenue_below_the_payroll_is_caught_on_the_revenue_field() {
    let all = problems(
        r#"{"workforce":[{"employees":10,"annual_pay":"30000"}],"lost_output_pct":5,"shutdown_weeks":5,
        "finances":{"weekly_revenue":"1000"}}"#,
    );
    assert_eq!(all[0].field, "finances.weekly_revenue");
    assert!(
        all[0].message().contains("does not cover the weekly payroll"),
        "{}",
        all[0].message()
    );
}

#[test]
fn amounts_with_fractions_of_a_penny_and_other_versions_are_refused() {
    assert_eq!(
        fields(
            r#"{"workforce":[{"employees":1,"annual_pay":"30000.001"}],"lost_output_pct":5,"shutdown_weeks":5}"#
        ),
        ["workforce[0].annual_pay"]
    );
    assert_eq!(
        fields(
            r#"{"version":2,"workforce":[{"employees":1,"annual_pay":"3"}],"lost_output_pct":5,"shutdown_weeks":5}"#
        ),
        ["version"]
    );
}
