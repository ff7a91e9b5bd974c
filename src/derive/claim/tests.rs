//! The claim derive: HMRC's public cases typed into the form give HMRC's amounts, and what
//! cannot be read lands on the right field.

pub(crate) mod typed_case;

use super::*;
use crate::state::claim_form::{ClaimDate, ClaimField, ClaimQuestion, PayMethod, PeriodField};
use crate::state::{ClaimAction, DatePart};
use furlough_engine::Money;
use typed_case::{public_cases, typed_form};

fn ids(errors: &[crate::state::FieldError]) -> Vec<&str> {
    errors.iter().map(|error| error.field_id.as_str()).collect()
}

fn money(text: &str) -> Money {
    Money::parse(text).unwrap()
}

fn case_form(id: &str) -> ClaimForm {
    let case = public_cases().into_iter().find(|case| case["id"] == id).expect("a public case");
    typed_form(&case["inputs"])
}

fn set_date(form: &mut ClaimForm, date: ClaimDate, day: &str, month: &str, year: &str) {
    for (part, text) in [(DatePart::Day, day), (DatePart::Month, month), (DatePart::Year, year)] {
        form.apply(ClaimAction::SetDate(date, part, text.into()));
    }
}

#[test]
fn a_flexible_furlough_case_typed_into_the_form_gives_hmrcs_amount() {
    let figures = derive_claim(&case_form("it-november-november-fixed-weekly-scenarios-4")).expect("figures");
    assert_eq!(figures.result.claim_amount, money("763.66"));
    assert_eq!(figures.result.periods.len(), 3);
    assert_eq!(figures.result.nic_grant, None, "no NIC grant from August 2020");
}

#[test]
fn a_phase_one_case_typed_into_the_form_gives_hmrcs_grants() {
    let figures = derive_claim(&case_form("e2e-phase1-regular-monthly")).expect("figures");
    assert_eq!(figures.result.furlough_grant_at_80, money("3200"));
    assert_eq!(figures.result.nic_grant, Some(money("241.36")));
    assert_eq!(figures.result.pension_grant, Some(money("65.04")));
}

/// Every public case with an end-to-end amount, typed field by field as a user would.
#[test]
fn every_public_end_to_end_case_typed_into_the_form_gives_hmrcs_amounts() {
    let mut checked = 0;
    for case in public_cases() {
        let expected = &case["expected"];
        let amount = expected.get("claim_amount").or_else(|| expected.get("furlough_total"));
        let Some(amount) = amount.and_then(|amount| amount.as_f64()) else { continue };
        let id = case["id"].as_str().unwrap_or_default();
        let figures =
            derive_claim(&typed_form(&case["inputs"])).unwrap_or_else(|problems| panic!("{id}: {problems:?}"));
        let result = &figures.result;
        let shown =
            if expected.get("claim_amount").is_some() { result.claim_amount } else { result.furlough_grant_at_80 };
        assert_eq!(shown, money(&format!("{amount:.2}")), "{id}");
        for (key, grant) in [("nic_total", result.nic_grant), ("pension_total", result.pension_grant)] {
            if let Some(total) = expected.get(key).and_then(|total| total.as_f64()) {
                assert_eq!(grant, Some(money(&format!("{total:.2}"))), "{id} {key}");
            }
        }
        checked += 1;
    }
    assert!(checked >= 95, "only {checked} cases checked");
}

#[test]
fn a_fresh_form_has_only_missing_answers_and_no_errors_to_show_yet() {
    let problems = derive_claim(&ClaimForm::default()).expect_err("incomplete");
    assert!(problems.invalid.is_empty(), "{:?}", problems.invalid);
    assert_eq!(
        ids(&problems.missing),
        [
            "claim-start",
            "claim-end",
            "furlough-start",
            "furlough-ended",
            "pay-frequency",
            "pay-method",
            "pay-period-0-end",
            "pay-period-1-end"
        ]
    );
}

