//! HMRC's public cases (`crates/engine/tests/data/cjrs-public.json`, §7 inputs) typed into the
//! claim form one action at a time, as a user would answer the questions.

use chrono::{Datelike, NaiveDate};
use serde_json::Value;

use crate::state::claim_form::{ClaimDate, ClaimField, ClaimQuestion, PayMethod, PeriodField, StartedBy};
use crate::state::{ClaimAction, ClaimForm, DatePart};
use furlough_engine::claim::{NicCategory, PayFrequency, PensionStatus};

pub fn public_cases() -> Vec<Value> {
    let text = include_str!("../../../../crates/engine/tests/data/cjrs-public.json");
    match serde_json::from_str(text) {
        Ok(Value::Array(cases)) => {
            cases.into_iter().filter(|case| case["inputs"].get("claim_period_start").is_some()).collect()
        }
        _ => panic!("the public cases are a JSON list"),
    }
}

fn iso(value: &Value) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value.as_str()?, "%Y-%m-%d").ok()
}

/// The boxes of a date, typed as people do: `1`, `11`, `2020`.
fn typed_date(date: NaiveDate) -> [(DatePart, String); 3] {
    [
        (DatePart::Day, date.day().to_string()),
        (DatePart::Month, date.month().to_string()),
        (DatePart::Year, date.year().to_string()),
    ]
}

fn amount(value: &Value) -> String {
    value.to_string().trim_matches('"').to_string()
}

pub fn typed_form(inputs: &Value) -> ClaimForm {
    let mut form = ClaimForm::default();
    let mut act = |action: ClaimAction| form.apply(action);
    let dates = [
        ("claim_period_start", ClaimDate::ClaimStart),
        ("claim_period_end", ClaimDate::ClaimEnd),
        ("furlough_start", ClaimDate::FurloughStart),
        ("furlough_end", ClaimDate::FurloughEnd),
        ("employee_start_date", ClaimDate::EmployeeStart),
        ("first_furlough_date", ClaimDate::FirstFurlough),
        ("last_pay_date", ClaimDate::LastPayDate),
    ];
    for (key, which) in dates {
        for (part, text) in iso(&inputs[key]).map(typed_date).into_iter().flatten() {
            act(ClaimAction::SetDate(which, part, text));
        }
    }
    act(ClaimAction::Answer(ClaimQuestion::FurloughEnded, inputs["furlough_status"] == "FurloughEnded"));
    let frequency = match inputs["pay_frequency"].as_str() {
        Some("weekly") => PayFrequency::Weekly,
        Some("fortnightly") => PayFrequency::Fortnightly,
        Some("fourweekly") => PayFrequency::FourWeekly,
        _ => PayFrequency::Monthly,
    };
    act(ClaimAction::SetFrequency(frequency));
    let variable = inputs["pay_method"] == "variable";
    act(ClaimAction::SetPayMethod(if variable { PayMethod::Variable } else { PayMethod::Regular }));
    let texts = [
        ("regular_pay_amount", ClaimField::RegularPay),
        ("variable_pay_total_in_reference_period", ClaimField::VariableTotal),
        ("statutory_leave_pay", ClaimField::StatutoryLeavePay),
        ("statutory_leave_days", ClaimField::StatutoryLeaveDays),
        ("partial_pay_before_furlough", ClaimField::PartialPayBefore),
        ("partial_pay_after_furlough", ClaimField::PartialPayAfter),
    ];
    for (key, field) in texts {
        if !inputs[key].is_null() {
            act(ClaimAction::Set(field, amount(&inputs[key])));
        }
    }
    let started_early = inputs["employee_started"] == "on_or_before_1_feb_2019"
        || iso(&inputs["employee_start_date"]).is_some_and(|date| date <= NaiveDate::from_ymd_opt(2019, 2, 1).unwrap());
    act(ClaimAction::SetEmployeeStarted(if started_early {
        StartedBy::OnOrBefore1Feb2019
    } else {
        StartedBy::After1Feb2019
    }));
    for (key, question) in [
        ("rti_submission_between_20_mar_and_30_oct_2020", ClaimQuestion::RtiSubmission),
        ("on_payroll_before_30_oct_2020", ClaimQuestion::OnPayrollBy30Oct2020),
    ] {
        if let Some(yes) = inputs[key].as_bool() {
            act(ClaimAction::Answer(question, yes));
        }
    }
    match inputs["nic_category"].as_str() {
        Some("payable") => act(ClaimAction::SetNicCategory(NicCategory::Payable)),
        Some(_) => act(ClaimAction::SetNicCategory(NicCategory::NonPayable)),
        None => {}
    }
    match inputs["pension_status"].as_str() {
        Some("doesContribute") => act(ClaimAction::SetPensionStatus(PensionStatus::Contributes)),
        Some(_) => act(ClaimAction::SetPensionStatus(PensionStatus::DoesNotContribute)),
        None => {}
    }
    type_pay_periods(&mut form, inputs);
    type_last_year_payments(&mut form, inputs);
    form
}

