use super::field_names::sentence_start;
use super::*;
use crate::messages::EstimateText;
use rust_decimal::Decimal;
use crate::test_support::{estimate_form, set, today};
use crate::state::{EstimateAction, EstimateField, FinanceField, GroupField, SchemeField};
use furlough_engine::estimate::{AssumedFigure, Assumption, Outcome};
use furlough_engine::payroll::TaxYear;
use furlough_engine::Money;

/// The spec's worked example, typed as a user would in quick mode.
fn worked_example_quick() -> EstimateForm {
    estimate_form(vec![
        set(EstimateField::Headcount, "200"),
        set(EstimateField::AveragePay, "£32,000"),
        set(EstimateField::LostOutput, "60%"),
        set(EstimateField::ShutdownWeeks, "6"),
        set(EstimateField::CashReserves, "600,000"),
        set(EstimateField::TaxYear, "2025-26"),
    ])
}

#[test]
fn the_worked_example_typed_in_quick_mode_gives_the_spec_figures() {
    // Quick mode's one group has the default 5 years' service; the spec's example has 8,
    // which only changes the redundancy figure (checked in detailed mode below).
    let figures = derive_estimate(&worked_example_quick(), today()).expect("figures");
    let estimate = &figures.estimate;
    assert_eq!(estimate.exposed_jobs, 120);
    assert_eq!(estimate.weekly.payroll_cost, Money::pence(14_163_000));
    assert_eq!(estimate.weekly.cash_flow_without_scheme, Money::pence(-13_936_392));
    assert_eq!(estimate.weekly.cash_flow_with_scheme, Money::pence(-6_286_032));
    assert_eq!(estimate.without_scheme.outcome, Outcome::Insolvency);
    assert_eq!(estimate.with_scheme.outcome, Outcome::Safe);
    assert_eq!(estimate.government_cost, Money::pence(35_445_600));
    assert_eq!(estimate.cost_per_job_saved, Some(Money::pence(177_228)));
}

#[test]
fn the_worked_example_typed_in_detailed_mode_gives_every_spec_figure() {
    let mut form = worked_example_quick();
    form.apply(EstimateAction::SetMode(EntryMode::Detailed));
    let key = form.groups[0].key;
    form.apply(EstimateAction::SetGroup { key, field: GroupField::YearsService, text: "8".into() });
    let figures = derive_estimate(&form, today()).expect("figures");
    let estimate = &figures.estimate;
    assert_eq!(estimate.redundancy_cost_exposed, Money::pence(59_076_480));
    assert_eq!(estimate.employer_cost, Money::pence(5_084_640));
    assert_eq!(estimate.jobs_saved, 200);
    assert_eq!(estimate.weekly.revenue, Money::pence(56_652_000));
}

#[test]
fn an_empty_tax_year_means_the_year_containing_today() {
    let mut form = worked_example_quick();
    form.apply(set(EstimateField::TaxYear, ""));
    let figures = derive_estimate(&form, today()).expect("figures");
    assert_eq!(figures.scenario.tax_year, None, "today's year is the newest held: the engine default");
    let year = |assumption: &&Assumption| matches!(assumption.figure, AssumedFigure::TaxYear(_));
    let tax_year = figures.estimate.assumptions.iter().find(year).expect("a tax year row");
    assert_eq!(tax_year.figure, AssumedFigure::TaxYear(TaxYear::starting_in(2026)));

    let last_summer = NaiveDate::from_ymd_opt(2025, 8, 1).unwrap();
    let figures = derive_estimate(&form, last_summer).expect("figures");
    assert_eq!(figures.scenario.tax_year.map(|year| year.to_string()).as_deref(), Some("2025-26"));
}

#[test]
fn a_fresh_form_has_only_missing_answers_and_no_errors_to_show_yet() {
    let problems = derive_estimate(&EstimateForm::default(), today()).expect_err("incomplete");
    assert!(problems.invalid.is_empty(), "{:?}", problems.invalid);
    let ids: Vec<&str> = problems.missing.iter().map(|e| e.field_id.as_str()).collect();
    assert_eq!(ids, ["headcount", "average-pay", "lost-output-pct", "shutdown-weeks"]);
}

