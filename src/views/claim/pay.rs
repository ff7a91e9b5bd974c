use furlough_engine::claim::PayFrequency;
use yew::prelude::*;
use yew::props;

use super::fields::{error, money_field, option};
use super::variable_pay::variable_pay_section;
use super::SectionProps;
use crate::components::form::{radios, RadiosProps};
use crate::messages::{text, ClaimText};
use crate::state::claim_form::{ids, ClaimField, PayMethod};
use crate::state::ClaimAction;

pub(super) const FREQUENCIES: [(PayFrequency, &str, ClaimText); 4] = [
    (PayFrequency::Weekly, "weekly", ClaimText::Weekly),
    (PayFrequency::Fortnightly, "fortnightly", ClaimText::Fortnightly),
    (PayFrequency::FourWeekly, "fourweekly", ClaimText::FourWeekly),
    (PayFrequency::Monthly, "monthly", ClaimText::Monthly),
];

/// Claim spec §2, §3: how often and how the employee is paid, then what the chosen method needs.
pub fn pay_section(props: &SectionProps) -> Html {
    let frequency = {
        let on_action = props.on_action.clone();
        Callback::from(move |value: String| {
            if let Some(&(frequency, _, _)) = FREQUENCIES.iter().find(|(_, slug, _)| *slug == value) {
                on_action.emit(ClaimAction::SetFrequency(frequency));
            }
        })
    };
    let selected_frequency = FREQUENCIES
        .iter()
        .find(|(frequency, _, _)| Some(*frequency) == props.form.pay_frequency)
        .map_or("", |(_, slug, _)| slug);
    let method = {
        let on_action = props.on_action.clone();
        Callback::from(move |value: String| {
            let method = if value == "variable" { PayMethod::Variable } else { PayMethod::Regular };
            on_action.emit(ClaimAction::SetPayMethod(method));
        })
    };
    let selected_method = match props.form.pay_method {
        Some(PayMethod::Regular) => "regular",
        Some(PayMethod::Variable) => "variable",
        None => "",
    };
    let frequencies = FREQUENCIES.iter().map(|&(_, slug, label)| option(slug, label, None)).collect::<Vec<_>>();
    let methods = vec![
        option("regular", ClaimText::PayRegular, Some(ClaimText::PayRegularHint)),
        option("variable", ClaimText::PayVariable, Some(ClaimText::PayVariableHint)),
    ];
    html! {
        <div class="claim-section">
            <h3 class="heading-m">{ text(ClaimText::SectionPay) }</h3>
            { radios(&props!(RadiosProps {
                id: ids::PAY_FREQUENCY, legend: text(ClaimText::PayFrequencyLegend), options: frequencies,
                selected: selected_frequency, on_change: frequency, error: error(props, ids::PAY_FREQUENCY),
            })) }
            { radios(&props!(RadiosProps {
                id: ids::PAY_METHOD, legend: text(ClaimText::PayMethodLegend), options: methods,
                selected: selected_method, on_change: method, error: error(props, ids::PAY_METHOD),
            })) }
            if props.asked.regular_pay {
                <div class="conditional">
                    { money_field(props, ClaimField::RegularPay, ClaimText::RegularPayLabel, Some(ClaimText::RegularPayHint)) }
                </div>
            }
            if props.asked.variable_pay {
                <div class="conditional">
                    { variable_pay_section(props) }
                </div>
            }
        </div>
    }
}
