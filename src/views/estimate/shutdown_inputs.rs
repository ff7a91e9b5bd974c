use yew::prelude::*;
use yew::props;

use super::SectionProps;
use crate::components::form::{text_field, InputMode, TextFieldProps};
use crate::messages::{text, EstimateText};
use crate::state::{EstimateAction, EstimateField};

/// The shutdown itself, and the cash the firm has to get through it.
pub fn shutdown_inputs(props: &SectionProps) -> Html {
    let set = |field| props.on_action.reform(move |typed| EstimateAction::Set(field, typed));
    html! {
        <>
            { text_field(&props!(TextFieldProps {
                id: "lost-output-pct", label: text(EstimateText::LostOutputLabel),
                hint: text(EstimateText::LostOutputHint), value: props.form.lost_output_pct.clone(),
                error: props.error("lost-output-pct"), suffix: "%", width: "input--width-5",
                on_input: set(EstimateField::LostOutput),
            })) }
            { text_field(&props!(TextFieldProps {
                id: "shutdown-weeks", label: text(EstimateText::ShutdownWeeksLabel),
                hint: text(EstimateText::ShutdownWeeksHint), value: props.form.shutdown_weeks.clone(),
                error: props.error("shutdown-weeks"), suffix: text(EstimateText::WeeksSuffix),
                input_mode: InputMode::Numeric, width: "input--width-5",
                on_input: set(EstimateField::ShutdownWeeks),
            })) }
            { text_field(&props!(TextFieldProps {
                id: "finances-cash-reserves", label: text(EstimateText::CashReservesLabel),
                hint: text(EstimateText::CashReservesHint), value: props.form.cash_reserves.clone(),
                error: props.error("finances-cash-reserves"), prefix: "£", width: "input--width-10",
                on_input: set(EstimateField::CashReserves),
            })) }
        </>
    }
}