#[test]
fn each_pay_period_end_s_problem_names_its_period() {
    let problems = derive_claim(&ClaimForm::default()).expect_err("incomplete");
    let message = |id: &str| problems.missing.iter().find(|e| e.field_id == id).map(|e| e.message.as_str());
    assert_eq!(
        message("pay-period-0-end"),
        Some("End of the pay period before the claim: Enter the end date of this pay period, or remove it")
    );
    assert_eq!(message("pay-period-1-end"), Some("End of pay period 1: Enter the end date of this pay period, or remove it"));
    assert_eq!(message("claim-start").map(|m| m.starts_with("End of")), Some(false));
}

#[test]
fn each_pay_period_s_hours_problem_names_its_period_with_its_dates() {
    let mut form = case_form("it-november-november-fixed-weekly-scenarios-4");
    for index in [1, 2] {
        let key = form.pay_periods[index].key;
        form.apply(ClaimAction::SetPeriod { key, field: PeriodField::UsualHours, text: String::new() });
    }
    let key = form.pay_periods[3].key;
    form.apply(ClaimAction::SetPeriod { key, field: PeriodField::WorkedHours, text: "-1".into() });
    let problems = derive_claim(&form).expect_err("hours missing");
    let messages: Vec<&str> = problems.missing.iter().chain(&problems.invalid).map(|e| e.message.as_str()).collect();
    for expected in [
        "Usual hours in the pay period from 15 November 2020 to 21 November 2020: Enter the usual hours for this pay period",
        "Usual hours in the pay period from 22 November 2020 to 28 November 2020: Enter the usual hours for this pay period",
        "Hours worked in the pay period from 29 November 2020 to 5 December 2020: Enter hours of 0 or more",
    ] {
        assert!(messages.contains(&expected), "{expected:?} not in {messages:#?}");
    }
}

#[test]
fn each_pay_date_s_problem_names_its_payment_by_number() {
    let mut form = case_form("it-march-march-variable-weekly-scenarios-5");
    let (second, third) = (form.last_year_payments[1].key, form.last_year_payments[2].key);
    form.apply(ClaimAction::SetLastYearAmount { key: second, text: "lots".into() });
    form.apply(ClaimAction::SetLastYearDate { key: third, part: DatePart::Day, text: String::new() });
    let problems = derive_claim(&form).expect_err("a payment not read");
    let message = |id: &str| problems.invalid.iter().chain(&problems.missing).find(|e| e.field_id == id).map(|e| e.message.clone());
    let amount = message(&format!("last-year-{second}-amount")).expect("the amount's problem");
    assert!(amount.starts_with("Pay on pay date 2: "), "{amount}");
    let date = message(&format!("last-year-{third}-date")).expect("the date's problem");
    assert_eq!(date, "Pay date 3: The date must include a day");
    assert_eq!(message("claim-start"), None);
}

#[test]
fn a_pay_period_whose_dates_cannot_be_read_has_no_problem_for_its_top_up_which_is_not_asked() {
    let mut form = case_form("e2e-phase1-regular-monthly");
    form.apply(ClaimAction::Answer(ClaimQuestion::ToppedUp, true));
    let key = form.pay_periods[1].key;
    let top_up = format!("pay-period-{key}-top-up");
    let problems = derive_claim(&form).expect_err("no top-up typed");
    let message = problems.missing.iter().find(|e| e.field_id == top_up).map(|e| e.message.as_str());
    assert_eq!(
        message,
        Some("Top-up for the pay period from 1 March 2020 to 31 March 2020: Enter the top-up for this pay period, or 0"),
        "asked, and named, while its dates are readable"
    );

    form.apply(ClaimAction::SetPayPeriodEnd { key, part: DatePart::Month, text: "13".into() });
    let problems = derive_claim(&form).expect_err("a month 13");
    let shown: Vec<&str> = ids(&problems.invalid).into_iter().chain(ids(&problems.missing)).collect();
    assert!(shown.contains(&format!("pay-period-{key}-end").as_str()), "{shown:?}");
    assert!(!shown.contains(&top_up.as_str()), "{shown:?}");
}

