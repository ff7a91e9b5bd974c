use furlough_engine::estimate::SchemePreset;
use yew::prelude::*;
use yew::props;

use crate::components::form::{select_field, SelectFieldProps, SelectOption};
use crate::messages::{text, text_with, CommonText, SchemeText};

#[derive(Properties, PartialEq)]
pub struct PresetSelectProps {
    pub id: AttrValue,
    pub selected: SchemePreset,
    pub on_change: Callback<String>,
}

/// The scheme presets as a dropdown's options, "custom" (set every parameter) only if asked.
pub fn preset_options(with_custom: bool) -> Vec<SelectOption> {
    SchemePreset::ALL
        .into_iter()
        .filter(|preset| with_custom || *preset != SchemePreset::Custom)
        .map(|preset| SelectOption { value: preset.id().into(), label: text(SchemeText::PresetName(preset)).into() })
        .collect()
}

/// The named furlough schemes (not "custom": these views take a scheme as it is), with what
/// the chosen one pays and where its terms come from.
pub fn preset_select(props: &PresetSelectProps) -> Html {
    let options = preset_options(false);
    let hint = text_with(
        CommonText::PresetHint,
        &[
            ("description", text(SchemeText::PresetDescription(props.selected))),
            ("source", text(SchemeText::PresetSource(props.selected))),
        ],
    );
    select_field(&props!(SelectFieldProps {
        id: props.id.clone(), label: text(CommonText::SchemeLabel), options, selected: props.selected.id(),
        hint, on_change: props.on_change.clone(),
    }))
}
