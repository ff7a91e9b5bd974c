//! The claim form's fields, built from the form fields with the ids of `claim_form::ids`,
//! so every error lands next to its input.

use yew::prelude::*;
use yew::props;

use super::SectionProps;
use crate::components::form::{
    self, radios, text_field, DateFieldProps, InputMode, RadioOption, RadiosProps, TextFieldProps,
};
use crate::messages::{text, ClaimText};
use crate::state::claim_form::{ids, ClaimDate, ClaimField, ClaimQuestion};
use crate::state::{error_for, ClaimAction};

pub fn error(props: &SectionProps, id: &str) -> Option<AttrValue> {
    error_for(props.errors, id).map(|message| AttrValue::from(message.to_string()))
}

pub fn hint(id: ClaimText) -> Option<AttrValue> {
    Some(AttrValue::Static(text(id)))
}

/// One of the claim's dates, as a day, month and year field with its legend and hint.
pub fn claim_date(props: &SectionProps, which: ClaimDate, legend: ClaimText, hint_text: Option<ClaimText>) -> Html {
    let id = ids::date(which);
    let on_action = props.on_action.clone();
    let on_input = Callback::from(move |(part, text)| on_action.emit(ClaimAction::SetDate(which, part, text)));
    form::date_field(&props!(DateFieldProps {
        id, legend: text(legend), value: props.form.date(which).clone(),
        hint: hint_text.and_then(hint).or_else(|| hint(ClaimText::DateHint)), error: error(props, id),
        on_input,
    }))
}

pub fn money_field(props: &SectionProps, field: ClaimField, label: ClaimText, hint_text: Option<ClaimText>) -> Html {
    let id = ids::field(field);
    let on_action = props.on_action.clone();
    let on_input = Callback::from(move |text| on_action.emit(ClaimAction::Set(field, text)));
    let value = match field {
        ClaimField::RegularPay => &props.form.regular_pay,
        ClaimField::VariableTotal => &props.form.variable_total,
        ClaimField::StatutoryLeavePay => &props.form.statutory_leave_pay,
        ClaimField::StatutoryLeaveDays => &props.form.statutory_leave_days,
        ClaimField::PartialPayBefore => &props.form.partial_pay_before,
        ClaimField::PartialPayAfter => &props.form.partial_pay_after,
    };
    let is_days = field == ClaimField::StatutoryLeaveDays;
    text_field(&props!(TextFieldProps {
        id, label: text(label), value: value.clone(), hint: hint_text.and_then(hint),
        error: error(props, id), on_input, prefix: (!is_days).then_some(AttrValue::Static("£")),
        input_mode: if is_days { InputMode::Numeric } else { InputMode::Decimal },
        width: Some("input--width-10"),
    }))
}

pub fn yes_no(props: &SectionProps, question: ClaimQuestion, legend: ClaimText, hint_text: Option<ClaimText>) -> Html {
    let answer = match question {
        ClaimQuestion::FurloughEnded => props.form.furlough_ended,
        ClaimQuestion::RtiSubmission => props.form.rti_submission,
        ClaimQuestion::OnPayrollBy30Oct2020 => props.form.on_payroll_by_30_oct_2020,
        ClaimQuestion::WorkedDuringClaim => props.form.worked_during_claim,
        ClaimQuestion::ToppedUp => props.form.topped_up,
        ClaimQuestion::AdditionalPayments => props.form.additional_payments,
    };
    let on_action = props.on_action.clone();
    let on_change = Callback::from(move |value: String| on_action.emit(ClaimAction::Answer(question, value == "yes")));
    let options = vec![option("yes", ClaimText::Yes, None), option("no", ClaimText::No, None)];
    let selected = match answer {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };
    let id = ids::question(question);
    radios(&props!(RadiosProps {
        id, legend: text(legend), options, selected, on_change, inline: true,
        hint: hint_text.and_then(hint), error: error(props, id),
    }))
}

pub fn option(value: &'static str, label: ClaimText, hint_text: Option<ClaimText>) -> RadioOption {
    RadioOption {
        value: AttrValue::Static(value),
        label: AttrValue::Static(text(label)),
        hint: hint_text.and_then(hint),
    }
}
