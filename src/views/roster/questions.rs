use std::rc::Rc;

use yew::prelude::*;
use yew::props;

use crate::components::form::{text_field, InputMode, TextFieldProps};
use crate::components::{preset_select, PresetSelectProps};
use crate::derive::defaults::chosen_preset;
use crate::derive::roster::{CASH_RESERVES_ID, LOST_OUTPUT_ID, PRESET_ID, SHUTDOWN_WEEKS_ID};
use crate::messages::{text, CommonText, EstimateText, RosterText};
use crate::state::{error_for, FieldError, RosterAction, RosterField, RosterForm};

#[derive(Properties, PartialEq)]
pub struct QuestionsProps {
    pub form: Rc<RosterForm>,
    pub errors: Vec<FieldError>,
    pub on_action: Callback<RosterAction>,
}

/// What a roster does not say: how much output is lost, for how long, the firm's cash and the
/// scheme.
pub fn questions(props: &QuestionsProps) -> Html {
    let form = &props.form;
    let set = |field: RosterField| props.on_action.reform(move |text| RosterAction::Set(field, text));
    let error = |id: &str| error_for(&props.errors, id).map(|message| AttrValue::from(message.to_string()));
    html! {
        <>
            <h3 class="heading-m">{ text(RosterText::ShutdownHeading) }</h3>
            { text_field(&props!(TextFieldProps {
                id: LOST_OUTPUT_ID, label: text(RosterText::LostOutputLabel),
                hint: text(RosterText::LostOutputHint), value: form.lost_output_pct.clone(),
                error: error(LOST_OUTPUT_ID), suffix: "%", width: "input--width-5",
                on_input: set(RosterField::LostOutput),
            })) }
            { text_field(&props!(TextFieldProps {
                id: SHUTDOWN_WEEKS_ID, label: text(RosterText::ShutdownWeeksLabel),
                hint: text(EstimateText::ShutdownWeeksHint), value: form.shutdown_weeks.clone(),
                error: error(SHUTDOWN_WEEKS_ID), suffix: text(CommonText::WeeksUnit), width: "input--width-5",
                input_mode: InputMode::Numeric, on_input: set(RosterField::ShutdownWeeks),
            })) }
            { text_field(&props!(TextFieldProps {
                id: CASH_RESERVES_ID, label: text(EstimateText::CashReservesLabel),
                hint: text(RosterText::CashReservesHint), value: form.cash_reserves.clone(),
                error: error(CASH_RESERVES_ID), prefix: "£", width: "input--width-10",
                on_input: set(RosterField::CashReserves),
            })) }
            { preset_select(&props!(PresetSelectProps {
                id: PRESET_ID, selected: chosen_preset(&form.preset),
                on_change: props.on_action.reform(RosterAction::ChoosePreset),
            })) }
        </>
    }
}
