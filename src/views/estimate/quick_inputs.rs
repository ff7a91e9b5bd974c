use yew::prelude::*;
use yew::props;

use super::SectionProps;
use crate::components::form::{text_field, InputMode, TextFieldProps};
use crate::messages::{text, EstimateText};
use crate::state::{EstimateAction, EstimateField};

/// Quick mode's workforce: one headcount and one average pay.
pub fn quick_inputs(props: &SectionProps) -> Html {
    let set = |field| props.on_action.reform(move |typed| EstimateAction::Set(field, typed));
    html! {
        <>
            { text_field(&props!(TextFieldProps {
                id: "headcount", label: text(EstimateText::HeadcountLabel),
                hint: text(EstimateText::HeadcountHint), value: props.form.headcount.clone(),
                error: props.error("headcount"), input_mode: InputMode::Numeric, width: "input--width-10",
                on_input: set(EstimateField::Headcount),
            })) }
            { text_field(&props!(TextFieldProps {
                id: "average-pay", label: text(EstimateText::AveragePayLabel),
                hint: text(EstimateText::AveragePayHint), value: props.form.average_pay.clone(),
                error: props.error("average-pay"), prefix: "£", width: "input--width-10",
                on_input: set(EstimateField::AveragePay),
            })) }
        </>
    }
}
