//! What of a CJRS claim a link or a draft carries: every answer as typed, dates as their three
//! boxes, with short keys and nothing left blank.

use serde::{Deserialize, Serialize};

use super::{acceptable_strings, codec, LinkError};
use crate::derive::claim::derive_claim;
use crate::state::claim_form::{LastYearRow, PayMethod, PayPeriodRow, StartedBy};
use crate::state::{ClaimForm, DateText};
use furlough_engine::claim::{NicCategory, PayFrequency, PensionStatus};

/// A date's three boxes: day, month, year.
type Date = (String, String, String);
/// A pay period: end date, usual hours, hours worked, top-up, additional payment.
type Period = (Date, String, String, String, String);

/// Version 1 of a claim's answers. Never change what a key means: add keys instead.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SharedClaim {
    #[serde(rename = "cs", skip_serializing_if = "Option::is_none")]
    claim_start: Option<Date>,
    #[serde(rename = "ce", skip_serializing_if = "Option::is_none")]
    claim_end: Option<Date>,
    #[serde(rename = "fs", skip_serializing_if = "Option::is_none")]
    furlough_start: Option<Date>,
    #[serde(rename = "fx", skip_serializing_if = "Option::is_none")]
    furlough_ended: Option<bool>,
    #[serde(rename = "fe", skip_serializing_if = "Option::is_none")]
    furlough_end: Option<Date>,
    #[serde(rename = "pf", skip_serializing_if = "Option::is_none")]
    pay_frequency: Option<PayFrequency>,
    #[serde(rename = "pm", skip_serializing_if = "Option::is_none")]
    variable_pay: Option<bool>,
    #[serde(rename = "rp", skip_serializing_if = "String::is_empty")]
    regular_pay: String,
    #[serde(rename = "eb", skip_serializing_if = "Option::is_none")]
    started_by_1_feb_2019: Option<bool>,
    #[serde(rename = "es", skip_serializing_if = "Option::is_none")]
    employee_start: Option<Date>,
    #[serde(rename = "rt", skip_serializing_if = "Option::is_none")]
    rti_submission: Option<bool>,
    #[serde(rename = "op", skip_serializing_if = "Option::is_none")]
    on_payroll_by_30_oct_2020: Option<bool>,
    #[serde(rename = "vt", skip_serializing_if = "String::is_empty")]
    variable_total: String,
    #[serde(rename = "lp", skip_serializing_if = "String::is_empty")]
    statutory_leave_pay: String,
    #[serde(rename = "ld", skip_serializing_if = "String::is_empty")]
    statutory_leave_days: String,
    #[serde(rename = "ff", skip_serializing_if = "Option::is_none")]
    first_furlough: Option<Date>,
    #[serde(rename = "ly", skip_serializing_if = "Vec::is_empty")]
    last_year: Vec<(Date, String)>,
    #[serde(rename = "pp", skip_serializing_if = "Vec::is_empty")]
    pay_periods: Vec<Period>,
    #[serde(rename = "lpd", skip_serializing_if = "Option::is_none")]
    last_pay_date: Option<Date>,
    #[serde(rename = "wk", skip_serializing_if = "Option::is_none")]
    worked_during_claim: Option<bool>,
    #[serde(rename = "ni", skip_serializing_if = "Option::is_none")]
    nic_category: Option<NicCategory>,
    #[serde(rename = "pe", skip_serializing_if = "Option::is_none")]
    pension_status: Option<PensionStatus>,
    #[serde(rename = "tu", skip_serializing_if = "Option::is_none")]
    topped_up: Option<bool>,
    #[serde(rename = "ap", skip_serializing_if = "Option::is_none")]
    additional_payments: Option<bool>,
    #[serde(rename = "pb", skip_serializing_if = "String::is_empty")]
    partial_pay_before: String,
    #[serde(rename = "pa", skip_serializing_if = "String::is_empty")]
    partial_pay_after: String,
}

fn date_of(date: &DateText) -> Option<Date> {
    (!date.is_blank()).then(|| (date.day.clone(), date.month.clone(), date.year.clone()))
}

fn date_text(date: Option<Date>) -> DateText {
    date.map(|(day, month, year)| DateText { day, month, year }).unwrap_or_default()
}