#[test]
fn a_date_that_is_not_real_is_an_error_on_its_own_field_at_once() {
    let mut form = case_form("it-november-november-fixed-weekly-scenarios-4");
    set_date(&mut form, ClaimDate::FurloughStart, "31", "11", "2020");
    let problems = derive_claim(&form).expect_err("not a date");
    assert_eq!(ids(&problems.invalid), ["furlough-start"]);
    assert_eq!(problems.invalid[0].message, "The furlough start date must be a real date, like 27 3 2020");
}

#[test]
fn an_amount_that_is_not_money_is_an_error_on_its_field() {
    let mut form = case_form("it-november-november-fixed-weekly-scenarios-4");
    form.apply(ClaimAction::Set(ClaimField::RegularPay, "600 pounds".into()));
    let problems = derive_claim(&form).expect_err("not money");
    assert_eq!(ids(&problems.invalid), ["regular-pay"]);
}

#[test]
fn a_claim_ending_before_it_starts_is_an_error_on_its_end_date() {
    let mut form = case_form("it-november-november-fixed-weekly-scenarios-4");
    set_date(&mut form, ClaimDate::ClaimEnd, "31", "10", "2020");
    let problems = derive_claim(&form).expect_err("backwards");
    assert_eq!(ids(&problems.invalid), ["claim-end"]);
    assert_eq!(problems.invalid[0].message, "The claim period must end on or after the day it starts");
}

#[test]
fn the_engines_refusal_names_the_input_and_writes_its_dates_out() {
    let mut form = case_form("it-november-november-fixed-weekly-scenarios-4");
    set_date(&mut form, ClaimDate::ClaimEnd, "5", "12", "2020");
    let problems = derive_claim(&form).expect_err("two months");
    assert_eq!(ids(&problems.invalid), ["claim-end"]);
    assert!(problems.invalid[0].message.contains("same calendar month"), "{}", problems.invalid[0].message);

    let key = form.pay_periods[3].key;
    form.apply(ClaimAction::RemovePayPeriod { key });
    set_date(&mut form, ClaimDate::ClaimEnd, "30", "11", "2020");
    let problems = derive_claim(&form).expect_err("not covered");
    assert_eq!(ids(&problems.invalid), ["pay-periods"]);
    assert!(
        problems.invalid[0].message.ends_with("15 November 2020 to 30 November 2020"),
        "{}",
        problems.invalid[0].message
    );
}

#[test]
fn answers_to_questions_no_longer_asked_are_kept_but_not_used() {
    let mut form = case_form("it-november-november-fixed-weekly-scenarios-4");
    form.apply(ClaimAction::Answer(ClaimQuestion::WorkedDuringClaim, false));
    let full_furlough = derive_claim(&form).expect("figures");
    assert!(full_furlough.result.periods.iter().all(|period| period.hours.is_none()));
    assert_eq!(form.pay_periods[1].usual_hours, "37.0", "the hours typed are still there");
    form.apply(ClaimAction::SetPayMethod(PayMethod::Variable));
    let problems = derive_claim(&form).expect_err("variable pay asks more");
    assert!(ids(&problems.missing).contains(&"variable-total"));
    assert!(!ids(&problems.missing).contains(&"regular-pay"));
}

#[test]
fn statutory_leave_counts_only_with_both_its_pay_and_its_days() {
    let mut form = case_form("it-march-march-variable-weekly-scenarios-5");
    let without = derive_claim(&form).expect("figures");
    form.apply(ClaimAction::Set(ClaimField::StatutoryLeavePay, "100".into()));
    let pay_only = derive_claim(&form).expect("pay alone is accepted, as HMRC does");
    assert_eq!(pay_only.result.average_pay, without.result.average_pay);
    form.apply(ClaimAction::Set(ClaimField::StatutoryLeaveDays, "1O".into()));
    let problems = derive_claim(&form).expect_err("a letter O");
    assert_eq!(ids(&problems.invalid), ["statutory-leave-days"]);
    form.apply(ClaimAction::Set(ClaimField::StatutoryLeaveDays, "10".into()));
    let both = derive_claim(&form).expect("figures");
    assert_eq!(
        both.result.average_pay.map(|average| average.counted_days),
        without.result.average_pay.map(|a| a.counted_days - 10)
    );
}