#[test]
fn the_quick_estimate_asks_for_the_firm_s_headcount_not_a_group_s() {
    let problems = derive_estimate(&EstimateForm::default(), today()).expect_err("incomplete");
    let headcount = problems.missing.iter().find(|e| e.field_id == "headcount").expect("headcount asked for");
    assert_eq!(headcount.message, "Enter how many people the firm employs.");

    let mut detailed = EstimateForm::default();
    detailed.apply(EstimateAction::SetMode(EntryMode::Detailed));
    let problems = derive_estimate(&detailed, today()).expect_err("incomplete");
    let group = problems.missing.iter().find(|e| e.field_id == "workforce-0-employees").expect("group asked for");
    assert_eq!(group.message, "Enter how many employees are in this group.");
}

#[test]
fn text_that_is_not_a_number_is_an_error_on_its_own_field_only() {
    let mut form = worked_example_quick();
    form.apply(set(EstimateField::AveragePay, "32k"));
    let problems = derive_estimate(&form, today()).expect_err("invalid");
    assert_eq!(problems.invalid.len(), 1, "{:?}", problems.invalid);
    assert_eq!(problems.invalid[0].field_id, "average-pay");
    assert!(problems.missing.is_empty());
}

#[test]
fn out_of_range_answers_get_the_engine_message_on_the_right_field() {
    let mut form = worked_example_quick();
    form.apply(set(EstimateField::LostOutput, "160"));
    let problems = derive_estimate(&form, today()).expect_err("invalid");
    assert_eq!(problems.invalid.len(), 1);
    assert_eq!(problems.invalid[0].field_id, "lost-output-pct");
    assert!(problems.invalid[0].message.contains("between 0 and 100"), "{}", problems.invalid[0].message);
}

#[test]
fn a_group_error_points_at_that_group_s_input() {
    let mut form = worked_example_quick();
    form.apply(EstimateAction::SetMode(EntryMode::Detailed));
    form.apply(EstimateAction::AddGroup);
    let key = form.groups[1].key;
    form.apply(EstimateAction::SetGroup { key, field: GroupField::Employees, text: "5".into() });
    form.apply(EstimateAction::SetGroup { key, field: GroupField::AnnualPay, text: "0".into() });
    let problems = derive_estimate(&form, today()).expect_err("invalid");
    let ids: Vec<&str> = problems.invalid.iter().map(|e| e.field_id.as_str()).collect();
    assert_eq!(ids, ["workforce-1-annual-pay"]);
}

#[test]
fn with_two_groups_each_group_s_problem_names_its_group() {
    let mut form = worked_example_quick();
    form.apply(EstimateAction::SetMode(EntryMode::Detailed));
    form.apply(EstimateAction::AddGroup);
    let (first, second) = (form.groups[0].key, form.groups[1].key);
    form.apply(EstimateAction::SetGroup { key: first, field: GroupField::Employees, text: "12 people".into() });
    form.apply(EstimateAction::SetGroup { key: second, field: GroupField::Employees, text: "5 people".into() });
    let problems = derive_estimate(&form, today()).expect_err("invalid");
    let messages: Vec<(&str, &str)> =
        problems.invalid.iter().map(|e| (e.field_id.as_str(), e.message.as_str())).collect();
    assert_eq!(
        messages,
        [
            ("workforce-0-employees", "Group 1, number of employees: Enter a whole number using digits only, like 12"),
            ("workforce-1-employees", "Group 2, number of employees: Enter a whole number using digits only, like 12"),
        ]
    );
    // The second group's pay, left empty, is asked for by the group's name too.
    let pay = problems.missing.iter().find(|e| e.field_id == "workforce-1-annual-pay").expect("pay asked for");
    assert!(pay.message.starts_with("Group 2: Enter"), "{}", pay.message);
}

