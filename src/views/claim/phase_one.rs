use yew::prelude::*;
use yew::props;

use super::fields::{error, money_field, yes_no};
use super::SectionProps;
use crate::components::form::{text_field, TextFieldProps};
use crate::derive::claim::typed_periods;
use crate::format;
use crate::messages::{text, text_with, ClaimText};
use crate::state::claim_form::{ids, ClaimField, ClaimQuestion, PeriodField};
use crate::state::ClaimAction;

/// Claim spec §6, claims before July 2020: pay beyond the grant raises the employer's NIC, part
/// of which the NIC grant covers.
pub fn phase_one_section(props: &SectionProps) -> Html {
    let form = &props.form;
    html! {
        <div class="claim-section">
            <h3 class="heading-m">{ text(ClaimText::SectionPhaseOne) }</h3>
            { yes_no(props, ClaimQuestion::ToppedUp, ClaimText::ToppedUpLegend, Some(ClaimText::ToppedUpHint)) }
            if form.topped_up == Some(true) {
                <div class="conditional">{ period_amounts(props, PeriodField::TopUp, ClaimText::TopUpLabel) }</div>
            }
            { yes_no(props, ClaimQuestion::AdditionalPayments, ClaimText::AdditionalLegend, None) }
            if form.additional_payments == Some(true) {
                <div class="conditional">{ period_amounts(props, PeriodField::AdditionalPayment, ClaimText::AdditionalLabel) }</div>
            }
            if props.asked.partial_pay {
                { money_field(props, ClaimField::PartialPayBefore, ClaimText::PartialPayBeforeLabel, Some(ClaimText::PartialPayHint)) }
                { money_field(props, ClaimField::PartialPayAfter, ClaimText::PartialPayAfterLabel, Some(ClaimText::PartialPayHint)) }
            }
        </div>
    }
}

fn period_amounts(props: &SectionProps, field: PeriodField, label: ClaimText) -> Html {
    html! {
        { for typed_periods(props.form).into_iter().filter_map(|(key, from, to)| {
            let row = props.form.pay_periods.iter().find(|row| row.key == key)?;
            let id = ids::period_field(key, field);
            let label = text_with(label, &[("from", &format::date(from)), ("to", &format::date(to))]);
            let on_action = props.on_action.clone();
            let on_input = Callback::from(move |text| on_action.emit(ClaimAction::SetPeriod { key, field, text }));
            Some(html! {
                <key={key}>
                    { text_field(&props!(TextFieldProps {
                        id: id.clone(), label, value: row.field(field).to_string(), prefix: "£",
                        width: Some("input--width-10"), error: error(props, &id), on_input,
                    })) }
                </>
            })
        }) }
    }
}
