use yew::prelude::*;
use yew::props;

use super::fields::{claim_date, error, money_field, option, yes_no};
use super::SectionProps;
use crate::components::focus::focus_element;
use crate::components::form::{
    self, radios, text_field, DateFieldProps, RadiosProps, TextFieldProps,
};
use crate::messages::{text, text_with, ClaimText, CommonText};
use crate::state::claim_form::{ids, ClaimDate, ClaimField, ClaimQuestion, LastYearRow, StartedBy};
use crate::state::ClaimAction;

/// Claim spec §3, variable pay: the employee's start, the average-pay period and, when the
/// employee can use it, last year's pay.
pub fn variable_pay_section(props: &SectionProps) -> Html {
    let asked = props.asked;
    let started = {
        let on_action = props.on_action.clone();
        Callback::from(move |value: String| {
            let started = if value == "after" { StartedBy::After1Feb2019 } else { StartedBy::OnOrBefore1Feb2019 };
            on_action.emit(ClaimAction::SetEmployeeStarted(started));
        })
    };
    let selected = match props.form.employee_started {
        Some(StartedBy::OnOrBefore1Feb2019) => "on-or-before",
        Some(StartedBy::After1Feb2019) => "after",
        None => "",
    };
    let options = vec![
        option("on-or-before", ClaimText::StartedOnOrBefore, None),
        option("after", ClaimText::StartedAfter, None),
    ];
    html! {
        <>
            { radios(&props!(RadiosProps {
                id: ids::EMPLOYEE_STARTED, legend: text(ClaimText::EmployeeStartedLegend), options, selected,
                on_change: started, error: error(props, ids::EMPLOYEE_STARTED),
            })) }
            if asked.employee_start_date {
                { claim_date(props, ClaimDate::EmployeeStart, ClaimText::EmployeeStartLegend, None) }
            }
            if asked.rti_submission {
                { yes_no(props, ClaimQuestion::RtiSubmission, ClaimText::RtiLegend, Some(ClaimText::RtiHint)) }
            }
            if asked.on_payroll_by_30_oct_2020 {
                { yes_no(props, ClaimQuestion::OnPayrollBy30Oct2020, ClaimText::OnPayrollLegend, Some(ClaimText::OnPayrollHint)) }
            }
            { money_field(props, ClaimField::VariableTotal, ClaimText::VariableTotalLabel, Some(ClaimText::VariableTotalHint)) }
            { money_field(props, ClaimField::StatutoryLeavePay, ClaimText::StatutoryLeavePayLabel, Some(ClaimText::StatutoryLeavePayHint)) }
            { money_field(props, ClaimField::StatutoryLeaveDays, ClaimText::StatutoryLeaveDaysLabel, None) }
            { claim_date(props, ClaimDate::FirstFurlough, ClaimText::FirstFurloughLegend, Some(ClaimText::FirstFurloughHint)) }
            if asked.last_year_payments {
                { last_year_payments(props) }
            }
        </>
    }
}

/// "Add a pay date": where focus goes when a pay date is removed, so it is not lost with the button.
const ADD_LAST_YEAR_PAYMENT_ID: &str = "add-last-year-payment";

/// Claim spec §3 (same period last year): pay dates and amounts, as many as needed.
fn last_year_payments(props: &SectionProps) -> Html {
    let add = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(ClaimAction::AddLastYearPayment))
    };
    let id = ids::LAST_YEAR_PAYMENTS;
    html! {
        <div class={classes!("form-group", error(props, id).map(|_| "form-group--error"))}>
            <fieldset class="fieldset" id={id} aria-describedby={format!("{id}-hint")}>
                <legend class="fieldset__legend">{ text(ClaimText::LastYearLegend) }</legend>
                <div class="hint" id={format!("{id}-hint")}>{ text(ClaimText::LastYearHint) }</div>
                if let Some(message) = error(props, id) {
                    <p class="error-message"><span class="visually-hidden">{ text(CommonText::ErrorTitlePrefix) }</span>{ message }</p>
                }
                // Keyed rows in a fragment of their own (see `group_inputs`).
                <>{ for props.form.last_year_payments.iter().enumerate().map(|(i, row)| payment_row(props, i + 1, row)) }</>
                <button type="button" class="button button--secondary" id={ADD_LAST_YEAR_PAYMENT_ID} onclick={add}>
                    { text(ClaimText::AddLastYearPayment) }
                </button>
            </fieldset>
        </div>
    }
}

fn payment_row(props: &SectionProps, number: usize, row: &LastYearRow) -> Html {
    let key = row.key;
    let number = number.to_string();
    let (date_id, amount_id) = (ids::last_year_date(key), ids::last_year_amount(key));
    let on_action = props.on_action.clone();
    let on_date = Callback::from(move |(part, text)| on_action.emit(ClaimAction::SetLastYearDate { key, part, text }));
    let on_action = props.on_action.clone();
    let on_amount = Callback::from(move |text| on_action.emit(ClaimAction::SetLastYearAmount { key, text }));
    let on_action = props.on_action.clone();
    let remove = Callback::from(move |_: MouseEvent| {
        focus_element(ADD_LAST_YEAR_PAYMENT_ID);
        on_action.emit(ClaimAction::RemoveLastYearPayment { key })
    });
    let legend = text_with(ClaimText::LastYearDateLegend, &[("n", &number)]);
    html! {
        <div class="repeat-row" key={key}>
            { form::date_field(&props!(DateFieldProps {
                id: date_id.clone(), legend: legend.clone(), value: row.pay_date.clone(),
                error: error(props, &date_id), on_input: on_date,
            })) }
            { text_field(&props!(TextFieldProps {
                id: amount_id.clone(), label: text_with(ClaimText::LastYearAmountLabel, &[("n", &number)]),
                value: row.amount.clone(), prefix: "£", width: Some("input--width-10"),
                error: error(props, &amount_id), on_input: on_amount,
            })) }
            <button type="button" class="link-button" onclick={remove}>
                { text(ClaimText::Remove) }<span class="visually-hidden">{ format!(" {legend}") }</span>
            </button>
        </div>
    }
}