#[test]
fn a_problem_of_the_whole_workforce_names_no_group() {
    let mut form = worked_example_quick();
    form.apply(EstimateAction::SetMode(EntryMode::Detailed));
    form.apply(EstimateAction::AddGroup);
    for key in form.groups.iter().map(|group| group.key).collect::<Vec<_>>() {
        form.apply(EstimateAction::SetGroup { key, field: GroupField::Employees, text: "0".into() });
        form.apply(EstimateAction::SetGroup { key, field: GroupField::AnnualPay, text: "32000".into() });
    }
    let problems = derive_estimate(&form, today()).expect_err("no employees");
    let messages: Vec<&str> = problems.invalid.iter().map(|e| e.message.as_str()).collect();
    assert_eq!(messages, ["The workforce has no employees: enter at least one person in a group."]);
}

#[test]
fn finance_shares_are_typed_and_checked_as_percentages() {
    let mut form = worked_example_quick();
    form.apply(EstimateAction::SetMode(EntryMode::Detailed));
    form.apply(EstimateAction::SetFinance(FinanceField::LabourCostShare, "0".into()));
    form.apply(EstimateAction::SetFinance(FinanceField::VariableCostShare, "80".into()));
    let problems = derive_estimate(&form, today()).expect_err("invalid");
    assert_eq!(problems.invalid.len(), 1);
    assert_eq!(problems.invalid[0].field_id, "finances-labour-cost-share");
    assert_eq!(problems.invalid[0].message, text_of(EstimateText::LabourShareRange));

    form.apply(EstimateAction::SetFinance(FinanceField::LabourCostShare, "30".into()));
    let figures = derive_estimate(&form, today()).expect("figures");
    assert_eq!(figures.scenario.finances.labour_cost_share, Decimal::new(30, 2));
    assert_eq!(figures.scenario.finances.variable_cost_share, Decimal::new(80, 2));
}

#[test]
fn an_emptied_scheme_parameter_is_an_error_at_once() {
    let mut form = worked_example_quick();
    form.apply(EstimateAction::SetScheme(SchemeField::GovRate, "".into()));
    let problems = derive_estimate(&form, today()).expect_err("invalid");
    assert_eq!(problems.invalid[0].field_id, "scheme-gov-rate-pct");
    assert_eq!(problems.invalid[0].message, text_of(EstimateText::GovRateMissing));
}

#[test]
fn an_empty_scheme_length_means_the_whole_shutdown() {
    let mut form = worked_example_quick();
    form.apply(EstimateAction::SetScheme(SchemeField::MaxWeeks, "".into()));
    let figures = derive_estimate(&form, today()).expect("figures");
    assert_eq!(figures.scenario.scheme.max_weeks, None);
}

#[test]
fn engine_paths_become_the_ids_of_inputs_on_the_page() {
    assert_eq!(field_id("workforce[12].years_service", EntryMode::Detailed), "workforce-12-years-service");
    assert_eq!(field_id("finances.cash_reserves", EntryMode::Quick), "finances-cash-reserves");
    assert_eq!(field_id("scheme.max_weeks", EntryMode::Quick), "scheme-max-weeks");
    assert_eq!(field_id("workforce[0].employees", EntryMode::Quick), "headcount");
    assert_eq!(field_id("workforce[0].annual_pay", EntryMode::Quick), "average-pay");
    assert_eq!(field_id("workforce", EntryMode::Detailed), "workforce-0-employees");
}

#[test]
fn a_problem_with_what_was_typed_names_its_box() {
    let mut form = worked_example_quick();
    form.apply(EstimateAction::Set(EstimateField::Headcount, "200 people".into()));
    form.apply(EstimateAction::Set(EstimateField::ShutdownWeeks, "six".into()));
    let problems = derive_estimate(&form, today()).expect_err("invalid");
    let messages: Vec<&str> = problems.invalid.iter().map(|e| e.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "Number of employees: Enter a whole number using digits only, like 12",
            "Weeks of shutdown: Enter a whole number using digits only, like 12",
        ]
    );
}

#[test]
fn a_name_put_first_starts_with_a_capital_and_a_non_ascii_first_letter_is_left_alone() {
    assert_eq!(sentence_start("output lost"), "Output lost");
    assert_eq!(sentence_start("ŵyr"), "ŵyr");
    assert_eq!(sentence_start(""), "");
}
