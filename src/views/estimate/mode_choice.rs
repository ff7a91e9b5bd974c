use yew::prelude::*;
use yew::props;

use super::SectionProps;
use crate::components::form::{radios, RadioOption, RadiosProps};
use crate::messages::{text, EstimateText};
use crate::state::{EntryMode, EstimateAction};

/// Quick or detailed: the user decides how much to enter; nothing typed in one mode is lost by
/// switching to the other.
pub fn mode_choice(props: &SectionProps) -> Html {
    let option = |value: &str, label, hint| RadioOption {
        value: AttrValue::from(value.to_string()),
        label: text(label).into(),
        hint: Some(text(hint).into()),
    };
    let options = vec![
        option("quick", EstimateText::ModeQuick, EstimateText::ModeQuickHint),
        option("detailed", EstimateText::ModeDetailed, EstimateText::ModeDetailedHint),
    ];
    let selected = match props.form.mode {
        EntryMode::Quick => "quick",
        EntryMode::Detailed => "detailed",
    };
    let on_change = props.on_action.reform(|value: String| {
        EstimateAction::SetMode(if value == "detailed" { EntryMode::Detailed } else { EntryMode::Quick })
    });
    radios(&props!(RadiosProps {
        id: "entry-mode", legend: text(EstimateText::ModeLegend), options, selected, on_change,
    }))
}