fn list(value: &Value) -> &[Value] {
    value.as_array().map(Vec::as_slice).unwrap_or_default()
}

/// The end dates, then per pay period its hours, top-up and other payments.
fn type_pay_periods(form: &mut ClaimForm, inputs: &Value) {
    let ends: Vec<NaiveDate> = list(&inputs["pay_period_end_dates"]).iter().filter_map(iso).collect();
    while form.pay_periods.len() < ends.len() {
        form.apply(ClaimAction::AddPayPeriod);
    }
    let keys: Vec<u32> = form.pay_periods.iter().map(|row| row.key).collect();
    for (&key, &end) in keys.iter().zip(&ends) {
        for (part, text) in typed_date(end) {
            form.apply(ClaimAction::SetPayPeriodEnd { key, part, text });
        }
    }
    let usual = list(&inputs["usual_hours"]);
    form.apply(ClaimAction::Answer(ClaimQuestion::WorkedDuringClaim, !usual.is_empty()));
    let top_ups = if inputs["topped_up"] == false { &[][..] } else { list(&inputs["top_ups"]) };
    let additional = list(&inputs["additional_payments"]);
    form.apply(ClaimAction::Answer(ClaimQuestion::ToppedUp, !top_ups.is_empty()));
    form.apply(ClaimAction::Answer(ClaimQuestion::AdditionalPayments, !additional.is_empty()));
    let per_period = [
        (usual, "hours", PeriodField::UsualHours, ""),
        (list(&inputs["actual_hours_worked"]), "hours", PeriodField::WorkedHours, ""),
        (top_ups, "amount", PeriodField::TopUp, "0"),
        (additional, "amount", PeriodField::AdditionalPayment, "0"),
    ];
    for (entries, value_key, field, otherwise) in per_period {
        if entries.is_empty() {
            continue;
        }
        for (&key, end) in keys.iter().zip(&ends).skip(1) {
            let entry = entries.iter().find(|entry| iso(&entry["pay_period_end"]) == Some(*end));
            let text = entry.map_or(otherwise.to_string(), |entry| amount(&entry[value_key]));
            form.apply(ClaimAction::SetPeriod { key, field, text });
        }
    }
}

fn type_last_year_payments(form: &mut ClaimForm, inputs: &Value) {
    let payments = list(&inputs["last_year_payments"]);
    while form.last_year_payments.len() < payments.len() {
        form.apply(ClaimAction::AddLastYearPayment);
    }
    let keys: Vec<u32> = form.last_year_payments.iter().map(|row| row.key).collect();
    for (&key, payment) in keys.iter().zip(payments) {
        for (part, text) in iso(&payment["pay_date"]).map(typed_date).into_iter().flatten() {
            form.apply(ClaimAction::SetLastYearDate { key, part, text });
        }
        form.apply(ClaimAction::SetLastYearAmount { key, text: amount(&payment["amount"]) });
    }
}