impl SharedClaim {
    pub fn of(form: &ClaimForm) -> SharedClaim {
        SharedClaim {
            claim_start: date_of(&form.claim_start),
            claim_end: date_of(&form.claim_end),
            furlough_start: date_of(&form.furlough_start),
            furlough_ended: form.furlough_ended,
            furlough_end: date_of(&form.furlough_end),
            pay_frequency: form.pay_frequency,
            variable_pay: form.pay_method.map(|method| method == PayMethod::Variable),
            regular_pay: form.regular_pay.clone(),
            started_by_1_feb_2019: form.employee_started.map(|started| started == StartedBy::OnOrBefore1Feb2019),
            employee_start: date_of(&form.employee_start_date),
            rti_submission: form.rti_submission,
            on_payroll_by_30_oct_2020: form.on_payroll_by_30_oct_2020,
            variable_total: form.variable_total.clone(),
            statutory_leave_pay: form.statutory_leave_pay.clone(),
            statutory_leave_days: form.statutory_leave_days.clone(),
            first_furlough: date_of(&form.first_furlough_date),
            last_year: form
                .last_year_payments
                .iter()
                .filter(|row| !row.pay_date.is_blank() || !row.amount.trim().is_empty())
                .map(|row| (date_of(&row.pay_date).unwrap_or_default(), row.amount.clone()))
                .collect(),
            pay_periods: form
                .pay_periods
                .iter()
                .map(|row| {
                    let end = date_of(&row.end).unwrap_or_default();
                    (end, row.usual_hours.clone(), row.worked_hours.clone(), row.top_up.clone(), row.additional_payment.clone())
                })
                .collect(),
            last_pay_date: date_of(&form.last_pay_date),
            worked_during_claim: form.worked_during_claim,
            nic_category: form.nic_category,
            pension_status: form.pension_status,
            topped_up: form.topped_up,
            additional_payments: form.additional_payments,
            partial_pay_before: form.partial_pay_before.clone(),
            partial_pay_after: form.partial_pay_after.clone(),
        }
    }

    pub fn into_form(self) -> ClaimForm {
        let mut form = ClaimForm::default();
        form.claim_start = date_text(self.claim_start);
        form.claim_end = date_text(self.claim_end);
        form.furlough_start = date_text(self.furlough_start);
        form.furlough_ended = self.furlough_ended;
        form.furlough_end = date_text(self.furlough_end);
        form.pay_frequency = self.pay_frequency;
        form.pay_method = self.variable_pay.map(|variable| if variable { PayMethod::Variable } else { PayMethod::Regular });
        form.regular_pay = self.regular_pay;
        form.employee_started = self .started_by_1_feb_2019 .map(|early| if early { StartedBy::OnOrBefore1Feb2019 } else { StartedBy::After1Feb2019 });
        form.employee_start_date = date_text(self.employee_start);
        form.rti_submission = self.rti_submission;
        form.on_payroll_by_30_oct_2020 = self.on_payroll_by_30_oct_2020;
        form.variable_total = self.variable_total;
        form.statutory_leave_pay = self.statutory_leave_pay;
        form.statutory_leave_days = self.statutory_leave_days;
        form.first_furlough_date = date_text(self.first_furlough);
        form.last_pay_date = date_text(self.last_pay_date);
        form.worked_during_claim = self.worked_during_claim;
        form.nic_category = self.nic_category;
        form.pension_status = self.pension_status;
        form.topped_up = self.topped_up;
        form.additional_payments = self.additional_payments;
        form.partial_pay_before = self.partial_pay_before;
        form.partial_pay_after = self.partial_pay_after;
        let periods = self
            .pay_periods
            .into_iter()
            .map(|(end, usual_hours, worked_hours, top_up, additional_payment)| PayPeriodRow {
                key: 0,
                end: date_text(Some(end)),
                usual_hours,
                worked_hours,
                top_up,
                additional_payment,
            })
            .collect();
        let last_year = self
            .last_year
            .into_iter()
            .map(|(date, amount)| LastYearRow { key: 0, pay_date: date_text(Some(date)), amount })
            .collect();
        form.replace_rows(periods, last_year);
        form
    }
}

/// The most pay periods or payments a claim link may hold (a claim spans a month or so).
const MAX_ROWS: usize = 60;

/// The payload segment of a link to this claim.
pub fn link_payload(form: &ClaimForm) -> Result<String, LinkError> {
    codec::encode(&SharedClaim::of(form))
}

/// The claim a link holds, if the calculator could have made it and its answers can be read.
pub fn form_from_link(payload: &str) -> Result<ClaimForm, LinkError> {
    let shared: SharedClaim = codec::decode(payload)?;
    if shared.pay_periods.len() > MAX_ROWS || shared.last_year.len() > MAX_ROWS || !acceptable_strings(&shared, 40) {
        return Err(LinkError::Unacceptable);
    }
    let form = shared.into_form();
    match derive_claim(&form) {
        Err(problems) if !problems.invalid.is_empty() => Err(LinkError::Unacceptable),
        _ => Ok(form),
    }
}

#[cfg(test)]
mod tests;
