use yew::prelude::*;
use yew::props;

use super::fields::error;
use super::SectionProps;
use crate::components::focus::focus_element;
use crate::components::form::{date_field, DateFieldProps};
use crate::derive::claim::pay_period_end_name;
use crate::derive::claim::proposal::propose_pay_period_ends;
use crate::messages::{text, ClaimText, CommonText};
use crate::state::claim_form::{ids, PayPeriodRow};
use crate::state::ClaimAction;

/// Claim spec §2: the end dates of the pay periods, the first ending before the claim. A button
/// proposes them from the frequency and the claim period; the user can change each one.
pub fn pay_periods_section(props: &SectionProps) -> Html {
    let id = ids::PAY_PERIODS;
    let proposal = propose_pay_period_ends(props.form);
    let fill = {
        let on_action = props.on_action.clone();
        let proposal = proposal.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(ends) = proposal.clone() {
                on_action.emit(ClaimAction::FillPayPeriods(ends));
            }
        })
    };
    let add = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(ClaimAction::AddPayPeriod))
    };
    let removable = props.form.pay_periods.len() > 2;
    let described_by =
        format!("{id}-hint{}", if error(props, id).is_some() { format!(" {id}-error") } else { String::new() });
    html! {
        <div class="claim-section">
            <h3 class="heading-m">{ text(ClaimText::SectionPayPeriods) }</h3>
            <div class={classes!("form-group", error(props, id).map(|_| "form-group--error"))}>
                <fieldset class="fieldset" id={id} aria-describedby={described_by}>
                    <legend class="fieldset__legend">{ text(ClaimText::PayPeriodsLegend) }</legend>
                    <div class="hint" id={format!("{id}-hint")}>{ text(ClaimText::PayPeriodsHint) }</div>
                    if let Some(message) = error(props, id) {
                        <p class="error-message" id={format!("{id}-error")}>
                            <span class="visually-hidden">{ text(CommonText::ErrorTitlePrefix) }</span>{ message }
                        </p>
                    }
                    <div class="fill-pay-periods">
                        <button type="button" class="button button--secondary" onclick={fill}
                            disabled={proposal.is_none()} aria-describedby="fill-pay-periods-hint">
                            { text(ClaimText::FillPayPeriods) }
                        </button>
                        <div class="hint" id="fill-pay-periods-hint">{ text(ClaimText::FillPayPeriodsHint) }</div>
                    </div>
                    // Keyed rows in a fragment of their own (see `group_inputs`): filling in more
                    // periods otherwise rebuilt the fill button, and focus was lost with it.
                    <>{ for props.form.pay_periods.iter().enumerate().map(|(i, row)| end_row(props, i, row, removable)) }</>
                    <button type="button" class="button button--secondary" id={ADD_PAY_PERIOD_ID} onclick={add}>
                        { text(ClaimText::AddPayPeriod) }
                    </button>
                </fieldset>
            </div>
        </div>
    }
}

/// "Add a pay period": where focus goes when a period is removed, so it is not lost with the button.
const ADD_PAY_PERIOD_ID: &str = "add-pay-period";

fn end_row(props: &SectionProps, index: usize, row: &PayPeriodRow, removable: bool) -> Html {
    let key = row.key;
    let id = ids::pay_period_end(key);
    let legend = pay_period_end_name(index);
    let on_action = props.on_action.clone();
    let on_input = Callback::from(move |(part, text)| on_action.emit(ClaimAction::SetPayPeriodEnd { key, part, text }));
    let on_action = props.on_action.clone();
    let remove = Callback::from(move |_: MouseEvent| {
        focus_element(ADD_PAY_PERIOD_ID);
        on_action.emit(ClaimAction::RemovePayPeriod { key })
    });
    html! {
        <div class="repeat-row" key={key}>
            { date_field(&props!(DateFieldProps {
                id: id.clone(), legend: legend.clone(), value: row.end.clone(), error: error(props, &id),
                on_input,
            })) }
            if removable {
                <button type="button" class="link-button" onclick={remove}>
                    { text(ClaimText::Remove) }<span class="visually-hidden">{ format!(" {legend}") }</span>
                </button>
            }
        </div>
    }
}
